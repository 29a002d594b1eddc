"""DataFrames: records as pandas objects (the optional ``interview-corpus[pandas]`` extra)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..errors import MissingDependencyError
from ._records import columns, records

if TYPE_CHECKING:
    import pandas

    from ..model._document import Document


def to_pandas(interviews: Iterable[Document], level: str) -> pandas.DataFrame:
    """Return the records of ``level`` as a DataFrame with the level's columns, in order."""
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError("pandas", "pandas") from None
    rows = records(interviews, level)
    return pandas.DataFrame.from_records(rows, columns=list(columns(level)))
