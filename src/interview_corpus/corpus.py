"""Many interviews: reading transcript files, and the :class:`Corpus` that holds them.

A corpus is a frozen, ordered collection of interviews with lookups by id,
iteration, and the interview helpers (turns, search, mentions) across all of
them. Reading a directory loses nothing silently: every file that fails is
reported with its line, column and reason.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal, Protocol, Self, TypeVar, Unpack, overload

from . import json as documents, query as queries, reading, store
from ._util.frozen import Frozen
from ._util.gc import collection_paused
from ._util.lazy import lazy_module
from ._util.progress import check_progress
from ._util.text import name_key
from .errors import (
    ArgumentValueError,
    InvalidArgumentTypeError,
    MissingDependencyError,
    NotFoundError,
    ReadError,
    TranscriptError,
    close_matches,
)
from .query._searchable import Queryable

if TYPE_CHECKING:
    from pathlib import Path

    from . import interview as _interview
    from .errors import _failures
    from .errors._failures import Failure
    from .interview import Interview
    from .model import _markup, _objects
    from .model._objects import (
        Entity,
        Mention,
        Object,
        ObjectT,
        Paragraph,
        Sentence,
        Speaker,
        SpeakerKey,
        TopicKey,
        Turn,
    )
    from .query._quote import QuoteCheck
    from .query._search import Filters, Hits, Ranking, SearchIndex
    from .reading._parse import ParseOptions
else:
    # Loaded when first used: opening a corpus file and searching it need neither the model,
    # nor the Interview façade, nor the failures of files, nor attrs, which they import (attrs'
    # import alone was 185M of the 293M instructions of a first search in a new process,
    # callgrind; docs/explanation/performance.md). So Corpus and CorpusFile are written without
    # attrs, as frozen (_util.frozen) and mutable classes.
    _interview = lazy_module(".interview", __package__)
    _failures = lazy_module(".errors._failures", __package__)
    _markup = lazy_module(".model._markup", __package__)
    _objects = lazy_module(".model._objects", __package__)

_T = TypeVar("_T")


def _interviews(value: Iterable[Interview]) -> tuple[Interview, ...]:
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        msg = f"a corpus is made from Interview objects, not {type(value).__name__}"
        raise InvalidArgumentTypeError(msg)
    interviews = tuple(value)
    for interview in interviews:
        if not isinstance(interview, _interview.Interview):
            msg = f"a corpus holds Interview objects, not {type(interview).__name__}"
            raise InvalidArgumentTypeError(msg)
    seen: set[str] = set()
    for interview in interviews:
        if interview.id in seen:
            msg = f"two interviews have the id {interview.id!r}; ids must be unique in a corpus"
            raise ArgumentValueError(msg)
        seen.add(interview.id)
    return interviews


def _check_pattern(pattern: object) -> None:
    if not isinstance(pattern, str):
        msg = f"pattern must be a str such as '*.txt', not {type(pattern).__name__}"
        raise InvalidArgumentTypeError(msg)
    if not pattern or os.path.isabs(pattern) or "\0" in pattern:  # noqa: PTH117  # a str pattern
        msg = f"pattern={pattern!r}: give a relative glob pattern such as '*.txt' or '**/*.txt'"
        raise ArgumentValueError(msg)


def _warn_skipped(skipped: list[Failure]) -> None:
    names = ", ".join(os.path.basename(failure.path) for failure in skipped)  # noqa: PTH119
    warnings.warn(
        f"{len(skipped)} files skipped, not of a kind the reader reads: {names}; give pattern= "
        "to read them as text",
        stacklevel=3,
    )


# For checkers only: a Protocol made at import costs 0.5M instructions (callgrind).
if TYPE_CHECKING:

    class Backend(Protocol):
        """What a kind of corpus answers for :class:`CorpusQueries`: a few primitives, arguments checked.

        :class:`_MemoryBackend` answers them from interviews in memory; the store's
        ``FileBackend`` with SQL on a corpus file. Everything else (checking
        arguments, resolving speakers, topics and entities, shaping the results and
        the errors) is :class:`CorpusQueries`'s, written once.
        """

        def snapshot(self) -> contextlib.AbstractContextManager[object]:
            """A block whose primitives see the corpus as it is when it begins (a file another process updates)."""

        def ids(self) -> tuple[str, ...]:
            """The interviews' ids, in order."""

        def count(self) -> int:
            """How many interviews there are."""

        def has(self, id: str) -> bool:
            """Whether an interview has this id."""

        def interview(self, id: str) -> Interview | None:
            """The interview with this id, or ``None``."""

        def speakers(self) -> list[tuple[str, Speaker, int]]:
            """``(interview id, speaker, turn count)`` of every speaker, in the corpus' order."""

        def topics(self) -> list[tuple[str, str, str]]:
            """``(interview id, slug, title)`` of every topic."""

        def entities(self, name: str) -> list[tuple[str, str]]:
            """``(entity id, interview id)`` of the entity called ``name`` in each interview that has one."""

        def entity_names(self) -> list[str]:
            """Every name (not the id) of every entity of every lexicon, once each."""

        def ranked(self, search: Ranking, filters: Filters) -> Hits:
            """The hits of a checked search in turns of these speakers and topics (names, slugs) and interview."""

        def mentions(
            self,
            *,
            entities: Collection[tuple[str, str]] | None,
            speakers: Collection[tuple[str, str]] | None,
            topics: Collection[tuple[str, str]] | None,
            kind: str | None,
        ) -> list[tuple[str, Mention]]:
            """``(interview id, mention)`` whose ``(entity id | speaker | topic, interview id)`` are among those given."""


class _MemoryBackend:
    """The primitives of a corpus in memory, answered from its interviews (see :class:`Backend`)."""

    __slots__ = ("_by_id", "_index", "_interviews")

    def __init__(self, interviews: tuple[Interview, ...]) -> None:
        self._interviews = interviews
        self._by_id = {interview.id: interview for interview in interviews}
        self._index: SearchIndex = queries.SearchIndex(interviews)  # built on the first search

    def snapshot(self) -> contextlib.AbstractContextManager[object]:
        return contextlib.nullcontext()  # interviews in memory do not change

    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def count(self) -> int:
        return len(self._interviews)

    def has(self, id: str) -> bool:
        return id in self._by_id

    def interview(self, id: str) -> Interview | None:
        return self._by_id.get(id)

    def speakers(self) -> list[tuple[str, Speaker, int]]:
        return [
            (interview.id, speaker, len(interview.turns(speaker)))
            for interview in self._interviews
            for speaker in interview.speakers
        ]

    def topics(self) -> list[tuple[str, str, str]]:
        return [(iv.id, topic.slug, topic.title) for iv in self._interviews for topic in iv.topics]

    def entities(self, name: str) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for interview in self._interviews:
            with contextlib.suppress(NotFoundError):  # passed over: it does not know the name
                found.append((interview.entity(name).id, interview.id))
        return found

    def entity_names(self) -> list[str]:
        entities = (entity for interview in self._interviews for entity in interview.lexicon)
        return list(dict.fromkeys(name for entity in entities for name in entity.names[1:]))

    def ranked(self, search: Ranking, filters: Filters) -> Hits:
        return self._index.ranked(search, filters)

    def mentions(
        self,
        *,
        entities: Collection[tuple[str, str]] | None,
        speakers: Collection[tuple[str, str]] | None,
        topics: Collection[tuple[str, str]] | None,
        kind: str | None,
    ) -> list[tuple[str, Mention]]:
        found: list[tuple[str, Mention]] = []
        for interview in self._interviews:
            topic_of = {e.id: e.topic.slug for e in interview.exchanges if e.topic is not None}
            about = {
                turn.id: (turn.speaker.name, topic_of.get(turn.exchange_id or ""))
                for turn in interview.turns()
            }
            for mention in interview.mentions():
                speaker, topic = about.get(mention.turn_id or "", (None, None))
                if (
                    (entities is None or (mention.entity.id, interview.id) in entities)
                    and (speakers is None or (speaker, interview.id) in speakers)
                    and (topics is None or (topic, interview.id) in topics)
                    and (kind is None or mention.entity.kind == kind)
                ):
                    found.append((interview.id, mention))
        return found


class CorpusQueries(Queryable):
    """The queries of a corpus in memory (:class:`Corpus`) and of a corpus file (:class:`CorpusFile`).

    Each query is written here once, over the few primitives of a
    :class:`Backend`: this class checks the arguments, resolves the speaker,
    topic and entity filters, and shapes the results and the errors; the
    backend only answers. The command line types its corpus with this class.

    .. versionadded:: 0.1
    """

    __slots__ = ()
    _backend: Backend

    # -- a collection of interviews ---------------------------------------------------

    @property
    def ids(self) -> tuple[str, ...]:
        """The interviews' ids, in order.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Corpus.bundled().ids
            ('tass-2065861',)
        """
        return self._backend.ids()

    @property
    def interviews(self) -> tuple[Interview, ...]:
        """Every interview; of a corpus file, every one parsed (iterating holds one at a time).

        Example:
            >>> import interview_corpus as ic
            >>> len(ic.Corpus.bundled().interviews)
            1
        """
        return tuple(self)

    def __len__(self) -> int:
        return self._backend.count()

    def __iter__(self) -> Iterator[Interview]:
        return (self[id] for id in self.ids)  # a corpus file parses each when it is reached

    def __getitem__(self, id: str) -> Interview:
        """``corpus["id"]``: the interview with this id, or :class:`NotFoundError`.

        Raises:
            NotFoundError: No interview has this id.
            InvalidArgumentTypeError: ``id`` is not a str.
        """
        if not isinstance(id, str):
            msg = f"interviews are found by id (str), not {type(id).__name__}"
            raise InvalidArgumentTypeError(msg)
        found = self._backend.interview(id)
        if found is None:
            raise NotFoundError(
                id,
                kind="interview",
                suggestions=close_matches(id, self.ids),
                hint="corpus.ids lists them",
            )
        return found

    def __contains__(self, item: object) -> bool:
        if isinstance(item, _interview.Interview):
            return self.get(item.id) == item
        return isinstance(item, str) and self._backend.has(item)

    def get(self, id: str, default: Interview | None = None) -> Interview | None:
        """The interview with this id, or ``default``.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Corpus.bundled().get("nope") is None
            True
        """
        found = self._backend.interview(id) if isinstance(id, str) else None
        return default if found is None else found

    @overload
    def lookup(self, id: str) -> Object: ...
    @overload
    def lookup(self, id: str, kind: type[ObjectT]) -> ObjectT: ...
    def lookup(self, id: str, kind: type[object] | None = None) -> Object:
        """Return the object with a qualified id, as :meth:`Interview.cite` prints it.

        With ``kind``, the object must be one (see :meth:`Interview.lookup`).

        .. versionadded:: 0.1

        Raises:
            NotFoundError: No interview or no object has this id.
            InvalidArgumentTypeError: ``id`` is not a str.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Corpus.bundled().lookup("tass-2065861:a3.p2.s3").text
            'These ambitions have literally blinded them.'
            >>> ic.Corpus.bundled().lookup("tass-2065861:a3.p2", ic.Paragraph).sentences[0].id
            'a3.p2.s1'
        """
        if not isinstance(id, str):
            msg = f"ids are strings such as 'tass-2065861:a3.p2', not {type(id).__name__}"
            raise InvalidArgumentTypeError(msg)
        interview_id, colon, _ = id.rpartition(":")
        if not colon:
            raise NotFoundError(
                id, hint="in a corpus, qualify the id with its interview's: 'tass-2065861:a3.p2'"
            )
        return _objects.of_kind(self[interview_id].lookup(id), kind, id)

    # -- speakers ------------------------------------------------------------------------

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Everyone who speaks in the corpus, once each (by name), in order of first appearance.

        Example:
            >>> import interview_corpus as ic
            >>> [speaker.name for speaker in ic.Corpus.bundled().speakers]
            ['TASS', 'Sergey Lavrov']
        """
        seen: dict[str, Speaker] = {}
        for _, speaker, turns in self._backend.speakers():
            if turns:
                seen.setdefault(name_key(speaker.name), speaker)
        return tuple(seen.values())

    def names_of(self, name: str | Speaker) -> tuple[str, ...]:
        r"""Every name this person goes by anywhere in the corpus.

        One person is one speaker across the corpus: when any interview (or a
        :class:`Speaker` passed here) declares two spellings to be names of one
        speaker, both name that person in every interview.

        .. versionadded:: 0.1

        Example:
            >>> import interview_corpus as ic
            >>> other = ic.parse("Q: Why?\n\nSergei Lavrov: Because.", id="other")
            >>> corpus = ic.Corpus([ic.load(), other])
            >>> "Sergey Lavrov" in corpus.names_of("Sergei Lavrov")
            True
            >>> [iv.id for iv in corpus.by_speaker("Sergey Lavrov")]
            ['tass-2065861', 'other']
        """
        names = name.names if isinstance(name, _objects.Speaker) else (name,)
        if not all(isinstance(each, str) for each in names):
            msg = f"a speaker is a name or a Speaker, not {type(name).__name__}"
            raise InvalidArgumentTypeError(msg)
        wanted = {name_key(each) for each in names}
        found = list(names)
        groups = [
            (speaker.names, {name_key(each) for each in speaker.names})
            for _, speaker, _ in self._backend.speakers()
        ]
        grown = True
        while grown:  # spellings chain: a = b in one interview, b = c in another
            grown = False
            for spellings, folded in groups:
                if folded & wanted and not folded <= wanted:
                    wanted |= folded
                    found.extend(spellings)
                    grown = True
        return tuple(dict.fromkeys(found))

    def by_speaker(self, name: str | Speaker) -> tuple[Interview, ...]:
        """The interviews in which this person speaks (any of their names or aliases).

        Names are matched across the corpus (see :meth:`names_of`).

        Raises:
            NotFoundError: Nobody in the corpus is called so.

        Example:
            >>> import interview_corpus as ic
            >>> [iv.id for iv in ic.Corpus.bundled().by_speaker("Sergei Lavrov")]
            ['tass-2065861']
        """
        with self._backend.snapshot():  # one corpus, however many questions the file is asked
            names = self.names_of(name)
            found = dict.fromkeys(
                id
                for id, speaker, turns in self._backend.speakers()
                if turns and any(speaker.is_called(each) for each in names)
            )
            if not found:
                known = [n for speaker in self.speakers for n in speaker.names]
                raise NotFoundError(
                    names[0], kind="speaker", suggestions=close_matches(names[0], known)
                )
            return tuple(self[id] for id in found)

    def _speaking(self, key: SpeakerKey) -> set[tuple[str, str]]:
        """``(speaker name, interview id)`` of the speakers a filter means, as :meth:`Interview.turns` reads it.

        Interviews where it means nobody are passed over.

        Raises:
            NotFoundError: A name (not a role) that names nobody in any interview.
        """
        name = _objects.speaker_name(key)
        speakers: dict[str, list[Speaker]] = {}
        for id, speaker, _ in self._backend.speakers():
            speakers.setdefault(id, []).append(speaker)
        found = {
            (speaker.name, id)
            for id, present in speakers.items()
            for speaker in _objects.speakers_meant(key, present)  # type: ignore[arg-type]  # checked above
        }
        if not found and name.casefold() not in _objects.ROLES:
            raise _objects.speaker_not_found(
                name, [s for present in speakers.values() for s in present]
            )
        return found

    def _on_topic(self, key: TopicKey) -> set[tuple[str, str]]:
        """``(topic slug, interview id)`` of a topic given as a Topic, a slug or a title.

        Raises:
            NotFoundError: No interview has the topic.
        """
        name = key.slug if isinstance(key, _objects.Topic) else key
        if not isinstance(name, str):
            msg = f"topic filters are a Topic, a slug or a title, not {type(key).__name__}"
            raise InvalidArgumentTypeError(msg)
        topics = self._backend.topics()
        folded = name_key(name)
        found = {
            (slug, id) for id, slug, title in topics if folded in (name_key(slug), name_key(title))
        }
        if not found:
            slugs = list(dict.fromkeys(slug for _, slug, _ in topics))
            raise NotFoundError(name, kind="topic", suggestions=close_matches(name, slugs))
        return found

    # -- the queries ---------------------------------------------------------------------

    def _ranked(
        self, ranking: Ranking, interview: str | None, speaker: SpeakerKey, topic: TopicKey
    ) -> Hits:
        with self._backend.snapshot():  # the filters and the hits from one corpus
            if interview is not None and not self._backend.has(interview):
                self[interview]  # raises NotFoundError, with the ids most like it
            filters: Filters = {
                "speaker": None
                if speaker is None
                else sorted({n for n, _ in self._speaking(speaker)}),
                "topic": None if topic is None else sorted({s for s, _ in self._on_topic(topic)}),
                "interview_id": None if interview is None else [interview],
            }
            return self._backend.ranked(ranking, filters)

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
        over; an error is raised only when none does. A corpus file answers
        from its ``mentions`` table, parsing no interview.

        Raises:
            NotFoundError: No interview knows the entity, speaker or topic.
            ArgumentValueError: ``kind`` is not an entity kind.
            InvalidArgumentTypeError: A filter of the wrong type.

        Example:
            >>> import interview_corpus as ic
            >>> [(iv_id, m.sentence_id) for iv_id, m in ic.Corpus.bundled().mentions("Zelensky")]
            [('tass-2065861', 'a1.p2.s1'), ('tass-2065861', 'a1.p4.s1')]
        """
        queries.check_entity_kind(kind)
        entities = None
        with self._backend.snapshot():  # the filters and the mentions from one corpus
            if entity is not None:
                name = entity.name if isinstance(entity, _objects.Entity) else entity
                if not isinstance(name, str):
                    msg = f"an entity is an Entity or a name, not {type(entity).__name__}"
                    raise InvalidArgumentTypeError(msg)
                entities = set(self._backend.entities(name))
                if not entities:
                    known = self._backend.entity_names()
                    raise NotFoundError(name, kind="entity", suggestions=close_matches(name, known))
            return self._backend.mentions(
                entities=entities,
                speakers=None if speaker is None else self._speaking(speaker),
                topics=None if topic is None else self._on_topic(topic),
                kind=kind,
            )

    def _quote_check(self, quote: str) -> QuoteCheck:
        return queries.check_quote_in_corpus(self, quote)

    def _documents(self) -> Iterator[Interview]:
        return iter(self)  # one at a time: a corpus file holds one parsed interview at a time


class Corpus(Frozen, CorpusQueries):
    r"""An ordered collection of interviews, with lookups and search across them.

    Frozen and equal by value (its interviews), as the model's classes are.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> corpus = ic.Corpus([ic.load(), ic.parse("Q: Why?\n\nA: Because.", id="other")])
        >>> len(corpus), corpus.ids, corpus["other"].answers[0].text
        (2, ('tass-2065861', 'other'), 'Because.')
    """

    __slots__ = ("__weakref__", "_backend", "interviews")
    __match_args__ = ("interviews",)
    interviews: tuple[Interview, ...]  # the field, over CorpusQueries' property
    _backend: _MemoryBackend

    def __init__(self, interviews: Iterable[Interview]) -> None:
        checked = _interviews(interviews)
        # The backend is derived here, once: the frozen object is never changed afterwards.
        self._set(interviews=checked, _backend=_MemoryBackend(checked))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Corpus)  # for the checker: the same class
        return self.interviews == other.interviews

    def __hash__(self) -> int:
        return hash((self.__class__, self.interviews))

    def __reduce__(self) -> tuple[object, ...]:
        return (Corpus, (self.interviews,))  # the backend is made again

    @classmethod
    def bundled(cls) -> Corpus:
        """The interviews that ship with the package.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Corpus.bundled().ids
            ('tass-2065861',)
        """
        return cls(reading.load(id) for id in reading.available())

    @overload
    @classmethod
    def from_directory(
        cls,
        path: str | os.PathLike[str],
        pattern: str | None = ...,
        *,
        errors: Literal["raise"] = ...,
        progress: Callable[[int, int, str], None] | None = ...,
        encoding: str | None = ...,
        **metadata: Unpack[ParseOptions],
    ) -> Corpus: ...
    @overload
    @classmethod
    def from_directory(
        cls,
        path: str | os.PathLike[str],
        pattern: str | None = ...,
        *,
        errors: Literal["collect"],
        progress: Callable[[int, int, str], None] | None = ...,
        encoding: str | None = ...,
        **metadata: Unpack[ParseOptions],
    ) -> tuple[Corpus, list[Failure]]: ...
    @classmethod
    def from_directory(
        cls,
        path: str | os.PathLike[str],
        pattern: str | None = None,
        *,
        errors: Literal["raise", "collect"] = "raise",
        progress: Callable[[int, int, str], None] | None = None,
        encoding: str | None = None,
        **metadata: Unpack[ParseOptions],
    ) -> Corpus | tuple[Corpus, list[Failure]]:
        r"""Read every transcript in a directory, in name order.

        Each file is read with :func:`read` (its id is its stem) and the same
        ``metadata``. By default that is every file of a kind the reader reads
        (``.txt``, ``.md``, ``.markdown``, ``.vtt``, ``.srt``, ``.html``, ``.htm``,
        ``.xhtml``, ``.docx``, ``.pdf``); any other file is
        skipped and reported: in the failures with ``errors="collect"`` (as a
        :class:`Failure` whose ``skipped`` is true), else in a warning, and as
        the error when nothing was read.

        Args:
            path: The directory.
            pattern: A glob pattern for the files to read instead, such as
                ``"*.txt"`` or ``"**/*.txt"`` (subfolders too).
            errors: ``"raise"`` (default): if any file fails, raise one
                :class:`CorpusError` listing them all. ``"collect"``: return the
                corpus of the good files and the list of failures and skipped files.
            progress: Called as ``progress(done, total, name)`` after each
                file, read or failed (``done`` from 1 to ``total``; ``name`` the
                file's path); the command line draws its progress bar with it.
            encoding: The text files' encoding, when they are not UTF-8 and
                the detection guesses wrong (see :func:`read`).
            **metadata: Passed to :func:`read` for every file.

        Raises:
            CorpusError: Some files failed (with ``errors="raise"``), two
                files have the same id, or the folder has files but none to read.
            ReadError: ``path`` is not a directory.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> folder = pathlib.Path(tempfile.mkdtemp())
            >>> _ = (folder / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
            >>> _ = (folder / "two.txt").write_text("Q: Unanswered?", encoding="utf-8")
            >>> corpus, failures = ic.Corpus.from_directory(folder, errors="collect")
            >>> corpus.ids, [str(failure).split(folder.name)[-1] for failure in failures]
            (('one',), ['/two.txt:1:1: question 1 has no answer: add the answer, remove the question, or pass strict=False to keep it as an unanswered question'])

            ``progress`` hears of each file as it is done:

            >>> seen = []
            >>> _ = ic.Corpus.from_directory(
            ...     folder, errors="collect", progress=lambda done, total, name: seen.append((done, total))
            ... )
            >>> seen
            [(1, 2), (2, 2)]

            Files of other kinds are skipped, and said so:

            >>> _ = (folder / "three.md").write_text("**Q:** How?\n\n**A:** So.", encoding="utf-8")
            >>> _ = (folder / "slides.key").write_bytes(b"PK")
            >>> corpus, failures = ic.Corpus.from_directory(folder, errors="collect")
            >>> corpus.ids, [(pathlib.Path(f.path).name, f.skipped) for f in failures]
            (('one', 'three'), [('slides.key', True), ('two.txt', False)])

        """
        if errors not in ("raise", "collect"):
            msg = f"errors={errors!r}: use 'raise' or 'collect'"
            raise ArgumentValueError(msg)
        from pathlib import Path

        if pattern is not None:
            _check_pattern(pattern)
        check_progress(progress)
        if not isinstance(path, str | os.PathLike):
            msg = f"from_directory takes a folder's path (str or os.PathLike), not {type(path).__name__}"
            raise InvalidArgumentTypeError(msg)
        folder = Path(path)
        try:
            is_folder = folder.is_dir()
        except OSError as error:  # a name too long, a permission on the way
            raise ReadError(str(folder), error.strerror or str(error)) from None
        if not is_folder:
            raise ReadError(str(folder), "not a directory")
        with collection_paused():
            interviews, failures = cls._read_all(folder, pattern, metadata, progress, encoding)
        corpus = cls(interviews)
        if errors == "collect":
            return corpus, failures
        skipped = [failure for failure in failures if failure.skipped]
        if len(skipped) < len(failures) or (skipped and not interviews):
            raise _failures.CorpusError(
                [failure for failure in failures if not failure.skipped] or skipped
            )
        if skipped:
            _warn_skipped(skipped)
        return corpus

    # -- the corpus file (see store/) ----------------------------------------------------

    @overload
    @staticmethod
    def build(
        path: str | os.PathLike[str],
        sources: str | os.PathLike[str] | Interview | Iterable[str | os.PathLike[str] | Interview],
        *,
        pattern: str | None = ...,
        jobs: int | None = ...,
        errors: Literal["raise"] = ...,
        progress: Callable[[int, int, str], None] | None = ...,
    ) -> CorpusFile: ...
    @overload
    @staticmethod
    def build(
        path: str | os.PathLike[str],
        sources: str | os.PathLike[str] | Interview | Iterable[str | os.PathLike[str] | Interview],
        *,
        pattern: str | None = ...,
        jobs: int | None = ...,
        errors: Literal["collect"],
        progress: Callable[[int, int, str], None] | None = ...,
    ) -> tuple[CorpusFile, list[Failure]]: ...
    @staticmethod
    def build(
        path: str | os.PathLike[str],
        sources: str | os.PathLike[str] | Interview | Iterable[str | os.PathLike[str] | Interview],
        *,
        pattern: str | None = None,
        jobs: int | None = None,
        errors: Literal["raise", "collect"] = "raise",
        progress: Callable[[int, int, str], None] | None = None,
    ) -> CorpusFile | tuple[CorpusFile, list[Failure]]:
        r"""Build a corpus file from transcripts, or bring an existing one up to date.

        Each source is a folder (its transcript files, in name order), a
        transcript file (read with :func:`read`, so sidecar metadata counts)
        or an :class:`Interview`. When the file exists, only the
        transcripts whose content (or sidecar ``NAME.toml``) changed are read again,
        and interviews no longer among the sources are dropped; the update is
        one transaction, so readers see the old corpus or the new one, and
        another update of the file waits for it. A new file is written beside
        its final name, synced to the disk, and renamed into place. Either
        way an interrupted build leaves the previous file as it was (see
        :doc:`/explanation/reliability`).

        Args:
            path: The corpus file (SQLite).
            sources: Folders, files and interviews, or one of them.
            pattern: A glob pattern for the files to read in folders; by default
                every transcript file, as :meth:`from_directory` reads them
                (other files are skipped: with ``errors="collect"`` they are
                among the failures, with ``skipped`` true).
            jobs: Processes that read transcripts (default: the number of
                CPUs); the file is the same whatever the number.
            errors: ``"raise"`` (default): stop at the first file that fails,
                with :class:`CorpusError`, and leave the file as it was.
                ``"collect"``: store every good file and return the failures.
            progress: Called as ``progress(done, total, name)`` after each
                transcript read (``done`` from 1 to ``total``, the transcripts
                that need reading; ``name`` its path, or the interview's id);
                the command line draws its progress bar with it.

        Returns:
            The file, opened as a :class:`CorpusFile` (with the failures, for ``errors="collect"``).

        Raises:
            CorpusError: A transcript failed (with ``errors="raise"``).
            CorpusFileError: ``path`` exists and is not a corpus file this version
                reads, or is damaged; or another process has been updating it for
                longer than an update waits (``WRITER_WAIT_SECONDS``).
            WriteError: The file cannot be written: its folder does not exist, or
                may not be written, or the disk is full.
            ArgumentValueError: The sources hold no transcripts.

        .. versionadded:: 0.1

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> folder = pathlib.Path(tempfile.mkdtemp())
            >>> _ = (folder / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
            >>> corpus = ic.Corpus.build(folder / "corpus.db", [folder, ic.load()], jobs=1)
            >>> corpus.ids, corpus["one"] == ic.read(folder / "one.txt")
            (('one', 'tass-2065861'), True)
        """
        name, failures = store.build(
            path, sources, pattern=pattern, jobs=jobs, errors=errors, progress=progress
        )
        corpus = CorpusFile.open(name)
        if errors == "collect":
            return corpus, failures
        if failures:  # with errors="raise", only files skipped for their kind
            _warn_skipped(failures)
        return corpus

    @staticmethod
    def open(path: str | os.PathLike[str]) -> CorpusFile:
        r"""Open a corpus file: instant, since nothing is parsed until an interview is asked for.

        A file this process may not write (on a read-only mount, in another
        user's folder) is read without writing anything beside it.

        Raises:
            ReadError: There is no such file.
            CorpusFileError: The file is not a corpus file, or of a schema
                version this version of the library does not read, or its
                tables are not the schema's own.

        .. versionadded:: 0.1

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.bundled().save(path)
            >>> with ic.Corpus.open(path) as corpus:
            ...     corpus["tass-2065861"] == ic.load(), corpus.search("HAMAS")[0].id
            (True, 'a4.p5')
        """
        return CorpusFile.open(path)

    def save(self, path: str | os.PathLike[str], *, jobs: int | None = 1) -> None:
        """Write this corpus to a corpus file (updating it if it exists); see :meth:`build`.

        .. versionadded:: 0.1

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
        folder: Path,
        pattern: str | None,
        metadata: ParseOptions,
        progress: Callable[[int, int, str], None] | None = None,
        encoding: str | None = None,
    ) -> tuple[list[Interview], list[Failure]]:
        """Read every transcript file; the good interviews, and a failure for each other file."""
        interviews: list[Interview] = []
        origins: dict[str, str] = {}
        files, failures = reading.transcript_files(folder, pattern)
        for done, file in enumerate(files):
            if progress is not None and done:  # the file before is done, whichever way it went
                progress(done, len(files), str(files[done - 1]))
            try:
                interview, _ = reading.read_transcript(
                    file, None, {}, defaults=metadata, encoding=encoding
                )
            # A kind of file whose extra is missing, too: a MissingDependencyError.
            except (TranscriptError, ReadError, MissingDependencyError) as error:
                failures.append(_failures.failure_of(str(file), error))
                continue
            if interview.id in origins:
                failures.append(
                    _failures.Failure(
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
        if progress is not None and files:
            progress(len(files), len(files), str(files[-1]))
        return interviews, failures

    def __repr__(self) -> str:
        shown = ", ".join(repr(id) for id in self.ids[:3])
        more = ", ..." if len(self) > 3 else ""  # noqa: PLR2004
        return f"Corpus({len(self)} interviews: {shown}{more})"

    def _repr_html_(self) -> str:
        # A notebook's table of the first interviews; every value escaped (model._markup).
        return _markup.view(
            _markup.corpus_table(self.interviews[: _markup.NOTEBOOK_ROWS], len(self))
        )

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
        return self._in_turns(speaker, lambda turn: (turn,))

    def paragraphs(self, speaker: SpeakerKey = None) -> list[tuple[str, Paragraph]]:
        """Every paragraph of every interview, as ``(interview id, paragraph)``, in order.

        .. versionadded:: 0.1

        Args:
            speaker: As for :meth:`turns`.

        Raises:
            NotFoundError: ``speaker`` applies to no interview.

        Example:
            >>> import interview_corpus as ic
            >>> [(iv_id, p.id) for iv_id, p in ic.Corpus.bundled().paragraphs("interviewer")][:2]
            [('tass-2065861', 'q1.p1'), ('tass-2065861', 'q2.p1')]
        """
        return self._in_turns(speaker, lambda turn: turn.paragraphs)

    def sentences(self, speaker: SpeakerKey = None) -> list[tuple[str, Sentence]]:
        """Every sentence of every interview, as ``(interview id, sentence)``, in order.

        .. versionadded:: 0.1

        Args:
            speaker: As for :meth:`turns`.

        Raises:
            NotFoundError: ``speaker`` applies to no interview.

        Example:
            >>> import interview_corpus as ic
            >>> len(ic.Corpus.bundled().sentences()), len(ic.load().sentences())
            (88, 88)
        """
        return self._in_turns(speaker, lambda turn: turn.sentences)

    def _in_turns(
        self, speaker: SpeakerKey, parts: Callable[[Turn], Sequence[_T]]
    ) -> list[tuple[str, _T]]:
        """The ``parts`` of each turn of ``speaker`` (of all turns, for ``None``), with their interview's id."""
        return [
            (interview.id, part)
            for interview, turns in self._each(lambda iv: iv.turns(speaker))
            for turn in turns
            for part in parts(turn)
        ]

    def _each(self, get: Callable[[Interview], _T]) -> list[tuple[Interview, _T]]:
        """Apply ``get`` to each interview, passing over those that do not know what it asks for."""
        results: list[tuple[Interview, _T]] = []
        missing: list[NotFoundError] = []
        for interview in self.interviews:
            try:
                results.append((interview, get(interview)))
            except NotFoundError as error:
                missing.append(error)
        if missing and not results:
            if len(missing) == 1:
                raise missing[0]
            first = missing[0]
            suggestions = dict.fromkeys(s for error in missing for s in error.suggestions)
            raise NotFoundError(
                first.key,
                kind=first.kind,
                suggestions=list(suggestions)[:5],
                hint=f"in none of the {len(missing)} interviews of the corpus",
            )
        return results


class CorpusFile(CorpusQueries):
    """A corpus stored in a SQLite file: opens instantly, parses an interview only when asked for it.

    Get one with :meth:`Corpus.open` or :meth:`Corpus.build`. It answers the
    same queries as :class:`Corpus`, with the same code (``CorpusQueries``),
    over the store's SQL (its backend, in ``store/``): :meth:`search`,
    :meth:`mentions`, :meth:`by_speaker`, :attr:`ids` and :attr:`speakers`
    parse no interview. Indexing it (``corpus["id"]``) or iterating parses the
    stored source again, giving interviews equal to reading their files. Each
    call reads one snapshot of the file, whatever another process updates
    meanwhile (see :doc:`/explanation/reliability`). It is a holder of state
    (a database connection), so it is mutable and compared by identity; close
    it, or use it in a ``with`` block.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
        >>> with ic.Corpus.build(path, [ic.load()]) as corpus:
        ...     corpus.ids, corpus["tass-2065861"] == ic.load()
        (('tass-2065861',), True)
    """

    __slots__ = ("__weakref__", "_backend")
    _backend: store.FileBackend

    def __init__(self, backend: store.FileBackend) -> None:
        self._backend = backend

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
        return cls(store.FileBackend.open(path))

    @property
    def path(self) -> str:
        """The file's path, as it was opened.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).path == str(path)
            True
        """
        return self._backend.path

    def close(self) -> None:
        """Close the database connection.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).close()
        """
        self._backend.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r}, {len(self)} interviews)"

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
        return self._backend.last_build()

    def verify(self) -> None:
        """Check every stored source against its checksum, every span against its text, and the index.

        Every interview is also parsed again from its stored source, and its
        paragraphs' and sentences' spans are compared with the stored rows
        (their texts are slices of the source); each mention's text is
        compared with its span. All of it reads one snapshot of the file, by
        the path it was opened with; the full-text index is checked in a
        temporary copy, so nothing is written to the file.

        Raises:
            CorpusFileError: Something does not match, or the file is damaged;
                the message says what.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).verify()
        """
        self._backend.verify()

    def to_corpus(self) -> Corpus:
        """Every interview, parsed, as an in-memory :class:`Corpus`.

        Example:
            >>> import interview_corpus as ic, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.db"
            >>> ic.Corpus.build(path, [ic.load()]).to_corpus() == ic.Corpus.bundled()
            True
        """
        return Corpus(self)


def to_json(obj: Interview | Corpus, indent: int | None = None) -> str:
    """Serialize an interview or a corpus to a lossless JSON document.

    Args:
        obj: An :class:`Interview` or a :class:`Corpus`.
        indent: Indent nested levels by this many spaces; ``None`` for one line.

    Raises:
        InvalidArgumentTypeError: ``obj`` is neither.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> text = ic.to_json(ic.load())
        >>> text[:46]
        '{"format": "interview-corpus", "version": 2, "'
        >>> ic.from_json(text) == ic.load()
        True
    """
    if not isinstance(obj, _interview.Interview | Corpus):
        msg = f"to_json takes an Interview or a Corpus, not {type(obj).__name__}"
        raise InvalidArgumentTypeError(msg)
    return documents.write_json(obj, indent)


def from_json(text: str | bytes) -> Interview | Corpus:
    """Read a document written by :func:`to_json` back into an interview or a corpus.

    It accepts no document :func:`json_schema` rejects (and refuses
    integers written otherwise than as integers, duplicate keys, ``NaN`` and
    lone surrogates), and of those only the consistent ones: unique ids, spans
    that reproduce their text inside their parent's span, references that
    resolve, and segments that tile the source.

    Raises:
        DocumentError: The text is not UTF-8 or not JSON, not such a document,
            of a version this release cannot read, or fails validation;
            ``path`` says where.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> try:
        ...     ic.from_json('{"format": "interview-corpus", "version": 99, "interview": {}}')
        ... except ic.DocumentError as error:
        ...     print(error.path)
        $.version
    """
    read = documents.read_json(text)
    return read if isinstance(read, _interview.Interview) else Corpus(read)
