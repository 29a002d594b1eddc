"""The command line: ``python -m interview_corpus`` and the ``interview-corpus`` script."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._errors import InterviewCorpusError
from ._load import DEFAULT_ID, load
from ._model import Interview
from ._version import __version__


def overview(interview: Interview, *, width: int = 88) -> str:
    """Return a readable overview of an interview: metadata, speakers and exchanges.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus._cli import overview
        >>> print(overview(ic.load()).splitlines()[0])
        Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump
    """
    import textwrap

    published = interview.published.isoformat() if interview.published else "date unknown"
    lines = [
        interview.title or interview.id,
        f"{interview.outlet or 'Outlet unknown'}, {published}"
        + (f" — {interview.url}" if interview.url else ""),
        "",
    ]
    for speaker in interview.speakers:
        about = f", {speaker.description}" if speaker.description else ""
        lines.append(f"{speaker.role.capitalize()}: {speaker.name}{about}")
    lines.append("")
    count = len(interview.exchanges)
    lines.append(f"{count} exchange{'s' if count != 1 else ''}:")
    for exchange in interview.exchanges:
        topic = f" [{exchange.topic.title}]" if exchange.topic else ""
        head = f"  {exchange.number}.{topic} "
        first_words = textwrap.shorten(exchange.question.text, width=max(20, width - len(head)))
        lines.append(head + first_words)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    Example:
        >>> from interview_corpus._cli import main
        >>> main(["--interview", "tass-2065861"])  # doctest: +ELLIPSIS
        Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump
        ...
        0
    """
    import argparse

    parser = argparse.ArgumentParser(
        prog="interview-corpus",
        description="Show a bundled interview: title, outlet, date, speakers and exchanges.",
        epilog="example: interview-corpus --interview tass-2065861",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--interview",
        default=DEFAULT_ID,
        metavar="ID",
        help=f"a bundled interview (default: {DEFAULT_ID})",
    )
    arguments = parser.parse_args(argv)
    try:
        interview = load(arguments.interview)
    except InterviewCorpusError as error:
        print(f"interview-corpus: {error}", file=sys.stderr)
        return 1
    print(overview(interview))
    return 0
