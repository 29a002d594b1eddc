"""``csv``: RFC 4180 comma-separated values of the flat records (``level=``), with a header row."""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, TextIO

from interview_corpus._util.progress import Progress, each
from interview_corpus.corpus import Corpus
from interview_corpus.query._records import columns, records

if TYPE_CHECKING:
    from interview_corpus.interview import Interview

KIND = "text"
OPTIONS = ("level", "spreadsheet")

# What spreadsheets read as the start of a formula (OWASP's list for CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write(
    obj: Interview | Corpus,
    target: TextIO,
    *,
    level: str = "paragraph",
    spreadsheet: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write a header and one row per record; empty fields stand for None.

    Rows end with CRLF, as RFC 4180 says; open files with ``newline=""``.
    With ``spreadsheet=True``, a text cell that starts like a formula gets a
    ``'`` in front, which spreadsheets hide and which keeps the cell text; the
    file then no longer holds the text verbatim.
    """
    rows = records(each(obj if isinstance(obj, Corpus) else [obj], progress), level)
    if spreadsheet:
        rows = [{key: _neutral(value) for key, value in row.items()} for row in rows]
    writer = csv.DictWriter(target, fieldnames=columns(level), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)


def _neutral(value: str | float | None) -> str | int | float | None:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
