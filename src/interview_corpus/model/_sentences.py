"""Sentence segmentation: the default rule-based splitter, replaceable by the caller.

A segmenter is any callable that takes a paragraph's text and returns the
``(start, end)`` offsets of its sentences in that text. The default one
splits after ``.``, ``?``, ``!`` or ``…`` (and any closing quotes or
brackets) when white space and a capital letter, digit, opening quote or dash
follow, and does not split after common abbreviations and initials.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .._util.lazy import lazy_pattern
from ..errors import ArgumentValueError, InvalidArgumentTypeError
from ._span import Span

Segmenter = Callable[[str], Iterable[tuple[int, int] | Span]]
"""A function from a paragraph's text to the offsets of its sentences.

.. versionadded:: 0.1
"""

# Words that end with a full stop without ending a sentence. Folded to lower case.
ABBREVIATIONS = frozenset(
    (  # noqa: SIM905  # a word list reads best as words
        "mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep pres amb "
        "rev hon vol vols pp p ch fig art sec approx est dept univ inc ltd corp co "
        "vs etc e.g i.e cf al jan feb mar apr jun jul aug sep sept oct nov dec "
        "u.s u.k u.n e.u u.s.a u.s.s.r"
    ).split()
)

# Abbreviations only when a number follows: elsewhere they are words ("No." is an answer).
NUMBER_ABBREVIATIONS = frozenset(("no", "nos"))

# A sentence's end marks (and any closing quotes or brackets), then a look past them that takes
# nothing: the white space after them ("space"), and the character after that, past an opening
# quote or dash ("next"; "mark" when the opening mark ends the text). One match per end mark
# instead of three, and "[.?!…][.?!…]*", not "[.?!…]+": a pattern that opens with a class is
# searched for by that class, one that opens with a repeat is tried at every character. Splitting
# the 1,228 paragraphs of the benchmark's 40 synthetic transcripts: 115M instructions before,
# 69M after (callgrind).
_END = lazy_pattern(
    r"[.?!…][.?!…]*[\"'”’»)\]]*"
    r"(?=(?P<space>\s*)(?:(?<=\s)[\"'“‘«(\[–—]\s*(?P<next>\S)|(?<=\s)(?P<mark>\S))?)"
)
_OPENERS = frozenset("([\"'“‘«")


def split_sentences(text: str) -> list[Span]:
    """Split a paragraph into sentences; return their spans in ``text``.

    Spans are trimmed of surrounding white space and together cover every
    non-space character of ``text``.

    Args:
        text: One paragraph.

    Returns:
        The sentence spans, in order.

    Raises:
        InvalidArgumentTypeError: ``text`` is not a ``str``.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> text = "Mr. Smith met Dr. J. Doe in the U.S. capital. Why? Because."
        >>> [span.of(text) for span in ic.split_sentences(text)]
        ['Mr. Smith met Dr. J. Doe in the U.S. capital.', 'Why?', 'Because.']
    """
    if not isinstance(text, str):
        msg = f"split_sentences() takes a paragraph's text as str, not {type(text).__name__}"
        raise InvalidArgumentTypeError(msg)
    return [Span(start, end) for start, end in _sentence_bounds(text)]


def _sentence_bounds(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each sentence of ``text``: the work of :func:`split_sentences`.

    Each shifted by ``offset`` (the text's place in a source), here rather than in a second list.
    """
    bounds: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    length = len(text)
    for match in _END.finditer(text):
        end = match.end()
        if end <= start:
            continue
        after = match.end("space")  # the first character after the white space that follows
        following = match.group("next") or match.group("mark")  # that character, past an opener
        if following is None:
            if after < length:
                continue  # punctuation glued to more text, as in "3.5" or "e.g.,"
        elif not (following.isupper() or following.isdigit()):
            continue
        if text[match.start()] == "." and _is_abbreviation(
            text, start, match.start(), following or ""
        ):
            continue
        bounds.append((start + offset, end + offset))
        start = after
    tail_end = len(text.rstrip())
    if start < tail_end:
        bounds.append((start + offset, tail_end + offset))
    return bounds


def _is_abbreviation(text: str, sentence_start: int, stop: int, next_character: str) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation or an initial rather than a sentence.

    ``next_character`` is the first one of the text that follows, after white space.
    """
    begin = stop
    while begin > sentence_start and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
        begin -= 1
    word = text[begin:stop]
    if not word:
        return False
    if begin > sentence_start and not (text[begin - 1].isspace() or text[begin - 1] in _OPENERS):
        return False  # glued to punctuation, as in "Aa;X."
    if len(word) == 1 and word.isupper():
        return True  # an initial, as in "J. Doe"
    folded = word.casefold()
    if folded in NUMBER_ABBREVIATIONS:
        # "No. 5" and "Nos. 3 and 4", but "No. I will not run again." is two sentences.
        return next_character.isdigit()
    return folded in ABBREVIATIONS


def segment(text: str, segmenter: Segmenter, offset: int = 0) -> list[tuple[int, int]]:
    """Run ``segmenter`` on a paragraph's ``text``; check and return its sentences' bounds.

    The bounds are shifted by ``offset``, the paragraph's place in the source.

    Raises:
        InvalidArgumentTypeError: The segmenter returned something other than an
            iterable of int pairs or :class:`Span` objects.
        ArgumentValueError: A span lies outside the text, is empty, or overlaps or
            precedes the one before it.
    """
    if segmenter is split_sentences:  # the default's output needs no checking
        return _sentence_bounds(text, offset)
    bounds: list[tuple[int, int]] = []
    previous_end = 0
    returned = segmenter(text)
    if isinstance(returned, str | bytes) or not isinstance(returned, Iterable):
        msg = (
            f"a segmenter must return an iterable of (start, end) int pairs or Spans, "
            f"not {type(returned).__name__}"
        )
        raise InvalidArgumentTypeError(msg)
    for item in returned:
        pair = (item.start, item.end) if isinstance(item, Span) else item
        if not (
            isinstance(pair, tuple | list)
            and len(pair) == 2  # noqa: PLR2004  # a pair
            and all(isinstance(bound, int) and not isinstance(bound, bool) for bound in pair)
        ):
            msg = f"a segmenter must return (start, end) int pairs or Spans, got {item!r}"
            raise InvalidArgumentTypeError(msg)
        start, end = pair
        if not previous_end <= start < end <= len(text):
            msg = (
                f"the segmenter returned {(start, end)} for a paragraph of {len(text)} "
                f"characters; sentences must be non-empty, in order, not overlapping, "
                f"and inside the paragraph (the previous one ended at {previous_end})"
            )
            raise ArgumentValueError(msg)
        bounds.append((start + offset, end + offset))
        previous_end = end
    return bounds
