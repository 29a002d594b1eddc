"""The one full-text schema: the FTS5 tables, their tokenizer, their rows and the ranked queries.

The in-memory index (:class:`~interview_corpus.query._search.SearchIndex`, in
``:memory:``) and the corpus file (``store/``) both make their full-text
tables, fill them and query them with the SQL made here, so that the same
search ranks, scores and marks its hits alike in memory and on disk: there is
no second copy of the tokenizer to keep in step. ``sqlite3`` is imported only
when a query runs.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._util.limits import QUERY_SECONDS
from ..errors import QueryError

if TYPE_CHECKING:
    import sqlite3

__all__ = [
    "MEMORY_COLUMNS",
    "SCRATCH",
    "TOKENIZER",
    "bounded_query",
    "create_table",
    "delete_all",
    "delete_values",
    "insert_values",
    "integrity_check",
    "marked_sql",
    "matches_sql",
    "ranked_sql",
    "scratch",
    "snippet_sql",
    "vocabulary_sql",
]

TOKENIZER = "porter unicode61 remove_diacritics 2"
"""Porter stemming over unicode61 words; accents fold away, and straight and curly
apostrophes both separate words, so "Russia's" and "Russia’s" search alike."""

MEMORY_COLUMNS = ("speaker", "topic", "interview_id")
"""The filter columns the in-memory tables keep beside ``text`` (unindexed)."""

SNIPPET_TOKENS = 12
"""The words a snippet shows around the matched terms."""


def create_table(
    table: str,
    *,
    unindexed: Sequence[str] = (),
    content: str | None = None,
) -> str:
    """The ``CREATE VIRTUAL TABLE`` of a full-text table whose first (indexed) column is ``text``.

    Args:
        table: The table's name.
        unindexed: Further columns stored with each row for filters (the in-memory index).
        content: An external-content table or view to read the text from (the
            corpus file's view ``paragraphs``, which slices each text from its source).
    """
    columns = ["text", *(f"{column} UNINDEXED" for column in unindexed)]
    if content is not None:
        columns += [f'content="{content}"', 'content_rowid="rowid"']
    return (
        f"CREATE VIRTUAL TABLE {table} USING fts5(\n    "
        f"{', '.join(columns)}, tokenize='{TOKENIZER}'\n)"
    )


def insert_values(table: str, columns: Sequence[str] = ()) -> str:
    """The INSERT of rows given as ``(rowid, text, *columns)`` values."""
    names = ", ".join(("rowid", "text", *columns))
    marks = ", ".join("?" * (len(columns) + 2))
    return f"INSERT INTO {table}({names}) VALUES ({marks})"  # noqa: S608  # our names


def delete_values(table: str) -> str:
    """The INSERT that takes rows given as ``(rowid, text)`` out of an external-content index.

    The text is the one indexed: the caller gives it, so that FTS5 never reads
    it back through the content view (which slices each row from its source).
    """
    return f"INSERT INTO {table}({table}, rowid, text) VALUES ('delete', ?, ?)"  # noqa: S608


def delete_all(table: str) -> str:
    """The command that empties an external-content index (its content is left as it is)."""
    return f"INSERT INTO {table}({table}) VALUES ('delete-all')"  # noqa: S608  # our names


def integrity_check(table: str) -> str:
    """The command that checks an external-content index against its content."""
    return f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)"  # noqa: S608


@functools.lru_cache(maxsize=128)
def ranked_sql(
    table: str,
    filters: tuple[tuple[str, int], ...] = (),
    *,
    content: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> str:
    """The SELECT of a search: ``(rowid, bm25)`` of the rows that match ``?``, best first.

    FTS5 sorts by its built-in BM25 and stops at the limit; ties are broken by
    rowid, which follows the corpus' order in memory and in a file alike.

    Args:
        table: The full-text table.
        filters: ``(column, count)``: the column must be one of ``count`` values
            (the parameters after the query, in this order).
        content: The table holding the filter columns, joined on rowid (a
            corpus file's); ``None`` when the full-text table holds them.
        limit: The most rows, or ``None`` for all.
        offset: The rows to skip first: the next page of the same ranking.
    """
    prefix = "t." if content is not None else ""
    where = [f"{table} MATCH ?"]
    where += [f"{prefix}{column} IN ({', '.join('?' * count)})" for column, count in filters]
    joined = f"JOIN {content} AS t ON t.rowid = {table}.rowid " if content and filters else ""
    sql = (
        f"SELECT {table}.rowid, bm25({table}) FROM {table} {joined}"  # noqa: S608  # our names
        f"WHERE {' AND '.join(where)} ORDER BY bm25({table}), {table}.rowid"
    )
    if offset:
        return f"{sql} LIMIT {-1 if limit is None else limit:d} OFFSET {offset:d}"
    return sql if limit is None else f"{sql} LIMIT {limit:d}"


def snippet_sql(table: str, count: int) -> str:
    """The SELECT of ``(rowid, snippet)`` for ``count`` rowids; parameters: the two marks, the query, the rowids."""
    return (
        f"SELECT rowid, snippet({table}, 0, ?, ?, '…', {SNIPPET_TOKENS}) FROM {table} "  # noqa: S608
        f"WHERE {table} MATCH ? AND rowid IN ({', '.join('?' * count)})"
    )


def matches_sql(table: str) -> str:
    """The SELECT that gives one row when some row of ``table`` matches ``?``, and none otherwise."""
    return f"SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT 1"  # noqa: S608  # our names


def vocabulary_sql(table: str) -> tuple[str, str]:
    """The statements that make and read ``table``'s vocabulary: ``(term, rows that have it)``.

    The terms are the index's own (stemmed: ``asset`` for "assets"), read by
    an ``fts5vocab`` table in the connection's ``temp`` schema, which SQLite
    keeps apart from the database: a corpus file is not written to, and a
    read-only one can be read so too.
    """
    vocabulary = f"temp.{table}_vocabulary"
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocabulary} USING fts5vocab(main, {table}, row)",
        f"SELECT term, doc FROM {vocabulary}",  # noqa: S608  # our names
    )


def marked_sql(table: str, count: int) -> str:
    """The SELECT of the texts of ``count`` rows that match ``?``, each matched word marked by ``char(2)`` and ``char(3)``."""
    return (
        f"SELECT highlight({table}, 0, char(2), char(3)) FROM {table} "  # noqa: S608  # our names
        f"WHERE {table} MATCH ? LIMIT {count:d}"
    )


SCRATCH = "texts"
"""The full-text table of :func:`scratch`."""

# Each thread's scratch table, kept between uses: making one costs 120-350 µs (the FTS5 table's
# shadow tables), emptying it 40 µs, and a sentence search uses two (its matching, its snippets).
_SCRATCHES = threading.local()


@contextlib.contextmanager
def scratch(texts: Iterable[str]) -> Iterator[sqlite3.Connection]:
    """An in-memory full-text table, :data:`SCRATCH`, of ``texts``, each row's rowid its index.

    What a few texts are searched, marked or cut into snippets in, with the
    index's own tokenizer: the sentences of the paragraphs that a sentence
    search found, the hits' texts. It is emptied when the block ends, and
    kept for the thread's next use; a use within a use gets a table of its own.
    """
    import sqlite3

    connection: sqlite3.Connection | None = getattr(_SCRATCHES, "connection", None)
    _SCRATCHES.connection = None  # in use
    if connection is None:
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        connection.execute(create_table(SCRATCH))
    try:
        connection.executemany(insert_values(SCRATCH), enumerate(texts))
        yield connection
    finally:
        connection.execute(f"DELETE FROM {SCRATCH}")  # noqa: S608  # our name
        _SCRATCHES.connection = connection


def bounded_query(
    connection: sqlite3.Connection, sql: str, parameters: Sequence[object], query: str
) -> list[Any]:
    """Run a full-text query within ``QUERY_SECONDS``; SQLite's errors about the query become QueryErrors.

    Its other errors (a damaged, busy or unreadable database) are raised as
    they are, for the caller to tell what is wrong with the database.

    The same budget for the in-memory index and a corpus file: the query is
    stopped, not left to run, when it takes longer.
    """
    import sqlite3
    import time

    deadline = time.monotonic() + QUERY_SECONDS
    # Checked every 10,000 virtual-machine steps (a few hundred rows ranked).
    connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    try:
        return connection.execute(sql, parameters).fetchall()
    except sqlite3.OperationalError as error:
        code = getattr(error, "sqlite_errorcode", sqlite3.SQLITE_ERROR) & 0xFF  # primary code
        if code not in {sqlite3.SQLITE_ERROR, sqlite3.SQLITE_INTERRUPT}:
            raise  # not the query's fault: a damaged, busy or unreadable database
        if time.monotonic() > deadline:
            raise QueryError(
                f"the search took longer than {QUERY_SECONDS:g} seconds and was stopped: "
                "use fewer prefix* terms or ORs, or longer prefixes",
                query=query,
                position=0,
            ) from None
        raise QueryError(
            f"not a valid FTS5 query ({error}); use syntax='plain' for words and phrases",
            query=query,
            position=0,
        ) from None
    finally:
        connection.set_progress_handler(None, 0)
