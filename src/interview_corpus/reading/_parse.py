"""The parser: from a transcript's text to an :class:`~interview_corpus.Interview`.

:mod:`._structure` finds the layout, the header, the turns and their sides; this
module builds them into the model: ids, speakers, exchanges and remarks,
paragraphs and sentences. Every string the result exposes is a slice of the
text passed in (a title decoded from YAML front matter is the one exception,
and has no span), and the layout segments (header blocks, turn markers,
paragraphs, set-aside material and the white space between them) tile that
text with no gap or overlap.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict, TypeVar, Unpack

from .._util.lazy import lazy_pattern
from .._util.text import CR_READ_AS_LF, INTERVIEW_ID, lone_cr_as_lf
from ..errors import ArgumentValueError, InvalidArgumentTypeError, TranscriptError
from ..interview import Interview
from ..model._entities import Lexicon, attach_lexicon
from ..model._objects import (
    Answer,
    Entity,
    Exchange,
    Paragraph,
    Question,
    Remark,
    Role,
    Segment,
    Speaker,
    Topic,
)
from ..model._sentences import Segmenter, split_sentences
from ..model._span import Span
from ._frontmatter import listed
from ._header import Header
from ._layout import (
    GENERIC_LABELS,
    QUESTION_LABELS,
    SENTENCE_END,
    Style,
    check_style,
    label_key,
    line_of,
    speaker_key,
)
from ._roles import (
    BRIEF_REPLY,
    PARTING,
    SAID_TO_SOMEONE,
    SENTENCE_CLOSING,
    WORDS,
    RawTurn,
    after_asking,
    asks_or_requests,
    asks_to_tell,
    ends_asking,
    ends_calling_on,
    ends_with_tag,
    greets,
    greets_on_meeting,
    guests_carry_the_talk,
    hosts_hold_forth,
    last_sentence_asks,
    names_oneself,
    names_only,
    only_seeks_assent,
    outer_sentences,
    peers_talk,
    puts_in,
    requests,
    spells,
    thanks_host,
    turn_words,
)
from ._structure import Given, Structure, find_structure
from ._times import as_timedelta

if TYPE_CHECKING:
    import datetime

_TurnT = TypeVar("_TurnT", Question, Answer, Remark)
_T = TypeVar("_T")
SpeakersArgument = Speaker | str | Sequence[Speaker | str] | None


class ParseOptions(TypedDict, total=False):
    r"""The keyword arguments of :func:`parse` besides ``id``, for :func:`read` and corpora.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> options: ic.ParseOptions = {"interviewee": "Jane Doe", "strict": False}
        >>> ic.parse("– Why?\n\n– Because.", id="x", **options).interviewee.name
        'Jane Doe'
    """

    style: Style
    strict: bool
    title: str | None
    outlet: str | None
    url: str | None
    published: datetime.date | str | None
    language: str | None
    rights: str | None
    provenance: str | None
    interviewer: SpeakersArgument
    interviewee: SpeakersArgument
    moderators: SpeakersArgument
    topics: Sequence[Topic | None]
    entities: Lexicon
    segmenter: Segmenter


def _options_annotated(annotation: str) -> tuple[str, ...]:
    """The options annotated ``annotation`` as written (a TypedDict keeps them as ForwardRefs)."""
    return tuple(
        key
        for key, written in ParseOptions.__annotations__.items()
        if getattr(written, "__forward_arg__", written) == annotation
    )


TEXT_OPTIONS = _options_annotated("str | None")
"""The options that are a plain text (``title``, ``outlet``, ``url``, ``language``, ``rights``, ``provenance``)."""
SPEAKER_OPTIONS = _options_annotated("SpeakersArgument")
"""The options that name speakers (``interviewer``, ``interviewee``, ``moderators``)."""


def parse(text: str, *, id: str, **options: Unpack[ParseOptions]) -> Interview:
    r"""Parse a transcript into an :class:`Interview`.

    This is the parser that builds the bundled interview, and it reads the
    layouts transcripts are published in (see :doc:`/explanation/reading`):
    turns that start with a dash (``–``), with a speaker label (``Question:``,
    ``Jane Roe:``, ``MR. ROE:``, ``**Name**:``, ``Q`` and a tab), or
    with a label alone on its line; YAML front matter, caption files and
    page clutter are set aside. Who asks, who answers and who moderates is
    read from the dialogue itself; what the caller says always wins. A text
    whose lines end in a carriage return alone (old Mac line ends) is read
    with line feeds in their place, one character for one, so spans index
    the text given too; the interview's source and provenance say so.

    Args:
        text: The whole transcript, as ``str``.
        id: The interview's id: letters, digits, ``.``, ``_`` and ``-``.
        style: ``"auto"`` (default), ``"dash"`` or ``"labelled"`` to force a layout.
        strict: When true a reading with no exchange, and a last question
            left without an answer, are errors; when false the interview is
            returned, with the reasons in :attr:`Interview.warnings`. When
            not given, as when true, except that a transcript that ends on a
            question after two answered exchanges or more was cut off
            where it stops (an excerpt, a recording that ends): the question
            is kept, unanswered, with a warning.
        title: The title; overrides the headline (or front matter title) read
            from the text.
        outlet: The publishing outlet, such as ``"TASS"``.
        url: Where the text was published (default: the front matter's URL).
        published: The publication date, as a date or ``"YYYY-MM-DD"``
            (default: the front matter's date).
        language: The text's language as a BCP 47 tag, such as ``"en"``.
        rights: Who holds the text's copyright and on what terms it is used.
        provenance: Where the text came from, when it is not the file as it
            stands: :func:`read` says what it was extracted from and with
            which library, or which encoding it was decoded from.
        interviewer: Who asks: a :class:`Speaker`, a name, or several; labels
            with these names mark questions.
        interviewee: Who answers: a :class:`Speaker`, a name, or several.
            Without it, the answering speaker who speaks most (or "Interviewee").
        moderators: Who chairs: names (or speakers) whose turns are remarks
            unless they put a question that is then answered.
        topics: One topic (or ``None``) per exchange, in order, or nothing.
        entities: A lexicon of the people, places, organisations and
            documents the text names, or a function that returns one when
            first needed. Mentions are found in every paragraph and header
            block on first use (see :meth:`Interview.mentions` for the rules).
        segmenter: Splits a paragraph into sentences; see
            :func:`split_sentences` for the default and the contract.

    Returns:
        The parsed interview.

    Raises:
        TranscriptError: The text is empty, has no turns, mixes layouts,
            opens with an answer to nothing, or (when strict) reads to no
            exchange or leaves its last question unanswered; ``line`` and
            ``column`` say where, and the message says what was found.
        InvalidArgumentTypeError: ``text`` is not a ``str`` (decode ``bytes`` first,
            or use :func:`read` for files).
        ArgumentValueError: An argument has an unusable value, such as a
            wrong number of topics.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> text = "A headline\n\n– Why?\n\n– Because. That is all."
        >>> iv = ic.parse(text, id="demo", interviewee="Jane Doe")
        >>> iv.title, iv.answers[0].text, len(iv.answers[0].sentences)
        ('A headline', 'Because. That is all.', 2)
        >>> labelled = ic.parse("Q: Why?\n\nJane Doe: Because.", id="demo-2")
        >>> labelled.answers[0].speaker.name, labelled.interviewee.name
        ('Jane Doe', 'Jane Doe')
        >>> named = ic.parse("Ann Lee: Why?\n\nBo Chen: Because it is.\n\nAnn Lee: Sure?\n\nBo Chen: Yes, I am sure.", id="demo-3")
        >>> [(turn.kind, turn.speaker.name) for turn in named.turns()][:2]
        [('question', 'Ann Lee'), ('answer', 'Bo Chen')]
    """
    interview, _ = parse_with_structure(text, id=id, **options)
    return interview


def parse_with_structure(
    text: str, *, id: str, **options: Unpack[ParseOptions]
) -> tuple[Interview, Structure]:
    """:func:`parse`, returning the structure it read as well (for :func:`explain`)."""
    unknown = sorted(set(options) - ParseOptions.__optional_keys__)
    if unknown:
        msg = (
            f"parse() got unknown keyword arguments {unknown}; it takes id and "
            f"{', '.join(sorted(ParseOptions.__optional_keys__))}"
        )
        raise InvalidArgumentTypeError(msg)
    if not isinstance(text, str):
        hint = (
            "decode it first, e.g. data.decode('utf-8'), or use ic.read(path) for a file"
            if isinstance(text, bytes | bytearray)
            else "pass the text of the transcript"
        )
        msg = f"parse() needs the transcript as str, not {type(text).__name__}; {hint}"
        raise InvalidArgumentTypeError(msg)
    _check_id(id)
    _check_text(text)
    style = options.get("style", "auto")
    topics = options.get("topics", ())
    entities = options.get("entities", ())
    _check_metadata({key: options.get(key) for key in TEXT_OPTIONS}, topics, entities)
    provenance = options.get("provenance")
    lf = lone_cr_as_lf(text)
    if lf is not None:
        text, provenance = lf, "; ".join(filter(None, (provenance, CR_READ_AS_LF)))
    given = given_of(options)
    interviewers, interviewees, chairs = given.interviewers, given.interviewees, given.moderators
    structure = find_structure(text, style, given)
    front = structure.layout.front_matter_fields
    if not interviewees and "speakers" in front and structure.style == "labelled":
        # Names the front matter lists are known spellings (initials, surnames resolve to them).
        known = listed(front["speakers"][0])
        structure = find_structure(text, style, Given(interviewers, interviewees, chairs, known))
    segments: list[Segment] = list(structure.set_aside)
    header = Header(text, structure.header_blocks, segments)
    plan, remarks, statements, warnings = _assemble(text, structure, strict=options.get("strict"))
    if topics and len(topics) != len(plan):
        msg = f"{len(topics)} topics given for {len(plan)} exchanges; give one per exchange"
        raise ArgumentValueError(msg)

    speakers = _Speakers(structure, interviewers, interviewees, chairs)
    build = _TurnBuilder(
        text, options.get("segmenter", split_sentences), structure.clutter, speakers
    )
    exchanges: list[Exchange] = []
    for number, (question_raws, answer_raws) in enumerate(plan, 1):
        exchange_id = f"e{number}"
        questions = [
            build(Question, f"q{number}{_suffix(position)}", number, raw, exchange_id)
            for position, raw in enumerate(question_raws)
        ]
        answers = tuple(
            build(Answer, f"a{number}{_suffix(position)}", number, raw, exchange_id)
            for position, raw in enumerate(answer_raws)
        )
        question = questions[0]
        last = answers[-1] if answers else questions[-1]
        span = Span(
            question.marker.start if question.marker else question.span.start, last.span.end
        )
        exchanges.append(
            Exchange(
                id=exchange_id,
                number=number,
                question=question,
                answers=answers,
                topic=topics[number - 1] if topics else None,
                span=span,
                text=text,
                follow_ups=tuple(questions[1:]),
            )
        )
    remark_turns = tuple(
        build(Remark, f"r{number}", number, raw) for number, raw in enumerate(remarks, 1)
    )
    statement_turns = tuple(
        build(Answer, f"s{number}", number, raw) for number, raw in enumerate(statements, 1)
    )
    title_text, title_span = _title(text, header, front, options.get("title"))
    published = options.get("published")
    interview = Interview(
        id=id,
        source=text,
        title=title_text,
        title_span=title_span,
        outlet=options.get("outlet"),
        url=_given_or(
            options.get("url"), _front(front, "url", "source_url", "link", "canonical_url")
        ),
        published=_date(published if published is not None else _front_date(front) or header.date),
        language=_given_or(options.get("language"), _front(front, "language", "lang")),
        interviewer=speakers.interviewer,
        interviewee=speakers.interviewee,
        lede=header.lede.of(text) if header.lede else None,
        lede_span=header.lede,
        photo=header.photo,
        exchanges=tuple(exchanges),
        segments=segments,
        remarks=remark_turns,
        statements=statement_turns,
        other_speakers=speakers.others(),
        rights=options.get("rights"),
        provenance=provenance,
        warnings=tuple(warnings),
    )
    if entities:
        attach_lexicon(interview, entities)
    return interview, structure


def option_problem(key: str, value: object) -> str | None:
    """What :func:`parse` refuses in this value of the option ``key``; ``None`` when it takes it.

    For options read from a file (a sidecar), so that a bad value is that
    file's error, found before the text is parsed. The checks are parse's own;
    the reason speaks of the value, not of parse's keyword arguments.
    """
    try:
        if key == "style":
            check_style(value)
        elif key == "published":
            _date(value)  # type: ignore[arg-type]  # checked there
        elif key in SPEAKER_OPTIONS:
            given_of({key: value})  # type: ignore[misc]  # checked there
        elif key in TEXT_OPTIONS:
            _check_metadata({key: value}, (), ())
    except (ArgumentValueError, InvalidArgumentTypeError) as error:
        if key == "style":
            return f"{value!r} is not a layout: use 'auto', 'dash' or 'labelled'"
        if key == "published":
            return f"{value!r} is not a date: write YYYY-MM-DD"
        if key in SPEAKER_OPTIONS:
            return "a name cannot be empty"
        return str(error)
    return None


def given_of(options: ParseOptions) -> Given:
    """The speakers the options name, by role."""
    return Given(
        _speakers(options.get("interviewer"), "interviewer"),
        _speakers(options.get("interviewee"), "interviewee"),
        _speakers(options.get("moderators"), "moderator"),
    )


def _title(
    text: str, header: Header, front: dict[str, tuple[str, Span | None]], given: str | None
) -> tuple[str | None, Span | None]:
    """The title: given, else the front matter's, else a header's title field, else the headline.

    Front matter with no title may name its page by its ``name`` (a profile
    page's, "name: Ann Lee"): that is the title where the text has no
    headline. Elsewhere ``name`` is as often a slug, an author or a guest,
    and the headline is the title.
    """
    headline = header.headline.of(text) if header.headline else None
    if given is not None:
        return given, header.headline if headline == given else None
    if _front(front, "title") is not None:
        return front["title"]
    if header.title_field is not None:
        return header.title_field.of(text), header.title_field
    if headline is None and _front(front, "name") is not None:
        return front["name"]
    return headline, header.headline


def _given_or(given: _T | None, read: _T | None) -> _T | None:
    """What the caller gave, unless that is ``None``: then what was read from the text."""
    return given if given is not None else read


def _front(front: dict[str, tuple[str, Span | None]], *keys: str) -> str | None:
    for key in keys:
        if key in front and front[key][0].strip():
            return front[key][0].strip()
    return None


def _front_date(front: dict[str, tuple[str, Span | None]]) -> str | None:
    value = _front(front, "date", "published", "published_date", "published_time")
    if value is None:
        return None
    day = value[:10]
    return day if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else None


# Ids a3, a3b, ..., a3z, then a3bb, a3bc, ..., a3zz: a meeting's presenter may speak in many
# labelled turns in a row (a caption tool writes the name in every cue).
_SUFFIX_LETTERS = 25  # b to z
_MOST_ANSWERS = 1 + _SUFFIX_LETTERS + _SUFFIX_LETTERS**2
# Answered exchanges before a last, unanswered question that make the text's end a cut (see _assemble).
_CUT_OFF_AFTER = 2
_SENTENCE_ENDS = lazy_pattern(r"[.?!…][\"'”’)\]]*\s+")  # between two sentences
_COURTESIES = 2  # exchanges of thanks or compliments at least: the opening's, before any question
_UNASKED_OPENING = 3  # exchanges at most: a greeting's opening that asks nothing, before asking
_WIND_UP = 12  # words: a host's last thanks this short, asking nothing, close; so short a reply returns them
_CONSENT = 5  # words: a reply this short that asks nothing to a host's announced start consents
# The keys of keyword turns are "\0" and the folded keyword (see _structure._speaker_of); these ask.
_GENERIC_ASKING = frozenset(f"\0{label}" for label in GENERIC_LABELS & QUESTION_LABELS)
_PREAMBLE_WORDS = 5  # a question turn this short that does not ask opens the next one
_INTERJECTION = 6  # words: a turn this short that asks nothing may only acknowledge
_REACTION = 8  # words: a co-host's turn this short that asks nothing may only react...
_GOES_ON = 3  # ... when the answer goes on after it at this many times its length
_COMMENT = 20  # words: a host's turn this long that asks nothing comments ...
_TALKING_BACK = (
    20  # words: where the hosts hold forth, a guest's reply this short to a comment is talk
)
_AGREEMENT = 10  # ... and a guest's turn this short that opens by agreeing only agrees with it
# Words that agree with what was said ("Yeah, exactly."), as opposed to consenting to a request
# ("Sure.", "Okay."), which answers it.
_AGREEING = frozenset(("yeah", "yes", "yep", "exactly", "right", "true"))
_YES_OR_NO = frozenset(("yes", "no"))  # a reply that opens so answers what was put to it
_COMMENTING_SHARE = 2.5  # hosts comment where fewer than one turn in 2.5 (two in five) asks
# Words that praise what was said or done ("That's fantastic.", "What a wonderful crew.").
_PRAISE = frozenset(
    (
        "fantastic", "wonderful", "awesome", "amazing", "great", "cool", "lovely", "beautiful",
        "brilliant", "impressive", "fascinating", "incredible", "excellent", "terrific", "nice",
        "interesting",
    )
)  # fmt: skip
# Praise of what someone did or told, alone in a few words: "Good job.", "Well done.", "Bravo!".
_WELL_DONE = _PRAISE | frozenset(
    ("good", "job", "well", "done", "bravo", "congratulations", "very", "that's", "so", "really")
)
# Praise, or thanks: a host's turn whose first or last sentence holds one, and that asks nothing,
# appreciates (case folded, as turn_words gives them).
_APPRECIATION = lazy_pattern(rf"\b(?:{'|'.join(sorted(_PRAISE))}|thank|thanks)\b")
# Admitting not knowing: "I have no idea.", "Not sure.", "I don't know." (case folded).
_NOT_KNOWING = lazy_pattern(r"\b(?:no idea|no clue|not sure|dunno|(?:don['’]t|do not) know)\b")
_AMONG_GUESTS = 3  # words: a host's reaction this short between two guests' answers only reacts
# (Twenty words, as _roles' long turn, but another measure: how long an answer is that quizzes.)
_QUIZ = 20  # words: a guest's answer this long that ends by asking puts a question to the host
_ANSWERS_BACK = 20  # words: a host's reply longer than this to such a question answers it
_ALTERNATIVES = 5  # words: a question back this short, asking "... or ...?", only makes one clear
_CHOICE = 5  # words: the asker's reply this short to such a question back only picks ("Both.")
_ASKER_GOES_ON = 12  # words: the asker's next turn longer than this goes on with the question
_BRIEF_REACTION = 2  # words: the asker's own reaction this short needs no joining word after it
# A word and the mark that ends its sentence, inside a block or at the end of one of its paragraphs:
# the text is punctuated.
_PUNCTUATED = lazy_pattern(r"\w[.?!]\s")
_INTERRUPTION = 12  # words: an answerer's turn this short may only cut into a question
_DASHES = ("-", "—", "–")  # a dash that ends a sentence broken off
_ELLIPSES = ("…", "...")
_BROKEN_OFF = _DASHES + _ELLIPSES  # how a sentence broken off ends
_FLOOR_OPENING = 30  # words: a turn this short may only open the floor to questions
_RESTATED_ADDED = 2  # words a question put again adds to it, at most
_RESTATED_WORDS = 60  # words: a question put again is this short at most
# What may follow a sentence's end mark at the end of a turn: white space, closing quotes, brackets.
_SENTENCE_TRAIL = lazy_pattern(r"[\s\"'”’)]*")
_QUESTIONS = lazy_pattern(r"(?i)\bquestions\b")
_LINE_CHECK = 8  # words: a questioner's unanswered turn this short only checks the line...
_LINE_CHECK_RATIO = 3  # ... when the question after it is this many times as long
# Sounds and words of taking in what is said, that neither agree nor answer ("Mm-hm.", "I see.").
_TAKING_IN = frozenset(
    (
        "mm", "mhm", "mm-hm", "mm-hmm", "mmhm", "mmhmm", "hm", "hmm", "uh-huh", "huh", "ah", "aha",
        "oh", "i", "see",
    )
)  # fmt: skip
# A laugh, as transcribers mark it ("[laughs]", "(laughter)"): it takes in, it answers nothing.
_LAUGHTER = frozenset(("laughs", "laugh", "laughter", "laughing", "chuckles"))
# Words that assent before a speaker carries on ("Yeah, so ...", "Right, and ...").
_ASSENT = frozenset(("yeah", "yes", "yep", "right", "okay", "ok", "sure", "exactly", "true"))
# Words that only acknowledge what is being said (a listener's back-channel): taking in, assent,
# and a few more of the same kind.
_BACKCHANNEL = _TAKING_IN | _ASSENT | _PRAISE | frozenset(
    (
        "uh", "um", "yup", "wow", "totally", "absolutely", "indeed", "got", "it", "gotcha", "fair",
        "enough", "that's", "thats", "so", "really", "definitely", "of", "course", "laughs",
        "laughter",
    )
)  # fmt: skip
# A listener's words that only take in what is told ("Right.", "Yeah.", "Got it.", "Absolutely."):
# the back-channel's, less those that confirm ("That's right."), consent ("Sure.") or grant ("Of
# course."), which answer what was put.
_ACKNOWLEDGING = _BACKCHANNEL - frozenset(("that's", "thats", "sure", "of", "course"))
_SELDOM_ENDS_ASKING = 3  # hosts talk with the guest where fewer than one turn in three ends asking
# Thanking those who listen or watch, case folded: "thanks so much for listening", "thank you all
# for watching", "thanks for tuning in".
_AUDIENCE_THANKS = lazy_pattern(
    r"\bthank(?:s| you)\b[^.?!]{0,40}?\bfor (?:listening|watching|tuning in)\b"
)
_SELF_NAMING = 12  # words: a self-introduction names its speaker this early
# Words that join a sentence to the one before ("And then ...", "But ..."): an answer's turn that
# opens with one carries on with what it was saying.
_CUT_OFF_POINT = 2  # words: a turn this short that breaks off only trails off ("But…")
# A host's words that sign off a show, a sentence's whole point (case folded): "That's our show for
# this week", "That is all the time we have today", "That's it for now", "Until next time".
_SIGNS_OFF = lazy_pattern(
    r"\bthat(?:['’]s| is) (?:all|it)(?: for| the time)\b|\bthat(?:['’]s| is) our (?:show|programme)\b"
    r"|\ball the time we have\b|\buntil next time\b"
)
_ENDS = (".", "!", "?", "…")  # the marks that end a sentence
_JOINING = frozenset(("and", "but", "or", "nor", "so", "yet", "because"))
# Asking to hear something again: "Excuse me?", "Sorry?", "Pardon?", "Come again?", "Say again?".
_REPEAT = lazy_pattern(
    r"(?:[\w'’]+[,.]? )?(?:excuse me|sorry|pardon(?: me)?|come again|say (?:that |it )?again|what was that)"
    r"[?.!,]*(?: (?:please|sir|ma'am|madam)[?.!]*)?"
)  # the whole turn: "Sorry, which ferry was that?" asks something else
# Asking leave to go on with what one was saying, case folded: "may I finish?", "let me
# go on", "may I just continue?".
_LEAVE_TO_FINISH = lazy_pattern(
    r"\b(?:(?:can|could|may) i|let me) (?:just |please )?"
    r"(?:finish|continue|go on|make my point|complete my (?:question|point|thought))\b"
)
_REPEAT_WORDS = 5  # words: a turn this short may only ask to hear the question again
_TOPIC_CHARS = 40  # characters: where a turn's words that turn the talk to a topic stand
# Turning the talk to a topic, at a turn's start, case folded: "Back to the fees.", "Going back to
# your first point", "Moving on to the budget.", "On to the next topic.".
_TURNS_TO_TOPIC = lazy_pattern(
    r"(?:(?:so|and|ok|okay|now|well|but|alright|all right)[,.]? )?"
    r"(?:(?:going|coming|getting|moving|turning) )?(?:back|on)(?: over)? to\b"
)
_NOT_FOLLOWING_WORDS = ("understand", "follow", "mean")  # one of them stands in each phrase below
# Saying one does not follow what was asked (case folded): "I'm not sure I understand", "I don't
# follow", "what do you mean".
_NOT_FOLLOWING = lazy_pattern(
    r"\b(?:not sure (?:that )?i (?:understand|follow)|(?:don['’]t|do not) (?:understand|follow)"
    r"|what do you mean)\b"
)
# A class first, then its repeat: findall skips to a word instead of trying every character.
_WORD = lazy_pattern(r"[\w'’-][\w'’-]*")
_SENTENCE_MARK = lazy_pattern(r"[.!?]")
# A transcriber's note in brackets: "(affirmative)", "[laughter]", "(crosstalk)".
_TRANSCRIBER_NOTE = lazy_pattern(r"\([^()]*\)|\[[^\[\]]*\]")


def _suffix(position: int) -> str:
    """'' for a question's first answer, then 'b', 'c', ... 'z', then 'bb', 'bc', ... 'zz'."""
    if position == 0:
        return ""
    if position <= _SUFFIX_LETTERS:
        return chr(ord("a") + position)
    high, low = divmod(position - _SUFFIX_LETTERS - 1, _SUFFIX_LETTERS)
    return chr(ord("b") + high) + chr(ord("b") + low)


Plan = list[tuple[list[RawTurn], list[RawTurn]]]


def _assemble(  # noqa: C901, PLR0912, PLR0915 - the reading's rules, one branch each, in the order they apply
    text: str, structure: Structure, *, strict: bool | None
) -> tuple[Plan, list[RawTurn], list[RawTurn], list[str]]:
    """Group turns into exchanges (questions and the answers after them) and remarks.

    Question turns before anyone answers are one multi-part question (the
    first, then its follow-ups) when the one before only opens ("Thank
    you.", "Mr. Kirby —") or is a named speaker's that does not ask (a
    host's narration). A co-host's short reaction while a guest answers
    another host's question, after which the guest goes on, is a remark (as
    a back-channel is), and so is a host's own word or two ("Go on.") or few
    words after which the guest carries on with a joining word ("Oh dear." -
    "And at some point ...", also after a word of assent: "Yeah, so ..."; or whose
    first sentence only acknowledges: "Great. I only wanted ..."), or
    that only says they do not know what the guest asked them at the end of a
    long answer ("I have no idea."), or, in a conversation, that tells the guest
    at length what they asked, after which the guest gives the answer;
    so is a host's word or three ("Awesome.") between two guests' answers to
    one question, after which a guest who has answered it goes on. A
    guest's few words that confirm a host's summary ("That's right."),
    before another host takes the talk on, are a statement too. A
    host's word or two ("Really precise.") that a guest takes up in a
    few words of assent ("Yeah, very precise."), before a guest goes on, is
    a remark too. A
    guest's "I see." after a host's words that ask nothing, before the same
    host goes on, is a statement, and the host's turns one question; so is a
    guest's few words of agreement ("Yeah, exactly.") with a host's long
    comment, where the guests carry the talk (a conversation), and, where the
    hosts there mostly comment rather than ask, a guest's few words back to
    any host's words that ask nothing, unless they say yes or no; where a
    host holds forth (talks at least as long as the guest) and mostly
    comments, so is the guest's sentence or two back to any of his turns that
    does not end on a question. A
    host's few words that break off in an answer, and the guest's few words
    that break off after them (the two talk over each other), are a remark
    and an answer that goes on. A guest's few words put in while a host
    stops mid-sentence ("... named after a river," - "Yes." - "but the name
    was misspelled."), before the host goes on, are a statement, and the
    host's turns one question. An opening of several host turns that ask
    nothing, answered in a few words ("Welcome, Ann." - "Hi." - "Hi, Ann."),
    is greetings: remarks and statements; so is a greeting that the guest
    answers at length unasked (greeting back and going on to the matter of the
    day, or giving the talk the host introduced), with the host's turns that
    ask nothing after it, up to the host's first turn that asks. Two question turns of one named
    speaker back to back (one turn the transcript split) are one multi-part
    question. Hosts who talk among themselves before a guest answers (one
    asks, another replies and turns to the guest) put one multi-part
    question too. Any other question that gets no answer before the next
    question stays an exchange of its own, with no answers (back-to-back
    questions are normal in briefings), unless others' remarks cut it off
    (an objection, a ruling) and the same keyword asks again: then it is put
    again. Where a questioner's keyword turn breaks off (``--``) before it
    asks, and the one answering puts in a few words before the same keyword
    asks on (or breaks off again), the question goes on: those words are a
    statement, outside the exchange. A reporter's thanks returned by the
    official before the question are a remark and a statement, and so are
    questioners' reactions to an opening statement before the one answering
    opens the floor to questions. A guest's few words that ask to hear the
    question again ("Excuse me?"), or which of two things it means
    ("Now or back then?" - "Both."), or what the question means ("What's
    the or?", "I'm not sure I understand."), are a statement too, and the
    question, put again or made clear, goes on; so are a guest's few words
    that ask the asker something back ("Have we met before?") after question
    turns that only opened ("Thank you very much."), before the asker goes on
    at length. Where a questioner tells at length rather than asks, the one
    answering's few words of praise ("Good job.") or check in passing with a
    tag ("..., right?" - "Yes, yes. ...") before the same questioner goes on
    are statements too, and the questioner's turns one question. An answer
    that ends by asking the questioner something of their own, the short
    reply and the few words back ("Where do you teach?" - "At the yard." -
    "I wish you success.") are small talk: a remark and a statement. So are
    a questioner's request to be let finish ("May I finish?") and the
    few words that grant it ("Sure."), before the questioner goes on. In
    the captions of a round table, where hosts and guests talk at like
    length, a host's turn that asks nothing while a guest answers is the
    host's part in the talk: a remark, after which the guests' turns go on
    with the exchange under way.
    A host's few words that open the floor to questions go on into the first
    question from the floor (``Q:``), and a named host's turn right after a
    question from the floor that nobody has answered answers it (the
    moderator takes it himself). A listener's "Mm-hmm (affirmative)." is a
    back-channel as "Mm-hmm." is: the transcriber's note in brackets is no
    word of theirs. In a conversation, where the hosts seldom end a turn on
    a question (fewer than one in three), a guest's few words of plain
    assent ("Right.", "Yeah.", "Got it.") to a host's telling, before the
    host goes on at more than a few words, a guest's few words cut off
    mid-sentence ("It runs late because—") before the host goes on, and a guest's few
    words that ask the host back ("Do you remember the old fares?") after a
    host's turns that ask nothing, answered at length by the host before the
    guest goes on, are statements, and the host's turns one question.

    A transcript that ends on a question nobody answers, after two
    answered exchanges or more, was cut off where the text stops (an excerpt
    that ends before the answer, a recording that ends): unless ``strict``
    is given, the question is kept as an exchange with no answer, and a
    warning says so. A shorter text that ends so (a question, an answer, a
    question: one answered exchange) more likely lost the answer by mistake: an error, as with
    ``strict=True``; but a text with no answer at all, that stops as its only question is put
    after another speaker's opening (a trailer), was cut off too, and so was a text that
    stops in the middle of a host's sentence: that last host turn leads to a question the
    cut lost, even where it asks nothing yet (:func:`_text_cut_in`).
    """
    plan: Plan = []
    remarks: list[RawTurn] = []
    statements: list[RawTurn] = []
    warnings: list[str] = []
    turns = structure.turns
    between: list[RawTurn] = []  # the turns since the last question
    # Whether the answers are labelled by a keyword too ("Q:" and "A:", as talks' Q&As print them).
    keyed_answers = any(raw.keyword and raw.side == "answer" for raw in turns)
    # Where the last answer stands: the hosts' closing talk after it is not one question.
    last_answer = max((n for n, raw in enumerate(turns) if raw.side == "answer"), default=-1)
    interrupted = False  # an answerer's interjection cut into the question, which goes on
    guest_talks = guests_carry_the_talk(turns)
    # Captions of a round table: hosts and guests talk at like length, every word kept.
    round_table = structure.layout.captions and peers_talk(turns)
    holding_forth = hosts_hold_forth(turns)
    commenting = (guest_talks or holding_forth) and _hosts_mostly_comment(turns)
    conversing = _hosts_seldom_end_asking(text, turns)  # a host talking with the guest
    aside: RawTurn | None = None  # the one answering's few words, outside the exchange, set aside
    for position, raw in enumerate(turns):
        following = turns[position + 1 : position + 4]
        if raw is aside:
            statements.append(raw)  # "I wish you every success.", "Sure.": no answer
            aside = None
            continue
        if raw.side == "question":
            cut_off, between = between, []
        else:
            between.append(raw)
        if raw.side == "answer" and _returns_thanks(text, plan, raw, following):
            remarks.append(plan.pop()[0][0])  # "Thank you, sir." before the question itself
            statements.append(raw)  # "Thank you very much."
            continue
        if raw.side == "answer" and (
            _asks_to_repeat(text, plan, raw, following)
            or _asks_back(text, plan, raw, following)
            or _asks_what_is_meant(text, plan, raw, following)
            or _asks_after_opening(plan, raw, following, conversing=conversing)
            or _checks_in_passing(text, plan, raw, following)
        ):
            statements.append(raw)  # "Excuse me?": the question is put again
            interrupted = True
            continue
        if raw.side == "answer" and (
            _interrupts(text, plan, raw, following, conversing=conversing)
            or _cuts_in(text, plan, raw, following)
            or _takes_in(text, plan, raw, following, conversing=conversing)
            or _praises_account(text, plan, raw, following)
            or _confirmed_before_co_host(text, structure, plan, raw, following)
            or _puts_in_mid_sentence(text, plan, raw, following)
            or (
                (guest_talks or commenting)
                and _agrees_with_comment(
                    text, plan, raw, following, commenting=commenting, telling=holding_forth
                )
            )
        ):
            statements.append(raw)  # the official's words, but no answer: "You may."
            interrupted = True
            continue
        if raw.side == "question" and (
            _interjects(text, plan, raw, following)
            or _chimes_in(text, plan, raw, following)
            or _reacts(text, plan, raw, following)
            or _reaction_taken_up(text, plan, raw, following)
            or _answers_quiz(text, plan, raw, following, conversation=guest_talks)
            or _reacts_among_guests(text, plan, raw, following)
            or _gives_way(text, plan, raw, following)
            or _checks_line(text, plan, raw, turns, position + 1)
            or (round_table and _talks_along(text, plan, raw, following))
        ):
            remarks.append(raw)  # "Right." in an answer that goes on; "Can you hear me?"
            continue
        if raw.side == "question" and _replies_in_passing(text, plan, raw, following):
            remarks.append(raw)  # "At the institute." to the answer's "Where do you teach?"
            aside = following[0]
            continue
        if raw.side == "question" and _asks_leave_to_finish(text, raw, following):
            remarks.append(raw)  # "Can I make my point, please?" - "Sure.": the question goes on
            aside = following[0]
            interrupted = bool(plan) and not plan[-1][1]
            continue
        if raw.side == "question" and _takes_floor_question(plan, raw):
            plan[-1][1].append(raw)  # the moderator answers an audience "Q:" himself
            continue
        if raw.side == "question":
            if plan and not plan[-1][1]:
                if structure.style == "dash":
                    _unanswered(text, plan[-1][0][0], len(plan), strict=strict is not False)
                elif (
                    interrupted
                    or _continues(text, plan[-1][0][-1], raw, cut_off, keyed_answers=keyed_answers)
                    or (position < last_answer and _confers(structure, plan[-1][0][-1], raw))
                ):
                    if len(plan[-1][0]) < _MOST_ANSWERS:
                        plan[-1][0].append(raw)  # the question goes on before anyone answers
                        interrupted = False
                        continue
                    # One speaker's 27th question turn in a row is an error (label the answers);
                    # where several speakers asked (hosts conferring), the next opens a question.
                    if len({question.key for question in plan[-1][0]}) == 1:
                        _too_many(text, raw, len(plan), "question")
            plan.append(([raw], []))
            interrupted = False
        elif plan and (raw.side == "answer" or (raw.keyword and raw.side == "statement")):
            # An "A" after a "Q" that did not ask ("Let me show you the keys.") answers it too.
            if len(plan[-1][1]) == _MOST_ANSWERS:
                _too_many(text, raw, len(plan), "answer")
            plan[-1][1].append(raw)
        elif raw.side in {"answer", "statement"} and raw.keyword:
            raise TranscriptError(
                f"the transcript opens with {raw.label!r}, an answer to no question: add the "
                "question before it, or label opening remarks with the speaker's name",
                text=text,
                offset=raw.marker.start,
            )
        elif raw.side == "statement":
            statements.append(raw)  # an interviewee's opening statement, before any question
        else:
            remarks.append(raw)  # moderation, greetings, interjections
    if plan and not plan[-1][1]:
        last = plan[-1][0]
        if (
            structure.style == "labelled"
            and (
                (not any(q.asks for q in last) and not _text_cut_in(text, structure, last[-1]))
                or _takes_leave(text, last[-1])
                or _thanks_the_audience(text, last[-1])
                or ends_calling_on(text, last[-1])
                or structure.closed
            )
            and len(plan) > 1
        ):
            # Closing thanks after the last answer ("Thank you.") are a remark, not a question;
            # so is a last call on the next speaker that the transcript ends on ("Thanks. Bo?"),
            # and a last question that a record shows the sitting closed on, unanswered.
            plan.pop()
            remarks.extend(last)
            remarks.sort(key=lambda raw: raw.marker.start)
        else:
            answered = sum(1 for _, answers in plan if answers)
            _unanswered(
                text,
                last[0],
                len(plan),
                strict=bool(strict)
                or (
                    strict is None
                    and answered < _CUT_OFF_AFTER
                    and not _put_as_it_ends(structure, plan)
                    and not _text_cut_in(text, structure, last[-1])
                ),
            )
            warnings.append(
                f"question {len(plan)} (line {line_of(text, last[0].marker.start)}) has no answer"
            )
    closing = _closing_courtesies(text, plan, remarks) if structure.style == "labelled" else 0
    if closing:
        for questions, answers in plan[-closing:]:  # "Thank you again, Ann." - "Thank you."
            remarks.extend(questions)
            statements.extend(answers)
        del plan[-closing:]
    if structure.style == "labelled" and _signs_off(text, plan):
        questions, answers = plan.pop()  # "Thanks for having me." - "This is the show." - "Bye."
        remarks.extend(questions)
        statements.extend(answers)
        remarks.sort(key=lambda raw: raw.marker.start)
        statements.sort(key=lambda raw: raw.marker.start)
    opened = structure.style == "labelled" and (
        _greets(plan)
        or _announces_start(text, plan)
        or _before_the_floor_opens(text, plan)
        or _introductions(text, plan)
    )
    if opened:
        questions, answers = plan.pop(0)  # "Welcome, Ann." - "Hi." - "Hi, Ann." before any asking
        remarks.extend(questions)
        statements.extend(answers)
        remarks.sort(key=lambda raw: raw.marker.start)
        statements.sort(key=lambda raw: raw.marker.start)
    courtesies, lead = _opening_courtesies(text, plan) if structure.style == "labelled" else (0, 0)
    if structure.style == "labelled" and not courtesies and not lead and not opened:
        courtesies, lead = _opening_unasked(text, plan)
    if courtesies or lead:
        for questions, answers in plan[:courtesies]:  # "Thank you for coming." - "My pleasure."
            remarks.extend(questions)
            statements.extend(answers)
        del plan[:courtesies]
        remarks.extend(plan[0][0][:lead])  # "Thanks again." before the question itself
        del plan[0][0][:lead]
        remarks.sort(key=lambda raw: raw.marker.start)
        statements.sort(key=lambda raw: raw.marker.start)
    if not plan:
        reason = _no_exchange_reason(structure)
        if strict is not False:
            first = structure.turns[0].marker.start if structure.turns else 0
            raise TranscriptError(reason, text=text, offset=first)
        warnings.append(reason)
    return plan, remarks, statements, warnings


def _text_cut_in(text: str, structure: Structure, raw: RawTurn) -> bool:
    """Whether the text's last turn, a questioner's, breaks off in the middle of a sentence.

    A transcript whose last words stop mid-sentence ("... I know it is a
    popular one. If people have never") was cut where the text stops, as an
    excerpt is: the host's last turn, broken off so, leads to a question the
    cut lost, not to a closing, and its answer was lost with it (kept as a
    question with no answer, and a warning). Words that thank or take leave
    (:data:`PARTING`), or that sign off the show (:data:`_SIGNS_OFF`: "That's
    our show for this week"), close, even with no end mark. A missing mark
    tells of a cut only where the text marks its sentences' ends: where most
    of its other turns end with no mark (a caption's, a machine's
    transcript), the last one's lack of one says nothing.
    """
    turns = structure.turns
    if structure.style != "labelled" or not turns or turns[-1] is not raw:
        return False
    last = text[raw.blocks[-1][0] : raw.blocks[-1][1]].rstrip()
    if not last or not (last[-1].isalnum() or last[-1] == ","):
        return False
    tail = _SENTENCE_ENDS.split(last)[-1].lower()  # the sentence the text breaks off in
    if PARTING.search(tail) is not None or _SIGNS_OFF.search(tail) is not None:
        return False
    marked = sum(
        text[turn.blocks[-1][0] : turn.blocks[-1][1]].rstrip(SENTENCE_CLOSING).endswith(_ENDS)
        for turn in turns[:-1]
    )
    return 2 * marked > len(turns) - 1


def _put_as_it_ends(structure: Structure, plan: Plan) -> bool:
    """Whether the text stops as its only question is put, after another speaker's opening.

    A show's trailer or a clip (a host introduces, a listener puts the
    week's question, and the recording ends) is cut off where the question is
    put: with no answer anywhere in the text, no answer was lost by mistake,
    as it may have been between two answered questions. A question alone,
    with no one speaking before it, stays an error.
    """
    if len(plan) != 1 or plan[0][1]:
        return False
    questions = plan[0][0]
    turns = structure.turns
    return (
        turns[-1] is questions[-1]
        and structure.style == "labelled"
        and any(
            raw.key is not None and raw.key != questions[0].key
            for raw in turns[: turns.index(questions[0])]
        )
    )


def _takes_leave(text: str, raw: RawTurn) -> bool:
    """Whether a turn ends by thanking or taking leave (:data:`PARTING`) after its last question mark.

    "Shall we leave it there? Thanks, Ann." closes the conversation: its
    question asks the listeners, not the one who answered. The thanks may
    stand in any paragraph after that question mark: a show's sign-off runs
    on for several ("Many thanks for listening." - "See you next time.").
    """
    return bool(PARTING.search(after_asking(text, raw)))


def _thanks_the_audience(text: str, raw: RawTurn) -> bool:
    """Whether a turn thanks the audience for listening or watching (:data:`_AUDIENCE_THANKS`).

    A host's last words, unanswered, that thank those listening ("And thanks
    so much for listening. ... Next time we start a new book: how do you learn
    it all on your own?") sign the show off: a question in them asks the
    listeners, not the one who answered.
    """
    return _AUDIENCE_THANKS.search(turn_words(text, raw)) is not None


def _signs_off(text: str, plan: Plan) -> bool:
    """Whether the last exchange is only the show's sign-off, after the guest's parting thanks.

    That is host turns that ask nothing ("What a ride.", "That was the harbour show.")
    and a few words back (eight at most: "Bye!"), right after a guest's answer
    that thanks for being invited ("Thanks for having me."): the guest has
    taken leave, and what follows closes the show, no exchange. So too, after
    two answered exchanges or more, a last exchange of one host turn that asks
    nothing and only thanks or takes leave in a few words (a dozen at most,
    :data:`PARTING`: "Thank you so much for your time!", "Goodbye, and good
    luck.") answered in as few that ask nothing ("Thank you for having me!"):
    the host closes the interview, and the words returned answer no question.
    """
    if len(plan) < 2 or not plan[-2][1]:  # noqa: PLR2004 - the only exchange is no sign-off
        return False
    questions, answers = plan[-1]
    if any(question.asks or question.keyword for question in questions):
        return False
    if all(not answer.asks and answer.words <= BRIEF_REPLY for answer in answers) and thanks_host(
        text, plan[-2][1][-1]
    ):
        return True
    return (
        len(plan) > _CUT_OFF_AFTER
        and len(questions) == 1
        and questions[0].words <= _WIND_UP
        and _takes_leave(text, questions[0])
        and len(answers) == 1
        and not answers[0].asks
        and not answers[0].keyword
        and answers[0].words <= _WIND_UP
    )


def _before_the_floor_opens(text: str, plan: Plan) -> bool:
    """Whether the first exchange is only reactions before the one answering opens the floor.

    That is questioners' turns that ask nothing ("Wow.", "I thought you would not
    talk about that.") after an opening statement, answered by a short turn whose
    last sentence opens the floor to questions ("... why don't we get to the
    questions."), before the first question that asks.
    """
    if len(plan) < 2:  # noqa: PLR2004 - the only exchange is no opening
        return False
    questions, answers = plan[0]
    if len(answers) != 1 or any(question.asks for question in questions):
        return False
    answer = answers[0]
    if answer.asks or answer.words > _FLOOR_OPENING:
        return False
    start, end = answer.blocks[-1]
    return _QUESTIONS.search(_last_sentence(text, start, end)) is not None


def _last_sentence(text: str, start: int, end: int) -> str:
    """The last sentence of ``text[start:end]``, its end mark (. ! ?) and what closes it included.

    Found from the end: it starts after the last end mark, or, where only white
    space, closing quotes and brackets follow that mark (it ends the last
    sentence), after the mark before it; with no such mark, at ``start``. (A
    pattern searched for forward would try each character as the sentence's
    start, reading on to the next mark each time.)
    """
    last = _last_mark(text, start, end)
    if last >= 0 and _SENTENCE_TRAIL.fullmatch(text, last + 1, end) is not None:
        last = _last_mark(text, start, last)
    return text[last + 1 if last >= 0 else start : end]


def _last_mark(text: str, start: int, end: int) -> int:
    """The offset of the last sentence end mark (. ! ?) in ``text[start:end]``, else -1."""
    return max(
        text.rfind(".", start, end), text.rfind("!", start, end), text.rfind("?", start, end)
    )


def _introductions(text: str, plan: Plan) -> bool:
    """Whether the first exchange is only a round of introductions.

    A host who introduces themselves ("I'm Ann Lee", or their name as their
    label spells it: "Ann Lee, I edit the newsletter") and whose last sentence
    only calls the next speaker by name ("Bo?", not "Why?") hands the floor on
    for that one's own introduction, which names them as written in its first
    words ("Hi, I'm Bo, I work on ...", not "I'm not sure") and asks nothing:
    the round opens the conversation, before the first question that asks.
    """
    if len(plan) < 2:  # noqa: PLR2004 - the only exchange is no opening
        return False
    questions, answers = plan[0]
    if len(questions) != 1 or len(answers) != 1 or questions[0].keyword or answers[0].asks:
        return False
    start, end = questions[0].blocks[-1]
    last = _last_sentence(text, start, end)
    called = last.strip().endswith("?") and names_only(last)
    return (
        called
        and _names_self(turn_words(text, questions[0], fold=False), questions[0].label)
        and names_oneself(" ".join(turn_words(text, answers[0], fold=False).split()[:_SELF_NAMING]))
    )


def _names_self(words: str, label: str | None) -> bool:
    """Whether a speaker's words give their own name: "I'm Ann Lee", or the name their label spells.

    The label's words stand whole among the speaker's ("Ann Lee, I edit"; not
    "Annual reports" for Ann).
    """
    return names_oneself(words) or (
        label is not None and len(label) > 2 and spells(label, WORDS.findall(words))  # noqa: PLR2004 - initials are no name
    )


def _greets(plan: Plan) -> bool:
    """Whether the first exchange is only the opening's greetings.

    That is two host turns or more, none of which asks ("Welcome, Ann.",
    "Hi, Ann.", "Today we look back on your work."), answered only in a few
    words (six at most) that ask nothing ("Hi.", "Good to be here."), before
    the first question that asks. A single host turn so answered ("Ann, good
    morning." - "Good morning.") stays the first exchange, as a formal
    interview counts it.
    """
    if len(plan) < 2:  # noqa: PLR2004 - the only exchange is no opening
        return False
    questions, answers = plan[0]
    return (
        len(questions) >= 2  # noqa: PLR2004
        and bool(answers)
        and not any(question.asks or question.keyword for question in questions)
        and not any(answer.asks or answer.words > _INTERJECTION for answer in answers)
    )


def _opening_courtesies(text: str, plan: Plan) -> tuple[int, int]:
    """The exchanges, and the question turns after them, that open the talk with courtesies only.

    A host who opens by thanking the guest for coming, or by paying a
    compliment ("Thank you for taking the time, Ann." - "My pleasure.",
    "It's a great pleasure to talk to you." - the guest's reply), asks
    nothing yet: each such host turn thanks or praises in its first or last
    sentence, holds no question mark and no request ("tell us", "explain"),
    and the guest's reply, if any, asks nothing. Two such turns or more,
    before the same host's next turn asks, are remarks (the guest's replies
    statements): the first question is that turn. A single one stays the
    first exchange, as a formal interview counts its opening thanks (and as
    :func:`_greets` keeps a single greeting). Returns how many exchanges
    are courtesies, and how many question turns of the next exchange are.

    A host's greeting alone ("Good day, Minister." - "Good day.") counts
    among such courtesies when more follow it (the greeting, then the
    thanks for coming, then the first question). And the turn that asks
    may be labelled by a plain "Question:" where the courtesies bore the
    host's name: the generic label stands for whoever interviews.
    """
    count = lead = 0
    while count < len(plan):
        questions, answers = plan[count]
        lead = 0
        for question in questions:
            if not (_courtesy(text, question) or _greeting_alone(text, question)):
                break
            lead += 1
        if lead < len(questions) or any(answer.asks for answer in answers):
            break
        count += 1
    if count + (lead > 0) < _COURTESIES or count == len(plan) or lead == len(plan[count][0]):
        return (
            0,
            0,
        )  # too few, or nothing but courtesies, or the guest asks back before any question
    after = plan[count][0][lead]
    if not after.asks or (after.key != plan[0][0][0].key and after.key not in _GENERIC_ASKING):
        return 0, 0
    opening = [q for questions, _ in plan[:count] for q in questions] + plan[count][0][:lead]
    if all(_greeting_alone(text, raw) for raw in opening):
        return 0, 0  # greetings only: no thanks, as :func:`_greets` reads them
    return count, lead


def _greeting_alone(text: str, raw: RawTurn) -> bool:
    """Whether a host's turn only greets: a few words ("Good day, Minister."), asking nothing."""
    return (
        raw.words <= _INTERJECTION
        and greets_on_meeting(text, raw)
        and not asks_or_requests(text, raw)  # no keyword label, no question mark, no request
    )


def _opening_unasked(text: str, plan: Plan) -> tuple[int, int]:
    """The exchanges, and the question turns after them, of an opening in which nothing is asked.

    The rule: a host who opens by greeting and is answered at length,
    unasked, has put no question yet; the interview proper begins with the
    host's first turn that asks or requests. The opening qualifies when its
    first host turn:

    - greets, welcomes or thanks, and asks nothing (no question mark, no
      keyword label);
    - is a greeting alone ("Hello, Ann."), or, if longer than
      ``_INTERJECTION`` words, speaks of the guest to the audience, with no
      "you" said to the guest ("Ann will tell us about ...");
    - does not end by handing the guest the floor with a question or a
      request ("Ann, tell us how it all began.");
    - is answered at length: an answer of more than ``_COMMENT`` words (the
      guest greets back and goes on to the matter of the day, or gives the
      talk the host introduced).

    The host's turns after it that ask nothing (a comment, "So let's dive
    in.") and what is said back to them, not ending on a question, are the
    opening too, up to ``_UNASKED_OPENING`` exchanges: remarks and
    statements. A greeting answered in a few words stays the first
    exchange, as a formal interview counts it (:func:`_greets`). Returns how
    many exchanges are the opening, and how many question turns of the next
    exchange are.
    """
    if len(plan) < 2:  # noqa: PLR2004 - the only exchange is no opening
        return 0, 0
    questions, answers = plan[0]
    opening = questions[0]
    if (
        opening.asks
        or opening.keyword
        or not greets(text, opening)
        or (opening.words > _INTERJECTION and SAID_TO_SOMEONE.search(turn_words(text, opening)))
        or puts_in(_last_sentence(text, *opening.blocks[-1]))
        or not any(answer.words > _COMMENT for answer in answers)
    ):
        return 0, 0
    count = 0
    while count < len(plan) and count <= _UNASKED_OPENING:
        questions, answers = plan[count]
        lead = 1 if count == 0 else 0  # the opening itself, which speaks of the guest
        while lead < len(questions):
            if _puts(text, questions[lead]) or questions[lead].key != opening.key:
                break
            lead += 1
        if lead < len(questions):
            asking = questions[lead]
            return (count, lead) if _puts(text, asking) and asking.key == opening.key else (0, 0)
        if any(ends_asking(text, answer) for answer in answers):
            return 0, 0  # the guest asks back: a talk under way
        count += 1
    return 0, 0


def _puts(text: str, raw: RawTurn) -> bool:
    """Whether a host's turn puts something: a question, a request, a call to introduce oneself.

    That is :func:`asks_or_requests` or :func:`asks_to_tell`; the request is looked for once.
    """
    return raw.keyword or raw.asks or asks_to_tell(text, raw)


def _closing_courtesies(text: str, plan: Plan, remarks: list[RawTurn]) -> int:
    """How many exchanges close the talk with courtesies only, after the last question.

    As the opening (:func:`_opening_courtesies`), so the close: a host's
    turns that only thank or compliment ("All that remains is to thank you
    again, Ann, for being on the show."), asking nothing, that end the talk
    two turns or more in a row (with those already read as closing remarks),
    whatever the guest says back, are remarks and statements, where the same
    host asked before them (a member who only thanks and comments, asking
    nothing before, is having their say, not closing).
    """
    count = 0
    while count < len(plan) and all(
        _courtesy(text, question) for question in plan[len(plan) - 1 - count][0]
    ):
        count += 1
    if not count or count == len(plan):
        return 0
    hosts = {question.key for questions, _ in plan[-count:] for question in questions}
    if not any(q.asks and q.key in hosts for questions, _ in plan[:-count] for q in questions):
        return 0  # the thanks of one who asked nothing before: their part, not a close
    last = plan[-1][0][-1].marker.start
    after = sum(1 for raw in remarks if raw.marker.start > last and _courtesy(text, raw))
    return count if count + after >= _COURTESIES else 0


def _courtesy(text: str, raw: RawTurn) -> bool:
    """Whether a host's turn only thanks or compliments: no question, no request (see above)."""
    return not asks_or_requests(text, raw) and any(
        _APPRECIATION.search(sentence) for sentence in outer_sentences(turn_words(text, raw))
    )


def _announces_start(text: str, plan: Plan) -> bool:
    """Whether the first exchange only announces that the questions begin.

    That is one host turn of a few words (a dozen at most) that asks nothing
    and neither greets nor thanks ("Then we can start with the questions
    right away."), answered in a few words that ask nothing (five at most:
    "Go ahead."), before the same host's next turn asks: the reply consents
    to begin, and the first question is the next. A greeting so returned
    stays the first exchange, as a formal interview counts it (:func:`_greets`).
    """
    if len(plan) < 2:  # noqa: PLR2004 - the only exchange is no opening
        return False
    (questions, answers), (after, _) = plan[0], plan[1]
    if len(questions) != 1 or len(answers) != 1:
        return False
    opening, reply = questions[0], answers[0]
    return (
        not opening.keyword
        and not opening.asks
        and opening.words <= _WIND_UP
        and not reply.asks
        and reply.words <= _CONSENT
        and after[0].key == opening.key
        and after[0].asks
        and not greets(text, opening)
    )


def _interjects(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a question turn only acknowledges an answer that goes on after it.

    That is a back-channel ("Mm-hm.", "Right, right.", "Wow.") between two
    turns of the one who was answering: a few words that only acknowledge
    (two or three of them may follow each other, from different listeners).
    """
    if raw.key is None or not plan or not plan[-1][1] or not _acknowledges(text, raw):
        return False  # dash turns alternate: only a named listener interjects
    answering = plan[-1][1][-1]
    # The next turn that is more than a listener's acknowledgement (one may follow another).
    after = next(
        (turn for turn in following if turn.side != "question" or not _acknowledges(text, turn)),
        None,
    )
    return (
        after is not None
        and after.side == "answer"
        and after.key is not None
        and after.key == answering.key
    )


def _reaction(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a host's turn is a short reaction between two turns of the one answering.

    That is a few words (eight at most) that ask nothing and end a sentence,
    under a name, after an answer, when the same one answering speaks next at
    three times the length or more. (A turn cut off mid-sentence is a
    fragment of something else, and one that begins a new point and breaks
    off, :func:`_new_point_cut_off`, puts something the answer takes up.)
    """
    if raw.keyword or raw.key is None or raw.asks or raw.words > _REACTION:
        return False
    if not SENTENCE_END.search(text[raw.blocks[-1][0] : raw.blocks[-1][1]].rstrip()):
        return False
    if _turns_to_topic(text, raw):
        return False
    if _new_point_cut_off(text, raw):
        return False
    if not plan or not plan[-1][1] or not following:
        return False
    after = following[0]
    return (
        after.side == "answer"
        and after.key == plan[-1][1][-1].key
        and after.words >= _GOES_ON * raw.words
    )


def _turns_to_topic(text: str, raw: RawTurn) -> bool:
    """Whether a host's few words turn the talk to a topic: a prompt, not a reaction.

    "Back to the original question, the fees.", "Moving on to the budget.":
    the host names what to talk about, and the guest's words after it answer
    that prompt, however few the host's words and whoever asked before.
    """
    start = raw.blocks[0][0]
    return bool(_TURNS_TO_TOPIC.match(text[start : start + _TOPIC_CHARS].casefold()))


def _new_point_cut_off(text: str, raw: RawTurn) -> bool:
    """Whether a turn breaks off just after it began a new point.

    "Sure, I see, but the..." takes in what was said, then begins a
    clause of its own with a joining word ("but", "and", "so") and breaks
    off (an ellipsis or a dash) a word after it: the speaker was putting
    something new, which the other took up. That is no mere reaction, as
    "Wow, really." or a trailing "it's getting better..." are.
    """
    if not _breaks_off(text, raw):
        return False
    words = _words_of(text, raw)
    return len(words) > _CUT_OFF_POINT and any(word in _JOINING for word in words[-2:])


def _chimes_in(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a co-host's short turn only reacts while a guest answers another's question.

    That is a :func:`_reaction` ("He is a natural.") from a host other than
    the one who asked.
    """
    return _reaction(text, plan, raw, following) and raw.key != plan[-1][0][0].key


def _reacts(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a host's short turn only reacts to an answer that carries on after it.

    That is a :func:`_reaction` of a word or two ("Wow, really.", "Go on."),
    or one whose first sentence only acknowledges what was said ("Great.
    I only wanted to check the dates.", :func:`_opens_acknowledging`),
    or of a few words when the one answering then carries on with a joining
    word ("Oh dear." - "And at some point ..."), also after a word of assent
    ("Right, I tried that." - "Yeah, so ..."), from any host, the one who asked
    too. Not when the turn before it asks ("What else?" - "Ten of them."):
    then the host's words answer the one answering; but a question that only
    asks whether the host follows ("See?", "You know?") wants no answer, and
    the host's words after it still react.
    """
    if not _reaction(text, plan, raw, following):
        return False
    answering = plan[-1][1][-1]
    if last_sentence_asks(text, answering) and not only_seeks_assent(text, answering):
        return False
    return (
        _carries_on(text, following[0])
        or raw.words <= _BRIEF_REACTION
        or _opens_acknowledging(text, raw)
    )


def _opens_acknowledging(text: str, raw: RawTurn) -> bool:
    """Whether a turn's first sentence only acknowledges ("Awesome.", "Wow, interesting.").

    Its words before the first sentence mark (``.``, ``!``, ``?``) are all
    back-channel words (:data:`_BACKCHANNEL`); "I will check the log." says more.
    """
    words = turn_words(text, raw)
    mark = _SENTENCE_MARK.search(words)
    first = _WORD.findall(words, 0, mark.start() if mark else len(words))
    return bool(first) and all(word in _BACKCHANNEL for word in first)


def _reaction_taken_up(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a host's word or two react, a guest takes them up in a few words, and the answer goes on.

    That is a host's turn of a word or two that asks nothing and ends a
    sentence ("Really precise.") after an answer, the guest who was
    answering taking it up in a few words that open with assent and ask
    nothing ("Yeah, very precise."), and a guest then going on at
    three times the host's length or more: the host's words only react (a
    remark), and the guest's few words and what follows answer on.
    """
    if raw.keyword or raw.key is None or raw.asks or raw.words > _BRIEF_REACTION:
        return False
    if not plan or not plan[-1][1] or len(following) < 2:  # noqa: PLR2004
        return False
    taken, after = following[0], following[1]
    if (
        taken.side != "answer"
        or taken.key != plan[-1][1][-1].key
        or taken.asks
        or taken.words > _INTERJECTION
        or after.side != "answer"
        or after.key is None
        or after.words < _GOES_ON * raw.words
    ):
        return False
    if not SENTENCE_END.search(text[raw.blocks[-1][0] : raw.blocks[-1][1]].rstrip()):
        return False
    words = _words_of(text, taken)
    return bool(words) and words[0] in _ASSENT


def _reacts_among_guests(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a host's short reaction falls between two guests' answers to one question.

    Where several guests answer a question in turn, a host's few words (three
    at most) that ask nothing and break off no sentence ("Awesome.",
    "Interesting, that's fascinating."), after which another guest who has
    already answered that question goes on at three times the length or more,
    only react: a remark, as a back-channel is, and the guests go on answering.
    """
    if raw.keyword or raw.key is None or raw.asks or raw.words > _AMONG_GUESTS:
        return False
    if _breaks_off(text, raw) or not plan or not plan[-1][1] or not following:
        return False
    answered = {answer.key for answer in plan[-1][1]}
    after = following[0]
    return (
        after.side == "answer"
        and after.key != plan[-1][1][-1].key
        and after.key in answered
        and after.words >= _GOES_ON * raw.words
    )


def _answers_quiz(
    text: str, plan: Plan, raw: RawTurn, following: list[RawTurn], *, conversation: bool
) -> bool:
    """Whether a host's turn only replies to what a guest asked them in the middle of an answer.

    That is a guest's answer of twenty words or more that ends by asking the
    host ("If I booked such a ticket, would that be a valid fare?"), and the
    host's :func:`_reaction` to it that admits not knowing ("I have no
    idea.", "I'm not sure.", "I don't know."), after which the guest goes on
    to give the answer: a quiz inside the answer. In a conversation (see
    :func:`guests_carry_the_talk`), so is the host's reply at length (more
    than twenty words) that asks nothing, after which the same guest goes on:
    the guest asked the host something ("Is it the relay rule or the
    spending rule?"), the host told them, and the guest carries on with the
    answer. The host stays a host, and the words are a remark in the
    exchange, no new question. (A host who answers in a few words, "Before he
    ran.", puts the question anew, as an interviewer answering a guest's "You
    mean before he ran?" does.)
    """
    if raw.keyword or raw.key is None or raw.asks or not plan or not plan[-1][1] or not following:
        return False
    answering, after = plan[-1][1][-1], following[0]
    if answering.words < _QUIZ or not last_sentence_asks(text, answering):
        return False
    if _reaction(text, plan, raw, following):
        return _NOT_KNOWING.search(turn_words(text, raw)) is not None
    return (
        conversation
        and raw.words > _ANSWERS_BACK
        and after.side == "answer"
        and after.key == answering.key
    )


def _talks_along(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a host's turn in the captions of a round table only takes part in the talk.

    Captions keep every word said, the hosts' own views as much as their
    questions. Where hosts and guests talk as peers (see :func:`peers_talk`:
    co-hosts giving their views at the length the guests do), a named host's
    turn that asks nothing (no question mark, no request such as "Tell us
    about it.") once the guest has begun answering, with a guest speaking
    next, puts no new question: the host agrees, thanks or adds a view of
    their own ("Yeah, absolutely. The ferry was the heart of it."), and the
    guest takes it up. It is a remark, and the guest's turns after it go on
    with the exchange under way.
    """
    if raw.key is None or not plan or not plan[-1][1]:
        return False
    if not following or following[0].side != "answer":
        return False
    return not asks_or_requests(text, raw)


def _replies_in_passing(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a questioner's turn only replies to what the one answering asked them in passing.

    That is an answer that ends by asking the one who asked something of
    their own ("Good luck. By the way, where do you teach?"), that
    questioner's short reply (a dozen words at most, one paragraph, not
    broken off) that asks nothing ("At the institute, this year."), and the one answering's few words back
    (eight at most) that ask nothing ("I wish you every success."), after
    which the questioner does not go on: small talk at the end of an
    exchange, no new question. The reply is a remark, the words back a
    statement.
    """
    if raw.key is None or raw.keyword or raw.asks or raw.words > _INTERRUPTION:
        return False
    if len(raw.blocks) > 1 or _breaks_off(text, raw) or not plan or not plan[-1][1]:
        return False  # a reply is one paragraph, whole ("You've turned --" is cut into)
    if not following:
        return False
    questions, answers = plan[-1]
    back = following[0]
    return (
        raw.key in {question.key for question in questions}
        and last_sentence_asks(text, answers[-1])
        and back.side == "answer"
        and back.key == answers[-1].key
        and not back.asks
        and back.words <= BRIEF_REPLY
        and (len(following) < 2 or following[1].key != raw.key)  # noqa: PLR2004
    )


def _asks_leave_to_finish(text: str, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a questioner's turn only asks to be let finish, and is let.

    That is a few words (a dozen at most) that ask leave to go on with what
    the questioner was saying (:data:`_LEAVE_TO_FINISH`: "Sorry, can I make my
    point, please?", "Let me finish."), the one answering granting it in a
    few words that ask nothing ("Sure. Sorry."), and the same questioner
    speaking next: the request and the leave manage the talk, no exchange (a
    remark and a statement), and the questioner goes on.
    """
    if raw.key is None or raw.words > _INTERRUPTION or len(following) < 2:  # noqa: PLR2004
        return False
    leave, after = following[0], following[1]
    return (
        leave.side == "answer"
        and not leave.asks
        and leave.words <= _INTERJECTION
        and after.side == "question"
        and after.key == raw.key
        and _LEAVE_TO_FINISH.search(turn_words(text, raw)) is not None
    )


def _carries_on(text: str, raw: RawTurn) -> bool:
    """Whether a turn opens with a joining word, after a word of assent at most.

    "And at some point ...", "Yeah, so that is why ...": the speaker carries on
    with what they were saying (the assent only takes in the words before).
    """
    start, end = raw.blocks[0]
    words = [word.casefold() for word in _WORD.findall(text, start, min(end, start + 40))[:2]]
    if words and words[0] in _JOINING:
        return True
    return len(words) == 2 and words[0] in _ASSENT and words[1] in _JOINING  # noqa: PLR2004


def _gives_way(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether a host and the one answering talk over each other.

    That is a named host's turn of a few words (eight at most) that asks
    nothing and breaks off (a dash or an ellipsis at its end: "Not something
    that uses more—") after an answer, and the same answerer's few words (a
    dozen at most) that break off right after it ("That first adds a script
    and then—"): the host's words are a remark, no question.
    """
    if raw.keyword or raw.key is None or raw.asks or raw.words > _REACTION:
        return False
    if not plan or not plan[-1][1] or not following or not _breaks_off(text, raw):
        return False
    after = following[0]
    return (
        after.side == "answer"
        and after.key == plan[-1][1][-1].key
        and after.words <= _INTERRUPTION
        and _breaks_off(text, after)
    )


def _takes_floor_question(plan: Plan, raw: RawTurn) -> bool:
    """Whether a named host's turn answers a question from the floor that nobody has answered.

    In a panel's or a talk's Q&A the audience's questions are labelled by a
    keyword (``Q:``) and the ones on stage by their names. Where such a
    question asks (a question mark) and the next turn is a named host's (the
    moderator, whose own questions came earlier), the host takes the question
    himself: his turn answers it, and the panel may answer after him. (A host's
    words after a keyword turn that only opens, "Q: Thank you.", are no answer.)
    """
    if raw.keyword or raw.key is None or not plan or plan[-1][1]:
        return False
    asking = plan[-1][0][-1]
    return asking.keyword and asking.asks and not _opens(asking)


def _asker_goes_on(raw: RawTurn, plan: Plan, following: list[RawTurn]) -> RawTurn | None:
    """The unanswered question turn a named answer turn follows, where its asker speaks next.

    That is the last exchange's last question turn, when the exchange has no
    answer yet and the next turn is a question turn of the same speaker: the
    asker goes on, and the answer turn between may only have broken in (None
    otherwise).
    """
    if raw.key is None or not plan or plan[-1][1] or not following:
        return None
    asking, after = plan[-1][0][-1], following[0]
    if after.side != "question" or after.key != asking.key:
        return None
    return asking


def _interrupts(
    text: str, plan: Plan, raw: RawTurn, following: list[RawTurn], *, conversing: bool = False
) -> bool:
    """Whether an answer turn only cuts into a question that then goes on, or is cut short by it.

    That is a few words (a dozen at most) from the one answering, right after
    a question turn under a questioner's keyword (``Q``) that breaks off (a
    dash or an ellipsis at its end) before it asks, when the same keyword
    speaks next and asks, or breaks off again: the reporter goes on with the
    question ("I think we're --" / "Call me when you --" / "How would you
    describe ...?"). In a conversation (see :func:`_hosts_seldom_end_asking`)
    it goes the other way too: the one answering's few words that are
    themselves cut short (:func:`_cut_short`: "It runs late because—", "I wouldn't say
    so, because..."), when the host who spoke before speaks next, were talked
    over: the host goes on with what they were putting, and the words are a
    statement outside the exchange.
    """
    asking = _asker_goes_on(raw, plan, following)
    if asking is None or raw.words > _INTERRUPTION:
        return False
    if conversing and not asking.keyword and _cut_short(text, raw):
        return True
    after = following[0]
    return (
        _breaks_off(text, asking)
        and not asking.asks
        and asking.keyword
        and (after.asks or _breaks_off(text, after))
    )


def _cut_short(text: str, raw: RawTurn) -> bool:
    """Whether a turn is cut off mid-sentence: a dash at its end, or an ellipsis after a joining word.

    "It runs late because—", "It can-" and "The pier is fine because..." stop
    before the sentence is done; "It was the old ferry..." trails off a
    sentence that is whole, and is not cut short.
    """
    start, end = raw.blocks[-1]
    last = text[start:end].rstrip(SENTENCE_CLOSING)
    if last.endswith(_DASHES):
        return True
    if not last.endswith(_ELLIPSES):
        return False
    words = _words_of(text, raw)
    return bool(words) and words[-1] in _JOINING


def _cuts_in(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether an answer turn only cuts into a host's sentence, which the host then goes on with.

    That is a named host's question turn whose last sentence stops in the
    middle, on a word or a comma ("... and we don't"), in a punctuated text
    (the turn ends other sentences), the one answering putting in a few words
    (a dozen at most) that ask nothing ("Dear me."), and the same host speaking
    next: the host was still putting the question, and the words cut in are a
    statement outside the exchange.
    """
    asking = _asker_goes_on(raw, plan, following)
    if asking is None or asking.keyword or raw.asks or raw.words > _INTERRUPTION:
        return False
    start, end = asking.blocks[-1]
    words = text[start:end].rstrip(SENTENCE_CLOSING)
    return (
        bool(words)
        and (words[-1].isalnum() or words[-1] == ",")
        and _PUNCTUATED.search(text, asking.blocks[0][0], end) is not None
    )


def _takes_in(
    text: str, plan: Plan, raw: RawTurn, following: list[RawTurn], *, conversing: bool = False
) -> bool:
    """Whether an answer turn only acknowledges a host's words that go on after it.

    That is a named host's question turn that does not ask ("Now I hear I need
    a new drive every day."), the one answering only acknowledging it ("I
    see.", "Mm-hm.": no yes or no, which may answer), and the same host speaking next: the host was still
    putting the question, and the acknowledgement is a statement outside the
    exchange, as a listener's back-channel in an answer is a remark. So is
    that sound after a host's turn that asks only for assent (its last sentence
    a tag, "..., the ferry ran late, right?", or "Does that make sense?"): a yes
    gives the assent and answers, "Mm-hm." only takes it in. A laugh alone
    ("[laughs]") answers nothing, whatever the host's turn asked. In a
    conversation, where the hosts seldom end a turn on a question (see
    :func:`_hosts_seldom_end_asking`), so are a guest's few words of plain
    assent (:data:`_ACKNOWLEDGING`: "Right.", "Yeah.", "Got it.", "Okay.",
    "Absolutely.") after a host's turn whose last sentence neither asks nor
    makes a request, when the host's next turn goes on (more than a few
    words): the host is telling, and the guest takes it in. A yes or a no
    answers, as "That's right." confirms and "Sure." consents; and where the
    host only reacts in turn ("Okay."), the host is not going on.
    """
    asking = _asker_goes_on(raw, plan, following)
    if asking is None or asking.keyword:
        return False
    if raw.asks or raw.words > _INTERJECTION:
        return False
    words = _spoken_words(text, raw)
    if words and all(word in _LAUGHTER for word in words):
        return True  # a laugh answers nothing
    if (
        conversing
        and words
        and words[0] not in _YES_OR_NO
        and all(word in _ACKNOWLEDGING for word in words)
        and following[0].words > _INTERJECTION
        and not last_sentence_asks(text, asking)
        and not requests(text, asking)
    ):
        return True  # "Right." while the host tells on
    # A tag ("..., right?") asks for assent: a yes gives it, "Mm-hm." only takes it in.
    return (not asking.asks or ends_with_tag(text, asking)) and all(
        word in _TAKING_IN for word in words
    )


def _praises_account(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether an answer turn only praises what a questioner tells, as the questioner goes on.

    That is a named questioner's turn of twenty words or more that asks
    nothing (an account of their own: "I came back and now I have three
    children."), the one answering putting in only a few words of praise
    (six at most, asking nothing, ending a sentence: "Good job.", "Well
    done.", "Excellent."; not "Well," which begins something else),
    and the same questioner speaking next: praise is no answer, and the
    questioner was still putting what they had come to say. The praise is a
    statement outside the exchange, as "I see." is in :func:`_takes_in`.
    """
    asking = _asker_goes_on(raw, plan, following)
    if (
        asking is None
        or asking.keyword
        or asking.asks
        or asking.words < _COMMENT
        or raw.asks
        or raw.words > _INTERJECTION
    ):
        return False
    if not SENTENCE_END.search(text[raw.blocks[-1][0] : raw.blocks[-1][1]].rstrip()):
        return False  # "Well," begins something else
    words = _words_of(text, raw)
    return bool(words) and all(word in _WELL_DONE for word in words)


# The press's keywords, as a speaker's key (see _structure._speaker_of): the room's reporters.
_PRESS_KEYS = frozenset(
    f"\0{label_key(word)}" for word in ("Reporter", "Journalist", "Correspondent")
)


def _hosts_mostly_comment(turns: Sequence[RawTurn]) -> bool:
    """Whether the named hosts mostly comment rather than ask: fewer than two in five of their turns ask.

    A talk show's hosts put their view, tell, joke and react, and now and then
    ask; an interviewer's turns are mostly questions (a politician's interview,
    a hearing, a briefing). The turns of a keyword (``Q:``) are not counted,
    nor are the press's, labelled as such (``Reporter:``, ``Journalist:``,
    ``Correspondent:``): a reporter puts a statement to the official to be
    answered, as a question, and holds forth on no show.
    """
    asking = 0
    named = 0
    for turn in turns:
        if turn.side == "question" and not turn.keyword and turn.key not in _PRESS_KEYS:
            named += 1
            asking += turn.asks
    return bool(named) and asking * _COMMENTING_SHARE < named


def _hosts_seldom_end_asking(text: str, turns: Sequence[RawTurn]) -> bool:
    """Whether the named hosts seldom end a turn on a question: fewer than one in three do.

    A host who talks with a guest (tells, reacts, gives a view and lets the
    guest take it up, shows material and waits for the guest's thoughts) ends
    few turns on a question mark, even where a question stands inside the
    turn; an interviewer, a reporter or counsel ends most turns on the
    question put, and a statement put to the one answering is then a question
    of its own. The turns of a keyword (``Q:``) are not counted.
    """
    ending = 0
    named = 0
    for turn in turns:
        if turn.side == "question" and not turn.keyword:
            named += 1
            ending += ends_asking(text, turn)
    return bool(named) and ending * _SELDOM_ENDS_ASKING < named


def _confirmed_before_co_host(
    text: str, structure: Structure, plan: Plan, raw: RawTurn, following: list[RawTurn]
) -> bool:
    """Whether an answer turn only confirms a host's summary before another host takes the talk on.

    That is a named host's turn of twenty words or more that asks nothing (a
    summary, a view: "Just to make sure I follow: the ferry runs on the old
    timetable until the bridge opens."), the one answering confirming it in
    a few words (five at most) that ask nothing and open with no yes or no
    ("That is the gist of it.", "That's right."), and another named host
    speaking next: the hosts share the talk, and the confirmation is a
    statement outside the exchange, as the guest's "I see." is in
    :func:`_takes_in`; the hosts' turns are one question (see
    :func:`_confers`). A yes or a no answers what was put.
    """
    if raw.key is None or raw.asks or raw.words > _REPEAT_WORDS or not following:
        return False
    words = _words_of(text, raw)
    if not words or words[0] in _YES_OR_NO:
        return False
    if not plan or plan[-1][1]:
        return False
    asking, after = plan[-1][0][-1], following[0]
    return (
        not asking.keyword
        and not asking.asks
        and asking.words >= _COMMENT
        and after.side == "question"
        and not after.keyword
        and after.key != asking.key
        and structure.roles.get(asking.key or "") == "interviewer"
        and structure.roles.get(after.key or "") == "interviewer"
    )


def _agrees_with_comment(
    text: str,
    plan: Plan,
    raw: RawTurn,
    following: list[RawTurn],
    *,
    commenting: bool = False,
    telling: bool = False,
) -> bool:
    """Whether an answer turn only agrees with a host's comment, or takes a compliment, as the host goes on.

    That is a named host's question turn of twenty words or more that does not
    ask (the host's own view: "I think the old ferry still runs better than the
    new one does."), the one answering only agreeing in a few words (ten at most) that
    open with a word of agreement and ask nothing ("Yeah, it really is.",
    "Yeah, exactly."), and the same host speaking next. So is a host's turn of
    any length that asks nothing and praises or thanks in its first or last
    sentence (:data:`_APPRECIATION`: "What a wonderful crew you had.", "Thank
    you for running the ferry all winter."; not "a great many" further in), once the talk has begun (after the first exchange), that the
    one answering takes in a few words (ten at most) that ask nothing ("It is
    so much fun."), before the same host goes on: a compliment or thanks is no
    question. And where the hosts mostly comment rather than ask
    (:func:`_hosts_mostly_comment`), so is the one answering's reply in a few
    words (ten at most) to any host's turn that asks nothing ("Nowhere near
    as hard as the old crossing." - "A much calmer trip."), unless it says yes or
    no, which answers, or breaks off: among comments, a remark and a few words
    back are talk, and the host's next turn goes on. In a
    conversation (see :func:`guests_carry_the_talk`) the host was still
    talking: the agreement is a statement outside the exchange, as the guest's
    "I see." is in :func:`_takes_in`. A host who holds forth (whose turns run,
    in the middle, at least as long as the guest's: :func:`hosts_hold_forth`)
    and mostly comments carries a conversation too, the other way round: the
    guest's sentence or two back (twenty words at most) to any of his turns
    that neither ends on a question nor makes a request is talk, and a question mark inside his
    telling (a tag in passing, "..., right? But he never missed a morning.",
    or a question he quotes, "I ask myself 'how good am I?' and then ...")
    asks nothing of the guest. A request consented to ("I would like to
    turn to Russia." - "Sure.") is answered, and so is a witness's "Yes." to
    counsel's statement.
    """
    asking = _asker_goes_on(raw, plan, following)
    talking = commenting and telling  # the host holds forth: the guest talks back
    # A long turn agrees with nothing: its words are not looked at (most answers are long).
    if (
        asking is None
        or asking.keyword
        or raw.asks
        or raw.words > (_TALKING_BACK if talking else _AGREEMENT)
    ):
        return False
    # Among comments, a question mark inside the telling (a quoted "How good am I?", a tag "...,
    # right?") asks nothing of the guest where the turn does not end on one; a request asks.
    if (asking.asks and not (talking and not ends_asking(text, asking))) or (
        talking and requests(text, asking)
    ):
        return False
    words = _words_of(text, raw)
    if asking.words >= _COMMENT and bool(words) and words[0] in _AGREEING:
        return True
    if len(plan) < 2:  # noqa: PLR2004 - the talk has not begun
        return False
    if commenting and words and words[0] not in _YES_OR_NO and not _breaks_off(text, raw):
        return True
    return any(
        _APPRECIATION.search(sentence) for sentence in outer_sentences(turn_words(text, asking))
    )


def _asks_to_repeat(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether an answer turn only asks to hear the question again.

    That is a few words (five at most) that only ask to have something repeated
    ("Excuse me?", "Sorry?", "Pardon?", "Come again?", "Sorry, say again?";
    "Sorry, which pier is
    that?" asks a question of its own) right after a question,
    when the one who asked speaks next: the question is put again, and the
    answer to it answers both turns (a statement, outside the exchange).
    """
    if raw.key is None or not plan or plan[-1][1] or not raw.asks or not following:
        return False
    if raw.words > _REPEAT_WORDS:
        return False
    words = " ".join(text[raw.blocks[0][0] : raw.blocks[-1][1]].casefold().split())
    if not _REPEAT.fullmatch(words):
        return False
    after = following[0]
    return after.side == "question" and after.key == plan[-1][0][-1].key


def _asks_back(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether an answer turn only asks which of two things the question means.

    That is a few words (five at most) that ask between alternatives joined by
    "or" ("Now or back then?") right after a question, the one who
    asked replying in a few words that ask nothing ("Both."), and the one
    answering speaking next: the question, made clear, goes on (the reply
    joins it), and the answer after it answers it; the question back is a
    statement, outside the exchange. A question back that asks for more ("Which
    one?") or for leave ("May I add something?") is answered in its own
    exchange.
    """
    if raw.key is None or not plan or plan[-1][1] or not raw.asks or len(following) < 2:  # noqa: PLR2004
        return False
    reply, after = following[0], following[1]
    return (
        raw.words <= _ALTERNATIVES
        and "or" in _words_of(text, raw)
        and reply.side == "question"
        and reply.key == plan[-1][0][-1].key
        and not reply.asks
        and reply.words <= _CHOICE
        and after.side == "answer"
        and after.key == raw.key
    )


def _asks_what_is_meant(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether an answer turn only asks what the question means, before the asker makes it clear.

    That is a turn of the one answering, right after a question nobody has
    answered yet, that asks and says the speaker does not follow ("I'm sorry,
    I'm not sure I understand. You're asking whether ...?"), or a few words
    (five at most) that ask what one of the question's own words is ("What's
    the or?"), when the one who asked speaks next: the asker makes the
    question clear, and the answer after that answers it. The turn is a
    statement, outside the exchange.
    """
    if raw.key is None or not plan or plan[-1][1] or not following:
        return False
    asking = plan[-1][0][-1]
    if following[0].side != "question" or following[0].key != asking.key:
        return False
    if raw.words <= _REPEAT_WORDS and raw.asks:
        words = [word.replace("’", "'") for word in _words_of(text, raw)]
        if words[:1] != ["what's"] and words[:2] != ["what", "is"]:
            return False
        asked = {word for question in plan[-1][0] for word in _words_of(text, question)}
        named = [word for word in words[1:] if word not in {"is", "the", "a", "an", "that"}]
        return bool(named) and all(word in asked for word in named)
    start, end = raw.blocks[0][0], raw.blocks[-1][1]
    return (
        raw.words <= _QUIZ * 2
        # the cheap check first: a word of not following stands in the turn
        and any(text.find(word, start, end) >= 0 for word in _NOT_FOLLOWING_WORDS)
        and _NOT_FOLLOWING.search(turn_words(text, raw)) is not None
    )


def _asks_after_opening(
    plan: Plan, raw: RawTurn, following: list[RawTurn], *, conversing: bool = False
) -> bool:
    """Whether an answer turn only asks the asker something back, before they have asked.

    That is a few words (six at most) that ask, right after question turns
    that only opened (a few words that ask nothing: "Thank you very much."),
    when the one who opened speaks
    next, at length: "Have we met before?" - "Yes, in Oslo. ...". The asker's
    next turn goes on with the question; the few words are a statement. In a
    conversation (see :func:`_hosts_seldom_end_asking`) so are a guest's few
    words that ask the host something back after host turns of any length
    that ask nothing (a view: "... it all feels like a long clean-up." - "Do
    you remember the old fares?"), when the host tells them at length without
    asking, and the guest then goes on: the host's reply goes on with what
    was put, and the guest's answer follows it.
    """
    if raw.key is None or not plan or plan[-1][1] or not raw.asks or not following:
        return False
    opened, after = plan[-1][0], following[0]
    if (
        raw.words > _INTERJECTION
        or after.side != "question"
        or after.key != opened[-1].key
        or after.words <= _ASKER_GOES_ON
    ):
        return False
    if all(_opens(question) for question in opened):
        return True
    return (
        conversing
        and not any(question.asks or question.keyword for question in opened)
        and not after.asks
        and len(following) > 1
        and following[1].side == "answer"
        and following[1].key == raw.key
    )


def _checks_in_passing(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether an answer turn only checks a point, with a tag, while the questioner tells on.

    That is a few words (twenty at most) that ask only for assent with a tag
    ("I met your teacher at the yard, right?"), right after a named
    questioner's turn that asks nothing, when that questioner speaks next,
    gives the assent first ("Yes, yes.") and goes on at length: the
    questioner was still telling what they came to say, and the check is a
    statement, outside the exchange, as a question back is in
    :func:`_asks_after_opening`.
    """
    asking = _asker_goes_on(raw, plan, following)
    if asking is None or raw.words > _COMMENT or asking.keyword or asking.asks:
        return False
    after = following[0]
    if after.words <= _ASKER_GOES_ON or not ends_with_tag(text, raw):
        return False
    words = _words_of(text, after)
    return bool(words) and words[0] in _ASSENT


def _returns_thanks(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether an answer turn only returns a reporter's thanks or greeting.

    That is a question turn under a questioner's keyword (``Q``) that only
    thanks or greets, a dozen words at most and no question mark ("Thank you,
    sir. And happy birthday."), the official's few words in return ("Thank you
    very much."), and the same keyword asking next: both are outside the
    exchange, a remark and a statement, and the question is the one asked.
    Under an answer keyword too (a witness's "A."), the greeting returned is
    the examination's first exchange.
    """
    if (
        raw.key is None
        or raw.keyword
        or not plan
        or plan[-1][1]
        or len(plan[-1][0]) > 1
        or not following
    ):
        return False
    thanks, after = plan[-1][0][0], following[0]
    return (
        thanks.keyword
        and not thanks.asks
        and thanks.words <= _INTERRUPTION
        and greets(text, thanks)
        and raw.words <= _INTERRUPTION
        and after.side == "question"
        and after.key == thanks.key
        and after.asks
    )


def _puts_in_mid_sentence(text: str, plan: Plan, raw: RawTurn, following: list[RawTurn]) -> bool:
    """Whether an answer turn only puts in a few words while the asker stops mid-sentence.

    That is a named questioner's turn that stops in the middle of a sentence
    (on a comma or a word, with no closing mark, in a transcript that marks
    its sentences: "And famously the ferry was named after a river,"), the
    one answering's few words (ten at most) that ask nothing ("Yes, that is
    where it comes from."), and the same questioner going on: the asker had
    not finished, and the words put in are a statement outside the exchange;
    the questioner's turns are one question.
    """
    if raw.asks or raw.words > _AGREEMENT:
        return False
    asking = _asker_goes_on(raw, plan, following)
    if asking is None or asking.keyword:
        return False
    start, end = asking.blocks[-1]
    last = text[start:end].rstrip(SENTENCE_CLOSING)
    return bool(last) and (last[-1] == "," or last[-1].isalnum()) and "," in last


def _breaks_off(text: str, raw: RawTurn) -> bool:
    """Whether a turn ends with a dash or an ellipsis, its sentence broken off."""
    start, end = raw.blocks[-1]
    return text[start:end].rstrip(SENTENCE_CLOSING).endswith(_BROKEN_OFF)


def _words_of(text: str, raw: RawTurn) -> list[str]:
    """A turn's words, case folded."""
    return _WORD.findall(turn_words(text, raw))


def _spoken_words(text: str, raw: RawTurn) -> list[str]:
    """A turn's spoken words, case folded: without the transcriber's notes in brackets.

    "Mm-hmm (affirmative)." is the sound a listener made and the transcriber's
    note of what it meant: the note is no word of the speaker's, so the turn
    only takes in what is said, as "Mm-hmm." does. A turn that is nothing but
    a note ("(laughs)", "[laughter]") keeps the note's words.
    """
    words = turn_words(text, raw)
    if "(" in words or "[" in words:
        spoken = _WORD.findall(_TRANSCRIBER_NOTE.sub(" ", words))
        if spoken:
            return spoken
    return _WORD.findall(words)


def _acknowledges(text: str, raw: RawTurn) -> bool:
    """Whether a turn is only a few words that acknowledge, and asks nothing."""
    if raw.asks or raw.words > _INTERJECTION:
        return False
    return all(word in _BACKCHANNEL for word in _spoken_words(text, raw))


def _goes_on(previous: RawTurn, question: RawTurn) -> bool:
    """Whether a question turn goes on with the unanswered one before it.

    It does after a turn that only opens the question, after a reporter's few
    words before a much longer question ("Can you hear me?", with the
    moderator's "Go ahead." between), and after a named speaker's turn that
    does not ask (a host's narration, banter between hosts); other
    back-to-back ``Q`` turns are reporters' questions of their own.
    """
    if _opens(previous):
        return True  # "Thank you." or a name before the question itself
    return not previous.asks and not previous.keyword and not question.keyword


def _objected(previous: RawTurn, question: RawTurn, between: Sequence[RawTurn]) -> bool:
    """Whether an unanswered keyword question was cut off by others, then asked again.

    In an examination ("Q." and "A."), counsel may object and the court rule
    before the question is answered; the examiner then puts it again, or
    another in its place: one question, which the answer answers.
    """
    return (
        previous.keyword
        and question.keyword
        and previous.key == question.key
        and bool(between)
        and all(turn.side == "remark" and not turn.keyword for turn in between)
    )


def _continues(
    text: str,
    previous: RawTurn,
    question: RawTurn,
    between: Sequence[RawTurn],
    *,
    keyed_answers: bool,
) -> bool:
    """Whether a question turn goes on with the unanswered one before it (see the rules below)."""
    return (
        _goes_on(previous, question)
        or (question.keyword and _opens_floor(text, previous))
        or _split(text, previous, question, between)
        or _objected(previous, question, between)
        or (keyed_answers and _remarks_before(previous, question))
        or _restated(text, previous, question)
    )


def _restated(text: str, previous: RawTurn, question: RawTurn) -> bool:
    """Whether a question turn puts the unanswered one before it again, in nearly the same words.

    A question that the room did not hear, or that another reporter takes up,
    is put again before anyone answers, its words reordered or one or two
    added ("Will the ferry run on Sunday?" then "Will the ferry still run on
    Sunday?"): the same question, answered once, one exchange. The two turns
    ask, are short, and every word of the shorter one is in the longer one,
    which adds ``_RESTATED_ADDED`` words at most. A word changed changes the
    question ("... on Sunday?" then "... on Monday?"): two questions.
    """
    if not (previous.asks and question.asks):
        return False
    if max(previous.words, question.words) > _RESTATED_WORDS:
        return False
    before = Counter(WORDS.findall(turn_words(text, previous)))
    after = Counter(WORDS.findall(turn_words(text, question)))
    shorter, longer = sorted((before, after), key=Counter.total)
    return not shorter - longer and longer.total() - shorter.total() <= _RESTATED_ADDED


def _opens_floor(text: str, raw: RawTurn) -> bool:
    """Whether a named host's turn only opens the floor to the audience's questions.

    That is a few words (thirty at most) that ask nothing and whose last
    sentence speaks of questions ("Now we will take your questions."): the
    first question from the floor (``Q:``) after it goes on with
    it, one question, as a chair's "Go ahead." is no question of its own.
    """
    if raw.keyword or raw.key is None or raw.asks or raw.words > _FLOOR_OPENING:
        return False
    start, end = raw.blocks[-1]
    return _QUESTIONS.search(_last_sentence(text, start, end)) is not None


def _split(text: str, previous: RawTurn, question: RawTurn, between: Sequence[RawTurn]) -> bool:
    """Whether a named speaker's question turn goes on in the next, with nothing between.

    Two turns of one named speaker back to back, with not even a heading
    between, are one turn that the transcript split (a new timestamp with the
    same name): its questions are one multi-part question. (Back-to-back
    ``Q`` turns are reporters' own; a heading between starts a new section.)
    """
    return (
        not between
        and not text[previous.blocks[-1][1] : question.marker.start].strip()
        and not previous.keyword
        and not question.keyword
        and previous.key is not None
        and previous.key == question.key
    )


def _remarks_before(previous: RawTurn, question: RawTurn) -> bool:
    """Whether an unanswered ``Q`` that does not ask goes on into the next ``Q``.

    Where the answers are labelled ``A`` too, back-to-back ``Q`` turns are the
    floor's words before an answer ("So the ferry carries 300 cars." then
    "Cars and vans, so 400 in all."): one question, with its follow-ups.
    """
    return previous.keyword and question.keyword and not previous.asks


def _confers(structure: Structure, previous: RawTurn, question: RawTurn) -> bool:
    """Whether a host's question answers another host's unanswered one.

    Hosts talk among themselves before a guest answers: one asks, another
    replies. Until a guest answers, their turns are one multi-part question
    (named speakers only: back-to-back ``Q`` turns are reporters' own). After
    the guest's last answer, the hosts' closing talk is not merged.
    """
    return (
        not previous.keyword
        and not question.keyword
        and previous.key != question.key
        and structure.roles.get(previous.key or "") == "interviewer"
        and structure.roles.get(question.key or "") == "interviewer"
    )


def _checks_line(text: str, plan: Plan, raw: RawTurn, turns: Sequence[RawTurn], after: int) -> bool:
    """Whether a questioner's turn only checks the line before the question itself.

    That is a few words under a questioner's keyword ("Q", "Question") that
    nobody answers: the next turn under that keyword, with only others' remarks
    between (the chair's "Go ahead."), is the question itself, much longer, or
    checks the line again. It is a remark: the question is the one
    the answer answers. Few words that greet the one answering as the talk
    opens, before anything is asked, and ask nothing themselves ("Mr. Lee,
    nice to see you.", "Good morning, Minister."; not "Hello? Can you hear
    me?"), check no line: unanswered, they open the first question, as a few
    words that only open do (:func:`_opens`). The turns after ``raw`` are
    ``turns[after:]`` (read in place: no copy of the rest of the text's turns
    for each question).
    """
    if not raw.keyword or raw.words > _LINE_CHECK:
        return False
    if not plan and not raw.asks and greets_on_meeting(text, raw):
        return False
    for position in range(after, len(turns)):
        turn = turns[position]
        if turn.key == raw.key:
            return turn.words >= _LINE_CHECK_RATIO * raw.words or _checks_line(
                text, plan, turn, turns, position + 1
            )
        if turn.side in {"answer", "question"}:
            return False  # answered, or someone else asks: it was a question of its own
    return False


def _opens(question: RawTurn) -> bool:
    """A question turn that only opens the question (thanks, a name, a false start)."""
    return not question.asks and question.words < _PREAMBLE_WORDS


def _too_many(text: str, raw: RawTurn, number: int, kind: str) -> None:
    raise TranscriptError(
        f"question {number} has more than {_MOST_ANSWERS} {kind} turns: label the "
        "questions between them (Question: or Q:)",
        text=text,
        offset=raw.marker.start,
    )


def _no_exchange_reason(structure: Structure) -> str:
    """Say why no turn became a question, with the labels seen and their roles."""
    sides: dict[str, Counter[str]] = {}  # each label's turns, by side
    for raw in structure.turns:
        sides.setdefault(raw.label or "–", Counter())[raw.side] += 1
    counts = Counter({label: kinds.total() for label, kinds in sides.items()})
    seen = ", ".join(
        f"{label!r} ×{count} ({'/'.join(sorted(sides[label]))})"
        for label, count in counts.most_common(8)
    )
    return (
        f"no exchange found: {len(structure.turns)} turns in the {structure.style} layout, "
        f"labels {seen}; none was read as a question that is then answered. Name who asks with "
        "interviewer= and who answers with interviewee=, or see how the text was read with "
        "ic.explain()"
    )


def _unanswered(text: str, question: RawTurn, number: int, *, strict: bool) -> None:
    if strict:
        raise TranscriptError(
            f"question {number} has no answer: add the answer, remove the question, or pass "
            "strict=False to keep it as an unanswered question",
            text=text,
            offset=question.marker.start,
        )


class _Speakers:
    """Who speaks each turn: the given speakers, and one Speaker for each named speaker."""

    def __init__(
        self,
        structure: Structure,
        interviewers: Sequence[Speaker],
        interviewees: Sequence[Speaker],
        chairs: Sequence[Speaker],
    ) -> None:
        given = Given(interviewers, interviewees, chairs)
        roles = structure.roles
        self._by_key: dict[str, Speaker] = {}
        named: list[Speaker] = []
        self._generic_interviewer = (
            interviewers[0] if interviewers else Speaker("Interviewer", "interviewer")
        )
        question_counts = Counter(
            raw.key for raw in structure.turns if raw.side == "question" and raw.key is not None
        )
        for raw in structure.turns:
            key = raw.key
            if key is None or key in self._by_key or raw.keyword:
                continue
            spellings = structure.spellings[key]
            label = raw.label or ""
            speaker = given.by_key.get(key) or given.by_key.get(speaker_key(label))
            if speaker is None:
                # A name the front matter lists is the full form of initials in a label.
                # The spelling that is the speaker's full name, else the most common one.
                full = [spelling for spelling in spellings if speaker_key(spelling) == key]
                name = structure.known_names.get(key) or max(
                    full or spellings, key=spellings.__getitem__
                )
                aliases = [spelling for spelling in spellings if spelling != name]
                role: Role = roles.get(key, "moderator")
                speaker = Speaker(name, role, aliases, structure.descriptions.get(key))
                named.append(speaker)
            self._by_key[key] = speaker
        named_interviewers = [s for s in named if s.role == "interviewer"]
        if interviewers:
            self.interviewer = interviewers[0]
        elif named_interviewers and not any(
            raw.keyword and raw.side == "question" for raw in structure.turns
        ):
            keys = {speaker: key for key, speaker in self._by_key.items()}
            self.interviewer = max(named_interviewers, key=lambda s: question_counts[keys[s]])
        else:
            self.interviewer = self._generic_interviewer
        self.interviewee = interviewees[0] if interviewees else self._principal(structure)
        self._named = named
        self._given = [*interviewers, *interviewees, *chairs]

    def _principal(self, structure: Structure) -> Speaker:
        """The interviewee who speaks the most words (the first of them, on a tie)."""
        by_key: Counter[str | None] = Counter()
        for raw in structure.turns:
            by_key[raw.key] += raw.words
        # Summed by key first: a key hashes once, a Speaker by all its fields each time.
        words: Counter[Speaker] = Counter()
        for key, count in by_key.items():
            if key in self._by_key and self._by_key[key].role == "interviewee":
                words[self._by_key[key]] += count
        return words.most_common(1)[0][0] if words else Speaker("Interviewee", "interviewee")

    def of(self, raw: RawTurn) -> Speaker:
        """The speaker of a turn: a named one, or the generic interviewer or interviewee of a keyword."""
        if raw.keyword:  # "Q", "Question", "A", "Answer": the key is the folded keyword
            return self._generic_interviewer if raw.key in _GENERIC_ASKING else self.interviewee
        if raw.key is None:  # a dash turn: dash turns alternate; the asker opens with a remark
            asker = raw.side in {"question", "remark"}
            return self._generic_interviewer if asker else self.interviewee
        return self._by_key[raw.key]

    def others(self) -> tuple[Speaker, ...]:
        main = (self.interviewer, self.interviewee)
        extra = [s for s in self._given if s not in main]
        extra += [s for s in self._named if s not in main and s not in extra]
        return tuple(extra)


class _TurnBuilder:
    """Builds turns with their paragraphs (the interview makes their layout segments from them).

    Every object is given the whole source to slice its text from (none keeps
    a copy). Paragraphs split their sentences on first use with the default
    segmenter; a caller's segmenter runs here, so that its errors are the
    parse's.
    """

    def __init__(
        self,
        text: str,
        segmenter: Segmenter,
        clutter: dict[int, tuple[Span, ...]],
        speakers: _Speakers,
    ) -> None:
        self.text = text
        self.segmenter = segmenter
        self.clutter = clutter
        self.speakers = speakers
        # Where each page break (form feed) stands, in text taken from pages: paragraphs' pages.
        self.pages = _form_feeds(text) if "\f" in text else None

    def __call__(
        self,
        cls: type[_TurnT],
        turn_id: str,
        number: int,
        raw: RawTurn,
        exchange_id: str | None = None,
    ) -> _TurnT:
        text = self.text
        marker = raw.marker
        clutter = self.clutter
        custom = None if self.segmenter is split_sentences else self.segmenter
        pages = self.pages
        blocks = len(raw.blocks)  # times 0.0 count: compare with None, not by truth
        timed = raw.times.count(None) < blocks or raw.ends.count(None) < blocks
        paragraphs = []
        # The reader found every block inside the text: its offsets need no second check.
        for paragraph_number, (block_start, end) in enumerate(raw.blocks, 1):
            span = Span(marker.end if paragraph_number == 1 else block_start, end)
            paragraph_id = f"{turn_id}.p{paragraph_number}"
            paragraph = Paragraph(
                paragraph_id,
                paragraph_number,
                span,
                text,
                None,
                turn_id,
                clutter.get(block_start, ()),
                custom,
                as_timedelta(raw.times[paragraph_number - 1]) if timed else None,
                as_timedelta(raw.ends[paragraph_number - 1]) if timed else None,
                bisect.bisect_right(pages, span.start) + 1 if pages is not None else None,
            )
            if custom is not None:
                paragraph.sentences  # noqa: B018  # split now: the caller's segmenter may fail
            paragraphs.append(paragraph)
        # A turn of one paragraph covers what its paragraph does: one span serves both.
        turn_span = span if len(paragraphs) == 1 else Span(marker.end, raw.blocks[-1][1])
        return cls(
            turn_id,
            number,
            self.speakers.of(raw),
            turn_span,
            text,
            tuple(paragraphs),
            marker,
            exchange_id,
            as_timedelta(raw.start) if timed or raw.start is not None else None,
            as_timedelta(raw.end) if timed or raw.end is not None else None,
        )


def _form_feeds(text: str) -> list[int]:
    """The offsets of the form feeds in ``text``, in order."""
    found = []
    offset = text.find("\f")
    while offset >= 0:
        found.append(offset)
        offset = text.find("\f", offset + 1)
    return found


_SURROGATE = lazy_pattern("[\ud800-\udfff]")


def _encodes(text: str) -> bool:
    """Whether ``text`` holds no lone surrogate: only a surrogate stops UTF-8 from encoding a str.

    Encoding is many times faster than searching for one, and needs no pattern compiled.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_text(text: str) -> None:
    """Refuse lone surrogates: they are undecodable bytes, not text, and no export can write them."""
    if _encodes(text):
        return
    found = _SURROGATE.search(text)  # only to report where the first one stands
    if found is not None:
        raise TranscriptError(
            f"the text holds a lone surrogate (U+{ord(found.group()):04X}), left by bytes that "
            "are not UTF-8: decode the file with errors='strict' to find them, or 'replace'",
            text=text,
            offset=found.start(),
        )


def _check_metadata(strings: dict[str, object], topics: object, entities: object) -> None:
    """The metadata's types, checked here so that a wrong one never reaches the model."""
    for name, value in strings.items():
        if value is not None and not isinstance(value, str):
            msg = f"{name} must be a str or None, not {type(value).__name__}"
            raise InvalidArgumentTypeError(msg)
        if isinstance(value, str) and not _encodes(value):
            msg = f"{name} holds a lone surrogate: decode it as UTF-8 first"
            raise ArgumentValueError(msg)
    _check_items("topics", topics, (Topic, type(None)), "a list of Topic (or None)")
    if not callable(entities):
        _check_items("entities", entities, (Entity,), "a list of Entity, or a function")


def _check_items(name: str, value: object, kinds: tuple[type, ...], wanted: str) -> None:
    if isinstance(value, str) or not isinstance(value, Sequence):
        msg = f"{name} must be {wanted}, not {type(value).__name__}"
        raise InvalidArgumentTypeError(msg)
    for item in value:
        if not isinstance(item, kinds):
            msg = f"{name} must be {wanted}, not a list of {type(item).__name__}"
            raise InvalidArgumentTypeError(msg)


def _check_id(id: object) -> None:
    if not isinstance(id, str):
        msg = f"the interview id must be a str, not {type(id).__name__}"
        raise InvalidArgumentTypeError(msg)
    if not INTERVIEW_ID.fullmatch(id):
        msg = (
            f"invalid interview id {id!r}: use letters, digits, '.', '_' and '-', "
            "starting with a letter or digit, such as 'tass-2065861'"
        )
        raise ArgumentValueError(msg)


def _speakers(given: SpeakersArgument, role: Role) -> list[Speaker]:
    """The speakers given for one role: one or several, as Speakers or names."""
    items = [given] if given is None or isinstance(given, Speaker | str) else given
    if not isinstance(items, Sequence):
        msg = f"the {role} must be a Speaker, a name or a list of them, not {type(given).__name__}"
        raise InvalidArgumentTypeError(msg)
    return [speaker for item in items if (speaker := _speaker(item, role)) is not None]


def _speaker(given: Speaker | str | None, role: Role) -> Speaker | None:
    if isinstance(given, Speaker):
        if given.role != role:
            msg = f"the {role} was given as a Speaker with role {given.role!r}; use role={role!r}"
            raise ArgumentValueError(msg)
        return given
    if given is None:
        return None
    if isinstance(given, str) and given.strip():
        return Speaker(given.strip(), role)
    msg = f"the {role} must be a Speaker or a non-empty name, not {given!r}"
    raise InvalidArgumentTypeError(msg) if not isinstance(given, str) else ArgumentValueError(msg)


def _date(value: datetime.date | str | None) -> datetime.date | None:
    import datetime  # only when a date is given: the import costs more than the parse

    if value is None or isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            msg = f"published={value!r} is not a date: use 'YYYY-MM-DD' or a datetime.date"
            raise ArgumentValueError(msg) from None
    msg = f"published must be a datetime.date or 'YYYY-MM-DD', not {type(value).__name__}"
    raise InvalidArgumentTypeError(msg)
