"""Tests for the command line, in-process (main(argv)) and as the installed console script."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import interview_corpus as ic
from interview_corpus import __version__

from .helpers import FIXTURES, ROOT, SHA256, run_cli as run

SCRIPT = str(Path(sysconfig.get_path("scripts")) / "interview-corpus")


def test_bare_call_is_info(capsys):
    """No command shows info: title, outlet, date, URL, speakers, counts, checksum, rights."""
    code, out, err = run(capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump"
    assert "outlet:      TASS" in lines
    assert "published:   2025-12-28" in lines
    assert "url:         https://tass.com/politics/2065861" in lines
    assert (
        "interviewee: Sergey Lavrov — Minister of Foreign Affairs of the Russian Federation"
        in lines
    )
    assert "counts:      5 exchanges, 10 turns, 26 paragraphs, 88 sentences, 1,757 words" in lines
    assert f"sha256:      {SHA256}" in lines
    assert any(line.startswith("rights:      Text © TASS.") for line in lines)
    assert lines[-5:] == [
        "  e1  [Ukraine settlement] The United States has been proactive in contributing to the Ukraine settlement …",
        "  e2  [United States] The updated National Security Strategy of the United States no longer designates …",
        "  e3  [Europe] Prime Minister of Hungary Viktor Orban said that the leaders of the …",
        "  e4  [Middle East] There has been a lot of conflicts in the Middle East over …",
        "  e5  [Asia-Pacific] A serious escalation is crystalising between Japan and China, and the situation …",
    ]
    assert run(capsys, "info")[1] == out


def test_info_json(capsys):
    """--json prints one JSON document: a list with one entry per interview, even for one."""
    code, out, _ = run(capsys, "info", "--json")
    documents = json.loads(out)
    assert code == 0
    assert isinstance(documents, list)
    assert len(documents) == 1
    document = documents[0]
    assert document["counts"] == {
        "exchanges": 5,
        "turns": 10,
        "paragraphs": 26,
        "sentences": 88,
        "words": 1757,  # as the records count them: "Russia’s" is one word
    }
    assert document["sha256"] == SHA256
    assert [exchange["topic"] for exchange in document["exchanges"]][:2] == [
        "Ukraine settlement",
        "United States",
    ]


def test_topics(capsys):
    """topics lists exchange numbers, slugs and titles, and keywords on request."""
    code, out, _ = run(capsys, "topics")
    assert code == 0
    assert out.splitlines()[3] == "4  middle-east    Middle East"
    with_keywords = run(capsys, "topics", "--keywords")[1].splitlines()
    assert with_keywords[1].startswith("   Ukraine, peace settlement")
    rows = json.loads(run(capsys, "topics", "--json")[1])
    assert [row["slug"] for row in rows] == [
        "ukraine",
        "united-states",
        "europe",
        "middle-east",
        "asia-pacific",
    ]
    assert rows[3]["exchange"] == 4


@pytest.mark.parametrize(
    ("target", "first", "ids"),
    [
        ("3", "TASS (q3)", ["q3.p1", "a3.p1", "a3.p2", "a3.p3"]),
        ("e3", "TASS (q3)", ["q3.p1", "a3.p1", "a3.p2", "a3.p3"]),
        ("q3", "TASS (q3)", ["q3.p1"]),
        ("a3", "Sergey Lavrov (a3)", ["a3.p1", "a3.p2", "a3.p3"]),
        ("a3.p2", "Sergey Lavrov (a3)", ["a3.p2"]),
        ("a3.p2.s3", "Sergey Lavrov (a3)", ["a3.p2.s3"]),
        (
            "middle-east",
            "TASS (q4)",
            ["q4.p1", "a4.p1", "a4.p2", "a4.p3", "a4.p4", "a4.p5", "a4.p6"],
        ),
    ],
)
def test_show(capsys, target, first, ids):
    """show prints the speaker's name and the id of each paragraph (or sentence)."""
    code, out, err = run(capsys, "show", target)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == first
    assert re.findall(r"^  \[([\w.]+)\] ", out, flags=re.MULTILINE) == ids
    if target == "a3.p2.s3":
        assert lines[1] == "  [a3.p2.s3] These ambitions have literally blinded them."


@pytest.mark.parametrize(
    ("target", "level", "ids"),
    [
        ("3", "exchange", ["e3"]),
        ("e3", "exchange", ["e3"]),
        ("middle-east", "exchange", ["e4"]),
        ("a3", "turn", ["a3"]),
        ("a3.p2", "paragraph", ["a3.p2"]),
        ("a3.p2.s3", "sentence", ["a3.p2.s3"]),
    ],
)
def test_show_json_is_the_records_of_the_shown_object(capsys, iv, target, level, ids):
    """show --json prints the library's record of the shown object at its level, with the interview id."""
    code, out, _ = run(capsys, "show", target, "--json")
    assert code == 0
    assert json.loads(out) == [row for row in iv.records(level) if row["id"] in ids]


def test_show_json_of_several_interviews(capsys, tmp_path):
    """With several interviews, show --json gives the record from each interview that has the target."""
    (tmp_path / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Q: How?\n\nA: Slowly. Then fast.", encoding="utf-8")
    code, out, _ = run(capsys, "--dir", str(tmp_path), "show", "a1.p1.s2", "--json")
    assert code == 0
    (row,) = json.loads(out)
    assert (row["interview_id"], row["id"], row["text"]) == ("two", "a1.p1.s2", "Then fast.")


@pytest.mark.parametrize("target", ["0", "6", "a9", "x", "europ"])
def test_show_missing_target(capsys, target):
    """An unknown target exits 1 with a message (and close matches) on stderr."""
    code, out, err = run(capsys, "show", target)
    assert (code, out) == (1, "")
    assert err.startswith("interview-corpus: no ")
    if target == "europ":
        assert "did you mean 'europe'" in err


def test_search(capsys):
    """search prints ranked hits with id, score and snippet; --level and --limit work."""
    code, out, _ = run(capsys, "search", "frozen assets")
    assert code == 0
    assert out.splitlines()[0] == " 1. q3.p1  (5.133)"
    assert "[frozen] Russian [assets]" in out
    code, out, _ = run(capsys, "search", "Russia", "--level", "sentence", "--limit", "3")
    assert re.findall(r"^ ?\d+\. ", out, flags=re.MULTILINE) == [" 1. ", " 2. ", " 3. "]
    hits = json.loads(run(capsys, "search", "HAMAS", "--json")[1])
    assert [(hit["id"], hit["rank"]) for hit in hits] == [("a4.p5", 1)]


def test_search_nothing_found_and_bad_queries(capsys):
    """No hits exit 1; a malformed query is a usage error (2); so is a bad --limit."""
    assert run(capsys, "search", "zzzzqqq") == (
        1,
        "",
        "interview-corpus: nothing found for 'zzzzqqq'\n",
    )
    code, out, err = run(capsys, "search", '"unbalanced')
    assert (code, out) == (2, "")
    assert "unbalanced quote" in err
    assert run(capsys, "search", "x", "--limit", "0")[0] == 2


def test_search_with_no_hits_suggests_close_words_on_stderr(capsys, tmp_path, iv):
    """No hits: exit 1 and 'did you mean ...?' on stderr; --json keeps stdout an empty list."""
    assert run(capsys, "search", "frozn asets") == (
        1,
        "",
        "interview-corpus: nothing found for 'frozn asets'; did you mean 'frozen assets'?\n",
    )
    code, out, err = run(capsys, "search", "frozn asets", "--json")
    assert (code, json.loads(out)) == (1, [])
    assert err.endswith("; did you mean 'frozen assets'?\n")
    path = tmp_path / "c.db"
    ic.Corpus.build(path, [iv], jobs=1).close()
    code, _, err = run(capsys, "--db", str(path), "search", "frozn asets", "--level", "sentence")
    assert (code, err) == (
        1,
        "interview-corpus: nothing found for 'frozn asets'; did you mean 'frozen assets'?\n",
    )


def test_search_reads_or_and_minus_as_the_api_does(capsys, iv):
    """The default syntax on the command line: OR in capitals for either word, -word to leave one out."""
    for query in ("obstacle OR sanctions", "Gaza -ceasefire", "obstacle or sanctions"):
        code, out, _ = run(capsys, "search", query, "--json", "--limit", "20")
        expected = [hit.id for hit in iv.search(query, limit=20)]
        assert (code, [row["id"] for row in json.loads(out)]) == (0 if expected else 1, expected)
    assert [
        row["id"] for row in json.loads(run(capsys, "search", "obstacle OR sanctions", "--json")[1])
    ] == ["a1.p3", "q1.p1"]


def test_grep(capsys):
    """grep prints each match in its sentence with the sentence id; -i ignores case."""
    code, out, _ = run(capsys, "grep", r"Taiwan\w+")
    assert code == 0
    assert out == (
        "a5.p2.s2: This is also a matter of pursing vested interests: some in the West are keen "
        "to profit from »Taiwanese« money and technologies.\n"
    )
    assert run(capsys, "grep", "hamas")[0] == 1
    assert run(capsys, "grep", "hamas", "-i")[0] == 0
    matches = json.loads(run(capsys, "grep", "Kiev", "--json")[1])
    assert [m["sentence_id"] for m in matches] == ["q1.p1.s4", "a1.p2.s2", "a1.p3.s1", "a1.p4.s3"]
    code, _, err = run(capsys, "grep", "(unclosed")
    assert code == 2
    assert "not a valid regular expression" in err


def test_mentions(capsys):
    """mentions lists every mention with its id and context; unknown names exit 1."""
    code, out, _ = run(capsys, "mentions", "Zelensky")
    assert code == 0
    assert [line.split(":")[0] for line in out.splitlines()] == ["a1.p2.s1", "a1.p4.s1"]
    assert "»Vladimir Zelensky«’s regime" in out
    header = run(capsys, "mentions", "TASS")[1].splitlines()
    assert [line.split(":")[0] for line in header] == ["credit", "lede"]
    rows = json.loads(run(capsys, "mentions", "Kiev", "--json")[1])
    assert len(rows) == 10
    code, out, err = run(capsys, "mentions", "Zelenski")
    assert (code, out) == (1, "")
    assert "did you mean" in err


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("json", lambda out: json.loads(out)["interview"]["id"] == "tass-2065861"),
        ("jsonl", lambda out: len(out.splitlines()) == 26),
        ("csv", lambda out: out.startswith("interview_id,id,kind,number,turn_id")),
        ("markdown", lambda out: out.startswith("# Foreign Minister")),
        ("tei", lambda out: "<TEI xmlns=" in out),
    ],
)
def test_export_to_stdout(capsys, fmt, check):
    """Stream formats go to stdout when no path is given."""
    code, out, err = run(capsys, "export", "--format", fmt)
    assert (code, err) == (0, "")
    assert check(out)


def test_export_to_files(capsys, tmp_path):
    """-o writes files (and a directory for convokit, which requires it)."""
    assert (
        run(
            capsys,
            "export",
            "--format",
            "csv",
            "--level",
            "sentence",
            "-o",
            str(tmp_path / "s.csv"),
        )[0]
        == 0
    )
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").count("\n") == 89
    assert run(capsys, "export", "--format", "convokit", "-o", str(tmp_path / "ck"))[0] == 0
    assert (tmp_path / "ck" / "utterances.jsonl").exists()
    code, _, err = run(capsys, "export", "--format", "convokit")
    assert code == 2
    assert "-o PATH" in err
    assert run(capsys, "export", "--format", "markdown", "--level", "turn")[0] == 2
    assert run(capsys, "export", "--format", "docx")[0] == 2
    assert run(capsys, "export")[0] == 2


def test_user_files_and_directories(capsys):
    """--file (repeatable) and --dir read the user's transcripts; every command works on them."""
    qa = str(FIXTURES / "labelled_qa.txt")
    named = str(FIXTURES / "labelled_named.txt")
    code, out, _ = run(capsys, "--file", qa, "show", "2")
    assert code == 0
    assert out.splitlines()[0] == "Interviewer (q2)"
    code, out, _ = run(capsys, "search", "budget", "--file", qa, "--file", named)
    assert out.splitlines()[0] == " 1. labelled_qa q1.p1  (2.471)"
    documents = json.loads(run(capsys, "--dir", str(FIXTURES), "info", "--json")[1])
    assert [document["id"] for document in documents] == [
        "dash_em_crlf",
        "labelled_interviewer_named",
        "labelled_named",
        "labelled_qa",
    ]


def test_bad_transcript_files(capsys):
    """A bad file prints path:line:column: message and exits 4; --dir lists every bad file."""
    bad = FIXTURES / "errors" / "unanswered.txt"
    code, out, err = run(capsys, "--file", str(bad))
    assert (code, out) == (4, "")
    assert (
        err
        == f"interview-corpus: {bad}:5:1: question 2 has no answer: add the answer, remove the question, or pass --no-strict to keep it as an unanswered question\n"
    )
    code, _, err = run(capsys, "--dir", str(FIXTURES / "errors"), "topics")
    assert code == 4
    assert len(err.splitlines()) == 8
    assert run(capsys, "--file", "/no/such/file.txt")[0] == 4


def test_usage_errors(capsys):
    """Usage errors exit 2; --help and --version exit 0."""
    assert run(capsys, "show")[0] == 2
    assert run(capsys, "--interview", "x", "--file", "y")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"interview-corpus {__version__}\n")
    for command in (
        "",
        "info",
        "topics",
        "show",
        "search",
        "grep",
        "mentions",
        "entities",
        "export",
    ):
        code, out, _ = run(capsys, *([command] if command else []), "--help")
        assert code == 0
        assert "example: interview-corpus" in out


def test_help_names_every_kind_of_file_the_reader_reads(capsys):
    """--dir's help lists every extension that --dir reads, so the two cannot drift apart."""
    from interview_corpus.reading import TRANSCRIPT_SUFFIXES

    code, out, _ = run(capsys, "--help")
    assert code == 0
    described = out.split("\n  --dir PATH", 1)[1].split("\n  --glob", 1)[0]
    for suffix in TRANSCRIPT_SUFFIXES:
        assert suffix in described


def test_option_value_equal_to_a_command_is_not_the_command(capsys, tmp_path, monkeypatch):
    """--dir info reads the folder called info: the command is found after the options' values."""
    (tmp_path / "info").mkdir()
    (tmp_path / "info" / "talk.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--dir", "info")  # no command: info is implied
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "talk"
    assert run(capsys, "--dir", "info", "info")[1] == out
    assert run(capsys, "--dir", "info", "topics", "--json")[:2] == (0, "[]\n")
    code, out, err = run(capsys, "--file", "show")  # a file called show, which is missing
    assert (code, out) == (4, "")
    assert err == "interview-corpus: show: No such file or directory\n"


def test_export_to_a_missing_folder_or_a_directory_is_one_line(capsys, tmp_path):
    """-o into a missing folder, or onto a directory, is a one-line error and exit 4, no traceback."""
    code, out, err = run(capsys, "export", "--format", "csv", "-o", "/no/such/dir/x.csv")
    assert (code, out) == (4, "")
    assert err == "interview-corpus: cannot write /no/such/dir/x.csv: No such file or directory\n"
    code, out, err = run(capsys, "export", "--format", "csv", "-o", str(tmp_path))
    assert (code, out) == (4, "")
    assert err.startswith(f"interview-corpus: cannot write {tmp_path}: ")
    assert len(err.splitlines()) == 1


def test_parquet_to_a_terminal_is_refused(capsys, monkeypatch):
    """export --format parquet without -o refuses to write binary to a terminal (exit 2)."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = run(capsys, "export", "--format", "parquet")
    assert (code, out) == (2, "")
    assert "parquet is binary: give a file with -o PATH" in err


def test_info_on_several_interviews_is_a_summary(capsys):
    """info on a folder prints one line per interview and the totals, not every exchange."""
    code, out, _ = run(capsys, "--dir", str(FIXTURES), "info")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("dash_em_crlf ")
    assert lines[-1].startswith("4 interviews, ")


def test_search_takes_the_api_filters_and_syntax(capsys, iv):
    """search --speaker, --topic (slug or title) and --syntax fts5 (OR) give the API's hits."""
    code, out, _ = run(capsys, "search", "Zelensky OR Putin", "--syntax", "fts5", "--json")
    assert code == 0
    expected = [hit.id for hit in iv.search("Zelensky OR Putin", syntax="fts5")]
    assert [row["id"] for row in json.loads(out)] == expected
    code, out, _ = run(capsys, "search", "assets", "--topic", "Europe", "--json")
    assert [row["id"] for row in json.loads(out)] == ["q3.p1"]
    code, out, _ = run(capsys, "search", "Russia", "--speaker", "interviewer", "--json")
    assert {row["role"] for row in json.loads(out)} == {"interviewer"}
    code, _, err = run(capsys, "search", "Russia", "--topic", "europa")
    assert code == 1
    assert "did you mean 'europe'" in err


def test_json_rows_are_the_librarys_records(capsys, iv):
    """search, mentions and grep --json rows are the library's records (search adds rank, score, snippet)."""
    rows = json.loads(run(capsys, "search", "HAMAS", "--json")[1])
    record = next(row for row in iv.records("paragraph") if row["id"] == "a4.p5")
    assert rows == [{"rank": 1, "score": rows[0]["score"], "snippet": rows[0]["snippet"], **record}]
    rows = json.loads(run(capsys, "mentions", "Zelensky", "--json")[1])
    assert rows == [row for row in iv.records("mention") if row["entity_id"] == "vladimir-zelensky"]
    rows = json.loads(run(capsys, "grep", r"Kiev\w*", "--json")[1])
    assert rows == [match.record() for match in iv.grep(r"Kiev\w*")]


def test_entities_lists_the_lexicon(capsys, iv):
    """entities lists each entity with its kind and number of mentions."""
    code, out, _ = run(capsys, "entities")
    assert code == 0
    assert len(out.splitlines()) == len(iv.lexicon)
    rows = json.loads(run(capsys, "entities", "--json")[1])
    zelensky = next(row for row in rows if row["id"] == "vladimir-zelensky")
    assert (zelensky["kind"], zelensky["mentions"]) == ("person", 2)


def test_mentions_on_user_files_with_an_entity_list(capsys, tmp_path):
    """--entities FILE (TOML or JSON) gives user transcripts a lexicon for mentions and entities."""
    talk = tmp_path / "talk.txt"
    talk.write_text("Q: And Oslo?\n\nA: Oslo is far.", encoding="utf-8")
    toml = tmp_path / "places.toml"
    toml.write_text(
        '[[entities]]\nid = "oslo"\nname = "Oslo"\nkind = "place"\naliases = ["Oslo"]\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--file", str(talk), "--entities", str(toml), "mentions", "Oslo")
    assert code == 0
    assert [line.split(":")[0] for line in out.splitlines()] == ["q1.p1.s1", "a1.p1.s1"]
    listing = tmp_path / "places.json"
    listing.write_text(
        json.dumps([{"id": "oslo", "name": "Oslo", "kind": "place", "aliases": ["Oslo"]}]),
        encoding="utf-8",
    )
    rows = json.loads(
        run(capsys, "entities", "--file", str(talk), "--entities", str(listing), "--json")[1]
    )
    assert [(row["id"], row["mentions"]) for row in rows] == [("oslo", 2)]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[entities]]\nid = "x"\n', encoding="utf-8")
    code, out, err = run(capsys, "--file", str(talk), "--entities", str(bad), "entities")
    assert (code, out) == (4, "")
    assert err.startswith(f"interview-corpus: {bad}: not a valid lexicon")
    assert run(capsys, "--entities", str(toml), "entities")[0] == 2  # the bundled one has its own


HARBOUR = '[[entities]]\nid = "harbour"\nname = "Harbour"\nkind = "place"\n'


@pytest.mark.parametrize(
    ("lexicon", "reason"),
    [
        (
            HARBOUR + 'aliases = "Harbour"\n',
            "entity 1 ('harbour'): aliases is one string, not a list of names: write aliases = [",
        ),
        (
            HARBOUR.replace('"Harbour"', "5"),
            "entity 1 ('harbour'): name is an integer, not a string",
        ),
        (
            HARBOUR + 'demonyms = ["Harbourer", 7]\n',
            "entity 1 ('harbour'): demonyms holds an integer, not only strings",
        ),
        (HARBOUR + 'alias = ["Harbour"]\n', "entity 1 ('harbour'): unknown key 'alias'; use id, "),
        (HARBOUR + "note = []\n", "entity 1 ('harbour'): note is an array, not a string"),
        (HARBOUR.replace("place", "town"), "entity 1 ('harbour'): kind is 'town', not one of "),
        ('[[entities]]\nname = "Harbour"\nkind = "place"', "entity 1: no id; give id, name and"),
        ("entities = [5]", "give a list of entities ([[entities]] tables in TOML)"),
        ('[{"id": ["harbour"], "name": "Harbour"}]', "entity 1: id is an array, not a string"),
    ],
)
def test_lexicon_values_are_checked(capsys, tmp_path, lexicon, reason):
    """A lexicon's values are checked where it is read: the error names the file and the entity.

    ``aliases = "Harbour"`` was read as seven one-letter aliases (mentions of every "a"), and
    ``name = 5`` was accepted, to fail later with AttributeError.
    """
    talk = tmp_path / "talk.txt"
    talk.write_text("Q: And the Harbour?\n\nA: A harbour is a harbour.", encoding="utf-8")
    path = tmp_path / ("lexicon.json" if lexicon.startswith("[{") else "lexicon.toml")
    path.write_text(lexicon, encoding="utf-8")
    code, out, err = run(capsys, "--file", str(talk), "--entities", str(path), "entities")
    assert (code, out, err.count("\n")) == (4, "", 1)
    assert err.startswith(f"interview-corpus: {path}: not a valid lexicon: {reason}"), err


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_a_deeply_nested_lexicon_is_refused(capsys, tmp_path, suffix):
    """100,000 nested lists in a lexicon are the library's error naming the file, not a RecursionError."""
    talk = tmp_path / "talk.txt"
    talk.write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
    path = tmp_path / f"lexicon{suffix}"
    nested = "[" * 100_000 + "]" * 100_000
    path.write_text(nested if suffix == ".json" else f"entities = {nested}", encoding="utf-8")
    code, out, err = run(capsys, "--file", str(talk), "--entities", str(path), "entities")
    assert (code, out) == (4, "")
    assert err == f"interview-corpus: {path}: not a lexicon file (nested too deeply to read)\n"


def test_a_lexicon_is_read_only_from_a_regular_file_of_bounded_size(tmp_path):
    """--entities FIFO fails at once (it waited for a writer); a lexicon over 16 MiB is refused unread."""
    talk = tmp_path / "talk.txt"
    talk.write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.toml")
    with (tmp_path / "huge.toml").open("wb") as file:
        file.truncate(16 * 2**20 + 1)
    for name, reason in (
        ("fifo.toml", "not a regular file (a FIFO, socket or device): save the lexicon to a file"),
        (
            "huge.toml",
            "larger than 16 MiB, the most a lexicon may hold: keep only the entities the transcripts name",
        ),
    ):
        result = subprocess.run(
            [SCRIPT, "--file", str(talk), "--entities", str(tmp_path / name), "entities"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (result.returncode, result.stderr) == (
            4,
            f"interview-corpus: {tmp_path / name}: {reason}\n",
        )


def test_unknown_bundled_interview(capsys):
    """--interview with an unknown id exits 1 with close matches."""
    code, _, err = run(capsys, "--interview", "tass")
    assert code == 1
    assert "did you mean 'tass-2065861'" in err


SUBPROCESS_CASES = [
    ([], 0, "Foreign Minister Sergey Lavrov", ""),
    (["show", "3"], 0, "TASS (q3)", ""),
    (["search", "frozen assets"], 0, " 1. q3.p1", ""),
    (["grep", r"Taiwan\w+"], 0, "a5.p2.s2:", ""),
    (["mentions", "Zelensky"], 0, "a1.p2.s1:", ""),
    (["topics", "--json"], 0, "[", ""),
    (["export", "--format", "csv"], 0, "interview_id,", ""),
    (["show", "a9"], 1, "", "interview-corpus: no id 'a9'"),
    (["search", "zzzzqqq"], 1, "", "interview-corpus: nothing found"),
    (
        ["--file", str(FIXTURES / "errors" / "mixed.txt")],
        4,
        "",
        f"interview-corpus: {FIXTURES / 'errors' / 'mixed.txt'}:7:1:",
    ),
    (["frobnicate"], 2, "", "usage:"),
]


@pytest.mark.parametrize(
    ("argv", "code", "out", "err"),
    SUBPROCESS_CASES,
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_console_script(argv, code, out, err, tmp_path):
    """The installed console script behaves as main(): stdout, stderr, exit code, never a traceback."""
    result = subprocess.run(
        [SCRIPT, *argv], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == code
    assert result.stdout.startswith(out)
    assert result.stderr.startswith(err)
    assert "Traceback" not in result.stderr


def test_python_dash_m_is_the_same_program(tmp_path):
    """python -m interview_corpus runs the same CLI."""
    result = subprocess.run(
        [sys.executable, "-m", "interview_corpus", "show", "a3.p2.s3"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert (
        result.stdout
        == "Sergey Lavrov (a3)\n  [a3.p2.s3] These ambitions have literally blinded them.\n"
    )


def test_readme_main_job_runs_the_cli(tmp_path):
    """The README's first quick-start command ends by running the CLI; that CLI call works."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.strip().splitlines() if line]
    assert len(commands) == 2
    main_job = commands[0].split("&&")[-1].strip()
    assert main_job == ".venv/bin/interview-corpus"
    result = subprocess.run([SCRIPT], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert result.stdout.startswith(
        "Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump\n"
    )


def test_output_is_not_wrapped_when_piped(tmp_path):
    """Piped output keeps each paragraph on one line; there is no colour."""
    result = subprocess.run(
        [SCRIPT, "show", "a3"], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert "\x1b[" not in result.stdout


def test_terminal_output_is_wrapped(monkeypatch, capsys):
    """On a terminal, text wraps to its width with the paragraph id's indent."""
    import interview_corpus.cli._main as cli

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("shutil.get_terminal_size", type("Size", (), {"columns": 60}))
    code = cli.main(["show", "a3.p3"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert all(len(line) <= 60 for line in lines)
    assert lines[1].startswith("  [a3.p3] My messages")
    assert lines[2].startswith("          ")


class TestReadingOptions:
    """inspect, and the reading flags on every command."""

    def test_inspect_prints_the_reading(self, capsys):
        """inspect shows the layout, where the dialogue starts, and each label with its role."""
        code, out, _ = run(capsys, "inspect", "--file", str(FIXTURES / "labelled_named.txt"))
        assert code == 0
        lines = out.splitlines()
        assert lines[0] == "labelled_named: labelled layout, dialogue from line 3"
        assert lines[1] == "title: Press conference on the river clean-up"
        assert lines[2] == "2 exchanges, 2 questions, 3 answers, 1 statements, 3 remarks"
        assert (
            "Elena Park  Elena Park   interviewee      3          0        2           1        0"
            in out
        )

    def test_inspect_takes_files_as_arguments(self, capsys):
        """inspect FILE ... reads the files as --file does: the way a user first types it."""
        named = [str(FIXTURES / "labelled_named.txt"), str(FIXTURES / "labelled_qa.txt")]
        as_arguments = run(capsys, "inspect", *named)
        as_options = run(capsys, "inspect", "--file", named[0], "--file", named[1])
        assert as_arguments == as_options
        assert as_arguments[0] == 0
        assert as_arguments[1].startswith("labelled_named: labelled layout")
        assert "labelled_qa: labelled layout" in as_arguments[1]

    def test_inspect_json(self, capsys):
        """inspect --json is one document with a reading per interview."""
        code, out, _ = run(capsys, "inspect", "--json", "--file", str(FIXTURES / "labelled_qa.txt"))
        assert code == 0
        document = json.loads(out)
        reading = document["interviews"][0]
        assert (reading["interview"], reading["layout"], reading["exchanges"]) == (
            "labelled_qa",
            "labelled",
            3,
        )
        assert [row["label"] for row in reading["labels"]] == ["Q", "A"]

    def test_inspect_a_text_that_does_not_read(self, capsys, tmp_path):
        """inspect shows a failing text's markers and what each was taken for, and exits 1."""
        bad = tmp_path / "bad.txt"
        bad.write_text("Summary: none.\n\nQ: Why?\n\nA:\n\n", encoding="utf-8")
        good = tmp_path / "good.txt"
        good.write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        code, out, _ = run(capsys, "inspect", "--dir", str(tmp_path))
        assert code == 1
        lines = out.splitlines()
        assert lines[0] == (
            "bad: does not read: line 5, column 1: the label 'A' has no words after it: write "
            "the turn's text after the label"
        )
        assert "line 3: 'Q:' label -> turn" in lines
        assert "line 5: 'A:' label -> turn" in lines
        assert "good: labelled layout, dialogue from line 1" in lines
        code, out, _ = run(capsys, "inspect", "--json", "--file", str(bad))
        assert code == 1
        reading = json.loads(out)["interviews"][0]
        assert reading["error"].startswith("line 5, column 1")
        assert [m["line"] for m in reading["markers"]] == [3, 5]

    def test_dir_reads_every_kind_and_lists_what_it_skipped(self, capsys, tmp_path):
        """--dir reads .md and captions, lists skipped files on stderr; --glob narrows it."""
        (tmp_path / "a.md").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        (tmp_path / "b.txt").write_text("Q: When?\n\nA: Now.", encoding="utf-8")
        (tmp_path / "c.xlsx").write_bytes(b"PK")
        code, out, err = run(capsys, "info", "--dir", str(tmp_path))
        assert code == 0
        assert out.splitlines()[-1].startswith("2 interviews")
        assert err == (
            f"interview-corpus: {tmp_path / 'c.xlsx'}: skipped: .xlsx is not a kind of transcript "
            "read from a folder (.txt, .md, .markdown, .vtt, .srt, .html, .htm, .xhtml, .docx, "
            ".pdf); give pattern= (--glob) to read it as text\n"
        )
        code, out, err = run(capsys, "info", "--dir", str(tmp_path), "--glob", "*.md")
        assert (code, out.splitlines()[0], err) == (0, "a", "")
        code, out, err = run(capsys, "index", str(tmp_path), "-o", str(tmp_path / "c.db"), "-q")
        assert (code, "c.xlsx" in err) == (0, True)

    def test_reading_flags(self, capsys, tmp_path):
        """--interviewee, --interviewer, --moderator, --title and --style reach the parser."""
        path = tmp_path / "talk.txt"
        path.write_text(
            "Ann Lee: Why?\n\nBo Chan: Because.\n\nAnn Lee: When?\n\nBo Chan: Now.",
            encoding="utf-8",
        )
        code, out, _ = run(
            capsys, "info", "--json", "--file", str(path), "--interviewee", "Ann Lee",
            "--interviewer", "Bo Chan", "--title", "A talk",
        )  # fmt: skip
        assert code == 0
        document = json.loads(out)
        document = document[0] if isinstance(document, list) else document
        roles = {speaker["name"]: speaker["role"] for speaker in document["speakers"]}
        assert document["title"] == "A talk"
        assert roles == {"Bo Chan": "interviewer", "Ann Lee": "interviewee"}
        code, _, err = run(capsys, "--file", str(path), "--style", "dash")
        assert code == 4
        assert "no question/answer turns found" in err

    def test_no_strict_and_the_flag_in_the_message(self, capsys):
        """An error names the CLI flag that changes it; --no-strict keeps the reading."""
        bad = str(FIXTURES / "errors" / "unanswered.txt")
        code, _, err = run(capsys, "--file", bad)
        assert code == 4
        assert "pass --no-strict" in err
        assert "strict=False" not in err
        code, out, _ = run(capsys, "--file", bad, "--no-strict", "show", "2")
        assert code == 0
        assert out.splitlines()[0] == "Interviewer (q2)"


def shell_sessions():
    """Every ``$ interview-corpus ...`` line of the docs' console blocks, with the output shown after it."""
    sessions = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        blocks = re.findall(r"```console\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL)
        for block in blocks:
            for command in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
                line, _, shown = command.partition("\n")
                if not line.startswith("interview-corpus "):
                    continue  # set-up steps (python3 -m venv, pip install)
                code = 0
                if shown.rstrip().endswith("]") and "\n[exit " in "\n" + shown:
                    shown, _, status = shown.rstrip().rpartition("[exit ")
                    code = int(status.rstrip("]"))
                name = page.relative_to(ROOT / "docs").as_posix()
                sessions.append(pytest.param(line, shown, code, id=f"{name}: {line}"))
    return sessions


@pytest.mark.parametrize(("line", "shown", "code"), shell_sessions())
def test_shell_examples_in_the_docs(capsys, line, shown, code):
    """The docs show shell commands; each prints what the docs show (stdout, or stderr when it fails)."""
    import shlex

    program, *argv = shlex.split(line)
    assert program == "interview-corpus"
    status, out, err = run(capsys, *argv)
    assert (status, out if code == 0 else err) == (code, shown)


def test_the_docs_have_shell_examples():
    """The reference and the how-to each show shell sessions (so the test above checks something)."""
    pages = {param.id.split(":")[0] for param in shell_sessions()}
    assert pages == {"howto/cli.md", "howto/read.md", "reference/cli.md"}
    assert len(shell_sessions()) >= 7


def test_reading_flags_are_parse_options():
    """Each reading flag of the command line sets a ParseOptions key."""
    from interview_corpus.cli._main import _READING_FLAGS
    from interview_corpus.reading._parse import ParseOptions

    assert {option for option, _, _ in _READING_FLAGS} <= ParseOptions.__optional_keys__


class TestExitCodesAndFlags:
    """One table of exit codes across commands; messages in the command line's words."""

    @pytest.fixture
    def folder(self, tmp_path):
        folder = tmp_path / "talks"
        folder.mkdir()
        (folder / "good.txt").write_text(
            "Q: How is the harbour?\n\nA: Busy. The port is full.", encoding="utf-8"
        )
        (folder / "open.txt").write_text("– Why?\n\n– Because.\n\n– Left open?", encoding="utf-8")
        return folder

    def test_dir_messages_name_flags_as_file_messages_do(self, capsys, folder):
        """With --dir as with --file: --no-strict, never strict=False."""
        for source in (["--dir", str(folder)], ["--file", str(folder / "open.txt")]):
            _, _, err = run(capsys, *source, "info")
            assert "pass --no-strict" in err
            assert "strict=False" not in err

    def test_keep_going_messages_name_flags(self, capsys, folder):
        """Failures told after a --keep-going answer are in flags too."""
        _, _, err = run(capsys, "--dir", str(folder), "--keep-going", "info")
        assert "pass --no-strict" in err
        assert "strict=False" not in err

    @pytest.mark.parametrize(
        ("argv", "parameter", "flag"),
        [
            (["search", "a AND (", "--syntax", "fts5"], "syntax='plain'", "--syntax plain"),
            (
                ["--file", "FILE", "--encoding", "nope", "info"],
                "encoding='nope'",
                "--encoding nope",
            ),
        ],
    )
    def test_errors_name_flags_not_parameters(self, capsys, folder, argv, parameter, flag):
        """A message about a value given on the command line names its flag."""
        argv = [str(folder / "good.txt") if word == "FILE" else word for word in argv]
        code, _, err = run(capsys, *argv)
        assert code in (2, 4)
        assert flag in err
        assert parameter not in err

    def test_quote_with_keep_going_is_answered_with_some_files_failed(self, capsys, folder):
        """A verbatim quote found in the good files, one file failing: 3, not 1."""
        code, out, err = run(
            capsys, "quote", "The port is full.", "--dir", str(folder), "--keep-going"
        )
        assert code == 3
        assert out.startswith("verbatim")
        assert "open.txt" in err

    def test_search_with_keep_going_that_finds_nothing_still_says_files_failed(
        self, capsys, folder
    ):
        """Nothing found among the good files, one failing: 3, and both are said."""
        code, _, err = run(capsys, "search", "zzzzqq", "--dir", str(folder), "--keep-going")
        assert code == 3
        assert "nothing found" in err
        assert "open.txt" in err

    @pytest.mark.parametrize(
        ("argv", "code"),
        [
            (["search", "harbour"], 0),
            (["quote", "The port is full."], 0),
            (["quote", "The port is empty."], 1),
            (["search", "zzzzqq"], 1),
            (["show", "a9"], 1),
            (["search"], 2),
            (["info", "--keep-going"], 3),
        ],
    )
    def test_the_table(self, capsys, folder, argv, code):
        """0 answered, 1 answered no, 2 usage, 3 answered with files failed, 4 could not answer."""
        source = ["--dir", str(folder)]
        if "--keep-going" not in argv:
            (folder / "open.txt").unlink()
        assert run(capsys, *argv, *source)[0] == code

    def test_could_not_answer_is_4(self, capsys, folder, tmp_path):
        """An unreadable input, or an output that cannot be written: 4."""
        assert run(capsys, "info", "--dir", str(folder))[0] == 4
        assert run(capsys, "info", "--file", str(tmp_path / "missing.txt"))[0] == 4
        (tmp_path / "x.db").write_text("nope", encoding="utf-8")
        assert run(capsys, "search", "x", "--db", str(tmp_path / "x.db"))[0] == 4
        assert (
            run(capsys, "export", "--format", "csv", "-o", str(tmp_path / "no" / "x.csv"))[0] == 4
        )


def test_quote_on_a_corpus_file_parses_only_the_candidates(capsys, tmp_path, monkeypatch):
    """quote --db finds the quote among 200 much alike interviews, parsing only the index's candidates."""
    from interview_corpus.store import _file

    # Every answer has the same long words: what sets one apart is its short number, which
    # the narrow query (all of the eight longest words) leaves out.
    interviews = [
        ic.parse(
            f"Q: How is it at number {n}?\n\n"
            f"A: Everyone agrees the riverside promenade remains wonderfully peaceful at number {n}.",
            id=f"talk-{n:03}",
        )
        for n in range(200)
    ]
    path = tmp_path / "corpus.db"
    ic.Corpus.build(path, interviews, jobs=1).close()
    parsed: list[str] = []
    materialise = _file.materialise

    def counted(id: str, *stored: object) -> ic.Interview:
        parsed.append(id)
        return materialise(id, *stored)

    monkeypatch.setattr(_file, "materialise", counted)
    said = "Everyone agrees the riverside promenade remains wonderfully {} at number 150."
    for quote, code, verdict in [
        (said.format("peaceful"), 0, "verbatim"),
        (said.format("calm"), 1, "altered"),
        ("Nothing of the kind was ever said.", 1, "not-found"),
    ]:
        parsed.clear()
        found, out, _ = run(capsys, "quote", "--db", str(path), quote)
        assert (found, out.split(" ")[0]) == (code, verdict)
        assert "talk-150:a1.p1.s1" in out or verdict == "not-found"
        assert len(parsed) <= 24  # at most the candidates of the two queries, never the 200


# A transcript that tries to act on the terminal that shows it: a title (OSC 0), a clipboard
# write (OSC 52), clear screen (CSI 2J), an 8-bit CSI, a bell, a carriage return and a
# right-to-left override.
HOSTILE = (
    "The \x1b]0;pwned\x07 harbour\n\n"
    "Q: Is the harbour \x1b]52;c;ZWNobyBwd25lZA==\x07 open?\n\n"
    "A: The harbour \x1b[2J is open \x9b31m today\r \u202eevil\u202c.\n"
)
RAW = ("\x1b", "\x07", "\x9b", "\r", "\u202e", "\u202c")


def _strings(value: object) -> list[str]:
    """Every string in a JSON value, keys and values."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [*value, *(text for item in value.values() for text in _strings(item))]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8", newline="")
    return str(path)


class TestTerminalEscapes:
    """A transcript's control characters are shown, never sent to the terminal; data keeps them."""

    @pytest.mark.parametrize(
        ("argv", "shown"),
        [
            (["show", "a1"], r"The harbour \x1b[2J is open \x9b31m today \u202eevil\u202c."),
            (["show", "q1"], r"Is the harbour \x1b]52;c;ZWNobyBwd25lZA==\x07 open?"),
            (["read"], r"The \x1b]0;pwned\x07 harbour"),
            (["search", "harbour"], r"\x1b[2J"),
            (["info"], r"The \x1b]0;pwned\x07 harbour"),
            (["inspect"], r"title: The \x1b]0;pwned\x07 harbour"),
            (["quote", "The harbour \x1b[2J is open"], r'"The \x1b]0;pwned\x07 harbour";'),
            (["quote", "The harbour \x1b[3J is open"], r"The harbour \x1b[[-2J-]{+3J+} is open"),
            (["grep", "harbour"], r"\x1b]52;c;"),
        ],
    )
    def test_each_command_shows_control_characters(self, capsys, hostile, argv, shown):
        """show, read, search, info, inspect, quote and grep print escapes as ``\\x1b``, never raw."""
        code, out, err = run(capsys, *argv, "--file", hostile)
        assert code in (0, 1)
        assert [char for char in RAW if char in out + err] == []
        assert shown in out

    def test_a_file_name_with_control_characters_is_shown_in_messages(self, capsys, tmp_path):
        """A message naming a file shows the escapes in its name too (stderr is a terminal as well)."""
        name = tmp_path / "bad\x1b]0;x\x07.txt"
        name.write_text("no dialogue here", encoding="utf-8")
        code, _, err = run(capsys, "info", "--file", str(name))
        assert code == 4
        assert [char for char in RAW if char in err] == []
        assert r"bad\x1b]0;x\x07.txt" in err

    @pytest.mark.parametrize(
        "argv",
        [["show", "a1"], ["search", "harbour"], ["info"], ["quote", "The harbour \x1b[2J is open"]],
    )
    def test_json_keeps_the_text_verbatim(self, capsys, hostile, argv):
        """--json is data: its values are the text as it is, every control character a JSON escape."""
        code, out, _ = run(capsys, *argv, "--file", hostile, "--json")
        assert code == 0
        assert [char for char in RAW if char in out] == []
        assert any("\x1b[2J" in text or "\x1b]0;" in text for text in _strings(json.loads(out)))

    def test_export_keeps_the_text_verbatim(self, capsys, hostile):
        """An export format is data: Markdown on stdout holds the text's own characters."""
        code, out, _ = run(
            capsys, "export", "--format", "jsonl", "--level", "turn", "--file", hostile
        )
        assert code == 0
        texts = [json.loads(line)["text"] for line in out.splitlines()]
        assert texts[1] == "The harbour \x1b[2J is open \x9b31m today\r \u202eevil\u202c."

    def test_a_real_terminal_gets_no_escape_sequence(self, hostile):
        """Run as a program on a pseudo-terminal, show and read (through the pager) send no ESC."""
        import os
        import pty

        for argv in (["show", "1"], ["read"]):
            main, terminal = pty.openpty()
            environment = {**os.environ, "PAGER": "cat", "COLUMNS": "80", "LINES": "200"}
            with subprocess.Popen(
                [SCRIPT, *argv, "--file", hostile],
                stdin=terminal,
                stdout=terminal,
                stderr=terminal,
                env=environment,
            ) as process:
                os.close(terminal)
                received = b""
                while True:
                    try:
                        chunk = os.read(main, 65536)
                    except OSError:  # the program has ended and closed the terminal
                        break
                    if not chunk:
                        break
                    received += chunk
                assert process.wait(timeout=60) == 0
            os.close(main)
            assert b"harbour" in received
            assert [char for char in (b"\x1b", b"\x07", b"\xc2\x9b") if char in received] == []
            assert rb"\x1b[2J" in received
