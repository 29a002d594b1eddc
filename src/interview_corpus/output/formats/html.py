"""``html``: a self-contained reading page per interview; for a corpus, a directory with an index.

An interview is one page (to a stream or a file). A corpus, or an interview
written to an existing directory, is a directory: ``index.html`` linking to
one ``<id>.html`` per interview.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from interview_corpus._util.progress import Progress, each
from interview_corpus.corpus import Corpus
from interview_corpus.errors import ArgumentValueError
from interview_corpus.output._html import index_page, page

if TYPE_CHECKING:
    from interview_corpus.interview import Interview

KIND = "text"
OPTIONS = ()
DIRECTORY_FOR_CORPUS = True
"""A corpus (or a target that is an existing directory) is written as a directory of pages."""


def write(
    obj: Interview | Corpus, target: TextIO | Path, *, progress: Progress | None = None
) -> None:
    """Write one page to a text stream, or a directory of pages (with ``index.html``) to a path."""
    if not isinstance(target, Path):
        if isinstance(obj, Corpus):
            msg = "a corpus is written as a directory of pages: give its path"
            raise ArgumentValueError(msg)
        target.write(page(obj))
        if progress is not None:
            progress(1, 1, obj.id)
        return
    target.mkdir(parents=True, exist_ok=True)
    interviews = obj if isinstance(obj, Corpus) else Corpus([obj])
    files = [f"{interview.id}.html" for interview in interviews]
    for interview, file in zip(each(interviews, progress), files, strict=True):
        _write_text(target / file, page(interview, index="index.html"))
    _write_text(target / "index.html", index_page(interviews, files))


def _write_text(path: Path, text: str) -> None:
    """Write one file; the one place this module writes, to swap for an atomic writer."""
    path.write_text(text, encoding="utf-8", newline="")
