"""``html``: a self-contained reading page per interview; for a corpus, a directory with an index.

An interview is one page (to a stream or a file). A corpus, or an interview
written to an existing directory, is a directory: ``index.html`` linking to
one ``<id>.html`` per interview. No page overwrites another: an interview
whose page name is taken, where case does not count (the id ``index``, or
``Talk`` beside ``talk``), gets a name that starts with ``_``, which no id
can (``_index.html``; numbered if that is taken too), as :func:`page_names`
gives them.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    files = page_names(interviews.ids)
    for interview, file in zip(each(interviews, progress), files, strict=True):
        _write_text(target / file, page(interview, index=INDEX))
    _write_text(target / INDEX, index_page(interviews, files))


INDEX = "index.html"
"""The corpus index page's name: the page a web server gives for the folder."""


def page_names(ids: Sequence[str]) -> list[str]:
    """The file name of each interview's page: ``<id>.html``, unless that name is taken.

    A name is taken if the index page or an earlier page has it where case does
    not count (as on macOS and Windows); such a page is ``_<id>.html``, then
    ``_<id>-2.html`` and so on. Ids start with a letter or a digit, so a name
    that starts with ``_`` is no other interview's ``<id>.html``.

    Example:
        >>> from interview_corpus.output.formats.html import page_names
        >>> page_names(["tass-2065861", "index", "talk", "Talk"])
        ['tass-2065861.html', '_index.html', 'talk.html', '_Talk.html']
    """
    taken = {INDEX}
    names: list[str] = []
    for id in ids:
        name, number = f"{id}.html", 1
        while name.casefold() in taken:
            name = f"_{id}.html" if number == 1 else f"_{id}-{number}.html"
            number += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def _write_text(path: Path, text: str) -> None:
    """Write one file; the one place this module writes, to swap for an atomic writer."""
    path.write_text(text, encoding="utf-8", newline="")
