"""The equality, hash and repr of the package's value classes, shared: derived from attrs' fields.

attrs writes ``__eq__``, ``__hash__`` and ``__repr__`` for each class by generating and compiling
their source when the class is created: 1.76M instructions a class (five small frozen classes
with the three methods: 202.5M instructions against 193.7M without them, callgrind, CPython
3.11). Every class here is created when an interview is first loaded or a corpus file first
opened, so the value classes (spans, speakers, entities, mentions, topics, photos, interviews,
failures) take these instead, which read the same field metadata attrs would
(``attrs.fields``, each field's ``eq`` and ``repr``): adding a field still means writing it
once. docs/explanation/performance.md gives the start-up figures this keeps.

This module imports nothing of the package, so every wing may use it.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import attrs

_KEYS: dict[type, Callable[[Any], object]] = {}


def compared(cls: type) -> Callable[[Any], object]:
    """A function giving what instances of the attrs class ``cls`` are compared and hashed by.

    Their fields with ``eq`` (a tuple of them; the value itself for one field),
    looked up once per class.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus._values import compared
        >>> compared(ic.Span)(ic.Span(3, 7))
        (3, 7)
    """
    try:
        return _KEYS[cls]
    except KeyError:
        names = [field.name for field in attrs.fields(cls) if field.eq]
        return _KEYS.setdefault(cls, operator.attrgetter(*names))


def attrs_eq(self: Any, other: object) -> bool:  # noqa: ANN401  # any attrs instance
    """``==`` over the fields attrs would compare: objects of one class, equal field by field.

    The fields are compared as a tuple, so a value is equal to itself even where
    ``==`` says otherwise (a ``nan``; no field of these classes holds one: a search
    score is never ``nan``).
    """
    if other.__class__ is not self.__class__:
        return NotImplemented  # type: ignore[no-any-return]  # the protocol for another class
    key = compared(self.__class__)
    return bool(key(self) == key(other))


def attrs_hash(self: Any) -> int:  # noqa: ANN401  # any attrs instance
    """The hash of an object's class and the fields :func:`attrs_eq` compares.

    For classes whose fields all hash as they compare (none says ``hash=False``).
    """
    return hash((self.__class__, compared(self.__class__)(self)))


def attrs_repr(self: Any) -> str:  # noqa: ANN401  # any attrs instance
    """``Name(field=value, ...)`` over the fields attrs would show, as attrs writes it.

    Example:
        >>> import interview_corpus as ic
        >>> ic.Span(3, 7)
        Span(start=3, end=7)
    """
    shown = ", ".join(
        f"{field.name}={field.repr(getattr(self, field.name)) if callable(field.repr) else repr(getattr(self, field.name))}"
        for field in attrs.fields(type(self))
        if field.repr
    )
    return f"{type(self).__name__}({shown})"
