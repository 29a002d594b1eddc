"""Property-based tests of the parser: generated transcripts in every layout, and arbitrary text.

The default run tries a few hundred examples per property. For the thorough run,
set INTERVIEW_CORPUS_EXAMPLES (e.g. 100000) and select these tests:

    INTERVIEW_CORPUS_EXAMPLES=100000 python -m pytest tests/test_properties.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import interview_corpus as ic
from interview_corpus._segment import ABBREVIATIONS

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
    """An optional byte order mark and header."""
    bom = draw(st.sampled_from(["", "\ufeff"]))
    header = draw(
        st.sampled_from(["", "Headline", "All news" + gap + "Headline" + gap + "A lede."])
    )
    return bom + (header + gap if header else "")


@st.composite
def dash_transcripts(draw: st.DrawFn) -> tuple[str, Turns]:
    """A well-formed dash transcript and the structure it was made from."""
    turns = draw(st.lists(TURN, min_size=1, max_size=4).map(lambda t: t * 2 if len(t) % 2 else t))
    gap = _gap(draw)
    blocks: list[str] = []
    expected: Turns = []
    for position, turn in enumerate(turns):
        number = position // 2 + 1
        kind, speaker = ("q", "Interviewer") if position % 2 == 0 else ("a", "Interviewee")
        expected.append((f"{kind}{number}", speaker, turn))
        for index, paragraph in enumerate(turn):
            marker = draw(st.sampled_from(["– ", "–\u00a0", "— "])) if index == 0 else ""
            blocks.append(marker + " ".join(paragraph))
    return _prefix(draw, gap) + gap.join(blocks) + draw(st.sampled_from(["", gap, " "])), expected


NAMES = ["Ann Lee", "Bo Chan", "Cy Diaz von Berg", "Dara O'Brien"]


@st.composite
def labelled_transcripts(draw: st.DrawFn) -> tuple[str, Turns]:
    """A well-formed labelled transcript: remarks, questions with one or more answers, a moderator."""
    gap = _gap(draw)
    keyword_answers = draw(st.booleans())
    plan: list[tuple[str, str]] = []  # (side, label)
    if draw(st.booleans()):
        plan.append(("remark", "Moderator"))
    # Opening remarks come from someone who answers later too: a name used once above the
    # first sure label is read as a header block, by design.
    opening = None if keyword_answers or not draw(st.booleans()) else draw(st.sampled_from(NAMES))
    if opening:
        plan.append(("opening", opening))
    for number in range(draw(st.integers(1, 4))):
        plan.append(("question", draw(st.sampled_from(["Question", "Q"]))))
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
    named = [label for side, label in plan if side in ("opening", "answer") and label in NAMES]
    interviewee = named[0] if named else "Interviewee"
    blocks: list[str] = []
    expected: Turns = []
    question = remark = 0
    answers = 0
    for side, label in plan:
        turn = draw(TURN)
        if side == "question":
            question += 1
            answers = 0
            turn_id, speaker = f"q{question}", "Interviewer"
        elif side == "answer":
            turn_id = f"a{question}" + ("" if answers == 0 else chr(ord("a") + answers))
            answers += 1
            speaker = interviewee if label in ("A", "Answer") else label
        else:
            remark += 1
            turn_id, speaker = f"r{remark}", label
        expected.append((turn_id, speaker, turn))
        separator = draw(st.sampled_from([": ", ":\u00a0", ":  ", ":\n"]))
        blocks.append(label + separator + " ".join(turn[0]))
        blocks.extend(" ".join(paragraph) for paragraph in turn[1:])
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
    assert 1 <= position[0] <= text.count("\n") + 1
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
