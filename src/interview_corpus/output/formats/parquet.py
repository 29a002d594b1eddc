"""``parquet``: Apache Parquet of the flat records (``level=``), with pyarrow (``interview-corpus[parquet]``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from interview_corpus._util.progress import Progress, each
from interview_corpus.corpus import Corpus
from interview_corpus.errors import MissingDependencyError
from interview_corpus.query._records import columns, records

if TYPE_CHECKING:
    from interview_corpus.interview import Interview

KIND = "binary"
OPTIONS = ("level",)


def write(
    obj: Interview | Corpus,
    target: BinaryIO,
    *,
    level: str = "paragraph",
    progress: Progress | None = None,
) -> None:
    """Write one Parquet file with a column per record field (ints as int64, times as float64, the rest as strings)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependencyError("pyarrow", "parquet") from None
    rows = records(each(obj if isinstance(obj, Corpus) else [obj], progress), level)
    integers = {
        "number", "start", "end", "paragraph_count", "sentence_count", "word_count", "exchange_count",
    }  # fmt: skip
    seconds = {"start_time", "end_time", "duration"}
    schema = pa.schema(
        [
            (
                name,
                pa.int64()
                if name in integers
                else pa.float64()
                if name in seconds
                else pa.string(),
            )
            for name in columns(level)
        ]
    )
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), target)
