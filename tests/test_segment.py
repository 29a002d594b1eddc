"""Tests for the default sentence segmenter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import interview_corpus as ic


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
