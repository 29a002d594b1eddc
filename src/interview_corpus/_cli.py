"""The command line: ``interview-corpus`` and ``python -m interview_corpus``.

Data goes to stdout and messages to stderr. Exit codes: 0 success; 1 when a
search, grep or mentions finds nothing, a target does not exist, or a file
cannot be read (``path:line:column: message``); 2 for usage errors. Text is
wrapped to the terminal's width only when stdout is a terminal; there is no
colour. Each subcommand imports what it needs when it runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from ._errors import (
    ArgumentTypeError,
    ArgumentValueError,
    InterviewCorpusError,
    QueryError,
)
from ._version import __version__

if TYPE_CHECKING:
    import argparse

    from ._corpus import Corpus, Failure
    from ._model import Interview, Paragraph, Span, Turn
    from ._store import CorpusFile

PROG = "interview-corpus"
COMMANDS = ("info", "topics", "show", "search", "grep", "mentions", "export", "index")
READ_COMMANDS = ("info", "topics", "show", "search", "grep", "mentions")
USAGE_ERROR = 2


class _Done(Exception):  # noqa: N818  # an exit, not an error
    """Stop with an exit code after a message was printed."""

    def __init__(self, code: int) -> None:
        self.code = code


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911  # one exit per outcome
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    Example:
        >>> from interview_corpus._cli import main
        >>> main(["topics"])
        1  ukraine        Ukraine settlement
        2  united-states  United States
        3  europe         Europe
        4  middle-east    Middle East
        5  asia-pacific   Asia-Pacific
        0
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not any(word in COMMANDS or word in ("-h", "--help", "--version") for word in arguments):
        arguments.insert(0, "info")  # a bare call shows the interview
    parser = _parser()
    try:
        options = parser.parse_args(arguments)
    except SystemExit as stop:  # argparse exits 2 on usage errors, 0 for --help and --version
        return int(stop.code or 0)
    out = _Output(sys.stdout, json=getattr(options, "json", False))
    try:
        if options.run is _index:  # writes a corpus file: reads its own sources
            written: int = _index(options)
            return written
        corpus = _select(options)
        run: Callable[[Corpus | CorpusFile, argparse.Namespace, _Output], int] = options.run
        code = run(corpus, options, out)
        for failure in getattr(options, "failures", ()):  # --keep-going: the bad files, at the end
            _fail(str(failure))
        return 1 if getattr(options, "failures", ()) else code
    except _Done as done:
        return done.code
    except (QueryError, ArgumentTypeError, ArgumentValueError) as error:
        _fail(str(error))
        return USAGE_ERROR
    except InterviewCorpusError as error:
        _fail(str(error))
    except BrokenPipeError:  # the reader went away (| head): say nothing more, print no traceback
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 1


def _fail(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


class _Output:
    """Writes text, wrapped to the terminal's width when stdout is one, or one JSON document."""

    def __init__(self, stream: TextIO, *, json: bool) -> None:
        import shutil

        self.stream = stream
        self.json = json
        self.width = shutil.get_terminal_size().columns if stream.isatty() else None

    def line(self, text: str = "", indent: str = "") -> None:
        if self.width is None or len(indent) + len(text) <= self.width:
            print(indent + text, file=self.stream)
            return
        import textwrap

        wrapped = textwrap.fill(
            text, self.width, initial_indent=indent, subsequent_indent=" " * len(indent)
        )
        print(wrapped, file=self.stream)

    def document(self, value: object) -> None:
        import json

        print(json.dumps(value, ensure_ascii=False, indent=2), file=self.stream)


def _parser() -> argparse.ArgumentParser:
    import argparse

    from ._records import RECORD_LEVELS
    from .formats import FORMATS

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Read, search and export interviews: the bundled TASS interview with Sergey Lavrov "
            "(2025-12-28), or your own transcripts. Without a command, shows 'info'."
        ),
        epilog="example: interview-corpus show 3",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_source_options(parser, default=None)
    source = argparse.ArgumentParser(add_help=False)
    # Given after the command too; SUPPRESS keeps the command's copy from hiding the first.
    _add_source_options(source, default=argparse.SUPPRESS)
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print one JSON document")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        name: str, run: Callable[..., int], text: str, example: str
    ) -> argparse.ArgumentParser:
        parents = [source, as_json] if name in READ_COMMANDS else [source]
        sub = commands.add_parser(
            name, parents=parents, help=text, description=text, epilog=f"example: {example}"
        )
        sub.set_defaults(run=run)
        return sub

    command(
        "info",
        _info,
        "title, outlet, date, URL, speakers, counts, checksum and rights",
        "interview-corpus info",
    )
    topics = command(
        "topics",
        _topics,
        "the topics with their exchange numbers and keywords",
        "interview-corpus topics --keywords",
    )
    topics.add_argument(
        "-k", "--keywords", action="store_true", help="list each topic's keywords too"
    )
    show = command(
        "show",
        _show,
        "print an exchange, turn, paragraph, sentence or topic",
        "interview-corpus show a3.p2",
    )
    show.add_argument(
        "target",
        metavar="TARGET",
        help="an exchange number (3) or an id (q3, a3, a3.p2, a3.p2.s1, middle-east)",
    )
    search = command(
        "search",
        _search,
        "ranked full-text search (BM25, stemming)",
        'interview-corpus search "frozen assets"',
    )
    search.add_argument(
        "query", metavar="QUERY", help='words, "phrases" and prefix* terms, all of which must match'
    )
    search.add_argument(
        "--limit", type=_positive, default=10, metavar="N", help="at most N hits (default 10)"
    )
    search.add_argument(
        "--level", choices=("paragraph", "sentence"), default="paragraph", help="what a hit is"
    )
    grep = command(
        "grep",
        _grep,
        "regular-expression matches with their ids and context",
        r"interview-corpus grep 'Taiwan\w*' -i",
    )
    grep.add_argument("pattern", metavar="PATTERN", help="a Python regular expression")
    grep.add_argument("-i", "--ignore-case", action="store_true", help="ignore case")
    mentions = command(
        "mentions",
        _mentions,
        "every mention of an entity, with ids and context",
        "interview-corpus mentions Zelensky",
    )
    mentions.add_argument(
        "name", metavar="NAME", help="an entity's name or alias (Zelensky, Kiev, the PRC)"
    )
    export = command(
        "export",
        _export,
        "write the data as json, jsonl, csv, markdown, tei, parquet or convokit",
        "interview-corpus export --format csv --level sentence -o sentences.csv",
    )
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="the file (a directory for convokit); stdout if omitted",
    )
    export.add_argument(
        "--level",
        choices=RECORD_LEVELS,
        help="the records' level (jsonl, csv, parquet)",
    )
    _add_index_command(commands)
    return parser


def _add_index_command(commands: Any) -> None:  # noqa: ANN401  # argparse's private subparsers type
    text = "build or update a corpus file (SQLite) that opens instantly; read it with --db"
    index = commands.add_parser(
        "index",
        help=text,
        description=text
        + ". Only transcripts whose content changed are read again; those gone are dropped.",
        epilog="example: interview-corpus index transcripts/ -o corpus.db",
    )
    index.set_defaults(run=_index)
    index.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="a folder of *.txt transcripts, or a file"
    )
    index.add_argument("-o", "--output", required=True, metavar="PATH", help="the corpus file")
    index.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="read with N processes (default: the number of CPUs; the file is the same)",
    )
    index.add_argument(
        "--keep-going",
        action="store_true",
        help="store every good transcript, report every bad one at the end (exit 1)",
    )
    index.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr"
    )


def _add_source_options(parser: argparse.ArgumentParser, *, default: object) -> None:
    group = parser.add_argument_group("what to read (default: the bundled interview)")
    group.add_argument(
        "--interview", metavar="ID", default=default, help="a bundled interview, by id"
    )
    group.add_argument(
        "--file",
        metavar="PATH",
        action="append",
        default=default if default is not None else [],
        help="a transcript file (repeatable)",
    )
    group.add_argument(
        "--dir", metavar="PATH", default=default, help="every *.txt transcript in a directory"
    )
    group.add_argument(
        "--db", metavar="PATH", default=default, help="a corpus file made by 'index' (instant)"
    )
    group.add_argument(
        "--keep-going",
        action="store_true",
        default=default if default is not None else False,
        help="with --dir or --file: use the good files, report the bad ones at the end (exit 1)",
    )


def _positive(value: str) -> int:
    import argparse

    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"{value!r} is not a positive whole number"
        raise argparse.ArgumentTypeError(msg)
    return number


def _select(options: argparse.Namespace) -> Corpus | CorpusFile:
    """The interviews to read: the bundled one, another bundled one, the user's files or corpus file."""
    from ._corpus import Corpus, read
    from ._load import DEFAULT_ID, load

    chosen = [bool(options.interview), bool(options.file), bool(options.dir), bool(options.db)]
    if sum(chosen) > 1:
        _fail("choose one of --interview, --file, --dir and --db")
        raise _Done(USAGE_ERROR)
    if options.db:
        corpus_file = Corpus.open(options.db)
        return corpus_file.to_corpus() if options.run is _export else corpus_file
    if options.file and options.keep_going:
        return _keep_going(options, [_read_or_fail(path) for path in options.file])
    if options.file:
        return Corpus(read(path) for path in options.file)
    if options.dir:
        corpus, failures = Corpus.from_directory(options.dir, errors="collect")
        if not corpus and not failures:
            _fail(f"{options.dir}: no *.txt transcripts in this directory")
            raise _Done(USAGE_ERROR)
        if options.keep_going:
            return _keep_going(options, [*corpus, *failures])
        for failure in failures:
            _fail(str(failure))
        if failures:
            raise _Done(1)
        return corpus
    return Corpus([load(options.interview or DEFAULT_ID)])


def _read_or_fail(path: str) -> Interview | Failure:
    from ._corpus import Failure, read
    from ._errors import ReadError, TranscriptError

    try:
        return read(path)
    except TranscriptError as error:
        return Failure(path, error.line, error.column, error.reason)
    except ReadError as error:
        return Failure(path, None, None, error.reason)


def _keep_going(options: argparse.Namespace, results: list[Interview | Failure]) -> Corpus:
    """The good interviews; the failures are kept to be reported after the command's output."""
    from ._corpus import Corpus, Failure

    options.failures = [result for result in results if isinstance(result, Failure)]
    good = [result for result in results if not isinstance(result, Failure)]
    if not good:
        for failure in options.failures:
            _fail(str(failure))
        raise _Done(1)
    return Corpus(good)


# -- the commands ----------------------------------------------------------------------


def _info(corpus: Corpus | CorpusFile, _options: argparse.Namespace, out: _Output) -> int:
    import re

    from ._load import _sha256

    documents: list[dict[str, Any]] = []
    for interview in corpus:
        words = sum(len(re.findall(r"\w+", turn.text)) for turn in interview.turns())
        documents.append(
            {
                "id": interview.id,
                "title": interview.title,
                "outlet": interview.outlet,
                "published": interview.published.isoformat() if interview.published else None,
                "url": interview.url,
                "speakers": [
                    {"name": s.name, "role": s.role, "description": s.description}
                    for s in interview.speakers
                ],
                "counts": {
                    "exchanges": len(interview.exchanges),
                    "turns": len(interview.turns()),
                    "paragraphs": len(interview.paragraphs()),
                    "sentences": len(interview.sentences()),
                    "words": words,
                },
                "sha256": _sha256(interview.source.encode("utf-8")),
                "rights": interview.rights,
                "exchanges": [
                    {
                        "id": exchange.id,
                        "topic": exchange.topic.title if exchange.topic else None,
                        "question": exchange.question.text,
                    }
                    for exchange in interview
                ],
            }
        )
    if out.json:
        out.document(documents if len(documents) > 1 else documents[0])
        return 0
    for number, info in enumerate(documents):
        if number:
            out.line()
        out.line(info["title"] or info["id"])
        out.line(f"id:          {info['id']}")
        for label in ("outlet", "published", "url"):
            if info[label]:
                out.line(f"{label + ':':<13}{info[label]}")
        for speaker in info["speakers"]:
            about = f" — {speaker['description']}" if speaker["description"] else ""
            out.line(f"{speaker['role'] + ':':<13}{speaker['name']}{about}")
        counts = info["counts"]
        out.line("counts:      " + ", ".join(f"{value:,} {key}" for key, value in counts.items()))
        out.line(f"sha256:      {info['sha256']}")
        if info["rights"]:
            out.line(f"rights:      {info['rights']}")
        out.line()
        for exchange in info["exchanges"]:
            topic = f"[{exchange['topic']}] " if exchange["topic"] else ""
            words = exchange["question"].split()
            opening = " ".join(words[:12]) + (" …" if len(words) > 12 else "")  # noqa: PLR2004
            out.line(f"{exchange['id']:>4}  {topic}{opening}")
    return 0


def _topics(corpus: Corpus | CorpusFile, options: argparse.Namespace, out: _Output) -> int:
    rows: list[dict[str, Any]] = [
        {
            "interview_id": interview.id,
            "exchange": exchange.number,
            "slug": exchange.topic.slug,
            "title": exchange.topic.title,
            "keywords": list(exchange.topic.keywords),
        }
        for interview in corpus
        for exchange in interview
        if exchange.topic is not None
    ]
    if out.json:
        out.document(rows)
        return 0
    if not rows:
        _fail("no topics: the transcripts have no topic annotations")
        return 1
    width = max(len(row["slug"]) for row in rows)
    several = len(corpus) > 1
    for row in rows:
        prefix = f"{row['interview_id']}  " if several else ""
        out.line(f"{prefix}{row['exchange']}  {row['slug']:<{width}}  {row['title']}")
        if options.keywords and row["keywords"]:
            out.line(", ".join(row["keywords"]), indent=" " * (len(prefix) + 3))
    return 0


def _show(corpus: Corpus | CorpusFile, options: argparse.Namespace, out: _Output) -> int:
    from ._errors import NotFoundError

    target: str = options.target
    found: list[tuple[Interview, list[tuple[Turn, list[Paragraph], str | None]]]] = []
    missing: NotFoundError | None = None
    for interview in corpus:
        try:
            found.append((interview, _select_text(interview, target)))
        except NotFoundError as error:
            missing = error
    if not found:
        assert missing is not None  # the corpus is never empty here
        raise missing
    if out.json:
        out.document([_show_document(interview, target, parts) for interview, parts in found])
        return 0
    for number, (interview, parts) in enumerate(found):
        if number:
            out.line()
        if len(corpus) > 1:
            out.line(f"[{interview.id}]")
        _print_parts(parts, out)
    return 0


def _print_parts(parts: list[tuple[Turn, list[Paragraph], str | None]], out: _Output) -> None:
    """Each turn's speaker and id, then its paragraphs (or the one sentence) with their ids."""
    for index, (turn, paragraphs, sentence_id) in enumerate(parts):
        if index:
            out.line()
        out.line(f"{turn.speaker.name} ({turn.id})")
        for paragraph in paragraphs:
            for piece in [paragraph] if sentence_id is None else paragraph.sentences:
                if sentence_id in (None, piece.id):
                    out.line(" ".join(piece.text.split()), indent=f"  [{piece.id}] ")


def _select_text(
    interview: Interview, target: str
) -> list[tuple[Turn, list[Paragraph], str | None]]:
    """What to show for a target: turns, with their paragraphs (or one paragraph, or one sentence)."""
    from ._model import Exchange, Paragraph, Sentence, Topic, Turn

    if target.isdigit():
        return [
            (turn, list(turn.paragraphs), None) for turn in interview.exchange(int(target)).turns
        ]
    obj = interview.lookup(target)
    if isinstance(obj, Exchange | Topic):
        exchanges = [obj] if isinstance(obj, Exchange) else interview.by_topic(obj)
        return [(t, list(t.paragraphs), None) for e in exchanges for t in e.turns]
    if isinstance(obj, Turn):
        return [(obj, list(obj.paragraphs), None)]
    sentence_id = obj.id if isinstance(obj, Sentence) else None
    paragraph = interview.lookup(obj.paragraph_id) if isinstance(obj, Sentence) else obj
    assert isinstance(paragraph, Paragraph)
    turn = interview.lookup(paragraph.turn_id)
    assert isinstance(turn, Turn)
    return [(turn, [paragraph], sentence_id)]


def _show_document(
    interview: Interview, target: str, parts: list[tuple[Turn, list[Paragraph], str | None]]
) -> dict[str, Any]:
    def paragraph_document(paragraph: Paragraph, sentence_id: str | None) -> dict[str, Any]:
        sentences = [s for s in paragraph.sentences if sentence_id in (None, s.id)]
        return {
            "id": paragraph.id,
            "text": paragraph.text,
            "start": paragraph.span.start,
            "end": paragraph.span.end,
            "sentences": [
                {"id": s.id, "text": s.text, "start": s.span.start, "end": s.span.end}
                for s in sentences
            ],
        }

    return {
        "interview_id": interview.id,
        "target": target,
        "turns": [
            {
                "id": turn.id,
                "speaker": turn.speaker.name,
                "role": turn.speaker.role,
                "start": turn.span.start,
                "end": turn.span.end,
                "paragraphs": [paragraph_document(p, sentence_id) for p in paragraphs],
            }
            for turn, paragraphs, sentence_id in parts
        ],
    }


def _search(corpus: Corpus | CorpusFile, options: argparse.Namespace, out: _Output) -> int:
    hits = corpus.search(options.query, limit=options.limit, level=options.level)
    if out.json:
        out.document(
            [
                {
                    "interview_id": hit.interview_id,
                    "id": hit.id,
                    "rank": hit.rank,
                    "score": round(hit.score, 6),
                    "snippet": hit.snippet,
                    "text": hit.text,
                    "start": hit.span.start,
                    "end": hit.span.end,
                }
                for hit in hits
            ]
        )
    several = len(corpus) > 1
    for hit in [] if out.json else hits:
        where = f"{hit.interview_id} {hit.id}" if several else hit.id
        out.line(f"{hit.rank:>2}. {where}  ({hit.score:.3f})")
        out.line(" ".join(hit.snippet.split()), indent="    ")
    if not hits:
        _fail(f"nothing found for {options.query!r}")
        return 1
    return 0


def _grep(corpus: Corpus | CorpusFile, options: argparse.Namespace, out: _Output) -> int:
    rows = [
        (interview, match)
        for interview in corpus
        for match in interview.grep(options.pattern, ignore_case=options.ignore_case)
    ]
    if out.json:
        out.document(
            [
                {
                    "interview_id": match.interview_id,
                    "text": match.text,
                    "start": match.span.start,
                    "end": match.span.end,
                    "paragraph_id": match.paragraph_id,
                    "sentence_id": match.sentence_id,
                }
                for _, match in rows
            ]
        )
    else:
        for interview, match in rows:
            where = match.sentence_id or match.paragraph_id
            _print_context(interview, where, match.span, out, several=len(corpus) > 1)
    if not rows:
        _fail(f"no match for {options.pattern!r}")
        return 1
    return 0


def _mentions(corpus: Corpus | CorpusFile, options: argparse.Namespace, out: _Output) -> int:
    found = corpus.mentions(options.name)
    if out.json:
        out.document(
            [
                {
                    "interview_id": interview_id,
                    "entity": mention.entity.name,
                    "entity_id": mention.entity.id,
                    "text": mention.text,
                    "form": mention.form,
                    "section": mention.section,
                    "start": mention.span.start,
                    "end": mention.span.end,
                    "paragraph_id": mention.paragraph_id,
                    "sentence_id": mention.sentence_id,
                }
                for interview_id, mention in found
            ]
        )
    else:
        for interview_id, mention in found:
            where = mention.sentence_id or mention.section
            _print_context(corpus[interview_id], where, mention.span, out, several=len(corpus) > 1)
    if not found:
        _fail(f"no mentions of {options.name!r}")
        return 1
    return 0


def _print_context(
    interview: Interview, where: str, span: Span, out: _Output, *, several: bool
) -> None:
    """One line: where, then the match in its sentence (or header block) between » and «."""
    from ._model import Paragraph, Sentence

    source = interview.source
    context = interview.get(where)
    if isinstance(context, Paragraph | Sentence):
        left, right = context.span.start, context.span.end
    else:  # a header block: some text on either side
        left, right = max(0, span.start - 60), min(len(source), span.end + 60)
    text = f"{source[left : span.start]}»{span.of(source)}«{source[span.end : right]}"
    prefix = f"{interview.id} {where}" if several else where
    out.line(" ".join(text.split()), indent=f"{prefix}: ")


def _export(corpus: Corpus | CorpusFile, options: argparse.Namespace, out: _Output) -> int:
    from ._export import export

    obj: Any = corpus.interviews[0] if len(corpus) == 1 else corpus
    if options.format == "convokit" and not options.output:
        _fail("the convokit format writes a directory: give it with -o PATH")
        return USAGE_ERROR
    if options.format == "parquet" and not options.output:
        export(obj, "parquet", sys.stdout.buffer, level=options.level)
        return 0
    text = export(obj, options.format, options.output, level=options.level)
    if text is not None:
        out.stream.write(text)
    return 0


def _index(options: argparse.Namespace) -> int:
    from ._corpus import CorpusError
    from ._store import build

    try:
        corpus, failures = build(
            options.output,
            options.sources,
            jobs=options.jobs,
            errors="collect" if options.keep_going else "raise",
            progress=not options.quiet,
        )
    except CorpusError as error:
        for failure in error.failures:
            _fail(str(failure))
        _fail(
            f"nothing written to {options.output}; pass --keep-going to index the other transcripts"
        )
        return 1
    with corpus:
        count, done = len(corpus), corpus.last_build
    if not options.quiet:
        _fail(
            f"{options.output}: {count:,} interview{'s' if count != 1 else ''} "
            f"({done['read']:,} read, {done['unchanged']:,} unchanged, {done['dropped']:,} dropped)"
        )
    for failure in failures:
        _fail(str(failure))
    return 1 if failures else 0
