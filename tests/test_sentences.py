"""Tests for the default sentence segmenter."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

import interview_corpus as ic
from interview_corpus.model import _sentences

from .helpers import searched_by_first_character


def sentences(text: str) -> list[str]:
    return [span.of(text) for span in ic.split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two? Three!", ["One.", "Two?", "Three!"]),
        ("He said “Stop.” Then he left.", ["He said “Stop.”", "Then he left."]),
        ("Wait… Really?", ["Wait…", "Really?"]),
        ("It cost 3.5 billion. Fine.", ["It cost 3.5 billion.", "Fine."]),
        ("Mr. Smith and Dr. Jones met. Later.", ["Mr. Smith and Dr. Jones met.", "Later."]),
        ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
        ("In the U.S. Congress, e.g. here.", ["In the U.S. Congress, e.g. here."]),
        (
            "Ends with a date, July 16, 2001. Next one.",
            ["Ends with a date, July 16, 2001.", "Next one."],
        ),
        ("lowercase. after a stop", ["lowercase. after a stop"]),
        ("A fragment without an end", ["A fragment without an end"]),
        ("  Padded.   Both sides.  ", ["Padded.", "Both sides."]),
        ("By 2030. 2031 came.", ["By 2030.", "2031 came."]),
        ("Question? – Answer.", ["Question?", "– Answer."]),
        ("", []),
        ("   ", []),
        ("No. I will not run again.", ["No.", "I will not run again."]),
        ("The answer is no. We disagree.", ["The answer is no.", "We disagree."]),
        ("See No. 5 and Nos. 3 and 4. Then go.", ["See No. 5 and Nos. 3 and 4.", "Then go."]),
    ],
)
def test_split_sentences(text, expected):
    """Sentence boundaries fall after end marks followed by a capital, digit or opener."""
    assert sentences(text) == expected


@given(st.text(max_size=200))
def test_spans_are_ordered_trimmed_and_cover_every_word(text):
    """For any text, spans are in order, trimmed, non-empty, and only white space lies outside them."""
    spans = ic.split_sentences(text)
    position = 0
    covered = list(text)
    for span in spans:
        assert position <= span.start < span.end <= len(text)
        piece = span.of(text)
        assert piece == piece.strip()
        covered[span.start : span.end] = " " * len(span)
        position = span.end
    assert "".join(covered).strip() == ""


@pytest.mark.parametrize(
    "returned",
    [5, None, "0 5", [5], [(0, 1, 2)], [("0", "1")], [(0.0, 1.0)], [(False, True)]],
    ids=["int", "None", "str", "bare-int", "triple", "strings", "floats", "bools"],
)
def test_bad_segmenter_output_is_an_argument_type_error(returned):
    """Whatever a custom segmenter returns that is not int pairs or Spans is the library's own TypeError."""
    with pytest.raises(ic.InvalidArgumentTypeError, match="a segmenter must return"):
        ic.parse("Q: Why?\n\nA: Because.", id="x", segmenter=lambda _text: returned)


def test_segmenter_may_return_spans():
    """A segmenter may return Span objects as well as pairs."""
    iv = ic.parse(
        "Q: Why?\n\nA: Be. Cause.", id="x", segmenter=lambda text: [ic.Span(0, len(text))]
    )
    assert [s.text for s in iv.answers[0].sentences] == ["Be. Cause."]


def test_pysbd_plugs_in_as_a_segmenter():
    """pysbd, trimmed to the sentences' characters, gives the sentences and checks as a segmenter."""
    pysbd = pytest.importorskip("pysbd")
    splitter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def pysbd_sentences(text):
        for sentence in splitter.segment(text):
            start = sentence.start + len(sentence.sent) - len(sentence.sent.lstrip())
            yield start, sentence.start + len(sentence.sent.rstrip())

    iv = ic.parse(
        "Q: Again?\n\nA: No. I will not. Dr. Doe will.", id="x", segmenter=pysbd_sentences
    )
    assert [s.text for s in iv.answers[0].sentences] == ["No.", "I will not.", "Dr. Doe will."]


def test_end_marks_are_searched_for_by_their_class():
    """The splitter's pattern opens with the end marks' class, so a search skips to them (not a repeat, tried everywhere)."""
    assert searched_by_first_character(_sentences._END)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stop. (", ["Stop. ("]),
        ("Stop. “Go.” Now.", ["Stop.", "“Go.”", "Now."]),
        ("Stop. “ go on.", ["Stop. “ go on."]),
        ("Stop.\u00a0\u2028Go.", ["Stop.", "Go."]),
        ("Stop.. . Go?! Yes", ["Stop.. .", "Go?!", "Yes"]),
        ("Stop.  ", ["Stop."]),
    ],
)
def test_what_follows_an_end_mark(text, expected):
    """Past an end mark: white space of any kind, an opening quote or dash, then a capital to split."""
    assert sentences(text) == expected
