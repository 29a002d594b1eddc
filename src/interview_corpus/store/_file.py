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

# json is imported by the functions that read its columns: opening a file and searching it
# need none of them (its import costs 2% of a first search in a new process).
import contextlib
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Self

import attrs

from .._util.limits import MAX_HITS
from .._util.text import fold
from ..errors import (
    ArgumentValueError,
    CorpusFileError,
    InvalidArgumentTypeError,
    NotFoundError,
    close_matches,
)
from ..interview import Interview
from ..model._objects import (
    ENTITY_KINDS,
    ROLES,
    Entity,
    Mention,
    Paragraph,
    Sentence,
    Speaker,
    SpeakerKey,
    Topic,
    TopicKey,
)
from ..model._span import Span
from ..query._fts import bounded_query, integrity_check, ranked_sql
from ..query._search import Hit, Snippets, check_arguments, fts5_match
from ._rows import materialise, sha256
from ._schema import FTS_TABLES, connect

if TYPE_CHECKING:
    from ..query._search import Level, Syntax

__all__ = ["FileBackend"]

_SHOWN = 5  # problems named in a verify error; the count says how many more


# -- reading ------------------------------------------------------------------------------


@attrs.define(repr=False, eq=False)
class FileBackend:
    """The corpus file's side of :class:`~interview_corpus.CorpusFile`: its connection and the queries it answers by SQL.

    A corpus stored in a SQLite file: opens instantly, parses an interview only when asked for it.

    Get one with :meth:`Corpus.open` or :meth:`Corpus.build`. It answers the
    corpus queries (:meth:`search`, :meth:`mentions`, :meth:`by_speaker`,
    :attr:`ids`, :attr:`speakers`) with SQL; indexing it (``corpus["id"]``) or
    iterating parses the stored source again, giving interviews equal to
    reading their files. It is a holder of state (a database connection), so
    it is mutable and compared by identity; close it, or use it in a ``with``
    block.

    .. versionadded:: 0.2

    Example:
        >>> import interview_corpus as ic, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
        >>> with ic.Corpus.build(path, [ic.load()]) as corpus:
        ...     corpus.ids, corpus["tass-2065861"] == ic.load()
        (('tass-2065861',), True)
    """

    path: str
    _connection: sqlite3.Connection
    _lock: threading.RLock = attrs.field(factory=threading.RLock)
    _cache: OrderedDict[str, Interview] = attrs.field(factory=OrderedDict)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Self:
        """Open a corpus file for reading; see :meth:`Corpus.open`.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.bundled().save(path)
            >>> len(ic.CorpusFile.open(path))
            1
        """
        name = os.fspath(path)
        return cls(name, connect(name))

    def _query(self, sql: str, parameters: Sequence[object] = (), query: str = "") -> list[Any]:
        """Run SQL under the lock.

        With a user's full-text ``query`` (a search, or its snippets), within the
        in-memory search's time budget, and SQLite's complaints about it as
        :class:`QueryError` quoting it, as the in-memory index does.
        """
        with self._lock:
            try:
                if query:
                    return bounded_query(self._connection, sql, parameters, query)
                return self._connection.execute(sql, parameters).fetchall()
            except sqlite3.ProgrammingError:
                raise CorpusFileError(
                    self.path, "the corpus file is closed: open it again with Corpus.open"
                ) from None

    def close(self) -> None:
        """Close the database connection.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).close()
        """
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r}, {len(self)} interviews)"

    # -- a collection of interviews ---------------------------------------------------

    @property
    def ids(self) -> tuple[str, ...]:
        """The interviews' ids, in order.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).ids
            ('tass-2065861',)
        """
        return tuple(id for (id,) in self._query("SELECT id FROM interviews ORDER BY position"))

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM interviews")[0][0])

    def __iter__(self) -> Iterator[Interview]:
        for id in self.ids:
            yield self[id]

    def _has_id(self, id: str) -> bool:
        return bool(self._query("SELECT 1 FROM interviews WHERE id = ?", (id,)))

    def __getitem__(self, id: str) -> Interview:
        """``corpus["id"]``: the interview, parsed from its stored source; or :class:`NotFoundError`."""
        with self._lock:
            if isinstance(id, str) and id in self._cache:
                self._cache.move_to_end(id)
                return self._cache[id]
        rows = self._query(
            "SELECT source, options, document FROM interviews WHERE id = ?",
            (id if isinstance(id, str) else None,),
        )
        if not rows:
            raise NotFoundError(
                id,
                kind="interview",
                suggestions=close_matches(str(id), self.ids),
                hint="corpus.ids lists them",
            )
        interview = materialise(id, *rows[0])
        with self._lock:
            self._cache[id] = interview
            if len(self._cache) > 64:  # noqa: PLR2004  # a few recent interviews, not the corpus
                self._cache.popitem(last=False)
        return interview

    # -- queries answered by SQL ----------------------------------------------------

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Everyone who speaks in the corpus, once each (by name), in order of first appearance.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> [s.name for s in ic.Corpus.build(path, [ic.load()]).speakers]
            ['TASS', 'Sergey Lavrov']
        """
        import json

        seen: dict[str, Speaker] = {}
        for name, role, aliases, description in self._query(
            "SELECT s.name, s.role, s.aliases, s.description FROM speakers AS s "
            "JOIN interviews AS i ON i.id = s.interview_id WHERE s.turn_count > 0 "
            "ORDER BY i.position, s.position"
        ):
            seen.setdefault(fold(name), Speaker(name, role, json.loads(aliases), description))
        return tuple(seen.values())

    def _speaking(self, names: Sequence[str]) -> list[str]:
        """The ids of the interviews in which a speaker called one of ``names`` has turns."""
        import json

        folded = {name.casefold() for name in names}
        found: list[str] = []
        for id, name, aliases in self._query(
            "SELECT s.interview_id, s.name, s.aliases FROM speakers AS s "
            "JOIN interviews AS i ON i.id = s.interview_id WHERE s.turn_count > 0 "
            "ORDER BY i.position, s.position"
        ):
            known = {name.casefold(), *(alias.casefold() for alias in json.loads(aliases))}
            if known & folded and (not found or found[-1] != id):
                found.append(id)
        return found

    def by_speaker(self, name: str | Speaker) -> tuple[Interview, ...]:
        """The interviews in which this person speaks (any of their names or aliases).

        Raises:
            NotFoundError: Nobody in the corpus is called so.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> [iv.id for iv in ic.Corpus.build(path, [ic.load()]).by_speaker("Lavrov")]
            ['tass-2065861']
        """
        names = name.names if isinstance(name, Speaker) else (name,)
        if not all(isinstance(each, str) for each in names):
            msg = f"a speaker is a name or a Speaker, not {type(name).__name__}"
            raise InvalidArgumentTypeError(msg)
        found = self._speaking(names)
        if not found:
            known = [n for speaker in self.speakers for n in speaker.names]
            raise NotFoundError(
                names[0], kind="speaker", suggestions=close_matches(names[0], known)
            )
        return tuple(self[id] for id in found)

    def search(
        self,
        query: str,
        *,
        limit: int | None = 10,
        level: Level = "paragraph",
        syntax: Syntax = "plain",
        interview: str | None = None,
        speaker: SpeakerKey = None,
        topic: TopicKey = None,
        mark: tuple[str, str] = ("[", "]"),
    ) -> list[Hit]:
        """Ranked full-text search with the file's FTS5 index; see :meth:`Corpus.search`.

        The hits, scores and snippets are those of the same search on the
        corpus in memory. As there, the snippets are made when the first is
        asked for, which must be before the file is closed.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> corpus = ic.Corpus.build(path, [ic.load()])
            >>> [(hit.id, hit.snippet[:30]) for hit in corpus.search("frozen assets")]
            [('q3.p1', '…about confiscation of the [fr')]
        """
        check_arguments(query, level, syntax, limit, mark)
        match = fts5_match(query, syntax)  # the limits of the in-memory search
        if limit is not None and limit > MAX_HITS:
            limit = None  # more than SQLite can count: every hit
        if interview is not None:
            self[interview]  # raises NotFoundError for an unknown id
        fts, table = FTS_TABLES[level]
        filters: list[tuple[str, int]] = []
        parameters: list[object] = [match]
        if speaker is not None:
            names = sorted({turn_speaker for turn_speaker, _ in self._turn_speakers(speaker)})
            filters.append(("speaker", len(names)))
            parameters += names
        if topic is not None:  # a Topic, a slug or a title, as in memory
            slugs = sorted({slug for slug, _ in self._topics(topic)})
            filters.append(("topic", len(slugs)))
            parameters += slugs
        if interview is not None:
            filters.append(("interview_id", 1))
            parameters.append(interview)
        # Rowids follow the corpus' order (the build keeps them so), so ties in BM25 are
        # broken as the in-memory index breaks them; only filters need the rows themselves.
        sql = ranked_sql(fts, tuple(filters), content=table, limit=limit)
        rows = self._query(sql, parameters, query)
        targets = self._targets([row[0] for row in rows], level)
        snippets = Snippets(
            self._query,
            fts,
            mark=mark,
            match=match,
            query=query,
            rowids=[rowid for rowid, _ in rows],
        )
        return [
            Hit(*targets[rowid], -score or 0.0, rank, snippets)
            for rank, (rowid, score) in enumerate(rows, 1)
        ]

    def _targets(
        self, rowids: list[int], level: str
    ) -> dict[int, tuple[str, Paragraph | Sentence]]:
        """The interview ids and paragraphs or sentences with these rowids, built from their rows."""
        if not rowids:
            return {}
        marks = ", ".join("?" * len(rowids))
        if level == "sentence":
            return {
                rowid: (interview_id, Sentence(id, number, Span(start, end), text, paragraph_id))
                for rowid, interview_id, id, number, start, end, text, paragraph_id in self._query(
                    'SELECT rowid, interview_id, id, number, start, "end", text, paragraph_id '  # noqa: S608
                    f"FROM sentence_texts WHERE rowid IN ({marks})",
                    rowids,
                )
            }
        paragraphs = self._query(
            'SELECT rowid, interview_id, id, number, start, "end", text, turn_id '  # noqa: S608
            f"FROM paragraphs WHERE rowid IN ({marks})",
            rowids,
        )
        where = {row[0]: (row[4], row[6]) for row in paragraphs}  # start, text
        sentences: dict[int, list[Sentence]] = {}
        for paragraph_rowid, id, number, start, end, paragraph_id in self._query(
            'SELECT paragraph_rowid, id, number, start, "end", paragraph_id '  # noqa: S608
            f"FROM sentences WHERE paragraph_rowid IN ({marks}) ORDER BY rowid",
            rowids,
        ):
            offset, text = where[paragraph_rowid]
            sentences.setdefault(paragraph_rowid, []).append(
                Sentence(
                    id, number, Span(start, end), text[start - offset : end - offset], paragraph_id
                )
            )
        return {
            rowid: (
                interview_id,
                Paragraph(
                    id, number, Span(start, end), text, tuple(sentences.get(rowid, ())), turn_id
                ),
            )
            for rowid, interview_id, id, number, start, end, text, turn_id in paragraphs
        }

    def _turn_speakers(self, speaker: SpeakerKey) -> list[tuple[str, str]]:
        """``(speaker name, interview id)`` of the turns a speaker filter keeps, as in :meth:`Interview.turns`.

        Raises:
            NotFoundError: The filter applies to no interview.
        """
        import json

        if isinstance(speaker, Speaker):
            speaker = speaker.name
        if not isinstance(speaker, str):
            msg = f"speaker filters are a Speaker, a role or a name, not {type(speaker).__name__}"
            raise InvalidArgumentTypeError(msg)
        if speaker.casefold() in ROLES:
            rows = self._query(
                "SELECT DISTINCT speaker, interview_id FROM turns WHERE role = ?",
                (speaker.casefold(),),
            )
            return [(name, id) for name, id in rows]
        folded = speaker.casefold()
        found: list[tuple[str, str]] = []
        chosen: set[str] = set()
        for id, name, aliases in self._query(
            "SELECT interview_id, name, aliases FROM speakers ORDER BY interview_id, position"
        ):
            known = {name.casefold(), *(alias.casefold() for alias in json.loads(aliases))}
            if folded in known and id not in chosen:  # the first speaker so called, per interview
                chosen.add(id)
                found.append((name, id))
        if not found:
            known_names = [*ROLES, *(n for s in self.speakers for n in s.names)]
            raise NotFoundError(
                speaker,
                kind="speaker",
                suggestions=close_matches(speaker, known_names),
                hint="give a role ('interviewer', 'interviewee', 'moderator'), a Speaker or a name",
            )
        return found

    def mentions(
        self,
        entity: Entity | str | None = None,
        *,
        speaker: SpeakerKey = None,
        topic: TopicKey = None,
        kind: str | None = None,
    ) -> list[tuple[str, Mention]]:
        """Mentions across the interviews, as ``(interview id, mention)``; see :meth:`Corpus.mentions`.

        Answered from the ``mentions`` table: no interview is parsed.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> corpus = ic.Corpus.build(path, [ic.load()])
            >>> [(iv_id, m.sentence_id) for iv_id, m in corpus.mentions("Zelensky")]
            [('tass-2065861', 'a1.p2.s1'), ('tass-2065861', 'a1.p4.s1')]
        """
        import json

        if kind is not None and kind not in ENTITY_KINDS:
            msg = f"kind={kind!r} is not an entity kind; use one of {', '.join(ENTITY_KINDS)}"
            raise ArgumentValueError(msg)
        where = ["1"]
        parameters: list[object] = []
        if entity is not None:
            if isinstance(entity, Entity):
                where.append("m.entity_id = ?")
                parameters.append(entity.id)
            elif isinstance(entity, str):
                where.append(
                    "m.entity_id = (SELECT entity_id FROM entity_names AS n "
                    "WHERE n.interview_id = m.interview_id AND n.folded = ?)"
                )
                parameters.append(fold(entity))
            else:
                msg = f"an entity is an Entity or a name, not {type(entity).__name__}"
                raise InvalidArgumentTypeError(msg)
            self._require_entity(entity)
        if speaker is not None:
            pairs = self._turn_speakers(speaker)
            where.append(
                "(m.speaker, m.interview_id) IN (VALUES " + ", ".join("(?, ?)" for _ in pairs) + ")"
            )
            parameters += [value for pair in pairs for value in pair]
        if topic is not None:
            slugs = self._topics(topic)
            where.append(
                "(m.topic, m.interview_id) IN (VALUES " + ", ".join("(?, ?)" for _ in slugs) + ")"
            )
            parameters += [value for pair in slugs for value in pair]
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
        entities: dict[str, Entity] = {}
        found: list[tuple[str, Mention]] = []
        for interview_id, value, text, start, end, form, section, paragraph, sentence in rows:
            made = entities.get(value)
            if made is None:
                made = entities[value] = Entity(**json.loads(value))
            found.append(
                (
                    interview_id,
                    Mention(
                        made,
                        text,
                        Span(start, end),
                        form,
                        section,
                        paragraph,
                        sentence,
                        interview_id,
                    ),
                )
            )
        return found

    def _require_entity(self, entity: Entity | str) -> None:
        """Raise :class:`NotFoundError` when no interview knows the entity."""
        if isinstance(entity, Entity):
            known = self._query("SELECT 1 FROM entities WHERE id = ? LIMIT 1", (entity.id,))
        else:
            known = self._query(
                "SELECT 1 FROM entity_names WHERE folded = ? LIMIT 1", (fold(entity),)
            )
        if not known:
            name = entity.name if isinstance(entity, Entity) else entity
            names = [n for (n,) in self._query("SELECT DISTINCT name FROM entities")]
            raise NotFoundError(name, kind="entity", suggestions=close_matches(name, names))

    def _topics(self, topic: TopicKey) -> list[tuple[str, str]]:
        """``(topic slug, interview id)`` for a topic given as a Topic, slug or title."""
        if isinstance(topic, Topic):
            topic = topic.slug
        if not isinstance(topic, str):
            msg = f"a topic is a Topic, a slug or a title, not {type(topic).__name__}"
            raise InvalidArgumentTypeError(msg)
        folded = fold(topic)
        found = [
            (slug, id)
            for slug, title, id in self._query(
                "SELECT DISTINCT topic, topic_title, interview_id FROM exchanges "
                "WHERE topic IS NOT NULL"
            )
            if folded in (fold(slug), fold(title))
        ]
        if not found:
            slugs = [
                s
                for (s,) in self._query(
                    "SELECT DISTINCT topic FROM exchanges WHERE topic IS NOT NULL"
                )
            ]
            raise NotFoundError(topic, kind="topic", suggestions=close_matches(topic, slugs))
        return found

    def _reparse_problems(self) -> list[str]:
        """Parse every interview again and compare its paragraphs and sentences with the stored rows."""
        problems: list[str] = []
        for id in self.ids:
            interview = self[id]
            stored = self._query(
                'SELECT id, start, "end" FROM paragraphs WHERE interview_id = ? ORDER BY position',
                (id,),
            )
            stored += self._query(
                'SELECT id, start, "end" FROM sentences WHERE interview_id = ? ORDER BY rowid',
                (id,),
            )
            parts: list[Paragraph | Sentence] = [*interview.paragraphs(), *interview.sentences()]
            parsed = [(item.id, item.span.start, item.span.end) for item in parts]
            if parsed != [tuple(row) for row in stored]:
                problems.append(
                    f"interview {id!r}: parsing its source again gives other paragraphs"
                )
        return problems

    @property
    def last_build(self) -> dict[str, int]:
        """How many interviews the last build or update read, kept unchanged, dropped, or failed on.

        The keys are ``read``, ``unchanged``, ``dropped`` and ``failed``.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).close()
            >>> ic.Corpus.build(path, [ic.load()]).last_build
            {'read': 0, 'unchanged': 1, 'dropped': 0, 'failed': 0}
        """
        import json

        rows = self._query("SELECT value FROM meta WHERE key = 'last_build'")
        return dict(json.loads(rows[0][0])) if rows else {}

    def verify(self) -> None:
        """Check every stored source against its checksum, every span against its text, and the index.

        Every interview is also parsed again from its stored source, and its
        paragraphs and sentences are compared with the stored rows.

        Raises:
            CorpusFileError: Something does not match; the message says what.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).verify()
        """
        problems: list[str] = []
        sources: dict[str, str] = {}
        for id, checksum, source in self._query("SELECT id, checksum, source FROM interviews"):
            sources[id] = source
            if sha256(source) != checksum:
                problems.append(f"interview {id!r}: the source does not match its checksum")
        for table, column in (
            ("paragraphs", "text"),
            ("sentence_texts", "text"),
            ("mentions", "text"),
        ):
            for interview_id, id, start, end, text in self._query(
                f'SELECT interview_id, {"id" if table != "mentions" else "position"}, start, "end", {column} FROM {table}'  # noqa: S608
            ):
                if sources.get(interview_id, "")[start:end] != text:
                    problems.append(
                        f"interview {interview_id!r}: {table} {id!r} at {start}–{end} "
                        "does not reproduce its text"
                    )
        problems += self._reparse_problems()
        with contextlib.closing(sqlite3.connect(self.path)) as check:
            for fts, _ in FTS_TABLES.values():
                try:
                    check.execute(integrity_check(fts))
                except sqlite3.DatabaseError as error:
                    problems.append(f"the full-text index {fts} does not match its rows ({error})")
        if problems:
            more = len(problems) - _SHOWN
            shown = "; ".join(problems[:_SHOWN]) + (f"; and {more} more" if more > 0 else "")
            raise CorpusFileError(self.path, f"{shown}: build the file again from the transcripts")
