"""Shared fixtures: the bundled interview, its source file, and a clean load cache."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import interview_corpus as ic
from interview_corpus import _load

SHA256 = "6ef0c39a33052c5366ec6538fd588b9f9fa8f938f51bc4456c190f940f15e76d"
SHARED_SOURCE = Path(__file__).resolve().parents[2] / "shared" / "source" / "tass-2065861.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def iv() -> ic.Interview:
    return ic.load()


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    _load._clear_cache()
    yield
    _load._clear_cache()


@pytest.fixture(scope="session")
def shipped_bytes() -> bytes:
    from importlib import resources

    data = resources.files("interview_corpus").joinpath("data", "tass-2065861.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHA256
    return data
