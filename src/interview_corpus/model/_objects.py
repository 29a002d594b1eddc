"""The data model: frozen, slotted attrs classes that know where they stand in the source.

Every object that holds text also holds its :class:`Span`, and
``interview.source[obj.span.start:obj.span.end] == obj.text`` always holds:
the objects an interview is made of hold its one source string and slice
their text from it, so none keeps a copy, and a paragraph splits its
sentences when first asked for. Objects refer to their parents by id
(``paragraph.turn_id``, ``sentence.paragraph_id``) rather than by reference,
so that they stay plain values: equal by value (their text, not what holds
it), hashable, and cheap to copy or pickle.

Pickles. An object pickled on its own (a paragraph, a turn, an exchange, a
sentence, a segment) writes its own text, not the source it slices: a
paragraph is under a kilobyte. An interview pickles its source once and its
objects without it (:func:`detached`), and slices their text from it again.

Mentions. The entity index belongs to the interview, in its mutable
:class:`IndexHolder`; a paragraph's mentions are found by asking that index,
which the paragraph's :class:`ParagraphCache` (a mutable holder, like the one
for its sentences, no part of the paragraph's value) points to. A strong
reference, rather than a weak one or a registry keyed by ``id()``: a
paragraph is often kept while its interview is not (``ic.parse(text,
entities=...).lookup("a1.p2")``, an object read from a corpus file), and its
mentions should not vanish when the interview is collected; a registry would
be global state to clean up. Equality, hashing, ``repr`` and pickles leave
the cache out, so a paragraph unpickled (or copied) on its own keeps its
text, span, id, sentences and equality, but has no mentions (``()``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, TypeVar

import attrs

from .._util.lazy import cached_slot
from .._util.text import OBJECT_ID, name_key, normalize, preview, strings
from .._values import attrs_eq, attrs_hash, attrs_repr, compared
from ..errors import ArgumentValueError, InvalidArgumentTypeError, NotFoundError, close_matches
from ._sentences import Segmenter, segment, split_sentences
from ._span import Span

if TYPE_CHECKING:
    import datetime

Role = Literal["interviewer", "interviewee", "moderator"]
"""Who asks, who answers, and who chairs (a moderator's lines are remarks, outside exchanges).

.. versionadded:: 0.1
"""

ROLES: tuple[Role, ...] = ("interviewer", "interviewee", "moderator")


# What a notebook shows for an object, by class: filled by ._markup (which the model package
# imports), so that these classes need not import their markup. Keyed by Paragraph, Turn and
# Exchange; a subclass (Question, Answer, Remark) is looked up through its bases.
NOTEBOOK_MARKUP: dict[type, Callable[[Any], str]] = {}


def _markup(obj: object) -> str:
    function = next(NOTEBOOK_MARKUP[cls] for cls in type(obj).__mro__ if cls in NOTEBOOK_MARKUP)
    return function(obj)


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
        raise InvalidArgumentTypeError(msg)
    if len(backing) != span.end - span.start and len(backing) < span.end:
        msg = (
            f"a {type(instance).__name__}'s text must be as long as its span ({span.start} to "
            f"{span.end}), or the whole source the span lies in; got {len(backing)} characters"
        )
        raise ArgumentValueError(msg)


_INIT_NAMES: dict[type, tuple[str, ...]] = {}


def _init_names(cls: type) -> tuple[str, ...]:
    """The names of the fields ``cls`` takes as constructor arguments, in order (looked up once)."""
    try:
        return _INIT_NAMES[cls]
    except KeyError:
        names = tuple(field.name for field in attrs.fields(cls) if field.init)
        return _INIT_NAMES.setdefault(cls, names)


def _shown(obj: object, **fields: object) -> str:
    """A repr: the class name and the fields given, each by its repr."""
    return (
        f"{type(obj).__name__}({', '.join(f'{name}={value!r}' for name, value in fields.items())})"
    )


class _TextBearing:
    """What every text-bearing object shares: it slices its text from what it holds.

    Equal by its text and other fields, hashed by its span and text, and pickled
    alone with its own text (see :func:`_sliced`).
    """

    __slots__ = ()

    _text: str
    span: Span

    # attrs's own __eq__ and __hash__ compare fields, and the text of an object that slices it from
    # the source is no field: its backing is the whole source, or its own text (made by hand, or
    # unpickled alone), and the two must compare equal. Holding each object's own text instead would
    # let attrs compare it, but costs memory (benchmarks/run.py "memory kept per MB of text", by
    # tracemalloc after parsing): 3.0 MB per MB of text for the 40 synthetic transcripts and 4.1 for
    # the largest real one, to which own texts of paragraphs, turns and exchanges would add 3.8 and
    # 3.4 (+127% and +82%). Hence these two.
    def __eq__(self, other: object) -> bool:
        """Equality for objects that slice their text: their text, then their other fields."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        if self is other:
            return True
        key = compared(self.__class__)
        return bool(self.text == other.text and key(self) == key(other))

    def __hash__(self) -> int:
        return hash((self.__class__, self.span, self.text))

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        """How a text-bearing object pickles on its own: with its own text, not the source it slices.

        A plain value of a few hundred bytes, rather than the whole source. An
        interview pickles its objects otherwise (:func:`detached`), keeping its
        source once.
        """
        cls = type(self)
        return cls, tuple(
            self.text if name == "_text" else getattr(self, name) for name in _init_names(cls)
        )

    @property
    def text(self) -> str:
        """The object's text verbatim, which is ``source[span.start:span.end]``.

        An exchange's runs from its question's marker to the end of its last answer.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> iv.segments[2].text[:26]
            'Foreign Minister Sergey La'
            >>> iv.lookup("a3.p2.s3").text
            'These ambitions have literally blinded them.'
            >>> iv.lookup("q2.p1").text[:30]
            'The updated National Security '
            >>> iv.questions[0].text[:28]
            'The United States has been p'
            >>> exchange = iv.exchange(1)
            >>> exchange.text.startswith("– The United States")
            True
            >>> exchange.text.endswith(exchange.answer.text)
            True
        """
        return _sliced(self._text, self.span)


class _Words(_TextBearing):
    """A text-bearing object that prints as its text: a sentence, a paragraph, a turn, an exchange."""

    __slots__ = ()

    def __str__(self) -> str:
        return self.text


class _Block(_Words):
    """A paragraph, a turn or an exchange: what a notebook shows (see :data:`NOTEBOOK_MARKUP`)."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        return _markup(self)


class _Whole(_Block):
    """A turn (of paragraphs) or an exchange (of turns): its parts' sentences, mentions and words."""

    __slots__ = ()

    @property
    def _parts(self) -> Sequence[Paragraph | Turn]:
        raise NotImplementedError

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of the turn or exchange, in order.

        Example:
            >>> import interview_corpus as ic
            >>> len(ic.load().answers[0].sentences)
            13
            >>> [sentence.id for sentence in ic.load().exchange(2).sentences][:2]
            ['q2.p1.s1', 'q2.p1.s2']
        """
        return tuple(sentence for part in self._parts for sentence in part.sentences)

    @property
    def normalized(self) -> str:
        r"""The turn's paragraphs (an exchange's turns) in their normalised view, a blank line between them.

        .. versionadded:: 0.1

        Example:
            >>> import interview_corpus as ic
            >>> ic.parse("Q: Why\n  now?\n\nA: Because.", id="x").questions[0].normalized
            'Why now?'
            >>> ic.parse("Q: Why?\n\nA: Because.", id="x").exchange(1).normalized
            'Why?\n\nBecause.'
        """
        return "\n\n".join(part.normalized for part in self._parts)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every entity mention in the turn (an exchange's question and answers), in order.

        Example:
            >>> import interview_corpus as ic
            >>> [m.text for m in ic.load().questions[3].mentions][:3]
            ['Middle East', 'Israel', 'Iran']
            >>> sorted({m.entity.name for m in ic.load().exchange(5).mentions})[:4]
            ['Asia-Pacific Region', 'China', 'Japan', 'Russia']
        """
        return tuple(mention for part in self._parts for mention in part.mentions)


class Backed:
    """A text-bearing object in a pickled interview: its class and fields, without the source.

    :func:`attached` makes the object again, its text sliced from the source.
    """

    __slots__ = ("cls", "values")

    def __init__(self, cls: type, values: tuple[object, ...]) -> None:
        self.cls = cls
        self.values = values

    def __reduce__(self) -> tuple[type[Backed], tuple[type, tuple[object, ...]]]:
        return Backed, (self.cls, self.values)


def detached(value: object, source: str) -> object:
    """``value`` with each text-bearing object that slices ``source`` made a :class:`Backed`.

    What an interview pickles instead of its exchanges, turns and segments, so
    that its source is written once and each object's text is not written at all.
    """
    if isinstance(value, tuple):
        return tuple(detached(item, source) for item in value)
    if isinstance(value, _TextBearing) and value._text is source:  # noqa: SLF001  # the model's own
        return Backed(
            type(value),
            tuple(
                detached(getattr(value, name), source)
                for name in _init_names(type(value))
                if name != "_text"
            ),
        )
    return value


def attached(value: object, source: str) -> Any:  # noqa: ANN401  # what detached was given
    """The objects :func:`detached` left out, made again with their text in ``source``."""
    if isinstance(value, tuple):
        return tuple(attached(item, source) for item in value)
    if isinstance(value, Backed):
        values = iter(attached(item, source) for item in value.values)
        return value.cls(
            *(source if name == "_text" else next(values) for name in _init_names(value.cls))
        )
    return value


@attrs.frozen(repr=False, eq=False)
class Segment(_TextBearing):
    """One piece of the source's layout; together the segments tile the source.

    ``kind`` is one of ``"navigation"`` (site chrome captured with the page),
    ``"headline"``, ``"caption"``, ``"credit-marker"`` (the ``©`` and its
    space), ``"credit"``, ``"lede"``, ``"preamble"`` (any other header block),
    ``"turn-marker"`` (a turn's dash and separator), ``"paragraph"`` and
    ``"separator"`` (white space between the others), among others (the data
    model's reference lists every kind: front matter, timings, time codes,
    page furniture, a hearing's appendix...). ``owner`` is the id of
    the object the segment belongs to (``"q1"`` for a turn marker, ``"q1.p1"``
    for a paragraph), or ``None``.

    .. versionadded:: 0.1

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

    def __repr__(self) -> str:
        return _shown(
            self, kind=self.kind, span=self.span, text=preview(self.text), owner=self.owner
        )


@attrs.frozen(eq=False, repr=False)
class Speaker:
    """A participant in an interview.

    Attributes:
        name: The name the speaker is known by (``"Sergey Lavrov"``).
        role: ``"interviewer"`` or ``"interviewee"``.
        aliases: Other spellings of the name, as texts write them.
        description: Who the speaker is (office, organisation), or ``None``.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> lavrov = ic.load().interviewee
        >>> lavrov.name, lavrov.role
        ('Sergey Lavrov', 'interviewee')
        >>> lavrov.is_called("sergei lavrov")
        True
    """

    __eq__ = attrs_eq
    __hash__ = attrs_hash
    __repr__ = attrs_repr

    name: str
    role: Role
    aliases: tuple[str, ...] = attrs.field(default=(), converter=strings)
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


def speaker_name(key: object) -> str:
    """The name a speaker filter gives (a Speaker's, a role or a name); raise for anything else."""
    name = key.name if isinstance(key, Speaker) else key
    if not isinstance(name, str):
        msg = f"speaker filters are a Speaker, a role or a name, not {type(key).__name__}"
        raise InvalidArgumentTypeError(msg)
    return name


def speakers_meant(key: Speaker | str, speakers: Sequence[Speaker]) -> list[Speaker]:
    """The speakers among ``speakers`` a filter means: the Speaker itself, everyone with a role, or the first so called."""
    if isinstance(key, Speaker) and key in speakers:
        return [key]
    name = speaker_name(key)
    if name.casefold() in ROLES:
        return [speaker for speaker in speakers if speaker.role == name.casefold()]
    return [speaker for speaker in speakers if speaker.is_called(name)][:1]


def speaker_not_found(name: str, speakers: Iterable[Speaker]) -> NotFoundError:
    """The error for a name that names none of ``speakers``, with the roles and names it could mean."""
    known = [*ROLES, *(each for speaker in speakers for each in speaker.names)]
    return NotFoundError(
        name,
        kind="speaker",
        suggestions=close_matches(name, known),
        hint="give a role ('interviewer', 'interviewee', 'moderator'), a Speaker or a name",
    )


EntityKind = Literal["person", "place", "organization", "document"]
"""What an entity is.

.. versionadded:: 0.1
"""

ENTITY_KINDS: tuple[EntityKind, ...] = ("person", "place", "organization", "document")

MentionForm = Literal["name", "demonym", "metonym"]
"""How a mention names its entity: by name, by a derived adjective or people, or by a stand-in.

.. versionadded:: 0.1
"""


def _text_validator(
    what: str, *, optional: bool = False
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Make an attrs validator for a field that holds a ``str`` (or ``None``, if ``optional``)."""

    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str) and not (optional and value is None):
            wanted = "a str or None" if optional else "a str"
            msg = f"{what} is {wanted}, not {type(value).__name__}"
            raise InvalidArgumentTypeError(msg)

    return check


def _slug_validator(what: str) -> Callable[[object, attrs.Attribute[str], str], None]:
    """Make an attrs validator for ids such as ``middle-east``, which must not look like ``a3``."""

    def check(_instance: object, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            msg = f"a {what} is a str such as 'middle-east', not {type(value).__name__}"
            raise InvalidArgumentTypeError(msg)
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value) or OBJECT_ID.fullmatch(value):
            msg = (
                f"invalid {what} {value!r}: use lowercase words joined by dashes, "
                "such as 'middle-east', that do not look like an object id such as 'a3'"
            )
            raise ArgumentValueError(msg)

    return check


@attrs.frozen(eq=False, repr=False)
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

    Raises:
        InvalidArgumentTypeError: ``name`` or ``note`` is not a ``str``, or a
            list of names is one ``str`` (``aliases="Harbour"``, which would be
            seven one-letter names) or holds something else.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       The types of ``name``, ``note`` and the lists of names are checked.

    Example:
        >>> import interview_corpus as ic
        >>> ukraine = ic.load().entity("Kyiv")
        >>> ukraine.name, ukraine.kind, ukraine.metonyms
        ('Ukraine', 'place', ('Kiev',))
    """

    __eq__ = attrs_eq
    __hash__ = attrs_hash
    __repr__ = attrs_repr

    id: str = attrs.field(validator=_slug_validator("entity id"))
    name: str = attrs.field(validator=_text_validator("an entity's name"))
    kind: EntityKind = attrs.field(validator=attrs.validators.in_(ENTITY_KINDS))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=strings)
    demonyms: tuple[str, ...] = attrs.field(default=(), converter=strings)
    metonyms: tuple[str, ...] = attrs.field(default=(), converter=strings)
    other_names: tuple[str, ...] = attrs.field(default=(), converter=strings)
    note: str | None = attrs.field(
        default=None, validator=_text_validator("an entity's note", optional=True)
    )

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
        folded = name_key(name)
        return any(folded == name_key(known) for known in self.names)


@attrs.frozen(repr=False, eq=False)
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

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> mention = ic.load().mentions("Zelensky")[0]
        >>> mention.text, mention.paragraph_id, mention.sentence_id
        ('Vladimir Zelensky', 'a1.p2', 'a1.p2.s1')
        >>> mention.interview_id, mention.id
        ('tass-2065861', 'a1.p2.s1@1017')
    """

    __eq__ = attrs_eq
    __hash__ = attrs_hash

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

        .. versionadded:: 0.1

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
        return _shown(
            self, entity=self.entity.name, text=self.text, start=self.span.start, where=where
        )


def _split(paragraph: Paragraph) -> tuple[Sentence, ...]:
    """Split a paragraph into its sentences with its segmenter."""
    backing = paragraph._text  # noqa: SLF001  # the paragraph's own
    span = paragraph.span
    text = paragraph.text
    own = len(backing) == span.end - span.start  # made by hand: sentences get their own text
    clutter = paragraph.clutter
    paragraph_id = paragraph.id
    return tuple(
        Sentence(
            f"{paragraph_id}.s{number}",
            number,
            Span(start, end),
            text[start - span.start : end - span.start] if own else backing,
            paragraph_id,
            _within(clutter, start, end) if clutter else (),
        )
        for number, (start, end) in enumerate(_segment(paragraph), 1)
    )


def sentence_bounds(paragraph: Paragraph) -> list[tuple[int, int]]:
    """Where a paragraph's sentences are, without making them (for rows of a corpus file).

    The sentences' own bounds once they are made; until then, the splitter's,
    so that writing a paragraph's sentences as rows does not keep them.
    """
    made = paragraph._sentences  # noqa: SLF001  # the model's own
    if made is None:
        made = paragraph._cache.sentences  # noqa: SLF001
    if made is None:
        return _segment(paragraph)
    return [(sentence.span.start, sentence.span.end) for sentence in made]


def _segment(paragraph: Paragraph) -> list[tuple[int, int]]:
    """The bounds of a paragraph's sentences in the source, from its segmenter."""
    segmenter = paragraph._segmenter or split_sentences  # noqa: SLF001
    return segment(paragraph.text, segmenter, paragraph.span.start)


def _within(clutter: tuple[Span, ...], start: int, end: int) -> tuple[Span, ...]:
    """The clutter spans inside ``[start, end)``, cut to it."""
    return tuple(
        Span(max(span.start, start), min(span.end, end))
        for span in clutter
        if span.start < end and span.end > start
    )


@attrs.frozen(repr=False, eq=False)
class Sentence(_Words):
    """One sentence of a paragraph.

    ``text`` is verbatim; ``normalized`` is the same words without hard
    wraps, odd spaces and any clutter the reader found inside (``clutter``:
    line numbers, page headers and footers of text extracted from a PDF).

    .. versionadded:: 0.1

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

    @property
    def normalized(self) -> str:
        """The sentence as one line of plain words (see :func:`normalize`).

        .. versionadded:: 0.1

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().lookup("a3.p2.s3").normalized
            'These ambitions have literally blinded them.'
        """
        return normalize(self.text, self.span.start, self.clutter)

    def __repr__(self) -> str:
        return _shown(self, id=self.id, text=preview(self.text))


# For checkers only: a Protocol made at import costs 0.5M instructions (callgrind).
if TYPE_CHECKING:

    class MentionIndex(Protocol):
        """An interview's entity index (:class:`._entities.EntityIndex`), as the model uses it."""

        @property
        def lexicon(self) -> tuple[Entity, ...]:
            """The entities, read on first use."""
            ...

        @property
        def given(self) -> Sequence[Entity] | Callable[[], Sequence[Entity]]:
            """The lexicon as given: read, once it has been; else the function that reads it."""
            ...

        def by_name(self) -> dict[str, Entity]:
            """Each entity by each of its folded names."""
            ...

        def paragraph(self, paragraph_id: str) -> tuple[Mention, ...]:
            """The mentions in one paragraph, in order."""
            ...

        def header(self) -> tuple[Mention, ...]:
            """The mentions in the header's blocks, in order."""
            ...


class IndexHolder:
    """An interview's entity index, made after the interview (it needs the finished paragraphs).

    The mutable part of a frozen :class:`~interview_corpus.Interview`: the
    index is set here once the interview is built, never written into the
    interview itself. Holders are equal when their indexes are (which compares
    the lexicons without reading them when it can).
    """

    __slots__ = ("index",)

    def __init__(self) -> None:
        self.index: MentionIndex | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IndexHolder):
            return NotImplemented
        return self.index == other.index

    __hash__ = None  # type: ignore[assignment]  # mutable


class ParagraphCache:
    """What a paragraph is given or makes after it is built; no part of its value.

    Its sentences, split when first asked for, and the entity index of the
    interview it belongs to, where its mentions are found. Neither is a
    constructor argument, so they go here instead of being written into the
    frozen paragraph; equality, hashing, ``repr`` and pickles leave them out.
    """

    __slots__ = ("index", "sentences")

    def __init__(self) -> None:
        self.index: MentionIndex | None = None
        self.sentences: tuple[Sentence, ...] | None = None


@attrs.frozen(repr=False, eq=False)
class Paragraph(_Block):
    """One paragraph of a turn, split into sentences.

    ``text`` is verbatim; ``normalized`` leaves out hard wraps, odd spaces and
    the ``clutter`` spans the reader found inside the paragraph. The
    sentences are split when first asked for (``sentences=None``), by the
    ``segmenter`` the paragraph was read with (default:
    :func:`split_sentences`). ``start`` and ``end`` are when it is spoken, as
    ``datetime.timedelta`` from the start of the recording, where the
    transcript says (caption cues, timestamps); else ``None``. ``page`` is the
    page it starts on, in text taken from pages (a PDF, or text with form
    feeds between pages); else ``None``.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       ``start``, ``end`` and ``page``.

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
    _cache: ParagraphCache = attrs.field(init=False, factory=ParagraphCache, eq=False, repr=False)
    clutter: tuple[Span, ...] = ()
    _segmenter: Segmenter | None = attrs.field(default=None, eq=False, repr=False)
    start: datetime.timedelta | None = None
    end: datetime.timedelta | None = None
    page: int | None = None

    def __reduce__(self) -> tuple[type[Paragraph], tuple[object, ...]]:
        # Its own text, and its sentences if a splitter of the caller's made them (a pickle
        # never needs the function): a plain value, without the source, the cache or the index.
        sentences = self._sentences if self._segmenter is None else self.sentences
        return Paragraph, (
            self.id,
            self.number,
            self.span,
            self.text,
            sentences,
            self.turn_id,
            self.clutter,
            None,
            self.start,
            self.end,
            self.page,
        )

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
        return cached_slot(self._cache, "sentences", lambda: _split(self))

    @property
    def normalized(self) -> str:
        """The paragraph as one line of plain words (see :func:`normalize`).

        .. versionadded:: 0.1

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
        index = self._cache.index
        return index.paragraph(self.id) if index else ()

    def __repr__(self) -> str:
        return _shown(self, id=self.id, sentences=len(self.sentences), text=preview(self.text))


# Question, Answer and Remark are Turn's subclasses without attrs' decorator: they add no field,
# only their kind, and attrs would compile and build each class again (3 of the 15 model classes,
# 7M instructions of the 262M a first load() and lookup took, callgrind): each is slotted,
# frozen and an attrs class by inheritance, with Turn's fields, __init__ and pickling.
@attrs.frozen(repr=False, eq=False)
class Turn(_Whole):
    r"""What one speaker says without interruption: one or more paragraphs.

    :class:`Question` and :class:`Answer` are the two kinds of turn. ``span``
    covers the words only; ``marker`` is the span of the dash and separator
    that open the turn in the source, if it has one. ``exchange_id`` is the
    id of the exchange the turn belongs to (``"e3"`` for ``q3`` and ``a3``),
    or ``None`` for a turn outside the exchanges (a remark, a statement).
    ``start`` and ``end`` are when the turn is spoken, as
    ``datetime.timedelta`` from the start of the recording, read from the
    transcript's time codes (a label's timestamp, caption cues, a timestamp
    above the words); a turn without an end of its own ends when the next one
    starts. Both are ``None`` where the transcript gives no time.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       ``start``, ``end`` and :attr:`duration`.

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.load()
        >>> [turn.id for turn in iv.turns()][:4]
        ['q1', 'a1', 'q2', 'a2']
        >>> iv.source[slice(*iv.answers[0].marker)]
        '–\xa0'
        >>> iv.answers[2].exchange_id
        'e3'
    """

    kind: ClassVar[str] = "turn"

    id: str
    number: int
    speaker: Speaker
    span: Span
    _text: str = attrs.field(eq=False, validator=_check_backing)
    paragraphs: tuple[Paragraph, ...]
    marker: Span | None = None
    exchange_id: str | None = None
    start: datetime.timedelta | None = None
    end: datetime.timedelta | None = None

    @property
    def _parts(self) -> tuple[Paragraph, ...]:
        return self.paragraphs

    @property
    def duration(self) -> datetime.timedelta | None:
        r"""How long the turn runs, where its start and end are known.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.parse("Q (00:05): Why?\n\nA (00:09): Because.\n\nQ (00:31): Thanks.", id="x")
            >>> iv.questions[0].start, iv.questions[0].duration
            (datetime.timedelta(seconds=5), datetime.timedelta(seconds=4))
        """
        return None if self.start is None or self.end is None else self.end - self.start

    def __repr__(self) -> str:
        return _shown(
            self,
            id=self.id,
            speaker=self.speaker.name,
            paragraphs=len(self.paragraphs),
            text=preview(self.text),
        )


class Question(Turn):
    """The interviewer's turn that opens an exchange.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> question = ic.load().questions[2]
        >>> question.id, question.number, question.speaker.name
        ('q3', 3, 'TASS')
        >>> question.text[:40]
        'Prime Minister of Hungary Viktor Orban s'
    """

    __slots__ = ()  # a Turn of this kind: its fields, __init__ and frozenness are Turn's
    kind: ClassVar[str] = "question"


class Answer(Turn):
    """The interviewee's reply that closes an exchange.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> answer = ic.load().answers[2]
        >>> answer.id, answer.speaker.name, len(answer.paragraphs)
        ('a3', 'Sergey Lavrov', 3)
    """

    __slots__ = ()  # a Turn of this kind: its fields, __init__ and frozenness are Turn's
    kind: ClassVar[str] = "answer"


class Remark(Turn):
    r"""A turn outside the exchanges: a moderator's lines, greetings, interjections.

    Remarks are numbered in order (``r1``, ``r2``, ...); ``number`` is that
    number. Transcripts in the labelled layout have them; the dash layout
    never does. (An answering speaker's own turns outside the exchanges, such
    as an opening statement, are :attr:`Interview.statements`.)

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> text = "Moderator: Welcome.\n\nQuestion: Why?\n\nSergey Lavrov: Because."
        >>> remark = ic.parse(text, id="x").remarks[0]
        >>> remark.id, remark.speaker.name, remark.text
        ('r1', 'Moderator', 'Welcome.')
    """

    __slots__ = ()  # a Turn of this kind: its fields, __init__ and frozenness are Turn's
    kind: ClassVar[str] = "remark"


@attrs.frozen(eq=False, repr=False)
class Topic:
    """What an exchange is about: an annotation, not text from the source.

    Attributes:
        slug: A stable lowercase id (``"middle-east"``); also the topic's id.
        title: A short human-readable title.
        summary: One neutral sentence on what the exchange covers.
        keywords: Words a reader might search the exchange by.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> topic = ic.load().topic("Middle East")
        >>> topic.slug, topic.title
        ('middle-east', 'Middle East')
    """

    __eq__ = attrs_eq
    __hash__ = attrs_hash
    __repr__ = attrs_repr

    slug: str = attrs.field(validator=_slug_validator("topic slug"))
    title: str
    summary: str = ""
    keywords: tuple[str, ...] = attrs.field(default=(), converter=strings)

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
class Exchange(_Whole):
    """A question and its answers, with the topic they are about.

    Most exchanges have one answer (``answer``); in transcripts where several
    people answer one question, ``answers`` holds each turn (ids ``a3``,
    ``a3b``, ``a3c``, ...). A question parsed with ``strict=False`` may have
    none. ``span`` runs from the question's marker to the end of the last
    answer, so ``text`` is that whole stretch of the source.

    .. versionadded:: 0.1

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

    @property
    def _parts(self) -> tuple[Turn, ...]:
        return self.turns

    @property
    def questions(self) -> tuple[Question, ...]:
        r"""The question and its follow-ups, in order.

        .. versionadded:: 0.1

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
    def start(self) -> datetime.timedelta | None:
        r"""When the question starts, where the transcript says (the question's ``start``).

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.parse("Q (0:05): Why?\n\nA (0:09): Because.\n\nQ (1:10): Thanks.", id="x")
            >>> iv.exchange(1).start, iv.exchange(1).end, iv.exchange(1).duration
            (datetime.timedelta(seconds=5), datetime.timedelta(seconds=70), datetime.timedelta(seconds=65))
        """
        return self.question.start

    @property
    def end(self) -> datetime.timedelta | None:
        r"""When its last turn ends, where the transcript says (that turn's ``end``).

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> ic.parse("Q (0:05): Why?\n\nA (0:09): So.\n\nQ (0:12): And?\n\nA (0:20): No.", id="x").exchange(1).end
            datetime.timedelta(seconds=12)
        """
        return self.turns[-1].end

    @property
    def duration(self) -> datetime.timedelta | None:
        r"""How long the exchange runs, where its start and end are known.

        .. versionadded:: 0.2

        Example:
            >>> import interview_corpus as ic
            >>> ic.parse("Q (0:05): Why?\n\nA (0:09): So.\n\nQ (0:12): And?\n\nA (0:20): No.", id="x").exchange(1).duration
            datetime.timedelta(seconds=7)
        """
        start, end = self.start, self.end
        return None if start is None or end is None else end - start

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs of the question and the answers, in order.

        .. versionadded:: 0.1

        Example:
            >>> import interview_corpus as ic
            >>> [paragraph.id for paragraph in ic.load().exchange(2).paragraphs][:3]
            ['q2.p1', 'a2.p1', 'a2.p2']
        """
        return tuple(paragraph for turn in self.turns for paragraph in turn.paragraphs)

    def __repr__(self) -> str:
        topic = self.topic.slug if self.topic else None
        return _shown(self, id=self.id, topic=topic, question=preview(self.question.text))


@attrs.frozen(eq=False, repr=False)
class Photo:
    """The photo block under a headline: a caption and a credit line.

    ``credit`` is the credit without its ``©`` sign. Either part may be
    absent from a text, in which case it is ``None``.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> photo = ic.load().photo
        >>> photo.caption
        "Russia's Minister of Foreign Affairs Sergei Lavrov"
        >>> photo.credit
        'Kristina Kormilitsyna/POOL/TASS'
    """

    __eq__ = attrs_eq
    __hash__ = attrs_hash
    __repr__ = attrs_repr

    caption: str | None
    caption_span: Span | None
    credit: str | None
    credit_span: Span | None


Object = Exchange | Turn | Paragraph | Sentence | Topic
"""Anything an interview can look up by id.

.. versionadded:: 0.1
"""

ObjectT = TypeVar("ObjectT", bound=Object)
"""One kind of :data:`Object`, as ``lookup(id, kind)`` returns it."""


def of_kind(found: Object, kind: type[object] | None, id: str) -> Object:
    """``found``, if it is a ``kind`` (or no kind is asked for); else :class:`NotFoundError`.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.model._objects import of_kind
        >>> of_kind(ic.load().lookup("a3"), ic.Paragraph, "a3")
        Traceback (most recent call last):
          ...
        interview_corpus.NotFoundError: no paragraph 'a3' (it is an answer)
    """
    if kind is None or isinstance(found, kind):
        return found
    name = type(found).__name__.lower()
    article = "an" if name[0] in "aeiou" else "a"
    raise NotFoundError(id, kind=kind.__name__.lower(), hint=f"it is {article} {name}")


SpeakerKey = Speaker | str | None
"""What a ``speaker=`` filter takes: a :class:`Speaker`, a role, a name or alias, or ``None`` for all.

.. versionadded:: 0.1
"""

TopicKey = Topic | str | None
"""What a ``topic=`` filter takes: a :class:`Topic`, a slug or title, or ``None`` for all.

.. versionadded:: 0.1
"""
