"""Tests for the overview printed by ``python -m interview_corpus`` and ``interview-corpus``."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from interview_corpus import __version__
from interview_corpus._cli import main

EXPECTED_START = """\
Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump
TASS, 2025-12-28 — https://tass.com/politics/2065861

Interviewer: TASS, Russian News Agency; the correspondent is not named in the text
Interviewee: Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation

5 exchanges:
  1. [Ukraine settlement] The United States has been proactive"""


def test_main_prints_the_overview(capsys):
    """main() prints title, outlet, date, speakers and the five exchanges, and returns 0."""
    assert main([]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith(EXPECTED_START)
    lines = out.splitlines()
    assert [line.split("]")[0].strip() for line in lines[-5:]] == [
        "1. [Ukraine settlement",
        "2. [United States",
        "3. [Europe",
        "4. [Middle East",
        "5. [Asia-Pacific",
    ]


def test_unknown_interview_exits_1_with_a_message(capsys):
    """An unknown --interview prints a message with close matches on stderr and returns 1."""
    assert main(["--interview", "tass"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "interview-corpus: no interview 'tass'; did you mean 'tass-2065861'? "
        "(ic.available() lists the bundled interviews)\n"
    )


def test_version(capsys):
    """--version prints the version and exits 0."""
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"interview-corpus {__version__}\n"


def test_usage_error_exits_2(capsys):
    """An unknown option is a usage error (exit 2), as with argparse."""
    with pytest.raises(SystemExit) as caught:
        main(["--nope"])
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "interview_corpus"],
        [str(Path(sysconfig.get_path("scripts")) / "interview-corpus")],
    ],
    ids=["python -m", "console script"],
)
def test_installed_entry_points(command, tmp_path):
    """Both entry points of the installed package print the overview and exit 0."""
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(EXPECTED_START)


def test_bad_interview_in_a_subprocess_has_no_traceback(tmp_path):
    """A user error in the real program prints one line, never a traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "interview_corpus", "--interview", "nope"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("interview-corpus: no interview 'nope'")
