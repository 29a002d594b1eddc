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

# json is imported by the functions that read or write its columns: opening a file and searching it
# need none of them (its import costs 2% of a first search in a new process).
import contextlib
import itertools
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Self

import attrs

from .._util.progress import check_progress
from .._util.text import fold
from ..corpus import Corpus
from ..errors import (
    ArgumentValueError,
    CorpusError,
    CorpusFileError,
    Failure,
    InvalidArgumentTypeError,
    NotFoundError,
    ReadError,
    TranscriptError,
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
    sentence_bounds,
)
from ..model._span import Span
from ..query._fts import (
    bounded_query,
    create_table,
    delete_rows,
    insert_rows,
    integrity_check,
    ranked_sql,
    rebuild,
)

if TYPE_CHECKING:
    import pandas

    from .._util.progress import Progress
    from ..query._records import Record, RecordLevel
    from ..query._search import Hit, Level, Syntax

SCHEMA_VERSION = 1
"""The version of the schema this library writes and reads (``PRAGMA user_version``)."""

APPLICATION_ID = (
    0x49437270  # "ICrp": marks a file as an interview_corpus file (PRAGMA application_id)
)

Source = str | os.PathLike[str] | Interview
"""What :meth:`Corpus.build` reads: a folder of transcripts, a transcript file, or an interview."""

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
    text TEXT NOT NULL
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
           substr(p.text, s.start - p.start + 1, s."end" - s.start) AS text
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

_INDEXES = tuple(line for line in SCHEMA.splitlines() if " INDEX " in line)
"""The secondary indexes: a new file gets them once its rows are in (sorting once beats inserting in order)."""

FTS_TABLES = {
    "paragraph": ("paragraphs_fts", "paragraphs"),
    "sentence": ("sentences_fts", "sentence_texts"),
}
"""Each search level's full-text table and the table or view that holds its text and filter columns."""

_TABLES = (
    "mentions", "entity_names", "entities", "sentences", "paragraphs", "turns", "exchanges", "speakers",
)  # fmt: skip


_SHOWN = 5  # problems named in a verify error; the count says how many more


# -- what is stored for one interview ---------------------------------------------------


class _Rows(NamedTuple):
    """Everything stored for one interview: plain values, cheap to send between processes."""

    id: str
    interview: dict[str, Any]
    speakers: list[tuple[Any, ...]]
    exchanges: list[tuple[Any, ...]]
    turns: list[tuple[Any, ...]]
    paragraphs: list[tuple[Any, ...]]
    sentences: list[tuple[Any, ...]]  # (id, number, paragraph position, paragraph id, start, end)
    entities: list[tuple[Any, ...]]
    entity_names: list[tuple[Any, ...]]
    mentions: list[tuple[Any, ...]]


def _speaker_value(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "role": speaker.role,
        "aliases": list(speaker.aliases),
        "description": speaker.description,
    }


def _entity_value(entity: Entity) -> dict[str, Any]:
    return {
        key: list(value) if isinstance(value, tuple) else value
        for key, value in attrs.asdict(entity, recurse=False).items()
    }


def _topic_value(topic: Topic | None) -> dict[str, Any] | None:
    if topic is None:
        return None
    return {
        "slug": topic.slug,
        "title": topic.title,
        "summary": topic.summary,
        "keywords": list(topic.keywords),
    }


def _options(interview: Interview) -> dict[str, Any]:
    """What :func:`parse` needs besides the text to give this interview again, as JSON values."""
    return {
        "strict": all(exchange.answers for exchange in interview.exchanges),
        "title": interview.title,
        "outlet": interview.outlet,
        "url": interview.url,
        "published": interview.published.isoformat() if interview.published else None,
        "language": interview.language,
        "rights": interview.rights,
        "interviewer": _speaker_value(interview.interviewer),
        "interviewee": _speaker_value(interview.interviewee),
        "topics": [_topic_value(exchange.topic) for exchange in interview.exchanges],
        "entities": [_entity_value(entity) for entity in interview.lexicon],
    }


def _parse_options(options: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of :func:`parse` from their stored JSON values."""
    return {
        **options,
        "interviewer": Speaker(**options["interviewer"]),
        "interviewee": Speaker(**options["interviewee"]),
        "topics": [Topic(**topic) if topic else None for topic in options["topics"]],
        "entities": tuple(Entity(**entity) for entity in options["entities"]),
    }


def _materialise(id: str, source: str, options: str, document: str | None) -> Interview:
    """The interview, parsed again from its source (or read from its JSON document)."""
    import json

    if document is not None:
        from ..json import from_json

        interview = from_json(document)
        assert isinstance(interview, Interview)
        return interview
    from ..reading._parse import parse

    stored = json.loads(options)
    if "arguments" in stored:  # a file: read again with the arguments it was read with
        return parse(source, id=id, **stored["arguments"])
    return parse(source, id=id, **_parse_options(stored))


def _sha256(text: str) -> str:
    import hashlib  # the build's and verify's: not on the import path, so OpenSSL's cost is paid once

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _arguments(options: dict[str, Any]) -> dict[str, Any]:
    """A sidecar's reading options as JSON values (a date as ``YYYY-MM-DD``, which parse takes too)."""
    return {
        key: value.isoformat() if hasattr(value, "isoformat") else value
        for key, value in options.items()
    }


def _rows(
    interview: Interview,
    path: str | None,
    fingerprint: str,
    arguments: dict[str, Any] | None = None,
) -> _Rows:
    """The rows of one interview.

    A file's interview is stored with the arguments it was read with (its
    sidecar's options): parsing is deterministic, so parsing the stored
    source with them gives the same interview again, and nothing is parsed
    twice. An interview made in memory is parsed again from what is stored
    (its source and the metadata :func:`_options` captures), and kept whole,
    as its JSON document, if that does not give it back (it may have used a
    custom segmenter). Opening the file then never gives anything but the
    interview that was stored; :meth:`CorpusFile.verify` parses every
    source again to check it.
    """
    import json

    document = None
    if arguments is not None:
        options_json = json.dumps({"arguments": arguments}, ensure_ascii=False, sort_keys=True)
    else:
        options_json = json.dumps(_options(interview), ensure_ascii=False, sort_keys=True)
        again = _materialise(interview.id, interview.source, options_json, None)
        if again != interview or again.lexicon != interview.lexicon:
            from ..json import to_json

            document = to_json(interview)
    turns = interview.turns()
    exchange_of: dict[str, tuple[str, Topic | None]] = {
        turn.id: (exchange.id, exchange.topic) for exchange in interview for turn in exchange.turns
    }
    row = {
        "id": interview.id,
        "path": path,
        "fingerprint": fingerprint,
        "checksum": _sha256(interview.source),
        "title": interview.title,
        "outlet": interview.outlet,
        "url": interview.url,
        "published": interview.published.isoformat() if interview.published else None,
        "language": interview.language,
        "rights": interview.rights,
        "interviewer": interview.interviewer.name,
        "interviewee": interview.interviewee.name,
        "exchange_count": len(interview.exchanges),
        "turn_count": len(turns),
        "paragraph_count": len(interview.paragraphs()),
        "sentence_count": 0,  # counted with the rows below, without making the sentences
        "options": options_json,
        "document": document,
        "source": interview.source,
    }
    speakers = [
        (
            position,
            speaker.name,
            speaker.role,
            json.dumps(list(speaker.aliases), ensure_ascii=False),
            speaker.description,
            sum(1 for turn in turns if turn.speaker == speaker),
        )
        for position, speaker in enumerate(interview.speakers)
    ]
    exchanges = [
        (
            exchange.id,
            exchange.number,
            exchange.topic.slug if exchange.topic else None,
            exchange.topic.title if exchange.topic else None,
            exchange.question.id,
            exchange.span.start,
            exchange.span.end,
        )
        for exchange in interview
    ]
    turn_rows: list[tuple[Any, ...]] = []
    paragraphs: list[tuple[Any, ...]] = []
    sentences: list[tuple[Any, ...]] = []
    about: dict[str, tuple[Any, ...]] = {}
    for position, turn in enumerate(turns):
        exchange_id, topic = exchange_of.get(turn.id, (None, None))
        slug = topic.slug if topic else None
        common = (exchange_id, turn.kind, turn.speaker.name, turn.speaker.role, slug)
        about[turn.id] = (turn.speaker.name, turn.speaker.role, slug)
        turn_rows.append(
            (
                turn.id,
                position,
                turn.kind,
                turn.number,
                exchange_id,
                turn.speaker.name,
                turn.speaker.role,
                slug,
                turn.span.start,
                turn.span.end,
            )
        )
        for paragraph in turn.paragraphs:
            paragraph_id = paragraph.id
            sentences.extend(
                (f"{paragraph_id}.s{number}", number, len(paragraphs), paragraph_id, start, end)
                for number, (start, end) in enumerate(sentence_bounds(paragraph), 1)
            )
            paragraphs.append(
                (
                    paragraph.id,
                    len(paragraphs),
                    paragraph.number,
                    turn.id,
                    *common,
                    paragraph.span.start,
                    paragraph.span.end,
                    paragraph.text,
                )
            )
    row["sentence_count"] = len(sentences)
    entities = [
        (
            position,
            entity.id,
            entity.name,
            entity.kind,
            json.dumps(_entity_value(entity), ensure_ascii=False),
        )
        for position, entity in enumerate(interview.lexicon)
    ]
    names: dict[str, str] = {}
    for entity in interview.lexicon:
        for name in entity.names:
            names.setdefault(fold(name), entity.id)
    mentions = [
        (
            position,
            mention.entity.id,
            mention.form,
            mention.section,
            mention.paragraph_id,
            mention.sentence_id,
            mention.turn_id,
            *about.get(mention.turn_id or "", (None, None, None)),
            mention.span.start,
            mention.span.end,
            mention.text,
        )
        for position, mention in enumerate(interview.mentions())
    ]
    return _Rows(
        interview.id,
        row,
        speakers,
        exchanges,
        turn_rows,
        paragraphs,
        sentences,
        entities,
        list(names.items()),
        mentions,
    )


# -- building ------------------------------------------------------------------------------


@attrs.frozen
class _Task:
    """One transcript to store: a file to read, or an interview already in memory."""

    path: str | None
    interview: Interview | None
    fingerprint: str | None  # None: not computed yet (a new file needs none to compare)
    sidecars: tuple[str, ...] | None = None  # names in its folder with its stem; None: not listed


def _sidecars(name: str, listing: Sequence[str]) -> tuple[str, ...]:
    """The names in a sorted folder ``listing`` that are sidecars of the file ``name`` (same stem)."""
    import bisect

    prefix = os.path.splitext(name)[0] + "."  # noqa: PTH122
    found = []
    for sibling in listing[bisect.bisect_left(listing, prefix) :]:
        if not sibling.startswith(prefix):
            break
        if sibling != name:
            found.append(sibling)
    return tuple(found)


def _fingerprint_file(path: str, sidecars: Sequence[str] | None = None) -> str:
    """A digest of a transcript file and its sidecar files (same stem), which may change its metadata.

    ``sidecars`` are their names, found in one listing of the folder for all
    its files (listing it for each would make a large folder's build quadratic).
    """
    import hashlib

    digest = hashlib.sha256()
    folder, name = os.path.split(path)
    with open(path, "rb") as file:  # noqa: PTH123
        digest.update(file.read())
    with contextlib.suppress(OSError):
        if sidecars is None:
            sidecars = _sidecars(name, sorted(os.listdir(folder or ".")))  # noqa: PTH208
        for sibling in sidecars:
            digest.update(b"\0" + sibling.encode())
            with open(os.path.join(folder, sibling), "rb") as file:  # noqa: PTH118, PTH123
                digest.update(file.read())
    return digest.hexdigest()


def _tasks(sources: Source | Iterable[Source], pattern: str) -> Iterator[_Task | Failure]:
    """The transcripts named by ``sources``, in order: folders give their files in name order."""
    import json
    from pathlib import Path

    if isinstance(sources, str | os.PathLike | Interview):
        sources = [sources]
    listings: dict[str, tuple[str, ...]] = {}

    def listing(folder: str) -> tuple[str, ...]:
        if folder not in listings:
            try:
                listings[folder] = tuple(sorted(os.listdir(folder or ".")))  # noqa: PTH208
            except OSError:
                listings[folder] = ()
        return listings[folder]

    for source in sources:
        if isinstance(source, Interview):
            text = json.dumps(_options(source), sort_keys=True) + source.source
            yield _Task(None, source, "interview:" + _sha256(text))
            continue
        if not isinstance(source, str | os.PathLike):
            msg = f"a source is a folder, a file or an Interview, not {type(source).__name__}"
            raise InvalidArgumentTypeError(msg)
        path = Path(source)
        files = sorted(p for p in path.glob(pattern) if p.is_file()) if path.is_dir() else [path]
        for file in files:
            name = str(file)
            folder, base = os.path.split(name)
            yield _Task(name, None, None, _sidecars(base, listing(folder)))


def _work(task: _Task) -> _Rows | Failure:
    """Read and flatten one transcript; a failure instead of an exception (it may run in a worker)."""
    if task.interview is not None:
        assert task.fingerprint is not None
        return _rows(task.interview, None, task.fingerprint)
    assert task.path is not None
    from ..reading._load import (  # the loader and the parser: for building, not for opening
        read,
        sidecar,
    )

    try:
        fingerprint = task.fingerprint or _fingerprint_file(task.path, task.sidecars)
        arguments = _arguments(dict(sidecar(task.path)))
        interview = read(task.path)
    except TranscriptError as error:
        return Failure(task.path, error.line, error.column, error.reason)
    except ReadError as error:
        return Failure(task.path, None, None, error.reason)
    except OSError as error:
        return Failure(task.path, None, None, error.strerror or str(error))
    return _rows(interview, task.path, fingerprint, arguments)


def _results(tasks: Sequence[_Task], jobs: int) -> Iterator[_Rows | Failure]:
    """Each task's result, in order; with ``jobs > 1`` worked on by that many processes."""
    if jobs <= 1 or len(tasks) < 2:  # noqa: PLR2004
        yield from map(_work, tasks)
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    # Batches of transcripts, so that each message between processes carries real work; a
    # bounded window of them, so that only so many results wait in memory.
    size = max(1, min(_BATCH, len(tasks) // (jobs * 4)))
    batches = [tasks[start : start + size] for start in range(0, len(tasks), size)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[_Rows | Failure]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_work_batch, batch))
            if len(pending) >= jobs * 4:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


_BATCH = 16


def _work_batch(tasks: Sequence[_Task]) -> list[_Rows | Failure]:
    """:func:`_work` on each of a batch of tasks, in a worker process, the collector paused."""
    from .._util.gc import collection_paused

    with collection_paused():
        return [_work(task) for task in tasks]


def _replace(temporary: str, path: str) -> None:
    """Move a finished file over ``path`` in one step: readers see the old file or the new one."""
    os.replace(temporary, path)  # noqa: PTH105  # the paths are str


def _connect(path: str) -> sqlite3.Connection:
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


def _create(path: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA journal_mode = OFF")  # a new file: the rename is the commit
    connection.execute("PRAGMA synchronous = OFF")
    connection.executescript(
        "\n".join(line for line in SCHEMA.splitlines() if " INDEX " not in line)
    )
    from .._version import __version__

    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("format", "interview-corpus"), ("written_by", f"interview_corpus {__version__}")],
    )
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return connection


class _Writer:
    """Adds and removes interviews in an open corpus file; :meth:`index` brings the full-text indexes in step.

    The rows added are indexed in one statement per index for many
    interviews (:meth:`index`), not interview by interview: FTS5 then
    tokenizes them in one pass and writes few, large segments, as a plain
    FTS5 build does; indexing every :data:`_INDEX_EVERY` paragraphs rather
    than only at the end lets it overlap with the parsing of ``--jobs``.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.next_paragraph = self._next("paragraphs")
        self.next_sentence = self._next("sentences")
        self.first_paragraph = self.next_paragraph  # rows from here on are not indexed yet
        self.first_sentence = self.next_sentence

    def _next(self, table: str) -> int:
        sql = f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}"  # noqa: S608  # our table names
        return int(self.connection.execute(sql).fetchone()[0])

    def remove(self, id: str) -> None:
        run = self.connection.execute
        for fts, content in (FTS_TABLES["sentence"], FTS_TABLES["paragraph"]):
            run(delete_rows(fts, content), (id,))
        for table in _TABLES:
            run(f"DELETE FROM {table} WHERE interview_id = ?", (id,))  # noqa: S608
        run("DELETE FROM interviews WHERE id = ?", (id,))

    def add(self, rows: _Rows, position: int) -> None:
        run, many = self.connection.execute, self.connection.executemany
        id = rows.id
        record = {**rows.interview, "position": position}
        columns = ", ".join(f'"{key}"' for key in record)
        run(
            f"INSERT INTO interviews ({columns}) VALUES ({', '.join('?' * len(record))})",  # noqa: S608
            list(record.values()),
        )
        many("INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?, ?)", [(id, *r) for r in rows.speakers])
        many(
            "INSERT INTO exchanges VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(id, *r) for r in rows.exchanges],
        )
        many(
            "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(id, *r) for r in rows.turns],
        )
        first_paragraph = self.next_paragraph
        many(
            "INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(first_paragraph + n, id, *r) for n, r in enumerate(rows.paragraphs)],
        )
        self.next_paragraph += len(rows.paragraphs)
        first_sentence = self.next_sentence
        many(
            "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (first_sentence + n, id, sid, number, first_paragraph + index, pid, start, end)
                for n, (sid, number, index, pid, start, end) in enumerate(rows.sentences)
            ],
        )
        self.next_sentence += len(rows.sentences)
        many("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)", [(id, *r) for r in rows.entities])
        many("INSERT INTO entity_names VALUES (?, ?, ?)", [(id, *r) for r in rows.entity_names])
        many(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(id, *r) for r in rows.mentions],
        )
        if self.next_paragraph - self.first_paragraph >= _INDEX_EVERY:
            self.index()

    def index(self) -> None:
        """Index the text of every paragraph and sentence added and not indexed yet."""
        run = self.connection.execute
        run(insert_rows(*FTS_TABLES["paragraph"]), (self.first_paragraph,))
        run(insert_rows(*FTS_TABLES["sentence"]), (self.first_sentence,))
        self.first_paragraph, self.first_sentence = self.next_paragraph, self.next_sentence


_INDEX_EVERY = 10_000  # paragraphs: a few MB of text per FTS5 statement


def _check(errors: object, jobs: object) -> int:
    """The number of processes to use, after checking :func:`build`'s arguments."""
    if errors not in ("raise", "collect"):
        msg = f"errors={errors!r}: use 'raise' or 'collect'"
        raise ArgumentValueError(msg)
    if jobs is None:
        jobs = os.cpu_count() or 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        msg = f"jobs={jobs!r}: give a positive number of processes"
        raise ArgumentValueError(msg)
    return jobs


def _gather(
    sources: Source | Iterable[Source], pattern: str, *, errors: str
) -> tuple[list[_Task], list[Failure]]:
    """The transcripts to store, and the files that cannot be read at all."""
    failures: list[Failure] = []
    tasks: list[_Task] = []
    for item in _tasks(sources, pattern):
        if isinstance(item, Failure):
            failures.append(item)
        else:
            tasks.append(item)
    if failures and errors == "raise":
        raise CorpusError(failures)
    if not tasks and not failures:
        msg = "the sources hold no transcripts: give folders with *.txt files, files or interviews"
        raise ArgumentValueError(msg)
    return tasks, failures


def build(
    path: str | os.PathLike[str],
    sources: Source | Iterable[Source],
    *,
    pattern: str = "*.txt",
    jobs: int | None = None,
    errors: Literal["raise", "collect"] = "raise",
    progress: Progress | None = None,
) -> tuple[CorpusFile, list[Failure]]:
    """Build or update a corpus file; see :meth:`Corpus.build`."""
    jobs = _check(errors, jobs)
    check_progress(progress)
    name = os.fspath(path)
    tasks, failures = _gather(sources, pattern, errors=errors)
    exists = os.path.exists(name)  # noqa: PTH110
    if exists:
        connection = _connect(name)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("BEGIN IMMEDIATE")  # one transaction: all of the update, or none
        temporary = None
    else:
        folder, base = os.path.split(os.path.abspath(name))  # noqa: PTH100
        temporary = os.path.join(folder, f".{base}.{os.getpid()}.tmp")  # noqa: PTH118
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)  # noqa: PTH107
        connection = _create(temporary)
        connection.execute("BEGIN")
    from .._util.gc import collection_paused

    try:
        with collection_paused():
            failures += _fill(connection, tasks, jobs, errors=errors, progress=progress)
        if temporary is not None:
            for index in _INDEXES:  # one by one: executescript would commit first
                connection.execute(index)
        connection.execute("COMMIT")
        if temporary is not None:
            connection.execute("PRAGMA journal_mode = WAL")  # readers of the finished file
        connection.close()
        if temporary is not None:
            _replace(temporary, name)
    except BaseException:
        connection.close()  # rolls back an update; the previous file stays as it was
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.remove(temporary)  # noqa: PTH107
        raise
    return CorpusFile.open(name), failures


def _plan(
    connection: sqlite3.Connection, tasks: list[_Task]
) -> tuple[dict[int, str], list[tuple[int, _Task]], list[str]]:
    """Which stored interviews to keep (by position), which tasks to do, which stored ids to drop."""
    stored = {
        (path or f"interview:{id}", fingerprint): id
        for id, path, fingerprint in connection.execute(
            "SELECT id, path, fingerprint FROM interviews"
        )
    }
    kept: dict[int, str] = {}
    todo: list[tuple[int, _Task]] = []
    for position, task in enumerate(tasks):
        if stored and task.fingerprint is None and task.path is not None:
            with contextlib.suppress(OSError):  # an unreadable file is reported when it is read
                task = attrs.evolve(task, fingerprint=_fingerprint_file(task.path, task.sidecars))  # noqa: PLW2901
        key = (
            task.path or f"interview:{task.interview.id if task.interview else ''}",
            task.fingerprint,
        )
        if key in stored:
            kept[position] = stored.pop(key)
        else:
            todo.append((position, task))
    return kept, todo, list(stored.values())


def _fill(
    connection: sqlite3.Connection,
    tasks: list[_Task],
    jobs: int,
    *,
    errors: str,
    progress: Progress | None,
) -> list[Failure]:
    """Bring the file's interviews in line with ``tasks``: keep the unchanged, re-read the rest."""
    import json

    kept, todo, stale = _plan(connection, tasks)
    writer = _Writer(connection)
    for id in stale:  # gone or changed
        writer.remove(id)
    seen = {id: position for position, id in kept.items()}
    failures: list[Failure] = []
    for done, ((position, task), result) in enumerate(
        zip(todo, _results([task for _, task in todo], jobs), strict=True), 1
    ):
        if progress is not None:
            progress(done, len(todo), task.path or (task.interview.id if task.interview else ""))
        if isinstance(result, Failure):
            if errors == "raise":
                raise CorpusError([result])
            failures.append(result)
            continue
        if result.id in seen:
            failure = Failure(
                task.path or result.id,
                None,
                None,
                f"the id {result.id!r} is also the id of another transcript; "
                "rename one of the files",
            )
            if errors == "raise":
                raise CorpusError([failure])
            failures.append(failure)
            continue
        seen[result.id] = position
        writer.add(result, position)
    writer.index()
    connection.executemany(
        "UPDATE interviews SET position = ? WHERE id = ?",
        [(position, id) for id, position in seen.items()],
    )
    if kept and not _in_order(connection):
        _renumber(connection)
    counts = {
        "read": len(seen) - len(kept),
        "unchanged": len(kept),
        "dropped": len(set(stale) - set(seen)),
        "failed": len(failures),
    }
    connection.execute(
        "INSERT OR REPLACE INTO meta VALUES ('last_build', ?)", (json.dumps(counts),)
    )
    return failures


def _in_order(connection: sqlite3.Connection) -> bool:
    """Whether the rowids of paragraphs and sentences follow the interviews' order (search relies on it)."""
    for table in ("paragraphs", "sentences"):
        ranges = connection.execute(
            f"SELECT min(t.rowid), max(t.rowid) FROM {table} AS t "  # noqa: S608  # our names
            "JOIN interviews AS i ON i.id = t.interview_id GROUP BY i.position ORDER BY i.position"
        ).fetchall()
        if any(after[0] < before[1] for before, after in itertools.pairwise(ranges)):
            return False
    return True


def _renumber(connection: sqlite3.Connection) -> None:
    """Give paragraphs and sentences rowids in the interviews' order, and rebuild the indexes."""
    run = connection.execute
    for table in ("paragraphs", "sentences"):
        run(f"DROP TABLE IF EXISTS temp.{table}_order")
        run(
            f"CREATE TEMP TABLE {table}_order AS SELECT t.rowid AS old, "  # noqa: S608
            "row_number() OVER (ORDER BY i.position, t.rowid) AS new "
            f"FROM {table} AS t JOIN interviews AS i ON i.id = t.interview_id"
        )
        run(f"CREATE UNIQUE INDEX temp.{table}_order_old ON {table}_order (old)")
        # Through negative numbers, so that no new rowid meets an old one on the way.
        run(
            f"UPDATE {table} SET rowid = -(SELECT new FROM {table}_order "  # noqa: S608
            f"WHERE old = {table}.rowid)"
        )
        run(f"UPDATE {table} SET rowid = -rowid")  # noqa: S608
    run(
        "UPDATE sentences SET paragraph_rowid = "
        "(SELECT new FROM paragraphs_order WHERE old = sentences.paragraph_rowid)"
    )
    for fts, _ in FTS_TABLES.values():
        run(rebuild(fts))


# -- reading ------------------------------------------------------------------------------


@attrs.define(repr=False, eq=False)
class CorpusFile:
    """A corpus stored in a SQLite file: opens instantly, parses an interview only when asked for it.

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
    def open(cls, path: str | os.PathLike[str]) -> CorpusFile:
        """Open a corpus file for reading; see :meth:`Corpus.open`.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.bundled().save(path)
            >>> len(ic.CorpusFile.open(path))
            1
        """
        name = os.fspath(path)
        return cls(name, _connect(name))

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
        return f"CorpusFile({self.path!r}, {len(self)} interviews)"

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

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Interview):
            return self.get(item.id) == item
        return isinstance(item, str) and bool(
            self._query("SELECT 1 FROM interviews WHERE id = ?", (item,))
        )

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
        interview = _materialise(id, *rows[0])
        with self._lock:
            self._cache[id] = interview
            if len(self._cache) > 64:  # noqa: PLR2004  # a few recent interviews, not the corpus
                self._cache.popitem(last=False)
        return interview

    def get(self, id: str, default: Interview | None = None) -> Interview | None:
        """The interview with this id, or ``default``.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).get("nope") is None
            True
        """
        try:
            return self[id]
        except NotFoundError:
            return default

    @property
    def interviews(self) -> tuple[Interview, ...]:
        """Every interview, parsed; prefer iterating, which holds one at a time.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> len(ic.Corpus.build(path, [ic.load()]).interviews)
            1
        """
        return tuple(self)

    def to_corpus(self) -> Corpus:
        """Every interview, parsed, as an in-memory :class:`Corpus`.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).to_corpus() == ic.Corpus.bundled()
            True
        """
        return Corpus(self)

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
        speaker: str | None = None,
        topic: str | None = None,
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
        from .._util.limits import MAX_HITS
        from ..query._search import Hit, Snippets, check_arguments, fts5_match

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
        if topic is not None:
            filters.append(("topic", 1))
            parameters.append(topic)
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

    def records(self, level: RecordLevel = "paragraph") -> list[Record]:
        """The flat records of every interview, in order; see :meth:`Interview.records`.

        The records are those of the parsed interviews, made one interview at
        a time, so that they have exactly the shape the in-memory corpus gives.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> len(ic.Corpus.build(path, [ic.load()]).records("exchange"))
            5
        """
        from ..query._records import records

        found: list[Record] = []
        for interview in self:
            found += records([interview], level)
        return found

    def to_pandas(self, level: RecordLevel = "paragraph") -> pandas.DataFrame:
        """The records as one pandas DataFrame; see :meth:`Corpus.to_pandas`.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).to_pandas("exchange").shape[0]
            5
        """
        from ..query._frames import to_pandas

        return to_pandas(list(self), level)

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
            if _sha256(source) != checksum:
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
