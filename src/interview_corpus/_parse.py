"""The parser: from a transcript's text to an :class:`~interview_corpus.Interview`.

It reads the *dash layout* used by TASS and many other agencies:

* Blocks are separated by blank lines (lines holding only white space).
* A turn starts with a block that opens with an en dash or em dash followed by
  a space or no-break space; blocks without a dash continue the current turn.
  Turns alternate question / answer, starting with a question.
* Blocks before the first turn form the header, recognised by structure:
  a photo block is the one whose last line starts with ``©`` (the credit;
  lines above it are the caption); when there are two or more other blocks
  and the last one ends like a sentence, it is the lede; the headline is the
  last remaining block before the photo (or, without a photo, the last
  remaining block); blocks above the headline are navigation captured with
  the page, and any other block is a preamble. All of them keep their spans.

Every string the result exposes is a slice of the text passed in, and the
layout segments (header blocks, turn markers, paragraphs and the white space
between them) tile that text with no gap or overlap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from ._entities import EntityIndex, Lexicon
from ._errors import ArgumentTypeError, ArgumentValueError, TranscriptError
from ._model import (
    Answer,
    Exchange,
    Interview,
    Paragraph,
    Photo,
    Question,
    Segment,
    Sentence,
    Span,
    Speaker,
    Topic,
)
from ._segment import Segmenter, segment, split_sentences

if TYPE_CHECKING:
    import datetime

_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
_TURN_MARKER = re.compile(r"[–—](?:[ \u00a0\t]+|$)")
_DASH_WITHOUT_SPACE = re.compile(r"[–—](?=\S)")
_SENTENCE_END = re.compile(r"[.?!…][\"'”’»)\]]*$")
_CREDIT = re.compile(r"©[^\S\n]*")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")

_Block = tuple[int, int]


def parse(
    text: str,
    *,
    id: str,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: datetime.date | str | None = None,
    language: str | None = None,
    interviewer: Speaker | str | None = None,
    interviewee: Speaker | str | None = None,
    topics: Sequence[Topic | None] = (),
    entities: Lexicon = (),
    segmenter: Segmenter = split_sentences,
) -> Interview:
    r"""Parse a transcript in the dash layout into an :class:`Interview`.

    This is the parser that builds the bundled interview. What the text says
    (headline, lede, photo caption and credit, turns) is found in it; what it
    cannot say is passed in.

    Args:
        text: The whole transcript, as ``str``.
        id: The interview's id: letters, digits, ``.``, ``_`` and ``-``.
        title: Used when the text has no headline (the headline wins otherwise).
        outlet: The publishing outlet, such as ``"TASS"``.
        url: Where the text was published.
        published: The publication date, as a date or ``"YYYY-MM-DD"``.
        language: The text's language as a BCP 47 tag, such as ``"en"``.
        interviewer: The questioner, as a :class:`Speaker` or a name.
        interviewee: The person answering, as a :class:`Speaker` or a name.
        topics: One topic (or ``None``) per exchange, in order, or nothing.
        entities: A lexicon of the people, places, organisations and
            documents the text names, or a function that returns one when
            first needed. Mentions are found in every paragraph and header
            block on first use (see :meth:`Interview.mentions` for the rules).
        segmenter: Splits a paragraph into sentences; see
            :func:`split_sentences` for the default and the contract.

    Returns:
        The parsed interview.

    Raises:
        TranscriptError: The text has no turns, is empty, or a question has
            no answer; ``line`` and ``column`` say where.
        ArgumentTypeError: ``text`` is not a ``str`` (for ``bytes``, decode them first).
        ArgumentValueError: An argument has an unusable value, such as a
            wrong number of topics.

    Example:
        >>> import interview_corpus as ic
        >>> text = "A headline\n\n– Why?\n\n– Because. That is all."
        >>> iv = ic.parse(text, id="demo", interviewee="Jane Doe")
        >>> iv.title, iv.answers[0].text, len(iv.answers[0].sentences)
        ('A headline', 'Because. That is all.', 2)
        >>> iv.answers[0].speaker.name
        'Jane Doe'
    """
    if not isinstance(text, str):
        hint = (
            "decode it first, e.g. data.decode('utf-8')"
            if isinstance(text, bytes | bytearray)
            else "pass the text of the transcript"
        )
        msg = f"parse() needs the transcript as str, not {type(text).__name__}; {hint}"
        raise ArgumentTypeError(msg)
    _check_id(id)
    blocks = _blocks(text)
    if not blocks:
        reason = "the text is empty" if not text else "the text holds only white space"
        raise TranscriptError(
            f"{reason}: pass the transcript's text, with turns that start with '– '",
            text=text,
            offset=0,
        )
    first_turn = next((i for i, (start, _) in enumerate(blocks) if _is_turn(text, start)), None)
    if first_turn is None:
        raise TranscriptError(_no_turns_reason(text, blocks), text=text, offset=blocks[0][0])

    segments: list[Segment] = []
    header = _Header(text, blocks[:first_turn], segments)
    turn_blocks = _group_turns(text, blocks[first_turn:])
    if len(turn_blocks) % 2:
        start = turn_blocks[-1][0][0]
        raise TranscriptError(
            f"question {len(turn_blocks) // 2 + 1} has no answer: turns alternate question and "
            "answer, so add the answer or remove the question",
            text=text,
            offset=start,
        )
    if topics and len(topics) != len(turn_blocks) // 2:
        count = len(turn_blocks) // 2
        msg = f"{len(topics)} topics given for {count} exchanges; give one per exchange"
        raise ArgumentValueError(msg)

    index = EntityIndex(text, entities) if entities else None
    if index is not None:
        for block in sorted(segments, key=lambda block: block.span.start):
            if block.kind in _HEADER_SECTIONS:
                index.add_header(block.kind, block.span)
    asker = _speaker(interviewer, "interviewer", "Interviewer")
    answerer = _speaker(interviewee, "interviewee", "Interviewee")
    exchanges: list[Exchange] = []
    for position in range(0, len(turn_blocks), 2):
        number = position // 2 + 1
        question = _turn(
            Question, text, turn_blocks[position], number, asker, segmenter, index, segments
        )
        answer = _turn(
            Answer, text, turn_blocks[position + 1], number, answerer, segmenter, index, segments
        )
        span_start = question.marker.start if question.marker else question.span.start
        span = Span(span_start, answer.span.end)
        exchanges.append(
            Exchange(
                id=f"e{number}",
                number=number,
                question=question,
                answer=answer,
                topic=topics[number - 1] if topics else None,
                span=span,
                text=span.of(text),
            )
        )

    return Interview(
        id=id,
        source=text,
        title=header.headline.of(text) if header.headline else title,
        title_span=header.headline,
        outlet=outlet,
        url=url,
        published=_date(published),
        language=language,
        interviewer=asker,
        interviewee=answerer,
        lede=header.lede.of(text) if header.lede else None,
        lede_span=header.lede,
        photo=header.photo,
        exchanges=tuple(exchanges),
        segments=_with_separators(text, segments),
        entity_index=index,
    )


def _check_id(id: object) -> None:
    if not isinstance(id, str):
        msg = f"the interview id must be a str, not {type(id).__name__}"
        raise ArgumentTypeError(msg)
    if not _ID.fullmatch(id):
        msg = (
            f"invalid interview id {id!r}: use letters, digits, '.', '_' and '-', "
            "starting with a letter or digit, such as 'tass-2065861'"
        )
        raise ArgumentValueError(msg)


def _blocks(text: str) -> list[_Block]:
    """Return the ``(start, end)`` of every block, trimmed of surrounding white space."""
    blocks: list[_Block] = []
    position = 0
    for separator in [*_BLANK_LINES.finditer(text), None]:
        stop = separator.start() if separator else len(text)
        start, end = _trim(text, position, stop)
        if start < end:
            blocks.append((start, end))
        position = separator.end() if separator else stop
    return blocks


def _trim(text: str, start: int, end: int) -> _Block:
    """Narrow ``[start, end)`` to exclude white space (and a byte order mark) at both ends."""
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_turn(text: str, start: int) -> bool:
    return _TURN_MARKER.match(text, start) is not None


def _no_turns_reason(text: str, blocks: list[_Block]) -> str:
    glued = next((start for start, _ in blocks if _DASH_WITHOUT_SPACE.match(text, start)), None)
    reason = (
        "no question/answer turns found: a turn is a paragraph that starts with an en dash "
        "or em dash and a space ('– '), after a blank line"
    )
    if glued is not None:
        line = text.count("\n", 0, glued) + 1
        reason += f"; the dash on line {line} has no space after it"
    return reason


def _group_turns(text: str, blocks: list[_Block]) -> list[list[_Block]]:
    """Group blocks into turns: a marked block starts one, unmarked blocks continue it."""
    turns: list[list[_Block]] = []
    for block in blocks:
        if _is_turn(text, block[0]):
            marker = _TURN_MARKER.match(text, block[0])
            assert marker is not None  # _is_turn just matched
            if marker.end() >= block[1]:
                raise TranscriptError(
                    "a turn marker with no words after it: write the turn's text after the dash, "
                    "or remove the dash",
                    text=text,
                    offset=block[0],
                )
            turns.append([block])
        else:
            turns[-1].append(block)
    return turns


def _speaker(given: Speaker | str | None, role: str, default: str) -> Speaker:
    if isinstance(given, Speaker):
        if given.role != role:
            msg = f"the {role} was given as a Speaker with role {given.role!r}; use role={role!r}"
            raise ArgumentValueError(msg)
        return given
    if given is None:
        return Speaker(default, role)  # type: ignore[arg-type]  # role is one of ROLES here
    if isinstance(given, str) and given.strip():
        return Speaker(given.strip(), role)  # type: ignore[arg-type]
    msg = f"the {role} must be a Speaker or a non-empty name, not {given!r}"
    raise ArgumentTypeError(msg) if not isinstance(given, str) else ArgumentValueError(msg)


def _date(value: datetime.date | str | None) -> datetime.date | None:
    import datetime  # only when a date is given: the import costs more than the parse

    if value is None or isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            msg = f"published={value!r} is not a date: use 'YYYY-MM-DD' or a datetime.date"
            raise ArgumentValueError(msg) from None
    msg = f"published must be a datetime.date or 'YYYY-MM-DD', not {type(value).__name__}"
    raise ArgumentTypeError(msg)


_TurnT = TypeVar("_TurnT", Question, Answer)


def _turn(  # noqa: PLR0917  # a private helper called from one place
    cls: type[_TurnT],
    text: str,
    blocks: list[_Block],
    number: int,
    speaker: Speaker,
    segmenter: Segmenter,
    index: EntityIndex | None,
    segments: list[Segment],
) -> _TurnT:
    turn_id = f"{cls.prefix}{number}"
    marker_match = _TURN_MARKER.match(text, blocks[0][0])
    assert marker_match is not None  # the first block of a turn is marked
    marker = Span(marker_match.start(), marker_match.end())
    segments.append(Segment("turn-marker", marker, marker.of(text), turn_id))
    paragraphs = []
    for paragraph_number, (block_start, end) in enumerate(blocks, 1):
        start = marker.end if paragraph_number == 1 else block_start
        span = Span(start, end)
        paragraph_id = f"{turn_id}.p{paragraph_number}"
        paragraph_text = span.of(text)
        bounds = segment(paragraph_text, segmenter, start)
        sentences = tuple(
            Sentence(
                id=f"{paragraph_id}.s{number}",
                number=number,
                span=Span(sentence_start, sentence_end),
                text=text[sentence_start:sentence_end],
                paragraph_id=paragraph_id,
            )
            for number, (sentence_start, sentence_end) in enumerate(bounds, 1)
        )
        if index is not None:
            index.add_paragraph(paragraph_id, span, sentences)
        paragraphs.append(
            Paragraph(
                paragraph_id, paragraph_number, span, paragraph_text, sentences, turn_id, index
            )
        )
        segments.append(Segment("paragraph", span, paragraph_text, paragraph_id))
    span = Span(marker.end, blocks[-1][1])
    return cls(
        id=turn_id,
        number=number,
        speaker=speaker,
        span=span,
        text=span.of(text),
        paragraphs=tuple(paragraphs),
        marker=marker,
    )


_HEADER_SECTIONS = ("headline", "lede", "caption", "credit")


class _Header:
    """The header blocks before the first turn, classified by their place and shape."""

    def __init__(self, text: str, blocks: list[_Block], segments: list[Segment]) -> None:
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
            caption = Span(*_trim(text, start, credit_line.start()))
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


def _credit_line(text: str, block: _Block) -> re.Match[str] | None:
    """Match the ``©`` that opens the block's last line, if it does."""
    start, end = block
    line_start = max(start, text.rfind("\n", start, end) + 1)
    return _CREDIT.match(text, line_start, end)


def _with_separators(text: str, segments: list[Segment]) -> tuple[Segment, ...]:
    """Sort the segments and fill every gap between them with a separator segment."""
    tiled: list[Segment] = []
    position = 0
    for item in sorted(segments, key=lambda segment: segment.span.start):
        if item.span.start > position:
            gap = Span(position, item.span.start)
            tiled.append(Segment("separator", gap, gap.of(text)))
        tiled.append(item)
        position = item.span.end
    if position < len(text):
        gap = Span(position, len(text))
        tiled.append(Segment("separator", gap, gap.of(text)))
    return tuple(tiled)
