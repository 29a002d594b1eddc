"""Reading transcripts: layout, roles, header, the parser, files and the bundled interview.

"Read" means one thing here: :func:`read` reads a transcript file. Its modules, in the
order a text goes through them:

* ``_load``: interviews from files: :func:`read` (a transcript file and its sidecar),
  :func:`sidecar`, ``read_transcript`` (:func:`read` with a folder's defaults, for corpora, also
  giving the options the file gave), ``transcript`` (a file's text: see ``_files``),
  and :func:`load` / :func:`available` for the bundled interviews;
* ``_parse``: :func:`parse`, from a transcript's text to an ``Interview``, and ``ParseOptions``,
  the one list of its options;
* ``_structure``: ``find_structure``, the step between the text and the model, which puts
  together ``_layout`` (lines, blocks, turn markers and what is set aside), ``_frontmatter``
  (YAML front matter), ``_roles`` (each speaker's role, each turn's side) and ``_header``
  (the headline, the lede and the photo above the first turn);
* ``_files``: a file's bytes as the text the reader reads (encodings, saved web pages, Word, PDF),
  and where the text came from;
* ``_times``: the time codes of turns and paragraphs;
* ``_explain``: :func:`explain`, the same reading made public as a ``Reading``.

Other wings use the reader through this package, whose names load on first use (PEP 562):
opening a corpus file and searching it never imports the parser.
"""

from typing import TYPE_CHECKING

from .._util.lazy import exported, lazy_exports

# Each name the other wings call, with the module that defines it.
EXPORTS = {
    "._explain": "explain",
    "._load": "DEFAULT_ID TRANSCRIPT_SUFFIXES available file_id load read read_transcript "
    "sidecar sidecar_name transcript transcript_files",
    "._parse": "parse",
}

if TYPE_CHECKING:
    from ._explain import explain as explain
    from ._load import (
        DEFAULT_ID as DEFAULT_ID,
        TRANSCRIPT_SUFFIXES as TRANSCRIPT_SUFFIXES,
        available as available,
        file_id as file_id,
        load as load,
        read as read,
        read_transcript as read_transcript,
        sidecar as sidecar,
        sidecar_name as sidecar_name,
        transcript as transcript,
        transcript_files as transcript_files,
    )
    from ._parse import parse as parse

__getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
__all__ = exported(EXPORTS)  # noqa: PLE0605  # the names of the one table
