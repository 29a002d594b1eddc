"""Interviews as data: typed, verbatim, citable objects.

The package ships TASS's year-end interview with Sergey Lavrov (2025-12-28)
and the parser that reads it, so that other interviews in the same layout can
be read too.

Example:
    >>> import interview_corpus as ic
    >>> iv = ic.load()
    >>> answer = iv.answers[2]
    >>> iv.source[answer.span.start : answer.span.end] == answer.text
    True
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

from ._errors import (
    ArgumentTypeError,
    ArgumentValueError,
    CorpusError,
    CorpusFileError,
    DocumentError,
    IntegrityError,
    InterviewCorpusError,
    InvalidArgumentTypeError,
    MissingDependencyError,
    NotFoundError,
    QueryError,
    ReadError,
    TranscriptError,
    WriteError,
)
from ._interview import Interview
from ._model import (
    Answer,
    Entity,
    EntityKind,
    Exchange,
    Mention,
    MentionForm,
    Object,
    Paragraph,
    Photo,
    Question,
    Remark,
    Role,
    Segment,
    Sentence,
    Speaker,
    SpeakerKey,
    Topic,
    TopicKey,
    Turn,
)
from ._span import Span
from ._text import normalize
from ._version import __version__

if _TYPE_CHECKING:
    # What type checkers see: the names below are loaded on first use (``_LAZY``), and a
    # module ``__getattr__`` alone would make each of them ``object`` in users' code.
    from ._corpus import Corpus, Failure
    from ._entities import Lexicon
    from ._explain import LabelReading, Reading, explain
    from ._export import export
    from ._grep import ConcordanceLine, TextMatch
    from ._json import from_json, json_schema, to_json
    from ._layout import Style
    from ._load import available, load, read, sidecar
    from ._parse import ParseOptions, parse
    from ._quote import QuoteCheck, QuoteDifference, QuoteMatch
    from ._records import (
        ExchangeRecord,
        InterviewRecord,
        MentionRecord,
        ParagraphRecord,
        Record,
        RecordLevel,
        SentenceRecord,
        TextMatchRecord,
        TurnRecord,
    )
    from ._search import Hit, Level, Syntax
    from ._sentences import Segmenter, split_sentences
    from ._store import CorpusFile

# Imported when first named: the search layer and the corpus (loading does not need them), and
# the parser and the loader (opening a corpus file and searching it does not need them).
_LAZY = {
    "Lexicon": "_entities",
    "ParseOptions": "_parse",
    "Segmenter": "_sentences",
    "Style": "_layout",
    "available": "_load",
    "load": "_load",
    "read": "_load",
    "sidecar": "_load",
    "parse": "_parse",
    "split_sentences": "_sentences",
    "Level": "_search",
    "Record": "_records",
    "ExchangeRecord": "_records",
    "InterviewRecord": "_records",
    "MentionRecord": "_records",
    "ParagraphRecord": "_records",
    "SentenceRecord": "_records",
    "TurnRecord": "_records",
    "TextMatchRecord": "_records",
    "RecordLevel": "_records",
    "Syntax": "_search",
    "ConcordanceLine": "_grep",
    "LabelReading": "_explain",
    "Reading": "_explain",
    "explain": "_explain",
    "Corpus": "_corpus",
    "CorpusFile": "_store",
    "Failure": "_corpus",
    "Hit": "_search",
    "TextMatch": "_grep",
    "QuoteCheck": "_quote",
    "QuoteDifference": "_quote",
    "QuoteMatch": "_quote",
    "export": "_export",
    "from_json": "_json",
    "json_schema": "_json",
    "to_json": "_json",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Answer",
    "ArgumentTypeError",
    "ArgumentValueError",
    "ConcordanceLine",
    "Corpus",
    "CorpusError",
    "CorpusFile",
    "CorpusFileError",
    "DocumentError",
    "Entity",
    "EntityKind",
    "Exchange",
    "ExchangeRecord",
    "Failure",
    "Hit",
    "IntegrityError",
    "Interview",
    "InterviewCorpusError",
    "InterviewRecord",
    "InvalidArgumentTypeError",
    "LabelReading",
    "Level",
    "Lexicon",
    "Mention",
    "MentionForm",
    "MentionRecord",
    "MissingDependencyError",
    "NotFoundError",
    "Object",
    "Paragraph",
    "ParagraphRecord",
    "ParseOptions",
    "Photo",
    "QueryError",
    "Question",
    "QuoteCheck",
    "QuoteDifference",
    "QuoteMatch",
    "ReadError",
    "Reading",
    "Record",
    "RecordLevel",
    "Remark",
    "Role",
    "Segment",
    "Segmenter",
    "Sentence",
    "SentenceRecord",
    "Span",
    "Speaker",
    "SpeakerKey",
    "Style",
    "Syntax",
    "TextMatch",
    "TextMatchRecord",
    "Topic",
    "TopicKey",
    "TranscriptError",
    "Turn",
    "TurnRecord",
    "WriteError",
    "__version__",
    "available",
    "explain",
    "export",
    "from_json",
    "json_schema",
    "load",
    "normalize",
    "parse",
    "read",
    "sidecar",
    "split_sentences",
    "to_json",
]
