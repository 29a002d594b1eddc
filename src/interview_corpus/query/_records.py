"""Flat records: one dict per exchange, turn, paragraph, sentence or mention.

Every record of a level has the same keys, in the same order, and only str,
int, float (times, in seconds) or None values, so that ``pandas.DataFrame(records)``,
``datasets.Dataset.from_list(records)``, DuckDB and the csv module take them
as they are. The columns are documented in :data:`COLUMNS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, TypedDict

from .._util.timecode import seconds_of
from ..errors import ArgumentValueError
from ..model._objects import Turn

if TYPE_CHECKING:
    from ..model._document import Document

RecordLevel = Literal["interview", "exchange", "turn", "paragraph", "sentence", "mention"]
"""The level of :meth:`Interview.records`: one row per interview, exchange, turn, paragraph, sentence or mention.

.. versionadded:: 0.1
"""

RECORD_LEVELS: tuple[RecordLevel, ...] = (
    "interview", "exchange", "turn", "paragraph", "sentence", "mention",
)  # fmt: skip

Record = dict[str, str | int | float | None]
"""One row of :meth:`Interview.records` of a level known only at run time: column names to flat values.

.. versionadded:: 0.1
"""


class _Row(TypedDict):
    """The first columns of every level's records (the typed dicts' keys are the columns, in order)."""

    interview_id: str
    id: str


class _TextRow(_Row):
    """The first columns of the turn, paragraph and sentence levels."""

    kind: str
    number: int


class InterviewRecord(_Row):
    """A record of the ``interview`` level: one interview's metadata.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> row: ic.InterviewRecord = ic.load().records("interview")[0]
        >>> row["outlet"], row["published"], row["exchange_count"]
        ('TASS', '2025-12-28', 5)
    """

    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    language: str | None
    interviewer: str
    interviewee: str
    exchange_count: int
    word_count: int
    duration: float | None


class ExchangeRecord(_Row):
    """A record of the ``exchange`` level: one question and its answers.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> row: ic.ExchangeRecord = ic.load().records("exchange")[0]
        >>> row["id"], row["topic"], row["answer_ids"]
        ('e1', 'ukraine', 'a1')
    """

    number: int
    topic: str | None
    topic_title: str | None
    question_id: str
    answer_ids: str | None
    question_speaker: str
    answer_speaker: str | None
    text: str
    start: int
    end: int
    start_time: float | None
    end_time: float | None


class TurnRecord(_TextRow):
    """A record of the ``turn`` level: one question, answer or remark.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> row: ic.TurnRecord = ic.load().records("turn")[0]
        >>> row["id"], row["speaker"], row["paragraph_count"]
        ('q1', 'TASS', 1)
    """

    exchange_id: str | None
    speaker: str
    role: str
    topic: str | None
    paragraph_count: int
    sentence_count: int
    word_count: int
    text: str
    start: int
    end: int
    start_time: float | None
    end_time: float | None


class ParagraphRecord(_TextRow):
    """A record of the ``paragraph`` level.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> row: ic.ParagraphRecord = ic.load().records("paragraph")[0]
        >>> row["id"], row["turn_id"], row["sentence_count"]
        ('q1.p1', 'q1', 4)
    """

    turn_id: str
    exchange_id: str | None
    speaker: str
    role: str
    topic: str | None
    sentence_count: int
    word_count: int
    text: str
    start: int
    end: int
    start_time: float | None
    end_time: float | None


class SentenceRecord(_TextRow):
    """A record of the ``sentence`` level.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> row: ic.SentenceRecord = ic.load().records("sentence")[0]
        >>> row["id"], row["paragraph_id"], row["role"]
        ('q1.p1.s1', 'q1.p1', 'interviewer')
    """

    paragraph_id: str
    turn_id: str
    exchange_id: str | None
    speaker: str
    role: str
    topic: str | None
    word_count: int
    text: str
    start: int
    end: int


class MentionRecord(_Row):
    """A record of the ``mention`` level: one mention of an entity.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> row: ic.MentionRecord = ic.load().records("mention")[0]
        >>> row["id"], row["entity"], row["section"]
        ('headline@27', 'Sergey Lavrov', 'headline')
    """

    entity_id: str
    entity: str
    entity_kind: str
    form: str
    section: str
    sentence_id: str | None
    paragraph_id: str | None
    turn_id: str | None
    exchange_id: str | None
    speaker: str | None
    role: str | None
    topic: str | None
    text: str
    start: int
    end: int


class TextMatchRecord(TypedDict):
    r"""The record of one :class:`TextMatch`: what :meth:`TextMatch.record` gives, and ``grep --json`` prints.

    Flat like the other records (str, int or None values), with the same
    ``interview_id``, ``text``, ``start`` and ``end``; the pattern's groups,
    which are not flat, stay on the :class:`TextMatch`.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> row: ic.TextMatchRecord = ic.load().grep(r"Taiwan\w*")[0].record()
        >>> row
        {'interview_id': 'tass-2065861', 'paragraph_id': 'q5.p1', 'sentence_id': 'q5.p1.s1', 'text': 'Taiwan', 'start': 9087, 'end': 9093}
    """

    interview_id: str
    paragraph_id: str
    sentence_id: str | None
    text: str
    start: int
    end: int


_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def count_words(text: str) -> int:
    """The number of words in ``text``: runs of letters and digits, with inner ``'`` and ``-``.

    "Russia’s" and "Russia-hating" are one word each. The ``word_count`` of
    records and the ``info`` command's count both use this.
    """
    return len(_WORD.findall(text))


_WHERE = ("exchange_id", "speaker", "role", "topic")
COLUMNS: dict[RecordLevel, tuple[str, ...]] = {
    level: tuple(row.__annotations__)  # the typed dict's keys, its base's first
    for level, row in zip(RECORD_LEVELS, (
        InterviewRecord, ExchangeRecord, TurnRecord, ParagraphRecord, SentenceRecord, MentionRecord,
    ), strict=True)
}  # fmt: skip
"""The columns of each level, in order.

* ``interview_id``, ``id``: the interview and the object (``e3``, ``a3``, ``a3.p2``, ``a3.p2.s1``;
  a mention's :attr:`~interview_corpus.Mention.id`, such as ``a1.p2.s1@1017``; the interview's own id
  on the interview level).
* interview (one row per interview, the table to join the others to on ``interview_id``): ``title``,
  ``outlet``, ``url``, ``published`` (``YYYY-MM-DD``), ``language``, ``interviewer`` and ``interviewee``
  (names), ``exchange_count``, ``word_count``.
* ``word_count`` (interview, turn, paragraph, sentence): the number of words, counted as runs of
  letters and digits with inner apostrophes and hyphens ("Russia’s" is one word).
* ``text``, ``start``, ``end``: the verbatim text and its character span in the interview's source.
* ``number``: the object's 1-based number (the exchange's, for questions and answers; within its
  turn for a paragraph; within its paragraph for a sentence).
* ``kind``: ``question``, ``answer`` or ``remark`` (the kind of turn the text is in).
* ``exchange_id``, ``turn_id``, ``paragraph_id``, ``sentence_id``: the containing objects
  (``exchange_id`` is empty for remarks).
* ``speaker``, ``role``: who speaks (name) and their role (``interviewer``, ``interviewee``,
  ``moderator``); ``topic``: the exchange's topic slug.
* exchange: ``topic_title``, ``question_id``, ``answer_ids`` (space-separated), ``question_speaker``,
  ``answer_speaker`` (of the first answer).
* turn: ``paragraph_count``, ``sentence_count``; paragraph: ``sentence_count``.
* ``start_time``, ``end_time`` (exchange, turn, paragraph): when it is spoken, in seconds from the
  start of the recording (a float), where the transcript has time codes; else empty. (``start`` and
  ``end`` are character offsets.) ``duration`` (interview): seconds from the first turn's start to
  the last time given.
* mention: ``entity_id``, ``entity`` (canonical name), ``entity_kind``, ``form`` (``name``,
  ``demonym``, ``metonym``), ``section`` (``turn``, or the header block: ``headline``, ``lede``,
  ``caption``, ``credit``; header mentions have no turn, speaker or topic).
"""


def columns(level: str) -> tuple[str, ...]:
    """The columns of ``level``, in order.

    Raises:
        ArgumentValueError: ``level`` is not one of :data:`RECORD_LEVELS`.
    """
    for known in RECORD_LEVELS:
        if level == known:
            return COLUMNS[known]
    msg = f"level={level!r}: use one of {', '.join(RECORD_LEVELS)}"
    raise ArgumentValueError(msg)


def records(interviews: Iterable[Document], level: str) -> list[Record]:
    """Return the flat records of ``level`` for each interview, in order."""
    columns(level)
    found: list[Record] = []
    for interview in interviews:
        found.extend(_RECORDS[level](interview))
    return found


def metadata(interview: Document) -> Record:
    """The interview's id and metadata: the ``interview`` record without ``id`` and the counts."""
    return {
        "interview_id": interview.id,
        "title": interview.title,
        "outlet": interview.outlet,
        "url": interview.url,
        "published": interview.published.isoformat() if interview.published else None,
        "language": interview.language,
        "interviewer": interview.interviewer.name,
        "interviewee": interview.interviewee.name,
    }


def _interviews(interview: Document) -> list[Record]:
    return [
        {
            "interview_id": interview.id,
            "id": interview.id,  # then the metadata, in order (interview_id keeps its place)
            **metadata(interview),
            "exchange_count": len(interview.exchanges),
            "word_count": sum(count_words(turn.text) for turn in interview.turns()),
            "duration": seconds_of(interview.duration),
        }
    ]


def _topics(interview: Document) -> dict[str | None, str]:
    """Each exchange's topic slug, by the exchange's id (exchanges without a topic left out)."""
    return {exchange.id: exchange.topic.slug for exchange in interview.exchanges if exchange.topic}


def _where(turn: Turn, topics: dict[str | None, str]) -> Record:
    return {
        "exchange_id": turn.exchange_id,
        "speaker": turn.speaker.name,
        "role": turn.speaker.role,
        "topic": topics.get(turn.exchange_id),
    }


def _exchanges(interview: Document) -> list[Record]:
    return [
        {
            "interview_id": interview.id,
            "id": exchange.id,
            "number": exchange.number,
            "topic": exchange.topic.slug if exchange.topic else None,
            "topic_title": exchange.topic.title if exchange.topic else None,
            "question_id": exchange.question.id,
            "answer_ids": " ".join(answer.id for answer in exchange.answers) or None,
            "question_speaker": exchange.question.speaker.name,
            "answer_speaker": exchange.answers[0].speaker.name if exchange.answers else None,
            "text": exchange.text,
            "start": exchange.span.start,
            "end": exchange.span.end,
            "start_time": seconds_of(exchange.start),
            "end_time": seconds_of(exchange.end),
        }
        for exchange in interview.exchanges
    ]


def _turns(interview: Document) -> list[Record]:
    topics = _topics(interview)
    return [
        {
            "interview_id": interview.id,
            "id": turn.id,
            "kind": turn.kind,
            "number": turn.number,
            **_where(turn, topics),
            "paragraph_count": len(turn.paragraphs),
            "sentence_count": len(turn.sentences),
            "word_count": count_words(turn.text),
            "text": turn.text,
            "start": turn.span.start,
            "end": turn.span.end,
            "start_time": seconds_of(turn.start),
            "end_time": seconds_of(turn.end),
        }
        for turn in interview.turns()
    ]


def _paragraphs(interview: Document) -> list[Record]:
    topics = _topics(interview)
    return [
        {
            "interview_id": interview.id,
            "id": paragraph.id,
            "kind": turn.kind,
            "number": paragraph.number,
            "turn_id": turn.id,
            **_where(turn, topics),
            "sentence_count": len(paragraph.sentences),
            "word_count": count_words(paragraph.text),
            "text": paragraph.text,
            "start": paragraph.span.start,
            "end": paragraph.span.end,
            "start_time": seconds_of(paragraph.start),
            "end_time": seconds_of(paragraph.end),
        }
        for turn in interview.turns()
        for paragraph in turn.paragraphs
    ]


def _sentences(interview: Document) -> list[Record]:
    topics = _topics(interview)
    return [
        {
            "interview_id": interview.id,
            "id": sentence.id,
            "kind": turn.kind,
            "number": sentence.number,
            "paragraph_id": paragraph.id,
            "turn_id": turn.id,
            **_where(turn, topics),
            "word_count": count_words(sentence.text),
            "text": sentence.text,
            "start": sentence.span.start,
            "end": sentence.span.end,
        }
        for turn in interview.turns()
        for paragraph in turn.paragraphs
        for sentence in paragraph.sentences
    ]


def _mentions(interview: Document) -> list[Record]:
    topics = _topics(interview)
    turns = {turn.id: turn for turn in interview.turns()}
    found: list[Record] = []
    for mention in interview.mentions():
        turn = turns.get(mention.turn_id) if mention.turn_id else None
        where: Record = _where(turn, topics) if turn else dict.fromkeys(_WHERE)
        found.append(
            {
                "interview_id": interview.id,
                "id": mention.id,
                "entity_id": mention.entity.id,
                "entity": mention.entity.name,
                "entity_kind": mention.entity.kind,
                "form": mention.form,
                "section": mention.section,
                "sentence_id": mention.sentence_id,
                "paragraph_id": mention.paragraph_id,
                "turn_id": mention.turn_id,
                **where,
                "text": mention.text,
                "start": mention.span.start,
                "end": mention.span.end,
            }
        )
    return found


_RECORDS = {
    "interview": _interviews,
    "exchange": _exchanges,
    "turn": _turns,
    "paragraph": _paragraphs,
    "sentence": _sentences,
    "mention": _mentions,
}
