"""An interview as a corpus file stores it, made again: from its source, or from its JSON document.

Opening a file and searching it need none of this; reading an interview from the file, checking
the file and building it do. The flattening into rows is in :mod:`._rows`.
"""

from __future__ import annotations

from typing import Any

from .. import json as documents, reading
from ..interview import Interview
from ..model._objects import Entity, Speaker, Topic

__all__ = ["materialise", "sha256"]


def _parse_options(options: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of :func:`parse` from their stored JSON values."""
    return {
        **options,
        "interviewer": Speaker(**options["interviewer"]),
        "interviewee": Speaker(**options["interviewee"]),
        "topics": [Topic(**topic) if topic else None for topic in options["topics"]],
        "entities": tuple(Entity(**entity) for entity in options["entities"]),
    }


def materialise(id: str, source: str, options: str, document: str | None) -> Interview:
    """The interview, parsed again from its source (or read from its JSON document)."""
    import json

    if document is not None:
        interview = documents.read_json(document)
        assert isinstance(interview, Interview)  # the store writes one interview per document
        return interview
    stored = json.loads(options)
    if "arguments" in stored:  # a file: read again with the arguments it was read with
        return reading.parse(source, id=id, **stored["arguments"])
    return reading.parse(source, id=id, **_parse_options(stored))


def sha256(text: str) -> str:
    import hashlib  # the build's and verify's: not on the import path, so OpenSSL's cost is paid once

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
