"""Tests for the reader's roles module: the cues it searches turns for."""

from __future__ import annotations

import pytest

import interview_corpus as ic
from interview_corpus.model._span import Span
from interview_corpus.reading import _roles
from interview_corpus.reading._roles import RawTurn

from .helpers import searched_by_first_character


@pytest.mark.parametrize("name", ["_HOST_CUE", "_GUEST_CUE", "_GREETING", "_CHAIR_CUE"])
def test_cues_are_searched_for_by_their_first_letters(name):
    """Each cue opens with a letter, so a search skips to those letters instead of trying every character."""
    assert searched_by_first_character(getattr(_roles, name))


@pytest.mark.parametrize(
    ("words", "welcomes", "thanks_host"),
    [
        ("Our guest today is Ann Lee.", True, False),
        ("My guest is Ann Lee.", True, False),
        ("Thank you for joining us, Ann.", True, False),
        ("Thanks for being here.", True, False),
        ("Thank you for the question.", False, False),
        ("Nice to be here, Bo.", False, True),
        ("It is a pleasure to be with you.", False, True),
        ("Good to be back.", False, False),
        ("Thanks for having me.", False, True),
    ],
)
def test_what_welcomes_and_what_thanks_the_host(words, welcomes, thanks_host):
    """A host's welcome and a guest's thanks for being invited, in a turn's opening words."""
    text = f"Ann: {words}"
    turn = RawTurn("remark", Span(0, 4), [(5, len(text))], "Ann", keyword=False)
    turn.measure(text)
    assert (_roles.welcomes(text, turn), _roles.thanks_host(text, turn)) == (welcomes, thanks_host)


def test_in_captions_a_host_who_neither_asks_nor_requests_makes_a_remark():
    """Captions are talk as it was said: a host's view after an answer is no question, and opens no exchange."""
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>Bo, why did you start the ferry club?\n\n"
        "00:00:04.500 --> 00:00:09.000\n<v Bo Chen>Because the river was there and nobody used it.\n\n"
        "00:00:09.500 --> 00:00:14.000\n<v Ann Lee>I think rivers are the best roads we have. Nobody builds them.\n\n"
        "00:00:14.500 --> 00:00:18.000\n<v Bo Chen>Yeah, absolutely. They were roads long before ours.\n\n"
        "00:00:18.500 --> 00:00:21.000\n<v Ann Lee>And what comes next for the club?\n\n"
        "00:00:21.500 --> 00:00:24.000\n<v Bo Chen>A second boat.\n"
    )
    iv = ic.parse(text, id="x")
    assert [turn.kind for turn in iv.turns()] == [
        "question", "answer", "remark", "answer", "question", "answer",
    ]  # fmt: skip
    assert len(iv) == 2
    assert [turn.start.total_seconds() for turn in iv.questions] == [1.0, 18.5]  # type: ignore[union-attr]


def test_in_captions_a_turn_labelled_a_question_stays_a_question():
    """A caption's "Q:" is the captioner's word that a question is put, mark or none."""
    text = (
        "1\n00:00:01,000 --> 00:00:03,000\nQ: Why did the ferries stop?\n\n"
        "2\n00:00:03,500 --> 00:00:05,000\nA: The river froze.\n\n"
        "3\n00:00:05,500 --> 00:00:07,000\nQ: And the bridge was closed too.\n\n"
        "4\n00:00:07,500 --> 00:00:09,000\nA: For a week.\n"
    )
    iv = ic.parse(text, id="x")
    assert [turn.kind for turn in iv.turns()] == ["question", "answer", "question", "answer"]


def test_captions_without_question_marks_ask_without_them():
    """Captions that never write a question mark (a recogniser's bare words): the named host's turns ask."""
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>so bo why did you start the ferry club\n\n"
        "00:00:04.500 --> 00:00:09.000\n<v Bo Chen>because the river was there and nobody used it\n\n"
        "00:00:09.500 --> 00:00:12.000\n<v Ann Lee>and what comes next for the club\n\n"
        "00:00:12.500 --> 00:00:15.000\n<v Bo Chen>a second boat\n"
    )
    iv = ic.parse(text, id="x", interviewer="Ann Lee")
    assert [turn.kind for turn in iv.turns()] == ["question", "answer", "question", "answer"]
