"""Tests for ic.parse: the dash layout, header recognition, metadata, errors and fidelity."""

from __future__ import annotations

import datetime
import re

import pytest

import interview_corpus as ic
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


def test_old_mac_line_ends_are_line_ends_in_a_string_as_in_a_file():
    text = "Q: How are you?\r\rA: Well, thank you.\r\rQ: And the weather?\r\rA: Fine.\r"
    iv = ic.parse(text, id="cr", provenance="pasted from an old word processor")
    assert [exchange.answer.text for exchange in iv.exchanges] == ["Well, thank you.", "Fine."]
    # One character for one: spans index the given text.
    assert iv.source == text.replace("\r", "\n")
    assert iv.provenance == "pasted from an old word processor; line ends CR read as LF"
    for turn in iv.turns():
        assert text[turn.span.start : turn.span.end] == turn.text
    with pytest.raises(ic.InvalidArgumentTypeError):  # checked as for any text
        ic.parse(text, id="cr", provenance=123)  # type: ignore[arg-type]


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
    # Praise in the first or last sentence only: a word of praise further in praises nothing.
    middle = (
        "Those two friends were the crew. A great many towns had no boat. The bridge came late."
    )
    assert len(exchanges(middle)) == 4


@pytest.mark.parametrize(
    ("host", "guest"),
    [
        ("I'm Ann Lee, I edit", "Hi, I'm Bo"),
        ("Ann Lee, I edit", "Hi, I'm Bo"),
        ("Ann Lee, I edit", "Hello, my name is Bo"),
    ],
)
def test_a_round_of_introductions_is_no_exchange(host, guest):
    """A host who names themselves and calls the next by name alone ('Bo?') opens a round of
    introductions: the first question is the first that asks for more."""
    text = (
        f"Ann Lee: Welcome to the weekly recap. {host} the newsletter. Bo?\n\n"
        f"Bo Roe: {guest}, I write the ferry column.\n\n"
        "Ann Lee: Cy, do you want to introduce yourself?\n\n"
        "Cy Dunn: Sure. I'm Cy and I repair boat engines for the harbour.\n\n"
        "Ann Lee: Why did the ferry stop running?\n\n"
        "Cy Dunn: The engine failed in March.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.questions[0].text == "Cy, do you want to introduce yourself?"
    assert len(iv) == 2
    check_fidelity(iv)


@pytest.mark.parametrize(
    ("opening", "reply"),
    [
        # The guest does not name themselves: "this is" opens a sentence, no one's name.
        ("Welcome. This is the ferry podcast, we talk boats. Bo?", "Well, this is a hard one."),
        ("Welcome. I'm Ann Lee, I run the ferry podcast. Bo?", "I'm not sure where to start."),
        # The host's last sentence asks "Why?": a question word calls on no one.
        ("I'm Ann Lee. The ferries stopped in March. Why?", "Hi, I'm Bo, the engines failed."),
        # The host's label spelt inside a longer word names no one.
        ("Welcome. The Ann Leeward sails again today. Bo?", "Hi, I'm Bo, I mend its engines."),
    ],
)
def test_an_opening_that_is_no_round_of_introductions_is_an_exchange(opening, reply):
    """Only a host who names themselves and calls the next by name, answered by one who names
    themselves, opens a round of introductions; any other first exchange stays one."""
    text = (
        f"Ann Lee: {opening}\n\nBo Roe: {reply}\n\n"
        "Ann Lee: Why did they fail?\n\nBo Roe: Salt.\n\n"
        "Ann Lee: And then?\n\nBo Roe: We fixed them.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.questions[0].text == opening
    assert len(iv) == 3


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


def _exchange_turns(text: str) -> list[list[str]]:
    iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
    return [[turn.id for turn in exchange.turns] for exchange in iv]


@pytest.mark.parametrize(
    ("ending", "reply", "exchanges"),
    [
        ("The boats were late every spring, right?", "Mm-hm.", [["q1", "a1"], ["q2", "q2b", "a2"]]),
        ("Does that ever go away? I doubt it.", "[laughs]", [["q1", "a1"], ["q2", "q2b", "a2"]]),
        ("Does that make sense?", "Mm-hm.", [["q1", "a1"], ["q2", "q2b", "a2"]]),
        ("You know what I’m saying?", "Mm-hm.", [["q1", "a1"], ["q2", "q2b", "a2"]]),
        # A yes answers a tag; a question that asks an answer is answered by "Mm-hm." too.
        (
            "The boats were late every spring, right?",
            "Yes.",
            [["q1", "a1"], ["q2", "a2"], ["q3", "a3"]],
        ),
        ("Were the boats late every spring?", "Mm-hm.", [["q1", "a1"], ["q2", "a2"], ["q3", "a3"]]),
    ],
)
def test_a_guests_sound_of_taking_in_a_tag_or_a_laugh_answers_nothing(ending, reply, exchanges):
    """A guest's "Mm-hm." after a host's question that only seeks assent (a tag: "..., right?";
    "Does that make sense?"), or a guest's laugh alone, before the same host goes on, is no
    answer: the host's turns are one question."""
    text = (
        "Host: Why did you start?\n\nGuest: It began with the rivers and the sea.\n\n"
        f"Host: I remember the harbour in those years. {ending}\n\n"
        f"Guest: {reply}\n\n"
        "Host: And if I lose it, I lose the catch. What can be done?\n\n"
        "Guest: Keep a second boat in the yard."
    )
    assert _exchange_turns(text) == exchanges


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
    ("cut", "exchanges"),
    [
        ("years. The boats and the crews, we never", [["q1", "a1"], ["q2", "q2b", "a2"]]),
        # A sentence that ends a paragraph makes the text punctuated as well.
        ("years.\n\nThe boats and the crews, we never", [["q1", "a1"], ["q2", "q2b", "a2"]]),
        # A sentence that ends is a question put: the guest's words answer it.
        (
            "years. The boats and the crews. We never knew.",
            [["q1", "a1"], ["q2", "a2"], ["q3", "a3"]],
        ),
    ],
)
def test_a_guests_words_cut_into_a_hosts_sentence_answer_nothing(cut, exchanges):
    """A guest's few words that cut into a host's sentence ('... we never' - 'Dear me.'), before the
    same host goes on, are no answer: the host's turns are one question."""
    text = (
        "Host: Why did you start?\n\nGuest: It began with the rivers and the sea.\n\n"
        f"Host: I remember the harbour in those {cut}\n\n"
        "Guest: Dear me.\n\n"
        "Host: trusted the forecasts, so what was it like for you?\n\n"
        "Guest: Keep a second boat in the yard, we said."
    )
    assert _exchange_turns(text) == exchanges


@pytest.mark.parametrize(
    ("parting", "count"),
    [
        ("Thanks for having me. It has been a blast.", 3),
        # Without the guest's parting thanks, the host's last words and the reply are an exchange.
        ("It has been a blast, and the boats are ready.", 4),
    ],
)
def test_the_shows_sign_off_after_the_guests_parting_thanks_is_no_exchange(parting, count):
    """Host turns that ask nothing after the guest's 'Thanks for having me.', and the guest's few
    words back, are the show's sign-off."""
    text = (
        "Host: Why did you start?\n\nGuest: It began with the rivers and the sea.\n\n"
        "Host: And where can people find you?\n\nGuest: At the harbour, most days.\n\n"
        "Host: Thank you for coming on the show.\n\n"
        f"Guest: {parting}\n\n"
        "Host: What a ride.\n\nHost: That was the harbour show. Mind the tides.\n\n"
        "Guest: And a spare.\n\n"
    )
    iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
    assert len(iv) == count


@pytest.mark.parametrize(
    ("cut", "exchanges"),
    [
        # A new point begun ("but you") and cut off: the guest takes it up, an exchange.
        ("No, of course not, but you...", [["q1", "a1"], ["q2", "a2"], ["q3", "a3"]]),
        # A word that trails off only reacts: a remark, and the answer goes on.
        ("But…", [["q1", "a1", "a1b"], ["q2", "a2"]]),
    ],
)
def test_a_hosts_new_point_cut_off_is_no_mere_reaction(cut, exchanges):
    """A host's few words that begin a clause with a joining word and break off a word after it
    put something new, which the guest's next turn takes up: a question, not a reaction."""
    text = (
        "Host: Will the budget cut taxes?\n\nGuest: I am not going into the detail of it.\n\n"
        f"Host: {cut}\n\n"
        "Guest: But look, I am not ruling anything out, I am only saying the budget must not add "
        "to the pressure on prices this year.\n\n"
        "Host: And the ferries?\n\nGuest: They run on time."
    )
    assert _exchange_turns(text) == exchanges


@pytest.mark.parametrize(
    ("praise", "exchanges"),
    [
        ("Good job.", [["q1", "q1b", "a1"], ["q2", "a2"]]),
        # Words that say more than praise answer the account: an exchange of their own.
        ("That was a mistake.", [["q1", "a1"], ["q2", "a2"], ["q3", "a3"]]),
    ],
)
def test_the_one_answerings_praise_while_a_questioner_tells_on_answers_nothing(praise, exchanges):
    """'Good job.' in the middle of a guest's long account that asks nothing, before the same
    guest goes on, is a statement outside the exchange: the account is one question."""
    text = (
        "Ann Lee: I left the harbour town as a young builder, worked on boats in three countries, "
        "and came back ten years later to open a yard of my own with four apprentices.\n\n"
        f"Bo Chen: {praise}\n\n"
        "Ann Lee: My family thinks otherwise, but I like teaching here, the apprentices are keen, "
        "and the town is changing for the better every single year.\n\n"
        "Bo Chen: I am glad you found your place, and the yard grants will go on next year.\n\n"
        "Ann Lee: Will they cover the ferries too?\n\nBo Chen: Yes, from spring."
    )
    iv = ic.parse(text, id="x", interviewer="Ann Lee", interviewee="Bo Chen")
    assert [[turn.id for turn in exchange.turns] for exchange in iv] == exchanges


@pytest.mark.parametrize(
    ("reply", "back", "count"),
    [
        ("At the yard in the north, this year.", "I wish you every success.", 2),
        # The one answering goes on at length: the reply put something to answer.
        (
            "At the yard in the north, this year.",
            (
                "The north is where the grants go first, and the yard there will get two more "
                "builders and a new slip before the winter."
            ),
            3,
        ),
    ],
)
def test_a_questioners_short_reply_to_the_answers_question_in_passing_is_no_exchange(
    reply, back, count
):
    """An answer that ends by asking the questioner ('where do you teach?'), their short reply
    and the few words back are small talk at the end of the exchange, no new question."""
    text = (
        "Ann Lee: Will the yard grants go on next year?\n\n"
        "Bo Chen: They will, and we have more ideas. Good luck. By the way, where do you teach?\n\n"
        f"Ann Lee: {reply}\n\nBo Chen: {back}\n\n"
        "Cy Park: And the ferries?\n\nBo Chen: They run on time."
    )
    iv = ic.parse(text, id="x", interviewer=["Ann Lee", "Cy Park"], interviewee="Bo Chen")
    assert len(iv) == count


@pytest.mark.parametrize(
    ("goes_on", "exchanges"),
    [
        ("Yes, yes.\n\nAnd the apprentices", [["q1", "q1b", "a1"], ["q2", "a2"]]),
        # No assent first: the questioner answers the check, which stands as an exchange.
        ("The apprentices", [["q1", "a1"], ["q2", "a2"], ["q3", "a3"]]),
    ],
)
def test_the_one_answerings_tagged_check_while_a_questioner_tells_on_answers_nothing(
    goes_on, exchanges
):
    """'I met your teacher at the yard, right?' while a guest tells at length, answered 'Yes,
    yes.' by the same guest who goes on, is a statement: the account is one question."""
    text = (
        "Ann Lee: I came back to the harbour town ten years later and opened a yard of my own "
        "with four apprentices and one old slip.\n\n"
        "Bo Chen: I met your teacher at the yard on my last visit, right?\n\n"
        f"Ann Lee: {goes_on} have built six boats since, and two of them now run the ferry "
        "to the islands every morning in summer.\n\n"
        "Bo Chen: I am glad you found your place, and the yard grants will go on next year.\n\n"
        "Ann Lee: Will they cover the ferries too?\n\nBo Chen: Yes, from spring."
    )
    iv = ic.parse(text, id="x", interviewer="Ann Lee", interviewee="Bo Chen")
    assert [[turn.id for turn in exchange.turns] for exchange in iv] == exchanges


@pytest.mark.parametrize(
    ("request_", "count"),
    [
        ("Sorry, can I make my point, please?", 2),
        # A question of its own, answered in a few words: an exchange.
        ("Sorry, can you name one?", 3),
    ],
)
def test_a_questioners_request_to_finish_granted_is_no_exchange(request_, count):
    """A questioner cut into who asks leave to go on ('can I make my point, please?'), granted
    in a few words ('Sure. Sorry.'), before going on, puts no question of their own."""
    text = (
        "Ann Lee: The yards in the north have no slips left, and there is no priority for them.\n\n"
        "Bo Chen: There is. You know, I will put it bluntly…\n\n"
        f"Ann Lee: {request_}\n\nBo Chen: Sure. Sorry.\n\n"
        "Ann Lee: How can that be put right? Should the law give the yards the slips first?\n\n"
        "Bo Chen: It should, and a bill is on its way this spring."
    )
    iv = ic.parse(text, id="x", interviewer="Ann Lee", interviewee="Bo Chen")
    assert len(iv) == count


def test_a_hosts_few_words_that_turn_the_talk_to_a_topic_ask():
    """'Back to the ferries, the timetable.' between a guest's answers turns the talk to a topic:
    a prompt the guest's next turn answers, not a co-host's reaction to the answer before."""
    text = (
        "Ann: Why did the ferries stop running this winter?\n\n"
        "Cy: The storms came early and the board kept the boats in the harbour until spring.\n\n"
        "Bo: And what about the pier, is it safe?\n\n"
        "Cy: The pier is safe, the engineers checked it twice in March and found nothing wrong.\n\n"
        "Ann: Back to the ferries, the timetable.\n\n"
        "Cy: The timetable changes on Monday: the first boat leaves at six, the last at ten, and "
        "on Sundays there is one more crossing in the afternoon for the market.\n\n"
        "Bo: Thank you.\n"
    )
    iv = ic.parse(text, id="x", interviewer=["Ann", "Bo"], interviewee="Cy")
    assert [[turn.id for turn in exchange.turns] for exchange in iv] == [
        ["q1", "a1"],
        ["q2", "a2"],
        ["q3", "a3"],
    ]
    assert iv.questions[2].text == "Back to the ferries, the timetable."


def test_opening_courtesies_where_the_guest_asks_back_read_without_error():
    """Two courtesies, then the guest asks something before any question: no IndexError."""
    long = " ".join(["The ferries run every hour from the harbour in winter."] * 3)
    said = [
        ("Ann Lee", "Thank you for coming in today, Bo."),
        ("Bo Chen", "My pleasure, Ann."),
        ("Ann Lee", "It's a great pleasure to talk to you."),
        ("Bo Chen", "Is the recorder on?"),
        ("Ann Lee", "Thank you, it is. Shall we start with the ferries?"),
        ("Bo Chen", long),
        ("Ann Lee", "And the night boat?"),
        ("Bo Chen", long),
    ]
    iv = ic.parse("\n\n".join(f"{name}: {words}" for name, words in said), id="x")
    assert iv.questions[-1].text == "And the night boat?"
