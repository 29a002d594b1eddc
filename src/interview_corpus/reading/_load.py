"""Interviews from files: :func:`load` for the bundled ones, :func:`read` for a transcript file.

Each bundled interview is two files in ``interview_corpus/data``: the verbatim
text (``<id>.txt``) and a TOML annotation (``<id>.toml``, read as the JSON
``<id>.annotation.json`` made from it by ``scripts/bundle_annotations.py``) holding only what the
text cannot say; it is parsed once, on first use, and cached. Nothing is read
at import time. :func:`read` reads a transcript file with its sidecar
(:func:`sidecar`); :func:`read_transcript` is the same with a folder's
defaults under the sidecar, for corpora.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any, Unpack

from .._util.data import read_data, sha256_hex
from .._util.lazy import cached, clear, lazy_pattern
from .._util.limits import MAX_FILE_BYTES
from .._util.text import INTERVIEW_ID
from ..errors import (
    ArgumentValueError,
    Failure,
    IntegrityError,
    InterviewCorpusError,
    InvalidArgumentTypeError,
    NotFoundError,
    ReadError,
    TranscriptError,
    close_matches,
)
from ..interview import Interview
from ..model._objects import Entity, Speaker, Topic
from ._files import FILE_KINDS, file_text
from ._parse import SPEAKER_OPTIONS, ParseOptions, parse

DEFAULT_ID = "tass-2065861"

_DATABASE_ENDINGS = (".db", ".sqlite", ".sqlite3", "-wal", "-shm", "-journal")
TRANSCRIPT_SUFFIXES = (".txt", ".md", ".markdown", ".vtt", ".srt", *FILE_KINDS)
"""The kinds of file a folder's transcripts are, by extension (any case): text, Markdown, captions,
web pages, Word and PDF files."""

_cache: dict[str, Interview] = {}


def available() -> tuple[str, ...]:
    """Return the ids of the bundled interviews, sorted.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> ic.available()
        ('tass-2065861',)
    """
    from importlib import resources

    names = (entry.name for entry in resources.files("interview_corpus").joinpath("data").iterdir())
    return tuple(
        sorted(
            name.removesuffix(".toml")
            for name in names
            if name.endswith(".toml") and not name.endswith(".entities.toml")
        )
    )


def load(id: str = DEFAULT_ID) -> Interview:
    """Return a bundled interview, parsing it on the first call and caching it.

    The text's SHA-256 is checked against its annotation on that first call.
    Later calls return the same object. It is safe to call from several
    threads.

    Args:
        id: The interview's id; see :func:`available`.

    Raises:
        NotFoundError: No bundled interview has this id.
        IntegrityError: The bundled text does not match its checksum.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.load()
        >>> iv is ic.load("tass-2065861")
        True
        >>> iv.interviewee.name, iv.published.year
        ('Sergey Lavrov', 2025)
    """
    if not isinstance(id, str):
        msg = f"interview ids are str, such as {DEFAULT_ID!r}, not {type(id).__name__}"
        raise InvalidArgumentTypeError(msg)
    return cached(_cache, id, functools.partial(_load_bundled, id))


def _clear_cache() -> None:
    """Forget every loaded interview (for tests)."""
    clear(_cache)


def _load_bundled(id: str) -> Interview:
    """Parse a bundled interview from its annotation and text (what :func:`load` caches)."""
    bundled = INTERVIEW_ID.fullmatch(id) and not id.endswith(
        ".entities"
    )  # a lexicon is not an interview
    name = f"{id}.annotation.json"
    annotation_bytes = read_data(name) if bundled else None
    if annotation_bytes is None:
        raise NotFoundError(
            id,
            kind="interview",
            suggestions=close_matches(id, available()),
            hint="ic.available() lists the bundled interviews",
        )
    annotation = _annotation(name, annotation_bytes)
    try:
        return _parse_bundled(annotation)
    except InterviewCorpusError:
        raise
    except (KeyError, TypeError) as error:  # a field missing or of the wrong type
        raise IntegrityError(
            name,
            expected="an annotation with source, sha256 and speakers",
            actual=repr(error),
        ) from None


def _parse_bundled(annotation: dict[str, Any]) -> Interview:
    raw = read_data(annotation["source"])
    if raw is None:
        raise IntegrityError(annotation["source"], expected=annotation["sha256"], actual=None)
    digest = sha256_hex(raw)
    if digest != annotation["sha256"]:
        raise IntegrityError(annotation["source"], expected=annotation["sha256"], actual=digest)
    return parse(
        raw.decode("utf-8"),
        id=annotation["id"],
        outlet=annotation.get("outlet"),
        url=annotation.get("url"),
        published=annotation.get("published"),
        language=annotation.get("language"),
        rights=annotation.get("rights"),
        interviewer=Speaker(role="interviewer", **annotation["interviewer"]),
        interviewee=Speaker(role="interviewee", **annotation["interviewee"]),
        topics=[Topic(**topic) for topic in annotation.get("topics", ())],
        entities=functools.partial(
            _bundled_lexicon, annotation.get("entities"), annotation.get("entities_sha256")
        ),
    )


def _bundled_lexicon(name: str | None, sha256: str | None = None) -> tuple[Entity, ...]:
    """Read a bundled entity lexicon (``[[entities]]`` in its own TOML file), checking its SHA-256."""
    if name is None:
        return ()
    raw = read_data(name)
    if raw is None:
        raise IntegrityError(name, expected=sha256 or "a lexicon file", actual=None)
    if sha256 is not None and sha256_hex(raw) != sha256:
        raise IntegrityError(name, expected=sha256, actual=sha256_hex(raw))
    try:
        return tuple(Entity(**entity) for entity in _toml(name, raw)["entities"])
    except (KeyError, TypeError, ValueError) as error:  # a hand edit that broke the lexicon
        raise IntegrityError(name, expected="an [[entities]] lexicon", actual=str(error)) from None


def _annotation(name: str, raw: bytes) -> dict[str, Any]:
    """A bundled interview's annotation: the JSON that scripts/bundle_annotations.py makes of its TOML.

    ``<id>.toml`` is what people edit; ``load()`` reads the JSON made from it, as importing
    ``tomllib`` costs more than the rest of a first ``load()`` (39M instructions; the JSON
    parser 6M). A damaged file is an IntegrityError, not a JSONDecodeError.
    """
    import json

    try:
        annotation = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise IntegrityError(name, expected="valid UTF-8 JSON", actual=str(error)) from None
    if not isinstance(annotation, dict):
        raise IntegrityError(name, expected="a JSON object", actual=type(annotation).__name__)
    return annotation


def _toml(name: str, raw: bytes) -> dict[str, Any]:
    """A bundled TOML file (an entity lexicon), parsed; a damaged one is an IntegrityError."""
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise IntegrityError(name, expected="valid UTF-8 TOML", actual=str(error)) from None


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
        ReadError: The sidecar is not valid TOML, or holds an unknown key or a
            value of the wrong type; the message says which.

    .. versionadded:: 0.1

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


def sidecar_name(path: str) -> str:
    """The name of a transcript's sidecar file: ``NAME.toml`` for ``NAME.txt``."""
    base, _ = os.path.splitext(path)  # noqa: PTH122 - a str path
    return base + ".toml"


def _sidecar(path: str | os.PathLike[str], read: dict[str, bytes] | None) -> ParseOptions:
    """:func:`sidecar`; ``read``, when given, gets the sidecar's bytes, by its name."""
    import datetime

    name = sidecar_name(os.fspath(path))
    try:
        with open(name, "rb") as file:  # noqa: PTH123
            raw = file.read()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ReadError(name, error.strerror or str(error)) from None
    _record(read, name, raw)
    import tomllib

    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ReadError(name, f"the sidecar is not valid TOML: {error}") from None
    options: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _SIDECAR_KEYS:
            known = ", ".join(_SIDECAR_KEYS)
            raise ReadError(name, f"unknown key {key!r} in the sidecar; use {known}")
        if key in SPEAKER_OPTIONS:
            ok = isinstance(value, str) or (
                isinstance(value, list) and all(isinstance(item, str) for item in value)
            )
        elif key == "strict":
            ok = isinstance(value, bool)
        elif key in {"published", "date"}:
            ok = isinstance(value, str | datetime.date) and not isinstance(value, datetime.datetime)
            key = "published"  # noqa: PLW2901 - 'date' is another name for it
        else:  # the text options and the style
            ok = isinstance(value, str)
        if not ok:
            raise ReadError(name, f"the sidecar's {key!r} has a value of the wrong type: {value!r}")
        options[key] = value
    return options  # type: ignore[return-value]


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
        ReadError: The file (or its sidecar) cannot be read.
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
    raw = _read_bytes(name)
    _record(read, name, raw)
    found = file_text(name, raw, encoding)
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


def _read_bytes(name: str) -> bytes:
    """The bytes of a regular file; anything else (a FIFO, a device) is refused, never read forever."""
    import stat

    if "\0" in name:
        raise ReadError(name.replace("\0", "\\0"), "a path cannot hold a NUL character")
    try:
        # O_NONBLOCK: opening a FIFO waits for a writer otherwise; fstat then tells what it is.
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ReadError(name, error.strerror or str(error)) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise ReadError(name, "is a directory: give a transcript file, or use --dir")
        if not stat.S_ISREG(mode):
            raise ReadError(
                name, "not a regular file (a FIFO, socket or device): save the transcript to a file"
            )
        with open(descriptor, "rb", closefd=False) as file:  # a descriptor
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        if isinstance(error, ReadError):
            raise
        raise ReadError(name, error.strerror or str(error)) from None
    finally:
        os.close(descriptor)
    if len(raw) > MAX_FILE_BYTES:
        raise ReadError(
            name, f"larger than {MAX_FILE_BYTES // 2**20} MiB: split it into one file per interview"
        )
    return raw


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
        if item not in files
        and not item.is_dir()
        and not (item.suffix.casefold() == ".toml" and item.stem in stems)
        and not item.name.casefold().endswith(_DATABASE_ENDINGS)
    ]
    return files, skipped
