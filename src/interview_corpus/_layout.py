"""Recognising a transcript's layout: its blocks, its header, and where each turn begins.

Two layouts are read:

* **Dash turns** (TASS and many agencies): a turn starts with a block that opens
  with an en dash or em dash followed by a space or no-break space. Turns
  alternate question / answer, starting with a question.
* **Labelled turns** (ministry transcripts, press conferences): a turn starts
  with a block that opens with a speaker label and a colon — ``Question:``,
  ``Q:``, ``Answer:``, ``A:``, ``Moderator:`` or a name such as
  ``Sergey Lavrov:``. ``Question``/``Q`` and the interviewer's names mark the
  asking side; ``Moderator`` (or ``Host``, ``Chair``, ``Presenter``) marks remarks;
  ``Answer``/``A`` and every other name mark the answering side. A name counts as
  a label when it labels at least two blocks, is the name of a given speaker,
  or stands in a transcript that has other labels; words such as "Note",
  "Update" or "Source" never do, so "Note: ..." stays text.

In both, blocks are separated by blank lines (lines holding only white space,
so LF, CRLF and trailing spaces all work), blocks without a marker continue the
current turn, and the blocks before the first turn form the header, recognised
by structure: a photo block is the one whose last line starts with ``©`` (the
credit; lines above it are the caption); when there are two or more other
blocks and the last one ends like a sentence, it is the lede; the headline is
the last remaining block before the photo (or, without a photo, the last
remaining block); blocks above the headline are navigation captured with the
page, and any other block is a preamble.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from typing import Literal

from ._errors import ArgumentValueError, TranscriptError
from ._model import Photo, Segment, Span, _fold

Style = Literal["auto", "dash", "labelled"]
STYLES: tuple[Style, ...] = ("auto", "dash", "labelled")
Side = Literal["question", "answer", "remark"]

# Labels are compared folded: lower case, without spaces or punctuation (see _model._fold).
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
MODERATOR_LABELS = frozenset({"moderator", "host", "chair", "presenter"})
# Capitalised words that open a paragraph with a colon without naming a speaker.
NOT_SPEAKERS = frozenset(
    _fold(word)
    for word in (
        "Note", "Notes", "Update", "Source", "Sources", "Photo", "Video", "Editor's note",
        "Read more", "Read also", "See also", "Related", "Correction", "Disclaimer", "Warning",
        "Example", "P.S.", "N.B.", "Tags", "Topics", "Share", "Transcript",
    )
)  # fmt: skip
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "bin", "ibn"}
)

_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
_DASH = re.compile(r"[–—](?:[ \u00a0\t]+|$)")
_DASH_WITHOUT_SPACE = re.compile(r"[–—](?=\S)")
_LABEL = re.compile(r"([^\W\d_][\w.'’-]*(?:[ \u00a0][\w.'’-]+){0,5})[ \u00a0]*:(?:\s+|$)")
_SENTENCE_END = re.compile(r"[.?!…][\"'”’»)\]]*$")
_CREDIT = re.compile(r"©[^\S\n]*")

Block = tuple[int, int]


class RawTurn:
    """A turn as found in the layout, before it is built into model objects."""

    __slots__ = ("blocks", "keyword", "label", "marker", "side")

    def __init__(
        self, side: Side, marker: Span, blocks: list[Block], label: str | None, *, keyword: bool
    ) -> None:
        self.side: Side = side
        self.marker = marker
        self.blocks = blocks
        self.label = label
        self.keyword = keyword


def blocks(text: str) -> list[Block]:
    """Return the ``(start, end)`` of every block, trimmed of surrounding white space."""
    blocks: list[Block] = []
    position = 0
    for separator in [*_BLANK_LINES.finditer(text), None]:
        stop = separator.start() if separator else len(text)
        start, end = trim(text, position, stop)
        if start < end:
            blocks.append((start, end))
        position = separator.end() if separator else stop
    return blocks


def trim(text: str, start: int, end: int) -> Block:
    """Narrow ``[start, end)`` to exclude white space (and a byte order mark) at both ends."""
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_turns(
    text: str,
    blocks: list[Block],
    style: Style,
    *,
    asking: Collection[str],
    known: Collection[str],
) -> tuple[int, list[RawTurn]]:
    """Find the turns: return the index of the first turn's block and the turns.

    Args:
        text: The transcript.
        blocks: Its blocks, from :func:`blocks`.
        style: ``"dash"``, ``"labelled"`` or ``"auto"`` (decide from the text).
        asking: Folded names that label the interviewer's turns.
        known: Folded names of the given speakers (labels even if used once).

    Raises:
        TranscriptError: No turns, a marker with no words, mixed layouts.
    """
    if style not in STYLES:
        msg = f"style={style!r}: use 'auto', 'dash' or 'labelled'"
        raise ArgumentValueError(msg)
    dashes = [i for i, (start, _) in enumerate(blocks) if _DASH.match(text, start)]
    labels = _turn_labels(text, blocks, known)
    if style == "auto":
        if dashes and labels:
            first_dash, first_label = dashes[0], min(labels)
            later = max(first_dash, first_label)
            raise TranscriptError(
                f"the text mixes dash turns (line {_line(text, blocks[first_dash][0])}) and "
                f"labelled turns (line {_line(text, blocks[first_label][0])}): use one layout, "
                "or pass style='dash' or style='labelled' to read the other as plain text",
                text=text,
                offset=blocks[later][0],
            )
        style = "labelled" if labels else "dash"
    if style == "dash":
        if not dashes:
            raise TranscriptError(_no_turns_reason(text, blocks), text=text, offset=blocks[0][0])
        return dashes[0], _dash_turns(text, blocks[dashes[0] :])
    if not labels:
        raise TranscriptError(
            "no labelled turns found: a turn is a paragraph that starts with a label and a colon, "
            "such as 'Question:', 'Q:', 'Answer:' or a speaker's name used for at least two turns",
            text=text,
            offset=blocks[0][0],
        )
    first = min(labels)
    return first, _labelled_turns(text, blocks[first:], labels, first, asking)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _no_turns_reason(text: str, blocks: list[Block]) -> str:
    glued = next((start for start, _ in blocks if _DASH_WITHOUT_SPACE.match(text, start)), None)
    reason = (
        "no question/answer turns found: a turn is a paragraph that starts with an en dash "
        "or em dash and a space ('– '), or with a label such as 'Question:', after a blank line"
    )
    if glued is not None:
        reason += f"; the dash on line {_line(text, glued)} has no space after it"
    return reason


def _dash_turns(text: str, blocks: list[Block]) -> list[RawTurn]:
    turns: list[RawTurn] = []
    for block in blocks:
        marker = _DASH.match(text, block[0])
        if marker is None:
            turns[-1].blocks.append(block)
            continue
        if marker.end() >= block[1]:
            raise TranscriptError(
                "a turn marker with no words after it: write the turn's text after the dash, "
                "or remove the dash",
                text=text,
                offset=block[0],
            )
        side: Side = "answer" if len(turns) % 2 else "question"
        turns.append(
            RawTurn(side, Span(marker.start(), marker.end()), [block], None, keyword=False)
        )
    return turns


def _label(text: str, block: Block) -> re.Match[str] | None:
    """Match a speaker label that opens the block: capitalised words (and name particles), a colon."""
    match = _LABEL.match(text, *block)
    if match is None:
        return None
    words = match.group(1).split()
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return None
    if any(not word[0].isupper() and word.casefold() not in _NAME_PARTICLES for word in words):
        return None
    return match


def _turn_labels(
    text: str, blocks: list[Block], known: Collection[str]
) -> dict[int, re.Match[str]]:
    """The blocks that open labelled turns, by index."""
    found = {
        i: match
        for i, block in enumerate(blocks)
        if (match := _label(text, block)) and _fold(match.group(1)) not in NOT_SPEAKERS
    }
    uses = Counter(_fold(match.group(1)) for match in found.values())
    keywords = QUESTION_LABELS | ANSWER_LABELS | MODERATOR_LABELS
    sure = {
        i
        for i, match in found.items()
        if (label := _fold(match.group(1))) in keywords or label in known or uses[label] > 1
    }
    if not sure:
        return {}
    # After the first sure label (the header is above it), a name used once is a speaker too.
    first = min(sure)
    return {i: match for i, match in found.items() if i >= first}


def _labelled_turns(
    text: str,
    blocks: list[Block],
    labels: dict[int, re.Match[str]],
    first: int,
    asking: Collection[str],
) -> list[RawTurn]:
    turns: list[RawTurn] = []
    for offset, block in enumerate(blocks):
        match = labels.get(first + offset)
        if match is None:
            turns[-1].blocks.append(block)
            continue
        if match.end() >= block[1]:
            raise TranscriptError(
                f"the label {match.group(1)!r} has no words after it: write the turn's text on "
                "the same line or the next, without a blank line between",
                text=text,
                offset=block[0],
            )
        label = match.group(1)
        folded = _fold(label)
        side: Side
        if folded in QUESTION_LABELS or folded in asking:
            side = "question"
        elif folded in MODERATOR_LABELS:
            side = "remark"
        else:
            side = "answer"
        marker = Span(match.start(), match.end())
        turns.append(
            RawTurn(side, marker, [block], label, keyword=folded in QUESTION_LABELS | ANSWER_LABELS)
        )
    return turns


class Header:
    """The header blocks before the first turn, classified by their place and shape."""

    def __init__(self, text: str, blocks: list[Block], segments: list[Segment]) -> None:
        self.headline: Span | None = None
        self.lede: Span | None = None
        self.photo: Photo | None = None
        photo_index = next(
            (i for i in reversed(range(len(blocks))) if _credit_line(text, blocks[i])), None
        )
        others = [i for i in range(len(blocks)) if i != photo_index]
        kinds: dict[int, str] = {}
        if len(others) > 1 and _SENTENCE_END.search(text, *blocks[others[-1]]):
            kinds[others.pop()] = "lede"
        before_photo = [i for i in others if photo_index is None or i < photo_index]
        candidates = before_photo or others
        headline = candidates[-1] if candidates else None
        for i in others:
            if headline is not None and i < headline:
                kinds[i] = "navigation"
            elif i == headline:
                kinds[i] = "headline"
            else:
                kinds[i] = "preamble"
        for i, (start, end) in enumerate(blocks):
            if i == photo_index:
                self.photo = self._photo(text, start, end, segments)
                continue
            span = Span(start, end)
            segments.append(Segment(kinds[i], span, span.of(text)))
            if kinds[i] == "headline":
                self.headline = span
            elif kinds[i] == "lede":
                self.lede = span

    @staticmethod
    def _photo(text: str, start: int, end: int, segments: list[Segment]) -> Photo:
        credit_line = _credit_line(text, (start, end))
        assert credit_line is not None  # the block was chosen for its credit line
        caption: Span | None = None
        if credit_line.start() > start:
            caption = Span(*trim(text, start, credit_line.start()))
            segments.append(Segment("caption", caption, caption.of(text)))
        marker = Span(credit_line.start(), credit_line.end())
        segments.append(Segment("credit-marker", marker, marker.of(text)))
        credit: Span | None = Span(credit_line.end(), end) if credit_line.end() < end else None
        if credit is not None:
            segments.append(Segment("credit", credit, credit.of(text)))
        return Photo(
            caption=caption.of(text) if caption else None,
            caption_span=caption,
            credit=credit.of(text) if credit else None,
            credit_span=credit,
        )


def _credit_line(text: str, block: Block) -> re.Match[str] | None:
    """Match the ``©`` that opens the block's last line, if it does."""
    start, end = block
    line_start = max(start, text.rfind("\n", start, end) + 1)
    return _CREDIT.match(text, line_start, end)
