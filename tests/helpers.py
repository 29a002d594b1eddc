"""Helpers shared by the test modules: paths, the bundled text's checksum, and small adapters.

Test modules import from here (``from .helpers import FIXTURES``), never from one another.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).resolve().parents[1]
"""The checkout: pyproject.toml, docs/, typing_tests/."""

FIXTURES = Path(__file__).resolve().parent / "fixtures"
"""Transcript files in each layout, and broken ones under ``errors/``."""

SHARED_SOURCE = ROOT.parent / "shared" / "source" / "tass-2065861.txt"
"""The interview as captured, beside the checkout when there is one."""

SHA256 = "6ef0c39a33052c5366ec6538fd588b9f9fa8f938f51bc4456c190f940f15e76d"
"""The SHA-256 of the bundled text."""


def ids(hits: Iterable[Any]) -> list[str]:
    """The ids of search hits (or of any objects with an ``id``), in order."""
    return [hit.id for hit in hits]


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; return its exit code, stdout and stderr."""
    from interview_corpus._cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
