"""The library's exceptions: one root, each specific error also a built-in.

Every error carries the data a caller needs to act on it as attributes, and its
message says what to do next.

The failures of a corpus's files (``Failure``, an attrs class, and ``CorpusError``, the
group of them) are in :mod:`._failures`, loaded when first used (PEP 562): every module
imports this one, and a first search in a new process imports no attrs (importing attrs is
185M instructions, 65% of that search before; docs/explanation/performance.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import import_module

# The names of ._failures, loaded on first use: ``interview_corpus.errors.Failure`` still names
# the class (pickles made before find it); the package's own modules import ._failures.
_LATER = frozenset({"CorpusError", "Failure", "failure_of"})


class InterviewCorpusError(Exception):
    """The root of every error this library raises on purpose.

    Catch it to handle any of them at once; each specific error also derives
    from the matching built-in exception, so existing ``except LookupError`` or
    ``except ValueError`` clauses keep working.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.load().lookup("a9")
        ... except ic.InterviewCorpusError as error:
        ...     print(type(error).__name__)
        NotFoundError
    """

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable (for multiprocessing and distributed engines) as it is: its message and
        # attributes, without calling a constructor that takes other arguments.
        return (_remade, (type(self), self.args), self.__dict__)


def _remade(cls: type[InterviewCorpusError], args: tuple[object, ...]) -> InterviewCorpusError:
    error = cls.__new__(cls)
    error.args = args
    return error


class NotFoundError(InterviewCorpusError, LookupError):
    """An id, number, name or slug that does not exist.

    Attributes:
        key: What was asked for, exactly as given.
        kind: What kind of thing was looked for (``"id"``, ``"exchange"``,
            ``"topic"``, ``"speaker"``, ``"interview"``).
        suggestions: Existing keys that are close to ``key``, best first;
            empty when nothing is close.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.load().lookup("a3.p7")
        ... except ic.NotFoundError as error:
        ...     print(error.key, error.suggestions[:2])
        a3.p7 ('a3.p1', 'a3.p2')
    """

    key: object
    kind: str
    suggestions: tuple[str, ...]

    def __init__(
        self,
        key: object,
        *,
        kind: str = "id",
        suggestions: Sequence[str] = (),
        hint: str = "",
    ) -> None:
        self.key = key
        self.kind = kind
        self.suggestions = tuple(suggestions)
        message = f"no {kind} {key!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(map(repr, self.suggestions)) + "?"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class TranscriptError(InterviewCorpusError, ValueError):
    r"""A text the parser cannot read as an interview.

    Attributes:
        line: 1-based line of the problem in the text that was passed.
        column: 1-based column (in characters) on that line.
        offset: 0-based character offset of the same place.
        reason: The problem and the fix, without the position.
        path: The file the text came from, when it came from one (:func:`read`).

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.parse("Headline\n\nJust a paragraph.", id="x")
        ... except ic.TranscriptError as error:
        ...     print(error.line, error.column)
        1 1
    """

    line: int
    column: int
    offset: int
    reason: str
    path: str | None

    def __init__(self, reason: str, *, text: str, offset: int, path: str | None = None) -> None:
        self.reason = reason
        self.offset = offset
        self.line, self.column = line_and_column(text, offset)
        self.path = path
        super().__init__(self._message())

    def _message(self) -> str:
        if self.path is not None:
            return f"{self.path}:{self.line}:{self.column}: {self.reason}"
        return f"line {self.line}, column {self.column}: {self.reason}"

    def in_file(self, path: str) -> TranscriptError:
        r"""Return this error as raised for the file at ``path`` (its message starts with it).

        Example:
            >>> import interview_corpus as ic
            >>> error = ic.TranscriptError("bad", text="a\nb", offset=2)
            >>> str(error.in_file("x.txt"))
            'x.txt:2:1: bad'
        """
        return rebuild_transcript(self.reason, self.line, self.column, self.offset, path)


def rebuild_transcript(
    reason: str, line: int, column: int, offset: int, path: str | None = None
) -> TranscriptError:
    """A :class:`TranscriptError` with its place given as numbers (for pickling and Failure)."""
    error = TranscriptError(reason, text="", offset=0, path=path)
    error.line, error.column, error.offset = line, column, offset
    error.args = (error._message(),)  # noqa: SLF001  # the class's own helper
    return error


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of ``offset`` in ``text``."""
    offset = max(0, min(offset, len(text)))
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


class MissingDependencyError(InterviewCorpusError, ImportError):
    """An optional library that a feature needs is not installed.

    Attributes:
        package: The missing distribution, such as ``"pandas"``.
        extra: The ``interview-corpus`` extra that installs it.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> print(ic.MissingDependencyError("pyarrow", "parquet"))
        this needs pyarrow, which is not installed: pip install 'interview-corpus[parquet]'
    """

    package: str
    extra: str

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"this needs {package}, which is not installed: pip install 'interview-corpus[{extra}]'",
            name=package,
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (MissingDependencyError, (self.package, self.extra))


class _PathError(InterviewCorpusError):
    """An error about a file: its path, and what is wrong with it."""

    path: str
    reason: str

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class ReadError(_PathError, OSError):
    """A transcript file that cannot be read: missing, a directory, or not permitted.

    Attributes:
        path: The file.
        reason: What went wrong.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.read("no-such-file.txt")
        ... except ic.ReadError as error:
        ...     print(error.path, isinstance(error, OSError))
        no-such-file.txt True
    """


class WriteError(_PathError, OSError):
    """A file or folder that cannot be written: no permission, no space, or a folder in the way.

    Whatever was at the path before is left as it was: exports are written
    beside the target and renamed into place only when complete.

    Attributes:
        path: The file or folder.
        reason: What went wrong.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic, tempfile
        >>> try:
        ...     ic.export(ic.load(), "csv", tempfile.gettempdir())
        ... except ic.WriteError as error:
        ...     print(error.reason, isinstance(error, OSError))
        is a directory: give a file name True
    """


class IntegrityError(InterviewCorpusError, ValueError):
    """Bundled data that does not match its recorded checksum.

    Attributes:
        resource: The name of the data file that failed the check.
        expected: The SHA-256 recorded in the annotation file.
        actual: The SHA-256 of the file as found, or ``None`` if it is missing.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> error = ic.IntegrityError("x.txt", expected="ab", actual="cd")
        >>> error.resource, isinstance(error, ValueError)
        ('x.txt', True)
    """

    resource: str
    expected: str
    actual: str | None

    def __init__(self, resource: str, *, expected: str, actual: str | None) -> None:
        self.resource = resource
        self.expected = expected
        self.actual = actual
        found = "is missing" if actual is None else f"has SHA-256 {actual}"
        super().__init__(
            f"{resource} {found}, but its annotation records {expected}; "
            "the installed package is damaged or was edited: reinstall interview-corpus"
        )


class InvalidArgumentTypeError(InterviewCorpusError, TypeError):
    """An argument of the wrong type, such as ``bytes`` where text is needed.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.parse(b"- Hello?", id="x")
        ... except TypeError as error:
        ...     print(type(error).__name__)
        InvalidArgumentTypeError
    """


class ArgumentValueError(InterviewCorpusError, ValueError):
    r"""An argument of the right type but an unusable value.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.parse("– Why?\n\n– Because.", id="has space")
        ... except ValueError as error:
        ...     print(type(error).__name__)
        ArgumentValueError
    """


class QueryError(InterviewCorpusError, ValueError):
    """A search query or pattern that cannot be run.

    Attributes:
        query: The query as given.
        position: The 0-based character position of the problem in ``query``.
        reason: The problem and the fix.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.load().search('"root causes')
        ... except ic.QueryError as error:
        ...     print(error.position, error.reason.split(":")[0])
        0 an unbalanced quote
    """

    query: str
    position: int
    reason: str

    def __init__(self, reason: str, *, query: str, position: int) -> None:
        self.reason = reason
        self.query = query
        self.position = position
        super().__init__(f"{reason} (in the query {query!r}, at position {position})")


class DocumentError(InterviewCorpusError, ValueError):
    """A JSON document that is not one this library wrote, or that fails validation.

    Attributes:
        path: Where in the document the (first) problem is, as a JSONPath such
            as ``$.interview.exchanges[2].answers[0].span``.
        errors: Every problem found, each ending in ``@ path``.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.from_json('{"format": "something else"}')
        ... except ic.DocumentError as error:
        ...     print(error.path)
        $.format
    """

    path: str
    errors: tuple[str, ...]

    def __init__(self, path: str, errors: Sequence[str]) -> None:
        self.path = path
        self.errors = tuple(errors)
        more = len(self.errors) - 1
        first = self.errors[0] if self.errors else "invalid"
        super().__init__(
            f"invalid document at {path}: {first}"
            + (f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else "")
        )


class CorpusFileError(_PathError, ValueError):
    """A file that is not a corpus file, one of a schema version this library does not know, or a damaged one.

    Also a corpus file that another process is updating, for longer than an
    update waits (``WRITER_WAIT_SECONDS``), and one that changed while it was
    read: the message says what to do.

    Attributes:
        path: The file.
        version: The schema version the file declares, if it is a corpus file.
        writer: The process id of the other process updating the file, when
            that is why, and the system says which process it is.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       ``writer``; damaged files, and files another process holds.

    Example:
        >>> import interview_corpus as ic, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "notes.db"
        >>> _ = path.write_text("not a database")
        >>> try:
        ...     ic.Corpus.open(path)
        ... except ic.CorpusFileError as error:
        ...     print(error.reason)
        not a corpus file (not an SQLite database): build one with `interview-corpus index SOURCES -o FILE`
    """

    version: int | None
    writer: int | None

    def __init__(
        self, path: str, reason: str, *, version: int | None = None, writer: int | None = None
    ) -> None:
        self.version = version
        self.writer = writer
        super().__init__(path, reason)


# Tracebacks and reprs name the public path (interview_corpus.NotFoundError), which is
# also where pickle finds the classes again.
for _error in (
    InterviewCorpusError,
    NotFoundError,
    TranscriptError,
    IntegrityError,
    InvalidArgumentTypeError,
    ArgumentValueError,
    QueryError,
    ReadError,
    WriteError,
    DocumentError,
    MissingDependencyError,
    CorpusFileError,
):
    _error.__module__ = "interview_corpus"
del _error


_SIMILAR = 0.6  # difflib's usual cutoff: below it, suggestions are noise


def close_matches(key: str, candidates: Iterable[str], *, limit: int = 5) -> tuple[str, ...]:
    """Return up to ``limit`` candidates that look like ``key``, best first."""
    import difflib  # only on the error path

    folded_key = key.casefold()
    scored: list[tuple[float, str]] = []
    for candidate in dict.fromkeys(candidates):
        matcher = difflib.SequenceMatcher(None, folded_key, candidate.casefold())
        if candidate.casefold().startswith(folded_key) and folded_key:
            scored.append((-2.0, candidate))  # a prefix of an existing key is the likeliest
        elif matcher.real_quick_ratio() >= _SIMILAR and matcher.quick_ratio() >= _SIMILAR:
            ratio = matcher.ratio()
            if ratio >= _SIMILAR:
                scored.append((-ratio, candidate))
    scored.sort()
    return tuple(candidate for _, candidate in scored[:limit])


def __getattr__(name: str) -> object:
    """The names of :mod:`._failures`, imported when first asked for (PEP 562)."""
    if name not in _LATER:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(import_module("._failures", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """Every name of the module, those of :mod:`._failures` too (PEP 562)."""
    return sorted({*globals(), *_LATER})
