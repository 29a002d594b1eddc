"""``markdown``: a readable document: headline, metadata, and each exchange with speakers and ids."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from interview_corpus._util.progress import Progress, each
from interview_corpus.corpus import Corpus
from interview_corpus.model._markup import http_url
from interview_corpus.model._objects import Remark

if TYPE_CHECKING:
    from interview_corpus.interview import Interview

KIND = "text"
OPTIONS = ()

_SPECIAL = re.compile(r"([\\`*_\[\]<>|&#])")


def escape(text: str) -> str:
    """Escape what Markdown would read as markup or HTML; white space, new lines included, becomes one space.

    Every escaped text then follows a prefix on its one line (an id, ``#``,
    ``>``), so line-start markup such as ``#`` or ``-`` cannot start a line.
    """
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def link(url: str) -> str:
    """An autolink for an http(s) address, the only kind made a link everywhere; any other text, escaped.

    A ``javascript:`` or ``data:`` URL from a sidecar stays text: CommonMark
    makes an autolink of any scheme, and a renderer may not filter them.
    """
    return f"<{url}>" if http_url(url) else escape(url)


def write(obj: Interview | Corpus, target: TextIO, *, progress: Progress | None = None) -> None:
    """Write each interview as a Markdown document (a corpus: one after another)."""
    interviews = list(obj) if isinstance(obj, Corpus) else [obj]
    target.write(
        "\n\n---\n\n".join(_document(interview) for interview in each(interviews, progress))
    )
    target.write("\n")


def _document(interview: Interview) -> str:
    lines = [f"# {escape(interview.title or interview.id)}", ""]
    facts = [
        ("Id", f"`{interview.id}`"),  # ids hold no backtick
        ("Outlet", interview.outlet and escape(interview.outlet)),
        ("Published", interview.published and interview.published.isoformat()),
        ("URL", interview.url and link(interview.url)),
        ("Rights", interview.rights and escape(interview.rights)),
    ]
    for speaker in interview.speakers:
        about = f" — {escape(speaker.description)}" if speaker.description else ""
        facts.append((speaker.role.capitalize(), f"{escape(speaker.name)}{about}"))
    lines += [f"- **{label}:** {value}" for label, value in facts if value]
    if interview.lede:
        lines += ["", f"> {escape(interview.lede)}"]
    exchanges = {exchange.id: exchange for exchange in interview.exchanges}
    for turn in interview.turns():
        exchange = exchanges.get(turn.exchange_id or "")
        if exchange is not None and turn.id == exchange.question.id:  # the turn that opens it
            topic = f": {escape(exchange.topic.title)}" if exchange.topic else ""
            lines += ["", f"## {exchange.number}{topic} (`{exchange.id}`)"]
        kind = " (remark)" if isinstance(turn, Remark) else ""
        lines += ["", f"**{escape(turn.speaker.name)}**{kind} `{turn.id}`"]
        for paragraph in turn.paragraphs:
            lines += ["", f"`{paragraph.id}` {escape(paragraph.text)}"]
    return "\n".join(lines)
