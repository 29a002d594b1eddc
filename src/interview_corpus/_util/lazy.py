"""The one lazy-load helper: a value computed on first use, once, under one lock.

Every cache of the package goes through :func:`cached` (or :func:`cached_slot`,
the same for a holder's slot): the bundled interviews, each interview's and
corpus's search index, each entity index's lexicon and mentions, and each
paragraph's sentences. It is pycountry's pattern (``db.lazy_load``): look without the
lock (the fast path once loaded), then look again holding the lock before
computing, so two threads never compute the same value twice. The lock is
re-entrant, as one computation may ask for another (the mentions need the
lexicon).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, MutableMapping
from typing import TypeVar, cast

_T = TypeVar("_T")
_K = TypeVar("_K")

_LOCK = threading.RLock()


def cached(cache: MutableMapping[_K, _T], key: _K, compute: Callable[[], _T]) -> _T:
    """Return ``cache[key]``, computing and storing it first if it is missing.

    Safe to call from several threads: ``compute`` runs once per key.
    """
    try:
        return cache[key]
    except KeyError:
        pass
    with _LOCK:
        if key not in cache:  # another thread may have computed it while we waited
            cache[key] = compute()
        return cache[key]


def cached_slot(holder: object, name: str, compute: Callable[[], _T]) -> _T:
    """Return ``holder.name``, computing and storing it first if it is ``None``.

    :func:`cached` for a value kept in a slot of a small holder object (a
    paragraph's sentences) rather than in a mapping: the same lock, the same
    double check, so ``compute`` runs once however many threads ask.
    """
    value: _T | None = getattr(holder, name)
    if value is not None:
        return value
    with _LOCK:
        value = getattr(holder, name)
        if value is None:  # another thread may have computed it while we waited
            value = compute()
            setattr(holder, name, value)
        return value


def clear(cache: MutableMapping[_K, _T]) -> None:
    """Empty ``cache`` (for tests), under the same lock."""
    with _LOCK:
        cache.clear()


class _LazyPattern:
    """A regular expression compiled when first used, not when its module is imported.

    The first use of a method (``match``, ``search``, ...) compiles the pattern
    and keeps the compiled method on the instance, so later calls go straight
    to it.
    """

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> object:
        compiled = re.compile(self._source, self._flags)
        method = getattr(compiled, name)
        setattr(self, name, method)
        return method


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``source`` on first use: the parser's and splitter's many patterns cost nothing at import."""
    return cast("re.Pattern[str]", _LazyPattern(source, flags))
