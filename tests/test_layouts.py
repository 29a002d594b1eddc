"""Tests for the layouts ic.parse reads: dash turns and labelled turns, from fixture files."""

from __future__ import annotations

import re

import pytest

import interview_corpus as ic
from interview_corpus.reading._layout import Lines, _run_in_pattern, speaker_key

from .conftest import FIXTURES
from .test_parse import check_fidelity


def structure(iv: ic.Interview) -> list[tuple[str, str, int]]:
    return [(turn.id, turn.speaker.name, len(turn.paragraphs)) for turn in iv.turns()]


def test_dash_layout_with_em_dashes_crlf_bom_and_a_full_header():
    """Em dashes, CRLF, a BOM, trailing spaces and extra blank lines; spans index the file."""
    path = FIXTURES / "dash_em_crlf.txt"
    iv = ic.read(path)
    assert iv.id == "dash_em_crlf"
    assert iv.source == path.read_bytes().decode("utf-8")
    assert iv.source.startswith("\ufeff")
    assert "\r\n" in iv.source
    assert iv.title == "Mayor Ana Ruiz: the harbour will reopen in spring"
    assert iv.photo == ic.Photo(
        caption="Mayor Ana Ruiz at the harbour office",
        caption_span=iv.photo.caption_span,
        credit="Port Gazette/J. Vidal",
        credit_span=iv.photo.credit_span,
    )
    assert iv.lede == "The mayor of Puerto Claro spoke to the Port Gazette about the storm repairs."
    navigation = [s.text for s in iv.segments if s.kind == "navigation"]
    assert navigation == ["Home", "Interviews"]
    assert structure(iv) == [
        ("q1", "Interviewer", 1),
        ("a1", "Interviewee", 2),
        ("q2", "Interviewer", 1),
        ("a2", "Interviewee", 1),
    ]
    assert iv.questions[0].text == "When will the harbour reopen?"
    assert [s.text for s in iv.answers[1].sentences] == [
        "The region pays half; the city pays the rest.",
        "Dr. Ortiz of the port authority signed the plan on March 3.",
    ]
    check_fidelity(iv)


def test_q_and_a_labels():
    """Q:/A: labels, multi-line and multi-paragraph turns; the headline above stays a header."""
    iv = ic.read(FIXTURES / "labelled_qa.txt", interviewee="Mayor Ruiz")
    assert iv.title == "Transcript: council meeting, 12 May"
    assert structure(iv) == [
        ("q1", "Interviewer", 1),
        ("a1", "Mayor Ruiz", 2),
        ("q2", "Interviewer", 1),
        ("a2", "Mayor Ruiz", 1),
        ("q3", "Interviewer", 1),
        ("a3", "Mayor Ruiz", 1),
    ]
    assert iv.questions[1].text == "What about the schools?\nWill they get the new roofs?"
    assert iv.source[slice(*iv.questions[0].marker)] == "Q: "
    assert iv.remarks == ()
    check_fidelity(iv)


def test_named_speakers_remarks_moderator_and_two_answers():
    """Moderator lines are remarks, an answerer's opening statement is a statement (s1);
    two people may answer one question."""
    iv = ic.read(FIXTURES / "labelled_named.txt")
    assert structure(iv) == [
        ("r1", "Moderator", 1),
        ("s1", "Elena Park", 2),
        ("r2", "Moderator", 1),
        ("q1", "Interviewer", 1),
        ("a1", "Elena Park", 1),
        ("a1b", "Tom Okafor", 1),
        ("q2", "Interviewer", 1),
        ("a2", "Elena Park", 1),
        ("r3", "Moderator", 1),
    ]
    assert iv.interviewee.name == "Elena Park"
    assert [(s.name, s.role) for s in iv.speakers] == [
        ("Interviewer", "interviewer"),
        ("Elena Park", "interviewee"),
        ("Moderator", "moderator"),
        ("Tom Okafor", "interviewee"),
    ]
    exchange = iv.exchange(1)
    assert [answer.id for answer in exchange.answers] == ["a1", "a1b"]
    assert exchange.answer.id == "a1"
    assert exchange.text.startswith("Question: How much")
    assert exchange.text.endswith("federal grant.")
    assert [remark.id for remark in iv.remarks] == ["r1", "r2", "r3"]
    assert [statement.id for statement in iv.statements] == ["s1"]
    assert isinstance(iv.statements[0], ic.Answer)
    assert iv.lookup("a1b.p1.s1").text == "I would add that half of it came from a federal grant."
    assert iv.lookup("s1.p2").text == "The fish have come back to the upper reaches."
    assert [t.id for t in iv.turns(speaker="moderator")] == ["r1", "r2", "r3"]
    assert [t.id for t in iv.turns(speaker="interviewee")] == ["s1", "a1", "a1b", "a2"]
    assert [t.id for t in iv.turns(speaker="Tom Okafor")] == ["a1b"]
    check_fidelity(iv)


def test_interviewer_named_by_label():
    """A label that is the given interviewer's name marks questions."""
    iv = ic.read(FIXTURES / "labelled_interviewer_named.txt", interviewer="Radio Sol")
    assert structure(iv) == [
        ("q1", "Radio Sol", 1),
        ("a1", "Luis Mendes", 1),
        ("q2", "Radio Sol", 1),
        ("a2", "Luis Mendes", 1),
    ]


def test_given_interviewee_matches_a_label():
    """A label that is the given interviewee's name (or alias) is that Speaker."""
    lavrov = ic.Speaker("Sergey Lavrov", "interviewee", ["Sergei Lavrov"])
    text = "Question: Why?\n\nSergei Lavrov: Because.\n\nQuestion: When?\n\nSergei Lavrov: Now."
    iv = ic.parse(text, id="x", interviewee=lavrov)
    assert {turn.speaker for turn in iv.answers} == {lavrov}
    assert iv.other_speakers == ()


def test_one_off_notes_stay_text():
    """'Note:' and a one-off label above the first turn are not speakers."""
    text = (
        "Briefing: the new port\n\nQ: Is it ready?\n\nA: Almost.\n\nNote: the date may change.\n\n"
        "Q: When?\n\nA: In May."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Briefing: the new port"
    assert [t.id for t in iv.turns()] == ["q1", "a1", "q2", "a2"]
    assert iv.answers[0].paragraphs[1].text == "Note: the date may change."


def test_style_can_be_forced():
    """style='dash' reads labels as text, style='labelled' reads dashes as text."""
    text = "– Q: one?\n\n– A: two."
    assert ic.parse(text, id="x").questions[0].text == "Q: one?"
    labelled = ic.parse("Q: one?\n\n– an aside\n\nA: two.", id="x", style="labelled")
    assert labelled.questions[0].paragraphs[1].text == "– an aside"
    mixed = (FIXTURES / "errors" / "mixed.txt").read_text(encoding="utf-8")
    assert len(ic.parse(mixed, id="x", style="dash").answers[0].paragraphs) == 3
    assert [t.id for t in ic.parse(mixed, id="x", style="labelled").turns()] == ["q1", "a1"]
    with pytest.raises(ic.ArgumentValueError):
        ic.parse(text, id="x", style="table")
    with pytest.raises(ic.TranscriptError):
        ic.parse("– Q?\n\n– A.", id="x", style="labelled")


def test_unanswered_question_kept_when_not_strict():
    """strict=False keeps a last (or any) unanswered question as an exchange with no answers."""
    for name in ("unanswered.txt", "dash_unanswered.txt"):
        iv = ic.read(FIXTURES / "errors" / name, strict=False)
        last = iv.exchanges[-1]
        assert last.answers == ()
        assert not last.answered
        assert last.span == ic.Span(last.question.marker.start, last.question.span.end)
        with pytest.raises(ic.NotFoundError):
            last.answer  # noqa: B018
        check_fidelity(iv)
    text = "Q: One?\n\nQ: Two?\n\nA: Only two."
    iv = ic.parse(text, id="x", strict=False)
    assert [len(e.answers) for e in iv] == [0, 1]


@pytest.mark.parametrize(
    ("name", "line", "column", "words"),
    [
        ("empty.txt", 1, 1, "the text is empty"),
        ("whitespace.txt", 1, 1, "only white space"),
        ("no_turns.txt", 1, 1, "no question/answer turns found"),
        ("mixed.txt", 7, 1, "mixes dash turns (line 3) and labelled turns (line 7)"),
        ("opens_with_answer.txt", 1, 1, "an answer to no question"),
        ("unanswered.txt", 5, 1, "question 2 has no answer"),
        ("dash_unanswered.txt", 5, 1, "question 2 has no answer"),
        ("not_utf8.txt", 3, 6, "is not UTF-8"),
    ],
)
def test_error_fixtures(name, line, column, words):
    """Each unreadable file raises TranscriptError with path, line, column and a fix."""
    path = FIXTURES / "errors" / name
    with pytest.raises(ic.TranscriptError) as caught:
        ic.read(path)
    error = caught.value
    assert (error.line, error.column) == (line, column)
    assert words in error.reason
    assert error.path == str(path)
    assert str(error).startswith(f"{path}:{line}:{column}: ")


def test_named_opening_statements_are_valid_but_a_keyword_answer_is_not():
    """A named speaker may open (a statement, s1); an 'A:' may not."""
    iv = ic.parse("Ann Lee: Welcome.\n\nQ: Why?\n\nAnn Lee: Because.", id="x")
    assert [t.id for t in iv.turns()] == ["s1", "q1", "a1"]
    with pytest.raises(ic.TranscriptError, match="an answer to no question"):
        ic.parse("Answer: Welcome.\n\nQuestion: Why?\n\nAnswer: Because.", id="x")


def test_labels_with_particles_and_apostrophes():
    """Names such as 'Ursula von der Leyen' and "Dara O'Brien" are labels; 'the point is' is not."""
    text = (
        "Question: One?\n\nUrsula von der Leyen: Yes.\n\nQuestion: Two?\n\n"
        "Dara O'Brien: No.\n\nQuestion: Three?\n\nUrsula von der Leyen: The point is: maybe."
    )
    iv = ic.parse(text, id="x")
    assert [t.speaker.name for t in iv.answers] == [
        "Ursula von der Leyen",
        "Dara O'Brien",
        "Ursula von der Leyen",
    ]
    assert iv.answers[2].text == "The point is: maybe."


def test_a_label_with_a_mark_of_doubt_names_its_speaker():
    """'Name [?]:' (a machine transcript unsure of its speaker) is the label of 'Name', mark included."""
    text = (
        "[00:00:05] Host: Why the river?\n\n[00:00:09] Guest: It floods.\n\n"
        "[00:00:12] Host [?]: And the bridge?\n\n[00:00:15] Guest (?): It holds."
    )
    iv = ic.parse(text, id="x")
    assert [(t.speaker.name, t.text) for t in iv.turns()] == [
        ("Host", "Why the river?"),
        ("Guest", "It floods."),
        ("Host", "And the bridge?"),
        ("Guest", "It holds."),
    ]
    assert iv.source[slice(*iv.questions[1].marker)] == "[00:00:12] Host [?]: "
    check_fidelity(iv)


def test_a_label_in_its_own_paragraph_takes_the_words_below():
    """'A:' alone, with the answer in the next paragraph, is a turn (it was an error before)."""
    iv = ic.read(FIXTURES / "errors" / "label_alone.txt")
    assert [(t.id, t.text) for t in iv.turns()] == [("q1", "Why?"), ("a1", "Because.")]
    assert iv.source[slice(*iv.answers[0].marker)] == "A:\n\n"
    check_fidelity(iv)


def test_a_label_with_nothing_after_it_is_an_error():
    """A label followed by nothing (the end of the text) says so, where it stands."""
    with pytest.raises(ic.TranscriptError, match="the label 'A' has no words after it") as caught:
        ic.parse("Q: Why?\n\nA:", id="x")
    assert (caught.value.line, caught.value.column) == (3, 1)


def test_a_name_and_colon_indented_under_a_margin_label_is_words():
    """Labels alone at the margin above indented words: an indented 'Mr. Roe: ...' addresses him."""
    pairs = [
        ("Where were you born?", "In Leeds."),
        ("When did you move?", "In 1990."),
        ("Mr. Roe: at the briefing you said you had left. Is that right?", "Yes."),
        ("Why?", "For work."),
        ("Did you go back?", "Never."),
    ]
    text = "".join(f"Ms. Lee:\n  {question}\nMr. Roe:\n  {answer}\n" for question, answer in pairs)
    iv = ic.parse(text, id="x")
    assert [q.text for q in iv.questions][2].startswith("Mr. Roe: at the briefing")
    assert [(q.speaker.name, a.text) for q, a in zip(iv.questions, iv.answers, strict=True)][2] == (
        "Ms. Lee",
        "Yes.",
    )
    check_fidelity(iv)


def test_a_named_label_with_no_words_before_the_next_turn_is_set_aside():
    """'Bo Chen:' and nothing, then the next turn: a speaker heard but not made out, no turn."""
    text = (
        "Ann Lee: Where does the ferry go?\n\nBo Chen: \n\n"
        "Bo Chen: To the island, twice a day.\n\nAnn Lee: And in winter?\n\nBo Chen: Once."
    )
    iv = ic.parse(text, id="x")
    assert [(t.id, t.text) for t in iv.turns()][:2] == [
        ("q1", "Where does the ferry go?"),
        ("a1", "To the island, twice a day."),
    ]
    assert [s.text for s in iv.segments if s.kind == "empty-turn"] == ["Bo Chen:"]
    check_fidelity(iv)
    with pytest.raises(ic.TranscriptError, match="the label 'A' has no words after it"):
        ic.parse("Q: Why?\n\nA:\n\nQ: When?\n\nA: Now.", id="y")


@pytest.mark.parametrize("label", ["Read also", "See also"])
def test_page_furniture_is_set_aside(label):
    """'See also: …' and the like are page clutter: a segment of their own, not a paragraph."""
    text = f"Q: Why?\n\nA: Because.\n\n{label}: more.\n\nQ: When?\n\nA: Now."
    iv = ic.parse(text, id="x")
    assert [turn.id for turn in iv.turns()] == ["q1", "a1", "q2", "a2"]
    assert [p.text for p in iv.answers[0].paragraphs] == ["Because."]
    assert [s.text for s in iv.segments if s.kind == "furniture"] == [f"{label}: more."]
    check_fidelity(iv)


@pytest.mark.parametrize("label", ["Editor's note", "P.S.", "Update", "Note"])
def test_words_that_are_never_speakers(label):
    """Labels such as 'Read also:' or "Editor's note:" continue the turn instead of starting one."""
    text = f"Q: Why?\n\nA: Because.\n\n{label}: more.\n\nQ: When?\n\nA: Now."
    iv = ic.parse(text, id="x")
    assert [turn.id for turn in iv.turns()] == ["q1", "a1", "q2", "a2"]
    assert iv.answers[0].paragraphs[-1].text == f"{label}: more."


def test_too_many_answers_to_one_question():
    """Up to 651 answer turns follow one question (a1, a1b … a1z, a1bb … a1zz), as a meeting's
    presenter speaks in many labelled turns in a row; a 652nd is reported where it stands."""
    turns = [f"A: Part {number}." for number in range(652)]
    iv = ic.parse("Q: Everyone?\n\n" + "\n\n".join(turns[:651]), id="x")
    ids = [answer.id for answer in iv.exchange(1).answers]
    assert ids[24:28] == ["a1y", "a1z", "a1bb", "a1bc"]
    assert (ids[-1], len(set(ids))) == ("a1zz", 651)
    assert ic.from_json(ic.to_json(iv)).answers[-1].id == "a1zz"
    with pytest.raises(ic.TranscriptError, match="more than 651 answer turns") as caught:
        ic.parse("Q: Everyone?\n\n" + "\n\n".join(turns), id="x")
    assert caught.value.line == 1 + 2 * 652


def test_live_captions_mark_a_new_speaker_with_chevrons():
    """'>> NAME:' opens a turn, as live captions (CART) mark each change of speaker; the
    chevrons are part of the marker (issue 22: captions with '>>' speaker changes)."""
    text = (
        ">> JANE ROE: So that is the tool I built.\n\n"
        ">> AUDIENCE MEMBER: Why not in the kernel?\n\n"
        ">> JANE ROE: Two reasons, really.\n\n"
        ">> AUDIENCE MEMBER: Would you do it again?\n\n"
        ">> JANE ROE: Yes.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(q.text, a.text) for q, a in ((e.question, e.answers[0]) for e in iv)] == [
        ("Why not in the kernel?", "Two reasons, really."),
        ("Would you do it again?", "Yes."),
    ]
    assert iv.source[slice(*iv.questions[0].marker)] == ">> AUDIENCE MEMBER: "
    assert {turn.speaker.name for turn in iv.turns()} == {"JANE ROE", "AUDIENCE MEMBER"}
    check_fidelity(iv)


def test_a_parliaments_numbered_question_opens_the_askers_turn():
    """'1. ANN LEE (Party) to the Minister of Works: ...': a parliament's numbered question names
    the asker, their party or office in brackets and whom it is put to; the number is part of
    the marker and the asker is the speaker of their later, shorter labels."""
    text = (
        "Questions to Ministers\n\nWorks—Bridges\n\n"
        "1. ANN LEE (Green Party) to the Minister of Works : Is the harbour bridge safe?\n\n"
        "Hon BO CHEN (Minister of Works): Yes, it was inspected in May.\n\n"
        "Ann Lee : When will the report be published?\n\n"
        "Hon BO CHEN : Next week.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(e.question.text, e.answers[0].text) for e in iv] == [
        ("Is the harbour bridge safe?", "Yes, it was inspected in May."),
        ("When will the report be published?", "Next week."),
    ]
    assert iv.questions[0].speaker.name == iv.questions[1].speaker.name
    check_fidelity(iv)


def test_chevrons_with_no_name_open_turns_as_dashes_do():
    """'>> ' alone at each paragraph's start marks a change of speaker, as a dash does in
    written dialogue: a page of caption-made turns that names no one is still a dialogue."""
    text = (
        "Ferries and the sea\n\nA talk with a harbour pilot.\n\nTranscript\n\n"
        ">> Welcome. How long have you been a pilot?\n\n"
        ">> Twenty years, give or take.\n\n"
        ">> What changed most?\n\n"
        ">> The size of the ships.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(e.question.text, e.answers[0].text) for e in iv] == [
        ("Welcome. How long have you been a pilot?", "Twenty years, give or take."),
        ("What changed most?", "The size of the ships."),
    ]
    assert iv.source[slice(*iv.questions[0].marker)] == ">> "
    check_fidelity(iv)


@pytest.mark.parametrize("text", [">>", ">> ", "[1.] ", ">>\n\n>>", "[00:01:14] "])
def test_a_line_of_only_a_markers_opening_is_a_transcript_error(text):
    """Chevrons, an editor's number or a time with nothing after them: the library's error, no crash."""
    with pytest.raises(ic.TranscriptError):
        ic.parse(text, id="x")


def test_quotations_in_one_speakers_talk_are_no_other_voice():
    """'>' paragraphs that do not take turns with the labelled speaker (a letter quoted over
    two paragraphs, twice) are quotations in the talk, not turns of an unnamed voice."""
    text = (
        "ROE: I got two letters this week.\n\n> Dear Roe, why do the ferries stop?\n\n"
        "> And why in winter?\n\nThen another one came.\n\n> Dear Roe, who pays for the piers?"
        "\n\n> Is it the town?\n\nThat is all."
    )
    assert [m.marker for m in ic.explain(text).markers if m.marker.startswith(">")] == []


def test_captions_that_name_one_voice_open_the_other_with_chevrons():
    """Where captions name only the speaker, '>>' paragraphs without a name are the
    audience's turns (questions: they ask); where they name only the host, '> ' paragraphs
    are the guest's (answers)."""
    talk = (
        "ROE:  My talk ends here.\n\n>>  Why did you pick Rust?\n\nROE:  Safety, mostly.\n\n"
        ">>  And speed?\n\nROE:  That too.\n\n>>  Thank you.  Give her a hand.\n"
    )
    iv = ic.parse(talk, id="x")
    assert [(e.question.text, e.answers[0].text) for e in iv] == [
        ("Why did you pick Rust?", "Safety, mostly."),
        ("And speed?", "That too."),
    ]
    assert iv.source[slice(*iv.questions[0].marker)] == ">>  "
    check_fidelity(iv)
    hosted = (
        "HOST: Welcome. Our guest will speak about parsers.\n"
        "> Thank you. Parsers are everywhere, and I built one.\n"
        "HOST: Why build your own?\n"
        "> The others were too slow.\n"
        "HOST: Is it released?\n"
        "> Yes, last week.\n"
    )
    iv = ic.parse(hosted, id="x")
    assert [(e.question.text, e.answers[0].text) for e in iv][1:] == [
        ("Why build your own?", "The others were too slow."),
        ("Is it released?", "Yes, last week."),
    ]
    check_fidelity(iv)


def test_an_unnamed_chevron_turn_that_opens_the_dialogue_takes_turns_first():
    """A host's unnamed '>>' opening, above every labelled turn, follows no one: it still
    takes turns with the one named speaker, so the unnamed paragraphs are the host's."""
    text = (
        "A radio visit\n\n"
        ">> GOOD MORNING, AND WELCOME BACK, MINISTER. WHY ARE THE FERRIES LATE?\n\n"
        ">> MINISTER ROE: GOOD MORNING TO YOU.\n\n"
        ">> AND TO YOU.\n\n"
        ">> MINISTER ROE: THE ENGINES ARE OLD, AND NEW ONES ARE ON THE WAY.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(turn.kind, turn.speaker.name) for turn in iv.turns()] == [
        ("question", "Interviewer"),
        ("answer", "MINISTER ROE"),
        ("question", "Interviewer"),
        ("answer", "MINISTER ROE"),
    ]
    check_fidelity(iv)


def test_names_alone_above_chevron_turns_are_the_pages_furniture():
    """Short lines over a sign-up line, all above the first '>>' turn, are a page's menu,
    not speakers: the chevrons below them open the turns."""
    text = (
        "Tide Tables\nThe week's tides at every pier, sent each Monday.\n\n"
        "Timetables\nThe winter sailings, sent when they change.\n\n"
        "Notices\nClosed piers and late boats, sent as they happen.\n\n"
        "Tide Tables\nThe week's tides at every pier, sent each Monday.\n\n"
        "Timetables\nThe winter sailings, sent when they change.\n\n"
        "Notices\nClosed piers and late boats, sent as they happen.\n\n"
        "The Harbour Master Answers the Islands\n\n"
        ">> CAPTAIN ROE, WHAT KEEPS THE NIGHT BOAT IN DOCK THIS WEEK?\n\n"
        ">> ICE ON THE RIVER, AND A PROPELLER WE ARE STILL WAITING FOR.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(turn.kind, turn.text[:12]) for turn in iv.turns()] == [
        ("question", "CAPTAIN ROE,"),
        ("answer", "ICE ON THE R"),
    ]
    check_fidelity(iv)


def test_a_played_piece_labelled_with_the_part_played_is_the_piece_not_the_answer():
    """'Song ending:' labels what the programme plays, as 'Song:' does: a remark, not the answer's words."""
    text = (
        "**Ann Lee:** What was the first tune you wrote?\n\n"
        "**Bo Chan:** A song about the ferry, and it went like this.\n\n"
        "**Song ending:** [01:02]\n\n"
        "The ferry comes at nine\n\n"
        "The ferry leaves at ten\n\n"
        "**Bo Chan:** That was the whole of it, back then.\n\n"
        "**Ann Lee:** And the next one?\n\n"
        "**Bo Chan:** A song about the bridge.\n"
    )
    iv = ic.parse(text, id="x")
    check_fidelity(iv)
    turns = [(turn.speaker.name, turn.kind) for turn in iv.turns()]
    assert turns[2] == ("Song", "remark")
    assert iv.answers[0].text == "A song about the ferry, and it went like this."


def test_a_bold_name_after_a_time_labels_the_turn():
    """'0:00:13.8 **Ann Lee** words': a time, a name in bold and no colon open each turn."""
    text = (
        "0:00:05.1 **Ann Lee** Welcome to the show. My guest today is Bo Roe.\n\n"
        "0:00:09.4 **Bo Roe** Thanks for having me.\n\n"
        "0:00:11.0 **Ann Lee** What got you into gardening?\n\n"
        "0:00:13.2 **Bo Roe** My grandmother kept bees and a vegetable patch.\n\n"
        "0:00:20.9 **Ann Lee** And how big is your garden now?\n\n"
        "0:00:23.5 **Bo Roe** About a quarter of an acre.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(e.question.text, e.answers[0].text) for e in iv][-2:] == [
        ("What got you into gardening?", "My grandmother kept bees and a vegetable patch."),
        ("And how big is your garden now?", "About a quarter of an acre."),
    ]
    assert {turn.speaker.name for turn in iv.turns()} == {"Ann Lee", "Bo Roe"}
    assert iv.source[slice(*iv.questions[-1].marker)] == "0:00:20.9 **Ann Lee** "
    check_fidelity(iv)


def test_a_note_of_where_the_recording_starts_is_no_speech():
    """'Recording begins at 7 minutes.' notes where the transcript picks it up: no one says it."""
    text = (
        "---\ntitle: Ferry Talk\nspeakers:\n  - Bo Roe\n  - Cy Dunn\n---\n"
        "* Bo Roe\n* Cy Dunn\n\n"
        "Recording begins at 7 minutes.\n\n"
        "First the news, and then the two people who know the ferry best.\n\n"
        "The ferry has not run since March, and the town council meets tonight.\n\n"
        "With us by phone tonight, Bo Roe and Cy Dunn. Bo, can you hear me?\n\n"
        "BR: Yes, loud and clear.\n\n"
        "host: Bo, why did the ferry stop running?\n\n"
        "BR: The engine failed in March, and the spare part is made abroad.\n\n"
        "host: Cy, can it be repaired?\n\n"
        "CD: Not before the summer, I am afraid.\n"
    )
    iv = ic.parse(text, id="x")
    first = next(iter(iv.turns()))
    assert first.text.startswith("First the news")
    assert not any("Recording begins" in turn.text for turn in iv.turns())


def test_in_live_captions_only_chevrons_open_a_turn():
    """A wrapped caption line that opens with a name and a full stop is words, where chevrons mark the speakers."""
    text = (
        "1\n00:00:01,000 --> 00:00:03,000\n>> ANN LEE: THE MAN WHO RUNS THEM IS\nBO CHEN. BO, WHY DID THE\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\nFERRIES STOP?\n\n"
        "3\n00:00:05,500 --> 00:00:08,000\n>> BO CHEN: THE RIVER FROZE.\n\n"
        "4\n00:00:08,500 --> 00:00:10,000\n>> ANN LEE: WHAT NOW?\n\n"
        "5\n00:00:10,500 --> 00:00:12,000\n>> BO CHEN: WE WAIT.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(turn.kind, turn.speaker.name) for turn in iv.turns()] == [
        ("question", "ANN LEE"),
        ("answer", "BO CHEN"),
        ("question", "ANN LEE"),
        ("answer", "BO CHEN"),
    ]
    assert iv.questions[0].normalized == (
        "THE MAN WHO RUNS THEM IS BO CHEN. BO, WHY DID THE FERRIES STOP?"
    )
    check_fidelity(iv)


@pytest.mark.parametrize("dash", ["- ", "– "])
def test_subtitle_dashes_set_two_speakers_in_one_cue(dash):
    """Subtitles open each speaker's line of a cue with a dash: each line is a turn, beneath the cue's timing."""
    text = (
        f"1\n00:00:01,000 --> 00:00:03,000\n{dash}Why did the ferries stop?\n{dash}The river froze.\n\n"
        f"2\n00:00:03,500 --> 00:00:05,000\n{dash}And now?\n{dash}We wait until\n\n"
        "3\n00:00:05,000 --> 00:00:07,000\nthe spring comes.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(turn.kind, turn.normalized) for turn in iv.turns()] == [
        ("question", "Why did the ferries stop?"),
        ("answer", "The river froze."),
        ("question", "And now?"),
        ("answer", "We wait until the spring comes."),
    ]
    assert iv.answers[1].end.total_seconds() == 7.0  # type: ignore[union-attr]
    check_fidelity(iv)


@pytest.mark.parametrize(("opening", "closing"), [("[", "]"), ("(", ")")])
def test_captions_that_name_their_speakers_in_brackets(opening, closing):
    """A name in brackets that opens caption lines, two names each twice, is a speaker; a bracketed sound is not."""

    def named(name: str) -> str:
        return f"{opening}{name}{closing}"

    text = (
        f"1\n00:00:01,000 --> 00:00:03,000\n{named('Ann Lee')} Why did the ferries stop?\n\n"
        f"2\n00:00:03,500 --> 00:00:05,000\n{named('Bo Chen')} The river froze.\n\n"
        f"3\n00:00:05,500 --> 00:00:06,000\n{named('Laughter')} Yes.\n\n"
        f"4\n00:00:06,100 --> 00:00:07,000\n{named('Ann Lee')} And now?\n\n"
        f"5\n00:00:07,500 --> 00:00:09,000\n{named('Bo Chen')} We wait.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(turn.kind, turn.speaker.name, turn.normalized) for turn in iv.turns()] == [
        ("question", "Ann Lee", "Why did the ferries stop?"),
        ("answer", "Bo Chen", f"The river froze.\n\n{named('Laughter')} Yes."),
        ("question", "Ann Lee", "And now?"),
        ("answer", "Bo Chen", "We wait."),
    ]
    assert iv.answers[1].start.total_seconds() == 7.5  # type: ignore[union-attr]


def test_paragraphs_that_open_with_a_bracketed_name_name_their_speakers():
    """A name in square brackets that opens paragraphs, two names each twice, labels the speaker (no colon)."""
    text = (
        "Harbour News\n\nThe harbour master on the storm\n\n"
        "[Ann Lee] The ferries stopped on Monday, and the harbour master says it was the right call.\n\n"
        "[Harbour Master Bo] It was. The river froze from the pier to the [old] bridge.\n\n"
        "[Ann Lee] When will they run again?\n\n"
        "[Harbour Master Bo] In the spring, we hope.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(turn.kind, turn.speaker.name, turn.normalized[:20]) for turn in iv.turns()] == [
        ("question", "Ann Lee", "The ferries stopped "),
        ("answer", "Harbour Master Bo", "It was. The river fr"),
        ("question", "Ann Lee", "When will they run a"),
        ("answer", "Harbour Master Bo", "In the spring, we ho"),
    ]


def test_a_header_run_into_the_dialogues_line_gives_its_title():
    """A feed that lost its line breaks: each sentence before the first label is a header block,
    and a byline at the headline's end ("by Ann Lee") is no word of the title."""
    text = (
        "Reposted from the harbour office. Interview with the Harbour Master by Ann Lee "
        "REPORTER ANN LEE: Thank you for coming. HARBOUR MASTER BO REX: Glad to. "
        "LEE: Why close the port? REX: The storms. LEE: For how long? REX: A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Interview with the Harbour Master"
    assert iv.questions[0].text.startswith("Thank you for coming.")
    check_fidelity(iv)


def test_a_question_keyword_run_in_after_a_sentence_opens_the_question():
    """One line: a summary, then "Q:" after a sentence's end and a name in capitals after the question's end."""
    text = (
        "3 March 2001\nHARBOUR MASTER ON THE STORM\n"
        "The harbour master spoke on Monday about the storm. He said the port would open soon. "
        "Washington, D.C. Q: Good morning. The port has been shut for a week now. "
        "When will the ferries run again? REX: Well, the ice has to go first. We hope in a week."
    )
    iv = ic.parse(text, id="x")
    assert [(turn.kind, turn.speaker.name, turn.normalized[:16]) for turn in iv.turns()] == [
        ("question", "Interviewer", "Good morning. Th"),
        ("answer", "REX", "Well, the ice ha"),
    ]
    check_fidelity(iv)


def test_an_empty_form_field_over_more_fields_is_no_speaker():
    """A record's form ("AGENCY :" over "RECORD NUMBER: ...") above the dialogue is its header."""
    text = (
        "Identification Form\n\nAGENCY :\nRECORD NUMBER: 104-10001\nRECORD SERIES: TESTIMONY\n"
        "AGENCY FILE: 014724\nDocument Information\nORIGINATOR: HARBOUR BOARD\n\n"
        "Mr. Lee. Why did the ferries stop?\n\nMr. Rex. The storms.\n\n"
        "Mr. Lee. For how long?\n\nMr. Rex. A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.turns()[0].text == "Why did the ferries stop?"
    assert [e.question.speaker.name for e in iv] == ["Mr. Lee", "Mr. Lee"]
    check_fidelity(iv)


def test_the_askers_surname_opens_the_line_where_the_answerers_name_stands_alone():
    """A typed transcript: "Minister" alone over each answer, "Lee Why ..." opening each question."""
    text = (
        "THE FERRY MINISTER TALKS TO ANN LEE ON HARBOUR RADIO\n\n"
        "Lee Why did the ferries stop this winter,\nand who decided it?\n"
        "Minister\nThe board decided it. The storms came early.\n"
        "Lee But the board met only once?\nMinister\nOnce was enough.\n"
        "Lee When will they run again?\nMinister\nOn Monday.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "THE FERRY MINISTER TALKS TO ANN LEE ON HARBOUR RADIO"
    assert [(e.question.speaker.name, e.question.text[:20]) for e in iv] == [
        ("Lee", "Why did the ferries "),
        ("Lee", "But the board met on"),
        ("Lee", "When will they run a"),
    ]
    assert [e.answers[0].speaker.name for e in iv] == ["Minister"] * 3
    check_fidelity(iv)


def test_the_askers_surname_after_a_heading_run_on_to_the_line_opens_the_first_question():
    """'PORTSIDE STUDIO Lee Why ...': the heading's last words in capitals ran on to the line where
    the first question starts; the surname after them opens it."""
    text = (
        "THE FERRY MINISTER TALKS TO ANN LEE\n\n"
        "RECORDED ON A WET MORNING AT THE\n"
        "PORTSIDE STUDIO Lee Why did the ferries stop this winter,\nand who decided it?\n"
        "Minister\nThe board decided it. The storms came early.\n"
        "Lee But the board met only once?\nMinister\nOnce was enough.\n"
        "Lee When will they run again?\nMinister\nOn Monday.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(e.question.speaker.name, e.question.text[:20]) for e in iv] == [
        ("Lee", "Why did the ferries "),
        ("Lee", "But the board met on"),
        ("Lee", "When will they run a"),
    ]
    check_fidelity(iv)


def _lines_by_hand(text: str, joins: list[int]) -> list[tuple[int, int, int, int]]:
    """Each non-blank line's start, words' start and end, and block, found one line at a time."""
    found = []
    offset, block, gap = 0, -1, True
    stops = sorted({*joins, *(i for i, c in enumerate(text) if c == "\n"), len(text)})
    for stop in stops:
        raw = text[offset:stop]
        words = raw.lstrip()
        if words[:1] in "\ufeff\u200b" and words:
            words = words.lstrip("\ufeff\u200b").lstrip()
        if words:
            block += gap
            gap = False
            lead = offset + len(raw) - len(words)
            found.append((offset, lead, lead + len(words.rstrip()), block))
        else:
            gap = True
        gap = gap or stop in joins
        offset = stop + 1
    return found


@pytest.mark.parametrize(
    ("text", "joins"),
    [
        ("", []),
        ("\n\n  \n", []),
        ("Q: Why?\nA: Because.\n\n\nQ: And?\r\n \t\n  A: So.  \n", []),
        ("\ufeffQ: Why?\n\u200b \ufeff \n \ufeff\u200b A: Because. \u00a0\n\ufeff", []),
        ("Q. Why?,A. Because.,Q. And?, ,A. So.", [7, 19, 26, 28]),
        ("one\u2028line\x0c\n\x0b\n\u3000words\u3000", []),
    ],
)
def test_lines_offsets(text: str, joins: list[int]) -> None:
    """The layout's lines: every non-blank line's offsets and block, as reading line by line gives."""
    lines = Lines(text, joins)
    got = list(zip(lines.start, lines.content, lines.end, lines.block, strict=True))
    assert got == _lines_by_hand(text, joins)


def test_a_transcript_set_as_one_quotation_is_read_behind_the_quote_marks():
    """Every turn a Markdown quotation ("> *Ann:* ..."), a lone ">" between a turn's paragraphs."""
    text = (
        "> *Ann Lee:* They ran all winter before.\n>\n> Why did the ferries stop?\n\n"
        "> *Bo Chen:* The storms came early.\n>\n> [music]\n\n"
        "> *Ann:* When will they run again?\n\n> *Bo:* On Monday.\n\n"
        "> *Ann:* And the fares?\n\n> *Bo:* The same as before.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(e.question.speaker.name, e.answers[0].text[:9]) for e in iv] == [
        ("Ann Lee", "The storm"),
        ("Ann Lee", "On Monday"),
        ("Ann Lee", "The same "),
    ]
    check_fidelity(iv)


@pytest.mark.parametrize("start", [0, 5, 6, 7, 30])
def test_run_in_labels_are_found_where_a_look_behind_finds_them(start: int) -> None:
    """A run-in label opens after a sentence's end mark: found from the mark, as a look-behind finds it."""
    labels = ("ANN LEE", "LEE")
    text = "LEE: Yes. ANN LEE: Why?” LEE: Because.\u00a0ANN LEE:  So… LEE:no. LEE: Right."
    behind = re.compile(
        r"(?<=[.?!…])[\"”’)\]]?[ \t\u00a0]+(?P<label>ANN\ LEE|LEE)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)"
    )
    expected = [(m.start(), m.start("label"), m.end()) for m in behind.finditer(text, start)]
    found = _run_in_pattern(labels).finditer(text, max(start - 1, 0))
    assert [(m.start() + 1, m.start("label"), m.end()) for m in found] == expected
    assert len(expected) >= 2


@pytest.mark.parametrize(("spelt", "short"), [("Mister Lee", "Mr. Lee"), ("Madame Roe", "Mme Roe")])
def test_an_honorific_spelt_out_is_set_aside_as_an_abbreviated_one(spelt, short):
    """'Mister Lee' and 'Mr. Lee' (and 'Madame Roe', 'Mme Roe') are one speaker's spellings."""
    assert speaker_key(spelt) == speaker_key(short) == speaker_key(short.split()[-1])


def test_pairs_printed_without_labels_below_the_one_labelled_pair():
    """Only the first question and answer carry 'Q:' and 'A:'; the plain paragraphs after take turns."""
    text = (
        "Bakery notes, spring\n\n"
        "Q: How early does the oven go on?\n\n"
        "A: At four, so the first loaves are out by seven.\n\n"
        "Describe the smell of the shop at that hour.\n\n"
        "Warm rye and burnt sugar, mostly.\n\n"
        "Which bread sells first?\n\n"
        "The seeded one, always before nine.\n\n"
        "Do you ever sleep in?\n\n"
        "Only on Mondays, when the shop is shut.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 4
    assert iv.questions[1].text == "Describe the smell of the shop at that hour."
    assert iv.exchanges[3].answers[0].text == "Only on Mondays, when the shop is shut."


def test_one_labelled_pair_whose_answer_runs_on_stays_one_exchange():
    """An answer of several paragraphs, one of them asking, does not take turns two by two."""
    text = (
        "Q: How did the bakery start?\n\n"
        "A: My aunt baked for the whole street.\n\n"
        "Neighbours kept asking her: why not sell it?\n\n"
        "So she rented the corner shop.\n\n"
        "Her son still bakes there on Saturdays.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert len(iv.exchanges[0].answers[0].paragraphs) == 4


def test_two_speakers_labelled_once_each_are_one_question_and_its_answer():
    """A page of a single exchange names each speaker once: the asker, then the one who answers."""
    text = (
        "Harbour town hall, 6 May\n\n"
        "Listener: I work on the night ferry. Will the harbour hire more crews for the winter?\n\n"
        "Captain Roe: We will hire twelve more this autumn, and the night boats get two crews "
        "each from November, so nobody works a double shift again.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert iv.exchanges[0].question.speaker.name == "Listener"
    assert iv.exchanges[0].answers[0].text.startswith("We will hire twelve more")


@pytest.mark.parametrize("quote", ["", '"', "\u201c"])
def test_a_label_that_gives_its_initials_names_a_speaker_used_once(quote: str) -> None:
    """``Ann Lee (AL):`` introduces a speaker by initials: a page with one exchange reads so."""
    close = "\u201d" if quote == "\u201c" else quote
    text = (
        "Ferry news, 6 May\n\n"
        f"Harbour Desk ({quote}HD{close}): Will the night boats run this winter?\n\n"
        f"Jo Roe ({quote}JR{close}): Yes.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert iv.exchanges[0].question.speaker.name == "Harbour Desk"
    assert iv.exchanges[0].answers[0].text == "Yes."


def test_a_headline_label_above_a_single_exchange_is_no_speaker():
    """``Series: Name`` on the first line heads a page whose two speakers are labelled once each."""
    text = (
        "Crew Spotlight: Jo Roe\n\n"
        "This month we talk to the night ferry's captain.\n\n"
        "Desk: Which part of the night crossings do you like best?\n\n"
        "JR: The quiet, and the harbour lights coming up out of the dark as we arrive, "
        "which I never tire of after all these years.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert iv.exchanges[0].question.speaker.name == "Desk"
    assert iv.exchanges[0].answers[0].speaker.name == "JR"


def test_a_caption_glued_to_a_label_leaves_the_speaker_it_names():
    """``Jo RoeANN LEE:`` (an image's caption run on to the label) is Ann Lee speaking."""
    text = (
        "Harbour podcast\n\n"
        "Jo RoeANN LEE: Hi, I'm Ann Lee and today I talk with the captain, Jo Roe, who runs the "
        "night ferry.\n\n"
        "JO ROE: Hi, Ann.\n\n"
        "ANN LEE: Why did the ferries stop last winter, when the river froze over?\n\n"
        "JO ROE: The river froze, and the ice broke two of our propellers in a single week.\n"
    )
    iv = ic.parse(text, id="x")
    assert [turn.speaker.name for turn in iv.turns()] == ["ANN LEE", "JO ROE"] * 2


@pytest.mark.parametrize(
    "label",
    [
        "**{name} [00:0{n}:30]**",
        "**{name}:[00:0{n}:30]**",
        "**{name}: [00:0{n}:30]**",
        "**{name}** [00:0{n}:30]",
    ],
)
def test_a_bold_name_that_carries_its_time_labels_the_turn(label: str) -> None:
    """``**Ann [00:01:30]** words``: the time inside or right after the bold makes it a speaker."""
    said = [
        ("I", "Which courses do you teach?"),
        ("B", "Statistics and economics."),
        ("I", "And online?"),
        ("B", "Both of them, since last year."),
    ]
    text = "\n\n".join(
        f"{label.format(name=name, n=n)} {words}" for n, (name, words) in enumerate(said)
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert [turn.speaker.name for turn in iv.turns()] == ["I", "B", "I", "B"]
    assert iv.questions[0].text == "Which courses do you teach?"


def test_bold_names_on_their_lines_outnumber_a_hyphen_list():
    """A Markdown page's bullet lists are lists where bold names alone on their lines mark the turns."""
    intro = "Welcome to the show, devoted to:\n\n- ferries\n- harbours\n- tides\n\nLet the show begin.\n\n"
    said = [
        ("Ann", "Thanks for coming on the show."),
        ("Bo", "My pleasure."),
        ("Ann", "What does the ferry carry?"),
        ("Bo", "Cars and bikes, mostly."),
        ("Ann", "And in winter?"),
        ("Bo", "Fewer cars, the same bikes."),
        ("Ann", "Who runs it?"),
        ("Bo", "The harbour board."),
    ]
    dialogue = "\n\n".join(f"**{name}**\n\n{words}" for name, words in said)
    links = "\n\n### Links\n\n- [Ferry](https://example.org/ferry)\n- [Harbour](https://example.org/h)\n"
    iv = ic.parse(intro + dialogue + links, id="x")
    assert [turn.speaker.name for turn in iv.turns()][:4] == ["Ann", "Bo", "Ann", "Bo"]
    assert len(iv) >= 3


@pytest.mark.parametrize(
    ("question", "answer"),
    [("P", "R"), ("F", "A"), ("В", "О"), ("D", "R"), ("V", "A")],
)
def test_another_languages_letters_for_question_and_answer_mark_the_turns(question, answer):
    """'P - '/'R - ' (pregunta/respuesta), 'F - '/'A - ' (Frage/Antwort): keywords, as a pair."""
    said = [
        (question, "Hola. ¿Es seguro el puerto?"),
        (answer, "Sí, desde el invierno pasado.\n\nEl muro nuevo lo protege.\n\nY hay guardias."),
        (question, "¿Y el ferry?"),
        (answer, "También, cada mañana.\n\nSale a las siete."),
    ]
    text = "Entrevista en el puerto\n\n" + "\n\n".join(f"{k} - {w}" for k, w in said)
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert [turn.kind for turn in iv.turns()] == ["question", "answer"] * 2
    assert [len(turn.paragraphs) for turn in iv.turns()] == [1, 3, 1, 2]
    assert iv.source[iv.turns()[0].marker.start : iv.turns()[0].marker.end] == f"{question} "


def test_a_letter_without_its_partner_or_out_of_turn_marks_nothing():
    """'R. Roe' and a lone 'P' line open prose, not answers: the pair must take turns, question first."""
    text = (
        "Ann Lee: Who built the harbour?\n\n"
        "Bo Chen: My grandfather did.\n\n"
        "R. Roe helped him, and P. Diaz drew the plans.\n\n"
        "Ann Lee: And the ferry?\n\n"
        "Bo Chen: That came later."
    )
    iv = ic.parse(text, id="x")
    assert [turn.speaker.name for turn in iv.turns()] == [
        "Ann Lee",
        "Bo Chen",
        "Ann Lee",
        "Bo Chen",
    ]
    assert len(iv) == 2


def test_a_field_line_above_the_first_turn_is_the_header_not_speech():
    """'Topic: Is it safe?' in a transcript's header is a field, though it ends like a sentence."""
    text = (
        "---\ntitle: Harbour questions\nspeakers: ['Bo Chen']\n---\n\n"
        "Topic: Is the harbour safe?\n\nPlace: the harbour office\n\n"
        "Q - Hello Bo. Is the harbour safe now?\n\nA - Yes, since the new wall went up."
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert [turn.kind for turn in iv.turns()] == ["question", "answer"]
    assert iv.questions[0].text.startswith("- Hello Bo.")


def test_a_label_in_a_heading_holds_only_the_headings_words():
    """'### Chair: Ann Lee' over a summary is the notes' field: the dialogue starts below."""
    text = (
        "# Harbour Board Call 7 Notes\n\n### Date: 3 May\n\n### Duration: 90 minutes\n\n"
        "### Chair: Ann Lee\n\n# Summary\n\nThe board looked at the ferries. It agreed on a plan.\n\n"
        "# Transcript\n\n"
        "Ann Lee:\nWelcome, everybody. Bo, can you start with the ferries?\n\n"
        "Bo Chen:\nSure. The ferries run on time again.\n\n"
        "Ann L:\nWhy did they run late?\n\nBo Chen:\nThe tides, mostly.\n\n"
        "Ann L:\nAnd now?\n\nBo Chen:\nNew engines."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Harbour Board Call 7 Notes"
    assert iv.turns()[0].text.startswith("Welcome, everybody.")
    assert {turn.speaker.name for turn in iv.turns()} == {"Ann Lee", "Bo Chen"}


def test_a_bold_label_that_lost_a_mark_still_marks_the_turn():
    """'*Bo:**' among '**Bo:**' labels is Bo's label: the words are not the asker's."""
    text = (
        "**Ann:** Why do the ferries run late?\n\n**Bo:** The tides.\n\n"
        "**Ann:** Why not on time?\n\n*Bo:** The engines, too.\n\n"
        "**Ann:** And now?\n\n**Bo:** Better."
    )
    iv = ic.parse(text, id="x")
    assert [turn.text for turn in iv.turns()][3] == "The engines, too."
    assert len(iv) == 3


def test_two_initials_labelled_once_each_are_one_question_and_a_short_answer():
    """``AB:`` and ``CD:`` once each under a page's field line: a question and its short answer."""
    text = (
        "Mill Workers Oral History\n\n"
        "Get the recording: mill_history (12 MB)\n\n"
        "Interview with Tess Vale\n\n"
        "KMO: My name is Kim Moss, and I keep the town library's sound archive. Today is a "
        "Monday in March, and I am speaking with Tess Vale about the mill. To begin, could "
        "you say your full name for the recording?\n\n"
        "TV:   Right. It is Tess Anne Vale. Last name is spelled V-A-L-E.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert iv.exchanges[0].question.speaker.name == "KMO"
    assert iv.exchanges[0].answers[0].text.startswith("Right. It is Tess Anne Vale.")


def test_first_names_run_together_on_one_line_name_the_speakers():
    """A one-line transcript with ``Name:`` labels in mixed case reads as turns; a cue is no label."""
    text = (
        "Harbour Voices Episode 3 [Music: sea shanty] Bo: Welcome to Harbour Voices. "
        "Today I talk with the ferry captain Ann Lee. Bo: So, Ann, how did you come to the "
        "ferries? Ann: My father ran the night boat, and I took it over when he retired.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert iv.exchanges[0].question.text.startswith("So, Ann, how did you come")
    assert iv.exchanges[0].answers[0].speaker.name == "Ann"


def test_a_full_label_that_gives_its_short_form_in_brackets_opens_the_dialogue():
    """``Ann Lee (PRESENTER):`` once, then ``PRESENTER:``: the first label is a turn, not header."""
    text = (
        "Ferry Talk\n\n"
        "ANN LEE (PRESENTER): Welcome to Ferry Talk. Today we meet a captain.\n\n"
        "PRESENTER: Bo, how did you start?\n\n"
        "BO ROE: On my father's boat, forty years ago, every night.\n\n"
        "PRESENTER: And now?\n\n"
        "BO ROE: Now I teach the young ones to steer.\n"
    )
    iv = ic.parse(text, id="x")
    turns = list(iv.turns())
    assert turns[0].text.startswith("Welcome to Ferry Talk.")
    assert turns[0].speaker.name == "ANN LEE"
