"""Property-based tests of the parser: generated transcripts in every layout, and arbitrary text.

The default run tries a few hundred examples per property. For the thorough run,
set INTERVIEW_CORPUS_EXAMPLES (e.g. 100000) and select these tests:

    INTERVIEW_CORPUS_EXAMPLES=100000 python -m pytest tests/test_properties.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings, strategies as st

import interview_corpus as ic
from interview_corpus.model._sentences import ABBREVIATIONS

from .test_parse import check_fidelity

EXAMPLES = int(os.environ.get("INTERVIEW_CORPUS_EXAMPLES", "300"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    database=None if EXAMPLES > 1000 else settings.default.database,
)

# A sentence: a capitalised word, more words, and an end mark (single capitals would be initials).
WORDS = st.text(alphabet="abcdefghij xyz,;’", max_size=20).map(str.rstrip)
SENTENCE = st.builds(
    lambda capital, first, rest, end: capital + first + rest + end,
    st.sampled_from("ABWXYZ"),
    st.text(alphabet="aeiouxyz", min_size=1, max_size=5),
    WORDS,
    st.sampled_from([".", "?", "!", "…", ".”", "?’"]),
).filter(lambda sentence: sentence.split()[-1].rstrip(".?!…”’").casefold() not in ABBREVIATIONS)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4)
TURN = st.lists(PARAGRAPH, min_size=1, max_size=3)
NEWLINES = st.sampled_from(["\n", "\r\n"])

Turns = list[tuple[str, str, list[list[str]]]]  # (turn id, speaker name, paragraphs of sentences)


def _gap(draw: st.DrawFn) -> str:
    newline = draw(NEWLINES)
    return draw(st.sampled_from([newline * 2, newline * 3, " " + newline + "\t" + newline]))


def _prefix(draw: st.DrawFn, gap: str) -> str:
    """An optional byte order mark and header, or YAML front matter."""
    bom = draw(st.sampled_from(["", "\ufeff"]))
    header = draw(
        st.sampled_from(
            [
                "",
                "Headline",
                "All news" + gap + "Headline" + gap + "A lede.",
                "# A Markdown heading",
                '---\ntitle: "A title: with a colon"\ndate: 2024-05-01\n---',
            ]
        )
    )
    return bom + (header + gap if header else "")


@st.composite
def dash_transcripts(draw: st.DrawFn) -> tuple[str, Turns]:
    """A well-formed dash transcript and the structure it was made from."""
    turns = draw(st.lists(TURN, min_size=1, max_size=4).map(lambda t: t * 2 if len(t) % 2 else t))
    gap = _gap(draw)
    # En and em dashes, or hyphens in a text that has no other dashes.
    dashes = draw(st.sampled_from([["– ", "–\u00a0", "— "], ["- "]]))
    blocks: list[str] = []
    expected: Turns = []
    for position, turn in enumerate(turns):
        number = position // 2 + 1
        kind, speaker = ("q", "Interviewer") if position % 2 == 0 else ("a", "Interviewee")
        expected.append((f"{kind}{number}", speaker, turn))
        for index, paragraph in enumerate(turn):
            marker = draw(st.sampled_from(dashes)) if index == 0 else ""
            blocks.append(marker + " ".join(paragraph))
    return _prefix(draw, gap) + gap.join(blocks) + draw(st.sampled_from(["", gap, " "])), expected


NAMES = ["Ann Lee", "Bo Chan", "Cy Diaz von Berg", "Dara O'Brien"]
# How a transcript writes its labels: one form throughout, as real transcripts do.
LABEL_FORMS = [
    "{name}:{gap}",
    "**{name}:**{gap}",
    "**{name}**:{gap}",
    "[00:0{n}:1{n}] {name}:{gap}",
    "{name} (00:0{n}:1{n}):{gap}",
]
QUESTION_FORMS = ["Question:{gap}", "Q:{gap}", "Q\t", "Q\u00a0\u00a0\u00a0", "Q.{gap}"]


def _asking(turn: list[list[str]]) -> list[list[str]]:
    """The same turn, its first paragraph ending with a question."""
    first = [*turn[0][:-1], turn[0][-1].rstrip(".?!…”’") + "?"]
    return [first, *turn[1:]]


def _telling(turn: list[list[str]]) -> list[list[str]]:
    """The same turn, with no question mark and opening with a plain sentence."""
    plain = [[s.replace("?", ".") for s in paragraph] for paragraph in turn]
    return [["Well, it is so."] + plain[0], *plain[1:]]


@st.composite
def labelled_transcripts(draw: st.DrawFn) -> tuple[str, Turns]:
    """A well-formed labelled transcript: a moderator, opening statements, questions that ask,
    one or two answers to each (the rules of docs/explanation/reading.md)."""
    gap = _gap(draw)
    keyword_answers = draw(st.booleans())
    label_form = draw(st.sampled_from(LABEL_FORMS))
    question_form = draw(st.sampled_from(QUESTION_FORMS))
    plan: list[tuple[str, str]] = []  # (side, label)
    if draw(st.booleans()):
        plan.append(("remark", "Moderator"))
    # An answering speaker may open with a statement (a turn of theirs outside the exchanges).
    opening = None if keyword_answers or not draw(st.booleans()) else draw(st.sampled_from(NAMES))
    if opening:
        plan.append(("opening", opening))
    for number in range(draw(st.integers(1, 4))):
        plan.append(("question", "Q"))
        if draw(st.booleans()):
            plan.append(("remark", "Moderator"))  # a remark between a question and its answer
        for index in range(draw(st.integers(1, 2))):
            if keyword_answers:
                label = draw(st.sampled_from(["A", "Answer"]))
            elif opening and number == 0 and index == 0:
                label = opening
            else:
                label = draw(st.sampled_from(NAMES))
            plan.append(("answer", label))
        if draw(st.booleans()):
            plan.append(("remark", "Moderator"))
    blocks: list[str] = []
    expected: list[tuple[str, str, list[list[str]]]] = []
    sides: list[str] = []
    question = remark = statement = 0
    answers = 0
    for side, label in plan:
        turn = draw(TURN)
        if side == "question":
            question += 1
            answers = 0
            turn = _asking(turn)
            turn_id, speaker = f"q{question}", "Interviewer"
        elif side == "answer":
            turn = _telling(turn)
            turn_id = f"a{question}" + ("" if answers == 0 else chr(ord("a") + answers))
            answers += 1
            speaker = label
        elif side == "opening":
            statement += 1
            turn = _telling(turn)
            turn_id, speaker = f"s{statement}", label
        else:
            remark += 1
            turn = _telling(turn)
            turn_id, speaker = f"r{remark}", label
        expected.append((turn_id, speaker, turn))
        sides.append(side)
        separator = draw(st.sampled_from([" ", "\u00a0", "  ", "\n"]))
        if side == "question":
            marker = question_form.format(gap=separator)
        elif label in NAMES:
            marker = label_form.format(name=label, gap=separator, n=len(blocks) % 10)
        else:
            marker = f"{label}:{separator}"
        blocks.append(marker + " ".join(turn[0]))
        blocks.extend(" ".join(paragraph) for paragraph in turn[1:])
    # Keyword answers ('A', 'Answer') are the speaker who answers most: the interviewee.
    answering = [turn for turn, side in zip(expected, sides, strict=True) if side == "answer"]
    if keyword_answers and answering:
        expected = [
            (turn_id, "Interviewee" if side == "answer" else speaker, turn)
            for (turn_id, speaker, turn), side in zip(expected, sides, strict=True)
        ]
    return _prefix(draw, gap) + gap.join(blocks), expected


def parsed_structure(iv: ic.Interview) -> Turns:
    return [
        (turn.id, turn.speaker.name, [[s.text for s in p.sentences] for p in turn.paragraphs])
        for turn in iv.turns()
    ]


@SETTINGS
@given(st.one_of(dash_transcripts(), labelled_transcripts()))
def test_generated_transcripts_parse_to_their_structure(generated):
    """Any well-formed transcript parses to the turns, speakers, paragraphs and sentences it was built from."""
    text, expected = generated
    iv = ic.parse(text, id="generated")
    assert parsed_structure(iv) == expected
    assert len(iv) == sum(1 for turn_id, _, _ in expected if turn_id.startswith("q"))
    check_fidelity(iv)


ALPHABET = st.sampled_from("ab. ?:–—\u00a0\n\r\t©XQA\ufeff")


@SETTINGS
@given(
    st.text(alphabet=ALPHABET, max_size=80),
    st.sampled_from(["auto", "dash", "labelled"]),
    st.booleans(),
)
def test_any_text_parses_or_raises_transcript_error(text, style, strict):
    """For any str, parse returns an Interview or raises TranscriptError, nothing else."""
    try:
        iv = ic.parse(text, id="any", style=style, strict=strict)
    except ic.TranscriptError as error:
        position = (error.line, error.column)
    else:
        check_fidelity(iv)
        return
    line_end = "\n" if "\n" in text else "\r"  # a CR alone is a line end (old Mac files)
    assert 1 <= position[0] <= text.count(line_end) + 1
    assert position[1] >= 1


@SETTINGS
@given(st.text(max_size=200))
def test_any_unicode_text_parses_or_raises_transcript_error(text):
    """Arbitrary Unicode never escapes as anything but an Interview or a TranscriptError."""
    try:
        iv = ic.parse(text, id="any")
    except ic.TranscriptError:
        return
    check_fidelity(iv)


LEXICON = [
    ic.Entity("xa", "Xa", "person", aliases=["Xa"]),
    ic.Entity("bay", "Bay", "place", aliases=["Bay"], demonyms=["Bayan"]),
]


@settings(SETTINGS, max_examples=max(EXAMPLES // 3, 1))  # each example writes and reads JSON twice
@given(
    st.one_of(dash_transcripts(), labelled_transcripts()),
    st.booleans(),
    st.sampled_from([None, 2]),
)
def test_json_round_trip(generated, with_lexicon, indent):
    """Any parsed interview survives to_json/from_json: equal, with the same mentions and the same JSON again."""
    text, _ = generated
    iv = ic.parse(text, id="generated", entities=LEXICON if with_lexicon else ())
    document = ic.to_json(iv, indent=indent)
    again = ic.from_json(document)
    assert isinstance(again, ic.Interview)
    assert again == iv
    assert again.mentions() == iv.mentions()
    assert ic.to_json(again, indent=indent) == document
    corpus = ic.Corpus([iv, ic.parse("Q: Why?\n\nA: Because.", id="other")])
    assert ic.from_json(ic.to_json(corpus)) == corpus


TIME_FORMS = (
    "{name} ({stamp}):{gap}",  # Otter, Rev: "Jane Roe (00:12):"
    "{name} ({stamp}) -{gap}",  # a tool's export: "Jane Roe (00:12:34) - words"
    "[{stamp}] {name}:{gap}",  # "[00:12:34] Jane Roe:"
    "[{name}] [{stamp}]{gap}",  # "[Jane Roe] [12:34]"
    "{name}  {stamp}\n",  # a name and the time alone on the line, the words below
)


def _stamp(seconds: float, hours: bool, fraction: bool) -> str:
    whole = int(seconds)
    text = (
        f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
        if hours
        else (f"{whole // 60:02d}:{whole % 60:02d}")
    )
    return f"{text}.{round((seconds - whole) * 1000):03d}" if fraction else text


@st.composite
def timed_transcripts(draw: st.DrawFn) -> tuple[str, list[float]]:
    """A labelled transcript with a time in every label, and those times in seconds."""
    form = draw(st.sampled_from(TIME_FORMS))
    hours, fraction = draw(st.booleans()), draw(st.booleans())
    gaps = draw(st.lists(st.integers(1, 400), min_size=2, max_size=8))
    times: list[float] = []
    moment = float(draw(st.integers(0, 30)))
    blocks = []
    for index, step in enumerate(gaps):
        moment += step + (draw(st.sampled_from([0, 0.25, 0.5])) if fraction else 0)
        if not hours:
            moment = min(moment, 99 * 60)
        stamp = _stamp(moment, hours, fraction)
        times.append(round(moment, 3))
        name = "Ann Lee" if index % 2 == 0 else "Bo Chen"
        words = " ".join(draw(PARAGRAPH))
        words = words.replace("?", ".") + (" Why?" if index % 2 == 0 else "")
        blocks.append(form.format(name=name, stamp=stamp, gap=" ") + words)
    if len(blocks) % 2:
        blocks.pop()
        times.pop()
    return "\n\n".join(blocks), times


@settings(SETTINGS, max_examples=max(EXAMPLES // 3, 1))
@given(timed_transcripts())
def test_times_round_trip(tmp_path_factory, generated):
    """Any time-coded transcript keeps its times through JSON, records and the corpus file."""
    text, times = generated
    iv = ic.parse(text, id="timed", interviewer="Ann Lee", interviewee="Bo Chen")
    assert [turn.start.total_seconds() for turn in iv.turns()] == times
    assert [turn.end.total_seconds() for turn in iv.turns()[:-1]] == times[1:]
    check_fidelity(iv)
    again = ic.from_json(ic.to_json(iv))
    assert [(t.start, t.end) for t in again.turns()] == [(t.start, t.end) for t in iv.turns()]
    assert [row["start_time"] for row in iv.records("turn")] == times
    path = tmp_path_factory.mktemp("timed") / "c.db"
    with ic.Corpus.build(path, [iv], jobs=1) as stored:
        assert [row["start_time"] for row in stored.records("turn")] == times
        assert [(t.start, t.end) for t in stored["timed"].turns()] == [
            (t.start, t.end) for t in iv.turns()
        ]
