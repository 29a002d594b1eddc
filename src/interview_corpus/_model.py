"""The data model: frozen, slotted attrs classes that know where they stand in the source.

Every object that holds text also holds its :class:`Span`, and
``interview.source[obj.span.start:obj.span.end] == obj.text`` always holds.
Objects refer to their parents by id (``paragraph.turn_id``,
``sentence.paragraph_id``) rather than by reference, so that they stay plain
values: equal by value, hashable, and cheap to copy or pickle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

import attrs

from ._errors import ArgumentTypeError, ArgumentValueError, NotFoundError, close_matches
from ._lazy import cached

if TYPE_CHECKING:
    import datetime
    from re import Pattern

    import pandas

    from ._entities import EntityIndex
    from ._grep import ConcordanceLine, TextMatch
    from ._quote import QuoteCheck
    from ._records import (
        ExchangeRecord,
        InterviewRecord,
        MentionRecord,
        ParagraphRecord,
        RecordLevel,
        SentenceRecord,
        TurnRecord,
    )
    from ._search import Hit, Level, SearchIndex, Syntax
    from ._segment import Segmenter

Role = Literal["interviewer", "interviewee", "moderator"]
"""Who asks, who answers, and who chairs (a moderator's lines are remarks, outside exchanges)."""

ROLES: tuple[Role, ...] = ("interviewer", "interviewee", "moderator")

_T = TypeVar("_T")
_PREVIEW = 48
_OBJECT_ID = re.compile(r"(?:e\d+|q\d+[b-z]?|a\d+[b-z]?|r\d+|s\d+)(?:\.p\d+(?:\.s\d+)?)?")


def _preview(text: str, width: int = _PREVIEW) -> str:
    """Shorten ``text`` to one line of at most ``width`` characters for a repr."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def _attrs_repr(self: Any) -> str:  # noqa: ANN401  # any attrs instance
    """``Name(field=value, ...)`` over the fields attrs would show.

    attrs can write this method itself, but generating it costs more at import
    than the rest of a class, and every class here is created when the package loads.
    """
    shown = ", ".join(
        f"{field.name}={field.repr(getattr(self, field.name)) if callable(field.repr) else repr(getattr(self, field.name))}"
        for field in attrs.fields(type(self))
        if field.repr
    )
    return f"{type(self).__name__}({shown})"


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    """Convert names to a tuple.

    A function of our own rather than ``tuple``: attrs inspects a converter's
    signature, and for a built-in that means parsing its text signature with
    the tokenizer, whose import costs more than all the model's classes.
    """
    return tuple(values)


def _fold(key: str) -> str:
    """Fold a name or slug for tolerant matching: case, spaces and dashes do not count."""
    return re.sub(r"[\W_]+", "", key.casefold())


def _sliced(backing: str, span: Span) -> str:
    """The text of a text-bearing object, from what it holds.

    An object holds either its own text (made by hand) or the whole source
    it is a span of (made by the parser, :func:`from_json` or a corpus file):
    the same string for every object of an interview, so that none keeps a
    copy of its text. Its own text is exactly as long as its span.
    """
    return backing if len(backing) == span.end - span.start else backing[span.start : span.end]


def _check_backing(instance: Any, _attribute: attrs.Attribute[str], backing: str) -> None:  # noqa: ANN401  # any text-bearing object
    """An object's text must be its own (as long as its span) or a source its span lies in."""
    span: Span = instance.span
    if not isinstance(backing, str):
        msg = f"a {type(instance).__name__}'s text is a str, not {type(backing).__name__}"
        raise ArgumentTypeError(msg)
    if len(backing) != span.end - span.start and len(backing) < span.end:
        msg = (
            f"a {type(instance).__name__}'s text must be as long as its span ({span.start} to "
            f"{span.end}), or the whole source the span lies in; got {len(backing)} characters"
        )
        raise ArgumentValueError(msg)


_COMPARED: dict[type, tuple[str, ...]] = {}


def _compared(cls: type) -> tuple[str, ...]:
    """The fields two objects of ``cls`` are compared by, besides their text."""
    try:
        return _COMPARED[cls]
    except KeyError:
        names = tuple(field.name for field in attrs.fields(cls) if field.eq)
        return _COMPARED.setdefault(cls, names)


def _equal_text_objects(self: Any, other: object) -> bool:  # noqa: ANN401  # any text-bearing object
    """Equality for objects that slice their text: their text, then their other fields."""
    if other.__class__ is not self.__class__:
        return NotImplemented  # type: ignore[no-any-return]  # the protocol for another class
    if self is other:
        return True
    return bool(
        self.text == other.text  # type: ignore[attr-defined]  # the same class as self
        and all(getattr(self, name) == getattr(other, name) for name in _compared(self.__class__))
    )


def _hash_text_object(self: Any) -> int:  # noqa: ANN401  # any text-bearing object
    return hash((self.__class__, self.span, self.text))


@attrs.frozen(repr=False)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a source text.

    Spans count characters (Python ``str`` indices), not bytes. A span unpacks
    into its two ends and slices the text it came from.

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.load()
        >>> span = iv.lookup("a3.p2").span
        >>> start, end = span
        >>> iv.source[start:end] == span.of(iv.source) == iv.lookup("a3.p2").text
        True
        >>> len(span) == end - start
        True
    """

    __repr__ = _attrs_repr

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check rather than two validators: the parser makes thousands of spans.
        if type(self.start) is not int or type(self.end) is not int:  # bool, float, str, None
            msg = f"a span's start and end are ints, not {self.start!r} and {self.end!r}"
            raise ArgumentTypeError(msg)
        if not 0 <= self.start <= self.end:
            msg = f"a span runs from 0 <= start <= end, not from {self.start} to {self.end}"
            raise ArgumentValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[int]:
        yield self.start
        yield self.end

    def __contains__(self, other: object) -> bool:
        """Whether an offset, or a whole other span, lies inside this one."""
        if isinstance(other, Span):
            return self.start <= other.start and other.end <= self.end
        if isinstance(other, int):
            return self.start <= other < self.end
        return False

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Span(0, 8).of("All news and more")
            'All news'
        """
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """Return this span moved by ``offset`` characters.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Span(2, 5).shift(10)
            Span(start=12, end=15)
        """
        return Span(self.start + offset, self.end + offset)


@attrs.frozen(repr=False, eq=False)
class Segment:
    """One piece of the source's layout; together the segments tile the source.

    ``kind`` is one of ``"navigation"`` (site chrome captured with the page),
    ``"headline"``, ``"caption"``, ``"credit-marker"`` (the ``©`` and its
    space), ``"credit"``, ``"lede"``, ``"preamble"`` (any other header block),
    ``"turn-marker"`` (a turn's dash and separator), ``"paragraph"`` and
    ``"separator"`` (white space between the others). ``owner`` is the id of
    the object the segment belongs to (``"q1"`` for a turn marker, ``"q1.p1"``
    for a paragraph), or ``None``.

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.load()
        >>> [segment.kind for segment in iv.segments[:4]]
        ['navigation', 'separator', 'headline', 'separator']
        >>> "".join(segment.text for segment in iv.segments) == iv.source
        True
    """

    kind: str
    span: Span
    _text: str = attrs.field(eq=False, validator=_check_backing)
    owner: str | None = None

    __eq__ = _equal_text_objects
    __hash__ = _hash_text_object

    @property
    def text(self) -> str:
        """The segment's text, verbatim: ``source[span.start:span.end]``.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().segments[2].text[:26]
            'Foreign Minister Sergey La'
        """
        return _sliced(self._text, self.span)

    def __repr__(self) -> str:
        return (
            f"Segment(kind={self.kind!r}, span={self.span!r}, text={_preview(self.text)!r}, "
            f"owner={self.owner!r})"
        )


@attrs.frozen(repr=False)
class Speaker:
    """A participant in an interview.

    Attributes:
        name: The name the speaker is known by (``"Sergey Lavrov"``).
        role: ``"interviewer"`` or ``"interviewee"``.
        aliases: Other spellings of the name, as texts write them.
        description: Who the speaker is (office, organisation), or ``None``.

    Example:
        >>> import interview_corpus as ic
        >>> lavrov = ic.load().interviewee
        >>> lavrov.name, lavrov.role
        ('Sergey Lavrov', 'interviewee')
        >>> lavrov.is_called("sergei lavrov")
        True
    """

    __repr__ = _attrs_repr

    name: str
    role: Role
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    description: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().interviewee.names
            ('Sergey Lavrov', 'Sergei Lavrov', 'Lavrov')
        """
        return (self.name, *self.aliases)

    def is_called(self, name: str) -> bool:
        """Whether ``name`` is this speaker's name or an alias, ignoring case.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Speaker("TASS", "interviewer").is_called("tass")
            True
        """
        folded = name.casefold()
        return any(folded == known.casefold() for known in self.names)


EntityKind = Literal["person", "place", "organization", "document"]
"""What an entity is."""

ENTITY_KINDS: tuple[EntityKind, ...] = ("person", "place", "organization", "document")

MentionForm = Literal["name", "demonym", "metonym"]
"""How a mention names its entity: by name, by a derived adjective or people, or by a stand-in."""


def _slug_validator(what: str) -> Callable[[object, attrs.Attribute[str], str], None]:
    """Make an attrs validator for ids such as ``middle-east``, which must not look like ``a3``."""

    def check(_instance: object, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            msg = f"a {what} is a str such as 'middle-east', not {type(value).__name__}"
            raise ArgumentTypeError(msg)
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value) or _OBJECT_ID.fullmatch(value):
            msg = (
                f"invalid {what} {value!r}: use lowercase words joined by dashes, "
                "such as 'middle-east', that do not look like an object id such as 'a3'"
            )
            raise ArgumentValueError(msg)

    return check


@attrs.frozen(repr=False)
class Entity:
    """A person, place, organisation or document that an interview names.

    Attributes:
        id: A stable slug, such as ``"vladimir-zelensky"``.
        name: The canonical name.
        kind: ``"person"``, ``"place"``, ``"organization"`` or ``"document"``.
        aliases: Names exactly as the text writes them; each is matched.
        demonyms: Adjectives and peoples derived from a place (``"Iranian"``);
            each is matched and counts as a mention of the place.
        metonyms: Names that stand for the entity (``"Kiev"`` for Ukraine's
            government, ``"Brussels"`` for the EU); each is matched.
        other_names: Spellings the text does not use (``"Kyiv"``); they find
            the entity with :meth:`Interview.entity` but are not matched.
        note: A remark on the entity or how it is named, or ``None``.

    Example:
        >>> import interview_corpus as ic
        >>> ukraine = ic.load().entity("Kyiv")
        >>> ukraine.name, ukraine.kind, ukraine.metonyms
        ('Ukraine', 'place', ('Kiev',))
    """

    __repr__ = _attrs_repr

    id: str = attrs.field(validator=_slug_validator("entity id"))
    name: str
    kind: EntityKind = attrs.field(validator=attrs.validators.in_(ENTITY_KINDS))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    demonyms: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    metonyms: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    other_names: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    note: str | None = None

    @property
    def forms(self) -> tuple[tuple[str, MentionForm], ...]:
        """Every string the text may name the entity by, with its form.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().entity("Iran").forms
            (('Iran', 'name'), ('Iranian', 'demonym'), ('Iranians', 'demonym'), ('Tehran', 'metonym'))
        """
        return (
            *((alias, "name") for alias in self.aliases),
            *((demonym, "demonym") for demonym in self.demonyms),
            *((metonym, "metonym") for metonym in self.metonyms),
        )

    @property
    def names(self) -> tuple[str, ...]:
        """The id, the canonical name and every other name the entity is found by.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().entity("hamas").names
            ('hamas', 'HAMAS', 'Hamas')
        """
        found = (
            self.id,
            self.name,
            *self.aliases,
            *self.demonyms,
            *self.metonyms,
            *self.other_names,
        )
        return tuple(dict.fromkeys(found))

    def is_called(self, name: str) -> bool:
        """Whether ``name`` is one of :attr:`names`, ignoring case, spaces and dashes.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().entity("China").is_called("the prc")
            True
        """
        folded = _fold(name)
        return any(folded == _fold(known) for known in self.names)


@attrs.frozen(repr=False)
class Mention:
    """One place where the text names an entity.

    Attributes:
        entity: The entity named.
        text: The exact text matched (without a possessive ``’s``).
        span: Where ``text`` stands in the source.
        form: ``"name"``, ``"demonym"`` or ``"metonym"``.
        section: ``"turn"`` for the interview's content, or the header block
            it is in: ``"headline"``, ``"lede"``, ``"caption"``, ``"credit"``.
        paragraph_id: The paragraph it is in (``None`` in the header).
        sentence_id: The sentence it is in (``None`` in the header).
        interview_id: The interview it is in, as for every result that can
            come from a corpus (``None`` only for a mention made by hand).

    .. versionchanged:: 0.2
       ``interview_id`` and :attr:`id`.

    Example:
        >>> import interview_corpus as ic
        >>> mention = ic.load().mentions("Zelensky")[0]
        >>> mention.text, mention.paragraph_id, mention.sentence_id
        ('Vladimir Zelensky', 'a1.p2', 'a1.p2.s1')
        >>> mention.interview_id, mention.id
        ('tass-2065861', 'a1.p2.s1@1017')
    """

    entity: Entity
    text: str
    span: Span
    form: MentionForm
    section: str
    paragraph_id: str | None = None
    sentence_id: str | None = None
    interview_id: str | None = None

    @property
    def id(self) -> str:
        """The mention's stable id, made of where it is (sentence, paragraph or header block) and its offset.

        The same text and lexicon give the same ids; two mentions of one
        interview never share one.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> [m.id for m in ic.load().header_mentions][:2]
            ['headline@27', 'headline@42']
        """
        return f"{self.sentence_id or self.paragraph_id or self.section}@{self.span.start}"

    @property
    def turn_id(self) -> str | None:
        """The id of the turn the mention is in, or ``None`` in the header.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().mentions("HAMAS")[0].turn_id
            'a4'
        """
        return self.paragraph_id.partition(".")[0] if self.paragraph_id else None

    def __repr__(self) -> str:
        where = self.sentence_id or self.section
        return (
            f"Mention(entity={self.entity.name!r}, text={self.text!r}, "
            f"start={self.span.start}, where={where!r})"
        )


_SPACES = re.compile(r"[^\S\n]+")
_WRAP = re.compile(r"[^\S\n]*\n\s*")
_WRAP_HYPHEN = re.compile(r"(?<=\w-)[^\S\n]*\n\s*(?=[a-z])")


def normalize(text: str, start: int = 0, clutter: tuple[Span, ...] = ()) -> str:
    r"""The text without clutter, hard wraps and odd spaces: the *normalised view*.

    ``clutter`` (spans in the source, of which ``text`` starts at ``start``) is
    left out: line numbers, running page headers and footers the reader found
    inside a paragraph. Line breaks inside the text become spaces (a word
    broken after a hyphen is joined), no-break and other spaces become plain
    spaces, and runs of spaces become one. The verbatim ``text`` is never
    changed; this is a view beside it.

    Example:
        >>> import interview_corpus as ic
        >>> ic.normalize("It was a well-\n  known fact,\u00a0 then.")
        'It was a well-known fact, then.'
    """
    if clutter:
        pieces = []
        position = 0
        for span in clutter:
            pieces.append(text[position : max(position, span.start - start)])
            position = max(position, span.end - start)
        pieces.append(text[position:])
        text = "".join(pieces)
    text = _WRAP_HYPHEN.sub("", text)
    text = _WRAP.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _split(paragraph: Paragraph) -> tuple[Sentence, ...]:
    """Split a paragraph into its sentences with its segmenter."""
    from ._segment import segment, split_sentences

    backing = paragraph._text  # noqa: SLF001  # the paragraph's own
    span = paragraph.span
    text = paragraph.text
    own = len(backing) == span.end - span.start  # made by hand: sentences get their own text
    clutter = paragraph.clutter
    paragraph_id = paragraph.id
    bounds = segment(text, paragraph._segmenter or split_sentences, span.start)  # noqa: SLF001
    return tuple(
        Sentence(
            f"{paragraph_id}.s{number}",
            number,
            Span(start, end),
            text[start - span.start : end - span.start] if own else backing,
            paragraph_id,
            _within(clutter, start, end) if clutter else (),
        )
        for number, (start, end) in enumerate(bounds, 1)
    )


def _within(clutter: tuple[Span, ...], start: int, end: int) -> tuple[Span, ...]:
    """The clutter spans inside ``[start, end)``, cut to it."""
    return tuple(
        Span(max(span.start, start), min(span.end, end))
        for span in clutter
        if span.start < end and span.end > start
    )


@attrs.frozen(repr=False, eq=False)
class Sentence:
    """One sentence of a paragraph.

    ``text`` is verbatim; ``normalized`` is the same words without hard
    wraps, odd spaces and any clutter the reader found inside (``clutter``:
    line numbers, page headers and footers of text extracted from a PDF).

    Example:
        >>> import interview_corpus as ic
        >>> sentence = ic.load().lookup("a3.p2.s1")
        >>> sentence.number, sentence.paragraph_id
        (1, 'a3.p2')
        >>> sentence.text
        'Whether leaders like Ursula von der Leyen, Friedrich Merz, Keir Starmer and Emmanuel Macron and the like have reached a point of no return is hard to say.'
    """

    id: str
    number: int
    span: Span
    _text: str = attrs.field(eq=False, validator=_check_backing)
    paragraph_id: str
    clutter: tuple[Span, ...] = ()

    __eq__ = _equal_text_objects
    __hash__ = _hash_text_object

    @property
    def text(self) -> str:
        """The sentence, verbatim: ``source[span.start:span.end]``.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().lookup("a3.p2.s3").text
            'These ambitions have literally blinded them.'
        """
        return _sliced(self._text, self.span)

    @property
    def normalized(self) -> str:
        """The sentence as one line of plain words (see :func:`normalize`).

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().lookup("a3.p2.s3").normalized
            'These ambitions have literally blinded them.'
        """
        return normalize(self.text, self.span.start, self.clutter)

    def __repr__(self) -> str:
        return f"Sentence(id={self.id!r}, text={_preview(self.text)!r})"

    def __str__(self) -> str:
        return self.text


class Holder:
    """A frozen object's mutable slots for what is made after it.

    Its interview's entity index is made after the interview (it needs the
    finished paragraphs), and a paragraph's sentences when they are first
    asked for, so neither can be a constructor argument; they go here instead
    of being written into the frozen object. Holders are equal when their
    indexes are (which compares the lexicons without reading them when it
    can); the sentences are a cache, left out of equality and pickles.
    """

    __slots__ = ("index", "sentences")

    def __init__(self) -> None:
        self.index: EntityIndex | None = None
        self.sentences: tuple[Sentence, ...] | None = None

    def attach(self, index: EntityIndex) -> None:
        """Hold ``index``."""
        self.index = index

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Holder):
            return NotImplemented
        return self.index == other.index

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __getstate__(self) -> tuple[EntityIndex | None]:
        return (self.index,)  # a tuple: a falsy state would skip __setstate__

    def __setstate__(self, state: tuple[EntityIndex | None]) -> None:
        (self.index,) = state
        self.sentences = None


@attrs.frozen(repr=False, eq=False)
class Paragraph:
    """One paragraph of a turn, split into sentences.

    ``text`` is verbatim; ``normalized`` leaves out hard wraps, odd spaces and
    the ``clutter`` spans the reader found inside the paragraph. The
    sentences are split when first asked for (``sentences=None``), by the
    ``segmenter`` the paragraph was read with (default:
    :func:`split_sentences`).

    .. versionchanged:: 0.2
       Sentences are split on first use; ``segmenter``.

    Example:
        >>> import interview_corpus as ic
        >>> paragraph = ic.load().lookup("a3.p2")
        >>> paragraph.number, paragraph.turn_id, len(paragraph.sentences)
        (2, 'a3', 6)
        >>> paragraph.sentences[0].id
        'a3.p2.s1'
    """

    id: str
    number: int
    span: Span
    _text: str = attrs.field(eq=False, validator=_check_backing)
    _sentences: tuple[Sentence, ...] | None = attrs.field(eq=False)
    turn_id: str
    _entity_index: Holder = attrs.field(init=False, factory=Holder, eq=False, repr=False)
    clutter: tuple[Span, ...] = ()
    _segmenter: Segmenter | None = attrs.field(default=None, eq=False, repr=False)

    __hash__ = _hash_text_object

    def __eq__(self, other: object) -> bool:
        equal = _equal_text_objects(self, other)
        if equal is not True:
            return equal
        assert isinstance(other, Paragraph)  # _equal_text_objects checked the class
        if (
            self._sentences is None
            and other._sentences is None
            and self._segmenter is other._segmenter
        ):
            return True  # both split on first use, the same way, from the same text
        return self.sentences == other.sentences

    @property
    def text(self) -> str:
        """The paragraph, verbatim: ``source[span.start:span.end]``.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().lookup("q2.p1").text[:30]
            'The updated National Security '
        """
        return _sliced(self._text, self.span)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The paragraph's sentences, in order (split on first use).

        Example:
            >>> import interview_corpus as ic
            >>> [sentence.id for sentence in ic.load().lookup("a3.p2").sentences][:2]
            ['a3.p2.s1', 'a3.p2.s2']
        """
        if self._sentences is not None:
            return self._sentences
        holder = self._entity_index
        sentences = holder.sentences
        if sentences is None:
            # Two threads may split at once: both get equal tuples, and either may stay.
            sentences = holder.sentences = _split(self)
        return sentences

    @property
    def normalized(self) -> str:
        """The paragraph as one line of plain words (see :func:`normalize`).

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().lookup("a3.p2").normalized == ic.load().lookup("a3.p2").text
            True
        """
        return normalize(self.text, self.span.start, self.clutter)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """The entity mentions in this paragraph, in order (found on first use).

        Example:
            >>> import interview_corpus as ic
            >>> [m.text for m in ic.load().lookup("a1.p4").mentions][:3]
            ['European Union', 'Russia', 'Vladimir Zelensky']
        """
        index = self._entity_index.index
        return index.paragraph(self.id) if index else ()

    def __repr__(self) -> str:
        return (
            f"Paragraph(id={self.id!r}, sentences={len(self.sentences)}, "
            f"text={_preview(self.text)!r})"
        )

    def __str__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        from ._html import fragment

        return fragment(self)


@attrs.frozen(repr=False, eq=False)
class Turn:
    r"""What one speaker says without interruption: one or more paragraphs.

    :class:`Question` and :class:`Answer` are the two kinds of turn. ``span``
    covers the words only; ``marker`` is the span of the dash and separator
    that open the turn in the source, if it has one.

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.load()
        >>> [turn.id for turn in iv.turns()][:4]
        ['q1', 'a1', 'q2', 'a2']
        >>> iv.source[slice(*iv.answers[0].marker)]
        '–\xa0'
    """

    kind: ClassVar[str] = "turn"

    id: str
    number: int
    speaker: Speaker
    span: Span
    _text: str = attrs.field(eq=False, validator=_check_backing)
    paragraphs: tuple[Paragraph, ...]
    marker: Span | None = None

    __eq__ = _equal_text_objects
    __hash__ = _hash_text_object

    @property
    def text(self) -> str:
        r"""The turn's words, verbatim: ``source[span.start:span.end]``.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().questions[0].text[:28]
            'The United States has been p'
        """
        return _sliced(self._text, self.span)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of the turn, in order.

        Example:
            >>> import interview_corpus as ic
            >>> len(ic.load().answers[0].sentences)
            13
        """
        return tuple(sentence for paragraph in self.paragraphs for sentence in paragraph.sentences)

    @property
    def normalized(self) -> str:
        r"""The turn's paragraphs in their normalised view, a blank line between them.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> ic.parse("Q: Why\n  now?\n\nA: Because.", id="x").questions[0].normalized
            'Why now?'
        """
        return "\n\n".join(paragraph.normalized for paragraph in self.paragraphs)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every entity mention in the turn, in order.

        Example:
            >>> import interview_corpus as ic
            >>> [m.text for m in ic.load().questions[3].mentions][:3]
            ['Middle East', 'Israel', 'Iran']
        """
        return tuple(mention for paragraph in self.paragraphs for mention in paragraph.mentions)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(id={self.id!r}, speaker={self.speaker.name!r}, "
            f"paragraphs={len(self.paragraphs)}, text={_preview(self.text)!r})"
        )

    def __str__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        from ._html import fragment

        return fragment(self)


@attrs.frozen(repr=False, eq=False)
class Question(Turn):
    """The interviewer's turn that opens an exchange.

    Example:
        >>> import interview_corpus as ic
        >>> question = ic.load().questions[2]
        >>> question.id, question.number, question.speaker.name
        ('q3', 3, 'TASS')
        >>> question.text[:40]
        'Prime Minister of Hungary Viktor Orban s'
    """

    kind: ClassVar[str] = "question"


@attrs.frozen(repr=False, eq=False)
class Answer(Turn):
    """The interviewee's reply that closes an exchange.

    Example:
        >>> import interview_corpus as ic
        >>> answer = ic.load().answers[2]
        >>> answer.id, answer.speaker.name, len(answer.paragraphs)
        ('a3', 'Sergey Lavrov', 3)
    """

    kind: ClassVar[str] = "answer"


@attrs.frozen(repr=False, eq=False)
class Remark(Turn):
    r"""A turn outside the exchanges: a moderator's lines, greetings, interjections.

    Remarks are numbered in order (``r1``, ``r2``, ...); ``number`` is that
    number. Transcripts in the labelled layout have them; the dash layout
    never does. (An answering speaker's own turns outside the exchanges, such
    as an opening statement, are :attr:`Interview.statements`.)

    Example:
        >>> import interview_corpus as ic
        >>> text = "Moderator: Welcome.\n\nQuestion: Why?\n\nSergey Lavrov: Because."
        >>> remark = ic.parse(text, id="x").remarks[0]
        >>> remark.id, remark.speaker.name, remark.text
        ('r1', 'Moderator', 'Welcome.')
    """

    kind: ClassVar[str] = "remark"


@attrs.frozen(repr=False)
class Topic:
    """What an exchange is about: an annotation, not text from the source.

    Attributes:
        slug: A stable lowercase id (``"middle-east"``); also the topic's id.
        title: A short human-readable title.
        summary: One neutral sentence on what the exchange covers.
        keywords: Words a reader might search the exchange by.

    Example:
        >>> import interview_corpus as ic
        >>> topic = ic.load().topic("Middle East")
        >>> topic.slug, topic.title
        ('middle-east', 'Middle East')
    """

    __repr__ = _attrs_repr

    slug: str = attrs.field(validator=_slug_validator("topic slug"))
    title: str
    summary: str = ""
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    @property
    def id(self) -> str:
        """The topic's id, which is its slug.

        Example:
            >>> import interview_corpus as ic
            >>> ic.Topic("middle-east", "Middle East").id
            'middle-east'
        """
        return self.slug


@attrs.frozen(repr=False, eq=False)
class Exchange:
    """A question and its answers, with the topic they are about.

    Most exchanges have one answer (``answer``); in transcripts where several
    people answer one question, ``answers`` holds each turn (ids ``a3``,
    ``a3b``, ``a3c``, ...). A question parsed with ``strict=False`` may have
    none. ``span`` runs from the question's marker to the end of the last
    answer, so ``text`` is that whole stretch of the source.

    Example:
        >>> import interview_corpus as ic
        >>> exchange = ic.load().exchanges[2]
        >>> exchange.id, exchange.number, exchange.topic.slug
        ('e3', 3, 'europe')
        >>> exchange.question.id, exchange.answer.id, len(exchange.answers)
        ('q3', 'a3', 1)
    """

    id: str
    number: int
    question: Question
    answers: tuple[Answer, ...]
    topic: Topic | None
    span: Span
    _text: str = attrs.field(eq=False, validator=_check_backing)
    follow_ups: tuple[Question, ...] = ()

    __eq__ = _equal_text_objects
    __hash__ = _hash_text_object

    @property
    def text(self) -> str:
        """The whole exchange, verbatim: from the question's marker to the end of the last answer.

        Example:
            >>> import interview_corpus as ic
            >>> exchange = ic.load().exchange(1)
            >>> exchange.text.startswith("– The United States")
            True
            >>> exchange.text.endswith(exchange.answer.text)
            True
        """
        return _sliced(self._text, self.span)

    @property
    def questions(self) -> tuple[Question, ...]:
        r"""The question and its follow-ups, in order.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.parse("Q: Thank you.\n\nQ: And why?\n\nA: Because.", id="x")
            >>> [question.id for question in iv.exchange(1).questions]
            ['q1', 'q1b']
        """
        return (self.question, *self.follow_ups)

    @property
    def answer(self) -> Answer:
        """The (first) answer to the question.

        Raises:
            NotFoundError: The question was left unanswered (``strict=False``).

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().exchange(1).answer.speaker.name
            'Sergey Lavrov'
        """
        if not self.answers:
            raise NotFoundError(
                f"{self.id} answer",
                kind="turn",
                hint=f"question {self.question.id} was left unanswered; check exchange.answered",
            )
        return self.answers[0]

    @property
    def answered(self) -> bool:
        r"""Whether the question has at least one answer.

        Example:
            >>> import interview_corpus as ic
            >>> ic.parse("– Q?\n\n– A.\n\n– Left open?", id="x", strict=False).exchange(2).answered
            False
        """
        return bool(self.answers)

    @property
    def turns(self) -> tuple[Turn, ...]:
        """The question, its follow-ups and its answers, in that (document) order.

        Example:
            >>> import interview_corpus as ic
            >>> [turn.id for turn in ic.load().exchange(2).turns]
            ['q2', 'a2']
        """
        return (self.question, *self.follow_ups, *self.answers)

    @property
    def normalized(self) -> str:
        r"""The exchange's turns in their normalised view, a blank line between them.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> ic.parse("Q: Why?\n\nA: Because.", id="x").exchange(1).normalized
            'Why?\n\nBecause.'
        """
        return "\n\n".join(turn.normalized for turn in self.turns)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every entity mention in the question and the answers, in order.

        Example:
            >>> import interview_corpus as ic
            >>> sorted({m.entity.name for m in ic.load().exchange(5).mentions})[:4]
            ['Asia-Pacific Region', 'China', 'Japan', 'Russia']
        """
        return tuple(mention for turn in self.turns for mention in turn.mentions)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs of the question and the answers, in order.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> [paragraph.id for paragraph in ic.load().exchange(2).paragraphs][:3]
            ['q2.p1', 'a2.p1', 'a2.p2']
        """
        return tuple(paragraph for turn in self.turns for paragraph in turn.paragraphs)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences of the question and the answers, in order.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> [sentence.id for sentence in ic.load().exchange(2).sentences][:2]
            ['q2.p1.s1', 'q2.p1.s2']
        """
        return tuple(sentence for turn in self.turns for sentence in turn.sentences)

    def __repr__(self) -> str:
        topic = self.topic.slug if self.topic else None
        return (
            f"Exchange(id={self.id!r}, topic={topic!r}, question={_preview(self.question.text)!r})"
        )

    def __str__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        from ._html import fragment

        return fragment(self)


@attrs.frozen(repr=False)
class Photo:
    """The photo block under a headline: a caption and a credit line.

    ``credit`` is the credit without its ``©`` sign. Either part may be
    absent from a text, in which case it is ``None``.

    Example:
        >>> import interview_corpus as ic
        >>> photo = ic.load().photo
        >>> photo.caption
        "Russia's Minister of Foreign Affairs Sergei Lavrov"
        >>> photo.credit
        'Kristina Kormilitsyna/POOL/TASS'
    """

    __repr__ = _attrs_repr

    caption: str | None
    caption_span: Span | None
    credit: str | None
    credit_span: Span | None


Object = Exchange | Turn | Paragraph | Sentence | Topic
"""Anything an interview can look up by id."""

SpeakerKey = Speaker | str | None
TopicKey = Topic | str | None


@attrs.frozen(repr=False, cache_hash=True)
class Interview:
    """One interview: its verbatim source, metadata, and the exchanges parsed from it.

    Build one with :func:`interview_corpus.load` (bundled) or
    :func:`interview_corpus.parse` (any text); the constructor is for those
    two. Iterating an interview yields its exchanges in order.

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
    segments: tuple[Segment, ...] = attrs.field(repr=False)
    remarks: tuple[Remark, ...] = attrs.field(default=(), repr=False)
    other_speakers: tuple[Speaker, ...] = attrs.field(default=(), repr=False)
    rights: str | None = attrs.field(default=None, repr=False)
    statements: tuple[Answer, ...] = attrs.field(default=(), repr=False)
    warnings: tuple[str, ...] = attrs.field(default=(), repr=False, converter=_strings)
    # Equal when the lexicons are; not hashed, as the lexicon may not be read yet.
    _entity_index: Holder = attrs.field(init=False, factory=Holder, repr=False, hash=False)

    _index: dict[str, Object] = attrs.field(init=False, eq=False, repr=False)
    _topics: dict[str, Topic] = attrs.field(init=False, eq=False, repr=False)
    _turns: tuple[Turn, ...] = attrs.field(init=False, eq=False, repr=False)
    # What is built on first use (the search index) lives here, out of equality.
    _cache: dict[str, Any] = attrs.field(init=False, eq=False, repr=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Object] = {}
        topics: dict[str, Topic] = {}
        turns: list[Turn] = []
        parts: list[Exchange | Turn] = sorted(
            (*self.exchanges, *self.remarks, *self.statements), key=lambda part: part.span.start
        )
        for part in parts:
            index[part.id] = part
            for turn in part.turns if isinstance(part, Exchange) else (part,):
                turns.append(turn)
                index[turn.id] = turn
                for paragraph in turn.paragraphs:
                    index[paragraph.id] = paragraph  # its sentences are found through it
        # Document order: a remark may stand between a question and its answer.
        turns.sort(key=lambda turn: turn.span.start)
        for exchange in self.exchanges:
            if exchange.topic is not None:
                topic = exchange.topic
                index.setdefault(topic.slug, topic)
                topics.setdefault(_fold(topic.slug), topic)
                topics.setdefault(_fold(topic.title), topic)
        object.__setattr__(self, "_turns", tuple(turns))
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_topics", topics)

    def __repr__(self) -> str:
        return f"Interview(id={self.id!r}, title={self.title!r}, exchanges={len(self.exchanges)})"

    def _repr_html_(self) -> str:
        from ._html import fragment

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

    def lookup(self, id: str) -> Object:
        """Return the object with this id, or raise.

        The id may be qualified with the interview's id, as :meth:`cite`
        prints it: ``"tass-2065861:a3.p2.s3"``.

        .. versionchanged:: 0.2
           Qualified ids.

        Raises:
            NotFoundError: No object has this id (or the qualified id names
                another interview); ``suggestions`` lists close ids.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> iv.lookup("q3").speaker.name
            'TASS'
            >>> iv.lookup("tass-2065861:a3.p2.s3").text
            'These ambitions have literally blinded them.'
        """
        if not isinstance(id, str):
            msg = f"ids are strings such as 'a3.p2', not {type(id).__name__}"
            raise ArgumentTypeError(msg)
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
        return found

    def exchange(self, number: int | str) -> Exchange:
        """Return the exchange with this 1-based number (or id, such as ``"e3"``).

        Raises:
            NotFoundError: No such exchange.
            ArgumentTypeError: ``number`` is neither an int nor a str.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> iv.exchange(3).id, iv.exchange("e3").number
            ('e3', 3)
        """
        if isinstance(number, bool) or not isinstance(number, int | str):
            msg = f"exchange numbers are ints such as 3, not {type(number).__name__}"
            raise ArgumentTypeError(msg)
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
            raise ArgumentTypeError(msg)
        found = self._topics.get(_fold(key))
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
            raise ArgumentTypeError(msg)
        index = self._entity_index.index
        found = index.by_name().get(_fold(name)) if index else None
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
        filters = resolve_filters(self, speaker=speaker, topic=topic, kind=kind)
        turns = self.turns(speaker)
        if filters.topic is not None:
            on_topic = {
                turn.id for exchange in self.by_topic(filters.topic) for turn in exchange.turns
            }
            turns = tuple(turn for turn in turns if turn.id in on_topic)
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
        source = ", ".join(part for part in parts if part)
        return f"{source}; {where}" if source else where

    # -- finding text -----------------------------------------------------------------
    # These delegate to the search layer, imported on first use: the model stays
    # importable without it, and sqlite3 is loaded only when a search runs.

    def search(
        self,
        query: str,
        *,
        limit: int | None = 10,
        level: Level = "paragraph",
        syntax: Syntax = "plain",
        speaker: SpeakerKey = None,
        topic: TopicKey = None,
        mark: tuple[str, str] = ("[", "]"),
    ) -> list[Hit]:
        """Ranked full-text search (BM25) over the paragraphs or sentences.

        A plain query is words, ``"quoted phrases"`` and ``prefix*`` terms,
        all of which must match; English stemming makes ``sanction`` find
        ``sanctions``, and case, accents and apostrophes do not matter. The
        index is built on the first search (a few milliseconds) and reused.

        Args:
            query: What to look for.
            limit: The most hits to return, or ``None`` for all.
            level: ``"paragraph"`` or ``"sentence"``.
            syntax: ``"plain"``, or ``"fts5"`` for SQLite FTS5 query syntax
                (``OR``, ``NOT``, ``NEAR``, column filters).
            speaker: Only this speaker's turns (as for :meth:`turns`).
            topic: Only exchanges on this topic (slug, title or Topic).
            mark: The strings put before and after each matched term in snippets.

        Returns:
            The hits, best first; an empty list when nothing matches.

        Raises:
            QueryError: The query cannot be run (an unbalanced quote, a lone
                ``*``, no words, or invalid FTS5 syntax).

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> [hit.id for hit in iv.search("sanction")]
            ['a1.p3']
            >>> [hit.id for hit in iv.search('"root causes"', level="sentence")]
            ['a1.p1.s2']
            >>> [hit.id for hit in iv.search("Zelensky OR Putin", syntax="fts5")]
            ['a3.p3', 'a1.p2', 'a1.p4']
        """
        index = cached(self._cache, "search", self._search_index)
        filters = resolve_filters(self, speaker=speaker, topic=topic)
        return index.search(  # type: ignore[no-any-return]  # the cache holds a SearchIndex
            query,
            limit=limit,
            level=level,
            syntax=syntax,
            speakers=filters.speaker_names,
            topics=filters.topic_slugs,
            mark=mark,
        )

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
        from ._grep import grep

        return grep(self, pattern, ignore_case=ignore_case)

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
        from ._grep import concordance

        return concordance(self, term, width=width, ignore_case=ignore_case)

    def check_quote(self, quote: str) -> QuoteCheck:
        """Check a quotation against the transcript: is it there, where, and how faithfully?

        The verdict is ``"verbatim"``, ``"typography"`` (verbatim once quotes,
        apostrophes, dashes, white space and case are folded), ``"altered"``
        (each word inserted, dropped or changed is given), ``"stitched"``
        (pieces joined across an ellipsis or from different places, each
        located) or ``"not-found"``; with the ids, exact spans, speaker and
        exchange of each match, a score, and alternatives.

        Raises:
            ArgumentValueError: The quote has no words.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> check = iv.check_quote("These ambitions have literally blinded them.")
            >>> check.verdict, check.ids, check.spans[0]
            ('verbatim', ('a3.p2.s3',), Span(start=5208, end=5252))
            >>> iv.check_quote("These ambitions have totally blinded them.").diff
            'a3.p2.s3: These ambitions have [-literally-]{+totally+} blinded them.'

        .. versionadded:: 0.2
        """
        from ._quote import check_quote

        return check_quote(self, quote)

    # -- data out ----------------------------------------------------------------------

    @overload
    def records(self, level: Literal["interview"]) -> list[InterviewRecord]: ...
    @overload
    def records(self, level: Literal["exchange"]) -> list[ExchangeRecord]: ...
    @overload
    def records(self, level: Literal["turn"]) -> list[TurnRecord]: ...
    @overload
    def records(self, level: Literal["paragraph"] = ...) -> list[ParagraphRecord]: ...
    @overload
    def records(self, level: Literal["sentence"]) -> list[SentenceRecord]: ...
    @overload
    def records(self, level: Literal["mention"]) -> list[MentionRecord]: ...
    @overload
    def records(self, level: str) -> list[Any]: ...  # a level known only at run time
    def records(self, level: str = "paragraph") -> list[Any]:
        """Flat records, one dict per exchange, turn, paragraph, sentence or mention.

        Every record of a level has the same keys (see the reference for each
        column) and only str, int or None values: ``pandas.DataFrame(records)``,
        ``datasets.Dataset.from_list(records)`` and DuckDB take them as they are.

        Args:
            level: ``"interview"`` (one row of metadata per interview),
                ``"exchange"``, ``"turn"``, ``"paragraph"`` (default),
                ``"sentence"`` or ``"mention"``.

        Example:
            >>> import interview_corpus as ic
            >>> rows = ic.load().records("sentence")
            >>> len(rows), rows[0]["id"], rows[0]["speaker"], rows[0]["topic"]
            (88, 'q1.p1.s1', 'TASS', 'ukraine')
        """
        from ._records import records

        return records([self], level)

    def to_pandas(self, level: RecordLevel = "paragraph") -> pandas.DataFrame:
        """The records of a level as a pandas DataFrame (needs ``interview-corpus[pandas]``).

        Raises:
            MissingDependencyError: pandas is not installed; the message says how to install it.

        Example:
            >>> import interview_corpus as ic
            >>> frame = ic.load().to_pandas("turn")
            >>> frame.shape, list(frame["role"].unique())
            ((10, 14), ['interviewer', 'interviewee'])
        """
        from ._frames import to_pandas

        return to_pandas([self], level)

    def _find(self, id: str) -> Object | None:
        """The object with this (local) id, or ``None``; a sentence is found through its paragraph."""
        found = self._index.get(id)
        if found is not None:
            return found
        paragraph_id, dot, number = id.rpartition(".s")
        paragraph = (
            self._index.get(paragraph_id) if dot and number.isascii() and number.isdigit() else None
        )
        if isinstance(paragraph, Paragraph) and number[0] != "0":
            sentences = paragraph.sentences
            if int(number) <= len(sentences):
                return sentences[int(number) - 1]
        return None

    def _search_index(self) -> SearchIndex:
        from ._search import SearchIndex

        return SearchIndex([self])

    def _speakers(self, key: SpeakerKey) -> tuple[Speaker, ...] | None:
        """Resolve a speaker filter: ``None`` for no filter, else the speakers it means.

        A role means every speaker with that role; a name, alias or Speaker means one.
        """
        if key is None:
            return None
        if isinstance(key, Speaker):
            if key in self.speakers:
                return (key,)
            key = key.name
        if not isinstance(key, str):
            msg = f"speaker filters are a Speaker, a role or a name, not {type(key).__name__}"
            raise ArgumentTypeError(msg)
        if key.casefold() in ROLES:
            return tuple(speaker for speaker in self.speakers if speaker.role == key.casefold())
        for speaker in self.speakers:
            if speaker.is_called(key):
                return (speaker,)
        known = [*ROLES, *(name for speaker in self.speakers for name in speaker.names)]
        raise NotFoundError(
            key,
            kind="speaker",
            suggestions=close_matches(key, known),
            hint="give a role ('interviewer', 'interviewee', 'moderator'), a Speaker or a name",
        )


@attrs.frozen
class Filters:
    """What the ``speaker``, ``topic`` and ``kind`` filters mean in one interview.

    Made by :func:`resolve_filters`, the one reading of these filters that
    :class:`Interview` and :class:`~interview_corpus.Corpus` share.
    """

    speakers: tuple[Speaker, ...] | None
    topic: Topic | None
    kind: EntityKind | None

    @property
    def speaker_names(self) -> list[str] | None:
        """The speakers' names, or ``None`` for no speaker filter."""
        return None if self.speakers is None else [speaker.name for speaker in self.speakers]

    @property
    def topic_slugs(self) -> list[str] | None:
        """The topic's slug as a list, or ``None`` for no topic filter."""
        return None if self.topic is None else [self.topic.slug]


def resolve_filters(
    interview: Interview,
    *,
    speaker: SpeakerKey = None,
    topic: TopicKey = None,
    kind: str | None = None,
) -> Filters:
    """Resolve the filters of a search, a mention list or a turn list in ``interview``.

    ``speaker`` is a :class:`Speaker`, a role, or a name or alias; ``topic`` a
    :class:`Topic`, a slug or a title; ``kind`` an entity kind.

    Raises:
        NotFoundError: The speaker or topic is not in this interview.
        ArgumentTypeError: A filter of the wrong type.
        ArgumentValueError: ``kind`` is not an entity kind.
    """
    check_entity_kind(kind)
    if topic is not None and not isinstance(topic, Topic | str):
        msg = f"topic filters are a Topic, a slug or a title, not {type(topic).__name__}"
        raise ArgumentTypeError(msg)
    speakers = interview._speakers(speaker)  # noqa: SLF001  # the model's own resolver
    found = interview.topic(topic) if isinstance(topic, str) else topic
    return Filters(speakers, found, kind)  # type: ignore[arg-type]  # checked above


def check_entity_kind(kind: object) -> None:
    """Raise unless ``kind`` is ``None`` or an entity kind."""
    if kind is not None and kind not in ENTITY_KINDS:
        msg = f"kind={kind!r} is not an entity kind; use one of {', '.join(ENTITY_KINDS)}"
        raise ArgumentValueError(msg)


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
