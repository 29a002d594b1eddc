"""Sentence segmentation: the default rule-based splitter, replaceable by the caller.

A segmenter is any callable that takes a paragraph's text and returns the
``(start, end)`` offsets of its sentences in that text. The default one
splits after ``.``, ``?``, ``!`` or ``…`` (and any closing quotes or
brackets) when white space and a capital letter, digit, opening quote or dash
follow, and does not split after common abbreviations and initials.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ._errors import ArgumentTypeError, ArgumentValueError
from ._model import Span

Segmenter = Callable[[str], Iterable[tuple[int, int] | Span]]
"""A function from a paragraph's text to the offsets of its sentences."""

# Words that end with a full stop without ending a sentence. Folded to lower case.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "pres",
        "amb",
        "rev",
        "hon",
        "no",
        "nos",
        "vol",
        "vols",
        "pp",
        "p",
        "ch",
        "fig",
        "art",
        "sec",
        "approx",
        "est",
        "dept",
        "univ",
        "inc",
        "ltd",
        "corp",
        "co",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "cf",
        "al",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "u.s.s.r",
    ]
)

_END = re.compile(r"[.?!…]+[\"'”’»)\]]*")
_NEXT = re.compile(r"\s+([\"'“‘«(\[–—]?\s*)([^\s])")
_WORD_BEFORE = re.compile(r"(?:^|[\s(\[\"'“‘«])([\w.]+)\.$")


def split_sentences(text: str) -> list[Span]:
    """Split a paragraph into sentences; return their spans in ``text``.

    Spans are trimmed of surrounding white space and together cover every
    non-space character of ``text``.

    Args:
        text: One paragraph.

    Returns:
        The sentence spans, in order.

    Example:
        >>> import interview_corpus as ic
        >>> text = "Mr. Smith met Dr. J. Doe in the U.S. capital. Why? Because."
        >>> [span.of(text) for span in ic.split_sentences(text)]
        ['Mr. Smith met Dr. J. Doe in the U.S. capital.', 'Why?', 'Because.']
    """
    spans: list[Span] = []
    start = _skip_space(text, 0)
    for match in _END.finditer(text):
        end = match.end()
        if end <= start:
            continue
        following = _NEXT.match(text, end)
        if following is None:
            if end < len(text) and not text[end:].isspace():
                continue  # punctuation glued to more text, as in "3.5" or "e.g.,"
        elif not _starts_sentence(following.group(2)):
            continue
        if match.group().startswith(".") and _is_abbreviation(text[start:end]):
            continue
        spans.append(Span(start, end))
        start = _skip_space(text, end)
    tail_end = len(text.rstrip())
    if start < tail_end:
        spans.append(Span(start, tail_end))
    return spans


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit()


def _is_abbreviation(sentence: str) -> bool:
    """Whether the full stop that ends ``sentence`` belongs to an abbreviation or initial."""
    stripped = sentence.rstrip("\"'”’»)]")
    match = _WORD_BEFORE.search(stripped)
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial, as in "J. Doe"
    return word.casefold() in ABBREVIATIONS


def segment(text: str, segmenter: Segmenter) -> list[Span]:
    """Run ``segmenter`` on ``text`` and check what it returns.

    Raises:
        ArgumentTypeError: The segmenter returned something other than int pairs.
        ArgumentValueError: A span lies outside the text, is empty, or overlaps or
            precedes the one before it.
    """
    spans: list[Span] = []
    previous_end = 0
    for item in segmenter(text):
        start, end = item
        if not (isinstance(start, int) and isinstance(end, int)):
            msg = f"a segmenter must return (start, end) int pairs, got {item!r}"
            raise ArgumentTypeError(msg)
        if not previous_end <= start < end <= len(text):
            msg = (
                f"the segmenter returned {(start, end)} for a paragraph of {len(text)} "
                f"characters; sentences must be non-empty, in order, not overlapping, "
                f"and inside the paragraph (the previous one ended at {previous_end})"
            )
            raise ArgumentValueError(msg)
        spans.append(item if isinstance(item, Span) else Span(start, end))
        previous_end = end
    return spans
