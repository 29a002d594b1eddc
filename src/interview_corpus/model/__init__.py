"""The model: spans, the frozen data classes, sentences and mentions, and what queries need.

Importing the package registers the notebook markup of the data classes (:mod:`._markup`);
the names below load on first use (PEP 562): the façade unpickles an interview's lexicon
through them, and the queries' ``Document`` is for type checkers.
"""

from typing import TYPE_CHECKING

from .._util.lazy import lazy_exports
from . import _markup as _markup  # registers the data classes' notebook markup

EXPORTS = {
    "Document": "._document",
    "attach_lexicon": "._entities",
    "check_lexicon": "._entities",
}

if TYPE_CHECKING:
    from ._document import Document as Document
    from ._entities import attach_lexicon as attach_lexicon
    from ._entities import check_lexicon as check_lexicon

__getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
__all__ = list(EXPORTS)
