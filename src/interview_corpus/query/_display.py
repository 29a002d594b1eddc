"""Search hits in a notebook: each hit's paragraph or sentence with the words it matched in ``<mark>``.

The words a hit matched are found by SQLite itself: the hits' texts go into a
small in-memory full-text table made with the one schema and tokenizer
(:mod:`._fts`), and FTS5's ``highlight()`` gives them back with the matches
marked, stemmed forms, prefixes and phrases alike. The hit needs to know only
its FTS5 expression, which it keeps through pickling; a hit from a corpus file
is marked as one from memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..errors import QueryError
from ..model._markup import (
    NOTEBOOK_ROWS,
    escape_text,
    more,
    paragraph_html,
    plural,
    sentence_html,
    view,
)
from ..model._objects import Paragraph, Sentence
from ..model._span import Span
from ._fts import SCRATCH, bounded_query, scratch

__all__ = ["ShownHit", "hit_html", "hits_html", "matched_spans"]

# What highlight() puts around a match: characters a transcript does not hold (a text that
# does is shown without marks rather than marked wrongly).
_OPEN, _CLOSE = "\x02", "\x03"


class ShownHit(Protocol):
    """What the display needs of a search hit; :class:`~interview_corpus.Hit` is one."""

    @property
    def interview_id(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def rank(self) -> int: ...
    @property
    def score(self) -> float: ...
    @property
    def target(self) -> Paragraph | Sentence: ...
    @property
    def _match(self) -> str | None: ...  # the FTS5 expression it matched; None: not known


def matched_spans(hits: Sequence[ShownHit]) -> list[tuple[Span, ...]]:
    """Where the words each hit matched stand in its interview's source, in order.

    A hit whose expression is not known (made by hand) has none.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.query._display import matched_spans
        >>> iv = ic.load()
        >>> [[span.of(iv.source) for span in spans] for spans in matched_spans(iv.search("asset*"))]
        [['assets']]
    """
    found: list[tuple[Span, ...]] = [() for _ in hits]
    by_match: dict[str, list[int]] = {}
    for number, hit in enumerate(hits):
        if hit._match is not None:  # noqa: SLF001  # the protocol's own member
            by_match.setdefault(hit._match, []).append(number)  # noqa: SLF001
    for match, numbers in by_match.items():
        texts = [hits[number].target.text for number in numbers]
        for row, offsets in _highlighted(texts, match).items():
            start = hits[numbers[row]].target.span.start
            found[numbers[row]] = tuple(
                Span(start + first, start + last) for first, last in offsets
            )
    return found


def _highlighted(texts: list[str], match: str) -> dict[int, list[tuple[int, int]]]:
    """The ``(start, end)`` offsets of what ``match`` matches in each text, by the text's index."""
    try:
        with scratch(texts) as connection:
            rows = bounded_query(
                connection,
                f"SELECT rowid, highlight({SCRATCH}, 0, ?, ?) FROM {SCRATCH} WHERE {SCRATCH} MATCH ?",  # noqa: S608
                [_OPEN, _CLOSE, match],
                match,
            )
    except QueryError:
        return {}  # an expression that only the index's own columns answer: no marks
    return {
        row: _offsets(marked)
        for row, marked in rows
        if _OPEN not in texts[row] and _CLOSE not in texts[row]
    }


def _offsets(marked: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets, in the text without them, of the parts between the marks."""
    offsets: list[tuple[int, int]] = []
    position = opened = 0
    for character in marked:
        if character == _OPEN:
            opened = position
        elif character == _CLOSE:
            offsets.append((opened, position))
        else:
            position += 1
    return offsets


def _hit_markup(hit: ShownHit, marks: Sequence[Span]) -> str:
    head = (
        f'<p class="ic-speaker">{hit.rank}. {escape_text(hit.interview_id)} '
        f'<span class="ic-id">{escape_text(hit.id)}</span> ({hit.score:.3f})</p>'
    )
    target = hit.target
    if isinstance(target, Paragraph):
        return head + paragraph_html(target, marks=marks)
    return head + f'<div class="ic-para"><p>{sentence_html(target, (), marks)}</p></div>'


def hit_html(hit: ShownHit) -> str:
    """A search hit: its rank, interview, id and score, then its text with the matched words marked.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.query._display import hit_html
        >>> markup = hit_html(ic.load().search("frozen assets")[0])
        >>> "<mark>frozen</mark>" in markup, "<mark>assets</mark>" in markup
        (True, True)
    """
    return view(_hit_markup(hit, matched_spans([hit])[0]))


def hits_html(hits: Sequence[ShownHit], suggestion: str | None = None) -> str:
    """A list of search hits: how many, then each (the first ``NOTEBOOK_ROWS``) as :func:`hit_html` shows it.

    With no hits, what to search for instead, if there is a ``suggestion``.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.query._display import hits_html
        >>> markup = hits_html(ic.load().search("Europe"))
        >>> "3 hits" in markup, markup.count("<mark>Europe</mark>")
        (True, 3)
        >>> hits_html([], "frozen assets")
        '<div class="ic-view">...No hits. Did you mean <strong>frozen assets</strong>?</p></div>'
    """
    if not hits:
        instead = f" Did you mean <strong>{escape_text(suggestion)}</strong>?" if suggestion else ""
        return view(f'<p class="ic-more">No hits.{instead}</p>')
    shown = hits[:NOTEBOOK_ROWS]
    parts = [
        _hit_markup(hit, marks) for hit, marks in zip(shown, matched_spans(shown), strict=True)
    ]
    return view(
        f'<p class="ic-more">{plural(len(hits), "hit")}</p>{"".join(parts)}{more(len(hits), len(shown))}'
    )
