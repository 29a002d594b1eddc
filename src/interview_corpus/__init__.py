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

from ._entities import Lexicon
from ._errors import (
    ArgumentTypeError,
    ArgumentValueError,
    DocumentError,
    IntegrityError,
    InterviewCorpusError,
    MissingDependencyError,
    NotFoundError,
    QueryError,
    ReadError,
    TranscriptError,
)
from ._layout import Style
from ._load import available, load
from ._model import (
    Answer,
    Entity,
    EntityKind,
    Exchange,
    Interview,
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
    Span,
    Speaker,
    SpeakerKey,
    Topic,
    TopicKey,
    Turn,
)
from ._parse import ParseOptions, parse
from ._segment import (
    Segmenter,
    split_sentences,
)
from ._version import __version__

# The search layer and the corpus, imported when first named: loading does not need them.
_LAZY = {
    "Level": "_search",
    "Record": "_records",
    "RecordLevel": "_records",
    "Syntax": "_search",
    "ConcordanceLine": "_grep",
    "Corpus": "_corpus",
    "CorpusError": "_corpus",
    "CorpusFile": "_store",
    "CorpusFileError": "_store",
    "Failure": "_corpus",
    "Hit": "_search",
    "TextMatch": "_grep",
    "export": "_export",
    "from_json": "_json",
    "json_schema": "_json",
    "read": "_corpus",
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
    "Failure",
    "Hit",
    "IntegrityError",
    "Interview",
    "InterviewCorpusError",
    "Level",
    "Lexicon",
    "Mention",
    "MentionForm",
    "MissingDependencyError",
    "NotFoundError",
    "Object",
    "Paragraph",
    "ParseOptions",
    "Photo",
    "QueryError",
    "Question",
    "ReadError",
    "Record",
    "RecordLevel",
    "Remark",
    "Role",
    "Segment",
    "Segmenter",
    "Sentence",
    "Span",
    "Speaker",
    "SpeakerKey",
    "Style",
    "Syntax",
    "TextMatch",
    "Topic",
    "TopicKey",
    "TranscriptError",
    "Turn",
    "__version__",
    "available",
    "export",
    "from_json",
    "json_schema",
    "load",
    "parse",
    "read",
    "split_sentences",
    "to_json",
]
