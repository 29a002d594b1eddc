"""Progress of long work: the callback the library calls after each item.

The library never prints: reading a folder, building a corpus file and
exporting a corpus take an optional ``progress`` callback, called as
``progress(done, total, name)`` after each item (a file, or an interview), with
``done`` counting up from 1 to ``total``. The command line passes its bar
(:class:`interview_corpus.cli._progress.ProgressBar`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar

from ..errors import InvalidArgumentTypeError

Progress = Callable[[int, int, str], None]
"""``progress(done, total, name)``: called after each item of long work."""


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


_Named = TypeVar("_Named", bound=_Identified)


def check_progress(progress: object) -> None:
    """Refuse a ``progress`` that cannot be called, before any work starts."""
    if progress is not None and not callable(progress):
        msg = (
            f"progress is a function called as progress(done, total, name), or None, "
            f"not {type(progress).__name__}"
        )
        raise InvalidArgumentTypeError(msg)


def each(interviews: Iterable[_Named], progress: Progress | None) -> Iterator[_Named]:
    """The interviews, reporting each one to ``progress`` once the caller has done with it."""
    if progress is None:
        yield from interviews
        return
    items: Sequence[_Named] = interviews if isinstance(interviews, Sequence) else tuple(interviews)
    total = len(items)
    for done, interview in enumerate(items, 1):
        yield interview
        progress(done, total, interview.id)
