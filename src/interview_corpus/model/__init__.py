"""The model: spans, the frozen data classes, sentences and mentions, and what queries need.

Importing the package registers the notebook markup of the data classes (:mod:`._markup`).
"""

from . import _markup as _markup  # registers the data classes' notebook markup
from ._document import Document

__all__ = ["Document"]
