"""Tests for the one lazy-load helper that every cache uses."""

from __future__ import annotations

import copy
import re
import threading
import time

import pytest

from interview_corpus._util import lazy as _lazy

from .helpers import searched_by_first_character


def test_compute_runs_once_under_concurrent_first_use():
    """Threads asking for a missing value at once compute it once and all get that value."""
    cache: dict[str, object] = {}
    calls = []
    start = threading.Barrier(8)

    def compute():
        calls.append(1)
        time.sleep(0.01)  # widen the window a broken double check would lose in
        return object()

    results = []

    def use():
        start.wait()
        results.append(_lazy.cached(cache, "key", compute))

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len({id(result) for result in results}) == 1


def test_a_failed_compute_stores_nothing():
    """An error while computing propagates and leaves the key missing, to be tried again."""
    cache: dict[str, int] = {}

    def fail() -> int:
        raise KeyError("inner")

    with pytest.raises(KeyError, match="inner"):
        _lazy.cached(cache, "key", fail)
    assert cache == {}
    assert _lazy.cached(cache, "key", lambda: 3) == 3


def test_nested_use_does_not_deadlock():
    """A computation may ask the helper for another value (the mentions need the lexicon)."""
    cache: dict[str, int] = {}
    assert _lazy.cached(cache, "outer", lambda: _lazy.cached(cache, "inner", lambda: 2) + 1) == 3


ALTERNATIVES = [
    "(?:my|our) guest",
    "(?:thanks|thank you) for (?:joining|coming on)",
    "(?:so )?glad",
    "(?:a|b)+ c",
    "(?:a(?:b)|c) d",
    "welcome",
]


def test_alternatives_are_searched_for_by_their_first_letters():
    """Alternatives that open with a group of words are spelled out, so each opens with a letter."""
    assert searched_by_first_character(_lazy.lazy_alternatives(["(?:my|our) guest", "welcome"]))
    assert _lazy.lazy_alternatives(ALTERNATIVES).pattern == (
        "my guest|our guest|thanks for (?:joining|coming on)|thank you for (?:joining|coming on)"
        "|(?:so )?glad|(?:a|b)+ c|(?:a(?:b)|c) d|welcome"
    )


@pytest.mark.parametrize(
    "text",
    ["our guest", "thank you for coming on", "so glad", "glad", "abab c", "ab d", "c d", "wel", ""],
)
def test_alternatives_match_what_they_match_written_together(text):
    """Spelled out, the alternatives find the same match, at the same place, as joined as written."""
    written = re.compile("|".join(ALTERNATIVES)).search(f"x {text} y")
    spelled = _lazy.lazy_alternatives(ALTERNATIVES).search(f"x {text} y")
    assert (written and written.span()) == (spelled and spelled.span())


PLAIN = ["welcome (?:to|back)", "(?:my|our) guest", "with me(?: today)?", "ab?c", "x\\|y"]


@pytest.mark.parametrize(
    "text",
    ["welcome back", "welcome", "our guest", "with me", "ac", "abc", "x|y", "no cue", ""],
)
def test_alternatives_of_plain_openings_find_what_the_pattern_finds(text):
    """Looked for by their opening words first, plain alternatives find what the pattern finds."""
    written = re.compile("|".join(PLAIN).replace("(?:my|our) guest", "my guest|our guest"))
    found = _lazy.lazy_alternatives(PLAIN)
    assert isinstance(found, _lazy._LazyAlternatives)
    expected = written.search(f"x {text} y")
    got = found.search(f"x {text} y")
    assert (expected and expected.span()) == (got and got.span())


@pytest.mark.parametrize("alternative", ["(?:a|b)+ c", "a|b", "x(a)|b", "[|]a", "\\ba", "a?b"])
def test_alternatives_without_one_plain_opening_are_always_searched(alternative):
    """An alternative that may open otherwise than with its first words keeps the pattern's search."""
    found = _lazy.lazy_alternatives(["welcome", alternative])
    assert not isinstance(found, _lazy._LazyAlternatives)


@pytest.mark.parametrize(
    "pattern",
    [_lazy.lazy_pattern("ferr(?:y|ies)"), _lazy.lazy_alternatives(["my ferry", "harbour"])],
)
def test_a_lazy_pattern_copies(pattern):
    """A copy of a lazy pattern (copy.copy, copy.deepcopy) searches as the pattern does."""
    for copied in (copy.copy(pattern), copy.deepcopy(pattern)):
        assert copied.search("the harbour ferry") is not None
        assert copied.search("no boat") is None
