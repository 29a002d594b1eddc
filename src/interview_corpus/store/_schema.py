"""The corpus file's tables: the schema, its version, and connecting to or creating a file.

The schema is documented on the reference pages (``docs/reference/corpus-file.md``)
and is meant to be queried directly, from Datasette, sqlite-utils or the
``sqlite3`` shell. Its full-text tables are the one full-text schema's
(:mod:`interview_corpus.query._fts`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3

from .._util.lazy import cached
from .._version import __version__
from ..errors import CorpusFileError, InterviewCorpusError, ReadError, WriteError
from ..query._fts import create_table

__all__ = [
    "APPLICATION_ID",
    "FTS_TABLE",
    "INDEXES",
    "SCHEMA",
    "SCHEMA_VERSION",
    "TABLES",
    "check",
    "code_of",
    "connect",
    "create",
    "failure",
    "may_write",
    "sentence_bounds_of",
]

SCHEMA_VERSION = 3
"""The version of the schema this library writes and reads (``PRAGMA user_version``).

2 added the times of turns and paragraphs; 3 keeps each text once, in
``interviews.source`` (``paragraphs`` and ``sentences`` became views of it),
and no full-text index of sentences.
"""

APPLICATION_ID = (
    0x49437270  # "ICrp": marks a file as an interview_corpus file (PRAGMA application_id)
)


SCHEMA = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE interviews (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    path TEXT,
    fingerprint TEXT NOT NULL,
    checksum TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    language TEXT,
    rights TEXT,
    interviewer TEXT NOT NULL,
    interviewee TEXT NOT NULL,
    exchange_count INTEGER NOT NULL,
    turn_count INTEGER NOT NULL,
    paragraph_count INTEGER NOT NULL,
    sentence_count INTEGER NOT NULL,
    options TEXT NOT NULL,
    document TEXT,
    source TEXT NOT NULL
);
CREATE TABLE speakers (
    interview_id TEXT NOT NULL REFERENCES interviews(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    aliases TEXT NOT NULL,
    description TEXT,
    turn_count INTEGER NOT NULL,
    PRIMARY KEY (interview_id, position)
);
CREATE TABLE exchanges (
    interview_id TEXT NOT NULL REFERENCES interviews(id),
    id TEXT NOT NULL,
    number INTEGER NOT NULL,
    topic TEXT,
    topic_title TEXT,
    question_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (interview_id, id)
);
CREATE TABLE turns (
    interview_id TEXT NOT NULL REFERENCES interviews(id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    number INTEGER NOT NULL,
    exchange_id TEXT,
    speaker TEXT NOT NULL,
    role TEXT NOT NULL,
    topic TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    start_time REAL,
    end_time REAL,
    PRIMARY KEY (interview_id, id)
);
CREATE TABLE paragraph_rows (
    rowid INTEGER PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interviews(id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    number INTEGER NOT NULL,
    turn_id TEXT NOT NULL,
    exchange_id TEXT,
    kind TEXT NOT NULL,
    speaker TEXT NOT NULL,
    role TEXT NOT NULL,
    topic TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    start_time REAL,
    end_time REAL,
    sentences TEXT NOT NULL
);
CREATE UNIQUE INDEX paragraphs_by_id ON paragraph_rows (interview_id, id);
CREATE VIEW paragraphs AS
    SELECT p.rowid AS rowid, p.interview_id, p.id, p.position, p.number, p.turn_id, p.exchange_id,
           p.kind, p.speaker, p.role, p.topic, p.start, p."end",
           substr(i.source, p.start + 1, p."end" - p.start) AS text, p.start_time, p.end_time
    FROM paragraph_rows AS p JOIN interviews AS i ON i.id = p.interview_id;
CREATE VIEW sentences AS
    SELECT p.interview_id, p.id || '.s' || (s.key / 2 + 1) AS id, s.key / 2 + 1 AS number,
           p.rowid AS paragraph_rowid, p.id AS paragraph_id, p.start + s.value AS start,
           p.start + json_extract(p.sentences, '$[' || (s.key + 1) || ']') AS "end"
    FROM paragraph_rows AS p, json_each(p.sentences) AS s
    WHERE s.key % 2 = 0;
CREATE VIEW sentence_texts AS
    SELECT s.interview_id, s.id, s.number, s.paragraph_id, p.turn_id,
           p.exchange_id, p.kind, p.speaker, p.role, p.topic, s.start, s."end",
           substr(i.source, s.start + 1, s."end" - s.start) AS text,
           p.start_time AS paragraph_start_time
    FROM sentences AS s JOIN paragraph_rows AS p ON p.rowid = s.paragraph_rowid
    JOIN interviews AS i ON i.id = s.interview_id;
CREATE TABLE entities (
    interview_id TEXT NOT NULL REFERENCES interviews(id),
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    entity TEXT NOT NULL,
    PRIMARY KEY (interview_id, id)
);
CREATE TABLE entity_names (
    interview_id TEXT NOT NULL,
    folded TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (interview_id, folded)
) WITHOUT ROWID;
CREATE TABLE mentions (
    interview_id TEXT NOT NULL REFERENCES interviews(id),
    position INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    form TEXT NOT NULL,
    section TEXT NOT NULL,
    paragraph_id TEXT,
    sentence_id TEXT,
    turn_id TEXT,
    speaker TEXT,
    role TEXT,
    topic TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (interview_id, position)
);
CREATE INDEX mentions_by_entity ON mentions (entity_id);
{create_table("paragraphs_fts", content="paragraphs")};
"""  # noqa: S608  # the full-text schema's own DDL
"""The tables, views and full-text indexes of a corpus file, as SQL."""

INDEXES = tuple(line for line in SCHEMA.splitlines() if " INDEX " in line)
"""The secondary indexes: a new file gets them once its rows are in (sorting once beats inserting in order)."""

FTS_TABLE = ("paragraphs_fts", "paragraphs")
"""The full-text table, and the view that holds its text (sliced from the sources) and filter columns.

Sentences are searched in the paragraphs that match (:func:`~interview_corpus.query._search.sentence_rows`).
"""

TABLES = (
    "mentions", "entity_names", "entities", "paragraph_rows", "turns", "exchanges", "speakers",
)  # fmt: skip


def _uri(path: str, parameters: str) -> str:
    """The ``file:`` URI of ``path`` (absolute), with query ``parameters``.

    A URI, for ``mode=rw`` (which never creates a file) and ``immutable``; ``%``, ``?`` and ``#``
    are the characters it escapes.
    """
    name = os.path.abspath(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")  # noqa: PTH100
    return f"file:{name}?{parameters}"


def may_write(path: str) -> bool:
    """Whether this process may write ``path`` and make files beside it (SQLite's ``-wal`` and ``-shm``).

    False on a read-only mount, for a file of another user, and in a folder this
    process cannot write.
    """
    folder = os.path.dirname(os.path.abspath(path))  # noqa: PTH100, PTH120  # str paths
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective) and os.access(
        folder, os.W_OK | os.X_OK, effective_ids=effective
    )


def connect(path: str, *, write: bool = False) -> tuple[sqlite3.Connection, bool]:
    """A connection to a corpus file, checked to be one this library can read; and whether it is immutable.

    A reader that may write the file and its folder opens it as a writer does
    (in WAL mode, the last connection to close removes the ``-wal`` and
    ``-shm`` files only if it may write). Any other reader (a read-only mount,
    a folder it cannot write, a file of another user in a shared folder)
    opens it *immutable*: SQLite then takes no locks and makes no ``-wal`` or
    ``-shm`` file, which would be left behind, owned by the reader, and stop
    the owner's next update. The reader checks that the file did not change
    while it read it (:class:`~interview_corpus.store._file.FileBackend`).

    Raises:
        ReadError: There is no such file.
        WriteError: ``write`` and the file cannot be written.
        CorpusFileError: The file is not a corpus file this version reads, or is damaged.
    """
    if not os.path.isfile(path):  # noqa: PTH113  # pathlib's import costs more than the open
        raise ReadError(
            path, "no such corpus file: build it with `interview-corpus index SOURCES -o FILE`"
        )
    writable = may_write(path)
    if write and not writable:
        raise WriteError(
            path,
            "cannot be updated: this process may not write the file or its folder (a read-only "
            "place, or another user's file): give another -o path, or ask its owner",
        )
    try:
        return _connect(path, immutable=not writable, writing=write), not writable
    except (ReadError, WriteError):
        if write or not writable:
            raise
    # The file may be written, but not its -wal or -shm file (a full disk, another user's
    # -shm): a reader reads it immutable.
    return _connect(path, immutable=True), True


def _connect(path: str, *, immutable: bool, writing: bool = False) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(
            _uri(path, "mode=ro&immutable=1" if immutable else "mode=rw"),
            uri=True,
            check_same_thread=False,
            isolation_level=None,
        )
    except sqlite3.Error as error:
        raise failure(path, error, writing=writing) from None
    try:
        check(connection, path, writing=writing)
    except BaseException:
        connection.close()
        raise
    return connection


def check(connection: sqlite3.Connection, path: str, *, writing: bool = False) -> None:
    """Check that ``connection`` is to a corpus file of this schema version, with the tables it made.

    The tables, views and indexes must be the schema's own: a file whose view
    was made to recurse forever, or whose table is a view, is refused here,
    before any query reads it.

    Raises:
        CorpusFileError: It is not; the message says why and what to do.
    """
    build = "build one with `interview-corpus index SOURCES -o FILE`"
    try:
        application, version = (
            connection.execute("PRAGMA application_id").fetchone()[0],
            connection.execute("PRAGMA user_version").fetchone()[0],
        )
    except sqlite3.Error as error:
        if code_of(error) != sqlite3.SQLITE_NOTADB:
            raise failure(path, error, writing=writing) from None  # a corpus file, perhaps
        raise CorpusFileError(
            path, f"not a corpus file (not an SQLite database): {build}"
        ) from None
    if application != APPLICATION_ID:
        raise CorpusFileError(
            path, f"not a corpus file (an SQLite database of something else): {build}"
        )
    if version != SCHEMA_VERSION:
        newer = version > SCHEMA_VERSION
        raise CorpusFileError(
            path,
            f"a corpus file of schema version {version}, which this version of "
            f"interview_corpus does not read (it reads version {SCHEMA_VERSION}): "
            + ("upgrade interview_corpus" if newer else "build the file again"),
            version=version,
        )
    try:
        rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except sqlite3.Error as error:
        raise failure(path, error) from None
    problem = _schema_problem(rows)
    if problem:
        raise CorpusFileError(
            path, f"{problem}: build it again with `interview-corpus index SOURCES -o FILE`"
        )


def _schema_problem(rows: list[tuple[str, str, str, str | None]]) -> str:
    """What is wrong with a file's ``sqlite_master`` ``rows`` for the schema; ``""`` if nothing."""
    reference = cached(_REFERENCE, SCHEMA_VERSION, _reference)
    found = {name: (kind, _words(sql)) for kind, name, _, sql in rows}
    missing = [name for name in reference if name not in found]
    if len(missing) == len(reference) or "interviews" in missing:
        return "not a corpus file: it has the header of one but not its tables"
    if missing:
        return f"a damaged corpus file: it lacks {', '.join(missing)}"
    changed = [
        name
        for name, (kind, sql) in reference.items()
        if found[name][0] != kind or (sql is not None and found[name][1] != sql)
    ]
    if changed:
        return (
            f"not the corpus file's own {', '.join(changed)} (changed by hand, or made to look "
            "like a corpus file)"
        )
    triggers = [name for kind, name, table, _ in rows if kind == "trigger" and table in reference]
    if triggers:
        return (
            f"triggers on the corpus file's tables ({', '.join(triggers)}), which this library "
            "does not make"
        )
    return ""


_REFERENCE: dict[int, dict[str, tuple[str, str | None]]] = {}


# What SQLite makes of the schema beside its statements, with no SQL of its own: an index for
# each table whose primary key is not its rowid, and the full-text table's own tables (FTS5's).
_AUTOMATIC_INDEXES = (
    "meta",
    "interviews",
    "speakers",
    "exchanges",
    "turns",
    "entities",
    "mentions",
)
_FTS5_TABLES = ("data", "idx", "docsize", "config")


def _reference() -> dict[str, tuple[str, str | None]]:
    """Each table, view and index the schema makes: its type and its SQL, words apart.

    Read from :data:`SCHEMA`'s statements, which SQLite keeps as they are
    written, without running them in a database: that took 6.3M instructions, 5%
    of a first search in a new process (callgrind). A test checks that this is
    what SQLite makes of the schema. The full-text index's own tables are
    FTS5's, whose SQL may differ between SQLite versions: only their type is
    compared; the automatic indexes have no SQL.
    """
    reference: dict[str, tuple[str, str | None]] = {}
    for statement in filter(None, map(str.strip, SCHEMA.split(";\n"))):
        words = [word for word in statement.split()[1:4] if word not in {"UNIQUE", "VIRTUAL"}]
        kind, name = words[0].lower(), words[1]
        reference[name] = (kind, _words(statement))
        if name in _AUTOMATIC_INDEXES:
            reference[f"sqlite_autoindex_{name}_1"] = ("index", "")
        if name == FTS_TABLE[0]:
            reference |= {f"{name}_{table}": ("table", None) for table in _FTS5_TABLES}
    return reference


def _words(sql: str | None) -> str:
    return " ".join((sql or "").split())


def failure(path: str, error: sqlite3.Error, *, writing: bool = False) -> InterviewCorpusError:
    """The library's error for SQLite's ``error`` about the corpus file ``path``.

    A damaged file is a :class:`CorpusFileError`; a full disk, or a file or
    folder that will not be written, a :class:`WriteError`; a file another
    process holds locked a :class:`CorpusFileError` saying so; a file that
    cannot be read a :class:`ReadError` (a :class:`WriteError` while ``writing``).
    """
    if isinstance(error, sqlite3.ProgrammingError):  # a closed connection
        return CorpusFileError(path, "the corpus file is closed: open it again with Corpus.open")
    code = code_of(error)
    said = f"SQLite says: {error}"
    if code in {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}:
        return CorpusFileError(
            path,
            f"a damaged corpus file ({said}): build it again from the transcripts with "
            "`interview-corpus index SOURCES -o FILE`, after moving the damaged file away",
        )
    full = code in {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN} and _disk_full(path)
    if code == sqlite3.SQLITE_FULL or full:  # a -shm file that cannot grow is an I/O error
        return WriteError(path, f"the disk is full ({said}): free some space and run this again")
    if code in {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}:
        return CorpusFileError(
            path, f"another process holds the file locked ({said}): try again when it is done"
        )
    if writing or code in {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM}:
        return WriteError(path, f"cannot be written ({said}){_foreign_journals(path)}")
    return ReadError(path, f"cannot be read ({said})")


def code_of(error: sqlite3.Error) -> int:
    """SQLite's primary result code of an error (of an extended one too); 0 if SQLite gave none."""
    return int(getattr(error, "sqlite_errorcode", 0)) & 0xFF


def _foreign_journals(path: str) -> str:
    """What to do when the file's ``-wal`` or ``-shm`` file belongs to another user; else ``""``.

    A reader of another user that could make them (an older version of this
    library, another tool) leaves them behind, and the owner cannot write through them.
    """
    names = []
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError, AttributeError):  # no such file; no geteuid on Windows
            if os.stat(path + suffix).st_uid != os.geteuid():  # noqa: PTH116  # a str path
                names.append(path + suffix)
    if not names:
        return ""
    return (
        f": {' and '.join(names)} belong to another user; remove them when no one has the "
        "corpus file open"
    )


def _disk_full(path: str) -> bool:
    """Whether the disk that holds ``path`` has (almost) no room left."""
    try:
        disk = os.statvfs(os.path.dirname(os.path.abspath(path)))  # noqa: PTH100, PTH120
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return disk.f_bavail * disk.f_frsize < _ALMOST_FULL


_ALMOST_FULL = 2**20  # bytes: less than a few pages of a large update


def create(path: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA journal_mode = OFF")  # a new file: the rename is the commit
    connection.execute("PRAGMA synchronous = OFF")
    connection.executescript(
        "\n".join(line for line in SCHEMA.splitlines() if " INDEX " not in line)
    )
    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("format", "interview-corpus"), ("written_by", f"interview_corpus {__version__}")],
    )
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return connection


def sentence_bounds_of(start: int, spans: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of a paragraph at ``start``, from its row's ``sentences``.

    What the build writes (``_rows.sentence_spans``), read without the ``json`` module, whose import a first search need not pay.

    Raises:
        ValueError: ``spans`` is not what the build writes.

    Example:
        >>> sentence_bounds_of(100, '[0,20,21,40]')
        [(100, 120), (121, 140)]
    """
    if not (spans.startswith("[") and spans.endswith("]")):
        msg = f"not a list of sentence offsets: {spans[:40]!r}"
        raise ValueError(msg)
    offsets = [start + int(offset) for offset in spans[1:-1].split(",")] if spans != "[]" else []
    if len(offsets) % 2:
        msg = f"an odd number of sentence offsets: {spans[:40]!r}"
        raise ValueError(msg)
    return list(zip(offsets[::2], offsets[1::2], strict=True))
