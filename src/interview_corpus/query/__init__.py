"""Queries over the model: search, grep, records, frames, quotes, filters.

Each query takes model objects (an interview as a :class:`~interview_corpus.model.Document`),
never a façade. The façades use the queries through this package, whose names load on
first use (PEP 562): loading an interview does not import the queries it has not run.
"""

from typing import TYPE_CHECKING

from .._util.lazy import lazy_exports

# Each name the façades call, with the module that defines it.
EXPORTS = {
    "check_entity_kind": "._filters",
    "resolve_filters": "._filters",
    "to_pandas": "._frames",
    "concordance": "._grep",
    "grep": "._grep",
    "check_quote": "._quote",
    "check_quote_in_corpus": "._quote",
    "count_words": "._records",
    "records": "._records",
    "SearchIndex": "._search",
    "check_search": "._search",
}

if TYPE_CHECKING:
    from ._filters import check_entity_kind as check_entity_kind
    from ._filters import resolve_filters as resolve_filters
    from ._frames import to_pandas as to_pandas
    from ._grep import concordance as concordance
    from ._grep import grep as grep
    from ._quote import check_quote as check_quote
    from ._quote import check_quote_in_corpus as check_quote_in_corpus
    from ._records import count_words as count_words
    from ._records import records as records
    from ._search import SearchIndex as SearchIndex
    from ._search import check_search as check_search

__getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
__all__ = list(EXPORTS)
