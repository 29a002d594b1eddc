"""Where text stands: :class:`Span`, the one class below the model and the sentence splitter.

Both the model (every text-bearing object has a span) and the sentence
splitter (which returns spans) use it, so it sits in a module of its own
that imports neither.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .._values import attrs_eq, attrs_hash, attrs_repr
from ..errors import ArgumentValueError, InvalidArgumentTypeError


@attrs.frozen(eq=False, repr=False)
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

    __eq__ = attrs_eq
    __hash__ = attrs_hash
    __repr__ = attrs_repr

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
