"""Tests for the lossless JSON document: round trips, the schema, and clear errors."""

from __future__ import annotations

import json
import re

import pytest

import interview_corpus as ic
from interview_corpus.json import _documents as _json

from .conftest import FIXTURES
from .helpers import ROOT, document_with_sentences

FIXTURE_FILES = sorted(FIXTURES.glob("*.txt"))


def test_round_trip_of_the_bundled_interview(iv):
    """from_json(to_json(iv)) == iv, with mentions and lookups intact."""
    again = ic.from_json(ic.to_json(iv))
    assert again == iv
    assert again is not iv
    assert again.mentions() == iv.mentions()
    assert again.lookup("a3.p2") == iv.lookup("a3.p2")
    assert again.search("frozen assets")[0].id == "q3.p1"
    assert ic.from_json(ic.to_json(iv, indent=2)) == iv


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_round_trip_of_every_fixture(path):
    """Every parsed fixture survives the round trip."""
    iv = ic.read(path)
    assert ic.from_json(ic.to_json(iv)) == iv


def test_round_trip_of_unanswered_and_remarks():
    """Exchanges without answers, remarks and other speakers come back as they were."""
    iv = ic.parse("Moderator: Hi.\n\nQ: One?\n\nAnn Lee: Yes.\n\nQ: Two?", id="x", strict=False)
    again = ic.from_json(ic.to_json(iv))
    assert again == iv
    assert [turn.id for turn in again.turns()] == ["r1", "q1", "a1", "q2"]
    assert isinstance(again.remarks[0], ic.Remark)
    assert isinstance(again.exchanges[0].answers[0], ic.Answer)


def test_round_trip_of_a_corpus():
    """A corpus comes back as an equal corpus."""
    corpus = ic.Corpus([ic.load(), *(ic.read(path) for path in FIXTURE_FILES)])
    again = ic.from_json(ic.to_json(corpus))
    assert isinstance(again, ic.Corpus)
    assert again == corpus
    assert again.ids == corpus.ids


def test_document_shape(iv):
    """The document carries format, version, the source, metadata, topics and entities."""
    document = json.loads(ic.to_json(iv))
    assert (document["format"], document["version"]) == ("interview-corpus", 2)
    body = document["interview"]
    assert body["source"] == iv.source
    assert body["published"] == "2025-12-28"
    assert body["exchanges"][2]["topic"]["slug"] == "europe"
    assert body["exchanges"][2]["answers"][0]["paragraphs"][1]["id"] == "a3.p2"
    assert len(body["entities"]) == 34
    assert ic.from_json(json.dumps(document).encode()) == iv


def test_output_validates_against_the_schema(iv):
    """Every document written validates against the shipped JSON Schema (draft 2020-12)."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = ic.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    documents = [iv, ic.Corpus([iv, *(ic.read(path) for path in FIXTURE_FILES)])]
    for obj in documents:
        errors = list(validator.iter_errors(json.loads(ic.to_json(obj))))
        assert errors == []
    bad = json.loads(ic.to_json(iv))
    bad["interview"]["exchanges"][0]["number"] = "one"
    assert list(validator.iter_errors(bad))


def test_schema_covers_every_field():
    """Each field the converter writes is described in the schema (guards against drift)."""
    schema = ic.json_schema()
    definitions = schema["$defs"]
    document = json.loads(ic.to_json(ic.load()))["interview"]
    # Provenance only for text taken out of another kind of file; a page only for PDF text.
    assert set(document) | {"provenance"} == set(definitions["interview"]["properties"])
    exchange = document["exchanges"][0]
    # Version 2 leaves out texts (and sentences the default splitter makes); version 1 has them.
    # The bundled interview has no time codes: a timed transcript writes start and end.
    written = {"text", "sentences"}
    timed = {"start", "end"}
    paged = {"page"}
    assert set(exchange) | {"text"} == set(definitions["exchange"]["properties"])
    assert set(exchange["question"]) | {"text"} | timed == set(definitions["turn"]["properties"])
    paragraph = exchange["question"]["paragraphs"][0]
    assert set(paragraph) | written | timed | paged == set(definitions["paragraph"]["properties"])
    version_1 = document_with_sentences(ic.load(), version=1)["interview"]
    paragraph = version_1["exchanges"][0]["question"]["paragraphs"][0]
    assert set(paragraph) | timed | paged == set(definitions["paragraph"]["properties"])
    clock = json.loads(ic.to_json(ic.parse("Q (0:01): Why?\n\nA (0:03): So.", id="t")))
    question = clock["interview"]["exchanges"][0]["question"]
    assert (question["start"], question["end"], question["paragraphs"][0]["start"]) == (1, 3, 1)
    assert "end" not in clock["interview"]["exchanges"][0]["answers"][0]
    assert set(paragraph["sentences"][0]) == set(definitions["sentence"]["properties"])
    assert set(document["entities"][0]) == set(definitions["entity"]["properties"])
    assert set(document["segments"][0]) | {"text"} == set(definitions["segment"]["properties"])
    assert set(document["photo"]) == set(definitions["photo"]["properties"])
    assert set(document["interviewer"]) == set(definitions["speaker"]["properties"])


def broken(change):
    document = document_with_sentences(ic.load(), version=1)
    change(document)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("not json", "$"),
        ("[1, 2]", "$"),
        ('{"format": "other", "version": 1}', "$.format"),
        ('{"format": "interview-corpus", "version": 3, "interview": {}}', "$.version"),
        ('{"format": "interview-corpus", "version": 1}', "$"),
        ('{"format": "interview-corpus", "version": 1, "corpus": []}', "$.corpus"),
    ],
)
def test_bad_envelopes(text, path):
    """Unknown formats and versions, and non-documents, raise DocumentError naming the path."""
    with pytest.raises(ic.DocumentError) as caught:
        ic.from_json(text)
    assert caught.value.path == path
    assert isinstance(caught.value, ValueError)


def test_wrong_value_names_its_path():
    """A value of the wrong type is reported with its path in the document."""
    text = broken(lambda d: d["interview"]["exchanges"][2].__setitem__("number", "three"))
    with pytest.raises(ic.DocumentError) as caught:
        ic.from_json(text)
    assert caught.value.path == "$.interview.exchanges[2].number"
    assert "$.interview.exchanges[2].number" in str(caught.value)


def test_missing_and_extra_keys_name_their_path():
    """Missing and unknown keys are reported where they are."""
    text = broken(lambda d: d["interview"]["exchanges"][0]["question"].pop("speaker"))
    with pytest.raises(ic.DocumentError) as caught:
        ic.from_json(text)
    assert caught.value.path.startswith("$.interview.exchanges[0].question")
    text = broken(lambda d: d["interview"].__setitem__("colour", "red"))
    with pytest.raises(ic.DocumentError) as caught:
        ic.from_json(text)
    assert "colour" in str(caught.value)


def test_span_that_does_not_reproduce_its_text():
    """A span that no longer gives its text is caught, with its path."""

    def shift(document):
        sentence = document["interview"]["exchanges"][1]["answers"][0]["paragraphs"][0][
            "sentences"
        ][0]
        sentence["span"]["start"] += 1

    with pytest.raises(ic.DocumentError) as caught:
        ic.from_json(broken(shift))
    assert caught.value.path == "$.interview.exchanges[1].answers[0].paragraphs[0].sentences[0]"


def test_corpus_errors_name_the_interview():
    """In a corpus, the path names the interview that is wrong."""
    corpus = ic.Corpus([ic.load(), ic.parse("– Q?\n\n– A.", id="other")])
    document = json.loads(ic.to_json(corpus))
    document["corpus"]["interviews"][1]["exchanges"][0]["text"] = "edited"
    with pytest.raises(ic.DocumentError) as caught:
        ic.from_json(json.dumps(document))
    assert caught.value.path == "$.corpus.interviews[1].exchanges[0]"


def test_to_json_takes_interviews_and_corpora_only():
    """Other objects are a type error; so is a non-text document."""
    with pytest.raises(ic.InvalidArgumentTypeError):
        ic.to_json(ic.load().exchanges[0])
    with pytest.raises(ic.InvalidArgumentTypeError):
        ic.from_json(42)


def test_version_2_stores_no_text_but_the_source():
    """Version 2 holds the source once; objects' texts and default-split sentences are left out."""
    interview = ic.load()
    text = ic.to_json(interview)
    assert text.count("These ambitions have literally blinded them.") == 1
    body = json.loads(text)["interview"]
    paragraph = body["exchanges"][2]["answers"][0]["paragraphs"][1]
    assert "text" not in paragraph
    assert "sentences" not in paragraph
    again = ic.from_json(text)
    assert again == interview
    assert again.lookup("a3.p2.s3").text == "These ambitions have literally blinded them."


def test_a_callers_sentences_are_kept():
    """Sentences a caller's splitter made are stored, and come back as they were."""

    def by_line(text):
        found, start = [], 0
        for line in text.split("\n"):
            if line.strip():
                found.append((start, start + len(line)))
            start += len(line) + 1
        return found

    interview = ic.parse("– Why? Now.\n\n– Because.\nSo. There.", id="x", segmenter=by_line)
    text = ic.to_json(interview)
    assert (
        "sentences" in json.loads(text)["interview"]["exchanges"][0]["answers"][0]["paragraphs"][0]
    )
    again = ic.from_json(text)
    assert again == interview
    assert [s.text for s in again.sentences()] == ["Why? Now.", "Because.", "So. There."]


def test_version_1_documents_are_read():
    """A version 1 document (every object's text) reads to the same interview."""
    interview = ic.load()
    document = document_with_sentences(interview, version=1)
    assert document["interview"]["exchanges"][0]["text"].startswith("–")
    again = ic.from_json(json.dumps(document))
    assert again == interview
    assert again.lookup("a3.p2")._text is again.source


# -- one reader: every rule of the schema, and where it is enforced --------------------------


def test_keys_in_any_order_are_read(iv):
    """Keys in another order (still valid JSON and schema) are read alike."""
    document = json.loads(ic.to_json(iv))
    document["interview"] = dict(reversed(document["interview"].items()))
    span = document["interview"]["segments"][0]["span"]
    document["interview"]["segments"][0]["span"] = {"end": span["end"], "start": span["start"]}
    assert ic.from_json(json.dumps(dict(reversed(document.items())))) == iv


def test_the_segments_must_be_those_the_turns_make(iv):
    """A paragraph's segment credited to another paragraph is refused, naming the segment."""
    document = json.loads(ic.to_json(iv))
    segments = document["interview"]["segments"]
    number = next(n for n, segment in enumerate(segments) if segment["owner"] == "q1.p1")
    segments[number]["owner"] = "a1.p1"  # an id that exists: only the turns can tell
    where = rf"\$\.interview\.segments\[{number}\]"
    with pytest.raises(ic.DocumentError, match=rf"{where}: the turns and header make a paragraph"):
        ic.from_json(json.dumps(document))


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('"start": 0,', '"start": 0, "start": 0,', "appears twice"),
        ('"number": 1,', '"number": 100000000000000000000,', "21 digits"),
        ('"title": "Foreign', '"title": "\\udcffForeign', "lone surrogate"),
        # The source, checked once: every object's text is a slice of it.
        ('"source": "', '"source": "\\udcff', r"\$\.interview\.source: holds a lone surrogate"),
        ('"warnings": []', '"warnings": ["\\ud83d\\ude00"]', None),
    ],
)
def test_what_json_loads_allows_and_the_format_does_not(iv, old, new, reason):
    """Duplicate keys, over-long integers and lone surrogates are refused; a surrogate pair is text."""
    text = ic.to_json(iv).replace(old, new, 1)
    assert new in text
    if reason is None:
        assert ic.from_json(text).warnings == ("\U0001f600",)
        return
    with pytest.raises(ic.DocumentError, match=reason):
        ic.from_json(text)


def _interview(document):
    return document["interview"]


def _question(document):
    return document["interview"]["exchanges"][0]["question"]


def _paragraph(document):
    return _question(document)["paragraphs"][0]


def _sentence(document):
    return _paragraph(document)["sentences"][0]


def _segment(document):
    return document["interview"]["segments"][0]


# (the change, the path from_json names, what its message says): each breaks one rule of the
# schema, which jsonschema rejects too. The comment says where json.py enforces the rule.
SCHEMA_RULES = [
    # unknown keys: cattrs forbid_extra_keys
    (lambda d: _interview(d).update(colour="red"), "$.interview", "extra fields found (colour)"),
    (lambda d: _paragraph(d).update(segmenter=None), ".paragraphs[0]", "extra fields"),
    (lambda d: _sentence(d).update(note="x"), ".sentences[0]", "extra fields"),
    # required keys: _requiring (cattrs would take the field's default)
    (lambda d: _segment(d).pop("owner"), "$.interview.segments[0]", "'owner' is missing"),
    (lambda d: _sentence(d).pop("clutter"), ".sentences[0]", "'clutter' is missing"),
    (lambda d: _paragraph(d).pop("clutter"), ".paragraphs[0]", "'clutter' is missing"),
    (lambda d: _question(d).pop("marker"), ".question", "'marker' is missing"),
    (lambda d: _question(d)["speaker"].pop("aliases"), ".speaker", "'aliases' is missing"),
    (lambda d: _interview(d)["exchanges"][0].pop("follow_ups"), "[0]", "'follow_ups' is missing"),
    (lambda d: _interview(d)["exchanges"][0]["topic"].pop("keywords"), ".topic", "'keywords'"),
    (lambda d: _interview(d)["entities"][0].pop("note"), ".entities[0]", "'note' is missing"),
    (lambda d: _interview(d).pop("entities"), "$.interview", "'entities' is missing"),
    (lambda d: _interview(d).pop("warnings"), "$.interview", "'warnings' is missing"),
    (lambda d: _interview(d)["photo"].pop("credit"), ".photo", "'credit' is missing"),
    (lambda d: _sentence(d)["span"].pop("end"), ".sentences[0].span", "'end' is missing"),
    # object and array: _requiring and _strict_tuple (cattrs takes any iterable)
    (lambda d: _interview(d).update(photo=[]), "$.interview.photo", "expected an object"),
    (lambda d: _sentence(d).update(span="0..5"), ".sentences[0].span", "expected an object"),
    (lambda d: _question(d)["speaker"].update(aliases="TASS"), ".aliases", "expected an array"),
    (lambda d: _interview(d).update(warnings={}), "$.interview.warnings", "expected an array"),
    (lambda d: _paragraph(d).update(sentences=None), ".sentences", "expected an array, not null"),
    # string: _strict_str (cattrs would make "5" of 5)
    (lambda d: _interview(d).update(outlet=5), "$.interview.outlet", "expected a string, not 5"),
    (lambda d: _paragraph(d).update(turn_id=1), ".turn_id", "expected a string"),
    (lambda d: _segment(d).update(owner=5), ".segments[0].owner", "expected a string"),
    # integer: _strict_int (cattrs would make 1 of 1.9, true or "1")
    (lambda d: _sentence(d).update(number="1"), ".sentences[0].number", "expected an integer"),
    (lambda d: _paragraph(d).update(number=True), ".paragraphs[0].number", "not true"),
    (lambda d: _sentence(d)["span"].update(start=6.7), ".span.start", "expected an integer"),
    # enum: _strict_literal (role, entity kind) and check_values (segment kind)
    (lambda d: _question(d)["speaker"].update(role="Interviewer"), ".role", "must be one of"),
    (lambda d: _interview(d)["entities"][0].update(kind="country"), ".kind", "must be one of"),
    (lambda d: _segment(d).update(kind="banner"), ".segments[0].kind", "not a kind of segment"),
    # minimum 0 of spans: the model (Span); minimum 1 of numbers: check_values
    (lambda d: _sentence(d)["span"].update(start=-1), ".sentences[0].span", "0 <= start"),
    (lambda d: _sentence(d).update(number=0, id="q1.p1.s0"), ".sentences[0].number", "at least 1"),
    (lambda d: _paragraph(d).update(number=0, id="q1.p0"), ".paragraphs[0].number", "at least 1"),
    # pattern: check_values (interview and turn ids), check_references, the models' validators
    (lambda d: _interview(d).update(id="../x y"), "$.interview.id", "is not an id"),
    (lambda d: _question(d).update(id="Q1"), ".question.id", "is not a turn id"),
    (lambda d: _interview(d)["exchanges"][0].update(id="E1"), ".exchanges[0].id", "'e1'"),
    (lambda d: _paragraph(d).update(id="q1.P1"), ".paragraphs[0].id", "'q1.p1'"),
    (lambda d: _sentence(d).update(id="q1.p1.S1"), ".sentences[0].id", "'q1.p1.s1'"),
    (lambda d: _interview(d)["exchanges"][0]["topic"].update(slug="Ukraine"), ".topic", "slug"),
    (lambda d: _interview(d)["entities"][0].update(id="Russia"), ".entities[0]", "entity id"),
    # format date: _structure_date (fromisoformat alone takes the first two)
    (lambda d: _interview(d).update(published="2025-W52"), ".published", "'YYYY-MM-DD'"),
    (lambda d: _interview(d).update(published="20251228"), ".published", "'YYYY-MM-DD'"),
    (lambda d: _interview(d).update(published="2025-02-30"), ".published", "not a date"),
]


@pytest.mark.parametrize(("change", "path", "reason"), SCHEMA_RULES)
def test_each_rule_of_the_schema_is_enforced(change, path, reason):
    """A document that breaks one rule of the schema is refused by jsonschema and by from_json,
    which names the path and the rule."""
    jsonschema = pytest.importorskip("jsonschema")
    document = document_with_sentences(ic.load(), version=1)
    change(document)
    validator = jsonschema.Draft202012Validator(
        ic.json_schema(), format_checker=jsonschema.FormatChecker()
    )
    assert list(validator.iter_errors(document)) != []
    with pytest.raises(ic.DocumentError) as caught:
        ic.from_json(json.dumps(document))
    assert caught.value.path.endswith(path)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("cls", "definition"),
    [
        (ic.Span, "span"),
        (ic.Speaker, "speaker"),
        (ic.Sentence, "sentence"),
        (ic.Paragraph, "paragraph"),
        (ic.Question, "turn"),
        (ic.Answer, "turn"),
        (ic.Remark, "turn"),
        (ic.Topic, "topic"),
        (ic.Exchange, "exchange"),
        (ic.Photo, "photo"),
        (ic.Segment, "segment"),
        (ic.Entity, "entity"),
        (ic.Interview, "interview"),
    ],
)
def test_required_keys_are_the_schemas(cls, definition):
    """The keys from_json requires of each object are those the schema requires (guards drift)."""
    required = ic.json_schema()["$defs"][definition]["required"]
    assert set(required) == _json._document_keys(cls)


def test_segment_kinds_are_the_schemas():
    """The kinds of segment from_json takes are those the schema lists and the data model describes."""
    kinds = ic.json_schema()["$defs"]["segment"]["properties"]["kind"]["enum"]
    assert set(kinds) == _json.SEGMENT_KINDS
    table = (ROOT / "docs" / "reference" / "data-model.md").read_text(encoding="utf-8")
    rows = re.findall(r"(?m)^\|((?: ?`[a-z-]+`,?)+) \|", table)  # the table of segment kinds
    named = {kind for row in rows for kind in re.findall(r"`([a-z-]+)`", row)}
    assert not _json.SEGMENT_KINDS - named, sorted(_json.SEGMENT_KINDS - named)


def test_a_remarks_number_starts_at_1():
    """A remark numbered 0 (its id r0 matches the pattern) is refused."""
    iv = ic.parse("Moderator: Hi.\n\nQ: One?\n\nAnn Lee: Yes.", id="x")
    document = json.loads(ic.to_json(iv))
    remark = document["interview"]["remarks"][0]
    remark.update(number=0)
    with pytest.raises(ic.DocumentError) as caught:
        ic.from_json(json.dumps(document))
    assert caught.value.path == "$.interview.remarks[0].number"


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: _interview(d).update(id="x\n"), "$.interview.id"),
        (
            lambda d: _sentence(d).update(number=1.0),
            "$.interview.exchanges[0].question.paragraphs[0].sentences[0].number",
        ),
        (lambda d: _question(d).update(id="q\u0661"), "$.interview.exchanges[0].question.id"),
    ],
)
def test_stricter_than_jsonschema(change, path):
    """An id with a final newline, a digit that is not ASCII, or an integer written ``1.0`` is
    refused (jsonschema lets ``$`` match before a final newline, ``\\d`` match any digit, and
    takes ``1.0`` as an integer)."""
    document = document_with_sentences(ic.load(), version=1)
    change(document)
    with pytest.raises(ic.DocumentError) as caught:
        ic.from_json(json.dumps(document))
    assert caught.value.path == path


def test_turns_exchange_ids_are_derived_on_reading():
    """A document does not store exchange_id; reading gives each turn its exchange's id."""
    iv = ic.load()
    document = ic.to_json(iv)
    assert '"exchange_id"' not in document
    again = ic.from_json(document)
    assert [turn.exchange_id for turn in again.turns()] == [turn.exchange_id for turn in iv.turns()]
    assert again.answers[2].exchange_id == "e3"
