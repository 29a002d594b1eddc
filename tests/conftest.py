"""Shared fixtures: the bundled interview, its source file, and a clean load cache."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

import interview_corpus as ic
from interview_corpus.reading import _bundled

from .helpers import FIXTURES, SHA256, SHARED_SOURCE

__all__ = ["FIXTURES", "SHA256", "SHARED_SOURCE"]  # kept importable from here for older tests


@pytest.fixture(scope="session")
def iv() -> ic.Interview:
    return ic.load()


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    _bundled._clear_cache()
    yield
    _bundled._clear_cache()


@pytest.fixture(scope="session")
def shipped_bytes() -> bytes:
    from importlib import resources

    data = resources.files("interview_corpus").joinpath("data", "tass-2065861.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHA256
    return data
