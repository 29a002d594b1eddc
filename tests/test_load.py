"""Tests for loading bundled interviews: caching, ids, integrity and laziness."""

from __future__ import annotations

import hashlib
import sys
import threading
from pathlib import Path

import pytest

import interview_corpus as ic
from interview_corpus.reading import _bundled

from .helpers import SHA256, python_lines


@pytest.mark.usefixtures("fresh_cache")
def test_load_returns_the_same_object():
    """load() parses once and then returns the cached interview."""
    first = ic.load()
    assert ic.load() is first
    assert ic.load("tass-2065861") is first


@pytest.mark.usefixtures("fresh_cache")
def test_load_is_thread_safe():
    """Concurrent first calls all get one and the same interview."""
    results: list[ic.Interview] = []
    threads = [threading.Thread(target=lambda: results.append(ic.load())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8
    assert all(result is results[0] for result in results)


def test_available():
    """available() lists the bundled ids."""
    assert ic.available() == ("tass-2065861",)


def test_unknown_id_suggests_close_ones():
    """An unknown id raises NotFoundError (a LookupError) with suggestions."""
    with pytest.raises(ic.NotFoundError) as caught:
        ic.load("tass-206586")
    assert caught.value.key == "tass-206586"
    assert caught.value.kind == "interview"
    assert caught.value.suggestions == ("tass-2065861",)
    assert isinstance(caught.value, LookupError)
    assert "ic.available()" in str(caught.value)


def test_prefix_of_an_id_is_suggested():
    """A prefix such as 'tass' suggests the full id."""
    with pytest.raises(ic.NotFoundError) as caught:
        ic.load("tass")
    assert caught.value.suggestions == ("tass-2065861",)


@pytest.mark.parametrize("bad", [None, 3, ["tass-2065861"]])
def test_non_string_id_is_a_type_error(bad):
    """A non-str id raises InvalidArgumentTypeError, also a TypeError."""
    with pytest.raises(ic.InvalidArgumentTypeError):
        ic.load(bad)
    with pytest.raises(TypeError):
        ic.load(bad)


@pytest.mark.usefixtures("fresh_cache")
@pytest.mark.parametrize("reading", ["saved", "parsed"])
def test_checksum_mismatch_raises_integrity_error(monkeypatch, reading):
    """A damaged text fails load() with IntegrityError naming both checksums, whether the
    interview comes from its saved reading or from parsing the text."""
    real = _bundled.read_data
    damaged = real("tass-2065861.txt").replace(b"Lavrov", b"Lavroff", 1)

    def read(name: str) -> bytes | None:
        if name.endswith(".reading.pickle") and reading == "parsed":
            return None
        return damaged if name.endswith(".txt") else real(name)

    monkeypatch.setattr(_bundled, "read_data", read)
    with pytest.raises(ic.IntegrityError) as caught:
        ic.load()
    error = caught.value
    assert error.resource == "tass-2065861.txt"
    assert error.expected == SHA256
    assert error.actual == hashlib.sha256(damaged).hexdigest()
    assert "reinstall" in str(error)
    assert isinstance(error, ValueError)
    monkeypatch.undo()
    assert ic.load().id == "tass-2065861"


@pytest.mark.usefixtures("fresh_cache")
def test_load_uses_the_saved_reading_and_not_the_reader():
    """load() builds the interview from its saved reading: no part of the reader is imported."""
    code = (
        "import sys, interview_corpus as ic\n"
        "ic.load().lookup('a3.p2')\n"
        "print(sorted(m for m in sys.modules if m.startswith('interview_corpus.reading.')))\n"
        "print(sorted({'json', 'tomllib'} & set(sys.modules)))\n"
    )
    assert python_lines(code) == ["['interview_corpus.reading._bundled']", "[]"]


@pytest.mark.usefixtures("fresh_cache")
@pytest.mark.parametrize("fault", ["another model", "damaged", "missing", "another text"])
def test_a_reading_that_cannot_be_used_is_read_again_from_the_text(monkeypatch, fault):
    """A saved reading made by another model, damaged, missing or of another text: the text is
    parsed instead, to the same interview."""
    import pickle

    expected = ic.load()
    _bundled._clear_cache()
    real = _bundled.read_data
    saved = real("tass-2065861.reading.pickle")
    assert saved is not None
    layout, source, sha256, interview = pickle.loads(saved)  # our own data
    replaced = {
        "another model": pickle.dumps(("Span(start);", source, sha256, interview)),
        "damaged": saved[: len(saved) // 2],
        "missing": None,
        "another text": pickle.dumps(
            (layout, source, sha256, ic.parse("– Why?\n\n– Because.", id="tass-2065861"))
        ),
    }[fault]
    monkeypatch.setattr(
        _bundled,
        "read_data",
        lambda name: replaced if name.endswith(".reading.pickle") else real(name),
    )
    parsed = ic.load()
    assert parsed == expected
    assert parsed is not expected


def test_import_reads_and_parses_nothing():
    """Importing the package loads no data and no modules it does not need."""
    code = (
        "import sys, interview_corpus\n"
        "from interview_corpus.reading import _bundled\n"
        "assert _bundled._cache == {}, 'something was loaded at import time'\n"
        "heavy = {'tomllib', 'hashlib', 'json', 'sqlite3', 'cattrs', 'argparse', 'difflib',\n"
        "         'textwrap', 'datetime', 'importlib.metadata', 'interview_corpus.cli._main'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    assert python_lines(code) == ["[]"]


def test_load_and_lookup_import_neither_pickle_nor_datetime():
    """A first load() and lookup() read the saved reading with the C unpickler, make its date with
    datetime's C half, and find no mention's sentence yet (issue 25: within 1.3x import attrs):
    neither pickle.py, nor datetime.py, nor the sentence finder is imported, and the interview
    and its date are what they always were."""
    code = (
        "import sys, interview_corpus as ic\n"
        "iv = ic.load()\n"
        "print(iv.lookup('a3.p2').id, iv.published, type(iv.questions[0]).__name__)\n"
        "heavy = {'pickle', 'datetime', 'interview_corpus.model._locate', 'bisect',\n"
        "         'interview_corpus.errors._failures'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
        "import datetime\n"
        "print(type(iv.published) is datetime.date, len(iv.mentions('Zelensky')))\n"
    )
    assert python_lines(code) == ["a3.p2 2025-12-28 Question", "[]", "True 2"]


@pytest.mark.usefixtures("fresh_cache")
def test_clear_cache_forgets():
    """_clear_cache() makes the next load() parse again (a new, equal object)."""
    first = ic.load()
    _bundled._clear_cache()
    second = ic.load()
    assert second is not first
    assert second == first


@pytest.mark.usefixtures("fresh_cache")
def test_loading_through_importlib_resources(monkeypatch):
    """A loader without get_data (e.g. some zip importers) falls back to importlib.resources."""
    import importlib.machinery

    spec = importlib.machinery.ModuleSpec(
        "interview_corpus.reading._bundled", loader=None, origin=None
    )
    monkeypatch.setattr(_bundled, "__spec__", spec)
    assert _bundled.read_data("nope.toml") is None
    assert ic.load() == _bundled._load_bundled("tass-2065861")


@pytest.mark.usefixtures("fresh_cache")
def test_missing_text_raises_integrity_error(monkeypatch):
    """An annotation whose text file is missing raises IntegrityError with actual=None."""
    real = _bundled.read_data
    monkeypatch.setattr(
        _bundled, "read_data", lambda name: None if name.endswith(".txt") else real(name)
    )
    with pytest.raises(ic.IntegrityError) as caught:
        ic.load()
    assert caught.value.actual is None
    assert "is missing" in str(caught.value)


@pytest.mark.parametrize("bad", ["../tass-2065861", "data/tass-2065861", "", ".toml"])
def test_path_like_ids_are_not_found(bad):
    """Ids that look like paths never reach the file system and are simply not found."""
    with pytest.raises(ic.NotFoundError):
        ic.load(bad)


def test_builtin_sha256_matches_hashlib():
    """The fast built-in SHA-256 gives hashlib's digest."""
    import hashlib

    data = "Kiev – Kyiv ©".encode() * 1000
    assert _bundled.sha256_hex(data) == hashlib.sha256(data).hexdigest()


def _calls(function: object, *arguments: object) -> int:
    """The function calls (Python's and C's) that ``function(*arguments)`` makes."""
    calls = 0

    def count(_frame: object, event: str, _argument: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        function(*arguments)  # type: ignore[operator]
    finally:
        sys.setprofile(None)
    return calls


def test_listing_a_folder_is_linear(tmp_path):
    """A folder's transcripts are listed in work proportional to its files: 4 times the files,
    about 4 times the calls (the listing once compared every file with every transcript, and a
    folder of 100,000 transcripts took longer to list than to index)."""
    from interview_corpus.reading import _load

    def folder(count: int) -> Path:
        path = tmp_path / f"f{count}"
        path.mkdir()
        for number in range(count):
            (path / f"t{number:05d}.txt").touch()
            if number % 10 == 0:
                (path / f"t{number:05d}.wav").touch()  # skipped, with the reason
        return path

    small, large = folder(200), folder(800)
    work = [_calls(_load.transcript_files, path, None) for path in (small, large)]
    assert work[1] < 6 * work[0], work
