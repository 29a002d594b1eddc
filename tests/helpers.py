"""Helpers shared by the test modules: paths, the bundled text's checksum, and small adapters.

Test modules import from here (``from .helpers import FIXTURES``), never from one another.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).resolve().parents[1]
"""The checkout: pyproject.toml, docs/, typing_tests/."""

FIXTURES = Path(__file__).resolve().parent / "fixtures"
"""Transcript files in each layout, and broken ones under ``errors/``."""

SHARED_SOURCE = ROOT.parent / "shared" / "source" / "tass-2065861.txt"
"""The interview as captured, beside the checkout when there is one."""

BAD_SIDECAR_VALUES = [
    (
        'style = "weird"',
        "the sidecar's 'style': 'weird' is not a layout: use 'auto', 'dash' or 'labelled'",
    ),
    (
        'published = "2024-02-30"',
        "the sidecar's 'published': '2024-02-30' is not a date: write YYYY-MM-DD",
    ),
    ('interviewer = ""', "the sidecar's 'interviewer': a name cannot be empty"),
]
"""Sidecar lines that parse() refuses, and the words the error says of each."""

SHA256 = "6ef0c39a33052c5366ec6538fd588b9f9fa8f938f51bc4456c190f940f15e76d"
"""The SHA-256 of the bundled text."""


def ids(hits: Iterable[Any]) -> list[str]:
    """The ids of search hits (or of any objects with an ``id``), in order."""
    return [hit.id for hit in hits]


def python_lines(code: str) -> list[str]:
    """The lines a new Python process running ``code`` prints (it must succeed): what a fresh start imports."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.splitlines()


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; return its exit code, stdout and stderr."""
    from interview_corpus.cli._main import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def document_with_sentences(interview: Any, version: int = 2) -> dict[str, Any]:  # an Interview
    """``interview``'s JSON document with every paragraph's sentences listed.

    Version 2 lists sentences only where a caller's splitter made them; with
    ``version=1`` every object also holds its own text, as version 1 did.
    """
    import json

    import interview_corpus as ic

    document: dict[str, Any] = json.loads(ic.to_json(interview))
    body = document["interview"]
    source = body["source"]

    def span(value: Any) -> dict[str, int]:  # a Span
        return {"start": value.start, "end": value.end}

    def text(part: dict[str, Any]) -> None:
        if version == 1:
            part["text"] = source[part["span"]["start"] : part["span"]["end"]]

    turns = [*body["remarks"], *body["statements"]]
    for exchange in body["exchanges"]:
        text(exchange)
        turns += [exchange["question"], *exchange["follow_ups"], *exchange["answers"]]
    for turn in turns:
        text(turn)
        for paragraph in turn["paragraphs"]:
            text(paragraph)
            paragraph.setdefault(
                "sentences",
                [
                    {
                        "id": sentence.id,
                        "number": sentence.number,
                        "span": span(sentence.span),
                        "paragraph_id": sentence.paragraph_id,
                        "clutter": [span(part) for part in sentence.clutter],
                    }
                    for sentence in interview.lookup(paragraph["id"]).sentences
                ],
            )
            for sentence in paragraph["sentences"]:
                text(sentence)
    for segment in body["segments"]:
        text(segment)
    document["version"] = version
    return document


def searched_by_first_character(pattern: Any) -> bool:  # a pattern, compiled or lazy
    """Whether a search for a regular expression skips straight to the characters that can open a match.

    CPython's search does so when the pattern opens with a literal, a class, or alternatives that
    each open with a literal (``[.?!]``, ``my guest|our guest``); a pattern that opens with a
    repeat or a group of alternatives (``[.?!]+``, ``(?:my|our) guest``) is tried at every
    character of the text instead.
    """
    import re._parser as parser  # CPython's own parser, only for this check

    source, flags = (
        (pattern.pattern, pattern.flags)
        if isinstance(pattern, re.Pattern)
        else (pattern._source, pattern._flags)
    )
    items = parser.parse(source, flags).data
    while items and items[0][0] is parser.SUBPATTERN:  # a capturing group: what opens it
        items = items[0][1][3].data
    if not items:
        return False
    operation, argument = items[0]
    if operation is parser.BRANCH:
        return all(branch.data and branch.data[0][0] is parser.LITERAL for branch in argument[1])
    return operation in {parser.LITERAL, parser.IN}
