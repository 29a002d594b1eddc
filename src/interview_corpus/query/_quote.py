"""Quote verification: is a quotation in the transcript, and if so where and how faithfully?

A quote is compared with the turns of an interview (or of a corpus, whose
full-text index finds the candidate turns) in steps, from the strictest:

1. **verbatim**: the quote's characters are in a turn as they are;
2. **typography**: they are, once quotes, apostrophes, dashes, ellipses,
   white space (NBSP too) and case are folded, and the characters that show
   nothing (a zero-width space, a soft hyphen, a byte order mark, a
   direction mark, a word joiner) are left out;
3. **editorial**: they are, up to the conventions by which news reports
   print a quotation: a closing period turned comma (or dropped) before the
   attribution, the attribution given with the quote (``"It failed," he
   said.``: what stands outside the quotation marks is reported, not
   checked), words the editor put in square brackets (inserted, or standing
   for words of the text), and text left out at an ellipsis (``…``,
   ``...``, ``[…]``, ``(...)``) within one passage;
4. **altered**: a passage is close enough (a word-level alignment by
   rapidfuzz): each word inserted, dropped or changed outside brackets is a
   :class:`QuoteDifference`, and a single such word makes the quote altered.

A quote whose pieces (across ellipses, or sentences) are all in the text,
but from different turns or out of order, is **stitched**. Anything else is
**not-found**. Every difference a match has, typographic and editorial ones
included, is listed and shown in the diff, so a changed comma is as visible
as a changed word; a character that shows nothing is shown there by its code
(``<U+200B>``).
"""

from __future__ import annotations

import datetime  # for the annotations the documentation resolves: a quote check is no fast path
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal, Protocol, get_args

import attrs

from .._util.lazy import cached
from .._util.timecode import timecode
from ..errors import ArgumentValueError, InvalidArgumentTypeError
from ..model._markup import escape_text, view
from ..model._objects import Role, Turn
from ..model._span import Span
from ._search import Hit, Syntax

if TYPE_CHECKING:
    from rapidfuzz.distance import Opcode

    from ..model._document import Document


class SearchableCorpus(Protocol):
    """What a quote check needs of a corpus: its size, its interviews, its search, and lookup by id."""

    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Document]: ...
    def __getitem__(self, id: str, /) -> Document: ...
    def search(self, query: str, *, syntax: Syntax = ..., limit: int | None = ...) -> list[Hit]: ...


Verdict = Literal["verbatim", "typography", "editorial", "stitched", "altered", "not-found"]
"""What a quote check found, from the best to the worst."""

MatchVerdict = Literal["verbatim", "typography", "editorial", "altered"]
"""How one located piece of a quote stands to the text."""

DifferenceKind = Literal[
    "changed", "inserted", "dropped", "typography", "punctuation", "bracketed", "omitted"
]
"""What a :class:`QuoteDifference` is: an alteration, or a difference of typography or convention."""

_ALTERATIONS = frozenset({"changed", "inserted", "dropped"})
_EDITORIAL = frozenset({"punctuation", "bracketed", "omitted"})

# The passages in quotation marks of a quote given with its attribution or in a sentence of a
# report. Straight and single marks open after no letter and close before none (so an
# apostrophe is neither); a closing ’ is also an apostrophe inside a passage (‘Russia’s threat’).
_QUOTED = re.compile(
    r"“(.+?)”|„(.+?)[“”]|«(.+?)»|(?<!\w)\"(?=\S)(.+?)(?<=\S)\"(?!\w)"
    r"|(?<!\w)‘(?=\S)(.+?)(?<=\S)’(?!\w)|(?<!\w)'(?=\S)(.+?)(?<=\S)'(?!\w)",
    re.DOTALL,
)
_CLOSING = ".,;:"  # the marks a report may put for (or drop from) the text's at a quote's end
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\)|…|\.{3,})\s*")
_QUOTES = ("\"'“”‘’«»„‚", "\"'“”‘’«»“‘")  # the marks a quotation is wrapped in
_EDGE_ELLIPSES = re.compile(r"^(?:\s*(?:\[\s*(?:…|\.{3})\s*\]|…|\.{3,}))+\s*|\s*(?:…|\.{3,})$")
_WORD = re.compile(r"\w")
_EDITORS_WORDS = re.compile(r"\[[^\]]*\]")  # words an editor puts in a quotation
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_TOKEN = re.compile(r"\w+|[^\w\s]")
# Typographic quotes and apostrophes (primes and guillemets too) and dashes, made ASCII.
_FOLD = str.maketrans("‘’‚‛′`´“”„‟″«»‐‑‒–—―−", "'" * 7 + '"' * 7 + "-" * 7)
# What shows nothing, or only steers the layout: the soft hyphen, the zero-width space, joiners
# and non-joiners, the direction marks, embeddings, overrides and isolates, the word joiner and
# the invisible operators, the byte order mark (a zero-width no-break space). A quote copied
# from a web page or a PDF may hold them where the transcript has none, or the reverse.
_INVISIBLE_CHARACTERS = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_INVISIBLE = frozenset(_INVISIBLE_CHARACTERS)
_AN_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARACTERS}]")
# A token of unfolded text: a word with the invisible characters in and around it (so that
# "ambi\u200btions" stands for "ambitions" as one word), a mark, or invisible characters alone.
_RAW_TOKEN = re.compile(
    f"[{_INVISIBLE_CHARACTERS}]*\\w[\\w{_INVISIBLE_CHARACTERS}]*"
    f"|[^\\w\\s{_INVISIBLE_CHARACTERS}][{_INVISIBLE_CHARACTERS}]*|[{_INVISIBLE_CHARACTERS}]+"
)
_MIN_SCORE = 0.6  # below this a passage shares too little with the quote to be its source
_CORPUS_SCAN = 20  # up to this many interviews, every turn is compared; beyond, the index picks
_CANDIDATES = 12
_ALTERNATIVES = 3
_ALIGNED = 4  # how many of the likeliest turns a changed quote is aligned with


@attrs.frozen
class QuoteDifference:
    """One way a quote differs from the text it was taken from.

    Attributes:
        kind: An alteration: ``"changed"`` (the quote has other words),
            ``"inserted"`` (the quote has words the text has not) or
            ``"dropped"`` (the text has words the quote leaves out). Or a
            difference that is no alteration: ``"typography"`` (other quotes,
            apostrophes, dashes or case), ``"punctuation"`` (the mark that ends
            the quote, changed or dropped before an attribution),
            ``"bracketed"`` (words in square brackets, put in by an editor or
            standing for the text's) or ``"omitted"`` (text left out at an
            ellipsis).
        quote: The quote's words here (``""`` when dropped).
        source: The text's words here (``""`` when inserted).
        span: Where in the source (an empty span where words were inserted).

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> check = ic.load().check_quote("These ambitions have totally blinded them.")
        >>> print(check.differences[0])
        changed 'literally' to 'totally' at 5229–5238
    """

    kind: DifferenceKind
    quote: str
    source: str
    span: Span

    @property
    def alters(self) -> bool:
        """Whether this difference changes the words (``changed``, ``inserted``, ``dropped``).

        Example:
            >>> import interview_corpus as ic
            >>> check = ic.load().check_quote("These ambitions have [truly] blinded them,")
            >>> [(d.kind, d.alters) for d in check.differences]
            [('bracketed', False), ('punctuation', False)]
        """
        return self.kind in _ALTERATIONS

    def __str__(self) -> str:
        where = f"{self.span.start}–{self.span.end}"
        if self.kind == "changed":
            return f"changed {self.source!r} to {self.quote!r} at {where}"
        if self.kind == "inserted":
            return f"inserted {self.quote!r} at {self.span.start}"
        if self.kind == "dropped":
            return f"dropped {self.source!r} at {where}"
        if not self.source:
            return f"{self.kind}: {self.quote!r} put in at {self.span.start}"
        if not self.quote:
            return f"{self.kind}: {self.source!r} left out at {where}"
        return f"{self.kind}: {self.source!r} as {self.quote!r} at {where}"


@attrs.frozen
class QuoteMatch:
    """One place in the text where (a piece of) a quote stands.

    Attributes:
        quote: The quote, or the piece of it between ellipses, that was located.
        interview_id: The interview.
        span: The exact characters of the source the quote corresponds to.
        text: Those characters: ``interview.source[span.start:span.end]``.
        ids: The sentences the span touches.
        turn_id: The turn it is in.
        exchange_id: The exchange it is in (``None`` for a remark).
        speaker: Who says it.
        role: ``"interviewer"``, ``"interviewee"`` or ``"moderator"``.
        verdict: ``"verbatim"``, ``"typography"``, ``"editorial"`` or ``"altered"``.
        score: Similarity from 0 to 1 (1 for verbatim).
        differences: Each way the quote differs from the text here, in order:
            words inserted, dropped or changed, and differences of typography
            and editorial convention.
        citation: A reference to the span, as :meth:`Interview.cite` writes one
            (with the moment, where the transcript has time codes).
        start: When the paragraph holding the quote starts to be spoken, where the
            transcript has time codes (else ``None``).

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> match = ic.load().check_quote("These ambitions have literally blinded them.").matches[0]
        >>> match.ids, match.span, match.speaker, match.verdict
        (('a3.p2.s3',), Span(start=5208, end=5252), 'Sergey Lavrov', 'verbatim')
    """

    quote: str
    interview_id: str
    span: Span
    text: str
    ids: tuple[str, ...]
    turn_id: str
    exchange_id: str | None
    speaker: str
    role: Role
    verdict: MatchVerdict
    score: float
    differences: tuple[QuoteDifference, ...] = ()
    citation: str = ""
    start: datetime.timedelta | None = None

    @property
    def diff(self) -> str:
        """The source text with what the quote drops as ``[-…-]`` and what it adds as ``{+…+}``.

        Example:
            >>> import interview_corpus as ic
            >>> check = ic.load().check_quote("These ambitions have totally blinded them.")
            >>> check.matches[0].diff
            'These ambitions have [-literally-]{+totally+} blinded them.'
        """
        markers = {"same": "{}", "dropped": "[-{}-]", "inserted": "{{+{}+}}"}
        return "".join(markers[kind].format(shown(text)) for kind, text in diff_segments(self))


@attrs.frozen
class QuoteCheck:
    """The verdict on a quotation, where it stands in the text, and how it differs.

    Attributes:
        quote: The quotation as given.
        verdict: ``"verbatim"``; ``"typography"`` (verbatim once quotes,
            apostrophes, dashes, white space and case are folded);
            ``"editorial"`` (verbatim up to typography and the conventions of
            news reports: a closing mark changed before the attribution, words
            in square brackets, text left out at an ellipsis); ``"stitched"``
            (pieces from different places); ``"altered"`` (a word changed,
            inserted or dropped outside brackets); or ``"not-found"``.
        matches: The best match of each piece of the quote, in the quote's order.
        unmatched: Pieces of the quote found nowhere.
        alternatives: Other places that match nearly as well, best first.
        score: Similarity from 0 to 1 over the whole quote.
        outside: What the quote was given with outside its quotation marks
            (an attribution such as ``he said``), which is not checked.

    ``str()`` gives a readable report; in a notebook it displays as HTML.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.load()
        >>> check = iv.check_quote("these ambitions have literally blinded them")
        >>> check.verdict, check.ids, check.speaker, check.ok
        ('typography', ('a3.p2.s3',), 'Sergey Lavrov', True)
        >>> iv.check_quote("Russia will win the war by Christmas.").verdict
        'not-found'
        >>> check = iv.check_quote("“These ambitions have literally blinded them,” Lavrov said.")
        >>> check.verdict, check.ok, check.outside
        ('editorial', True, ('Lavrov said.',))
    """

    quote: str
    verdict: Verdict
    matches: tuple[QuoteMatch, ...] = ()
    unmatched: tuple[str, ...] = ()
    alternatives: tuple[QuoteMatch, ...] = ()
    score: float = 0.0
    outside: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the quote is verbatim, or verbatim up to typography and editorial convention.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().check_quote("We are committed to continuing to work").ok
            True
        """
        return self.verdict in ("verbatim", "typography", "editorial")

    @property
    def interview_id(self) -> str | None:
        """The interview of the (first) match, or ``None`` when nothing was found.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().check_quote("What or maybe who is currently the main obstacle").interview_id
            'tass-2065861'
        """
        return self.matches[0].interview_id if self.matches else None

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of the sentences the matches touch, in the quote's order.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().check_quote("Russia appreciates efforts … the conflict’s root causes.").ids
            ('a1.p1.s1', 'a1.p1.s2')
        """
        return tuple(dict.fromkeys(id for match in self.matches for id in match.ids))

    @property
    def spans(self) -> tuple[Span, ...]:
        """The exact span of each match in its interview's source.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().check_quote("These ambitions have literally blinded them.").spans
            (Span(start=5208, end=5252),)
        """
        return tuple(match.span for match in self.matches)

    @property
    def speaker(self) -> str | None:
        """Who says the (first piece of the) quote, or ``None`` when nothing was found.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().check_quote("Have these efforts brought peace in Ukraine").speaker
            'TASS'
        """
        return self.matches[0].speaker if self.matches else None

    @property
    def exchange_id(self) -> str | None:
        """The exchange of the (first) match, or ``None``.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().check_quote("These ambitions have literally blinded them.").exchange_id
            'e3'
        """
        return self.matches[0].exchange_id if self.matches else None

    @property
    def by_interviewer(self) -> bool:
        """Whether (a piece of) the quote is the interviewer's words, not the interviewee's.

        Example:
            >>> import interview_corpus as ic
            >>> ic.load().check_quote("Have these efforts brought peace in Ukraine").by_interviewer
            True
        """
        return any(match.role == "interviewer" for match in self.matches)

    @property
    def differences(self) -> tuple[QuoteDifference, ...]:
        """Every difference of every match, in order.

        Example:
            >>> import interview_corpus as ic
            >>> [d.kind for d in ic.load().check_quote("These ambitions have blinded them.").differences]
            ['dropped']
        """
        return tuple(difference for match in self.matches for difference in match.differences)

    @property
    def diff(self) -> str:
        """A readable word diff of each match (``[-dropped-]``, ``{+added+}``), one per line.

        Example:
            >>> import interview_corpus as ic
            >>> print(ic.load().check_quote("These ambitions have blinded us.").diff)
            a3.p2.s3: These ambitions have [-literally -]blinded [-them-]{+us+}.
        """
        lines = [f"{' '.join(match.ids)}: {match.diff}" for match in self.matches]
        lines.extend(f"(not found): {shown(piece)}" for piece in self.unmatched)
        return "\n".join(lines)

    def __str__(self) -> str:
        lines = [f"{self.verdict} (score {self.score:.2f})"]
        for match in self.matches:
            lines.append(f"  {match.citation}")
            lines.append(f"  said by {match.speaker} ({match.role}), exchange {match.exchange_id}")
        if self.by_interviewer:
            lines.append("  note: these are the interviewer's words, not the interviewee's")
        lines.extend(
            f"  outside the quotation marks (not checked): {text}" for text in self.outside
        )
        if self.differences or self.unmatched:
            lines.extend(f"  {line}" for line in self.diff.splitlines())
        lines.extend(f"  elsewhere: {other.citation}" for other in self.alternatives)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        return quote_fragment(self)


def diff_segments(match: QuoteMatch) -> list[tuple[Literal["same", "dropped", "inserted"], str]]:
    """The match's source text cut into what the quote keeps, drops and inserts, in order.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.query._quote import diff_segments
        >>> diff_segments(ic.load().check_quote("These ambitions have blinded them.").matches[0])
        [('same', 'These ambitions have '), ('dropped', 'literally '), ('same', 'blinded them.')]
    """
    segments: list[tuple[Literal["same", "dropped", "inserted"], str]] = []
    position = 0
    text = match.text
    for difference in match.differences:
        start = difference.span.start - match.span.start
        end = difference.span.end - match.span.start
        if (
            not difference.quote
            and text[end : end + 1].isspace()
            and text[start - 1 : start].isspace()
        ):
            end += 1  # a dropped word takes one of the spaces around it along
        inserted = difference.quote
        if start == end and text[start - 1 : start].isspace():
            inserted += " "  # words put in before a word take a space along
        segments.append(("same", text[position:start]))
        segments.append(("dropped", text[start:end]))
        segments.append(("inserted", inserted))
        position = end
    segments.append(("same", text[position:]))
    return [(kind, piece) for kind, piece in segments if piece]


def shown(text: str) -> str:
    """``text`` with each character that shows nothing written as its code, as a diff shows it.

    Example:
        >>> from interview_corpus.query._quote import shown
        >>> shown("ambi\u200btions, re\u00adcover")
        'ambi<U+200B>tions, re<U+00AD>cover'
    """
    return _AN_INVISIBLE.sub(lambda found: f"<U+{ord(found.group()):04X}>", text)


def _shown_html(text: str) -> str:
    """``text`` escaped, each character that shows nothing a visible mark with its code and name."""
    import unicodedata

    return _AN_INVISIBLE.sub(
        lambda found: (
            f'<span class="ic-invisible" title="{unicodedata.name(found.group(), "")}">'
            f"U+{ord(found.group()):04X}</span>"
        ),
        escape_text(text),
    )


# -- matching -----------------------------------------------------------------------------


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    r"""Fold typography away: the folded text, and the offset in ``text`` of each of its characters.

    Quotes, apostrophes and dashes become ASCII, ``…`` becomes ``...``, runs of
    white space (NBSP included) one space, case is folded, and the characters
    that show nothing (a zero-width space, a soft hyphen, a byte order mark, a
    direction mark, a word joiner) are left out.

    Example:
        >>> from interview_corpus.query._quote import fold_with_offsets
        >>> fold_with_offsets("It’s  – “done”")[0]
        'it\'s - "done"'
        >>> fold_with_offsets("ambi\u200btions")
        ('ambitions', [0, 1, 2, 3, 5, 6, 7, 8, 9])
    """
    chars: list[str] = []
    starts: list[int] = []
    space = False
    for offset, char in enumerate(text):
        if char in _INVISIBLE:
            continue  # neither a character nor a break: "ambi\u00adtions" is "ambitions"
        if char.isspace():
            if not space and chars:
                chars.append(" ")
                starts.append(offset)
            space = True
            continue
        space = False
        folded = "..." if char == "…" else char.translate(_FOLD).casefold()
        chars.extend(folded)
        starts.extend([offset] * len(folded))
    if chars and chars[-1] == " ":
        chars.pop()
        starts.pop()
    return "".join(chars), starts


def _strip_quotation_marks(quote: str) -> str:
    text = quote.strip()
    if len(text) >= 2 and text[0] in _QUOTES[0] and text[-1] in _QUOTES[1]:  # noqa: PLR2004
        return text[1:-1].strip()
    return text


class _Region:
    """A turn's text, folded and split into tokens, with the way back to source offsets."""

    __slots__ = ("folded", "interview", "starts", "token_spans", "tokens", "turn")

    def __init__(self, interview: Document, turn: Turn) -> None:
        self.interview = interview
        self.turn = turn
        self.folded, starts = fold_with_offsets(turn.text)
        self.starts = [turn.span.start + start for start in starts]
        self.token_spans = [match.span() for match in _TOKEN.finditer(self.folded)]
        self.tokens = [self.folded[start:end] for start, end in self.token_spans]

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled as what it is made from (already in the pickle), not as its folded copies.
        return (_Region, (self.interview, self.turn))

    def source_span(self, start: int, end: int) -> Span:
        """The source span of the folded characters ``[start, end)``."""
        if start >= end:
            offset = self.starts[start] if start < len(self.starts) else self.turn.span.end
            return Span(offset, offset)
        return Span(self.starts[start], self.starts[end - 1] + 1)

    def token_source_span(self, first: int, last: int) -> Span:
        """The source span of tokens ``[first, last)`` (empty, before ``first``, if none)."""
        if first >= last:  # where token ``first`` starts (the turn's end after the last)
            start = (
                self.token_spans[first][0] if first < len(self.token_spans) else len(self.starts)
            )
            return self.source_span(start, start)
        return self.source_span(self.token_spans[first][0], self.token_spans[last - 1][1])


def _regions(interview: Document, turns: Iterable[Turn] | None = None) -> list[_Region]:
    chosen = interview.turns() if turns is None else turns
    return [_Region(interview, turn) for turn in chosen]


def _citation(
    interview: Document,
    turn: Turn,
    ids: Sequence[str],
    span: Span,
    start: datetime.timedelta | None,
) -> str:
    """A reference to ``span`` in the form of :meth:`Interview.cite`."""
    whole = interview.cite(turn.id)
    head = whole[: whole.index(f"{interview.id}:{turn.id}, characters ")]
    where = ids[0] if len(ids) == 1 else f"{ids[0]}–{ids[-1]}" if ids else turn.id
    moment = f", at {timecode(start)}" if start is not None else ""
    return f"{head}{interview.id}:{where}, characters {span.start}–{span.end}{moment}"


def _match(
    region: _Region,
    piece: str,
    span: Span,
    *,
    verdict: MatchVerdict,
    score: float,
    differences: tuple[QuoteDifference, ...] = (),
) -> QuoteMatch:
    turn = region.turn
    sentences = turn.sentences
    ids = tuple(s.id for s in sentences if s.span.start < span.end and span.start < s.span.end)
    if not ids:  # an empty span: the sentence it stands in
        ids = tuple(s.id for s in sentences if s.span.start <= span.start)[-1:]
    source = region.interview.source
    # When the paragraph the quote starts in is said.
    start = next(
        (p.start for p in reversed(turn.paragraphs) if p.span.start <= span.start),
        turn.start,
    )
    return QuoteMatch(
        quote=piece,
        interview_id=region.interview.id,
        span=span,
        text=span.of(source),
        ids=ids,
        turn_id=turn.id,
        exchange_id=turn.exchange_id,
        speaker=turn.speaker.name,
        role=turn.speaker.role,
        verdict=verdict,
        score=score,
        differences=differences,
        citation=_citation(region.interview, turn, ids, span, start),
        start=start,
    )


def _places(region: _Region, piece: str, folded_piece: str) -> list[tuple[Span, MatchVerdict]]:
    """Where the piece stands verbatim in the turn; failing that, where it does up to typography."""
    text, base = region.turn.text, region.turn.span.start
    verbatim: list[tuple[Span, MatchVerdict]] = [
        (Span(base + position, base + position + len(piece)), "verbatim")
        for position in _occurrences(text, piece)
    ]
    if verbatim:
        return verbatim
    return [
        (region.source_span(position, position + len(folded_piece)), "typography")
        for position in _occurrences(region.folded, folded_piece)
    ]


def _faithful(region: _Region, piece: str, span: Span, verdict: MatchVerdict) -> QuoteMatch:
    """The match of a piece that stands at ``span`` up to typography and a closing mark."""
    if verdict == "verbatim":
        return _match(region, piece, span, verdict=verdict, score=1.0)
    from rapidfuzz import fuzz

    text = span.of(region.interview.source)
    differences = _token_differences(piece, text, span.start)
    if any(difference.kind == "punctuation" for difference in differences):
        verdict = "editorial"
    score = fuzz.ratio(piece, text) / 100
    return _match(region, piece, span, verdict=verdict, score=score, differences=differences)


def _token_differences(piece: str, text: str, base: int) -> tuple[QuoteDifference, ...]:
    """Where the piece's tokens differ from those of ``text`` (at ``base``), which it stands for.

    The two differ only in typography (quotes, dashes, case) and, at the end,
    in the closing mark: a difference there is ``punctuation``, any other one
    ``typography``.
    """
    from rapidfuzz.distance import Levenshtein

    mine = [match.span() for match in _RAW_TOKEN.finditer(piece)]
    theirs = [match.span() for match in _RAW_TOKEN.finditer(text)]
    differences = []
    for block in Levenshtein.opcodes([text[a:b] for a, b in theirs], [piece[a:b] for a, b in mine]):
        if block.tag == "equal":
            continue
        where = _token_span(theirs, block.src_start, block.src_end, len(text))
        quoted = _token_text(piece, mine, block.dest_start, block.dest_end)
        source = text[where[0] : where[1]]
        closing = block.dest_end == len(mine) and block.src_end == len(theirs)
        kind: DifferenceKind = (
            "punctuation" if closing and _only_closing(quoted + source) else "typography"
        )
        differences.append(
            QuoteDifference(kind, quoted, source, Span(base + where[0], base + where[1]))
        )
    return tuple(differences)


def _token_span(
    spans: Sequence[tuple[int, int]], first: int, last: int, end: int
) -> tuple[int, int]:
    """The characters of tokens ``[first, last)``: an empty stretch before ``first`` if none."""
    if first >= last:
        at = spans[first][0] if first < len(spans) else end
        return at, at
    return spans[first][0], spans[last - 1][1]


def _token_text(text: str, spans: Sequence[tuple[int, int]], first: int, last: int) -> str:
    start, end = _token_span(spans, first, last, len(text))
    return text[start:end]


def _only_closing(text: str) -> bool:
    return all(char in _CLOSING or char.isspace() for char in text)


def _closed(region: _Region, piece: str) -> list[QuoteMatch]:
    """Where the piece stands but for the mark that ends it: a period for a comma, or dropped.

    News reports end a quote that an attribution follows with a comma
    (``"…peace," he said``) and may end one cut mid-sentence with a period.
    """
    bare = piece.rstrip().rstrip(_CLOSING).rstrip()
    if bare == piece or not _WORD.search(bare):
        return []
    source = region.interview.source
    found = []
    for span, _ in _places(region, bare, fold_with_offsets(bare)[0]):
        after = source[span.end : span.end + 1]
        if after and after in _CLOSING:  # the text's mark, given as another or dropped
            found.append(_faithful(region, piece, Span(span.start, span.end + 1), "typography"))
        elif not after.strip():  # the text goes on: the mark is the report's
            found.append(_faithful(region, piece, span, "typography"))
    return found


def _occurrences(text: str, piece: str) -> Iterable[int]:
    """Where ``piece`` stands in ``text`` without cutting a word at either end."""
    if not piece:
        return
    position = text.find(piece)
    while position >= 0:
        end = position + len(piece)
        cuts_before = position > 0 and (text[position - 1] + piece[0]).isalnum()
        cuts_after = end < len(text) and (piece[-1] + text[end]).isalnum()
        if not cuts_before and not cuts_after:
            yield position
        position = text.find(piece, position + 1)


_BRACKETS = {"[": "]", "(": ")"}
_EDITOR = "\x00"  # the token that stands for words in square brackets: equal to none of the text's


def _quote_tokens(folded: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The folded quote's tokens and their spans, words in brackets one :data:`_EDITOR` token.

    Editors put their words in square brackets, and some newsrooms in round
    ones (``(EU chief) Ursula von der Leyen``).
    """
    tokens: list[str] = []
    spans: list[tuple[int, int]] = []
    opened, closing = -1, ""
    for match in _TOKEN.finditer(folded):
        unit = match.group()
        if opened >= 0:  # inside brackets, up to the one that closes them
            if unit == closing:
                tokens.append(_EDITOR)
                spans.append((opened, match.end()))
                opened = -1
            continue
        if unit in _BRACKETS and _BRACKETS[unit] in folded[match.end() :]:
            opened, closing = match.start(), _BRACKETS[unit]
            continue
        tokens.append(unit)
        spans.append(match.span())
    return tokens, spans


def _fuzzy(region: _Region, piece: str) -> QuoteMatch | None:
    """The closest passage of the turn, aligned word by word, if it is close enough.

    Words in square brackets are the editor's: they align as one token, and
    where the text has other words (or none) in their place, the difference is
    ``bracketed``, not an alteration.
    """
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    folded, starts = fold_with_offsets(piece)
    quote_tokens, quote_spans = _quote_tokens(folded)
    own = [token for token in quote_tokens if token != _EDITOR]
    if not own or not region.tokens:
        return None
    window = _aligned(region.tokens, quote_tokens)
    if window is None:
        return None
    start, end = window
    blocks = _one_by_one(Levenshtein.opcodes(region.tokens[start:end], quote_tokens))
    equal = sum(block.dest_end - block.dest_start for block in blocks if block.tag == "equal")
    score = fuzz.ratio(" ".join(region.tokens[start:end]), " ".join(own)) / 100
    if score < _MIN_SCORE or 2 * equal < len(own):
        return None

    aligned = _Alignment(region, piece, starts, quote_spans, (start, end))
    differences = aligned.differences(blocks, quote_tokens)
    verdict: MatchVerdict = (
        "altered" if any(difference.alters for difference in differences) else "editorial"
    )
    return _match(
        region, piece, aligned.passage, verdict=verdict, score=score, differences=differences
    )


class _Alignment:
    """A quote aligned with tokens ``[start, end)`` of a turn: its differences, as the text's spans."""

    def __init__(
        self,
        region: _Region,
        piece: str,
        starts: Sequence[int],
        quote_spans: Sequence[tuple[int, int]],
        window: tuple[int, int],
    ) -> None:
        self.region, self.piece, self.starts, self.quote_spans = region, piece, starts, quote_spans
        self.start, self.end = window
        self.passage = region.token_source_span(*window)

    def quoted(self, first: int, last: int) -> str:
        """The quote's own characters for its tokens ``[first, last)``."""
        if last <= first:
            return ""
        spans, starts = self.quote_spans, self.starts
        return self.piece[starts[spans[first][0]] : starts[spans[last - 1][1] - 1] + 1]

    def difference(self, kind: DifferenceKind, first: Opcode, last: Opcode) -> QuoteDifference:
        """The difference of kind ``kind`` that the blocks ``first`` to ``last`` make."""
        span = self.region.token_source_span(
            self.start + first.src_start, self.start + last.src_end
        )
        if first.src_start == self.end - self.start:  # put in after the passage's last word
            span = Span(self.passage.end, self.passage.end)
        text = self.quoted(first.dest_start, last.dest_end)
        return QuoteDifference(kind, text, span.of(self.region.interview.source), span)

    def differences(
        self, blocks: Sequence[Opcode], quote_tokens: Sequence[str]
    ) -> tuple[QuoteDifference, ...]:
        """Each run of differing blocks as one editorial difference, or block by block."""
        tokens = self.region.tokens[self.start : self.end]
        found: list[QuoteDifference] = []
        for run in _runs(blocks):
            kind = _run_kind(run, quote_tokens, tokens)
            if kind is None:
                found.extend(
                    self.difference(
                        _run_kind([block], quote_tokens, ()) or _KINDS[block.tag], block, block
                    )
                    for block in run
                )
                continue
            whole = self.difference(kind, run[0], run[-1])
            # Words in brackets that the text has too are no difference.
            if fold_with_offsets(whole.quote)[0] != fold_with_offsets(whole.source)[0]:
                found.append(whole)
        return tuple(found)


def _run_kind(
    run: Sequence[Opcode], quote_tokens: Sequence[str], tokens: Sequence[str]
) -> DifferenceKind | None:
    """What a run of differing blocks is, if it is no alteration.

    ``bracketed`` where the quote has only the editor's words, ``punctuation``
    where both have only closing marks at the quote's end; else ``None``.
    """
    first, last = run[0], run[-1]
    quoted = quote_tokens[first.dest_start : last.dest_end]
    if quoted and all(token == _EDITOR for token in quoted):
        return "bracketed"
    text = tokens[first.src_start : last.src_end]
    if last.dest_end == len(quote_tokens) and all(t in _CLOSING for t in (*quoted, *text)):
        return "punctuation"
    return None


def _one_by_one(blocks: Iterable[Opcode]) -> list[Opcode]:
    """The alignment with each replacement of as many tokens as it has cut into one per token."""
    from rapidfuzz.distance import Opcode

    cut: list[Opcode] = []
    for block in blocks:
        width = block.src_end - block.src_start
        if block.tag != "replace" or width != block.dest_end - block.dest_start:
            cut.append(block)
            continue
        cut.extend(
            Opcode(
                "replace",
                block.src_start + i,
                block.src_start + i + 1,
                block.dest_start + i,
                block.dest_start + i + 1,
            )
            for i in range(width)
        )
    return cut


def _runs(blocks: Iterable[Opcode]) -> list[list[Opcode]]:
    """The alignment's differing blocks, those next to each other in one run."""
    runs: list[list[Opcode]] = []
    previous_equal = True
    for block in blocks:
        if block.tag == "equal":
            previous_equal = True
            continue
        if previous_equal:
            runs.append([])
        runs[-1].append(block)
        previous_equal = False
    return runs


_KINDS: dict[str, DifferenceKind] = {
    "replace": "changed",
    "insert": "inserted",
    "delete": "dropped",
}
_SLACK = 4  # how far (in tokens) either end of the rough alignment may move


def _aligned(tokens: Sequence[str], quote_tokens: Sequence[str]) -> tuple[int, int] | None:
    """:func:`_window`, and for a quote that ends in a closing mark, the window aligned without it.

    The second (with the text's closing mark after it, if any) is taken when it
    aligns as well: a comma put for the text's next word is a mark, not a change.
    """
    from rapidfuzz.distance import Levenshtein

    window = _window(tokens, quote_tokens)
    if len(quote_tokens) < 2 or quote_tokens[-1] not in _CLOSING:  # noqa: PLR2004
        return window
    bare = _window(tokens, quote_tokens[:-1])
    if bare is None:
        return window
    start, end = bare
    if tokens[end : end + 1] and tokens[end] in _CLOSING:
        end += 1
    if window is not None and Levenshtein.distance(
        tokens[window[0] : window[1]], quote_tokens
    ) < Levenshtein.distance(tokens[start:end], quote_tokens):
        return window
    return start, end


def _window(tokens: Sequence[str], quote_tokens: Sequence[str]) -> tuple[int, int] | None:
    """The tokens ``[start, end)`` of the turn that align best with the quote's, if any come close.

    rapidfuzz finds the best stretch of tokens; its ends then move by a few
    tokens to where the word-level edit distance is least, ties going to the
    stretch as long as the quote (so a changed word at an edge stays a change).
    """
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    # Aligned over tokens, not characters: as exact for words, and some 30 times faster.
    alignment = fuzz.partial_ratio_alignment(list(quote_tokens), list(tokens))
    if alignment is None or alignment.score < _MIN_SCORE * 100:
        return None
    first = min(alignment.dest_start, len(tokens) - 1)
    last = max(first + 1, alignment.dest_end)
    # Levenshtein over tokens takes microseconds, so every pair of ends nearby is tried.
    best = min(
        (
            Levenshtein.distance(tokens[start:end], quote_tokens),
            abs((end - start) - len(quote_tokens)),
            start,
            end,
        )
        for start in range(max(0, first - _SLACK), min(len(tokens), first + _SLACK + 1))
        for end in range(max(start + 1, last - _SLACK), min(len(tokens), last + _SLACK) + 1)
    )
    return best[2], best[3]


_RANK = {"verbatim": 0, "typography": 1, "editorial": 2, "altered": 3}
_ORDER = {verdict: rank for rank, verdict in enumerate(get_args(Verdict))}


def _locate(regions: Sequence[_Region], piece: str, *, fuzzy: bool = True) -> list[QuoteMatch]:
    """Every match of ``piece`` in the regions, best first (close ones only if ``fuzzy``).

    First where it stands up to typography, then up to the mark that closes
    it, then (if ``fuzzy``) the closest passages.
    """
    folded_piece = fold_with_offsets(piece)[0]
    found = [
        _faithful(region, piece, span, verdict)
        for region in regions
        for span, verdict in _places(region, piece, folded_piece)
    ]
    if not found:
        found = [match for region in regions for match in _closed(region, piece)]
    if not found and fuzzy:
        found = [match for region in _likely(regions, piece) if (match := _fuzzy(region, piece))]
    found.sort(key=_best_first)
    return found


def _best_first(match: QuoteMatch) -> tuple[int, int, float]:
    """Rank matches: the best verdict, then the fewest words altered, then the closest.

    The place where a quote alters fewest words is its source, even where
    another place is closer character by character (a word in brackets may
    stand for a longer word of the text).
    """
    return (_RANK[match.verdict], sum(d.alters for d in match.differences), -match.score)


def _likely(regions: Sequence[_Region], piece: str) -> list[_Region]:
    """The few regions that share enough of the piece's words to be its source, most first.

    An altered quote must keep at least half of its words, so a turn that has
    fewer than half of them is not aligned at all (alignment is the costly part).
    Words in square brackets are the editor's and are not counted.
    """
    words = set(_TOKEN.findall(fold_with_offsets(_EDITORS_WORDS.sub(" ", piece))[0]))
    if not words:
        return []
    shared = [
        (len(words.intersection(region.tokens)) / len(words), index)
        for index, region in enumerate(regions)
    ]
    ranked = sorted((-share, index) for share, index in shared if share >= 0.5)  # noqa: PLR2004
    return [regions[index] for _, index in ranked[:_ALIGNED]]


def _found(quote: str, verdict: Verdict, found: Sequence[QuoteMatch]) -> QuoteCheck:
    """The check of a quote found in one place: the best match, the next ones as alternatives."""
    return QuoteCheck(
        quote, verdict, (found[0],), (), tuple(found[1 : 1 + _ALTERNATIVES]), found[0].score
    )


def _check(quote: str, regions: Sequence[_Region]) -> QuoteCheck:
    """Check the quote as given; failing that, its quoted passages apart from their attribution."""
    check = _check_text(quote, _strip_quotation_marks(quote), regions)
    if check.ok:
        return check
    passages, outside = _attributed(quote)
    if passages:
        quoted = _check_text(quote, " … ".join(passages), regions)
        if _ORDER[quoted.verdict] <= _ORDER[check.verdict]:
            return attrs.evolve(quoted, outside=outside)
    return check


def _attributed(quote: str) -> tuple[list[str], tuple[str, ...]]:
    """The passages in quotation marks and the words outside them, if there are both.

    A quote given with its attribution (``"It failed," he said.``), or a
    report's sentence with the quoted words in it, is checked by its passages
    in quotation marks. (A quote found as given, marks and all, is checked
    before this: the text itself may hold a phrase in quotation marks.)
    """
    passages = [
        next(group for group in found.groups() if group is not None)
        for found in _QUOTED.finditer(quote)
    ]
    outside = tuple(
        stripped
        for text in _QUOTED.split(quote)[:: _QUOTED.groups + 1]
        if text and (stripped := text.strip(" \t\n,;:")) and _WORD.search(stripped)
    )
    if not passages or not outside:
        return [], ()
    return passages, outside


def _check_text(quote: str, text: str, regions: Sequence[_Region]) -> QuoteCheck:
    # An ellipsis at either end only says the quote starts or ends mid-passage.
    trimmed = _EDGE_ELLIPSES.sub("", text) or text
    for candidate in dict.fromkeys((text, trimmed)):
        exact = _locate(regions, candidate, fuzzy=False)
        if exact:
            return _found(quote, exact[0].verdict, exact)
    pieces = [piece for piece in _ELLIPSIS.split(trimmed) if _WORD.search(piece)]
    if len(pieces) > 1:
        return _pieced(quote, regions, pieces, "…")
    sentences = _SENTENCE.split(trimmed)
    if len(sentences) > 1:
        parts = [_locate(regions, sentence, fuzzy=False) for sentence in sentences]
        if all(parts):
            return _joined(quote, regions, tuple(found[0] for found in parts), "")
    whole = _locate(regions, trimmed)
    return _found(quote, whole[0].verdict, whole) if whole else QuoteCheck(quote, "not-found")


def _pieced(
    quote: str, regions: Sequence[_Region], pieces: Sequence[str], omission: str
) -> QuoteCheck:
    """Locate each piece of a quote cut by ellipses: one passage, stitched, or altered."""
    located = [(piece, _locate(regions, piece)) for piece in pieces]
    matches = tuple(found[0] for _, found in located if found)
    unmatched = tuple(piece for piece, found in located if not found)
    alternatives = tuple(other for _, found in located for other in found[1:2])[:_ALTERNATIVES]
    if not matches:
        return QuoteCheck(quote, "not-found", unmatched=unmatched)
    if unmatched or any(match.verdict == "altered" for match in matches):
        score = _mean_score(matches) * len(matches) / len(pieces)
        return QuoteCheck(quote, "altered", matches, unmatched, alternatives, score)
    return attrs.evolve(_joined(quote, regions, matches, omission), alternatives=alternatives)


def _joined(
    quote: str, regions: Sequence[_Region], matches: Sequence[QuoteMatch], omission: str
) -> QuoteCheck:
    """Faithful pieces as one passage where they stand in order in one turn; else stitched.

    What stands between the pieces in the text is ``omitted`` where the quote
    marks the cut (``omission``, its ellipsis), and makes the quote stitched
    where it does not; white space alone is no difference.
    """
    score = _mean_score(matches)
    first, last = matches[0], matches[-1]
    in_order = all(
        (a.interview_id, a.turn_id) == (b.interview_id, b.turn_id) and a.span.end <= b.span.start
        for a, b in itertools.pairwise(matches)
    )
    if not in_order:
        return QuoteCheck(quote, "stitched", tuple(matches), (), (), score)
    region = next(
        region
        for region in regions
        if (region.interview.id, region.turn.id) == (first.interview_id, first.turn_id)
    )
    source = region.interview.source
    differences: list[QuoteDifference] = list(first.differences)
    for a, b in itertools.pairwise(matches):
        gap = Span(a.span.end, b.span.start)
        if gap.of(source).strip():
            if not omission:
                return QuoteCheck(quote, "stitched", tuple(matches), (), (), score)
            differences.append(QuoteDifference("omitted", omission, gap.of(source), gap))
        differences.extend(b.differences)
    verdicts = [match.verdict for match in matches]
    verdict: MatchVerdict = max(verdicts, key=_RANK.__getitem__)
    if differences and any(d.kind in _EDITORIAL for d in differences):
        verdict = "editorial"
    span = Span(first.span.start, last.span.end)
    match = _match(
        region, quote, span, verdict=verdict, score=score, differences=tuple(differences)
    )
    return QuoteCheck(quote, verdict, (match,), (), (), score)


def _mean_score(matches: Sequence[QuoteMatch]) -> float:
    total = sum(len(match.quote) for match in matches)
    return sum(match.score * len(match.quote) for match in matches) / max(1, total)


def _checked_text(quote: object) -> str:
    if not isinstance(quote, str):
        msg = f"a quote is a str, not {type(quote).__name__}"
        raise InvalidArgumentTypeError(msg)
    if not _WORD.search(quote):
        msg = "the quote is empty: give the words to look for"
        raise ArgumentValueError(msg)
    return quote


def check_quote(interview: Document, quote: str) -> QuoteCheck:
    """Check ``quote`` against every turn of ``interview``; see :meth:`Interview.check_quote`."""
    _checked_text(quote)
    return _check(quote, _interview_regions(interview))


def check_quote_in_corpus(corpus: SearchableCorpus, quote: str) -> QuoteCheck:
    """Check ``quote`` against a corpus; see :meth:`Corpus.check_quote`."""
    _checked_text(quote)
    if len(corpus) <= _CORPUS_SCAN:  # a corpus file parses its interviews only here
        regions = [region for interview in corpus for region in _interview_regions(interview)]
        return _check(quote, regions)
    # Only the candidates the full-text index gives are parsed (a corpus file holds the rest
    # unparsed). First the paragraphs with all of the quote's longest words (a fast, narrow
    # query): a quote faithful there is found where it stands. Otherwise also the best-ranked
    # paragraphs with any of them (a changed word, pieces from several places, or a word the
    # narrow query left out that sets the source apart from paragraphs much like it).
    narrow = _candidate_regions(corpus, quote, every_word=True)
    found = _check(quote, narrow) if narrow else None
    if found is not None and found.ok:
        return found
    wide = _check(quote, _candidate_regions(corpus, quote))
    if found is None or found.verdict == "not-found":
        return wide
    return min((found, wide), key=lambda check: (_ORDER[check.verdict], -check.score))


def _interview_regions(interview: Document) -> list[_Region]:
    cache = interview._cache  # noqa: SLF001  # the model's cache of derived data
    return cached(cache, "quote", lambda: _regions(interview))


def _candidate_regions(
    corpus: SearchableCorpus, quote: str, *, every_word: bool = False
) -> list[_Region]:
    """The turns the full-text index ranks best for the quote's longest words.

    With ``every_word``, paragraphs must have all of the eight longest words;
    otherwise any of the sixteen longest (so a changed word does not hide the source).
    """
    # The longest words are the likeliest to be rare; numbers count too (BM25 weighs rarity).
    # Ties in alphabetical order: the same quote asks the same queries in every process.
    words = sorted(
        {word.casefold() for word in re.findall(r"\w+", _AN_INVISIBLE.sub("", quote))},
        key=lambda word: (-len(word), word),
    )
    if every_word:
        hits = corpus.search(" ".join(words[:8]), limit=_CANDIDATES)
    else:
        query = " OR ".join(f'"{word}"' for word in words[:16])
        hits = corpus.search(query, syntax="fts5", limit=_CANDIDATES)
    chosen: dict[tuple[str, str], tuple[Document, Turn]] = {}
    for hit in hits:
        interview = corpus[hit.interview_id]
        turn_id = hit.id.partition(".")[0]
        turn = interview.lookup(turn_id)
        assert isinstance(turn, Turn)
        chosen.setdefault((interview.id, turn_id), (interview, turn))
    return [region for interview, turn in chosen.values() for region in _regions(interview, [turn])]


def diff_html(check: QuoteCheck) -> str:
    """The quote against the source, with what the quote adds in ``<ins>`` and drops in ``<del>``."""
    tags = {"same": "{}", "dropped": "<del>{}</del>", "inserted": "<ins>{}</ins>"}
    parts: list[str] = []
    for match in check.matches:
        pieces = "".join(
            tags[kind].format(_shown_html(text)) for kind, text in diff_segments(match)
        )
        parts.append(
            f'<p><span class="ic-id">{escape_text(match.interview_id)}:{escape_text(" ".join(match.ids))}</span>'
            f"{pieces}</p>"
        )
    parts.extend(f"<p><ins>{_shown_html(piece)}</ins> (not found)</p>" for piece in check.unmatched)
    return f'<div class="ic-diff">{"".join(parts)}</div>'


def quote_fragment(check: QuoteCheck) -> str:
    """A quote check: the verdict, where the quote stands, and the differences."""
    where = ""
    if check.matches:
        first = check.matches[0]
        speaker = f"{first.speaker} ({first.role})"
        where = f" — {escape_text(speaker)}, {escape_text(first.interview_id)} {escape_text(', '.join(check.ids))}"
    head = (
        f'<p class="ic-verdict"><strong>{escape_text(check.verdict)}</strong> '
        f"(score {check.score:.2f}){where}</p>"
    )
    return view(head + diff_html(check))
