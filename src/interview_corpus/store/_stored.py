"""What a corpus file stores, made again as objects: interviews, paragraphs, speakers, entities, mentions.

An interview from its source, or from its JSON document; the other objects from their rows.
Opening a file and searching it need none of this (a search's hits build their paragraphs
here when first asked for): :mod:`._file` loads this module, and with it the model and attrs,
when an answer first needs an object. The flattening into rows is in :mod:`._rows`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import json as documents, reading
from .._util.timecode import as_timedelta
from ..interview import Interview
from ..model._objects import Entity, Mention, Paragraph, Sentence, Speaker, Topic
from ..model._span import Span

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["entity", "materialise", "mentions", "paragraph", "sha256", "speakers"]


def _parse_options(options: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of :func:`parse` from their stored JSON values."""
    return {
        **options,
        "interviewer": Speaker(**options["interviewer"]),
        "interviewee": Speaker(**options["interviewee"]),
        "topics": [Topic(**topic) if topic else None for topic in options["topics"]],
        "entities": tuple(Entity(**entity) for entity in options["entities"]),
    }


def materialise(id: str, source: str, options: str, document: str | None) -> Interview:
    """The interview, parsed again from its source (or read from its JSON document)."""
    import json

    if document is not None:
        interview = documents.read_json(document)
        assert isinstance(interview, Interview)  # the store writes one interview per document
        return interview
    stored = json.loads(options)
    if "arguments" in stored:  # a file: read again with the arguments it was read with
        return reading.parse(source, id=id, **stored["arguments"])
    return reading.parse(source, id=id, **_parse_options(stored))


def sha256(text: str) -> str:
    import hashlib  # the build's and verify's: not on the import path, so OpenSSL's cost is paid once

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def paragraph(
    id: str,
    *,
    number: int,
    span: tuple[int, int],
    text: str,
    sentences: Sequence[tuple[int, int]],
    turn_id: str,
    times: tuple[float | None, float | None],
) -> Paragraph:
    """A paragraph from its row: its span of the source, its text, its sentences' bounds and times."""
    start, _ = span
    return Paragraph(
        id,
        number,
        Span(*span),
        text,
        tuple(
            Sentence(
                f"{id}.s{count}", count, Span(first, last), text[first - start : last - start], id
            )
            for count, (first, last) in enumerate(sentences, 1)
        ),
        turn_id,
        start=as_timedelta(times[0]),
        end=as_timedelta(times[1]),
    )


def speakers(rows: list[Any]) -> list[tuple[str, Speaker, int]]:
    """``(interview id, speaker, turn count)`` from rows of the table speakers (aliases a JSON list).

    Raises:
        ValueError, TypeError, RecursionError: A row is not what the library writes.
    """
    import json

    return [
        (id, Speaker(name, role, json.loads(aliases), description), turns)
        for id, name, role, aliases, description, turns in rows
    ]


def entity(value: str) -> Entity:
    """An entity from its stored JSON.

    Raises:
        ValueError, TypeError, RecursionError: The value is not what the library writes.
    """
    import json

    return Entity(**json.loads(value))


def mentions(rows: list[Any], entity_of: Callable[[str], Entity]) -> list[tuple[str, Mention]]:
    """``(interview id, mention)`` from rows of the table mentions, each entity made once by ``entity_of``."""
    made_from: dict[str, Entity] = {}
    found: list[tuple[str, Mention]] = []
    for interview_id, value, text, start, end, form, section, paragraph_id, sentence_id in rows:
        made = made_from.get(value)
        if made is None:
            made = made_from[value] = entity_of(value)
        found.append(
            (
                interview_id,
                Mention(
                    made,
                    text,
                    Span(start, end),
                    form,
                    section,
                    paragraph_id,
                    sentence_id,
                    interview_id,
                ),
            )
        )
    return found
