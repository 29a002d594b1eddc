"""Data-integrity tests for the bundled interview: counts, spans, ids, header and metadata."""

from __future__ import annotations

import datetime
import hashlib
from pathlib import Path

import pytest

import interview_corpus as ic

from .conftest import SHA256, SHARED_SOURCE


def all_objects(iv: ic.Interview) -> list[object]:
    objects: list[object] = []
    for exchange in iv:
        objects.append(exchange)
        for turn in exchange.turns:
            objects.append(turn)
            for paragraph in turn.paragraphs:
                objects.append(paragraph)
                objects.extend(paragraph.sentences)
    return objects


def test_source_is_the_shipped_file_byte_for_byte(iv, shipped_bytes):
    """iv.source is exactly the shipped file, whose checksum is the recorded one."""
    assert iv.source.encode("utf-8") == shipped_bytes
    assert hashlib.sha256(shipped_bytes).hexdigest() == SHA256
    assert len(shipped_bytes) == 11_251
    assert len(iv.source) == 11_191


@pytest.mark.skipif(not SHARED_SOURCE.exists(), reason="shared/source is not beside this checkout")
def test_shipped_file_is_identical_to_the_shared_source(shipped_bytes):
    """The packaged text has not drifted from the project's source of truth."""
    assert SHARED_SOURCE.read_bytes() == shipped_bytes


def test_metadata(iv):
    """The metadata the text cannot say comes from the annotation file."""
    assert iv.id == "tass-2065861"
    assert iv.outlet == "TASS"
    assert iv.url == "https://tass.com/politics/2065861"
    assert iv.language == "en"
    assert iv.published == datetime.date(2025, 12, 28)


def test_header_fields_are_cut_from_the_source(iv):
    """Headline, lede, caption and credit are recognised, with spans that reproduce them."""
    assert iv.title == "Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump"
    assert iv.lede == (
        "Russian Foreign Minister Sergey Lavrov gave an interview to TASS, "
        "in which he discussed a wide range of issues."
    )
    assert iv.photo is not None
    assert iv.photo.caption == "Russia's Minister of Foreign Affairs Sergei Lavrov"
    assert iv.photo.credit == "Kristina Kormilitsyna/POOL/TASS"
    pairs = [
        (iv.title_span, iv.title),
        (iv.lede_span, iv.lede),
        (iv.photo.caption_span, iv.photo.caption),
        (iv.photo.credit_span, iv.photo.credit),
    ]
    for span, text in pairs:
        assert span is not None
        assert iv.source[span.start : span.end] == text


def test_navigation_line_is_kept_but_is_not_content(iv):
    """'All news' stays in the source as a navigation segment and appears in no field."""
    navigation = [segment for segment in iv.segments if segment.kind == "navigation"]
    assert [(segment.text, segment.span) for segment in navigation] == [("All news", ic.Span(0, 8))]
    assert iv.title is not None
    assert "All news" not in iv.title
    assert all("All news" not in paragraph.text for paragraph in iv.paragraphs())


def test_speakers(iv):
    """TASS asks, Sergey Lavrov answers; the caption's spelling is an alias."""
    assert iv.interviewer.name == "TASS"
    assert iv.interviewer.role == "interviewer"
    assert iv.interviewee.name == "Sergey Lavrov"
    assert iv.interviewee.role == "interviewee"
    assert "Sergei Lavrov" in iv.interviewee.aliases
    assert iv.interviewee.description == "Minister of Foreign Affairs of the Russian Federation"


def test_counts(iv):
    """5 exchanges; answer paragraphs 4, 3, 3, 6, 5; 17 + 71 sentences."""
    assert len(iv) == 5
    assert [len(question.paragraphs) for question in iv.questions] == [1, 1, 1, 1, 1]
    assert [len(answer.paragraphs) for answer in iv.answers] == [4, 3, 3, 6, 5]
    assert len(iv.paragraphs()) == 26
    assert sum(len(question.sentences) for question in iv.questions) == 17
    assert sum(len(answer.sentences) for answer in iv.answers) == 71
    assert len(iv.sentences()) == 88
    assert [len(q.sentences) for q in iv.questions] == [4, 3, 4, 2, 4]
    assert [len(a.sentences) for a in iv.answers] == [13, 8, 12, 22, 16]


def test_every_span_reproduces_its_text(iv):
    """For every object, source[span] == text."""
    for obj in all_objects(iv):
        assert iv.source[obj.span.start : obj.span.end] == obj.text, obj


def test_turn_text_has_no_marker(iv):
    """Turn texts start after the dash and its separator; markers are recorded separately."""
    for turn in iv.turns():
        assert turn.marker is not None
        assert iv.source[turn.marker.start : turn.marker.end] in ("– ", "–\u00a0")
        assert turn.marker.end == turn.span.start
        assert not turn.text.startswith(("–", " ", "\u00a0"))
    first, *rest = iv.turns()
    assert iv.source[slice(*first.marker)] == "– "
    assert {iv.source[slice(*turn.marker)] for turn in rest} == {"–\u00a0"}


def test_every_id_resolves_to_its_object(iv):
    """Each object's id looks it up again, and ids are unique."""
    objects = all_objects(iv)
    ids = [obj.id for obj in objects]
    assert len(ids) == len(set(ids)) == 5 + 10 + 26 + 88
    for obj in objects:
        assert iv.lookup(obj.id) is obj
    for topic in iv.topics:
        assert iv.lookup(topic.slug) is topic
    assert set(iv.ids) == {*ids, *(topic.slug for topic in iv.topics)}


def test_ids_follow_the_scheme(iv):
    """Ids are e3, q3, a3, a3.p2, a3.p2.s1, numbered from 1 within their parent."""
    for exchange in iv:
        n = exchange.number
        assert exchange.id == f"e{n}"
        assert (exchange.question.id, exchange.answer.id) == (f"q{n}", f"a{n}")
        for turn in exchange.turns:
            assert turn.number == n
            for p, paragraph in enumerate(turn.paragraphs, 1):
                assert (paragraph.id, paragraph.number, paragraph.turn_id) == (
                    f"{turn.id}.p{p}",
                    p,
                    turn.id,
                )
                for s, sentence in enumerate(paragraph.sentences, 1):
                    assert (sentence.id, sentence.number, sentence.paragraph_id) == (
                        f"{paragraph.id}.s{s}",
                        s,
                        paragraph.id,
                    )


def test_segments_tile_the_source(iv):
    """Header blocks, markers, paragraphs and separators cover the source without gap or overlap."""
    position = 0
    for segment in iv.segments:
        assert segment.span.start == position
        assert segment.span.of(iv.source) == segment.text
        if segment.kind == "separator":
            assert segment.text.isspace()
        elif segment.kind.endswith("marker"):
            assert segment.text.rstrip() in ("–", "©")
        else:
            assert segment.text.strip() == segment.text
        position = segment.span.end
    assert position == len(iv.source)
    kinds = [segment.kind for segment in iv.segments if segment.kind != "separator"]
    assert kinds[:6] == ["navigation", "headline", "caption", "credit-marker", "credit", "lede"]
    assert kinds.count("turn-marker") == 10
    assert kinds.count("paragraph") == 26
    owners = [segment.owner for segment in iv.segments if segment.kind == "paragraph"]
    assert owners == [paragraph.id for paragraph in iv.paragraphs()]


def test_sentences_cover_their_paragraphs(iv):
    """Between a paragraph's sentences there is only white space; no word is lost."""
    for paragraph in iv.paragraphs():
        rebuilt = paragraph.text
        for sentence in reversed(paragraph.sentences):
            start = sentence.span.start - paragraph.span.start
            rebuilt = (
                rebuilt[:start] + " " * len(sentence.text) + rebuilt[start + len(sentence.text) :]
            )
        assert rebuilt.strip() == "", paragraph.id


@pytest.mark.parametrize(
    ("sentence_id", "text"),
    [
        ("q1.p1.s2", "Have these efforts brought peace in Ukraine within closer reach in any way?"),
        (
            "a5.p4.s1",
            (
                "As for the possible escalation in the Taiwan Strait, procedure for acting in such "
                "situations is set forth in the Treaty of Good-Neighbourliness and Friendly Cooperation "
                "with the People’s Republic of China of July 16, 2001."
            ),
        ),
        (
            "a3.p3.s1",
            (
                "My messages for European politicians who seem to have problems getting to grips with "
                "this fact – I hope they get to read this interview – is to repeat one more time that "
                "there is no need to be afraid of Russia attacking anyone."
            ),
        ),
        ("a4.p5.s2", "How do you disarm HAMAS?"),
        (
            "a5.p5.s3",
            (
                "Our Japanese neighbours should have weighted everything properly before taking any "
                "hasty decisions."
            ),
        ),
    ],
)
def test_tricky_sentences(iv, sentence_id, text):
    """Sentences with dates, inner dashes and questions inside answers are cut right, verbatim."""
    assert iv.lookup(sentence_id).text == text


def test_topics(iv):
    """One topic per exchange, with the agreed slugs, a title, a one-sentence summary and keywords."""
    assert [exchange.topic.slug for exchange in iv] == [
        "ukraine",
        "united-states",
        "europe",
        "middle-east",
        "asia-pacific",
    ]
    for topic in iv.topics:
        assert topic.title
        assert topic.summary.endswith(".")
        assert topic.summary.count(". ") == 0
        assert len(topic.keywords) >= 3


def test_the_json_annotation_is_made_from_the_toml_one():
    """load() reads <id>.annotation.json; it holds exactly what <id>.toml says (scripts/bundle_annotations.py)."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "bundle_annotations.py"
    if not script.is_file():
        pytest.skip("scripts/ is not in this checkout")
    spec = importlib.util.spec_from_file_location("bundle_annotations", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.annotations()
    assert [path.name for path in expected] == ["tass-2065861.annotation.json"]
    for path, text in expected.items():
        assert path.read_text(encoding="utf-8") == text, "run python scripts/bundle_annotations.py"
    # The saved reading is the interview the parser makes of the text and the annotation.
    assert module.stale_readings() == [], "run python scripts/bundle_annotations.py"


def test_the_saved_reading_is_what_parsing_the_text_gives():
    """load() gives the saved reading; it equals, object for object, the interview parsed from the
    text with its annotation, mentions included."""
    import json

    from interview_corpus.reading import _bundled

    annotation = json.loads(_bundled.read_data("tass-2065861.annotation.json") or b"")
    parsed = _bundled.parse_bundled(
        annotation, _bundled._checked_text(annotation["source"], annotation["sha256"])
    )
    loaded = ic.load()
    assert loaded == parsed
    assert [obj.id for obj in loaded.turns()] == [obj.id for obj in parsed.turns()]
    assert [(s.span, s.text) for s in loaded.sentences()] == [
        (s.span, s.text) for s in parsed.sentences()
    ]
    assert loaded.mentions() == parsed.mentions()
    assert loaded.warnings == parsed.warnings
