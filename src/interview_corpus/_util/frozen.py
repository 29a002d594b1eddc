"""The base of the few frozen classes written without attrs: :class:`Frozen`.

A first search in a new process imports no attrs (its import alone is 185M of the 293M
instructions that search took with it, callgrind; docs/explanation/performance.md), so the
classes on that path (``Corpus``, ``Hit``) are written by hand. They behave as attrs' frozen
classes do: their fields are set once, by ``__init__``, and assigning or deleting one raises
attrs' ``FrozenInstanceError``, so that callers catch one kind of error for every frozen object.
"""

from __future__ import annotations

__all__ = ["Frozen"]


class Frozen:
    """A class whose slots are set once, in ``__init__`` (through :meth:`_set`), and never after.

    Example:
        >>> from interview_corpus._util.frozen import Frozen
        >>> class Point(Frozen):
        ...     __slots__ = ("x",)
        ...     def __init__(self, x: int) -> None:
        ...         self._set(x=x)
        >>> point = Point(1)
        >>> try:
        ...     point.x = 2
        ... except AttributeError as error:
        ...     print(type(error).__name__, point.x)
        FrozenInstanceError 1
    """

    __slots__ = ()

    def _set(self, **fields: object) -> None:
        """Set the fields: for ``__init__`` only (and unpickling, which calls it)."""
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise _frozen()

    def __delattr__(self, name: str) -> None:
        raise _frozen()


def _frozen() -> AttributeError:
    """The ``FrozenInstanceError`` of attrs, which is imported on this error path only."""
    import attrs

    return attrs.exceptions.FrozenInstanceError()
