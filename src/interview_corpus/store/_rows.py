"""What a corpus file stores for one interview: its rows, flattened from the parsed interview, and back.

The rows are plain values (cheap to send between the build's processes); the
interview is given back by parsing its stored source again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import attrs

from .. import json as documents
from .._util.text import name_key
from .._util.timecode import seconds_of
from ..interview import Interview
from ..model._objects import Entity, Speaker, Topic, sentence_bounds
from ._stored import materialise, sha256

__all__ = [
    "Rows",
    "interview_rows",
    "reading_arguments",
    "sentence_spans",
    "stored_options",
]


class Rows(NamedTuple):
    """Everything stored for one interview: plain values, cheap to send between processes."""

    id: str
    interview: dict[str, Any]
    speakers: list[tuple[Any, ...]]
    exchanges: list[tuple[Any, ...]]
    turns: list[tuple[Any, ...]]
    paragraphs: list[tuple[Any, ...]]  # the columns of paragraph_rows after interview_id
    texts: list[str]  # each paragraph's text: what the full-text index is given
    entities: list[tuple[Any, ...]]
    entity_names: list[tuple[Any, ...]]
    mentions: list[tuple[Any, ...]]


def _speaker_value(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "role": speaker.role,
        "aliases": list(speaker.aliases),
        "description": speaker.description,
    }


def _entity_value(entity: Entity) -> dict[str, Any]:
    return {
        key: list(value) if isinstance(value, tuple) else value
        for key, value in attrs.asdict(entity, recurse=False).items()
    }


def _topic_value(topic: Topic | None) -> dict[str, Any] | None:
    if topic is None:
        return None
    return {
        "slug": topic.slug,
        "title": topic.title,
        "summary": topic.summary,
        "keywords": list(topic.keywords),
    }


def _metadata(interview: Interview) -> dict[str, Any]:
    """The interview's title, outlet, URL, date, language and rights, as JSON values."""
    return {
        "title": interview.title,
        "outlet": interview.outlet,
        "url": interview.url,
        "published": interview.published.isoformat() if interview.published else None,
        "language": interview.language,
        "rights": interview.rights,
    }


def stored_options(interview: Interview) -> dict[str, Any]:
    """What :func:`parse` needs besides the text to give this interview again, as JSON values."""
    return {
        "strict": all(exchange.answers for exchange in interview.exchanges),
        **_metadata(interview),
        "interviewer": _speaker_value(interview.interviewer),
        "interviewee": _speaker_value(interview.interviewee),
        "topics": [_topic_value(exchange.topic) for exchange in interview.exchanges],
        "entities": [_entity_value(entity) for entity in interview.lexicon],
    }


def reading_arguments(options: dict[str, Any]) -> dict[str, Any]:
    """A sidecar's reading options as JSON values (a date as ``YYYY-MM-DD``, which parse takes too)."""
    return {
        key: value.isoformat() if hasattr(value, "isoformat") else value
        for key, value in options.items()
    }


def sentence_spans(start: int, bounds: Sequence[tuple[int, int]]) -> str:
    """A paragraph's sentences as its row stores them: a JSON list of their offsets from the paragraph's ``start``.

    Each sentence's start and end, one after the other; a view reads them
    (``sentences``), and :func:`._schema.sentence_bounds_of` gives them back.

    Example:
        >>> sentence_spans(100, [(100, 120), (121, 140)])
        '[0,20,21,40]'
    """
    return "[" + ",".join(str(offset - start) for bound in bounds for offset in bound) + "]"


def interview_rows(
    interview: Interview,
    path: str | None,
    fingerprint: str,
    arguments: dict[str, Any] | None = None,
) -> Rows:
    """The rows of one interview.

    A file's interview is stored with the arguments it was read with (its
    sidecar's options): parsing is deterministic, so parsing the stored
    source with them gives the same interview again, and nothing is parsed
    twice. An interview made in memory is parsed again from what is stored
    (its source and the metadata :func:`stored_options` captures), and kept whole,
    as its JSON document, if that does not give it back (it may have used a
    custom segmenter). Opening the file then never gives anything but the
    interview that was stored; :meth:`CorpusFile.verify` parses every
    source again to check it.
    """
    import json

    document = None
    if arguments is not None:
        options_json = json.dumps({"arguments": arguments}, ensure_ascii=False, sort_keys=True)
    else:
        options_json = json.dumps(stored_options(interview), ensure_ascii=False, sort_keys=True)
        again = materialise(interview.id, interview.source, options_json, None)
        if again != interview or again.lexicon != interview.lexicon:
            document = documents.write_json(interview)
    turns = interview.turns()
    topics = {exchange.id: exchange.topic.slug for exchange in interview if exchange.topic}
    row = {
        "id": interview.id,
        "path": path,
        "fingerprint": fingerprint,
        "checksum": sha256(interview.source),
        **_metadata(interview),
        "interviewer": interview.interviewer.name,
        "interviewee": interview.interviewee.name,
        "exchange_count": len(interview.exchanges),
        "turn_count": len(turns),
        "paragraph_count": len(interview.paragraphs()),
        "sentence_count": 0,  # counted with the rows below, without making the sentences
        "options": options_json,
        "document": document,
        "source": interview.source,
    }
    speakers = [
        (
            position,
            speaker.name,
            speaker.role,
            json.dumps(list(speaker.aliases), ensure_ascii=False),
            speaker.description,
            sum(1 for turn in turns if turn.speaker == speaker),
        )
        for position, speaker in enumerate(interview.speakers)
    ]
    exchanges = [
        (
            exchange.id,
            exchange.number,
            exchange.topic.slug if exchange.topic else None,
            exchange.topic.title if exchange.topic else None,
            exchange.question.id,
            exchange.span.start,
            exchange.span.end,
        )
        for exchange in interview
    ]
    turn_rows: list[tuple[Any, ...]] = []
    paragraphs: list[tuple[Any, ...]] = []
    texts: list[str] = []
    sentence_count = 0
    about: dict[str, tuple[Any, ...]] = {}
    for position, turn in enumerate(turns):
        exchange_id = turn.exchange_id
        slug = topics.get(exchange_id or "")
        common = (exchange_id, turn.kind, turn.speaker.name, turn.speaker.role, slug)
        about[turn.id] = (turn.speaker.name, turn.speaker.role, slug)
        turn_rows.append(
            (
                turn.id,
                position,
                turn.kind,
                turn.number,
                exchange_id,
                turn.speaker.name,
                turn.speaker.role,
                slug,
                turn.span.start,
                turn.span.end,
                seconds_of(turn.start),
                seconds_of(turn.end),
            )
        )
        for paragraph in turn.paragraphs:
            bounds = sentence_bounds(paragraph)
            sentence_count += len(bounds)
            texts.append(paragraph.text)
            paragraphs.append(
                (
                    paragraph.id,
                    len(paragraphs),
                    paragraph.number,
                    turn.id,
                    *common,
                    paragraph.span.start,
                    paragraph.span.end,
                    seconds_of(paragraph.start),
                    seconds_of(paragraph.end),
                    sentence_spans(paragraph.span.start, bounds),
                )
            )
    row["sentence_count"] = sentence_count
    entities = [
        (
            position,
            entity.id,
            entity.name,
            entity.kind,
            json.dumps(_entity_value(entity), ensure_ascii=False),
        )
        for position, entity in enumerate(interview.lexicon)
    ]
    names: dict[str, str] = {}
    for entity in interview.lexicon:
        for name in entity.names:
            names.setdefault(name_key(name), entity.id)
    mentions = [
        (
            position,
            mention.entity.id,
            mention.form,
            mention.section,
            mention.paragraph_id,
            mention.sentence_id,
            mention.turn_id,
            *about.get(mention.turn_id or "", (None, None, None)),
            mention.span.start,
            mention.span.end,
            mention.text,
        )
        for position, mention in enumerate(interview.mentions())
    ]
    return Rows(
        interview.id,
        row,
        speakers,
        exchanges,
        turn_rows,
        paragraphs,
        texts,
        entities,
        list(names.items()),
        mentions,
    )
