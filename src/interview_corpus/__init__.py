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

from ._errors import (
    ArgumentTypeError,
    ArgumentValueError,
    IntegrityError,
    InterviewCorpusError,
    NotFoundError,
    TranscriptError,
)
from ._load import available, load
from ._model import (
    Answer,
    Exchange,
    Interview,
    Paragraph,
    Photo,
    Question,
    Segment,
    Sentence,
    Span,
    Speaker,
    Topic,
    Turn,
)
from ._parse import parse
from ._segment import split_sentences
from ._version import __version__

__all__ = [
    "Answer",
    "ArgumentTypeError",
    "ArgumentValueError",
    "Exchange",
    "IntegrityError",
    "Interview",
    "InterviewCorpusError",
    "NotFoundError",
    "Paragraph",
    "Photo",
    "Question",
    "Segment",
    "Sentence",
    "Span",
    "Speaker",
    "Topic",
    "TranscriptError",
    "Turn",
    "__version__",
    "available",
    "load",
    "parse",
    "split_sentences",
]
