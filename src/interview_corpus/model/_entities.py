"""Entities and their mentions: a lexicon matched against the text, lazily, once.

The matching rules:

* An entity is matched by its aliases, demonyms and metonyms, never by its
  ``other_names`` (spellings the text does not use).
* Matches are whole words: no letter or digit may touch either end, so
  ``US`` is not found in ``USA`` and ``Iran`` not in ``Iranian`` (a demonym
  of its own). A dash or an apostrophe is a boundary: ``Russia-hating`` mentions
  Russia and ``Zelensky’s`` mentions Zelensky; the possessive ``’s`` is not part
  of the mention's text.
* Case is as written, except for the first letter, so that ``the Gaza Strip``
  also matches ``The Gaza Strip`` at the start of a sentence, while ``US`` never
  matches ``us``.
* Where names overlap, the longest wins: ``European Union`` is one mention of
  the EU, not also one of Europe; ``Russian army`` is the armed forces, not Russia.

Nothing here runs when an interview is loaded: the lexicon is read and
matched the first time something asks for entities or mentions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from .._util.lazy import cached, lazy_module
from .._util.text import name_key
from ..errors import ArgumentValueError, InterviewCorpusError, InvalidArgumentTypeError, ReadError
from ._objects import (
    ENTITY_KINDS,
    Entity,
    IndexHolder,
    Mention,
    MentionForm,
    Paragraph,
    Segment,
)
from ._span import Span

if TYPE_CHECKING:
    from . import _locate

    # For checkers only: a Protocol made at import costs 0.5M instructions (callgrind).
    class _Indexed(Protocol):
        """An interview being completed: what attach_lexicon reads of it, and its index's holder."""

        @property
        def id(self) -> str: ...
        @property
        def source(self) -> str: ...
        @property
        def segments(self) -> tuple[Segment, ...]: ...
        @property
        def _entity_index(self) -> IndexHolder: ...
        def paragraphs(self) -> tuple[Paragraph, ...]: ...

else:  # finding each mention's sentence: imported when mentions are first found, not on load()
    _locate = lazy_module("._locate", __package__)


Lexicon = Sequence[Entity] | Callable[[], Sequence[Entity]]
"""A lexicon, or a function that reads one when it is first needed.

.. versionadded:: 0.1
"""


_HEADER_SECTIONS = ("headline", "lede", "caption", "credit")


def attach_lexicon(interview: _Indexed, lexicon: Lexicon) -> None:
    """Give a newly built interview, and each of its paragraphs, its entity index.

    The index only records where the paragraphs and header blocks stand; the
    lexicon is read and matched on first use. This completes the construction
    of an interview (by the parser, from JSON or a pickle). The interview owns
    the index, in its :class:`IndexHolder`; each paragraph's
    :class:`ParagraphCache` is told where to ask for its mentions. Both are
    mutable holders: the frozen objects themselves are never changed.

    Raises:
        ArgumentValueError: A lexicon given as a sequence has two entities
            with one id, or one name for two entities.
    """
    if not callable(lexicon):
        check_lexicon(lexicon)  # a lexicon given as a list is checked now, not at the first use
    paragraphs = interview.paragraphs()
    header = [block for block in interview.segments if block.kind in _HEADER_SECTIONS]
    index = EntityIndex(interview.source, lexicon, paragraphs, header, interview.id)
    interview._entity_index.index = index  # noqa: SLF001  # the holder is there for this
    for paragraph in paragraphs:
        paragraph._cache.index = index  # noqa: SLF001  # as is the paragraph's


class EntityIndex:
    """An interview's lexicon and the mentions of its entities, computed on first use.

    The parser makes one per interview and hands it to the interview and to
    each of its paragraphs, which ask it for their mentions. Two indexes are
    equal when their lexicons are.
    """

    __slots__ = ("_cache", "_header", "_interview_id", "_lexicon", "_paragraphs", "_text")

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        paragraphs: Sequence[Paragraph] = (),
        header: Sequence[Segment] = (),
        interview_id: str | None = None,
    ) -> None:
        self._text = text
        self._interview_id = interview_id
        self._lexicon: Lexicon = lexicon
        self._paragraphs = tuple(paragraphs)
        self._header = tuple(header)
        # "lexicon", "by_name" and "mentions", each computed once on first use.
        self._cache: dict[str, Any] = {}

    @property
    def lexicon(self) -> tuple[Entity, ...]:
        """The entities, read (if given as a function) on first use."""
        return cached(self._cache, "lexicon", self._read_lexicon)

    def _read_lexicon(self) -> tuple[Entity, ...]:
        lexicon = self._lexicon
        return check_lexicon(tuple(lexicon() if callable(lexicon) else lexicon))

    @property
    def given(self) -> Lexicon:
        """The lexicon as given: read, once it has been; else the function that reads it."""
        return self._cache.get("lexicon", self._lexicon)  # type: ignore[no-any-return]

    def by_name(self) -> dict[str, Entity]:
        """Every name of every entity, folded, mapped to its entity."""
        return cached(self._cache, "by_name", self._names)

    def _names(self) -> dict[str, Entity]:
        names: dict[str, Entity] = {}
        for entity in self.lexicon:
            for name in entity.names:
                names.setdefault(name_key(name), entity)
        return names

    def paragraph(self, paragraph_id: str) -> tuple[Mention, ...]:
        """The mentions in one paragraph, in order."""
        return self._mentions().get(paragraph_id, ())

    def header(self) -> tuple[Mention, ...]:
        """The mentions in the header's headline, lede, caption and credit, in order."""
        return self._mentions().get(None, ())

    def _mentions(self) -> dict[str | None, tuple[Mention, ...]]:
        return cached(
            self._cache, "mentions", lambda: self._find_all(compile_lexicon(self.lexicon))
        )

    def _find_all(self, matcher: Matcher | None) -> dict[str | None, tuple[Mention, ...]]:
        if matcher is None:
            return {}
        text = self._text
        found: dict[str | None, tuple[Mention, ...]] = {
            None: tuple(
                Mention(
                    entity,
                    text[start:end],
                    Span(start, end),
                    form,
                    block.kind,
                    interview_id=self._interview_id,
                )
                for block in self._header
                for start, end, entity, form in matcher.find(text, *block.span)
            )
        }
        for paragraph in self._paragraphs:
            found[paragraph.id] = tuple(
                Mention(
                    entity,
                    text[start:end],
                    Span(start, end),
                    form,
                    "turn",
                    paragraph.id,
                    sentence_at(start),
                    self._interview_id,
                )
                for sentence_at in (_locate.SentenceFinder(paragraph),)
                for start, end, entity, form in matcher.find(text, *paragraph.span)
            )
        return found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EntityIndex):
            return NotImplemented
        if self is other:
            return True
        # Two lexicons not read yet are equal when they would be read by the same call:
        # comparing interviews must not read (and check) lexicon files.
        unread = "lexicon" not in self._cache and "lexicon" not in other._cache
        if unread and callable(self._lexicon) and callable(other._lexicon):
            return _call_key(self._lexicon) == _call_key(other._lexicon)
        return self.lexicon == other.lexicon

    __hash__ = None  # type: ignore[assignment]  # equal by a lazily read value

    def __getstate__(self) -> dict[str, Any]:
        # The mentions are cheap to find again; a lexicon already read travels as read.
        return {
            "text": self._text,
            "lexicon": self._cache.get("lexicon", self._lexicon),
            "paragraphs": self._paragraphs,
            "header": self._header,
            "interview_id": self._interview_id,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]  # re-run the constructor on unpickling

    def __repr__(self) -> str:
        state = (
            "read" if "lexicon" in self._cache or not callable(self._lexicon) else "not read yet"
        )
        return f"<EntityIndex: lexicon {state}, {len(self._paragraphs)} paragraphs>"


def _call_key(function: Callable[[], object]) -> object:
    """What a lexicon function reads: a partial's function and arguments, else the function."""
    if isinstance(function, functools.partial):
        return (function.func, function.args, tuple(sorted(function.keywords.items())))
    return function


def check_lexicon(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """Return ``entities`` as a tuple of entities, each id and each name used once.

    Raises:
        InvalidArgumentTypeError: An item is not an :class:`Entity`.
        ArgumentValueError: Two entities share an id, or a name means two entities.
    """
    entities = tuple(entities)
    ids: set[str] = set()
    owners: dict[str, str] = {}
    for entity in entities:
        if not isinstance(entity, Entity):
            msg = f"a lexicon holds Entity objects, not {type(entity).__name__}"
            raise InvalidArgumentTypeError(msg)
        if entity.id in ids:
            msg = f"two entities have the id {entity.id!r}; give each its own"
            raise ArgumentValueError(msg)
        ids.add(entity.id)
        for name, _form in entity.forms:
            if not name.strip():
                msg = f"entity {entity.id!r} has an empty name"
                raise ArgumentValueError(msg)
            owner = owners.setdefault(_key(name), entity.id)
            if owner != entity.id:
                msg = (
                    f"the name {name!r} belongs to both {owner!r} and "
                    f"{entity.id!r}; a name can only mean one entity"
                )
                raise ArgumentValueError(msg)
    return entities


_NAME_LISTS = ("aliases", "demonyms", "metonyms", "other_names")
_REQUIRED = ("id", "name", "kind")
_FIELDS = (*_REQUIRED, *_NAME_LISTS, "note")
# Each value's type in the words of TOML and JSON, whichever the lexicon was written in.
_TYPE_NAMES = {bool: "a boolean", int: "an integer", float: "a number", list: "an array"}


def lexicon_of(data: object, path: str) -> tuple[Entity, ...]:
    """The entities of a lexicon file's data (TOML ``[[entities]]`` tables, or a JSON list), checked.

    Every value is checked for its type where the file is read: a string
    where a list of names belongs would otherwise be read as one-letter
    names, and a name that is no string fail far from its cause.

    Args:
        data: The parsed file: a table with an ``entities`` list, or the list itself.
        path: The file, for the errors.

    Raises:
        ReadError: The data is not a list of entities, or an entity misses a
            field, has an unknown one or a value of the wrong type or kind; the
            reason names the entity (its number in the file, and its id).
    """
    items = data.get("entities") if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        reason = "not a valid lexicon: give a list of entities ([[entities]] tables in TOML)"
        raise ReadError(path, reason)
    entities = [_entity_of(item, number, path) for number, item in enumerate(items, 1)]
    try:
        return check_lexicon(entities)
    except ArgumentValueError as error:
        raise ReadError(path, f"not a valid lexicon: {error}") from None


def _entity_of(item: dict[str, object], number: int, path: str) -> Entity:
    """One entity of a lexicon file, each value checked; the errors name it."""
    label = f"entity {number}"
    if isinstance(item.get("id"), str):
        label += f" ({item['id']!r})"

    def fail(reason: str) -> ReadError:
        return ReadError(path, f"not a valid lexicon: {label}: {reason}")

    for key, value in item.items():
        wrong = _wrong_value(key, value)
        if wrong is not None:
            raise fail(wrong)
    for key in _REQUIRED:
        if key not in item:
            raise fail(f"no {key}; give id, name and kind")
    if item["kind"] not in ENTITY_KINDS:
        raise fail(f"kind is {item['kind']!r}, not one of {', '.join(ENTITY_KINDS)}")
    try:
        return Entity(**item)  # type: ignore[arg-type]  # each value checked above
    except (InterviewCorpusError, ValueError, TypeError) as error:  # the id's form
        raise fail(str(error)) from None


def _wrong_value(key: str, value: object) -> str | None:
    """What is wrong with one field of an entity in a lexicon file; ``None`` when nothing is."""
    if key not in _FIELDS:
        return f"unknown key {key!r}; use {', '.join(_FIELDS)}"
    if key not in _NAME_LISTS:
        return None if isinstance(value, str) else f"{key} is {_type_name(value)}, not a string"
    if isinstance(value, str):
        return f"{key} is one string, not a list of names: write {key} = [{value!r}]"
    if not isinstance(value, list):
        return f"{key} is {_type_name(value)}, not a list of names"
    for name in value:
        if not isinstance(name, str):
            return f"{key} holds {_type_name(name)}, not only strings"
    return None


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "a table"
    return _TYPE_NAMES.get(type(value), f"a {type(value).__name__}")


class Matcher:
    """A compiled lexicon: one regular expression for every name, and what each name means."""

    __slots__ = ("meanings", "pattern")

    def __init__(
        self, pattern: re.Pattern[str], meanings: dict[str, tuple[Entity, MentionForm]]
    ) -> None:
        self.pattern = pattern
        # Each name as the pattern can match it: its first letter as written, in upper
        # and in lower case. Case mapping is not a round trip ("ς", "ı", "ſ" upper-case to
        # letters whose lower case is another letter), so the match is looked up as matched.
        exact = dict(meanings)
        for key, meaning in meanings.items():
            for first in _first_letters(key[:1]):
                exact.setdefault(first + key[1:], meaning)
        self.meanings = exact

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int, Entity, MentionForm]]:
        """Return ``(start, end, entity, form)`` for each name in ``text[start:end]``."""
        meanings = self.meanings
        return [
            (match.start(), match.end(), *meanings[match.group()])
            for match in self.pattern.finditer(text, start, end)
        ]


def _key(name: str) -> str:
    """Fold the first letter only: names match in either case there, and as written elsewhere.

    A letter whose lower case is two characters (``İ``) is kept as it is.
    """
    first = name[:1]
    lower = first.lower()
    return (lower if len(lower) == 1 else first) + name[1:]


def _first_letters(char: str) -> tuple[str, ...]:
    """The first letters the pattern matches for ``char``: itself, and its single-letter cases."""
    return tuple(
        dict.fromkeys(each for each in (char, char.upper(), char.lower()) if len(each) == 1)
    )


def compile_lexicon(entities: Sequence[Entity]) -> Matcher | None:
    """Compile a lexicon for matching; ``None`` when it names nothing.

    Raises:
        ArgumentValueError: Two entities share an id or a name.
    """
    meanings: dict[str, tuple[Entity, MentionForm]] = {}
    for entity in check_lexicon(entities):
        for name, form in entity.forms:
            meanings[_key(name)] = (entity, form)
    if not meanings:
        return None
    return Matcher(re.compile(rf"(?<!\w){_trie_pattern(meanings)}(?!\w)"), meanings)


def _trie_pattern(keys: Iterable[str]) -> str:
    """One regular expression for all names, shaped as a trie.

    Python's regex engine tries the branches of a flat alternation one after
    another at every position; sharing prefixes makes matching several times
    faster. Optional tails are greedy, so the longest name wins. The first
    letter matches either case.
    """
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie, top=True)


def _node_pattern(node: dict[str, Any], *, top: bool = False) -> str:
    branches = [
        _char_pattern(char, either_case=top) + _node_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    ends_here = "" in node
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if ends_here else "")


def _char_pattern(char: str, *, either_case: bool) -> str:
    letters = _first_letters(char) if either_case else (char,)
    if len(letters) > 1:
        return "[" + "".join(re.escape(letter) for letter in letters) + "]"
    return re.escape(char)
