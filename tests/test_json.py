"""Tests for the lossless JSON document: round trips, the schema, and clear errors."""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import interview_corpus as ic
from interview_corpus import _json_fast as _json_reader
from interview_corpus import json as _json

from .conftest import FIXTURES
from .helpers import document_with_sentences
from .test_adversarial import PROPERTY_EXAMPLES, SMALL_JSON, _mutate

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
    assert set(document) == set(definitions["interview"]["properties"])
    exchange = document["exchanges"][0]
    # Version 2 leaves out texts (and sentences the default splitter makes); version 1 has them.
    written = {"text", "sentences"}
    assert set(exchange) | {"text"} == set(definitions["exchange"]["properties"])
    assert set(exchange["question"]) | {"text"} == set(definitions["turn"]["properties"])
    paragraph = exchange["question"]["paragraphs"][0]
    assert set(paragraph) | written == set(definitions["paragraph"]["properties"])
    version_1 = document_with_sentences(ic.load(), version=1)["interview"]
    paragraph = version_1["exchanges"][0]["question"]["paragraphs"][0]
    assert set(paragraph) == set(definitions["paragraph"]["properties"])
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


# -- the fast reader and the thorough one agree ----------------------------------------------


def test_the_fast_reader_reads_what_to_json_writes(iv):
    """Interviews and corpora that to_json writes are read by the fast reader, to equal objects."""
    corpus = ic.Corpus([iv, *(ic.read(path) for path in FIXTURE_FILES)])
    for obj in (iv, corpus):
        text = ic.to_json(obj)
        fast = _json_reader.read(text)
        assert fast == obj == _json.read_thoroughly(text)
        assert type(fast) is type(obj)


def test_the_fast_reader_takes_keys_in_any_order(iv):
    """Keys in another order (still valid JSON and schema) are read alike, if more slowly."""
    document = json.loads(ic.to_json(iv))
    document["interview"] = dict(reversed(document["interview"].items()))
    document["interview"]["segments"][0]["span"] = {"end": 5, "start": 0}
    document["interview"]["segments"][1]["span"]["start"] = 5
    text = json.dumps(dict(reversed(document.items())))
    assert _json_reader.read(text) == _json.read_thoroughly(text)


@pytest.mark.parametrize("reader", [ic.from_json, _json.read_thoroughly])
def test_the_segments_must_be_those_the_turns_make(iv, reader):
    """A paragraph's segment credited to another paragraph is refused, naming the segment."""
    document = json.loads(ic.to_json(iv))
    segments = document["interview"]["segments"]
    number = next(n for n, segment in enumerate(segments) if segment["owner"] == "q1.p1")
    segments[number]["owner"] = "a1.p1"  # an id that exists: only the turns can tell
    where = rf"\$\.interview\.segments\[{number}\]"
    with pytest.raises(ic.DocumentError, match=rf"{where}: the turns and header make a paragraph"):
        reader(json.dumps(document))


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('"start": 0,', '"start": 0, "start": 0,', "appears twice"),
        ('"number": 1,', '"number": 100000000000000000000,', "21 digits"),
        ('"number": 1,', '"number": 1.0,', "expected an integer"),
        ('"number": 1,', '"number": true,', "expected an integer"),
        ('"role": "interviewer"', '"role": "Interviewer"', "must be one of"),
        ('"owner": null', '"owner": 5', "owner"),
        ('"clutter": []', '"clutter": {}', "expected an array"),
    ],
)
def test_the_fast_reader_leaves_problems_to_the_thorough_one(iv, old, new, reason):
    """Where the fast reader doubts, the thorough one reads the document and names the problem."""
    text = ic.to_json(iv).replace(old, new, 1)
    assert new in text
    with pytest.raises(Exception):  # noqa: B017  # any doubt, whatever it is
        _json_reader.read(text)
    with pytest.raises(ic.DocumentError, match=reason):
        ic.from_json(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "interview-corpus", "version": 2, "interview": "\\ud83d\\ude00"}',
        '{"format": "interview-corpus", "version": 2, "interview": "\udcff"}',
    ],
)
def test_surrogates_are_left_to_the_thorough_reader(text):
    """An escaped surrogate, or a raw lone one, is never tried by the fast reader."""
    assert not _json_reader.usable(text, None)


def test_the_fast_reader_needs_the_interpreters_digit_limit(iv, monkeypatch):
    """With the digit limit off, a hostile integer would be slow to parse: the thorough reader reads."""
    monkeypatch.setattr(sys, "get_int_max_str_digits", lambda: 0)
    assert not _json_reader.usable(ic.to_json(iv), None)
    assert ic.from_json(ic.to_json(iv)) == iv


@settings(
    max_examples=PROPERTY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=st.data())
def test_the_fast_reader_accepts_nothing_the_thorough_one_rejects(data):
    """Property: on a randomly changed document, whatever the fast reader builds the thorough one builds."""
    document = json.loads(SMALL_JSON)
    _mutate(document, data)
    _assert_readers_agree(json.dumps(document))


def _assert_readers_agree(text):
    """Whatever the fast reader builds from ``text``, the thorough reader builds equal (it may be unsure)."""
    try:
        thorough = _json.read_thoroughly(text)
    except ic.DocumentError:
        thorough = None
    try:
        fast = _json_reader.read(text)
    except Exception:  # noqa: BLE001  # unsure: from_json asks the thorough reader
        event("the fast reader is unsure")
        return
    event("the fast reader accepts")
    assert thorough is not None, "the fast reader accepted a document the thorough one rejects"
    assert fast == thorough


def _leaves(node, path=()):
    """Every scalar in a document, with the path of keys and indexes that reaches it."""
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, child in items:
        if isinstance(child, dict | list):
            yield from _leaves(child, (*path, key))
        else:
            yield (*path, key), child


def _nearby(value, data):
    """A value of the same kind as ``value``, often one the schema still accepts."""
    if isinstance(value, bool) or value is None:
        return data.draw(st.sampled_from([None, True, False, 0, ""]))
    if isinstance(value, int):
        return value + data.draw(st.integers(-3, 3))
    if isinstance(value, str):
        return data.draw(
            st.sampled_from(
                [value + "x", value[:-1], value.upper(), "", "a1", "e1", "q1.p1", "q1.p1.s1"]
            )
        )
    return value


@settings(
    max_examples=PROPERTY_EXAMPLES * 3, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=st.data())
def test_the_fast_reader_agrees_on_documents_changed_value_by_value(data):
    """Property: changing a few values of the kind they are (ids, numbers, spans, names) keeps
    many documents valid, so the fast reader accepts often; what it builds, the thorough
    reader builds equal, and what the thorough reader rejects, the fast one never accepts.
    """
    document = json.loads(SMALL_JSON)
    leaves = list(_leaves(document))
    for _ in range(data.draw(st.integers(1, 3))):
        path, value = data.draw(st.sampled_from(leaves))
        node = document
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = _nearby(value, data)
    _assert_readers_agree(json.dumps(document))


def test_turns_exchange_ids_are_derived_on_reading():
    """A document does not store exchange_id; reading gives each turn its exchange's id."""
    iv = ic.load()
    document = ic.to_json(iv)
    assert '"exchange_id"' not in document
    again = ic.from_json(document)
    assert [turn.exchange_id for turn in again.turns()] == [turn.exchange_id for turn in iv.turns()]
    assert again.answers[2].exchange_id == "e3"
