"""Building a corpus file: reading transcripts (in several processes) and writing their rows.

:func:`build` makes a new file beside its final name and renames it into
place, or brings an existing file up to date in one transaction.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

import attrs

from .. import reading
from .._util import limits
from .._util.atomic import sync_file, sync_folder
from .._util.gc import collection_paused
from .._util.progress import check_progress
from ..errors import (
    ArgumentValueError,
    CorpusFileError,
    InterviewCorpusError,
    InvalidArgumentTypeError,
    MissingDependencyError,
    ReadError,
    TranscriptError,
    WriteError,
)
from ..errors._failures import CorpusError, Failure, failure_of
from ..interview import Interview
from ..query._fts import delete_all, delete_values, insert_values
from ._rows import Rows, interview_rows, reading_arguments, stored_options
from ._schema import (
    FTS_TABLE,
    INDEXES,
    SCHEMA_VERSION,
    TABLES,
    code_of,
    connect,
    create,
    failure,
)
from ._stored import sha256

if TYPE_CHECKING:
    from pathlib import Path

    from .._util.progress import Progress

__all__ = ["Source", "build"]

Source = str | os.PathLike[str] | Interview
"""What :meth:`Corpus.build` reads: a folder of transcripts, a transcript file, or an interview."""

# -- building ------------------------------------------------------------------------------


@attrs.frozen
class _Task:
    """One transcript to store: a file to read, or an interview already in memory."""

    path: str | None
    interview: Interview | None
    fingerprint: str | None  # None: not computed yet (a new file needs none to compare)
    stored_path: str | None = None  # the path the corpus file keeps (_stored_path)


def _fingerprint_file(path: str) -> str:
    """The fingerprint of a transcript file as it is now: what an update compares with the stored one.

    The files it covers are those :func:`_work` reads, read as it reads them (each a
    regular file of bounded size): the transcript and its sidecar, ``NAME.toml``, so that
    it equals the fingerprint stored when they were read. A recording with the
    transcript's stem is never read.
    """
    read = {path: reading.transcript_bytes(path)}
    sidecar = reading.sidecar_path(path)
    if sidecar != path:
        raw = reading.sidecar_bytes(sidecar)
        if raw is not None:
            read[sidecar] = raw
    return _fingerprint(path, read)


def _fingerprint(path: str, read: dict[str, bytes]) -> str:
    """A digest of the bytes read for a transcript: the file's, then each other file's (its sidecar), with its name."""
    import hashlib

    digest = hashlib.sha256(read[path])
    for name in sorted(read.keys() - {path}):
        digest.update(b"\0" + os.fsencode(os.path.basename(name)))  # noqa: PTH119  # a str path
        digest.update(read[name])
    return digest.hexdigest()


def _stored_path(file: Path, source: Path) -> str:
    """The path a corpus file keeps for a transcript: relative to the folder indexed, or its name.

    Never the folders above it, which name the user and their machine in a published
    file; and the same from any working directory, by a relative or an absolute path,
    or after the folder moved, so that an update finds the file unchanged by it.
    A name that is not UTF-8 keeps its bytes as backslash escapes.
    """
    relative = file.name if file == source else file.relative_to(source).as_posix()
    return os.fsencode(relative).decode("utf-8", "backslashreplace")


def _tasks(sources: Source | Iterable[Source], pattern: str | None) -> Iterator[_Task | Failure]:
    """The transcripts named by ``sources``, in order: folders give their files in name order."""
    import json
    from pathlib import Path

    if isinstance(sources, str | os.PathLike | Interview):
        sources = [sources]
    for source in sources:
        if isinstance(source, Interview):
            text = json.dumps(stored_options(source), sort_keys=True) + source.source
            yield _Task(None, source, "interview:" + sha256(text))
            continue
        if not isinstance(source, str | os.PathLike):
            msg = f"a source is a folder, a file or an Interview, not {type(source).__name__}"
            raise InvalidArgumentTypeError(msg)
        path = Path(source)
        files = [path]
        if path.is_dir():
            files, skipped = reading.transcript_files(path, pattern)
            yield from skipped
        for file in files:
            yield _Task(str(file), None, None, _stored_path(file, path))


def _work(task: _Task) -> Rows | Failure:
    """Read and flatten one transcript; a failure instead of an exception (it may run in a worker)."""
    if task.interview is not None:
        assert task.fingerprint is not None
        return interview_rows(task.interview, None, task.fingerprint)
    assert task.path is not None
    try:
        # What the file says of itself (a web page's title, the provenance) and its sidecar:
        # what parsing the stored text again needs. The fingerprint is of the bytes parsed,
        # however the file changed since the update compared it.
        read: dict[str, bytes] = {}
        interview, filed = reading.read_transcript(task.path, None, {}, read=read)
        fingerprint = _fingerprint(task.path, read)
        arguments = reading_arguments(dict(filed))
    except (MissingDependencyError, TranscriptError, ReadError) as error:
        return failure_of(task.path, error)
    except OSError as error:
        return Failure(task.path, None, None, error.strerror or str(error))
    return interview_rows(interview, task.stored_path, fingerprint, arguments)


def _results(tasks: Sequence[_Task], jobs: int) -> Generator[Rows | Failure, None, None]:
    """Each task's result, in order; with ``jobs > 1`` worked on by that many processes.

    The processes are stopped when the results end, or when the caller stops
    taking them (closing this generator: a failure with ``errors="raise"``, an
    interruption), with the work not started yet cancelled.
    """
    if jobs <= 1 or len(tasks) < 2:  # noqa: PLR2004
        yield from map(_work, tasks)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    # Batches of transcripts, so that each message between processes carries real work; a
    # bounded window of them, so that only so many results wait in memory.
    size = max(1, min(_BATCH, len(tasks) // (jobs * 4)))
    batches = [tasks[start : start + size] for start in range(0, len(tasks), size)]
    method = _start_method()
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_end_with_parent,
        initargs=(os.getpid() if method != "forkserver" else None,),
    )
    try:
        pending: deque[Future[list[Rows | Failure]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_work_batch, batch))
            if len(pending) >= jobs * 4:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_method() -> str:
    """How to start the worker processes: as the platform does, but never by forking a threaded process.

    Forking copies only the thread that forks: a lock another thread held
    (in the interpreter, or in a library such as Arrow) stays locked in the
    child for ever. A process with other threads (a notebook's, a test
    runner's) starts its workers from a fork server instead, itself started
    without threads.
    """
    import multiprocessing

    method = multiprocessing.get_start_method()
    if method != "fork" or _threads() == 1:
        return method
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _threads() -> int:
    """How many threads this process runs, the interpreter's and the libraries' (Linux); else the interpreter's."""
    import threading

    try:
        return len(os.listdir("/proc/self/task"))  # noqa: PTH208
    except OSError:
        return threading.active_count()


def _end_with_parent(caller: int | None) -> None:
    """In a worker: end it when the process that started it ends (killed, it cannot say so).

    A worker left behind would wait for work for ever, holding open the files
    it was given, such as the standard output a caller reads to its end. The
    ``caller`` that forks or spawns the worker gives its id: one killed before
    the worker starts has left it to another parent, and it ends at once. (A
    fork server's workers, ``caller`` ``None``, watch the server, which ends
    with the caller.)
    """
    import threading
    import time

    parent = os.getppid()
    if caller is not None and parent != caller:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="interview-corpus-parent-watch", daemon=True).start()


_WATCH_SECONDS = 0.5


_BATCH = 16


def _work_batch(tasks: Sequence[_Task]) -> list[Rows | Failure]:
    """:func:`_work` on each of a batch of tasks, in a worker process, the collector paused."""
    with collection_paused():
        return [_work(task) for task in tasks]


class _Writer:
    """Adds and removes interviews in an open corpus file; :meth:`index` brings the full-text index in step.

    The index is given each paragraph's text as the build has it, never read
    back through the ``paragraphs`` view (which slices it from its source).
    The texts added are indexed in one ``executemany`` for many interviews
    (:meth:`index`), as a plain FTS5 build does; every :data:`_INDEX_EVERY`
    paragraphs rather than only at the end, so that the texts waiting are few.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        sql = "SELECT coalesce(max(rowid), 0) + 1 FROM paragraph_rows"
        self.next_paragraph = int(connection.execute(sql).fetchone()[0])
        self.waiting: list[tuple[int, str]] = []  # (rowid, text) of the paragraphs not indexed yet

    def remove(self, id: str) -> None:
        run = self.connection.execute
        self.connection.executemany(
            delete_values(FTS_TABLE[0]), _indexed_texts(self.connection, id)
        )
        for table in TABLES:
            run(f"DELETE FROM {table} WHERE interview_id = ?", (id,))  # noqa: S608
        run("DELETE FROM interviews WHERE id = ?", (id,))

    def add(self, rows: Rows, position: int) -> None:
        run = self.connection.execute
        id = rows.id
        record = {**rows.interview, "position": position}
        columns = ", ".join(f'"{key}"' for key in record)
        run(
            f"INSERT INTO interviews ({columns}) VALUES ({', '.join('?' * len(record))})",  # noqa: S608
            list(record.values()),
        )
        for table in ("speakers", "exchanges", "turns"):
            self._insert(table, [(id, *r) for r in getattr(rows, table)])
        first = self.next_paragraph
        self._insert("paragraph_rows", [(first + n, id, *r) for n, r in enumerate(rows.paragraphs)])
        self.waiting += zip(itertools.count(first), rows.texts, strict=False)
        self.next_paragraph += len(rows.paragraphs)
        for table in ("entities", "entity_names", "mentions"):
            self._insert(table, [(id, *r) for r in getattr(rows, table)])
        if len(self.waiting) >= _INDEX_EVERY:
            self.index()

    def _insert(self, table: str, rows: list[tuple[object, ...]]) -> None:
        """Insert whole rows into ``table`` (one ``?`` per column, counted on the first row)."""
        if rows:
            values = ", ".join("?" * len(rows[0]))
            self.connection.executemany(f"INSERT INTO {table} VALUES ({values})", rows)  # noqa: S608

    def index(self) -> None:
        """Index the text of every paragraph added and not indexed yet."""
        self.connection.executemany(insert_values(FTS_TABLE[0]), self.waiting)
        self.waiting = []


def _indexed_texts(connection: sqlite3.Connection, id: str) -> list[tuple[int, str]]:
    """``(rowid, text)`` of each paragraph of the stored interview ``id``, sliced from its source in Python."""
    found = connection.execute("SELECT source FROM interviews WHERE id = ?", (id,)).fetchone()
    if found is None:
        return []
    source = found[0]
    spans = connection.execute(
        'SELECT rowid, start, "end" FROM paragraph_rows WHERE interview_id = ? ORDER BY rowid',
        (id,),
    )
    return [(rowid, source[start:end]) for rowid, start, end in spans]


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
    sources: Source | Iterable[Source], pattern: str | None, *, errors: str
) -> tuple[list[_Task], list[Failure]]:
    """The transcripts to store, and the files that cannot be read at all or were skipped."""
    items = list(_tasks(sources, pattern))
    failures = [item for item in items if isinstance(item, Failure)]
    tasks = [item for item in items if not isinstance(item, Failure)]
    failed = [failure for failure in failures if not failure.skipped]
    if failed and errors == "raise":
        raise CorpusError(failed)
    if not tasks and not failed:
        skipped = "; ".join(str(failure) for failure in failures[:5])
        msg = (
            "the sources hold no transcripts: give folders with transcript files "
            f"({', '.join(reading.TRANSCRIPT_SUFFIXES)}), files or interviews"
            + (f"; skipped {skipped}" if skipped else "")
        )
        raise ArgumentValueError(msg)
    return tasks, failures


def _existing(name: str) -> sqlite3.Connection | None:
    """A connection to the corpus file to update; ``None`` to build it anew.

    A file of an older schema is built again from the sources and put in its
    place (the update could not keep what the new schema holds).

    Raises:
        WriteError: ``name`` is a folder, or a file this process may not write.
        CorpusFileError: ``name`` is not a corpus file this version reads.
    """
    if os.path.isdir(name):  # noqa: PTH112  # a str path
        raise WriteError(name, "is a directory: give a file name for the corpus file")
    if not os.path.exists(name):  # noqa: PTH110
        return None
    try:
        return connect(name, write=True)[0]
    except CorpusFileError as error:
        if error.version is None or error.version >= SCHEMA_VERSION:
            raise
        return None


def build(
    path: str | os.PathLike[str],
    sources: Source | Iterable[Source],
    *,
    pattern: str | None = None,
    jobs: int | None = None,
    errors: Literal["raise", "collect"] = "raise",
    progress: Progress | None = None,
) -> tuple[str, list[Failure]]:
    """Build or update a corpus file; see :meth:`Corpus.build`.

    Returns:
        The file's path, and the transcripts that failed.

    Raises:
        WriteError: The file cannot be written: no folder, no permission, a full disk.
        CorpusFileError: The file is not a corpus file, is damaged, or another
            process is updating it for longer than an update waits.
    """
    jobs = _check(errors, jobs)
    check_progress(progress)
    name = os.fspath(path)
    tasks, failures = _gather(sources, pattern, errors=errors)
    existing = _existing(name)
    _remove_abandoned(*os.path.split(os.path.abspath(name)))  # noqa: PTH100
    fill = functools.partial(_fill, tasks=tasks, jobs=jobs, errors=errors, progress=progress)
    if existing is not None:
        return name, failures + _update(existing, name, fill)
    return name, failures + _create(name, fill)


def _update(
    connection: sqlite3.Connection, name: str, fill: Callable[[sqlite3.Connection], list[Failure]]
) -> list[Failure]:
    """Bring an existing file up to date in one transaction: all of the update, or none of it."""
    try:
        _begin_update(connection, name)
        with collection_paused():
            failed = fill(connection)
        connection.execute("COMMIT")
        # The update's pages into the file itself, as far as readers allow: a reader that reads
        # it immutable (one that may not write it) sees the update there.
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error as error:
        raise failure(name, error, writing=True) from None
    finally:
        connection.close()  # rolls back an update not committed: the file stays as it was
    return failed


def _begin_update(connection: sqlite3.Connection, name: str) -> None:
    """Start the update's write transaction, waiting for another process's update to end.

    Raises:
        CorpusFileError: The other update did not end within ``WRITER_WAIT_SECONDS``;
            the error names its process, when the system says which it is.
    """
    connection.execute(f"PRAGMA busy_timeout = {int(limits.WRITER_WAIT_SECONDS * 1000)}")
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if code_of(error) not in {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}:
            raise
        writer = _writer_of(name)
        who = f"process {writer}{_command_of(writer)}" if writer else "another process"
        raise CorpusFileError(
            name,
            f"{who} is updating this corpus file, and still was after "
            f"{limits.WRITER_WAIT_SECONDS:g} seconds: run this again when it is done",
            writer=writer,
        ) from None


def _writer_of(name: str) -> int | None:
    """The process that holds the write lock of a corpus file (Linux: ``/proc/locks``); else ``None``.

    In WAL mode SQLite's writer holds a POSIX lock on byte 120 of the ``-shm`` file.
    """
    try:
        status = os.stat(f"{name}-shm")  # noqa: PTH116  # a str path
        device = f"{os.major(status.st_dev):02x}:{os.minor(status.st_dev):02x}:{status.st_ino}"
        with open("/proc/locks", encoding="ascii") as file:  # noqa: PTH123
            lines = file.read().splitlines()
    except (OSError, ValueError, AttributeError):  # not Linux: no /proc/locks (no os.major)
        return None
    for line in lines:
        fields = line.split()
        if "->" in fields or len(fields) < 8 or fields[1] != "POSIX":  # noqa: PLR2004
            continue
        kind, process, where, start, end = fields[3:8]
        covers = int(start) <= _WRITE_LOCK and (end == "EOF" or int(end) >= _WRITE_LOCK)
        if kind == "WRITE" and where == device and covers and int(process) != os.getpid():
            return int(process)
    return None


_WRITE_LOCK = 120  # the byte of the -shm file that SQLite's writer locks (WALINDEX_LOCK_OFFSET)


def _command_of(process: int) -> str:
    """`` (its command line)`` of a process, where the system tells it; else ``""``."""
    try:
        with open(f"/proc/{process}/cmdline", "rb") as file:  # noqa: PTH123
            words = file.read().split(b"\0")
    except OSError:
        return ""
    command = " ".join(word.decode(errors="replace") for word in words if word)
    return f" ({command[:120]})" if command else ""


def _create(name: str, fill: Callable[[sqlite3.Connection], list[Failure]]) -> list[Failure]:
    """Write a new file beside ``name``, sync it to the disk, and rename it into place.

    A build killed before the rename leaves its temporary file, ``.NAME.PID.tmp``,
    which the next build or update of ``name`` removes (:func:`build`).
    """
    folder, base = os.path.split(os.path.abspath(name))  # noqa: PTH100
    temporary = os.path.join(folder, f".{base}.{os.getpid()}.tmp")  # noqa: PTH118
    _remove(temporary)
    try:  # a clear error for a missing or read-only folder, before SQLite's own
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as error:
        reason = error.strerror or str(error)
        if isinstance(error, FileNotFoundError):
            reason = "its folder does not exist: create it, or give another path"
        raise WriteError(name, f"cannot write the corpus file ({reason})") from None
    connection = None
    try:
        connection = create(temporary)
        connection.execute("BEGIN")
        with collection_paused():
            failed = fill(connection)
        for index in INDEXES:  # one by one: executescript would commit first
            connection.execute(index)
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode = WAL")  # readers of the finished file
        connection.close()
        sync_file(temporary)  # written with synchronous=OFF: on the disk before it is renamed
        os.replace(temporary, name)  # noqa: PTH105  # in one step: readers see the old file or the new one
        sync_folder(folder)
    except BaseException as error:
        if connection is not None:
            connection.close()
        _remove(temporary)
        if isinstance(error, sqlite3.Error):
            raise failure(name, error, writing=True) from None
        if isinstance(error, OSError) and not isinstance(error, InterviewCorpusError):
            raise WriteError(name, error.strerror or str(error)) from None
        raise
    return failed


def _remove(temporary: str) -> None:
    """Remove a temporary file and any journal SQLite left beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary + suffix)  # noqa: PTH107


def _remove_abandoned(folder: str, base: str) -> None:
    """Remove the temporary files of builds of ``base`` whose process is gone (killed)."""
    import re

    pattern = re.compile(rf"\.{re.escape(base)}\.(\d+)\.tmp(?:-wal|-shm|-journal)?")
    try:
        names = os.listdir(folder)  # noqa: PTH208
    except OSError:
        return
    for entry in names:
        found = pattern.fullmatch(entry)
        if found and not _alive(int(found[1])):
            with contextlib.suppress(OSError):
                os.remove(os.path.join(folder, entry))  # noqa: PTH107, PTH118


def _alive(process: int) -> bool:
    """Whether a process with this id runs (this one does not count: its own file is made anew)."""
    if process == os.getpid():
        return False
    try:
        os.kill(process, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


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
                task = attrs.evolve(task, fingerprint=_fingerprint_file(task.path))  # noqa: PLW2901
        key = (
            task.stored_path or f"interview:{task.interview.id if task.interview else ''}",
            task.fingerprint,
        )
        if key in stored:
            kept[position] = stored.pop(key)
        else:
            todo.append((position, task))
    return kept, todo, list(stored.values())


def _fill(
    connection: sqlite3.Connection,
    *,
    tasks: list[_Task],
    jobs: int,
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
    # Closed however the loop ends (a failure with errors="raise"): the workers stop at once.
    with contextlib.closing(_results([task for _, task in todo], jobs)) as results:
        for done, ((position, task), result) in enumerate(zip(todo, results, strict=True), 1):
            if progress is not None:
                progress(
                    done, len(todo), task.path or (task.interview.id if task.interview else "")
                )
            if isinstance(result, Failure) or result.id in seen:
                failure = (
                    result
                    if isinstance(result, Failure)
                    else Failure(
                        task.path or result.id,
                        None,
                        None,
                        f"the id {result.id!r} is also the id of another transcript; "
                        "rename one of the files",
                    )
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
    """Whether the rowids of paragraphs follow the interviews' order (search relies on it)."""
    ranges = connection.execute(
        "SELECT min(p.rowid), max(p.rowid) FROM paragraph_rows AS p "
        "JOIN interviews AS i ON i.id = p.interview_id GROUP BY i.position ORDER BY i.position"
    ).fetchall()
    return all(after[0] >= before[1] for before, after in itertools.pairwise(ranges))


def _renumber(connection: sqlite3.Connection) -> None:
    """Give paragraphs rowids in the interviews' order, and index them again."""
    run = connection.execute
    run("DROP TABLE IF EXISTS temp.paragraphs_order")
    run(
        "CREATE TEMP TABLE paragraphs_order AS SELECT p.rowid AS old, "
        "row_number() OVER (ORDER BY i.position, p.rowid) AS new "
        "FROM paragraph_rows AS p JOIN interviews AS i ON i.id = p.interview_id"
    )
    run("CREATE UNIQUE INDEX temp.paragraphs_order_old ON paragraphs_order (old)")
    # Through negative numbers, so that no new rowid meets an old one on the way.
    run(
        "UPDATE paragraph_rows SET rowid = -(SELECT new FROM paragraphs_order "
        "WHERE old = paragraph_rows.rowid)"
    )
    run("UPDATE paragraph_rows SET rowid = -rowid")
    fts = FTS_TABLE[0]
    run(delete_all(fts))
    # Interview by interview, each text sliced from its source once, in Python: never through
    # the view, which would read the whole source again for every paragraph.
    for (id,) in run("SELECT id FROM interviews ORDER BY position").fetchall():
        connection.executemany(insert_values(fts), _indexed_texts(connection, id))
