"""The interview: the façade over the data classes and the queries that work on them.

:class:`Interview` holds the parsed objects of one transcript (the plain data
classes of :mod:`.model`) and offers the methods users call on it (``search``,
``mentions``, ``records``, ...). The work is the query wing's: its functions
take a :class:`~.model.Document` (which an interview is), never this class,
and each query's module loads when it first runs (through the ``query``
wing), so loading an interview imports none of them. The flow goes one way:
model, queries, then this façade.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

from . import model, query as queries
from ._util.lazy import cached
from ._util.text import name_key, strings
from ._util.timecode import is_stamp, seconds, timecode
from ._values import attrs_eq
from .errors import ArgumentValueError, InvalidArgumentTypeError, NotFoundError, close_matches
from .model._markup import fragment
from .model._objects import (
    ROLES,
    Answer,
    Entity,
    Exchange,
    IndexHolder,
    Mention,
    Object,
    ObjectT,
    Paragraph,
    Photo,
    Question,
    Remark,
    Segment,
    Sentence,
    Speaker,
    SpeakerKey,
    Topic,
    TopicKey,
    Turn,
    attached,
    detached,
    of_kind,
    speaker_name,
    speaker_not_found,
    speakers_meant,
)
from .model._span import Span
from .query._searchable import Queryable

if TYPE_CHECKING:
    import datetime
    from re import Pattern

    from .query._grep import ConcordanceLine, TextMatch
    from .query._quote import QuoteCheck
    from .query._search import Hits, Ranking, SearchIndex

_T = TypeVar("_T")


DERIVED_SEGMENTS = frozenset(["turn-marker", "paragraph", "separator"])
"""The kinds of segment an interview makes from its turns, on first use."""

_START = attrgetter("span.start")  # the sort key of parts and segments, without a Python call each
_Parts = tuple[dict[str, Object], dict[str, Topic], tuple[Turn, ...]]


def _layout_of(segments: Iterable[Segment]) -> tuple[Segment, ...]:
    """The segments that the turns do not imply, in the order of the source."""
    return tuple(
        sorted(
            (segment for segment in segments if segment.kind not in DERIVED_SEGMENTS), key=_START
        )
    )


@attrs.frozen(repr=False, eq=False)
class Interview(Queryable):
    """One interview: its verbatim source, metadata, and the exchanges parsed from it.

    Build one with :func:`interview_corpus.load` (bundled) or
    :func:`interview_corpus.parse` (any text); the constructor is for those
    two. Iterating an interview yields its exchanges in order.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.load()
        >>> iv.id, iv.outlet, iv.published.isoformat(), len(iv)
        ('tass-2065861', 'TASS', '2025-12-28', 5)
        >>> iv.title
        'Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump'
        >>> [exchange.topic.slug for exchange in iv]
        ['ukraine', 'united-states', 'europe', 'middle-east', 'asia-pacific']
    """

    id: str
    source: str = attrs.field(repr=False)
    title: str | None
    title_span: Span | None
    outlet: str | None
    url: str | None
    published: datetime.date | None
    language: str | None
    interviewer: Speaker
    interviewee: Speaker
    lede: str | None
    lede_span: Span | None
    photo: Photo | None
    exchanges: tuple[Exchange, ...]
    # Of the segments given, only those its turns do not imply: the header's, and what was set
    # aside. The turn markers, paragraphs and separators are made when first asked for (segments).
    _layout: tuple[Segment, ...] = attrs.field(alias="segments", repr=False, converter=_layout_of)
    remarks: tuple[Remark, ...] = attrs.field(default=(), repr=False)
    other_speakers: tuple[Speaker, ...] = attrs.field(default=(), repr=False)
    rights: str | None = attrs.field(default=None, repr=False)
    statements: tuple[Answer, ...] = attrs.field(default=(), repr=False)
    warnings: tuple[str, ...] = attrs.field(default=(), repr=False, converter=strings)
    provenance: str | None = attrs.field(default=None, repr=False)
    # Equal when the lexicons are; not hashed, as the lexicon may not be read yet.
    _entity_index: IndexHolder = attrs.field(
        init=False, factory=IndexHolder, repr=False, hash=False
    )

    # What is built on first use lives here, out of equality: the ids, the topics by name and the
    # turns in document order (a lookup, the turns: parsing does not pay for them; see _parts),
    # the layout segments, the search index.
    _cache: dict[str, Any] = attrs.field(init=False, eq=False, repr=False, factory=dict)

    def _made(self) -> _Parts:
        """The ids, topics and turns, indexed on the first use (see _parts)."""
        return cached(self._cache, "parts", self._parts)  # type: ignore[no-any-return]

    @property
    def _index(self) -> dict[str, Object]:
        try:  # every lookup comes here: the cached value without a call
            return self._cache["parts"][0]  # type: ignore[no-any-return]
        except KeyError:
            return self._made()[0]

    @property
    def _topics(self) -> dict[str, Topic]:
        return self._made()[1]

    @property
    def _turns(self) -> tuple[Turn, ...]:
        return self._made()[2]

    def _parts(self) -> _Parts:
        """Index the interview's parts (once: see _index)."""
        index: dict[str, Object] = {}
        topics: dict[str, Topic] = {}
        turns: list[Turn] = []
        parts: list[Exchange | Turn] = sorted(
            (*self.exchanges, *self.remarks, *self.statements), key=_START
        )
        for part in parts:
            index[part.id] = part
            for turn in part.turns if isinstance(part, Exchange) else (part,):
                turns.append(turn)
                index[turn.id] = turn
                for paragraph in turn.paragraphs:
                    index[paragraph.id] = paragraph  # its sentences are found through it
        # Document order: a remark may stand between a question and its answer.
        turns.sort(key=_START)
        for exchange in self.exchanges:
            if exchange.topic is not None:
                topic = exchange.topic
                index.setdefault(topic.slug, topic)
                topics.setdefault(name_key(topic.slug), topic)
                topics.setdefault(name_key(topic.title), topic)
        return index, topics, tuple(turns)

    __eq__ = attrs_eq  # shared, not generated: see _values

    def __hash__(self) -> int:
        # Equal interviews have the same id and source, so these two are enough; a str keeps
        # its hash, so this is as cheap as a cached hash of every field (what attrs would make).
        return hash((self.__class__, self.id, self.source))

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # The source once, the objects without it (they slice their text from it again), the
        # lexicon as given; not the caches nor the entity index, which are made again.
        source = self.source
        fields = tuple(detached(getattr(self, name), source) for name in _FIELDS)
        index = self._entity_index.index
        return _unpickle, (fields, index.given if index else None)

    def __repr__(self) -> str:
        return f"Interview(id={self.id!r}, title={self.title!r}, exchanges={len(self.exchanges)})"

    def _repr_html_(self) -> str:
        return fragment(self)

    # -- sequence of exchanges ------------------------------------------------

    def __len__(self) -> int:
        return len(self.exchanges)

    def __iter__(self) -> Iterator[Exchange]:
        return iter(self.exchanges)

    def __contains__(self, item: object) -> bool:
        """Whether ``item`` is an id in this interview, or one of its objects."""
        if isinstance(item, str):
            return self._find(item) is not None
        item_id = getattr(item, "id", None)
        return isinstance(item_id, str) and self._find(item_id) == item

    def __getitem__(self, key: str) -> Object:
        """``interview["a3.p2"]`` is :meth:`lookup`."""
        return self.lookup(key)

    # -- collections in interview order ---------------------------------------

    @property
    def segments(self) -> tuple[Segment, ...]:
        """Every piece of the source's layout, in order; together they tile the source.

        The header's pieces and what was set aside (front matter, cue timings,
        page clutter) are kept as read; the turn markers, the paragraphs and
        the separators between them follow from the turns, so they are made
        when first asked for, once.

        .. versionadded:: 0.1

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> [segment.kind for segment in iv.segments[9:13]]
            ['lede', 'separator', 'turn-marker', 'paragraph']
            >>> "".join(segment.text for segment in iv.segments) == iv.source
            True
        """
        return cached(self._cache, "segments", self._tile)

    def _tile(self) -> tuple[Segment, ...]:
        source = self.source
        pieces = list(self._layout)
        for turn in self._turns:
            if turn.marker is not None:
                pieces.append(Segment("turn-marker", turn.marker, source, turn.id))
            pieces.extend(
                Segment("paragraph", paragraph.span, source, paragraph.id)
                for paragraph in turn.paragraphs
            )
        tiled: list[Segment] = []
        position = 0
        for piece in sorted(pieces, key=_START):  # stable: what was given first stays first
            start = piece.span.start
            if start > position:
                tiled.append(Segment("separator", Span(position, start), source))
            tiled.append(piece)
            position = piece.span.end
        if position < len(source):
            tiled.append(Segment("separator", Span(position, len(source)), source))
        return tuple(tiled)

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every question, in order.

        Example:
            >>> import interview_corpus as ic
            >>> [question.id for question in ic.load().questions]
            ['q1', 'q2', 'q3', 'q4', 'q5']
        """
        return tuple(exchange.question for exchange in self.exchanges)

    @property
    def answers(self) -> tuple[Answer, ...]:
        """Every answer, in order.

        Example:
            >>> import interview_corpus as ic
            >>> [len(answer.paragraphs) for answer in ic.load().answers]
            [4, 3, 3, 6, 5]
        """
        return tuple(answer for exchange in self.exchanges for answer in exchange.answers)

    @property
    def topics(self) -> tuple[Topic, ...]:
        """The distinct topics of the exchanges, in order of first appearance.

        Example:
            >>> import interview_corpus as ic
            >>> [topic.slug for topic in ic.load().topics]
            ['ukraine', 'united-states', 'europe', 'middle-east', 'asia-pacific']
        """
        topics = (exchange.topic for exchange in self.exchanges if exchange.topic is not None)
        return tuple(dict.fromkeys(topics))

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """The interviewer, the interviewee, then anyone else who speaks, in order of appearance.

        Example:
            >>> import interview_corpus as ic
            >>> [speaker.name for speaker in ic.load().speakers]
            ['TASS', 'Sergey Lavrov']
        """
        return (self.interviewer, self.interviewee, *self.other_speakers)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id this interview resolves, in document order (topics last).

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().ids[:5]
            ('e1', 'q1', 'q1.p1', 'q1.p1.s1', 'q1.p1.s2')
        """
        ids: list[str] = []
        for id, found in self._index.items():
            ids.append(id)
            if isinstance(found, Paragraph):
                ids.extend(sentence.id for sentence in found.sentences)
        return tuple(ids)

    def turns(self, speaker: SpeakerKey = None) -> tuple[Turn, ...]:
        """Every turn in document order: questions, answers and remarks interleaved.

        Args:
            speaker: Keep only this speaker's turns: a :class:`Speaker`, a role
                (``"interviewer"``, ``"interviewee"``) or a name or alias.

        Raises:
            NotFoundError: ``speaker`` is neither a role nor a speaker here.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> len(iv.turns()), [turn.id for turn in iv.turns(speaker="Lavrov")][:2]
            (10, ['a1', 'a2'])
        """
        wanted = self._speakers(speaker)
        if wanted is None:
            return self._turns
        chosen = set(wanted)  # a set: linear in the turns however many speakers there are
        return tuple(turn for turn in self._turns if turn.speaker in chosen)

    def paragraphs(self, speaker: SpeakerKey = None) -> tuple[Paragraph, ...]:
        """Every paragraph of every turn in document order, optionally of one speaker.

        Args:
            speaker: As for :meth:`turns`.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> len(iv.paragraphs()), len(iv.paragraphs(speaker="interviewer"))
            (26, 5)
        """
        return tuple(paragraph for turn in self.turns(speaker) for paragraph in turn.paragraphs)

    def sentences(self, speaker: SpeakerKey = None) -> tuple[Sentence, ...]:
        """Every sentence of every turn in document order, optionally of one speaker.

        Args:
            speaker: As for :meth:`turns`.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> len(iv.sentences()), len(iv.sentences(speaker=iv.interviewee))
            (88, 71)
        """
        return tuple(sentence for turn in self.turns(speaker) for sentence in turn.sentences)

    # -- lookups ----------------------------------------------------------------

    @overload
    def get(self, id: str) -> Object | None: ...
    @overload
    def get(self, id: str, default: _T) -> Object | _T: ...
    def get(self, id: str, default: object = None) -> object:
        """Return the exchange, turn, paragraph, sentence or topic with this id, or ``default``.

        The id may be qualified with the interview's id, as for :meth:`lookup`.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> iv.get("a3.p2").id, iv.get("zz"), iv.get("zz", "none")
            ('a3.p2', None, 'none')
        """
        if not isinstance(id, str):
            return default
        interview_id, colon, local_id = id.rpartition(":")
        if colon:  # a qualified id, as cite() prints it
            if interview_id != self.id:
                return default
            id = local_id
        found = self._find(id)
        return default if found is None else found

    @overload
    def lookup(self, id: str) -> Object: ...
    @overload
    def lookup(self, id: str, kind: type[ObjectT]) -> ObjectT: ...
    def lookup(self, id: str, kind: type[object] | None = None) -> Object:
        """Return the object with this id, or raise.

        The id may be qualified with the interview's id, as :meth:`cite`
        prints it: ``"tass-2065861:a3.p2.s3"``. With ``kind`` (a class such
        as :class:`Paragraph` or :class:`Sentence`), the object must be one,
        and a type checker knows it is: ``iv.lookup("a3.p2", ic.Paragraph).sentences``
        needs no cast.

        Raises:
            NotFoundError: No object has this id (or the qualified id names
                another interview, or the object is not a ``kind``);
                ``suggestions`` lists close ids.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> iv.lookup("q3").speaker.name
            'TASS'
            >>> iv.lookup("tass-2065861:a3.p2.s3").text
            'These ambitions have literally blinded them.'
            >>> iv.lookup("a3.p2", ic.Paragraph).sentences[2].id
            'a3.p2.s3'
            >>> iv.lookup("a3", ic.Paragraph)
            Traceback (most recent call last):
              ...
            interview_corpus.NotFoundError: no paragraph 'a3' (it is an answer)
        """
        if not isinstance(id, str):
            msg = f"ids are strings such as 'a3.p2', not {type(id).__name__}"
            raise InvalidArgumentTypeError(msg)
        interview_id, colon, local_id = id.rpartition(":")
        if colon:
            if interview_id != self.id:
                raise NotFoundError(
                    id, hint=f"this is the interview {self.id!r}; qualified ids start with it"
                )
            id = local_id
        found = self._find(id)
        if found is None:
            # Suggest ids of the same shape first: 'a3.p9' is likelier a paragraph than a sentence.
            known = self.ids
            same_shape = [other for other in known if other.count(".") == id.count(".")]
            raise NotFoundError(
                id,
                suggestions=close_matches(id, same_shape) or close_matches(id, known),
                hint="ids look like 'e3', 'q3', 'a3', 'a3.p2', 'a3.p2.s1' or a topic slug",
            )
        return of_kind(found, kind, id)

    def exchange(self, number: int | str) -> Exchange:
        """Return the exchange with this 1-based number (or id, such as ``"e3"``).

        Raises:
            NotFoundError: No such exchange.
            InvalidArgumentTypeError: ``number`` is neither an int nor a str.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> iv.exchange(3).id, iv.exchange("e3").number
            ('e3', 3)
        """
        if isinstance(number, bool) or not isinstance(number, int | str):
            msg = f"exchange numbers are ints such as 3, not {type(number).__name__}"
            raise InvalidArgumentTypeError(msg)
        count = len(self.exchanges)
        if isinstance(number, str):
            if re.fullmatch(
                r"e?[0-9]{1,9}", number.strip()
            ):  # ASCII, and fewer digits than int() limits
                position = int(number.strip().lstrip("e"))
            else:
                raise NotFoundError(
                    number,
                    kind="exchange",
                    suggestions=close_matches(number, [ex.id for ex in self.exchanges]),
                    hint=f"give a number from 1 to {count} or an id from 'e1' to 'e{count}'",
                )
        else:
            position = number
        if not 1 <= position <= count:
            raise NotFoundError(
                number, kind="exchange", hint=f"exchanges are numbered from 1 to {count}"
            )
        return self.exchanges[position - 1]

    @property
    def duration(self) -> datetime.timedelta | None:
        r"""How long the timed part of the recording runs, from the first turn's start to the last time given.

        ``None`` for a transcript without time codes.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.parse("Q (0:05): Why?\n\nA (0:09): Because.\n\nQ (1:10): Thanks.", id="x")
            >>> iv.duration
            datetime.timedelta(seconds=65)
            >>> ic.load().duration is None
            True
        """
        starts = [turn.start for turn in self._turns if turn.start is not None]
        ends = [time for turn in self._turns for time in (turn.start, turn.end) if time is not None]
        return max(ends) - min(starts) if starts else None

    def at(self, time: str | float | datetime.timedelta) -> Turn:
        r"""The turn being spoken at a moment of the recording.

        ``time`` is a timestamp (``"00:12:34"``, ``"12:34"``, ``"1:02:03.5"``), a
        ``datetime.timedelta``, or seconds. A turn is spoken from its ``start``
        until the next turn starts (a pause between caption cues belongs to the
        turn before it); the last one until its ``end``, if the transcript gives
        one.

        Raises:
            NotFoundError: The transcript has no time codes, or no turn is spoken then.
            ArgumentValueError: ``time`` is not a time.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.parse("Q (0:05): Why?\n\nA (0:09): Because.\n\nQ (1:10): Thanks.", id="x")
            >>> iv.at("0:30").id, iv.at(5).id, iv.at("1:15").text
            ('a1', 'q1', 'Thanks.')
        """
        moment = _moment(time)
        timed = [turn for turn in self._turns if turn.start is not None]
        if not timed:
            raise NotFoundError(str(time), kind="moment", hint="this transcript has no time codes")
        # The last turn started by then, unless the recording's last words ended before it.
        started = [turn for turn in timed if turn.start.total_seconds() <= moment]  # type: ignore[union-attr]
        last = timed[-1]
        if started and not (
            started[-1] is last and last.end is not None and moment >= last.end.total_seconds()
        ):
            return started[-1]
        first = timed[0]
        raise NotFoundError(
            str(time),
            kind="moment",
            hint=f"the turns are spoken from {timecode(first.start)} to "  # type: ignore[arg-type]
            f"{timecode(last.end or last.start)}",  # type: ignore[arg-type]
        )

    def topic(self, key: str) -> Topic:
        """Return a topic by slug or title; case, spaces and dashes do not matter.

        Raises:
            NotFoundError: No topic matches; ``suggestions`` lists close slugs.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> iv.topic("middle-east") == iv.topic("Middle East") == iv.topic("middle east")
            True
        """
        if not isinstance(key, str):
            msg = f"topics are found by slug or title (str), not {type(key).__name__}"
            raise InvalidArgumentTypeError(msg)
        found = self._topics.get(name_key(key))
        if found is None:
            slugs = [topic.slug for topic in self.topics]
            raise NotFoundError(
                key,
                kind="topic",
                suggestions=close_matches(key, slugs),
                hint="topics: " + ", ".join(slugs) if slugs else "this interview has no topics",
            )
        return found

    def by_topic(self, key: str | Topic) -> tuple[Exchange, ...]:
        """Return the exchanges on a topic, given as a :class:`Topic`, slug or title.

        Example:
            >>> import interview_corpus as ic
            >>> [exchange.id for exchange in ic.load().by_topic("europe")]
            ['e3']
        """
        topic = key if isinstance(key, Topic) else self.topic(key)
        return tuple(exchange for exchange in self.exchanges if exchange.topic == topic)

    # -- entities and mentions ------------------------------------------------------

    @property
    def lexicon(self) -> tuple[Entity, ...]:
        r"""The entities this interview was annotated with, in the annotation's order.

        Read on first use; empty when the interview has no lexicon.

        Example:
            >>> import interview_corpus as ic
            >>> len(ic.load().lexicon), ic.parse("– Q?\n\n– A.", id="x").lexicon
            (34, ())
        """
        index = self._entity_index.index
        return index.lexicon if index else ()

    @property
    def header_mentions(self) -> tuple[Mention, ...]:
        """The mentions in the headline, lede, photo caption and credit, in order.

        Example:
            >>> import interview_corpus as ic
            >>> [(m.text, m.section) for m in ic.load().header_mentions][:2]
            [('Sergey Lavrov', 'headline'), ('Russia', 'headline')]
        """
        index = self._entity_index.index
        return index.header() if index else ()

    @property
    def entities(self) -> tuple[Entity, ...]:
        """The lexicon's entities in order of first mention (any never mentioned come last).

        Example:
            >>> import interview_corpus as ic
            >>> [entity.name for entity in ic.load().entities][:4]
            ['Sergey Lavrov', 'Russia', 'Donald Trump', 'Kristina Kormilitsyna']
        """
        mentioned = (mention.entity for mention in self.mentions())
        return tuple(dict.fromkeys((*mentioned, *self.lexicon)))

    def entity(self, name: str | Entity) -> Entity:
        """Return an entity by id, canonical name, alias or other name, ignoring case.

        Raises:
            NotFoundError: No entity is called so; ``suggestions`` lists close names.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> iv.entity("zelensky").name, iv.entity("Washington").id
            ('Vladimir Zelensky', 'united-states')
        """
        if isinstance(name, Entity):
            if name in self.lexicon:
                return name
            name = name.name
        if not isinstance(name, str):
            msg = f"entities are found by name (str), not {type(name).__name__}"
            raise InvalidArgumentTypeError(msg)
        index = self._entity_index.index
        found = index.by_name().get(name_key(name)) if index else None
        if found is None:
            names = [known for entity in self.lexicon for known in entity.names[1:]]
            raise NotFoundError(
                name,
                kind="entity",
                suggestions=close_matches(name, names),
                hint="iv.entities lists them" if names else "this interview has no entity lexicon",
            )
        return found

    def mentions(
        self,
        entity: Entity | str | None = None,
        *,
        speaker: SpeakerKey = None,
        topic: TopicKey = None,
        kind: str | None = None,
    ) -> tuple[Mention, ...]:
        """Every mention of an entity (or of all entities) in document order.

        Header mentions (headline, lede, photo caption and credit) come first;
        with a ``speaker`` or ``topic`` filter only mentions in turns remain.

        Args:
            entity: An :class:`Entity` or any of its names; ``None`` for all.
            speaker: Keep mentions in this speaker's turns (as for :meth:`turns`).
            topic: Keep mentions in exchanges on this topic (slug, title or Topic).
            kind: Keep mentions of entities of this kind (``"person"``, ...).

        Raises:
            NotFoundError: The entity, speaker or topic does not exist.
            ArgumentValueError: ``kind`` is not an entity kind.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> [m.sentence_id for m in iv.mentions("Zelensky")]
            ['a1.p2.s1', 'a1.p4.s1']
            >>> len(iv.mentions("Kiev")), len(iv.mentions(kind="person", topic="europe"))
            (10, 6)
        """
        wanted = self.entity(entity) if entity is not None else None
        filters = queries.resolve_filters(self, speaker=speaker, topic=topic, kind=kind)
        turns = self.turns(speaker)
        if filters.topic is not None:
            on_topic = {exchange.id for exchange in self.by_topic(filters.topic)}
            turns = tuple(turn for turn in turns if turn.exchange_id in on_topic)
        found: list[Mention] = []
        if speaker is None and topic is None:
            found.extend(self.header_mentions)
        for turn in turns:
            found.extend(turn.mentions)
        return tuple(
            mention
            for mention in found
            if (wanted is None or mention.entity == wanted)
            and (kind is None or mention.entity.kind == kind)
        )

    def cite(self, id: str) -> str:
        """A reference to one object, to the character: source, id and span.

        Raises:
            NotFoundError: No object has this id.

        Example:
            >>> import interview_corpus as ic
            >>> print(ic.load().cite("a3.p2.s3"))
            TASS, "Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump", 2025-12-28, https://tass.com/politics/2065861; tass-2065861:a3.p2.s3, characters 5208–5252
        """
        found = self.lookup(id)
        if isinstance(found, Topic):
            msg = f"{id!r} is a topic, an annotation with no place in the text; cite an exchange"
            raise ArgumentValueError(msg)
        parts = [
            self.outlet,
            f'"{self.title}"' if self.title else None,
            self.published.isoformat() if self.published else None,
            self.url,
        ]
        where = f"{self.id}:{found.id}, characters {found.span.start}–{found.span.end}"
        time = self._time_of(found)
        if time is not None:
            where += f", at {timecode(time)}"
        source = ", ".join(part for part in parts if part)
        return f"{source}; {where}" if source else where

    def _time_of(self, found: Object) -> datetime.timedelta | None:
        """When an object is said: its own start, else its paragraph's or first turn's."""
        if isinstance(found, Sentence):
            found = self.lookup(found.paragraph_id)
        if isinstance(found, Exchange):
            found = found.question
        return found.start if isinstance(found, Turn | Paragraph) else None

    # -- finding text: search is Queryable's; the queries' modules load when first run --

    def _ranked(
        self, ranking: Ranking, interview: str | None, speaker: SpeakerKey, topic: TopicKey
    ) -> Hits:
        if interview is not None and interview != self.id:
            raise NotFoundError(interview, kind="interview", suggestions=[self.id])
        index = cached(self._cache, "search", self._search_index)
        filters = queries.resolve_filters(self, speaker=speaker, topic=topic)
        speakers, topics = filters.speaker_names, filters.topic_slugs
        return index.ranked(ranking, {"speaker": speakers, "topic": topics})  # type: ignore[no-any-return]

    def grep(self, pattern: str | Pattern[str], *, ignore_case: bool = False) -> list[TextMatch]:
        r"""Every match of a regular expression in the turns' paragraphs, in order.

        Raises:
            QueryError: ``pattern`` is not a valid regular expression; ``position``
                says where.

        Example:
            >>> import interview_corpus as ic
            >>> [(m.text, m.paragraph_id) for m in ic.load().grep(r"Taiwan\w+")]
            [('Taiwanese', 'a5.p2')]
        """
        return queries.grep(self, pattern, ignore_case=ignore_case)

    def concordance(
        self, term: str | Pattern[str], *, width: int = 40, ignore_case: bool = True
    ) -> list[ConcordanceLine]:
        """Key-word-in-context lines for a word or phrase (or a compiled pattern).

        A word or phrase matches whole words only, ignoring case unless told
        otherwise; the context on each side is at most ``width`` characters
        of the same paragraph.

        Args:
            term: A word or phrase (matched as whole words), or a compiled
                regular expression (matched as it is).
            width: The most characters of context on each side.
            ignore_case: Whether case matters for a word or phrase.

        Returns:
            One line per match, in document order.

        Raises:
            QueryError: ``term`` is empty.
            ArgumentValueError: ``width`` is not a positive number.

        Example:
            >>> import interview_corpus as ic
            >>> lines = ic.load().concordance("Europe", width=24)
            >>> len(lines), lines[0].paragraph_id
            (3, 'a1.p3')
            >>> for line in lines[:2]:
            ...     print(line)
            r in the United States, Europe and the European Union
            sia by 2030. Meanwhile, Europe is already de facto wag
        """
        return queries.concordance(self, term, width=width, ignore_case=ignore_case)

    def _quote_check(self, quote: str) -> QuoteCheck:
        return queries.check_quote(self, quote)

    # -- data out: records and to_pandas are Queryable's ---------------------------------

    def _documents(self) -> tuple[Interview]:
        return (self,)

    def _find(self, id: str) -> Object | None:
        """The object with this (local) id, or ``None``; a sentence is found through its paragraph."""
        found = self._index.get(id)
        if found is not None:
            return found
        paragraph_id, dot, number = id.rpartition(".s")
        if not (dot and number.isascii() and number.isdigit() and number[0] != "0"):
            return None
        paragraph = self._index.get(paragraph_id)
        if isinstance(paragraph, Paragraph):
            sentences = paragraph.sentences
            if int(number) <= len(sentences):
                return sentences[int(number) - 1]
        return None

    def _search_index(self) -> SearchIndex:
        return queries.SearchIndex([self])

    def _speakers(self, key: SpeakerKey) -> tuple[Speaker, ...] | None:
        """Resolve a speaker filter: ``None`` for no filter, else the speakers it means.

        A role means every speaker with that role; a name, alias or Speaker means one.
        """
        if key is None:
            return None
        name = speaker_name(key)
        found = speakers_meant(key, self.speakers)
        if found or name.casefold() in ROLES:
            return tuple(found)
        raise speaker_not_found(name, self.speakers)


MODELS = (
    Span,
    Segment,
    Speaker,
    Entity,
    Mention,
    Sentence,
    Paragraph,
    Turn,
    Question,
    Answer,
    Remark,
    Topic,
    Exchange,
    Photo,
    Interview,
)
"""Every model class, for tools that walk them (the JSON converter)."""

_FIELDS = tuple(field.name for field in attrs.fields(Interview) if field.init)
"""The fields an interview is made of, in the order its constructor takes them."""


def _unpickle(
    fields: tuple[object, ...], lexicon: Sequence[Entity] | Callable[[], Sequence[Entity]] | None
) -> Interview:
    """An interview from its pickle (:meth:`Interview.__reduce__`)."""
    source = fields[_FIELDS.index("source")]
    assert isinstance(source, str)  # as Interview.__reduce__ wrote it
    interview = Interview(*(attached(value, source) for value in fields))
    if lexicon is not None:
        model.attach_lexicon(interview, lexicon)
    return interview


def _moment(time: object) -> float:
    """A moment of the recording, in seconds: from a timestamp, a ``timedelta`` or a number."""
    if isinstance(time, str) and is_stamp(time):
        return seconds(time)
    if isinstance(time, int | float) and not isinstance(time, bool) and time >= 0:
        return float(time)
    total = getattr(time, "total_seconds", None)
    if callable(total) and not isinstance(time, str):
        return float(total())
    msg = (
        f"{time!r} is not a moment of the recording: give a timestamp such as '00:12:34', "
        "a datetime.timedelta or seconds"
    )
    raise ArgumentValueError(msg)
