"""Ranked full-text search with SQLite FTS5: BM25 ranking, Porter stemming, snippets.

One in-memory index per interview (or corpus), built on the first search and
reused. Users type plain queries — words, ``"quoted phrases"`` and ``prefix*``
terms, all of which must match, ``OR`` between two of them for either, and
``-word`` to leave one out — which are read once here (:func:`read_plain`) and
translated to FTS5's syntax; raw FTS5 syntax is accepted with ``syntax="fts5"``.
A plain search that finds nothing suggests the index's own words for those it
does not have (:func:`suggestion`). The index's schema and SQL are :mod:`._fts`'s,
shared with the corpus file, so that both indexes read and answer a query with
this one code; ``sqlite3`` is imported when a search runs.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast

from .._util.frozen import Frozen
from .._util.lazy import cached_slot, lazy_module, lazy_pattern
from .._util.limits import MAX_HITS, MAX_QUERY_CHARACTERS, MAX_QUERY_TERMS
from .._util.text import preview
from ..errors import ArgumentValueError, InvalidArgumentTypeError, QueryError
from ._fts import (
    MEMORY_COLUMNS,
    SCRATCH,
    bounded_query,
    create_table,
    insert_values,
    marked_sql,
    matches_sql,
    ranked_sql,
    scratch,
    snippet_sql,
    vocabulary_sql,
)

if TYPE_CHECKING:
    import datetime
    import sqlite3
    from collections.abc import Mapping

    from ..model._document import Document
    from ..model._objects import Paragraph, Sentence
    from ..model._span import Span
    from . import _display
else:  # the notebook markup loads when a hit is first shown (it imports the model)
    _display = lazy_module("._display", __package__)


Level = Literal["paragraph", "sentence"]
"""What a search hit is: a whole paragraph, or one sentence.

.. versionadded:: 0.1
"""

Syntax = Literal["plain", "fts5"]
"""How a query is read: ``"plain"`` words, phrases, ``prefix*``, ``OR`` and ``-word``, or SQLite's ``"fts5"`` query syntax.

.. versionadded:: 0.1
"""

LEVELS: tuple[Level, ...] = ("paragraph", "sentence")

_TERM = re.compile(r'(?P<minus>-?)"(?P<phrase>[^"]*)"|(?P<text>\S+)')
_WORD = re.compile(r"\w+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})  # FTS5's; not counted as terms


class Row:
    """A paragraph or sentence as an index row gives it: its id and text now, the object when first asked for.

    A corpus file's search gives its hits these, so that a search builds no
    model object (nor imports the model, nor attrs) until a hit's
    :attr:`Hit.target` is asked for; the object is built once, under the one
    lazy-load lock. A holder of state, so mutable, as the style asks of caches.
    """

    __slots__ = ("_build", "_built", "id", "sentences", "text")

    def __init__(
        self,
        id: str,
        text: str,
        build: Callable[[], Paragraph | Sentence],
        sentences: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.id = id
        self.text = text
        self._build = build
        self._built: Paragraph | Sentence | None = None
        # A paragraph's sentences (id and text), as rows too, made from its own object when built.
        self.sentences = tuple(
            Row(sentence_id, sentence_text, functools.partial(self._sentence, index))
            for index, (sentence_id, sentence_text) in enumerate(sentences)
        )

    def built(self) -> Paragraph | Sentence:
        """The paragraph or sentence itself, built on the first call."""
        return cached_slot(self, "_built", self._build)

    def _sentence(self, index: int) -> Sentence:
        return cast("Paragraph", self.built()).sentences[index]


class Hit(Frozen):
    """One search result: a paragraph or sentence, its score and a snippet.

    Its :attr:`interview_id`, :attr:`target` (the :class:`Paragraph` or
    :class:`Sentence` found), :attr:`score`, :attr:`rank` and :attr:`start`
    are what it is made of, and equal hits have them equal. The
    :attr:`snippet` is made when first asked for, for all the hits of a
    search at once: ranking alone is the fast path. A hit of a corpus file
    builds its :attr:`target` when it is first asked for (its :attr:`id`,
    :attr:`text` and snippet need none). Frozen, equal by value and hashable,
    as the model's classes are; written without attrs, whose import is 185M of
    the 293M instructions a first search in a new process took with it
    (callgrind; docs/explanation/performance.md).

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> hit = ic.load().search("frozen assets")[0]
        >>> hit.id, hit.rank, hit.snippet
        ('q3.p1', 1, '…about confiscation of the [frozen] Russian [assets]. In your opinion, has the…')
    """

    __slots__ = (
        "__weakref__",
        "_interview_id",
        "_passage",
        "_rank",
        "_score",
        "_snippets",
        "_start",
    )
    __match_args__ = ("interview_id", "target", "score", "rank", "_snippets", "start")
    _interview_id: str
    _passage: Paragraph | Sentence | Row
    _score: float
    _rank: int
    _snippets: Snippets | None
    _start: datetime.timedelta | None

    def __init__(  # noqa: PLR0917  # the signature attrs gave it, which callers use
        self,
        interview_id: str,
        target: Paragraph | Sentence | Row,
        score: float,
        rank: int,
        snippets: Snippets | None = None,
        start: datetime.timedelta | None = None,
    ) -> None:
        self._set(
            _interview_id=interview_id,
            _passage=target,
            _score=score,
            _rank=rank,
            _snippets=snippets,
            _start=start,
        )

    @property
    def interview_id(self) -> str:
        """The interview the hit is in.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().search("HAMAS")[0].interview_id
            'tass-2065861'
        """
        return self._interview_id

    @property
    def target(self) -> Paragraph | Sentence:
        """The :class:`Paragraph` or :class:`Sentence` found (of a corpus file, built when first asked for).

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().search("HAMAS", level="sentence")[0].target.number
            2
        """
        passage = self._passage
        return passage.built() if isinstance(passage, Row) else passage

    @property
    def score(self) -> float:
        """BM25 relevance; higher is better (comparable within one search).

        Example:
            >>> import interview_corpus as ic
            >>> first, second = ic.load().search("sanctions OR HAMAS")
            >>> first.score >= second.score > 0
            True
        """
        return self._score

    @property
    def rank(self) -> int:
        """1 for the best hit, 2 for the next, and so on.

        Example:
            >>> import interview_corpus as ic
            >>> [hit.rank for hit in ic.load().search("sanctions OR HAMAS")]
            [1, 2]
        """
        return self._rank

    @property
    def start(self) -> datetime.timedelta | None:
        """When the paragraph that holds the hit starts to be spoken, if the transcript has time codes.

        Example:
            >>> import interview_corpus as ic
            >>> print(ic.load().search("HAMAS")[0].start)  # the bundled text has no time codes
            None
        """
        return self._start

    @property
    def snippet(self) -> str:
        """A short excerpt of the target with the matched terms marked.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().search("HAMAS")[0].snippet
            '…How do you disarm [HAMAS]? Who will join the international stabilisation forces…'
        """
        return self._snippets.of(self.rank) if self._snippets else self.text

    @property
    def id(self) -> str:
        """The id of the paragraph or sentence found.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().search("HAMAS", level="sentence")[0].id
            'a4.p5.s2'
        """
        return self._passage.id

    @property
    def text(self) -> str:
        """The whole text of the paragraph or sentence found.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().search("HAMAS", level="sentence")[0].text
            'How do you disarm HAMAS?'
        """
        return self._passage.text

    @property
    def span(self) -> Span:
        """Where the paragraph or sentence found stands in its interview's source.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> hit = iv.search("HAMAS", level="sentence")[0]
            >>> iv.source[hit.span.start : hit.span.end] == hit.text
            True
        """
        return self.target.span

    def _compared(self) -> tuple[object, ...]:
        """What hits are compared and hashed by: every field but the snippets, as attrs would."""
        return (self._interview_id, self.target, self._score, self._rank, self._start)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Hit)  # for the checker: the same class
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash((self.__class__, self._compared()))

    def __reduce__(self) -> tuple[object, ...]:
        # The target itself travels (built, if it was not), and the snippets made now.
        return (
            Hit,
            (self._interview_id, self.target, self._score, self._rank, self._snippets, self._start),
        )

    def __repr__(self) -> str:
        return (
            f"Hit(id={self.id!r}, rank={self.rank}, score={self.score:.3f}, "
            f"snippet={preview(self.snippet, 60)!r})"
        )

    def __str__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return _display.hit_html(self)  # the matched words in <mark>

    @property
    def _match(self) -> str | None:
        """The FTS5 expression this hit matched, for marking its words; ``None`` if not known."""
        return self._snippets.match if self._snippets else None


# The named tuples of this module are made from their fields' types, not by the class syntax:
# under `from __future__ import annotations` that syntax compiles each field's annotation (a
# string) when the class is made, 12M instructions for Ranking's six, callgrind: more than a
# first search in a new process spends on everything else of this module.


class Term(
    NamedTuple(
        "Term",
        [
            ("words", tuple[tuple[str, int, int], ...]),  # (folded word, start, end)
            ("prefix", bool),  # a trailing * : any word that starts so
        ],
    )
):
    """One term of a plain query: its words as the index folds them, each with its place in the query."""

    __slots__ = ()

    def fts5(self) -> str:
        """The term as an FTS5 phrase (one word is a phrase of one)."""
        quoted = '"' + " ".join(word for word, _, _ in self.words) + '"'
        return quoted + "*" if self.prefix else quoted


class PlainQuery(
    NamedTuple(
        "PlainQuery",
        [("groups", tuple[tuple[Term, ...], ...]), ("excluded", tuple[Term, ...])],
    )
):
    """A plain query, read: every group must match (one of its terms), and no excluded term may."""

    __slots__ = ()

    def fts5(self) -> str:
        """The query as an FTS5 expression: ``"a" AND ("b" OR "c") NOT "d"``.

        FTS5 binds NOT before AND before OR, and joins a parenthesised group
        only with an explicit AND: each OR group is put in parentheses, and
        the groups are joined by AND.
        """
        groups = [
            group[0].fts5() if len(group) == 1 else f"({' OR '.join(t.fts5() for t in group)})"
            for group in self.groups
        ]
        return " AND ".join(groups) + "".join(f" NOT {term.fts5()}" for term in self.excluded)


class Hits(list[Hit]):
    """The hits of a search, best first: a list that, when it is empty, can say what to search for instead.

    A list in every way (equal to a list of the same hits, indexed, sliced
    and pickled alike), so that code written for lists keeps working; and a
    list rather than a frozen class because the hits are the caller's to
    sort or cut. Only an empty one has a suggestion, and its ``repr`` shows
    it. A search looks for its suggestion when it is first asked for, as
    hits make their snippets: a search that finds nothing costs no more
    until then.

    Args:
        hits: The hits.
        suggestion: The suggestion, or a function that makes it when it is
            first asked for.

    Attributes:
        suggestion: When nothing is found by a plain query: the query with each
            word the index does not have spelled as the closest word it has,
            if that query finds something; else ``None``.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> found = ic.load().search("frozn asets")
        >>> found, found.suggestion
        (Hits([], suggestion='frozen assets'), 'frozen assets')
        >>> hits = ic.load().search("sanctions OR HAMAS")
        >>> [hit.id for hit in hits], hits == list(hits), hits.suggestion
        (['a4.p5', 'a1.p3'], True, None)
    """

    __slots__ = ("_make", "_suggestion")

    def __init__(
        self,
        hits: Iterable[Hit] = (),
        *,
        suggestion: str | Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(hits)
        self._suggestion = suggestion if isinstance(suggestion, str) else None
        self._make = suggestion if callable(suggestion) else None

    @property
    def suggestion(self) -> str | None:
        """What to search for instead, when nothing is found (see the class); else ``None``.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().search("Taiwn").suggestion
            'Taiwan'
        """
        if self._make is not None:
            self._suggestion, self._make = self._make(), None
        return self._suggestion

    def __repr__(self) -> str:
        if self.suggestion is None:
            return super().__repr__()
        return f"Hits({super().__repr__()}, suggestion={self.suggestion!r})"

    def _repr_html_(self) -> str:
        return _display.hits_html(self, self.suggestion)

    def __getstate__(self) -> dict[str, Any]:
        return {"suggestion": self.suggestion}  # made now: the index does not travel

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._suggestion, self._make = state["suggestion"], None


@functools.lru_cache(maxsize=256)
def read_plain(query: str) -> PlainQuery:
    """Read a plain query: words, ``"phrases"``, ``prefix*``, ``OR`` between two of them, ``-`` to leave out.

    ``OR`` (in capitals) between two terms joins them: either may match. A
    minus before a word, phrase or prefix leaves out the passages that have
    it, wherever it stands. Everything else is text to look for: lower-case
    ``or``, ``AND``, ``NOT``, ``NEAR``, a quoted ``"OR"``, an ``OR`` at either
    end, and punctuation, which separates words as it does in the index.

    Raises:
        QueryError: The query has an unbalanced quote, a lone ``*``, no words
            to look for (only words to leave out, or none at all), or more
            than ``MAX_QUERY_TERMS`` words.

    Example:
        >>> from interview_corpus.query._search import read_plain
        >>> read_plain('Gaza ceasefire OR HAMAS -"peace plan"').fts5()
        '"gaza" AND ("ceasefire" OR "hamas") NOT "peace plan"'
    """
    if query.count('"') % 2:
        raise QueryError(
            'an unbalanced quote: close the phrase with another ", or remove the quote',
            query=query,
            position=query.rfind('"'),
        )
    items: list[tuple[Term, bool]] = []  # the terms to look for, in order; True: an OR
    excluded: list[Term] = []
    for term, minus, is_or in _terms(query):
        if minus:
            excluded.append(term)
        else:
            items.append((term, is_or))
    groups: list[list[Term]] = []
    joining = False
    for index, (term, is_or) in enumerate(items):
        if is_or and groups and not all(later for _, later in items[index + 1 :]):
            joining = True  # between two terms: either may match
            continue
        if joining:
            groups[-1].append(term)
        else:
            groups.append([term])  # an OR at either end is the word "or"
        joining = False
    if not groups:
        reason = (
            "the query only leaves words out: add a word to look for, as in Gaza -ceasefire"
            if excluded
            else "the query has no words to search for"
        )
        raise QueryError(reason, query=query, position=0)
    return PlainQuery(tuple(map(tuple, groups)), tuple(excluded))


def _terms(query: str) -> Iterator[tuple[Term, bool, bool]]:
    """Each term of a plain query that has words: ``(term, left out, an OR)``, within the limit on words."""
    count = 0
    for match in _TERM.finditer(query):
        minus, phrase, text = match.group("minus", "phrase", "text")
        start = match.start("phrase") if phrase is not None else match.start("text")
        if phrase is None and text.startswith("-") and len(text) > 1:
            minus, text, start = "-", text[1:], start + 1
        written = phrase if phrase is not None else text
        prefix = phrase is None and written.endswith("*")
        words = tuple(
            (word.group().casefold(), start + word.start(), start + word.end())
            for word in _WORD.finditer(written)
        )
        if not words:
            if prefix:
                raise QueryError(
                    "a '*' must follow a word, as in sanction*", query=query, position=match.start()
                )
            continue
        is_or = phrase is None and text == "OR"
        count += 0 if is_or else len(words)  # operators do not count, as in FTS5 syntax
        if count > MAX_QUERY_TERMS:
            raise _too_many_terms(query, match.start())
        yield Term(words, prefix), bool(minus), is_or


def to_fts5(query: str) -> str:
    """Translate a plain query into FTS5 syntax (see :func:`read_plain`).

    Raises:
        QueryError: As :func:`read_plain` says.

    Example:
        >>> from interview_corpus.query._search import to_fts5
        >>> to_fts5('"root causes" sanction* Russia’s')
        '"root causes" AND "sanction"* AND "russia s"'
    """
    return read_plain(query).fts5()


def fts5_match(query: str, syntax: Syntax) -> str:
    """The FTS5 expression for a query, within the limits on its terms (for every index)."""
    if syntax == "plain":
        match = to_fts5(query)
    else:
        match = query
        words = [word for word in _WORD.finditer(query) if word.group() not in _OPERATORS]
        if len(words) > MAX_QUERY_TERMS:
            raise _too_many_terms(query, words[MAX_QUERY_TERMS].start())
    if not match.strip():
        raise QueryError("the query is empty", query=query, position=0)
    return match


def _too_many_terms(query: str, position: int) -> QueryError:
    return QueryError(
        f"more than {MAX_QUERY_TERMS} words: search for the few words that matter, "
        "or split the query into several searches",
        query=query,
        position=position,
    )


Ranking = NamedTuple(  # noqa: UP014  # made from the types (see Term)
    "Ranking",
    [
        ("query", str),
        ("match", str),  # the query's FTS5 expression
        ("level", Level),
        ("limit", int | None),  # None: every hit
        ("mark", tuple[str, str]),
        ("syntax", Syntax),
    ],
)
Ranking.__doc__ = """A checked search, as an index ranks it: what :func:`check_search` gives."""


Filters = dict[str, Sequence[str] | None]
"""The values each filter column (``speaker``, ``topic``, ``interview_id``) must be one of; ``None``: any."""


def check_search(
    query: str, level: Level, syntax: Syntax, limit: int | None, mark: tuple[str, str]
) -> Ranking:
    """Check a search's arguments: the search to rank, with its FTS5 expression and SQLite's limit.

    Raises:
        QueryError, InvalidArgumentTypeError, ArgumentValueError: As :meth:`Interview.search` says.
    """
    _check_arguments(query, level, syntax, limit, mark)
    match = fts5_match(query, syntax)  # the limits on a query's terms, for every index
    if limit is not None and limit > MAX_HITS:
        limit = None  # more than SQLite can count: every hit
    return Ranking(query, match, level, limit, mark, syntax)


def _check_arguments(
    query: object, level: object, syntax: object, limit: object, mark: object
) -> None:
    if not isinstance(query, str):
        msg = f"a query is a str, not {type(query).__name__}"
        raise InvalidArgumentTypeError(msg)
    if len(query) > MAX_QUERY_CHARACTERS:
        raise QueryError(
            f"the query is longer than {MAX_QUERY_CHARACTERS} characters: "
            "search for the few words that matter",
            query=query[:80] + "…",  # enough to recognise it; the message stays one line
            position=MAX_QUERY_CHARACTERS,
        )
    if _has_surrogate(query):
        raise QueryError(
            "the query holds a lone surrogate (undecodable bytes): decode the query as UTF-8",
            query=query.encode("utf-8", "backslashreplace").decode("ascii"),
            position=0,
        )
    if not (
        isinstance(mark, tuple | list)
        and len(mark) == 2  # noqa: PLR2004  # an opening and a closing mark
        and all(isinstance(each, str) for each in mark)
    ):
        msg = f"mark={mark!r}: give two strings, such as ('[', ']')"
        raise InvalidArgumentTypeError(msg)
    if level not in LEVELS:
        msg = f"level={level!r}: search 'paragraph' or 'sentence'"
        raise ArgumentValueError(msg)
    if syntax not in ("plain", "fts5"):
        msg = f"syntax={syntax!r}: use 'plain' (words, phrases, prefix*, OR, -word) or 'fts5'"
        raise ArgumentValueError(msg)
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        msg = f"limit={limit!r}: give a positive number of hits, or None for all"
        raise ArgumentValueError(msg)


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


Run = Callable[[str, list[Any], str], list[Any]]
"""Runs full-text SQL with its parameters, for a user's query: the in-memory index's or a file's."""

Target = tuple[str, "Paragraph | Sentence | Row", "datetime.timedelta | None"]
"""What a search index gives for a row: the interview id, the paragraph or sentence, its paragraph's start."""

Targets = Callable[
    [list[int]], "Mapping[int, tuple[str, Paragraph | Row, datetime.timedelta | None]]"
]
"""Gives the interview id, the paragraph and its start of each of some paragraph rowids of an index."""


class Snippets:
    """The snippets of one search's hits, made by one query when the first is asked for."""

    __slots__ = ("_mark", "_match", "_query", "_rowids", "_run", "_table", "_values")

    def __init__(
        self,
        run: Run,
        table: str,
        *,
        mark: tuple[str, str],
        match: str,
        query: str,
        rowids: list[int],
    ) -> None:
        self._run = run
        self._table = table
        self._mark = mark
        self._match = match
        self._query = query
        self._rowids = rowids
        self._values: dict[int, str] | None = None

    @property
    def match(self) -> str:
        """The search's FTS5 expression."""
        return self._match

    def of(self, rank: int) -> str:
        if self._values is None:
            rowids = self._rowids
            sql = snippet_sql(self._table, len(rowids))
            self._values = dict(self._run(sql, [*self._mark, self._match, *rowids], self._query))
        return self._values[self._rowids[rank - 1]]

    def __getstate__(self) -> dict[str, Any]:
        values = {rowid: self.of(rank) for rank, rowid in enumerate(self._rowids, 1)}
        return {"values": values, "match": self._match}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._rowids = list(state["values"])
        self._values = state["values"]
        self._match = state["match"]  # marks the words a hit matched (query._display)


def ranked_rows(
    run: Run,
    table: str,
    search: Ranking,
    filters: Filters,
    content: str | None = None,
    *,
    offset: int = 0,
) -> list[tuple[int, float]]:
    """The ``(rowid, bm25)`` rows of a search, best first, whose filter columns hold a value given.

    ``offset`` rows of the ranking are skipped first: the next page of it.
    """
    chosen = {column: values for column, values in filters.items() if values is not None}
    sql = ranked_sql(
        table,
        tuple((column, len(values)) for column, values in chosen.items()),
        content=content,
        limit=search.limit,
        offset=offset,
    )
    parameters = [search.match, *(value for values in chosen.values() for value in values)]
    return run(sql, parameters, search.query)


Found = tuple[str, "Paragraph | Sentence | Row", "datetime.timedelta | None", float]
"""A hit before it is made: the interview id, the target, its paragraph's start, the BM25 (lower is better)."""


def search_hits(
    run: Run,
    table: str,
    search: Ranking,
    filters: Filters,
    targets: Targets,
    *,
    content: str | None = None,
) -> Hits:
    """The hits of a checked search in a full-text index of paragraphs: how every index answers one.

    Paragraph hits are the index's ranked rows. Sentence hits are found in the
    paragraphs (:func:`sentence_rows`), so that no index of sentences is kept.
    Their snippets are made when the first is asked for; when nothing is
    found, the :func:`suggestion` is looked for when it is asked for.

    Args:
        run: Runs the index's SQL.
        table: The index's full-text table of paragraphs.
        search: The checked search.
        filters: The values each filter column must hold one of.
        targets: The paragraphs of rowids of the index.
        content: The table that holds the filter columns (a corpus file's), joined on rowid.
    """
    found: list[Found]
    if search.level == "sentence":
        found = sentence_rows(run, table, search, filters, targets, content=content)
        # The sentences are in no index: their snippets are cut from their own texts.
        snippet_run, snippet_table = _texts_run([item[1].text for item in found]), SCRATCH
        rowids = list(range(len(found)))
    else:
        rows = ranked_rows(run, table, search, filters, content)
        paragraphs = targets([rowid for rowid, _ in rows]) if rows else {}
        found = [(*paragraphs[rowid], score) for rowid, score in rows]
        snippet_run, snippet_table = run, table
        rowids = [rowid for rowid, _ in rows]
    if not found:  # the suggestion is looked for when it is first asked for
        return Hits(
            suggestion=lambda: suggestion(run, table, search, filters, content, targets=targets)
        )
    snippets = Snippets(
        snippet_run,
        snippet_table,
        mark=search.mark,
        match=search.match,
        query=search.query,
        rowids=rowids,
    )
    return Hits(
        Hit(owner, target, -score or 0.0, rank, snippets, start)
        for rank, (owner, target, start, score) in enumerate(found, 1)
    )


_PAGE = (
    16  # paragraphs ranked first for a sentence search: at least this, or 2 per sentence asked for
)
_FTS5_PARTS = lazy_pattern(r'(?P<string>"(?:[^"]|"")*")|(?P<not>\bNOT\b)|\^')


def paragraph_match(search: Ranking) -> str:
    """An FTS5 expression that each paragraph that holds a sentence matching ``search`` matches.

    A sentence's words are words of its paragraph, in the same order, so a
    paragraph holds whatever a sentence of it holds, except what a query
    leaves out (another sentence may hold it) and what only begins one
    (``^word``): a plain query without its ``-words``; an FTS5 expression with
    ``NOT`` read as ``OR`` (a sentence that matches ``a NOT b`` has ``a``) and
    without ``^``.

    Example:
        >>> from interview_corpus.query._search import check_search, paragraph_match
        >>> paragraph_match(check_search("Gaza -ceasefire", "sentence", "plain", 10, ("[", "]")))
        '"gaza"'
        >>> paragraph_match(check_search('^gaza NOT "not this"', "sentence", "fts5", 10, ("[", "]")))
        'gaza OR "not this"'
    """
    if search.syntax == "plain":
        return read_plain(search.query)._replace(excluded=()).fts5()
    return _FTS5_PARTS.sub(
        lambda part: part["string"] or ("OR" if part["not"] else ""), search.match
    )


def sentence_rows(
    run: Run,
    table: str,
    search: Ranking,
    filters: Filters,
    targets: Targets,
    *,
    content: str | None = None,
) -> list[Found]:
    """The sentences that match a search, found in the paragraphs that match it, best first.

    The paragraphs that may hold one (:func:`paragraph_match`) are ranked by
    BM25 as a paragraph search ranks them, with the same filters; their
    sentences are searched with the query itself, in a full-text table of
    their own texts (:func:`~interview_corpus.query._fts.scratch`). The
    sentences that match follow their paragraphs' ranking, and within one
    paragraph its reading order; each has its paragraph's BM25. With a
    limit, the paragraphs are ranked a page at a time until the sentences
    are enough.
    """
    wider = search._replace(match=paragraph_match(search))
    found: list[Found] = []
    offset, size = 0, None if search.limit is None else max(_PAGE, 2 * search.limit)
    while True:
        rows = ranked_rows(run, table, wider._replace(limit=size), filters, content, offset=offset)
        paragraphs = targets([rowid for rowid, _ in rows]) if rows else {}
        candidates: list[Found] = [
            (owner, sentence, start, score)
            for rowid, score in rows
            for owner, paragraph, start in (paragraphs[rowid],)
            for sentence in paragraph.sentences
        ]
        found += [candidates[index] for index in _matching(candidates, search)]
        if size is None or search.limit is None or len(found) >= search.limit or len(rows) < size:
            return found[: search.limit]
        offset += size
        size = None if size * 4 > MAX_HITS else size * 4


def _matching(candidates: list[Found], search: Ranking) -> list[int]:
    """The indexes of the candidates whose text matches the search, in order."""
    if not candidates:
        return []
    sql = f"SELECT rowid FROM {SCRATCH} WHERE {SCRATCH} MATCH ? ORDER BY rowid"  # noqa: S608
    with scratch(item[1].text for item in candidates) as connection:
        return [index for (index,) in bounded_query(connection, sql, [search.match], search.query)]


def _texts_run(texts: list[str]) -> Run:
    """A runner of SQL on a full-text table, :data:`SCRATCH`, of ``texts``, made for each query."""

    def run(sql: str, parameters: list[Any], query: str = "") -> list[Any]:
        with scratch(texts) as connection:
            return bounded_query(connection, sql, parameters, query)

    return run


def suggestion(
    run: Run,
    table: str,
    search: Ranking,
    filters: Filters,
    content: str | None = None,
    *,
    targets: Targets | None = None,
) -> str | None:
    """A plain query like ``search``'s, its unknown words spelled as the index has them, if it finds anything.

    Each word to look for that no row of ``table`` has is replaced by the
    closest word that some row has: the index's terms (stems) most like it
    are found with rapidfuzz, then the words written in the rows where those
    terms stand are compared with it, and the closest within the edits a
    word of its length may have (1 for 3 to 5 letters, 2 for longer; words
    of 1 or 2 letters are not changed) is taken, with the case it was typed
    in. The query made so is searched again, with the same filters; it is
    the suggestion only if it finds something (a sentence, for a sentence
    search, when the index's ``targets`` are given). Words left out (``-word``)
    and ``prefix*`` terms are kept as they are; FTS5 queries get none.

    ``None`` too when looking takes longer than the search's time budget: a
    suggestion never fails a search.
    """
    if search.syntax != "plain":
        return None
    try:
        suggested = _respelled(run, table, search.query)
        if suggested is None:
            return None
        again = check_search(suggested, search.level, "plain", 1, search.mark)
        if search.level == "sentence" and targets is not None:
            found = bool(sentence_rows(run, table, again, filters, targets, content=content))
        else:
            found = bool(ranked_rows(run, table, again, filters, content))
    except QueryError:  # over the time budget
        return None
    return suggested if found else None


def _respelled(run: Run, table: str, query: str) -> str | None:
    """The plain query with each word to look for that ``table`` does not have spelled as it has it.

    ``None`` when every word is there, or when one is not and has no close word.
    """
    vocabulary: dict[str, int] = {}
    changes: list[tuple[int, int, str]] = []
    words = [
        word
        for group in read_plain(query).groups
        for term in group
        if not term.prefix
        for word in term.words
    ]
    for word, start, end in words:
        if run(matches_sql(table), [f'"{word}"'], query):
            continue
        if not vocabulary:
            make, read = vocabulary_sql(table)
            run(make, [], query)
            vocabulary = dict(run(read, [], query))
        closest = _closest_word(run, table, word, vocabulary, query)
        if closest is None:
            return None
        changes.append((start, end, _typed_as(closest, query[start:end])))
    for start, end, word in reversed(changes):
        query = query[:start] + word + query[end:]
    return query if changes else None


_STEMS = 8  # the index's terms most like an unknown word whose written forms are compared with it
_ROWS = 10  # the rows read for a term's written forms
_MARKED = lazy_pattern("\x02(.*?)\x03")


def _closest_word(
    run: Run, table: str, word: str, vocabulary: dict[str, int], query: str
) -> str | None:
    """The word written in the index's rows closest to ``word``, within its edits; ``None`` if none is."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    edits = 0 if len(word) < 3 else 1 if len(word) < 6 else 2  # noqa: PLR2004  # as search engines allow
    if not edits:
        return None
    forms: dict[str, int] = {}  # a written form: how many rows have its term
    # A term is a stem ("asset", "confisc"): as like the word as the forms it stands for,
    # only shorter, so a loose cut-off finds the terms and the forms decide.
    for term, _, _ in process.extract(
        word, list(vocabulary), scorer=fuzz.ratio, limit=_STEMS, score_cutoff=50
    ):
        for (text,) in run(marked_sql(table, _ROWS), [f'"{term}"'], query):
            for form in _MARKED.findall(text):
                forms.setdefault(form.casefold(), vocabulary[term])
    distance, _, closest = min(
        ((OSA.distance(word, form), -rows, form) for form, rows in forms.items()),
        default=(edits + 1, 0, ""),
    )
    return closest if 0 < distance <= edits else None


def _typed_as(word: str, typed: str) -> str:
    """``word`` in the case ``typed`` was written in: all capitals, a capital first, or as it is."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


class SearchIndex:
    """An in-memory FTS5 index of the paragraphs of some interviews; sentences are found in them.

    Built on the first search, then reused; safe to share between threads.
    """

    __slots__ = (
        "_connection", "_interviews", "_local", "_lock", "_owners", "_starts", "_targets"
    )  # fmt: skip

    def __init__(self, interviews: Iterable[Document]) -> None:
        self._interviews = tuple(interviews)
        self._lock = threading.Lock()
        self._local = threading.local()
        self._connection: sqlite3.Connection | None = None
        self._targets: list[Paragraph] = []
        self._owners: list[str] = []
        self._starts: list[datetime.timedelta | None] = []  # each paragraph's start

    def ranked(self, search: Ranking, filters: Filters) -> Hits:
        """The hits of a checked search whose filter columns hold one of the values given."""
        return search_hits(self._query, "paragraphs", search, filters, self._paragraphs)

    def _paragraphs(
        self, rowids: list[int]
    ) -> dict[int, tuple[str, Paragraph, datetime.timedelta | None]]:
        return {
            rowid: (self._owners[rowid], self._targets[rowid], self._starts[rowid])
            for rowid in rowids
        }

    def _query(self, sql: str, parameters: list[Any], query: str = "") -> list[Any]:
        """Run a query on this thread's copy of the index, within the time budget.

        The lock is held only while the index is built, never while a query
        runs: each thread reads its own copy of the finished database, so a
        long query never makes another thread's search wait.
        """
        return bounded_query(self._reader(), sql, parameters, query)

    def _reader(self) -> sqlite3.Connection:
        """This thread's connection to a copy of the index (built, once, under the lock)."""
        import sqlite3

        reader: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if reader is None:
            with self._lock:
                built = self._connect()
                if not hasattr(built, "serialize"):  # an SQLite without it: one connection, shared
                    self._local.connection = built
                    return built
                built.commit()  # serialize() sees only committed pages
                image = built.serialize()
            reader = sqlite3.connect(":memory:", check_same_thread=False)
            reader.deserialize(image)
            # The copy is read through SQLite's page cache; its default 2 MB would copy
            # the pages of a large index in again on every query.
            reader.execute("PRAGMA cache_size = -262144")
            self._local.connection = reader
        return reader

    def _connect(self) -> sqlite3.Connection:
        """Build the index on first use (call with the lock held)."""
        if self._connection is not None:
            return self._connection
        import sqlite3

        connection = sqlite3.connect(":memory:", check_same_thread=False)
        # The rowid of a row is the index of its paragraph in self._targets.
        connection.execute(create_table("paragraphs", unindexed=MEMORY_COLUMNS))
        targets: list[Paragraph] = []
        owners: list[str] = []
        starts: list[datetime.timedelta | None] = []
        rows: list[tuple[object, ...]] = []
        for interview in self._interviews:
            topic_of = {
                exchange.id: exchange.topic.slug
                for exchange in interview.exchanges
                if exchange.topic is not None
            }
            for turn in interview.turns():
                about = (turn.speaker.name, topic_of.get(turn.exchange_id or ""), interview.id)
                for paragraph in turn.paragraphs:
                    rows.append((len(targets), paragraph.text, *about))
                    targets.append(paragraph)
                    owners.append(interview.id)
                    starts.append(paragraph.start)
        connection.executemany(insert_values("paragraphs", MEMORY_COLUMNS), rows)
        self._targets = targets
        self._owners = owners
        self._starts = starts
        self._connection = connection
        return connection

    def __getstate__(self) -> dict[str, Any]:
        return {"interviews": self._interviews}  # the index is rebuilt on the next search

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["interviews"])  # type: ignore[misc]
