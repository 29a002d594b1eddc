"""Tests for the exception hierarchy: built-in bases, data attributes, messages, pickling."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

import interview_corpus as ic

ERRORS = [
    (ic.NotFoundError, LookupError),
    (ic.TranscriptError, ValueError),
    (ic.IntegrityError, ValueError),
    (ic.InvalidArgumentTypeError, TypeError),
    (ic.ArgumentValueError, ValueError),
    (ic.QueryError, ValueError),
    (ic.ReadError, OSError),
    (ic.WriteError, OSError),
    (ic.DocumentError, ValueError),
    (ic.MissingDependencyError, ImportError),
    (ic.CorpusError, ValueError),
    (ic.CorpusFileError, ValueError),
]


def test_the_hierarchy_test_covers_every_public_error():
    """ERRORS lists every exception class the package exports, so none escapes the checks."""
    public = {
        getattr(ic, name)
        for name in ic.__all__
        if isinstance(getattr(ic, name), type) and issubclass(getattr(ic, name), BaseException)
    }
    assert public - {ic.InterviewCorpusError} == {error for error, _ in ERRORS}


def test_invalid_argument_type_error_has_a_name_of_its_own():
    """ic.InvalidArgumentTypeError has a name of its own (argparse has an ArgumentTypeError)."""
    import argparse

    assert "ArgumentTypeError" not in ic.__all__
    assert "InvalidArgumentTypeError" in ic.__all__
    assert ic.InvalidArgumentTypeError.__name__ == "InvalidArgumentTypeError"
    assert ic.InvalidArgumentTypeError is not argparse.ArgumentTypeError


@pytest.mark.parametrize(("error", "builtin"), ERRORS)
def test_each_error_has_the_root_and_a_builtin(error, builtin):
    """Every error is an InterviewCorpusError and the matching built-in, and is public."""
    assert issubclass(error, ic.InterviewCorpusError)
    assert issubclass(error, builtin)
    assert error.__module__ == "interview_corpus"
    assert getattr(ic, error.__name__) is error


def test_not_found_message_and_data():
    """NotFoundError names the key, kind and suggestions, and says what to do."""
    error = ic.NotFoundError("a9", kind="id", suggestions=["a1", "a2"], hint="try iv.ids")
    assert (error.key, error.kind, error.suggestions) == ("a9", "id", ("a1", "a2"))
    assert str(error) == "no id 'a9'; did you mean 'a1', 'a2'? (try iv.ids)"
    assert str(ic.NotFoundError("x")) == "no id 'x'"


def test_transcript_error_position():
    """TranscriptError turns an offset into a 1-based line and column."""
    error = ic.TranscriptError("bad", text="ab\ncd\nef", offset=4)
    assert (error.line, error.column, error.offset, error.reason) == (2, 2, 4, "bad")
    assert str(error) == "line 2, column 2: bad"


def test_parse_error_position_on_a_later_line():
    """A parse error points at the offending line of the text."""
    with pytest.raises(ic.TranscriptError) as caught:
        ic.parse("Head\n\n– Q?\n\n– A.\n\n– Q2?", id="x")
    assert (caught.value.line, caught.value.column) == (7, 1)


@pytest.mark.parametrize(
    "error",
    [
        ic.NotFoundError("a9", kind="id", suggestions=["a1"]),
        ic.TranscriptError("bad", text="ab\ncd", offset=3),
        ic.IntegrityError("x.txt", expected="a", actual="b"),
        ic.InvalidArgumentTypeError("wrong type"),
        ic.ArgumentValueError("wrong value"),
        ic.QueryError("bad", query="x", position=0),
        ic.ReadError("x.txt", "missing"),
        ic.WriteError("x.csv", "no such folder"),
        ic.DocumentError("$.format", ["wrong"]),
        ic.MissingDependencyError("pyarrow", "parquet"),
    ],
)
def test_errors_pickle(error):
    """Errors survive pickling (for multiprocessing and distributed engines) with their data."""
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert vars(again) == vars(error)


def test_corpus_error_is_an_exception_group_of_each_files_error():
    """CorpusError groups each file's own error, so except* picks the kind it handles."""
    error = ic.CorpusError(
        [ic.Failure("a.txt", 3, 1, "no answer"), ic.Failure("b.txt", None, None, "missing")]
    )
    assert isinstance(error, ExceptionGroup)
    assert isinstance(error, ValueError)
    assert [type(each) for each in error.exceptions] == [ic.TranscriptError, ic.ReadError]
    caught = []
    try:
        raise error
    except* ic.ReadError as group:
        caught.append([str(each) for each in group.exceptions])
    except* ic.TranscriptError as group:
        caught.append([str(each) for each in group.exceptions])
    assert caught == [["b.txt: missing"], ["a.txt:3:1: no answer"]]
    assert str(error).splitlines()[0].startswith("2 files could not be read")
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.failures, str(again)) == (ic.CorpusError, error.failures, str(error))


def test_failure_keeps_its_module_and_loads_apart():
    """Failure and CorpusError load apart from the other errors (they need attrs), and are still
    found where pickles made before look for them."""
    code = (
        "import pickle, sys, interview_corpus.errors as errors\n"
        "print('attrs' in sys.modules)\n"
        "failure = errors.Failure('a.txt', 1, 2, 'why')\n"
        "print(pickle.loads(pickle.dumps(failure)) == failure, errors.CorpusError.__module__)\n"
        "import interview_corpus as ic\n"
        "print(errors.Failure is ic.Failure, type(failure).__module__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "False",
        "True interview_corpus",
        "True interview_corpus.errors",
    ]
