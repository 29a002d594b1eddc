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

from ._util.lazy import lazy_exports as _lazy_exports
from ._version import __version__

# The public names, by the module that defines each: the one list behind __getattr__ (a name's
# module is loaded when the name is first used, so `import interview_corpus` loads no wing),
# __all__ and __dir__. The imports under _TYPE_CHECKING say the same to type checkers; a test
# keeps the two equal.
_MODULES = {
    "errors": (
        "ArgumentValueError CorpusFileError DocumentError "
        "IntegrityError InterviewCorpusError InvalidArgumentTypeError "
        "MissingDependencyError NotFoundError QueryError ReadError TranscriptError "
        "WriteError"
    ),
    "errors._failures": "CorpusError Failure",
    "model._span": "Span",
    "model._objects": (
        "Answer Entity EntityKind Exchange Mention MentionForm Object Paragraph Photo "
        "Question Remark Role Segment Sentence Speaker SpeakerKey Topic TopicKey Turn"
    ),
    "model._sentences": "Segmenter split_sentences",
    "model._entities": "Lexicon",
    "_util.text": "normalize",
    "query._search": "Hit Hits Level Syntax",
    "query._searchable": "Searchable",
    "query._grep": "ConcordanceLine TextMatch",
    "query._quote": "QuoteCheck QuoteDifference QuoteMatch",
    "query._records": (
        "ExchangeRecord InterviewRecord MentionRecord ParagraphRecord Record RecordLevel "
        "SentenceRecord TextMatchRecord TurnRecord"
    ),
    "interview": "Interview",
    "corpus": "Corpus CorpusFile from_json to_json",
    "json._documents": "json_schema",
    "reading._layout": "Style",
    "reading._parse": "parse ParseOptions",
    "reading._bundled": "available load",
    "reading._load": "read sidecar",
    "reading._explain": "explain LabelReading MarkerReading Reading",
    "output._export": "export",
}
_PUBLIC = {name: module for module, names in _MODULES.items() for name in names.split()}

if _TYPE_CHECKING:
    from ._util.text import (
        normalize as normalize,
    )
    from .corpus import (
        Corpus as Corpus,
        CorpusFile as CorpusFile,
        from_json as from_json,
        to_json as to_json,
    )
    from .errors import (
        ArgumentValueError as ArgumentValueError,
        CorpusFileError as CorpusFileError,
        DocumentError as DocumentError,
        IntegrityError as IntegrityError,
        InterviewCorpusError as InterviewCorpusError,
        InvalidArgumentTypeError as InvalidArgumentTypeError,
        MissingDependencyError as MissingDependencyError,
        NotFoundError as NotFoundError,
        QueryError as QueryError,
        ReadError as ReadError,
        TranscriptError as TranscriptError,
        WriteError as WriteError,
    )
    from .errors._failures import (
        CorpusError as CorpusError,
        Failure as Failure,
    )
    from .interview import (
        Interview as Interview,
    )
    from .json._documents import (
        json_schema as json_schema,
    )
    from .model._entities import (
        Lexicon as Lexicon,
    )
    from .model._objects import (
        Answer as Answer,
        Entity as Entity,
        EntityKind as EntityKind,
        Exchange as Exchange,
        Mention as Mention,
        MentionForm as MentionForm,
        Object as Object,
        Paragraph as Paragraph,
        Photo as Photo,
        Question as Question,
        Remark as Remark,
        Role as Role,
        Segment as Segment,
        Sentence as Sentence,
        Speaker as Speaker,
        SpeakerKey as SpeakerKey,
        Topic as Topic,
        TopicKey as TopicKey,
        Turn as Turn,
    )
    from .model._sentences import (
        Segmenter as Segmenter,
        split_sentences as split_sentences,
    )
    from .model._span import (
        Span as Span,
    )
    from .output._export import (
        export as export,
    )
    from .query._grep import (
        ConcordanceLine as ConcordanceLine,
        TextMatch as TextMatch,
    )
    from .query._quote import (
        QuoteCheck as QuoteCheck,
        QuoteDifference as QuoteDifference,
        QuoteMatch as QuoteMatch,
    )
    from .query._records import (
        ExchangeRecord as ExchangeRecord,
        InterviewRecord as InterviewRecord,
        MentionRecord as MentionRecord,
        ParagraphRecord as ParagraphRecord,
        Record as Record,
        RecordLevel as RecordLevel,
        SentenceRecord as SentenceRecord,
        TextMatchRecord as TextMatchRecord,
        TurnRecord as TurnRecord,
    )
    from .query._search import (
        Hit as Hit,
        Hits as Hits,
        Level as Level,
        Syntax as Syntax,
    )
    from .query._searchable import (
        Searchable as Searchable,
    )
    from .reading._bundled import available as available, load as load
    from .reading._explain import (
        LabelReading as LabelReading,
        MarkerReading as MarkerReading,
        Reading as Reading,
        explain as explain,
    )
    from .reading._layout import (
        Style as Style,
    )
    from .reading._load import read as read, sidecar as sidecar
    from .reading._parse import (
        ParseOptions as ParseOptions,
        parse as parse,
    )

__getattr__, __dir__ = _lazy_exports(
    __name__, {f".{module}": names for module, names in _MODULES.items()}
)
__all__ = ["__version__", *_PUBLIC]  # noqa: PLE0604  # every name of the one table
