"""The corpus file: a SQLite database that holds a corpus and its full-text index.

:meth:`Corpus.build` reads transcripts (folders, files, interviews) into a
file once; :meth:`Corpus.open` opens it without parsing anything. Interviews
are parsed again from their stored source when one is asked for, and the
corpus queries (search, mentions, speakers, ids) are answered by SQL.

The schema is documented on the reference pages (``docs/reference/corpus-file.md``)
and is meant to be queried directly, from Datasette, sqlite-utils or the
``sqlite3`` shell. ``sqlite3`` is imported only when this module is used.
"""

from __future__ import annotations

# Opening a file and searching it import neither json, nor the model, nor attrs (whose import
# alone was 185M of the 293M instructions of a first search in a new process, callgrind; see
# docs/explanation/performance.md): a search's hits are rows (query._search.Row) that build their
# paragraphs when first asked for, and every object is made by ._stored, loaded on first use.
import contextlib
import functools
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Self

from .._util.lazy import lazy_function, lazy_module
from .._util.text import name_key
from .._util.timecode import as_timedelta
from ..errors import CorpusFileError
from ..query._fts import bounded_query, integrity_check
from ..query._search import Row, Run, search_hits
from ._schema import FTS_TABLE, connect, failure, sentence_bounds_of

if TYPE_CHECKING:
    import datetime

    from ..interview import Interview
    from ..model._objects import Entity, Mention, Paragraph, Sentence, Speaker
    from ..query._search import Filters, Hits, Ranking
    from . import _stored
    from ._stored import materialise
else:  # the model and attrs load when an answer first needs an object (a search needs none)
    _stored = lazy_module("._stored", __package__)
    # An interview made again from its row: a name of this module, which tests count calls of.
    materialise = lazy_function("._stored", "materialise", __package__)

__all__ = ["FileBackend"]

_SHOWN = 5  # problems named in a verify error; the count says how many more
_REBUILD = ": the file was changed, or damaged; build it again from the transcripts"


# -- reading ------------------------------------------------------------------------------


class FileBackend:
    """The corpus file's answers to the corpus primitives, by SQL (a ``Backend`` of ``corpus.py``).

    :class:`~interview_corpus.CorpusFile` asks the questions; this class holds
    the connection and answers each primitive with a query. Interviews are
    parsed again from their stored source when one is asked for, and a few
    recent ones are kept.

    Every call reads one snapshot of the file: the queries of one call run in
    one read transaction (:meth:`snapshot`), so an update that another process
    commits meanwhile is seen by the next call, whole, and never by half of
    one. What a call leaves to be made later (a search's snippets, its
    suggestion) is made from the same snapshot, or raises
    :class:`CorpusFileError` if the file changed since.

    A holder of state (the connection, the cache of interviews), so a plain
    mutable class: written without attrs, which a first search does not import.
    """

    __slots__ = (
        "_cache", "_connection", "_generation", "_immutable", "_location", "_lock", "_seen",
        "_stamp", "_version", "path",
    )  # fmt: skip

    def __init__(
        self,
        path: str,
        connection: sqlite3.Connection,
        immutable: bool = False,  # as the fields were given
        location: str = "",
        *,
        stamp: tuple[int, ...] | None = None,
    ) -> None:
        self.path = path
        self._connection = connection
        self._immutable = immutable  # read by a process that may not write it: see _schema.connect
        self._location = location  # the absolute path, whatever the working directory
        self._lock = threading.RLock()
        self._cache: OrderedDict[str, Interview] = OrderedDict()
        self._version: tuple[int, int] | None = None  # the open snapshot's, while one is open
        # The last snapshot's version: the cache holds its interviews.
        self._seen: tuple[int, int] | None = None
        self._generation = 0  # how many times an immutable file was opened again
        self._stamp = stamp  # an immutable file's inode, size and times, as opened

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Self:
        """Open a corpus file for reading; see :meth:`Corpus.open`."""
        name = os.fspath(path)
        connection, immutable = connect(name)
        location = os.path.abspath(name)  # noqa: PTH100  # a str path
        return cls(
            name, connection, immutable, location, stamp=_stamp(location) if immutable else None
        )

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[tuple[int, int]]:
        """Run the queries within in one read transaction: they see the file as it is when it begins.

        Snapshots nest (an inner one is the outer one), and hold the lock:
        other threads' queries wait for the end of this one. Yields the
        snapshot's version, which is another one's only if the file changed
        in between.

        Raises:
            CorpusFileError: The file is closed or damaged, or (read immutable)
                it changed while it was read.
        """
        with self._lock:
            if self._version is not None:
                yield self._version
                return
            self._reopen_if_changed()
            run = self._connection.execute
            try:
                run("BEGIN")
                # The first read starts the transaction (SQLite's BEGIN is deferred): from
                # here on this connection sees the file as it is now, whatever is committed.
                run("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
                version = (self._generation, int(run("PRAGMA data_version").fetchone()[0]))
            except sqlite3.Error as error:
                self._end()
                raise failure(self.path, error) from None
            if version != self._seen:  # another process changed the file: cached interviews too
                self._cache.clear()
                self._seen = version
            self._version = version
            try:
                yield version
            finally:
                self._version = None
                self._end()
            if self._immutable and self._changed_in_place():
                raise CorpusFileError(
                    self.path,
                    "the corpus file changed while it was read (another process updated it): "
                    "ask again",
                )

    def _end(self) -> None:
        """End the read transaction, if one is open."""
        with contextlib.suppress(sqlite3.Error):  # closed: nothing to end
            if self._connection.in_transaction:
                self._connection.execute("COMMIT")

    def _reopen_if_changed(self) -> None:
        """Open an immutable file again if it changed since it was opened (SQLite would not see it).

        A file removed meanwhile is read as it was: its connection holds it open.
        """
        now = _stamp(self._location) if self._immutable else None
        if now is None or now == self._stamp:
            return
        with contextlib.suppress(sqlite3.Error):
            self._connection.close()
        self._connection, self._immutable = connect(self._location)
        self._stamp = _stamp(self._location) if self._immutable else None
        self._generation += 1

    def _changed_in_place(self) -> bool:
        """Whether the immutable file read is still at its path, changed (a replaced file was not)."""
        now, then = _stamp(self._location), self._stamp
        return bool(now and then and now[:2] == then[:2] and now != then)

    def _query(self, sql: str, parameters: Sequence[object] = (), query: str = "") -> list[Any]:
        """Run SQL in this call's snapshot (a snapshot of its own, alone).

        With a user's full-text ``query`` (a search, or its snippets), within the
        in-memory search's time budget, and SQLite's complaints about it as
        :class:`QueryError` quoting it, as the in-memory index does.
        """
        with self.snapshot():
            try:
                if query:
                    return bounded_query(self._connection, sql, parameters, query)
                return self._connection.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise failure(self.path, error) from None

    def _pinned(self, version: tuple[int, int]) -> Run:
        """A runner of later queries (snippets, suggestions) that sees the snapshot ``version`` or fails."""

        def run(sql: str, parameters: list[Any], query: str = "") -> list[Any]:
            with self.snapshot() as now:
                if now != version:
                    raise CorpusFileError(
                        self.path,
                        "the corpus file changed since this search (another process updated "
                        "it): search again",
                    )
                return self._query(sql, parameters, query)

        return run

    def _damaged(self, what: str, error: BaseException) -> CorpusFileError:
        """The error for stored values that are not what the library writes."""
        return CorpusFileError(
            self.path,
            f"{what} is not what interview_corpus writes ({type(error).__name__}: {error})"
            + _REBUILD,
        )

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._connection.close()

    # -- the primitives ----------------------------------------------------------------

    def ids(self) -> tuple[str, ...]:
        """The interviews' ids, in order."""
        return tuple(id for (id,) in self._query("SELECT id FROM interviews ORDER BY position"))

    def count(self) -> int:
        """How many interviews the file holds."""
        return int(self._query("SELECT count(*) FROM interviews")[0][0])

    def has(self, id: str) -> bool:
        """Whether an interview has this id."""
        return bool(self._query("SELECT 1 FROM interviews WHERE id = ?", (id,)))

    def interview(self, id: str) -> Interview | None:
        """The interview, parsed from its stored source; ``None`` for an unknown id.

        Parsed outside the lock, so that other threads' queries go on meanwhile;
        kept only if no other process changed the file in between.
        """
        with self.snapshot() as version:
            if id in self._cache:
                self._cache.move_to_end(id)
                return self._cache[id]
            rows = self._query(
                "SELECT source, options, document FROM interviews WHERE id = ?", (id,)
            )
        if not rows:
            return None
        try:
            interview = materialise(id, *rows[0])
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
            raise self._damaged(f"the stored interview {id!r}", error) from None
        with self._lock:
            if self._seen == version:
                self._cache[id] = interview
                if len(self._cache) > 64:  # noqa: PLR2004  # a few recent interviews, not the corpus
                    self._cache.popitem(last=False)
        return interview

    def speakers(self) -> list[tuple[str, Speaker, int]]:
        """``(interview id, speaker, turn count)`` of every speaker, in the corpus' order."""
        rows = self._query(
            "SELECT s.interview_id, s.name, s.role, s.aliases, s.description, s.turn_count "
            "FROM speakers AS s JOIN interviews AS i ON i.id = s.interview_id "
            "ORDER BY i.position, s.position"
        )
        try:
            return _stored.speakers(rows)
        except (ValueError, TypeError, RecursionError) as error:
            raise self._damaged("a row of the table speakers", error) from None

    def topics(self) -> list[tuple[str, str, str]]:
        """``(interview id, slug, title)`` of every topic."""
        return [
            (id, slug, title)
            for id, slug, title in self._query(
                "SELECT DISTINCT interview_id, topic, topic_title FROM exchanges "
                "WHERE topic IS NOT NULL"
            )
        ]

    def entities(self, name: str) -> list[tuple[str, str]]:
        """``(entity id, interview id)`` of the entity called ``name`` in each interview that has one."""
        return [
            (entity_id, id)
            for entity_id, id in self._query(
                "SELECT entity_id, interview_id FROM entity_names WHERE folded = ?",
                (name_key(name),),
            )
        ]

    def entity_names(self) -> list[str]:
        """Every name (not the id) of every entity of every lexicon, once each."""
        rows = self._query("SELECT DISTINCT entity FROM entities")
        entities = [self._entity(value) for (value,) in rows]
        return list(dict.fromkeys(name for entity in entities for name in entity.names[1:]))

    def _entity(self, value: str) -> Entity:
        """An entity from its stored JSON."""
        try:
            return _stored.entity(value)
        except (ValueError, TypeError, RecursionError) as error:
            raise self._damaged("an entity of the table entities", error) from None

    def ranked(self, search: Ranking, filters: Filters) -> Hits:
        """The hits of a checked search in the file's index, with the filters' values.

        The ranking and the rows of the hits are read in one snapshot; their
        snippets (or the suggestion, when nothing is found), made later, from it too.
        """
        fts, table = FTS_TABLE
        with self.snapshot() as version:
            # Rowids follow the corpus' order (the build keeps them so), so ties in BM25 are
            # broken as the in-memory index breaks them; only filters need the rows themselves.
            # Whatever is read later (snippets, the suggestion and the paragraphs it looks in)
            # is read from this snapshot too, or fails.
            run = self._pinned(version)
            return search_hits(
                run,
                fts,
                search,
                filters,
                functools.partial(self._paragraphs, run),
                content=table,
            )

    def _paragraphs(
        self, run: Run, rowids: list[int]
    ) -> dict[int, tuple[str, Row, datetime.timedelta | None]]:
        """The interview id, paragraph (a row that builds it, with its sentences) and start of each rowid."""
        rows = run(
            'SELECT p.rowid, p.interview_id, p.id, p.number, p.start, p."end", '  # noqa: S608
            'substr(i.source, p.start + 1, p."end" - p.start), p.turn_id, p.start_time, '
            "p.end_time, p.sentences FROM paragraph_rows AS p "
            "JOIN interviews AS i ON i.id = p.interview_id "
            f"WHERE p.rowid IN ({', '.join('?' * len(rowids))})",
            rowids,
            "",
        )
        found: dict[int, tuple[str, Row, datetime.timedelta | None]] = {}
        for rowid, interview_id, id, number, start, end, text, turn_id, *times, spans in rows:
            try:
                bounds = sentence_bounds_of(start, spans)
            except (ValueError, TypeError) as error:
                raise self._damaged(f"the paragraph {id!r} of {interview_id!r}", error) from None
            made = Row(
                id,
                text,
                functools.partial(
                    _paragraph,
                    id,
                    number=number,
                    span=(start, end),
                    text=text,
                    sentences=bounds,
                    turn_id=turn_id,
                    times=(times[0], times[1]),
                ),
                [
                    (f"{id}.s{count}", text[first - start : last - start])
                    for count, (first, last) in enumerate(bounds, 1)
                ],
            )
            found[rowid] = (interview_id, made, as_timedelta(times[0]))
        return found

    def mentions(
        self,
        *,
        entities: Collection[tuple[str, str]] | None,
        speakers: Collection[tuple[str, str]] | None,
        topics: Collection[tuple[str, str]] | None,
        kind: str | None,
    ) -> list[tuple[str, Mention]]:
        """``(interview id, mention)`` whose ``(entity id | speaker | topic, interview id)`` are among those given."""
        where = ["1"]
        parameters: list[object] = []
        for column, pairs in (("entity_id", entities), ("speaker", speakers), ("topic", topics)):
            if pairs is not None:
                values = ", ".join("(?, ?)" for _ in pairs) or "(NULL, NULL)"
                where.append(f"(m.{column}, m.interview_id) IN (VALUES {values})")
                parameters += [value for pair in pairs for value in pair]
        if kind is not None:
            where.append("e.kind = ?")
            parameters.append(kind)
        rows = self._query(
            'SELECT m.interview_id, e.entity, m.text, m.start, m."end", m.form, m.section, '  # noqa: S608
            "m.paragraph_id, m.sentence_id FROM mentions AS m "
            "JOIN entities AS e ON e.interview_id = m.interview_id AND e.id = m.entity_id "
            "JOIN interviews AS i ON i.id = m.interview_id "
            f"WHERE {' AND '.join(where)} ORDER BY i.position, m.position",
            parameters,
        )
        return _stored.mentions(rows, self._entity)

    def _reparse_problems(self) -> list[str]:
        """Parse every interview again and compare its paragraphs and sentences with the stored rows."""
        problems: list[str] = []
        for id in self.ids():
            try:
                interview = self.interview(id)
            except CorpusFileError as error:
                problems.append(error.reason.removesuffix(_REBUILD))
                continue
            assert interview is not None  # the id was just read, in this snapshot
            rows = self._query(
                'SELECT id, start, "end", sentences FROM paragraph_rows WHERE interview_id = ? '
                "ORDER BY position",
                (id,),
            )
            try:
                stored = [(paragraph, start, end) for paragraph, start, end, _ in rows] + [
                    (f"{paragraph}.s{number}", *bounds)
                    for paragraph, start, _, spans in rows
                    for number, bounds in enumerate(sentence_bounds_of(start, spans), 1)
                ]
            except (ValueError, TypeError):
                stored = []  # not what the library writes: other than what parsing gives
            parts: list[Paragraph | Sentence] = [*interview.paragraphs(), *interview.sentences()]
            parsed = [(item.id, item.span.start, item.span.end) for item in parts]
            if parsed != stored:
                first = next(
                    (mine for mine, theirs in zip(stored, parsed, strict=False) if mine != theirs),
                    None,
                )
                where = f" (the stored {first[0]!r} at {first[1]}–{first[2]})" if first else ""
                problems.append(
                    f"interview {id!r}: parsing its source again gives other paragraphs{where}"
                )
        return problems

    def last_build(self) -> dict[str, int]:
        """The counts of the last build or update; see :attr:`CorpusFile.last_build`."""
        import json

        rows = self._query("SELECT value FROM meta WHERE key = 'last_build'")
        try:
            return dict(json.loads(rows[0][0])) if rows else {}
        except (ValueError, TypeError, RecursionError) as error:
            raise self._damaged("the last build's counts in the table meta", error) from None

    def verify(self) -> None:
        """Check the file against itself, in one snapshot; see :meth:`CorpusFile.verify`."""
        with self.snapshot():
            problems = self._text_problems()
            problems += self._reparse_problems()
            problems += self._index_problems()
        if problems:
            more = len(problems) - _SHOWN
            shown = "; ".join(problems[:_SHOWN]) + (f"; and {more} more" if more > 0 else "")
            raise CorpusFileError(self.path, f"{shown}: build the file again from the transcripts")

    def _text_problems(self) -> list[str]:
        """Every stored source against its checksum, every mention's text against its span of the source.

        The texts of paragraphs and sentences are their spans of the source
        (views slice them): :meth:`_reparse_problems` checks the spans.
        """
        problems: list[str] = []
        sources: dict[str, str] = {}
        for id, checksum, source in self._query("SELECT id, checksum, source FROM interviews"):
            if not isinstance(source, str):
                problems.append(f"interview {id!r}: the source is not text")
                continue
            sources[id] = source
            if _stored.sha256(source) != checksum:
                problems.append(f"interview {id!r}: the source does not match its checksum")
        for interview_id, position, start, end, text in self._query(
            'SELECT interview_id, position, start, "end", text FROM mentions'
        ):
            spans = isinstance(start, int) and isinstance(end, int)
            if not spans or sources.get(interview_id, "")[start:end] != text:
                problems.append(
                    f"interview {interview_id!r}: mentions {position!r} at {start}–{end} "
                    "does not reproduce its text"
                )
        return problems

    def _index_problems(self) -> list[str]:
        """The full-text index against its rows, checked in a copy of this snapshot.

        FTS5 checks an index by a statement that writes: the copy (a temporary
        file) lets a reader that may not write the file check it too, and
        never waits for another process's update.
        """
        import tempfile

        problems: list[str] = []
        with tempfile.TemporaryDirectory(prefix="interview-corpus-verify-") as folder:
            copy = sqlite3.connect(os.path.join(folder, "copy.db"), isolation_level=None)  # noqa: PTH118
            with contextlib.closing(copy):
                try:
                    self._connection.backup(copy)
                except sqlite3.Error as error:
                    raise failure(self.path, error) from None
                fts = FTS_TABLE[0]
                try:
                    copy.execute(integrity_check(fts))
                except sqlite3.DatabaseError as error:
                    problems.append(f"the full-text index {fts} does not match its rows ({error})")
        return problems


def _paragraph(
    id: str,
    *,
    number: int,
    span: tuple[int, int],
    text: str,
    sentences: list[tuple[int, int]],
    turn_id: str,
    times: tuple[float | None, float | None],
) -> Paragraph:
    """A paragraph of a search's hits, built from its row when first asked for (the model loads now)."""
    return _stored.paragraph(
        id, number=number, span=span, text=text, sentences=sentences, turn_id=turn_id, times=times
    )


def _stamp(path: str) -> tuple[int, ...] | None:
    """A file's device, inode, size and times (``None`` if it is gone): what changes when it is written."""
    try:
        status = os.stat(path)  # noqa: PTH116  # a str path
    except OSError:
        return None
    return (
        status.st_dev,
        status.st_ino,
        status.st_size,
        status.st_mtime_ns,
        status.st_ctime_ns,
    )
