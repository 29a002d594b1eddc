"""Real published transcripts, read with no options, against the reading a person decided.

Two folders: the development corpus in the repository (``tests/real``, openly licensed
texts, see its README) and the shared sample beside the checkout (``../shared/real``; the
tests on it skip where it is absent). Each ``NAME.expect.json`` holds a person's reading;
``scripts/score_reading.py`` scores the reader against it, and so do these tests.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

import interview_corpus as ic

from .test_parse import check_fidelity

ROOT = Path(__file__).resolve().parents[1]
DEVELOPMENT = ROOT / "tests" / "real"
SHARED = ROOT.parent / "shared" / "real"

_spec = importlib.util.spec_from_file_location(
    "score_reading", ROOT / "scripts" / "score_reading.py"
)
assert _spec is not None
assert _spec.loader is not None
scoring = importlib.util.module_from_spec(_spec)
sys.modules["score_reading"] = scoring
_spec.loader.exec_module(scoring)

# The level reached so far, as counts of files read right (and titles right): a change that
# reads fewer of them right fails; raise these as the reader improves (issue 22).
FLOORS = {
    DEVELOPMENT: (280, 336),
    SHARED: (34, 36),
}


def _expects(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.expect.json")) if folder.is_dir() else []


def _cases() -> list[object]:
    return [
        pytest.param(expect, id=f"{folder.name}-{expect.name.split('.')[0]}")
        for folder in (DEVELOPMENT, SHARED)
        for expect in _expects(folder)
    ]


def test_the_development_corpus_is_there():
    """The repository holds the development corpus, each text with its reading and its source."""
    expects = _expects(DEVELOPMENT)
    assert len(expects) >= 100
    for expect in expects:
        expected = json.loads(expect.read_text(encoding="utf-8"))
        assert scoring.transcript_of(expect, expected).is_file(), expect.name
        assert expect.with_name(expect.name.replace(".expect.json", ".source.md")).is_file()
        assert {"family", "exchanges", "title"} <= expected.keys(), expect.name


@pytest.mark.parametrize("expect", _cases())
def test_reads_or_says_why(expect):
    """Every real file reads with exchanges and spans that reproduce its text, and its reading
    survives JSON (every kind of segment the reader sets aside is one the schema knows), or fails
    with the library's error (never a crash, never a silent empty reading)."""
    expected = json.loads(expect.read_text(encoding="utf-8"))
    try:
        iv = ic.read(scoring.transcript_of(expect, expected))
    except ic.TranscriptError as error:
        where = error.line
    else:
        assert len(iv) > 0
        check_fidelity(iv)
        assert ic.from_json(ic.to_json(iv)) == iv
        return
    assert where is not None


@pytest.mark.parametrize("folder", [DEVELOPMENT, SHARED], ids=["development", "shared"])
def test_read_right_no_fewer_than_before(folder):
    """No fewer files than before read right by the rules of scripts/score_reading.py."""
    if not _expects(folder):
        pytest.skip(f"no real transcripts at {folder}")
    scores = scoring.score_folder(folder)
    right = sum(score.right for score in scores)
    titles = sum(bool(score.title) for score in scores)
    wrong = [f"{s.name}: {'; '.join(s.problems)}" for s in scores if not s.right]
    floor_right, floor_titles = FLOORS[folder]
    assert right >= floor_right, "\n".join(wrong)
    assert titles >= floor_titles
    assert not any(score.silent for score in scores)
