"""The one query surface of an interview, a corpus in memory and a corpus file: :class:`Searchable`.

A Protocol, below both façades: :class:`~interview_corpus.Interview` and the
corpora (:class:`~interview_corpus.Corpus`, :class:`~interview_corpus.CorpusFile`)
each satisfy it, with the same parameters (names, kinds and defaults) for each
query, and the type checker proves it (``typing_tests/public_api.py``). Its
records and DataFrames (:class:`Tabular`) are written once here: both façades
inherit them and give only their interviews.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, overload

from .. import query as queries  # each query's module loads when it first runs

if TYPE_CHECKING:
    import pandas

    from ..model._document import Document
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

__all__ = ["Searchable", "Tabular"]

_Found_co = TypeVar("_Found_co", covariant=True)


class Tabular(Protocol):
    """Flat records and DataFrames of some interviews, written once for an interview and a corpus.

    :class:`~interview_corpus.Interview` and the corpora inherit it, each
    giving its interviews in order (``_documents``).

    .. versionadded:: 0.1
    """

    __slots__ = ()

    def _documents(self) -> Iterable[Document]:
        """The interviews, in order (a corpus file parses each when it is reached)."""
        ...

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
        A corpus gives the records of every interview, in order.

        Args:
            level: ``"interview"`` (one row of metadata per interview),
                ``"exchange"``, ``"turn"``, ``"paragraph"`` (default),
                ``"sentence"`` or ``"mention"``.

        Example:
            >>> import interview_corpus as ic
            >>> rows = ic.load().records("sentence")
            >>> len(rows), rows[0]["id"], rows[0]["speaker"], rows[0]["topic"]
            (88, 'q1.p1.s1', 'TASS', 'ukraine')
            >>> len(ic.Corpus.bundled().records("exchange"))
            5
            >>> ic.load().records("turn") == ic.Corpus.bundled().records("turn")
            True
        """
        return queries.records(self._documents(), level)

    def to_pandas(self, level: RecordLevel = "paragraph") -> pandas.DataFrame:
        """The records of a level as a pandas DataFrame (needs ``interview-corpus[pandas]``).

        Raises:
            MissingDependencyError: pandas is not installed; the message says how to install it.

        Example:
            >>> import interview_corpus as ic
            >>> frame = ic.load().to_pandas("turn")
            >>> frame.shape, list(frame["role"].unique())
            ((10, 14), ['interviewer', 'interviewee'])
            >>> ic.Corpus.bundled().to_pandas("mention").groupby("entity_kind").size().to_dict()
            {'document': 3, 'organization': 14, 'person': 17, 'place': 114}
            >>> ic.load().to_pandas("turn").equals(ic.Corpus.bundled().to_pandas("turn"))
            True
        """
        return queries.to_pandas(self._documents(), level)


class Searchable(Tabular, Protocol[_Found_co]):
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

    def check_quote(self, quote: str) -> QuoteCheck:
        """Check a quotation; see :meth:`Interview.check_quote`.

        Example:
            >>> import interview_corpus as ic
            >>> quote = "These ambitions have literally blinded them."
            >>> ic.load().check_quote(quote).ids == ic.Corpus.bundled().check_quote(quote).ids
            True
        """
