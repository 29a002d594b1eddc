"""Lossless JSON for interviews and corpora, (un)structured with cattrs.

The document::

    {"format": "interview-corpus", "version": 2, "interview": {...}}   # or "corpus": {"interviews": [...]}

holds the verbatim source, the metadata, topics, the entity lexicon and every
object with its id and span. Texts are not stored again: every object's text
is its span of the source. Nor are sentences split by the default splitter
(they are split again on first use) or mentions (they follow from the lexicon
and the text). Version 1 documents, which held every object's text, are read
too. Reading accepts
exactly the documents the JSON Schema accepts (checked by :mod:`._schema`),
then checks what a schema cannot say: ids are unique, every span reproduces its
text and lies inside its parent's, references resolve, and the segments tile
the source. It names the path in the document of the first thing that is wrong.

cattrs and json are imported here only, when this module is first used.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import json
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter

from ._util.limits import MAX_JSON_DIGITS
from .corpus import Corpus
from .errors import DocumentError, IntegrityError, InvalidArgumentTypeError
from .interview import MODELS, Interview
from .model._entities import attach_lexicon
from .model._objects import (
    Answer,
    Entity,
    Exchange,
    Paragraph,
    Question,
    Remark,
    Segment,
    Sentence,
    Turn,
)
from .model._span import Span

FORMAT = "interview-corpus"
VERSION = 2
SUPPORTED_VERSIONS = (1, 2)
# What holds text: in a version 2 document, each gets the source to slice its text from.
# Parts before wholes: a class's hooks are made with those of its fields.
_TEXT_BEARING = (Sentence, Segment, Question, Answer, Remark, Exchange)


@functools.cache
def converter() -> cattrs.Converter:
    """The converter for documents: built once, on first use."""
    _resolve_types()
    made = make_converter(detailed_validation=True, forbid_extra_keys=True)
    made.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    made.register_structure_hook(datetime.date, _structure_date)
    made.register_unstructure_hook(Paragraph, functools.partial(_unstructure_paragraph, made))
    made.register_structure_hook(Paragraph, functools.partial(_structure_paragraph, made))
    # A turn's exchange_id is not written: it follows from where the turn stands in the document,
    # so documents written before it existed read the same (the exchange hook gives it, below).
    for cls in _TEXT_BEARING:
        written = (
            make_dict_unstructure_fn(
                cls, made, _text=override(omit=True), exchange_id=override(omit=True)
            )
            if issubclass(cls, Turn)
            else make_dict_unstructure_fn(cls, made, _text=override(omit=True))
        )
        made.register_unstructure_hook(cls, written)
        made.register_structure_hook(
            cls, make_dict_structure_fn(cls, made, _text=override(rename="text"))
        )
    exchange_in = make_dict_structure_fn(Exchange, made, _text=override(rename="text"))

    def structure_exchange(document: dict[str, Any], _type: type) -> Exchange:
        within = {"exchange_id": document["id"]}
        fields = dict(document, question={**document["question"], **within})
        for name in ("answers", "follow_ups"):
            if name in fields:
                fields[name] = [{**turn, **within} for turn in fields[name]]
        return exchange_in(fields, Exchange)

    made.register_structure_hook(Exchange, structure_exchange)
    # A document holds the whole layout under "segments", where that key has always stood: the
    # field of the kept segments is renamed to hold the place, and unstructure_interview writes
    # every segment there (reading, the interview keeps those its turns do not make).
    interview_out = make_dict_unstructure_fn(
        Interview, made, _entity_index=override(omit=True), _layout=override(rename="segments")
    )
    interview_in = make_dict_structure_fn(
        Interview, made, _entity_index=override(omit=True), _layout=override(rename="segments")
    )

    def unstructure_interview(interview: Interview) -> dict[str, Any]:
        document = interview_out(interview)
        document["segments"] = made.unstructure(interview.segments, tuple[Segment, ...])
        document["entities"] = made.unstructure(interview.lexicon, tuple[Entity, ...])
        return document

    def structure_interview(document: dict[str, Any], _type: type) -> Interview:
        fields = dict(document)
        lexicon = made.structure(fields.pop("entities", []), tuple[Entity, ...])
        interview = interview_in(fields, Interview)
        if lexicon:
            attach_lexicon(interview, lexicon)
        return interview

    made.register_unstructure_hook(Interview, unstructure_interview)
    made.register_structure_hook(Interview, structure_interview)
    return made


def _unstructure_paragraph(made: cattrs.Converter, paragraph: Paragraph) -> dict[str, Any]:
    """A paragraph without its text; its sentences only when not split by the default splitter."""
    document: dict[str, Any] = {
        "id": paragraph.id,
        "number": paragraph.number,
        "span": made.unstructure(paragraph.span, Span),
        "turn_id": paragraph.turn_id,
        "clutter": made.unstructure(paragraph.clutter, tuple[Span, ...]),
    }
    if paragraph._sentences is not None or paragraph._segmenter is not None:  # noqa: SLF001
        document["sentences"] = made.unstructure(paragraph.sentences, tuple[Sentence, ...])
    return document


def _structure_paragraph(
    made: cattrs.Converter, document: dict[str, Any], _type: type
) -> Paragraph:
    """A paragraph from a document (already checked against the schema)."""
    sentences = document.get("sentences")
    return Paragraph(
        document["id"],
        document["number"],
        made.structure(document["span"], Span),
        document["text"],
        None if sentences is None else made.structure(sentences, tuple[Sentence, ...]),
        document["turn_id"],
        made.structure(document.get("clutter", []), tuple[Span, ...]),
    )


def _give_source(interview: dict[str, Any], path: str) -> None:
    """Give every text-bearing object of a document the source to slice its text from.

    A version 1 document's objects hold their own text: each must be its
    span of the source (checked here, naming the path of the first that is
    not), and is then replaced by the source.
    """
    source = interview["source"]

    def give(part: dict[str, Any], where: str) -> None:
        text = part.get("text")
        if text is not None:
            start, end = part["span"]["start"], part["span"]["end"]
            if end > len(source) or source[start:end] != text:
                reason = f"the span {start}..{end} does not reproduce the text @ {where}"
                raise DocumentError(where, [reason])
        part["text"] = source

    turns: list[tuple[dict[str, Any], str]] = [
        (turn, f"{path}.{name}[{number}]")
        for name in ("remarks", "statements")
        for number, turn in enumerate(interview.get(name, ()))
    ]
    for number, exchange in enumerate(interview["exchanges"]):
        where = f"{path}.exchanges[{number}]"
        give(exchange, where)
        turns.append((exchange["question"], f"{where}.question"))
        for name in ("follow_ups", "answers"):
            turns.extend(
                (turn, f"{where}.{name}[{index}]")
                for index, turn in enumerate(exchange.get(name, ()))
            )
    for turn, where in turns:
        give(turn, where)
        for number, paragraph in enumerate(turn["paragraphs"]):
            place = f"{where}.paragraphs[{number}]"
            give(paragraph, place)
            for index, sentence in enumerate(paragraph.get("sentences", ())):
                give(sentence, f"{place}.sentences[{index}]")
    for number, segment in enumerate(interview["segments"]):
        give(segment, f"{path}.segments[{number}]")


def _resolve_types() -> None:
    """Resolve the models' string annotations (``from __future__ import annotations``) for cattrs.

    Each class resolves in its own module, which imports at run time every name its
    fields use, but two: ``datetime`` (of ``Interview.published``), which the model
    names only for type checkers so that ``import interview_corpus`` does not load it, and
    ``Segmenter`` (of ``Paragraph``'s splitter), which it names for them too.
    """
    from .model._sentences import Segmenter

    for cls in (*MODELS, Corpus):
        attrs.resolve_types(cls, localns={"datetime": datetime, "Segmenter": Segmenter})


def _structure_date(value: object, _type: type) -> datetime.date:
    if not isinstance(value, str):
        msg = f"a date is a 'YYYY-MM-DD' string, not {type(value).__name__}"
        raise TypeError(msg)
    return datetime.date.fromisoformat(value)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the documents :func:`to_json` writes.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> schema = ic.json_schema()
        >>> schema["$schema"], sorted(schema["properties"])
        ('https://json-schema.org/draft/2020-12/schema', ['corpus', 'format', 'interview', 'version'])
    """
    return json.loads(_schema_text())  # type: ignore[no-any-return]  # the schema is an object


@functools.cache
def _schema_text() -> bytes:
    from ._util.data import read_data

    raw = read_data("interview-corpus.schema.json")
    if raw is None:
        raise IntegrityError("interview-corpus.schema.json", expected="the schema", actual=None)
    return raw


@functools.cache
def shipped_schema() -> dict[str, Any]:
    """The schema, parsed once, for validation (never handed out: callers could change it)."""
    return json_schema()


def to_document(obj: Interview | Corpus) -> dict[str, Any]:
    """Return the JSON-ready document for an interview or a corpus."""
    if isinstance(obj, Interview):
        return {"format": FORMAT, "version": VERSION, "interview": converter().unstructure(obj)}
    if isinstance(obj, Corpus):
        interviews = [converter().unstructure(interview) for interview in obj]
        return {"format": FORMAT, "version": VERSION, "corpus": {"interviews": interviews}}
    msg = f"to_json takes an Interview or a Corpus, not {type(obj).__name__}"
    raise InvalidArgumentTypeError(msg)


def to_json(obj: Interview | Corpus, indent: int | None = None) -> str:
    """Serialize an interview or a corpus to a lossless JSON document.

    Args:
        obj: An :class:`Interview` or a :class:`Corpus`.
        indent: Indent nested levels by this many spaces; ``None`` for one line.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> text = ic.to_json(ic.load())
        >>> text[:46]
        '{"format": "interview-corpus", "version": 2, "'
        >>> ic.from_json(text) == ic.load()
        True
    """
    return json.dumps(to_document(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Interview | Corpus:
    """Read a document written by :func:`to_json` back into an interview or a corpus.

    It accepts exactly the documents :func:`json_schema` accepts (with
    integers written as integers, and no duplicate keys, ``NaN`` or lone
    surrogates), and of those only the consistent ones: unique ids, spans that
    reproduce their text inside their parent's span, references that resolve,
    and segments that tile the source.

    Raises:
        DocumentError: The text is not UTF-8 or not JSON, not such a document,
            of a version this release cannot read, or fails validation;
            ``path`` says where.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.from_json('{"format": "interview-corpus", "version": 99, "interview": {}}')
        ... except ic.DocumentError as error:
        ...     print(error.path)
        $.version
    """
    if not isinstance(text, str | bytes | bytearray):
        msg = f"from_json takes the document as str or bytes, not {type(text).__name__}"
        raise InvalidArgumentTypeError(msg)
    if isinstance(text, str):
        raw, decoded = None, text
    else:
        raw = bytes(text)
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            reason = f"not UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}"
            raise DocumentError("$", [reason]) from None
    from ._json_fast import read, usable

    if usable(decoded, raw):
        try:
            return read(decoded)
        except Exception:  # noqa: BLE001, S110  # any doubt: the thorough reader decides, and names the problem
            pass
    return read_thoroughly(decoded)


def read_thoroughly(text: str) -> Interview | Corpus:
    """Read a document with the generic schema validator and cattrs; see :func:`from_json`.

    Slower than the fast reader (:mod:`._json_reader`), but it reads every
    version, and names the first problem of a document it rejects.
    """
    try:
        document = json.loads(
            text,
            object_pairs_hook=_object,
            parse_constant=_constant,
            parse_int=_integer,
        )
    except json.JSONDecodeError as error:
        raise DocumentError(
            "$", [f"not JSON: {error.msg} (line {error.lineno}, column {error.colno})"]
        ) from None
    except _NotJSONError as error:
        raise DocumentError("$", [str(error)]) from None
    except RecursionError:
        raise DocumentError("$", ["nested too deeply to be an interview-corpus document"]) from None
    return from_document(document)


class _NotJSONError(ValueError):
    """What strict JSON, or this format, forbids though Python's json module allows it."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        duplicate = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        msg = f"the key {duplicate!r} appears twice in one object"
        raise _NotJSONError(msg)
    return result


def _constant(name: str) -> float:
    msg = f"{name} is not a JSON number"
    raise _NotJSONError(msg)


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_JSON_DIGITS:
        msg = f"an integer of {len(digits)} digits; no value in this format has more than {MAX_JSON_DIGITS}"
        raise _NotJSONError(msg)
    return int(digits)


def from_document(document: object) -> Interview | Corpus:
    """Read a parsed JSON document; see :func:`from_json`."""
    from ._json_validate import validate

    kind = _check_envelope(document)
    problems = validate(document, shipped_schema(), shipped_schema())
    if problems:
        raise DocumentError(problems[0].rpartition(" @ ")[2], problems)
    assert isinstance(document, dict)  # checked by _check_envelope
    if kind == "interview":
        return _interview(document["interview"], "$.interview")
    body = document["corpus"]
    if not (
        isinstance(body, dict)
        and set(body) == {"interviews"}
        and isinstance(body["interviews"], list)
    ):
        raise DocumentError("$.corpus", ["a corpus is an object with a list of 'interviews'"])
    return Corpus(
        _interview(item, f"$.corpus.interviews[{number}]")
        for number, item in enumerate(body["interviews"])
    )


def _check_envelope(document: object) -> str:
    """Check the format, version and body of a document; return its kind."""
    if not isinstance(document, dict):
        raise DocumentError("$", ["the document must be a JSON object"])
    if document.get("format") != FORMAT:
        raise DocumentError("$.format", [f"expected 'format': {FORMAT!r}"])
    version = document.get("version")
    if type(version) is not int or version not in SUPPORTED_VERSIONS:
        supported = ", ".join(map(str, SUPPORTED_VERSIONS))
        reason = f"version {version!r} is not one this release reads ({supported}); upgrade"
        raise DocumentError("$.version", [reason])
    kinds = [key for key in ("interview", "corpus") if key in document]
    if len(kinds) != 1 or set(document) - {"format", "version", *kinds}:
        raise DocumentError("$", ["a document holds exactly one of 'interview' or 'corpus'"])
    return kinds[0]


def _interview(item: object, path: str) -> Interview:
    """Structure and check one interview of a document."""
    assert isinstance(item, dict)  # checked against the schema
    _give_source(item, path)
    try:
        interview = converter().structure(item, Interview)
    except Exception as error:  # noqa: BLE001  # cattrs' and the models' validation, with its path
        raise _invalid(error, path) from None
    given = [
        (part["kind"], part["span"]["start"], part["span"]["end"], part.get("owner"))
        for part in item["segments"]
    ]
    check_spans(interview, given, path)
    check_references(interview, path)
    return interview


def _invalid(error: Exception, path: str) -> DocumentError:
    """Turn a structuring error into a DocumentError naming the first wrong path."""
    if isinstance(error, cattrs.BaseValidationError):
        messages = cattrs.transform_error(error, path=path)
    else:
        messages = [f"{error} @ {path}"]
    first = messages[0].rpartition(" @ ")[2] if " @ " in messages[0] else path
    return DocumentError(first, messages)


SegmentKey = tuple[str, int, int, str | None]
"""A segment as a document gives it: its kind, start, end and owner."""


def check_spans(interview: Interview, given: Sequence[SegmentKey], path: str) -> None:
    """The header's spans must reproduce their texts; the segments must tile the source.

    The document's segments must also be the ones the interview makes: those
    of its turns (markers, paragraphs, separators) follow from the turns, and
    are not read from the document but checked against it.
    """
    source = interview.source
    for where, span, text in _spans(interview, path):
        if span.end > len(source) or source[span.start : span.end] != text:
            raise DocumentError(
                where, [f"the span {span.start}..{span.end} does not reproduce the text @ {where}"]
            )
    position = 0
    for number, (_, start, end, _) in enumerate(given):
        if start != position:
            raise DocumentError(
                f"{path}.segments[{number}]", ["the segments must tile the source without gaps"]
            )
        position = end
    if position != len(source):
        raise DocumentError(f"{path}.segments", ["the segments must cover the whole source"])
    made = ((s.kind, s.span.start, s.span.end, s.owner) for s in interview.segments)
    for number, (ours, theirs) in enumerate(itertools.zip_longest(made, given)):
        if ours != theirs:
            where = f"{path}.segments[{number}]"
            expected = "no more segments" if ours is None else _describe(ours)
            raise DocumentError(where, [f"the turns and header make {expected} here @ {where}"])


def _describe(key: SegmentKey) -> str:
    kind, start, end, owner = key
    return f"a {kind} segment {start}..{end}" + (f" of {owner}" if owner else "")


def _spans(interview: Interview, path: str) -> Iterator[tuple[str, Any, str]]:
    """The header's texts with their spans (the parts' were checked by :func:`_give_source`)."""
    photo = interview.photo
    fields = [
        ("title", interview.title_span, interview.title),
        ("lede", interview.lede_span, interview.lede),
    ]
    if photo is not None:
        fields.append(("photo.caption", photo.caption_span, photo.caption))
        fields.append(("photo.credit", photo.credit_span, photo.credit))
    for name, span, text in fields:
        if span is not None and text is not None:
            yield f"{path}.{name}", span, text


def check_references(interview: Interview, path: str) -> None:
    """Ids are unique and well placed; each part lies in its parent; segment owners exist."""
    check = _References()
    turns: list[tuple[str, Turn]] = []
    for position, exchange in enumerate(interview.exchanges):
        where = f"{path}.exchanges[{position}]"
        check.claim(exchange.id, where)
        check.expect(where, "number", exchange.number, position + 1)
        check.expect(where, "id", exchange.id, f"e{exchange.number}")
        places = [
            f"{where}.question",
            *(f"{where}.follow_ups[{i}]" for i in range(len(exchange.follow_ups))),
            *(f"{where}.answers[{i}]" for i in range(len(exchange.answers))),
        ]
        for place, turn in zip(places, exchange.turns, strict=True):
            check.expect(place, "number", turn.number, exchange.number)
            check.inside(place, turn.span, exchange.span, "exchange")
            turns.append((place, turn))
    for name in ("remarks", "statements"):
        turns.extend(
            (f"{path}.{name}[{n}]", turn) for n, turn in enumerate(getattr(interview, name))
        )
    for where, turn in turns:
        check.turn(where, turn)
    for number, segment in enumerate(interview.segments):
        if segment.owner is not None and segment.owner not in check.seen:
            where = f"{path}.segments[{number}].owner"
            raise DocumentError(where, [f"no object has the id {segment.owner!r} @ {where}"])


class _References:
    """The ids seen so far, and the checks that raise a DocumentError at the first problem."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def turn(self, where: str, turn: Turn) -> None:
        self.claim(turn.id, where)
        for number, paragraph in enumerate(turn.paragraphs):
            place = f"{where}.paragraphs[{number}]"
            self.claim(paragraph.id, place)
            self.expect(place, "turn_id", paragraph.turn_id, turn.id)
            self.expect(place, "id", paragraph.id, f"{turn.id}.p{paragraph.number}")
            self.inside(place, paragraph.span, turn.span, "turn")
            for index, sentence in enumerate(paragraph._sentences or ()):  # noqa: SLF001
                at = f"{place}.sentences[{index}]"
                self.claim(sentence.id, at)
                self.expect(at, "paragraph_id", sentence.paragraph_id, paragraph.id)
                self.expect(at, "id", sentence.id, f"{paragraph.id}.s{sentence.number}")
                self.inside(at, sentence.span, paragraph.span, "paragraph")

    def claim(self, identifier: str, where: str) -> None:
        if identifier in self.seen:
            reason = f"the id {identifier!r} is also used at {self.seen[identifier]} @ {where}.id"
            raise DocumentError(f"{where}.id", [reason])
        self.seen[identifier] = where

    @staticmethod
    def inside(where: str, inner: Span, outer: Span, parent: str) -> None:
        if not (outer.start <= inner.start and inner.end <= outer.end):
            reason = f"the span lies outside its {parent}'s @ {where}.span"
            raise DocumentError(f"{where}.span", [reason])

    @staticmethod
    def expect(where: str, field: str, actual: object, wanted: object) -> None:
        if actual != wanted:
            reason = f"expected {wanted!r}, not {actual!r} @ {where}.{field}"
            raise DocumentError(f"{where}.{field}", [reason])
