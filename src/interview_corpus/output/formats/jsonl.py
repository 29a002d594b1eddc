"""``jsonl``: JSON Lines, one flat record per line (``level=``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from interview_corpus._util.progress import Progress, each
from interview_corpus.corpus import Corpus
from interview_corpus.query._records import records

if TYPE_CHECKING:
    from interview_corpus.interview import Interview

KIND = "text"
OPTIONS = ("level",)


def write(
    obj: Interview | Corpus,
    target: TextIO,
    *,
    level: str = "paragraph",
    progress: Progress | None = None,
) -> None:
    """Write the records of ``level``, one JSON object per line."""
    for record in records(each(obj if isinstance(obj, Corpus) else [obj], progress), level):
        target.write(json.dumps(record, ensure_ascii=False))
        target.write("\n")
