"""Writing interviews out: export(), the formats, the HTML page, the terminal view.

The command line uses this wing through the package, whose names load on first use (PEP 562):
a command that writes nothing out does not import the exporters.
"""

from typing import TYPE_CHECKING

from .._util.lazy import exported, lazy_exports

# Each name the command line calls, with the module that defines it.
EXPORTS = {
    "._export": "export",
    "._terminal": "render visible",
}

if TYPE_CHECKING:
    from ._export import export as export
    from ._terminal import render as render, visible as visible

__getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
__all__ = exported(EXPORTS)  # noqa: PLE0605  # the names of the one table
