"""The reproducers of issue 13: every public function and command, under hostile or careless input.

Each test failed on the main branch before the fix: a file lost or half-written,
a hang, a wrong object, or a built-in exception where the library's own belongs.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import sysconfig
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

import interview_corpus as ic
from interview_corpus.cli._main import main

from .helpers import document_with_sentences

# The bounds of interview_corpus._util.limits, as the tests expect them (and the docs state them).
MAX_QUERY_CHARACTERS = 1_000
MAX_QUERY_TERMS = 64
MIB = 2**20
FILE_BOUNDS = {"MAX_TRANSCRIPT_BYTES": 64, "MAX_FILE_BYTES": 256, "MAX_METADATA_BYTES": 16}  # MiB

SCRIPT = str(Path(sysconfig.get_path("scripts")) / "interview-corpus")
# A quick budget in CI; a long run: INTERVIEW_CORPUS_FUZZ_EXAMPLES=20000 pytest -k schema_rejects
PROPERTY_EXAMPLES = int(os.environ.get("INTERVIEW_CORPUS_FUZZ_EXAMPLES", "60"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- never lose a file ----------------------------------------------------------------------


class TestAtomicWrites:
    def test_failed_export_keeps_the_previous_file(self, iv, tmp_path):
        """An error while producing the content leaves the existing file as it was."""
        path = tmp_path / "out.csv"
        path.write_text("precious", encoding="utf-8")
        with pytest.raises(ic.ArgumentValueError):
            ic.export(iv, "csv", path, level="no-such-level")
        assert path.read_text(encoding="utf-8") == "precious"
        assert sorted(item.name for item in tmp_path.iterdir()) == ["out.csv"]

    def test_interrupted_write_keeps_the_previous_file(self, tmp_path):
        """KeyboardInterrupt half way through leaves the previous file and no temporary file."""
        path = tmp_path / "out.txt"
        path.write_text("precious", encoding="utf-8")

        from interview_corpus._util.atomic import atomic_file

        def interrupted() -> None:
            with atomic_file(path) as file:
                file.write("half")
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            interrupted()
        assert path.read_text(encoding="utf-8") == "precious"
        assert [item.name for item in tmp_path.iterdir()] == ["out.txt"]

    def test_a_successful_write_keeps_the_files_permissions(self, iv, tmp_path):
        """The renamed file has the permission bits of the file it replaces."""
        path = tmp_path / "out.md"
        path.write_text("old", encoding="utf-8")
        path.chmod(0o640)
        ic.export(iv, "markdown", path)
        assert (path.stat().st_mode & 0o777, path.read_text(encoding="utf-8")[:2]) == (0o640, "# ")

    def test_a_written_file_is_on_the_disk_before_it_replaces_the_old(
        self, iv, tmp_path, monkeypatch
    ):
        """An export's file is synced (fsync) before it is renamed into place, and its folder after."""
        events = record_syncs_and_renames(monkeypatch)
        path = tmp_path / "out.md"
        path.write_text("old", encoding="utf-8")
        ic.export(iv, "markdown", path)
        file, folder = path.stat().st_ino, tmp_path.stat().st_ino
        assert events.index(("sync", file)) < events.index(("rename", file))
        assert events.index(("rename", file)) < events.index(("sync", folder))

    def test_a_written_folder_is_on_the_disk_before_it_is_renamed(self, iv, tmp_path, monkeypatch):
        """An export's folder: each file and the folder synced before the rename, its parent after."""
        events = record_syncs_and_renames(monkeypatch)
        target = tmp_path / "corpus"
        ic.export(iv, "convokit", target)
        folder, parent = target.stat().st_ino, tmp_path.stat().st_ino
        for item in target.iterdir():
            assert events.index(("sync", item.stat().st_ino)) < events.index(("rename", folder))
        assert events.index(("sync", folder)) < events.index(("rename", folder))
        assert events.index(("rename", folder)) < events.index(("sync", parent))

    def test_interrupted_directory_keeps_the_previous_folder(self, tmp_path):
        """An interrupted ConvoKit-style folder write leaves the existing folder untouched."""
        target = tmp_path / "corpus"
        target.mkdir()
        (target / "utterances.jsonl").write_text("old", encoding="utf-8")

        from interview_corpus._util.atomic import atomic_directory

        def interrupted() -> None:
            with atomic_directory(target) as folder:
                (folder / "utterances.jsonl").write_text("new", encoding="utf-8")
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            interrupted()
        assert (target / "utterances.jsonl").read_text(encoding="utf-8") == "old"
        assert [item.name for item in tmp_path.iterdir()] == ["corpus"]

    def test_convokit_into_an_existing_folder_keeps_other_files(self, iv, tmp_path):
        """Exporting into a folder replaces the five files and leaves the user's others alone."""
        (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
        ic.export(iv, "convokit", tmp_path)
        names = sorted(item.name for item in tmp_path.iterdir())
        assert names == [
            "conversations.json",
            "corpus.json",
            "index.json",
            "notes.txt",
            "speakers.json",
            "utterances.jsonl",
        ]

    def test_convokit_onto_a_file_is_a_write_error(self, iv, tmp_path):
        """A file where the folder should go is a WriteError, and the file is kept."""
        path = tmp_path / "file"
        path.write_text("precious", encoding="utf-8")
        with pytest.raises(ic.WriteError) as caught:
            ic.export(iv, "convokit", path)
        assert (caught.value.path, path.read_text(encoding="utf-8")) == (str(path), "precious")

    def test_unwritable_target_is_a_write_error(self, iv, tmp_path):
        """A path in a folder that does not exist is a WriteError naming it."""
        path = tmp_path / "missing" / "out.csv"
        with pytest.raises(ic.WriteError) as caught:
            ic.export(iv, "csv", path)
        assert caught.value.path == str(path)

    def test_csv_spreadsheet_option_neutralises_formulas(self):
        """spreadsheet=True puts a quote before cells that start like a formula; default keeps text."""
        interview = ic.parse("– =1+1?\n\n– @SUM(A1) -2 +3", id="formulas")
        plain = ic.export(interview, "csv", level="turn")
        safe = ic.export(interview, "csv", level="turn", spreadsheet=True)
        assert ",=1+1?," in plain
        assert ",'=1+1?," in safe
        assert ",'@SUM(A1) -2 +3," in safe


# -- the command line: one line, never a traceback -------------------------------------------


def record_syncs_and_renames(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Record, in order, each fsync and each rename (by the inode of what is synced or renamed);
    both still do their work."""
    events: list[tuple[str, int]] = []
    fsync, rename, replace = os.fsync, os.rename, os.replace

    def recording_fsync(descriptor: int) -> None:
        events.append(("sync", os.fstat(descriptor).st_ino))
        fsync(descriptor)

    def recording(move):  # os.rename or os.replace, which Path.rename and Path.replace call
        def moved(source, target, *args, **kwargs):
            events.append(("rename", Path(source).stat().st_ino))
            move(source, target, *args, **kwargs)

        return moved

    monkeypatch.setattr(os, "fsync", recording_fsync)
    monkeypatch.setattr(os, "rename", recording(rename))
    monkeypatch.setattr(os, "replace", recording(replace))
    return events


class TestCommandLine:
    def test_dash_output_is_stdout(self, capsys, tmp_path, monkeypatch):
        """-o - writes to stdout, not to a file named '-'."""
        monkeypatch.chdir(tmp_path)
        code, out, _ = run(capsys, "export", "--format", "jsonl", "--level", "exchange", "-o", "-")
        assert (code, len(out.splitlines()), list(tmp_path.iterdir())) == (0, 5, [])

    def test_convokit_onto_a_file(self, capsys, tmp_path):
        """export --format convokit -o FILE is one line and exit 4, the file intact."""
        path = tmp_path / "file"
        path.write_text("precious", encoding="utf-8")
        code, _, err = run(capsys, "export", "--format", "convokit", "-o", str(path))
        assert (code, err.count("\n"), path.read_text(encoding="utf-8")) == (4, 1, "precious")
        assert "is a file" in err

    def test_huge_exchange_number_target(self, capsys):
        """show with a 5,000-digit number is a 'no exchange' message, not int()'s ValueError."""
        code, _, err = run(capsys, "show", "1" * 5000)
        assert (code, err.count("\n")) == (1, 1)

    def test_superscript_digit_target(self, capsys):
        """show ² is a 'no id' message, not an int() traceback."""
        code, _, err = run(capsys, "show", "²")
        assert (code, err.startswith("interview-corpus: no id '²'")) == (1, True)

    def test_huge_limit(self, capsys):
        """--limit beyond SQLite's integers still searches."""
        code, out, _ = run(capsys, "search", "Europe", "--limit", "9223372036854775808")
        assert (code, out.splitlines()[0].startswith(" 1. ")) == (0, True)

    @pytest.mark.parametrize("argv", [["show", "1"], ["info", "--json"], ["info"]])
    def test_empty_directory(self, capsys, tmp_path, argv):
        """--dir of a folder without transcripts is one line and a usage error (exit 2)."""
        code, out, err = run(capsys, "--dir", str(tmp_path), *argv)
        assert (code, out, err) == (
            2,
            "",
            f"interview-corpus: {tmp_path}: no transcripts in this directory\n",
        )

    def test_stdout_that_cannot_encode(self):
        """A stdout in ASCII shows other characters as escapes, with exit 0."""
        result = subprocess.run(
            [SCRIPT, "info"],
            capture_output=True,
            env={**os.environ, "PYTHONIOENCODING": "ascii"},
            check=False,
        )
        assert (result.returncode, result.stderr) == (0, b"")
        assert b"\\u2014" in result.stdout  # the em dash of a speaker's description

    def test_full_disk(self):
        """info > /dev/full is one line on stderr, exit 1, no traceback."""
        with Path("/dev/full").open("w") as full:
            result = subprocess.run(
                [SCRIPT, "info"],
                stdout=full,
                capture_output=False,
                stderr=subprocess.PIPE,
                check=False,
            )
        assert (result.returncode, result.stderr.count(b"\n")) == (4, 1)
        assert b"No space left on device" in result.stderr

    def test_closed_stdout(self):
        """Started with stdout closed (>&-): one line, exit 1."""
        result = subprocess.run(
            [SCRIPT, "info"],
            preexec_fn=lambda: os.close(1),  # the shell's >&-, without a shell
            stderr=subprocess.PIPE,
            check=False,
        )
        assert (result.returncode, result.stderr.count(b"\n")) == (4, 1)
        assert b"stdout is closed" in result.stderr

    def test_ctrl_c_is_one_line_and_130(self, tmp_path):
        """Ctrl-C while working exits 130 with one line and no traceback."""
        turns = "".join(f"– Question {n}?\n\n– Answer {n}. It is long.\n\n" for n in range(40_000))
        (tmp_path / "big.txt").write_text(turns, encoding="utf-8")
        process = subprocess.Popen(
            [SCRIPT, "--file", str(tmp_path / "big.txt"), "info"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(1.5)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
        assert (process.returncode, err) == (130, b"interview-corpus: interrupted\n")


def test_python_is_the_one_running_the_script():
    """The console script these tests run belongs to this interpreter."""
    assert Path(SCRIPT).parent == Path(sys.executable).parent


# -- bounded search ------------------------------------------------------------------------


class TestBoundedSearch:
    def test_too_long_a_query(self, iv):
        """A query beyond MAX_QUERY_CHARACTERS is a QueryError at once, not 4 s of ranking."""
        with pytest.raises(ic.QueryError) as caught:
            iv.search("t* " * 2000)
        assert caught.value.position == MAX_QUERY_CHARACTERS

    @pytest.mark.parametrize("syntax", ["plain", "fts5"])
    def test_too_many_terms(self, iv, syntax):
        """More than MAX_QUERY_TERMS words is a QueryError at the first word too many."""
        joiner = " " if syntax == "plain" else " OR "
        query = joiner.join(f"w{n}*" for n in range(MAX_QUERY_TERMS + 1))
        with pytest.raises(ic.QueryError) as caught:
            iv.search(query, syntax=syntax)
        assert caught.value.position == query.index(f"w{MAX_QUERY_TERMS}*")

    def test_the_most_terms_allowed_still_search(self, iv):
        """MAX_QUERY_TERMS ORed prefixes are accepted and rank."""
        query = " OR ".join(["t*"] * MAX_QUERY_TERMS)
        assert len(iv.search(query, syntax="fts5", limit=3)) == 3

    def test_the_cli_has_the_same_limits(self, capsys):
        """The search command reports the limit as a usage error (exit 2), one line."""
        code, _, err = run(capsys, "search", "t* " * 2000)
        assert (code, err.count("\n")) == (2, 1)
        assert f"longer than {MAX_QUERY_CHARACTERS} characters" in err

    def test_huge_limit_means_every_hit(self, iv):
        """limit=2**63 returns every hit instead of raising sqlite3.IntegrityError."""
        assert len(iv.search("Russia", limit=2**63)) == len(iv.search("Russia", limit=None))

    def test_bad_mark(self, iv):
        """mark=("[",) is an InvalidArgumentTypeError, not sqlite3.ProgrammingError."""
        with pytest.raises(ic.InvalidArgumentTypeError):
            iv.search("Russia", mark=("[",))

    def test_surrogate_in_query(self, iv):
        """A lone surrogate in a query is a QueryError, not UnicodeEncodeError."""
        with pytest.raises(ic.QueryError):
            iv.search("Russia\udcff")

    def test_no_lock_is_held_across_a_query(self, iv):
        """A thread that has searched once searches again while another holds the index's lock.

        On main, every query ran under that lock, so one long query made every
        other search of the interview wait for it.
        """
        index = _search_index(iv)
        ready, go = threading.Event(), threading.Event()
        found: list[str] = []

        def searcher() -> None:
            iv.search("Europe")  # this thread's copy of the index
            ready.set()
            go.wait()
            found.extend(hit.id for hit in iv.search("frozen assets"))

        worker = threading.Thread(target=searcher)
        worker.start()
        ready.wait()
        with index._lock:  # as a long query held it
            go.set()
            worker.join(timeout=10)
            waited = worker.is_alive()
        worker.join()
        assert (waited, found) == (False, ["q3.p1"])

    def test_a_search_past_its_time_budget_is_stopped(self, monkeypatch):
        """A search that runs past QUERY_SECONDS stops with a QueryError that says so."""
        from interview_corpus.query import _fts

        text = "".join(f"– Question {n}?\n\n– Yes.\n\n" for n in range(2000))
        many = ic.parse(text, id="many")
        assert len(many.search("Question", limit=None)) == 2000
        monkeypatch.setattr(_fts, "QUERY_SECONDS", 0.0)
        with pytest.raises(ic.QueryError, match="took longer than 0 seconds"):
            many.search("Question", limit=None)


# -- grep, concordance and mentions: bounded and linear ---------------------------------------


class TestPatterns:
    def test_the_issue_pattern_returns(self, iv):
        """grep(r"(\\w+\\s?)+$") on the bundled interview returns (it never did with re)."""
        assert iv.grep(r"(\w+\s?)+$") == []

    def test_a_pattern_past_its_time_budget_is_stopped(self, monkeypatch):
        """A backtracking pattern stops with a QueryError after REGEX_SECONDS."""
        from interview_corpus.query import _grep

        monkeypatch.setattr(_grep, "REGEX_SECONDS", 0.05)
        interview = ic.parse("– Why?\n\n– " + "a" * 40 + "!", id="x")
        with pytest.raises(ic.QueryError, match=r"ran longer than 0\.05 seconds") as caught:
            interview.grep(r"(a|aa)+b")
        assert caught.value.query == r"(a|aa)+b"

    def test_compiled_patterns_keep_their_flags(self, iv):
        """A compiled re.Pattern runs with its own flags, as before."""
        import re

        assert [m.text for m in iv.grep(re.compile("taiwan", re.IGNORECASE))][:1] == ["Taiwan"]

    def test_sentence_ids_in_a_long_paragraph(self):
        """Matches in a paragraph of many sentences name the right sentence (found by bisection)."""
        text = "– Why?\n\n– " + " ".join(f"Word{k} is here." for k in range(2000))
        interview = ic.parse(text, id="long")
        matches = interview.grep(r"Word1999\b")
        lines = interview.concordance("Word1500")
        assert (matches[0].sentence_id, lines[0].sentence_id) == ("a1.p1.s2000", "a1.p1.s1501")

    @pytest.mark.parametrize(
        ("alias", "written"),
        [("ıstanbul", "Istanbul"), ("ςigma", "Σigma"), ("ſtrasse", "Strasse")],
    )
    def test_aliases_whose_first_letter_changes_under_case_mapping(self, alias, written):
        """A name written with the other case of ς, ı or ſ is a mention, not a KeyError."""
        entity = ic.Entity(id="e", name=alias, kind="place", aliases=(alias,))
        interview = ic.parse(f"– Is {alias} here?\n\n– {written} is.", id="x", entities=[entity])
        assert [m.text for m in interview.mentions("e")] == [alias, written]

    def test_dotted_capital_i_is_matched(self):
        """İzmir (whose lower case is two characters) is found as written."""
        entity = ic.Entity(id="izmir", name="İzmir", kind="place", aliases=("İzmir",))
        interview = ic.parse("– And İzmir?\n\n– İzmir, yes.", id="x", entities=[entity])
        assert [m.span.start for m in interview.mentions("izmir")] == [6, 16]


# -- a strict JSON reader ------------------------------------------------------------------


def _document(iv):
    # Version 1 (every object's text, every sentence): what the strictest checks apply to.
    return document_with_sentences(iv, version=1)


def _sentence(document):
    return document["interview"]["exchanges"][0]["answers"][0]["paragraphs"][0]["sentences"][0]


class TestStrictJson:
    @pytest.mark.parametrize(
        ("change", "path"),
        [
            (lambda d: _sentence(d)["span"].update(start=6.7), "start"),
            (lambda d: _sentence(d).update(number="1"), "number"),
            (lambda d: _sentence(d).update(number=1.9), "number"),
            (lambda d: _sentence(d).update(number=True), "number"),
            (lambda d: d["interview"].update(outlet=5), "$.interview.outlet"),
            (lambda d: d["interview"].update(url={"a": 1}), "$.interview.url"),
            (lambda d: d["interview"].update(id="../x y"), "$.interview.id"),
            (lambda d: d.update(version=True), "$.version"),
            (lambda d: d["interview"].update(published="2025-W52"), "$.interview.published"),
        ],
    )
    def test_documents_the_schema_rejects(self, iv, change, path):
        """What the JSON Schema rejects, from_json rejects, naming the path."""
        document = _document(iv)
        change(document)
        with pytest.raises(ic.DocumentError) as caught:
            ic.from_json(json.dumps(document))
        assert caught.value.path.endswith(path)

    def test_nan_is_not_json(self, iv):
        """NaN (which json.dumps writes by default) is refused, not stored as 'nan'."""
        document = _document(iv)
        document["interview"]["title"] = float("nan")
        with pytest.raises(ic.DocumentError, match="NaN is not a JSON number"):
            ic.from_json(json.dumps(document))

    def test_duplicate_keys(self, iv):
        """An object with a key twice is refused (the last one silently won)."""
        text = ic.to_json(iv).replace(
            '"format": "interview-corpus"', '"format": "x", "format": "interview-corpus"', 1
        )
        with pytest.raises(ic.DocumentError, match="'format' appears twice"):
            ic.from_json(text)

    def test_duplicate_sentence_ids(self, iv):
        """Two sentences with one id are refused (lookup returned the wrong one)."""
        document = _document(iv)
        paragraph = document["interview"]["exchanges"][0]["answers"][0]["paragraphs"][0]
        paragraph["sentences"][1]["id"] = paragraph["sentences"][0]["id"]
        with pytest.raises(ic.DocumentError) as caught:
            ic.from_json(json.dumps(document))
        assert caught.value.path.endswith("sentences[1].id")

    def test_sentence_pointing_at_another_turns_text(self, iv):
        """A sentence whose span lies in another turn is refused, even if it reproduces its text."""
        document = _document(iv)
        other = document["interview"]["exchanges"][1]["answers"][0]["paragraphs"][0]["sentences"][0]
        _sentence(document).update(span=other["span"], text=other["text"])
        with pytest.raises(ic.DocumentError, match="outside its paragraph"):
            ic.from_json(json.dumps(document))

    def test_answers_removed_while_segments_name_them(self, iv):
        """Removing answers that segments still name is refused."""
        document = _document(iv)
        document["interview"]["exchanges"][4]["answers"] = []
        with pytest.raises(ic.DocumentError):
            ic.from_json(json.dumps(document))

    @pytest.mark.parametrize("field", ["turn_id", "paragraph_id"])
    def test_wrong_parent_ids(self, iv, field):
        """A paragraph's turn_id or a sentence's paragraph_id must name its parent."""
        document = _document(iv)
        paragraph = document["interview"]["exchanges"][0]["answers"][0]["paragraphs"][0]
        target = paragraph if field == "turn_id" else paragraph["sentences"][0]
        target[field] = "q1" if field == "turn_id" else "q1.p1"
        with pytest.raises(ic.DocumentError) as caught:
            ic.from_json(json.dumps(document))
        assert caught.value.path.endswith(field)

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            (b"\xff", "not UTF-8"),
            ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
            ('{"format": "interview-corpus", "version": ' + "1" * 5000 + "}", "5000 digits"),
        ],
    )
    def test_built_ins_do_not_escape(self, text, reason):
        """Bad bytes, deep nesting and huge integers are DocumentErrors, not built-in errors."""
        with pytest.raises(ic.DocumentError, match=reason):
            ic.from_json(text)

    @pytest.mark.parametrize("value", [{}, "", [1], [None]])
    @pytest.mark.parametrize("name", ["answers", "follow_ups"])
    def test_an_exchanges_turns_are_an_array_of_objects(self, name, value):
        """An empty object or string where the exchange's turns stand is refused, as the schema does.

        (Hypothesis found ``"follow_ups": {}`` read as no follow-ups.)
        """
        document = json.loads(SMALL_JSON)
        document["interview"]["exchanges"][0][name] = value
        with pytest.raises(ic.DocumentError) as caught:
            ic.from_json(json.dumps(document))
        assert ".exchanges[0]" in caught.value.path

    def test_lone_surrogate_in_a_document(self, iv):
        """A lone surrogate (\\udcff) in a document's string is refused."""
        text = ic.to_json(iv).replace('"title": "Foreign', '"title": "\\udcffForeign', 1)
        with pytest.raises(ic.DocumentError, match="lone surrogate"):
            ic.from_json(text)

    @settings(
        max_examples=PROPERTY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    @given(data=st.data())
    def test_every_document_the_schema_rejects_from_json_rejects(self, data):
        """Property: a random change that the JSON Schema rejects, from_json rejects too."""
        jsonschema = pytest.importorskip("jsonschema")
        document = json.loads(SMALL_JSON)
        _mutate(document, data)
        text = json.dumps(document)
        if jsonschema.Draft202012Validator(ic.json_schema()).is_valid(document):
            event("the schema accepts the change")
            with contextlib.suppress(ic.DocumentError):
                ic.from_json(text)
            return
        event("the schema rejects the change")
        with pytest.raises(ic.DocumentError):
            ic.from_json(text)


SMALL_JSON = ic.to_json(
    ic.parse(
        "A title\n\n– Why?\n\n– Because. So.\n\nMore.",
        id="small",
        entities=[ic.Entity(id="x", name="X", kind="place", aliases=("X",))],
        topics=[ic.Topic("why", "Why", "Reasons.", ("why",))],
        published="2025-01-02",
    )
)

_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=5,
)


def _mutate(document, data):
    """Replace, delete or add one value somewhere in the document."""
    node = document
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and data.draw(st.booleans()):
            node = child
            continue
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            node[key] = data.draw(_JSON_VALUES)
        elif action == "delete":
            del node[key]
        elif isinstance(node, dict):
            node[data.draw(st.text(max_size=8))] = data.draw(_JSON_VALUES)
        else:
            node.append(data.draw(_JSON_VALUES))
        return


# -- only the library's own errors -----------------------------------------------------------


class TestOwnErrors:
    @pytest.mark.parametrize(
        ("options", "error"),
        [
            ({"topics": ["x"]}, ic.InvalidArgumentTypeError),
            ({"entities": ["x"]}, ic.InvalidArgumentTypeError),
            ({"entities": "Russia"}, ic.InvalidArgumentTypeError),
            ({"title": 5}, ic.InvalidArgumentTypeError),
            ({"url": b"http://x"}, ic.InvalidArgumentTypeError),
        ],
    )
    def test_parse_metadata_types(self, options, error):
        """parse() refuses metadata of the wrong type instead of storing it or failing later."""
        with pytest.raises(error):
            ic.parse("– Why?\n\n– Because.", id="x", **options)

    def test_surrogates_are_refused_at_parse(self):
        """Text decoded with surrogateescape is a TranscriptError at the surrogate."""
        text = b"\xe2\x80\x93 Why?\n\n\xe2\x80\x93 Caf\xe9.".decode("utf-8", "surrogateescape")
        with pytest.raises(ic.TranscriptError, match="lone surrogate") as caught:
            ic.parse(text, id="x")
        assert (caught.value.line, caught.value.column) == (3, 6)

    @pytest.mark.parametrize(
        ("path", "error"),
        [
            (None, ic.InvalidArgumentTypeError),
            ("a\0b", ic.ReadError),
            (b"x", ic.InvalidArgumentTypeError),
        ],
    )
    def test_read_odd_paths(self, path, error):
        """read(None), read('a\\0b') and read(bytes) are the library's errors."""
        with pytest.raises(error):
            ic.read(path)

    def test_huge_exchange_number(self, iv):
        """iv.exchange('1' * 5000) is a NotFoundError, not int()'s ValueError."""
        with pytest.raises(ic.NotFoundError):
            iv.exchange("1" * 5000)

    @pytest.mark.usefixtures("fresh_cache")
    def test_an_entity_lexicon_is_not_an_interview(self):
        """load('tass-2065861.entities') is a NotFoundError, not a KeyError."""
        with pytest.raises(ic.NotFoundError):
            ic.load("tass-2065861.entities")

    @pytest.mark.parametrize(
        ("pattern", "error"),
        [
            ("", ic.ArgumentValueError),
            ("/etc/*.txt", ic.ArgumentValueError),
            (5, ic.InvalidArgumentTypeError),
            ("**a", ic.ArgumentValueError),
        ],
    )
    def test_from_directory_patterns(self, tmp_path, pattern, error):
        """Empty, absolute, invalid and non-str patterns are the library's errors."""
        with pytest.raises(error):
            ic.Corpus.from_directory(tmp_path, pattern)

    @pytest.mark.parametrize(
        ("call", "error"),
        [
            (lambda at: ic.export(at.iv, "csv", 5), ic.InvalidArgumentTypeError),
            (lambda at: ic.export(at.iv, "csv", at.tmp / "a\0b"), ic.WriteError),
            (lambda at: ic.export(at.iv, "csv", at.tmp / ("x" * 5000)), ic.WriteError),
            (lambda at: ic.export(at.iv, "json", indent=2**63), ic.ArgumentValueError),
            (lambda at: ic.export(at.iv, "json", indent=1.5), ic.InvalidArgumentTypeError),
            (lambda _: ic.Corpus(5), ic.InvalidArgumentTypeError),
            (lambda _: ic.Corpus.from_directory("x" * 5000), ic.ReadError),
            (lambda _: ic.Span(None, 3), ic.InvalidArgumentTypeError),
            (lambda _: ic.Span(5, 3), ic.ArgumentValueError),
            (lambda _: ic.Entity(id=5, name="x", kind="place"), ic.InvalidArgumentTypeError),
        ],
    )
    def test_other_public_calls(self, iv, tmp_path, call, error):
        """Odd targets, indents, corpora, spans and entity ids found by an API fuzz: own errors."""
        with pytest.raises(error):
            call(SimpleNamespace(iv=iv, tmp=tmp_path))

    @pytest.mark.parametrize("path", [None, 5, b"/tmp"])
    def test_from_directory_paths(self, path):
        """A folder given as None, a number or bytes is an InvalidArgumentTypeError."""
        with pytest.raises(ic.InvalidArgumentTypeError):
            ic.Corpus.from_directory(path)

    @pytest.mark.usefixtures("fresh_cache")
    @pytest.mark.parametrize(
        ("damaged", "reason"), [(b'{"id": [', "valid UTF-8 JSON"), (b"[1]", "a JSON object")]
    )
    def test_malformed_bundled_annotation(self, monkeypatch, damaged, reason):
        """A damaged annotation file is an IntegrityError, not a JSONDecodeError or a KeyError
        (read when the text is parsed: here, with no saved reading)."""
        from interview_corpus.reading import _bundled

        real = _bundled.read_data
        replaced = {".json": damaged, ".pickle": None}
        monkeypatch.setattr(
            _bundled,
            "read_data",
            lambda name: replaced.get(name[name.rindex(".") :], real(name)),
        )
        with pytest.raises(ic.IntegrityError, match=reason):
            _bundled._load_bundled("tass-2065861")

    def test_malformed_bundled_lexicon(self):
        """A damaged lexicon file (TOML) is an IntegrityError, not a TOMLDecodeError."""
        from interview_corpus.reading import _bundled

        with pytest.raises(ic.IntegrityError, match="valid UTF-8 TOML"):
            _bundled._toml("tass-2065861.entities.toml", b"id = [")


# -- nothing skipped silently, nothing read forever ---------------------------------------------


class TestFiles:
    def test_broken_links_are_failures(self, tmp_path):
        """A dangling and a looping *.txt link are failures in the report, not skipped."""
        (tmp_path / "good.txt").write_text("– Why?\n\n– Because.", encoding="utf-8")
        (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
        (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
        corpus, failures = ic.Corpus.from_directory(tmp_path, errors="collect")
        assert corpus.ids == ("good",)
        assert sorted(Path(failure.path).name for failure in failures) == [
            "dangling.txt",
            "loop.txt",
        ]

    def test_a_fifo_is_refused_not_waited_on(self, tmp_path):
        """--file FIFO is refused at once (it hung waiting for a writer)."""
        fifo = tmp_path / "pipe.txt"
        os.mkfifo(fifo)
        with pytest.raises(ic.ReadError, match="not a regular file"):
            ic.read(fifo)

    def test_a_fifo_in_a_folder_is_a_failure(self, tmp_path):
        """A FIFO among the transcripts is reported, not waited on."""
        os.mkfifo(tmp_path / "pipe.txt")
        _, failures = ic.Corpus.from_directory(tmp_path, errors="collect")
        assert [failure.reason[:22] for failure in failures] == ["not a regular file (a "]

    def test_dev_zero_is_refused(self):
        """--file /dev/zero is refused instead of read without limit."""
        with pytest.raises(ic.ReadError, match="not a regular file"):
            ic.read("/dev/zero")

    def test_a_transcript_over_64_mib_is_refused_unread(self, tmp_path):
        """A text over 64 MiB is a ReadError that says the limit (one of 200 MB peaked at 3.67 GB)."""
        path = tmp_path / "huge.txt"
        with path.open("wb") as file:
            file.truncate(64 * 2**20 + 1)  # sparse: made at once, and refused before it is read
        with pytest.raises(ic.ReadError) as error:
            ic.read(path)
        assert error.value.reason == (
            "larger than 64 MiB, the most a transcript may hold: split it into one file per interview"
        )

    def test_the_cli_refuses_special_files(self, capsys):
        """The command line reports a device as one line, exit 4."""
        code, _, err = run(capsys, "--file", "/dev/zero", "info")
        assert (code, err.count("\n")) == (4, 1)


# -- exports valid for their consumers -------------------------------------------------------


class TestExportsAreValid:
    @pytest.mark.parametrize("char", ["\f", "\v", "\x1b", "\x00", "\ufffe"])
    def test_tei_with_characters_xml_forbids(self, char):
        """TEI stays well-formed when the text holds \\f, \\v, ESC…: they become <g> elements."""
        import xml.etree.ElementTree as ET

        interview = ic.parse(f"– Why{char}now?\n\n– Because.", id="x", url=f"http://x/{char}")
        root = ET.fromstring(ic.export(interview, "tei").encode("utf-8"))
        seg = root.find(".//{http://www.tei-c.org/ns/1.0}seg")
        glyph = seg.find("{http://www.tei-c.org/ns/1.0}g")
        assert (seg.text, glyph.get("n"), glyph.tail) == ("Why", f"U+{ord(char):04X}", "now?")

    def test_tei_keeps_carriage_returns(self):
        """A raw \\r inside a paragraph survives an XML parse."""
        import xml.etree.ElementTree as ET

        interview = ic.parse("– Why\rnot?\n\n– Because.", id="x")
        root = ET.fromstring(ic.export(interview, "tei").encode("utf-8"))
        assert root.find(".//{http://www.tei-c.org/ns/1.0}seg").text == "Why\rnot?"

    def test_tei_ids_are_unique(self):
        """A speaker labelled Q1 does not share xml:id="q1" with the first question."""
        import xml.etree.ElementTree as ET

        interview = ic.parse("Q1: Why?\n\nJane: Because.", id="x", interviewer="Q1")
        root = ET.fromstring(ic.export(interview, "tei").encode("utf-8"))
        ids = [element.get("{http://www.w3.org/XML/1998/namespace}id") for element in root.iter()]
        ids = [each for each in ids if each]
        assert (len(ids), "person.q1" in ids) == (len(set(ids)), True)

    def test_markdown_escapes_line_start_markup_in_front_matter(self):
        """A multi-line lede or description cannot start a heading or list in the output."""
        speaker = ic.Speaker("Jane", "interviewee", description="one\n# two\n- three")
        interview = ic.parse("Title\n\n– Why?\n\n– Because.", id="x", interviewee=speaker)
        text = ic.export(interview, "markdown")
        assert "\n#" not in text.replace("\n# Title", "").replace("\n## ", "")
        assert r"one \# two - three" in text

    def test_markdown_url_cannot_inject_html(self):
        """A URL with '>' and a tag is escaped text, not raw HTML."""
        url = "http://ok> <img src=x onerror=alert(1)>"
        text = ic.export(ic.parse("– Why?\n\n– Because.", id="x", url=url), "markdown")
        assert r"- **URL:** http://ok\> \<img src=x onerror=alert(1)\>" in text.splitlines()

    def test_markdown_escapes_ampersands(self):
        """& is escaped, so '&amp;' in a text stays '&amp;' when rendered."""
        text = ic.export(ic.parse("– A &amp; B?\n\n– Yes.", id="x"), "markdown")
        assert r"A \&amp; B?" in text

    def test_markdown_keeps_plain_links(self, iv):
        """An ordinary web address is still an autolink."""
        assert f"<{iv.url}>" in ic.export(iv, "markdown")


def _search_index(iv):
    """The interview's own index (its searches use it), built by a first search."""
    iv.search("Europe")
    return iv._cache["search"]


def test_the_limits_are_the_documented_ones():
    """The bounds in _limits are those these tests and docs/explanation/limits.md state."""
    from interview_corpus._util import limits as _limits

    assert (_limits.MAX_QUERY_CHARACTERS, _limits.MAX_QUERY_TERMS) == (
        MAX_QUERY_CHARACTERS,
        MAX_QUERY_TERMS,
    )
    documented = (Path(__file__).parents[1] / "docs" / "explanation" / "limits.md").read_text()
    for name, mebibytes in FILE_BOUNDS.items():
        assert getattr(_limits, name) == mebibytes * MIB
        assert f"| {mebibytes} MiB" in documented


@pytest.mark.usefixtures("fresh_cache")
def test_the_entity_lexicon_is_checksummed(monkeypatch):
    """An edited entity lexicon is an IntegrityError when the mentions are first asked for."""
    from interview_corpus.reading import _bundled

    real = _bundled.read_data
    monkeypatch.setattr(
        _bundled,
        "read_data",
        lambda name: (
            real(name) + b"\n# edited\n" if name.endswith(".entities.toml") else real(name)
        ),
    )
    with pytest.raises(ic.IntegrityError) as caught:
        ic.load().mentions("Zelensky")
    assert caught.value.resource == "tass-2065861.entities.toml"
