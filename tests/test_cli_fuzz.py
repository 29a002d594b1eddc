"""Fuzzing the command line's argument handling: any argv gives an exit code, never a traceback.

CI runs a quick budget; a longer run takes the number of examples from the
environment: ``INTERVIEW_CORPUS_FUZZ_EXAMPLES=20000 pytest tests/test_cli_fuzz.py``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from interview_corpus.cli._main import COMMANDS, main

from .conftest import FIXTURES

EXAMPLES = int(os.environ.get("INTERVIEW_CORPUS_FUZZ_EXAMPLES", "150"))
WORK = Path(tempfile.mkdtemp(prefix="interview-corpus-fuzz-"))
atexit.register(shutil.rmtree, WORK, ignore_errors=True)
os.mkfifo(WORK / "pipe.txt")
(WORK / "empty").mkdir()

OPTIONS = [
    "--json", "--interview", "--file", "--dir", "--limit", "--level", "--format", "-o",
    "--output", "--keywords", "-k", "-i", "--ignore-case", "--spreadsheet", "-h", "--help",
    "--version", "--", "-",
]  # fmt: skip
VALUES = [
    "1", "0", "-1", "3", "²", "9223372036854775808", "1" * 5000, "e3", "a3.p2", "a3.p2.s1",
    "middle-east", "tass-2065861", "tass-2065861.entities", "json", "jsonl", "csv", "markdown",
    "tei", "convokit", "parquet", "paragraph", "sentence", "mention", "Zelensky", "frozen assets",
    '"root causes', "t* " * 400, r"(\w+\s?)+$", "(", "[", "*", "OR", "", " ", "\0", "\udcff",
    str(FIXTURES / "labelled_qa.txt"), str(FIXTURES / "errors"), str(FIXTURES / "errors" / "empty.txt"),
    "/dev/zero", "/dev/null", str(WORK / "pipe.txt"), str(WORK / "empty"), str(WORK / "out"),
    str(WORK / "missing" / "x"), "/",
]  # fmt: skip
TOKENS = st.one_of(
    st.sampled_from(COMMANDS),
    st.sampled_from(OPTIONS),
    st.sampled_from(VALUES),
    st.text(max_size=12),
)


@pytest.fixture(autouse=True)
def _in_a_scratch_folder(monkeypatch):
    monkeypatch.chdir(WORK)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(argv=st.lists(TOKENS, max_size=7))
def test_any_arguments_give_an_exit_code(capsys, argv):
    """Any argv returns 0, 1 or 2 with at most a usage block or one line per problem on stderr."""
    code = main(argv)
    _, err = capsys.readouterr()
    assert code in (0, 1, 2, 3, 4)
    assert "Traceback" not in err


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    command=st.sampled_from(COMMANDS),
    argument=st.one_of(st.sampled_from(VALUES), st.text(max_size=20)),
    options=st.lists(TOKENS, max_size=4),
)
def test_each_command_with_any_argument(capsys, command, argument, options):
    """Each command with any first argument and options exits 0, 1 or 2, never a traceback."""
    code = main([command, argument, *options])
    _, err = capsys.readouterr()
    assert code in (0, 1, 2, 3, 4)
    assert "Traceback" not in err
