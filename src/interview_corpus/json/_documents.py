"""Lossless JSON for interviews and corpora, (un)structured with cattrs.

The document::

    {"format": "interview-corpus", "version": 2, "interview": {...}}   # or "corpus": {"interviews": [...]}

holds the verbatim source, the metadata, topics, the entity lexicon and every
object with its id and span. Texts are not stored again: every object's text
is its span of the source. Nor are sentences split by the default splitter
(they are split again on first use) or mentions (they follow from the lexicon
and the text). Version 1 documents, which held every object's text, are read
too.

There is one reader: a strict ``json.loads``, the envelope, cattrs
structuring (``forbid_extra_keys``, detailed validation) with hooks that refuse
what cattrs would coerce, then the consistency checks. It accepts no document
the JSON Schema (:func:`json_schema`) rejects, and checks what a schema cannot
say: ids are unique, every span reproduces its text and lies inside its
parent's, references resolve, and the segments tile the source. It names the
path in the document of the first thing that is wrong. Where each of the
schema's rules is enforced:

=================================  ===============================================================
rule of the schema                 enforced by
=================================  ===============================================================
``format``, ``version``, one body  :func:`_check_envelope`
unknown keys                       cattrs ``forbid_extra_keys`` (and :func:`_paragraph_hook`)
required keys                      :func:`_requiring`: every constructor field, by its alias, but
                                   ``text`` (version 1) and a paragraph's ``sentences``
``object`` / ``array``             :func:`_requiring` / :func:`_strict_tuple` (no str, no dict)
``string``                         :func:`_strict_str` (no coercion; no lone surrogate); an
                                   object's ``text``, the source: :func:`_any_str`
``integer``                        :func:`_strict_int` (not ``1.0``, ``true``, ``"1"``); digits:
                                   :func:`_integer` at decoding (``MAX_JSON_DIGITS``)
``enum``: ``role``, entity kind    :func:`_strict_literal` (the models' ``Literal`` annotations)
``enum``: segment ``kind``         :func:`check_values` (:data:`SEGMENT_KINDS`)
``minimum: 0`` of spans            the model: ``Span`` (``0 <= start <= end``)
``minimum: 1`` of numbers          :func:`check_values`
``pattern``: interview, turn id    :func:`check_values`
``pattern``: exchange, paragraph,  :func:`check_references` (each id follows from its number and
sentence id                        its parent's id)
``pattern``: topic slug, entity    the models' validators (``_slug_validator``)
``format: date``                   :func:`_structure_date` (``YYYY-MM-DD`` only)
times (``start``, ``end``)          :func:`_structure_seconds` (a number, not ``true``; ``>= 0``)
=================================  ===============================================================

Duplicate keys, ``NaN``/``Infinity`` and over-long integers are refused while
decoding (:func:`_object`, :func:`_constant`, :func:`_integer`), nesting too
deep for Python as a ``RecursionError``.

cattrs is imported here only, when this module is first used (the json package
loads it on first use, PEP 562).
"""

from __future__ import annotations

import datetime
import functools
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import AttributeValidationNote, ClassValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from .._util.data import read_data
from .._util.limits import MAX_JSON_DIGITS
from .._util.text import INTERVIEW_ID
from ..errors import DocumentError, IntegrityError, InterviewCorpusError, InvalidArgumentTypeError
from ..interview import MODELS, Interview
from ..model._entities import attach_lexicon
from ..model._objects import (
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
    Turn,
)
from ..model._sentences import Segmenter
from ..model._span import Span

FORMAT = "interview-corpus"
VERSION = 2
SUPPORTED_VERSIONS = (1, 2)
# What holds text: in a version 2 document, each gets the source to slice its text from.
# Parts before wholes: a class's hooks are made with those of its fields.
_TEXT_BEARING = (Sentence, Segment, Question, Answer, Remark, Exchange)
SEGMENT_KINDS = frozenset(
    (
        "navigation", "headline", "caption", "credit-marker", "credit", "lede", "preamble",
        "turn-marker", "paragraph", "separator", "front-matter", "timing", "heading",
        "heading-marker", "rule", "end-mark", "copyright", "furniture", "page-furniture",
        "timestamp", "voice", "empty-turn", "appendix",
    )
)  # fmt: skip
"""The kinds of segment a document may hold (the schema's ``segment.kind``)."""
_TURN_ID = re.compile(r"q\d+[b-z]{0,2}|a\d+[b-z]{0,2}|r\d+|s\d+", re.ASCII)


@functools.cache
def converter() -> cattrs.Converter:
    """The converter for documents: built once, on first use."""
    _resolve_types()
    made = make_converter(detailed_validation=True, forbid_extra_keys=True)
    # JSON's types as they are: cattrs would make 1 of 1.0, true or "1", and a tuple of a string.
    made.register_structure_hook(int, _strict_int)
    made.register_structure_hook(str, _strict_str)
    made.register_structure_hook_factory(_is_literal, _strict_literal)
    made.register_structure_hook_factory(_is_homogeneous_tuple, _strict_tuple)
    for model in (Span, Speaker, Topic, Photo, Entity):
        made.register_structure_hook(model, _requiring(model, make_dict_structure_fn(model, made)))
    made.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    made.register_structure_hook(datetime.date, _structure_date)
    made.register_unstructure_hook(datetime.timedelta, _seconds)
    made.register_structure_hook(datetime.timedelta, _structure_seconds)
    made.register_unstructure_hook(Paragraph, functools.partial(_unstructure_paragraph, made))
    made.register_structure_hook(Paragraph, _paragraph_hook(made))
    # A turn's exchange_id is not written: it follows from where the turn stands in the document,
    # so documents written before it existed read the same (the exchange hook gives it, below).
    omit = override(omit=True)
    unknown = override(omit_if_default=True)  # a time the transcript does not give: left out
    for cls in _TEXT_BEARING:
        written = (
            make_dict_unstructure_fn(
                cls, made, _text=omit, exchange_id=omit, start=unknown, end=unknown
            )
            if issubclass(cls, Turn)
            else make_dict_unstructure_fn(cls, made, _text=omit)
        )
        made.register_unstructure_hook(cls, written)
        made.register_structure_hook(
            cls, _requiring(cls, make_dict_structure_fn(cls, made, _text=_TEXT))
        )
    exchange_in = make_dict_structure_fn(Exchange, made, _text=_TEXT)

    def structure_exchange(document: dict[str, Any], _type: type) -> Exchange:
        within = {"exchange_id": document["id"]}
        fields = dict(document, question={**document["question"], **within})
        for name in ("answers", "follow_ups"):
            turns = fields.get(name)
            if type(turns) is list:  # anything else is for the array's own hook to refuse
                fields[name] = [
                    {**turn, **within} if type(turn) is dict else turn for turn in turns
                ]
        return exchange_in(fields, Exchange)

    made.register_structure_hook(Exchange, _requiring(Exchange, structure_exchange))
    # A document holds the whole layout under "segments", where that key has always stood: the
    # field of the kept segments is renamed to hold the place, and unstructure_interview writes
    # every segment there (reading, the interview keeps those its turns do not make).
    index, layout = override(omit=True), override(rename="segments")
    interview_out = make_dict_unstructure_fn(
        Interview,
        made,
        _entity_index=index,
        _layout=layout,
        provenance=override(omit_if_default=True),  # a text file as it stands: nothing to say
    )
    interview_in = make_dict_structure_fn(Interview, made, _entity_index=index, _layout=layout)

    def unstructure_interview(interview: Interview) -> dict[str, Any]:
        document = interview_out(interview)
        document["segments"] = made.unstructure(interview.segments, tuple[Segment, ...])
        document["entities"] = made.unstructure(interview.lexicon, tuple[Entity, ...])
        return document

    def structure_interview(document: dict[str, Any], _type: type) -> Interview:
        fields = dict(document)
        lexicon = _structure_entities(made, fields.pop("entities"))
        interview = interview_in(fields, Interview)
        if lexicon:
            attach_lexicon(interview, lexicon)
        return interview

    made.register_unstructure_hook(Interview, unstructure_interview)
    made.register_structure_hook(Interview, _requiring(Interview, structure_interview))
    return made


def _structure_entities(made: cattrs.Converter, value: object) -> tuple[Entity, ...]:
    """An interview's lexicon, its errors placed under ``entities`` as cattrs places a field's."""
    try:
        return made.structure(value, tuple[Entity, ...])
    except Exception as error:  # noqa: BLE001  # any structuring error, placed and raised again
        note = AttributeValidationNote("Structuring the entities", "entities", tuple[Entity, ...])
        error.__notes__ = [*getattr(error, "__notes__", []), note]
        raise ClassValidationError("While structuring Interview", [error], Interview) from None


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
    for name in ("start", "end"):
        time = getattr(paragraph, name)
        if time is not None:
            document[name] = _seconds(time)
    if paragraph.page is not None:
        document["page"] = paragraph.page
    return document


_UNSPLIT: Any = object()
"""Stands for a paragraph's missing ``sentences`` (split on first use), which ``null`` does not."""


def _paragraph_hook(made: cattrs.Converter) -> Callable[[Any, type], Paragraph]:
    """The structure hook of paragraphs, whose ``sentences`` may be left out (split on first use)."""

    def structure_sentences(value: object, _type: type) -> tuple[Sentence, ...] | None:
        # Looked up when used: the sentences' hook is registered after this one.
        return None if value is _UNSPLIT else made.structure(value, tuple[Sentence, ...])

    paragraph_in = make_dict_structure_fn(
        Paragraph,
        made,
        _text=_TEXT,
        _sentences=override(rename="sentences", struct_hook=structure_sentences),
        _segmenter=override(omit=True),
    )

    def structure_paragraph(document: dict[str, Any], _type: type) -> Paragraph:
        if "sentences" not in document:  # split on first use
            document = {**document, "sentences": _UNSPLIT}
        return paragraph_in(document, Paragraph)

    return _requiring(Paragraph, structure_paragraph)


class _RefusedError(ValueError):
    """A value this format does not allow where it stands (its message names what is expected)."""


def _kind_of(value: object) -> str:
    """A JSON value's kind, or the value itself if it is a number: what a message says it got."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        return repr(value)
    names: dict[type, str] = {dict: "an object", list: "an array", str: "a string"}
    return names.get(type(value), type(value).__name__)


def _strict_int(value: object, _type: type) -> int:
    if type(value) is not int:
        msg = f"expected an integer, not {_kind_of(value)}"
        raise _RefusedError(msg)
    return value


def _any_str(value: object, _type: type) -> str:
    """A string as it is: an object's text, which :func:`_give_source` made the interview's source.

    The source is checked for lone surrogates once, as the interview's field; checking
    it again for every object that slices its text from it cost most of the reading.
    """
    if type(value) is not str:
        msg = f"expected a string, not {_kind_of(value)}"
        raise _RefusedError(msg)
    return value


def _strict_str(value: object, _type: type) -> str:
    text = _any_str(value, _type)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            msg = "holds a lone surrogate, which is not text"
            raise _RefusedError(msg) from None
    return text


_TEXT = override(rename="text", struct_hook=_any_str)
"""How an object's text is read: the source that :func:`_give_source` gave it, checked once."""


def _is_literal(type_: object) -> bool:
    return get_origin(type_) is Literal


def _strict_literal(type_: object) -> Callable[[object, type], str]:
    """Structure a ``Literal`` of strings: one of them, compared as JSON does (``1`` is not ``"1"``)."""
    allowed = get_args(type_)

    def structure(value: object, _type: type) -> str:
        if type(value) is str and value in allowed:
            return value
        shown = repr(value[:40]) if isinstance(value, str) else _kind_of(value)
        msg = f"must be one of {', '.join(map(repr, allowed))}, not {shown}"
        raise _RefusedError(msg)

    return structure


def _is_homogeneous_tuple(type_: object) -> bool:
    arguments = get_args(type_)
    return get_origin(type_) is tuple and len(arguments) == 2 and arguments[1] is Ellipsis  # noqa: PLR2004  # tuple[X, ...]


def _strict_tuple(type_: Any, made: cattrs.Converter) -> Callable[[object, type], tuple[Any, ...]]:  # noqa: ANN401  # any tuple[X, ...]
    """Structure a ``tuple[X, ...]`` from a JSON array only (cattrs takes any iterable)."""
    structure = homogenous_tuple_structure_factory(type_, made)

    def structure_array(value: object, type_: type) -> tuple[Any, ...]:
        if type(value) is not list:
            msg = f"expected an array, not {_kind_of(value)}"
            raise _RefusedError(msg)
        return structure(value, type_)  # type: ignore[no-any-return]  # a tuple of the elements

    return structure_array


def _document_keys(cls: type) -> frozenset[str]:
    """The keys every object of ``cls`` has in a document.

    One per field of the constructor, by its alias, but the text (version 1
    only), a paragraph's sentences (only where not split by the default
    splitter) and splitter, and a turn's exchange id (derived from where the turn
    stands); an interview's entity lexicon besides.
    """
    keys = {field.alias for field in attrs.fields(cls) if field.init}
    keys -= {"text", "sentences", "segmenter", "exchange_id"}  # a turn's exchange: where it stands
    if issubclass(cls, Turn | Paragraph):
        keys -= {"start", "end", "page"}  # times and pages: only where the transcript gives them
    if cls is Interview:
        keys -= {"provenance"}  # only where the text came out of another kind of file
    if cls is Interview:
        keys.add("entities")
    return frozenset(keys)


def _requiring(cls: type, structure: Callable[[Any, type], Any]) -> Callable[[Any, type], Any]:
    """Wrap the structure hook of ``cls``: the value must be a JSON object with every key of ``cls``.

    cattrs takes a missing key as the field's default; the schema requires every one.
    """
    required = _document_keys(cls)

    def structure_object(value: object, type_: type) -> Any:  # noqa: ANN401  # an instance of cls
        if type(value) is not dict:
            msg = f"expected an object, not {_kind_of(value)}"
            raise _RefusedError(msg)
        if not required <= value.keys():
            missing = ", ".join(repr(key) for key in sorted(required - value.keys()))
            msg = f"required property {missing} is missing"
            raise _RefusedError(msg)
        return structure(value, type_)

    return structure_object


def _give_source(interview: dict[str, Any], path: str) -> None:
    """Give every text-bearing object of a document the source to slice its text from.

    A version 1 document's objects hold their own text: each must be its
    span of the source (checked here, naming the path of the first that is
    not), and is then replaced by the source. The document is not checked
    yet: whatever is not where it should be is left as it is, for structuring
    to name (a text that is not a string, too).
    """
    source = interview.get("source")
    if type(source) is not str:
        return
    give = functools.partial(_give, source)
    turns: list[tuple[dict[str, Any], str]] = [
        (turn, f"{path}.{name}[{number}]")
        for name in ("remarks", "statements")
        for number, turn in _objects(interview.get(name))
    ]
    for number, exchange in _objects(interview.get("exchanges")):
        where = f"{path}.exchanges[{number}]"
        give(exchange, where)
        question = exchange.get("question")
        if type(question) is dict:
            turns.append((question, f"{where}.question"))
        for name in ("follow_ups", "answers"):
            turns.extend(
                (turn, f"{where}.{name}[{index}]") for index, turn in _objects(exchange.get(name))
            )
    for turn, where in turns:
        give(turn, where)
        for number, paragraph in _objects(turn.get("paragraphs")):
            place = f"{where}.paragraphs[{number}]"
            give(paragraph, place)
            for index, sentence in _objects(paragraph.get("sentences")):
                give(sentence, f"{place}.sentences[{index}]")
    for number, segment in _objects(interview.get("segments")):
        give(segment, f"{path}.segments[{number}]")


def _give(source: str, part: dict[str, Any], where: str) -> None:
    """Give one object the source, once its own text (if it has one) is found to be its span's."""
    text = part.get("text", source)
    if type(text) is not str:
        return
    span = part.get("span")
    if text is not source and type(span) is dict:
        start, end = span.get("start"), span.get("end")
        if (
            type(start) is int
            and type(end) is int
            and 0 <= start <= end
            and (end > len(source) or source[start:end] != text)
        ):
            reason = f"the span {start}..{end} does not reproduce the text @ {where}"
            raise DocumentError(where, [reason])
    part["text"] = source


def _objects(value: object) -> Iterator[tuple[int, dict[str, Any]]]:
    """The objects of an array with their positions; nothing if ``value`` is not an array."""
    if type(value) is list:
        yield from ((number, item) for number, item in enumerate(value) if type(item) is dict)


def _resolve_types() -> None:
    """Resolve the models' string annotations (``from __future__ import annotations``) for cattrs.

    Each class resolves in its own module, which imports at run time every name its
    fields use, but two: ``datetime`` (of ``Interview.published``), which the model
    names only for type checkers so that ``import interview_corpus`` does not load it, and
    ``Segmenter`` (of ``Paragraph``'s splitter), which it names for them too.
    """
    for cls in MODELS:
        attrs.resolve_types(cls, localns={"datetime": datetime, "Segmenter": Segmenter})


def _seconds(time: datetime.timedelta) -> float | int:
    """A time as the document writes it: seconds from the start, a whole number where it is one."""
    seconds = time.total_seconds()
    return int(seconds) if seconds.is_integer() else seconds


def _structure_seconds(value: object, _type: type) -> datetime.timedelta | None:
    """Seconds (a JSON number, not ``true``) from the start of the recording, as a ``timedelta``."""
    if value is None:
        return None
    if type(value) not in (int, float) or value < 0:  # type: ignore[operator]
        msg = f"expected a number of seconds, 0 or more, not {_kind_of(value)}"
        raise _RefusedError(msg)
    return datetime.timedelta(seconds=value)  # type: ignore[arg-type]


def _structure_date(value: object, _type: type) -> datetime.date:
    """A date as the schema's ``format: date`` means it (``fromisoformat`` also takes ``2025-W52``)."""
    if type(value) is not str or not _DATE.fullmatch(value):
        shown = repr(value[:40]) if isinstance(value, str) else _kind_of(value)
        msg = f"expected a 'YYYY-MM-DD' date, not {shown}"
        raise _RefusedError(msg)
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        msg = f"{value!r} is not a date of the calendar"
        raise _RefusedError(msg) from None


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


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
    raw = read_data("interview-corpus.schema.json")
    if raw is None:
        raise IntegrityError("interview-corpus.schema.json", expected="the schema", actual=None)
    return raw


def to_document(obj: Interview | Iterable[Interview]) -> dict[str, Any]:
    """Return the JSON-ready document of an interview, or of a corpus given as its interviews."""
    if isinstance(obj, Interview):
        return {"format": FORMAT, "version": VERSION, "interview": converter().unstructure(obj)}
    interviews = [converter().unstructure(interview) for interview in obj]
    return {"format": FORMAT, "version": VERSION, "corpus": {"interviews": interviews}}


def write_json(obj: Interview | Iterable[Interview], indent: int | None = None) -> str:
    """The document of an interview, or of a corpus given as its interviews, as JSON text."""
    return json.dumps(to_document(obj), ensure_ascii=False, indent=indent)


def read_json(text: str | bytes) -> Interview | list[Interview]:
    """Read a document: an interview, or a corpus's interviews; see :func:`interview_corpus.from_json`.

    Decoding is strict (no duplicate keys, ``NaN`` or integers written otherwise),
    then the envelope, cattrs and the consistency checks, in that order.
    """
    if not isinstance(text, str | bytes | bytearray):
        msg = f"from_json takes the document as str or bytes, not {type(text).__name__}"
        raise InvalidArgumentTypeError(msg)
    if isinstance(text, str):
        decoded = text
    else:
        raw = bytes(text)
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            reason = f"not UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}"
            raise DocumentError("$", [reason]) from None
    try:
        document = json.loads(
            decoded,
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


def from_document(document: object) -> Interview | list[Interview]:
    """Read a parsed JSON document; see :func:`read_json`."""
    kind = _check_envelope(document)
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
    return [
        _interview(item, f"$.corpus.interviews[{number}]")
        for number, item in enumerate(body["interviews"])
    ]


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
    if type(item) is not dict:
        raise DocumentError(path, [f"expected an object, not {_kind_of(item)} @ {path}"])
    _give_source(item, path)
    try:
        interview = converter().structure(item, Interview)
    except Exception as error:  # noqa: BLE001  # cattrs' and the models' validation, with its path
        raise _invalid(error, path) from None
    given = [
        (part["kind"], part["span"]["start"], part["span"]["end"], part.get("owner"))
        for part in item["segments"]
    ]
    check_values(interview, given, path)
    check_references(interview, path)
    check_spans(interview, given, path)
    return interview


def _invalid(error: Exception, path: str) -> DocumentError:
    """Turn a structuring error into a DocumentError naming the first wrong path."""
    if isinstance(error, cattrs.BaseValidationError):
        messages = [
            _keys_not_fields(message)
            for message in cattrs.transform_error(error, path=path, format_exception=_reason)
        ]
    else:
        messages = [f"{_reason(error, None)} @ {path}"]
    first = messages[0].rpartition(" @ ")[2] if " @ " in messages[0] else path
    return DocumentError(first, messages)


def _keys_not_fields(message: str) -> str:
    """A cattrs message with its path in the document's keys (``text``, not the field ``_text``)."""
    reason, at, where = message.rpartition(" @ ")
    return reason + at + _PRIVATE_FIELD.sub(lambda found: f".{_aliases()[found[1]]}", where)


_PRIVATE_FIELD = re.compile(r"\.(_[a-z_]+)")


@functools.cache
def _aliases() -> dict[str, str]:
    """The document's key of each private field the converter structures (``_layout``: ``segments``)."""
    return {
        field.name: field.alias
        for cls in MODELS
        for field in attrs.fields(cls)
        if field.name.startswith("_")
    }


def _reason(error: BaseException, type_: type | None) -> str:
    """What was wrong with a value: our own errors' messages, else what cattrs says."""
    if isinstance(error, _RefusedError | InterviewCorpusError):
        return str(error)
    return format_exception(error, type_)


SegmentKey = tuple[str, int, int, str | None]
"""A segment as a document gives it: its kind, start, end and owner."""


def check_values(interview: Interview, given: Sequence[SegmentKey], path: str) -> None:
    """The values the schema restricts that neither the types nor the models do.

    The interview's id and the turns' ids match their patterns, numbers
    start at 1, and each segment is of a known kind.
    """
    if not INTERVIEW_ID.fullmatch(interview.id):
        where = f"{path}.id"
        reason = f"{interview.id[:40]!r} is not an id (letters, digits, '.', '_', '-') @ {where}"
        raise DocumentError(where, [reason])
    for number, (kind, *_) in enumerate(given):
        if kind not in SEGMENT_KINDS:
            where = f"{path}.segments[{number}].kind"
            raise DocumentError(where, [f"{kind[:40]!r} is not a kind of segment @ {where}"])
    for where, turn in _turns(interview, path):
        if not _TURN_ID.fullmatch(turn.id):
            reason = f"{turn.id[:40]!r} is not a turn id (q3, a3b, r1, s2) @ {where}.id"
            raise DocumentError(f"{where}.id", [reason])
        numbered = [(where, turn.number)]
        for index, paragraph in enumerate(turn.paragraphs):
            place = f"{where}.paragraphs[{index}]"
            numbered.append((place, paragraph.number))
            numbered.extend(
                (f"{place}.sentences[{n}]", sentence.number)
                for n, sentence in enumerate(paragraph._sentences or ())  # noqa: SLF001
            )
        for place, value in numbered:
            if value < 1:
                reason = f"must be at least 1 @ {place}.number"
                raise DocumentError(f"{place}.number", [reason])


def _turns(interview: Interview, path: str) -> Iterator[tuple[str, Turn]]:
    """Every turn of an interview with its path in the document."""
    for position, exchange in enumerate(interview.exchanges):
        yield from _exchange_turns(exchange, f"{path}.exchanges[{position}]")
    for name in ("remarks", "statements"):
        for index, turn in enumerate(getattr(interview, name)):
            yield f"{path}.{name}[{index}]", turn


def _exchange_turns(exchange: Exchange, where: str) -> Iterator[tuple[str, Turn]]:
    """An exchange's turns, in the document's order, with their paths."""
    yield f"{where}.question", exchange.question
    for name in ("follow_ups", "answers"):
        for index, turn in enumerate(getattr(exchange, name)):
            yield f"{where}.{name}[{index}]", turn


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
    for position, exchange in enumerate(interview.exchanges):
        where = f"{path}.exchanges[{position}]"
        check.claim(exchange.id, where)
        check.expect(where, "number", exchange.number, position + 1)
        check.expect(where, "id", exchange.id, f"e{exchange.number}")
        for place, turn in _exchange_turns(exchange, where):
            check.expect(place, "number", turn.number, exchange.number)
            check.inside(place, turn.span, exchange.span, "exchange")
    for where, turn in _turns(interview, path):
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
