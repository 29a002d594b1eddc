"""Tests for the corpus file: Corpus.build, Corpus.open, CorpusFile and the `index` command."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import pickle
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

import interview_corpus as ic
from interview_corpus.cli._main import main

from .conftest import FIXTURES
from .helpers import BAD_SIDECAR_VALUES

GOOD = ["dash_em_crlf.txt", "labelled_named.txt", "labelled_qa.txt"]
BUNDLED = resources.files("interview_corpus").joinpath("data", "tass-2065861.txt")
QUERIES = ["frozen assets", "russia", '"united states"', "sanction*", "HAMAS", "Europe peace"]


@pytest.fixture
def folder(tmp_path):
    """Three fixture transcripts and a copy of the bundled one, in a folder of their own."""
    source = tmp_path / "transcripts"
    source.mkdir()
    for name in GOOD:
        shutil.copy(FIXTURES / name, source / name)
    (source / "tass.txt").write_bytes(BUNDLED.read_bytes())
    return source


@pytest.fixture
def many(tmp_path):
    """300 transcripts: enough that building takes a few seconds."""
    source = tmp_path / "many"
    source.mkdir()
    text = BUNDLED.read_bytes()
    for number in range(300):
        (source / f"talk-{number:03d}.txt").write_bytes(text)
    return source


def sources(folder: Path) -> list[Path | ic.Interview]:
    """The folder's transcripts, and the bundled interview (with its lexicon and topics)."""
    return [folder, ic.load()]


def in_memory(folder: Path) -> ic.Corpus:
    """What the sources give when read into memory."""
    return ic.Corpus([*(ic.read(path) for path in sorted(folder.glob("*.txt"))), ic.load()])


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a corpus file, in a stable order."""
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
            )
        ]
        return {
            table: sorted(
                connection.execute(f"SELECT * FROM {table}").fetchall(),
                key=repr,
            )
            for table in tables
        }


class TestEquality:
    def test_interviews_equal_parsing_their_source(self, folder, tmp_path):
        """Every interview of an opened file equals reading its file, lexicon included."""
        with ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1) as corpus:
            assert corpus.ids == in_memory(folder).ids
            for read in in_memory(folder):
                assert corpus[read.id] == read
                assert corpus[read.id].lexicon == read.lexicon

    def test_open_and_search_import_no_parser(self, tmp_path):
        """A new process that opens a file and searches it imports neither the reading wing (the
        parser, the loader, tomllib) nor the JSON wing's cattrs and json (for the build's and other
        queries' columns only)."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, [ic.load()]).close()
        code = (
            "import sys, interview_corpus as ic\n"
            f"print(ic.Corpus.open({str(path)!r}).search('frozen assets')[0].id)\n"
            "parser = {'interview_corpus.reading._parse', 'interview_corpus.reading._load',"
            " 'interview_corpus.reading._layout', 'interview_corpus.json._documents', 'cattrs',"
            " 'tomllib', 'json'}\n"
            "print(sorted(parser & set(sys.modules)))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.split("\n")[:2] == ["q3.p1", "[]"]

    def test_open_and_search_import_neither_attrs_nor_the_model(self, tmp_path):
        """A new process that opens a file, searches it and reads its first hit's id, text and
        snippet imports neither attrs nor the model wing (nor the Interview façade, nor the
        failures of files): the hits build their paragraphs when first asked for, which imports
        them then (issue 25: a first search within 2x the bare query)."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, [ic.load()]).close()
        code = (
            "import sys, interview_corpus as ic\n"
            "heavy = {'attrs', 'interview_corpus.model', 'interview_corpus.model._objects',"
            " 'interview_corpus.interview', 'interview_corpus.errors._failures',"
            " 'interview_corpus.store._stored', 'interview_corpus.query._display'}\n"
            f"hit = ic.Corpus.open({str(path)!r}).search('frozen assets', level='sentence')[0]\n"
            "print(hit.id, hit.text[:9], hit.snippet[:9], sorted(heavy & set(sys.modules)))\n"
            "print(type(hit.target).__name__, hit.span.start, 'attrs' in sys.modules)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.splitlines() == [
            "q3.p1.s2 Meanwhile …culminat []",
            "Sentence 3984 True",
        ]

    def test_a_hit_builds_its_target_once_as_memory_gives_it(self, tmp_path):
        """A corpus file's hit builds its paragraph (or sentence) on first use, once, equal to the
        in-memory search's; the hits are equal, hash alike, pickle and stay frozen."""
        import attrs

        path = tmp_path / "c.db"
        ic.Corpus.bundled().save(path)
        memory = ic.Corpus.bundled()
        with ic.Corpus.open(path) as corpus:
            for level in ("paragraph", "sentence"):
                hits = corpus.search("frozen assets OR HAMAS", level=level)
                assert hits[0].target is hits[0].target
                assert hits == memory.search("frozen assets OR HAMAS", level=level)
                assert [hash(hit) for hit in hits] == [
                    hash(hit) for hit in memory.search("frozen assets OR HAMAS", level=level)
                ]
                assert pickle.loads(pickle.dumps(hits)) == hits
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                hits[0].rank = 2  # type: ignore[misc]

    def test_the_schema_reference_is_what_sqlite_makes_of_the_schema(self):
        """The tables, views and indexes a file is checked against, read from the schema's
        statements without running them, are what SQLite makes of running them (if the schema
        changes its automatic indexes or FTS5 tables, _schema's lists of them say so)."""
        from interview_corpus.store import _schema

        with contextlib.closing(sqlite3.connect(":memory:")) as connection:
            connection.executescript(_schema.SCHEMA)
            rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        shadow = f"{_schema.FTS_TABLE[0]}_"
        made = {
            name: (kind, None if name.startswith(shadow) else " ".join((sql or "").split()))
            for kind, name, sql in rows
        }
        assert _schema._reference() == made

    def test_open_parses_nothing(self, folder, tmp_path):
        """Opening a file and asking for ids, length and speakers parses no interview."""
        ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1).close()
        with ic.Corpus.open(tmp_path / "c.db") as corpus:
            assert (len(corpus), corpus.ids[0]) == (5, "dash_em_crlf")
            assert [s.name for s in corpus.speakers] == [s.name for s in in_memory(folder).speakers]
            assert corpus._backend._cache == {}  # no interview parsed

    @pytest.mark.parametrize("query", QUERIES)
    @pytest.mark.parametrize("level", ["paragraph", "sentence"])
    def test_search_equals_the_in_memory_search(self, folder, tmp_path, query, level):
        """Hits (targets, scores, ranks) and snippets from the file equal the in-memory search."""
        expected = in_memory(folder).search(query, limit=None, level=level)
        with ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1) as corpus:
            found = corpus.search(query, limit=None, level=level)
            assert found == expected
            assert [hit.snippet for hit in found] == [hit.snippet for hit in expected]
            assert corpus._backend._cache == {}  # no interview parsed

    def test_search_filters_equal_the_in_memory_search(self, folder, tmp_path):
        """Speaker, topic and interview filters give the in-memory results."""
        memory = in_memory(folder)
        with ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1) as corpus:
            for filters in (
                {"speaker": "interviewee"},
                {"speaker": "Lavrov"},
                {"topic": "europe"},
                {"interview": "tass"},
            ):
                assert corpus.search("russia", limit=5, **filters) == memory.search(
                    "russia", limit=5, **filters
                )

    def test_mentions_and_speakers_equal_the_in_memory_corpus(self, folder, tmp_path):
        """mentions(), by_speaker() and records() give what the in-memory corpus gives."""
        memory = in_memory(folder)
        with ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1) as corpus:
            for arguments, keywords in (
                ((), {}),
                (("Kiev",), {}),
                (("the PRC",), {}),
                ((), {"kind": "person", "topic": "europe"}),
                ((), {"speaker": "interviewer"}),
            ):
                assert corpus.mentions(*arguments, **keywords) == memory.mentions(
                    *arguments, **keywords
                )
            assert corpus.by_speaker("Sergei Lavrov") == memory.by_speaker("Sergei Lavrov")
            assert corpus.records("sentence") == memory.records("sentence")

    def test_threads_share_one_open_file(self, folder, tmp_path):
        """Threads searching and parsing through one CorpusFile get the answers one thread gets."""
        from concurrent.futures import ThreadPoolExecutor

        with ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1) as corpus:
            expected = [corpus.search(query) for query in QUERIES]

            def work(number: int) -> bool:
                query = number % len(QUERIES)
                return corpus.search(QUERIES[query]) == expected[query] and bool(
                    corpus[corpus.ids[number % len(corpus)]]
                )

            with ThreadPoolExecutor(4) as pool:
                assert all(pool.map(work, range(40)))

    def test_closing_leaves_no_wal_files(self, tmp_path):
        """After the last reader closes, only the corpus file is left in its folder."""
        ic.Corpus.bundled().save(tmp_path / "c.db")
        with ic.Corpus.open(tmp_path / "c.db") as corpus:
            corpus.search("HAMAS")
        assert [path.name for path in tmp_path.iterdir()] == ["c.db"]

    def test_a_closed_file_says_so(self, tmp_path):
        """Asking a closed corpus file raises CorpusFileError, saying to open it again."""
        corpus = ic.Corpus.build(tmp_path / "c.db", [ic.load()])
        hits = corpus.search("HAMAS")
        corpus.close()
        with pytest.raises(ic.CorpusFileError, match="open it again"):
            _ = hits[0].snippet
        with pytest.raises(ic.CorpusFileError, match="closed"):
            _ = corpus.ids

    def test_unknown_names_raise_not_found(self, folder, tmp_path):
        """Unknown interviews, speakers and entities raise NotFoundError with suggestions."""
        with ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1) as corpus:
            with pytest.raises(ic.NotFoundError) as error:
                corpus["tas"]
            assert error.value.suggestions[0] == "tass"
            with pytest.raises(ic.NotFoundError):
                corpus.by_speaker("Nobody")
            with pytest.raises(ic.NotFoundError):
                corpus.mentions("Atlantis")
            assert corpus.get("tas") is None

    def test_interviews_of_a_custom_segmenter_keep_their_document(self, tmp_path):
        """An interview that re-parsing cannot give again is stored whole, and comes back equal."""
        odd = ic.parse(
            "– Why? Really?\n\n– Because. Yes.", id="odd", segmenter=lambda text: [(0, len(text))]
        )
        with ic.Corpus.build(tmp_path / "c.db", [odd]) as corpus:
            assert corpus["odd"] == odd

    def test_a_file_is_stored_with_its_reading_arguments_not_a_document(self, folder, tmp_path):
        """A file read with sidecar options comes back equal from those options, without a JSON document."""
        (folder / "tass.toml").write_text(
            'strict = false\npublished = 2025-12-28\ninterviewee = "Sergey Lavrov"\n',
            encoding="utf-8",
        )
        with ic.Corpus.build(tmp_path / "c.db", folder, jobs=1) as corpus:
            assert corpus["tass"] == ic.read(folder / "tass.txt")
        with sqlite3.connect(tmp_path / "c.db") as connection:
            options, document = connection.execute(
                "SELECT options, document FROM interviews WHERE id = 'tass'"
            ).fetchone()
        expected = {
            "arguments": {
                "strict": False,
                "published": "2025-12-28",
                "interviewee": "Sergey Lavrov",
            }
        }
        assert (expected, None) == (json.loads(options), document)

    def test_a_file_is_parsed_once_when_built(self, folder, tmp_path, monkeypatch):
        """Building reads each transcript once: no second parse to check what is stored."""
        from interview_corpus.reading import _load

        calls = []
        parse = _load.parse

        def counting(*args, **kwargs):
            calls.append(kwargs["id"])
            return parse(*args, **kwargs)

        monkeypatch.setattr(_load, "parse", counting)  # what read() calls
        ic.Corpus.build(tmp_path / "c.db", folder, jobs=1).close()
        assert sorted(path.stem for path in folder.glob("*.txt")) == sorted(calls)

    def test_an_index_filled_in_steps_equals_one_filled_at_once(
        self, folder, tmp_path, monkeypatch
    ):
        """Indexing every few paragraphs during a build gives the hits of the in-memory search."""
        from interview_corpus.store import _build as _store

        monkeypatch.setattr(_store, "_INDEX_EVERY", 7)
        with ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1) as corpus:
            for query in QUERIES:
                for level in ("paragraph", "sentence"):
                    expected = in_memory(folder).search(query, limit=None, level=level)
                    assert expected == corpus.search(query, limit=None, level=level)
            corpus.verify()

    def test_save_then_open(self, tmp_path):
        """Corpus.save writes what Corpus.open reads back."""
        memory = ic.Corpus([ic.load(), ic.parse("– Frozen assets?\n\n– Yes.", id="other")])
        memory.save(tmp_path / "c.db")
        with ic.Corpus.open(tmp_path / "c.db") as corpus:
            assert corpus.to_corpus() == memory
            assert corpus.search("frozen assets") == memory.search("frozen assets")

    def test_parallel_build_is_identical_to_serial(self, folder, tmp_path):
        """--jobs 2 writes the same rows as a serial build."""
        ic.Corpus.build(tmp_path / "serial.db", sources(folder), jobs=1).close()
        ic.Corpus.build(tmp_path / "parallel.db", sources(folder), jobs=2).close()
        assert snapshot(tmp_path / "serial.db") == snapshot(tmp_path / "parallel.db")


class TestUpdate:
    def test_only_changed_transcripts_are_read_again(self, folder, tmp_path):
        """An update keeps unchanged rows, re-reads the changed file, adds new and drops gone ones."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        with sqlite3.connect(path) as connection:
            rowids = dict(
                connection.execute("SELECT interview_id, min(rowid) FROM paragraphs GROUP BY 1")
            )
        (folder / "labelled_qa.txt").write_text("Q: Changed?\n\nA: Changed.", encoding="utf-8")
        (folder / "dash_em_crlf.txt").unlink()
        shutil.copy(FIXTURES / "labelled_interviewer_named.txt", folder / "new.txt")
        with ic.Corpus.build(path, sources(folder), jobs=1) as corpus:
            assert corpus.last_build == {"read": 2, "unchanged": 3, "dropped": 1, "failed": 0}
            assert corpus.ids == in_memory(folder).ids
            assert corpus["labelled_qa"].answers[0].text == "Changed."
            for query in QUERIES[:3]:
                assert corpus.search(query, limit=None) == in_memory(folder).search(
                    query, limit=None
                )
            corpus.verify()
        with sqlite3.connect(path) as connection:
            after = dict(
                connection.execute("SELECT interview_id, min(rowid) FROM paragraphs GROUP BY 1")
            )
        assert set(after) == set(rowids) - {"dash_em_crlf"} | {"new"}

    def test_search_ties_follow_the_corpus_order_after_an_update(self, many, tmp_path):
        """Identical paragraphs (tied scores) rank in corpus order after a file that sorts first is added."""
        path = tmp_path / "c.db"
        files = sorted(many.glob("*.txt"))[:4]
        ic.Corpus.build(path, files[1:], jobs=1).close()
        with ic.Corpus.build(path, files, jobs=1) as corpus:
            memory = ic.Corpus([ic.read(file) for file in files])
            assert corpus.ids == memory.ids
            for level in ("paragraph", "sentence"):
                found = corpus.search("frozen assets", limit=None, level=level)
                assert found == memory.search("frozen assets", limit=None, level=level)
            assert [hit.interview_id for hit in found][:4] == [file.stem for file in files]
            corpus.verify()

    def test_a_changed_sidecar_file_counts_as_a_change(self, folder, tmp_path):
        """A file next to a transcript with its stem (sidecar metadata) makes it read again."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        with sqlite3.connect(path) as connection:
            (old,) = connection.execute(
                "SELECT fingerprint FROM interviews WHERE id = 'tass'"
            ).fetchone()
        (folder / "tass.toml").write_text('outlet = "TASS"\n', encoding="utf-8")
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        with sqlite3.connect(path) as connection:
            (new,) = connection.execute(
                "SELECT fingerprint FROM interviews WHERE id = 'tass'"
            ).fetchone()
        assert new != old

    def test_the_fingerprint_covers_the_transcript_and_its_sidecar_only(self, folder):
        """The fingerprint is the transcript's and its NAME.toml's: other files of its stem do not count."""
        from interview_corpus.store._build import _fingerprint_file

        before = _fingerprint_file(str(folder / "tass.txt"))
        for name in ("tass.notes.md", "tass.wav", "tassx.toml", "tas.toml"):
            (folder / name).write_text(name, encoding="utf-8")
        assert _fingerprint_file(str(folder / "tass.txt")) == before
        (folder / "tass.toml").write_text('outlet = "TASS"\n', encoding="utf-8")
        assert _fingerprint_file(str(folder / "tass.txt")) != before

    def test_an_update_by_another_path_to_the_same_folder_finds_it_unchanged(
        self, folder, tmp_path, monkeypatch
    ):
        """The same folder, named from another working directory or by an absolute path: nothing read again."""
        path = tmp_path / "c.db"
        monkeypatch.chdir(tmp_path)
        ic.Corpus.build("c.db", ["transcripts", ic.load()], jobs=1).close()
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        monkeypatch.chdir(elsewhere)
        for named in (folder, Path("..") / "transcripts", f"{folder}{os.sep}"):
            with ic.Corpus.build(path, [named, ic.load()], jobs=1) as corpus:
                assert corpus.last_build == {"read": 0, "unchanged": 5, "dropped": 0, "failed": 0}
                assert corpus.ids == in_memory(folder).ids
        moved = tmp_path / "moved"
        folder.rename(moved)  # the folder moved (or copied to another machine): still unchanged
        with ic.Corpus.build(path, [moved, ic.load()], jobs=1) as corpus:
            assert corpus.last_build["unchanged"] == 5

    def test_readers_see_the_old_or_the_new_corpus_during_an_update(self, many, tmp_path):
        """A reader querying while another process updates the file sees whole corpora only (WAL)."""
        path = tmp_path / "c.db"
        first = sorted(many.glob("*.txt"))[:5]
        ic.Corpus.build(path, first, jobs=1).close()
        old = {p.stem for p in first}
        new = {p.stem for p in many.glob("*.txt")}
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                f"import interview_corpus as ic; ic.Corpus.build({str(path)!r}, {str(many)!r}, jobs=1)",
            ]
        )
        seen: list[int] = []
        with ic.Corpus.open(path) as reader:
            while child.poll() is None:
                ids = set(reader.ids)
                assert ids in (old, new)
                seen.append(len(ids))
                assert len(reader.search("frozen assets", limit=None)) in (len(old), len(new))
            assert child.wait() == 0
            assert set(reader.ids) == new
        assert seen[0] == len(old)


def wait_for(condition, child, seconds=60.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert child.poll() is None, "the build ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.01)


class TestInterruption:
    def build_in_child(self, path, source):
        return subprocess.Popen(
            [
                sys.executable,
                "-c",
                f"import interview_corpus as ic; ic.Corpus.build({str(path)!r}, {str(source)!r}, jobs=1)",
            ]
        )

    def test_a_killed_update_leaves_the_previous_file(self, many, folder, tmp_path):
        """SIGKILL in the middle of an update leaves the previous corpus, whole and verified."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        for transcript in folder.glob("*.txt"):
            shutil.copy(transcript, many / transcript.name)
        child = self.build_in_child(path, many)
        wal = Path(f"{path}-wal")
        wait_for(lambda: wal.exists() and wal.stat().st_size > 1_000_000, child)
        child.send_signal(signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL
        with ic.Corpus.open(path) as corpus:
            assert corpus.ids == in_memory(folder).ids
            corpus.verify()

    def test_ctrl_c_during_a_new_build_leaves_no_file(self, many, tmp_path):
        """Ctrl-C while a new file is built leaves neither the file nor its temporary file."""
        path = tmp_path / "out" / "c.db"
        path.parent.mkdir()
        child = self.build_in_child(path, many)
        wait_for(lambda: any(path.parent.iterdir()), child)
        time.sleep(0.3)
        child.send_signal(signal.SIGINT)
        assert child.wait() != 0
        assert list(path.parent.iterdir()) == []

    def test_ctrl_c_during_a_rebuild_leaves_the_previous_file(self, many, folder, tmp_path):
        """Ctrl-C in the middle of an update keeps the previous corpus."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        child = self.build_in_child(path, many)
        wal = Path(f"{path}-wal")
        wait_for(lambda: wal.exists() and wal.stat().st_size > 1_000_000, child)
        child.send_signal(signal.SIGINT)
        assert child.wait() != 0
        with ic.Corpus.open(path) as corpus:
            assert corpus.ids == in_memory(folder).ids


class TestBadFiles:
    def test_a_missing_file_is_a_read_error(self, tmp_path):
        """Opening a path with no file raises ReadError (an OSError) that says how to build one."""
        with pytest.raises(ic.ReadError, match="interview-corpus index"):
            ic.Corpus.open(tmp_path / "none.db")

    def test_a_path_with_uri_characters(self, tmp_path):
        """A file whose path holds %, ? and # opens like any other."""
        path = tmp_path / "odd %20 ? # name.db"
        ic.Corpus.bundled().save(path)
        with ic.Corpus.open(path) as corpus:
            assert corpus.ids == ("tass-2065861",)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["odd %20 ? # name.db"]

    def test_a_file_that_is_not_sqlite(self, tmp_path):
        """A text file is not a corpus file: CorpusFileError, a ValueError."""
        path = tmp_path / "notes.db"
        path.write_text("hello " * 1000)
        with pytest.raises(ValueError, match="not an SQLite database") as error:
            ic.Corpus.open(path)
        assert isinstance(error.value, ic.CorpusFileError)
        assert error.value.version is None

    def test_another_sqlite_database_is_not_overwritten(self, tmp_path):
        """Building onto someone else's SQLite file refuses, and leaves the file as it was."""
        path = tmp_path / "other.db"
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE t (x)")
        before = path.read_bytes()
        with pytest.raises(ic.CorpusFileError, match="database of something else"):
            ic.Corpus.build(path, [ic.load()])
        assert path.read_bytes() == before

    def test_an_unknown_schema_version(self, tmp_path):
        """A file from a newer library says which version it is and to upgrade."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, [ic.load()]).close()
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA user_version = 99")
        with pytest.raises(ic.CorpusFileError, match="upgrade interview_corpus") as error:
            ic.Corpus.open(path)
        assert error.value.version == 99
        copy = pickle.loads(pickle.dumps(error.value))
        assert (copy.path, copy.version, str(copy)) == (str(path), 99, str(error.value))

    def test_a_version_2_file_is_built_again(self, folder, tmp_path):
        """A file of schema version 2 (paragraph texts and a sentence index of its own) is refused
        at open with what to do, and built again, as version 3, by build and `index`."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, [ic.load()], jobs=1).close()
        with contextlib.closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("PRAGMA user_version = 2")
        with pytest.raises(ic.CorpusFileError, match="schema version 2") as error:
            ic.Corpus.open(path)
        assert (error.value.version, "build the file again" in str(error.value)) == (2, True)
        assert main(["index", str(folder), "-o", str(path), "-q", "--jobs", "1"]) == 0
        read = ic.Corpus([ic.read(file) for file in sorted(folder.glob("*.txt"))])
        with ic.Corpus.open(path) as corpus:
            assert corpus.ids == read.ids
            found = corpus.search("frozen assets", level="sentence", limit=None)
            assert (found, len(found) > 0) == (
                read.search("frozen assets", level="sentence", limit=None),
                True,
            )
        with contextlib.closing(sqlite3.connect(path)) as connection:
            assert connection.execute("PRAGMA user_version").fetchone()[0] == 3

    def test_each_text_is_stored_once(self, folder, tmp_path):
        """The transcripts' text is kept in interviews.source alone (mentions keep their few words),
        with one full-text index, of paragraphs, whose view slices the same texts as parsing."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        with contextlib.closing(sqlite3.connect(path)) as connection:
            tables = [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                    "'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'paragraphs_fts_%'"
                )
            ]
            with_text = [
                table
                for table in tables
                for (column,) in connection.execute(
                    f"SELECT name FROM pragma_table_info('{table}')"
                )
                if column in {"text", "source"}
            ]
            full_text = connection.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
            ).fetchall()
            paragraphs = connection.execute(
                "SELECT p.interview_id, p.id, p.text FROM paragraphs AS p "
                "JOIN interviews AS i ON i.id = p.interview_id ORDER BY i.position, p.position"
            ).fetchall()
            sentences = connection.execute(
                "SELECT s.interview_id, s.id, s.text FROM sentence_texts AS s "
                "JOIN interviews AS i ON i.id = s.interview_id ORDER BY i.position, s.start"
            ).fetchall()
        assert sorted(with_text) == ["interviews", "mentions"]
        assert full_text == [("paragraphs_fts",)]
        memory = in_memory(folder)
        assert paragraphs == [(iv.id, p.id, p.text) for iv in memory for p in iv.paragraphs()]
        assert sentences == [(iv.id, s.id, s.text) for iv in memory for s in iv.sentences()]

    def test_verify_finds_a_changed_span_and_source(self, tmp_path):
        """verify() reports a paragraph whose text no longer matches the source, and a bad checksum."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, [ic.load()]).close()
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE paragraph_rows SET start = start + 1 WHERE id = 'a3.p2'")
            connection.execute("UPDATE interviews SET checksum = 'x'")
        with (
            ic.Corpus.open(path) as corpus,
            pytest.raises(ic.CorpusFileError, match=r"'a3\.p2'") as error,
        ):
            corpus.verify()
        assert "does not match its checksum" in str(error.value)

    def test_bad_transcripts_raise_or_are_collected(self, folder, tmp_path):
        """A bad transcript stops the build (file unchanged) or, collected, is reported with the others."""
        (folder / "bad.txt").write_text("Q: Unanswered?", encoding="utf-8")
        (folder / "empty.txt").write_text("", encoding="utf-8")
        with pytest.raises(ic.CorpusError) as error:
            ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1)
        assert [Path(f.path).name for f in error.value.failures] == ["bad.txt"]
        assert not (tmp_path / "c.db").exists()
        corpus, failures = ic.Corpus.build(
            tmp_path / "c.db", sources(folder), jobs=1, errors="collect"
        )
        with corpus:
            assert [Path(f.path).name for f in failures] == ["bad.txt", "empty.txt"]
            assert len(corpus) == 5

    def test_no_transcripts_is_an_argument_error(self, tmp_path):
        """An empty folder is a usage error, not an empty corpus."""
        with pytest.raises(ic.ArgumentValueError, match="no transcripts"):
            ic.Corpus.build(tmp_path / "c.db", tmp_path)


class TestOtherTools:
    def test_sqlite3_reads_the_schema(self, folder, tmp_path):
        """The file is plain SQLite: a full-text query joins the index to its paragraphs."""
        ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1).close()
        with sqlite3.connect(tmp_path / "c.db") as connection:
            rows = connection.execute(
                "SELECT p.interview_id, p.id FROM paragraphs_fts JOIN paragraphs AS p "
                "ON p.rowid = paragraphs_fts.rowid WHERE paragraphs_fts MATCH 'hamas' "
                "ORDER BY rank"
            ).fetchall()
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        expected = in_memory(folder).search("hamas", limit=None)
        assert rows == [(hit.interview_id, hit.id) for hit in expected]
        assert {"tass", "tass-2065861"} == {row[0] for row in rows}

    def test_stored_paths_are_relative_to_the_folder_indexed(self, folder, tmp_path):
        """A published file names its transcripts as the folder indexed does, never by the user's folders."""
        (folder / "sub").mkdir()
        shutil.copy(FIXTURES / "labelled_interviewer_named.txt", folder / "sub" / "deep.txt")
        single = tmp_path / "elsewhere" / "one.txt"
        single.parent.mkdir()
        shutil.copy(FIXTURES / "labelled_named.txt", single)
        path = tmp_path / "c.db"
        ic.Corpus.build(path, [folder.resolve(), single.resolve()], jobs=1).close()
        with sqlite3.connect(path) as connection:
            stored = dict(connection.execute("SELECT id, path FROM interviews"))
            dump = "\n".join(connection.iterdump())
        assert stored == {
            "dash_em_crlf": "dash_em_crlf.txt",
            "labelled_named": "labelled_named.txt",
            "labelled_qa": "labelled_qa.txt",
            "tass": "tass.txt",
            "one": "one.txt",
        }
        assert str(tmp_path) not in dump
        assert str(Path.home()) == "/" or str(Path.home()) not in dump
        ic.Corpus.build(path, folder, pattern="**/*.txt", jobs=1).close()
        with sqlite3.connect(path) as connection:
            assert dict(connection.execute("SELECT id, path FROM interviews"))["deep"] == (
                "sub/deep.txt"
            )

    def test_the_index_does_not_store_the_text_again(self, folder, tmp_path):
        """Both full-text indexes are external-content tables: no copy of the text in them."""
        ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1).close()
        with sqlite3.connect(tmp_path / "c.db") as connection:
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        assert {"paragraphs_fts_content", "sentences_fts_content"} & tables == set()

    def test_datasette_query_api_finds_our_hits(self, folder, tmp_path):
        """Datasette, through its own Python API, opens the file and its search returns our hits."""
        from datasette.app import Datasette

        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        hits = in_memory(folder).search("frozen assets", limit=None)
        expected = [[hit.interview_id, hit.id] for hit in hits]

        async def ask():
            client = Datasette([str(path)]).client
            sql = (
                "select p.interview_id, p.id from paragraphs_fts join paragraphs as p "
                "on p.rowid = paragraphs_fts.rowid where paragraphs_fts match :q order by rank"
            )
            query = await client.get(
                "/c.json", params={"sql": sql, "q": '"frozen" "assets"', "_shape": "array"}
            )
            table = await client.get(
                "/c/paragraphs.json", params={"_search": "frozen assets", "_shape": "array"}
            )
            return query, table

        query, table = asyncio.run(ask())
        assert query.status_code == 200
        assert [[row["interview_id"], row["id"]] for row in query.json()] == expected
        assert table.status_code == 200
        assert sorted([row["interview_id"], row["id"]] for row in table.json()) == sorted(expected)

    def test_sqlite_utils_searches_the_paragraphs(self, folder, tmp_path):
        """sqlite-utils finds the full-text index of the paragraphs (a view, which it does not search) and searches it."""
        import sqlite_utils

        ic.Corpus.build(tmp_path / "c.db", sources(folder), jobs=1).close()
        db = sqlite_utils.Database(tmp_path / "c.db")
        assert db.table_names(fts5=True) == ["paragraphs_fts"]
        assert db["paragraphs_fts"].detect_fts() == "paragraphs_fts"
        paragraphs = {row["rowid"]: row for row in db["paragraphs"].rows}
        found = [
            (paragraphs[row["rowid"]]["interview_id"], paragraphs[row["rowid"]]["id"], row["text"])
            for row in db["paragraphs_fts"].search("hamas")
        ]
        expected = in_memory(folder).search("hamas", limit=None)
        assert found == [(hit.interview_id, hit.id, hit.text) for hit in expected]
        assert db["interviews"].count == 5


class TestCommandLine:
    def test_index_then_search_with_db(self, folder, tmp_path, capsys):
        """`index` writes the file; `search --db` answers from it as --dir does."""
        path = str(tmp_path / "c.db")
        assert main(["index", str(folder), "-o", path, "--jobs", "1"]) == 0
        assert (
            capsys.readouterr().err
            == f"interview-corpus: {path}: 4 interviews (4 read, 0 unchanged, 0 dropped)\n"
        )
        assert main(["search", "frozen assets", "--db", path]) == 0
        from_db = capsys.readouterr().out
        assert main(["search", "frozen assets", "--dir", str(folder)]) == 0
        assert from_db == capsys.readouterr().out
        bundled = str(tmp_path / "bundled.db")
        ic.Corpus.bundled().save(bundled)
        for command in (["mentions", "Zelensky", "--json"], ["show", "a3.p2"], ["info"]):
            assert main([*command, "--db", bundled]) == 0
            from_db = capsys.readouterr().out
            assert main(command) == 0
            assert from_db == capsys.readouterr().out

    def test_keep_going_reports_every_bad_file(self, folder, tmp_path, capsys):
        """--keep-going stores the good files, lists every bad one and exits 3; without it, nothing is
        written (exit 4)."""
        (folder / "bad.txt").write_text("Q: Unanswered?", encoding="utf-8")
        (folder / "worse.txt").write_text("", encoding="utf-8")
        path = str(tmp_path / "c.db")
        assert main(["index", str(folder), "-o", path, "-q"]) == 4
        assert "pass --keep-going" in capsys.readouterr().err
        assert not Path(path).exists()
        assert main(["index", str(folder), "-o", path, "-q", "--keep-going"]) == 3
        err = capsys.readouterr().err
        assert ("bad.txt:1:1" in err, "worse.txt" in err) == (True, True)
        assert len(ic.Corpus.open(path)) == 4

    def test_an_empty_source_is_a_usage_error(self, tmp_path, capsys):
        """An empty folder exits 2, for `index` and for --dir."""
        assert main(["index", str(tmp_path), "-o", str(tmp_path / "c.db")]) == 2
        assert "no transcripts" in capsys.readouterr().err
        assert main(["info", "--dir", str(tmp_path)]) == 2
        assert "no transcripts" in capsys.readouterr().err

    def test_keep_going_runs_on_the_good_files(self, folder, capsys):
        """With --dir or --file and --keep-going, a command runs on the good files and exits 3."""
        (folder / "bad.txt").write_text("Q: Unanswered?", encoding="utf-8")
        assert main(["search", "frozen", "--dir", str(folder), "--keep-going"]) == 3
        captured = capsys.readouterr()
        assert ("tass q3.p1" in captured.out, "bad.txt:1:1" in captured.err) == (True, True)
        files = [str(folder / "bad.txt"), str(folder / "tass.txt"), str(folder / "none.txt")]
        arguments = [argument for path in files for argument in ("--file", path)]
        assert main(["search", "frozen", *arguments, "--keep-going"]) == 3
        captured = capsys.readouterr()
        assert captured.out.startswith(" 1. q3.p1")
        names = [line.split(": ")[1].rsplit("/", 1)[-1] for line in captured.err.splitlines()]
        assert names == ["bad.txt:1:1", "none.txt"]
        assert main(["search", "frozen", *arguments]) == 4  # without it: the first bad file stops
        assert "bad.txt:1:1" in capsys.readouterr().err

    def test_db_errors_exit_4_with_a_message(self, tmp_path, capsys):
        """A file that is not a corpus file gives a one-line message, not a traceback (exit 4)."""
        (tmp_path / "x.db").write_text("nope")
        assert main(["search", "x", "--db", str(tmp_path / "x.db")]) == 4
        assert "not a corpus file" in capsys.readouterr().err

    @pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
    def test_progress_bar_only_on_a_terminal(self, folder, tmp_path):
        """The progress bar is drawn when stderr is a terminal, never when it is a pipe, and not with -q."""
        command = [sys.executable, "-m", "interview_corpus", "index", str(folder), "--jobs", "1"]
        primary, secondary = os.openpty()
        subprocess.run([*command, "-o", str(tmp_path / "a.db")], stderr=secondary, check=True)
        os.close(secondary)
        drawn = os.read(primary, 4096).decode()
        os.close(primary)
        assert "indexing [" in drawn
        assert "4/4" in drawn
        piped = subprocess.run(
            [*command, "-o", str(tmp_path / "b.db")], capture_output=True, text=True, check=True
        )
        assert (
            piped.stderr
            == f"interview-corpus: {tmp_path / 'b.db'}: 4 interviews (4 read, 0 unchanged, 0 dropped)\n"
        )
        quiet = subprocess.run(
            [*command, "-o", str(tmp_path / "c.db"), "-q"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert quiet.stderr == ""


class TestBoundedSearch:
    """A corpus file's search has the in-memory search's limits (issue 13's bounds)."""

    def test_too_many_fts5_terms(self, tmp_path):
        """More than MAX_QUERY_TERMS words in an FTS5 query is a QueryError at the word too many."""
        from interview_corpus._util.limits import MAX_QUERY_TERMS

        query = " OR ".join(f"w{n}*" for n in range(MAX_QUERY_TERMS + 1))
        with (
            ic.Corpus.build(tmp_path / "c.db", [ic.load()]) as corpus,
            pytest.raises(ic.QueryError) as caught,
        ):
            corpus.search(query, syntax="fts5")
        assert caught.value.position == query.index(f"w{MAX_QUERY_TERMS}*")

    def test_a_search_past_its_time_budget_is_stopped(self, tmp_path, monkeypatch):
        """A search that runs past QUERY_SECONDS stops with the QueryError that says so."""
        from interview_corpus.query import _fts

        text = "".join(f"– Question {n}?\n\n– Yes.\n\n" for n in range(2000))
        with ic.Corpus.build(tmp_path / "c.db", [ic.parse(text, id="many")]) as corpus:
            assert len(corpus.search("Question", limit=None)) == 2000
            monkeypatch.setattr(_fts, "QUERY_SECONDS", 0.0)
            with pytest.raises(ic.QueryError, match="took longer than 0 seconds"):
                corpus.search("Question", limit=None)

    def test_an_invalid_fts5_query_is_a_query_error(self, tmp_path):
        """SQLite's complaint about an FTS5 query is a QueryError quoting it, as in memory."""
        with (
            ic.Corpus.build(tmp_path / "c.db", [ic.load()]) as corpus,
            pytest.raises(ic.QueryError, match="not a valid FTS5 query") as caught,
        ):
            corpus.search("AND AND", syntax="fts5")
        assert caught.value.query == "AND AND"


class TestOneImplementation:
    def test_the_shared_queries_are_one_code(self):
        """Corpus and CorpusFile run the same code for the queries they share (CorpusQueries)."""
        from interview_corpus.corpus import CorpusQueries

        for name in (
            "search",
            "mentions",
            "by_speaker",
            "names_of",
            "speakers",
            "ids",
            "get",
            "lookup",
            "records",
            "to_pandas",
            "check_quote",
            "__len__",
            "__iter__",
            "__getitem__",
            "__contains__",
        ):
            assert getattr(ic.Corpus, name) is getattr(CorpusQueries, name)
            assert getattr(ic.CorpusFile, name) is getattr(CorpusQueries, name)

    @pytest.mark.parametrize(
        ("query", "filters"),
        [
            ("Russia", {"speaker": "interviewer"}),
            ("Russia", {"speaker": "interviewee", "topic": "Europe"}),
            ("Russia", {"speaker": "Lavrov"}),
            ("Russia", {"topic": "middle-east"}),
            ("peace", {"interview": "tass-2065861", "speaker": "TASS"}),
        ],
    )
    def test_search_with_filters_is_alike(self, folder, tmp_path, query, filters):
        """Searches with speaker, topic and interview filters give the same hits in memory and on file."""
        memory = in_memory(folder)
        with ic.Corpus.build(tmp_path / "c.db", memory.interviews, jobs=1) as on_file:
            for level in ("paragraph", "sentence"):
                expected = memory.search(query, limit=None, level=level, **filters)
                assert expected == on_file.search(query, limit=None, level=level, **filters)

    @pytest.mark.parametrize(
        ("entity", "filters"),
        [
            (None, {}),
            ("Zelensky", {}),
            (None, {"kind": "person"}),
            (None, {"kind": "place", "speaker": "interviewee"}),
            ("Kiev", {"topic": "ukraine"}),
            (None, {"speaker": "Lavrov", "topic": "Europe", "kind": "person"}),
            (None, {"speaker": "interviewer"}),
        ],
    )
    def test_mentions_with_filters_are_alike(self, folder, tmp_path, entity, filters):
        """Mentions with kind, speaker and topic filters are the same in memory and on file."""
        memory = in_memory(folder)
        with ic.Corpus.build(tmp_path / "c.db", memory.interviews, jobs=1) as on_file:
            expected = memory.mentions(entity, **filters)
            assert expected == on_file.mentions(entity, **filters)

    def test_speakers_ids_and_by_speaker_are_alike(self, folder, tmp_path):
        """ids, speakers, names_of and by_speaker answer alike in memory and on file."""
        memory = in_memory(folder)
        with ic.Corpus.build(tmp_path / "c.db", memory.interviews, jobs=1) as on_file:
            assert (memory.ids, memory.speakers) == (on_file.ids, on_file.speakers)
            for speaker in memory.speakers:
                assert memory.names_of(speaker) == on_file.names_of(speaker)
                assert memory.by_speaker(speaker) == on_file.by_speaker(speaker)
                for key in (speaker, speaker.names[-1]):
                    expected = memory.search("the", limit=None, speaker=key)
                    assert expected == on_file.search("the", limit=None, speaker=key)

    def test_errors_are_alike(self, folder, tmp_path):
        """An unknown speaker, topic, entity or interview is the same error in memory and on file."""
        memory = in_memory(folder)
        with ic.Corpus.build(tmp_path / "c.db", memory.interviews, jobs=1) as on_file:
            for ask in (
                lambda corpus: corpus.search("Russia", speaker="Lavrof"),
                lambda corpus: corpus.search("Russia", topic="Erope"),
                lambda corpus: corpus.search("Russia", interview="nope"),
                lambda corpus: corpus.mentions("Zelenski"),
                lambda corpus: corpus.mentions(speaker="Lavrof"),
                lambda corpus: corpus.by_speaker("Lavrof"),
                lambda corpus: corpus["nope"],
            ):
                with pytest.raises(ic.NotFoundError) as in_memory_error:
                    ask(memory)
                with pytest.raises(ic.NotFoundError) as on_file_error:
                    ask(on_file)
                assert str(in_memory_error.value) == str(on_file_error.value)

    def test_by_speaker_chains_aliases_on_file_too(self, tmp_path):
        """A file's by_speaker follows a person's names across interviews, as memory's does."""
        other = ic.parse("Q: Why?\n\nSergei Lavrov: Because.", id="other")
        memory = ic.Corpus([ic.load(), other])
        with ic.Corpus.build(tmp_path / "c.db", memory.interviews, jobs=1) as on_file:
            found = [iv.id for iv in on_file.by_speaker("Sergey Lavrov")]
            assert found == ["tass-2065861", "other"]
            assert found == [iv.id for iv in memory.by_speaker("Sergey Lavrov")]

    def test_a_file_checks_quotes(self, tmp_path):
        """A corpus file checks a quote as the corpus in memory does."""
        quote = "These ambitions have literally blinded them."
        with ic.Corpus.build(tmp_path / "c.db", [ic.load()], jobs=1) as on_file:
            assert on_file.check_quote(quote) == ic.Corpus.bundled().check_quote(quote)

    def test_memory_and_file_answer_alike(self, tmp_path):
        """The same queries on the same interviews give the same results in memory and in a file."""
        memory = ic.Corpus.bundled()
        with ic.Corpus.build(tmp_path / "c.db", memory.interviews, jobs=1) as on_file:
            assert memory.lookup("tass-2065861:a3.p2.s3") == on_file.lookup("tass-2065861:a3.p2.s3")
            assert memory.get("nope") is on_file.get("nope") is None
            assert memory.records("sentence") == on_file.records("sentence")
            assert ("tass-2065861" in memory, 3 in memory) == (
                "tass-2065861" in on_file,
                3 in on_file,
            )
            topic = memory.interviews[0].exchanges[0].topic
            if topic is not None:  # a topic's title filters a file's search as it does in memory
                expected = memory.search("Russia", topic=topic.title, limit=None)
                assert expected == on_file.search("Russia", topic=topic.title, limit=None)


# -- hostile files and folders (issue 26) ------------------------------------------------------

TALK = "Q: Why?\n\nA: Because.\n"


def index(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`interview-corpus index ...` in its own process: a file that blocks fails the test, never hangs it."""
    return subprocess.run(
        [sys.executable, "-m", "interview_corpus", "index", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def stored_paths(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT path FROM interviews ORDER BY 1")]


class TestHostileFiles:
    def test_a_name_that_is_not_utf8_is_indexed(self, tmp_path, capsys):
        """A file name that is not UTF-8 is read by its real bytes and stored with its bytes escaped.

        It aborted `index` with UnicodeEncodeError, even with --keep-going, while --dir read it.
        """
        folder = tmp_path / "talks"
        folder.mkdir()
        (folder / "good.txt").write_text(TALK, encoding="utf-8")
        odd = os.fsdecode(bytes(folder) + b"/\xff\xfe-odd.txt")
        Path(odd).write_text(TALK, encoding="utf-8")
        path = tmp_path / "c.db"
        assert main(["index", str(folder), "-o", str(path), "-q", "--keep-going"]) == 0
        assert capsys.readouterr().err == ""
        assert stored_paths(path) == ["\\xff\\xfe-odd.txt", "good.txt"]  # relative to the folder
        with ic.Corpus.build(path, folder, jobs=1) as corpus:  # the escaped path is its key
            assert (corpus.ids, corpus.last_build["unchanged"]) == (("good", "odd"), 2)
            assert corpus["odd"] == ic.read(odd)
        Path(os.fsdecode(bytes(folder) + b"/\xfe-bad.txt")).write_text("no turns", encoding="utf-8")
        assert main(["index", str(folder), "-o", str(path), "-q", "--keep-going"]) == 3
        assert capsys.readouterr().err.startswith(
            f"interview-corpus: {folder}/\\xfe-bad.txt:1:1: no question/answer turns found"
        )

    def test_names_that_are_not_regular_files_are_reported(self, tmp_path):
        """A broken link, a FIFO, a link loop and a link to /dev/zero are failures, named with the
        reason, as --dir reports them; `index` hung on the FIFO."""
        folder = tmp_path / "talks"
        folder.mkdir()
        (folder / "good.txt").write_text(TALK, encoding="utf-8")
        (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
        os.mkfifo(folder / "fifo.txt")
        (folder / "loop.txt").symlink_to(folder / "loop.txt")
        (folder / "zero.txt").symlink_to("/dev/zero")
        result = index(str(folder), "-o", str(tmp_path / "c.db"), "--keep-going", "-q")
        assert result.returncode == 3
        special = "not a regular file (a FIFO, socket or device): save the transcript to a file"
        assert result.stderr.splitlines() == [
            f"interview-corpus: {folder / 'broken.txt'}: No such file or directory",
            f"interview-corpus: {folder / 'fifo.txt'}: {special}",
            f"interview-corpus: {folder / 'loop.txt'}: Too many levels of symbolic links",
            f"interview-corpus: {folder / 'zero.txt'}: {special}",
        ]
        with ic.Corpus.open(tmp_path / "c.db") as corpus:
            assert corpus.ids == ("good",)

    @pytest.mark.parametrize("name", ["fifo", "/dev/zero"])
    def test_a_special_file_given_as_a_source_fails_at_once(self, tmp_path, name):
        """`index FIFO` and `index /dev/zero` fail at once (exit 4): they hung, or read until memory ran out."""
        if name == "fifo":
            name = str(tmp_path / "fifo.txt")
            os.mkfifo(name)
        result = index(name, "-o", str(tmp_path / "c.db"))
        assert result.returncode == 4
        assert f"interview-corpus: {name}: not a regular file" in result.stderr
        assert not (tmp_path / "c.db").exists()

    def test_a_fifo_sidecar_fails_its_transcript(self, tmp_path):
        """A FIFO where a transcript's sidecar would be fails that transcript, at once."""
        folder = tmp_path / "talks"
        folder.mkdir()
        (folder / "good.txt").write_text(TALK, encoding="utf-8")
        (folder / "talk.txt").write_text(TALK, encoding="utf-8")
        os.mkfifo(folder / "talk.toml")
        result = index(str(folder), "-o", str(tmp_path / "c.db"), "--keep-going", "-q")
        assert result.returncode == 3
        assert result.stderr == (
            f"interview-corpus: {folder / 'talk.txt'}: {folder / 'talk.toml'}: not a regular file "
            "(a FIFO, socket or device): save the sidecar to a file\n"
        )

    def test_only_the_sidecar_belongs_to_a_transcript(self, tmp_path):
        """Files with a transcript's stem other than its NAME.toml (a recording, notes) are never read.

        A 500 MB talk.wav beside talk.txt was read whole on every update; a FIFO there hung it.
        """
        folder = tmp_path / "talks"
        folder.mkdir()
        (folder / "talk.txt").write_text(TALK, encoding="utf-8")
        (folder / "talk.notes.jpg").write_bytes(b"notes")
        os.mkfifo(folder / "talk.wav")
        path = tmp_path / "c.db"
        assert index(str(folder), "-o", str(path), "-q").returncode == 0
        (folder / "talk.notes.jpg").write_bytes(b"other notes")
        with ic.Corpus.build(path, folder / "talk.txt", jobs=1) as corpus:
            assert corpus.last_build == {"read": 0, "unchanged": 1, "dropped": 0, "failed": 0}
        (folder / "talk.toml").write_text('outlet = "Radio Sol"\n', encoding="utf-8")
        with ic.Corpus.build(path, folder / "talk.txt", jobs=1) as corpus:
            assert (corpus.last_build["read"], corpus["talk"].outlet) == (1, "Radio Sol")

    @pytest.mark.parametrize(("line", "words"), BAD_SIDECAR_VALUES)
    def test_a_bad_sidecar_value_fails_its_file_only(self, tmp_path, capsys, line, words):
        """A sidecar value parse() refuses fails that file, naming it, the sidecar and the key.

        It aborted the whole folder with a usage error (exit 2, nothing written), even with --keep-going.
        """
        folder = tmp_path / "talks"
        folder.mkdir()
        (folder / "good.txt").write_text(TALK, encoding="utf-8")
        (folder / "talk.txt").write_text(TALK, encoding="utf-8")
        (folder / "talk.toml").write_text(line + "\n", encoding="utf-8")
        path = tmp_path / "c.db"
        assert main(["index", str(folder), "-o", str(path), "-q"]) == 4
        assert f"{folder / 'talk.txt'}: {folder / 'talk.toml'}: {words}" in capsys.readouterr().err
        assert main(["index", str(folder), "-o", str(path), "-q", "--keep-going"]) == 3
        err = capsys.readouterr().err
        assert err.startswith(f"interview-corpus: {folder / 'talk.txt'}: {folder / 'talk.toml'}: ")
        assert (words in err, err.count("\n")) == (True, 1)
        with ic.Corpus.open(path) as corpus:
            assert corpus.ids == ("good",)

    def test_a_transcript_over_the_size_limit_fails_alone(self, tmp_path):
        """A transcript over 64 MiB is a failure that says the limit (200 MB peaked at 3.67 GB)."""
        folder = tmp_path / "talks"
        folder.mkdir()
        (folder / "good.txt").write_text(TALK, encoding="utf-8")
        with (folder / "huge.txt").open("wb") as file:
            file.truncate(64 * 2**20 + 1)  # sparse: made at once, and refused before it is read
        corpus, failures = ic.Corpus.build(tmp_path / "c.db", folder, jobs=1, errors="collect")
        with corpus:
            assert corpus.ids == ("good",)
        assert [(Path(f.path).name, f.reason) for f in failures] == [
            (
                "huge.txt",
                (
                    "larger than 64 MiB, the most a transcript may hold: split it into one "
                    "file per interview"
                ),
            )
        ]


# -- concurrent use, faults and damaged files (issue 26) -------------------------------------

STRESS = max(1, int(os.environ.get("INTERVIEW_CORPUS_STRESS", "1") or 1))
"""How many times longer the stress tests run (docs/explanation/reliability.md): 1 in CI, 50 for a release."""


def harbour_folder(path: Path, name: str, count: int) -> Path:
    """``count`` small transcripts that all speak of the harbour, named for ``name``."""
    path.mkdir()
    for number in range(count):
        (path / f"{name}-{number:02d}.txt").write_text(
            f"Q: What of the harbour, {name} {number}?\n\n"
            f"A: The harbour is open. The {name} harbour works.\n\n"
            f"Q: And the ships?\n\nA: Ships fill the harbour every day.",
            encoding="utf-8",
        )
    return path


def index_in_another_process(source: Path, path: Path) -> None:
    """Run `interview-corpus index SOURCE -o PATH` in a process of its own."""
    command = ["index", str(source), "-o", str(path), "-q", "--jobs", "1"]
    subprocess.run([sys.executable, "-m", "interview_corpus", *command], check=True)


def alternate_updates(path: Path, first: Path, second: Path, stop: Path) -> subprocess.Popen[bytes]:
    """A process that updates ``path`` from ``first``, then ``second``, and again, until ``stop`` exists."""
    code = (
        "import os, sys\n"
        "from interview_corpus.cli._main import main\n"
        f"db, sources, stop = {str(path)!r}, [{str(first)!r}, {str(second)!r}], {str(stop)!r}\n"
        "turn = 0\n"
        "while not os.path.exists(stop):\n"
        "    code = main(['index', sources[turn % 2], '-o', db, '-q', '--jobs', '1'])\n"
        "    assert code == 0, code\n"
        "    turn += 1\n"
        "print(turn)\n"
    )
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)


class TestConcurrentUse:
    def test_a_search_sees_one_snapshot_while_updates_alternate(self, tmp_path):
        """Searches beside another process that alternates two updates never fail: each sees one corpus."""
        first = harbour_folder(tmp_path / "a", "alpha", 12)
        second = harbour_folder(tmp_path / "b", "beta", 12)
        path, stop = tmp_path / "c.db", tmp_path / "stop"
        ic.Corpus.build(path, first, jobs=1).close()
        writer = alternate_updates(path, first, second, stop)
        searches = 0
        deadline = time.monotonic() + 4 * STRESS
        try:
            while time.monotonic() < deadline or searches < 200:
                with ic.Corpus.open(path) as corpus:
                    hits = corpus.search("harbour", limit=50)
                    assert (
                        len(hits) == 36
                    )  # 12 interviews, 3 paragraphs each: one corpus or the other
                    assert len({hit.interview_id.split("-")[0] for hit in hits}) == 1
                    try:
                        snippets = [hit.snippet for hit in hits]
                    except (
                        ic.CorpusFileError
                    ) as error:  # updated between the search and its snippets
                        snippets = [str(error)]
                    assert all("[harbour]" in each or "search again" in each for each in snippets)
                searches += 1
        finally:
            stop.touch()
            out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0
        assert int(out) >= 2  # the writer updated the file while the searches ran
        assert searches >= 200


def damage(path: Path) -> None:
    """Flip the first bytes of every page of the tables and indexes (the schema stays readable)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        try:
            pages = {
                page
                for (page,) in connection.execute(
                    "SELECT pageno FROM dbstat WHERE name NOT IN ('sqlite_schema', 'sqlite_master')"
                )
            }
        except sqlite3.OperationalError:  # an SQLite without dbstat: its second half
            count = connection.execute("PRAGMA page_count").fetchone()[0]
            pages = set(range(count // 2, count + 1))
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for page in pages - {1}:
        for offset in range((page - 1) * size, (page - 1) * size + 8):
            data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def run_python(
    code: str, *, timeout: float = 60, **options: object
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter with this source tree; a hang fails the test, after ``timeout``."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **options,  # type: ignore[arg-type]
    )


class TestLaterAnswers:
    def test_snippets_asked_for_after_an_update_say_to_search_again(self, tmp_path):
        """Snippets (made when first asked for) of a search made before another process's update: the
        library's error, saying to search again, never a KeyError or another corpus's text."""
        first = harbour_folder(tmp_path / "a", "alpha", 3)
        second = harbour_folder(tmp_path / "b", "beta", 3)
        path = tmp_path / "c.db"
        ic.Corpus.build(path, first, jobs=1).close()
        with ic.Corpus.open(path) as corpus:
            hits = corpus.search("harbour", limit=None)
            empty = corpus.search("harbor")  # its suggestion is looked for when asked for
            sentences = corpus.search("harbour", level="sentence")
            no_sentence = corpus.search("harbor", level="sentence")
            index_in_another_process(second, path)
            with pytest.raises(ic.CorpusFileError, match="search again"):
                _ = hits[0].snippet
            with pytest.raises(ic.CorpusFileError, match="search again"):
                _ = empty.suggestion
            with pytest.raises(ic.CorpusFileError, match="search again"):
                _ = no_sentence.suggestion
            # A sentence's snippet is cut from the sentence found, which the hit holds.
            assert sentences[0].interview_id.startswith("alpha")
            assert "[harbour]" in sentences[0].snippet
            again = corpus.search("harbour", limit=None)
            assert {hit.interview_id.split("-")[0] for hit in again} == {"beta"}
            assert all("[harbour]" in hit.snippet for hit in again)

    def test_an_open_file_gives_the_interviews_of_the_latest_update(self, tmp_path):
        """An interview read before another process's update is read again after it, not kept."""
        folder = tmp_path / "t"
        folder.mkdir()
        (folder / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        path = tmp_path / "c.db"
        ic.Corpus.build(path, folder, jobs=1).close()
        with ic.Corpus.open(path) as corpus:
            assert corpus["one"].answers[0].text == "Because."
            (folder / "one.txt").write_text("Q: Why?\n\nA: Because, changed.", encoding="utf-8")
            index_in_another_process(folder, path)
            assert corpus["one"].answers[0].text == "Because, changed."


class TestDamagedFiles:
    def test_flipped_bytes_are_a_corpus_file_error(self, folder, tmp_path, capsys):
        """A file with damaged pages: searching, verifying and updating it raise CorpusFileError, exit 4."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        damage(path)
        before = path.read_bytes()
        with ic.Corpus.open(path) as corpus:
            with pytest.raises(ic.CorpusFileError, match="damaged") as error:
                corpus.search("russia", limit=None)
            assert error.value.path == str(path)
            assert "build it again" in error.value.reason
            with pytest.raises(ic.CorpusFileError, match="damaged"):
                corpus.verify()
        with pytest.raises(ic.CorpusFileError, match="damaged"):
            ic.Corpus.build(path, sources(folder), jobs=1)
        assert path.read_bytes() == before
        assert main(["search", "russia", "--db", str(path)]) == 4
        assert main(["index", str(folder), "-o", str(path), "-q"]) == 4
        err = capsys.readouterr().err
        assert err.count("damaged corpus file") == 2
        assert "Traceback" not in err
        assert path.read_bytes() == before

    def test_the_header_without_the_tables_is_not_a_corpus_file(self, tmp_path):
        """An SQLite file with the corpus file's application id and version but no tables is refused at open."""
        path = tmp_path / "c.db"
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA application_id = 1229156976")
            connection.execute("PRAGMA user_version = 3")
        with pytest.raises(ic.CorpusFileError, match="not its tables"):
            ic.Corpus.open(path)

    def test_stored_options_that_are_not_the_librarys(self, tmp_path, capsys):
        """Options that are not JSON, or hold an unknown key: CorpusFileError naming the interview, exit 4."""
        path = tmp_path / "c.db"
        folder = tmp_path / "t"
        folder.mkdir()
        (folder / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        (folder / "two.txt").write_text("Q: How?\n\nA: So.", encoding="utf-8")
        ic.Corpus.build(path, folder, jobs=1).close()
        with contextlib.closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("UPDATE interviews SET options = '{not json' WHERE id = 'one'")
            connection.execute(
                """UPDATE interviews SET options = '{"arguments": {"colour": "red"}}' WHERE id = 'two'"""
            )
        with ic.Corpus.open(path) as corpus:
            for id in ("one", "two"):
                with pytest.raises(ic.CorpusFileError, match=f"interview '{id}'") as error:
                    corpus[id]
                assert error.value.path == str(path)
                assert "build it again" in error.value.reason
            with pytest.raises(ic.CorpusFileError, match=r"interview 'one'.*interview 'two'"):
                corpus.verify()
        assert main(["read", "one", "--db", str(path)]) == 4
        assert "Traceback" not in capsys.readouterr().err

    def test_a_view_that_recurses_forever_is_refused(self, tmp_path):
        """A crafted file whose view never ends is refused when opened: nothing runs without bound."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, [ic.load()]).close()
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("DROP VIEW sentence_texts")
            connection.execute(
                "CREATE VIEW sentence_texts AS WITH RECURSIVE forever(n) AS "
                "(SELECT 1 UNION ALL SELECT n + 1 FROM forever) SELECT n AS rowid, '' AS interview_id, "
                "'' AS id, 0 AS number, '' AS paragraph_id, '' AS turn_id, '' AS exchange_id, "
                "'' AS kind, '' AS speaker, '' AS role, '' AS topic, 0 AS start, 0 AS \"end\", "
                "'harbour' AS text, NULL AS paragraph_start_time FROM forever"
            )
        code = (
            "import interview_corpus as ic\n"
            "try:\n"
            f"    ic.Corpus.open({str(path)!r}).search('HAMAS', level='sentence')\n"
            "except ic.CorpusFileError as error:\n"
            "    print(error.reason)\n"
        )
        result = run_python(code, timeout=30)
        assert "not the corpus file's own sentence_texts" in result.stdout

    def test_verify_uses_the_path_it_was_opened_with(self, tmp_path, monkeypatch):
        """A file opened by a relative path verifies after the working directory changed, writing nothing there."""
        (tmp_path / "here").mkdir()
        (tmp_path / "elsewhere").mkdir()
        ic.Corpus.build(tmp_path / "here" / "c.db", [ic.load()]).close()
        monkeypatch.chdir(tmp_path / "here")
        with ic.Corpus.open("c.db") as corpus:
            monkeypatch.chdir(tmp_path / "elsewhere")
            corpus.verify()
            assert corpus.path == "c.db"
        assert list((tmp_path / "elsewhere").iterdir()) == []


def privileged(*command: str) -> bool:
    """Whether ``command`` runs here (root's tools: unshare, mount, setpriv)."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which(command[0]):
        return False
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


def as_user_command(user: int) -> list[str]:
    """The command that starts this interpreter as ``user`` (an uid with no home: someone who is not root)."""
    return ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", sys.executable]


def as_user(user: int, code: str, **options: object) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter as ``user``."""
    return subprocess.run(
        [*as_user_command(user), "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        cwd="/",
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture
def reachable():
    """Make folders other users can reach (pytest's own are root's alone); removed after the test."""
    import tempfile

    made: list[Path] = []

    def make(name: str, mode: int = 0o755) -> Path:
        folder = Path(tempfile.mkdtemp(prefix=f"interview-corpus-{name}-"))
        folder.chmod(mode)
        made.append(folder)
        return folder

    yield make
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


NOBODY, OWNER = 65534, 54321  # two users who are not root
CAN_DROP_PRIVILEGES = privileged(
    "setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", sys.executable, "-c", ""
)
CAN_MOUNT = privileged("unshare", "--mount", "--propagation", "private", "true")


class TestFaults:
    def test_a_missing_folder_for_the_output(self, tmp_path, capsys):
        """-o in a folder that does not exist: WriteError saying so, exit 4, one line, no file."""
        with pytest.raises(ic.WriteError, match="folder does not exist"):
            ic.Corpus.build(tmp_path / "none" / "c.db", [ic.load()])
        source = tmp_path / "t.txt"
        source.write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        assert main(["index", str(source), "-o", str(tmp_path / "none" / "c.db")]) == 4
        err = capsys.readouterr().err
        assert "folder does not exist" in err
        assert "Traceback" not in err
        assert not (tmp_path / "none").exists()

    @pytest.mark.skipif(
        not CAN_DROP_PRIVILEGES, reason="needs root, and setpriv, to be another user"
    )
    def test_a_folder_the_writer_cannot_write(self, reachable):
        """-o in a folder this user may not write: exit 4 with the reason, and nothing written."""
        folder = reachable("closed")
        (folder / "t.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        code = (
            "from interview_corpus.cli._main import main\n"
            f"raise SystemExit(main(['index', {str(folder / 't.txt')!r}, '-o', {str(folder / 'c.db')!r}]))\n"
        )
        result = as_user(NOBODY, code)
        assert result.returncode == 4, result.stderr
        assert "Permission denied" in result.stderr
        assert "Traceback" not in result.stderr
        assert sorted(path.name for path in folder.iterdir()) == ["t.txt"]

    @pytest.mark.skipif(not CAN_MOUNT, reason="needs root, and unshare, to mount a small disk")
    def test_a_full_disk(self, folder, many, tmp_path):
        """An update or a build that fills the disk: exit 4 saying so; the old file intact, no file left."""
        old = tmp_path / "old.db"
        ic.Corpus.build(old, sources(folder), jobs=1).close()
        disk = tmp_path / "disk"
        disk.mkdir()
        python = f"{sys.executable} -m interview_corpus"
        check = (
            f"import interview_corpus as ic; c = ic.Corpus.open({str(disk / 'c.db')!r}); "
            "c.verify(); print(len(c), 'verified')"
        )
        script = f"""
            set -u
            mount -t tmpfs -o size={old.stat().st_size + 600_000} tmpfs {disk}
            cp {old} {disk}/c.db
            dd if=/dev/zero of={disk}/filler bs=4096 2>/dev/null
            {python} index {many} -o {disk}/c.db -q --jobs 1; echo "update exit $?"
            rm {disk}/filler
            {sys.executable} -c "{check}"
            {python} index {many} -o {disk}/new.db -q --jobs 1; echo "build exit $?"
            ls -A {disk}
        """
        result = subprocess.run(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.stdout.splitlines() == [
            "update exit 4",
            "5 verified",
            "build exit 4",
            "c.db",
        ], result.stderr
        assert result.stderr.count("the disk is full") == 2, result.stderr
        assert "Traceback" not in result.stderr

    def test_an_update_waits_for_another(self, folder, tmp_path):
        """An update started while another process updates the file waits for it, then runs."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        holder = hold_the_write_lock(path, seconds=1.0)
        with ic.Corpus.build(path, [ic.load()], jobs=1) as corpus:
            assert corpus.ids == ("tass-2065861",)
            corpus.verify()
        holder.communicate(timeout=60)
        assert holder.returncode == 0

    def test_an_update_that_waits_too_long_names_the_other_writer(
        self, folder, tmp_path, monkeypatch, capsys
    ):
        """Past WRITER_WAIT_SECONDS, an update stops with CorpusFileError naming the other process, exit 4."""
        from interview_corpus._util import limits

        monkeypatch.setattr(limits, "WRITER_WAIT_SECONDS", 0.5)
        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        before = snapshot(path)
        holder = hold_the_write_lock(path, seconds=30.0)
        try:
            with pytest.raises(ic.CorpusFileError, match="is updating this corpus file") as error:
                ic.Corpus.build(path, [ic.load()], jobs=1)
            if sys.platform.startswith("linux"):
                assert error.value.writer == holder.pid
                assert f"process {holder.pid} (" in error.value.reason
            assert main(["index", str(folder), "-o", str(path), "-q"]) == 4
            err = capsys.readouterr().err
            assert "is updating this corpus file" in err
            assert "Traceback" not in err
        finally:
            holder.kill()
            holder.communicate()
        assert snapshot(path) == before

    def test_two_updates_at_once_both_end_well(self, folder, many, tmp_path):
        """Two `index` processes updating one file at once: both succeed, one after the other."""
        path = tmp_path / "c.db"
        ic.Corpus.build(path, sources(folder), jobs=1).close()
        command = [
            sys.executable,
            "-m",
            "interview_corpus",
            "index",
            "-q",
            "--jobs",
            "1",
            "-o",
            str(path),
        ]
        first = subprocess.Popen([*command, str(many)], stderr=subprocess.PIPE, text=True)
        second = subprocess.Popen([*command, str(folder)], stderr=subprocess.PIPE, text=True)
        errors = first.communicate(timeout=300)[1] + second.communicate(timeout=300)[1]
        assert (first.returncode, second.returncode) == (0, 0), errors
        with ic.Corpus.open(path) as corpus:
            assert len(corpus) in (4, 300)
            corpus.verify()

    def test_a_killed_builds_temporary_file_is_removed_by_the_next_build(self, many, tmp_path):
        """kill -9 during a new build leaves .NAME.PID.tmp; the next build of NAME removes it."""
        path = tmp_path / "out" / "c.db"
        path.parent.mkdir()
        child = TestInterruption().build_in_child(path, many)
        temporary = path.parent / f".c.db.{child.pid}.tmp"
        wait_for(lambda: temporary.exists() and temporary.stat().st_size > 100_000, child)
        child.send_signal(signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL
        assert temporary.exists()
        ic.Corpus.build(path, [ic.load()]).close()
        assert sorted(p.name for p in path.parent.iterdir()) == ["c.db"]

    def test_a_new_file_is_on_the_disk_before_it_replaces_the_old(self, tmp_path, monkeypatch):
        """The new file is synced (fsync) before its rename, and its folder after it."""
        synced: list[tuple[int, int]] = []
        renamed: list[tuple[int, int]] = []
        fsync, replace = os.fsync, os.replace

        def recording_fsync(descriptor: int) -> None:
            status = os.fstat(descriptor)
            synced.append((status.st_ino, len(renamed)))
            fsync(descriptor)

        def recording_replace(source: str, target: str) -> None:
            renamed.append((Path(source).stat().st_ino, len(synced)))
            replace(source, target)

        monkeypatch.setattr(os, "fsync", recording_fsync)
        monkeypatch.setattr(os, "replace", recording_replace)
        path = tmp_path / "c.db"
        ic.Corpus.build(path, [ic.load()]).close()
        file, folder = path.stat().st_ino, tmp_path.stat().st_ino
        assert [(inode, before) for inode, before in renamed] == [(file, renamed[0][1])]
        assert (file, 0) in synced  # the file, before the rename
        assert (folder, 1) in synced  # its folder, after it


def hold_the_write_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    """A process that holds the corpus file's write lock (an update under way) for ``seconds``."""
    code = (
        "import sqlite3, sys, time\n"
        f"connection = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "connection.execute('BEGIN IMMEDIATE')\n"
        "print('holding', flush=True)\n"
        f"time.sleep({seconds})\n"
        "connection.execute('COMMIT')\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline() == "holding\n"
    return holder


class TestFingerprints:
    def test_what_is_stored_is_what_was_fingerprinted(self, tmp_path):
        """A file that changes between the update's check and its reading is stored with the fingerprint of
        what was read: set back to what was checked, it is read again (not called unchanged)."""
        folder = tmp_path / "t"
        folder.mkdir()
        first, second = folder / "a.txt", folder / "b.txt"
        first.write_text("Q: One?\n\nA: One.", encoding="utf-8")
        second.write_text("Q: Two?\n\nA: Two.", encoding="utf-8")
        path = tmp_path / "c.db"
        ic.Corpus.build(path, folder, jobs=1).close()
        first.write_text("Q: One?\n\nA: One, changed.", encoding="utf-8")
        checked = "Q: Two?\n\nA: Two, changed."
        second.write_text(checked, encoding="utf-8")

        def meanwhile(_done: int, _total: int, name: str) -> None:
            if name == str(first):  # b.txt was checked, and is not read yet
                second.write_text("Q: Two?\n\nA: Two, changed again.", encoding="utf-8")

        with ic.Corpus.build(path, folder, jobs=1, progress=meanwhile) as corpus:
            assert corpus.last_build["read"] == 2
            assert corpus["b"].answers[0].text == "Two, changed again."
        second.write_text(checked, encoding="utf-8")
        with ic.Corpus.build(path, folder, jobs=1) as corpus:
            assert corpus.last_build == {"read": 1, "unchanged": 1, "dropped": 0, "failed": 0}
            assert corpus["b"].source == checked


READ_AND_SEARCH = (
    "import interview_corpus as ic, os, sys\n"
    "path = sys.argv[1]\n"
    "with ic.Corpus.open(path) as corpus:\n"
    "    print(len(corpus), len(corpus.search('harbour', limit=None)))\n"
    "    corpus.verify()\n"
    "print(sorted(os.listdir(os.path.dirname(path))))\n"
)


class TestReadOnlyPlaces:
    @pytest.mark.skipif(
        not CAN_MOUNT, reason="needs root, and unshare, to mount a folder read-only"
    )
    def test_a_file_on_a_read_only_mount_is_read(self, tmp_path):
        """A corpus file on a read-only mount opens, searches and verifies, and nothing is written there."""
        path = tmp_path / "ro" / "c.db"
        path.parent.mkdir()
        ic.Corpus.build(path, harbour_folder(tmp_path / "t", "alpha", 3), jobs=1).close()
        script = (
            f"mount --bind {path.parent} {path.parent} && "
            f"mount -o remount,bind,ro {path.parent} && "
            f'{sys.executable} -c "$0" {path}'
        )
        result = subprocess.run(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, READ_AND_SEARCH],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.stdout.splitlines() == ["3 9", "['c.db']"], result.stderr

    @pytest.mark.skipif(
        not CAN_DROP_PRIVILEGES, reason="needs root, and setpriv, to be another user"
    )
    def test_a_file_in_a_folder_the_reader_cannot_write_is_read(self, tmp_path, reachable):
        """Another user, who may not write the folder, opens, searches and verifies the file, leaving nothing."""
        folder = reachable("closed")
        path = folder / "c.db"
        ic.Corpus.build(path, harbour_folder(tmp_path / "t", "alpha", 3), jobs=1).close()
        result = as_user(NOBODY, READ_AND_SEARCH.replace("sys.argv[1]", repr(str(path))))
        assert result.stdout.splitlines() == ["3 9", "['c.db']"], result.stderr

    @pytest.mark.skipif(
        not CAN_DROP_PRIVILEGES, reason="needs root, and setpriv, to be other users"
    )
    def test_another_users_reading_leaves_nothing_that_stops_the_owners_update(self, reachable):
        """In a shared folder, another user reads the owner's file while the owner updates it twice:
        the reader sees each update, and leaves no -wal or -shm file that would stop the next."""
        folder = reachable("shared", 0o1777)
        first = harbour_folder(folder / "a", "alpha", 3)
        second = harbour_folder(folder / "b", "beta", 4)
        path = folder / "c.db"
        index = (
            "import sys\n"
            "from interview_corpus.cli._main import main\n"
            f"raise SystemExit(main(['index', sys.argv[1], '-o', {str(path)!r}, '-q', '--jobs', '1']))\n"
        )

        def update(source: Path) -> None:
            result = as_user(OWNER, index.replace("sys.argv[1]", repr(str(source))))
            assert result.returncode == 0, result.stderr

        update(first)
        searcher = (
            "import interview_corpus as ic, sys\n"
            f"corpus = ic.Corpus.open({str(path)!r})\n"
            "for line in sys.stdin:\n"
            "    print(len(corpus.search('harbour', limit=None)), flush=True)\n"
        )
        reader = subprocess.Popen(
            [*as_user_command(NOBODY), "-c", searcher],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            cwd="/",
        )
        assert reader.stdin is not None
        assert reader.stdout is not None

        def search() -> str:
            reader.stdin.write("search\n")  # type: ignore[union-attr]
            reader.stdin.flush()  # type: ignore[union-attr]
            return reader.stdout.readline().strip()  # type: ignore[union-attr]

        try:
            assert search() == "9"
            update(second)
            assert search() == "12"
            update(first)
            assert search() == "9"
        finally:
            reader.communicate(timeout=60)
        assert reader.returncode == 0
        assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["c.db"]
        update(second)


class TestKilledAtRandom:
    def test_index_killed_at_any_point_leaves_the_old_or_the_new_corpus(self, tmp_path):
        """kill -9 at a random moment of `index` (a new build or an update), many times: the file is then
        absent (a new build killed before its rename), the old corpus or the new one, and verifies; the next
        build or update leaves no temporary file. INTERVIEW_CORPUS_STRESS=50 runs 50 times as many trials;
        INTERVIEW_CORPUS_SEED=N repeats the trials of a seed."""
        import random

        seed = int(os.environ.get("INTERVIEW_CORPUS_SEED") or time.time_ns() % 2**32)
        chance = random.Random(seed)  # noqa: S311  # a repeatable choice of moments, not a secret
        corpora = {
            "a": harbour_folder(tmp_path / "a", "alpha", 120),
            "b": harbour_folder(tmp_path / "b", "beta", 160),
        }
        ids = {
            name: {path.stem for path in folder.glob("*.txt")} for name, folder in corpora.items()
        }
        path = tmp_path / "out" / "c.db"
        path.parent.mkdir()
        command = [sys.executable, "-m", "interview_corpus", "index", "-q", "--jobs", "1", "-o"]

        def timed(*arguments: str) -> float:
            started = time.monotonic()
            subprocess.run([*command, *arguments], check=True)
            return time.monotonic() - started

        # Kills fall between the end of the start-up (imports) and the end of a whole build.
        startup = timed(str(tmp_path / "one.db"), str(next(corpora["a"].iterdir())))
        duration = timed(str(path), str(corpora["b"]))
        trials = 8 * STRESS
        for trial in range(trials):
            old = None
            if chance.random() < 0.5:  # an update of the file the last trial left
                if not path.exists():
                    subprocess.run([*command, str(path), str(corpora["a"])], check=True)
                with ic.Corpus.open(path) as corpus:
                    old = set(corpus.ids)
            else:  # a new build
                path.unlink(missing_ok=True)
            new = chance.choice("ab")
            child = subprocess.Popen([*command, str(path), str(corpora[new])])
            time.sleep(chance.uniform(startup * 0.8, duration * 1.1))
            child.send_signal(signal.SIGKILL)
            child.wait()
            context = (
                f"INTERVIEW_CORPUS_SEED={seed}, trial {trial}: {'an update' if old else 'a build'}"
            )
            if not path.exists():
                assert old is None, context
                continue
            with ic.Corpus.open(path) as corpus:
                found = set(corpus.ids)
                corpus.verify()
            assert found in [ids[new], *([old] if old else [])], context
        subprocess.run([*command, str(path), str(corpora["a"])], check=True)  # an update
        assert sorted(p.name for p in path.parent.iterdir()) == ["c.db"], f"seed {seed}"


def children_of(process: int) -> list[int]:
    """The processes ``process`` started (Linux: /proc)."""
    found: list[int] = []
    for task in Path(f"/proc/{process}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            found += [int(child) for child in task.read_text().split()]
    return found


class TestWorkers:
    @pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds workers in /proc")
    def test_a_worker_whose_caller_died_before_it_started_ends_at_once(self):
        """A worker started after its caller was killed (adopted by another process) ends at once,
        instead of reading the adopter for its parent and waiting for work for ever."""
        code = (
            "import os; from interview_corpus.store._build import _end_with_parent\n"
            "_end_with_parent(os.getppid() + 1)\n"  # not this process's parent: as if adopted
            "print('still running')\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
        )
        assert (done.returncode, done.stdout, done.stderr) == (1, "", "")

    def test_a_killed_parallel_build_leaves_no_worker_waiting(self, many, tmp_path):
        """kill -9 of `index --jobs 2` ends its workers too: none waits forever holding its output open."""
        command = ["index", str(many), "-o", str(tmp_path / "c.db"), "--jobs", "2", "-q"]
        child = subprocess.Popen(
            [sys.executable, "-m", "interview_corpus", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        wait_for(lambda: len(children_of(child.pid)) >= 2, child)
        workers = children_of(child.pid)
        child.send_signal(signal.SIGKILL)
        try:
            child.communicate(timeout=20)  # the end of its output: no process holds it open
        finally:
            for worker in workers:
                with contextlib.suppress(OSError):
                    os.kill(worker, signal.SIGKILL)

    def test_a_parallel_build_from_a_process_with_threads(self, folder, tmp_path):
        """--jobs 2 from a process that runs other threads (where fork may deadlock) builds the same file."""
        import threading

        ic.Corpus.build(tmp_path / "serial.db", sources(folder), jobs=1).close()
        stop = threading.Event()
        busy = threading.Thread(target=lambda: stop.wait(60), daemon=True)
        busy.start()
        try:
            ic.Corpus.build(tmp_path / "parallel.db", sources(folder), jobs=2).close()
        finally:
            stop.set()
        assert snapshot(tmp_path / "serial.db") == snapshot(tmp_path / "parallel.db")

    def test_a_failed_parallel_build_stops_its_workers(self, many, tmp_path):
        """A parallel build stopped by a bad transcript leaves no worker running."""
        import multiprocessing

        (many / "talk-000.txt").write_text("Q: Unanswered?", encoding="utf-8")
        with pytest.raises(ic.CorpusError):
            ic.Corpus.build(tmp_path / "c.db", many, jobs=2)
        assert multiprocessing.active_children() == []


class TestLeftBehind:
    @pytest.mark.skipif(
        not CAN_DROP_PRIVILEGES, reason="needs root, and setpriv, to be other users"
    )
    def test_another_users_journal_files_are_named(self, reachable):
        """-wal and -shm files another user left (a reader of an older version) stop an update with a
        message that names them and says what to do."""
        folder = reachable("shared", 0o1777)
        source = harbour_folder(folder / "a", "alpha", 2)
        path = folder / "c.db"
        index = (
            "from interview_corpus.cli._main import main\n"
            f"raise SystemExit(main(['index', {str(source)!r}, '-o', {str(path)!r}, '-q']))\n"
        )
        assert as_user(OWNER, index).returncode == 0
        leave = (  # what a reader that opened the file for writing did
            "import sqlite3\n"
            f"connection = sqlite3.connect({str(path)!r})\n"
            "connection.execute('SELECT count(*) FROM interviews').fetchall()\n"
            "connection.close()\n"
        )
        assert as_user(NOBODY, leave).returncode == 0
        result = as_user(OWNER, index)
        assert result.returncode == 4, result.stderr
        assert f"{path}-wal and {path}-shm belong to another user" in result.stderr
        assert "Traceback" not in result.stderr
