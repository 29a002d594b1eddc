"""The bounds on work that untrusted input can ask for, in one place.

Each is documented in ``docs/explanation/limits.md``; the errors they raise
name the limit and what to do instead.
"""

from __future__ import annotations

MAX_QUERY_CHARACTERS = 1_000
"""The longest search query, in characters; longer ones are a QueryError."""

MAX_QUERY_TERMS = 64
"""The most words a search query may hold (plain or FTS5 syntax); more are a QueryError."""

QUERY_SECONDS = 5.0
"""How long one search may run inside SQLite before it is stopped with a QueryError."""

MAX_HITS = 2**31 - 1
"""Larger ``limit=`` values mean "every hit" (SQLite's LIMIT is a 64-bit integer)."""

WRITER_WAIT_SECONDS = 60.0
"""How long an update of a corpus file waits for another process's update of it to end.

After it, the update stops with a CorpusFileError that names the other process."""

REGEX_SECONDS = 5.0
"""How long one ``grep`` or ``concordance`` pattern may run over one interview."""

MAX_FILE_BYTES = 256 * 2**20
"""The largest transcript file :func:`~interview_corpus.read` reads (256 MiB)."""

MAX_JSON_DIGITS = 20
"""The most digits of an integer in a JSON document (spans and numbers fit in far fewer)."""
