"""Interviews from transcript files: :func:`read` reads a transcript file with its sidecar.

:func:`sidecar` reads the sidecar alone; :func:`read_transcript` is :func:`read` with a folder's
defaults under the sidecar, for corpora; :func:`transcript_files` lists a folder's transcripts.
Nothing is read at import time. (The bundled interviews are ``_bundled``'s.)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Unpack

from .._util.files import read_regular
from .._util.lazy import lazy_pattern
from .._util.limits import MAX_FILE_BYTES, MAX_METADATA_BYTES, MAX_TRANSCRIPT_BYTES
from ..errors import (
    ArgumentValueError,
    InvalidArgumentTypeError,
    ReadError,
    TranscriptError,
)
from ..errors._failures import Failure
from ..interview import Interview
from ._files import FILE_KINDS, file_text
from ._parse import SPEAKER_OPTIONS, ParseOptions, option_problem, parse

_DATABASE_ENDINGS = (".db", ".sqlite", ".sqlite3", "-wal", "-shm", "-journal")
TRANSCRIPT_SUFFIXES = (".txt", ".md", ".markdown", ".vtt", ".srt", *FILE_KINDS)
"""The kinds of file a folder's transcripts are, by extension (any case): text, Markdown, captions,
web pages, Word and PDF files."""

# -- transcript files ------------------------------------------------------------

_NOT_ID = lazy_pattern(r"[^A-Za-z0-9._-]+")
# A sidecar holds every reading option TOML can write (not Python objects), and "date" for "published".
_NOT_IN_SIDECAR = frozenset({"topics", "entities", "segmenter"})
_SIDECAR_KEYS = (
    *(key for key in ParseOptions.__annotations__ if key not in _NOT_IN_SIDECAR),
    "date",
)


def sidecar(path: str | os.PathLike[str]) -> ParseOptions:
    r"""The metadata in a transcript's sidecar file, ``NAME.toml`` beside ``NAME.txt``.

    A sidecar says what the text cannot: ``title``, ``published`` (or
    ``date``), ``url``, ``outlet``, ``language``, ``rights``, ``interviewer``,
    ``interviewee`` and ``moderators`` (a name or a list of names), ``style``
    and ``strict``. :func:`read` and :meth:`Corpus.from_directory` use it, so
    that every file in a folder keeps its own date and speakers.

    Args:
        path: The transcript (not the sidecar).

    Returns:
        The options to pass to :func:`parse`; empty when there is no sidecar.

    Raises:
        ReadError: The sidecar is not a regular file of at most 16 MiB, is not
            valid TOML, or holds an unknown key, a value of the wrong type or a
            value :func:`parse` refuses (``style = "weird"``, a date that does
            not exist, an empty name); the message names the key.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       Values are checked as :func:`parse` checks them; a sidecar that is no
       regular file is refused, never waited on.

    Example:
        >>> import interview_corpus as ic, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "talk.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        >>> _ = (folder / "talk.toml").write_text(
        ...     'title = "A talk"\npublished = 2024-05-01\ninterviewee = "Jane Doe"\n',
        ...     encoding="utf-8",
        ... )
        >>> ic.sidecar(folder / "talk.txt")["interviewee"]
        'Jane Doe'
        >>> iv = ic.read(folder / "talk.txt")
        >>> iv.title, iv.published.isoformat(), iv.answers[0].speaker.name
        ('A talk', '2024-05-01', 'Jane Doe')
    """
    return _sidecar(path, None)


def _sidecar(path: str | os.PathLike[str], read: dict[str, bytes] | None) -> ParseOptions:
    """:func:`sidecar`; ``read``, when given, gets the sidecar's bytes, by its name."""
    name = sidecar_path(os.fspath(path))
    raw = sidecar_bytes(name)
    if raw is None:
        return {}
    _record(read, name, raw)
    import tomllib

    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ReadError(name, f"the sidecar is not valid TOML: {error}") from None
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise ReadError(name, "the sidecar is not valid TOML: nested too deeply to read") from None
    options: dict[str, Any] = {}
    for written, value in table.items():
        if written not in _SIDECAR_KEYS:
            known = ", ".join(_SIDECAR_KEYS)
            raise ReadError(name, f"unknown key {written!r} in the sidecar; use {known}")
        key = "published" if written == "date" else written  # 'date' is another name for it
        if not _of_sidecar_type(key, value):
            raise ReadError(
                name, f"the sidecar's {written!r} has a value of the wrong type: {value!r}"
            )
        problem = option_problem(key, value)  # parse's verdict: one bad file fails alone, named
        if problem is not None:
            raise ReadError(name, f"the sidecar's {written!r}: {problem}")
        options[key] = value
    return options  # type: ignore[return-value]


def _of_sidecar_type(key: str, value: object) -> bool:
    """Whether a sidecar's value has a type its key takes (TOML's dates are ``datetime`` objects)."""
    import datetime

    if key in SPEAKER_OPTIONS:
        return isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(item, str) for item in value)
        )
    if key == "strict":
        return isinstance(value, bool)
    if key == "published":
        return isinstance(value, str | datetime.date) and not isinstance(value, datetime.datetime)
    return isinstance(value, str)  # the text options and the style


def sidecar_path(name: str) -> str:
    """The path of a transcript's sidecar: ``NAME.toml`` beside ``NAME.txt``."""
    base, _ = os.path.splitext(name)  # noqa: PTH122 - str and PathLike alike
    return base + ".toml"


def sidecar_bytes(name: str) -> bytes | None:
    """The bytes of the sidecar file ``name``; ``None`` when there is none.

    Raises:
        ReadError: It is there but cannot be read: not a regular file, too large, not permitted.
    """
    try:
        return read_regular(
            name,
            what="sidecar",
            limit=MAX_METADATA_BYTES,
            advice="keep only the metadata in it",
        )
    except ReadError as error:
        if not os.path.lexists(name):  # no sidecar; a link to nothing is reported
            return None
        raise error from None


def read(
    path: str | os.PathLike[str],
    *,
    id: str | None = None,
    encoding: str | None = None,
    **metadata: Unpack[ParseOptions],
) -> Interview:
    r"""Read a transcript file and parse it.

    A text file (``.txt``, ``.md``, captions) is read as UTF-8, else in the
    ``encoding`` given, else in the encoding detected; its text is kept
    exactly: its line endings (LF or CRLF) and a byte order mark, if any,
    stay in ``interview.source``, so spans index the file's characters. The
    parser treats both as white space. A saved web page (``.html``), a Word
    file (``.docx``) or a PDF is read as the text taken out of it (see
    :doc:`/howto/own-transcripts`), which is then the source; the
    interview's ``provenance`` says what it came from.

    Args:
        path: The file.
        id: The interview's id; by default the file's name without its
            extension, with characters other than letters, digits, ``.``,
            ``_`` and ``-`` replaced by ``-``.
        encoding: The text file's encoding (such as ``"cp1252"``), when it is
            not UTF-8 and the detection guesses wrong.
        **metadata: Anything :func:`parse` takes (``title``, ``outlet``,
            ``url``, ``published``, ``interviewer``, ``interviewee``,
            ``style``, ``strict``, ``entities``, ``segmenter``, ...); see
            :class:`ParseOptions`. A sidecar file ``NAME.toml`` beside the
            transcript (see :func:`sidecar`) is read too; what is passed here
            wins over it, and both win over what the file says of itself (a
            web page's title).

    Raises:
        ReadError: The file (or its sidecar) cannot be read: missing, not a
            regular file (a FIFO, a device), or larger than a transcript may
            be (64 MiB; see :doc:`/explanation/limits`).
        TranscriptError: The text cannot be decoded or parsed; the message
            starts with ``path:line:column:``.
        MissingDependencyError: Reading this kind of file needs an extra.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       ``encoding``; web pages, Word and PDF files.

    Example:
        >>> import interview_corpus as ic, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "press talk.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        >>> iv = ic.read(folder / "press talk.txt", interviewee="Jane Doe")
        >>> iv.id, iv.answers[0].speaker.name
        ('press-talk', 'Jane Doe')
        >>> _ = (folder / "old.txt").write_bytes("Q: Caf\xe9?\n\nA: Oui.".encode("cp1252"))
        >>> ic.read(folder / "old.txt", encoding="cp1252").questions[0].text
        'Café?'
    """
    return read_transcript(path, id, dict(metadata), encoding=encoding)[0]  # type: ignore[arg-type]


def read_transcript(
    path: str | os.PathLike[str],
    id: str | None,
    given: ParseOptions,
    *,
    defaults: ParseOptions | None = None,
    encoding: str | None = None,
    read: dict[str, bytes] | None = None,
) -> tuple[Interview, ParseOptions]:
    """Read one file, with the options the file gave (its own and its sidecar's).

    What the file says of itself gives way to a folder's ``defaults``, those to
    its sidecar, and all to ``given``. ``read``, when given, gets the bytes of
    each file read (the transcript, its sidecar), by name: a corpus file's
    fingerprint is of exactly what was read.
    """
    name = _path_name(path)
    text, own = transcript(name, encoding, read)
    filed: ParseOptions = {**own, **_sidecar(name, read)}
    metadata: ParseOptions = {**own, **(defaults or {}), **filed, **given}
    try:
        return parse(text, id=file_id(name) if id is None else id, **metadata), filed
    except TranscriptError as error:
        raise error.in_file(name) from None


def transcript(
    name: str, encoding: str | None = None, read: dict[str, bytes] | None = None
) -> tuple[str, ParseOptions]:
    """A transcript file's text, and what the file says of itself (a web page's title; the provenance).

    ``read``, when given, gets the file's bytes, by its name.
    """
    raw = transcript_bytes(name)
    _record(read, name, raw)
    found = file_text(name, raw, encoding)
    if len(found.text) > MAX_TRANSCRIPT_BYTES:  # the text taken out of a page, Word file or PDF
        raise ReadError(
            name,
            f"its text is longer than {MAX_TRANSCRIPT_BYTES // 2**20} Mi characters, the most a "
            f"transcript may hold: {_SPLIT}",
        )
    own: ParseOptions = dict(found.metadata)  # type: ignore[assignment]
    if found.provenance is not None:
        own["provenance"] = found.provenance
    return found.text, own


def _record(read: dict[str, bytes] | None, name: str, raw: bytes) -> None:
    """Keep the bytes of a file read, by its name, when the caller asked for them."""
    if read is not None:
        read[name] = raw


def _path_name(path: object) -> str:
    if not isinstance(path, str | os.PathLike):
        msg = f"read() takes a path (str or os.PathLike), not {type(path).__name__}"
        raise InvalidArgumentTypeError(msg)
    name = os.fspath(path)
    if not isinstance(name, str):
        msg = "read() takes a str path, not bytes"
        raise InvalidArgumentTypeError(msg)
    return name


def file_id(name: str) -> str:
    """A file's interview id: its name without the extension, made a valid id."""
    stem = os.path.splitext(os.path.basename(name))[0]  # noqa: PTH119, PTH122
    return _NOT_ID.sub("-", stem).strip("-._") or "interview"


_SPLIT = "split it into one file per interview"


def transcript_bytes(name: str) -> bytes:
    """The bytes of a transcript file: a regular file of at most 64 MiB.

    A web page, Word file or PDF may hold 256 MiB: the text taken out of it is
    bounded by :func:`transcript`.

    Raises:
        ReadError: It cannot be read, is not a regular file, or is larger than that.
    """
    extracted = os.path.splitext(name)[1].casefold() in FILE_KINDS  # noqa: PTH122
    return read_regular(
        name,
        what="transcript",
        limit=MAX_FILE_BYTES if extracted else MAX_TRANSCRIPT_BYTES,
        advice=_SPLIT,
        directory="is a directory: give a transcript file, or use --dir",
    )


def transcript_files(folder: Path, pattern: str | None) -> tuple[list[Path], list[Failure]]:
    """The files of a folder to read as transcripts, in name order, and those skipped.

    With a ``pattern``, everything it matches but folders (a broken link or a
    FIFO then fails when read, never skipped in silence). Without one, the
    folder's files whose extension is one of :data:`TRANSCRIPT_SUFFIXES`; every
    other file is skipped, with the reason, except hidden files, the sidecars
    of the transcripts read (``NAME.toml``, read with them) and database files
    (a corpus file built beside its transcripts, and its journals).
    """
    if pattern is not None:
        try:
            return sorted(item for item in folder.glob(pattern) if not item.is_dir()), []
        except (ValueError, NotImplementedError) as error:  # pathlib's verdict on the pattern
            msg = f"pattern={pattern!r}: {error}; give a glob pattern such as '*.txt'"
            raise ArgumentValueError(msg) from None
    entries = sorted(item for item in folder.iterdir() if not item.name.startswith("."))
    files = [
        item
        for item in entries
        if item.suffix.casefold() in TRANSCRIPT_SUFFIXES and not item.is_dir()
    ]
    chosen = set(files)
    stems = {item.stem for item in files}
    # Sidecars are read with their transcripts; a corpus file and its journals often sit
    # beside the transcripts it was built from: neither is worth a word.
    kinds = ", ".join(TRANSCRIPT_SUFFIXES)
    skipped = [
        Failure(
            str(item),
            None,
            None,
            f"skipped: {item.suffix or 'a file without an extension'} is not a kind of "
            f"transcript read from a folder ({kinds}); give pattern= (--glob) to read it as text",
            skipped=True,
        )
        for item in entries
        if item not in chosen
        and not item.is_dir()
        and not (item.suffix.casefold() == ".toml" and item.stem in stems)
        and not item.name.casefold().endswith(_DATABASE_ENDINGS)
    ]
    return files, skipped
