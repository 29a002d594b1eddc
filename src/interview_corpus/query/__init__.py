"""Queries over the model: search, grep, records, frames, quotes, filters.

Each query takes model objects (an interview as a :class:`~interview_corpus.model.Document`),
never a façade. The façades use the queries through this package, whose names load on
first use (PEP 562): loading an interview does not import the queries it has not run.
"""

from typing import TYPE_CHECKING

from .._util.lazy import exported, lazy_exports

# Each name the façades call, with the module that defines it.
EXPORTS = {
    "._filters": "check_entity_kind resolve_filters",
    "._frames": "to_pandas",
    "._grep": "concordance grep",
    "._quote": "check_quote check_quote_in_corpus",
    "._records": "count_words records",
    "._search": "SearchIndex check_search",
}

if TYPE_CHECKING:
    from ._filters import check_entity_kind as check_entity_kind, resolve_filters as resolve_filters
    from ._frames import to_pandas as to_pandas
    from ._grep import concordance as concordance, grep as grep
    from ._quote import check_quote as check_quote, check_quote_in_corpus as check_quote_in_corpus
    from ._records import count_words as count_words, records as records
    from ._search import SearchIndex as SearchIndex, check_search as check_search

__getattr__, __dir__ = lazy_exports(__name__, EXPORTS)
__all__ = exported(EXPORTS)  # noqa: PLE0605  # the names of the one table
