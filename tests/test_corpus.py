"""Tests for ic.read and ic.Corpus."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import attrs
import pytest

import interview_corpus as ic

from .conftest import FIXTURES

GOOD = ["dash_em_crlf.txt", "labelled_named.txt", "labelled_qa.txt"]


@pytest.fixture
def folder(tmp_path):
    for name in GOOD:
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


def test_read_defaults_and_metadata(tmp_path):
    """read() takes the id from the file's stem and passes metadata to parse."""
    path = tmp_path / "Talk with Ana (2024).txt"
    path.write_text("– Why?\n\n– Because.", encoding="utf-8")
    iv = ic.read(path, outlet="Gazette", published="2024-01-02", interviewee="Ana")
    assert iv.id == "Talk-with-Ana-2024"
    assert (iv.outlet, iv.published.isoformat(), iv.interviewee.name) == (
        "Gazette",
        "2024-01-02",
        "Ana",
    )
    assert ic.read(path, id="custom").id == "custom"
    assert ic.read(str(path)).source == "– Why?\n\n– Because."


def test_read_missing_file(tmp_path):
    """A missing file or a directory raises ReadError, an OSError."""
    with pytest.raises(ic.ReadError) as caught:
        ic.read(tmp_path / "missing.txt")
    assert caught.value.path == str(tmp_path / "missing.txt")
    assert isinstance(caught.value, OSError)
    with pytest.raises(ic.ReadError):
        ic.read(tmp_path)


def test_corpus_from_directory(folder):
    """Files load in name order; lookups, iteration and ids work."""
    corpus = ic.Corpus.from_directory(folder)
    assert corpus.ids == ("dash_em_crlf", "labelled_named", "labelled_qa")
    assert len(corpus) == 3
    assert [iv.id for iv in corpus] == list(corpus.ids)
    assert corpus["labelled_qa"].questions[0].text == "First, the budget. Is it balanced?"
    assert corpus.get("nope") is None
    assert corpus.get("nope", corpus["labelled_qa"]) is corpus["labelled_qa"]
    assert "labelled_qa" in corpus
    assert corpus["labelled_qa"] in corpus
    with pytest.raises(ic.NotFoundError) as caught:
        corpus["labelled-qa"]
    assert caught.value.suggestions[0] == "labelled_qa"


@pytest.mark.parametrize("key", [["labelled_qa"], 1, None])
def test_corpus_item_of_wrong_type_is_a_type_error(folder, key):
    """corpus[key] with a key that is not a str is the library's TypeError, not NotFoundError."""
    corpus = ic.Corpus.from_directory(folder)
    with pytest.raises(ic.InvalidArgumentTypeError, match="interviews are found by id"):
        corpus[key]


def test_corpus_metadata_applies_to_every_file(folder):
    """Metadata given to from_directory reaches every interview."""
    corpus = ic.Corpus.from_directory(folder, outlet="Archive", language="en")
    assert {iv.outlet for iv in corpus} == {"Archive"}


def test_corpus_pattern(folder):
    """pattern= selects the files."""
    assert ic.Corpus.from_directory(folder, "labelled_*.txt").ids == (
        "labelled_named",
        "labelled_qa",
    )
    assert ic.Corpus.from_directory(folder, "*.md").ids == ()


def test_every_kind_of_transcript_is_read(folder):
    """Markdown and caption files are read by default; other files are skipped, and said so."""
    shutil.copy(FIXTURES / "layouts" / "podcast.srt", folder / "podcast.srt")
    shutil.copy(FIXTURES / "layouts" / "voices.vtt", folder / "voices.VTT")
    (folder / "written.md").write_text("**Q:** Why?\n\n**A:** Because.", encoding="utf-8")
    (folder / "written.toml").write_text('title = "Written"\n', encoding="utf-8")
    (folder / "slides.key").write_bytes(b"PK")
    (folder / ".DS_Store").write_bytes(b"\0")
    (folder / "corpus.db").write_bytes(b"SQLite format 3\0")
    (folder / "sub").mkdir()
    with pytest.warns(UserWarning, match=r"1 files skipped, not of a kind .*: slides\.key"):
        corpus = ic.Corpus.from_directory(folder)
    assert corpus.ids == (
        *(name.removesuffix(".txt") for name in GOOD),
        "podcast",
        "voices",
        "written",
    )
    assert corpus["written"].title == "Written"
    corpus, failures = ic.Corpus.from_directory(folder, errors="collect")
    assert len(corpus) == 6
    assert [(Path(f.path).name, f.skipped) for f in failures] == [("slides.key", True)]
    assert "give pattern= (--glob) to read it as text" in failures[0].reason


def test_a_folder_with_nothing_to_read_is_an_error(tmp_path):
    """A folder whose files are all of other kinds is never an empty corpus in silence."""
    (tmp_path / "notes.xlsx").write_bytes(b"PK")
    with pytest.raises(ic.CorpusError, match=r"notes\.xlsx: skipped: \.xlsx is not a kind"):
        ic.Corpus.from_directory(tmp_path)
    assert ic.Corpus.from_directory(tmp_path / ".." / tmp_path.name, "*.txt").ids == ()


def test_failures_raise_one_error_listing_every_file(folder):
    """By default every failing file is listed, with line, column and reason."""
    for name in ("empty.txt", "unanswered.txt", "not_utf8.txt"):
        shutil.copy(FIXTURES / "errors" / name, folder / name)
    with pytest.raises(ic.CorpusError) as caught:
        ic.Corpus.from_directory(folder)
    failures = caught.value.failures
    assert [(f.path.rsplit("/", 1)[-1], f.line, f.column) for f in failures] == [
        ("empty.txt", 1, 1),
        ("not_utf8.txt", 3, 6),
        ("unanswered.txt", 5, 1),
    ]
    message = str(caught.value)
    assert message.startswith("3 files could not be read")
    assert f"{folder / 'unanswered.txt'}:5:1: question 2 has no answer" in message
    assert isinstance(caught.value, ValueError)


def test_failures_collected(folder):
    """errors='collect' returns the good files' corpus and the failures."""
    shutil.copy(FIXTURES / "errors" / "mixed.txt", folder / "mixed.txt")
    corpus, failures = ic.Corpus.from_directory(folder, errors="collect")
    assert corpus.ids == ("dash_em_crlf", "labelled_named", "labelled_qa")
    assert len(failures) == 1
    assert failures[0].reason.startswith("the text mixes dash turns")
    with pytest.raises(ic.ArgumentValueError):
        ic.Corpus.from_directory(folder, errors="ignore")


def test_duplicate_ids_name_both_files(tmp_path):
    """Two files with one id are an error naming both."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for sub in ("a", "b"):
        (tmp_path / sub / "same.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
    with pytest.raises(ic.CorpusError) as caught:
        ic.Corpus.from_directory(tmp_path, "**/*.txt")
    (failure,) = caught.value.failures
    assert failure.path == str(tmp_path / "b" / "same.txt")
    assert str(tmp_path / "a" / "same.txt") in failure.reason
    with pytest.raises(ic.ArgumentValueError):
        ic.Corpus([ic.load(), ic.load()])


def test_not_a_directory(tmp_path):
    """A path that is not a directory raises ReadError."""
    with pytest.raises(ic.ReadError):
        ic.Corpus.from_directory(tmp_path / "nope")


def test_bundled():
    """Corpus.bundled() holds the shipped interviews."""
    corpus = ic.Corpus.bundled()
    assert corpus.ids == ic.available()
    assert corpus["tass-2065861"] is ic.load()


def test_speakers_and_by_speaker(folder):
    """Speakers across the corpus; by_speaker counts aliases."""
    corpus = ic.Corpus([ic.load(), *ic.Corpus.from_directory(folder)])
    names = [speaker.name for speaker in corpus.speakers]
    assert names == [
        "TASS",
        "Sergey Lavrov",
        "Interviewer",
        "Interviewee",
        "Elena Park",
        "Moderator",
        "Tom Okafor",
    ]
    assert [iv.id for iv in corpus.by_speaker("Sergei Lavrov")] == ["tass-2065861"]
    assert [iv.id for iv in corpus.by_speaker("elena park")] == ["labelled_named"]
    with pytest.raises(ic.NotFoundError):
        corpus.by_speaker("Nobody Here")


def test_turns_across_interviews(folder):
    """turns(speaker=...) gathers turns with their interview ids, skipping interviews without them."""
    corpus = ic.Corpus([ic.load(), *ic.Corpus.from_directory(folder)])
    assert [(iv_id, t.id) for iv_id, t in corpus.turns("Elena Park")] == [
        ("labelled_named", "s1"),
        ("labelled_named", "a1"),
        ("labelled_named", "a2"),
    ]
    assert len(corpus.turns("moderator")) == 3
    assert len(corpus.turns()) == 10 + 4 + 9 + 6
    with pytest.raises(ic.NotFoundError):
        corpus.turns("Nobody Here")


def test_search_across_interviews(folder):
    """Corpus search ranks hits from every interview and names each hit's interview."""
    corpus = ic.Corpus([ic.load(), *ic.Corpus.from_directory(folder)])
    hits = corpus.search("harbour")
    assert {hit.interview_id for hit in hits} == {"dash_em_crlf"}
    for hit in corpus.search("the", limit=None):
        assert corpus[hit.interview_id].source[hit.span.start : hit.span.end] == hit.text
    assert [hit.interview_id for hit in corpus.search("Russia", interview="tass-2065861")] == [
        "tass-2065861"
    ] * 10
    assert corpus.search("Russia", interview="labelled_qa") == []
    by_park = corpus.search(
        "the OR million OR summer", syntax="fts5", speaker="elena park", limit=None
    )
    assert {(hit.interview_id, hit.id.split(".")[0]) for hit in by_park} == {
        ("labelled_named", "s1"),
        ("labelled_named", "a1"),
        ("labelled_named", "a2"),
    }
    assert {hit.interview_id for hit in corpus.search("Russia", topic="europe", limit=None)} == {
        "tass-2065861"
    }
    assert all(hit.id[0] == "q" for hit in corpus.search("the", speaker="interviewer", limit=None))
    with pytest.raises(ic.NotFoundError):
        corpus.search("Russia", interview="nope")


def test_mentions_across_interviews(folder):
    """Mentions come from interviews with lexicons; others are passed over."""
    corpus = ic.Corpus([ic.load(), *ic.Corpus.from_directory(folder)])
    mentions = corpus.mentions("Zelensky")
    assert [(iv_id, m.sentence_id) for iv_id, m in mentions] == [
        ("tass-2065861", "a1.p2.s1"),
        ("tass-2065861", "a1.p4.s1"),
    ]
    assert len(corpus.mentions()) == 148
    with pytest.raises(ic.NotFoundError):
        corpus.mentions("Nobody Here")


def test_corpus_is_a_value(folder):
    """Corpora compare by value, pickle, and have a short repr."""
    one = ic.Corpus.from_directory(folder)
    two = ic.Corpus.from_directory(folder)
    assert one == two
    assert pickle.loads(pickle.dumps(one)) == one
    assert repr(one) == "Corpus(3 interviews: 'dash_em_crlf', 'labelled_named', 'labelled_qa')"
    with pytest.raises(ic.InvalidArgumentTypeError):
        ic.Corpus(["not an interview"])


def test_reading_a_directory_restores_the_garbage_collector(folder):
    """The collector, paused while a directory is read, is enabled again after (even on failure)."""
    import gc

    assert gc.isenabled()
    ic.Corpus.from_directory(folder)
    assert gc.isenabled()
    shutil.copy(FIXTURES / "errors" / "empty.txt", folder / "empty.txt")
    with pytest.raises(ic.CorpusError):
        ic.Corpus.from_directory(folder)
    assert gc.isenabled()
    gc.disable()
    try:
        ic.Corpus.from_directory(folder, "labelled_*.txt")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_corpus_is_never_changed_after_construction():
    """Corpus derives its backend once, at construction, never by writing into the frozen object later."""
    import inspect

    from interview_corpus import corpus as _corpus

    assert "object.__setattr__" not in inspect.getsource(_corpus)
    corpus = ic.Corpus.bundled()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        corpus.interviews = ()
    assert corpus["tass-2065861"] is corpus.interviews[0]
