"""The corpus file's tables: the schema, its version, and connecting to or creating a file.

The schema is documented on the reference pages (``docs/reference/corpus-file.md``)
and is meant to be queried directly, from Datasette, sqlite-utils or the
``sqlite3`` shell. Its full-text tables are the one full-text schema's
(:mod:`interview_corpus.query._fts`).
"""

from __future__ import annotations

import os
import sqlite3

from .._version import __version__
from ..errors import CorpusFileError, ReadError
from ..query._fts import create_table

__all__ = [
    "APPLICATION_ID",
    "FTS_TABLES",
    "INDEXES",
    "SCHEMA",
    "SCHEMA_VERSION",
    "TABLES",
    "connect",
    "create",
]

SCHEMA_VERSION = 2
"""The version of the schema this library writes and reads (``PRAGMA user_version``)."""

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
CREATE TABLE paragraphs (
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
    text TEXT NOT NULL,
    start_time REAL,
    end_time REAL
);
CREATE UNIQUE INDEX paragraphs_by_id ON paragraphs (interview_id, id);
CREATE TABLE sentences (
    rowid INTEGER PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interviews(id),
    id TEXT NOT NULL,
    number INTEGER NOT NULL,
    paragraph_rowid INTEGER NOT NULL REFERENCES paragraphs(rowid),
    paragraph_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX sentences_by_paragraph ON sentences (paragraph_rowid);
CREATE INDEX sentences_by_interview ON sentences (interview_id);
CREATE VIEW sentence_texts AS
    SELECT s.rowid AS rowid, s.interview_id, s.id, s.number, s.paragraph_id, p.turn_id,
           p.exchange_id, p.kind, p.speaker, p.role, p.topic, s.start, s."end",
           substr(p.text, s.start - p.start + 1, s."end" - s.start) AS text,
           p.start_time AS paragraph_start_time
    FROM sentences AS s JOIN paragraphs AS p ON p.rowid = s.paragraph_rowid;
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
{create_table("sentences_fts", content="sentence_texts")};
"""  # noqa: S608  # the full-text schema's own DDL
"""The tables, views and full-text indexes of a corpus file, as SQL."""

INDEXES = tuple(line for line in SCHEMA.splitlines() if " INDEX " in line)
"""The secondary indexes: a new file gets them once its rows are in (sorting once beats inserting in order)."""

FTS_TABLES = {
    "paragraph": ("paragraphs_fts", "paragraphs"),
    "sentence": ("sentences_fts", "sentence_texts"),
}
"""Each search level's full-text table and the table or view that holds its text and filter columns."""

TABLES = (
    "mentions", "entity_names", "entities", "sentences", "paragraphs", "turns", "exchanges", "speakers",
)  # fmt: skip


def connect(path: str) -> sqlite3.Connection:
    """A connection to a corpus file, checked to be one this library can read.

    Readers open the file for writing too (SQLite falls back to reading when
    the file is write-protected): in WAL mode, the last connection to close
    removes the ``-wal`` and ``-shm`` files only if it may write.
    """
    if not os.path.isfile(path):  # noqa: PTH113  # pathlib's import costs more than the open
        raise ReadError(
            path, "no such corpus file: build it with `interview-corpus index SOURCES -o FILE`"
        )
    # A URI, for mode=rw (which never creates a file); %, ? and # are the characters it escapes.
    name = os.path.abspath(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")  # noqa: PTH100
    uri = f"file:{name}?mode=rw"
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    try:
        application, version = (
            connection.execute("PRAGMA application_id").fetchone()[0],
            connection.execute("PRAGMA user_version").fetchone()[0],
        )
    except sqlite3.DatabaseError:
        connection.close()
        raise CorpusFileError(
            path,
            "not a corpus file (not an SQLite database): "
            "build one with `interview-corpus index SOURCES -o FILE`",
        ) from None
    if application != APPLICATION_ID:
        connection.close()
        raise CorpusFileError(
            path,
            "not a corpus file (an SQLite database of something else): "
            "build one with `interview-corpus index SOURCES -o FILE`",
        )
    if version != SCHEMA_VERSION:
        connection.close()
        newer = version > SCHEMA_VERSION
        raise CorpusFileError(
            path,
            f"a corpus file of schema version {version}, which this version of "
            f"interview_corpus does not read (it reads version {SCHEMA_VERSION}): "
            + ("upgrade interview_corpus" if newer else "build the file again"),
            version=version,
        )
    return connection


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
