"""Where text stands: :class:`Span`, the one class below the model and the sentence splitter.

Both the model (every text-bearing object has a span) and the sentence
splitter (which returns spans) use it, so it sits in a module of its own
that imports neither.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from ..errors import ArgumentValueError, InvalidArgumentTypeError

_KEYS: dict[type, Callable[[Any], object]] = {}


def compared(cls: type) -> Callable[[Any], object]:
    """A function giving what instances of the attrs class ``cls`` are compared and hashed by.

    Their fields with ``eq`` (a tuple of them; the value itself for one field),
    looked up once per class.
    """
    try:
        return _KEYS[cls]
    except KeyError:
        names = [field.name for field in attrs.fields(cls) if field.eq]
        return _KEYS.setdefault(cls, operator.attrgetter(*names))


def attrs_eq(self: Any, other: object) -> bool:  # noqa: ANN401  # any attrs instance
    """``==`` over the fields attrs would compare: objects of one class, equal field by field.

    attrs can write this method (and :func:`attrs_hash`) itself, but it
    compiles the two for every class when the class is created, about a third
    of what creating it costs. Left for ``corpus.py`` and ``query/_search.py``
    only, whose owners are to move them to attrs's own methods (the model no
    longer uses either). The fields are compared as a tuple, so a value
    is equal to itself even where ``==`` says otherwise (a ``nan``; no model's
    field holds one: a search score is never ``nan``).
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


@attrs.frozen
class Span:
    """A half-open range ``[start, end)`` of character offsets into a source text.

    Spans count characters (Python ``str`` indices), not bytes. A span unpacks
    into its two ends and slices the text it came from.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.load()
        >>> span = iv.lookup("a3.p2").span
        >>> start, end = span
        >>> iv.source[start:end] == span.of(iv.source) == iv.lookup("a3.p2").text
        True
        >>> len(span) == end - start
        True
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check rather than two validators: the parser makes thousands of spans.
        if type(self.start) is not int or type(self.end) is not int:  # bool, float, str, None
            msg = f"a span's start and end are ints, not {self.start!r} and {self.end!r}"
            raise InvalidArgumentTypeError(msg)
        if not 0 <= self.start <= self.end:
            msg = f"a span runs from 0 <= start <= end, not from {self.start} to {self.end}"
            raise ArgumentValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[int]:
        yield self.start
        yield self.end

    def __contains__(self, other: object) -> bool:
        """Whether an offset, or a whole other span, lies inside this one."""
        if isinstance(other, Span):
            return self.start <= other.start and other.end <= self.end
        if isinstance(other, int):
            return self.start <= other < self.end
        return False

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Span(0, 8).of("All news and more")
            'All news'
        """
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """Return this span moved by ``offset`` characters.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Span(2, 5).shift(10)
            Span(start=12, end=15)
        """
        return Span(self.start + offset, self.end + offset)
