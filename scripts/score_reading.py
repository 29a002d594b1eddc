"""Score the reader against real transcripts and the reading a person decided for each.

Usage (from the project root)::

    python scripts/score_reading.py [--min SHARE] [--min-titles SHARE] [--markdown] DIR ...

Each DIR holds transcripts as users saved them (``NAME.txt``, ``.md``, ``.vtt``, ``.srt``)
and, for each, ``NAME.expect.json``: the reading a person decided by reading the text
(see ``tests/real/README.md``). A file is *read right* when ``ic.read(path)`` succeeds
with no options and

* the number of exchanges is in the person's range;
* at least 90% of the turns that open with a label the person named get the role the
  person gave that label (questions, answers, remarks);
* the first question starts with the person's words, and so does the first turn of the
  dialogue (where the header ends);
* every turn, paragraph and sentence reproduces its text from the source.

Titles are scored on their own. A reading with no exchange and no error is a *silent*
failure and always fails the run. These are the rules of ``../shared/tools/score-real``.

The command prints one line per file, then a table per family (the ``family`` field of
each ``expect.json``), and exits 1 when the share read right (or of titles right) is
below ``--min`` (``--min-titles``).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import interview_corpus as ic

_TIMESTAMP = re.compile(r"[\[(]?\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b[\])]?")
# A verbatim report's label separator at a marker's end: a full stop and a spaced dash. The
# reader's own is interview_corpus.reading._layout._DOT_DASH: keep the dashes of the two alike
# (the script reads only the public API, so it keeps a copy).
_DOT_DASH = re.compile(r"\.\s+[\u2212\u2013\u2014]\s*$")
ROLE_SHARE = 0.9


def plain(text: str | None) -> str:
    """Compare labels and words as a reader does: NFKC, no timestamps, no markup, one space.

    An HTML character reference left in the text (``&amp;``) reads as the character it stands
    for, as in the reader's normalised view (:func:`interview_corpus.normalize`): the title's
    span keeps the source verbatim, the words compared are the ones a person reads. A label's
    separator is no part of it: the colon, or the full stop and spaced dash of a verbatim
    report's label ("Ann Lee, Member. − ").
    """
    text = (
        unicodedata.normalize("NFKC", html.unescape(text or ""))
        .replace("\u2019", "'")
        .replace("\u2018", "'")
    )
    text = _TIMESTAMP.sub(" ", text)
    text = _DOT_DASH.sub("", text)
    text = text.strip().strip("*_").strip().rstrip(":.").strip("*_").strip()
    return re.sub(r"\s+", " ", text).casefold()


def _words(text: str | None, count: int = 6) -> list[str]:
    return re.findall(r"\w+", plain(text))[:count]


def starts(text: str | None, expected: str | None) -> bool:
    """Whether ``text`` starts with the (up to six) words of ``expected``."""
    if not expected:
        return True
    wanted = _words(expected)
    return _words(text, len(wanted)) == wanted


def label_count(source: str, label: str) -> int:
    """How many lines open with ``label`` (after a timestamp, in bold, with a colon or a tab)."""
    pattern = (
        r"(?m)^[ \t\u00a0]*(?:\[?[\d:.]+\]?[ \t]*)?(?:\*\*|__)?"
        + re.escape(label)
        + r"(?:\*\*|__)?[ \t\u00a0]*(?::|\.(?=\s)|\t| {2,}|\u00a0)"
    )
    return len(re.findall(pattern, source))


@dataclass
class Score:
    """One file's score."""

    name: str
    family: str
    right: bool
    title: bool | None
    silent: bool
    problems: list[str] = field(default_factory=list)


def transcript_of(expect: Path, expected: dict[str, object]) -> Path:
    """The transcript an ``expect.json`` describes: its ``file`` field, else ``NAME.txt``."""
    named = expected.get("file")
    if isinstance(named, str) and (expect.parent / named).is_file():
        return expect.parent / named
    return expect.with_name(expect.name.replace(".expect.json", ".txt"))


def judge(path: Path, expected: dict[str, object]) -> Score:  # noqa: C901, PLR0912
    """Score one transcript against the reading a person decided for it."""
    family = str(expected.get("family") or "other")
    score = Score(path.stem, family, right=False, title=None, silent=False)
    problems = score.problems
    slug = re.sub(r"[^a-z0-9-]+", "-", path.stem.lower()).strip("-") or "x"
    try:
        iv = ic.read(path, id=slug)
    except ic.InterviewCorpusError as error:
        problems.append(f"error: {type(error).__name__}: {str(error)[:160]}")
        return score
    except Exception as error:  # noqa: BLE001 - a crash is a finding, reported like the others
        problems.append(f"CRASH {type(error).__name__}: {str(error)[:160]}")
        return score
    source = iv.source
    score.silent = len(iv) == 0
    low, high = expected["exchanges"]  # type: ignore[misc]
    if not low <= len(iv) <= high:
        problems.append(f"{len(iv)} exchanges, expected {low}-{high}")
    roles: dict[str, str] = {}
    for key, kind in (
        ("questioners", "question"),
        ("answerers", "answer"),
        ("moderators", "remark"),
    ):
        for label in expected.get(key) or []:  # type: ignore[attr-defined]
            roles[plain(label)] = kind
    turns = sorted(iv.turns(), key=lambda turn: turn.span.start)
    if roles:
        labelled = sum(
            label_count(source, label)
            for key in ("questioners", "answerers", "moderators")
            for label in expected.get(key) or []  # type: ignore[attr-defined]
        )
        right = 0
        for turn in turns:
            names = [source[turn.marker.start : turn.marker.end]] if turn.marker else []
            names += list(turn.speaker.names)
            want = next((roles[plain(n)] for n in names if plain(n) in roles), None)
            if want is None:
                continue
            got = turn.kind
            right += got == want or (want == "remark" and got not in {"answer", "question"})
        share = right / max(labelled, 1)
        if share < ROLE_SHARE:
            problems.append(f"roles {right}/{labelled} labelled turns right ({share:.0%})")
    questions = list(iv.questions)
    first_question = expected.get("first_question_starts")
    if first_question and not (questions and starts(questions[0].text, str(first_question))):
        problems.append(f"first question {(questions[0].text[:50] if questions else None)!r}")
    header_end = expected.get("header_ends_before")
    if header_end and not (turns and starts(turns[0].text, str(header_end))):
        problems.append(f"dialogue starts {(turns[0].text[:50] if turns else None)!r}")
    objects = [*turns, *iv.paragraphs(), *iv.sentences()]
    wrong = [o for o in objects if source[o.span.start : o.span.end] != o.text]
    if wrong:
        problems.append(f"{len(wrong)} spans do not reproduce their text")
    if "title" in expected:
        title = expected["title"]
        score.title = plain(iv.title) == plain(str(title)) if title else iv.title is None
    score.right = not problems
    return score


def score_folder(folder: Path) -> list[Score]:
    """Score every transcript in ``folder`` that has an ``expect.json``."""
    scores = []
    for expect in sorted(folder.glob("*.expect.json")):
        expected = json.loads(expect.read_text(encoding="utf-8"))
        scores.append(judge(transcript_of(expect, expected), expected))
    return scores


def family_table(scores: list[Score], *, markdown: bool = False) -> list[str]:
    """A table per family: files, read right, titles right, silent readings."""
    families: dict[str, list[Score]] = defaultdict(list)
    for score in scores:
        families[score.family].append(score)
    rows = [("family", "files", "read right", "titles right", "silent")]
    for name in sorted(families, key=lambda f: (-len(families[f]), f)):
        group = families[name]
        titled = [s for s in group if s.title is not None]
        rows.append(
            (
                name,
                str(len(group)),
                str(sum(s.right for s in group)),
                f"{sum(bool(s.title) for s in titled)}/{len(titled)}",
                str(sum(s.silent for s in group)),
            )
        )
    titled = [s for s in scores if s.title is not None]
    rows.append(
        (
            "all",
            str(len(scores)),
            f"{sum(s.right for s in scores)} ({_share(scores):.0%})",
            f"{sum(bool(s.title) for s in titled)}/{len(titled)}",
            str(sum(s.silent for s in scores)),
        )
    )
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return lines
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]


def _share(scores: list[Score]) -> float:
    return sum(s.right for s in scores) / len(scores) if scores else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folders", nargs="+", type=Path, metavar="DIR")
    parser.add_argument("--min", type=float, default=0.0, help="least share read right")
    parser.add_argument("--min-titles", type=float, default=0.0, help="least share of titles")
    parser.add_argument("--markdown", action="store_true", help="print the tables in Markdown")
    args = parser.parse_args(argv)
    scores: list[Score] = []
    for folder in args.folders:
        found = score_folder(folder)
        if not found:
            print(f"{folder}: no NAME.expect.json here", file=sys.stderr)
            return 2
        scores += found
    for score in scores:
        verdict = "ok  " if score.right else "FAIL"
        title = {None: "none", True: "ok", False: "wrong"}[score.title]
        print(f"{verdict} {score.family}/{score.name}: title {title}; {'; '.join(score.problems)}")
    print()
    print("\n".join(family_table(scores, markdown=args.markdown)))
    titled = [s for s in scores if s.title is not None]
    titles = sum(bool(s.title) for s in titled) / len(titled) if titled else 1.0
    silent = sum(s.silent for s in scores)
    if silent or _share(scores) < args.min or titles < args.min_titles:
        print(
            f"below the floor: {_share(scores):.1%} read right (floor {args.min:.0%}), "
            f"titles {titles:.1%} (floor {args.min_titles:.0%}), {silent} silent",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
