"""``export``: write an interview or a corpus in any of the formats in :mod:`interview_corpus.output.formats`."""

from __future__ import annotations

import importlib
import io
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import IO, Any, overload

from .._util.atomic import atomic_directory, atomic_file
from .._util.progress import check_progress
from ..corpus import Corpus
from ..errors import ArgumentValueError, InvalidArgumentTypeError, WriteError
from ..interview import Interview
from .formats import FORMATS


@overload
def export(
    obj: Interview | Corpus,
    format: str,
    target: None = None,
    *,
    level: str | None = None,
    indent: int | None = None,
    spreadsheet: bool | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> str: ...
@overload
def export(
    obj: Interview | Corpus,
    format: str,
    target: str | os.PathLike[str] | IO[Any],
    *,
    level: str | None = None,
    indent: int | None = None,
    spreadsheet: bool | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> None: ...
@overload
def export(
    obj: Interview | Corpus,
    format: str,
    target: str | os.PathLike[str] | IO[Any] | None,
    *,
    level: str | None = None,
    indent: int | None = None,
    spreadsheet: bool | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> str | None: ...
def export(
    obj: Interview | Corpus,
    format: str,  # the natural name, as in the formats' own docs
    target: str | os.PathLike[str] | IO[Any] | None = None,
    *,
    level: str | None = None,
    indent: int | None = None,
    spreadsheet: bool | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> str | None:
    r"""Write ``obj`` as ``format`` to a file, a directory or a stream, or return it as text.

    Formats: ``json`` (the lossless document, ``indent=``), ``jsonl`` and ``csv``
    (flat records, ``level=``), ``markdown``, ``tei`` (TEI P5 XML), ``parquet``
    (records, ``level=``; needs ``interview-corpus[parquet]``), ``convokit``
    (a directory for ``convokit.Corpus(filename=...)``) and ``html`` (a
    self-contained reading page; for a corpus, a directory of pages with an
    ``index.html``).

    Args:
        obj: An :class:`Interview` or a :class:`Corpus`.
        format: One of the names above.
        target: A path (a file; a directory for ``convokit``), an open stream
            (text, or binary for ``parquet``), or ``None`` to get text back.
        level: The records' level for ``jsonl``, ``csv`` and ``parquet``:
            ``interview``, ``exchange``, ``turn``, ``paragraph`` (default), ``sentence`` or
            ``mention``.
        indent: Indentation for ``json``.
        spreadsheet: For ``csv``: put a ``'`` before cells that start with
            ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, so that a
            spreadsheet shows them as text instead of running them as formulas.
        progress: Called as ``progress(done, total, name)`` after each
            interview is written (``done`` from 1 to ``total``; ``name`` its
            id; ``json``, one document, reports once, when it is written); the
            command line draws its progress bar with it.

    Returns:
        The text when ``target`` is ``None``; otherwise ``None``. Type
        checkers see the same: ``str`` without a target, ``None`` with one.

    Raises:
        ArgumentValueError: An unknown format, an option the format does not
            take, or no path for a directory or binary format.
        MissingDependencyError: ``parquet`` without pyarrow.
        WriteError: The path cannot be written. Files and folders are written
            beside the target and renamed into place when complete, so the
            previous file is intact after any error or interruption.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> print(ic.export(ic.load(), "csv", level="exchange").splitlines()[0])
        interview_id,id,number,topic,topic_title,question_id,answer_ids,question_speaker,answer_speaker,text,start,end,start_time,end_time
        >>> ic.export(ic.load(), "markdown").splitlines()[0]
        '# Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump'

    With ``progress``, each interview is reported as it is written:

        >>> corpus = ic.Corpus([ic.load(), ic.parse("Q: Why?\n\nA: Because.", id="other")])
        >>> text = ic.export(corpus, "jsonl", progress=lambda *report: print(report))
        (1, 2, 'tass-2065861')
        (2, 2, 'other')
    """
    if not isinstance(obj, Interview | Corpus):
        msg = f"export takes an Interview or a Corpus, not {type(obj).__name__}"
        raise InvalidArgumentTypeError(msg)
    if format not in FORMATS:
        msg = f"format={format!r}: use one of {', '.join(FORMATS)}"
        raise ArgumentValueError(msg)
    _check_target(target, indent)
    check_progress(progress)
    module = importlib.import_module(f".formats.{format}", __package__)
    options = {
        name: value
        for name, value in (("level", level), ("indent", indent), ("spreadsheet", spreadsheet))
        if value is not None
    }
    unknown = sorted(set(options) - set(module.OPTIONS))
    if unknown:
        msg = f"the {format} format takes no {', '.join(unknown)} option"
        raise ArgumentValueError(msg)
    kind = module.KIND
    if getattr(module, "DIRECTORY_FOR_CORPUS", False) and (
        isinstance(obj, Corpus)
        or (isinstance(target, str | os.PathLike) and _names_a_directory(target))
    ):
        kind = "directory"  # html: a corpus is an index page and a page per interview
    binary = kind == "binary"
    if kind == "directory":
        if not isinstance(target, str | os.PathLike):
            msg = f"the {format} format writes a directory: give its path as target"
            raise ArgumentValueError(msg)
        with atomic_directory(target) as folder:
            module.write(obj, folder, progress=progress, **options)
        return None
    if isinstance(target, str | os.PathLike):
        with atomic_file(target, binary=binary) as file:
            _write(module, obj, file, {**options, "progress": progress})
        return None
    if target is None:
        if binary:
            msg = f"the {format} format is binary: give a file path or a binary stream as target"
            raise ArgumentValueError(msg)
        buffer = io.StringIO(newline="")
        module.write(obj, buffer, progress=progress, **options)
        return buffer.getvalue()
    _write(module, obj, target, {**options, "progress": progress})
    return None


def _names_a_directory(target: str | os.PathLike[str]) -> bool:
    """Whether a path is an existing directory, or ends with a separator as a new one would."""
    return Path(target).is_dir() or os.fspath(target).endswith(("/", os.sep))


def _write(
    module: ModuleType, obj: Interview | Corpus, file: IO[Any], options: dict[str, Any]
) -> None:
    """Write to a file, turning an encoding failure into the library's error."""
    try:
        module.write(obj, file, **options)
    except UnicodeEncodeError as error:
        msg = (
            f"the text holds {error.object[error.start : error.end]!r}, which {error.encoding} "
            "cannot encode: write to a UTF-8 stream, or export to a path"
        )
        raise ArgumentValueError(msg) from None


def _check_target(target: object, indent: object) -> None:
    if not (target is None or isinstance(target, str | os.PathLike) or hasattr(target, "write")):
        msg = f"target is a path, an open stream or None, not {type(target).__name__}"
        raise InvalidArgumentTypeError(msg)
    if isinstance(target, str | os.PathLike) and "\0" in os.fspath(target):
        raise WriteError(repr(os.fspath(target)), "a path cannot hold a NUL character")
    if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int)):
        msg = f"indent is a number of spaces or None, not {type(indent).__name__}"
        raise InvalidArgumentTypeError(msg)
    if isinstance(indent, int) and not 0 <= indent <= 16:  # noqa: PLR2004  # a sane indentation
        msg = f"indent={indent}: give 0 to 16 spaces, or None for one line"
        raise ArgumentValueError(msg)
