"""Tests for ic.export: every format written, then read back by its real consumer."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import interview_corpus as ic
from interview_corpus.query._records import COLUMNS

from .conftest import FIXTURES

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_json_by_json(iv, tmp_path):
    """The json export is the lossless document, to a path, a stream or a string."""
    path = tmp_path / "iv.json"
    assert ic.export(iv, "json", path) is None
    assert ic.from_json(path.read_text(encoding="utf-8")) == iv
    stream = io.StringIO()
    ic.export(iv, "json", stream, indent=2)
    assert json.loads(stream.getvalue())["interview"]["id"] == iv.id
    assert json.loads(ic.export(iv, "json"))["version"] == 2
    duckdb = pytest.importorskip("duckdb")
    row = duckdb.sql(
        f"SELECT interview.id, len(interview.exchanges) FROM read_json_auto('{path}')"
    ).fetchall()
    assert row == [("tass-2065861", 5)]


@pytest.mark.parametrize("level", ["exchange", "turn", "paragraph", "sentence", "mention"])
def test_jsonl_by_json_and_duckdb(iv, tmp_path, level):
    """jsonl holds one record per line, read back by json and by DuckDB."""
    path = tmp_path / f"{level}.jsonl"
    ic.export(iv, "jsonl", path, level=level)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == iv.records(level)
    duckdb = pytest.importorskip("duckdb")
    count = duckdb.sql(f"SELECT count(*) FROM read_json_auto('{path}')").fetchall()
    assert count == [(len(iv.records(level)),)]


def test_csv_by_csv_and_pandas(iv, tmp_path):
    """csv is RFC 4180: header, CRLF rows, quoted fields; csv and pandas read it back."""
    path = tmp_path / "sentences.csv"
    ic.export(iv, "csv", path, level="sentence")
    raw = path.read_bytes()
    assert raw.count(b"\r\n") >= 89
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 88
    assert tuple(rows[0]) == COLUMNS["sentence"]
    expected = iv.records("sentence")
    assert [row["text"] for row in rows] == [row["text"] for row in expected]
    assert rows[0]["exchange_id"] == "e1"
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(path, keep_default_na=False)
    assert list(frame["id"]) == [row["id"] for row in expected]
    assert list(frame["start"]) == [row["start"] for row in expected]


def test_parquet_by_pyarrow_and_duckdb(iv, tmp_path):
    """parquet is read back by pyarrow and DuckDB with the records' columns and values."""
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "mentions.parquet"
    ic.export(iv, "parquet", path, level="mention")
    table = pyarrow_parquet.read_table(path)
    assert table.column_names == list(COLUMNS["mention"])
    assert table.to_pylist() == iv.records("mention")
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(
        f"SELECT entity, count(*) AS n FROM '{path}' GROUP BY entity ORDER BY n DESC, entity LIMIT 3"
    ).fetchall()
    assert rows == [("Russia", 28), ("United States", 16), ("Europe", 11)]
    buffer = io.BytesIO()
    ic.export(iv, "parquet", buffer, level="exchange")
    assert pyarrow_parquet.read_table(io.BytesIO(buffer.getvalue())).num_rows == 5


def test_tei_by_elementtree(iv):
    """TEI: namespace, header, speakers, one div per exchange, u per turn, seg per paragraph."""
    root = ET.fromstring(ic.export(iv, "tei"))
    assert root.tag == f"{TEI}TEI"
    header = root.find(f"{TEI}teiHeader")
    assert header.find(f".//{TEI}titleStmt/{TEI}title").text == iv.title
    assert header.find(f".//{TEI}publicationStmt/{TEI}publisher").text == "TASS"
    bibl = header.find(f".//{TEI}sourceDesc/{TEI}bibl")
    assert bibl.find(f"{TEI}ref").get("target") == iv.url
    assert bibl.find(f"{TEI}date").get("when") == "2025-12-28"
    people = {p.get(XML_ID): p.find(f"{TEI}persName").text for p in header.iter(f"{TEI}person")}
    assert people == {"tass": "TASS", "sergey-lavrov": "Sergey Lavrov"}
    divs = root.findall(f".//{TEI}body/{TEI}div")
    assert [(div.get("type"), div.get(XML_ID)) for div in divs] == [
        ("exchange", f"e{n}") for n in range(1, 6)
    ]
    for div, exchange in zip(divs, iv, strict=True):
        utterances = div.findall(f"{TEI}u")
        assert [u.get(XML_ID) for u in utterances] == [turn.id for turn in exchange.turns]
        for utterance, turn in zip(utterances, exchange.turns, strict=True):
            assert people[utterance.get("who").lstrip("#")] == turn.speaker.name
            segs = utterance.findall(f"{TEI}seg")
            assert [(seg.get(XML_ID), seg.text) for seg in segs] == [
                (p.id, p.text) for p in turn.paragraphs
            ]


def test_tei_escapes_markup():
    """Text with <, & and quotes is escaped by the serializer and reads back the same."""
    text = 'Tom & Jerry <b>"bold"</b>\n\n– Is 1 < 2 & 3 > 2?\n\n– Yes: <"yes"> & \'no\'.'
    iv = ic.parse(text, id="markup", interviewer="A & B")
    root = ET.fromstring(ic.export(iv, "tei"))
    segs = [seg.text for seg in root.iter(f"{TEI}seg")]
    assert segs == ["Is 1 < 2 & 3 > 2?", "Yes: <\"yes\"> & 'no'."]
    assert root.find(f".//{TEI}title").text == 'Tom & Jerry <b>"bold"</b>'


def test_tei_of_a_corpus_and_remarks():
    """A corpus is a teiCorpus with prefixed ids; remarks sit in their own div."""
    corpus = ic.Corpus([ic.load(), ic.read(FIXTURES / "labelled_named.txt")])
    root = ET.fromstring(ic.export(corpus, "tei"))
    assert root.tag == f"{TEI}teiCorpus"
    documents = root.findall(f"{TEI}TEI")
    assert [doc.get(XML_ID) for doc in documents] == ["tass-2065861", "labelled_named"]
    ids = [element.get(XML_ID) for element in root.iter() if element.get(XML_ID)]
    assert len(ids) == len(set(ids))
    named = documents[1]
    kinds = [div.get("type") for div in named.findall(f".//{TEI}body/{TEI}div")]
    assert kinds == ["remarks", "exchange", "exchange", "remarks"]
    assert named.find(f".//{TEI}u").get("n") == "r1"


def test_markdown(iv):
    """Markdown has the headline, metadata and every exchange with speakers and paragraph ids."""
    text = ic.export(iv, "markdown")
    lines = text.splitlines()
    assert lines[0] == "# Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump"
    assert "- **Outlet:** TASS" in lines
    assert "- **Published:** 2025-12-28" in lines
    assert (
        "- **Interviewee:** Sergey Lavrov — Minister of Foreign Affairs of the Russian Federation"
        in lines
    )
    for exchange in iv:
        assert f"## {exchange.number}: {exchange.topic.title} (`{exchange.id}`)" in lines
        for turn in exchange.turns:
            assert f"**{turn.speaker.name}** `{turn.id}`" in lines
            for paragraph in turn.paragraphs:
                assert any(line.startswith(f"`{paragraph.id}` ") for line in lines)
    assert text.index("`a2.p1`") < text.index("## 3:")


def test_markdown_heads_each_exchange_once_with_follow_ups():
    """A follow-up question (q1b) stays under its exchange's heading, as in TEI and ConvoKit."""
    text = "Q: Thank you.\n\nQ: Why did it close?\n\nA: Because.\n\nQ: When?\n\nA: Now."
    iv = ic.parse(text, id="x")
    assert [turn.id for turn in iv.exchanges[0].turns] == ["q1", "q1b", "a1"]
    markdown = ic.export(iv, "markdown")
    assert [line for line in markdown.splitlines() if line.startswith("## ")] == [
        "## 1 (`e1`)",
        "## 2 (`e2`)",
    ]
    assert "`q1b`" in markdown


def test_markdown_escapes_markup():
    """Characters Markdown would read as markup are escaped."""
    iv = ic.parse("– Is *this* [a] <link>?\n\n– # Not a heading.", id="md")
    text = ic.export(iv, "markdown")
    assert r"`q1.p1` Is \*this\* \[a\] \<link\>?" in text
    assert r"`a1.p1` \# Not a heading." in text


# Source URLs a sidecar or front matter may give that must never become links.
NOT_HTTP_URLS = [
    "javascript:alert(1)",
    "JavaScript:alert(document.domain)",
    " javascript:alert(1)",
    "\x01javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "mailto:someone@example.org",
    "//evil.example/x",
    "https://ok.example/\njavascript:alert(1)",
]


def _rendered_markdown(text: str) -> str:
    """Markdown as a renderer that trusts every link it reads makes it HTML (markdown-it, CommonMark)."""
    markdown_it = pytest.importorskip("markdown_it")
    renderer = markdown_it.MarkdownIt("commonmark")
    renderer.validateLink = lambda _url: True  # no scheme filter of its own: ours must hold
    return renderer.render(text)


@pytest.mark.parametrize("url", NOT_HTTP_URLS)
def test_markdown_links_only_http_urls(url):
    """A source URL that is not http(s) stays text in Markdown: a renderer makes no link of it."""
    iv = ic.parse("– Why?\n\n– Because.", id="x", url=url)
    html = _rendered_markdown(ic.export(iv, "markdown"))
    assert re.findall(r"<a [^>]*>", html) == []


def test_markdown_links_an_http_url():
    """An http(s) source URL is a link in Markdown, as it is on the page."""
    url = "https://example.org/interview?id=1&lang=en"
    iv = ic.parse("– Why?\n\n– Because.", id="x", url=url)
    html = _rendered_markdown(ic.export(iv, "markdown"))
    assert re.findall(r'<a href="([^"]*)">', html) == [
        "https://example.org/interview?id=1&amp;lang=en"
    ]


@pytest.mark.parametrize("url", NOT_HTTP_URLS)
def test_tei_points_only_at_http_urls(url):
    """TEI gives a source URL that is not http(s) as text, never as a ``target`` a renderer follows."""
    iv = ic.parse("– Why?\n\n– Because.", id="x", url=url)
    root = ET.fromstring(ic.export(iv, "tei"))
    assert [element.get("target") for element in root.iter() if "target" in element.attrib] == []
    assert root.find(f".//{TEI}bibl/{TEI}ref") is not None  # the URL is still there, as text
    assert root.find(f".//{TEI}idno[@type='URL']") is not None


def test_convokit_files(iv, tmp_path):
    """The ConvoKit directory has its five files, one utterance per turn chained by reply-to."""
    ic.export(iv, "convokit", tmp_path / "ck")
    files = sorted(path.name for path in (tmp_path / "ck").iterdir())
    assert files == [
        "conversations.json",
        "corpus.json",
        "index.json",
        "speakers.json",
        "utterances.jsonl",
    ]
    utterances = [
        json.loads(line) for line in (tmp_path / "ck" / "utterances.jsonl").read_text().splitlines()
    ]
    assert [u["meta"]["turn_id"] for u in utterances] == [turn.id for turn in iv.turns()]
    assert utterances[0]["reply-to"] is None
    assert [u["reply-to"] for u in utterances[1:]] == [u["id"] for u in utterances[:-1]]
    assert {u["conversation_id"] for u in utterances} == {"tass-2065861.q1"}
    index = json.loads((tmp_path / "ck" / "index.json").read_text())
    assert set(index) == {
        "utterances-index",
        "speakers-index",
        "conversations-index",
        "overall-index",
        "version",
        "vectors",
    }
    assert index["utterances-index"]["topic"] == ["<class 'str'>"]
    assert index["utterances-index"]["start"] == ["<class 'int'>"]


def test_convokit_speaker_ids_are_unique_across_interviews(tmp_path):
    """Each transcript's generic "Interviewer" is its own ConvoKit speaker, named in its meta."""
    other = ic.parse("Q: Why?\n\nA: Because.", id="other")
    same = ic.parse("Q: When?\n\nA: Now.", id="same")
    ic.export(ic.Corpus([other, same]), "convokit", tmp_path / "ck")
    speakers = json.loads((tmp_path / "ck" / "speakers.json").read_text())
    assert sorted(speakers) == [
        "other:Interviewee",
        "other:Interviewer",
        "same:Interviewee",
        "same:Interviewer",
    ]
    assert speakers["same:Interviewer"]["meta"]["name"] == "Interviewer"
    assert speakers["same:Interviewer"]["meta"]["interview_id"] == "same"


CONVOKIT_PYTHON = os.environ.get("INTERVIEW_CORPUS_CONVOKIT_PYTHON")
LOAD_WITH_CONVOKIT = """
import json, sys
import convokit
corpus = convokit.Corpus(filename=sys.argv[1])
utterance = corpus.get_utterance("tass-2065861.a3")
print(json.dumps({
    "utterances": len(list(corpus.iter_utterances())),
    "speakers": sorted(speaker.id for speaker in corpus.iter_speakers()),
    "conversations": [c.id for c in corpus.iter_conversations()],
    "reply_to": utterance.reply_to,
    "speaker": utterance.speaker.id,
    "meta": dict(utterance.meta),
    "text_start": utterance.text[:30],
    "conversation_meta": dict(corpus.get_conversation("tass-2065861.q1").meta),
}))
"""


def test_convokit_loads_the_export(iv, tmp_path):
    """The real ConvoKit loads the export with the right counts, reply-to chain and metadata."""
    if not CONVOKIT_PYTHON:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must set INTERVIEW_CORPUS_CONVOKIT_PYTHON (see .ci/run)")
        pytest.skip("set INTERVIEW_CORPUS_CONVOKIT_PYTHON to a Python with ConvoKit (.ci/run does)")
    directory = tmp_path / "ck"
    ic.export(ic.Corpus([iv, ic.read(FIXTURES / "labelled_qa.txt")]), "convokit", directory)
    environment = {**os.environ, "HOME": str(tmp_path)}  # ConvoKit writes ~/.convokit/config.yml
    result = subprocess.run(
        [CONVOKIT_PYTHON, "-c", LOAD_WITH_CONVOKIT, str(directory)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded["utterances"] == 10 + 6
    assert loaded["speakers"] == [
        "labelled_qa:Interviewee",
        "labelled_qa:Interviewer",
        "tass-2065861:Sergey Lavrov",
        "tass-2065861:TASS",
    ]
    assert loaded["conversations"] == ["tass-2065861.q1", "labelled_qa.q1"]
    assert loaded["reply_to"] == "tass-2065861.q3"
    assert loaded["speaker"] == "tass-2065861:Sergey Lavrov"
    assert loaded["meta"]["turn_id"] == "a3"
    assert loaded["meta"]["topic"] == "europe"
    assert (loaded["meta"]["start"], loaded["meta"]["end"]) == tuple(iv.lookup("a3").span)
    assert loaded["text_start"] == iv.lookup("a3").text[:30]
    assert loaded["conversation_meta"]["outlet"] == "TASS"


def test_export_errors(iv):
    """Unknown formats and options, and missing targets, are the library's own errors."""
    with pytest.raises(ic.ArgumentValueError, match="use one of json, jsonl, csv"):
        ic.export(iv, "docx")
    with pytest.raises(ic.ArgumentValueError, match="takes no level"):
        ic.export(iv, "markdown", level="sentence")
    with pytest.raises(ic.ArgumentValueError, match="writes a directory"):
        ic.export(iv, "convokit")
    with pytest.raises(ic.ArgumentValueError, match="binary"):
        ic.export(iv, "parquet")
    with pytest.raises(ic.ArgumentValueError):
        ic.export(iv, "csv", level="word")
    with pytest.raises(ic.InvalidArgumentTypeError):
        ic.export("text", "json")


def test_formats_are_imported_only_by_export():
    """The core imports no format module, nor csv, xml, cattrs, pandas or pyarrow (json only for
    the bundled annotation)."""
    code = (
        "import sys, interview_corpus as ic\n"
        "ic.load().records('paragraph')\n"
        "heavy = {'csv', 'xml.etree.ElementTree', 'cattrs', 'pandas', 'pyarrow',\n"
        "         'interview_corpus.output.formats', 'interview_corpus.json'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [os.sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_format_module_has_the_same_shape():
    """Each format module declares KIND, OPTIONS and write (and no unused EXTENSION)."""
    import importlib

    from interview_corpus.output.formats import FORMATS

    for name in FORMATS:
        module = importlib.import_module(f"interview_corpus.output.formats.{name}")
        assert module.KIND in ("text", "binary", "directory")
        assert not hasattr(module, "EXTENSION")
        assert isinstance(module.OPTIONS, tuple)
        assert callable(module.write)
    assert (
        Path(importlib.import_module("interview_corpus.output.formats").__file__).parent.name
        == "formats"
    )
