"""The floors: the simplest honest programs that do the same work as the library, on the benchmark's texts.

Each floor is what a user who needs only this output, for only these texts, would write in an afternoon:
precompiled regular expressions over the whole text, offsets in lists, no objects, no checks. The benchmark
runs each beside the library, checks that both give the same output, and reports the library's time as a ratio
to the floor's.

- :func:`parse`: the turns, paragraphs and (optionally) sentences of the benchmark's synthetic transcripts
  (``run.synthetic_interview``: a title, a lede or a moderator's line, then dash or labelled turns whose
  answers run over several paragraphs), as character offsets.
- :func:`build`: :func:`parse` for every file of a folder, then the paragraphs inserted into a bare FTS5
  table with ``executemany`` (the same tokenizer as the corpus file's).

Run as a script it checks the floors against the library on the synthetic corpus and prints the first
difference, if any:

    python benchmarks/floors.py
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path
from typing import NamedTuple

# A turn starts a block with a dash and a space, or with a label: one or two capitalised words and a colon.
TURN = re.compile(r"(?:[–—][ \u00a0]|[A-Z][a-z]+(?: [A-Z][a-z]+)?: )")
# Blocks are separated by blank lines.
BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
# A sentence runs to its end mark (and any marks after it).
SENTENCE = re.compile(r"[^\s.?!][^.?!]*[.?!]*")
TOKENIZER = "porter unicode61 remove_diacritics 2"


class Parsed(NamedTuple):
    """Offsets of what a parse finds: turns (after their marker), paragraphs and sentences."""

    turns: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]


def parse(text: str, *, sentences: bool = False) -> Parsed:
    """The turns, paragraphs and, with ``sentences``, the sentences of a synthetic transcript."""
    turns: list[tuple[int, int]] = []
    paragraphs: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []
    match_turn = TURN.match
    for block in BLOCK.finditer(text):
        start, end = block.span()
        marker = match_turn(text, start)
        if marker is not None:
            start = marker.end()
            turns.append((start, end))
        elif turns:
            turns[-1] = (turns[-1][0], end)  # a further paragraph of the turn
        else:
            continue  # the header: title and lede
        paragraphs.append((start, end))
        if sentences:
            found.extend(sentence.span() for sentence in SENTENCE.finditer(text, start, end))
    return Parsed(turns, paragraphs, found)


def build(folder: Path, output: Path) -> int:
    """Parse every ``*.txt`` of ``folder`` (sentences too) and index its paragraphs in a bare FTS5 file."""
    rows: list[tuple[str]] = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        parsed = parse(text, sentences=True)
        rows.extend((text[start:end],) for start, end in parsed.paragraphs)
    connection = sqlite3.connect(output)
    connection.execute(f"CREATE VIRTUAL TABLE t USING fts5(text, tokenize='{TOKENIZER}')")
    connection.executemany("INSERT INTO t(text) VALUES (?)", rows)
    connection.commit()
    connection.close()
    return len(rows)


def ours(text: str, number: int) -> Parsed:
    """The same offsets from the library: its turns, paragraphs and sentences."""
    import interview_corpus as ic

    interview = ic.parse(text, id=f"f{number}", strict=False)
    turns = [(turn.span.start, turn.span.end) for turn in interview.turns()]
    paragraphs = [(p.span.start, p.span.end) for p in interview.paragraphs()]
    sentences = [(s.span.start, s.span.end) for s in interview.sentences()]
    return Parsed(turns, paragraphs, sentences)


def differences(texts: list[str]) -> list[str]:
    """Where the floor and the library disagree on ``texts`` (none when the floor is honest)."""
    found = []
    for number, text in enumerate(texts):
        floor, library = parse(text, sentences=True), ours(text, number)
        for name in Parsed._fields:
            mine, theirs = getattr(floor, name), getattr(library, name)
            if mine != theirs:
                first = next(
                    (i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b),
                    min(len(mine), len(theirs)),
                )
                found.append(
                    f"text {number}: {name} differ at {first} "
                    f"(floor {len(mine)}, library {len(theirs)}): "
                    f"{mine[first : first + 1]} vs {theirs[first : first + 1]}"
                )
    return found


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    from run import synthetic_corpus

    problems = differences(synthetic_corpus(200))
    print(
        "\n".join(problems[:10]) or "the floors agree with the library on 200 synthetic transcripts"
    )
    sys.exit(1 if problems else 0)
