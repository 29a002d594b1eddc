"""The terminal reading view: an interview, or the parts named by id, as wrapped plain text.

Speakers and topics head their turns and exchanges, and every paragraph's
id stands in a left margin, so that what is read can be cited. Without a
width the text is not wrapped: one paragraph per line, as pipes want it.

Everything the command line writes for a person to read goes through
:func:`visible`, the one rule that keeps a transcript from acting on the
terminal that shows it.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._util.lazy import lazy_pattern
from ..model._objects import Exchange, Paragraph, Remark, Sentence, Topic, Turn

if TYPE_CHECKING:
    from ..interview import Interview

Part = Exchange | Turn | Paragraph | Sentence

# What a terminal acts on instead of showing: the C0 controls but tab and line feed (ESC opens
# every escape sequence, BEL ends an OSC one, CR and BS write over what is shown), DEL, the C1
# controls (U+009B is a CSI by itself), and the bidirectional embeddings, overrides and
# isolates, which reorder what is shown (CVE-2021-42574, "Trojan Source").
_ACTIVE = lazy_pattern("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    r"""``text`` as a terminal may be given it: each character a terminal acts on, as an escape.

    ESC is ``\x1b``, BEL ``\x07``, a carriage return ``\r``, an 8-bit CSI
    ``\x9b``, a right-to-left override ``\u202e`` (as Python writes them);
    tab and line feed stay. The command line writes every line for a person
    through it (the text of ``show``, ``read``, ``search``, ``grep``,
    ``mentions``, ``info``, ``inspect`` and ``quote``, and its messages), so
    that a transcript cannot set the window's title, write the clipboard,
    clear the screen or reorder a line. Data (``--json``, an export) keeps
    the text as it is.

    Example:
        >>> from interview_corpus.output import visible
        >>> print(visible("The harbour\x1b]0;pwned\x07 is open\x1b[2J\r\u202e."))
        The harbour\x1b]0;pwned\x07 is open\x1b[2J\r\u202e.
    """
    return _ACTIVE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    r"""One active character as Python writes it in a string: ``\r``, ``\x1b``, ``\u202e``."""
    code = ord(match.group())
    if code == 0x0D:  # noqa: PLR2004  # the carriage return, by the name everyone knows
        return "\\r"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"  # noqa: PLR2004


def parts(interview: Interview, ids: Sequence[str]) -> list[Part]:
    """The objects to read: every exchange and remark, or the ones ``ids`` name (a topic: its exchanges).

    Raises:
        NotFoundError: An id is not in the interview.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.output._terminal import parts
        >>> [part.id for part in parts(ic.load(), ["e2", "a3.p2", "europe"])]
        ['e2', 'a3.p2', 'e3']
    """
    if not ids:
        return sorted(
            (*interview.exchanges, *interview.remarks, *interview.statements),
            key=lambda part: part.span.start,
        )
    chosen: list[Part] = []
    for id in ids:
        found = interview.lookup(id)
        if isinstance(found, Topic):
            chosen.extend(interview.by_topic(found))
        else:
            chosen.append(found)
    return chosen


def render(interview: Interview, ids: Sequence[str] = (), width: int | None = None) -> str:
    """The interview (or the parts that ``ids`` name) as text, wrapped to ``width`` if given.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.output._terminal import render
        >>> print(render(ic.load(), ["a3.p2.s3"], width=60))
        Sergey Lavrov a3
        a3.p2.s3  These ambitions have literally blinded them.
    """
    chosen = parts(interview, ids)
    margin = max([len(id) for id in _ids(chosen)], default=4) + 2
    writer = _Writer(margin, width)
    if not ids:
        writer.head(interview)
    for number, part in enumerate(chosen):
        if number or not ids:
            writer.blank()
        if isinstance(part, Exchange):
            writer.exchange(part)
        elif isinstance(part, Turn):
            writer.turn(part)
        else:
            writer.piece(interview, part)
    return "\n".join(writer.lines)


def _ids(chosen: Sequence[Part]) -> list[str]:
    found: list[str] = []
    for part in chosen:
        turns = (
            part.turns if isinstance(part, Exchange) else (part,) if isinstance(part, Turn) else ()
        )
        found.extend(paragraph.id for turn in turns for paragraph in turn.paragraphs)
        if isinstance(part, Paragraph | Sentence):
            found.append(part.id)
    return found


class _Writer:
    """Lines of text with an id margin, wrapped to a width (or not)."""

    def __init__(self, margin: int, width: int | None) -> None:
        self.margin = margin
        self.width = width
        self.lines: list[str] = []

    def blank(self) -> None:
        self.lines.append("")

    def text(self, text: str, label: str = "") -> None:
        line = " ".join(text.split())
        indent = " " * self.margin if label else ""
        first = f"{label:<{self.margin}}" if label else ""
        if self.width is None or len(first) + len(line) <= self.width:
            self.lines.append(first + line)
            return
        self.lines.extend(
            textwrap.wrap(
                line,
                max(20, self.width),
                initial_indent=first,
                subsequent_indent=indent,
                break_on_hyphens=False,
            )
        )

    def head(self, interview: Interview) -> None:
        self.text(interview.title or interview.id)
        facts = [
            interview.outlet,
            interview.published.isoformat() if interview.published else None,
            interview.url,
        ]
        self.text(" · ".join(fact for fact in facts if fact))
        photo = interview.photo
        if photo and photo.caption:
            credit = f" © {photo.credit}" if photo.credit else ""
            self.text(f"Photo: {photo.caption}{credit}")
        if interview.lede:
            self.blank()
            self.text(interview.lede)

    def exchange(self, exchange: Exchange) -> None:
        topic = f" {exchange.topic.title}" if exchange.topic else ""
        self.text(f"{exchange.number}.{topic}".upper(), label=exchange.id)
        for turn in exchange.turns:
            self.blank()
            self.turn(turn)

    def turn(self, turn: Turn) -> None:
        kind = "remark" if isinstance(turn, Remark) else "statement" if turn.id[0] == "s" else ""
        self.text(f"{turn.speaker.name}{f' ({kind})' if kind else ''}  {turn.id}")
        for number, paragraph in enumerate(turn.paragraphs):
            if number:
                self.blank()
            self.text(paragraph.text, label=paragraph.id)

    def piece(self, interview: Interview, part: Paragraph | Sentence) -> None:
        paragraph = interview.lookup(part.paragraph_id) if isinstance(part, Sentence) else part
        assert isinstance(paragraph, Paragraph)
        turn = interview.lookup(paragraph.turn_id)
        assert isinstance(turn, Turn)
        self.text(f"{turn.speaker.name}  {turn.id}")
        self.text(part.text, label=part.id)
