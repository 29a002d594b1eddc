r"""The command line: ``interview-corpus`` and ``python -m interview_corpus``.

Data goes to stdout and messages to stderr. Exit codes: 0 success; 1 when a
search, grep or mentions finds nothing, a target does not exist, or a file
cannot be read (``path:line:column: message``); 2 for usage errors. Text is
wrapped to the terminal's width only when stdout is a terminal; there is no
colour. Every line written for a person (the text of the commands, and the
messages) shows the control characters a transcript or a file name holds as
escapes (:func:`interview_corpus.output.visible`); ``--json`` and the export
formats are data and keep them (JSON writes each as a ``\u`` escape).
"""

from __future__ import annotations

import contextlib
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar, cast

from .. import model, output as outputs, query as queries, reading
from .._util.data import sha256_hex
from .._util.files import read_regular
from .._util.limits import MAX_METADATA_BYTES
from .._version import __version__
from ..corpus import Corpus, CorpusQueries
from ..errors import (
    ArgumentValueError,
    InterviewCorpusError,
    InvalidArgumentTypeError,
    MissingDependencyError,
    NotFoundError,
    QueryError,
    ReadError,
    TranscriptError,
)
from ..errors._failures import CorpusError, Failure, failure_of
from ..model._objects import Entity, Exchange, Paragraph, Sentence, Topic, Turn
from ..output.formats import FORMATS
from ..query._records import RECORD_LEVELS
from ..reading._layout import STYLES
from ..reading._parse import SPEAKER_OPTIONS
from ._progress import ProgressBar

if TYPE_CHECKING:
    import argparse

    from .._util.progress import Progress
    from ..interview import Interview
    from ..model._span import Span
    from ..reading._explain import Reading
    from ..reading._parse import ParseOptions

PROG = "interview-corpus"
COMMANDS = (
    "info", "topics", "show", "search", "grep", "mentions", "entities", "export", "read", "quote",
    "inspect", "index",
)  # fmt: skip
READ_COMMANDS = tuple(name for name in COMMANDS if name not in ("export", "read", "index"))
# The commands a corpus file answers itself (SQL, or one interview at a time); the others
# are given the interviews of the file as a Corpus.
_SHOWN_MARKERS = 40  # inspect lists this many markers of a text that does not read
_FILE_COMMANDS = ("info", "topics", "show", "search", "grep", "mentions", "quote")
SUMMARY_FROM = 2  # with this many interviews or more, info prints one line per interview
# The reading options (ParseOptions) the command line takes, each once: the option, its flag, its help.
_READING_FLAGS = (
    ("style", "--style", "force a layout"),
    ("interviewer", "--interviewer", "who asks"),
    ("interviewee", "--interviewee", "who answers"),
    ("moderators", "--moderator", "who chairs"),
    ("title", "--title", "the title"),
    (
        "strict",
        "--no-strict",
        "keep a reading with no exchange or an unanswered last question (with warnings)",
    ),
)
# The API's parameters that messages name, and the flags that say the same on the command line.
_FLAG_OF = {
    **{option: flag for option, flag, _ in _READING_FLAGS if option != "strict"},
    **{option: f"--{option}" for option in ("encoding", "syntax", "level", "limit", "jobs")},
}
_FLAG_FOR = {("strict", "False"): "--no-strict", ("errors", "collect"): "--keep-going"}
_PARAMETER = re.compile(r"\b(\w+)=('[^']*'|\"[^\"]*\"|[\w.-]*)")
# What JSON leaves as it is but a terminal acts on: DEL, the C1 controls and the bidirectional
# controls (json.dumps escapes the C0 controls itself).
_JSON_ACTIVE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The exit codes, one table for every command (docs/reference/cli.md, "Exit codes").
ANSWERED = 0  # the command did what was asked, and found what it looked for
NO = 1  # it answered "no": nothing found, a quote not faithful, no such id, a text that does not read
USAGE_ERROR = 2  # the command line itself is wrong
PARTIAL = 3  # it answered, but some input files failed (--keep-going): they are told on stderr
FAILED = 4  # it could not answer: an input cannot be read, an output cannot be written
INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
T = TypeVar("T")


class _Done(Exception):  # noqa: N818  # an exit, not an error
    """Stop with an exit code after a message was printed."""

    def __init__(self, code: int) -> None:
        self.code = code


def main(argv: Sequence[str] | None = None) -> int:  # one exit per outcome
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code.

    Example:
        >>> from interview_corpus.cli._main import main
        >>> main(["topics"])
        1  ukraine        Ukraine settlement
        2  united-states  United States
        3  europe         Europe
        4  middle-east    Middle East
        5  asia-pacific   Asia-Pacific
        0
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    _tolerate_encoding(sys.stdout, sys.stderr)
    parser = _parser()
    valued = {
        option
        for action in parser._actions  # noqa: SLF001  # argparse's list of the options it knows
        if action.nargs != 0
        for option in action.option_strings
    }
    asks_for_help = bool({"-h", "--help", "--version"} & set(arguments))
    if _command_position(arguments, valued) is None and not asks_for_help:
        arguments.insert(0, "info")  # a bare call shows the interview
    try:
        options = parser.parse_args(arguments)
    except SystemExit as stop:  # argparse exits 2 on usage errors, 0 for --help and --version
        return int(stop.code or 0)
    if getattr(options, "run", None) is _inspect:
        options.strict = False  # inspect explains a reading that has no exchange too
        options.file = [*options.file, *options.paths]
    if sys.stdout is None:  # started with stdout closed (>&-): nowhere to write the data
        _fail("stdout is closed: give the command somewhere to write, such as > out.txt")
        return FAILED
    return _run(options)


def _run(options: argparse.Namespace) -> int:
    """Run the chosen command; every failure becomes one line on stderr and an exit code."""
    code = FAILED
    try:
        out = _Output(sys.stdout, json=getattr(options, "json", False))
        if options.run is _index:  # writes a corpus file: reads its own sources
            code = _index(options)
        elif options.run is _inspect and (options.file or options.dir):
            code = _inspect_files(options, out)  # also the texts that do not read
        else:
            code = _on_corpus(options, out)
    except _Done as done:
        code = done.code
    except (QueryError, InvalidArgumentTypeError, ArgumentValueError) as error:
        _fail(str(error))
        code = USAGE_ERROR
    except NotFoundError as error:  # no such id, topic, speaker or entity: an answer
        _fail(str(error))
        code = NO
    except InterviewCorpusError as error:
        _fail(str(error))
        code = FAILED
    except BrokenPipeError:  # the reader went away (| head): say nothing more, print no traceback
        _silence_stdout()
        code = FAILED
    except OSError as error:  # stdout itself failed: a full disk (> /dev/full), a closed file
        _silence_stdout()
        _fail(f"cannot write the output: {error.strerror or error}")
        code = FAILED
    except KeyboardInterrupt:  # Ctrl-C: one line, and the shell's usual code for SIGINT
        _fail("interrupted")
        code = INTERRUPTED
    return code


def _on_corpus(options: argparse.Namespace, out: _Output) -> int:
    """Run a command on the interviews chosen; with --keep-going, the bad files are told last."""
    corpus = _select(options)
    run: Callable[[CorpusQueries, argparse.Namespace, _Output], int] = options.run
    code = run(corpus, options, out)
    sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
    failures = getattr(options, "failures", ())
    for failure in failures:
        _fail(str(failure))
    return PARTIAL if failures else code


def _tolerate_encoding(*streams: TextIO | None) -> None:
    """Show what a stream cannot encode as escapes instead of failing.

    That is any character for a stdout that is not UTF-8 (``PYTHONIOENCODING=ascii``),
    and the lone surrogates by which Python passes on argument bytes that are not UTF-8.
    """
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush at exit cannot fail again."""
    import os

    # Without a file descriptor there is nothing left to flush.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _in_flags(message: str) -> str:
    """Say the API's parameters in a message as the command line's flags.

    Example:
        >>> from interview_corpus.cli._main import _in_flags
        >>> _in_flags("pass strict=False to keep it; give encoding= if wrong; or ic.explain()")
        'pass --no-strict to keep it; give --encoding if wrong; or interview-corpus inspect'
        >>> _in_flags("pass style='dash' or style='labelled'")
        'pass --style dash or --style labelled'
    """

    def flag(parameter: re.Match[str]) -> str:
        name, value = parameter.group(1), parameter.group(2).strip("'\"")
        if (name, value) in _FLAG_FOR:
            return _FLAG_FOR[name, value]
        if name not in _FLAG_OF:
            return parameter.group()
        return f"{_FLAG_OF[name]} {value}" if value else _FLAG_OF[name]

    return _PARAMETER.sub(flag, message.replace("ic.explain()", "interview-corpus inspect"))


def _command_position(arguments: Sequence[str], valued: set[str]) -> int | None:
    """Where the command is in ``arguments``: the first word that is no option and no option's value.

    ``valued`` holds the options (before the command) that take a value, so
    that ``--dir info`` names a directory called ``info``, not the command.
    ``None`` when there is no such word (a bare call, or options only).
    """
    skip = False
    for position, word in enumerate(arguments):
        if skip:
            skip = False
        elif word == "--":
            return position + 1 if position + 1 < len(arguments) else None
        elif word in valued:
            skip = True
        elif not word.startswith("-") or word == "-":
            return position
    return None


def _fail(message: str) -> None:
    """Tell the user on stderr, in the command line's words (flags, not the API's parameters).

    A message may quote a file's name or text: what a terminal would act on is shown.
    """
    print(f"{PROG}: {outputs.visible(_in_flags(_bytes_shown(message)))}", file=sys.stderr)


def _bytes_shown(message: str) -> str:
    r"""Show the bytes of a file name that are not UTF-8 as ``\xff``, as the corpus file stores them.

    Python passes them on as lone surrogates (``\udcff``), which say nothing to a reader.

    Example:
        >>> from interview_corpus.cli._main import _bytes_shown
        >>> print(_bytes_shown("talks/\udcff.txt: not read"))
        talks/\xff.txt: not read
    """
    try:
        return message.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte: the stream escapes it
        return message


@contextlib.contextmanager
def _progress(
    options: argparse.Namespace, label: str, *, several: bool = True
) -> Iterator[Progress | None]:
    """A progress bar on stderr for long work, ended with a newline after it.

    ``None`` (no callback at all) with ``--quiet``, for one item, and when
    stderr is not a terminal, where the bar would draw nothing anyway.
    """
    bar = ProgressBar(label)
    if getattr(options, "quiet", False) or not several or not bar.enabled:
        yield None
        return
    with bar:
        yield bar


class _Output:
    """Writes text, wrapped to the terminal's width when stdout is one, or one JSON document.

    The one place the commands write to stdout: text for a person with its
    control characters shown (:func:`~interview_corpus.output.visible`), JSON
    with them escaped.
    """

    def __init__(self, stream: TextIO, *, json: bool) -> None:
        import shutil

        self.stream = stream
        self.json = json
        self.width = shutil.get_terminal_size().columns if stream.isatty() else None

    def line(self, text: str = "", indent: str = "") -> None:
        """One line of text, after ``indent`` (and wrapped under it, on a terminal)."""
        text, indent = outputs.visible(text), outputs.visible(indent)
        if self.width is None or len(indent) + len(text) <= self.width:
            print(indent + text, file=self.stream)
            return
        import textwrap

        wrapped = textwrap.fill(
            text, self.width, initial_indent=indent, subsequent_indent=" " * len(indent)
        )
        print(wrapped, file=self.stream)

    def text(self, text: str) -> None:
        """Lines of text as they are (not wrapped), their control characters shown."""
        self.stream.write(outputs.visible(text))

    def document(self, value: object) -> None:
        r"""One JSON document; the values are verbatim, their control characters ``\u`` escapes."""
        import json

        text = json.dumps(value, ensure_ascii=False, indent=2)
        print(
            _JSON_ACTIVE.sub(lambda found: f"\\u{ord(found.group()):04x}", text), file=self.stream
        )


def _parser() -> argparse.ArgumentParser:
    import argparse

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
        sub.set_defaults(run=run, command=name)
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
        "query",
        metavar="QUERY",
        help='words, "phrases" and prefix* terms, all of which must match; OR (in capitals) '
        "between two of them for either; -word to leave a word out; "
        "with --syntax fts5, SQLite FTS5 queries (OR, NOT, NEAR)",
    )
    search.add_argument(
        "--limit", type=_positive, default=10, metavar="N", help="at most N hits (default 10)"
    )
    search.add_argument(
        "--level", choices=("paragraph", "sentence"), default="paragraph", help="what a hit is"
    )
    search.add_argument(
        "--syntax",
        choices=("plain", "fts5"),
        default="plain",
        help="how QUERY is read (default plain; fts5 for FTS5's NOT, NEAR, column filters)",
    )
    search.add_argument(
        "--speaker", metavar="WHO", help="a role (interviewer, interviewee) or a name or alias"
    )
    search.add_argument("--topic", metavar="TOPIC", help="a topic's slug or title")
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
    read = command(
        "read",
        _read,
        "the interview, or the parts named, as text to read: speakers, topics, ids in a margin",
        "interview-corpus read e3",
    )
    read.add_argument(
        "ids", metavar="ID", nargs="*", help="exchanges, turns, paragraphs, sentences or topics"
    )
    quote = command(
        "quote",
        _quote,
        "check a quotation: verbatim, up to typography or editorial convention, altered, stitched or not found",
        'interview-corpus quote "These ambitions have literally blinded them."',
    )
    quote.add_argument("quote", metavar="QUOTE", help="the quotation ('-' reads it from stdin)")
    command(
        "entities",
        _entities,
        "the entity lexicon: each entity's id, kind, name and number of mentions",
        "interview-corpus entities",
    )
    export = command(
        "export",
        _export,
        "write the data as json, jsonl, csv, markdown, tei, parquet, convokit or html",
        "interview-corpus export --format csv --level sentence -o sentences.csv",
    )
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="the file (a directory for convokit, and for html of several); stdout if omitted or '-'",
    )
    export.add_argument(
        "--spreadsheet",
        action="store_true",
        help="csv: quote cells that start like a formula (=, +, -, @) for spreadsheets",
    )
    export.add_argument(
        "--level",
        choices=RECORD_LEVELS,
        help="the records' level (jsonl, csv, parquet)",
    )
    inspect = command(
        "inspect",
        _inspect,
        "how a transcript was read: layout, header, each label with its role, what was set aside",
        "interview-corpus inspect briefing.txt",
    )
    inspect.add_argument(
        "paths", nargs="*", metavar="FILE", help="transcript files to inspect (as --file FILE)"
    )
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
        "sources", nargs="+", metavar="SOURCE", help="a folder of transcripts, or a file"
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
        help="store every good transcript, report every bad one at the end (exit 3)",
    )
    index.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,  # given before the command too
        help="no progress bar and no summary on stderr",
    )
    return parser


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
        "--dir",
        metavar="PATH",
        default=default,
        help="every transcript in a directory (.txt, .md, .markdown, .vtt, .srt, .html, .htm, "
        ".xhtml, .docx, .pdf; others are skipped and listed)",
    )
    group.add_argument(
        "--glob",
        metavar="PATTERN",
        default=default,
        help="with --dir: read the files that match this pattern instead (e.g. '*.txt', '**/*.md')",
    )
    group.add_argument(
        "--encoding",
        metavar="NAME",
        default=default,
        help="with --file or --dir: the text files' encoding (default: UTF-8, else detected)",
    )
    reading = parser.add_argument_group(
        "how to read your files (default: decided from the text; a sidecar NAME.toml too)"
    )
    for option, flag, what in _READING_FLAGS:
        if option in SPEAKER_OPTIONS:
            reading.add_argument(
                flag,
                dest=option,
                metavar="NAME",
                action="append",
                default=default if default is not None else [],
                help=f"{what} (repeatable): labels with this name",
            )
        elif option == "strict":
            reading.add_argument(
                flag,
                dest=option,
                action="store_false",
                default=default if default is not None else True,
                help=what,
            )
        else:
            choices = STYLES if option == "style" else None
            metavar = None if choices else "TEXT"
            reading.add_argument(
                flag, dest=option, choices=choices, metavar=metavar, default=default, help=what
            )
    group.add_argument(
        "--entities",
        metavar="FILE",
        default=default,
        help="an entity lexicon for --file and --dir: TOML ([[entities]]) or JSON (a list)",
    )
    group.add_argument(
        "--db", metavar="PATH", default=default, help="a corpus file made by 'index' (instant)"
    )
    group.add_argument(
        "--keep-going",
        action="store_true",
        default=default if default is not None else False,
        help="with --dir or --file: use the good files, report the bad ones at the end (exit 3)",
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default if default is not None else False,
        help="no progress bar on stderr (drawn only when it is a terminal) for --dir and export",
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


def _select(options: argparse.Namespace) -> CorpusQueries:
    """The interviews to read: the bundled one, another bundled one, the user's files or corpus file."""
    chosen = [bool(options.interview), bool(options.file), bool(options.dir), bool(options.db)]
    if sum(chosen) > 1:
        _fail("choose one of --interview, --file, --dir and --db")
        raise _Done(USAGE_ERROR)
    metadata = _reading_options(options)
    if options.entities:
        if not (options.file or options.dir):
            _fail(
                "--entities gives a lexicon for your own transcripts: use it with --file or --dir"
            )
            raise _Done(USAGE_ERROR)
        metadata["entities"] = _read_lexicon(options.entities)
    if options.db:
        corpus_file = Corpus.open(options.db)
        # The file answers the read commands itself; the others need the interviews.
        return corpus_file if options.command in _FILE_COMMANDS else corpus_file.to_corpus()
    if options.file and options.keep_going:
        return _keep_going(
            options, [_read_or_fail(path, metadata, options) for path in options.file]
        )
    if options.file:
        return Corpus(
            reading.read(path, encoding=options.encoding, **metadata) for path in options.file
        )
    if options.dir:
        return _from_directory(options, metadata)
    return Corpus([reading.load(options.interview or reading.DEFAULT_ID)])


def _from_directory(options: argparse.Namespace, metadata: ParseOptions) -> Corpus:
    """The transcripts of --dir: every bad file reported (or, with --keep-going, kept for last).

    Files skipped for their kind are listed first; they fail nothing, unless nothing was read.
    """
    with _progress(options, "reading") as progress:
        corpus, failures = Corpus.from_directory(
            options.dir,
            options.glob,
            errors="collect",
            progress=progress,
            encoding=options.encoding,
            **metadata,
        )
    failures = _skipped(failures)
    if not corpus and not failures:
        _fail(f"{options.dir}: no transcripts in this directory")
        raise _Done(USAGE_ERROR)
    if options.keep_going:
        return _keep_going(options, [*corpus, *failures])
    for failure in failures:
        _fail(str(failure))
    if failures:
        raise _Done(FAILED)
    return corpus


def _skipped(failures: list[Failure]) -> list[Failure]:
    """Say which files were skipped for their kind; return the files that failed."""
    for failure in failures:
        if failure.skipped:
            _fail(str(failure))
    return [failure for failure in failures if not failure.skipped]


def _reading_options(options: argparse.Namespace) -> ParseOptions:
    """The reading options given on the command line, as :func:`parse` takes them."""
    metadata: dict[str, Any] = {}
    for option, _, _ in _READING_FLAGS:
        value = getattr(options, option)
        if option == "strict":
            if not value:
                metadata[option] = False
        elif value:
            metadata[option] = list(value) if option in SPEAKER_OPTIONS else value
    return cast("ParseOptions", metadata)


def _read_lexicon(path: str) -> tuple[Entity, ...]:
    """Read an entity lexicon file: TOML with ``[[entities]]`` tables, or JSON (a list, or ``{"entities": [...]}``)."""
    import json
    import tomllib

    raw = read_regular(
        path,
        what="lexicon",
        limit=MAX_METADATA_BYTES,
        advice="keep only the entities the transcripts name",
    )
    try:
        text = raw.decode("utf-8")
        data: Any = json.loads(text) if path.endswith(".json") else tomllib.loads(text)
    except (UnicodeDecodeError, ValueError) as error:  # JSONDecodeError and TOMLDecodeError too
        raise ReadError(path, f"not a lexicon file ({error})") from None
    except RecursionError:  # both parsers read nested arrays by recursion
        raise ReadError(path, "not a lexicon file (nested too deeply to read)") from None
    return model.lexicon_of(data, path)


def _read_or_fail(
    path: str, metadata: ParseOptions, options: argparse.Namespace
) -> Interview | Failure:
    try:
        return reading.read(path, encoding=options.encoding, **metadata)
    except (TranscriptError, ReadError, MissingDependencyError) as error:
        return failure_of(path, error)


def _keep_going(options: argparse.Namespace, results: list[Interview | Failure]) -> Corpus:
    """The good interviews; the failures are kept to be reported after the command's output."""
    options.failures = [result for result in results if isinstance(result, Failure)]
    good = [result for result in results if not isinstance(result, Failure)]
    if not good:
        for failure in options.failures:
            _fail(str(failure))
        raise _Done(FAILED)
    return Corpus(good)


# -- the commands ----------------------------------------------------------------------


def _inspect(corpus: Corpus, options: argparse.Namespace, out: _Output) -> int:
    """Print how each interview's text reads: as a table, or as JSON with --json."""
    metadata = _reading_options(options)
    return _inspect_texts(((iv.id, iv.source, metadata) for iv in corpus), out)


def _inspect_files(options: argparse.Namespace, out: _Output) -> int:
    """Inspect --file and --dir transcripts from their text, so that one that does not read shows too."""
    metadata = _reading_options(options)
    paths = list(options.file)
    if options.dir:
        folder = Path(options.dir)
        if not folder.is_dir():
            _fail(f"{options.dir}: not a directory")
            return 1
        files, skipped = reading.transcript_files(folder, options.glob)
        _skipped(skipped)
        paths = [str(file) for file in files]
    texts = []
    failed = 0
    for path in paths:
        try:
            text, own = reading.transcript(path, options.encoding)
            options_of_file = cast("ParseOptions", {**own, **reading.sidecar(path), **metadata})
            texts.append((reading.file_id(path), text, options_of_file))
        except InterviewCorpusError as error:  # unreadable: the others are still shown
            _fail(str(error))
            failed += 1
    code = _inspect_texts(texts, out)
    return PARTIAL if failed else code


def _inspect_texts(texts: Iterable[tuple[str, str, ParseOptions]], out: _Output) -> int:
    """Print each reading; 1 when a text does not read (its reading is shown all the same)."""
    import attrs

    documents = []
    code = 0
    for id, text, metadata in texts:
        found = reading.explain(text, id=id, **metadata)
        if found.error is not None:
            code = 1
        if out.json:
            document = attrs.asdict(found, recurse=True)
            document["set_aside"] = [
                {"kind": s.kind, "start": s.span.start, "end": s.span.end, "text": s.text}
                for s in found.set_aside
            ]
            documents.append({"interview": id, **document})
        else:
            _print_reading(id, found, out)
    if out.json:
        out.document({"interviews": documents})
    return code


def _print_reading(id: str, found: Reading, out: _Output) -> None:
    """One reading as ``inspect`` prints it; for a text that does not read, what each marker was taken for."""
    if found.error is not None:
        out.line(f"{id}: does not read: {_in_flags(found.error)}")
    else:
        out.line(f"{id}: {found.layout} layout, dialogue from line {found.header_line}")
        out.line(f"title: {found.title}")
        out.line(
            f"{found.exchanges} exchanges, {found.questions} questions, {found.answers} "
            f"answers, {found.statements} statements, {found.remarks} remarks"
        )
    out.line(f"{found.lines} lines in {found.blocks} blocks; {len(found.markers)} markers")
    if found.labels:
        out.line()
        out.text(found.table() + "\n")
    if found.error is not None:
        out.line()
        for marker in found.markers[:_SHOWN_MARKERS]:
            written = marker.marker.strip() or "(below a question)"
            out.line(f"line {marker.line}: {written!r} {marker.kind} -> {marker.taken}")
        if len(found.markers) > _SHOWN_MARKERS:
            out.line(f"... and {len(found.markers) - _SHOWN_MARKERS} more (--json shows all)")
    kinds = Counter(segment.kind for segment in found.set_aside)
    if kinds:
        out.line()
        out.line("set aside: " + ", ".join(f"{kind} ×{n}" for kind, n in kinds.items()))
    for warning in found.warnings:
        out.line(f"warning: {_in_flags(warning)}")
    out.line()


def _info(corpus: CorpusQueries, _options: argparse.Namespace, out: _Output) -> int:
    documents: list[dict[str, Any]] = []
    for interview in corpus:
        words = sum(queries.count_words(turn.text) for turn in interview.turns())
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
                "sha256": sha256_hex(interview.source.encode("utf-8")),
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
        out.document(documents)  # one shape: a list, of one interview or of many
        return 0
    if len(documents) >= SUMMARY_FROM:
        _print_summary(documents, out)
    else:
        _print_details(documents, out)
    return 0


def _print_details(documents: list[dict[str, Any]], out: _Output) -> None:
    """Everything about each interview, then one line per exchange."""
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


def _print_summary(documents: list[dict[str, Any]], out: _Output) -> None:
    """One line per interview (id, date, outlet, counts, title), then the totals."""
    width = max(len(info["id"]) for info in documents)
    for info in documents:
        counts = info["counts"]
        out.line(
            f"{info['id']:<{width}}  {info['published'] or '':<10}  "
            f"{counts['exchanges']:>4} exchanges  {counts['words']:>7,} words  "
            f"{info['outlet'] or ''}{': ' if info['outlet'] and info['title'] else ''}"
            f"{info['title'] or ''}"
        )
    exchanges = sum(info["counts"]["exchanges"] for info in documents)
    words = sum(info["counts"]["words"] for info in documents)
    out.line(f"{len(documents):,} interviews, {exchanges:,} exchanges, {words:,} words")


def _topics(corpus: CorpusQueries, options: argparse.Namespace, out: _Output) -> int:
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

    def line(row: dict[str, Any], prefix: str, width: int) -> None:
        out.line(f"{prefix}{row['exchange']}  {row['slug']:<{width}}  {row['title']}")
        if options.keywords and row["keywords"]:
            out.line(", ".join(row["keywords"]), indent=" " * (len(prefix) + 3))

    empty = "no topics: the transcripts have no topic annotations"
    return _table(rows, out, line, empty=empty, column="slug", several=len(corpus) > 1)


def _table(
    rows: list[dict[str, Any]],
    out: _Output,
    line: Callable[[dict[str, Any], str, int], None],
    *,
    empty: str,
    column: str,
    several: bool,
) -> int:
    """Print rows as one JSON document, or each by ``line`` (given its prefix and the column's width)."""
    if out.json:
        out.document(rows)
        return 0
    if not rows:
        _fail(empty)
        return 1
    width = max(len(row[column]) for row in rows)
    for row in rows:
        line(row, f"{row['interview_id']}  " if several else "", width)
    return 0


def _show(corpus: CorpusQueries, options: argparse.Namespace, out: _Output) -> int:
    target: str = options.target
    found = _in_each(corpus, lambda interview: _select_text(interview, target))
    if out.json:
        # The library's records of the shown objects, at their level, with the interview's id.
        out.document([row for interview, _ in found for row in _shown_records(interview, target)])
        return 0
    for number, (interview, parts) in enumerate(found):
        if number:
            out.line()
        if len(corpus) > 1:
            out.line(f"[{interview.id}]")
        _print_parts(parts, out)
    return 0


def _in_each(
    corpus: Iterable[Interview], get: Callable[[Interview], T]
) -> list[tuple[Interview, T]]:
    """``get`` of each interview that has what it looks for; if none has, the last NotFoundError."""
    found: list[tuple[Interview, T]] = []
    missing: NotFoundError | None = None
    for interview in corpus:
        try:
            found.append((interview, get(interview)))
        except NotFoundError as error:
            missing = error
    if not found:
        assert missing is not None  # the corpus is never empty here
        raise missing
    return found


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


def _target(
    interview: Interview, target: str
) -> tuple[Exchange, ...] | Turn | Paragraph | Sentence:
    """What a target of ``show`` names: exchanges (one, or a topic's), or a turn, paragraph or sentence."""
    if target.isascii() and target.isdigit():  # not "²", which isdigit() also accepts
        # The number as text: exchange() bounds its digits, as int() would not.
        return (interview.exchange(target),)
    obj = interview.lookup(target)
    if isinstance(obj, Exchange | Topic):
        return (obj,) if isinstance(obj, Exchange) else interview.by_topic(obj)
    return obj


def _select_text(
    interview: Interview, target: str
) -> list[tuple[Turn, list[Paragraph], str | None]]:
    """What to show for a target: turns, with their paragraphs (or one paragraph, or one sentence)."""
    obj = _target(interview, target)
    if isinstance(obj, tuple):
        return [(t, list(t.paragraphs), None) for e in obj for t in e.turns]
    if isinstance(obj, Turn):
        return [(obj, list(obj.paragraphs), None)]
    sentence_id = obj.id if isinstance(obj, Sentence) else None
    paragraph = interview.lookup(obj.paragraph_id) if isinstance(obj, Sentence) else obj
    assert isinstance(paragraph, Paragraph)
    turn = interview.lookup(paragraph.turn_id)
    assert isinstance(turn, Turn)
    return [(turn, [paragraph], sentence_id)]


def _shown_records(interview: Interview, target: str) -> list[dict[str, str | int | float | None]]:
    """The library's records of what ``show`` shows: an exchange (or a topic's), a turn, a paragraph or a sentence."""
    obj = _target(interview, target)
    if isinstance(obj, tuple):
        level, ids = "exchange", [exchange.id for exchange in obj]
    else:
        level, ids = ("turn" if isinstance(obj, Turn) else type(obj).__name__.lower()), [obj.id]
    records = _records_by_id([interview], level, {interview.id})
    return [records[interview.id, id] for id in ids]


def _search(corpus: CorpusQueries, options: argparse.Namespace, out: _Output) -> int:
    hits = corpus.search(
        options.query,
        limit=options.limit,
        level=options.level,
        syntax=options.syntax,
        speaker=options.speaker,
        topic=options.topic,
    )
    if out.json:
        # Each hit is the library's record of its paragraph or sentence, ranked.
        records = _records_by_id(corpus, options.level, {hit.interview_id for hit in hits})
        out.document(
            [
                {
                    "rank": hit.rank,
                    "score": round(hit.score, 6),
                    "snippet": hit.snippet,
                    **records[hit.interview_id, hit.id],
                }
                for hit in hits
            ]
        )
    several = len(corpus) > 1
    for hit in [] if out.json else hits:
        where = f"{hit.interview_id} {hit.id}" if several else hit.id
        out.line(f"{hit.rank:>2}. {where}  ({hit.score:.3f})")
        out.line(" ".join(hit.snippet.split()), indent="    ")
    nothing = f"nothing found for {options.query!r}"
    if hits.suggestion is not None:  # on stderr, with the message: --json's stdout stays a list
        nothing += f"; did you mean {hits.suggestion!r}?"
    return _found(hits, nothing)


def _found(found: Sequence[object], nothing: str) -> int:
    """The exit code of a command that looks for something: 1, saying ``nothing``, if it found none."""
    if found:
        return 0
    _fail(nothing)
    return 1


def _grep(corpus: CorpusQueries, options: argparse.Namespace, out: _Output) -> int:
    rows = [
        (interview, match)
        for interview in corpus
        for match in interview.grep(options.pattern, ignore_case=options.ignore_case)
    ]
    if out.json:
        out.document([match.record() for _, match in rows])  # the library's records
    else:
        for interview, match in rows:
            where = match.sentence_id or match.paragraph_id
            _print_context(interview, where, match.span, out, several=len(corpus) > 1)
    return _found(rows, f"no match for {options.pattern!r}")


def _records_by_id(
    corpus: Iterable[Interview], level: str, interview_ids: set[str]
) -> dict[tuple[str, str | int | float | None], dict[str, str | int | float | None]]:
    """The library's records of ``level`` for some interviews, by ``(interview id, id)``."""
    chosen = [interview for interview in corpus if interview.id in interview_ids]
    return {(str(row["interview_id"]), row["id"]): row for row in queries.records(chosen, level)}


def _mentions(corpus: CorpusQueries, options: argparse.Namespace, out: _Output) -> int:
    found = corpus.mentions(options.name)
    if out.json:
        # The library's mention records, one per mention found.
        records = _records_by_id(corpus, "mention", {interview_id for interview_id, _ in found})
        out.document([records[interview_id, mention.id] for interview_id, mention in found])
    else:
        for interview_id, mention in found:
            where = mention.sentence_id or mention.section
            _print_context(corpus[interview_id], where, mention.span, out, several=len(corpus) > 1)
    return _found(found, f"no mentions of {options.name!r}")


def _entities(corpus: Corpus, _options: argparse.Namespace, out: _Output) -> int:
    rows: list[dict[str, Any]] = []
    for interview in corpus:
        counts = Counter(mention.entity.id for mention in interview.mentions())
        rows.extend(
            {
                "interview_id": interview.id,
                "id": entity.id,
                "kind": entity.kind,
                "name": entity.name,
                "aliases": list(entity.aliases),
                "mentions": counts[entity.id],
            }
            for entity in interview.lexicon
        )

    def line(row: dict[str, Any], prefix: str, width: int) -> None:
        out.line(
            f"{prefix}{row['id']:<{width}}  {row['kind']:<12}  {row['mentions']:>4}  {row['name']}"
        )

    empty = "no entities: give a lexicon with --entities FILE for your own transcripts"
    return _table(rows, out, line, empty=empty, column="id", several=len(corpus) > 1)


def _print_context(
    interview: Interview, where: str, span: Span, out: _Output, *, several: bool
) -> None:
    """One line: where, then the match in its sentence (or header block) between » and «."""
    source = interview.source
    context = interview.get(where)
    if isinstance(context, Paragraph | Sentence):
        left, right = context.span.start, context.span.end
    else:  # a header block: some text on either side
        left, right = max(0, span.start - 60), min(len(source), span.end + 60)
    text = f"{source[left : span.start]}»{span.of(source)}«{source[span.end : right]}"
    prefix = f"{interview.id} {where}" if several else where
    out.line(" ".join(text.split()), indent=f"{prefix}: ")


def _export(corpus: CorpusQueries, options: argparse.Namespace, out: _Output) -> int:
    obj: Any = corpus.interviews[0] if len(corpus) == 1 else corpus
    output = None if options.output == "-" else options.output  # "-" is stdout, as usual
    if options.format == "convokit" and not output:
        _fail("the convokit format writes a directory: give it with -o PATH")
        return USAGE_ERROR
    if options.format == "html" and len(corpus) > 1 and not output:
        _fail("html of several interviews is a directory (an index and a page each): give -o DIR")
        return USAGE_ERROR
    if options.format == "parquet" and not output:
        if out.stream.isatty():
            _fail("parquet is binary: give a file with -o PATH, or redirect stdout to a file")
            return USAGE_ERROR
        with _progress(options, "exporting", several=len(corpus) > 1) as progress:
            outputs.export(
                obj, "parquet", sys.stdout.buffer, level=options.level, progress=progress
            )
        return 0
    try:
        with _progress(options, "exporting", several=len(corpus) > 1) as progress:
            text = outputs.export(
                obj,
                options.format,
                output,
                level=options.level,
                spreadsheet=True if options.spreadsheet else None,
                progress=progress,
            )
    except OSError as error:  # a missing folder, a directory where a file goes, no permission
        _fail(f"cannot write {output}: {getattr(error, 'reason', None) or error.strerror or error}")
        return FAILED
    if text is not None:
        out.stream.write(text)
    return 0


def _read(corpus: Corpus, options: argparse.Namespace, out: _Output) -> int:
    rendered = _in_each(corpus, lambda interview: outputs.render(interview, options.ids, out.width))
    several = len(corpus) > 1
    text = "\n\n".join(f"[{iv.id}]\n{text}" if several else text for iv, text in rendered) + "\n"
    if out.width is None:  # piped: plain text
        out.text(text)
    else:
        import pydoc

        pydoc.pager(outputs.visible(text))
    return 0


def _quote(corpus: Corpus, options: argparse.Namespace, out: _Output) -> int:
    quote: str = sys.stdin.read() if options.quote == "-" else options.quote
    check = corpus.check_quote(quote)
    if out.json:
        import attrs

        derived = ("ids", "speaker", "by_interviewer", "diff")  # properties, after the fields
        out.document({**attrs.asdict(check), **{name: getattr(check, name) for name in derived}})
    else:
        for line in str(check).splitlines():
            out.line(line)
    return ANSWERED if check.ok else NO


def _index(options: argparse.Namespace) -> int:
    try:
        with _progress(options, "indexing") as progress:
            sources, jobs = options.sources, options.jobs
            if options.keep_going:
                corpus, failures = Corpus.build(
                    options.output, sources, jobs=jobs, errors="collect", progress=progress
                )
            else:
                with warnings.catch_warnings(record=True) as caught:  # the files skipped
                    warnings.simplefilter("always")
                    corpus = Corpus.build(options.output, sources, jobs=jobs, progress=progress)
                for warning in caught:
                    _fail(str(warning.message))
                failures = []
    except CorpusError as error:
        for failure in error.failures:
            _fail(str(failure))
        _fail(
            f"nothing written to {options.output}; pass --keep-going to index the other transcripts"
        )
        return FAILED
    with corpus:
        count, done = len(corpus), corpus.last_build
    if not options.quiet:
        _fail(
            f"{options.output}: {count:,} interview{'s' if count != 1 else ''} "
            f"({done['read']:,} read, {done['unchanged']:,} unchanged, {done['dropped']:,} dropped)"
        )
    failures = _skipped(failures)
    for failure in failures:
        _fail(str(failure))
    return PARTIAL if failures else ANSWERED
