"""Tests for grep and concordance."""

from __future__ import annotations

import re
import sys

import pytest

import interview_corpus as ic


def test_grep_finds_every_match_with_ids(iv):
    """Every match comes with its text, span and paragraph and sentence ids."""
    matches = iv.grep(r"Taiwan\w*", ignore_case=False)
    assert [m.text for m in matches].count("Taiwanese") == 1
    assert len(matches) == 9
    first = matches[0]
    assert (first.text, first.paragraph_id, first.sentence_id) == ("Taiwan", "q5.p1", "q5.p1.s1")
    for match in matches:
        assert iv.source[match.span.start : match.span.end] == match.text
        assert match.span in iv.lookup(match.paragraph_id).span
        assert match.span.start in iv.lookup(match.sentence_id).span
        assert match.interview_id == iv.id


def test_grep_record_is_a_flat_row_of_the_match(iv):
    """record() gives the match's ids, text and span, with only str, int or None values."""
    for match in iv.grep(r"Kiev\w*"):
        row = match.record()
        assert list(row) == list(ic.TextMatchRecord.__annotations__)
        assert row == {
            "interview_id": iv.id,
            "paragraph_id": match.paragraph_id,
            "sentence_id": match.sentence_id,
            "text": match.text,
            "start": match.span.start,
            "end": match.span.end,
        }
    row = ic.parse("Q: Any news?\n\nA: None. Kiev", id="x").grep("Kiev")[0].record()
    assert row == {
        "interview_id": "x",
        "paragraph_id": "a1.p1",
        "sentence_id": "a1.p1.s2",
        "text": "Kiev",
        "start": 23,
        "end": 27,
    }


def test_grep_case_and_groups(iv):
    """ignore_case widens matches; groups are returned."""
    assert iv.grep("hamas") == []
    assert [m.text for m in iv.grep("hamas", ignore_case=True)] == ["HAMAS"]
    matches = iv.grep(r"(\d{4})")
    assert [m.groups for m in matches] == [
        ("2025",),
        ("2030",),
        ("2014",),
        ("2025",),
        ("2023",),
        ("2001",),
    ]
    compiled = iv.grep(re.compile(r"Kiev\b"))
    assert len(compiled) == 4


def test_grep_stays_in_the_turns(iv):
    """Header text (navigation, headline, lede) is not searched; matches do not cross paragraphs."""
    assert iv.grep("All news") == []
    assert iv.grep("gave an interview to TASS") == []
    assert iv.grep(r"all along\.\s+–") == []
    assert iv.grep(r"^") == []  # empty matches mark no text


@pytest.mark.parametrize(("pattern", "position"), [("(unclosed", 0), ("a[b", 1), ("x{2,1}", 2)])
def test_grep_bad_pattern(iv, pattern, position):
    """A bad regex raises QueryError with the position of the problem."""
    with pytest.raises(ic.QueryError) as caught:
        iv.grep(pattern)
    assert caught.value.position == position
    assert "regular expression" in str(caught.value)


def test_grep_wrong_type(iv):
    """bytes patterns raise InvalidArgumentTypeError."""
    with pytest.raises(ic.InvalidArgumentTypeError):
        iv.grep(b"Taiwan")
    with pytest.raises(ic.InvalidArgumentTypeError):
        iv.grep(re.compile(b"Taiwan"))


def test_concordance_rows(iv):
    """Concordance returns whole-word, case-insensitive KWIC rows as data."""
    lines = iv.concordance("Europe", width=40)
    assert len(lines) == 3
    assert all(line.keyword == "Europe" for line in lines)
    for line in lines:
        assert isinstance(line, ic.ConcordanceLine)
        assert len(line.left) <= 40
        assert len(line.right) <= 40
        assert iv.source[line.span.start : line.span.end] == line.keyword
        assert iv.source[line.span.start - len(line.left) : line.span.start] == line.left
        assert iv.source[line.span.end : line.span.end + len(line.right)] == line.right
        assert line.sentence_id.startswith(line.paragraph_id)
    assert [line.paragraph_id for line in lines] == ["a1.p3", "q3.p1", "a3.p2"]


def test_concordance_str_is_aligned(iv):
    """str() of a row is the familiar aligned KWIC line."""
    lines = iv.concordance("Taiwan", width=30)
    texts = [str(line) for line in lines]
    assert all(text[30:36] == "Taiwan" for text in texts)
    assert str(lines[0]) == ", and the situation regarding Taiwan is becoming increasingly heat"
    assert str(lines[1]) == "? How would Russia act if the Taiwan conflict actually flares up?"


def test_concordance_context_stays_in_its_paragraph(iv):
    """Contexts stop at paragraph boundaries."""
    line = iv.concordance("Trump", width=200)[0]
    paragraph = iv.lookup(line.paragraph_id)
    assert line.span.start - len(line.left) >= paragraph.span.start
    assert line.span.end + len(line.right) <= paragraph.span.end


def test_concordance_options(iv):
    """Phrases, case sensitivity and compiled patterns are supported."""
    assert len(iv.concordance("the West")) == 4
    assert len(iv.concordance("the west", ignore_case=False)) == 0
    assert [line.keyword for line in iv.concordance(re.compile(r"Taiwan\w+"))] == ["Taiwanese"]
    assert iv.concordance("Europ") == []
    with pytest.raises(ic.QueryError):
        iv.concordance("  ")
    with pytest.raises(ic.ArgumentValueError):
        iv.concordance("Europe", width=0)


class TestSafeModeWithoutRegex:
    """Without the 'grep' extra, patterns run by re, and the ones that backtrack without end are refused."""

    @pytest.mark.parametrize("pattern", [r"(\w+\s?)+$", r"(a|aa)+b", r"(x+)*y"])
    def test_patterns_that_backtrack_without_end_are_refused(self, iv, monkeypatch, pattern):
        """A repeated repeat, or repeated alternatives of different lengths, is a QueryError naming the extra."""
        monkeypatch.setitem(sys.modules, "regex", None)  # as if the extra were not installed
        with pytest.raises(ic.QueryError, match="grep") as caught:
            iv.grep(pattern)
        assert caught.value.position == 0

    def test_plain_patterns_still_run(self, iv, monkeypatch):
        """An ordinary pattern gives the same matches with re as with the regex module."""
        with_regex = [m.sentence_id for m in iv.grep(r"Taiwan\w*", ignore_case=True)]
        monkeypatch.setitem(sys.modules, "regex", None)
        assert [m.sentence_id for m in iv.grep(r"Taiwan\w*", ignore_case=True)] == with_regex
        assert with_regex
