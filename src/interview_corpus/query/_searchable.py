"""The one query surface of an interview, a corpus in memory and a corpus file: :class:`Searchable`.

A Protocol, below both façades: :class:`~interview_corpus.Interview` and the
corpora (:class:`~interview_corpus.Corpus`, :class:`~interview_corpus.CorpusFile`)
each satisfy it, with the same parameters (names, kinds and defaults) for each
query, and the type checker proves it (``typing_tests/public_api.py``). Search,
quote checks, records and DataFrames (:class:`Queryable`) are written once here:
both façades inherit them and give only their interviews and their own index.
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
    from ._search import Hits, Level, Ranking, Syntax

__all__ = ["Queryable", "Searchable"]

_Found_co = TypeVar("_Found_co", covariant=True)


class Queryable(Protocol):
    """What an interview and a corpus answer with the same code: search, records and DataFrames.

    :class:`~interview_corpus.Interview` and the corpora inherit it, each
    giving its interviews in order (``_documents``) and ranking a checked
    search in its own index (``_ranked``).

    .. versionadded:: 0.1
    """

    __slots__ = ()

    def _documents(self) -> Iterable[Document]:
        """The interviews, in order (a corpus file parses each when it is reached)."""
        ...

    def _ranked(
        self, ranking: Ranking, interview: str | None, speaker: SpeakerKey, topic: TopicKey
    ) -> Hits:
        """The hits of a checked search, with the filters resolved as this object knows them."""
        ...

    def search(
        self,
        query: str,
        *,
        limit: int | None = 10,
        level: Level = "paragraph",
        syntax: Syntax = "plain",
        interview: str | None = None,
        speaker: SpeakerKey = None,
        topic: TopicKey = None,
        mark: tuple[str, str] = ("[", "]"),
    ) -> Hits:
        r"""Ranked full-text search (BM25) over the paragraphs or sentences; each hit names its interview.

        A plain query (the default syntax) is words, ``"quoted phrases"`` and
        ``prefix*`` terms, all of which must match; ``OR`` in capitals between
        two of them makes either do (``obstacle OR sanctions``), and a minus
        before one leaves out the passages that have it (``Gaza -ceasefire``).
        Everything else is text to look for: a lower-case ``or``, ``AND``,
        ``NOT``, ``NEAR`` and punctuation (``C++`` is the word ``c``).
        English stemming makes ``sanction`` find ``sanctions``, and case,
        accents and apostrophes do not matter. When a plain query finds
        nothing, the empty :class:`Hits` suggests the query spelled with the
        index's own words (``frozn asets``: ``frozen assets``), if that finds
        something. An interview's index (or a corpus's, in memory) is built
        on the first search and reused; a corpus file has its own, and reads
        a query with the same code. The filters mean the same for a corpus,
        in each of its interviews; interviews where a filter does not apply
        are passed over.

        Args:
            query: What to look for.
            limit: The most hits to return, or ``None`` for all.
            level: ``"paragraph"`` or ``"sentence"``.
            syntax: ``"plain"``, or ``"fts5"`` for SQLite FTS5 query syntax
                (``AND``, ``OR``, ``NOT``, ``NEAR``, column filters).
            interview: Search only the interview with this id.
            speaker: Only this speaker's turns: a :class:`Speaker`, a role, or a
                name or alias.
            topic: Only exchanges on this topic (slug, title or Topic).
            mark: The strings put before and after each matched term in snippets.

        Returns:
            The hits, best first, as :class:`Hits` (a list); empty, with a
            ``suggestion`` where there is one, when nothing matches.

        Raises:
            NotFoundError: ``interview``, ``speaker`` or ``topic`` is not there.
            QueryError: The query cannot be run (an unbalanced quote, a lone
                ``*``, no words, only words left out, or invalid FTS5 syntax).
            InvalidArgumentTypeError: ``query`` is not a str, or ``mark`` not two strings.
            ArgumentValueError: A bad ``level``, ``syntax`` or ``limit``.

        Example:
            >>> import interview_corpus as ic
            >>> iv = ic.load()
            >>> [hit.id for hit in iv.search("sanction")]
            ['a1.p3']
            >>> [hit.id for hit in iv.search('"root causes"', level="sentence")]
            ['a1.p1.s2']
            >>> [hit.id for hit in iv.search("Zelensky OR Putin")]
            ['a3.p3', 'a1.p2', 'a1.p4']
            >>> [hit.id for hit in iv.search("Gaza -ceasefire")]
            ['a4.p3', 'a4.p6']
            >>> [hit.id for hit in iv.search("Gaza NOT ceasefire", syntax="fts5")]
            ['a4.p3', 'a4.p6']
            >>> iv.search("frozn asets").suggestion
            'frozen assets'
            >>> corpus = ic.Corpus([iv, ic.parse("– Frozen assets?\n\n– Yes.", id="other")])
            >>> [(hit.interview_id, hit.id) for hit in corpus.search("frozen assets")]
            [('other', 'q1.p1'), ('tass-2065861', 'q3.p1')]
        """
        ranking = queries.check_search(query, level, syntax, limit, mark)
        return self._ranked(ranking, interview, speaker, topic)

    def _quote_check(self, quote: str) -> QuoteCheck:
        """Check a quote against these interviews (the query, with this object's way of finding them)."""
        ...

    def check_quote(self, quote: str) -> QuoteCheck:
        """Check a quotation against the transcript: is it there, where, and how faithfully?

        The verdict is ``"verbatim"``, ``"typography"`` (verbatim once quotes,
        apostrophes, dashes, white space and case are folded),
        ``"editorial"`` (verbatim up to typography and the conventions of
        news reports: a comma for the closing period before the attribution,
        words in brackets, text left out at an ellipsis; the attribution given
        with the quote is reported, not checked), ``"altered"`` (each word
        inserted, dropped or changed is given), ``"stitched"`` (pieces from
        different places, each located) or ``"not-found"``; with the ids, exact spans, speaker and
        exchange of each match, a score, and alternatives. In a large corpus
        the full-text index picks the candidate turns, so a check stays fast
        however many interviews there are.

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
            >>> check = ic.Corpus.bundled().check_quote("Russia recognises Taiwan as an integral part of China")
            >>> check.verdict, check.interview_id, check.ids
            ('verbatim', 'tass-2065861', ('a5.p3.s2',))

        .. versionadded:: 0.1
        """
        return self._quote_check(quote)

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
            ((10, 16), ['interviewer', 'interviewee'])
            >>> ic.Corpus.bundled().to_pandas("mention").groupby("entity_kind").size().to_dict()
            {'document': 3, 'organization': 14, 'person': 17, 'place': 114}
            >>> ic.load().to_pandas("turn").equals(ic.Corpus.bundled().to_pandas("turn"))
            True
        """
        return queries.to_pandas(self._documents(), level)


class Searchable(Queryable, Protocol[_Found_co]):
    """The queries an interview and a corpus answer alike, with one signature each.

    The type parameter is what :meth:`mentions` lists: ``Mention`` for an
    interview, ``(interview id, Mention)`` for a corpus.

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
