"""What the queries need of an interview: :class:`Document`, a Protocol the façade satisfies.

The queries (search, grep, records, quotes, the notebook's markup) sit below the
:class:`~interview_corpus.Interview` façade, which calls them; they take a
``Document`` (anything with an interview's data and its structural lookups), so
they never import the façade. ``Interview`` is the one class that implements it;
the type checker proves that wherever an interview is passed to a query.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from ._objects import (
    Answer,
    Exchange,
    Mention,
    Object,
    Paragraph,
    Photo,
    Remark,
    Segment,
    Speaker,
    SpeakerKey,
    Topic,
    Turn,
)
from ._span import Span

if TYPE_CHECKING:
    import datetime


class Document(Protocol):
    """An interview as the queries see it: its data, its parts in order, and lookups by id.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.model import Document
        >>> def first_words(document: Document) -> str:
        ...     return document.turns()[0].text.split()[0]
        >>> first_words(ic.load())
        'The'
    """

    @property
    def id(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def title_span(self) -> Span | None: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def published(self) -> datetime.date | None: ...
    @property
    def language(self) -> str | None: ...
    @property
    def interviewer(self) -> Speaker: ...
    @property
    def interviewee(self) -> Speaker: ...
    @property
    def lede(self) -> str | None: ...
    @property
    def lede_span(self) -> Span | None: ...
    @property
    def photo(self) -> Photo | None: ...
    @property
    def rights(self) -> str | None: ...
    @property
    def duration(self) -> datetime.timedelta | None: ...
    @property
    def exchanges(self) -> tuple[Exchange, ...]: ...
    @property
    def remarks(self) -> tuple[Remark, ...]: ...
    @property
    def statements(self) -> tuple[Answer, ...]: ...
    @property
    def segments(self) -> tuple[Segment, ...]: ...
    @property
    def speakers(self) -> tuple[Speaker, ...]: ...
    @property
    def header_mentions(self) -> tuple[Mention, ...]: ...
    # What is built once from the data and kept beside it (a search index, quote regions).
    @property
    def _cache(self) -> dict[str, Any]: ...

    def __iter__(self) -> Iterator[Exchange]: ...
    def turns(self, speaker: SpeakerKey = None) -> tuple[Turn, ...]: ...
    def paragraphs(self, speaker: SpeakerKey = None) -> tuple[Paragraph, ...]: ...
    def lookup(self, id: str) -> Object: ...
    def topic(self, key: str) -> Topic: ...
    def cite(self, id: str) -> str: ...
    def mentions(self) -> tuple[Mention, ...]: ...
    def _speakers(self, key: SpeakerKey) -> tuple[Speaker, ...] | None: ...
