"""The parser: from a transcript's text to an :class:`~interview_corpus.Interview`.

:mod:`._layout` finds the blocks, the header and the turns; this module builds
them into the model: ids, speakers, exchanges and remarks, paragraphs and
sentences. Every string the result exposes is a slice of the text passed in,
and the layout segments (header blocks, turn markers, paragraphs and the white
space between them) tile that text with no gap or overlap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict, TypeVar

from ._entities import Lexicon, attach_lexicon
from ._errors import ArgumentTypeError, ArgumentValueError, TranscriptError
from ._layout import Header, RawTurn, Style, blocks, find_turns
from ._model import (
    Answer,
    Entity,
    Exchange,
    Interview,
    Paragraph,
    Question,
    Remark,
    Role,
    Segment,
    Sentence,
    Span,
    Speaker,
    Topic,
    _fold,
)
from ._segment import Segmenter, segment, split_sentences

if TYPE_CHECKING:
    import datetime

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_TurnT = TypeVar("_TurnT", Question, Answer, Remark)


class ParseOptions(TypedDict, total=False):
    r"""The keyword arguments of :func:`parse` besides ``id``, for :func:`read` and corpora.

    Example:
        >>> import interview_corpus as ic
        >>> options: ic.ParseOptions = {"interviewee": "Jane Doe", "strict": False}
        >>> ic.parse("– Why?\n\n– Because.", id="x", **options).interviewee.name
        'Jane Doe'
    """

    style: Style
    strict: bool
    title: str | None
    outlet: str | None
    url: str | None
    published: datetime.date | str | None
    language: str | None
    rights: str | None
    interviewer: Speaker | str | None
    interviewee: Speaker | str | None
    topics: Sequence[Topic | None]
    entities: Lexicon
    segmenter: Segmenter


def parse(
    text: str,
    *,
    id: str,
    style: Style = "auto",
    strict: bool = True,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: datetime.date | str | None = None,
    language: str | None = None,
    rights: str | None = None,
    interviewer: Speaker | str | None = None,
    interviewee: Speaker | str | None = None,
    topics: Sequence[Topic | None] = (),
    entities: Lexicon = (),
    segmenter: Segmenter = split_sentences,
) -> Interview:
    r"""Parse a transcript into an :class:`Interview`.

    This is the parser that builds the bundled interview. It reads turns that
    start with a dash (``–``) and turns that start with a speaker label
    (``Question:``, ``Sergey Lavrov:``), finding the layout by itself. What the
    text says (headline, lede, photo caption and credit, speakers' names,
    turns) is found in it; what it cannot say is passed in.

    Args:
        text: The whole transcript, as ``str``.
        id: The interview's id: letters, digits, ``.``, ``_`` and ``-``.
        style: ``"auto"`` (default), ``"dash"`` or ``"labelled"`` to force a layout.
        strict: When true (default) a question without an answer is an error;
            when false it is kept as an exchange with no answers.
        title: Used when the text has no headline (the headline wins otherwise).
        outlet: The publishing outlet, such as ``"TASS"``.
        url: Where the text was published.
        published: The publication date, as a date or ``"YYYY-MM-DD"``.
        language: The text's language as a BCP 47 tag, such as ``"en"``.
        rights: Who holds the text's copyright and on what terms it is used.
        interviewer: The questioner, as a :class:`Speaker` or a name; labels
            with this name mark questions.
        interviewee: The person answering, as a :class:`Speaker` or a name.
            Without it, the first named answering speaker (or "Interviewee").
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
        TranscriptError: The text is empty, has no turns, mixes layouts,
            opens with an answer to nothing, or (when strict) leaves a
            question unanswered; ``line`` and ``column`` say where.
        ArgumentTypeError: ``text`` is not a ``str`` (decode ``bytes`` first,
            or use :func:`read` for files).
        ArgumentValueError: An argument has an unusable value, such as a
            wrong number of topics.

    Example:
        >>> import interview_corpus as ic
        >>> text = "A headline\n\n– Why?\n\n– Because. That is all."
        >>> iv = ic.parse(text, id="demo", interviewee="Jane Doe")
        >>> iv.title, iv.answers[0].text, len(iv.answers[0].sentences)
        ('A headline', 'Because. That is all.', 2)
        >>> labelled = ic.parse("Q: Why?\n\nJane Doe: Because.", id="demo-2")
        >>> labelled.answers[0].speaker.name, labelled.interviewee.name
        ('Jane Doe', 'Jane Doe')
    """
    if not isinstance(text, str):
        hint = (
            "decode it first, e.g. data.decode('utf-8'), or use ic.read(path) for a file"
            if isinstance(text, bytes | bytearray)
            else "pass the text of the transcript"
        )
        msg = f"parse() needs the transcript as str, not {type(text).__name__}; {hint}"
        raise ArgumentTypeError(msg)
    _check_id(id)
    _check_text(text)
    _check_metadata(
        {"title": title, "outlet": outlet, "url": url, "language": language, "rights": rights},
        topics,
        entities,
    )
    asker = _speaker(interviewer, "interviewer") or Speaker("Interviewer", "interviewer")
    given_answerer = _speaker(interviewee, "interviewee")
    found = blocks(text)
    if not found:
        reason = "the text is empty" if not text else "the text holds only white space"
        raise TranscriptError(
            f"{reason}: pass the transcript's text, with turns that start with '– ' or a label",
            text=text,
            offset=0,
        )
    known = {
        _fold(name) for speaker in (asker, given_answerer) if speaker for name in speaker.names
    }
    first, raw_turns = find_turns(
        text, found, style, asking={_fold(name) for name in asker.names}, known=known
    )
    segments: list[Segment] = []
    header = Header(text, found[:first], segments)
    plan, remarks = _assemble(text, raw_turns, strict=strict)
    if topics and len(topics) != len(plan):
        msg = f"{len(topics)} topics given for {len(plan)} exchanges; give one per exchange"
        raise ArgumentValueError(msg)

    speakers = _Speakers(asker, given_answerer, raw_turns)
    build = _TurnBuilder(text, segmenter, segments)
    exchanges: list[Exchange] = []
    for number, (question_raw, answer_raws) in enumerate(plan, 1):
        question = build(Question, f"q{number}", number, question_raw, speakers.of(question_raw))
        answers = tuple(
            build(Answer, f"a{number}{_suffix(position)}", number, raw, speakers.of(raw))
            for position, raw in enumerate(answer_raws)
        )
        last = answers[-1] if answers else question
        span = Span(
            question.marker.start if question.marker else question.span.start, last.span.end
        )
        exchanges.append(
            Exchange(
                id=f"e{number}",
                number=number,
                question=question,
                answers=answers,
                topic=topics[number - 1] if topics else None,
                span=span,
                text=span.of(text),
            )
        )
    remark_turns = tuple(
        build(Remark, f"r{number}", number, raw, speakers.of(raw))
        for number, raw in enumerate(remarks, 1)
    )

    interview = Interview(
        id=id,
        source=text,
        title=header.headline.of(text) if header.headline else title,
        title_span=header.headline,
        outlet=outlet,
        url=url,
        published=_date(published),
        language=language,
        interviewer=asker,
        interviewee=speakers.interviewee,
        lede=header.lede.of(text) if header.lede else None,
        lede_span=header.lede,
        photo=header.photo,
        exchanges=tuple(exchanges),
        segments=_with_separators(text, segments),
        remarks=remark_turns,
        other_speakers=speakers.others(),
        rights=rights,
    )
    if entities:
        attach_lexicon(interview, entities)
    return interview


_MOST_ANSWERS = 26  # ids a3, a3b, ..., a3z


def _suffix(position: int) -> str:
    """'' for a question's first answer, then 'b', 'c', ... 'z' for the answers after it."""
    return "" if position == 0 else chr(ord("a") + position)


def _assemble(
    text: str, raw_turns: list[RawTurn], *, strict: bool
) -> tuple[list[tuple[RawTurn, list[RawTurn]]], list[RawTurn]]:
    """Group turns into exchanges (a question and the answers after it) and remarks."""
    plan: list[tuple[RawTurn, list[RawTurn]]] = []
    remarks: list[RawTurn] = []
    for raw in raw_turns:
        if raw.side == "question":
            if plan and not plan[-1][1]:
                _unanswered(text, plan[-1][0], len(plan), strict=strict)
            plan.append((raw, []))
        elif raw.side == "answer" and plan:
            if len(plan[-1][1]) == _MOST_ANSWERS:
                raise TranscriptError(
                    f"question {len(plan)} has more than {_MOST_ANSWERS} answer turns: label the "
                    "questions between them (Question: or Q:)",
                    text=text,
                    offset=raw.marker.start,
                )
            plan[-1][1].append(raw)
        elif raw.side == "answer" and raw.keyword:
            raise TranscriptError(
                f"the transcript opens with {raw.label!r}, an answer to no question: add the "
                "question before it, or label opening remarks with the speaker's name",
                text=text,
                offset=raw.marker.start,
            )
        else:
            remarks.append(raw)  # opening remarks, or a moderator's lines
    if plan and not plan[-1][1]:
        _unanswered(text, plan[-1][0], len(plan), strict=strict)
    return plan, remarks


def _unanswered(text: str, question: RawTurn, number: int, *, strict: bool) -> None:
    if strict:
        raise TranscriptError(
            f"question {number} has no answer: add the answer, remove the question, or pass "
            "strict=False to keep it as an unanswered question",
            text=text,
            offset=question.marker.start,
        )


class _Speakers:
    """Who speaks each turn: the given speakers, and a Speaker for each other label."""

    def __init__(self, asker: Speaker, given: Speaker | None, raw_turns: list[RawTurn]) -> None:
        self.asker = asker
        self._named: dict[str, Speaker] = {}
        for raw in raw_turns:
            if raw.label and not raw.keyword and not asker.is_called(raw.label):
                if given is not None and given.is_called(raw.label):
                    continue
                role: Role = "moderator" if raw.side == "remark" else "interviewee"
                self._named.setdefault(_fold(raw.label), Speaker(raw.label, role))
        answering = [speaker for speaker in self._named.values() if speaker.role == "interviewee"]
        self.interviewee = given or (
            answering[0] if answering else Speaker("Interviewee", "interviewee")
        )

    def of(self, raw: RawTurn) -> Speaker:
        if raw.label is None or raw.keyword:
            return self.asker if raw.side == "question" else self.interviewee
        if self.asker.is_called(raw.label):
            return self.asker
        if self.interviewee.is_called(raw.label):
            return self.interviewee
        return self._named[_fold(raw.label)]

    def others(self) -> tuple[Speaker, ...]:
        return tuple(s for s in self._named.values() if s not in (self.asker, self.interviewee))


class _TurnBuilder:
    """Builds turns with their paragraphs and sentences, recording their layout segments."""

    def __init__(self, text: str, segmenter: Segmenter, segments: list[Segment]) -> None:
        self.text = text
        self.segmenter = segmenter
        self.segments = segments

    def __call__(
        self, cls: type[_TurnT], turn_id: str, number: int, raw: RawTurn, speaker: Speaker
    ) -> _TurnT:
        text = self.text
        marker = raw.marker
        self.segments.append(Segment("turn-marker", marker, marker.of(text), turn_id))
        paragraphs = []
        for paragraph_number, (block_start, end) in enumerate(raw.blocks, 1):
            start = marker.end if paragraph_number == 1 else block_start
            span = Span(start, end)
            paragraph_id = f"{turn_id}.p{paragraph_number}"
            paragraph_text = span.of(text)
            bounds = segment(paragraph_text, self.segmenter, start)
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
            paragraphs.append(
                Paragraph(paragraph_id, paragraph_number, span, paragraph_text, sentences, turn_id)
            )
            self.segments.append(Segment("paragraph", span, paragraph_text, paragraph_id))
        span = Span(marker.end, raw.blocks[-1][1])
        return cls(
            id=turn_id,
            number=number,
            speaker=speaker,
            span=span,
            text=span.of(text),
            paragraphs=tuple(paragraphs),
            marker=marker,
        )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_text(text: str) -> None:
    """Refuse lone surrogates: they are undecodable bytes, not text, and no export can write them."""
    found = _SURROGATE.search(text)
    if found is not None:
        raise TranscriptError(
            f"the text holds a lone surrogate (U+{ord(found.group()):04X}), left by bytes that "
            "are not UTF-8: decode the file with errors='strict' to find them, or 'replace'",
            text=text,
            offset=found.start(),
        )


def _check_metadata(strings: dict[str, object], topics: object, entities: object) -> None:
    """The metadata's types, checked here so that a wrong one never reaches the model."""
    for name, value in strings.items():
        if value is not None and not isinstance(value, str):
            msg = f"{name} must be a str or None, not {type(value).__name__}"
            raise ArgumentTypeError(msg)
        if isinstance(value, str) and _SURROGATE.search(value):
            msg = f"{name} holds a lone surrogate: decode it as UTF-8 first"
            raise ArgumentValueError(msg)
    _check_items("topics", topics, (Topic, type(None)), "a list of Topic (or None)")
    if not callable(entities):
        _check_items("entities", entities, (Entity,), "a list of Entity, or a function")


def _check_items(name: str, value: object, kinds: tuple[type, ...], wanted: str) -> None:
    if isinstance(value, str) or not isinstance(value, Sequence):
        msg = f"{name} must be {wanted}, not {type(value).__name__}"
        raise ArgumentTypeError(msg)
    for item in value:
        if not isinstance(item, kinds):
            msg = f"{name} must be {wanted}, not a list of {type(item).__name__}"
            raise ArgumentTypeError(msg)


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


def _speaker(given: Speaker | str | None, role: Role) -> Speaker | None:
    if isinstance(given, Speaker):
        if given.role != role:
            msg = f"the {role} was given as a Speaker with role {given.role!r}; use role={role!r}"
            raise ArgumentValueError(msg)
        return given
    if given is None:
        return None
    if isinstance(given, str) and given.strip():
        return Speaker(given.strip(), role)
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
