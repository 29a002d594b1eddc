"""The files of a corpus that could not be read: :class:`Failure`, and :class:`CorpusError`, their group.

Apart from the other errors (:mod:`interview_corpus.errors`, which loads this module when one of
its names is first used) because ``Failure`` is an attrs class: importing attrs costs a first
search in a new process more than the search itself, and a search never fails a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Self

import attrs

from .._values import attrs_eq, attrs_hash, attrs_repr
from . import (
    InterviewCorpusError,
    MissingDependencyError,
    ReadError,
    TranscriptError,
    rebuild_transcript,
)

__all__ = ["CorpusError", "Failure", "failure_of"]


def _failure_messages(failures: tuple[Failure, ...]) -> str:
    count = len(failures)
    lines = "\n".join(f"  {failure}" for failure in failures)
    return (
        f"{count} file{'s' if count != 1 else ''} could not be read "
        f"(pass errors='collect' to keep the others):\n{lines}"
    )


class CorpusError(InterviewCorpusError, ExceptionGroup, ValueError):
    """Files of a directory that could not be read; every one of them is listed.

    It is an :class:`ExceptionGroup` of each file's own error (a
    :class:`TranscriptError` or a :class:`ReadError`), so ``except*`` can pick
    the kind it handles; and still a :class:`ValueError`, as it always was.

    .. versionadded:: 0.1

    Attributes:
        failures: One :class:`Failure` per file, in file order.

    Example:
        >>> import interview_corpus as ic
        >>> error = ic.CorpusError([ic.Failure("a.txt", 1, 1, "the text is empty")])
        >>> print(error)
        1 file could not be read (pass errors='collect' to keep the others):
          a.txt:1:1: the text is empty
        >>> try:
        ...     raise error
        ... except* ic.TranscriptError as group:
        ...     print([str(each) for each in group.exceptions])
        ['a.txt:1:1: the text is empty']
    """

    failures: tuple[Failure, ...]

    def __new__(cls, failures: Iterable[Failure]) -> Self:
        """The group of the failures' errors, with the failures kept beside it."""
        failures = tuple(failures)
        return super().__new__(
            cls, _failure_messages(failures), [failure.exception for failure in failures]
        )

    def __init__(self, failures: Iterable[Failure]) -> None:
        self.failures = tuple(failures)
        super().__init__(
            _failure_messages(self.failures), [failure.exception for failure in self.failures]
        )

    def __str__(self) -> str:
        return self.message  # the group's default adds "(N sub-exceptions)"

    def __reduce__(self) -> tuple[object, ...]:
        return (CorpusError, (self.failures,))


@attrs.frozen(eq=False, repr=False)
class Failure:
    """A transcript file that could not be read into a corpus.

    Attributes:
        path: The file.
        line: The 1-based line of the problem, if the problem has a place.
        column: The 1-based column, likewise.
        reason: What is wrong and what to do.
        skipped: Whether the file was left unread because it is not a kind of
            transcript the reader reads (reported, not an error).

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       ``skipped``.

    Example:
        >>> import interview_corpus as ic
        >>> print(ic.Failure("a.txt", 3, 1, "question 2 has no answer"))
        a.txt:3:1: question 2 has no answer
    """

    __eq__ = attrs_eq
    __hash__ = attrs_hash
    __repr__ = attrs_repr

    path: str
    line: int | None
    column: int | None
    reason: str
    skipped: bool = attrs.field(default=False, kw_only=True)

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.reason}"
        return f"{self.path}:{self.line}:{self.column}: {self.reason}"

    @property
    def exception(self) -> TranscriptError | ReadError:
        """The failure as the error reading the file alone raises.

        A :class:`TranscriptError` when the problem has a place in the text,
        otherwise a :class:`ReadError`.

        .. versionadded:: 0.1

        Example:
            >>> import interview_corpus as ic
            >>> error = ic.Failure("a.txt", 3, 1, "question 2 has no answer").exception
            >>> type(error).__name__, error.line, error.path
            ('TranscriptError', 3, 'a.txt')
        """
        if self.line is None:
            return ReadError(self.path, self.reason)
        return rebuild_transcript(self.reason, self.line, self.column or 1, 0, self.path)


def failure_of(path: str, error: TranscriptError | ReadError | MissingDependencyError) -> Failure:
    """The error reading the file at ``path`` raised, as its :class:`Failure`.

    A :class:`ReadError` of another file (the transcript's sidecar) names
    that file in the reason, so the report says which file to fix.
    """
    if isinstance(error, TranscriptError):
        return Failure(path, error.line, error.column, error.reason)
    if isinstance(error, ReadError):
        reason = error.reason if error.path == path else f"{error.path}: {error.reason}"
        return Failure(path, None, None, reason)
    return Failure(path, None, None, str(error))


# Tracebacks and reprs name the public path, as for the other errors; Failure keeps the module
# it always had, where pickles made before look for it.
CorpusError.__module__ = "interview_corpus"
Failure.__module__ = "interview_corpus.errors"
