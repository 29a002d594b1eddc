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
import sys
import threading
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from importlib import import_module
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    from types import ModuleType

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
        if name in {"_source", "_flags"}:  # asked of a bare copy (copy.copy) before its state
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        method = getattr(compiled, name)
        setattr(self, name, method)
        return method


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``source`` on first use: the parser's and splitter's many patterns cost nothing at import."""
    return cast("re.Pattern[str]", _LazyPattern(source, flags))


def lazy_alternatives(alternatives: Iterable[str]) -> re.Pattern[str]:
    """A pattern for any of ``alternatives`` (each a pattern), compiled on first use.

    An alternative that opens with a group of words is spelled out, one alternative for each word
    (``(?:my|our) guest`` as ``my guest`` and ``our guest``): the same matches, in the same order,
    but every alternative then opens with a letter, and CPython's search skips to the letters
    the alternatives open with. Where one opens with a group, the search tries the whole
    alternation at every character instead (3.7 times as long over a turn's opening words).

    Where every alternative then opens with plain words, its search first looks for those words
    (``str``'s ``in``, many times faster than the pattern tried at each letter): where none of
    them stands in the text, no alternative can match, and the pattern is not run.

    Example:
        >>> from interview_corpus._util.lazy import lazy_alternatives
        >>> lazy_alternatives(["(?:my|our) guest", "(?:a|b)? c", "welcome"]).pattern
        'my guest|our guest|(?:a|b)? c|welcome'
        >>> pattern = lazy_alternatives(["(?:my|our) guest", "welcome(?: back)?"])
        >>> pattern.search("a word from our guest").group()
        'our guest'
        >>> pattern.search("nothing here") is None
        True
    """
    spelled = [each for one in alternatives for each in _spelled_out(one)]
    heads = [_plain_head(one) for one in spelled]
    pattern = _LazyPattern("|".join(spelled), 0)
    if all(heads):
        return cast("re.Pattern[str]", _LazyAlternatives(pattern, tuple(dict.fromkeys(heads))))
    return cast("re.Pattern[str]", pattern)


# What is no plain character in a pattern, and what makes the character before it optional.
_SYNTAX = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIERS = frozenset("*+?{")


def _plain_head(alternative: str) -> str:
    """The plain words an alternative opens with, which every match of it opens with ('' if none).

    None ('') where the alternative holds alternatives of its own outside a group ("ab|c").
    """
    depth, in_class, at = 0, False, 0
    while at < len(alternative):  # a '|' outside any group or set: no one opening
        character = alternative[at]
        if character == "\\":
            at += 1  # the escaped character is no syntax
        elif in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
        elif character in "()":
            depth += 1 if character == "(" else -1
        elif character == "|" and depth == 0:
            return ""
        at += 1
    end = 0
    while end < len(alternative) and alternative[end] not in _SYNTAX:
        end += 1
    if end < len(alternative) and alternative[end] in _QUANTIFIERS:
        end = max(end - 1, 0)  # "ab?c" opens with "a" only
    return alternative[:end]


class _LazyAlternatives:
    """Alternatives that each open with plain words: searched for only where one of those stands."""

    def __init__(self, pattern: _LazyPattern, heads: tuple[str, ...]) -> None:
        self._pattern = pattern
        self._heads = heads

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for head in self._heads:
            if head in string:
                return cast("re.Pattern[str]", self._pattern).search(string, pos, endpos)
        return None  # no alternative's opening words in the text: no match

    def __getattr__(self, name: str) -> object:  # any other method or attribute: the pattern's
        if name in {"_pattern", "_heads"}:  # asked of a bare copy (copy.copy) before its state
            raise AttributeError(name)
        return getattr(self._pattern, name)


def _spelled_out(alternative: str) -> list[str]:
    """An alternative that opens with a plain group of words, as one alternative for each word."""
    if not alternative.startswith("(?:"):
        return [alternative]
    close = alternative.find(")")
    words, rest = alternative[3:close], alternative[close + 1 :]
    plain = "|" in words and not any(mark in words for mark in "()[]\\")
    if not plain or rest[:1] in {"?", "*", "+", "{"}:  # a group that repeats stays one
        return [alternative]
    return [word + rest for word in words.split("|")]


def lazy_function(module: str, name: str, package: str) -> Callable[..., object]:
    """The function ``name`` of ``module`` (relative to ``package``), imported when first called.

    For a path that is rarely taken (the bundled interview read again from its text), so that the
    module's importer need not import what the path needs. The importer names the module under
    ``TYPE_CHECKING`` too, so that checkers and the architecture tests see it.

    Example:
        >>> from interview_corpus._util.lazy import lazy_function
        >>> lazy_function(".text", "normalize", "interview_corpus._util")("a  b")
        'a b'
    """

    def call(*args: object, **kwargs: object) -> object:
        return getattr(import_module(module, package), name)(*args, **kwargs)

    return call


class _LazyModule:
    """A module imported when one of its names is first used; each name, once read, is kept here."""

    def __init__(self, module: str, package: str) -> None:
        self._module = module
        self._package = package

    def __getattr__(self, name: str) -> object:
        value = getattr(import_module(self._module, self._package), name)
        setattr(self, name, value)
        return value


def lazy_module(module: str, package: str) -> ModuleType:
    """The module ``module`` (relative to ``package``), imported when one of its names is first used.

    For a module whose classes and functions an importer uses only on some paths: the corpus
    façade checks ``isinstance(..., Interview)`` and makes model objects, but opening a corpus
    file and searching it need neither (nor attrs, which the model imports). The importer
    names the module under ``TYPE_CHECKING`` as the same name, so that checkers see its real
    names and types, and import-linter and the architecture tests see the dependency::

        if TYPE_CHECKING:
            from . import interview as _interview
        else:
            _interview = lazy_module(".interview", __package__)

    Unlike ``importlib.util.LazyLoader``, nothing is put in ``sys.modules`` until the module is
    really imported, so what a process has imported stays what it has used.

    Example:
        >>> import sys
        >>> from interview_corpus._util.lazy import lazy_module
        >>> text = lazy_module(".text", "interview_corpus._util")
        >>> text.normalize("a  b"), "interview_corpus._util.text" in sys.modules
        ('a b', True)
    """
    return cast("ModuleType", _LazyModule(module, package))


def lazy_exports(
    package: str, table: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The module ``__getattr__`` and ``__dir__`` (PEP 562) of a package whose names load on first use.

    ``table`` maps each module, relative to ``package``, to the names it defines (separated by
    spaces); :func:`exported` lists them, for ``__all__``. The
    face of the package and each wing that others use lazily (the queries, the reader) set
    ``__getattr__, __dir__ = lazy_exports(__name__, TABLE)``, and import the same names under
    ``TYPE_CHECKING`` so that type checkers, import-linter and the architecture tests see them.
    A name, once loaded, is kept in the package's namespace: later uses are plain lookups.

    Example:
        >>> import interview_corpus.query as queries  # a wing made with lazy_exports
        >>> "grep" in dir(queries), queries.grep.__module__
        (True, 'interview_corpus.query._grep')
    """
    namespace = sys.modules[package].__dict__
    module_of = {name: module for module, names in table.items() for name in names.split()}

    def __getattr__(name: str) -> object:  # noqa: N807  # the PEP 562 hook, by its name
        module = module_of.get(name)
        if module is None:
            msg = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(msg)
        value = getattr(import_module(module, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807  # the PEP 562 hook, by its name
        return sorted({*namespace, *module_of})

    return __getattr__, __dir__


def exported(table: Mapping[str, str]) -> list[str]:
    """The names of a :func:`lazy_exports` table, in its order (a package's ``__all__``)."""
    return [name for names in table.values() for name in names.split()]
