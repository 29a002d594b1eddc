"""Reading transcripts: layout, roles, header, the parser, files and the bundled interview.

Other wings use the reader through this package, whose names load on first use (PEP 562):
opening a corpus file and searching it never imports the parser.
"""

from typing import TYPE_CHECKING

from .._util.lazy import lazy_exports

# Each name the other wings call, with the module that defines it.
EXPORTS = {
    "explain": "._explain",
    "DEFAULT_ID": "._load",
    "available": "._load",
    "load": "._load",
    "read": "._load",
    "read_transcript": "._load",
    "sidecar": "._load",
    "parse": "._parse",
}

if TYPE_CHECKING:
    from ._explain import explain as explain
    from ._load import DEFAULT_ID as DEFAULT_ID
    from ._load import available as available
    from ._load import load as load
    from ._load import read as read
    from ._load import read_transcript as read_transcript
    from ._load import sidecar as sidecar
    from ._parse import parse as parse

__getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
__all__ = list(EXPORTS)
