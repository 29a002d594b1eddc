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

MAX_TRANSCRIPT_BYTES = 64 * 2**20
"""The most a transcript may hold (64 MiB): a text file's bytes, or the characters taken out of a
web page, Word file or PDF. Parsing takes about 18 times the text's size in memory at its peak."""

MAX_FILE_BYTES = 256 * 2**20
"""The largest web page, Word file or PDF read to take a transcript out of it (256 MiB)."""

MAX_METADATA_BYTES = 16 * 2**20
"""The largest sidecar (``NAME.toml``) or entity lexicon file (16 MiB)."""

MAX_JSON_DIGITS = 20
"""The most digits of an integer in a JSON document (spans and numbers fit in far fewer)."""
