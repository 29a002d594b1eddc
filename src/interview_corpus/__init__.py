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
        "ArgumentValueError CorpusError CorpusFileError DocumentError Failure "
        "IntegrityError InterviewCorpusError InvalidArgumentTypeError "
        "MissingDependencyError NotFoundError QueryError ReadError TranscriptError "
        "WriteError"
    ),
    "model._span": "Span",
    "model._objects": (
        "Answer Entity EntityKind Exchange Mention MentionForm Object Paragraph Photo "
        "Question Remark Role Segment Sentence Speaker SpeakerKey Topic TopicKey Turn"
    ),
    "model._sentences": "Segmenter split_sentences",
    "model._entities": "Lexicon",
    "_util.text": "normalize",
    "query._search": "Hit Level Syntax",
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
    "reading._load": "available load read sidecar",
    "reading._explain": "explain LabelReading Reading",
    "output._export": "export",
}
_PUBLIC = {name: module for module, names in _MODULES.items() for name in names.split()}

if _TYPE_CHECKING:
    from ._util.text import (
        normalize as normalize,
    )
    from .corpus import (
        Corpus as Corpus,
    )
    from .corpus import (
        CorpusFile as CorpusFile,
    )
    from .corpus import (
        from_json as from_json,
    )
    from .corpus import (
        to_json as to_json,
    )
    from .errors import (
        ArgumentValueError as ArgumentValueError,
    )
    from .errors import (
        CorpusError as CorpusError,
    )
    from .errors import (
        CorpusFileError as CorpusFileError,
    )
    from .errors import (
        DocumentError as DocumentError,
    )
    from .errors import (
        Failure as Failure,
    )
    from .errors import (
        IntegrityError as IntegrityError,
    )
    from .errors import (
        InterviewCorpusError as InterviewCorpusError,
    )
    from .errors import (
        InvalidArgumentTypeError as InvalidArgumentTypeError,
    )
    from .errors import (
        MissingDependencyError as MissingDependencyError,
    )
    from .errors import (
        NotFoundError as NotFoundError,
    )
    from .errors import (
        QueryError as QueryError,
    )
    from .errors import (
        ReadError as ReadError,
    )
    from .errors import (
        TranscriptError as TranscriptError,
    )
    from .errors import (
        WriteError as WriteError,
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
    )
    from .model._objects import (
        Entity as Entity,
    )
    from .model._objects import (
        EntityKind as EntityKind,
    )
    from .model._objects import (
        Exchange as Exchange,
    )
    from .model._objects import (
        Mention as Mention,
    )
    from .model._objects import (
        MentionForm as MentionForm,
    )
    from .model._objects import (
        Object as Object,
    )
    from .model._objects import (
        Paragraph as Paragraph,
    )
    from .model._objects import (
        Photo as Photo,
    )
    from .model._objects import (
        Question as Question,
    )
    from .model._objects import (
        Remark as Remark,
    )
    from .model._objects import (
        Role as Role,
    )
    from .model._objects import (
        Segment as Segment,
    )
    from .model._objects import (
        Sentence as Sentence,
    )
    from .model._objects import (
        Speaker as Speaker,
    )
    from .model._objects import (
        SpeakerKey as SpeakerKey,
    )
    from .model._objects import (
        Topic as Topic,
    )
    from .model._objects import (
        TopicKey as TopicKey,
    )
    from .model._objects import (
        Turn as Turn,
    )
    from .model._sentences import (
        Segmenter as Segmenter,
    )
    from .model._sentences import (
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
    )
    from .query._grep import (
        TextMatch as TextMatch,
    )
    from .query._quote import (
        QuoteCheck as QuoteCheck,
    )
    from .query._quote import (
        QuoteDifference as QuoteDifference,
    )
    from .query._quote import (
        QuoteMatch as QuoteMatch,
    )
    from .query._records import (
        ExchangeRecord as ExchangeRecord,
    )
    from .query._records import (
        InterviewRecord as InterviewRecord,
    )
    from .query._records import (
        MentionRecord as MentionRecord,
    )
    from .query._records import (
        ParagraphRecord as ParagraphRecord,
    )
    from .query._records import (
        Record as Record,
    )
    from .query._records import (
        RecordLevel as RecordLevel,
    )
    from .query._records import (
        SentenceRecord as SentenceRecord,
    )
    from .query._records import (
        TextMatchRecord as TextMatchRecord,
    )
    from .query._records import (
        TurnRecord as TurnRecord,
    )
    from .query._search import (
        Hit as Hit,
    )
    from .query._search import (
        Level as Level,
    )
    from .query._search import (
        Syntax as Syntax,
    )
    from .query._searchable import (
        Searchable as Searchable,
    )
    from .reading._explain import (
        LabelReading as LabelReading,
    )
    from .reading._explain import (
        Reading as Reading,
    )
    from .reading._explain import (
        explain as explain,
    )
    from .reading._layout import (
        Style as Style,
    )
    from .reading._load import (
        available as available,
    )
    from .reading._load import (
        load as load,
    )
    from .reading._load import (
        read as read,
    )
    from .reading._load import (
        sidecar as sidecar,
    )
    from .reading._parse import (
        ParseOptions as ParseOptions,
    )
    from .reading._parse import (
        parse as parse,
    )

__getattr__, __dir__ = _lazy_exports(
    __name__, {name: f".{module}" for name, module in _PUBLIC.items()}
)
__all__ = ["__version__", *_PUBLIC]  # noqa: PLE0604  # every name of the one table
