"""The one query surface of an interview, a corpus in memory and a corpus file: :class:`Searchable`.

A Protocol, below both façades: :class:`~interview_corpus.Interview` and the
corpora (:class:`~interview_corpus.Corpus`, :class:`~interview_corpus.CorpusFile`)
each satisfy it, with the same parameters (names, kinds and defaults) for each
query, and the type checker proves it (``typing_tests/public_api.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, overload

if TYPE_CHECKING:
    import pandas

    from ..model._objects import Entity, Speaker, SpeakerKey, TopicKey
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
    from ._search import Hit, Level, Syntax

__all__ = ["Searchable"]

_Found_co = TypeVar("_Found_co", covariant=True)


class Searchable(Protocol[_Found_co]):
    """The queries an interview and a corpus answer alike, with one signature each.

    The type parameter is what :meth:`mentions` lists: ``Mention`` for an
    interview, ``(interview id, Mention)`` for a corpus. A corpus's
    :meth:`search` also takes ``interview=`` (an id), which an interview has no
    use for.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> def sentences_about(source: ic.Searchable[object], words: str) -> list[str]:
        ...     return [hit.id for hit in source.search(words, level="sentence", limit=2)]
        >>> sentences_about(ic.load(), "frozen assets") == sentences_about(ic.Corpus.bundled(), "frozen assets")
        True
    """

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Everyone who speaks.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().speakers == ic.Corpus.bundled().speakers
            True
        """

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
        """Ranked full-text search; see :meth:`Interview.search`.

        Example:
            >>> import interview_corpus as ic
            >>> [hit.id for hit in ic.load().search("HAMAS")] == [hit.id for hit in ic.Corpus.bundled().search("HAMAS")]
            True
        """

    def mentions(
        self,
        entity: Entity | str | None = None,
        *,
        speaker: SpeakerKey = None,
        topic: TopicKey = None,
        kind: str | None = None,
    ) -> Sequence[_Found_co]:
        """Entity mentions in document order; see :meth:`Interview.mentions`.

        Example:
            >>> import interview_corpus as ic
            >>> list(ic.load().mentions("Zelensky")) == [m for _, m in ic.Corpus.bundled().mentions("Zelensky")]
            True
        """

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
    def records(self, level: str) -> list[Any]: ...
    def records(self, level: str = "paragraph") -> list[Any]:
        """Flat records of a level; see :meth:`Interview.records`.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().records("turn") == ic.Corpus.bundled().records("turn")
            True
        """

    def to_pandas(self, level: RecordLevel = "paragraph") -> pandas.DataFrame:
        """The records of a level as a pandas DataFrame; see :meth:`Interview.to_pandas`.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().to_pandas("turn").equals(ic.Corpus.bundled().to_pandas("turn"))
            True
        """

    def check_quote(self, quote: str) -> QuoteCheck:
        """Check a quotation; see :meth:`Interview.check_quote`.

        Example:
            >>> import interview_corpus as ic
            >>> quote = "These ambitions have literally blinded them."
            >>> ic.load().check_quote(quote).ids == ic.Corpus.bundled().check_quote(quote).ids
            True
        """
