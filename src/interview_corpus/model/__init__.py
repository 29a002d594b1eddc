"""The model: spans, the frozen data classes, sentences and mentions, and what queries need.

Importing the package registers the notebook markup of the data classes (:mod:`._markup`);
the names below load on first use (PEP 562): the façade unpickles an interview's lexicon
through them, and the queries' ``Document`` is for type checkers.
"""

from typing import TYPE_CHECKING

from .._util.lazy import exported, lazy_exports
from . import _markup as _markup  # registers the data classes' notebook markup

EXPORTS = {
    "._document": "Document",
    "._entities": "attach_lexicon check_lexicon lexicon_of",
}

if TYPE_CHECKING:
    from ._document import Document as Document
    from ._entities import (
        attach_lexicon as attach_lexicon,
        check_lexicon as check_lexicon,
        lexicon_of as lexicon_of,
    )

__getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
__all__ = exported(EXPORTS)  # noqa: PLE0605  # the names of the one table
