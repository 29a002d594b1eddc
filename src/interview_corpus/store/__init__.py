"""The corpus file: a SQLite database of a corpus and its full-text index.

The corpus façade uses the store through this package, whose names load on first use
(PEP 562): opening a corpus file does not import the build pipeline.
"""

from typing import TYPE_CHECKING

from .._util.lazy import exported, lazy_exports

# Each name the corpus façade calls, with the module that defines it.
EXPORTS = {
    "._build": "build",
    "._file": "FileBackend",
}

if TYPE_CHECKING:
    from ._build import build as build
    from ._file import FileBackend as FileBackend

__getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
__all__ = exported(EXPORTS)  # noqa: PLE0605  # the names of the one table
