"""Real published transcripts (../shared/real), read with no options, against a person's reading.

The folder sits beside the checkout (it is not part of the repository); the tests
skip where it is absent. Each NAME.txt has NAME.expect.json: the title, the labels
of questioners, answerers and moderators, and a range for the number of exchanges.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

import interview_corpus as ic

from .test_parse import check_fidelity

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"
FILES = sorted(REAL.glob("*.expect.json")) if REAL.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason=f"no real transcripts at {REAL}")


def _plain(text: str | None) -> str:
    """Compare labels and titles as a reader does: NFKC, one space, no markup or colon."""
    text = unicodedata.normalize("NFKC", text or "").replace("’", "'")
    text = re.sub(r"[*_:]+", " ", text)
    return " ".join(text.split()).casefold()


def _read(expect: Path) -> tuple[ic.Interview, dict]:
    expected = json.loads(expect.read_text(encoding="utf-8"))
    source = expect.with_name(expect.name.replace(".expect.json", ".txt"))
    return ic.read(source), expected


def _roles_right(iv: ic.Interview, expected: dict) -> float:
    want = {}
    for key, kind in (
        ("questioners", "question"),
        ("answerers", "answer"),
        ("moderators", "remark"),
    ):
        for label in expected.get(key) or []:
            want[_plain(label)] = kind
    judged = right = 0
    for turn in iv.turns():
        label = _plain(iv.source[slice(*turn.marker)]) if turn.marker else ""
        names = [label, *(_plain(name) for name in turn.speaker.names)]
        kind = next((want[name] for name in names if name in want), None)
        if kind is None:
            continue
        judged += 1
        right += turn.kind == kind
    return right / judged if judged else 1.0


# Files the reader cannot read yet (issue 22: a reader that generalises). Each is an expected
# failure, strictly: once one reads, the test fails until it is taken off this list.
NOT_READ_YET = {
    "changelog-250-kubernetes",
    "fed-powell-presser-2024-09-18",
    "interfax-dash-ryabkov-2022-excerpt",
    "ryabkov-dash-excerpt-2016",
    "scotus-hhs-v-florida-2012-03-26",
}
# The level reached so far, as counts of files (of the 36 in ../shared/real): a change that
# reads fewer of them right fails; raise these as the reader improves.
TITLES_RIGHT, STRUCTURE_RIGHT = 29, 25


def _cases() -> list[object]:
    return [
        pytest.param(
            expect,
            id=expect.name.split(".")[0],
            marks=[pytest.mark.xfail(raises=ic.TranscriptError, strict=True)]
            if expect.name.split(".")[0] in NOT_READ_YET
            else [],
        )
        for expect in FILES
    ]


@pytest.mark.parametrize("expect", _cases())
def test_reads_without_options(expect):
    """Every real file reads with no options, with exchanges, and every span reproduces its text."""
    iv, _ = _read(expect)
    assert len(iv) > 0
    check_fidelity(iv)


def test_real_files_read_right_no_fewer_than_before():
    """No fewer files than before have the title, the number of exchanges and the roles a person
    reads in them (90% of the labelled turns each); a file that cannot be read counts as wrong."""
    results = {}
    for expect in FILES:
        try:
            iv, expected = _read(expect)
        except ic.TranscriptError:
            results[expect.name] = (False, False, False)
            continue
        low, high = expected["exchanges"]
        results[expect.name] = (
            _plain(iv.title) == _plain(expected["title"]),
            low <= len(iv) <= high,
            _roles_right(iv, expected) >= 0.9,
        )
    titles = sum(title for title, _, _ in results.values())
    structure = sum(count and roles for _, count, roles in results.values())
    assert titles >= TITLES_RIGHT, results
    assert structure >= STRUCTURE_RIGHT, results
