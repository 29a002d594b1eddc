"""The fast reader of version 2 documents: one pass that checks against the schema and builds.

:func:`._json.from_json` first hands a document to :func:`read`, which walks it
once, checking each value against the shipped schema (the exact keys of each
object, types, enums, patterns, minimums, dates) as it builds the objects with
the models' constructors, then runs the same consistency checks as the thorough
reader. It vouches only for what it is sure of: anything else (an error, a
version 1 document, a string that might hold an escaped surrogate) raises
:class:`Unsure`, and the thorough reader (schema validation, then cattrs) reads
the document again, to return what it returns or to name the first problem.
So this reader must never accept a document the thorough one rejects
(``tests/test_json.py`` checks the two agree on mutated documents), and must
build equal objects from those it accepts.

JSON objects arrive as tuples of ``(key, value)`` pairs (``object_pairs_hook=
tuple``, a C call), so that a key given twice shows: the pairs outnumber the
keys of their dict. Integers are parsed by the json module's own C code,
which refuses more digits than ``sys.get_int_max_str_digits()``; the reader
allows at most ``MAX_JSON_DIGITS`` wherever the schema takes an integer.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from ._json_validate import compiled_pattern, is_date
from ._util.limits import MAX_JSON_DIGITS
from .corpus import Corpus
from .interview import DERIVED_SEGMENTS, Interview
from .json import (
    FORMAT,
    VERSION,
    SegmentKey,
    check_references,
    check_spans,
    shipped_schema,
)
from .model._entities import attach_lexicon
from .model._objects import (
    Answer,
    Entity,
    Exchange,
    Paragraph,
    Photo,
    Question,
    Remark,
    Segment,
    Sentence,
    Speaker,
    Topic,
)
from .model._span import Span

_Turn = TypeVar("_Turn", Question, Answer, Remark)

_INTEGER_LIMIT = 10**MAX_JSON_DIGITS  # the smallest integer with more digits than allowed


class UnsureError(Exception):
    """The fast reader cannot vouch for the document: the thorough reader decides."""


def usable(text: str, raw: bytes | None) -> bool:
    r"""Whether the fast reader may try ``text`` (else the thorough reader reads it alone).

    ``raw`` is the UTF-8 the text was decoded from, if it was. The json
    module's integers are bounded only by the interpreter's digit limit, so
    that limit must be on (and no looser than its default) for a hostile
    integer to stay cheap. A string may not hold a lone surrogate: a raw one
    fails to encode, and one written as an escape (``\udcff``) leaves the
    check of each string to the thorough reader (the search also finds
    well-formed pairs, which the thorough reader then reads).
    """
    limit = sys.get_int_max_str_digits()
    if not 0 < limit <= sys.int_info.default_max_str_digits:
        return False
    if raw is None:
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError:
            return False
    return b"\\ud" not in raw and b"\\uD" not in raw


def read(text: str) -> Interview | Corpus:
    """Read a version 2 document, or raise :class:`UnsureError` (or any error) if not sure."""
    document = json.loads(text, object_pairs_hook=tuple)
    if type(document) is not tuple or len(document) != 3:  # noqa: PLR2004  # format, version, body
        raise UnsureError
    kind = "corpus" if "corpus" in dict(document) else "interview"
    form, version, body = _values(document, ("format", "version", kind))
    if type(form) is not str or form != FORMAT or type(version) is not int or version != VERSION:
        raise UnsureError
    if kind == "interview":
        return _interview(body)
    if kind == "corpus":
        (interviews,) = _values(body, ("interviews",))
        return Corpus(_interview(item) for item in _list(interviews))
    raise UnsureError


_DEFINITIONS: dict[str, Any] = shipped_schema()["$defs"]


def _keys(definition: str) -> tuple[str, ...]:
    """The keys an object of a schema definition has in a version 2 document, in the schema's order.

    Every property but ``text`` (version 1's) is required in every definition
    but a paragraph's, whose ``sentences`` may be left out.
    """
    schema = _DEFINITIONS[definition]
    required = tuple(schema["required"])
    if schema["additionalProperties"] is not False or not set(schema["properties"]) - set(
        required
    ) <= {"text", "sentences"}:
        msg = f"the schema's {definition!r} is not what this reader was written for"
        raise AssertionError(msg)
    return required


def _enum(definition: str, name: str) -> frozenset[str]:
    """The values the schema allows for an enumerated property."""
    return frozenset(_DEFINITIONS[definition]["properties"][name]["enum"])


def _matcher(definition: str, name: str) -> Callable[[str], re.Match[str] | None]:
    """The schema's pattern for a property, as the thorough reader reads it."""
    return compiled_pattern(_DEFINITIONS[definition]["properties"][name]["pattern"]).match


# The schema's definitions, read once when this module is first imported (on the first read).
_SPEAKER, _ROLES = _keys("speaker"), _enum("speaker", "role")
_TOPIC, _SLUG = _keys("topic"), _matcher("topic", "slug")
_ENTITY, _ENTITY_ID = _keys("entity"), _matcher("entity", "id")
_ENTITY_KINDS = _enum("entity", "kind")
_PHOTO, _SEGMENT, _SEGMENT_KINDS = _keys("photo"), _keys("segment"), _enum("segment", "kind")
_SENTENCE, _SENTENCE_ID = _keys("sentence"), _matcher("sentence", "id")
_PARAGRAPH, _PARAGRAPH_ID = _keys("paragraph"), _matcher("paragraph", "id")
_TURN, _TURN_ID = _keys("turn"), _matcher("turn", "id")
_EXCHANGE, _EXCHANGE_ID = _keys("exchange"), _matcher("exchange", "id")
_INTERVIEW, _INTERVIEW_ID = _keys("interview"), _matcher("interview", "id")
_SPAN = _keys("span")


def _values(pairs: object, keys: tuple[str, ...]) -> tuple[Any, ...]:
    """The values of an object that has exactly ``keys``, each once, in the order of ``keys``."""
    if type(pairs) is not tuple or len(pairs) != len(keys):
        raise UnsureError
    names, values = zip(*pairs, strict=True)
    if names == keys:  # the order to_json writes: no dict needed
        return values
    fields = dict(pairs)
    if len(fields) != len(keys) or fields.keys() != set(keys):
        raise UnsureError
    return tuple(fields[key] for key in keys)


def _list(value: object) -> list[Any]:
    if type(value) is not list:
        raise UnsureError
    return value


def _text(value: object) -> str:
    if type(value) is not str:
        raise UnsureError
    return value


def _optional_text(value: object) -> str | None:
    if value is not None and type(value) is not str:
        raise UnsureError
    return value


def _texts(value: object) -> tuple[str, ...]:
    if value == []:  # the commonest list of names
        return ()
    items = tuple(_list(value))
    if set(map(type, items)) != {str}:
        raise UnsureError
    return items


def _number(value: object, minimum: int) -> int:
    if type(value) is not int or not minimum <= value < _INTEGER_LIMIT:
        raise UnsureError
    return value


def _span(pairs: object) -> Span:
    # The commonest object, read without a call to _values in the order to_json writes.
    if type(pairs) is tuple and len(pairs) == 2:  # noqa: PLR2004  # start and end
        (first, start), (second, end) = pairs
        if (
            first == "start"
            and second == "end"
            and type(start) is int
            and type(end) is int
            and 0 <= start <= end < _INTEGER_LIMIT
        ):
            return Span(start, end)
    start, end = _values(pairs, _SPAN)
    return Span(_number(start, 0), _number(end, 0))


def _optional_span(value: object) -> Span | None:
    return None if value is None else _span(value)


def _spans(value: object) -> tuple[Span, ...]:
    return tuple(map(_span, _list(value)))


def _speaker(pairs: object) -> Speaker:
    name, role, aliases, description = _values(pairs, _SPEAKER)
    if type(role) is not str or role not in _ROLES:
        raise UnsureError
    return Speaker(
        _text(name),
        role,  # type: ignore[arg-type]  # one of the roles, checked above
        _texts(aliases),
        _optional_text(description),
    )


def _identifier(value: object, matches: Callable[[str], re.Match[str] | None]) -> str:
    if type(value) is not str or not matches(value):
        raise UnsureError
    return value


def _topic(pairs: object) -> Topic | None:
    if pairs is None:
        return None
    slug, title, summary, keywords = _values(pairs, _TOPIC)
    return Topic(_identifier(slug, _SLUG), _text(title), _text(summary), _texts(keywords))


def _entity(pairs: object) -> Entity:
    identifier, name, kind, aliases, demonyms, metonyms, other_names, note = _values(pairs, _ENTITY)
    if type(kind) is not str or kind not in _ENTITY_KINDS:
        raise UnsureError
    return Entity(
        _identifier(identifier, _ENTITY_ID),
        _text(name),
        kind,  # type: ignore[arg-type]  # one of the kinds, checked above
        _texts(aliases),
        _texts(demonyms),
        _texts(metonyms),
        _texts(other_names),
        _optional_text(note),
    )


def _photo(pairs: object) -> Photo | None:
    if pairs is None:
        return None
    caption, caption_span, credit, credit_span = _values(pairs, _PHOTO)
    return Photo(
        _optional_text(caption),
        _optional_span(caption_span),
        _optional_text(credit),
        _optional_span(credit_span),
    )


def _date(value: object) -> datetime.date | None:
    if value is None:
        return None
    if type(value) is not str or not is_date(value):
        raise UnsureError
    return datetime.date.fromisoformat(value)


class _Builder:
    """Builds an interview's text-bearing objects, each slicing its text from the source."""

    def __init__(self, source: str) -> None:
        self.source = source

    def segments(self, value: object) -> tuple[list[Segment], list[SegmentKey]]:
        """The document's segments as keys to check, and as objects those the turns do not make."""
        kept: list[Segment] = []
        keys: list[SegmentKey] = []
        for pairs in _list(value):
            kind, span_pairs, owner = _values(pairs, _SEGMENT)
            if type(kind) is not str or kind not in _SEGMENT_KINDS:
                raise UnsureError
            span, owner = _span(span_pairs), _optional_text(owner)
            keys.append((kind, span.start, span.end, owner))
            if kind not in DERIVED_SEGMENTS:
                kept.append(Segment(kind, span, self.source, owner))
        return kept, keys

    def sentence(self, pairs: object) -> Sentence:
        identifier, number, span, paragraph_id, clutter = _values(pairs, _SENTENCE)
        return Sentence(
            _identifier(identifier, _SENTENCE_ID),
            _number(number, 1),
            _span(span),
            self.source,
            _text(paragraph_id),
            _spans(clutter),
        )

    def paragraph(self, pairs: object) -> Paragraph:
        if type(pairs) is tuple and len(pairs) == len(_PARAGRAPH) + 1:  # with its sentences
            *fields, sentences = _values(pairs, (*_PARAGRAPH, "sentences"))
            made = tuple(map(self.sentence, _list(sentences)))
        else:
            fields, made = list(_values(pairs, _PARAGRAPH)), None
        identifier, number, span, turn_id, clutter = fields
        return Paragraph(
            _identifier(identifier, _PARAGRAPH_ID),
            _number(number, 1),
            _span(span),
            self.source,
            made,
            _text(turn_id),
            _spans(clutter),
        )

    def turn(self, pairs: object, cls: type[_Turn], exchange_id: str | None = None) -> _Turn:
        identifier, number, speaker, span, paragraphs, marker = _values(pairs, _TURN)
        return cls(
            _identifier(identifier, _TURN_ID),
            _number(number, 1),
            _speaker(speaker),
            _span(span),
            self.source,
            tuple(map(self.paragraph, _list(paragraphs))),
            _optional_span(marker),
            exchange_id,
        )

    def turns(
        self, value: object, cls: type[_Turn], exchange_id: str | None = None
    ) -> tuple[_Turn, ...]:
        return tuple(self.turn(item, cls, exchange_id) for item in _list(value))

    def exchange(self, pairs: object) -> Exchange:
        identifier, number, question, answers, topic, span, follow_ups = _values(pairs, _EXCHANGE)
        exchange_id = _identifier(identifier, _EXCHANGE_ID)
        return Exchange(
            exchange_id,
            _number(number, 1),
            self.turn(question, Question, exchange_id),
            self.turns(answers, Answer, exchange_id),
            _topic(topic),
            _span(span),
            self.source,
            self.turns(follow_ups, Question, exchange_id),
        )


def _interview(pairs: object) -> Interview:
    fields = dict(zip(_INTERVIEW, _values(pairs, _INTERVIEW), strict=True))
    source = _text(fields["source"])
    build = _Builder(source)
    segments, given = build.segments(fields["segments"])
    interview = Interview(
        id=_identifier(fields["id"], _INTERVIEW_ID),
        source=source,
        title=_optional_text(fields["title"]),
        title_span=_optional_span(fields["title_span"]),
        outlet=_optional_text(fields["outlet"]),
        url=_optional_text(fields["url"]),
        published=_date(fields["published"]),
        language=_optional_text(fields["language"]),
        interviewer=_speaker(fields["interviewer"]),
        interviewee=_speaker(fields["interviewee"]),
        lede=_optional_text(fields["lede"]),
        lede_span=_optional_span(fields["lede_span"]),
        photo=_photo(fields["photo"]),
        exchanges=tuple(map(build.exchange, _list(fields["exchanges"]))),
        segments=segments,
        remarks=build.turns(fields["remarks"], Remark),
        other_speakers=tuple(map(_speaker, _list(fields["other_speakers"]))),
        rights=_optional_text(fields["rights"]),
        statements=build.turns(fields["statements"], Answer),
        warnings=_texts(fields["warnings"]),
    )
    lexicon = tuple(map(_entity, _list(fields["entities"])))
    if lexicon:
        attach_lexicon(interview, lexicon)
    check_spans(interview, given, "$.interview")
    check_references(interview, "$.interview")
    return interview
