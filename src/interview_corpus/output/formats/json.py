"""``json``: the lossless document of :func:`interview_corpus.to_json`."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from interview_corpus._util.progress import Progress
from interview_corpus.corpus import Corpus, to_json

if TYPE_CHECKING:
    from interview_corpus.interview import Interview

KIND = "text"
OPTIONS = ("indent",)


def write(
    obj: Interview | Corpus,
    target: TextIO,
    *,
    indent: int | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the JSON document (one line, or indented by ``indent`` spaces)."""
    target.write(to_json(obj, indent=indent))
    target.write("\n")
    if progress is not None:  # one document, made in one piece: reported once it is written
        count = len(obj) if isinstance(obj, Corpus) else 1
        progress(count, count, "")
