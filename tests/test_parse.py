"""Tests for ic.parse: the dash layout, header recognition, metadata, errors and fidelity."""

from __future__ import annotations

import datetime
import re

import pytest

import interview_corpus as ic
from interview_corpus.reading._header import _running
from interview_corpus.reading._parse import _last_sentence

SIMPLE = "– Why?\n\n– Because. That is all.\n\nAnd more.\n\n– When?\n\n– Now."


def check_fidelity(iv: ic.Interview) -> None:
    """Every span reproduces its text and the segments tile the source."""
    position = 0
    for segment in iv.segments:
        assert segment.span.start == position
        assert iv.source[segment.span.start : segment.span.end] == segment.text
        position = segment.span.end
    assert position == len(iv.source)
    starts = [turn.span.start for turn in iv.turns()]
    assert starts == sorted(starts), "turns are in document order"
    outside = {turn.id for turn in (*iv.remarks, *iv.statements)}
    assert not outside & {turn.id for exchange in iv for turn in exchange.turns}
    for exchange in iv:
        assert exchange.span.of(iv.source) == exchange.text
        for turn in exchange.turns:
            assert turn.span.of(iv.source) == turn.text
            for paragraph in turn.paragraphs:
                assert paragraph.span.of(iv.source) == paragraph.text
                for sentence in paragraph.sentences:
                    assert sentence.span.of(iv.source) == sentence.text


def test_parse_rebuilds_the_bundled_interview(iv):
    """parse() on the shipped text with the same metadata gives an equal interview."""
    again = ic.parse(
        iv.source,
        id=iv.id,
        outlet=iv.outlet,
        url=iv.url,
        published=iv.published,
        language=iv.language,
        rights=iv.rights,
        interviewer=iv.interviewer,
        interviewee=iv.interviewee,
        topics=[exchange.topic for exchange in iv],
        entities=iv.lexicon,
    )
    assert again == iv
    assert again.mentions() == iv.mentions()
    assert hash(again) == hash(iv)


def test_simple_transcript():
    """Turns alternate, unmarked paragraphs continue the turn, speakers default by role."""
    iv = ic.parse(SIMPLE, id="simple")
    assert len(iv) == 2
    assert [turn.text for turn in iv.turns()] == [
        "Why?",
        "Because. That is all.\n\nAnd more.",
        "When?",
        "Now.",
    ]
    assert [len(turn.paragraphs) for turn in iv.turns()] == [1, 2, 1, 1]
    assert [s.text for s in iv.answers[0].sentences] == ["Because.", "That is all.", "And more."]
    assert (iv.interviewer.name, iv.interviewee.name) == ("Interviewer", "Interviewee")
    assert iv.title is None
    assert iv.lede is None
    assert iv.photo is None
    assert iv.exchanges[0].topic is None
    assert iv.topics == ()
    check_fidelity(iv)


def test_metadata_arguments():
    """What the text cannot say is taken from the arguments."""
    topic = ic.Topic("weather", "Weather", "On the weather.", ("rain",))
    iv = ic.parse(
        "– Rain?\n\n– Yes.",
        id="w-1",
        title="On rain",
        outlet="Gazette",
        url="https://example.org/1",
        published="2024-02-29",
        language="en",
        interviewer=ic.Speaker("Ann Asker", "interviewer"),
        interviewee="Bob Answer",
        topics=[topic],
    )
    assert (iv.title, iv.outlet, iv.url, iv.language) == (
        "On rain",
        "Gazette",
        "https://example.org/1",
        "en",
    )
    assert iv.published == datetime.date(2024, 2, 29)
    assert iv.questions[0].speaker.name == "Ann Asker"
    assert iv.answers[0].speaker == ic.Speaker("Bob Answer", "interviewee")
    assert iv.topic("Weather") is topic
    assert iv.title_span is None


def test_title_argument_wins_over_the_headline():
    """title= is the title (no span); without it, the headline found in the text, with its span."""
    iv = ic.parse("Real headline\n\n– Q?\n\n– A.", id="h", title="Given title")
    assert (iv.title, iv.title_span) == ("Given title", None)
    again = ic.parse("Real headline\n\n– Q?\n\n– A.", id="h")
    assert (again.title, again.title_span) == ("Real headline", ic.Span(0, 13))
    same = ic.parse("Real headline\n\n– Q?\n\n– A.", id="h", title="Real headline")
    assert same.title_span == ic.Span(0, 13)


@pytest.mark.parametrize(
    ("header", "kinds"),
    [
        ("Headline", ["headline"]),
        ("Headline\n\nA lede that ends like a sentence.", ["headline", "lede"]),
        (
            "Nav\n\nHeadline\n\nCaption\n© Credit\n\nLede.",
            ["navigation", "headline", "caption", "credit-marker", "credit", "lede"],
        ),
        ("Headline\n\n© Credit only", ["headline", "credit-marker", "credit"]),
        (
            "Home\n\nNews\n\nHeadline\n\nCaption\n© Credit",
            ["navigation", "navigation", "headline", "caption", "credit-marker", "credit"],
        ),
        (
            "Headline\n\nCaption\n© Credit\n\nStandfirst\n\nLede.",
            ["headline", "caption", "credit-marker", "credit", "preamble", "lede"],
        ),
    ],
)
def test_header_recognition(header, kinds):
    """Header blocks are classified by place and shape, and tile the source."""
    iv = ic.parse(header + "\n\n– Q?\n\n– A.", id="h")
    found = [s.kind for s in iv.segments if s.kind not in ("separator", "turn-marker", "paragraph")]
    assert found == kinds
    check_fidelity(iv)


def test_photo_fields():
    """The caption is the lines above the © line; the credit follows the sign."""
    iv = ic.parse("Headline\n\nTwo-line\ncaption\n©  Agency/Photographer\n\n– Q?\n\n– A.", id="p")
    assert iv.photo == ic.Photo(
        caption="Two-line\ncaption",
        caption_span=ic.Span(10, 26),
        credit="Agency/Photographer",
        credit_span=ic.Span(30, 49),
    )


def test_em_dash_and_nbsp_markers():
    """Em dashes and no-break spaces open turns too."""
    iv = ic.parse("—\u00a0Q?\n\n— A.", id="em")
    assert [turn.text for turn in iv.turns()] == ["Q?", "A."]
    assert iv.questions[0].marker == ic.Span(0, 2)


def test_crlf_bom_trailing_space_and_extra_blank_lines():
    """Spans index the text as given, whatever its line endings and padding."""
    text = "\ufeffHeadline  \r\n\r\n\r\n– Q one?  \r\n\r\n– A one.\r\nSame paragraph.\r\n \r\n"
    iv = ic.parse(text, id="crlf")
    assert iv.title == "Headline"
    assert iv.answers[0].text == "A one.\r\nSame paragraph."
    assert len(iv.answers[0].paragraphs) == 1
    check_fidelity(iv)


def test_inner_dashes_do_not_start_turns():
    """A dash inside a paragraph, or without a space after it, does not open a turn."""
    iv = ic.parse("– Q – really?\n\n– A –\u00a0fine.\n\n–not a turn\n\n– Q2?\n\n– A2.", id="d")
    assert [turn.id for turn in iv.turns()] == ["q1", "a1", "q2", "a2"]
    assert iv.answers[0].paragraphs[1].text == "–not a turn"


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("", 1, 1, "empty"),
        ("   \n\n \t ", 1, 1, "white space"),
        ("Headline\n\nNo turns here.", 1, 1, "no question/answer turns"),
        ("Headline\n\n–No space", 1, 1, "has no space after it"),
        ("– Q?\n\n– A.\n\n– Unanswered?", 5, 1, "question 2 has no answer"),
        ("– Q?\n\n–", 3, 1, "no words after it"),
    ],
)
def test_transcript_errors(text, line, column, words):
    """Unreadable texts raise TranscriptError with line, column and what to do."""
    with pytest.raises(ic.TranscriptError) as caught:
        ic.parse(text, id="bad")
    error = caught.value
    assert (error.line, error.column) == (line, column)
    assert words in str(error)
    assert str(error).startswith(f"line {line}, column {column}: ")
    assert isinstance(error, ValueError)
    assert isinstance(error, ic.InterviewCorpusError)


def test_a_text_cut_off_after_a_question_keeps_it_unanswered():
    """After two answered exchanges, a last question without an answer is where the text stops."""
    text = (
        "– Where did you grow up?\n\n– By the lake.\n\n"
        "– And did you swim?\n\n– Every summer.\n\n– What came after the lake?"
    )
    iv = ic.parse(text, id="cut")
    assert [len(exchange.answers) for exchange in iv] == [1, 1, 0]
    assert iv.warnings == ("question 3 (line 9) has no answer",)
    with pytest.raises(ic.TranscriptError, match="question 3 has no answer"):
        ic.parse(text, id="cut", strict=True)
    assert len(ic.parse(text, id="cut", strict=False)) == 3


@pytest.mark.parametrize("bad", [b"- Q?\n\n- A.", bytearray(b"x"), None, 42])
def test_non_str_text_is_a_type_error(bad):
    """bytes and other non-str input raise InvalidArgumentTypeError with a hint."""
    with pytest.raises(ic.InvalidArgumentTypeError) as caught:
        ic.parse(bad, id="x")
    assert isinstance(caught.value, TypeError)
    if isinstance(bad, bytes | bytearray):
        assert "decode" in str(caught.value)


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"id": ""}, ic.ArgumentValueError),
        ({"id": "has space"}, ic.ArgumentValueError),
        ({"id": 7}, ic.InvalidArgumentTypeError),
        ({"id": "x", "published": "28/12/2025"}, ic.ArgumentValueError),
        ({"id": "x", "published": 2025}, ic.InvalidArgumentTypeError),
        ({"id": "x", "interviewee": ""}, ic.ArgumentValueError),
        ({"id": "x", "interviewee": ic.Speaker("A", "interviewer")}, ic.ArgumentValueError),
        ({"id": "x", "topics": [ic.Topic("a-b", "A")] * 2}, ic.ArgumentValueError),
    ],
)
def test_bad_arguments(arguments, error):
    """Unusable metadata raises the library's argument errors."""
    with pytest.raises(error):
        ic.parse("– Q?\n\n– A.", **arguments)


def test_custom_segmenter():
    """A user's segmenter replaces the default; its offsets are checked."""
    iv = ic.parse("– One. Two.\n\n– Three. Four.", id="s", segmenter=lambda text: [(0, len(text))])
    assert [s.text for s in iv.sentences()] == ["One. Two.", "Three. Four."]
    with pytest.raises(ic.ArgumentValueError):
        ic.parse("– One.\n\n– Two.", id="s", segmenter=lambda text: [(0, len(text) + 5)])
    with pytest.raises(ic.InvalidArgumentTypeError):
        ic.parse("– One.\n\n– Two.", id="s", segmenter=lambda _text: [("0", "1")])


def test_parse_takes_the_options_read_takes():
    """parse() takes ParseOptions as keywords, as read() does, and names an unknown one."""
    options: ic.ParseOptions = {"interviewee": "Jane Doe", "strict": False}
    assert ic.parse("– Why?\n\n– Because.", id="x", **options).interviewee.name == "Jane Doe"
    with pytest.raises(ic.InvalidArgumentTypeError, match="colour"):
        ic.parse("– Why?\n\n– Because.", id="x", colour="red")  # type: ignore[call-arg]


def test_option_groups_come_from_parse_options():
    """The option groups the sidecar and the command line use are read from ParseOptions' annotations."""
    from interview_corpus.reading._parse import SPEAKER_OPTIONS, TEXT_OPTIONS

    assert TEXT_OPTIONS == ("title", "outlet", "url", "language", "rights", "provenance")
    assert SPEAKER_OPTIONS == ("interviewer", "interviewee", "moderators")


def test_explain_names_an_unknown_option():
    """explain() checks its options as parse() does (they share one signature)."""
    with pytest.raises(ic.InvalidArgumentTypeError, match="colour"):
        ic.explain("– Why?\n\n– Because.", colour="red")  # type: ignore[call-arg]


def test_a_long_answers_words_are_not_read_to_tell_whether_it_agrees_or_asks_again(monkeypatch):
    """The rules for a guest's agreement and "Excuse me?" read a turn's words only when it is short."""
    from interview_corpus.model._span import Span
    from interview_corpus.reading import _parse
    from interview_corpus.reading._roles import RawTurn

    text = "Ann: I think this is a long comment of mine. Bo: " + "Yes, and so on, " * 20 + "right?"
    host = RawTurn("question", Span(0, 4), [(5, 45)], "Ann", keyword=False, key="ann")
    guest = RawTurn("answer", Span(46, 49), [(50, len(text))], "Bo", keyword=False, key="bo")
    for turn in (host, guest):
        turn.measure(text)

    def unread(*_args: object) -> None:
        raise AssertionError("a long turn's words were read")

    monkeypatch.setattr(_parse, "_words_of", unread)
    monkeypatch.setattr(_parse, "_REPEAT", type("Unread", (), {"fullmatch": unread})())
    plan = [([host], [])]
    assert not _parse._agrees_with_comment(text, plan, guest, [host])
    assert not _parse._asks_to_repeat(text, plan, guest, [host])


def test_words_are_searched_for_by_their_first_character():
    """The pattern of a turn's words opens with a class, so findall skips to each word (a repeat first tries every character)."""
    from interview_corpus.reading import _parse

    from .helpers import searched_by_first_character

    assert searched_by_first_character(_parse._WORD)


def test_a_hosts_reply_at_length_to_a_guests_question_in_passing_is_no_new_question():
    """In a conversation, a guest who asks the host something in the middle of an answer, is told
    at length and goes on, is still answering the host's question: one exchange, not two; told
    in a few words, the host puts the question anew."""

    def exchanges(reply: str) -> list[list[str]]:
        text = (
            "Kim Ota: Why do the ferries leave so early?\n\n"
            "Ann Lee: Because of the tides in the bay, which turn twice a day and decide almost "
            "everything the crews can do. I never remember the old rule, though. Was it the "
            "morning tide or the evening one that closed the harbour?\n\n"
            f"Kim Ota: {reply}\n\n"
            "Ann Lee: Right, and that is why the first ferry has to be out before six, since "
            "after that the water over the bar is too low for a loaded boat to cross safely.\n\n"
            "Kim Ota: And in winter?\n\n"
            "Ann Lee: In winter the tides are kinder, so the boats leave an hour later and the "
            "crews get a little more sleep before the long crossing."
        )
        return [[t.id for t in e.turns] for e in ic.parse(text, id="x")]

    told = (
        "It was the morning one. The harbour master closed the gates at low water every "
        "morning, and nobody could leave until the tide came back in the afternoon."
    )
    assert exchanges(told) == [["q1", "a1", "a1b"], ["q2", "a2"]]
    assert len(exchanges("The morning one.")) == 3


def test_a_compliment_taken_in_a_few_words_is_no_exchange():
    """In a conversation, a host's words that praise or thank and ask nothing ("What a wonderful
    crew."), taken in a few words before the same host goes on, are part of the host's next
    question; a remark that praises nothing, so answered, stays an exchange."""

    def exchanges(comment: str) -> list[list[str]]:
        text = (
            "Kim Ota: How did the ferry company begin?\n\n"
            "Ann Lee: With one old boat and two friends who knew the harbour, back when the "
            "town still had no bridge and everyone crossed the water twice a day to work.\n\n"
            f"Kim Ota: {comment}\n\n"
            "Ann Lee: They really were something.\n\n"
            "Kim Ota: And who built the second boat?\n\n"
            "Ann Lee: A yard up the coast built it in one winter, from the plans my father drew "
            "on the back of the old timetables that nobody needed any more.\n\n"
            "Kim Ota: And the third?\n\n"
            "Ann Lee: The third one we bought from the city, when they gave up running their own "
            "service and sold every boat they had at the spring auction."
        )
        return [[t.id for t in e.turns] for e in ic.parse(text, id="x")]

    assert exchanges("What a wonderful crew those two friends were.") == [
        ["q1", "a1"],
        ["q2", "q2b", "a2"],
        ["q3", "a3"],
    ]
    assert len(exchanges("Those two friends were the whole crew.")) == 4
    assert len(exchanges("Thank you for telling us about those two friends.")) == 3


def test_a_round_of_introductions_is_no_exchange():
    """A host who names themselves and calls the next by name alone ('Bo?') opens a round of
    introductions: the first question is the first that asks for more."""
    text = (
        "Ann Lee: Welcome to the weekly recap. I'm Ann Lee, I edit the newsletter. Bo?\n\n"
        "Bo Roe: Hi, I'm Bo, I write the ferry column.\n\n"
        "Ann Lee: Cy, do you want to introduce yourself?\n\n"
        "Cy Dunn: Sure. I'm Cy and I repair boat engines for the harbour.\n\n"
        "Ann Lee: Why did the ferry stop running?\n\n"
        "Cy Dunn: The engine failed in March.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.questions[0].text == "Cy, do you want to introduce yourself?"
    assert len(iv) == 2
    check_fidelity(iv)


def test_a_hosts_last_words_that_thank_the_listeners_sign_off():
    """'And thanks so much for listening. ... when will it sail?': a show's sign-off asks the
    listeners, not the guest, so the reading does not stop at it as an unanswered question."""
    text = (
        "Ann Lee: Welcome to the show. My guest today is Bo Roe, who runs the ferry.\n\n"
        "Bo Roe: Thanks for having me.\n\n"
        "Ann Lee: Why did the ferry stop running in March?\n\n"
        "Bo Roe: The engine failed, and the spare part is made abroad.\n\n"
        "Ann Lee: When will it sail again?\n\n"
        "Bo Roe: In June, if the part arrives on time.\n\n"
        "Ann Lee: And thanks so much for listening. Next week: who builds the new ferry, "
        "and how long will it take?\n"
    )
    iv = ic.parse(text, id="x")
    assert [exchange.question.text for exchange in iv][-1] == "When will it sail again?"
    assert iv.remarks[-1].text.startswith("And thanks so much for listening.")
    check_fidelity(iv)


def test_a_records_title_field_gives_the_title():
    """A header line "TITLE: ..." (an archive's form names the document) is the title, over a heading."""
    text = (
        "# Document\n\nRECORD NUMBER: 180-10131\nTITLE: TESTIMONY OF BO REX\nDATE: 06/20/1978\n\n"
        "Q: Why did the ferries stop?\n\nA: The storms.\n\nQ: For how long?\n\nA: A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "TESTIMONY OF BO REX"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


def test_a_title_line_left_unfinished_goes_on_in_the_block_below():
    """A printed title over two blocks ("FERRIES AND" / "THE WINTER TIMETABLE") is one title."""
    text = (
        "          FERRIES AND\n\n        THE WINTER TIMETABLE\n\n" + "=" * 40 + "\n\n"
        "               HEARING\n\n"
        "Q: Why did the ferries stop?\n\nA: The storms.\n\nQ: For how long?\n\nA: A week."
    )
    iv = ic.parse(text, id="x")
    assert " ".join(iv.title.split()) == "FERRIES AND THE WINTER TIMETABLE"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title
    kinds = [segment.kind for segment in iv.segments]
    assert kinds.count("headline") == 1
    assert "navigation" not in kinds


@pytest.mark.parametrize(
    "header",
    [
        # The site's name run into the headline before a comma.
        "Menu\n\nHarbour News, Transcript of the Interview with the Harbour Master\n\n",
        # Furniture, the headline (behind the site's name and a colon) and the lede in one block.
        (
            "Menu\nHarbour News:Transcript of the Interview with the Harbour Master\n"
            "DOVER — Our reporter spoke to the harbour master on Monday about the storms.\n\n"
        ),
    ],
)
def test_a_sites_name_run_into_the_headline_is_no_word_of_the_title(header):
    """ "Site, Transcript of ..." and "Site:Interview with ...": the title starts at the document's name."""
    text = (
        header + "Q: Why did the ferries stop?\n\nA: The storms.\n\nQ: For how long?\n\nA: A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Transcript of the Interview with the Harbour Master"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


def test_a_running_header_of_pages_is_not_the_headline():
    """A line that heads every page ("May 5, 2024  Ferry Briefing  FINAL", "Page 1 of 3") is furniture."""
    running = "May 5, 2024   Ferry Briefing  FINAL\n\nPage {} of 3\n\n"
    text = (
        running.format(1) + "Transcript of the Ferry Briefing\n\n"
        "Q: Why did the ferries stop?\n\nA: The storms came early this year.\n\n"
        + running.format(2)
        + "It was a long winter.\n\nQ: For how long?\n\nA: A week.\n\n"
        + running.format(3)
        + "Then they run again."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Transcript of the Ferry Briefing"


def _running_by_hand(text: str, piece: str) -> bool:
    """Whether three lines or more open with ``piece`` (spaces and tabs before), any number for each number."""
    shape = re.sub(r"\d+", r"\\d+", re.escape(piece))
    return sum(1 for row in text.split("\n") if re.match(shape, row.lstrip(" \t"))) >= 3


@pytest.mark.parametrize(
    "piece",
    [
        "Page 1 of 3",  # words before the number: looked for as they are
        "May 5, 2024   Ferry Briefing  FINAL",
        "12 June 2026",  # a number first: a pattern after each line break
        "Q&A 4",  # a short word first
        "Ferry Briefing",  # no number
        "Page",  # opens longer lines ("Page 2 of 3")
    ],
)
def test_a_running_line_is_found_as_line_by_line_reading_finds_it(piece: str) -> None:
    """Whether a header line runs over pages: as reading the text line by line and matching finds."""
    rows = [
        "Page 1 of 3",
        "  Page 22 of 3 and more",
        "\tMay 15, 2024   Ferry Briefing  FINAL",
        "The Page 2 of 3",
        "12 June 2026",
        "Q&A 4",
        "Ferry Briefing",
        " 3 June 2026 ",
        "Q&A 17 Ferry Briefing",
        "May 5, 2024   Ferry Briefing  FINAL",
        "Page 3 of 3",
        "1 June 2026",
        "Ferry Briefing",
        "x Q&A 4",
    ]
    for count in range(1, len(rows) + 1):
        text = "\n".join(rows[:count])
        start = text.find(piece)
        if start < 0:
            continue
        assert _running(text, (start, start + len(piece))) == _running_by_hand(text, piece)


@pytest.mark.parametrize(
    "words",
    [
        "",
        "No mark at all",
        "One. Two? Three!",
        "One. Two? Three! ",
        "One. Two? “Three.” ) ",
        "One. Two? Three and on",
        "Just one.",
        "One.. ",
        "Ends. \n",
    ],
)
def test_a_turns_last_sentence_is_what_the_forward_pattern_finds(words: str) -> None:
    """The last sentence, found from the end, is what a pattern searched for forward finds."""
    text = "Ann: " + words
    found = re.search(r"[^.!?]*[.!?]?[\s\"'”’)]*$", text[5:])
    assert found is not None
    assert _last_sentence(text, 5, len(text)) == found.group()


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # The office's name above the line that names the document.
        (
            "Harbour Board\n\nInterview of the Harbour Master for the Evening Post\n\n12 May 2024\n\n",
            "Interview of the Harbour Master for the Evening Post",
        ),
        # A committee's name above it, the date right below it in its block (no blank lines).
        (
            (
                "Transport Committee\nOral evidence: Ferry services and the winter timetable, HC 12\n"
                "Wednesday 3 June 2026\n"
            ),
            "Oral evidence: Ferry services and the winter timetable, HC 12",
        ),
    ],
)
def test_the_line_that_names_the_document_is_the_headline(header, title):
    """Above the lede, "Interview of ..." or "Oral evidence: ..." is the title, over a name above it."""
    text = header + (
        "Q1 Chair: Why did the ferries stop this winter, and what will the board do in the spring?\n"
        "Ann Lee: The storms came early this year, and the board will buy two new boats for it.\n"
        "Q2 Chair: For how long will the ferries stop, and who will carry the mail to the island?\n"
        "Ann Lee: For a week at least, and the mail will go by the morning plane until it ends.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title == title


def test_a_date_run_into_its_time_is_no_headline():
    """ "15 May 201921:30" (the time pasted onto the year) is a date line, not the title."""
    text = (
        "15 May 201921:30\n\nAnswers to questions on the ferries, Dover, 15 May 2019\n\n"
        "Q: Why did the ferries stop?\n\nA: The storms.\n\nQ: For how long?\n\nA: A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Answers to questions on the ferries, Dover, 15 May 2019"


@pytest.mark.parametrize("heading", ["Transcript\n----------\n\n", "# Full transcript\n\n"])
def test_a_heading_that_only_names_the_kind_of_text_is_no_title(heading):
    """ "Transcript" over the dialogue labels the section below it: the text has no title."""
    text = (
        heading + "Q: Why did the ferries stop?\n\nA: The storms.\n\nQ: For how long?\n\nA: A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.title is None
    assert len(iv) == 2


def test_front_matter_with_no_title_names_the_page_by_its_name():
    """A profile page's front matter gives "name: Ann Lee" and no title: the name is the title."""
    text = (
        "---\nlayout: people\nname: Ann Lee\nrole: Engineer\n---\n\n"
        "**Why did you join?**\n\nTo build the ferries.\n\n**What next?**\n\nMore ferries."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Ann Lee"
