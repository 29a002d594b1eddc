"""Many interviews: reading transcript files, and the :class:`Corpus` that holds them.

A corpus is a frozen, ordered collection of interviews with lookups by id,
iteration, and the interview helpers (turns, search, mentions) across all of
them. Reading a directory loses nothing silently: every file that fails is
reported with its line, column and reason.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, overload

import attrs

from ._errors import (
    ArgumentTypeError,
    ArgumentValueError,
    InterviewCorpusError,
    NotFoundError,
    ReadError,
    TranscriptError,
    close_matches,
)
from ._model import Entity, Interview, Mention, Speaker, SpeakerKey, TopicKey, Turn, _fold

if TYPE_CHECKING:
    from pathlib import Path

    import pandas

    from ._parse import ParseOptions
    from ._records import RecordLevel
    from ._search import Hit, Level, Syntax
    from ._store import CorpusFile

_NOT_ID = re.compile(r"[^A-Za-z0-9._-]+")
_T = TypeVar("_T")


def read(
    path: str | os.PathLike[str], *, id: str | None = None, **metadata: Unpack[ParseOptions]
) -> Interview:
    r"""Read a UTF-8 transcript file and parse it.

    The file's text is kept exactly: its line endings (LF or CRLF) and a
    byte order mark, if any, stay in ``interview.source``, so spans index the
    file's characters. The parser treats both as white space.

    Args:
        path: The file.
        id: The interview's id; by default the file's name without its
            extension, with characters other than letters, digits, ``.``,
            ``_`` and ``-`` replaced by ``-``.
        **metadata: Unpack[ParseOptions]thing :func:`parse` takes (``title``, ``outlet``,
            ``url``, ``published``, ``interviewer``, ``interviewee``,
            ``style``, ``strict``, ...).

    Raises:
        ReadError: The file cannot be opened.
        TranscriptError: The file is not UTF-8, or cannot be parsed; the
            message starts with ``path:line:column:``.

    Example:
        >>> import interview_corpus as ic, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "press talk.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        >>> iv = ic.read(folder / "press talk.txt", interviewee="Jane Doe")
        >>> iv.id, iv.answers[0].speaker.name
        ('press-talk', 'Jane Doe')
    """
    from ._parse import parse

    name = os.fspath(path)
    try:
        with open(name, "rb") as file:  # noqa: PTH123  # os.fspath accepts str and PathLike alike
            raw = file.read()
    except OSError as error:
        raise ReadError(name, error.strerror or str(error)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        good = raw[: error.start].decode("utf-8")
        raise TranscriptError(
            f"byte 0x{raw[error.start]:02x} is not UTF-8: save the file as UTF-8",
            text=good,
            offset=len(good),
            path=name,
        ) from None
    if id is None:
        stem = os.path.splitext(os.path.basename(name))[0]  # noqa: PTH119, PTH122
        id = _NOT_ID.sub("-", stem).strip("-._") or "interview"
    try:
        return parse(text, id=id, **metadata)
    except TranscriptError as error:
        raise error.in_file(name) from None


@attrs.frozen
class Failure:
    """A transcript file that could not be read into a corpus.

    Attributes:
        path: The file.
        line: The 1-based line of the problem, if the problem has a place.
        column: The 1-based column, likewise.
        reason: What is wrong and what to do.

    Example:
        >>> import interview_corpus as ic
        >>> print(ic.Failure("a.txt", 3, 1, "question 2 has no answer"))
        a.txt:3:1: question 2 has no answer
    """

    path: str
    line: int | None
    column: int | None
    reason: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.reason}"
        return f"{self.path}:{self.line}:{self.column}: {self.reason}"


class CorpusError(InterviewCorpusError, ValueError):
    """Files of a directory that could not be read; every one of them is listed.

    Attributes:
        failures: One :class:`Failure` per file, in file order.

    Example:
        >>> import interview_corpus as ic
        >>> error = ic.CorpusError([ic.Failure("a.txt", 1, 1, "the text is empty")])
        >>> print(error)
        1 file could not be read (pass errors='collect' to keep the others):
          a.txt:1:1: the text is empty
    """

    failures: tuple[Failure, ...]

    def __init__(self, failures: Iterable[Failure]) -> None:
        self.failures = tuple(failures)
        count = len(self.failures)
        lines = "\n".join(f"  {failure}" for failure in self.failures)
        super().__init__(
            f"{count} file{'s' if count != 1 else ''} could not be read "
            f"(pass errors='collect' to keep the others):\n{lines}"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (CorpusError, (self.failures,))


CorpusError.__module__ = "interview_corpus"


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many long-lived objects are made.

    Reading a directory builds hundreds of thousands of objects that all stay
    alive; each automatic collection would scan them all again, so reading
    would slow down as the corpus grows. The collector's state is restored after.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _interviews(value: Iterable[Interview]) -> tuple[Interview, ...]:
    interviews = tuple(value)
    for interview in interviews:
        if not isinstance(interview, Interview):
            msg = f"a corpus holds Interview objects, not {type(interview).__name__}"
            raise ArgumentTypeError(msg)
    seen: set[str] = set()
    for interview in interviews:
        if interview.id in seen:
            msg = f"two interviews have the id {interview.id!r}; ids must be unique in a corpus"
            raise ArgumentValueError(msg)
        seen.add(interview.id)
    return interviews


@attrs.frozen(repr=False)
class Corpus:
    r"""An ordered collection of interviews, with lookups and search across them.

    Example:
        >>> import interview_corpus as ic
        >>> corpus = ic.Corpus([ic.load(), ic.parse("Q: Why?\n\nA: Because.", id="other")])
        >>> len(corpus), corpus.ids, corpus["other"].answers[0].text
        (2, ('tass-2065861', 'other'), 'Because.')
    """

    interviews: tuple[Interview, ...] = attrs.field(converter=_interviews)
    _by_id: dict[str, Interview] = attrs.field(init=False, eq=False, repr=False)
    _cache: dict[str, Any] = attrs.field(init=False, eq=False, repr=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {iv.id: iv for iv in self.interviews})

    @classmethod
    def bundled(cls) -> Corpus:
        """The interviews that ship with the package.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Corpus.bundled().ids
            ('tass-2065861',)
        """
        from ._load import available, load

        return cls(load(id) for id in available())

    @overload
    @classmethod
    def from_directory(
        cls,
        path: str | os.PathLike[str],
        pattern: str = ...,
        *,
        errors: Literal["raise"] = ...,
        **metadata: Unpack[ParseOptions],
    ) -> Corpus: ...
    @overload
    @classmethod
    def from_directory(
        cls,
        path: str | os.PathLike[str],
        pattern: str = ...,
        *,
        errors: Literal["collect"],
        **metadata: Unpack[ParseOptions],
    ) -> tuple[Corpus, list[Failure]]: ...
    @classmethod
    def from_directory(
        cls,
        path: str | os.PathLike[str],
        pattern: str = "*.txt",
        *,
        errors: Literal["raise", "collect"] = "raise",
        **metadata: Unpack[ParseOptions],
    ) -> Corpus | tuple[Corpus, list[Failure]]:
        r"""Read every file in a directory that matches ``pattern``, in name order.

        Each file is read with :func:`read` (its id is its stem) and the same
        ``metadata``.

        Args:
            path: The directory.
            pattern: A glob pattern for the files, such as ``"*.txt"`` or ``"**/*.txt"``.
            errors: ``"raise"`` (default): if any file fails, raise one
                :class:`CorpusError` listing them all. ``"collect"``: return the
                corpus of the good files and the list of failures.
            **metadata: Passed to :func:`read` for every file.

        Raises:
            CorpusError: Some files failed (with ``errors="raise"``), or two
                files have the same id.
            ReadError: ``path`` is not a directory.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> folder = pathlib.Path(tempfile.mkdtemp())
            >>> _ = (folder / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
            >>> _ = (folder / "two.txt").write_text("Q: Unanswered?", encoding="utf-8")
            >>> corpus, failures = ic.Corpus.from_directory(folder, errors="collect")
            >>> corpus.ids, [str(failure).split(folder.name)[-1] for failure in failures]
            (('one',), ['/two.txt:1:1: question 1 has no answer: add the answer, remove the question, or pass strict=False to keep it as an unanswered question'])
        """
        if errors not in ("raise", "collect"):
            msg = f"errors={errors!r}: use 'raise' or 'collect'"
            raise ArgumentValueError(msg)
        from pathlib import Path

        folder = Path(path)
        if not folder.is_dir():
            raise ReadError(str(folder), "not a directory")
        with _collection_paused():
            interviews, failures = cls._read_all(folder, pattern, metadata)
        corpus = cls(interviews)
        if errors == "collect":
            return corpus, failures
        if failures:
            raise CorpusError(failures)
        return corpus

    # -- the corpus file (see _store.py) -----------------------------------------------

    @overload
    @staticmethod
    def build(
        path: str | os.PathLike[str],
        sources: str | os.PathLike[str] | Interview | Iterable[str | os.PathLike[str] | Interview],
        *,
        pattern: str = ...,
        jobs: int | None = ...,
        errors: Literal["raise"] = ...,
        progress: bool = ...,
    ) -> CorpusFile: ...
    @overload
    @staticmethod
    def build(
        path: str | os.PathLike[str],
        sources: str | os.PathLike[str] | Interview | Iterable[str | os.PathLike[str] | Interview],
        *,
        pattern: str = ...,
        jobs: int | None = ...,
        errors: Literal["collect"],
        progress: bool = ...,
    ) -> tuple[CorpusFile, list[Failure]]: ...
    @staticmethod
    def build(
        path: str | os.PathLike[str],
        sources: str | os.PathLike[str] | Interview | Iterable[str | os.PathLike[str] | Interview],
        *,
        pattern: str = "*.txt",
        jobs: int | None = None,
        errors: Literal["raise", "collect"] = "raise",
        progress: bool = False,
    ) -> CorpusFile | tuple[CorpusFile, list[Failure]]:
        r"""Build a corpus file from transcripts, or bring an existing one up to date.

        Each source is a folder (its files matching ``pattern``, in name
        order), a transcript file (read with :func:`read`, so sidecar metadata
        counts) or an :class:`Interview`. When the file exists, only the
        transcripts whose content (or sidecar files) changed are read again,
        and interviews no longer among the sources are dropped; the update is
        one transaction, so readers see the old corpus or the new one. A new
        file is written beside its final name and renamed into place. Either
        way an interrupted build leaves the previous file as it was.

        Args:
            path: The corpus file (SQLite).
            sources: Folders, files and interviews, or one of them.
            pattern: The glob pattern for files in folders.
            jobs: Processes that read transcripts (default: the number of
                CPUs); the file is the same whatever the number.
            errors: ``"raise"`` (default): stop at the first file that fails,
                with :class:`CorpusError`, and leave the file as it was.
                ``"collect"``: store every good file and return the failures.
            progress: Draw a progress bar on stderr when it is a terminal.

        Returns:
            The file, opened as a :class:`CorpusFile` (with the failures, for ``errors="collect"``).

        Raises:
            CorpusError: A transcript failed (with ``errors="raise"``).
            CorpusFileError: ``path`` exists and is not a corpus file this version reads.
            ArgumentValueError: The sources hold no transcripts.

        .. versionadded:: Unreleased

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> folder = pathlib.Path(tempfile.mkdtemp())
            >>> _ = (folder / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
            >>> corpus = ic.Corpus.build(folder / "corpus.db", [folder, ic.load()], jobs=1)
            >>> corpus.ids, corpus["one"] == ic.read(folder / "one.txt")
            (('one', 'tass-2065861'), True)
        """
        from ._store import build

        corpus, failures = build(
            path, sources, pattern=pattern, jobs=jobs, errors=errors, progress=progress
        )
        return (corpus, failures) if errors == "collect" else corpus

    @staticmethod
    def open(path: str | os.PathLike[str]) -> CorpusFile:
        r"""Open a corpus file: instant, since nothing is parsed until an interview is asked for.

        Raises:
            ReadError: There is no such file.
            CorpusFileError: The file is not a corpus file, or of a schema
                version this version of the library does not read.

        .. versionadded:: Unreleased

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.bundled().save(path)
            >>> with ic.Corpus.open(path) as corpus:
            ...     corpus["tass-2065861"] == ic.load(), corpus.search("HAMAS")[0].id
            (True, 'a4.p5')
        """
        from ._store import CorpusFile

        return CorpusFile.open(path)

    def save(self, path: str | os.PathLike[str], *, jobs: int | None = 1) -> None:
        """Write this corpus to a corpus file (updating it if it exists); see :meth:`build`.

        .. versionadded:: Unreleased

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.bundled().save(path)
            >>> ic.Corpus.open(path).ids
            ('tass-2065861',)
        """
        self.build(path, self.interviews, jobs=jobs).close()

    @staticmethod
    def _read_all(
        folder: Path, pattern: str, metadata: ParseOptions
    ) -> tuple[list[Interview], list[Failure]]:
        """Read every matching file; the good interviews, and a failure for each other file."""
        interviews: list[Interview] = []
        failures: list[Failure] = []
        origins: dict[str, str] = {}
        for file in sorted(item for item in folder.glob(pattern) if item.is_file()):
            try:
                interview = read(file, **metadata)
            except TranscriptError as error:
                failures.append(Failure(str(file), error.line, error.column, error.reason))
                continue
            except ReadError as error:
                failures.append(Failure(str(file), None, None, error.reason))
                continue
            if interview.id in origins:
                failures.append(
                    Failure(
                        str(file),
                        None,
                        None,
                        f"the id {interview.id!r} is also the id of {origins[interview.id]}; "
                        "rename one of the files",
                    )
                )
                continue
            origins[interview.id] = str(file)
            interviews.append(interview)
        return interviews, failures

    # -- a collection of interviews ---------------------------------------------------

    def __len__(self) -> int:
        return len(self.interviews)

    def __iter__(self) -> Iterator[Interview]:
        return iter(self.interviews)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Interview):
            return self._by_id.get(item.id) == item
        return isinstance(item, str) and item in self._by_id

    def __getitem__(self, id: str) -> Interview:
        """``corpus["id"]``: the interview with this id, or :class:`NotFoundError`."""
        try:
            return self._by_id[id]
        except (KeyError, TypeError):
            raise NotFoundError(
                id,
                kind="interview",
                suggestions=close_matches(str(id), self._by_id),
                hint="corpus.ids lists them",
            ) from None

    def __repr__(self) -> str:
        shown = ", ".join(repr(id) for id in self.ids[:3])
        more = ", ..." if len(self) > 3 else ""  # noqa: PLR2004
        return f"Corpus({len(self)} interviews: {shown}{more})"

    def get(self, id: str, default: Interview | None = None) -> Interview | None:
        """The interview with this id, or ``default``.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Corpus.bundled().get("nope") is None
            True
        """
        return self._by_id.get(id, default) if isinstance(id, str) else default

    @property
    def ids(self) -> tuple[str, ...]:
        """The interviews' ids, in order.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Corpus.bundled().ids
            ('tass-2065861',)
        """
        return tuple(self._by_id)

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Everyone who speaks in the corpus, once each (by name), in order of first appearance.

        Example:
            >>> import interview_corpus as ic
            >>> [speaker.name for speaker in ic.Corpus.bundled().speakers]
            ['TASS', 'Sergey Lavrov']
        """
        seen: dict[str, Speaker] = {}
        for interview in self.interviews:
            for speaker in interview.speakers:
                if interview.turns(speaker):
                    seen.setdefault(_fold(speaker.name), speaker)
        return tuple(seen.values())

    def by_speaker(self, name: str | Speaker) -> tuple[Interview, ...]:
        """The interviews in which this person speaks (any of their names or aliases).

        Raises:
            NotFoundError: Nobody in the corpus is called so.

        Example:
            >>> import interview_corpus as ic
            >>> [iv.id for iv in ic.Corpus.bundled().by_speaker("Sergei Lavrov")]
            ['tass-2065861']
        """
        names = name.names if isinstance(name, Speaker) else (name,)
        if not all(isinstance(each, str) for each in names):
            msg = f"a speaker is a name or a Speaker, not {type(name).__name__}"
            raise ArgumentTypeError(msg)
        found = tuple(
            interview
            for interview in self.interviews
            if any(
                speaker.is_called(each) and interview.turns(speaker)
                for speaker in interview.speakers
                for each in names
            )
        )
        if not found:
            known = [n for speaker in self.speakers for n in speaker.names]
            raise NotFoundError(
                names[0], kind="speaker", suggestions=close_matches(names[0], known)
            )
        return found

    def turns(self, speaker: SpeakerKey = None) -> list[tuple[str, Turn]]:
        """Every turn of every interview, as ``(interview id, turn)``, in order.

        Args:
            speaker: A role, or a name or alias: only interviews where it
                applies contribute.

        Raises:
            NotFoundError: ``speaker`` applies to no interview.

        Example:
            >>> import interview_corpus as ic
            >>> [(iv_id, turn.id) for iv_id, turn in ic.Corpus.bundled().turns("Lavrov")][:2]
            [('tass-2065861', 'a1'), ('tass-2065861', 'a2')]
        """
        return [
            (interview.id, turn)
            for interview, turns in self._each(lambda iv: iv.turns(speaker))
            for turn in turns
        ]

    def mentions(
        self,
        entity: Entity | str | None = None,
        *,
        speaker: SpeakerKey = None,
        topic: TopicKey = None,
        kind: str | None = None,
    ) -> list[tuple[str, Mention]]:
        """Mentions across the interviews that have entity lexicons, as ``(interview id, mention)``.

        Interviews that do not know the entity, speaker or topic are passed
        over; an error is raised only when none does.

        Example:
            >>> import interview_corpus as ic
            >>> [(iv_id, m.sentence_id) for iv_id, m in ic.Corpus.bundled().mentions("Zelensky")]
            [('tass-2065861', 'a1.p2.s1'), ('tass-2065861', 'a1.p4.s1')]
        """
        return [
            (interview.id, mention)
            for interview, mentions in self._each(
                lambda iv: iv.mentions(entity, speaker=speaker, topic=topic, kind=kind)
            )
            for mention in mentions
        ]

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
        r"""Ranked full-text search across every interview; each hit names its interview.

        Takes the arguments of :meth:`Interview.search`: ``speaker`` is a role
        or a name (any alias) and ``topic`` a topic's slug, and ``interview``
        searches one interview of the corpus. The index is built on the first
        search and reused.

        Raises:
            NotFoundError: ``interview`` or ``speaker`` is not in the corpus.

        Example:
            >>> import interview_corpus as ic
            >>> corpus = ic.Corpus([ic.load(), ic.parse("– Frozen assets?\n\n– Yes.", id="other")])
            >>> [(hit.interview_id, hit.id) for hit in corpus.search("frozen assets")]
            [('other', 'q1.p1'), ('tass-2065861', 'q3.p1')]
        """
        if interview is not None:
            self[interview]  # raises NotFoundError for an unknown id
        index = self._cache.get("search")
        if index is None:
            from ._search import SearchIndex

            index = self._cache.setdefault("search", SearchIndex(self.interviews))
        names = None
        if speaker is not None:  # a role or a name may mean several people across interviews
            names = sorted({turn.speaker.name for _, turn in self.turns(speaker)})
        return index.search(  # type: ignore[no-any-return]  # the cache holds a SearchIndex
            query,
            limit=limit,
            level=level,
            syntax=syntax,
            speakers=names,
            topic=topic,
            interview_id=interview,
            mark=mark,
        )

    def records(self, level: RecordLevel = "paragraph") -> list[dict[str, str | int | None]]:
        """The flat records of every interview, in order; see :meth:`Interview.records`.

        Example:
            >>> import interview_corpus as ic
            >>> len(ic.Corpus.bundled().records("exchange"))
            5
        """
        from ._records import records

        return records(self.interviews, level)

    def to_pandas(self, level: RecordLevel = "paragraph") -> pandas.DataFrame:
        """The records of every interview as one pandas DataFrame; see :meth:`Interview.to_pandas`.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Corpus.bundled().to_pandas("mention").groupby("entity_kind").size().to_dict()
            {'document': 3, 'organization': 14, 'person': 17, 'place': 114}
        """
        from ._frames import to_pandas

        return to_pandas(self.interviews, level)

    def _each(self, get: Callable[[Interview], _T]) -> list[tuple[Interview, _T]]:
        """Apply ``get`` to each interview, passing over those that do not know what it asks for."""
        results: list[tuple[Interview, _T]] = []
        missing: NotFoundError | None = None
        for interview in self.interviews:
            try:
                results.append((interview, get(interview)))
            except NotFoundError as error:
                missing = error
        if missing is not None and not results:
            raise missing
        return results
