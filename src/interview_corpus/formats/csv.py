"""``csv``: RFC 4180 comma-separated values of the flat records (``level=``), with a header row."""

from __future__ import annotations

import csv
from typing import TextIO

from interview_corpus._corpus import Corpus
from interview_corpus._model import Interview
from interview_corpus._records import columns, records

KIND = "text"
OPTIONS = ("level",)


def write(obj: Interview | Corpus, target: TextIO, *, level: str = "paragraph") -> None:
    """Write a header and one row per record; empty fields stand for None.

    Rows end with CRLF, as RFC 4180 says; open files with ``newline=""``.
    """
    rows = records(obj if isinstance(obj, Corpus) else [obj], level)
    writer = csv.DictWriter(target, fieldnames=columns(level), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
