"""Lossless JSON of interviews: one writer, one reader (cattrs and the checks), and the schema.

The corpus façade and the store use it through this package, whose names load on first use
(PEP 562): opening a corpus file does not import cattrs.
"""

from typing import TYPE_CHECKING

from .._util.lazy import exported, lazy_exports

# Each name the other wings call, with the module that defines it.
EXPORTS = {
    "._documents": "json_schema read_json write_json",
}

if TYPE_CHECKING:
    from ._documents import (
        json_schema as json_schema,
        read_json as read_json,
        write_json as write_json,
    )

__getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
__all__ = exported(EXPORTS)  # noqa: PLE0605  # the names of the one table
