"""Tests for flat records and DataFrames."""

from __future__ import annotations

import subprocess
import sys

import pytest

import interview_corpus as ic
from interview_corpus.query._records import COLUMNS

from .conftest import FIXTURES


@pytest.mark.parametrize(
    ("level", "count"),
    [("exchange", 5), ("turn", 10), ("paragraph", 26), ("sentence", 88), ("mention", 148)],
)  # the interview level has no text; test_interview_record_is_the_table_to_join_on
def test_row_counts_and_columns(iv, level, count):
    """Each level has its exact row count, the documented columns in order, and flat values."""
    rows = iv.records(level)
    assert len(rows) == count
    for row in rows:
        assert tuple(row) == COLUMNS[level]
        assert all(value is None or isinstance(value, str | int) for value in row.values())
        assert iv.source[row["start"] : row["end"]] == row["text"]
        assert row["interview_id"] == "tass-2065861"


def test_interview_record_is_the_table_to_join_on(iv):
    """The interview level has one row per interview with its metadata, for "by outlet" or "over time" work."""
    assert iv.records("interview") == [
        {
            "interview_id": "tass-2065861",
            "id": "tass-2065861",
            "title": iv.title,
            "outlet": "TASS",
            "url": "https://tass.com/politics/2065861",
            "published": "2025-12-28",
            "language": "en",
            "interviewer": "TASS",
            "interviewee": "Sergey Lavrov",
            "exchange_count": 5,
            "word_count": sum(row["word_count"] for row in iv.records("turn")),
            "duration": None,
        }
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [("Russia’s war", 2), ("Russia-hating people", 2), ("It cost 3.5 billion.", 5), ("", 0)],
)
def test_word_count(text, count):
    """Words are runs of letters and digits; inner apostrophes and hyphens do not split them."""
    from interview_corpus.query._records import count_words

    assert count_words(text) == count


def test_mention_rows_have_stable_unique_ids(iv):
    """Each mention row has an id, unique in the interview and the same on every call."""
    rows = iv.records("mention")
    assert len({row["id"] for row in rows}) == len(rows)
    assert [row["id"] for row in rows] == [row["id"] for row in ic.load().records("mention")]
    assert rows[0]["id"] == iv.header_mentions[0].id == "headline@27"


def test_mentions_name_their_interview(iv):
    """A Mention, like a Hit or a TextMatch, names the interview it comes from."""
    corpus = ic.Corpus([iv, ic.parse("– Q?\n\n– NATO.", id="x", entities=iv.lexicon)])
    assert {mention.interview_id for _, mention in corpus.mentions("NATO")} == {"tass-2065861", "x"}
    assert all(interview_id == mention.interview_id for interview_id, mention in corpus.mentions())


def test_paragraph_record(iv):
    """A paragraph record names its turn, exchange, speaker, role and topic."""
    row = next(row for row in iv.records("paragraph") if row["id"] == "a3.p2")
    assert row == {
        "interview_id": "tass-2065861",
        "id": "a3.p2",
        "kind": "answer",
        "number": 2,
        "turn_id": "a3",
        "exchange_id": "e3",
        "speaker": "Sergey Lavrov",
        "role": "interviewee",
        "topic": "europe",
        "sentence_count": 6,
        "word_count": len(iv.lookup("a3.p2").text.split()),  # 134: no word there holds a space
        "text": iv.lookup("a3.p2").text,
        "start": iv.lookup("a3.p2").span.start,
        "end": iv.lookup("a3.p2").span.end,
        "start_time": None,
        "end_time": None,
    }


def test_times_in_records():
    """Exchange, turn and paragraph records give when each is spoken, in seconds; the interview its duration."""
    iv = ic.parse("Q (0:05): Why?\n\nA (0:09.5): Because.\n\nQ (1:10): Thanks.", id="t")
    assert [(row["id"], row["start_time"], row["end_time"]) for row in iv.records("turn")] == [
        ("q1", 5.0, 9.5),
        ("a1", 9.5, 70.0),
        ("r1", 70.0, None),
    ]
    assert [(row["start_time"], row["end_time"]) for row in iv.records("exchange")] == [(5.0, 70.0)]
    assert iv.records("paragraph")[1]["start_time"] == 9.5
    assert iv.records("interview")[0]["duration"] == 65.0


def test_exchange_and_mention_records(iv):
    """Exchange records list their turns; mention records their entity and place."""
    exchange = iv.records("exchange")[3]
    assert (exchange["id"], exchange["topic"], exchange["question_id"], exchange["answer_ids"]) == (
        "e4",
        "middle-east",
        "q4",
        "a4",
    )
    mentions = [row for row in iv.records("mention") if row["entity_id"] == "vladimir-zelensky"]
    assert [(row["sentence_id"], row["speaker"], row["form"]) for row in mentions] == [
        ("a1.p2.s1", "Sergey Lavrov", "name"),
        ("a1.p4.s1", "Sergey Lavrov", "name"),
    ]
    header = [row for row in iv.records("mention") if row["section"] == "headline"]
    assert [row["text"] for row in header] == ["Sergey Lavrov", "Russia", "Trump"]
    assert all(row["speaker"] is None and row["turn_id"] is None for row in header)


def test_remarks_have_no_exchange():
    """Records of remarks (kind 'remark') and statements (kind 'answer') carry no exchange."""
    iv = ic.read(FIXTURES / "labelled_named.txt")
    turns = iv.records("turn")
    assert [(row["id"], row["kind"], row["exchange_id"]) for row in turns][:4] == [
        ("r1", "remark", None),
        ("s1", "answer", None),
        ("r2", "remark", None),
        ("q1", "question", "e1"),
    ]
    assert iv.records("exchange")[0]["answer_ids"] == "a1 a1b"


def test_corpus_records_concatenate(iv):
    """A corpus's records are its interviews' records, in order."""
    other = ic.read(FIXTURES / "labelled_qa.txt")
    corpus = ic.Corpus([iv, other])
    assert corpus.records("turn") == iv.records("turn") + other.records("turn")


def test_bad_level(iv):
    """An unknown level is an ArgumentValueError listing the levels."""
    with pytest.raises(ic.ArgumentValueError, match="exchange, turn, paragraph, sentence, mention"):
        iv.records("word")


def test_pandas(iv):
    """to_pandas gives a DataFrame with the records' columns; pandas takes records as they are."""
    pandas = pytest.importorskip("pandas")
    frame = iv.to_pandas("sentence")
    assert list(frame.columns) == list(COLUMNS["sentence"])
    assert len(frame) == 88
    assert frame.groupby("role").size().to_dict() == {"interviewee": 71, "interviewer": 17}
    assert pandas.DataFrame(iv.records("mention")).shape == (148, len(COLUMNS["mention"]))
    corpus = ic.Corpus([iv, ic.read(FIXTURES / "labelled_qa.txt")])
    assert len(corpus.to_pandas("exchange")) == 8


def test_duckdb_takes_records(iv):
    """DuckDB queries the records (through a DataFrame) directly."""
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pandas")
    sentences = iv.to_pandas("sentence")  # noqa: F841  # queried by name below
    counts = duckdb.sql(
        "SELECT topic, count(*) AS n FROM sentences GROUP BY topic ORDER BY topic"
    ).fetchall()
    assert counts == [
        ("asia-pacific", 20),
        ("europe", 16),
        ("middle-east", 24),
        ("ukraine", 17),
        ("united-states", 11),
    ]


def test_without_pandas_the_error_says_how_to_install():
    """With pandas hidden, to_pandas raises MissingDependencyError (an ImportError) with the command."""
    code = (
        "import sys\n"
        "sys.modules['pandas'] = None\n"
        "import interview_corpus as ic\n"
        "try:\n"
        "    ic.load().to_pandas()\n"
        "except ImportError as error:\n"
        "    print(type(error).__name__, error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == (
        "MissingDependencyError this needs pandas, which is not installed: "
        "pip install 'interview-corpus[pandas]'"
    )


def test_interview_level_exports_to_parquet_with_integer_counts(iv, tmp_path):
    """The interview level goes to Parquet with its counts as integers."""
    pq = pytest.importorskip("pyarrow.parquet")
    ic.export(iv, "parquet", tmp_path / "interviews.parquet", level="interview")
    table = pq.read_table(tmp_path / "interviews.parquet")
    assert str(table.schema.field("word_count").type) == "int64"
    assert table.column("published").to_pylist() == ["2025-12-28"]
    assert str(table.schema.field("duration").type) == "double"
    timed = ic.parse("Q (0:05): Why?\n\nA (0:09.5): Because.", id="t")
    ic.export(timed, "parquet", tmp_path / "turns.parquet", level="turn")
    assert pq.read_table(tmp_path / "turns.parquet").column("start_time").to_pylist() == [5.0, 9.5]


@pytest.mark.parametrize(
    ("level", "row_type"),
    [
        ("interview", ic.InterviewRecord),
        ("exchange", ic.ExchangeRecord),
        ("turn", ic.TurnRecord),
        ("paragraph", ic.ParagraphRecord),
        ("sentence", ic.SentenceRecord),
        ("mention", ic.MentionRecord),
    ],
)
def test_typed_rows_name_the_columns_in_order(iv, level, row_type):
    """Each level's TypedDict has the level's columns, in order, and its rows hold the declared types."""
    import typing

    hints = typing.get_type_hints(row_type)
    assert tuple(hints) == COLUMNS[level]
    for row in iv.records(level):
        for column, value in row.items():
            allowed = typing.get_args(hints[column]) or (hints[column],)
            assert isinstance(value, tuple(t for t in allowed if t is not type(None))) or (
                value is None and type(None) in allowed
            ), (level, column, value)
