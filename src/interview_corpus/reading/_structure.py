"""Reading a transcript's structure: layout, header, turns and their sides, what is set aside.

This is the step between the raw text and the model: :mod:`._layout` finds the
lines and the candidate markers, :mod:`._roles` gives each speaker a role and
each turn a side, :mod:`._header` reads the header; :func:`find_structure` puts them
together, and :mod:`._parse` builds the model from the result. :mod:`._explain`
makes the same reading public, as a :class:`~interview_corpus.Reading`.

Hearings and trials announce who questions next with an examination heading,
a short line that ends with "by" and a speaker of the text ("BY MR. ROE:",
"Questioned by Ms Roe"): above the first one, no turn asks or answers.
In a paste without blank lines, a turn's last line that is a short title of
capitalised words ending no sentence ("Question-and-Answer Session") is a
heading, set aside. Speakers whose labels share a title are on one side, but for
one of them who replies in turn to three or more of the others (a minister
among deputies); so are those who speak only between the principal
interviewee's turns (a media conference's reporters). A turn whose label notes
that its speaker interprets ("(translates)") is a remark. After front matter
that lists who speaks, unlabelled prose above the first turn opens the dialogue
(a talk before its questions); where it ends by thanking the listeners and a
heading follows, the first paragraph under the heading that asks is a question
whose asker is not named, and the next the answer of the one who opened.
A paragraph above the first label that opens with the note that the
transcript joins the speech in progress ("[In progress] - and so ...")
opens the dialogue too, whatever header stands above it, and the labels
below it are the dialogue's, though heard once.
Headings phrased as questions are the questions only where the labelled speakers do
not ask: where their own turns ask at least as often as there are such headings,
the headings are an editor's topic titles — unless three speakers or more answer
below each heading (a round of answers: the headings ask them all).
Where the record numbers its questions before the askers' names ("Q12 Chair:"),
the members under the numbers ask and the others the dialogue took for askers
answer (the witnesses).
A text that opens with a title underlined by a rule (Markdown's setext heading,
"Interview: Jane Roe" over "=====") opens with its headline, not a turn, even
where the title reads as a label or lines follow the rule with no blank line.
A legislature's hearing record prints the statements first, each under a
heading in capitals ("OPENING STATEMENT OF ...", "STATEMENT OF ..."): up to the
turn under the last heading of that first run, no turn asks or answers. The
speaker whose first paragraph calls the sitting to order chairs it (never the
one questioned); a member noted as taking the chair ("Mr. Roe. [presiding]") is
on the asking side. A turn
that asks nothing and ends on the note of a recess ("[Recess.]") is a remark.
The record ends at its note that the sitting was adjourned or concluded: that
note and all below it (the appendix) are set aside, and a last question left
unanswered before it is a remark.
A speaker's label with no words after it before the next turn ("Ann Lee:" and
nothing, as a machine transcript writes a speaker it heard but could not make
out) is no turn: it is set aside as an empty turn. A label with nothing after it
at the end of the text, or an empty keyword ("A:") or dash, is still an error.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Collection, Sequence

from .._util.lazy import lazy_pattern
from ..errors import TranscriptError
from ..model._objects import Role, Segment, Speaker
from ..model._span import Span
from ._layout import (
    ANSWER_BELOW,
    DASH,
    FIELD_LINE,
    GENERIC_LABELS,
    HONORIFICS,
    KEYWORDS,
    QUESTION_LABELS,
    RECORD_NUMBER,
    RUN_TOGETHER,
    SENTENCE_END,
    SENTENCE_INSIDE,
    UNVOICED_OPENING,
    Layout,
    Lines,
    Marker,
    Style,
    alone_name,
    answers_after_questions,
    answers_below,
    bare_questions,
    bracketed_run_together,
    bracketed_speakers,
    check_style,
    clutter_in,
    clutter_kind,
    find_markers,
    glued_labels,
    inline_line_numbers,
    joined,
    label_key,
    lead_names,
    mixed_error,
    name_lines,
    no_turns_reason,
    one_slip,
    pairs_below_a_first_pair,
    paragraphs_of,
    question_headings,
    questions_between,
    quoted,
    run_in_labels,
    run_together_labels,
    scan,
    spaced_labels,
    speaker_key,
    sure_labels,
    unvoiced_turns,
    written_questions,
)
from ._roles import (
    SAID_TO_SOMEONE,
    SENTENCE_BREAK,
    RawTurn,
    assign_sides,
    infer_roles,
    last_sentence_thanks,
    median,
    role_of_keyword,
    without_line_number,
)
from ._times import MARK, has_mark, seconds

Block = tuple[int, int]

_ROUND = 3  # speakers below each question heading: a round of answers, as a panel gives

_MIXED_RATIO = 3  # one layout's markers must outnumber the other's this many times
_SHORT_HEADER_LINE = (
    0.5  # of a text without blank lines' width: a header line this short ends a block
)
# A sentence's opening in capitals, perhaps behind a quotation mark or a parenthesis: after a
# sentence's end (SENTENCE_BREAK), it breaks a header run together into one line.
_CAPITAL_OPENING = lazy_pattern(r"[\"“‘'(]?[A-Z]")
# A byline at the end of a headline run together with it: "by" and a name of one to four words.
_RUN_ON_BYLINE = lazy_pattern(r"[ \t\u00a0]by(?:[ \t\u00a0]+[A-Z][\w'’.-]*){1,4}$")
# The characters that underline a section title (reStructuredText, Markdown's setext headings).
_UNDERLINES = "=-~^+#*"
# Words of questioning before "by" in an examination heading ("Questioned by", "Cross-examination by").
_QUESTIONING = lazy_pattern(r"question|examin|interview")
# A question number of a record ("Q12"): a text with none anywhere numbers no question.
_QUESTION_NUMBER = lazy_pattern(r"Q\d")
_INDENT = lazy_pattern(r"[ \t]*")  # the spaces and tabs that open a line (none, at the least)
_TITLED_SIDE = 3  # speakers who share a title: at least this many make a side
_NAME_HEADING_CHARS = 40  # a heading that names a witness is no longer
_NAME_HEADING = lazy_pattern(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}")
_EXAMINER_WORDS = 6  # "Further cross-examination by Mr Roe": an examination heading is short ...
_EXAMINER_CHARS = 80  # ... and never longer
# "by" and a capitalised name that ends its line: where an examination heading may stand.
# "by" and a name that ends the line ("BY MR. ROE:"), one pattern for each case of "by": a pattern
# that opens with fixed letters is searched for where they stand, one that opens with a choice of
# letters ("[Bb][Yy]") is tried at every character of the text (three times as long).
_BY_NAMES = tuple(
    lazy_pattern(rf"(?m){by}:?[ \t]+[A-Z][^\n]{{0,60}}$") for by in ("by", "By", "bY", "BY")
)
_HEADING_LINES = 2  # a heading in capitals holds at most this many lines
_LINK_LINE_WORDS = 8  # a block with a web address and fewer words is a link line, not prose
_FIRST_PERSON = lazy_pattern(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our)\b")
# The words of a byline that says who interviewed: "Interviewed by", "Interview conducted by".
_BYLINE_WORDS = r"(?i:interview(?:ed)?\s+(?:conducted\s+)?by)"
# A byline's words, opening a turn: "An interview conducted by", "Oral history interview by" (the
# header's bylines, of any kind of text, are _header._BYLINE's).
_INTERVIEWER_BYLINE = lazy_pattern(rf"(?i:(?:an?\s+)?(?:oral[ -]history\s+)?){_BYLINE_WORDS}\b")
# A byline and the name it gives, on its line: "Interviewed by Ann Lee".
_BYLINE_NAME = lazy_pattern(rf"{_BYLINE_WORDS}[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){{0,3}}[A-Z][\w'’-]*)")
# A number in brackets after a sentence, its brackets escaped or not: "[117]", "\\[117\\]", "(12)".
# No blanks before it in the pattern: a run of them would be retried from each of its blanks
# (quadratic); the caller strips them after.
_NUMBER_AFTER = lazy_pattern(r"(?:\\?\[\d{1,7}\\?\]|\(\d{1,7}\))$")
# A label's note that its speaker interprets the words: "(translates)", "(interpreting)".
_INTERPRETS = lazy_pattern(r"(?:translat|interpret)(?:es|ing)\b")
# A transcript's note that it joins the speech in progress, opening a paragraph: "[In progress]",
# "(Joined in progress)", "[Recording begins in progress.]".
_IN_PROGRESS = lazy_pattern(
    r"[ \t]*[\[(](?:[A-Za-z]+[ \t]+){0,3}in[ \t]+progress\.?[\])]", re.IGNORECASE
)
_SET_OFF = "set off as a question"  # the description of a question set off by its form
_SPOKEN_WORDS = 30  # a first paragraph this long that ends like a sentence is no headline or lede
_UNLABELLED_QUESTION_WORDS = 40  # words: an unlabelled question above the first label, at most
_WRAPPED_LINE = 0.8  # of a wrapped text's width: a line of running words is at least this long
# Characters that open a line of markup, not of words: a Markdown heading ("#"), an HTML tag ("<"),
# a link or a direction ("["), emphasis ("*", "_").
_MARKUP_OPENINGS = "#<[*_"
_TITLE_WORDS = 5  # a section's title in capitalised words, between one line's turns, is this short
_SUBHEAD_WORDS = 12  # a line in bold this short, between a turn's paragraphs, is a subhead
# A line in capitals of a few words, ending with no sentence's end (or a colon): a subhead.
_CAPITALS_HEADING = lazy_pattern(r"[A-Z][A-Z0-9'’&.-]*(?:[ \t]+[A-Z0-9][A-Z0-9'’&.-]*){0,5}:?")


class Given:
    """The speakers the caller named, by role."""

    def __init__(
        self,
        interviewers: Sequence[Speaker],
        interviewees: Sequence[Speaker],
        moderators: Sequence[Speaker],
        known: Sequence[str] = (),
    ) -> None:
        self.interviewers = interviewers
        self.interviewees = interviewees
        self.moderators = moderators
        self.by_key: dict[str, Speaker] = {}
        for speaker in (*interviewers, *interviewees, *moderators):
            for name in speaker.names:
                self.by_key.setdefault(speaker_key(name), speaker)
        self.known_names = {speaker_key(name): name for name in known}
        self.known = {*self.by_key, *self.known_names}

    def keys(self, speakers: Sequence[Speaker]) -> set[str]:
        return {speaker_key(name) for speaker in speakers for name in speaker.names}


class Structure:
    """A transcript read into its parts, before the model is built."""

    def __init__(self, text: str, survey: Survey) -> None:
        self.text = text
        self.survey = survey
        self.layout = survey.layout
        self.style: Style = "auto"
        self.header_blocks: list[Block] = []
        self.turns: list[RawTurn] = []
        self.set_aside: list[Segment] = []
        self.roles: dict[str, Role] = {}
        self.spellings: dict[str, Counter[str]] = {}
        self.run_in: set[int] = set()  # where labels run on inside a line (see run_in_labels)
        self.descriptions: dict[str, str] = {}
        self.warnings: list[str] = []
        self.clutter: dict[int, tuple[Span, ...]] = {}  # paragraph start -> clutter inside it
        self.known_names: dict[str, str] = {}  # names the text's metadata lists, by key
        # Whether the text holds a timestamp mark anywhere ("[00:12]"): one search, not one a block.
        self.marked = has_mark(text)
        self.voices: dict[int, Marker] = {}  # in captions: labels that go on a run of one voice
        self.voice_offsets: list[int] = []  # where they start, in order
        self.keyword_questions: bool | None = None  # whether a keyword asks ("Q:"), found once
        self.recorded: dict[str, bool] = {}  # labels under a record's question number, by label
        # Where the lines start that open with a record's question number ("Q12"), found once.
        self.question_lines: list[int] | None = None
        self.closed = (
            False  # whether the record notes that the sitting ended (see _before_the_close)
        )

    @property
    def dialogue_start(self) -> int:
        return self.turns[0].marker.start if self.turns else len(self.text)


class Survey:
    """What the reader saw before reading turns: the layout, every marker, the ones chosen."""

    def __init__(self, layout: Layout, markers: list[Marker]) -> None:
        self.layout = layout
        self.markers = markers  # every candidate, in order (labels not yet judged)
        self.style: Style = "auto"
        self.chosen: list[Marker] = []  # the markers that open turns
        self.labels: list[Marker] = []  # the labels taken for speakers
        self.asked: list[Marker] = []  # questions set off by their form, with their answers
        self.headings: list[tuple[Marker, int]] = []
        self.canonical: dict[str, str] = {}
        self.mixed: tuple[int, int] | None = None  # where dash and labelled turns start, if mixed


def survey(text: str, style: Style, given: Given) -> Survey:
    """Find the layout and the markers that open turns (none, when the text has none)."""
    check_style(style)
    inline = inline_line_numbers(text)
    lines = Lines(text, sorted({*joined(text), *inline}), quoted(text))
    if not len(lines):
        reason = "the text is empty" if not text else "the text holds only white space"
        raise TranscriptError(
            f"{reason}: pass the transcript's text, with turns that start with '– ' or a label",
            text=text,
            offset=0,
        )
    layout = scan(text, lines, inline_numbers=bool(inline))
    # Without an en or em dash anywhere, no block starts with one: no need to look at each.
    hyphens = ("–" not in text and "—" not in text) or not any(
        DASH.match(text, lines.content[i])
        for i in range(len(lines))
        if i == 0 or lines.block[i - 1] != lines.block[i]
    )
    found = Survey(layout, find_markers(layout, style, hyphens=hyphens))
    markers = found.markers
    dashes = [m for m in markers if m.kind == "dash"]
    if hyphens and len(dashes) < 2:  # noqa: PLR2004 - a hyphen list item is not a dialogue
        dashes = []
    labels, found.canonical = sure_labels(
        text,
        markers,
        given.known,
        unblanked=layout.unblanked,
        lines=lines,
        dialogue_from=_joined_in_progress(text, lines, markers),
    )
    labels = _without_headline(text, lines, labels)
    labels = _without_header_metadata(text, labels, found.canonical)
    dashes = _hyphens_or_names(
        text, found, given, dashes, unlabelled=style == "auto" and hyphens and not labels
    )
    requested = style
    if style == "auto":
        style = _decide(text, dashes, labels, lines)
    if style == "auto":
        found.mixed = (dashes[0].span.start, labels[0].span.start)
        found.labels = labels
        return found
    chosen = dashes if style == "dash" else labels
    if (
        not chosen
        and requested != "dash"
        and (
            _read_name_lines(text, found, given)
            or _read_spaced_labels(text, found, given)
            or _read_run_together(text, found, given)
        )
    ):
        # Names alone on their lines, or capitalised names with no colon.
        style, chosen = "labelled", found.labels
        markers, labels = found.markers, found.labels
    chosen, style = _unvoiced(layout, chosen, style, requested)
    if style == "labelled" and chosen:  # answers labelled, questions bare? or the reverse?
        bare = (
            bare_questions(layout, chosen)
            or questions_between(layout, chosen)
            or answers_after_questions(layout, chosen)
            or pairs_below_a_first_pair(layout, chosen)
        )
        if bare:
            chosen = labels = sorted([*chosen, *bare], key=lambda m: m.span.start)
    if requested != "dash" and not (style == "dash" and chosen and not hyphens):
        found.headings = question_headings(layout, {m.line for m in markers if m.kind != "dash"})
    if found.headings:  # the dialogue begins with the first question: labels after it are speakers
        labels, found.canonical = sure_labels(
            text,
            markers,
            given.known,
            unblanked=layout.unblanked,
            lines=lines,
            dialogue_from=found.headings[0][0].line,
        )
        found.asked = answers_below(lines, found.headings, {m.line for m in labels})
        # Hyphens beside questions set off so are list items, not turns.
        style, chosen = "labelled", labels or found.asked
    found.style, found.chosen, found.labels = style, chosen, labels
    return found


def _unvoiced(
    layout: Layout, chosen: list[Marker], style: Style, requested: Style
) -> tuple[list[Marker], Style]:
    """Where nothing marks turns in captions that name no speaker: turns at their questions.

    Captions that name their speakers in brackets at a line's start
    (``[Ann Lee] Why?``), and paragraphs that open with such names in square
    brackets, are read by those names (:func:`bracketed_speakers`).
    So too in a written interview that names no speaker, where plain paragraphs
    that ask are the questions (:func:`written_questions`).
    """
    if chosen or requested == "labelled":
        return chosen, style
    if requested != "dash" and (named := bracketed_speakers(layout)):
        return named, "labelled"
    if layout.captions:
        unvoiced = unvoiced_turns(layout)
    else:  # read so only when the caller asked for no layout: dash turns asked for are dashes
        unvoiced = written_questions(layout) if requested == "auto" else []
    return (unvoiced, "dash") if unvoiced else (chosen, style)


def _hyphens_or_names(
    text: str, found: Survey, given: Given, dashes: list[Marker], *, unlabelled: bool
) -> list[Marker]:
    """Hyphen-led lines, unless speakers' names alone on their lines mark many more turns.

    A hyphen opens a list item as often as a turn. Where no en or em dash
    appears and no label marks turns, hyphen-led lines compete with names
    alone on their lines (a Markdown page's bold name above each turn, with
    bullet lists in its introduction and its links): when the names outnumber
    the hyphen lines as one layout must outnumber another (:func:`_decide`),
    they mark the turns and the hyphen lines are lists. Returns the hyphen
    lines still read as turns (none when the names mark them); the names
    themselves are read later, as where nothing else marks turns. ``unlabelled``:
    whether the text's layout is still open, with only hyphens and no label.

    The two chevrons of live captions (``>>``) open no list item: names alone on
    their lines that all stand above the first turn they open are the page's
    furniture ("Email Updates" over a sign-up line), and the chevrons mark the turns.
    """
    if not unlabelled or not dashes:
        return dashes
    layout = found.layout
    kept = found.markers, found.canonical, found.labels, layout.name_lines
    names = _read_name_lines(text, found, given) and len(found.labels) >= _MIXED_RATIO * len(dashes)
    if names and _above_chevron_turns(text, found.labels, dashes):
        names = False
    found.markers, found.canonical, found.labels, layout.name_lines = kept
    return [] if names else dashes


def _above_chevron_turns(text: str, names: list[Marker], dashes: list[Marker]) -> bool:
    """Whether every dash turn opens with caption chevrons and every name stands above the first."""
    return all(text.startswith(">>", dash.span.start) for dash in dashes) and all(
        name.line < dashes[0].line for name in names
    )


def _read_name_lines(text: str, found: Survey, given: Given) -> bool:
    """Where nothing else marks turns: names alone on their lines, if they name speakers."""
    layout = found.layout
    named = name_lines(layout)
    named += lead_names(layout, named)
    together = sorted([*found.markers, *named], key=lambda m: m.span.start)
    if not named or not _take_markers(text, found, given, together):
        return False
    layout.name_lines = True
    return True


def _read_spaced_labels(text: str, found: Survey, given: Given) -> bool:
    """Where nothing else marks turns: capitalised names that open paragraphs with no colon."""
    spaced = spaced_labels(found.layout)
    lines_taken = {m.line for m in spaced}
    together = sorted(
        [*(m for m in found.markers if m.line not in lines_taken), *spaced],
        key=lambda m: m.span.start,
    )
    return bool(spaced) and _take_markers(text, found, given, together)


def _read_run_together(text: str, found: Survey, given: Given) -> bool:
    """Where nothing else marks turns: labels inside paragraphs run together.

    Names in square brackets with a colon inside them (:func:`bracketed_run_together`),
    else labels in capitals (:func:`run_together_labels`). One question and its
    answer run together name their speakers by their form alone.
    """
    run = bracketed_run_together(found.layout) or run_together_labels(found.layout)
    return bool(run) and _take_markers(text, found, given, run, by_form=True)


def _take_markers(
    text: str, found: Survey, given: Given, markers: list[Marker], *, by_form: bool = False
) -> bool:
    """Take ``markers`` as the text's, where their labels name speakers (or, ``by_form``, in any case)."""
    layout = found.layout
    taken, canonical = sure_labels(
        text, markers, given.known, unblanked=layout.unblanked, lines=layout.lines
    )
    taken = taken or (markers if by_form else [])
    if not taken:
        return False
    found.markers, found.canonical, found.labels = markers, canonical, taken
    return True


def find_structure(text: str, style: Style, given: Given) -> Structure:
    """Read the structure of ``text`` (see the module docstring)."""
    found = survey(text, style, given)
    layout, lines, style = found.layout, found.layout.lines, found.style
    if found.mixed:
        raise mixed_error(text, *found.mixed)
    if not found.chosen:
        first = lines.content[0]
        if style == "labelled":
            raise TranscriptError(
                "no labelled turns found: a turn is a paragraph that starts with a label and a "
                "colon, such as 'Question:', 'Q:', 'Answer:' or a speaker's name used for at "
                "least two turns",
                text=text,
                offset=first,
            )
        raise TranscriptError(no_turns_reason(text, layout, found.markers), text=text, offset=first)
    if style == "labelled" and not found.headings:
        opening = _remarks_before_questions(text, found) or _spoken_opening(text, found)
        if opening is not None:
            found.chosen = [opening, *_asked_under_heading(text, found, opening), *found.chosen]
        elif (asked := _asked_before_the_labels(text, found)) is not None:
            found.chosen = [asked, *found.chosen]
    structure = Structure(text, found)
    structure.known_names = given.known_names
    _read_turns(structure, style, found.chosen, found.canonical, given)
    asking = {
        turn.marker.start for turn in structure.turns if turn.side == "question" and turn.asks
    }
    unasked = sum(1 for _, below in found.headings if lines.content[below] not in asking)
    if (
        found.chosen is not found.asked
        and unasked * 2 > len(found.headings)
        and not _speakers_ask(structure, found.headings, len(asking))
    ):
        # Below most questions set off by their form, no labelled turn that asks: they are
        # the questions, and the labels name who answers.
        structure = Structure(text, found)
        structure.known_names = given.known_names
        found.chosen = sorted([*found.labels, *found.asked], key=lambda m: m.line)
        _read_turns(structure, style, found.chosen, found.canonical, given)
    return structure


def _speakers_ask(structure: Structure, headings: list[tuple[Marker, int]], asking: int) -> bool:
    """Whether the labelled speakers ask each other: then headings that ask are topic titles.

    A transcript of a conversation is often cut into sections by an editor whose
    headings are phrased as questions ("How does it work?"). Where the speakers'
    own turns ask at least as often as there are such headings, the questions are
    in what they say, and the headings only name the topics — unless a round of
    speakers takes turns below the headings (three or more different speakers
    below a heading, in the middle: the median; the labelled asker and turns
    with no speaker counted too): then the headings are the questions put to them all,
    and the labelled asker only follows up.
    """
    if asking < len(headings):
        return False
    lines = structure.layout.lines
    starts = [lines.start[marker.line] for marker, _ in headings] + [len(structure.text)]
    rounds = []
    for start, end in itertools.pairwise(starts):
        rounds.append(len({t.key for t in structure.turns if start <= t.marker.start < end}))
    return median(rounds) < _ROUND


def _read_turns(
    structure: Structure,
    style: Style,
    chosen: list[Marker],
    canonical: dict[str, str],
    given: Given,
) -> None:
    """Read the header and the turns that the chosen markers open, and each turn's side."""
    text = structure.text
    structure.style = style
    _set_aside_lines(structure)
    _header_blocks(structure, chosen[0])
    _turns(structure, chosen, canonical)
    if style == "dash":
        # Unvoiced captions may open with words before the first question: a remark.
        opened = int(bool(chosen) and chosen[0].description == UNVOICED_OPENING)
        for number, turn in enumerate(structure.turns):
            turn.side = "answer" if (number - opened) % 2 else "question"
        if opened:
            structure.turns[0].side = "remark"
    else:
        described = {
            key: role
            for key, description in structure.descriptions.items()
            if (role := role_of_keyword(description)) is not None
        }
        set_off = _set_off(structure, chosen)
        interviewers = given.keys(given.interviewers)
        if not interviewers and not given.interviewees:
            interviewers = _byline_interviewer(structure)
        structure.roles = infer_roles(
            text,
            structure.turns,
            interviewers=interviewers,
            interviewees=given.keys(given.interviewees),
            moderators=given.keys(given.moderators),
            described=described,
            set_off=set_off,
        )
        _shared_titles(structure)
        _between_the_answers(structure)
        _recorded_questions(structure)
        _presiding(structure)
        _chair_who_opens(structure)
        first_examination, examiners = _examinations(structure)
        if examiners:
            _hearing_roles(structure, examiners)
        else:
            first_examination = _examination_opened_by_name(structure)
        assign_sides(text, structure.turns, structure.roles, set_off=set_off)
        _before_a_recess(structure)
        _interpreting(structure, chosen)
        first = structure.turns[0]
        if first.label is None and first.marker.start == first.marker.end:
            first.side = "statement"  # the talk before its questions: the speaker's own words
        if first_examination is not None:
            _before_questioning(structure, first_examination)
        elif (statements_end := _statements_end(structure)) is not None:
            _before_questioning(structure, statements_end)


def _byline_interviewer(structure: Structure) -> set[str]:
    """The label of the interviewer a byline above the dialogue names: that speaker asks.

    An oral history's title page says who conducted the interview ("Interviewed
    by Ann Lee"), and its transcript labels the two speakers by name, often by
    surname alone ("Lee:"). Where one of the labels is the byline's name, or
    its last word, that speaker is the interviewer, whatever the form of their
    turns: an oral historian's questions often end with no question mark ("Tell
    me about the winter the harbour froze."), and their opening
    words, who is interviewed where and when, open the first exchange.
    """
    text = structure.text
    keys = {turn.key for turn in structure.turns if turn.key}
    if len(keys) < 2:  # noqa: PLR2004 - one who asks, one who answers
        return set()
    for start, end in structure.header_blocks:
        for match in _BYLINE_NAME.finditer(text, start, end):
            name = match.group(1)
            for candidate in (name, name.split()[-1]):
                if (key := speaker_key(candidate)) in keys:
                    return {key}
    return set()


# The record's note that a member takes the chair: "Mr. Roe. [presiding] The time has expired."
_PRESIDING = lazy_pattern(r"[\[(][ \t]*presiding\.?[ \t]*[\])]", flags=re.IGNORECASE)
# The record's note of a recess, as the last paragraph of a turn: "[Recess.]", "(Short recess.)".
_RECESS = lazy_pattern(
    r"[\[(][^\[\]()\n]{0,40}\brecess(?:ed)?\b[^\[\]()\n]{0,80}[\])]\.?", flags=re.IGNORECASE
)


def _presiding(structure: Structure) -> None:
    """A speaker the record notes as presiding ("[presiding]" after the label) chairs: no witness.

    Where the chair changes during a hearing, the record notes the member who
    takes it over; whatever the turns around them, that speaker is of the
    panel that questions (the asking side), never the one questioned.
    """
    text = structure.text
    for turn in structure.turns:
        if turn.key is None or not turn.blocks:
            continue
        if _PRESIDING.match(text, turn.blocks[0][0], turn.blocks[0][1]) and (
            structure.roles.get(turn.key) == "interviewee"
        ):
            structure.roles[turn.key] = "interviewer"


# The chair's words that open a sitting: "The committee will come to order.", "I call this
# hearing to order."
_TO_ORDER = lazy_pattern(
    r"\b(?:will|shall)[ \t\n]+(?:now[ \t\n]+)?(?:come|be|reconvene)[ \t\n]+(?:back[ \t\n]+)?(?:to|in)"
    r"[ \t\n]+order\b|\bcall[ \t\n]+(?:this|the)[ \t\n]+(?:\w+[ \t\n]+){1,2}to[ \t\n]+order\b",
    flags=re.IGNORECASE,
)


def _chair_who_opens(structure: Structure) -> None:
    """The speaker whose first paragraph calls the sitting to order chairs it: never the one questioned.

    "The subcommittee will come to order." opens a hearing in the chair's voice;
    where the turns around the chair (a call on each member, thanks after each
    answer) made them look like the one who replies, the chair is a moderator,
    whose question is one only when it asks.
    """
    if not structure.turns:
        return
    first = structure.turns[0]
    if first.key is None or not first.blocks or structure.roles.get(first.key) != "interviewee":
        return
    start, end = first.blocks[0]
    if _TO_ORDER.search(structure.text, start, end):
        structure.roles[first.key] = "moderator"


def _before_a_recess(structure: Structure) -> None:
    """A turn that asks nothing and ends on the record's note of a recess is the chair's procedure.

    "We will recess and be back. [Recess.]": the hearing breaks off; that turn
    puts no question, whoever says it (a remark).
    """
    text = structure.text
    for turn in structure.turns:
        if turn.side != "question" or turn.asks or turn.keyword or not turn.blocks:
            continue
        start, end = turn.blocks[-1]
        note = max(text.rfind("[", start, end), text.rfind("(", start, end))
        if note >= start and _RECESS.fullmatch(text, note, end):
            turn.side = "remark"


def _recorded_questions(structure: Structure) -> None:
    """Where the record numbers its questions before the askers' names, they ask; the rest answer.

    A parliament's committee prints each member's question under its number
    ("Q12 Chair:", "Q13 Ann Lee:"), the witnesses' replies unnumbered: the
    speakers under a number (two questions so at least) are the interviewers,
    and every other speaker the dialogue took for an asker is a witness.
    """
    numbered = {
        turn.key
        for turn in structure.turns
        if turn.key is not None and RECORD_NUMBER.match(structure.text, turn.marker.start)
    }
    if sum(1 for turn in structure.turns if turn.key in numbered) < 2:  # noqa: PLR2004 - a habit
        return
    for key, role in structure.roles.items():
        if key in numbered:
            structure.roles[key] = "interviewer"
        elif role == "interviewer" and not key.startswith("\0"):
            structure.roles[key] = "interviewee"


def _interpreting(structure: Structure, chosen: list[Marker]) -> None:
    """A turn whose label notes that its speaker interprets ("Ann Lee (translates):") is a remark.

    The words are another's, put into the listeners' language: neither a
    question nor an answer of the one who speaks them (a note on the text,
    "(retranslated)", leaves the words the speaker's own).
    """
    noted = {
        marker.span.start
        for marker in chosen
        if marker.description and _INTERPRETS.match(marker.description.casefold())
    }
    if noted:
        for turn in structure.turns:
            if turn.marker.start in noted:
                turn.side = "remark"


def _shared_titles(structure: Structure) -> None:
    """Speakers whose labels share a title are on one side: where most of them ask, all ask.

    A court's justices ("JUSTICE ROE", "JUSTICE LEE"), a committee's senators:
    three speakers at least carry the title (a first word that is no
    honorific), and those who ask outnumber the others among them. But one
    of them who replies in turn to three or more of the others, and in most
    of their turns, is the one they question (a minister who is a member of
    the house too: "Deputy Pat Roe:" after each "Deputy ...:"), and answers.
    """
    roles = structure.roles
    titled: dict[str, set[str]] = {}
    for key, spellings in structure.spellings.items():  # each speaker's labels, once
        for label in spellings:
            words = label.split()
            # "Speaker 2", "Participant 3": numbered placeholders, not a title before a name.
            if key.startswith("\0") or len(words) < 2 or words[-1].isdigit():  # noqa: PLR2004
                continue
            title = words[0].casefold().rstrip(".")
            if title.isalpha() and title not in HONORIFICS:
                titled.setdefault(title, set()).add(key)
    for keys in titled.values():
        if _most_ask(roles, keys):
            for key in keys:
                if roles.get(key) == "interviewee" and not _replies_to_each(structure, key, keys):
                    roles[key] = "interviewer"


def _between_the_answers(structure: Structure) -> None:
    """Who speaks only between the principal interviewee's turns: where most of them ask, all ask.

    A media conference's reporters each put a question, and the one who
    answers replies to each in turn; a reporter's question that states its
    point without a question mark ("... the next ferry has to be late.") is
    one all the same. Three speakers at least speak so, each turn of theirs
    right after one of the principal's and right before another.
    """
    roles, turns = structure.roles, [turn for turn in structure.turns if turn.key is not None]
    counts = Counter(turn.key for turn in turns if roles.get(turn.key or "") == "interviewee")
    if not counts:
        return
    principal = counts.most_common(1)[0][0]
    between: dict[str, bool] = {}
    for i, turn in enumerate(turns):
        key = turn.key or ""
        if key == principal:
            continue
        inside = 0 < i < len(turns) - 1 and turns[i - 1].key == turns[i + 1].key == principal
        between[key] = between.get(key, True) and inside
    spokes = [key for key, inside in between.items() if inside and roles.get(key) != "moderator"]
    if _most_ask(roles, spokes):
        for key in spokes:
            roles[key] = "interviewer"


def _most_ask(roles: dict[str, Role], keys: Collection[str]) -> bool:
    """Whether speakers on one side (three at least) mostly ask: more are interviewers than not."""
    asking = sum(1 for key in keys if roles.get(key) == "interviewer")
    return len(keys) >= _TITLED_SIDE and asking * 2 > len(keys)


def _replies_to_each(structure: Structure, key: str, keys: Collection[str]) -> bool:
    """Whether a speaker replies to three or more of ``keys`` in turn, in most of their turns."""
    previous: str | None = None
    replies: list[str] = []
    turns = 0
    for turn in structure.turns:
        if turn.key == key:
            turns += 1
            if previous is not None and previous != key and previous in keys:
                replies.append(previous)
        if turn.key is not None:
            previous = turn.key
    return len(set(replies)) >= _TITLED_SIDE and len(replies) * 2 > turns


def _examinations(structure: Structure) -> tuple[int | None, set[str]]:
    """Where the first examination heading stands, and the speakers the headings name as examiners.

    Hearings and trials announce who questions next with a heading, a short
    line of its own that ends by naming a speaker of the text after "by", alone
    or after a word of questioning ("BY MR. ROE:", "Questioned by Ms Roe",
    "Cross-examination by Mr Roe"; not "Statement by Mr Roe").
    """
    text, lines = structure.text, structure.layout.lines
    keys = {turn.key for turn in structure.turns if turn.key is not None}
    opening = {turn.marker.start for turn in structure.turns}
    first: int | None = None
    examiners: set[str] = set()
    checked = -1
    for found in _by_names(text):  # only the lines that end with "by" and a name
        i = bisect.bisect_right(lines.content, found) - 1
        if i <= checked or i < 0:
            continue
        checked = i
        start, end = lines.content[i], lines.end[i]
        if end - start > _EXAMINER_CHARS or start in opening:
            continue  # a heading is short, and opens no turn
        examiner = _examiner(text[start:end], keys)
        if examiner is not None:
            first = start if first is None else first
            examiners.add(examiner)
    return first, examiners


def _by_names(text: str) -> list[int]:
    """Where "by" and a name end a line (in any case of "by"), the first place in each such line, in order.

    A match runs to its line's end, so that one pass of a pattern over the text
    finds one a line, where it first matches; here each case of "by" has its own
    pattern (see :data:`_BY_NAMES`), and the first of their matches in a line (the
    matches of a line all end where it does) is the one.
    """
    first: dict[int, int] = {}  # the line's end -> where the first match in it starts
    for pattern in _BY_NAMES:
        for found in pattern.finditer(text):
            start, end = found.span()
            if first.get(end, start) >= start:
                first[end] = start
    return sorted(first.values())


def _hearing_roles(structure: Structure, examiners: set[str]) -> None:
    """Where examination headings name who questions, everyone else but the witnesses chairs.

    The speakers the headings name are the interviewers; the witnesses are the
    interviewee who replies to them most and those a heading of their own names
    (the witness's name over the oath); the chair, and counsel who only manage the
    hearing or read statements into the record, are moderators.
    """
    text, lines, roles = structure.text, structure.layout.lines, structure.roles
    if any(turn.keyword for turn in structure.turns):
        return  # "Q." and "A." carry the examination: the examiner speaks under a keyword
    replies: Counter[str] = Counter()  # turns that reply to an examiner
    previous: str | None = None
    for turn in structure.turns:
        if turn.key is not None:
            replies[turn.key] += previous in examiners and turn.key not in examiners
            previous = turn.key
    if not replies:
        return
    named = {  # the last names of the headings that are a name ("Dr Jane Roe")
        line.split()[-1].casefold()
        for i in range(len(lines))
        if 0 < lines.end[i] - lines.content[i] <= _NAME_HEADING_CHARS
        and _NAME_HEADING.fullmatch(line := text[lines.content[i] : lines.end[i]])
    }
    interviewees = [key for key in replies if roles.get(key) == "interviewee"]
    principal = max(interviewees, key=replies.__getitem__, default=None)
    for key in replies:
        if key in examiners:
            roles[key] = "interviewer"
        elif key != principal and key.split()[-1] not in named:
            roles[key] = "moderator"


# A hearing record's heading over a statement: "STATEMENT OF JANE ROE, DIRECTOR", "OPENING
# STATEMENT OF HON. JOHN DOE", "STATEMENTS OF ..." (over a panel's), in capitals on a line of its own.
_STATEMENT_HEADING = lazy_pattern(r"(?:OPENING[ \t]+)?STATEMENTS?[ \t]+OF[ \t]+[A-Z][^a-z\n]*")
_STATEMENTS_APART = 10  # turns at most between two statements of one run (calls, thanks, a recess)


def _statements_end(structure: Structure) -> int | None:
    """Where the first run of a hearing's statements ends: the start of its last statement's turn.

    A hearing's record prints the statements first, each under a heading of its
    own ("OPENING STATEMENT OF ...", "STATEMENT OF ..."): the chair's and the
    members' opening statements, then the witnesses'. The questioning begins
    after the last of them; between the statements stand only the chair's calls
    and thanks. Statements a few turns apart are one run; a later panel's
    statements, after the questioning of the first, are another run.
    """
    text, lines = structure.text, structure.layout.lines
    starts = [turn.marker.start for turn in structure.turns]
    if not starts or "STATEMENT" not in text:  # no heading: a search of every character spared
        return None
    last: int | None = None  # the number of the turn under the run's last heading
    for found in _STATEMENT_HEADING.finditer(text):
        i = bisect.bisect_right(lines.content, found.start()) - 1
        if i < 0 or lines.content[i] != found.start() or found.start() in starts:
            continue  # a heading opens its own line, and no turn
        if found.start() < starts[0]:
            continue  # above the dialogue: the table of contents
        under = bisect.bisect_right(starts, found.start())
        if under >= len(starts):
            break
        if last is not None and under - last > _STATEMENTS_APART:
            break  # the questioning came between: a later panel's statements
        last = under
    return starts[last] if last is not None else None


def _before_questioning(structure: Structure, start: int) -> None:
    """Before the first examination heading, nobody is questioned: no turn asks or answers.

    Above it stand the proceedings' formalities (a sound check, the oath, the
    court's instructions and the openings): an asking turn there is a remark,
    an answering one a statement.
    """
    for turn in structure.turns:
        if turn.marker.start > start:
            break
        if turn.side == "question" or (turn.keyword and turn.side != "remark"):
            turn.side = "remark"  # an answer keyword answers nothing yet
        elif turn.side == "answer":
            turn.side = "statement"


def _examination_opened_by_name(structure: Structure) -> int | None:
    """Where counsel opens the examination in their own name, before "Q."/"A.": the turn before it.

    Inquiry and court records print the chair's opening and the calling of the
    witness under names ("CHAIR: ...", "THE WITNESS: ..."), then counsel's
    first words under their name ("MR ROE: Good morning, Ms Lee."), answered
    under "A." and followed by "Q.": from there the examination runs under the
    keywords, and "Q." is that counsel. The speaker so answered examines (an
    interviewer); the other named speakers taken to ask (the chair, who opened
    the day and called counsel) chair: moderators. Before counsel's first
    words nobody is questioned (see :func:`_before_questioning`). Returns the
    position just before counsel's first turn, or None where no named speaker
    opens the keywords' examination so.
    """
    text, turns, roles = structure.text, structure.turns, structure.roles
    for before, answer, asking in zip(turns, turns[1:], turns[2:], strict=False):
        if not (
            answer.keyword
            and asking.keyword
            and role_of_keyword(answer.label or "") == "interviewee"
            and role_of_keyword(asking.label or "") == "interviewer"
            and (answer.label or "") in text[answer.marker.start : answer.marker.end]
            and (asking.label or "") in text[asking.marker.start : asking.marker.end]
        ):
            continue
        examiner = before.key
        if before.keyword or examiner is None or examiner.startswith("\0"):
            return None  # the examination is the keywords' from its first words
        for key, role in list(roles.items()):
            if role == "interviewer" and not key.startswith("\0") and key != examiner:
                roles[key] = "moderator"
        roles[examiner] = "interviewer"
        return max(before.marker.start - 1, 0)
    return None


def _examiner(line: str, keys: set[str]) -> str | None:
    """The speaker a short heading names after "by" ("BY MR. ROE:"), if it is one."""
    words = line.strip("#*_ \t").rstrip(":").split()
    if not words or len(words) > _EXAMINER_WORDS or not words[0][:1].isupper():
        return None
    for position, word in enumerate(words[:-1]):
        key = speaker_key(" ".join(words[position + 1 :]))
        if word.casefold() == "by" and key in keys:
            # Only questioning is an examination ("Statement by Mr Roe" is none).
            before = " ".join(words[:position]).casefold()
            return key if not before or _QUESTIONING.search(before) else None
    return None


def _spoken_opening(text: str, found: Survey) -> Marker | None:
    """Where a transcript of speech opens with words that no label marks, if it does.

    Front matter that lists who speaks (``speakers:``) says the text is a
    transcript of them speaking, not an article about them: a paragraph of
    prose between the front matter and the first turn (past link lines and
    headings), one that ends like a sentence, opens the dialogue. It is the
    opening turn of the one who answers, without a label (a talk before its
    questions, a host's first words). Above the first heading, a paragraph
    that holds a web address is the editor's note about the text (where a
    recording or another transcript is), part of the header, not speech
    (under a heading, the editor may link a word of the speech). Nor is a
    paragraph of one line in a field's form ("Topic: Is it safe?",
    "Place: ..."): the header's fields, whatever their words end with. The
    dialogue also opens so in a text with no header at all,
    whose very first paragraph is already a long one of prose in the first
    person (a president's opening remarks before the questions; a lede
    reports, in the third person); in a wrapped text without blank lines
    the opening runs to the text's width, and a cover of short lines is the
    header. A paragraph that notes that the transcript joins the speech in
    progress opens the dialogue wherever it stands above the first label
    (see :func:`_joined_in_progress`).
    """
    layout = found.layout
    if not found.chosen:
        return None
    lines = layout.lines
    joined_at = _joined_in_progress(text, lines, found.chosen)
    if joined_at is not None:
        start = lines.content[joined_at]
        return Marker("keyword", Span(start, start), None, joined_at, "an opening without a label")
    if "speakers" not in layout.front_matter_fields:
        if (
            layout.front_matter is not None
            or found.chosen[0].line == 0
            or _underlined_first_line(text, lines)  # a title over its rule: a header
        ):
            return None
        first = lines.block[0]
        last = max(i for i in range(found.chosen[0].line) if lines.block[i] == first)
        start, end = lines.content[0], lines.end[last]
        spoken = (
            len(text[start:end].split()) >= _SPOKEN_WORDS
            and SENTENCE_END.search(text, start, end) is not None
            and _FIRST_PERSON.search(text, start, end)
            is not None  # a lede reports, a speaker says "I"
            and not _short_lines(layout, last)
        )
        return (
            Marker("keyword", Span(start, start), None, 0, "an opening without a label")
            if spoken
            else None
        )
    headed = False  # past a heading
    for i in range(found.chosen[0].line):
        opens = not i or lines.block[i - 1] != lines.block[i] or (i - 1) in layout.set_aside
        if i in layout.set_aside or not opens:
            continue
        last = i
        while last + 1 < len(lines) and lines.block[last + 1] == lines.block[i]:
            last += 1
        start, end = lines.content[i], lines.end[last]
        piece = text[start:end]
        if (
            text[start] in "#<["
            or clutter_kind(text, start, end)
            or ("://" in piece and (len(piece.split()) < _LINK_LINE_WORDS or not headed))
            or (last == i and FIELD_LINE.match(text, start, end) is not None)
        ):
            # A heading, a link line, page furniture, the editor's note above the first heading.
            headed = headed or text[start] == "#"
            continue
        if SENTENCE_END.search(text, start, end):
            return Marker("keyword", Span(start, start), None, i, "an opening without a label")
    return None


def _remarks_before_questions(text: str, found: Survey) -> Marker | None:
    """The official's opening remarks, unlabelled, above questions that alone are labelled.

    Where only the questions carry a label (``Q.``) and the answers below
    them none, the one answering speaks without a label: prose above the
    first question, below the headline's paragraph, is their opening remarks
    before the questions (an official's statement on arrival), from the first
    paragraph that ends like a sentence or as a greeting does, with a comma
    ("Good morning,"), where the remarks are long enough to be spoken
    (:data:`_SPOKEN_WORDS` words) and speak in the first person.
    """
    layout, lines = found.layout, found.layout.lines
    if found.chosen[0].description == _SET_OFF or not any(
        marker.description == ANSWER_BELOW for marker in found.chosen
    ):
        return None  # questions set off by their form: a written interview's, below its lede
    if _joined_in_progress(text, lines, found.chosen) is not None:
        return None  # the note that the speech is joined in progress opens it (_spoken_opening)
    first_question = found.chosen[0].line
    for i in range(1, first_question):
        if i in layout.set_aside or lines.block[i - 1] == lines.block[i] or lines.block[i] == 0:
            continue
        last = i
        while last + 1 < first_question and lines.block[last + 1] == lines.block[i]:
            last += 1
        words = text[lines.content[i] : lines.end[last]].rstrip()
        if not (words.endswith(",") or SENTENCE_END.search(words)):
            continue
        start, end = lines.content[i], lines.end[first_question - 1]
        if (
            len(text[start:end].split()) >= _SPOKEN_WORDS
            and _FIRST_PERSON.search(text, start, end) is not None
        ):
            return Marker("keyword", Span(start, start), None, i, "an opening without a label")
        return None
    return None


def _joined_in_progress(text: str, lines: Lines, markers: Sequence[Marker]) -> int | None:
    """The line of the paragraph that joins the speech in progress, above the first label, if any.

    A transcript that begins after the speaking did says so at the start of its
    first paragraph ("[In progress] - and so the schedule...", "(Joined in
    progress)"): the words after the note are a speaker's, cut off at their
    start, and the dialogue opens there, whatever header stands above: an
    opening without a label, read as other unlabelled openings are (see
    :func:`_spoken_opening`). The labels below it are the dialogue's, though
    a name is heard only once.
    """
    first = min((m.line for m in markers if m.kind != "dash"), default=0)
    for i in range(first):
        if (i == 0 or lines.block[i - 1] != lines.block[i]) and _IN_PROGRESS.match(
            text, lines.content[i], lines.end[i]
        ):
            return i
    return None


def _short_lines(layout: Layout, last: int) -> bool:
    """Whether most lines up to ``last`` in a wrapped text without blank lines are short.

    Words spoken before the first label, hard-wrapped, run to the text's
    width; a header of short lines (a committee, a date, a list of members
    and witnesses) does not, though it holds sentences and an "I".
    """
    if not layout.width:
        return False
    lines = layout.lines
    short = sum(
        1 for i in range(last + 1) if lines.end[i] - lines.content[i] < layout.width * _WRAPPED_LINE
    )
    return short * 2 > last + 1


def _asked_before_the_labels(text: str, found: Survey) -> Marker | None:
    """The first question, put with no label right above the first labelled turn, if it is.

    A transcript may name its askers only from their second or third
    question on ("Can you hear me? ..." above "Ann Lee: Loud and clear.",
    then "Daily Post: ..."). Below the header's first block, a paragraph of
    its own right above the first label, of a few sentences (two at least,
    forty words at most) whose last one asks, is the first question, whose
    asker the text does not name there, where the labelled turn below it
    opens without asking (it answers). A headline in the form of a question
    is one sentence. The question is put to someone, in the second person
    ("Can you hear me?"): a standfirst that asks about the guest in the third
    person ("... What keeps her going?") is the header's lede, not a turn.
    """
    lines, set_aside = found.layout.lines, found.layout.set_aside
    first = found.chosen[0]
    above = first.line - 1
    while above >= 0 and above in set_aside:
        above -= 1
    if above <= 0 or first.span.start != lines.content[first.line]:
        return None
    block = lines.block[above]
    top = above
    while top > 0 and lines.block[top - 1] == block:
        top -= 1
    if (
        top == 0
        or lines.block[first.line] == block
        or any(i in set_aside for i in range(top, above))
    ):
        return None
    start, end = lines.content[top], lines.end[above]
    words = text[start:end]
    reply_end = lines.end[first.line]
    if (
        len(words.split()) > _UNLABELLED_QUESTION_WORDS
        or not words.rstrip("\"'”’)").endswith("?")
        or SENTENCE_INSIDE.search(words) is None
        or text[first.text_start : reply_end].rstrip("\"'”’)").endswith("?")
        or text[start] in _MARKUP_OPENINGS
        or FIELD_LINE.match(text, start, end) is not None
        or SAID_TO_SOMEONE.search(SENTENCE_BREAK.split(words.rstrip())[-1]) is None
    ):
        return None
    return Marker("keyword", Span(start, start), "Q", top, "a question without a label")


def _asked_under_heading(text: str, found: Survey, opening: Marker) -> list[Marker]:
    """The first question and its answer, unlabelled, under a heading that ends an opening.

    A heading between the words that open the dialogue without a label and
    the first labelled turn ends the opening when the opening's last sentence
    thanks the listeners (a witness's prepared statement, then the questions).
    Under the last such heading, the first paragraph, where it asks, is a
    question whose asker the text does not name, and the paragraphs after it
    are the answer of the one who opened.
    """
    lines, set_aside = found.layout.lines, found.layout.set_aside
    paragraphs: list[int] = []  # the first line of each paragraph under the last heading
    thanked = False  # the opening's last sentence, above the heading, thanks
    headed = False
    for i in range(opening.line, found.chosen[0].line):
        if i in set_aside or (i > opening.line and lines.block[i - 1] == lines.block[i]):
            continue
        last = i
        while last + 1 < len(lines) and lines.block[last + 1] == lines.block[i]:
            last += 1
        start, end = lines.content[i], lines.end[last]
        if _heading_kind(text, start, end) is not None:
            headed, paragraphs = True, []
        elif headed:
            paragraphs.append(i)
        elif SENTENCE_END.search(text, start, end):
            thanked = last_sentence_thanks(text[start:end])
    if not (headed and thanked) or len(paragraphs) < 2:  # noqa: PLR2004 - a question, an answer
        return []
    question, answer = paragraphs[0], paragraphs[1]
    if "?" not in text[lines.content[question] : lines.content[answer]]:
        return []
    asked, answered = lines.content[question], lines.content[answer]
    return [
        Marker("keyword", Span(asked, asked), "Q", question, "a question under a heading"),
        Marker("keyword", Span(answered, answered), "A", answer, "an answer under a heading"),
    ]


def _set_off(structure: Structure, chosen: list[Marker]) -> bool:
    """Whether some of the turns are questions set off by their form (headings, bold)."""
    asked = {marker.line for marker in structure.survey.asked}
    return bool(asked) and any(marker.line in asked for marker in chosen)


def _decide(text: str, dashes: list[Marker], labels: list[Marker], lines: Lines) -> Style:
    """Dashes or labels: the layout with many more turns, or the one that follows the other.

    ``"auto"`` when neither outnumbers the other: the layouts are mixed.

    Labels that all stand above the first of several dash turns, each on a line
    of its own that does not end a sentence, are headlines ("Name: what he
    said", often printed twice), not turns.
    """
    if (
        len(dashes) > 1
        and labels
        and labels[-1].span.start < dashes[0].span.start
        and all(_headline_like(text, label, lines) for label in labels)
    ):
        return "dash"
    if dashes and labels:
        if len(labels) >= _MIXED_RATIO * len(dashes):
            return "labelled"
        if len(dashes) >= _MIXED_RATIO * len(labels):
            return "dash"
        return "auto"
    return "labelled" if labels else "dash"


def _headline_like(text: str, label: Marker, lines: Lines) -> bool:
    """Whether a label's line reads as a headline: words after it, and no sentence's end.

    A headline stands on a line of its own: a label whose words run on to the
    next line of its paragraph (a question wrapped by hand) opens a turn.
    """
    following = label.line + 1
    if following < len(lines) and lines.block[following] == lines.block[label.line]:
        return False
    end = text.find("\n", label.text_start)
    words = text[label.text_start : len(text) if end < 0 else end].rstrip()
    return bool(words) and not SENTENCE_END.search(words)


def _without_headline(text: str, lines: Lines, labels: list[Marker]) -> list[Marker]:
    """Drop a ``Name: quote`` headline from the labels.

    That is a label in the text's first block, a single line without a
    sentence's end, followed by blocks that are not turns. The headline may be
    underlined, as Markdown's setext headings and reStructuredText write a
    title ("Interview: Jane Roe" over "====="): the rule is no line of words.
    A page copy may print its headline twice, once after its section's name
    ("News Summit: Jane Roe speaks" over "Summit: Jane Roe speaks"): the
    second line, the end of the first, is the same headline, no turn either.
    """
    if not labels or labels[0].line != 0 or len(lines) < 2:  # noqa: PLR2004
        return labels
    first = labels[0]
    if first.text_start >= lines.end[0]:
        return labels  # a label alone on its line opens a turn, never a headline
    single_line = lines.block[1] != lines.block[0] or _underlined_first_line(text, lines)
    words = text[first.text_start : lines.end[0]].rstrip()
    ends_sentence = bool(SENTENCE_END.search(words)) or words.endswith(",")
    if (
        len(labels) > 2  # noqa: PLR2004
        and single_line
        and not ends_sentence
        and first.kind == labels[1].kind == "label"
        and _headline_again(text, lines, labels[1])
    ):
        return labels[2:]  # the headline and its copy
    # The line after a one-line first block opens the second block: is it a turn?
    next_block_is_turn = len(labels) > 1 and labels[1].line == 1
    if single_line and not ends_sentence and not next_block_is_turn and first.kind == "label":
        return labels[1:]  # the headline's marker is not a turn
    return labels


def _headline_again(text: str, lines: Lines, label: Marker) -> bool:
    """Whether a label's line, a paragraph of its own, repeats the end of the text's first line."""
    line = label.line
    if (
        line >= len(lines)
        or lines.block[line] == lines.block[line - 1]
        or (line + 1 < len(lines) and lines.block[line + 1] == lines.block[line])
    ):
        return False
    again = text[lines.content[line] : lines.end[line]].strip()
    return len(again.split()) > 2 and text[lines.content[0] : lines.end[0]].rstrip().endswith(again)  # noqa: PLR2004


def _underlined_first_line(text: str, lines: Lines) -> bool:
    """Whether the text opens with one line of words over a rule: a setext title.

    The rule is a line of ``=`` (three at least), or of one underlining
    character at least as long as the words. It ends the title, as Markdown
    reads it: lines right below it, with no blank line between, are not the
    title's words (a standfirst).
    """
    if len(lines) < 2 or lines.block[1] != lines.block[0]:  # noqa: PLR2004
        return False
    title = text[lines.content[0] : lines.end[0]]
    rule = text[lines.content[1] : lines.end[1]].strip()
    return (len(rule) >= 3 and set(rule) <= {"="}) or _underlined(title, rule)  # noqa: PLR2004


def _without_header_metadata(
    text: str, labels: list[Marker], canonical: dict[str, str]
) -> list[Marker]:
    """Drop the labels of header metadata that stand above the dialogue.

    Above the first exchange, a transcript often says who took part and what
    was discussed, in the form of a label: a byline ("NAME: An interview
    conducted by NAME, date"), a list of participants ("Panelists:" and names
    with their titles on lines of their own, "Interviewer: NAME"), a list of
    topics ("Subjects: one; another;"), a form's fields ("FILE NUMBER: 014724",
    or "AGENCY :" over more fields, "RECORD NUMBER: 104-10001").
    None of these is speech. A label is header metadata when it stands in the
    run of labels that opens the text and either its words are a byline (they
    begin by saying who conducted the interview), or it is used only once and
    none of the lines of its words ends a sentence (a list of names, titles,
    topics or dates), or only once and its words on its own line hold no
    letter (a number, a code, a date in figures), or its words are more of
    a form's fields, a name in capitals and a colon on each of their lines
    (two lines at least), or only once and its words
    name two or more of the speakers who recur below (a list of participants,
    "Witnesses: Ann Lee, Bo Chen and Jo Roe."). A label set in a heading
    ("### Moderator: Ann Lee") has for its words only the heading's own line:
    what follows the heading is the next part of the document. A speaker labelled once in
    full and later by initials ("Ann Lee (AL):", then "AL:") is used more than
    once: their short greeting ("Welcome Bo") opens the dialogue. The first
    label that is none of these opens the dialogue; at least two labels must
    remain.
    """

    def speaker(marker: Marker) -> str:
        key = speaker_key(marker.label or "")
        return canonical.get(key, key)

    counts = Counter(speaker(m) for m in labels)
    spelled = Counter(speaker_key(m.label or "") for m in labels)
    recurring = {m.label for m in labels if m.label and counts[speaker(m)] > 1}
    dropped = 0
    for index, marker in enumerate(labels):
        end = labels[index + 1].span.start if index + 1 < len(labels) else len(text)
        if text[marker.span.start] == "#" and (line_end := text.find("\n", marker.text_start)) > 0:
            end = min(end, line_end)  # a label in a heading: its words end with the heading's line
        words = text[marker.text_start : end].strip()
        byline = _INTERVIEWER_BYLINE.match(words) is not None
        once = counts[speaker(marker)] == 1
        listed = once and not any(_ends_sentence(line) for line in words.splitlines())
        # A form's field: the words on the label's line are a number or a code ("FILE: 014724"),
        # under a label spelled so once (a field's name may begin another's: "AGENCY", "AGENCY FILE").
        field = (
            spelled[speaker_key(marker.label or "")] == 1
            and not any(char.isalpha() for char in words.partition("\n")[0])
        ) or _form_fields(words)
        # A list of participants: a label used once whose words name two or more of the
        # speakers who recur below ("Witnesses: Ann Lee, Bo Chen and Jo Roe.").
        participants = once and _names_speakers(words, recurring)
        if not (byline or listed or field or participants):
            break
        dropped = index + 1
    if len(labels) - dropped < 2:  # noqa: PLR2004 - a dialogue needs two turns
        return labels
    return labels[dropped:]


def _ends_sentence(line: str) -> bool:
    r"""Whether a line ends a sentence, a number in brackets after it or not.

    A parliament's tabled question, a report's cited paragraph, ends with its
    number in brackets after the sentence ("... the ferry's timetable. [117]"):
    the sentence ends all the same, as it does where the page escapes the
    brackets ("\[117\]").
    """
    line = line.rstrip()
    if line.endswith(("]", ")")):
        line = _NUMBER_AFTER.sub("", line).rstrip(" \t")
    return SENTENCE_END.search(line) is not None


def _form_fields(words: str) -> bool:
    """Whether a label's words are more of a form's fields, each on its line ("RECORD SERIES: TESTIMONY").

    A form's field left empty ("AGENCY :") takes the fields below it for its
    words: where they are two lines at least, every one a name in capitals and
    a colon, they are the form, and the label is one of its fields.
    """
    lines = words.splitlines()
    return len(lines) >= 2 and all(_capitals_field(line) for line in lines)  # noqa: PLR2004


def _capitals_field(line: str) -> bool:
    """Whether a line is a form's field whose name is in capitals ("RECORD NUMBER: 104-10001")."""
    field = FIELD_LINE.match(line)
    return field is not None and len(field.group("name")) > 1 and field.group("name").isupper()


def _names_speakers(words: str, labels: Collection[str]) -> bool:
    """Whether ``words`` name two of the speakers ``labels`` spell, whole names."""
    named = 0
    for label in labels:
        if len(label) > 2 and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", words):  # noqa: PLR2004 - initials are no names
            named += 1
            if named > 1:
                return True
    return False


def _set_aside_lines(structure: Structure) -> None:
    """Record each run of set-aside lines (front matter, cue timings) as a segment."""
    text, lines, layout = structure.text, structure.layout.lines, structure.layout
    if layout.front_matter is not None:
        structure.set_aside.append(Segment("front-matter", layout.front_matter, text))
    for i, kind in sorted(layout.set_aside.items()):
        if kind != "front-matter":
            structure.set_aside.append(Segment(kind, Span(lines.content[i], lines.end[i]), text))


def _header_blocks(structure: Structure, first: Marker) -> None:
    """The blocks above the first turn, without what is set aside.

    A running header or footer of text taken from pages is page furniture
    here too. In a text without blank lines, a line well short of the text's
    width ends a block (a title wrapped over lines, then a dateline).
    """
    text, lines, layout = structure.text, structure.layout.lines, structure.layout
    blocks: list[Block] = []
    current = -1
    closed = False
    short = layout.width * _SHORT_HEADER_LINE
    for i in range(first.line):
        if i in layout.set_aside or i in layout.page_lines:
            if i in layout.page_lines and i not in layout.set_aside:
                span = Span(lines.content[i], lines.end[i])
                structure.set_aside.append(Segment("page-furniture", span, text))
            current = -1
            continue
        if lines.block[i] != current or not blocks or closed:
            blocks.append((lines.content[i], lines.end[i]))
            current = lines.block[i]
        else:
            blocks[-1] = (blocks[-1][0], lines.end[i])
        closed = layout.unblanked and lines.end[i] - lines.content[i] < short
    if first.description == RUN_TOGETHER:
        blocks.extend(_run_together_header(text, lines.content[first.line], first.span.start))
    structure.header_blocks = blocks


def _run_together_header(text: str, start: int, end: int) -> list[Block]:
    """The header that a text run together into one line holds before its first label.

    Where a feed or a paste lost the line breaks, the header's lines (a
    notice, the headline, its byline) run into the first turn's line: each
    sentence there is a block of the header, and a byline that ends them
    ("... with the Minister by Ann Lee") is one of its own, as it stood
    below the headline.
    """
    end = start + len(text[start:end].rstrip())
    blocks: list[Block] = []
    position = start
    for found in SENTENCE_BREAK.finditer(text, start, end):
        if _CAPITAL_OPENING.match(text, found.end(), end) is None:
            continue
        blocks.append((position, found.start()))
        position = found.end()
    if position < end:
        byline = _RUN_ON_BYLINE.search(text, position, end)
        if byline is not None and byline.start() > position:
            blocks.append((position, byline.start()))
            position = byline.start() + 1
        blocks.append((position, end))
    return blocks


def _turns(structure: Structure, chosen: list[Marker], canonical: dict[str, str]) -> None:
    layout = structure.layout
    count = len(layout.lines)
    labelled = structure.style == "labelled" and not layout.captions
    if layout.captions or (labelled and _labels_lines(layout.lines, chosen, canonical)):
        chosen, structure.voices = _runs(chosen, canonical)
        structure.voice_offsets = sorted(structure.voices)
    if labelled:
        starts = {m.span.start for m in chosen}
        chosen = glued_labels(layout, run_in_labels(layout, chosen))
        structure.run_in = {m.span.start for m in chosen} - starts
        structure.run_in |= {m.span.start for m in chosen if m.description == RUN_TOGETHER}
    for position, marker in enumerate(chosen):
        following = chosen[position + 1] if position + 1 < len(chosen) else None
        found = _paragraphs_before(structure, marker, following, count)
        blocks, times = _blocks(structure, marker, found)
        if not blocks:
            _empty_turn(structure, marker, following)
            continue
        if blocks[0][0] != marker.text_start:  # the time alone above the words: the marker's too
            marker.span = Span(marker.span.start, blocks[0][0])
            marker.text_start = blocks[0][0]
        turn = RawTurn("remark", marker.span, blocks, marker.label, keyword=False)
        turn.times = times
        if marker.time is not None:
            turn.start = seconds(marker.time)
        if marker.label is not None:
            _speaker_of(structure, turn, marker, canonical)
        structure.turns.append(turn)
    if layout.captions:  # cue timings inside a paragraph are its clutter, not segments
        inside = {span.start for spans in structure.clutter.values() for span in spans}
        structure.set_aside = [
            segment for segment in structure.set_aside if segment.span.start not in inside
        ]
    if layout.clock or any(
        time is not None for turn in structure.turns for time in (turn.start, *turn.times)
    ):
        _time_turns(structure)


def _empty_turn(structure: Structure, marker: Marker, following: Marker | None) -> None:
    """Set aside a speaker's label with no words before the next turn; raise for any other."""
    text = structure.text
    if following is None or marker.kind != "label" or label_key(marker.label or "") in KEYWORDS:
        what = (
            f"the label {marker.label!r} has no words after it: write the turn's text after "
            "the label"
            if marker.label
            else "a turn marker with no words after it: write the turn's text after the "
            "dash, or remove the dash"
        )
        raise TranscriptError(what, text=text, offset=marker.span.start)
    end = max(structure.layout.lines.end[marker.line], marker.span.start)
    structure.set_aside.append(Segment("empty-turn", Span(marker.span.start, end), text))


def _paragraphs_before(
    structure: Structure, marker: Marker, following: Marker | None, count: int
) -> list[tuple[int, int]]:
    """A turn's paragraphs: its lines up to the next turn's, or up to its label inside a line."""
    layout, text = structure.layout, structure.text
    if following is None:
        return _before_the_close(
            structure, paragraphs_of(layout, marker.line, count, marker.text_start)
        )
    cut = following.span.start
    if cut not in structure.run_in:
        return paragraphs_of(layout, marker.line, following.line, marker.text_start)
    found = []  # the next label runs on inside its line: the words before it are this turn's
    for start, end in paragraphs_of(layout, marker.line, following.line + 1, marker.text_start):
        stop = min(end, cut)
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start < stop:
            found.append((start, stop))
    return found


# The record's note that the sitting ended: "[Whereupon, at 4:12 p.m., the hearing was adjourned.]",
# "(The hearing concluded at 4.15 pm)", a stage note in brackets or parentheses.
_CLOSING_NOTE = lazy_pattern(
    r"[\[(][^\[\]()]{0,200}\b(?:adjourn(?:ed|s)?|conclude[ds]?|closed)\b[^\[\]()]{0,120}[\])]\.?"
)


# A rule, a paragraph of its own: three dashes, stars or underscores or more.
_RULE = lazy_pattern(r"(?:[-*_][ \t]*){3,}")


def _before_the_close(structure: Structure, found: list[Block]) -> list[Block]:
    """The last turn's paragraphs up to the record's note that the sitting ended, or a rule.

    A hearing's record notes in brackets that the sitting was adjourned; what it
    prints below (the prepared statements, the answers to written questions, the
    material submitted for the record) is its appendix, no one's spoken words.
    The note and all below it are set aside as the appendix. A record so closed
    is whole: a last question that no one answered before the close was left
    unanswered at the sitting, it is not a transcript cut short. So a page
    closes a written interview with a rule (a line of dashes) and its own
    matter below it (links, where to read more, the author's signature): the
    last turn ends at the rule, and what is below is set aside as well.
    """
    text = structure.text
    for index, (start, end) in enumerate(found[1:], 1):
        if index + 1 < len(found) and _RULE.fullmatch(text, start, end) is not None:
            for rest_start, rest_end in found[index:]:
                structure.set_aside.append(Segment("appendix", Span(rest_start, rest_end), text))
            return found[:index]
        if _CLOSING_NOTE.match(text, start, end) is None:
            continue
        for rest_start, rest_end in found[index:]:
            structure.set_aside.append(Segment("appendix", Span(rest_start, rest_end), text))
        structure.closed = True
        return found[:index]
    return found


_LABELLED_LINES = 3  # one speaker's labels on lines right below each other: so many make a habit


def _runs(
    chosen: list[Marker], canonical: dict[str, str]
) -> tuple[list[Marker], dict[int, Marker]]:
    """A run of one speaker's cues (or lines) is one turn, whatever the cue boundaries.

    A caption file names the speaker in every cue, in a voice tag (``<v Ann>``)
    or written out (``Ann Lee: …``), as a meeting tool does; so does a text that
    labels every line (:func:`_labels_lines`). A speaker does not follow
    themselves: the labels that go on a run are the run's clutter, no turns.
    Returns the markers that open turns, and the others by where they start.
    """
    opening: list[Marker] = []
    inner: dict[int, Marker] = {}
    previous: str | None = None
    for marker in chosen:
        key = speaker_key(marker.label) if marker.label else None
        key = canonical.get(key, key) if key else None
        if key is not None and key == previous:
            inner[marker.span.start] = marker
        else:
            opening.append(marker)
        previous = key
    return opening, inner


def _labels_lines(lines: Lines, chosen: list[Marker], canonical: dict[str, str]) -> bool:
    """Whether the text labels every line, as a meeting tool does, not every turn.

    A person labels a turn once; a tool that writes a line per stretch of speech
    names the speaker on each, so one speaker's labels stand on lines right below
    each other, in one block (no blank line between). Where that is the habit
    (:data:`_LABELLED_LINES` times at least), a run of one speaker's labels is one turn.
    """

    def key_of(marker: Marker) -> str | None:
        key = speaker_key(marker.label) if marker.label else None
        return canonical.get(key, key) if key else None

    found = 0
    for previous, marker in itertools.pairwise(chosen):
        if (
            marker.line == previous.line + 1  # the cheap checks first: lines right below each other
            and lines.block[marker.line] == lines.block[previous.line]
            and (key := key_of(marker)) is not None
            and key == key_of(previous)
        ):
            found += 1
            if found >= _LABELLED_LINES:
                return True
    return False


def _blocks(
    structure: Structure, marker: Marker, found: list[Block]
) -> tuple[list[Block], list[float | None]]:
    """A turn's paragraphs, without what is set aside, each with the time that opens it."""
    text, layout = structure.text, structure.layout
    blocks: list[Block] = []
    times: list[float | None] = []
    dated: float | None = None  # a time standing alone dates the block below it
    for found_start, found_end in found:
        start, end = found_start, found_end
        if start == marker.text_start and marker.close:
            end -= marker.close  # the emphasis that closes a question set in bold
        kind = None
        if start != marker.text_start:  # the words after a marker are never set aside
            kind = (
                clutter_kind(text, start, end)
                or _heading_kind(text, start, end)
                or _title_line(layout, start, end, last=(found_start, found_end) == found[-1])
            )
            if kind is None and layout.name_lines and alone_name(text, start, end):
                kind = "heading"  # "Question-and-Answer Session", where names stand alone
            if (
                kind is None
                and layout.line_numbers
                and _capitals_heading(_unnumbered(text, start, end))
            ):
                kind = "heading"  # "7   ORAL ARGUMENT OF ...": a heading behind its line number
        inside = clutter_in(layout, start, end) if layout.paged or layout.captions else ()
        if inside and kind is None and _covers(text, inside, start, end):
            kind = "page-furniture"  # a running header or footer standing alone
        if kind is not None:
            structure.set_aside.append(Segment(kind, Span(start, end), text))
            continue
        start, time = _opening(
            structure, marker, start, end, first=not blocks, only=len(found) == 1
        )
        dated = time if time is not None else dated
        if start >= end:
            continue  # the block is only a time, or a label
        blocks.append((start, end))
        times.append(dated)
        dated = None
        marks = _marks_inside(structure, start, end)
        if inside or marks:
            structure.clutter[start] = tuple(sorted((*inside, *marks), key=lambda span: span.start))
    return blocks, times


def _opening(
    structure: Structure, marker: Marker, start: int, end: int, *, first: bool, only: bool = False
) -> tuple[int, float | None]:
    """Where a block's words start after what opens it, and the time that opens it, if any.

    The same voice's next cue opens with its voice tag, set aside; a
    timestamp mark is set aside too, or joins the marker at the turn's start,
    unless it is all the turn holds (``only`` block): a played extract noted by
    its time alone ("Song ending: [04:10]") has that time for its words.
    """
    text = structure.text
    voice = structure.voices.get(start)
    if voice is not None:  # the same voice's next cue: its label is no turn of its own
        structure.set_aside.append(Segment("voice", voice.span, text))
        start = voice.text_start
    if start >= end or not structure.marked or text[start] not in "\\[(":
        return start, None
    mark = MARK.match(text, start, end)
    if mark is None:
        return start, None
    if only and first and start == marker.text_start and _after_space(text, mark.end(), end) >= end:
        return start, None  # the time is all the turn says: its words
    if not first or start != marker.text_start:  # at the start of the turn: its marker's
        structure.set_aside.append(Segment("timestamp", Span(start, mark.end()), text))
    return _after_space(text, mark.end(), end), seconds(mark.group())


def _marks_inside(structure: Structure, start: int, end: int) -> tuple[Span, ...]:
    """The timestamp marks and the run's later voice tags inside a paragraph: its clutter."""
    text = structure.text
    marks: tuple[Span, ...] = ()
    if structure.marked:
        marks = tuple(Span(m.start(), m.end()) for m in MARK.finditer(text, start, end))
    if structure.voices:
        offsets = structure.voice_offsets
        first = bisect.bisect_right(offsets, start)
        last = bisect.bisect_left(offsets, end)
        marks += tuple(structure.voices[offset].span for offset in offsets[first:last])
    return marks


def _after_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def _time_turns(structure: Structure) -> None:
    """When each turn and paragraph starts and ends (see :mod:`._times`).

    A turn starts at its label's time, else its first paragraph's; a
    paragraph at the time that opens it, else at a timestamp alone on the line
    above it, else with its caption cue. It ends with its last cue, else when
    the next one starts.
    """
    clock = structure.layout.clock
    previous = 0
    for turn in structure.turns:
        first = turn.blocks[0][0]
        turn.times[0] = turn.start if turn.start is not None else turn.times[0]
        for index, (start, _) in enumerate(turn.blocks):
            if turn.times[index] is None:
                after = turn.blocks[index - 1][1] if index else previous
                turn.times[index] = clock.start(after, start if index else turn.marker.start)
        turn.start = turn.times[0] if turn.times[0] is not None else clock.start(previous, first)
        turn.ends = [clock.end(end) for _, end in turn.blocks]
        previous = turn.blocks[-1][1]
    following: float | None = None
    for turn in reversed(structure.turns):
        for index in reversed(range(len(turn.blocks))):
            if turn.ends[index] is None:
                turn.ends[index] = following
            if turn.times[index] is not None:
                following = turn.times[index]
        turn.end = turn.ends[-1]
        if turn.start is not None:
            following = turn.start


def _initial(structure: Structure, folded: str, canonical: dict[str, str]) -> bool:
    """Whether ``A`` is a speaker's initial, not the answer keyword.

    It is where nothing asks under a keyword (no ``Q``) and it begins the one
    one-word label it stands for (``AP:`` throughout, then a slip, ``A:``).
    """
    if folded != "a" or canonical.get("a", "a") == "a":
        return False
    if structure.keyword_questions is None:
        structure.keyword_questions = any(
            label_key(turn.label or "") in QUESTION_LABELS for turn in structure.turns
        ) or any(
            label_key(marker.label or "") in QUESTION_LABELS for marker in structure.survey.chosen
        )
    return not structure.keyword_questions


def _speaker_of(
    structure: Structure, turn: RawTurn, marker: Marker, canonical: dict[str, str]
) -> None:
    """Key a labelled turn to its speaker, and measure it for the roles."""
    label = marker.label or ""
    folded = label_key(label)
    key = speaker_key(label)
    if (
        folded in KEYWORDS
        and not _initial(structure, folded, canonical)
        and not _recorded_asker(structure, label)
    ):
        key = f"\0{folded}"  # keywords are never a person's name
    else:
        key = canonical.get(key, key)
        if label_key(key) in KEYWORDS and one_slip(folded, label_key(key)):
            folded = label_key(key)  # a keyword misspelt by a letter ("QJESTION:")
            key = f"\0{folded}"
    turn.key = key
    turn.keyword = key.startswith("\0") and folded in GENERIC_LABELS
    spellings = structure.spellings.get(key)
    if spellings is None:  # a Counter for each speaker, not one for each turn (setdefault's)
        spellings = structure.spellings[key] = Counter()
    spellings[label] += 1
    if marker.description and key not in structure.descriptions:
        structure.descriptions[key] = marker.description
    turn.measure(structure.text)  # for the roles: dash turns simply alternate


def _recorded_asker(structure: Structure, label: str) -> bool:
    """Whether ``label`` stands under a question number of the record somewhere ("Q12 Chair:").

    A parliament's committee numbers the questions of an evidence session
    before the name of the member who puts each one: that name is a person's
    label (the chair asks there), not the keyword it may spell.
    """
    if label not in structure.recorded:
        # The lines that open with a question number are found once for the text (most have
        # none): each label is then tried at those lines alone, not searched for in every line.
        if structure.question_lines is None:
            structure.question_lines = _question_lines(structure.text)
        pattern = re.compile(rf"(?m)^[ \t]*Q\d{{1,4}}[ \u00a0]+{re.escape(label)}[ \t\u00a0]*:")
        structure.recorded[label] = any(
            pattern.match(structure.text, line_start) for line_start in structure.question_lines
        )
    return structure.recorded[label]


def _question_lines(text: str) -> list[int]:
    """Where the lines start that open with a record's question number ("Q12 Chair:"), in order.

    Found from each "Q" before a digit (a quick search for a letter), where only spaces and
    tabs stand before it on its line: the only lines where a label stands under a question number.
    """
    found = []
    # The line start of the last number, and where the search for that line's start ended.
    line_start = searched = 0
    for number in _QUESTION_NUMBER.finditer(text):
        at = number.start()
        # The line break before this number, looked for only after the last number (no pass back
        # over a long line for each number on it): where none stands there, the same line goes on.
        line_start = text.rfind("\n", searched, at) + 1 or line_start
        searched = at
        if _INDENT.match(text, line_start).end() == at:  # type: ignore[union-attr]
            found.append(line_start)
    return found


def _covers(text: str, spans: tuple[Span, ...], start: int, end: int) -> bool:
    """Whether the spans leave nothing but white space of ``[start, end)``."""
    position = start
    for span in spans:
        if text[position : span.start].strip():
            return False
        position = max(position, span.end)
    return not text[position:end].strip()


def _heading_kind(text: str, start: int, end: int) -> str | None:
    """A Markdown heading (``# Title``, a line underlined with ``===``), or a subhead.

    A subhead is one short line between the paragraphs of a turn, all in
    bold, or in capitals without a sentence's end (a court's "DIRECT
    EXAMINATION", "BY MR. ROE:").
    """
    piece = text[start:end]
    if _capitals_heading(piece):
        return "heading"
    if text[start] != "#" and text[end - 1] not in _UNDERLINES and text[end - 1] not in "*_":
        return None
    if piece[:2] in {"**", "__"}:
        inner = piece[2:-2]
        subhead = (
            len(piece) > 4  # noqa: PLR2004
            and piece.endswith(piece[:2])
            and piece[:2] not in inner
            and "\n" not in piece
            and len(inner.split()) <= _SUBHEAD_WORDS
        )
        return "heading" if subhead else None
    if piece.startswith("#") and piece.lstrip("#")[:1] in {" ", "\t"} and "\n" not in piece:
        return "heading"
    title, _, last = piece.rpartition("\n")
    last = last.strip()
    underlined = title and len(last) >= 3 and set(last) <= {"="}  # noqa: PLR2004
    return "heading" if underlined or _underlined(title, last) else None


def _title_line(layout: Layout, start: int, end: int, *, last: bool) -> str | None:
    """``"heading"`` if a turn's ``last`` paragraph is a section's title, in a paste without blank lines.

    "Question-and-Answer Session" standing last in a turn, right above the next
    turn, where no blank line sets it off: one short line that ends no
    sentence, each of its few words beginning with a capital letter.
    """
    if not (last and layout.unblanked):
        return None
    piece = layout.text[start:end].strip()
    words = piece.split()
    titled = (
        "\n" not in piece
        and 0 < len(words) <= _TITLE_WORDS
        and piece[-1].isalpha()
        and all(word[0].isupper() for word in words)
    )
    return "heading" if titled else None


def _capitals_heading(piece: str) -> bool:
    """Whether a paragraph is one or two short lines in capitals, with no sentence's end.

    A court's "DIRECT EXAMINATION" above "BY MR. ROE:", an argument's "ORAL
    ARGUMENT OF JANE ROE" above "ON BEHALF OF THE PETITIONERS".
    """
    if not piece[:1].isupper():
        return False
    if "\n" not in piece:
        return bool(
            _CAPITALS_HEADING.fullmatch(piece)
            and not SENTENCE_END.search(piece)
            and any(char.isalpha() for char in piece)
        )
    lines = [line.strip() for line in piece.split("\n")]
    return len(lines) <= _HEADING_LINES and all(
        _CAPITALS_HEADING.fullmatch(line)
        and not SENTENCE_END.search(line)
        and any(char.isalpha() for char in line)
        for line in lines
    )


def _unnumbered(text: str, start: int, end: int) -> str:
    """A paragraph's lines without the line numbers printed before them."""
    return "\n".join(without_line_number(line.strip()) for line in text[start:end].split("\n"))


def _underlined(title: str, rule: str) -> bool:
    """Whether one line of words stands over a rule of one character at least as long.

    That is a section title, as reStructuredText and Markdown's setext
    headings write it ("Questioned by Ms Roe" over "^^^^^^^^^^^^^^^^^^^^").
    """
    words = title.strip()
    return (
        bool(words)
        and "\n" not in words
        and len(rule) >= max(3, len(words))
        and len(set(rule)) == 1
        and rule[0] in _UNDERLINES
    )
