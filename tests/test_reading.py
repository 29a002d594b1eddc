"""The layouts of real transcripts, the roles read from the dialogue, and ic.explain()."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

import pytest

import interview_corpus as ic
from interview_corpus.model._span import Span
from interview_corpus.reading._roles import RawTurn, calls_on

from .conftest import FIXTURES
from .helpers import BAD_SIDECAR_VALUES
from .test_parse import check_fidelity

LAYOUTS = FIXTURES / "layouts"


def kinds(iv: ic.Interview) -> list[tuple[str, str]]:
    return [(turn.id, turn.speaker.name) for turn in iv.turns()]


# A media conference as a web page prints it: each speaker's name a heading (in bold or not), the
# words below; the governor's opening statement invites questions, and the first reporter, Ann
# Lee, states her point without a question mark (then follows up), and so does Bo Chen.
_MEDIA_CONFERENCE = """Transcript
----------

### Governor Jo Roe

Thank you for coming. Today the Board decided to leave the fares unchanged. Inflation has
fallen, but it is still too high, and we will watch the data closely.

So thank you and I am happy to take your questions.

### **Ann Lee (Daily Bank)**

Ann Lee from the Daily Bank. Your own forecasts have the fares falling by the end of
next year, so it seems to me the next change has to be a cut some time.

### **Governor Roe**

We do think fuel costs could still rise, and that is why we rule nothing out.

### Ann Lee

Just to follow up, what are those risks, then?

### **Governor Roe**

Services inflation, mostly, and the labour market.

### Bo Chen (Harbour News)

Bo Chen from Harbour News. I wanted to ask about the labour market, which still looks too tight
for the Board's liking, with vacancies high and hours worked steady.

### Governor Roe

It is tight, but conditions have been easing gradually over the year.

### **Kim Park (Radio North)**

Kim Park from Radio North. When will households feel some relief, then?

### **Governor Roe**

Not before the middle of next year, on our forecasts.
"""


# A parliamentary record without blank lines: the minister's first label is his office, his name
# in brackets, alone on its line; each deputy asks once or twice and he replies to each.
_MINISTER_AMONG_DEPUTIES = (
    "Deputy Ann Lee: The report came out in May and nothing has been done since.\n"
    "Will the Minister act on it this year?\n"
    "Minister for Health, Housing and Heritage (Deputy Pat Roe):\n"
    "I thank the Deputy. We will act on it before the summer recess.\n"
    "Deputy Ann Lee: The families cannot wait for the summer recess.\n"
    "Deputy Pat Roe: They will not have to wait, as the first payments are made in June.\n"
    "Deputy Bo Chen: Where is the funding for the new hospital wing?\n"
    "Deputy Pat Roe: It is in the budget, as agreed with the Minister for Finance.\n"
    "Deputy Kim Park: And will the nurses be paid on time this winter?\n"
    "Deputy Pat Roe: They will be paid on time, as they have been every month.\n"
)


class TestLabels:
    """Label forms: each is read as the speaker it names."""

    @pytest.mark.parametrize(
        ("asker", "answerer"),
        [
            ("MR. PRICE:", "MS. LEE:"),
            ("**Jane Roe:**", "**John Doe:**"),
            ("**Jane Roe**:", "**John Doe**:"),
            ("[00:01:02] Jane Roe:", "[00:01:09] John Doe:"),
            ("Jane Roe (00:01:02):", "John Doe (00:01:09):"),
            ("Jane Roe (00:01:02) -", "John Doe (00:01:09) -"),
            ("Jane Roe [1:02] –", "John Doe [1:09] –"),
            ("NICK FOUNTAIN, HOST:", "ANA RUIZ, MAYOR:"),
            ("President of the Council Jane Roe:", "Minister of Works John Doe:"),
            ("Question (retranslated):", "John Doe:"),
            ("Ann al-Rami:", "Jo d'Ors:"),
            ("_Jane Roe:_", "_John Doe:_"),
            ("_Jane Roe_:", "_John Doe_:"),
            ("*Jane Roe*:", "*John Doe*:"),
            ("*Jane Roe (0:01:02)*:", "*John Doe (0:01:09)*:"),
        ],
    )
    def test_label_forms(self, asker, answerer):
        """Honorifics, bold, timestamps, roles and long titles all label turns."""
        text = (
            f"{asker} Why did the bridge close?\n\n{answerer} Because the piles were weak.\n\n"
            f"{asker} When will it open?\n\n{answerer} In May, after the tests."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["q1", "a1", "q2", "a2"]
        assert iv.answers[0].text == "Because the piles were weak."
        check_fidelity(iv)

    def test_a_speaker_who_interprets_remarks(self):
        """'Jo Roe (translates):' puts another's words into English: a remark, not an answer."""
        text = (
            "Ann Lee: Why did the bridge close?\n\nJo Roe: Because the piles were weak.\n\n"
            "Ann Lee: Our guest from Oslo will add a word.\n\nRemark in Norwegian.\n\n"
            "Jo Roe (translates): He says the piles in Oslo were weak too.\n\n"
            "Ann Lee: When will it open?\n\nJo Roe: In May, after the tests."
        )
        iv = ic.parse(text, id="x")
        assert type(list(iv.turns())[3]).__name__ == "Remark"
        assert [answer.text for answer in iv.answers] == [
            "Because the piles were weak.", "In May, after the tests.",
        ]  # fmt: skip
        retranslated = ic.parse(text.replace("(translates)", "(retranslated)"), id="x")
        assert type(list(retranslated.turns())[3]).__name__ == "Answer"

    def test_congressional_record_labels(self):
        """'Mr. SMITH.' and 'The CHAIRMAN.' (a title and a surname in capitals, a period) label turns."""
        text = (
            "The CHAIRMAN. When will the port reopen?\n\n"
            "Mr. OKAFOR. In the spring, once the piles are tested.\n\n"
            "Mr. LEE. Who pays for the repairs?\n\nMr. OKAFOR. The state pays half.\n\n"
            "The CHAIRMAN. And the rest?\n\nMr. OKAFOR. A federal grant."
        )
        iv = ic.parse(text, id="x")
        assert kinds(iv) == [
            ("q1", "The CHAIRMAN"),
            ("a1", "Mr. OKAFOR"),
            ("q2", "Mr. LEE"),
            ("a2", "Mr. OKAFOR"),
            ("q3", "The CHAIRMAN"),
            ("a3", "Mr. OKAFOR"),
        ]

    def test_record_labels_in_mixed_case_with_an_office_or_a_state(self):
        """'Senator Roe.', 'Secretary Lee.', 'Dr. Kim.', 'Mrs. McKay of Ohio.' label turns as 'Mr. Roe.' does."""
        text = (
            "    Chairman Diaz. The hearing will come to order. When will the port reopen?\n"
            "    Secretary Lee. In the spring, once the piles are tested.\n"
            "    Senator Roe. Who pays for the repairs?\n"
            "    Dr. Kim. The state pays half, as the plan says.\n"
            "    Mrs. McKay of Ohio. And the rest of it?\n"
            "    Secretary Lee. A federal grant covers it.\n"
            "    Senator Roe. Is that grant approved?\n"
            "    Dr. Kim. Yes, since last month.\n"
            "    Mrs. McKay of Ohio. Thank you. When do the works start?\n"
            "    Secretary Lee. In March.\n"
            "    Chairman Diaz. And who oversees them?\n"
            "    Secretary Lee. The port authority.\n"
        )
        iv = ic.parse(text, id="x")
        assert [name for _, name in kinds(iv)] == [
            "Chairman Diaz",
            "Secretary Lee",
            "Senator Roe",
            "Dr. Kim",
            "Mrs. McKay of Ohio",
            "Secretary Lee",
            "Senator Roe",
            "Dr. Kim",
            "Mrs. McKay of Ohio",
            "Secretary Lee",
            "Chairman Diaz",
            "Secretary Lee",
        ]

    def test_the_record_closes_at_its_note_that_the_sitting_was_adjourned(self):
        """Below '[Whereupon, ... adjourned.]' stands the appendix: no one's words, no question."""
        text = (
            "    Mr. LEE. When will the port reopen?\n\n"
            "    Mr. OKAFOR. In the spring, once the piles are tested.\n\n"
            "    Mr. LEE. And who pays for it? I ask because the budget is short.\n\n"
            "    [Whereupon, at 3:30 p.m., the hearing was adjourned.]\n\n"
            "    Responses to written questions:\n\n"
            "Q.1. Is the grant approved?\n\nA.1. Yes, since March.\n"
        )
        iv = ic.parse(text, id="x")
        assert kinds(iv) == [("q1", "Mr. LEE"), ("a1", "Mr. OKAFOR"), ("r1", "Mr. LEE")]
        assert list(iv.turns())[-1].text == (
            "And who pays for it? I ask because the budget is short."
        )
        assert next(s.text for s in iv.segments if s.kind == "appendix").startswith("[Whereupon")

    def test_statements_under_their_headings_come_before_the_questions(self):
        """Turns up to the last of the first run of 'STATEMENT OF' headings ask nothing."""
        text = (
            "    The Chairman. The committee will come to order. Why are we here? To hear "
            "the panel.\n\n"
            "                 STATEMENT OF JANE ROE, DIRECTOR\n\n"
            "    Ms. Roe. Thank you. The port will reopen in the spring.\n\n"
            "    The Chairman. Thank you. And now Mr. Doe?\n\n"
            "                 STATEMENT OF JOHN DOE, ENGINEER\n\n"
            "    Mr. Doe. The piles are being tested.\n\n"
            "    The Chairman. Who pays for the repairs?\n\n"
            "    Ms. Roe. The state pays half.\n\n"
            "    The Chairman. And the rest?\n\n"
            "    Mr. Doe. A federal grant.\n"
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Who pays for the repairs?", "And the rest?"]

    @pytest.mark.parametrize("note", ["[presiding]", "[Presiding.]"])
    def test_a_member_noted_as_presiding_is_on_the_asking_side(self, note):
        """'Mr. Roe. [presiding]' takes the chair: a member who asks, though he speaks after a member."""
        text = (
            "    Mr. Lee. When will the port reopen?\n\n"
            "    Ms. Kay. In the spring.\n\n"
            "    Mr. Lee. Who pays for it?\n\n"
            f"    Mr. Roe. {note} The gentleman's time has expired.\n\n"
            "    Mr. Lee. Could she answer the question?\n\n"
            "    Mr. Roe. Briefly, then.\n\n"
            "    Ms. Kay. The state pays.\n\n"
            "    Mr. Roe. I recognize myself. Is the grant approved?\n\n"
            "    Ms. Kay. Yes.\n\n"
            "    Mr. Roe. And the works start when?\n\n"
            "    Ms. Kay. In March.\n"
        )
        iv = ic.parse(text, id="x")
        roles = {speaker.name: speaker.role for speaker in iv.speakers}
        assert roles["Mr. Roe"] == "interviewer"
        assert roles["Ms. Kay"] == "interviewee"

    def test_a_turn_that_ends_on_a_recess_asks_nothing(self):
        """'We will recess. [Recess.]' breaks the hearing off: a remark, not a question."""
        text = (
            "    The Chairman. When will the port reopen?\n\n"
            "    Ms. Roe. In the spring.\n\n"
            "    The Chairman. We have a vote. We will recess and be back.\n"
            "    [Recess.]\n\n"
            "    The Chairman. We will reconvene. Who pays for it?\n\n"
            "    Ms. Roe. The state pays half of it.\n\n"
            "    Mr. Lee. And the other half?\n\n"
            "    Ms. Roe. A federal grant, approved in March.\n\n"
            "    Mr. Lee. When do the works start?\n\n"
            "    Ms. Roe. In May.\n"
        )
        iv = ic.parse(text, id="x")
        assert [q.text.split(".")[0] for q in iv.questions] == [
            "When will the port reopen?",
            "We will reconvene",
            "And the other half?",
            "When do the works start?",
        ]

    def test_a_printed_records_title_above_its_double_rule(self):
        """A title one blank line above a rule of '=' is the headline; the filing lines above it are not."""
        text = (
            "[House Hearing, 111 Congress]\n[From the U.S. Government Printing Office]\n\n\n"
            "              THE PORT OF EXAMPLE AND ITS\n              REPAIRS\n\n"
            "=======================================================================\n\n"
            "                                HEARING\n\n"
            "    Mr. LEE. The committee will come to order. When will the port reopen?\n\n"
            "    Ms. KAY. In the spring.\n\n    Mr. LEE. Who pays?\n\n    Ms. KAY. The state.\n"
        )
        iv = ic.parse(text, id="x")
        assert " ".join(iv.title.split()) == "THE PORT OF EXAMPLE AND ITS REPAIRS"

    @pytest.mark.parametrize("small", ["AND", "OF THE"])
    def test_a_records_title_broken_over_two_blocks_at_a_small_word(self, small):
        """'THE PORT OF EXAMPLE AND' / '' / 'ITS REPAIRS' over the rule: one title, not its second half."""
        text = (
            "[House Hearing, 111 Congress]\n[From the U.S. Government Printing Office]\n\n\n"
            f"              THE WORKS {small}\n\n              PORT OF EXAMPLE\n\n"
            "=======================================================================\n\n"
            "                                HEARING\n\n"
            "    Mr. LEE. The committee will come to order. When will the port reopen?\n\n"
            "    Ms. KAY. In the spring.\n\n    Mr. LEE. Who pays?\n\n    Ms. KAY. The state.\n"
        )
        iv = ic.parse(text, id="x")
        assert " ".join(iv.title.split()) == f"THE WORKS {small} PORT OF EXAMPLE"
        assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title
        check_fidelity(iv)

    def test_a_name_over_a_table_of_contents_names_no_speaker(self):
        """'Okafor, Hon. Ann:' over 'Prepared statement....  12' is the contents, not a turn."""
        text = (
            "                            C O N T E N T S\n\n"
            "Okafor, Hon. Ann:\n"
            "    Prepared statement.........................................    12\n"
            "Written response to questions...................................    20\n\n"
            "    The Chairman. The committee will come to order. When will the port reopen?\n\n"
            "    Mr. Okafor. In the spring, once the piles are tested.\n\n"
            "    The Chairman. Who pays for the repairs?\n\n"
            "    Mr. Okafor. The state pays half.\n"
        )
        iv = ic.parse(text, id="x")
        assert next(iter(iv.turns())).text.startswith("The committee will come to order.")

    def test_a_records_attendance_lines_name_no_speaker(self):
        """'Present: Representatives ...' and 'Staff Present: ...' above the dialogue are header."""
        text = (
            "    Present: Representatives Lee, Kay and Roe.\n"
            "    Staff Present: Ann Ode, Counsel; Bo Park, Clerk.\n"
            "    Mr. Lee. The subcommittee will come to order. When will the port reopen?\n"
            "    Ms. Kay. In the spring.\n"
            "    Mr. Roe. Who pays for it?\n"
            "    Ms. Kay. The state pays half.\n"
            "    Mr. Lee. And the rest?\n"
            "    Ms. Kay. A federal grant.\n"
        )
        iv = ic.parse(text, id="x")
        assert next(iter(iv.turns())).text.startswith("The subcommittee will come to order.")

    def test_the_speaker_who_calls_the_sitting_to_order_is_never_the_one_questioned(self):
        """The chair who opens the hearing and then calls on each member replies to them: a moderator."""
        text = (
            "    Mr. Cole. The subcommittee will come to order. We hear two witnesses today.\n\n"
            "    Ms. Kay. Thank you. I am glad to be here.\n\n"
            "    Mr. Cole. The Chair recognizes Mr. Lee.\n\n"
            "    Mr. Lee. When will the port reopen?\n\n"
            "    Ms. Kay. In the spring.\n\n"
            "    Mr. Lee. Who pays for it?\n\n"
            "    Mr. Cole. The gentleman's time has expired.\n\n"
            "    Mr. Roe. And who pays for the rest?\n\n"
            "    Ms. Kay. A federal grant.\n\n"
            "    Mr. Roe. When do the works start?\n\n"
            "    Mr. Cole. The gentleman's time has expired. The Chair thanks the witness.\n"
        )
        iv = ic.parse(text, id="x", strict=False)
        roles = {speaker.name: speaker.role for speaker in iv.speakers}
        assert roles["Mr. Cole"] == "moderator"

    @pytest.mark.parametrize(
        "form", ["{name}  00:01:0{n}", "{name} (00:01:0{n})", "{name} [00:01:0{n}]"]
    )
    def test_name_and_timestamp_alone_on_the_line(self, form):
        """A name with a timestamp alone on its line labels the words below it."""
        turns = [
            ("Jane Roe", "Why now?"),
            ("John Doe", "Because."),
            ("Jane Roe", "Sure?"),
            ("John Doe", "Yes."),
        ]
        text = "\n\n".join(
            form.format(name=name, n=n) + "\n" + words for n, (name, words) in enumerate(turns)
        )
        iv = ic.parse(text, id="x")
        assert [(t.id, t.speaker.name, t.text) for t in iv.turns()] == [
            ("q1", "Jane Roe", "Why now?"),
            ("a1", "John Doe", "Because."),
            ("q2", "Jane Roe", "Sure?"),
            ("a2", "John Doe", "Yes."),
        ]

    def test_name_time_and_dash_with_hard_wrapped_words(self):
        """'Name (00:01:02) - words', wrapped over lines as a tool's export is: the label, then the words."""
        text = (
            "Jane Roe (00:00:01) - Why did the bridge\nclose last week?\n\n"
            "John Doe (00:00:05) - Because the piles\nwere weak.\n\n"
            "Jane Roe (00:00:09) - When will it open?\n\n"
            "John Doe (00:00:12) -\nIn May."
        )
        iv = ic.parse(text, id="x")
        assert [(t.id, t.speaker.name, t.normalized) for t in iv.turns()] == [
            ("q1", "Jane Roe", "Why did the bridge close last week?"),
            ("a1", "John Doe", "Because the piles were weak."),
            ("q2", "Jane Roe", "When will it open?"),
            ("a2", "John Doe", "In May."),
        ]
        assert [t.start.total_seconds() for t in iv.turns()] == [1.0, 5.0, 9.0, 12.0]
        check_fidelity(iv)

    def test_a_time_and_a_dash_in_prose_label_nothing(self):
        """Words before a time and a dash that are not a name ('The vote (10:30) - ...') are prose."""
        text = (
            "Q: What happened?\n\nA: The vote (10:30) - nobody came.\n\n"
            "the rest (10:45) - it ended.\n\nQ: Why?\n\nA: Rain."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["q1", "a1", "q2", "a2"]

    def test_a_label_alone_on_the_first_line_opens_a_turn(self):
        """'Q:' alone at the very top is a turn, not a 'Name: quote' headline."""
        iv = ic.parse("Q:\n\nWhy?\n\nA:\n\nBecause.", id="x")
        assert [(t.id, t.text) for t in iv.turns()] == [("q1", "Why?"), ("a1", "Because.")]

    def test_a_name_quote_headline_is_the_title(self):
        """A one-line 'Name: quote' above the dialogue, followed by other header blocks, is the title."""
        text = "Mayor Lin: the port will reopen\n\nMay 2, 2024\n\nQ: When?\n\nMayor Lin: In spring."
        iv = ic.parse(text, id="x")
        assert iv.title == "Mayor Lin: the port will reopen"
        assert [t.id for t in iv.turns()] == ["q1", "a1"]

    def test_initials_of_a_front_matter_speaker(self):
        """A label of initials is the speaker the front matter lists, named in full."""
        text = "---\nspeakers: ['Ana Ruiz']\n---\n\nHost: Why?\n\nAR: Because.\n\nHost: When?\n\nAR: Now."
        iv = ic.parse(text, id="x")
        assert (iv.interviewee.name, iv.interviewee.aliases) == ("Ana Ruiz", ("AR",))

    def test_a_three_letter_handle_that_recurs(self):
        """A short online handle ('pgp:') labels a speaker where it recurs."""
        text = (
            "Host: Why did you start?\n\npgp: Because the blocks were full.\n\n"
            "Host: And now?\n\npgp: Now they are fuller still."
        )
        iv = ic.parse(text, id="x")
        assert [(a.speaker.name, a.text) for a in iv.answers] == [
            ("pgp", "Because the blocks were full."),
            ("pgp", "Now they are fuller still."),
        ]
        check_fidelity(iv)

    def test_no_space_after_the_colon(self):
        """'Megyn Kelly:But' is a label with its text."""
        iv = ic.parse(
            "Ann Lee:Why now?\n\nBo Chan:But why not? It is time.\n\nAnn Lee:Sure?\n\nBo Chan:Yes.",
            id="x",
        )
        assert [t.text for t in iv.turns()] == [
            "Why now?",
            "But why not? It is time.",
            "Sure?",
            "Yes.",
        ]

    def test_q_without_a_colon(self):
        """'Q' followed by NBSPs, a tab or spaces marks a question; the indentation is kept."""
        text = "    Q\u00a0\u00a0\u00a0 Why?\n\n    THE MAYOR:\u00a0 Because.\n\nQ\tWhen?\n\nTHE MAYOR:  Now."
        iv = ic.parse(text, id="x")
        assert kinds(iv) == [
            ("q1", "Interviewer"),
            ("a1", "THE MAYOR"),
            ("q2", "Interviewer"),
            ("a2", "THE MAYOR"),
        ]
        assert iv.source[slice(*iv.questions[0].marker)] == "Q\u00a0\u00a0\u00a0 "
        check_fidelity(iv)

    def test_label_alone_on_its_line(self):
        """A label ending its line takes the words below it, in the same paragraph or the next."""
        text = "BARRIE CASSIDY:\nWelcome. Why now?\n\nPRIME MINISTER:\nBecause.\n\nBARRIE CASSIDY:\nSure?\n\nPRIME MINISTER:\n\nYes."
        iv = ic.parse(text, id="x")
        assert [t.text for t in iv.turns()] == ["Welcome. Why now?", "Because.", "Sure?", "Yes."]
        check_fidelity(iv)

    def test_honorific_forms_are_one_speaker(self):
        """'MR. PRICE' and 'Mr. Price' are one speaker, the other spelling an alias."""
        text = "Q: One?\n\nMR. PRICE: Yes, one.\n\nQ: Two?\n\nMR. PRICE: Two, yes.\n\nQ: Three?\n\nMr. Price: Three."
        iv = ic.parse(text, id="x")
        assert iv.interviewee.name == "MR. PRICE"
        assert iv.interviewee.aliases == ("Mr. Price",)
        assert {answer.speaker for answer in iv.answers} == {iv.interviewee}

    def test_a_label_of_two_names_joined_is_neither_speaker(self):
        """'Ann and Bo:' (both at once) is no longer form of 'Ann' or of 'Bo': each stays their own."""
        text = (
            "Host: Welcome, both. Why the ferry?\n\nAnn: For the rivers.\n\nBo: For the fish.\n\n"
            "Ann and Bo: Both, really!\n\nHost: What comes next?\n\nAnn: The sea.\n\nBo: More fish."
        )
        iv = ic.parse(text, id="x")
        names = [t.speaker.name for t in iv.turns()]
        assert names == ["Host", "Ann", "Bo", "Ann and Bo", "Host", "Ann", "Bo"]

    def test_a_title_written_shortened_is_one_speaker(self):
        """'PRESS SECRETARY ROE' first, 'PRESS SEC. ROE' after: one speaker, the full title its name."""
        text = (
            "PRESS SECRETARY ROE: Good morning. I have two announcements before we take questions.\n\n"
            "Q: Will the President travel next week?\n\nPRESS SEC. ROE: Yes, to the north.\n\n"
            "Q: And the budget?\n\nPRESS SEC. ROE: It is on schedule.\n\n"
            "Q: Who leads the talks?\n\nPRESS SEC. ROE: The Secretary of Finance."
        )
        iv = ic.parse(text, id="x")
        assert iv.interviewee.name == "PRESS SECRETARY ROE"
        assert iv.interviewee.aliases == ("PRESS SEC. ROE",)
        assert [t.id for t in iv.turns()] == ["s1", "q1", "a1", "q2", "a2", "q3", "a3"]

    def test_a_full_title_then_the_title_shortened_with_the_surname_is_one_speaker(self):
        """'COMMISSIONER OF THE PORT JO ROE' once, 'COMM. ROE' after: one speaker, the first turn
        hers."""
        text = (
            "COMMISSIONER OF THE PORT JO ROE: Let's begin, it's raining.\n\n"
            "Q: Will the yard build more ferries?\n\nCOMM. ROE: Yes, two more.\n\n"
            "Q: When?\n\nCOMM. ROE: Next year."
        )
        iv = ic.parse(text, id="x")
        assert iv.interviewee.name == "COMMISSIONER OF THE PORT JO ROE"
        assert iv.interviewee.aliases == ("COMM. ROE",)
        assert [t.id for t in iv.turns()] == ["s1", "q1", "a1", "q2", "a2"]

    def test_long_title_label_is_the_short_name(self):
        """'President of Ruritania Karl Rex' and 'Karl Rex' are one speaker."""
        text = (
            "President of Ruritania Karl Rex: Good afternoon.\n\nQuestion: Why?\n\n"
            "Karl Rex: Because.\n\nQuestion: When?\n\nKarl Rex: Now."
        )
        iv = ic.parse(text, id="x")
        assert iv.interviewee.name == "Karl Rex"
        assert iv.interviewee.aliases == ("President of Ruritania Karl Rex",)
        assert [t.id for t in iv.turns()] == ["s1", "q1", "a1", "q2", "a2"]

    def test_prose_ending_in_a_colon_is_text(self):
        """Lowercase words, single capitalised words used once, and 'Including:' are prose."""
        text = (
            "Q: What did he say?\n\nJohn Doe: Here is my question:\n\nGermany: it is a partner.\n\n"
            "Including: the ports.\n\nQ: And then?\n\nJohn Doe: Nothing."
        )
        iv = ic.parse(text, id="x")
        assert [p.text for p in iv.answers[0].paragraphs] == [
            "Here is my question:",
            "Germany: it is a partner.",
            "Including: the ports.",
        ]


class TestLayouts:
    """Layouts other than blank-line paragraphs with labels."""

    def test_hyphen_dashes(self):
        """'- ' opens turns when the text has no other dashes."""
        iv = ic.parse("A headline\n\n- Why?\n\n- Because.\n\n- When?\n\n- Now.", id="x")
        assert [t.text for t in iv.turns()] == ["Why?", "Because.", "When?", "Now."]
        assert iv.title == "A headline"

    def test_no_blank_lines(self):
        """Without blank lines, labels at line starts open turns; wrapped lines are one paragraph."""
        body = []
        for number in range(12):
            body += [
                "Jane Roe:",
                f"This is question number {number}, which is long enough to wrap onto",
                "a second line, is it not?",
                "John Doe:",
                f"It is answer number {number}, and it also runs long enough to be",
                "wrapped by the one who saved it.",
                "A second short paragraph.",
            ]
        text = "# A title\n\n" + "\n".join(body)
        iv = ic.parse(text, id="x")
        assert len(iv) == 12
        assert iv.title == "A title"
        assert [p.text for p in iv.answers[0].paragraphs] == [
            "It is answer number 0, and it also runs long enough to be\nwrapped by the one who saved it.",
            "A second short paragraph.",
        ]
        assert iv.answers[0].normalized.startswith(
            "It is answer number 0, and it also runs long enough to be wrapped"
        )
        check_fidelity(iv)

    def test_front_matter_is_metadata(self):
        """YAML front matter gives the title (decoded), date and URL, and is set aside."""
        text = (
            "---\ndate: '2023-03-21'\nsource_url: https://example.org/briefing\ntitle: \"Press Briefing by\\\n"
            '  \\ the Mayor and\\_the \\u201CEngineer\\u201D"\n---\n \nCity Hall\n\n'
            "Q\u00a0\u00a0 Why?\n\nTHE MAYOR:\u00a0 Because.\n"
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "Press Briefing by the Mayor and\u00a0the \u201cEngineer\u201d"
        assert iv.title_span is None
        assert iv.published == datetime.date(2023, 3, 21)
        assert iv.url == "https://example.org/briefing"
        assert [s.kind for s in iv.segments][:1] == ["front-matter"]
        check_fidelity(iv)

    def test_names_in_headings_above_their_words(self):
        """A media conference as a web page prints it: each speaker's name a heading, maybe in bold."""
        iv = ic.parse(_MEDIA_CONFERENCE, id="x")
        assert [(t.id, t.speaker.name) for t in iv.turns()] == [
            ("s1", "Governor Jo Roe"),
            ("q1", "Ann Lee"),
            ("a1", "Governor Jo Roe"),
            ("q2", "Ann Lee"),
            ("a2", "Governor Jo Roe"),
            ("q3", "Bo Chen"),
            ("a3", "Governor Jo Roe"),
            ("q4", "Kim Park"),
            ("a4", "Governor Jo Roe"),
        ]
        assert iv.interviewee.aliases == ("Governor Roe",)
        assert iv.questions[0].text.startswith("Ann Lee from the Daily Bank.")

    def test_names_alone_on_their_lines(self):
        """An earnings call: names (with roles) alone on their lines, the words below; an Operator."""
        iv = ic.read(LAYOUTS / "earnings_call.txt")
        assert [(t.id, t.speaker.name) for t in iv.turns()][:6] == [
            ("r1", "Operator"),
            ("r2", "Jane Miller"),
            ("s1", "John Smith"),
            ("s2", "Ann Lee"),
            ("r3", "Operator"),
            ("q1", "Tom Baker"),
        ]
        assert len(iv) == 3
        assert [e.question.speaker.name for e in iv] == ["Tom Baker", "Tom Baker", "Sara Kim"]
        assert [s.text for s in iv.segments if s.kind == "heading"] == [
            "Question-and-Answer Session"
        ]
        check_fidelity(iv)
        with_roles = ic.parse(
            "Operator\n\nWelcome.\n\nJo Park - Analyst\n\nWhy?\n\n"
            "Ann Lee -- Chief Executive Officer\n\nBecause.\n\nJo Park - Analyst\n\n"
            "And then?\n\nAnn Lee -- Chief Executive Officer\n\nThen more.",
            id="x",
        )
        assert [t.speaker.name for t in with_roles.turns()] == [
            "Operator",
            "Jo Park",
            "Ann Lee",
            "Jo Park",
            "Ann Lee",
        ]
        assert with_roles.interviewee.description == "Chief Executive Officer"

    def test_labels_that_run_on_inside_a_line(self):
        """A typist who runs the turns together leaves a label after a sentence's end, mid-line."""
        text = (
            "TRANSCRIPT OF INTERVIEW\n"
            "HOST: Minister, thanks for your time.\n"
            "MINISTER: My pleasure.\n"
            "HOST: Will prices fall this year, or should\n"
            "we wait? MINISTER: They will fall by\n"
            "June, I am sure of it. And then Ann. HOST: Right.\n"
            "Will wages follow?\n"
            "MINISTER: They will.\n"
            "HOST: And taxes?\n"
            "MINISTER: No change.\n"
            "HOST: Thank you. MINISTER: Thank you.\n"
        )
        iv = ic.parse(text, id="x")
        assert [(t.speaker.name, t.text) for t in iv.turns()] == [
            ("HOST", "Minister, thanks for your time."),
            ("MINISTER", "My pleasure."),
            ("HOST", "Will prices fall this year, or should\nwe wait?"),
            ("MINISTER", "They will fall by\nJune, I am sure of it. And then Ann."),
            ("HOST", "Right.\nWill wages follow?"),
            ("MINISTER", "They will."),
            ("HOST", "And taxes?"),
            ("MINISTER", "No change."),
            ("HOST", "Thank you."),
            ("MINISTER", "Thank you."),
        ]
        check_fidelity(iv)
        # A capitals label used once or twice at a line's start is not looked for inside lines.
        once = ic.parse(
            "Ann Lee: Why? NOTE: see above.\n\nJo Park: Because.\n\nAnn Lee: How?\n\n"
            "Jo Park: So.\n",
            id="y",
        )
        assert next(t.text for t in once.turns()) == "Why? NOTE: see above."

    def test_a_keyword_misspelt_by_a_letter(self):
        """'QJESTION:' among 'QUESTION:' labels is a typing or scanning slip: it still asks."""
        text = (
            "QUESTION: Will rates rise?\n\nMINISTER: Not this year.\n\n"
            "QUESTION: And next year?\n\nMINISTER: We shall see.\n\n"
            "QJESTION: Going back to trade, will you sign?\n\nMINISTER: Yes.\n\n"
            "QUESTION: When?\n\nMINISTER: In May.\n"
        )
        iv = ic.parse(text, id="x")
        assert len(iv) == 4
        assert list(iv)[2].question.text == "Going back to trade, will you sign?"
        assert {e.question.speaker.name for e in iv} == {"Interviewer"}
        check_fidelity(iv)
        # Two names a letter apart are two people, not a slip.
        names = ic.parse(
            "Ann Lee: Why?\n\nJo Parkes: Because.\n\nAnn Lee: How?\n\nJo Parkes: So.\n\n"
            "Ann Lee: When?\n\nJo Parker: Now.\n",
            id="y",
            strict=False,
        )
        assert "Jo Parker" in {t.speaker.name for t in names.turns()}

    def test_capitalised_labels_without_a_colon(self):
        """A typed transcript may leave out the colon: 'QUESTION Will you ...', 'MR. ROE I will.'."""
        text = (
            "Press conference\n\n20 May 1966\n\n"
            "MR, ROE Good afternoon. I have a short statement.\n\n"
            "It will not take long.\n\n"
            "QUESTION When will you name the Cabinet?\n\n"
            "MR. ROE On Tuesday.\n\n"
            "QUESTION Will you live in the capital?\n\n"
            "MR  ROE I live here now.\n"
        )
        iv = ic.parse(text, id="x")
        assert len(iv) == 2
        assert [q.text for q in iv.questions] == [
            "When will you name the Cabinet?",
            "Will you live in the capital?",
        ]
        assert [a.text for a in iv.answers] == ["On Tuesday.", "I live here now."]
        assert iv.interviewee.name.endswith("ROE")
        assert iv.title == "Press conference"
        check_fidelity(iv)
        # A capitalised word opening a paragraph once is the words' own emphasis, not a label.
        with pytest.raises(ic.TranscriptError):
            ic.parse("NOTICE The office is closed.\n\nWe reopen on Monday.\n", id="y")

    @pytest.mark.parametrize(
        ("asker", "answerer"),
        [
            ("I", "R"),
            ("Interviewer", "P1"),
            ("INTERVIEWER", "NARRATOR"),
            ("MSM", "JK"),
            ("SMITH", "JONES"),
        ],
    )
    def test_oral_histories_and_research_interviews(self, asker, answerer):
        """Oral histories name the interviewee the narrator; research interviews use I/R, P1, initials."""
        text = (
            f"{asker}: Where did you grow up?\n\n{answerer}: On a farm near Ames.\n\n"
            f"{asker}: What did you farm?\n\n{answerer}: Corn, mostly."
        )
        iv = ic.parse(text, id="x")
        assert [(t.speaker.name, t.speaker.role) for t in iv.turns()][:2] == [
            (asker, "interviewer"),
            (answerer, "interviewee"),
        ]
        assert len(iv) == 2

    def test_labels_that_change_form(self):
        """Full labels first, then initials or a letter: one speaker each."""
        text = (
            "Monocle: Why did you start?\n\nKlaus Brinkbaumer: For the rivers.\n\n"
            "M: And then?\n\nKB: The sea.\n\nM: Why?\n\nKB: Because."
        )
        iv = ic.parse(text, id="x")
        assert [t.speaker.name for t in iv.turns()] == ["Monocle", "Klaus Brinkbaumer"] * 3
        assert iv.interviewee.aliases == ("KB",)

    def test_initials_that_spell_a_name_particle(self):
        """'AL:' and 'EL:' after 'Ana Lopez (AL):' are initials, though 'al' and 'el' join names."""
        text = (
            "Ana Lopez (AL): Why did you start the project?\n\n"
            "Eli Lund (EL): For the rivers, and for the people who live by them.\n\n"
            "AL: And then?\n\nEL: The sea, and the ports along it.\n\n"
            "AL: Why the ports?\n\nEL: Because the ships need them."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["q1", "a1", "q2", "a2", "q3", "a3"]
        assert [t.speaker.aliases for t in iv.turns()][:2] == [("AL",), ("EL",)]

    def test_online_handles_as_labels(self):
        """Lowercase handles that recur ('roseb:', 'bitcat:') are speakers; 'note:' once is prose."""
        text = (
            "Pierre: Welcome, both of you. Why did you start the project?\n\n"
            "roseb: For the rivers, and for the people who live by them.\n\n"
            "bitcat: And for the ports along them.\n\n"
            "Pierre: What came next?\n\nroseb: The sea.\n\n"
            "note: The sea is the North Sea.\n\n"
            "Pierre: Why the sea?\n\nbitcat: Because the ships need it."
        )
        iv = ic.parse(text, id="x")
        assert [(t.id, t.speaker.name) for t in iv.turns()] == [
            ("q1", "Pierre"), ("a1", "roseb"), ("a1b", "bitcat"), ("q2", "Pierre"),
            ("a2", "roseb"), ("q3", "Pierre"), ("a3", "bitcat"),
        ]  # fmt: skip
        assert iv.exchange(2).answers[0].paragraphs[1].text == "note: The sea is the North Sea."

    def test_court_examination_headings(self):
        """'DIRECT EXAMINATION' and 'BY MR. ROE:' are headings; an A after a Q that asks nothing answers it."""
        text = (
            "THE COURT: Good morning.\n\nMR. ROE: Good morning, your Honor.\n\n"
            "THE COURT: You may inquire.\n\nMR. ROE: Thank you, your Honor.\n\nDIRECT EXAMINATION\n\n"
            "BY MR. ROE:\n\nQ. Where do you work?\n\nA. At the port.\n\n"
            "Q. Let me show you these keys.\n\nA. Mm-hmm.\n\nQ. Are they yours?\n\nA. No."
        )
        iv = ic.parse(text, id="x")
        assert [s.text for s in iv.segments if s.kind == "heading"] == [
            "DIRECT EXAMINATION",
            "BY MR. ROE:",
        ]
        assert [q.text for q in iv.questions][-1] == "Are they yours?"
        assert all(e.answers for e in iv)
        check_fidelity(iv)

    def test_only_the_answers_labelled(self):
        """Where only answers carry a label, the paragraph above each that asks is its question."""
        text = (
            "An interview with Ann Lee\n\nShe builds bridges.\n\nWhat is your name?\n\n"
            "Answer: Ann Lee.\n\nWhere do you live?\n\nAnswer: In Leeds.\n\nIt is a fine city.\n\n"
            "And why there?\n\nAnswer: For the river."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "What is your name?",
            "Where do you live?",
            "And why there?",
        ]
        assert iv.answers[1].text == "In Leeds.\n\nIt is a fine city."
        assert iv.title == "An interview with Ann Lee"
        check_fidelity(iv)

    def test_unlabelled_questions_between_two_turns_of_one_speaker(self):
        """'AB: ...' / a bare paragraph that asks / 'AB: ...', twice: an unnamed host asks between."""
        text = (
            "BC: Why do the ferries run late?\n\nAB: The tides, mostly, and the timetable.\n\n"
            "So the timetable is older than the port?\n\nAB: Much older, by twenty years.\n\n"
            "BC: And in summer?\n\nAB: They run on time.\n\nThe tourists like that.\n\n"
            "Who pays for the extra boats?\n\nAB: The port authority."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "Why do the ferries run late?",
            "So the timetable is older than the port?",
            "And in summer?",
            "Who pays for the extra boats?",
        ]
        assert iv.answers[2].text == "They run on time.\n\nThe tourists like that."
        check_fidelity(iv)

    def test_one_question_between_two_turns_of_one_speaker_is_theirs(self):
        """Once only, a paragraph that asks before the same speaker's label stays their words."""
        text = (
            "BC: Why do the ferries run late?\n\nAB: The tides, mostly.\n\n"
            "Who would have thought?\n\nAB: And the timetable.\n\n"
            "BC: And in summer?\n\nAB: They run on time."
        )
        iv = ic.parse(text, id="x")
        assert iv.answers[0].text == "The tides, mostly.\n\nWho would have thought?"
        assert len(iv) == 2

    def test_a_name_alone_in_ordinary_prose_is_no_label(self):
        """Name lines are read only where nothing else marks turns."""
        text = (
            "Q: Who came?\n\nA: Two people.\n\nJane Roe\n\nand John Doe.\n\nQ: And?\n\nA: Nobody."
        )
        assert [t.text for t in ic.parse(text, id="x").turns()][
            1
        ] == "Two people.\n\nJane Roe\n\nand John Doe."

    def test_captions_srt(self):
        """Cue numbers and timings are set aside; a turn runs over several cues."""
        iv = ic.read(LAYOUTS / "podcast.srt")
        assert kinds(iv) == [("q1", "HOST"), ("a1", "GUEST"), ("q2", "HOST"), ("a2", "GUEST")]
        assert [p.text for p in iv.questions[0].paragraphs] == [
            "Welcome back to the show. Today\nwe talk about rivers.",
            "Why are they so dirty?",
        ]
        assert [s.text for s in iv.segments if s.kind == "timing"][:2] == [
            "1",
            "00:00:01,000 --> 00:00:04,000",
        ]
        check_fidelity(iv)

    def test_captions_webvtt_voices(self):
        """WebVTT voice tags name the speakers."""
        iv = ic.read(LAYOUTS / "voices.vtt")
        assert kinds(iv) == [
            ("q1", "Jane Roe"),
            ("a1", "John Doe"),
            ("q2", "Jane Roe"),
            ("a2", "John Doe"),
        ]
        check_fidelity(iv)

    def test_text_from_a_pdf(self):
        """Line numbers and running footers stay in the verbatim text, not in the normalised view."""
        iv = ic.read(LAYOUTS / "pdf_numbered.txt")
        assert iv.title == "Public hearing on harbour works"
        assert len(iv) == 5
        answer = iv.answers[1]
        assert answer.text.startswith("They started in March. The first delay\n 7  came from")
        assert answer.paragraphs[0].normalized == (
            "They started in March. The first delay came from the storm in April, and the "
            "second from the supplier of the steel piles, who"
        )
        assert "Harbour Inquiry" in iv.remarks[0].text
        assert iv.remarks[0].normalized == "Thank you, that is all from me."
        check_fidelity(iv)

    def test_page_clutter_is_set_aside(self):
        """Separators, end marks and copyright lines are segments of their own, not paragraphs."""
        text = (
            "Q: Why?\n\nA: Because.\n\n* * *\n\nQ: When?\n\nA: Now.\n\n[ENDS]\n\n© 2024 The Paper"
        )
        iv = ic.parse(text, id="x")
        assert [p.text for t in iv.turns() for p in t.paragraphs] == [
            "Why?",
            "Because.",
            "When?",
            "Now.",
        ]
        assert [
            (s.kind, s.text) for s in iv.segments if s.kind in {"rule", "end-mark", "copyright"}
        ] == [
            ("rule", "* * *"),
            ("end-mark", "[ENDS]"),
            ("copyright", "© 2024 The Paper"),
        ]
        check_fidelity(iv)

    def test_elapsed_times_in_units_alone_on_their_lines(self):
        """'2m 10s' alone on its line is a timestamp, set aside: it dates what follows, no one says it."""
        text = (
            "Host: Why did you start?\n\n2m 10s\n\nAnn: For the rivers.\n\n"
            "Host: And what next?\n\n1h 3m 5s\n\nAnn: The sea."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why did you start?", "And what next?"]
        assert [s.text for s in iv.segments if s.kind == "timestamp"] == ["2m 10s", "1h 3m 5s"]
        assert [a.start.total_seconds() for a in iv.answers if a.start] == [130.0, 3785.0]
        check_fidelity(iv)


class TestHeadlineShapes:
    """Headlines as other markups write them, and what is no headline."""

    @pytest.mark.parametrize("rule", ["=" * 20, "-" * 20, "~~~~~"])
    def test_an_underlined_heading_is_the_headline(self, rule):
        """A setext or reStructuredText title: the words, not the rule under them (a heading marker)."""
        text = f"A note first.\n\nThe Harbour Talks\n{rule}\n\nQ: Why?\n\nA: Because."
        iv = ic.parse(text, id="x")
        assert iv.title == "The Harbour Talks"
        assert iv.source[iv.title_span.start : iv.title_span.end] == "The Harbour Talks"
        assert "heading-marker" in [s.kind for s in iv.segments]

    def test_an_underlined_title_with_a_standfirst_right_below_its_rule(self):
        """The rule ends the title, as Markdown reads it: the line under it is the standfirst."""
        text = (
            "The Harbour Talks\n=================\nWe asked the harbour master about the sea.\n\n"
            "**Q: Why?**\n\nA: Because.\n\n**Q: And?**\n\nA: So."
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "The Harbour Talks"
        assert "preamble" in [segment.kind for segment in iv.segments]
        check_fidelity(iv)

    def test_an_underlined_headline_that_reads_as_a_label_is_no_turn(self):
        """`Interview: Jane Roe` over `=====` is the headline, not Interview's turn; the standfirst
        under it, in the first person, opens no dialogue either."""
        text = (
            "Interview: Jane Roe\n===================\n> We speak to the harbour master.\n\n"
            "**Harbour News: Why did you start?**\n\nJane Roe: For the rivers.\n\n"
            "**HN: And then?**\n\nJR: The sea.\n\n**HN: Why?**\n\nJR: The fish."
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "Interview: Jane Roe"
        assert [type(turn).__name__ for turn in iv.turns()] == ["Question", "Answer"] * 3
        assert iv.questions[0].text.startswith("Why did you start?")
        check_fidelity(iv)

    def test_a_directive_and_its_markup_are_not_the_headline(self):
        """`.. raw:: html` and the HTML indented under it are markup above the title."""
        text = (
            ".. raw:: html\n\n   <a href='https://example.org/h'>Official hearing page</a>\n\n"
            "16 March 2022 – Ann Lee\n=======================\n\nQ: Why?\n\nA: Because."
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "16 March 2022 – Ann Lee"

    def test_headings_of_one_level_are_sections_not_a_title(self):
        """Three top-level headings above the dialogue (a notice, a licence, the transcript) are
        sections of a document: none of them is the title."""
        text = (
            "# Copyright statement\n\nAnn Lee assigns her rights to Bo Chen.\n\n"
            "# License\n\nCC BY 3.0.\n\n# Transcript\n\nQ: Why?\n\nA: Because."
        )
        iv = ic.parse(text, id="x")
        assert iv.title is None
        assert ic.parse(
            "# The Harbour Talks\n\n## Transcript\n\nQ: Why?\n\nA: Because.", id="y"
        ).title == ("The Harbour Talks")

    def test_a_heading_below_a_target_line_is_the_headline_without_its_hashes(self):
        """'(ferry-page)=' over '# The Harbour Talks' in one block: the target is furniture, the
        heading's hashes its marker, the words the title."""
        text = "(ferry-page)=\n# The Harbour Talks\n\nQ: Why did it stop?\n\nA: The ice."
        iv = ic.parse(text, id="x")
        assert iv.title == "The Harbour Talks"
        assert "heading-marker" in [s.kind for s in iv.segments]

    def test_a_heading_below_notes_is_the_headline_without_its_hashes(self):
        """Notes above the title ('- This is an unofficial transcript ...'), then '# The Harbour
        Talks': the heading's hashes are its marker, the words the title."""
        text = (
            "- This is an unofficial transcript of the harbour panel, shared by volunteers.\n\n"
            "- The time stamps give the hours, minutes and seconds of the recording.\n\n"
            "# The Harbour Talks\n\nQ: Why did it stop?\n\nA: The ice.\n\nQ: When will it run?\n\n"
            "A: In the spring.\n\nQ: Who decides?\n\nA: The harbour master."
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "The Harbour Talks"
        assert "heading-marker" in [s.kind for s in iv.segments]

    def test_a_line_number_before_the_headline_is_left_out(self):
        """A numbered transcript's first line: the title is the words after the number."""
        text = " 1          IN THE HARBOUR COURT\n\n 2   Washington, D.C.\n\nQ: Why?\n\nA: Because."
        iv = ic.parse(text, id="x")
        assert iv.title == "IN THE HARBOUR COURT"
        assert "page-furniture" in [s.kind for s in iv.segments]


class TestKeywordMarks:
    @pytest.mark.parametrize("gap", ["\u00a0\u00a0", " \u00a0 \u00a0 ", "\t", "   ", "\u00a0 "])
    def test_q_before_any_run_of_white_space_with_a_no_break_space_or_tab(self, gap):
        """`Q` then white space that holds a no-break space or a tab, or two spaces, as web pages
        saved as text have it ("Q \u00a0 \u00a0Thank you"): a questioner's mark."""
        text = (
            f"A briefing\n\nTHE PRESIDENT:  Good afternoon.\n\u00a0\nQ{gap}Why now?\n\u00a0\n"
            "THE PRESIDENT:  Because."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why now?"]


class TestLongFirstLabels:
    def test_a_speakers_long_first_label_is_their_turn(self):
        """Introduced once with a title of any form, then named briefly: the first is a label too."""
        text = (
            "An interview\n\nIsland Broadcasting Service (IBS) news presenter Ann Wolf: "
            "Mr President, why now?\n\nPresident of Ruritania Karl Rex: Because it is time.\n\n"
            "Ann Wolf: And then?\n\nKarl Rex: We will see.\n\nAnn Wolf: Why?\n\n"
            "Karl Rex: That is all."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "Mr President, why now?"
        assert iv.questions[0].speaker.name == "Ann Wolf"
        assert len(iv) == 3

    def test_a_long_first_label_with_a_comma(self):
        """A title with a comma in it, before the name: a label all the same."""
        text = (
            "A session\n\nResearch Director of the Harbour Club, moderator Ann Wolf: Friends, "
            "guests, welcome.\n\nKarl Rex: Thank you.\n\nAnn Wolf: Why now?\n\n"
            "Karl Rex: Because it is time.\n\nAnn Wolf: And then?\n\nKarl Rex: We will see."
        )
        iv = ic.parse(text, id="x")
        first = min(iv.turns(), key=lambda turn: turn.span.start)
        assert (first.speaker.name, first.text) == ("Ann Wolf", "Friends, guests, welcome.")

    def test_a_name_and_role_label_without_its_colon_is_a_turn(self):
        """'Bo Chen, Harbour Master Good evening.' where first labels are 'Name, Role:' and the
        role recurs as a label: the colon was left out, the greeting is the guest's."""
        text = (
            "Ann Lee, Host: Tonight the harbour master joins us. Welcome to the programme.\n\n"
            "Bo Chen, Harbour Master Good evening. Glad to be here.\n\n"
            "Lee: Why do the ferries run late?\n\n"
            "Harbour Master: The tides, mostly, and the two oldest boats.\n\n"
            "Lee: When will the new boats come?\n\nHarbour Master: Next spring."
        )
        iv = ic.parse(text, id="x")
        greeting = iv.turns()[1]
        assert greeting.text == "Good evening. Glad to be here."
        assert greeting.speaker == iv.answers[-1].speaker

    def test_an_office_with_the_name_in_brackets_is_that_speaker(self):
        """A record's 'Office (Deputy Name):' alone on its line, words below: the named speaker's turn."""
        iv = ic.parse(_MINISTER_AMONG_DEPUTIES, id="x")
        assert [t.id for t in iv.turns()] == ["q1", "a1", "q2", "a2", "q3", "a3", "q4", "a4"]
        first = iv.answers[0]
        assert first.text == "I thank the Deputy. We will act on it before the summer recess."
        assert first.speaker.name == "Deputy Pat Roe"
        assert first.speaker.aliases == (
            "Minister for Health, Housing and Heritage (Deputy Pat Roe)",
        )

    def test_prose_with_a_colon_is_not_a_label(self):
        """A sentence that ends in a speaker's name before a colon is prose, not a turn."""
        text = (
            "Ann Wolf: Why now?\n\nKarl Rex: Because. I said to Ann Wolf: it is time.\n\n"
            "Tell me, Ann Wolf: is that enough?\n\nAnn Wolf: And then?\n\nKarl Rex: We will see."
        )
        iv = ic.parse(text, id="x")
        assert len(iv) == 2


class TestHeaderFacts:
    """What the header says beside the title: a date, a dateline."""

    @pytest.mark.parametrize(
        ("line", "date"),
        [
            ("December 22, 2025", datetime.date(2025, 12, 22)),
            ("Monday, Dec. 22, 2025, 14:05", datetime.date(2025, 12, 22)),
            ("22 December 2025", datetime.date(2025, 12, 22)),
            ("22.12.2025 14:05", datetime.date(2025, 12, 22)),
            ("2025-12-22", datetime.date(2025, 12, 22)),
            ("Published on 3 March 2024 by the press office", datetime.date(2024, 3, 3)),
            ("31 February 2024", None),
            ("December 22", None),
        ],
    )
    def test_a_date_in_the_header_is_the_publication_date(self, line, date):
        """A short header line with a whole date dates the text, where nothing else does."""
        text = f"Interview with Ann Lee\n\n{line}\n\nQ: Why?\n\nA: Because."
        iv = ic.parse(text, id="x")
        assert (iv.title, iv.published) == ("Interview with Ann Lee", date)
        given = ic.parse(text, id="x", published="2020-01-01")
        assert given.published == datetime.date(2020, 1, 1)

    def test_a_date_in_the_lede_dates_nothing(self):
        """A date inside the lede's prose is not the publication date."""
        text = (
            "Interview with Ann Lee\n\nOn 1 May 2019 the bridge closed, and it has not opened "
            "since then, she told us.\n\nQ: Why?\n\nA: Because."
        )
        assert ic.parse(text, id="x").published is None

    def test_a_title_over_a_list_of_fields_is_the_headline(self):
        """A record's first line over its fields ("Date: ...", "Video: ...") is the title, the fields preamble."""
        text = (
            "Harbour Board, Public Session: Ferry Fares\n"
            "Meeting date: 2026-03-02, 10:00 AM, Town Hall.\n"
            "Recording: https://example.org/harbour/0302.mp4\n"
            "Transcript: machine transcript, not an official record; check it before quoting.\n\n"
            "Chair Ann Lee: Why raise the fares?\n\nBo Chan: Fuel costs more.\n\n"
            "Chair Ann Lee: For how long?\n\nBo Chan: A year."
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "Harbour Board, Public Session: Ferry Fares"
        assert len(iv) == 2
        check_fidelity(iv)

    def test_a_dateline_is_not_the_title(self):
        """A news report's dateline opens its lede, never its headline."""
        text = "Harbourtown. May 4th. HARBOUR WIRE - The minister spoke.\n\n– Why?\n\n– Because."
        iv = ic.parse(text, id="x")
        assert iv.title is None
        assert len(iv) == 1

    def test_html_entities_read_as_characters(self):
        """Entities left in pasted text are characters in the normalised view, verbatim in the source."""
        iv = ic.parse("Q: Q&amp;A &#8212; it&#39;s?\n\nA: AT&T, yes.", id="x")
        assert iv.questions[0].text == "Q&amp;A &#8212; it&#39;s?"
        assert iv.questions[0].normalized == "Q&A \u2014 it's?"
        assert iv.answers[0].normalized == "AT&T, yes."
        check_fidelity(iv)


class TestWrittenQuestions:
    """Written interviews that set each question off by its form: a heading, bold, italics."""

    def test_a_bold_question_split_into_runs_around_a_link_or_a_comma(self):
        """An editor's bold split around a link, a comma or inside a word is still one bold
        question; a bold phrase in prose is not."""
        text = (
            "**Ann Lee: So it is** [**two years since we spoke**][1] **. What changed?**\n\n"
            "**Bo Chen:** The boats.\n\n"
            "**Ann Lee: And the crews** , **the ones** **we met, where are they?**\n\n"
            "**Bo Chen:** At sea.\n\n"
            "**Ann Lee: And** the fish **you** caught, are they **sold?**\n\n"
            "**Bo Chen:** Yes.\n\n[1]: https://example.org/talk"
        )
        iv = ic.parse(text, id="x")
        asked = [q.text for q in iv.questions]
        assert len(asked) == 2
        assert asked[0].startswith("So it is** [**two years")
        assert asked[1].startswith("And the crews")
        assert not asked[1].endswith("**")
        assert "the fish **you** caught" in iv.answers[1].text  # bold phrases in prose: no question
        check_fidelity(iv)

    def test_only_the_questions_labelled_the_answers_below_them(self):
        """'Q:' over each question and the answer unlabelled below it: the answer is a turn."""
        text = (
            "We spoke to the harbour master.\n\n"
            "**Q: Why did the ferry stop?**\n\nThe engine failed.\n\nWe waited a week.\n\n"
            "**Q: When will it run again?**\n\nOn Monday.\n\n"
            "**Q: Any last words?**\n\nThank you all."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "Why did the ferry stop?", "When will it run again?", "Any last words?",
        ]  # fmt: skip
        assert [a.text for a in iv.answers] == [
            "The engine failed.\n\nWe waited a week.", "On Monday.", "Thank you all.",
        ]  # fmt: skip
        check_fidelity(iv)

    def test_a_question_in_bold_with_a_line_break_and_its_answer_on_the_next_line(self):
        """'**Why?**<br>' then the answer on the next line, as a web page prints them in one
        paragraph: the line break ends the question, and is no word of it."""
        text = (
            "We talked to the harbour master.\n\n"
            "**Why did the ferry stop?**<br>\nThe engine failed.\n\n"
            "**That sounds bad.**<br/>\nIt was. We waited a week.\n\n"
            "**When will it run again?**<br>\nOn Monday.\n\nThe timetable is out."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "Why did the ferry stop?", "That sounds bad.", "When will it run again?",
        ]  # fmt: skip
        assert [a.text for a in iv.answers] == [
            "The engine failed.", "It was. We waited a week.", "On Monday.\n\nThe timetable is out.",
        ]  # fmt: skip
        check_fidelity(iv)

    def test_questions_and_labels_left_in_html_paragraphs(self):
        """'<p><strong>1. Why?</strong></p>' sets a question off; '<p>Ann: ...</p>' labels the answer."""
        text = (
            "<p>We asked Ann Lee about the harbour.</p>\n\n"
            "<p><strong>1. Why did the ferry stop?</strong></p>\n\n"
            "<p>Ann: The engine failed in the storm last night.</p>\n\n"
            "<p>The spare part was in Oslo.</p>\n\n"
            "<p><strong>2. When will it run again?</strong></p>\n\n"
            "<p>Ann: On Monday, on the winter timetable.</p>"
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "Why did the ferry stop?", "When will it run again?",
        ]  # fmt: skip
        assert [len(a.paragraphs) for a in iv.answers] == [2, 1]
        check_fidelity(iv)
        headed = ic.parse(
            '<h2 id="q1"><strong>Q1: Why did the ferry stop?</strong></h2>\n\n'
            "<p>The engine failed in the storm last night.</p>\n\n"
            '<h2 id="q2"><strong>Q2: When will it run again?</strong></h2>\n\n'
            "<p>On Monday, on the winter timetable.</p>",
            id="y",
        )
        assert [q.text for q in headed.questions] == [
            "Why did the ferry stop?", "When will it run again?",
        ]  # fmt: skip

    def test_a_short_title_set_off_as_the_questions_are_is_no_question(self):
        """'**Looking ahead**' among bold questions ends no sentence: it titles what follows."""
        text = (
            "**Why did the ferry stop?**\n\nThe engine failed in the storm last night.\n\n"
            "**When will it run again?**\n\nOn Monday, on the winter timetable.\n\n"
            "**Looking ahead**\n\nThe port plans a second pier for the larger ferries."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "Why did the ferry stop?", "When will it run again?",
        ]  # fmt: skip

    @pytest.mark.parametrize(
        ("question", "closing"),
        [
            ("### ", ""),
            ("**", "**"),
            ("1. __", "__"),
            ("## _", "_"),
        ],
    )
    def test_unlabelled_questions(self, question, closing):
        """The answer below each question is its answer; a question may ask with a period."""
        asks = ["Tell us about yourself.", "Why did you start?", "What comes next?"]
        body = "\n\n".join(
            f"{question}{ask}{closing}\n\nThe answer to number {n}.\n\nIts second paragraph."
            for n, ask in enumerate(asks)
        )
        iv = ic.parse(f"# An interview with Ann Lee\n\nShe builds bridges.\n\n{body}", id="x")
        assert [q.text for q in iv.questions] == asks
        assert [a.paragraphs[0].text for a in iv.answers] == [
            f"The answer to number {n}." for n in range(3)
        ]
        assert iv.title == "An interview with Ann Lee"
        check_fidelity(iv)

    def test_labelled_answers(self):
        """Questions in bold without a label, answers by named speakers (one-offs too)."""
        text = (
            "**Why did you start?**\n\nAnn Lee: For the rivers.\n\nBo Chen: For the fish.\n\n"
            "**What comes next?**\n\nAnn Lee: More rivers.\n\n"
            "**And after that?**\n\nAnn Lee: The sea."
        )
        iv = ic.parse(text, id="x")
        assert [len(e.answers) for e in iv] == [2, 1, 1]
        assert [a.speaker.name for a in iv.exchanges[0].answers] == ["Ann Lee", "Bo Chen"]
        check_fidelity(iv)

    def test_labels_inside_headings_and_bold(self):
        """A label inside a heading or a paragraph in bold names the speaker."""
        text = (
            "### TTS: What do you do?\n\n**Ann Lee:** I build.\n\n"
            "### TTS: Since when?\n\n**Ann:** Since 2001.\n\n"
            "**TTS: Why?**\n\n**Ann:** Because."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["What do you do?", "Since when?", "Why?"]
        assert {q.speaker.name for q in iv.questions} == {"TTS"}
        assert {a.speaker.name for a in iv.answers} == {"Ann Lee"}
        check_fidelity(iv)

    def test_numbered_questions(self):
        """'Question 1:' asks as 'Question:' does; a heading that is only a name is a section."""
        text = (
            "## Question 1: Why?\n\n**Answer**: Because.\n\n"
            "## Question 2: When?\n\n**Answer**: Now.\n\n"
            "### Resources:\n\n- a link"
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why?", "When?"]
        assert iv.answers[1].text == "Now.\n\n### Resources:\n\n- a link"
        check_fidelity(iv)

    def test_headings_that_hold_only_a_recurring_label_name_the_speaker(self):
        """'### Ann Lee:' over each paragraph, as transcript sites print them: the speaker's turns."""
        text = (
            "# Press conference\n\n### Question:\nWhy did you come?\n\n"
            "### Ann Lee:\nFor the talks.\n\n### Ann Lee:\nAnd the food.\n\n"
            "### Question:\nWill you stay?\n\n### Ann Lee:\nOne more day."
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "Press conference"
        assert [q.text for q in iv.questions] == ["Why did you come?", "Will you stay?"]
        assert {a.speaker.name for a in iv.answers} == {"Ann Lee"}
        assert len(iv) == 2
        check_fidelity(iv)

    def test_a_full_width_colon_ends_a_label(self):
        """'Ann Lee：', as an East Asian input method types the colon, is a label like 'Ann Lee:'."""
        text = "AP：Why did you come?\n\nAnn Lee：For the talks.\n\nAP：Will you stay?\n\nAnn Lee：Yes."
        iv = ic.parse(text, id="x")
        assert [(t.speaker.name, t.text) for t in iv.turns()] == [
            ("AP", "Why did you come?"),
            ("Ann Lee", "For the talks."),
            ("AP", "Will you stay?"),
            ("Ann Lee", "Yes."),
        ]
        check_fidelity(iv)

    def test_questions_numbered_by_the_record_are_put_by_the_members(self):
        """'Q12 Chair:' and 'Q13 Bo Chen:', as a committee's evidence numbers its questions: the
        number is part of the marker, the chair asks, and whoever replies answers."""
        text = (
            "Q1 Chair: Welcome. Could you introduce yourselves?\n\n"
            "Ann Lee: Ann Lee, port director.\n\nJo Roe: Jo Roe, harbour master.\n\n"
            "Q2 Chair: When do the ferries run again?\n\nAnn Lee: On Monday.\n\n"
            "Q3 Bo Chen: And the night ferry?\n\nJo Roe: From April.\n\n"
            "Q4 Bo Chen: Who pays for it?\n\nAnn Lee: The port does."
        )
        iv = ic.parse(text, id="x")
        roles = {s.name: s.role for s in iv.speakers}
        assert (roles["Chair"], roles["Bo Chen"], roles["Ann Lee"]) == (
            "interviewer",
            "interviewer",
            "interviewee",
        )
        assert [q.speaker.name for q in iv.questions] == ["Chair", "Chair", "Bo Chen", "Bo Chen"]
        assert len(iv) == 4
        check_fidelity(iv)

    def test_a_wrapped_header_of_short_lines_is_no_spoken_opening(self):
        """In a PDF's text without blank lines, the cover's short lines above the first label
        ('Q1 Chair:') are the header, though they hold sentences and an 'I'."""
        cover = (
            "Harbour Committee\nOral evidence: Ferries\nWednesday 3 June 2026\n"
            "Ordered by the House to be published on 3 June 2026.\n"
            "Watch the meeting\n"
            "Members present: Bo Chen (Chair); Ann Park; Jo Lim; Kim Sato; Lee Wu; and\n"
            "Max Hill.\nQuestions 1 - 6\nWitnesses\n"
            "I: Ann Lee, Director, Port Authority; and Jo Roe, Harbour Master, Port of\n"
            "Avon.\nII: Kim Ito, Minister for Ports; and Sam Ode, Deputy Director, Ports\n"
            "Office.\nExamination of witnesses\n"
        )
        wrapped = (
            "the harbour and the timetable of the winter season, as the committee heard\n"
            "from the port and from the ferry companies in the spring and the summer\n"
        )
        text = cover + "".join(
            f"Q{number} Chair: Why did the service stop on {day}? I ask about the ferries and\n"
            f"{wrapped}and again in the autumn?\n"
            f"Ann Lee: Because the {day} crossing was cancelled, for the ferries and\n"
            f"{wrapped}and again in the autumn.\n"
            for number, day in enumerate(("Monday", "Tuesday", "Friday"), 1)
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text.startswith("Why did the service stop on Monday")
        assert iv.turns()[0].speaker.name == "Chair"
        check_fidelity(iv)

    def test_section_headings_stay_headings(self):
        """Headings that do not ask are sections: the labelled dialogue reads as before."""
        text = (
            "## Early years\n\nQ: Why did you start?\n\nA: For the rivers.\n\n"
            "## Later\n\nQ: What came next?\n\nA: The sea."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why did you start?", "What came next?"]
        check_fidelity(iv)

    def test_subheads_that_ask_stay_headings(self):
        """Subheads over labelled questions are not questions of their own, even when they ask."""
        text = (
            "**Why rivers?**\n\nJane Roe: Why did you start?\n\nAnn Lee: For the rivers.\n\n"
            "**What next?**\n\nJane Roe: What came next?\n\nAnn Lee: The sea."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why did you start?", "What came next?"]
        assert iv.answers[0].text == "For the rivers."
        assert [s.text for s in iv.segments if s.kind == "heading"] == ["**What next?**"]
        check_fidelity(iv)

    def test_bold_names_alone_above_the_answers(self):
        """A name in bold alone on its line, the words below, names who answers; a number in bold is no word."""
        text = (
            "We asked two of the crew.\n\n"
            "**1. Why did you start?** \n\n**Ann**\nFor the rivers.\n\n**Bo** \nFor the fish.\n\n"
            "**2. What comes next?**\n\n**Ann**\nMore rivers, and then the sea.\n\n**Bo**\nMore fish."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why did you start?", "What comes next?"]
        assert [(a.speaker.name, a.text) for a in iv.answers] == [
            ("Ann", "For the rivers."),
            ("Bo", "For the fish."),
            ("Ann", "More rivers, and then the sea."),
            ("Bo", "More fish."),
        ]
        check_fidelity(iv)

    def test_a_bold_name_and_a_dash_labels_the_answer(self):
        """'**Ann** - words' at a paragraph's start, where it recurs, names who answers; a list's
        '- **Term** - words' and a one-off bold word with a dash do not."""
        text = (
            "**Welcome** - we asked two of the crew.\n\n"
            "- **Ferry** - the boat that crosses the river.\n"
            "- **Ice** - what stops it.\n\n"
            "## 1. Why did you start?\n\n**Ann** - For the rivers.\n\n**Bo** - For the fish.\n\n"
            "## 2. What comes next?\n\n**Ann** - More rivers, and then the sea.\n\nThen home.\n\n"
            "**Bo** - More fish."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why did you start?", "What comes next?"]
        assert [a.speaker.name for a in iv.answers] == ["Ann", "Bo", "Ann", "Bo"]
        assert iv.answers[2].text == "More rivers, and then the sea.\n\nThen home."
        check_fidelity(iv)

    def test_labels_in_html_bold(self):
        """A label in HTML bold, as a page's source has it, names who answers; a name in bold in prose does not."""
        text = (
            '<strong class="ann">Ann</strong> and <b>Bo</b> tell us about it.\n\n'
            '## Why did you start?\n\n<strong class="ann">Ann:</strong>\nFor the rivers.\n\n'
            "## What comes next?\n\n<b>Bo</b>: The sea, and then more rivers."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why did you start?", "What comes next?"]
        assert [(a.speaker.name, a.text) for a in iv.answers] == [
            ("Ann", "For the rivers."),
            ("Bo", "The sea, and then more rivers."),
        ]
        check_fidelity(iv)

    def test_a_time_before_a_bold_label(self):
        """'[00:00:09] **Bo:** words', also with the brackets escaped: the time and the label are the marker."""
        for before, after in (("[", "]"), ("\\[", "\\]"), ("", "")):
            text = (
                f"{before}00:00:05{after} **Ann:** {before}00:00:05{after} Why did the ferry stop?\n\n"
                f"{before}00:00:09{after} **Bo:** {before}00:00:09{after} The river froze in the night.\n\n"
                f"{before}00:00:15{after} **Ann:** When will it run again?\n\n"
                f"{before}00:00:20{after} **Bo:** In the spring, when the ice melts."
            )
            iv = ic.parse(text, id="x")
            assert [t.speaker.name for t in iv.turns()] == ["Ann", "Bo", "Ann", "Bo"], before
            assert [q.speaker.name for q in iv.questions] == ["Ann", "Ann"], before
            check_fidelity(iv)

    def test_question_headings_over_a_round_of_answers_stay_questions(self):
        """Below each heading a round of speakers answers: the headings ask, the labelled asker follows up."""
        text = (
            "### What do you do?\n\nAnn Lee: I build bridges over the river.\n\n"
            "Bo Chen: I fix the boats in the old yard.\n\nCy Diaz: I sail them out to sea.\n\n"
            "Host: Do you like it, Cy?\n\nCy Diaz: Very much, every day of it.\n\n"
            "### Why here?\n\nAnn Lee: The river, and the towns on it.\n\n"
            "Bo Chen: The harbour, which my father built.\n\nCy Diaz: The wind, always the wind.\n\n"
            "Host: And the rain?\n\nCy Diaz: Not so much, to be honest."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "What do you do?"
        assert [a.speaker.name for a in iv.exchanges[0].answers] == [
            "Ann Lee",
            "Bo Chen",
            "Cy Diaz",
        ]
        check_fidelity(iv)

    def test_topic_headings_that_ask_over_a_conversation(self):
        """Where the speakers ask each other, headings that ask only title the topics."""
        text = (
            "## How does it work?\n\nBo Chen: It works in three steps, all of them simple.\n\n"
            "Ann Lee: Why three of them?\n\nBo Chen: Because two would be too few.\n\n"
            "## What does it cost?\n\nBo Chen: Nothing, and that is the whole point.\n\n"
            "Ann Lee: Nothing at all?\n\nBo Chen: Not a cent, ever."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why three of them?", "Nothing at all?"]
        assert {a.speaker.name for a in iv.answers} == {"Bo Chen"}
        check_fidelity(iv)


class TestSetOffPanels:
    """Below questions set off by their form, the named speakers answer in turn."""

    def test_a_panel_member_who_asks_once_still_answers(self):
        """A rhetorical question in one of three answers does not make the speaker an asker."""
        text = (
            "## What does the harbour mean to you?\n\n"
            "**Ann Lee:** Work, mostly, and the people I work with every day.\n\n"
            "**Cy Diaz:** Everything. I grew up by the water. Why else would I stay?\n\n"
            "**Bo Chen:** My childhood, and the boats my father built in the old yard.\n\n"
            "## What would you change?\n\n"
            "**Ann Lee:** The lights on the north pier, which fail every winter.\n\n"
            "**Cy Diaz:** The ferries, which run late whenever the wind turns.\n\n"
            "**Bo Chen:** Nothing at all, to be honest with you.\n\n"
            "## Where will you be in ten years?\n\n"
            "**Ann Lee:** Here, on the same quay, with the same crew.\n\n"
            "**Cy Diaz:** At sea, I hope, on a boat of my own.\n\n"
            "**Bo Chen:** In the yard, building boats as my father did."
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers}["Cy Diaz"] == "interviewee"
        assert [len(e.answers) for e in iv] == [3, 3, 3]


class TestRoles:
    """Who asks, who answers, who moderates: read from the dialogue."""

    def test_a_presenter_who_presents_the_guest_by_office_and_name_opens_the_first_exchange(self):
        """An introduction ending 'Chief Engineer ... Jo Roe.', greeted back, is a formal first exchange."""
        text = (
            "Host: Good afternoon, and thank you for tuning in. The phone lines have been busy all "
            "week, so straight to it. Chief Engineer of the Island Railway Jo Roe.\n\n"
            "Jo Roe: Good afternoon.\n\n"
            "Host: Mr Roe, when will the new line open?\n\n"
            "Jo Roe: In the autumn, once the bridge is finished."
        )
        iv = ic.parse(text, id="formal")
        assert [q.text[:13] for q in iv.questions] == ["Good afternoo", "Mr Roe, when "]
        shown = text.replace(
            "Chief Engineer of the Island Railway Jo Roe.", "Here to answer is Jo Roe."
        )
        assert [q.text[:13] for q in ic.parse(shown, id="show").questions] == ["Mr Roe, when "]

    def test_an_introduction_that_ends_welcoming_the_guest_by_office_opens_the_first_exchange(self):
        """'... Minister, welcome back to the programme.' - 'Good to be with you.': a formal first exchange."""
        text = (
            "Ann Lee: The storm closed the harbour for a week, and the ferries are only now running "
            "again. The Minister for Transport, Bo Rex, is with me in the studio this morning. "
            "Minister, welcome back to the programme.\n"
            "Bo Rex: Morning, Ann. Good to be with you.\n"
            "Ann Lee: Will the ferries keep to the winter timetable?\n"
            "Bo Rex: They will, until the ice has gone.\n"
            "Ann Lee: And the bridge?\n"
            "Bo Rex: It opens in May."
        )
        iv = ic.parse(text, id="formal")
        assert [q.text[:13] for q in iv.questions] == [
            "The storm clo",
            "Will the ferr",
            "And the bridg",
        ]
        assert iv.answers[0].text == "Morning, Ann. Good to be with you."
        by_honorific = text.replace("Minister, welcome back", "Mr. Rex, welcome back")
        assert len(ic.parse(by_honorific, id="formal")) == 3
        by_name = text.replace("Minister, welcome back", "Bo, welcome back")
        assert [q.text[:13] for q in ic.parse(by_name, id="show").questions] == [
            "Will the ferr",
            "And the bridg",
        ]

    def test_a_greeting_by_name_returned_with_a_pleasantry_opens_the_first_exchange(self):
        """'... Hello Ann Lee.' - 'Hello, Bo. Nice to see you.': greeted back, a formal first exchange."""
        text = (
            "BO REX: Good evening, everybody. Joining me tonight is the woman who kept the north "
            "harbour open through the storm, now in charge of every port on the coast. Please "
            "welcome Ann Lee. Hello Ann Lee.\n\n"
            "ANN LEE: Hello, Bo. Nice to see you.\n\n"
            "BO REX: Nice to see you too. Why did the ferries stop running in March?\n\n"
            "ANN LEE: The ice, and then the wind.\n\n"
            "BO REX: Will they run next winter?\n\n"
            "ANN LEE: They will."
        )
        iv = ic.parse(text, id="formal")
        assert [q.text[:13] for q in iv.questions] == [
            "Good evening,",
            "Nice to see y",
            "Will they run",
        ]
        assert iv.answers[0].text == "Hello, Bo. Nice to see you."

    def test_a_questioners_unanswered_greeting_opens_the_first_question(self):
        """'Q: Ms. Lee, nice to see you.' unanswered, then the same keyword at length: one question."""
        text = (
            "Q: Ms. Lee, nice to see you.\n\n"
            "Q: You ran the north harbour for ten years before the ministry called, and the storm "
            "came in your first week.\n\n"
            "A: It did, and we closed the port the same night.\n\n"
            "Q: Why so fast?\n\n"
            "A: The ice."
        )
        iv = ic.parse(text, id="x")
        assert [[q.text[:13] for q in e.questions] for e in iv] == [
            ["Ms. Lee, nice", "You ran the n"],
            ["Why so fast?"],
        ]
        check_fidelity(iv)

    def test_a_trailer_that_stops_as_the_announced_question_is_put_reads(self):
        """A host's teaser asks the audience, then announces who asks; the clip ends on the question."""
        text = (
            "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Mo>Is a lighthouse still needed when every "
            "boat has a satellite map?\n\n00:00:05.000 --> 00:00:09.000\n<v Mo>And who keeps the lamps "
            "lit? On Keeper's Hour, today's question is from Ida.\n\n00:00:09.000 --> 00:00:13.000\n"
            "<v Ida>Morning, Mo, it is Ida on the east cliff.\n\n00:00:13.000 --> 00:00:17.000\n"
            "<v Ida>I wanted to ask, will the old lighthouse be kept lit?\n"
        )
        iv = ic.parse(text, id="trailer")
        assert [question.speaker.name for question in iv.questions] == ["Ida"]
        assert not iv.exchange(1).answered
        assert iv.warnings == ("question 1 (line 10) has no answer",)
        with pytest.raises(ic.TranscriptError, match="question 1 has no answer"):
            ic.parse(text, id="trailer", strict=True)
        # A question read out, then who sent it, is put by the one reading it.
        read_out = (
            "Mo: A letter this week: \u201cWhy is the lamp red on Fridays?\u201d That question "
            "comes from Ida in Hull.\n\nSam: They test it then.\n\nMo: And on Sundays?\n\n"
            "Sam: White again."
        )
        assert [q.speaker.name for q in ic.parse(read_out, id="read").questions] == ["Mo", "Mo"]

    def test_a_panel_moderator_who_asks_is_the_interviewer(self):
        """'Moderator:' whose questions the panelists answer in turn asks; the panelists answer."""
        more = " We plan it a season ahead, with the council, and we change it when the storms come in."
        text = (
            "**Moderator:** Please tell us what your team does for the harbour.\n\n"
            f"**Ann Lee:** I run the ferry crews and the timetables for the whole island.{more}\n\n"
            f"**Bo Chen:** I look after the boats themselves, the engines and the hulls.{more}\n\n"
            "**Moderator:** What is the hardest part of the work?\n\n"
            f"**Bo Chen:** Spare parts, which come from Oslo and take two days at least.{more}\n\n"
            f"**Ann Lee:** The weather, which closes the crossings for days in January.{more}\n\n"
            "**Moderator:** What would you change first?\n\n"
            f"**Ann Lee:** More crews, so that nobody works a double shift in the storms.{more}\n\n"
            f"**Bo Chen:** A second engine for the night ferry, kept ready in the yard.{more}"
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers} == {
            "Moderator": "interviewer", "Ann Lee": "interviewee", "Bo Chen": "interviewee",
        }  # fmt: skip
        assert [len(exchange.answers) for exchange in iv] == [2, 2, 2]

    def test_a_last_call_by_name_that_nobody_answers_ends_the_recording(self):
        """'Thanks. Bo?' with nothing after it hands the floor on as the text ends: a remark, no error."""
        text = (
            "Host: Why did you start?\n\nAnn: For the rivers.\n\n"
            "Host: And what next?\n\nAnn: The sea.\n\nHost: Thanks. Bo?"
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why did you start?", "And what next?"]
        assert [r.text for r in iv.remarks] == ["Thanks. Bo?"]
        asked = text.replace("Thanks. Bo?", "Thanks. And how do you see it, Bo?")
        assert not list(ic.parse(asked, id="y"))[-1].answered  # a question the text stops on
        with pytest.raises(ic.TranscriptError, match="has no answer"):
            ic.parse(asked, id="y", strict=True)

    def test_the_audience_that_asks_puts_questions(self):
        """A label for the room ('Audience') that asks is an asker; one that only reacts is noise."""
        text = (
            "Ann Lee: Today I will talk about bridges, and why the old ones still stand.\n\n"
            "Audience: Why do the old ones last longer?\n\n"
            "Ann Lee: Because they were built heavier than they needed to be.\n\n"
            "Audience: And the new ones, are they safe?\n\n"
            "Ann Lee: Yes, every one of them is checked each year."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "Why do the old ones last longer?",
            "And the new ones, are they safe?",
        ]
        assert {a.speaker.name for a in iv.answers} == {"Ann Lee"}
        check_fidelity(iv)
        noise = (
            "Q: Why do the old ones last longer?\n\nA: Because they were built heavier.\n\n"
            "Audience: (laughter)\n\nQ: And the new ones?\n\nA: They are checked each year."
        )
        assert [q.text for q in ic.parse(noise, id="y").questions] == [
            "Why do the old ones last longer?",
            "And the new ones?",
        ]

    def test_named_interviewer_and_interviewee(self):
        """Two names alternating: the one who asks is the interviewer, never the interviewee."""
        text = (
            "Andrea Vance: The next subject is the port. Have you seen it?\n\n"
            "Mayor Lin: No.\n\nAndrea Vance: Not even the photographs of the new cranes?\n\n"
            "Mayor Lin: I have not seen them, and I do not plan to until they work.\n\n"
            "Andrea Vance: Why not?\n\nMayor Lin: Because the works are late and over budget."
        )
        iv = ic.parse(text, id="x")
        assert (iv.interviewer.name, iv.interviewee.name) == ("Andrea Vance", "Mayor Lin")
        assert [t.id for t in iv.turns()] == ["q1", "a1", "q2", "a2", "q3", "a3"]

    def test_a_chair_who_asks_after_the_speakers_well_being_asks_no_question(self):
        """'Mr Doe, how are you?' from the chair, answered 'I am fine.', is a remark, not a question."""
        text = (
            "Moderator: Welcome, everyone. Ann Lee, please.\n\n"
            "Ann Lee: Why did the bridge close last winter?\n\n"
            "John Doe: Because the piles were weak, and the tests took a year.\n\n"
            "Moderator: We have been at it for two hours. Mr Doe, how are you?\n\n"
            "John Doe: I am fine.\n\nModerator: Bo Chen, please.\n\n"
            "Bo Chen: When will the bridge open again?\n\n"
            "John Doe: In May, after the tests of the new piles."
        )
        iv = ic.parse(text, id="x")
        assert [type(turn).__name__ for turn in iv.turns()][3] == "Remark"
        assert [exchange.questions[0].speaker.name for exchange in iv] == ["Ann Lee", "Bo Chen"]

    def test_the_speaker_who_responds_to_everyone_answers(self):
        """At a meeting, the one who responds to each participant in turn answers, asked or not."""
        work = (
            "we mapped the old harbour walls, counted the broken piles, and trained forty young "
            "divers to repair them with local stone and lime, and the town now pays them."
        )
        reply = (
            "That is fine work, and the state should learn from it; we will look at funding such "
            "crews in every port town, starting next spring, with the ministry's help and yours."
        )
        text = (
            "Kim Ito: Good evening. Ann Lee, you have the floor.\n\n"
            f"Ann Lee: Good evening. In my town {work}\n\nGuest Roe: {reply} {reply}\n\n"
            "Kim Ito: Thank you. Bo Chen, please.\n\n"
            f"Bo Chen: Thank you. In our valley {work}\n\nGuest Roe: {reply} {reply}\n\n"
            "Kim Ito: Cy Diaz, please.\n\n"
            f"Cy Diaz: Hello. On our island {work}\n\nGuest Roe: {reply} {reply}\n\n"
            "Kim Ito: Dan Eno, the floor is yours.\n\n"
            "Dan Eno: Thank you very much.\n\nGuest Roe: Have we met before?\n\n"
            "Dan Eno: Yes, in Oslo, three years ago, at the conference on ports and piers.\n\n"
            "Guest Roe: Where do you teach now?\n\n"
            "Dan Eno: At the harbour school, where I run the course on diving and repair.\n\n"
            "Guest Roe: And your students, what do they build?\n\n"
            "Dan Eno: Models of piers first, and then real piers in the old harbour.\n\n"
            "Guest Roe: I wish you every success, and your students too."
        )
        iv = ic.parse(text, id="x")
        assert iv.interviewee.name == "Guest Roe"
        assert [turn.speaker.name for turn in iv.questions][:3] == ["Ann Lee", "Bo Chen", "Cy Diaz"]

    def test_a_chair_who_introduces_each_speaker_at_length_chairs(self):
        """A chair's long introductions of the next speaker, never asking, are remarks."""
        work = (
            "we mapped the old harbour walls, counted the broken piles, and trained forty young "
            "divers to repair them with local stone and lime, and the town now pays them."
        )
        reply = (
            "That is fine work, and the state should learn from it; we will look at funding such "
            "crews in every port town, starting next spring, with the ministry's help and yours."
        )
        who = (
            "a young engineer from the north, who has spent five years rebuilding the bridges "
            "and piers of the district with students, neighbours and volunteers."
        )
        text = (
            f"Kim Ito: Thank you all for coming. I give the floor to Ann Lee, {who}\n\n"
            f"Ann Lee: Good evening. In my town {work}\n\nGuest Roe: {reply} {reply}\n\n"
            f"Kim Ito: Thank you. Next, please, Bo Chen, {who}\n\n"
            f"Bo Chen: Thank you. In our valley {work}\n\nGuest Roe: {reply} {reply}\n\n"
            f"Kim Ito: Thank you very much. The floor is now for Cy Diaz, {who}\n\n"
            f"Cy Diaz: Hello. On our island {work}\n\nGuest Roe: {reply} {reply}\n\n"
            f"Kim Ito: Thank you. And last, Dan Eno, {who}\n\n"
            f"Dan Eno: Good evening. In our port {work}\n\nGuest Roe: {reply} {reply}"
        )
        iv = ic.parse(text, id="x")
        assert [type(turn).__name__ for turn in iv.turns()][::3] == ["Remark"] * 4
        assert [turn.speaker.name for turn in iv.questions] == [
            "Ann Lee", "Bo Chen", "Cy Diaz", "Dan Eno",
        ]  # fmt: skip

    def test_a_panelist_who_answers_the_chairs_own_questions_answers(self):
        """A panelist who answers the chair's long questions at length answers, asking now and then."""
        long = (
            "we rebuilt the piers of the old harbour with our own divers, and the town paid for the "
            "stone and the lime, and the state for the boats and the training of the young crews."
        )
        text = (
            "Kim Ito: Good evening. Mr Roe, the floor is yours.\n\n"
            f"Guest Roe: Thank you. This year {long} {long}\n\n"
            "Kim Ito: Thank you. Ann Lee, please.\n\n"
            "Ann Lee: Ann Lee, Harbour News. Will the state pay for the next piers too?\n\n"
            f"Guest Roe: It will, and {long}\n\n"
            "Kim Ito: Bo Chen, please.\n\n"
            "Bo Chen: Bo Chen, Radio Port. When will the ferries run again?\n\n"
            f"Guest Roe: In May, once {long}\n\n"
            "Kim Ito: Cy Diaz, please.\n\n"
            "Cy Diaz: Cy Diaz, Daily Tide. Who trains the divers now?\n\n"
            f"Guest Roe: The town does, since {long}\n\n"
            "Kim Ito: Thank you. Dr Sand, you study ports, and I cannot help asking about what we "
            "heard tonight from Mr Roe about the old harbour: do you think the new piers will hold?\n\n"
            f"Jo Sand: They will hold for a while, since {long} But the sea wins in the end.\n\n"
            "Kim Ito: And the town's plan for the next ten years, with the new port and the railway "
            "that the ministry promised last winter: do you think it can work without the state?\n\n"
            f"Jo Sand: It cannot, and the reason is simple: {long}\n\n"
            "Jo Sand: Mr Roe, will you ask the ministry for the money this year?\n\n"
            f"Guest Roe: I will, because {long}\n\n"
            "Jo Sand: And if the ministry says no, what will the town do then?\n\n"
            f"Guest Roe: Then the town will borrow, as {long}\n\n"
            "Kim Ito: Thank you all. Good night."
        )
        iv = ic.parse(text, id="x")
        sand = [type(turn).__name__ for turn in iv.turns() if turn.speaker.name == "Jo Sand"]
        assert sand[:2] == ["Answer", "Answer"]
        assert [turn.speaker.name for turn in iv.questions][:3] == ["Ann Lee", "Bo Chen", "Cy Diaz"]

    def test_a_briefings_chair_who_speaks_at_length_between_answers_chairs(self):
        """Under 'Q:', a named speaker whose turns give the floor between long answers chairs."""
        works = (
            "the piers of the old harbour were rebuilt by our own divers this winter, with stone "
            "and lime from the valley, and the ferries will use them from May, after the tests."
        )
        text = (
            "Kim Ito: Good morning, and welcome to the briefing on the harbour works. Our speaker "
            "today is Dr Roe, who leads the works. Dr Roe, the floor is yours, please.\n\n"
            f"Jo Roe: Thank you. In short, {works} {works} {works} {works}\n\n"
            "Kim Ito: Thank you, Dr Roe. We now open the floor to your questions. Please raise your "
            "hand, wait for the microphone, and tell us your name and outlet. Yes, in the front.\n\n"
            "Q: Who paid for the stone?\n\n"
            f"Jo Roe: The town did, and {works} {works} {works}\n\n"
            "Kim Ito: Thank you. We have a question sent online from the Harbour News, which goes "
            "as follows: when will the night ferry run again, and will it stop at the old harbour? Dr Roe, please, go ahead.\n\n"
            f"Jo Roe: Not before June, because {works} {works} {works}\n\n"
            "Kim Ito: Thank you. Next question, please, in the back, the gentleman with the glasses. "
            "Go ahead, and please tell us your name and your outlet first, and keep it short, as we are running out of time.\n\n"
            "Q: Will the state pay for the next piers?\n\n"
            f"Jo Roe: It will, since {works} {works} {works}\n\n"
            "Kim Ito: Thank you all for coming. This concludes the briefing; the transcript will be "
            "posted on the website later today, with the slides. Thank you very much."
        )
        iv = ic.parse(text, id="x")
        chair = [type(turn).__name__ for turn in iv.turns() if turn.speaker.name == "Kim Ito"]
        assert chair == ["Remark", "Remark", "Question", "Remark", "Remark"]
        assert len(iv) == 3  # two questions from the floor, one sent online and read out

    def test_press_conference(self):
        """Many journalists ask once each; the chair gives the floor; two people answer."""
        text = (
            "Jane Roe: Good afternoon. Let us begin. Please.\n\n"
            "Press Secretary Tom Hale: Thank you. The first question, please.\n\n"
            "Ana Ruiz: Ana Ruiz, Radio Sur. Will taxes rise next year?\n\n"
            "Jane Roe: No. We have no plans to raise them, and the budget is balanced.\n\n"
            "Tom Hale: Next question, please. Go ahead.\n\n"
            "Li Wei: Li Wei, Daily News. And the schools: when will they reopen?\n\n"
            "Jane Roe: In September, when the roofs are repaired and inspected.\n\n"
            "Max Berg: I would add that the inspectors start in August, on schedule.\n\n"
            "Tom Hale: Last question. Please.\n\n"
            "Kim Oh: Kim Oh, TV Nord. Is the minister staying on?\n\n"
            "Jane Roe: She is, and she has my full confidence in the job she does."
        )
        iv = ic.parse(text, id="x")
        assert [(t.id, t.speaker.name) for t in iv.turns()] == [
            ("s1", "Jane Roe"),
            ("r1", "Tom Hale"),
            ("q1", "Ana Ruiz"),
            ("a1", "Jane Roe"),
            ("r2", "Tom Hale"),
            ("q2", "Li Wei"),
            ("a2", "Jane Roe"),
            ("a2b", "Max Berg"),
            ("r3", "Tom Hale"),
            ("q3", "Kim Oh"),
            ("a3", "Jane Roe"),
        ]
        assert iv.interviewee.name == "Jane Roe"
        assert {s.name: s.role for s in iv.speakers}["Tom Hale"] == "moderator"

    def test_briefing_greetings_floor_and_back_to_back_questions(self):
        """Greetings before the first question are remarks; 'Go ahead.' hands the floor on; a
        question that asks and gets no answer stays an exchange of its own."""
        text = (
            "MS. DIAZ: Good afternoon, everyone.\n\nQ\u00a0\u00a0 Good afternoon.\n\n"
            "MS. DIAZ: I have one announcement, then your questions. The fair opens Monday.\n\n"
            "Q\u00a0\u00a0 Will the mayor attend the fair on Monday?\n\n"
            "MS. DIAZ: She will, in the morning.\n\nMS. DIAZ: Go ahead.\n\n"
            "Q\u00a0\u00a0 Is the budget final?\n\nQ\u00a0\u00a0 And who pays for the fair?\n\n"
            "MS. DIAZ: The budget is final, and the city pays."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["s1", "r1", "s2", "q1", "a1", "s3", "q2", "q3", "a3"]
        assert iv.exchange(2).answers == ()
        assert [q.id for q in iv.exchange(3).questions] == ["q3"]

    def test_one_who_never_asks_and_speaks_after_the_answer_answers_in_turn(self):
        """An official who adds to the principal's answers, asking nothing, answers too."""
        text = (
            "MAYOR: Good morning. The harbour reopens on Monday after the storm.\n\n"
            "JOURNALIST: Will the ferries run on Monday as well?\n\n"
            "MAYOR: They will, on the winter timetable, from seven in the morning.\n\n"
            "HARBOUR MASTER: And the night ferry follows on Wednesday, once the lights are "
            "repaired.\n\nMAYOR: So by Wednesday everything runs again.\n\n"
            "JOURNALIST: Who pays for the repairs?\n\n"
            "MAYOR: The city pays for all of them, from the reserve fund.\n\n"
            "HARBOUR MASTER: The port authority adds its share for the lights and the buoys.\n\n"
            "MAYOR: And the state has promised help as well.\n\nJOURNALIST: Thank you."
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers}["HARBOUR MASTER"] == "interviewee"
        assert [[t.id for t in e.turns] for e in iv] == [
            ["q1", "a1", "a1b", "a1c"],
            ["q2", "a2", "a2b", "a2c"],
        ]

    def test_one_who_welcomes_the_audience_and_answers_nothing_is_a_host(self):
        """A host who only opens and closes the show (welcome, outro) is a host, not a guest:
        the outro is no answer."""
        text = (
            "Kelly: Have you ever wondered how the ferries in the bay are planned, and who decides "
            "when the last boat leaves at night? Welcome to the Harbour podcast. I'm Kelly, and "
            "today Emma and Ali talk with a ferry planner.\n\n"
            "Ali: I'm Ali.\n\nEmma: And I'm Emma.\n\nAli: So Ann, what do you do?\n\n"
            "Ann Lee: I plan the ferries for the whole bay, every season.\n\n"
            "Emma: Why is it hard?\n\n"
            "Ann Lee: Because the tides and the winds change all the time.\n\n"
            "Ali: And in winter?\n\n"
            "Ann Lee: In winter the boats run less often, and never at night.\n\n"
            "Kelly: If you liked this episode, tell a friend about it, leave us a review wherever "
            "you listen, and write to us with your questions about the harbour. See you next week."
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers}["Kelly"] == "interviewer"
        assert [t.id for t in iv.turns()] == [
            "r1", "r2", "r3", "q1", "a1", "q2", "a2", "q3", "a3", "r4",
        ]  # fmt: skip

    def test_panelists_answer_one_after_another(self):
        """A panelist who speaks at length after the others and asks once is no interviewer."""
        text = (
            "Mo Reed: Welcome, all. Let us start with your work. What do you each do?\n\n"
            "Ann Lee: I build bridges for the county, mostly steel ones over rivers, and I have "
            "done that for twenty years now, from the first drawings to the opening day.\n\n"
            "Cy Diaz: I repair them. Most of my work is painting and bolts, and a lot of driving "
            "between sites across the state, in all weathers and at all hours of the night.\n\n"
            "Mo Reed: What is the hardest part of the job?\n\n"
            "Cy Diaz: The weather. (Laughter.)\n\n"
            "Cy Diaz: Rain stops the painting, frost stops the welding, and wind stops everything "
            "on the high spans, so half of the year we sit and wait for the sky. Do you see that "
            "too?\n\n"
            "Ann Lee: I do, and in winter we lose whole weeks on the high spans, so we plan the "
            "work around the forecast months ahead and hope it holds.\n\n"
            "Cy Diaz: Money is the other half of it. The budgets are set years ahead and never "
            "match what the steel costs when we finally get to buy it for the job.\n\n"
            "Mo Reed: And what would you change first?\n\n"
            "Ann Lee: Longer contracts, so that one crew can look after a bridge for its whole "
            "life, learn its habits and know it as well as its builders did.\n\n"
            "Cy Diaz: I would change the budgets, so that repairs get money every single year and "
            "not only after something has failed and made the evening news.\n\n"
            "Ann Lee: Yes, and the money should follow the bridge, not the year, so that a crew "
            "can plan.\n\n"
            "Cy Diaz: That is the heart of it: plan the work, pay for the work, and the bridges "
            "last a hundred years or more, as the old ones have."
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers} == {
            "Mo Reed": "interviewer",
            "Ann Lee": "interviewee",
            "Cy Diaz": "interviewee",
        }
        assert [len(e.answers) for e in iv] == [2, 4, 4]

    def test_a_coordinator_who_passes_questions_on_answers_too(self):
        """Where reporters are marked Q, the named official who passes questions on to a
        colleague ('Dr. Lee?') and answers at length is an interviewee, not an interviewer."""
        lee = (
            "They were tested in the North Sea last winter, in waves of six metres, and they did "
            "better than the old ones on every measure the harbour board asked for."
        )
        text = (
            "MR. PARK: Good morning, everyone. Today we publish the ferry plan for the winter. "
            "Dr. Lee will say more about safety.\n\n"
            f"DR. LEE: Thank you. {lee}\n\n"
            "MODERATOR: Our first question goes to Ana Ruiz.\n\n"
            "Q\u00a0\u00a0 When will the night ferry run again, and who pays for the crews?\n\n"
            "MR. PARK: The night ferry runs again in March, once the crews are trained and the "
            "new timetable is printed and posted in every port on the coast and on the islands.\n\n"
            "MR. PARK: Dr. Lee, the crews?\n\n"
            f"DR. LEE: The crews are trained already. {lee}\n\n"
            "MODERATOR: Next, Li Wei.\n\n"
            "Q\u00a0\u00a0 Are the new hulls safe in a winter storm?\n\n"
            "MR. PARK: Dr. Lee?\n\n"
            f"DR. LEE: They are. {lee}\n\n"
            "MR. PARK: And on the money: the port authority pays for the hulls from this year's "
            "budget, and the state pays for the crews from next year on, as the ministers agreed "
            "in the spring.\n\n"
            "MODERATOR: Last question, Kim Oh.\n\n"
            "Q\u00a0\u00a0 Will fares rise this winter?\n\n"
            "MR. PARK: No. Fares stay as they are this winter, and we will publish any change for "
            "the spring at least a month ahead, as the law asks of us and of every operator.\n\n"
            "MR. PARK: Dr. Lee, anything to add?\n\n"
            f"DR. LEE: Only this. {lee}"
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers} == {
            "Interviewer": "interviewer",
            "MR. PARK": "interviewee",
            "DR. LEE": "interviewee",
            "MODERATOR": "moderator",
        }
        assert [[t.speaker.name for t in e.answers] for e in iv] == [
            ["MR. PARK", "MR. PARK", "DR. LEE"],
            ["MR. PARK", "DR. LEE", "MR. PARK"],
            ["MR. PARK", "MR. PARK", "DR. LEE"],
        ]

    def test_a_chair_who_asks_another_official_to_add_passes_the_question_on(self):
        """Where reporters are marked Q, the chair's brief question after an answer ('Dr. Lee,
        anything to add?') opens no exchange: the next official adds to the answer."""
        text = (
            "TOM HALE: Good afternoon. Dr. Roe and Dr. Lee will take your questions. Go ahead.\n\n"
            "Q\u00a0\u00a0 Thank you. Are the beaches safe to swim from this weekend?\n\n"
            "DR. ROE: They are. The water was tested on Tuesday and again this morning, and every "
            "sample was clean.\n\n"
            "TOM HALE: Dr. Lee, would you like to add something?\n\n"
            "DR. LEE: Only that the lifeguards are back on duty from Saturday, on every beach "
            "along the coast.\n\n"
            "TOM HALE: Next question, please.\n\n"
            "Q\u00a0\u00a0 When will the harbour reopen to boats?\n\n"
            "DR. ROE: On Monday, once the last buoys are back in place and the channel has been "
            "checked.\n\n"
            "TOM HALE: Thank you all."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == [
            "r1", "q1", "a1", "r2", "a1b", "r3", "q2", "a2", "r4",
        ]  # fmt: skip
        assert {s.name: s.role for s in iv.speakers}["TOM HALE"] == "moderator"

    def test_an_official_who_asks_and_answers_their_own_question_answers(self):
        """Where reporters are marked QUESTION, an official whose long answers ask a question
        and answer it before they end is no interviewer, though a colleague speaks next."""
        question = (
            "Thank you both for taking the time today, we are all grateful. My question is about "
            "the harbour and the ferries and the people who use them every day. {} And what will "
            "it cost?"
        )
        answer = (
            "We have looked at this closely with the harbour board and the unions over the whole "
            "of the last year. {} What does that mean for the people on the islands? It means "
            "that nothing changes for them this winter, and their fares stay as they are."
        )
        added = (
            "I would only add that the state has set the money aside already, in this year's "
            "budget, and that the harbour board will report on it every quarter, in public."
        )
        text = "\n\n".join(
            part
            for asked, said in (
                ("When will the night ferry run again?", "The night ferry runs again in March."),
                ("Are the new hulls safe in a storm?", "The new hulls passed every test."),
                ("Will there be more crews?", "Two more crews start in spring."),
            )
            for part in (
                "MODERATOR: The next question, please.",
                f"QUESTION: {question.format(asked)}",
                f"MINISTER ROE: {answer.format(said)}",
                f"MINISTER LEE: {added}",
            )
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers}["MINISTER ROE"] == "interviewee"
        assert [[t.speaker.name for t in e.answers] for e in iv] == [
            ["MINISTER ROE", "MINISTER LEE"]
        ] * 3

    def test_where_some_questioners_are_named_the_chair_still_chairs(self):
        """'Question:' beside named questioners: a chair who speaks at length between questions
        is not taken for an official who answers."""
        intro = (
            "Thank you. That was a long answer, and a good one, and I see many hands in the room, "
            "so let us keep the questions short and the answers a little shorter. {}"
        )
        text = (
            "Ann Wolf: Good evening. Our guest will take questions from the floor. Please.\n\n"
            "Question: Why did the ferry service stop last winter, and when will it run again?\n\n"
            "Jo Park: It stopped because the old hulls failed their tests, and it will run again "
            "in March, once the new hulls are delivered and tested.\n\n"
            f"Ann Wolf: {intro.format('The lady in the front row, please.')}\n\n"
            "Ann Wolf: Go ahead, please.\n\n"
            "Rosa Marin: Rosa Marin, Evening Post. Who pays for the new hulls?\n\n"
            "Jo Park: The state pays for them, from this year's budget, and the harbour board pays "
            "for the crews from next year on.\n\n"
            f"Ann Wolf: {intro.format('The gentleman at the back.')}\n\n"
            "Ann Wolf: Go ahead, please.\n\n"
            "Omar Said: Omar Said, Radio Five. Will the fares rise next year?\n\n"
            "Jo Park: No, they will not. We will hold them where they are for two more years at "
            "least, whatever the fuel costs.\n\n"
            f"Ann Wolf: {intro.format('One more, over there.')}\n\n"
            "Ann Wolf: Go ahead, please.\n\n"
            "Question: And the night ferry, will it come back with the others?\n\n"
            "Jo Park: It will, in April, a month after the day ferries, once the crews for the "
            "night are trained.\n\n"
            "Ann Wolf: Thank you all."
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers}["Ann Wolf"] == "moderator"
        assert [len(e.answers) for e in iv] == [1, 1, 1, 1]

    def test_questioners_who_answer_the_chair_still_ask(self):
        """Replies to the chair's 'Could you introduce yourself, please?' are no answers: the
        journalists who then state their request, and one whose short turns all draw the
        president's reply, ask."""
        ans = (
            "We will look at it this year, with the regional government and the ministry, and I "
            "will ask them to report back to me by the spring, in public, so that everyone can "
            "see what was done."
        )
        text = (
            "Lena Vogt: Good afternoon. The president will take your questions. The gentleman in "
            "the front row, please.\n\n"
            "Rosa Marin: Rosa Marin, Evening Post. When will the new bridge in the north be "
            "finished?\n\n"
            "Ada Quinn: Next year. " + ans + "\n\n"
            "Lena Vogt: Thank you. Next, please.\n\n"
            "Lena Vogt: The lady with the poster. Could you introduce yourself, please?\n\n"
            "Ivan Petrov: Ivan Petrov, from the Hill Town Daily, a small weekly paper in the south of "
            "the region that has been printed by the same family for almost ninety years now.\n\n"
            "Lena Vogt: And what is your question, please?\n\n"
            "Ivan Petrov: We have waited for a metro line for twenty years, and the city keeps "
            "growing. Please help us build the second line, because the buses are full by seven in "
            "the morning and the roads are full all day long.\n\n"
            "Ada Quinn: I know the city well. " + ans + "\n\n"
            "Lena Vogt: Thank you. Let us move on.\n\n"
            "Lena Vogt: Next. Where is the radio? Raise your hand, please.\n\n"
            "Omar Said: Omar Said, Radio Five, from the capital, and thank you for this chance, "
            "which we have waited for since the spring, when the last conference was cancelled at "
            "short notice.\n\n"
            "Lena Vogt: Your question, please?\n\n"
            "Omar Said: The schools in the villages are closing one after another, and the "
            "teachers are leaving for the cities. Something must be done, and soon, before the "
            "last of the village schools close their doors for good.\n\n"
            "Ada Quinn: It must, and it will. " + ans + "\n\n"
            "Lena Vogt: Thank you. Let us move on.\n\n"
            "Li Wei: Thank you! Please, the metro in the north too!\n\n"
            "Ada Quinn: Where exactly?\n\n"
            "Li Wei: In the north! Please help us with a line there.\n\n"
            "Ada Quinn: The north will get its line after the south. " + ans + "\n\n"
            "Lena Vogt: Last question. Go ahead.\n\n"
            "Kim Oh: Kim Oh, TV Nord. Will the fares on the ferries rise next year?\n\n"
            "Ada Quinn: They will not. " + ans
        )
        iv = ic.parse(text, id="x")
        roles = {s.name: s.role for s in iv.speakers}
        assert roles == {
            "Ivan Petrov": "interviewer",
            "Ada Quinn": "interviewee",
            "Lena Vogt": "moderator",
            "Rosa Marin": "interviewer",
            "Omar Said": "interviewer",
            "Li Wei": "interviewer",
            "Kim Oh": "interviewer",
        }
        assert [e.question.speaker.name for e in iv] == [
            "Rosa Marin", "Ivan Petrov", "Omar Said", "Li Wei", "Li Wei", "Kim Oh",
        ]  # fmt: skip

    SHOW = (
        "Kim Ota: Welcome to the harbour show. With me is my co-host Bo Chen, and our guest is "
        "Ann Lee, who plans the ferries.\n\n"
        "Ann Lee: Thanks for having me.\n\n"
        "Kim Ota: Ann, why do the ferries run late so often in the winter months?\n\n"
        "Ann Lee: Because of the tides, mostly, and because the winter timetable leaves no slack "
        "between the crossings.\n\n"
        "Bo Chen: I remember taking the night ferry as a child, and it was always late, whatever "
        "the season, and nobody ever minded much.\n\n"
        "Ann Lee: People minded more than you think, and the complaints are what changed the "
        "timetable in the end.\n\n"
        "Kim Ota: And what about the summer, when the tourists come?\n\n"
        "Ann Lee: In summer the boats run every hour, and they are mostly on time.\n\n"
        "Bo Chen: That matches what I see from my window every day, the boats come and go like "
        "clockwork in July.\n\n"
        "Ann Lee: They do, once the tourists have learnt the timetable.\n\n"
        "Kim Ota: The summer timetable was written twenty years ago by people who had never seen "
        "a ferry, and it still works better than anything we have tried since then.\n\n"
        "Bo Chen: Which says something about planning, I suppose, and about how little the tides "
        "care for our plans and our timetables.\n\n"
        "Ann Lee: It does, and it is why we now plan with the tide tables first and the tourists "
        "second.\n\n"
        "Kim Ota: Thanks everyone for listening, and thank you, Ann, for joining us.\n\n"
        "Ann Lee: Thank you for having me."
    )

    def test_a_co_host_who_never_asks_comments(self):
        """A second host whose turns never ask, beside a host who does, comments: his turns are
        remarks, and the guest who takes them up goes on answering."""
        iv = ic.parse(self.SHOW, id="x")
        roles = {s.name: s.role for s in iv.speakers}
        assert (roles["Kim Ota"], roles["Ann Lee"], roles["Bo Chen"]) == (
            "interviewer",
            "interviewee",
            "moderator",
        )
        assert {type(t).__name__ for t in iv.turns() if t.speaker.name == "Bo Chen"} == {"Remark"}
        assert [t.id for t in iv.exchange(1).turns] == ["q1", "a1", "a1b"]

    def test_a_hosts_comment_taken_up_by_a_co_host_is_no_question(self):
        """A host's long words that ask nothing, commented on by a co-host before the guest
        speaks, are a remark: no exchange of their own."""
        iv = ic.parse(self.SHOW, id="x")
        comment = next(t for t in iv.turns() if t.text.startswith("The summer timetable"))
        assert type(comment).__name__ == "Remark"
        assert [t.id for t in iv.exchange(2).turns] == ["q2", "a2", "a2b", "a2c"]

    def test_closing_thanks_and_thanks_for_having_me_are_no_exchange(self):
        """The host's closing thanks and the guest's thanks for being invited close the show."""
        iv = ic.parse(self.SHOW, id="x")
        *_, closing, thanks = iv.turns()
        assert (type(closing).__name__, type(thanks).__name__) == ("Remark", "Answer")
        assert thanks.id == iv.statements[-1].id

    def test_closing_thanks_after_a_last_remark_and_brief_thanks_are_no_exchange(self):
        """A host's last words that ask, then thank, and the guest's few words of thanks close the show."""
        text = (
            "Kim Ota: Why do the ferries run late?\n\nAnn Lee: The tides, mostly.\n\n"
            "Kim Ota: And in summer?\n\nAnn Lee: They run on time, every hour.\n\n"
            "Kim Ota: It is like the trains, isn't it? Anyway, I really appreciate you talking "
            "to me, Ann. So thank you again.\n\n"
            "Ann Lee: Thanks for the chat."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["q1", "a1", "q2", "a2", "r1", "s1"]

    def test_closing_thanks_before_the_hosts_goodbye_are_no_exchange(self):
        """'I want to thank you for your time with us today.' / 'Thanks a lot, Kim.' / 'And I
        hope you all enjoyed the hour.': the close, after the last exchange."""
        text = (
            "Kim Ota: With me today is Ann Lee from the port.\n\nAnn Lee: Hello.\n\n"
            "Kim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed.\n\n"
            "Kim Ota: And in summer?\n\n"
            "Ann Lee: They run on time, every hour, from the first boat to the last one.\n\n"
            "Kim Ota: Right, Ann, I want to thank you very much for your time with us today.\n\n"
            "Ann Lee: Thanks a lot, Kim.\n\n"
            "Kim Ota: And I hope you all enjoyed the hour."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "q1", "a1", "q2", "a2", "r2", "s2", "r3"]

    def test_a_question_opened_by_thanks_is_one_multi_part_question(self):
        """'Thank you.' then the question, before the answer: one exchange, two question turns."""
        iv = ic.parse("Q: Why?\n\nA: Because.\n\nQ: Thank you.\n\nQ: And when?\n\nA: Now.", id="x")
        assert [[t.id for t in e.turns] for e in iv] == [["q1", "a1"], ["q2", "q2b", "a2"]]

    def test_the_caller_wins(self):
        """interviewer=, interviewee= and moderators= (several names each) override inference."""
        text = (
            "Ann Lee: Hello.\n\nBo Chan: Why?\n\nAnn Lee: Because.\n\nCy Diaz: Next.\n\n"
            "Bo Chan: When?\n\nAnn Lee: Now."
        )
        iv = ic.parse(
            text, id="x", interviewer=["Bo Chan"], interviewee="Ann Lee", moderators=["Cy Diaz"]
        )
        assert [(t.id, t.speaker.name) for t in iv.turns()] == [
            ("s1", "Ann Lee"),
            ("q1", "Bo Chan"),
            ("a1", "Ann Lee"),
            ("r1", "Cy Diaz"),
            ("q2", "Bo Chan"),
            ("a2", "Ann Lee"),
        ]
        assert iv.interviewer.name == "Bo Chan"
        assert iv.interviewee.name == "Ann Lee"
        assert {s.name: s.role for s in iv.speakers}["Cy Diaz"] == "moderator"

    def test_a_meeting_where_nobody_is_interviewed_fails_saying_what_was_seen(self):
        """A meeting of reports, a chair giving the floor and nobody asking, is no interview: the
        error names the labels seen and their sides, never a reading of many exchanges."""
        text = (
            "Ann Lee: Good morning, colleagues. Let us begin with the reports.\n\n"
            "Bo Chen: The harbour team finished the survey of the north quay last week.\n\n"
            "Cy Diaz: The ferry team signed the winter timetable with the operators.\n\n"
            "Ann Lee: Thank you. Dee, the budget.\n\n"
            "Dee Ray: The budget for next year is balanced, with a reserve for repairs.\n\n"
            "Bo Chen: I would add that the survey found no damage to the old wall.\n\n"
            "Ann Lee: Thank you all. We meet again next week."
        )
        with pytest.raises(ic.TranscriptError, match="no exchange found: 7 turns") as caught:
            ic.parse(text, id="x")
        assert "'Ann Lee' ×3" in caught.value.reason
        assert "'Bo Chen' ×2 (statement)" in caught.value.reason

    def test_zero_exchanges_are_never_silent(self):
        """A reading with no exchange raises, saying what was found; strict=False warns instead."""
        text = "Ann Lee: Welcome to all of you.\n\nAnn Lee: And thank you for coming today."
        with pytest.raises(ic.TranscriptError, match="no exchange found: 2 turns") as caught:
            ic.parse(text, id="x")
        assert "'Ann Lee' ×2" in caught.value.reason
        iv = ic.parse(text, id="x", strict=False)
        assert len(iv) == 0
        assert iv.warnings[0].startswith("no exchange found")

    def test_a_panelist_who_speaks_longest_and_asks_now_and_then_answers(self):
        """A panelist whose turns run longer than the principal guest's, and who now and then asks
        the others, answers; so does a voice that never asks and speaks only briefly."""
        ann = (
            "we have looked at this for years in the council, and the answer is always the same: "
            "the money must come from the region and the lines together, with a plan that lasts"
        )
        bo = (
            "the trade has changed a great deal since the old days, and the harbour would need a "
            "new wall, new cranes, a new road to the yards and a dredger for the channel in winter, "
            "and none of that is cheap or quick to build"
        )
        parts = []
        for number, question in enumerate(
            (
                "What is needed?",
                "Who pays?",
                "The fishermen?",
                "The ferries?",
                "When?",
                "Who decides?",
            )
        ):
            parts += [f"Lea: {question}", f"Ann: In short, {ann}."]
            if number == 1:
                parts += [
                    f"Bo: I would add that {bo}. Ann, would the region agree?",
                    f"Ann: Yes, {ann}.",
                ]
            elif number == 3:
                parts.append(f"Bo: Well, {bo}, right? So we will argue about it for years.")
            else:
                parts.append(f"Bo: I would add that {bo}.")
            if number > 3:
                parts += ["Kim Roe: It would also need a new law.", f"Ann: Yes, and {ann}."]
        iv = ic.parse("\n\n".join([*parts, "Lea: Thank you both."]), id="x")
        assert [(s.name, s.role) for s in iv.speakers] == [
            ("Lea", "interviewer"),
            ("Ann", "interviewee"),
            ("Bo", "interviewee"),
            ("Kim Roe", "interviewee"),
        ]
        assert len(iv) == 6


class TestQuestionsMadeClear:
    """A guest who asks what the question means: the asker makes it clear, one exchange."""

    @pytest.mark.parametrize(
        "puzzled",
        [
            "What's the or?",
            "I'm sorry, I'm not sure I understand the question. You mean the old boats.",
        ],
    )
    def test_asking_what_the_question_means(self, puzzled):
        """'What's the or?' (a word of the question) or 'I'm not sure I understand' before the
        asker speaks again is no answer: a statement, and the question goes on."""
        text = (
            "Host: Why did you start the ferry?\n\nGuest: For the rivers.\n\n"
            "Host: Did the old boats fail by accident, or on purpose?\n\n"
            f"Guest: {puzzled}\n\n"
            "Host: The or is: did the owners let them fail on purpose?\n\n"
            "Guest: Some of them did, to sell the routes to the town."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert len(iv) == 2
        assert [s.text for s in iv.statements] == [puzzled]
        assert len(iv.exchange(2).questions) == 2
        check_fidelity(iv)


class TestPanelQuestionsFromTheFloor:
    """A panel's Q&A: the moderator opens the floor, and may answer a question himself."""

    def test_moderator_opens_the_floor_and_takes_a_question(self):
        """'Now we will take your questions.' goes on into the first 'Q:'; a named host's turn
        right after an unanswered question from the floor answers it."""
        text = (
            "Mod: Ann, you built the ferry. How did it start?\n\n"
            "Ann: It began with the rivers, and a boat we found.\n\n"
            "Mod: And who paid for the first boat?\n\n"
            "Ann: The town did, after a long vote in the council.\n\n"
            "Mod: Now we will take your questions.\n\n"
            "Q: How much does a ticket cost today?\n\n"
            "Ann: Two euros, and children ride free.\n\n"
            "Q: Where can I find the timetable for the winter?\n\n"
            "Mod: It is on the harbour's website, under ferries, with the summer one.\n\n"
            "Q: Thank you. Will it run at night?\n\n"
            "Ann: Not yet, perhaps next year."
        )
        iv = ic.parse(text, id="x")
        assert len(iv) == 5
        assert [q.text for q in iv.exchange(3).questions] == [
            "Now we will take your questions.",
            "How much does a ticket cost today?",
        ]
        assert iv.exchange(4).answer.text.startswith("It is on the harbour")
        check_fidelity(iv)


class TestEarningsCalls:
    """An earnings call: a host who opens and hands over chairs; the analysts ask."""

    LABELLED = (
        "Example Corp Q2 Earnings Call\n"
        "\n"
        "Ann Park: Good morning, and welcome to the Example Corp second quarter earnings call. I "
        "am Ann Park, head of investor relations. With me today are our chief executive, Bo "
        "Lind, and our chief financial officer, Cy Moss. Today's call is being recorded, and "
        "some of what we say will be forward-looking. I'd now like to turn the call over to Bo.\n"
        "\n"
        "Bo Lind: Thank you, Ann. Good morning, everyone. We had a strong quarter, with revenue "
        "up nine percent and new records in every region we serve. Our new products sold well "
        "and our margins held up despite higher costs. Cy will now take you through the "
        "numbers.\n"
        "\n"
        "Cy Moss: Thanks, Bo. Revenue was four billion dollars, up nine percent from a year ago. "
        "Gross margin was forty percent, and operating expenses grew more slowly than revenue. "
        "We expect growth of five to seven percent next quarter.\n"
        "\n"
        "Ann Park: Thank you, Cy. [Operator Instructions]. Operator, may we have the first "
        "question, please?\n"
        "\n"
        "Operator: Certainly. Our first question is from Dan Roe with Daily Bank.\n"
        "\n"
        "Dan Roe: I have two. First, on margins, it is good to see them hold up in a quarter "
        "when so many of your peers saw costs rise faster than prices. What drove the "
        "improvement this quarter, and do you expect it to last into next year?\n"
        "\n"
        "Bo Lind: Sure.\n"
        "\n"
        "Cy Moss: Mostly a better mix of products and lower freight costs, Dan, along with some "
        "savings in our factories that we expect to keep through the year.\n"
        "\n"
        "Dan Roe: And second, how should we think about spending on research next year?\n"
        "\n"
        "Bo Lind: We will keep investing, Dan. Research grew faster than revenue this year and "
        "we expect that to continue, because it is where our future products come from.\n"
        "\n"
        "Operator: Our next question is from Eve Fox with North Capital.\n"
        "\n"
        "Eve Fox: Thanks for taking my question. Can you talk about demand in Europe and whether "
        "it has picked up since the spring?\n"
        "\n"
        "Bo Lind: Europe improved through the quarter, Eve. Orders picked up in May and June, "
        "and we saw growth in most countries, led by Germany and Spain.\n"
        "\n"
        "Ann Park: That was our last question, so thank you, Eve. You can listen to this call "
        "again on our website for the next fortnight, and our team will gladly take your calls "
        "on anything we did not cover this morning. Goodbye for now.\n"
        "\n"
        "Operator: This concludes today's conference. You may now disconnect."
    )
    PARTICIPANTS = (
        "Example Corp. (EXC) Q4 2025 Earnings Conference Call February 3, 2026 5:00 PM ET\n"
        "\n"
        "Company Participants\n"
        "\n"
        "Ann Park - Vice President, Investor Relations\n"
        "Bo Lind - Chief Executive Officer\n"
        "Cy Moss - Chief Financial Officer\n"
        "\n"
        "Conference Call Participants\n"
        "\n"
        "Dan Roe - Daily Bank\n"
        "Eve Fox - North Capital\n"
        "\n"
        "Operator\n"
        "\n"
        "Good afternoon. My name is Gil, and I will be your conference operator today. At this "
        "time, I would like to welcome everyone to the Example Corp fourth quarter earnings "
        "call. All lines have been placed on mute. [Operator Instructions] I would now like to "
        "turn the call over to Bo Lind, Chief Executive Officer. Please go ahead.\n"
        "\n"
        "Bo Lind\n"
        "\n"
        "Thank you, operator, and good afternoon, everyone. It was a record year for Example "
        "Corp, with revenue up twelve percent and every one of our businesses growing. We opened "
        "two new factories and hired more than a thousand people. I'll hand it over to Cy for "
        "the details.\n"
        "\n"
        "Cy Moss\n"
        "\n"
        "Thanks, Bo. Fourth quarter revenue was one billion dollars, up eleven percent. Gross "
        "margin rose by two points to forty-one percent, and we returned half a billion dollars "
        "to shareholders through the year. With that, operator, let's open the line for "
        "questions.\n"
        "\n"
        "Question-and-Answer Session\n"
        "\n"
        "Operator\n"
        "\n"
        "[Operator Instructions] Your first question comes from the line of Dan Roe from Daily "
        "Bank. Your line is open.\n"
        "\n"
        "Dan Roe\n"
        "\n"
        "Hi, thanks for taking the question. Bo, you mentioned two new factories this year. How "
        "much of next year's growth depends on them coming up to speed on time?\n"
        "\n"
        "Bo Lind\n"
        "\n"
        "Good question, Dan. Both are running now, and we expect them at full speed by the "
        "summer, so a fair share of the growth in the second half comes from them.\n"
        "\n"
        "Dan Roe\n"
        "\n"
        "Got it. And just a follow-up on pricing. You raised prices twice this year, and "
        "customers seem to have accepted it so far.\n"
        "\n"
        "Cy Moss\n"
        "\n"
        "They have, Dan. We saw no change in order rates after either increase, and our renewal "
        "rates held at ninety-five percent.\n"
        "\n"
        "Operator\n"
        "\n"
        "Your next question comes from the line of Eve Fox from North Capital. Your line is "
        "open.\n"
        "\n"
        "Eve Fox\n"
        "\n"
        "Thank you. Could you talk about your plans for the cash on the balance sheet, now that "
        "the factories are built?\n"
        "\n"
        "Cy Moss\n"
        "\n"
        "Sure, Eve. We will keep returning most of our free cash to shareholders, and we will "
        "look at small acquisitions that add to our products.\n"
        "\n"
        "Operator\n"
        "\n"
        "There are no further questions at this time. I will now turn the call back over to Bo "
        "Lind for closing remarks.\n"
        "\n"
        "Bo Lind\n"
        "\n"
        "Thank you all for joining us, and we look forward to speaking with you next quarter.\n"
        "\n"
        "Operator\n"
        "\n"
        "This concludes today's conference call. You may now disconnect."
    )
    ANNOUNCED = (
        "Example Corp (EXC) Q1 2026 Earnings Call Transcript\n"
        "\n"
        "Operator\n"
        "\n"
        "Good morning, ladies and gentlemen, and welcome to the Example Corp first quarter "
        "results call. [Operator Instructions] I would now like to hand the conference over to "
        "your host, Ann Park. Please go ahead.\n"
        "\n"
        "Ann Park -- Investor Relations\n"
        "\n"
        "Thank you, and good morning. Joining me are Bo Lind, our chief executive, and Cy Moss, "
        "our chief financial officer. Bo will start with an overview of the quarter, Cy will "
        "cover the numbers, and then we will take your questions. Over to you, Bo.\n"
        "\n"
        "Bo Lind -- Chief Executive Officer\n"
        "\n"
        "Thanks, Ann. We began the year well. Sales rose eight percent, our online store grew "
        "faster than the shops, and we kept costs flat. Now Cy will take you through the "
        "details.\n"
        "\n"
        "Cy Moss -- Chief Financial Officer\n"
        "\n"
        "Thank you, Bo. Sales were two billion dollars and operating profit three hundred "
        "million, both ahead of our plan. We are keeping our outlook for the year unchanged.\n"
        "\n"
        "Ann Park -- Investor Relations\n"
        "\n"
        "Operator, we're ready for questions.\n"
        "\n"
        "Question-and-Answer Session\n"
        "\n"
        "Operator\n"
        "\n"
        "Thank you. Our first question comes from Dan Roe of Daily Bank. Please go ahead.\n"
        "\n"
        "Dan Roe -- Daily Bank -- Analyst\n"
        "\n"
        "Good morning. I wanted to ask about the online store and what share of sales it reached "
        "in the quarter, and whether you see that share rising through the year.\n"
        "\n"
        "Bo Lind -- Chief Executive Officer\n"
        "\n"
        "Good morning, Dan. The online store reached a fifth of our sales this quarter, and we "
        "do expect the share to keep rising as we add more products to it. I'll let Cy add the "
        "numbers behind that.\n"
        "\n"
        "Cy Moss -- Chief Financial Officer\n"
        "\n"
        "Yes, online sales grew twenty percent, and the margin there is now close to the shops' "
        "margin, which it was not a year ago.\n"
        "\n"
        "Dan Roe -- Daily Bank -- Analyst\n"
        "\n"
        "Great. Thank you.\n"
        "\n"
        "Operator\n"
        "\n"
        "Our next question comes from Eve Fox of North Capital. Please go ahead.\n"
        "\n"
        "Eve Fox -- North Capital -- Analyst\n"
        "\n"
        "Hi, thanks. Costs were flat in the quarter. Can you keep them flat for the rest of the "
        "year, or should we expect them to rise with wages?\n"
        "\n"
        "Cy Moss -- Chief Financial Officer\n"
        "\n"
        "We expect a small rise in the second half, Eve, mostly from wages, but less than the "
        "rise in sales, so margins should hold.\n"
        "\n"
        "Eve Fox -- North Capital -- Analyst\n"
        "\n"
        "That's helpful. Thanks.\n"
        "\n"
        "Operator\n"
        "\n"
        "We have no further questions. I'll hand the call back to Ann Park for closing remarks.\n"
        "\n"
        "Ann Park -- Investor Relations\n"
        "\n"
        "Thank you all for joining us this morning. If you have further questions, please call "
        "the investor relations team."
    )
    NAME_LINES = (
        "Example Corp (EXC) Q2 2026 Earnings Call Transcript\n"
        "\n"
        "Prepared Remarks:\n"
        "\n"
        "Operator\n"
        "\n"
        "Good day, and welcome to the Example Corp second quarter earnings conference call. All "
        "participants are in a listen-only mode. [Operator Instructions] Please note this event "
        "is being recorded. I would now like to turn the conference over to Ann Park, Head of "
        "Investor Relations. Please go ahead.\n"
        "\n"
        "Ann Park -- Head of Investor Relations\n"
        "\n"
        "Thank you, operator, and good morning, everyone. With me today are our chief executive, "
        "Bo Lind, and our chief financial officer, Cy Moss. Some of what we say today will be "
        "forward-looking, and actual results may differ. I'd now like to turn the call over to "
        "Bo.\n"
        "\n"
        "Bo Lind -- Chief Executive Officer\n"
        "\n"
        "Thank you, Ann. Good morning, everyone. We had a strong quarter, with revenue up nine "
        "percent and new records in every region we serve. Our new products sold well and our "
        "margins held up despite higher costs. Cy will now take you through the numbers.\n"
        "\n"
        "Cy Moss -- Chief Financial Officer\n"
        "\n"
        "Thanks, Bo. Revenue was four billion dollars, up nine percent from a year ago. Gross "
        "margin was forty percent, and operating expenses grew more slowly than revenue. We "
        "expect growth of five to seven percent next quarter. With that, we are happy to take "
        "your questions.\n"
        "\n"
        "Questions & Answers:\n"
        "\n"
        "Operator\n"
        "\n"
        "Thank you. We will now begin the question-and-answer session. [Operator Instructions] "
        "Our first question comes from Dan Roe with Daily Bank. Please go ahead.\n"
        "\n"
        "Dan Roe -- Daily Bank -- Analyst\n"
        "\n"
        "Thanks for taking my questions. First, on margins, it is good to see them hold up in a "
        "quarter when so many of your peers saw costs rise faster than prices. What drove the "
        "improvement this quarter, and do you expect it to last into next year?\n"
        "\n"
        "Cy Moss -- Chief Financial Officer\n"
        "\n"
        "Mostly a better mix of products and lower freight costs, Dan, along with some savings "
        "in our factories that we expect to keep through the year.\n"
        "\n"
        "Dan Roe -- Daily Bank -- Analyst\n"
        "\n"
        "And second, how should we think about spending on research next year?\n"
        "\n"
        "Bo Lind -- Chief Executive Officer\n"
        "\n"
        "We will keep investing, Dan. Research grew faster than revenue this year and we expect "
        "that to continue, because it is where our future products come from.\n"
        "\n"
        "Operator\n"
        "\n"
        "Our next question comes from Eve Fox with North Capital. Please go ahead.\n"
        "\n"
        "Eve Fox -- North Capital -- Analyst\n"
        "\n"
        "Can you talk about demand in Europe and whether it has picked up since the spring?\n"
        "\n"
        "Bo Lind -- Chief Executive Officer\n"
        "\n"
        "Europe improved through the quarter, Eve. Orders picked up in May and June, and we saw "
        "growth in most countries, led by Germany and Spain.\n"
        "\n"
        "Operator\n"
        "\n"
        "This concludes our question-and-answer session. I would like to turn the conference "
        "back over to Ann Park for any closing remarks.\n"
        "\n"
        "Ann Park -- Head of Investor Relations\n"
        "\n"
        "Thank you, everyone, for joining us today. A replay of the call will be on our website "
        "for two weeks, and analysts with further questions can call me directly.\n"
        "\n"
        "Operator\n"
        "\n"
        "The conference has now concluded. Thank you for attending today's presentation. You may "
        "now disconnect."
    )

    @pytest.mark.parametrize(
        ("text", "first_question"),
        [
            (LABELLED, "I have two."),
            (LABELLED.replace("\n\n", "\n"), "I have two."),
            (NAME_LINES, "Thanks for taking my questions."),
        ],
        ids=["labelled", "one-turn-a-line", "names-on-lines"],
    )
    def test_a_host_who_hands_over_chairs_and_the_analysts_ask(self, text, first_question):
        """A host who opens the call, turns it over and asks for the first question is a
        moderator; the analysts the operator introduces ask; the first question is an analyst's."""
        iv = ic.parse(text, id="x")
        roles = {s.name: s.role for s in iv.speakers}
        assert roles == {
            "Operator": "moderator",
            "Ann Park": "moderator",
            "Bo Lind": "interviewee",
            "Cy Moss": "interviewee",
            "Dan Roe": "interviewer",
            "Eve Fox": "interviewer",
        }
        assert iv.questions[0].text.startswith(first_question)
        assert len(iv) == 3

    @pytest.mark.parametrize(
        ("text", "opening"),
        [
            (LABELLED, ["Ann Park", "Bo Lind", "Cy Moss", "Ann Park", "Operator"]),
            (NAME_LINES, ["Operator", "Ann Park", "Bo Lind", "Cy Moss", "Operator"]),
        ],
        ids=["labelled", "names-on-lines"],
    )
    def test_prepared_remarks_are_statements_and_the_host_remarks(self, text, opening):
        """The executives' prepared remarks before the first question are statements; the host's
        turns, and the operator's, are remarks."""
        iv = ic.parse(text, id="x")
        sides = [
            (t.speaker.name, "Statement" if t in iv.statements else type(t).__name__)
            for t in iv.turns()
        ]
        expected = {"Bo Lind": "Statement", "Cy Moss": "Statement"}
        assert sides[: len(opening) + 1] == [
            *((name, expected.get(name, "Remark")) for name in opening),
            ("Dan Roe", "Question"),
        ]
        assert {side for name, side in sides if name == "Ann Park"} == {"Remark"}

    def test_closing_remarks_handed_back_by_the_operator_are_a_statement(self):
        """An executive's closing words, after the operator turns the call back over to them
        with no question waiting, are a statement, not more of the last answer."""
        iv = ic.parse(self.PARTICIPANTS, id="x")
        closing = iv.turns()[-2]
        assert (closing.speaker.name, closing.exchange_id) == ("Bo Lind", None)
        assert closing in iv.statements
        assert iv.exchange(3).answer.text.startswith("Sure, Eve.")
        assert [s.name for s in iv.speakers if s.role == "interviewer"] == ["Dan Roe", "Eve Fox"]
        assert len(iv) == 3

    def test_the_analyst_the_operator_announces_asks(self):
        """The speaker after a chair's "Our first question comes from Dan Roe of Daily Bank."
        asks, even in words without a question mark; the executives answer."""
        iv = ic.parse(self.ANNOUNCED, id="x")
        roles = {s.name: s.role for s in iv.speakers}
        assert [roles[name] for name in ("Dan Roe", "Eve Fox", "Bo Lind", "Cy Moss")] == [
            "interviewer",
            "interviewer",
            "interviewee",
            "interviewee",
        ]
        assert iv.questions[0].text.startswith("Good morning. I wanted to ask about the online")
        assert [t.speaker.name for t in iv.exchange(1).answers] == ["Bo Lind", "Cy Moss"]

    def test_an_analysts_thanks_before_the_operator_speaks_is_a_remark(self):
        """An analyst's few words of thanks after the answer, before the operator calls the next
        analyst, are a remark: the next analyst's question opens an exchange of its own."""
        iv = ic.parse(self.ANNOUNCED, id="x")
        thanks = [t.text for t in iv.remarks if t.speaker.name in {"Dan Roe", "Eve Fox"}]
        assert thanks == ["Great. Thank you.", "That's helpful. Thanks."]
        assert [e.question.speaker.name for e in iv] == ["Dan Roe", "Eve Fox"]

    def test_a_section_title_between_one_line_turns_is_a_heading(self):
        """A "Question-and-Answer Session" line between two turns of a paste without blank lines
        is a heading set aside, not the last words of the turn above it."""
        text = self.LABELLED.replace("\n\n", "\n").replace(
            "please?\n", "please?\nQuestion-and-Answer Session\n"
        )
        iv = ic.parse(text, id="x")
        call = next(t for t in iv.remarks if t.text.startswith("Thank you, Cy."))
        assert call.text.endswith("may we have the first question, please?")
        assert ("heading", "Question-and-Answer Session") in [(s.kind, s.text) for s in iv.segments]


class TestBackChannels:
    """A listener's acknowledgement in the middle of an answer opens no exchange."""

    def test_acknowledgement_between_two_turns_of_the_answer(self):
        """'Mm-hm.' between two turns of the one answering is a remark; the answer goes on."""
        text = (
            "Host: Why did you start?\n\nGuest: It began with the rivers.\n\nHost: Mm-hm.\n\n"
            "Co-host: Yeah, wow.\n\nGuest: And then the fish.\n\nHost: What came next?\n\n"
            "Guest: The sea."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert [len(e.answers) for e in iv] == [2, 1]
        assert [r.text for r in iv.remarks] == ["Mm-hm.", "Yeah, wow."]
        check_fidelity(iv)

    def test_a_transcribers_note_is_no_word_of_the_listener(self):
        """'Mm-hmm (affirmative).' after a host's words that ask nothing, before the same host
        goes on, only takes them in, as 'Mm-hmm.' does: the note in brackets is no word."""
        text = (
            "Host: Why did you start?\n\nGuest: It began with the rivers, long ago.\n\n"
            "Host: The ferry ran on coal back then.\n\nGuest: Mm-hmm (affirmative).\n\n"
            "Host: And the harbour had no lights. What changed?\n\n"
            "Guest: The power came, and the lights with it."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert len(iv) == 2
        assert [q.text for q in iv.exchange(2).questions] == [
            "The ferry ran on coal back then.",
            "And the harbour had no lights. What changed?",
        ]
        assert [s.text for s in iv.statements] == ["Mm-hmm (affirmative)."]
        check_fidelity(iv)

    def test_a_reaction_that_opens_by_acknowledging(self):
        """A host's few words whose first sentence only acknowledges ('Awesome.'), after which
        the guest goes on at length, are a remark: the answer goes on."""
        text = (
            "Host: Why did you start the ferry?\n\nGuest: It began with the rivers, long ago.\n\n"
            "Host: Awesome. You had to start somewhere.\n\n"
            "Guest: My father had a boat, and the town needed one more, so we built a second "
            "one together that spring.\n\n"
            "Host: What came next?\n\nGuest: The sea."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert [len(e.answers) for e in iv] == [2, 1]
        assert [r.text for r in iv.remarks] == ["Awesome. You had to start somewhere."]
        check_fidelity(iv)

    def test_a_few_words_back_to_a_comment_where_hosts_mostly_comment(self):
        """Where the hosts mostly comment rather than ask, the guest's few words back to a
        comment ('Slow and cold, all of them.') are no answer: the host's next turn goes on."""
        text = (
            "Host: Welcome back. Why did you start the ferry?\n\n"
            "Guest: It began with the rivers, long ago, when my father had a boat and the town "
            "needed a second one to carry the mail across.\n\n"
            "Host: The old boats were slow back then, and the winters were long.\n\n"
            "Guest: Slow and cold, all of them.\n\n"
            "Host: The new one is quicker, I hear, and it runs all winter now.\n\n"
            "Guest: It does, because the engine is new and the hull was built for the ice, so "
            "we have not missed a crossing in two years.\n\n"
            "Host: I rode it last week with my daughter.\n\n"
            "Guest: Then you saw the new deck, which the town paid for after a long vote in the "
            "council, and which the children love most of all."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert len(iv) == 3
        assert [s.text for s in iv.statements] == ["Slow and cold, all of them."]
        assert len(iv.exchange(2).questions) == 2
        check_fidelity(iv)

    def test_a_guests_few_words_back_where_the_host_holds_forth(self):
        """Where the host talks at least as long as the guest and mostly comments, the guest's
        sentence or two back to a comment (a question mark inside the telling, as a tag in
        passing, asks nothing) is talk, not an answer: the host's next turn goes on."""
        text = (
            "Host: Welcome back. Tell us how the ferry began.\n\n"
            "Guest: It began with the rivers, long ago, when my father had a boat and the town "
            "needed a second one to carry the mail across the water every single morning.\n\n"
            "Host: I remember the old boats from when I was a child in the town, and they were "
            "slow and cold, and the winters on the river were long and dark for everyone.\n\n"
            "Guest: My father said the same thing to me every winter when I was young.\n\n"
            "Host: My own father took that crossing every day for work, and he hated it, right? "
            "But he never once missed a morning, not even in the worst of the ice storms.\n\n"
            "Guest: Then he knew the crossing well, and he knew how the ice hurts a hull.\n\n"
            "Host: The new boat is quicker, they say, and it runs all winter now without a break, "
            "which must have changed the town more than any of us can really tell.\n\n"
            "Guest: It did, because the engine is new and the hull was built for the ice, so we "
            "have not missed a single crossing in two years, and the mail comes every day.\n\n"
            "Host: I rode it last week with my daughter, and she loved the new deck more than "
            "anything else on the boat, more than the bridge and the engine room and the flags.\n\n"
            "Guest: The town paid for that deck after a long vote in the council, and the "
            "children love it most of all, as your daughter did."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert len(iv) == 3
        assert [s.text[:12] for s in iv.statements] == ["My father sa", "Then he knew"]
        assert len(iv.exchange(2).questions) == 3
        check_fidelity(iv)

    def test_a_few_words_put_in_while_the_host_stops_mid_sentence(self):
        """A host's turn that stops mid-sentence ('... named after a river,'), the guest's few
        words put in, and the same host going on: the host had not finished, and the guest's
        words are a statement outside the exchange."""
        text = (
            "Host: Why did you start the ferry?\n\n"
            "Guest: The bridge was closed all winter, and the town needed a boat.\n\n"
            "Host: And famously, the first boat was named after a river,\n\n"
            "Guest: Yes, that is where it comes from.\n\n"
            "Host: but the name was misspelled on the hull. Did anyone notice?\n\n"
            "Guest: Nobody noticed for years."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert len(iv) == 2
        assert [s.text for s in iv.statements] == ["Yes, that is where it comes from."]
        assert len(iv.exchange(2).questions) == 2
        check_fidelity(iv)

    def test_a_reaction_to_a_guests_see_is_no_question(self):
        """A guest's 'See?' only seeks assent: the host's few words after it react, and the
        guest, carrying on, goes on with the answer."""
        text = (
            "Host: Why did you start the ferry?\n\nGuest: The bridge was closed all winter. See?\n\n"
            "Host: Yes, the same as this year.\n\n"
            "Guest: And so we bought a boat, and the town paid for the second one, after a long "
            "vote in the council that spring.\n\n"
            "Host: What came next?\n\nGuest: The sea."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert [len(e.answers) for e in iv] == [2, 1]
        assert [r.text for r in iv.remarks] == ["Yes, the same as this year."]
        check_fidelity(iv)

    def test_a_hosts_word_or_two_taken_up_by_the_guest(self):
        """'Really precise.' taken up by the guest ('Yeah, very precise.'), after which a
        guest goes on, is a remark: the guest's words answer on."""
        text = (
            "Host: How do the tickets work?\n\n"
            "Guest: Each one names the boat, the hour and the seat, and nothing else.\n\n"
            "Host: Really precise.\n\nGuest: Yeah, very precise.\n\n"
            "Guest: And they can be passed on, so a family buys one and hands it around all "
            "summer.\n\n"
            "Host: What came next?\n\nGuest: The sea."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert [len(e.answers) for e in iv] == [3, 1]
        assert [r.text for r in iv.remarks] == ["Really precise."]
        check_fidelity(iv)

    def test_a_summary_confirmed_before_another_host_goes_on(self):
        """A host's summary confirmed in a few words ('That is the basic idea.') before another
        host takes the talk on is no exchange: the hosts' turns are one question."""
        text = (
            "Ann: Why did you start the ferry?\n\n"
            "Guest: For the rivers, and because the town had no bridge.\n\n"
            "Ann: Just to make sure I follow: the ferry runs on the old timetable until the "
            "bridge opens, and then the town decides what to do with the boats.\n\n"
            "Guest: That is the basic idea.\n\n"
            "Bo: And what will you do with the boats then?\n\n"
            "Guest: Sell one, and keep the other for the summer."
        )
        iv = ic.parse(text, id="x", interviewer=["Ann", "Bo"], interviewee="Guest")
        assert len(iv) == 2
        assert [s.text for s in iv.statements] == ["That is the basic idea."]
        assert len(iv.exchange(2).questions) == 2
        check_fidelity(iv)

    def test_a_host_fragment_cut_from_a_sentence_asks_nothing(self):
        """Where speaker changes fall mid-sentence (turns that begin in lower case, as machine
        transcripts cut them), a host's few words that end no sentence ('and then') ask nothing;
        one word alone ('But') may break in, and is left as it was read."""
        text = (
            "Host: Welcome. Why did you start the ferry?\n\nGuest: For the rivers, and\n\n"
            "Host: and then\n\nGuest: the fish. Mostly the fish, to be honest.\n\n"
            "Host: Right, so\n\nGuest: so we built it. That was the start.\n\nHost: But\n\n"
            "Guest: but not the harbour.\n\n"
            "Host: When will it run again?\n\nGuest: In the spring, when the ice\n\n"
            "Host: melts?\n\nGuest: melts, yes."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert [q.text for q in iv.questions] == [
            "Welcome. Why did you start the ferry?",
            "But",
            "When will it run again?",
            "melts?",
        ]
        assert [r.text for r in iv.remarks] == ["and then", "Right, so"]
        check_fidelity(iv)

    def test_reactions_before_the_floor_opens_are_no_exchange(self):
        """Reporters' reactions to an opening statement, answered by the official opening the
        floor ("... let's get to your questions."), come before the first question."""
        text = (
            "MS. DIAZ: Good afternoon. Before we start, a word about the budget, which the council "
            "passed this morning after a long night.\n\n"
            "Q Wow.\n\n"
            "Q That was quick.\n\n"
            "MS. DIAZ: (Laughter.) It was. With that, Ann, let's get to your questions.\n\n"
            "Q Thank you. Will the fares rise?\n\n"
            "MS. DIAZ: They will not.\n\n"
            "Q And the ferries?\n\n"
            "MS. DIAZ: Those neither."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "Thank you. Will the fares rise?"
        assert len(iv) == 2
        assert [r.text for r in iv.remarks] == ["Wow.", "That was quick."]
        check_fidelity(iv)

    def test_an_official_who_cuts_into_a_reporters_question(self):
        """A reporter's Q turn that breaks off ('--'), the official's few words, and the same
        reporter asking on: one multi-part question; the official's words are a statement."""
        text = (
            "MR. LANG: Good afternoon. The harbour festival opens on Saturday.\n\n"
            "Q\u00a0\u00a0 Will the governor open the festival?\n\n"
            "MR. LANG: She will, on Saturday morning, with the mayor.\n\n"
            "Q\u00a0\u00a0 And on the ferries, I think we --\n\n"
            "MR. LANG: Email me if you --\n\n"
            "Q\u00a0\u00a0 Just briefly: will the night ferries run during the festival?\n\n"
            "MR. LANG: They will, every hour until two in the morning."
        )
        iv = ic.parse(text, id="x")
        assert [[t.id for t in e.turns] for e in iv] == [["q1", "a1"], ["q2", "q2b", "a2"]]
        assert [t.text for t in iv.statements] == [
            "Good afternoon. The harbour festival opens on Saturday.",
            "Email me if you --",
        ]
        check_fidelity(iv)

    def test_a_reporters_question_broken_off_twice(self):
        """The official cuts in twice, each time after the reporter's '--': one question."""
        text = (
            "MR. LANG: Good afternoon. The harbour festival opens on Saturday.\n\n"
            "Q\u00a0\u00a0 If I may, Mr. Lang --\n\n"
            "MR. LANG: You may, since it is your last day.\n\n"
            "Q\u00a0\u00a0 I was hoping you'd --\n\n"
            "MR. LANG: Keep it short, though --\n\n"
            "Q\u00a0\u00a0 Will the night ferries run during the festival?\n\n"
            "MR. LANG: They will, every hour until two in the morning."
        )
        iv = ic.parse(text, id="x")
        assert [[t.id for t in e.turns] for e in iv] == [["q1", "q1b", "q1c", "a1"]]
        check_fidelity(iv)

    def test_one_hosts_turn_split_in_two_is_one_question(self):
        """'Kim Ota (00:01:00) - ...?' then 'Kim Ota (00:01:30) - ...?': one turn split by the
        transcript, one multi-part question; a heading between starts a new one."""
        text = (
            "Kim Ota (00:00:10) - Why do the ferries run late?\n\n"
            "Ann Lee (00:00:20) - The tides, mostly, and the old timetable.\n\n"
            "Kim Ota (00:01:00) - Is it the tides in winter?\n\n"
            "Kim Ota (00:01:30) - Or is it the timetable, which nobody has changed?\n\n"
            "Ann Lee (00:02:00) - Both, and the storms that stop the boats."
        )
        iv = ic.parse(text, id="x")
        assert [[t.id for t in e.turns] for e in iv] == [["q1", "a1"], ["q2", "q2b", "a2"]]
        sectioned = text.replace("Kim Ota (00:01:30)", "## Storms\n\nKim Ota (00:01:30)")
        assert len(ic.parse(sectioned, id="x", strict=False)) == 3

    def test_a_guest_who_asks_back_before_the_asker_has_asked(self):
        """'Thank you very much.' / 'Have we met before?' / 'Yes, in Oslo. ... who will?': one question."""
        text = (
            "Ann Lee: Thank you very much.\n\nBo Roe: Have we met before?\n\n"
            "Ann Lee: Yes, in Oslo, at the conference on ports. I have a question about the piers "
            "there: who will repair them, and when?\n\n"
            "Bo Roe: The town will, next spring, with money from the state and the port's fees.\n\n"
            "Ann Lee: And the ferries?\n\nBo Roe: They run again in May, when the piers are tested."
        )
        iv = ic.parse(text, id="x")
        assert [len(exchange.questions) for exchange in iv] == [2, 1]
        assert [t.text for t in iv.statements] == ["Have we met before?"]

    def test_a_guest_who_asks_to_hear_the_question_again(self):
        """'It saves a step.' / 'Excuse me?' / 'It saves a step at the port.': one question."""
        text = (
            "Kim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed.\n\n"
            "Kim Ota: It also saves a step.\n\nAnn Lee: Excuse me?\n\n"
            "Kim Ota: The new timetable also saves a step at the port.\n\n"
            "Ann Lee: Yes, the boats no longer wait for the trains, and the trains wait for us."
        )
        iv = ic.parse(text, id="x")
        assert [[t.id for t in e.turns] for e in iv] == [["q1", "a1"], ["q2", "q2b", "a2"]]
        assert [t.text for t in iv.statements] == ["Excuse me?"]
        said_again = ic.parse(text.replace("Excuse me?", "Sorry, say again?"), id="x")
        assert [t.text for t in said_again.statements] == ["Sorry, say again?"]
        assert len(said_again) == 2
        # "Sorry, which step?" asks a question of its own, which the host answers.
        other = ic.parse(text.replace("Excuse me?", "Sorry, which step?"), id="x")
        assert other.statements == ()
        assert len(other) == 3

    def test_a_guest_who_asks_which_question_is_meant(self):
        """'Now or back then?' / 'Both.' / the answer: one question, the question back a
        statement; 'What about?' asks a question of its own, which the host answers."""
        text = (
            "Kim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed.\n\n"
            "Kim Ota: And who runs the port?\n\nAnn Lee: Now or back then?\n\n"
            "Kim Ota: Both.\n\n"
            "Ann Lee: The town runs it now; back then the railway ran it, and the boats too."
        )
        iv = ic.parse(text, id="x")
        assert [[t.id for t in e.turns] for e in iv] == [["q1", "a1"], ["q2", "q2b", "a2"]]
        assert [t.text for t in iv.statements] == ["Now or back then?"]
        other = ic.parse(text.replace("Now or back then?", "What about?"), id="x")
        assert other.statements == ()
        assert len(other) == 3

    def test_thanks_returned_before_the_question(self):
        """A reporter's thanks and the official's in return stand outside the exchange: the
        first question is the one asked."""
        text = (
            "MR. LANG: Good afternoon. The harbour festival opens on Saturday.\n\n"
            "Q\u00a0\u00a0 Thank you, sir. And happy birthday.\n\n"
            "MR. LANG: Thank you very much.\n\n"
            "Q\u00a0\u00a0 Will the night ferries run during the festival?\n\n"
            "MR. LANG: They will, every hour until two in the morning."
        )
        iv = ic.parse(text, id="x")
        assert [[t.text for t in e.turns] for e in iv] == [
            [
                "Will the night ferries run during the festival?",
                "They will, every hour until two in the morning.",
            ]
        ]
        assert [t.text for t in iv.remarks] == ["Thank you, sir. And happy birthday."]
        assert [t.text for t in iv.statements][1:] == ["Thank you very much."]
        check_fidelity(iv)

    def test_a_shows_opening_is_remarks(self):
        """A show's few opening host turns before the guest speaks, rhetorical questions too, are remarks."""
        text = (
            "Emma: Ever wondered where to start when a bug bites?\n\n"
            "Kelly: Welcome to the podcast. I'm Kelly.\n\nAli: I'm Ali.\n\n"
            "Emma: So Rebecca, welcome to the show. What do you do?\n\n"
            "Rebecca Hill: Thanks for having me. I build debuggers.\n\n"
            "Kelly: Why debuggers?\n\nRebecca Hill: Because bugs are everywhere."
        )
        iv = ic.parse(
            text, id="x", interviewer=["Emma", "Kelly", "Ali"], interviewee="Rebecca Hill"
        )
        assert [r.speaker.name for r in iv.remarks] == ["Emma", "Kelly", "Ali"]
        assert iv.questions[0].text.startswith("So Rebecca, welcome to the show.")
        assert len(iv) == 2

    def test_a_welcome_and_thanks_is_no_exchange(self):
        """'Ida, welcome to the show.' / 'Good to be on.' open the talk; the first question follows."""
        text = (
            "Mo: Ida, welcome to the show.\n\nIda: Hey Mo, good to be on.\n\n"
            "Mo: So Ida, what are you building?\n\nIda: A wallet.\n\n"
            "Mo: Why a wallet?\n\nIda: Because payments matter."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "So Ida, what are you building?"
        assert len(iv) == 2

    def test_a_host_sitting_down_with_the_guest_introduces(self):
        """'I'm sitting down with Ann Lee from the port.' / 'Hello.': an introduction, no exchange."""
        text = (
            "Kim Ota: I'm sitting down with Ann Lee from the port.\n\nAnn Lee: Hello.\n\n"
            "Kim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed.\n\n"
            "Kim Ota: And in summer?\n\n"
            "Ann Lee: They run on time, every hour, from the first boat to the last one."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "q1", "a1", "q2", "a2"]

    def test_a_guest_glad_to_be_on_the_show_thanks_for_the_invitation(self):
        """A long introduction answered 'It's good to be on.' opens the show; no exchange."""
        text = (
            "Kim Ota: Ann Lee is here for the second time on this show. She runs the ferries of "
            "the northern ports, and she has seen every storm of the last twenty years.\n\n"
            "Ann Lee: It's good to be on.\n\nKim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed.\n\n"
            "Kim Ota: And in summer?\n\n"
            "Ann Lee: They run on time, every hour, from the first boat to the last one."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "q1", "a1", "q2", "a2"]

    def test_small_talk_after_the_welcome_is_the_opening(self):
        """After a welcome returned, a host's words that ask nothing ('I can imagine.') and the
        guest's reply are still the opening: the first question is the first that asks."""
        text = (
            "Kim Ota: Ann, how are you?\n\nAnn Lee: Good. How are you?\n\n"
            "Kim Ota: Fine, thanks. It is great to have you here on the day the new ferry sails.\n\n"
            "Ann Lee: We have waited a long time for it, and the whole port is out today.\n\n"
            "Kim Ota: Why did it take so long?\n\n"
            "Ann Lee: The money, mostly, and the winter storms that stopped the builders.\n\n"
            "Kim Ota: And when does it run every day?\n\n"
            "Ann Lee: From Monday, on the summer timetable."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "r2", "s2", "q1", "a1", "q2", "a2"]

    def test_small_talk_after_an_unlabelled_welcome_ends_at_a_request(self):
        """A welcome left unlabelled at the dialogue's start (front matter names the speakers) is
        a welcome: the host's small talk after the guest's thanks is the opening, up to a request
        once the guest has spoken ('Tell us a little about yourself.'), the first question."""
        text = (
            "---\nspeakers: [Ann Lee]\n---\n\nAnn, welcome to the show.\n\n"
            "Ann Lee: Thank you, it is a real pleasure, I have listened to it on the ferry for "
            "years.\n\n"
            "Kim Ota: Well, that is great to hear. A lot of listeners wrote in about the ferries.\n\n"
            "Ann Lee: It is strange to me, everybody talks about the boats now.\n\n"
            "Kim Ota: Good. Before we get into it, tell us a little about yourself.\n\n"
            "Ann Lee: I grew up in the port and ran my first ferry at twenty, in the storms.\n\n"
            "Kim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["s1", "s2", "r1", "s3", "q1", "a1", "q2", "a2"]
        assert (
            iv.questions[0].text == "Good. Before we get into it, tell us a little about yourself."
        )

    def test_setting_up_the_recording_is_no_exchange(self):
        """'Can I start recording now?' / 'Sure, go ahead.' sets up the interview: a remark and a
        statement; the first question is the one after it."""
        text = (
            "Kim Ota: Can I start recording now?\n\nAnn Lee: Sure, go ahead.\n\n"
            "Kim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed.\n\n"
            "Kim Ota: And in summer?\n\n"
            "Ann Lee: They run on time, every hour, from the first boat to the last one."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "q1", "a1", "q2", "a2"]
        # A first question that draws a long answer is one, whatever it speaks of.
        long_answer = text.replace(
            "Sure, go ahead.", "I recorded my first songs on the night ferry, years ago now."
        )
        assert len(ic.parse(long_answer, id="x")) == 3

    def test_the_close_after_the_last_question_is_no_exchange(self):
        """After the last question, a host's thanks, goodbyes and arrangements answered in a few
        words are remarks and statements; a voice heard only then (a producer) is a moderator."""
        text = (
            "Kim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed since "
            "the railway left the port, forty years ago now.\n\n"
            "Kim Ota: And in summer?\n\n"
            "Ann Lee: They run on time, every hour, from the first boat to the last one, because "
            "the tides are kinder and the crews are all back.\n\n"
            "Kim Ota: I'll send you the notes next week.\n\nAnn Lee: Great, speak soon.\n\n"
            "Kim Ota: Thank you, Ann, that was a pleasure.\n\nAnn Lee: Likewise.\n\n"
            "Kim Ota: And thanks, Bo, for the sound.\n\nBo Chan: Any time!"
        )
        iv = ic.parse(text, id="x")
        assert len(iv) == 2
        assert [t.id for t in iv.turns()][4:] == ["r1", "s1", "r2", "s2", "r3", "r4"]
        assert {s.name: s.role for s in iv.speakers}["Bo Chan"] == "moderator"

    def test_a_guest_glad_to_be_there_after_the_hosts_welcome_is_no_co_host(self):
        """Only "And I'm Bo Chen." names oneself as a co-host; "I'm glad to be here." is the guest's."""
        text = (
            "Ann Lee: Hello and welcome to the harbour show. I'm Ann Lee.\n\n"
            "Bo Chen: I'm glad to be here, Ann.\n\n"
            "Ann Lee: Why did the ferry stop?\n\nBo Chen: The engine failed in the storm.\n\n"
            "Ann Lee: When will it run again?\n\nBo Chen: On Monday, on the winter timetable.\n\n"
            "Cy Diaz: And the night ferry?\n\nBo Chen: From April."
        )
        roles = {s.name: s.role for s in ic.parse(text, id="x").speakers}
        assert (roles["Ann Lee"], roles["Bo Chen"]) == ("interviewer", "interviewee")

    def test_a_host_who_welcomes_listeners_after_a_cold_open_asks(self):
        """Two hosts narrate a cold open; the one who later says 'Welcome to the programme. I'm
        ...', and the co-host who says 'And I'm ...' after it, host however long they speak."""
        narration = (
            "the ferry left the port at dawn, as it had done every day for forty years, and "
            "nobody on the quay thought anything of it"
        )
        text = (
            f"Kim Ota: It was a grey morning in March, and {narration}.\n\n"
            f"Bo Chan: Except that this time {narration} until the radio went quiet.\n\n"
            "Ann Lee: I was on the bridge. The radio just stopped.\n\n"
            "Bo Chan: What did you do?\n\n"
            "Ann Lee: I called the port on the other set.\n\n"
            f"Kim Ota: The port heard nothing, because {narration}.\n\n"
            f"Bo Chan: Hello and welcome to the programme. I'm Bo Chan. Today: {narration}.\n\n"
            f"Kim Ota: And I'm Kim Ota. We went to see for ourselves, and {narration}.\n\n"
            f"Bo Chan: What we found was that {narration}, and {narration}.\n\n"
            f"Kim Ota: The radio log shows that {narration}.\n\n"
            f"Bo Chan: Which is odd, because {narration}, and {narration}.\n\n"
            "Ann Lee: At noon it came back.\n\n"
            "Bo Chan: So when did you know?\n\nAnn Lee: At noon."
        )
        roles = {s.name: s.role for s in ic.parse(text, id="x").speakers}
        assert roles == {
            "Kim Ota": "interviewer",
            "Bo Chan": "interviewer",
            "Ann Lee": "interviewee",
        }

    def test_hosts_who_narrate_before_the_guest_is_heard_ask_nothing(self):
        """Two hosts open the show; the second's words about the guest before she is first
        heard (a clip) are narration: the first question is the first host turn after her."""
        text = (
            "KIM OTA, HOST: A quick note before we start: this is a rerun.\n\n"
            "BO CHAN, HOST: Ann Lee runs the ferries of the northern ports, and has for years.\n\n"
            "OTA: Ann's job is to keep them running, whatever the sea does.\n\n"
            "ANN LEE: There's a board in the office with every boat on it.\n\n"
            "CHAN: How many boats are we talking about?\n\nLEE: Twelve, in summer.\n\n"
            "OTA: And in winter?\n\nLEE: Eight, and the night ferry."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "r2", "r3", "s1", "q1", "a1", "q2", "a2"]
        # A request before the guest is heard asks her.
        asked = text.replace(
            "Ann's job is to keep them running", "Tell us how you keep them running"
        )
        assert ic.parse(asked, id="x").questions[0].text.startswith("Tell us")

    def test_a_song_played_in_the_show_is_a_remark(self):
        """'Song:' and its lyrics, questions included, are a remark; the host's question follows."""
        text = (
            "Kim Ota: Why do you sing about ferries?\n\n"
            "Ann Lee: Because nobody else does, and the tides rhyme with everything.\n\n"
            "Song: Where does the ferry go?\n\nOver the grey sea, slow.\n\n"
            "Kim Ota: And when did you write that one?\n\n"
            "Ann Lee: On the night boat, in the winter of the big storms."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["q1", "a1", "r1", "q2", "a2"]
        assert iv.remarks[0].speaker.role == "moderator"

    def test_a_hosts_first_words_after_the_guest_opens_are_the_opening(self):
        """A recording joined midway: the guest speaks first; the host's words after it that
        ask nothing, and the guest's reply, come before the first question."""
        text = (
            "Ann Lee: ... and that is how the ferries came to run on the tides, not the clock.\n\n"
            "Kim Ota: You can hear the sea in that story.\n\n"
            "Ann Lee: You can, it was there every day, and the crews still talk about it.\n\n"
            "Kim Ota: Why did the timetable never change?\n\n"
            "Ann Lee: The money, mostly, and the winter storms that stopped the builders.\n\n"
            "Kim Ota: And when does the new ferry run?\n\nAnn Lee: From Monday, every hour."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["s1", "r1", "s2", "q1", "a1", "q2", "a2"]
        # A guest who opens by asking is answered: the host's words are no small talk.
        asked = "Ann Lee: Why?\n\nBo Chan: Because.\n\nAnn Lee: When?\n\nBo Chan: Now."
        reversed_roles = ic.parse(asked, id="x", interviewer="Bo Chan", interviewee="Ann Lee")
        assert [t.id for t in reversed_roles.turns()] == ["s1", "q1", "a1", "r1"]

    def test_an_introduction_that_checks_itself_is_no_exchange(self):
        """'I'm sitting down with Ann Lee. Did I pronounce that right?' / 'Yes, perfect.', and
        the host goes on: the introduction; a guest who goes on answers it."""
        checked = (
            "Kim Ota: I'm sitting down with Ann Lee. Did I pronounce that right?\n\n"
            "Ann Lee: Yes, perfect.\n\nKim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed.\n\n"
            "Kim Ota: And in summer?\n\n"
            "Ann Lee: They run on time, every hour, from the first boat to the last one."
        )
        iv = ic.parse(checked, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "q1", "a1", "q2", "a2"]
        introduced = checked.replace(
            "Ann Lee: Yes, perfect.\n\n",
            "Ann Lee: First, Bo.\n\nBo Chen: I'm Bo, and I run the harbour office.\n\n",
        )
        assert ic.parse(introduced, id="x").questions[0].text.startswith("I'm sitting down")

    def test_a_welcome_returned_in_a_few_words_is_no_exchange(self):
        """'Ann, welcome back to the show.' / 'Nice to see you all.' open the talk."""
        text = (
            "Kim Ota: Ann Lee, welcome back to the harbour show.\n\n"
            "Ann Lee: Yeah, it's nice to see you all here.\n\n"
            "Kim Ota: Why do the ferries run late?\n\nAnn Lee: The tides, mostly.\n\n"
            "Kim Ota: And in summer?\n\nAnn Lee: They run on time."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "q1", "a1", "q2", "a2"]

    def test_asking_after_the_guests_well_being_is_a_greeting(self):
        """'Adam, how are you?' / 'Good!' and 'How you doing, Bo?' / 'Doing good!' ask nothing."""
        text = (
            "Kim Ota: Adam, how are you?\n\nAdam Roe: Good! How are you?\n\n"
            "Kim Ota: How you doing, Bo?\n\nBo Chen: Doing good!\n\n"
            "Kim Ota: So why do the ferries run late?\n\nAdam Roe: The tides, mostly.\n\n"
            "Bo Chen: And the winter timetable.\n\n"
            "Kim Ota: How did you find out?\n\nBo Chen: We asked the crews."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == [
            "r1", "s1", "r2", "s2", "q1", "a1", "a1b", "q2", "a2"
        ]  # fmt: skip

    def test_a_greeting_returned_with_thanks_for_being_invited_is_no_exchange(self):
        """'How's it going, Ann?' / 'Wonderful. Thanks so much for inviting me here. How have
        you been?' (twelve words): the guest's thanks return the greeting; no exchange."""
        text = (
            "Jo Park: Welcome to the show. With me today is Ann Lee. How's it going, Ann?\n\n"
            "Ann Lee: Wonderful. Thanks so much for inviting me here. How have you been?\n\n"
            "Jo Park: I'm doing great. And also with me is Bo Chen. How's it going, Bo?\n\n"
            "Bo Chen: Very well. I'm delighted to be here, Jo. A little bit nervous, but fine.\n\n"
            "Jo Park: So tell us, why ferries? What drew you to them?\n\n"
            "Ann Lee: I grew up on one, on the river, and never really left it.\n\n"
            "Jo Park: And now?\n\nBo Chen: Now we build them, for the river and for the sea."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "r2", "s2", "q1", "a1", "q2", "a2"]

    def test_an_opening_of_thanks_and_compliments_is_no_question(self):
        """A host's thanks for coming, then a compliment, each asking nothing, before the host's
        request: courtesies (remarks), and the first question is the request."""
        reply = " ".join(["I have been lucky with the harbour and the people on it."] * 4)
        text = (
            "Jo Park: First I want to say, Ann, thank you so much for taking the time today.\n\n"
            "Ann Lee: My pleasure.\n\n"
            "Jo Park: It's a great pleasure to talk to someone who built so many ferries.\n\n"
            f"Ann Lee: {reply}\n\n"
            "Jo Park: So could you introduce yourself to the listeners?\n\n"
            "Ann Lee: I build ferries, for the river and for the sea.\n\n"
            "Jo Park: Why ferries?\n\nAnn Lee: I grew up on one."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "r2", "s2", "q1", "a1", "q2", "a2"]

    def test_closing_thanks_and_compliments_are_no_questions(self):
        """A host's last turns that only thank and compliment, whatever the guest says back, close."""
        reply = " ".join(["It was a real pleasure to talk about the ferries with you."] * 3)
        text = (
            "Jo Park: Why ferries?\n\nAnn Lee: I grew up on one, on the river.\n\n"
            "Jo Park: What will you build next?\n\nAnn Lee: A ferry for the sea.\n\n"
            "Jo Park: All that remains is to say thank you again, Ann, for being on the show.\n\n"
            f"Ann Lee: {reply}\n\n"
            "Jo Park: Well, thank you for saying so. One of the best guests so far.\n\n"
            "Ann Lee: Thanks, Jo. Bye for now, everyone."
        )
        iv = ic.parse(text, id="x")
        assert len(iv) == 2
        assert [turn.id[0] for turn in iv.turns()] == ["q", "a", "q", "a", "r", "s", "r", "s"]

    def test_a_greeting_then_thanks_before_a_plain_question_label_are_courtesies(self):
        """'Good evening, Mayor.' - 'Good evening.', then thanks for coming answered at length,
        then the same interviewer asking under a plain 'QUESTION:' label: the first question is
        that one (the greeting and the thanks are the opening's courtesies)."""
        reply = " ".join(["It has been a busy year for the ferries and the people on them."] * 3)
        text = (
            "JO PARK: Good evening, Mayor.\n\nTHE MAYOR: Good evening.\n\n"
            "JO PARK: Thank you for coming to the studio in such a busy week for the city.\n\n"
            f"THE MAYOR: {reply}\n\n"
            "QUESTION: Why do the ferries run late this winter?\n\n"
            "THE MAYOR: The tides, mostly, and the two oldest boats.\n\n"
            "QUESTION: When will the new boats come?\n\nTHE MAYOR: Next spring."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "Why do the ferries run late this winter?"
        assert [t.id for t in iv.turns()] == ["r1", "s1", "r2", "s2", "q1", "a1", "q2", "a2"]

    def test_a_single_opening_thanks_stays_the_first_exchange(self):
        """'Thank you for coming.' - 'Thank you.' once, as a formal interview opens: counted."""
        text = (
            "Jo Park: Minister, thank you for coming today.\n\nAnn Lee: Thank you.\n\n"
            "Jo Park: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the old engines on the two oldest boats.\n\n"
            "Jo Park: When will the new boats come?\n\n"
            "Ann Lee: Next spring, if the yard keeps to its plan for the hulls."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "Minister, thank you for coming today."

    def test_a_greeting_the_guest_answers_at_length_unasked_is_the_opening(self):
        """'Hello, Bo.' answered by a greeting and the matter of the day, a comment and its reply,
        then 'So let's begin.': nothing is asked yet; the first question is the one that asks."""
        text = (
            "Ann Lee: Hello, Bo.\n\n"
            "Bo Chen: Hi, Ann. Today we talk about the two ferries that broke down last winter, "
            "what went wrong with their engines, and what the yard changed so that it does not "
            "happen again this year.\n\n"
            "Ann Lee: Right. Spoiler: the engines were fine.\n\n"
            "Bo Chen: Yes, the fuel was the trouble.\n\n"
            "Ann Lee: OK. So let's begin.\n\n"
            "Ann Lee: The first one was the river ferry, right?\n\n"
            "Bo Chen: Yes. It stopped in the middle of the river, in the fog.\n\n"
            "Ann Lee: And the second?\n\n"
            "Bo Chen: The sea ferry, a week later, at the pier."
        )
        iv = ic.parse(text, id="x")
        assert len(iv) == 2
        assert iv.questions[0].text == "The first one was the river ferry, right?"

    def test_a_talk_introduced_to_the_audience_is_no_exchange(self):
        """A host's welcome that speaks of the guest to the audience, then the guest's talk and
        the host's thanks: the questions begin with the host's first turn that asks."""
        talk = " ".join(["The ferries on the river carry a thousand people a day."] * 5)
        text = (
            "Jo Park: Hello, everyone, and welcome back. Ann Lee will tell us all about the "
            "ferries on the river. Let's see the talk.\n\n"
            f"Ann Lee: {talk} Thank you.\n\n"
            "Jo Park: Thank you, Ann. That was lovely.\n\n"
            "Ann Lee: Thanks so much.\n\n"
            "Jo Park: How old is the oldest ferry?\n\n"
            "Ann Lee: Forty years, and it still runs every morning.\n\n"
            "Jo Park: Who built it?\n\nAnn Lee: A yard up the river."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "r2", "s2", "q1", "a1", "q2", "a2"]

    def test_a_welcome_that_asks_the_guest_to_tell_their_story_stays_an_exchange(self):
        """'Good evening, all. ... Ann, tell us how it all began.' asks the guest: the first
        exchange."""
        text = (
            "Jo Park: Good evening, all. On the show tonight is the boat builder Ann Lee. "
            "Ann, tell us how it all began.\n\n"
            "Ann Lee: I build ferries, for the river and for the sea, and I have done so for "
            "thirty years at the yard up the river, with my brother.\n\n"
            "Jo Park: Thanks. And how old is the oldest ferry?\n\n"
            "Ann Lee: Forty years."
        )
        iv = ic.parse(text, id="x")
        assert len(iv) == 2
        assert iv.questions[0].text.startswith("Good evening, all")

    def test_small_talk_brushed_aside_after_the_greetings_is_no_exchange(self):
        """Once greeted, the host's 'You must be a bit nervous, right?' drawing only 'A little
        bit.' before the host goes on is small talk: the first question comes after it."""
        text = (
            "Jo Park: Welcome to the show, Ann. How are you?\n\n"
            "Ann Lee: Good, thanks. How are you?\n\n"
            "Jo Park: Great. You must be a bit nervous, right? It is your first time on a show.\n\n"
            "Ann Lee: A little bit.\n\n"
            "Jo Park: So tell us, why ferries? What drew you to them?\n\n"
            "Ann Lee: I grew up on one, on the river, and never really left it.\n\n"
            "Jo Park: And now?\n\nAnn Lee: Now I build them, for the river and for the sea."
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "r2", "s2", "q1", "a1", "q2", "a2"]
        assert iv.questions[0].text == "So tell us, why ferries? What drew you to them?"

    def test_asking_after_well_being_by_name_without_a_comma_is_a_greeting(self):
        """'Bo how are you?' / 'OK. How are you?' greets as 'Bo, how are you?' does; the small
        talk after it is the opening too, and the first question is the first that asks."""
        text = (
            "Kim Ota: Ann, Bo, welcome. How are you doing?\n\nAnn Lee: We are doing great.\n\n"
            "Kim Ota: I am fine, thanks. Bo how are you?\n\nBo Chen: OK. How are you?\n\n"
            "Kim Ota: Good, thanks. It is great to have you both here on the day the ferry sails.\n\n"
            "Ann Lee: We have waited a long time for it, and the whole port is out.\n\n"
            "Kim Ota: Why did it take so long?\n\nBo Chen: The money, mostly, and the storms.\n\n"
            "Kim Ota: And when does it run?\n\nAnn Lee: From Monday, every hour."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "Why did it take so long?"
        assert len(iv) == 2

    def test_banter_in_the_hosts_opening_that_the_guest_quips_back_to_is_no_exchange(self):
        """Two hosts open the show with a joke about the guest, who only quips back ('My letter
        was only a joke.'): the opening; the first question is the first that asks."""
        text = (
            "Kim Ota: This is the harbour show. It is for people who love ferries.\n\n"
            "Bo Chen: And in a bombshell letter Ann Lee said that she sank the old ferry.\n\n"
            "Kim Ota: So normally when you sink a ferry you keep quiet about it and hope that "
            "nobody notices, but Ann went and wrote a letter to the paper about it.\n\n"
            "Ann Lee: My letter was only a joke, Kim.\n\n"
            "Kim Ota: Why do the ferries run late?\n\n"
            "Ann Lee: The tides, mostly, and the winter timetable that nobody has changed.\n\n"
            "Bo Chen: And in summer?\n\n"
            "Ann Lee: They run on time, every hour, from the first boat to the last one."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "Why do the ferries run late?"
        assert len(iv) == 2
        # An interviewer's first words, however long, answered in a word, open the interview.
        formal = text.split("Kim Ota: So normally", 1)[1]
        assert (
            ic.parse("Kim Ota: So normally" + formal, id="x")
            .questions[0]
            .text.startswith("So normally")
        )

    def test_an_introduction_followed_by_small_talk_is_the_opening(self):
        """'I'm Kim, joined by Ann Lee. We are here to talk about the new ferry.', the guest's
        reply, the host's 'I can imagine.' and the reply: the opening; then the first question."""

        def first_question(small_talk: str) -> str:
            text = (
                "Kim Ota: Hello, everybody. I'm Kim Ota, joined by Ann Lee of the port. So we are "
                "here to talk about the new ferry, your project of the last few years.\n\n"
                "Ann Lee: I hope this is the final time I discuss it, now that it sails.\n\n"
                f"Kim Ota: {small_talk}\n\n"
                "Ann Lee: It has been a long project, and it is good to have it off my desk.\n\n"
                "Kim Ota: So when did you first plan it?\n\n"
                "Ann Lee: In the winter of the big storms, when the old ferry broke down.\n\n"
                "Kim Ota: And who built it?\n\nAnn Lee: A yard up the coast."
            )
            return ic.parse(text, id="x").questions[0].text

        assert first_question("That must be a common feeling on the ferries.").startswith("So when")
        # A host who goes on by asking was prompting: the introduction is the first question.
        assert first_question("Why is that?").startswith("Hello, everybody.")

    def test_an_introduction_greeted_back_is_no_exchange(self):
        """'And our guest, Ann Lee.' / 'Hello.': the guest greets the introduction; the first question follows."""
        text = (
            "Kim Ota: Welcome to the harbour show. I'm Kim Ota.\n\n"
            "Kim Ota: And our guest today is Ann Lee from the port.\n\nAnn Lee: Hello.\n\n"
            "Kim Ota: Ann, why do the ferries run late?\n\nAnn Lee: The tides.\n\n"
            "Kim Ota: And in summer?\n\nAnn Lee: They run on time."
        )
        iv = ic.parse(text, id="x", interviewer="Kim Ota", interviewee="Ann Lee")
        assert [t.id for t in iv.turns()] == ["r1", "r2", "s1", "q1", "a1", "q2", "a2"]
        assert iv.questions[0].text == "Ann, why do the ferries run late?"

    def test_thanks_for_joining_after_the_questions_close_a_short_interview(self):
        """'Thank you for joining us.' - 'Thanks for having me.' after two questions is the close,
        not the end of an opening: both exchanges stay (it read as no exchange at all)."""
        text = (
            "Kim Ota: Why do the ferries run late?\n\nAnn Lee: The tides, mostly.\n\n"
            "Kim Ota: And in winter?\n\nAnn Lee: The timetable.\n\n"
            "Kim Ota: Ann, thank you for joining us.\n\nAnn Lee: Thanks for having me."
        )
        iv = ic.parse(text, id="x")
        assert [e.question.text for e in iv] == ["Why do the ferries run late?", "And in winter?"]

    def test_a_teaser_before_the_welcome_is_the_shows_opening(self):
        """A teaser in which the guest already speaks, then the host's welcome and the guest's
        thanks: all of it opens the show; the first question follows the thanks."""
        text = (
            "Kim Ota: Ever wondered why the ferries run late?\n\n"
            "Ann Lee: Because of the tides, mostly, and the winter timetable.\n\n"
            "Kim Ota: Ann, thank you for joining us today.\n\nAnn Lee: Thanks for having me.\n\n"
            "Kim Ota: So why do the ferries run late?\n\nAnn Lee: The tides.\n\n"
            "Kim Ota: And in summer?\n\nAnn Lee: They run on time."
        )
        iv = ic.parse(text, id="x", interviewer="Kim Ota", interviewee="Ann Lee")
        assert [t.id for t in iv.turns()] == ["r1", "s1", "r2", "s2", "q1", "a1", "q2", "a2"]
        assert iv.questions[0].text == "So why do the ferries run late?"

    def test_a_line_check_is_a_remark_before_the_question(self):
        """'Can you hear me?' (twice), the moderator's 'Go ahead.', then the question: the
        question is the one answered; the line checks are remarks."""
        text = (
            "MODERATOR: Our next question goes to Ann.\n\nQUESTION: Hello? Can you hear me?\n\n"
            "MODERATOR: Yes, go ahead.\n\nQUESTION: Can you hear me now?\n\n"
            "MODERATOR: Yes, please go ahead.\n\nQUESTION: Thank you. I wanted to ask about the "
            "harbour, the ferries, the new timetable and who will pay for all of it in the end?\n\n"
            "MS LEE: The port authority pays.\n\nQUESTION: One?\n\nQUESTION: Two?\n\n"
            "MS LEE: Both, then."
        )
        iv = ic.parse(text, id="x")
        assert [[t.id for t in e.questions] for e in iv] == [["q1"], ["q2"], ["q3"]]
        assert iv.questions[0].text.startswith("Thank you. I wanted to ask about the harbour")
        assert [len(e.answers) for e in iv] == [1, 0, 1]
        assert [r.text for r in iv.remarks if r.speaker.role == "interviewer"] == [
            "Hello? Can you hear me?",
            "Can you hear me now?",
        ]

    def test_a_moderator_who_reads_out_a_question_chairs(self):
        """Where questioners are labelled as such, the moderator's read-out question is a remark:
        the first question is the first a questioner asks."""
        text = (
            "MODERATOR: Thank you. Our first question was sent in: what will the harbour cost?\n\n"
            "MS LEE: The port authority pays.\n\nQUESTION: And who pays for the ferries?\n\n"
            "MS LEE: The city.\n\nQUESTION: When will they run?\n\nMS LEE: In May."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "And who pays for the ferries?"
        assert len(iv) == 2
        interview = ic.parse(
            "MODERATOR: What will the harbour cost?\n\nMS LEE: The port authority pays.\n\n"
            "MODERATOR: And the ferries?\n\nMS LEE: The city.",
            id="y",
        )
        assert len(interview) == 2  # with no questioner labelled, the moderator asks

    def test_a_moderator_who_passes_a_waiting_question_on_asks_nothing(self):
        """Between a question and its answer, the chair's "Dr. Lee?" passes the question on."""
        text = (
            "MR. HALE: Welcome. Dr. Lee will speak first.\n\nDR. LEE: Thank you. The harbour "
            "opens in May, and the ferries run in June.\n\nMR. HALE: Questions, please.\n\n"
            "Q: Who pays for the ferries?\n\nMR. HALE: Dr. Lee?\n\nDR. LEE: The city does.\n\n"
            "Q: And the harbour?\n\nDR. LEE: The port authority."
        )
        iv = ic.parse(text, id="x", moderators="MR. HALE")
        assert [e.question.text for e in iv] == ["Who pays for the ferries?", "And the harbour?"]
        assert "Dr. Lee?" in [r.text for r in iv.remarks]

    def test_hosts_who_confer_before_the_guest_answers_put_one_question(self):
        """One host asks another, who replies and turns to the guest: one multi-part question,
        answered once; the hosts' talk after the guest's last answer stays apart."""
        text = (
            "Ann Lee: Why did you start?\n\nGuest: For the rivers, which I loved as a child.\n\n"
            "Bo Chen: Ann, what would you have done?\n\n"
            "Ann Lee: I would have gone to sea. And you, what came next?\n\n"
            "Guest: The sea, and the fish in it, and the boats that catch them.\n\n"
            "Bo Chen: Ann, shall we stop here?\n\nAnn Lee: We shall."
        )
        iv = ic.parse(text, id="x", interviewer=["Ann Lee", "Bo Chen"], interviewee="Guest")
        assert [[t.id for t in e.turns] for e in iv] == [
            ["q1", "a1"],
            ["q2", "q2b", "a2"],
            ["q3"],
        ]
        assert [r.text for r in iv.remarks] == ["We shall."]

    def test_a_co_hosts_reaction_while_the_guest_answers_is_a_remark(self):
        """'She is a marvel.' from the host who did not ask, while the guest goes on at length,
        is a remark; the same words from the host who asked, or cut off mid-sentence, still ask."""

        def reading(reaction: str, by: str) -> list[list[str]]:
            text = (
                "Kim: Who inspires you in the trade?\n\nAnn: Rosa Marin, above all.\n\n"
                f"{by}: {reaction}\n\nAnn: She builds the boats, she teaches the builders, and she "
                "writes the manuals that every yard in the bay still uses today.\n\n"
                "Tess: And who taught you?\n\nAnn: My father, in his yard."
            )
            iv = ic.parse(text, id="x", interviewer=["Kim", "Tess"], interviewee="Ann")
            return [[t.id for t in e.turns] for e in iv]

        assert reading("She is a marvel.", "Tess") == [["q1", "a1", "a1b"], ["q2", "a2"]]
        assert len(reading("She is a marvel.", "Kim")) == 3
        assert len(reading("She is a marvel and", "Tess")) == 3

    def test_the_askers_own_reaction_while_the_guest_goes_on_is_a_remark(self):
        """The host's own word or two, or a few words before the guest carries on with 'And',
        while the guest answers, are a remark; a reply to the guest's own question still asks."""

        def reading(reaction: str, answer_ends: str, goes_on: str) -> list[list[str]]:
            text = (
                "Host: Why did you start?\n\n"
                f"Guest: It began with the rivers {answer_ends}\n\n"
                f"Host: {reaction}\n\n"
                f"Guest: {goes_on} we built the boats, taught the builders and wrote the manuals "
                "that every yard in the bay still uses today.\n\n"
                "Host: And who taught you?\n\nGuest: My father, in his yard."
            )
            iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
            return [[t.id for t in e.turns] for e in iv]

        assert reading("Go on.", "and the sea.", "Then") == [["q1", "a1", "a1b"], ["q2", "a2"]]
        assert reading("Oh, that is lovely.", "and the sea.", "And") == [
            ["q1", "a1", "a1b"],
            ["q2", "a2"],
        ]
        assert len(reading("Oh, that is lovely.", "and the sea.", "Then")) == 3
        assert len(reading("The sea.", "and what else?", "Then")) == 3

    def test_a_host_who_does_not_know_the_answer_to_a_guests_quiz_is_no_new_question(self):
        """A guest who asks the host while answering ('would that be a valid ticket?') and, told
        'I have no idea, Ann.', gives the answer: one exchange; a host who answers asks anew."""

        def exchanges(reply: str) -> list[list[str]]:
            text = (
                "Kim Ota: Why are the ferry rules so hard to write down?\n\n"
                "Ann Lee: Because of all the odd cases. If I gave you a ticket printed with no "
                "date at all and you tried to board the first ferry, would that be a valid "
                "ticket?\n\n"
                f"Kim Ota: {reply}\n\n"
                "Ann Lee: The answer is that it would not be valid, because a ticket with no date "
                "is read as a season ticket, and a season ticket needs a photo on it.\n\n"
                "Kim Ota: And in summer?\n\nAnn Lee: They run on time."
            )
            return [[t.id for t in e.turns] for e in ic.parse(text, id="x")]

        assert exchanges("I have no idea, Ann.") == [["q1", "a1", "a1b"], ["q2", "a2"]]
        assert len(exchanges("A valid one, surely.")) == 3

    def test_a_hosts_reaction_between_two_guests_answers_is_a_remark(self):
        """Two guests answer in turn; the host's 'Awesome.' between them, after which a guest who
        has already answered goes on, is a remark: one exchange, not two."""

        def exchanges(reaction: str) -> list[list[str]]:
            text = (
                "Kim Ota: How fast does the new ferry sync its charts?\n\n"
                "Ann Lee: In about two weeks, from the first harbour to the last one.\n\n"
                "Bo Chen: Two weeks.\n\n"
                "Ann Lee: By the time you have written down the passwords, it is done.\n\n"
                f"Kim Ota: {reaction}\n\n"
                "Bo Chen: We were up north doing some tests, and the harbour wifi was so slow that "
                "every chart took a night to arrive, which is why we made it faster.\n\n"
                "Kim Ota: And who built it?\n\nAnn Lee: A yard up the coast."
            )
            return [[t.id for t in e.turns] for e in ic.parse(text, id="x")]

        assert exchanges("Awesome.") == [["q1", "a1", "a1b", "a1c", "a1d"], ["q2", "a2"]]
        assert len(exchanges("Why did you test it up north?")) == 3

    def test_the_askers_reaction_before_an_assent_and_a_joining_word_is_a_remark(self):
        """A host's few words, after which the guest assents and carries on ('Yeah, so ...'), are
        a remark; a guest who answers them with a plain 'Yeah, that ...' does not carry on."""

        def reading(goes_on: str) -> list[list[str]]:
            text = (
                "Host: Why did you start?\n\nGuest: It began with the rivers and the sea.\n\n"
                "Host: Too late, I did it.\n\n"
                f"Guest: {goes_on} we built the boats, taught the builders and wrote the manuals "
                "that every yard in the bay still uses today.\n\n"
                "Host: And who taught you?\n\nGuest: My father, in his yard."
            )
            iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
            return [[t.id for t in e.turns] for e in iv]

        assert reading("Yeah, so") == [["q1", "a1", "a1b"], ["q2", "a2"]]
        assert reading("Right, and then") == [["q1", "a1", "a1b"], ["q2", "a2"]]
        assert len(reading("Yeah, that is why")) == 3

    def test_a_guests_i_see_while_the_host_goes_on_is_outside_the_exchange(self):
        """'I see.' from the guest after a host's words that ask nothing, before the same host goes
        on, is a statement and the host's turns one question; a 'Yes.' to them answers."""

        def reading(reply: str) -> list[list[str]]:
            text = (
                "Host: Why did you start?\n\nGuest: It began with the rivers and the sea.\n\n"
                "Host: Now I hear I need a new boat every year.\n\n"
                f"Guest: {reply}\n\n"
                "Host: And if I lose it, I lose the catch. What can be done?\n\n"
                "Guest: Keep a second boat in the yard."
            )
            iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
            return [[t.id for t in e.turns] for e in iv]

        assert reading("I see.") == [["q1", "a1"], ["q2", "q2b", "a2"]]
        assert reading("Mm-hm.") == [["q1", "a1"], ["q2", "q2b", "a2"]]
        assert reading("Yes.") == [["q1", "a1"], ["q2", "a2"], ["q3", "a3"]]

    def test_a_guests_agreement_with_a_hosts_comment_in_a_conversation_is_outside_the_exchange(
        self,
    ):
        """'Yeah, exactly.' to a host's long comment, before the same host goes on, is a statement
        where the guest carries the talk; consent ('Sure.') answers, and so does an agreement
        where the host speaks longer than the guest (an examination's statements)."""
        long_answer = (
            "It began with the rivers and the sea, and the boats my father built in the yard "
            "behind our house, where every neighbour came to watch the hulls take shape."
        )

        def reading(reply: str, answer: str = long_answer) -> list[list[str]]:
            text = (
                f"Host: Why did you start?\n\nGuest: {answer}\n\n"
                "Host: I always think a boat built at home carries something of the family with "
                "it, something no yard in the bay could ever give to the people who sail it.\n\n"
                f"Guest: {reply}\n\n"
                "Host: And who taught you?\n\n"
                f"Guest: {answer}"
            )
            iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
            return [[t.id for t in e.turns] for e in iv]

        assert reading("Yeah, exactly.") == [["q1", "a1"], ["q2", "q2b", "a2"]]
        assert reading("Yes, it very much does.") == [["q1", "a1"], ["q2", "q2b", "a2"]]
        assert len(reading("Sure.")) == 3
        assert len(reading("Yeah, exactly.", "On the rivers.")) == 3

    def test_a_guests_assent_while_a_host_tells_in_a_conversation_is_outside_the_exchange(self):
        """Where the hosts seldom end a turn on a question, a guest's 'Right.' to a host's telling,
        before the host goes on, is a statement; a yes answers, and where the host asks most
        turns (an interview), a statement put to the guest is a question of its own."""

        def reading(reply: str, opening: str = "after the storm took the old one.") -> list[int]:
            text = (
                f"Host: So you started building boats in the yard behind your house, {opening}\n\n"
                "Guest: That is how it began. My father had the tools, and the neighbours came to "
                "help with the hull every weekend that summer.\n\n"
                "Host: The first boat you built still sails on the bay every morning, I hear.\n\n"
                f"Guest: {reply}\n\n"
                "Host: And the yard has grown into a business that employs half the village, "
                "which nobody expected back then.\n\n"
                "Guest: Nobody did. We took on the first apprentice in the second year, and the "
                "orders never stopped after that.\n\n"
                "Host: What comes next for the yard?\n\n"
                "Guest: A bigger shed, and a slipway for the larger hulls."
            )
            iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
            return [len(exchange.questions) for exchange in iv]

        assert reading("Right.") == [1, 2, 1]
        assert reading("Yeah, absolutely.") == [1, 2, 1]
        assert reading("Yes.") == [1, 1, 1, 1]
        assert reading("That's right.") == [1, 1, 1, 1]
        assert reading("Right.", "is that so?") == [1, 1, 1, 1]

    def test_a_guests_words_cut_short_by_the_host_in_a_conversation_are_outside_the_exchange(
        self,
    ):
        """Where the hosts seldom end a turn on a question, a guest's few words cut off mid-sentence
        ('because—'), before the host goes on, are a statement; words that end a sentence, or
        trail off a whole one, answer."""

        def reading(reply: str) -> list[int]:
            text = (
                "Host: The old ferry ran for forty years on the same engine, which I find "
                "remarkable.\n\n"
                "Guest: It did, and the crew kept it going with parts they made in the yard every "
                "winter.\n\n"
                "Host: The new one has two engines and still runs late every other morning, I "
                "hear.\n\n"
                f"Guest: {reply}\n\n"
                "Host: Because the harbour master changed the timetable without asking the crew, "
                "so I am told.\n\n"
                "Guest: That was part of it, but the tides matter more than any timetable on that "
                "crossing.\n\n"
                "Host: What would you change first?\n\nGuest: The timetable, and then the pier."
            )
            iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
            return [len(exchange.questions) for exchange in iv]

        assert reading("It runs late because\u2014") == [1, 2, 1]
        assert reading("It runs late because...") == [1, 2, 1]
        assert reading("It runs late because of the tides.") == [1, 1, 1, 1]
        assert reading("It was the old pier...") == [1, 1, 1, 1]

    def test_a_guest_who_asks_the_host_back_in_a_conversation(self):
        """Where the hosts seldom end a turn on a question, a guest's few words that ask the host
        back ('Do you remember the old fares?'), the host's telling in reply and the guest's answer
        after it are one exchange; where the host asks most turns, the reply is a question."""

        def reading(opening: str = "which I find remarkable.") -> list[int]:
            text = (
                f"Host: The old ferry ran for forty years on the same engine, {opening}\n\n"
                "Guest: It did, and the crew kept it going with parts they made in the yard every "
                "winter.\n\n"
                "Host: It all feels like one long clean-up of the harbour, from the old pier to "
                "the new timetable.\n\n"
                "Guest: Do you remember the old fares?\n\n"
                "Host: I remember paying a shilling for the crossing as a child, and the captain "
                "counting the coins by hand at the gate.\n\n"
                "Guest: That is the clean-up I mean. The fares went first, then the timetable, "
                "then the pier, and each change took ten years.\n\n"
                "Host: What would you change next?\n\nGuest: The pier, before the storms."
            )
            iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
            return [len(exchange.questions) for exchange in iv]

        assert reading() == [1, 2, 1]
        assert reading("is that right?") == [1, 1, 1, 1]

    def test_a_host_and_a_guest_who_talk_over_each_other_make_no_question(self):
        """A host's few words that break off, and the guest's few words that break off after
        them, are crosstalk: the host's words a remark; a guest who finishes a sentence replies."""

        def reading(reply: str) -> list[list[str]]:
            text = (
                "Lea: Why did you start?\n\nAnn: It began with the rivers, and the boats on them.\n\n"
                f"Lea: Not the boats that\u2014\n\nAnn: {reply}\n\n"
                "Lea: And who taught you?\n\nAnn: My father, in his yard."
            )
            iv = ic.parse(text, id="x", interviewer="Lea", interviewee="Ann")
            return [[t.id for t in e.turns] for e in iv]

        assert reading("The ones my father\u2014") == [["q1", "a1", "a1b"], ["q2", "a2"]]
        assert len(reading("The ones my father built.")) == 3

    def test_an_opening_of_greetings_from_several_hosts_is_no_exchange(self):
        """Host turns that ask nothing before the first question, answered in a few words, are
        greetings: remarks and statements; one host's single greeting is left as it was read."""
        opening = (
            "Ann Lee: Welcome, Sam.\n\nSam: Hi.\n\nBo Chen: Hi, Sam.\n\n"
            "Ann Lee: Today we look back on your years at sea.\n\nSam: I am not old yet.\n\n"
        )
        rest = (
            "Ann Lee: Where did you start?\n\nSam: On my father's boat, in the bay.\n\n"
            "Bo Chen: And then?\n\nSam: The navy, for ten years."
        )
        hosts = ["Ann Lee", "Bo Chen"]
        iv = ic.parse(opening + rest, id="x", interviewer=hosts, interviewee="Sam")
        assert [e.question.text for e in iv] == ["Where did you start?", "And then?"]
        assert [r.text for r in iv.remarks][:3] == [
            "Welcome, Sam.",
            "Hi, Sam.",
            "Today we look back on your years at sea.",
        ]
        assert [s.text for s in iv.statements] == ["Hi.", "I am not old yet."]
        single = "Ann Lee: Good morning, Sam.\n\nSam: Good morning.\n\n" + rest
        assert len(ic.parse(single, id="y", interviewer=hosts, interviewee="Sam")) == 3

    def test_a_short_reply_that_changes_the_subject_is_a_question(self):
        """A short turn that is not only acknowledgement, or after which another answers, still asks."""
        text = (
            "Host: Why did you start?\n\nGuest: It began with the rivers.\n\n"
            "Host: That is not true.\n\nGuest: It is."
        )
        iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
        assert len(iv) == 2

    def test_a_host_who_only_talks_along_in_round_table_captions_asks_nothing(self):
        """Captions of co-hosts talking at like length: a host's turn that asks nothing is a remark."""
        cues = [
            ("Jo Park", ("So the ferries have been running for a hundred years now, and I wanted "
             "to start with the harbour itself. Ann, what was it like when you first came here?")),
            ("Ann Lee", ("It was quiet, very quiet. There were two boats and one pier, and the "
             "whole town came down to watch them leave in the morning.")),
            ("Jo Park", ("Yeah, absolutely. I remember that too, the whole town standing on the "
             "pier in the cold, waving at the boats as they went out past the light.")),
            ("Ann Lee", ("Right, and the boats were slow back then. It took an hour to cross, and "
             "longer when the wind came round from the east.")),
            ("Jo Park", ("And what about you, Bo, when did the new boats come in, and what changed "
             "for the crews that had to run them every day?")),
            ("Bo Chen", ("The new boats came in the spring of the year I started. They were "
             "faster, but the crews had to learn the engines all over again.")),
            ("Jo Park", ("That is a great story. I think the engines were the part that nobody "
             "on shore ever saw, and they changed everything for the town.")),
            ("Bo Chen", ("Exactly, and the engineers became the most important people on the "
             "boat, more than the captain, which nobody had expected at all.")),
            ("Jo Park", ("So where do you think the ferries will go from here, now that the "
             "bridge is finally going to be built across the bay?")),
            ("Ann Lee", ("I think they will carry people who want the crossing for its own sake, "
             "the view and the gulls, and not only people who need it.")),
        ]  # fmt: skip
        text = "WEBVTT\n\n" + "".join(
            f"00:{n:02d}:00.000 --> 00:{n:02d}:30.000\n<v {name}>{words}\n\n"
            for n, (name, words) in enumerate(cues)
        )
        iv = ic.parse(text, id="x")
        assert [exchange.question.text[:22] for exchange in iv] == [
            "So the ferries have be",
            "And what about you, Bo",
            "So where do you think ",
        ]
        assert [turn.kind for turn in iv.turns()][:4] == ["question", "answer", "remark", "answer"]
        assert [[answer.text[:12] for answer in exchange.answers] for exchange in iv] == [
            ["It was quiet", "Right, and t"],
            ["The new boat", "Exactly, and"],
            ["I think they"],
        ]
        check_fidelity(iv)


class TestExplain:
    """ic.explain() says how a text was read."""

    def test_reading_of_a_briefing(self):
        """Layout, where the dialogue starts, each label with its role and counts, set-aside."""
        text = "---\ntitle: A briefing\n---\n\nRoom 3\n\nQ\u00a0\u00a0 Why?\n\nMR. KIM:\u00a0 Because.\n\n* * *"
        reading = ic.explain(text)
        assert (reading.layout, reading.header_line, reading.title) == ("labelled", 7, "A briefing")
        assert [(r.label, r.role, r.questions, r.answers) for r in reading.labels] == [
            ("Q", "interviewer", 1, 0),
            ("MR. KIM", "interviewee", 0, 1),
        ]
        assert [s.kind for s in reading.set_aside] == ["front-matter", "rule"]
        assert reading.warnings == ()

    def test_explain_reports_instead_of_raising(self):
        """A reading with no exchange is explained, with the reason as a warning."""
        reading = ic.explain("Ann Lee: Hello.\n\nAnn Lee: Goodbye.")
        assert reading.exchanges == 0
        assert reading.warnings[0].startswith("no exchange found")

    def test_markers_and_what_each_was_taken_for(self):
        """Every candidate marker, with the side of its turn or why it opens none."""
        text = (
            "Paris: a dateline.\n\nQ: Why?\n\nJane Roe: Because.\n\nShipping: it is one.\n\nQ: And?"
        )
        reading = ic.explain(text)
        assert [
            (m.line, m.column, m.marker, m.label, m.taken.split(":")[0]) for m in reading.markers
        ] == [
            (1, 1, "Paris: ", "Paris", "header"),
            (3, 1, "Q: ", "Q", "question"),
            (5, 1, "Jane Roe: ", "Jane Roe", "answer"),
            (7, 1, "Shipping: ", "Shipping", "prose"),
            (9, 1, "Q: ", "Q", "question"),
        ]
        assert (reading.lines, reading.blocks, reading.error) == (5, 5, None)

    @pytest.mark.parametrize(
        ("text", "error", "markers"),
        [
            ("", "the text is empty", []),
            ("Just prose, no turns.\n\nMore prose.", "no question/answer turns found", []),
            (
                "Q: Why?\n\n– Because.\n\nQ: When?\n\n– Now.",
                "the text mixes dash turns",
                [
                    (1, "mixed layouts"),
                    (3, "mixed layouts"),
                    (5, "mixed layouts"),
                    (7, "mixed layouts"),
                ],
            ),
            (
                "Q: Why?\n\nA:\n\n",
                "the label 'A' has no words after it",
                [(1, "turn"), (3, "turn")],
            ),
            (
                "Q: Why?\n\n" + "".join(f"A: Part {n}.\n\n" for n in range(1, 654)),
                "more than",
                [(1, "question"), *((n, "answer") for n in range(3, 2 * 653 + 3, 2))],
            ),
        ],
    )
    def test_a_text_that_does_not_read_is_explained(self, text, error, markers):
        """explain() never raises for a text: the error, with what the reader saw."""
        with pytest.raises(ic.TranscriptError):
            ic.parse(text, id="x")
        reading = ic.explain(text)
        assert error in (reading.error or "")
        assert (reading.exchanges, reading.labels) == (0, ())
        assert [(m.line, m.taken.split(":")[0]) for m in reading.markers] == markers


class _ScannedText(str):
    """A text that counts the characters its ``count`` and ``rfind`` scan (the line numbers' work)."""

    __slots__ = ()
    scanned = 0  # on the class: one count across the texts of a test

    def count(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        _ScannedText.scanned += max(0, end - start)
        return str.count(self, sub, start, end)

    def rfind(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        _ScannedText.scanned += max(0, end - start)
        return str.rfind(self, sub, start, end)


def _explain_work(text: str) -> tuple[int, int]:
    """The function calls (Python's and C's) that explain() makes on ``text``, and the characters it scans."""
    import sys

    calls = 0

    def count(_frame, event, _argument):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    _ScannedText.scanned = 0
    sys.setprofile(count)
    try:
        ic.explain(_ScannedText(text))
    finally:
        sys.setprofile(None)
    return calls, _ScannedText.scanned


class TestExplainIsLinear:
    """explain() (and so ``inspect``) does work in proportion to the text, like parsing it.

    It was quadratic: 10,000 exchanges took 12.7 s, 40,000 took 210 s. Work is
    counted, not timed: 4 times the exchanges must take about 4 times the
    calls and scans (at most 6 times), where the quadratic code took 13 to 16.
    """

    @pytest.mark.parametrize(
        "answer",
        [
            "A: Answer {n}.",  # reads: every turn's label is looked up
            "– Answer {n}.",  # does not read (mixed layouts): every marker is explained
        ],
    )
    def test_four_times_the_exchanges_take_about_four_times_the_work(self, answer):
        """The calls and the characters scanned grow linearly with the number of exchanges."""

        def text(exchanges: int) -> str:
            return "\n\n".join(
                f"Q: Question {n}?\n\n{answer.format(n=n)}" for n in range(exchanges)
            )

        ic.explain(text(3))  # the imports and lazy patterns, before counting
        small, large = _explain_work(text(250)), _explain_work(text(1000))
        assert large[0] < 6 * small[0], (small, large)
        assert large[1] < 6 * small[1], (small, large)


class TestSidecars:
    """Per-file metadata beside each transcript."""

    def test_folder_with_sidecars(self, tmp_path):
        """Each file keeps its own date and interviewee; the folder's options are defaults."""
        (tmp_path / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        (tmp_path / "one.toml").write_text(
            'published = 2020-01-02\ninterviewee = "Ann Lee"\n', encoding="utf-8"
        )
        (tmp_path / "two.txt").write_text("Q: When?\n\nA: Now.", encoding="utf-8")
        corpus = ic.Corpus.from_directory(tmp_path, outlet="Radio Sol", interviewee="Bo Chan")
        assert [(iv.id, iv.interviewee.name, iv.outlet) for iv in corpus] == [
            ("one", "Ann Lee", "Radio Sol"),
            ("two", "Bo Chan", "Radio Sol"),
        ]
        assert corpus["one"].published == datetime.date(2020, 1, 2)

    def test_argument_wins_over_sidecar(self, tmp_path):
        """What read() is given wins over the sidecar."""
        (tmp_path / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        (tmp_path / "one.toml").write_text('title = "From the sidecar"\n', encoding="utf-8")
        assert ic.read(tmp_path / "one.txt").title == "From the sidecar"
        assert ic.read(tmp_path / "one.txt", title="Given").title == "Given"

    @pytest.mark.parametrize(
        ("content", "words"),
        [
            ("title = ", "not valid TOML"),
            ("speaker = 'x'", "unknown key 'speaker'"),
            ("title = 5", "wrong type"),
        ],
    )
    def test_bad_sidecar(self, tmp_path, content, words):
        """A bad sidecar is a ReadError saying what is wrong; in a folder, a failure."""
        (tmp_path / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        (tmp_path / "one.toml").write_text(content, encoding="utf-8")
        with pytest.raises(ic.ReadError, match=words):
            ic.read(tmp_path / "one.txt")
        _, failures = ic.Corpus.from_directory(tmp_path, errors="collect")
        assert len(failures) == 1
        assert words in failures[0].reason

    @pytest.mark.parametrize(
        ("line", "words"),
        [
            *BAD_SIDECAR_VALUES,
            (
                "date = '2024-13-01'",
                "the sidecar's 'date': '2024-13-01' is not a date: write YYYY-MM-DD",
            ),
            ("moderators = ['Ann', ' ']", "the sidecar's 'moderators': a name cannot be empty"),
        ],
    )
    def test_a_bad_sidecar_value_fails_its_file(self, tmp_path, line, words):
        """A value parse() refuses is a ReadError of the sidecar, naming the key; in a folder, that
        file's failure (it aborted the folder with an ArgumentValueError, file not named)."""
        (tmp_path / "good.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        (tmp_path / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        (tmp_path / "one.toml").write_text(line + "\n", encoding="utf-8")
        with pytest.raises(ic.ReadError) as error:
            ic.read(tmp_path / "one.txt")
        assert (error.value.path, words in error.value.reason) == (str(tmp_path / "one.toml"), True)
        corpus, failures = ic.Corpus.from_directory(tmp_path, errors="collect")
        assert corpus.ids == ("good",)
        assert [(failure.path, failure.reason) for failure in failures] == [
            (str(tmp_path / "one.txt"), f"{tmp_path / 'one.toml'}: {error.value.reason}")
        ]

    def test_deep_nesting_is_a_read_error(self, tmp_path):
        """100,000 nested lists in a sidecar are a ReadError naming it, not a RecursionError."""
        (tmp_path / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        (tmp_path / "one.toml").write_text(
            "title = " + "[" * 100_000 + "]" * 100_000, encoding="utf-8"
        )
        with pytest.raises(ic.ReadError, match="nested too deeply") as error:
            ic.read(tmp_path / "one.txt")
        assert error.value.path == str(tmp_path / "one.toml")

    def test_a_fifo_sidecar_is_refused_not_waited_on(self, tmp_path):
        """A FIFO named like a sidecar is a ReadError at once (reading it waited for a writer)."""
        (tmp_path / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        os.mkfifo(tmp_path / "one.toml")
        result = subprocess.run(
            [sys.executable, "-m", "interview_corpus", "--file", str(tmp_path / "one.txt"), "info"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        special = "not a regular file (a FIFO, socket or device): save the sidecar to a file"
        assert (result.returncode, result.stderr) == (
            4,
            f"interview-corpus: {tmp_path / 'one.toml'}: {special}\n",
        )

    def test_a_sidecar_over_the_size_limit_is_refused(self, tmp_path):
        """A sidecar over 16 MiB is refused before it is read, saying the limit."""
        (tmp_path / "one.txt").write_text("Q: Why?\n\nA: Because.", encoding="utf-8")
        with (tmp_path / "one.toml").open("wb") as file:
            file.truncate(16 * 2**20 + 1)
        with pytest.raises(ic.ReadError) as error:
            ic.read(tmp_path / "one.txt")
        assert error.value.reason == (
            "larger than 16 MiB, the most a sidecar may hold: keep only the metadata in it"
        )


def test_one_person_across_a_corpus():
    """A spelling declared an alias in one interview finds the person in the others."""
    lavrov = ic.Speaker("Sergey Lavrov", "interviewee", ["Sergei Lavrov"])
    one = ic.parse("Q: Why?\n\nSergey Lavrov: Because.", id="one", interviewee=lavrov)
    two = ic.parse("Q: When?\n\nSergei Lavrov: Now.", id="two")
    corpus = ic.Corpus([one, two])
    assert [iv.id for iv in corpus.by_speaker("Sergey Lavrov")] == ["one", "two"]
    assert set(corpus.names_of("Sergei Lavrov")) == {"Sergey Lavrov", "Sergei Lavrov"}


class TestWhereTheDialogueStarts:
    """Where the dialogue starts, and the header's lines that are no turns (issue 22)."""

    @pytest.mark.parametrize(
        "metadata",
        [
            "Subjects: ferry timetables; the port budget;",
            (
                "Participants:\n\nModerator:\n\nJANE ROE\n\nPress Office\n\n"
                "Panelists:\n\nJOHN DOE\n\nDirector, Port Authority"
            ),
            (
                "ANN LEE: An Interview Conducted by Jo Park, Port History Project, 4 May 2013.\n\n"
                "INTERVIEWEE: Ann Lee\nINTERVIEWER: Jo Park\nDATE: 4 May 2013"
            ),
            (
                "Witnesses\n\nI: Ann Lee, Director, Port Authority.\n\n"
                "II: Bo Chen, Minister for Ports.\n\nWitnesses: Jo Park and Ann Lee."
            ),
        ],
    )
    def test_labels_that_list_who_took_part_are_header(self, metadata):
        """Above the dialogue, a byline and labels over lists of names or topics are no turns."""
        text = (
            f"Port briefing\n\n{metadata}\n\n"
            "Jo Park:\n\nWhen do the ferries run again?\n\n"
            "Ann Lee:\n\nOn Monday, on the winter timetable.\n\n"
            "Jo Park:\n\nAnd the night ferry?\n\nAnn Lee:\n\nFrom April, if the budget allows it."
        )
        iv = ic.parse(text, id="x")
        assert [turn.id for turn in iv.turns()] == ["q1", "a1", "q2", "a2"]
        assert iv.questions[0].text == "When do the ferries run again?"

    def test_a_greeting_under_a_full_label_later_given_as_initials_is_a_turn(self):
        """'Jo Park (JP): Welcome Ann' is Jo Park's first turn (later 'JP:'), not header metadata:
        the dialogue starts with it, and the greetings are the opening."""
        text = (
            "# Intro\n\nJo Park (JP): Welcome Ann\n\nAnn Lee (AL): Hi\n\nBo Chen (BC): Hi Ann\n\n"
            "JP: When do the ferries run again?\n\nAL: On Monday, on the winter timetable.\n\n"
            "BC: And the night ferry?\n\nAL: From April, if the budget allows it.\n\n"
            "JP: And the fares?\n\nAL: The same as last year."
        )
        iv = ic.parse(text, id="x")
        assert min(iv.turns(), key=lambda turn: turn.span.start).text == "Welcome Ann"
        assert iv.questions[0].text == "When do the ferries run again?"

    def test_a_scanned_hearing_in_mixed_case_record_labels(self):
        """'Mr. Ross.' labels, behind a scan's debris too; a form's field above is header."""
        text = (
            "RECORD NUMBER: 104-10001-10002\n"
            "AGENCY :\n"
            "AGENCY FILE NUMBER: 014724\n"
            "Document Information. Released in full in 2025.\n\n"
            "“The Chairman. The hearing is open.\n\n"
            "The Chair now recognizes the counsel, Mr. Ross.\n\n"
            "Mr. Ross. You read the file at that time, is that right?\n\n"
            "‘Mr. Lee. Yes, I read it at the ministry.\n\n"
            "12 Mr. Ross. How much of the file did you read?\n\n"
            "Mr. Lee. Only the opening part, line by line.\n\n"
            "The Chairman. The Chair will recognize Mr. Dodd.\n\n"
            "| Mr. Dodd. Who gave it to you?\n\n"
            "Mr. Lee. The head of the department.\n\n"
            "Mr. Dodd. When was that?\n\n"
            "Mr. Lee. In the spring of that year.\n\n"
            "The Chairman. Were you paid for reading it?\n\n"
            "Mr. Lee. No, sir, never.\n\n"
            "The Chairman. And did you keep a copy of the file?\n\n"
            "Mr. Lee. I did not keep anything, sir.\n"
        )
        iv = ic.parse(text, id="x")
        assert [(t.id, t.speaker.name) for t in iv.turns()][:5] == [
            ("r1", "The Chairman"),
            ("q1", "Mr. Ross"),
            ("a1", "Mr. Lee"),
            ("q2", "Mr. Ross"),
            ("a2", "Mr. Lee"),
        ]
        assert iv.answers[0].text == "Yes, I read it at the ministry."
        dodd = [t for t in iv.turns() if t.text == "Who gave it to you?"]
        assert [(t.kind, t.speaker.name) for t in dodd] == [("question", "Mr. Dodd")]

    def test_a_chair_who_recognizes_a_member_calls_on_them(self):
        """'... the Chair will recognize Mr. Roe.' ends a turn by calling on the next speaker."""
        text = "The Chairman. The Committee will come to order. The Chair will recognize Mr. Roe."
        turn = RawTurn("remark", Span(0, 13), [(14, len(text))], "The Chairman", keyword=False)
        assert calls_on(text, turn)
        plain = "The Chairman. The Committee will come to order. We have read the report."
        assert not calls_on(
            plain, RawTurn("remark", Span(0, 13), [(14, len(plain))], "x", keyword=False)
        )

    def test_a_capitals_label_before_words_that_hold_a_colon(self):
        """'CHAIR ROE.' opens a turn even when a colon stands further on its line."""
        text = (
            "Press conference\n\n"
            "CHAIR ROE.  Good afternoon.  I will begin with one message:  rates rise.\n\n"
            "MIA LANG.  Thank you.  Why now?\n\nCHAIR ROE.  Inflation is too high.\n\n"
            "MIA LANG.  And next month?\n\nCHAIR ROE.  We will see."
        )
        iv = ic.parse(text, id="x")
        assert [turn.id for turn in iv.turns()] == ["s1", "q1", "a1", "q2", "a2"]
        assert iv.statements[0].text.startswith("Good afternoon.")

    def test_wrapped_labelled_turns_above_a_list_are_turns(self):
        """Labelled turns wrapped by hand, above a hyphen list, are turns, not headlines."""
        text = (
            "**Q:** How do you start with a new tool in a big\norganization?\n\n"
            "**A:** Put the pain points in front of the\nleadership first.\n\n"
            "**Q:** And what is the cost of all the data we\nkeep?\n\n"
            "**A:** Sample it, and keep less of\nit.\n\n"
            "**Q:** Is there a model of how teams\nmature?\n\n"
            "**A:** Start small, with the languages\nthat instrument themselves.\n\n"
            "Links:\n\n- the notes\n  of the meeting\n\n"
            "Join us:\n\n- on the chat\n- at the calls"
        )
        iv = ic.parse(text, id="x")
        assert [turn.id for turn in iv.turns()] == ["q1", "a1", "q2", "a2", "q3", "a3"]

    def test_a_directive_between_turns_is_no_words(self):
        """A reStructuredText directive line above a turn is set aside, not the end of a question."""
        text = (
            "**Ms Roe**: Do you have your statement?\n\n.. rst-class:: indented\n\n"
            "**Ann Lee**: Yes.\n\n"
            "**Ms Roe**: Is it true, to the best of your knowledge?\n\n.. rst-class:: indented\n\n"
            "**Ann Lee**: It is, yes, every word of it, as I wrote it then.\n\n"
            "**Ms Roe**: Where did you work in those years, and for how long?\n\n"
            ".. rst-class:: indented\n\n"
            "**Ann Lee**: At the port office, reading every word of the contracts for ten years."
        )
        iv = ic.parse(text, id="x")
        assert [question.text for question in iv.questions][:2] == [
            "Do you have your statement?",
            "Is it true, to the best of your knowledge?",
        ]
        furniture = [s.text for s in iv.segments if s.kind == "furniture"]
        assert furniture == [".. rst-class:: indented"] * 3

    def test_an_underlined_section_title_between_turns_is_a_heading(self):
        """A title over a rule of '-', '~' or '^' between turns is a heading, not words of a turn."""
        text = (
            "**Ms Roe**: Shall we begin?\n\n**Ann Lee**: Yes, I am ready to begin now.\n\n"
            "The witness\n~~~~~~~~~~~\n\n"
            "**Ms Roe**: What is your name?\n\n**Ann Lee**: Ann Lee, of the port office."
        )
        iv = ic.parse(text, id="x")
        headings = [s.text for s in iv.segments if s.kind == "heading"]
        assert headings == ["The witness\n~~~~~~~~~~~"]
        assert [paragraph.text for paragraph in iv.answers[0].paragraphs] == [
            "Yes, I am ready to begin now."
        ]

    @pytest.mark.parametrize(
        "heading", ["Questioned by Ms Roe\n^^^^^^^^^^^^^^^^^^^^", "DIRECT EXAMINATION\nBY MS. ROE:"]
    )
    def test_questioning_starts_at_the_first_examination_heading(self, heading):
        """Above the first heading naming who questions, a sound check is no exchange."""
        text = (
            "Ms Roe: Good morning, sir, can you see and hear us?\n\n"
            "Sir Bo Chen: I can, thank you very much. Over to you.\n\n"
            "Ms Roe: Thank you, sir. The witness is Ann Lee.\n\n"
            f"{heading}\n\n"
            "Ms Roe: Please state your full name. What is it?\n\nAnn Lee: Ann Marie Lee, of the port.\n\n"
            "Ms Roe: Where did you work in those years, and for whom?\n\n"
            "Ann Lee: At the port office, for the harbour board, for ten years.\n\n"
            "Ms Roe: Did you sign the statement before you today?\n\n"
            "Ann Lee: I did, on the tenth of March, in front of my lawyer."
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text == "Please state your full name. What is it?"
        assert len(iv) == 3

    def test_counsel_who_opens_the_examination_by_name_asks_and_the_chair_chairs(self):
        """The chair opens the day and calls counsel; counsel greets the witness by name, 'A.'
        answers and 'Q.' goes on: counsel asks, the chair's words before are the hearing's."""
        text = (
            "THE CHAIR: Good morning. We hear the harbour master today, do we not, Ms Roe?\n\n"
            "MS ROE: We do, Chair. I call Ann Lee.\n\n"
            "THE CHAIR: Thank you. Good morning, Ms Lee. Would you like some water?\n\n"
            "THE WITNESS: No, thank you.\n\n"
            "THE CHAIR: Then, Ms Roe.\n\n"
            "MS ROE: Good morning, Ms Lee.\n\n"
            "A. Good morning.\n\n"
            "Q. What is your full name?\n\nA. Ann Marie Lee.\n\n"
            "Q. Where do you work?\n\nA. At the port office, for the harbour board."
        )
        iv = ic.parse(text, id="x")
        assert [e.question.text for e in iv] == [
            "Good morning, Ms Lee.",
            "What is your full name?",
            "Where do you work?",
        ]
        assert iv.questions[0].speaker.name == "MS ROE"
        assert [t.kind for t in iv.turns()][:5] == ["remark"] * 3 + ["answer", "remark"]

    def test_a_court_examination_under_q_and_a(self):
        """Under 'Q.' and 'A.', the court and counsel chair; a question objected to is put again."""
        text = (
            "APPEARANCES\nBY: ANN ROE\nBO CHEN\nBY: DAN WU\n\n"
            "THE COURT: Who is opening for the government?\n\nMR. CHEN: I am, your Honor.\n\n"
            "THE COURT: You may inquire.\n\nMS. ROE: Thank you, your Honor.\n\n"
            "A F T E R N O O N  S E S S I O N\n\n"
            "DIRECT EXAMINATION\nBY MS. ROE:\n\n"
            "Q. Good afternoon.\n\nA. Good afternoon.\n\n"
            "Q. Where do you work?\n\nA. At the port office.\n\n"
            "Q. Who told you to sign the papers?\n\n"
            "MR. WU: Objection.\n\nTHE COURT: Sustained. Rephrase.\n\n"
            "Q. Did anyone tell you to sign them?\n\nA. No one did.\n\n"
            "Q. When?\n\nA. In May.\n\nQ. Where?\n\nA. At the office.\n\n"
            "Q. With whom?\n\nA. Alone.\n\nQ. Why?\n\nA. It was my job.\n\n"
            "Q. And after that?\n\nA. I went home.\n\nQ. Alone again?\n\nA. Yes.\n\n"
            "THE COURT: We will break for lunch."
        )
        iv = ic.parse(text, id="x")
        assert [e.question.text for e in iv] == [
            "Good afternoon.",
            "Where do you work?",
            "Who told you to sign the papers?",
            "When?",
            "Where?",
            "With whom?",
            "Why?",
            "And after that?",
            "Alone again?",
        ]
        assert {s.name: s.role for s in iv.speakers if s.name.isupper()} == {
            "THE COURT": "moderator",
            "MR. CHEN": "moderator",
            "MS. ROE": "moderator",
            "MR. WU": "moderator",
        }
        assert [q.text for q in iv.exchange(3).follow_ups] == ["Did anyone tell you to sign them?"]

    @pytest.mark.parametrize(
        "closing",
        [
            "Shall we stop here? Many thanks, Pia.",
            "Shall we leave it there? See you on the ferry, Pia.",  # goodbye ('see you')
        ],
    )
    def test_closing_words_that_ask_and_thank_or_take_leave_are_a_remark(self, closing):
        """A last unanswered turn that asks, then thanks or says goodbye, closes the conversation."""
        text = (
            "Jo: Why did the ferry stop?\n\nPia: The engine failed in the storm last night.\n\n"
            "Jo: And when will it run again?\n\nPia: On Monday, on the winter timetable.\n\n"
            f"Jo: {closing}"
        )
        iv = ic.parse(text, id="x")
        assert (len(iv), [r.text for r in iv.remarks]) == (2, [closing])

    def test_reference_lines_after_the_dialogue_are_furniture(self):
        """'See: Index of Speeches' and 'URL:http://... Last update: ...' are the page's, not words."""
        text = (
            "Lee: Why did the ferry stop?\n\nRoe: The engine failed.\n\n"
            "Lee: When will it run again?\n\nRoe: On Monday.\n\n"
            " See: Index of Speeches \n\n"
            " URL:http://www.example.gov/media/2014/sm211351.htm   Last update: Friday, 31 January 2014 \n"
        )
        iv = ic.parse(text, id="x")
        assert iv.exchange(2).answer.text == "On Monday."
        assert [s.kind for s in iv.segments if "See:" in s.text or "URL:" in s.text] == [
            "furniture",
            "furniture",
        ]

    def test_markdown_link_definitions_after_the_dialogue_are_furniture(self):
        """A block of '[label]: https://...' lines is where a Markdown page keeps its links, not words."""
        links = "\n".join(f"[Link {n}]: https://example.org/page/{n}" for n in range(12))
        text = (
            "Lee: Why did the ferry stop?\n\n"
            "Roe: The engine failed in the storm last night, and the spare was in Oslo.\n\n"
            "Lee: When will it run again?\n\n"
            "Roe: On Monday, on the winter timetable, if the weather holds.\n\n"
            f"Lee: Great. Thank you so much.\n\n{links}\n"
        )
        iv = ic.parse(text, id="x")
        assert (len(iv), [r.text for r in iv.remarks]) == (2, ["Great. Thank you so much."])
        assert [s.kind for s in iv.segments if s.text.startswith("[Link 0]")] == ["furniture"]

    def test_a_compere_chairs(self):
        """A press conference's compere (or emcee) chairs: a call for the last question asks none."""
        text = (
            "Compere: The minister will take a few questions.\n\n"
            "Question: Why did the ferry stop?\n\nAnn Lee: The engine failed.\n\n"
            "Compere: One last question please?\n\n"
            "Question: When will it run again?\n\nAnn Lee: On Monday.\n\n"
            "Compere: Thank you very much."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "Why did the ferry stop?",
            "When will it run again?",
        ]
        assert {s.name: s.role for s in iv.speakers}["Compere"] == "moderator"

    def test_closing_words_spread_over_paragraphs_are_a_remark(self):
        """The thanks may stand in any paragraph after the last question mark, not only the last."""
        text = (
            "Jo: Why did the ferry stop?\n\nPia: The engine failed in the storm last night.\n\n"
            "Jo: And when will it run again?\n\nPia: On Monday, on the winter timetable.\n\n"
            "Jo: Are you subscribed yet? Search for us in your player.\n\n"
            "Thank you so much for listening.\n\nUntil next week."
        )
        iv = ic.parse(text, id="x")
        assert (len(iv), [r.text[:25] for r in iv.remarks]) == (2, ["Are you subscribed yet? S"])

    def test_a_welcome_after_a_teasers_questions_opens_the_show(self):
        """A host's one turn of teaser, sponsor and welcome, thanked for: the show's opening."""
        text = (
            "Jo: Ferries sound dull until one stops. What happens then? Today I talk with Pia. "
            "This show is brought to you by Acme. Hello, Pia. Welcome to the show.\n\n"
            "Pia: I am glad to be here. Your show has been a part of my story up to now.\n\n"
            "Jo: Why did the ferry stop?\n\nPia: The engine failed in the storm last night.\n\n"
            "Jo: And when will it run again?\n\nPia: On Monday, on the winter timetable."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "Why did the ferry stop?",
            "And when will it run again?",
        ]

    def test_two_speakers_joined_by_an_ampersand_label_one_turn(self):
        """'DM & RL:' labels the turn two speakers answer together."""
        text = (
            "Q: What did the group do this year?\n\nDM & RL: We rewrote the guides.\n\n"
            "Q: And next year?\n\nNV: The translations."
        )
        iv = ic.parse(text, id="x")
        assert [turn.speaker.name for turn in iv.answers] == ["DM & RL", "NV"]

    def test_a_talk_before_its_questions_opens_the_dialogue(self):
        """After front matter that lists speakers, unlabelled prose before the Q&A is the talk."""
        text = (
            "---\ntitle: Ferry timetables\nspeakers:\n  - Ann Lee\n---\n"
            "<https://example.org/talk>\n\n## Introduction\n\n"
            "We rewrote the timetables this winter. Here is why.\n\n"
            "## The storms\n\nThe storms took two ferries out of service.\n\n"
            "Q: Will they come back?\n\nA: In April, both of them.\n\n"
            "Q: And the night ferry?\n\nA: Not this year."
        )
        iv = ic.parse(text, id="x")
        assert [turn.id for turn in iv.turns()] == ["s1", "q1", "a1", "q2", "a2"]
        assert [p.text for p in iv.statements[0].paragraphs] == [
            "We rewrote the timetables this winter. Here is why.",
            "The storms took two ferries out of service.",
        ]
        assert (iv.title, iv.statements[0].speaker.name) == ("Ferry timetables", "Interviewee")

    def test_an_editors_note_with_links_above_the_first_heading_is_header(self):
        """Above the first heading, prose that holds a web address is the editor's note, not the talk."""
        text = (
            "---\ntitle: Ferry hearing\nspeakers: ['Ann Lee']\n---\n\n"
            "This is a transcript of evidence. Here is a [video](https://example.org/v).\n\n"
            "## Statement\n\nWe rewrote the timetables this winter. Here is why.\n\n"
            "Q: Will the ferries come back?\n\nA: In April, both of them.\n\n"
            "Q: And the night ferry?\n\nA: Not this year."
        )
        iv = ic.parse(text, id="x")
        assert iv.statements[0].text == "We rewrote the timetables this winter. Here is why."
        assert [turn.id for turn in iv.turns()] == ["s1", "q1", "a1", "q2", "a2"]

    def test_an_unlabelled_question_under_a_heading_after_a_statement_that_thanks(self):
        """A statement that ends by thanking, a heading, then a question and an answer with no labels."""
        text = (
            "---\ntitle: Ferry hearing\nspeakers: ['Ann Lee']\n---\n\n"
            "## Statement\n\nWe rewrote the timetables this winter.\n\n"
            "Thank you for hearing me.\n\n## Questions\n\n"
            "Thank you. Will the ferries come back in the spring?\n\n"
            "In April, both of them, once the piles are tested.\n\n"
            "Q: And the night ferry?\n\nA: Not this year, nor the next."
        )
        iv = ic.parse(text, id="x")
        assert [turn.id for turn in iv.turns()] == ["s1", "q1", "a1", "q2", "a2"]
        assert iv.questions[0].text == "Thank you. Will the ferries come back in the spring?"
        assert iv.answers[0].text == "In April, both of them, once the piles are tested."

    def test_a_talks_section_that_opens_asking_is_still_the_talk(self):
        """Without thanks closing the talk, a section under a heading that opens asking is the talk's."""
        text = (
            "---\ntitle: Ferry talk\nspeakers: ['Ann Lee']\n---\n\n"
            "## Timetables\n\nWe rewrote the timetables this winter.\n\n## Storms\n\n"
            "Why did two ferries stop? The storms.\n\nThey took the piers out.\n\n"
            "Q: And the night ferry?\n\nA: Not this year, nor the next."
        )
        iv = ic.parse(text, id="x")
        assert [turn.id for turn in iv.turns()] == ["s1", "q1", "a1"]

    def test_the_floors_words_before_an_answer_are_one_question(self):
        """Under 'Q:' and 'A:', a Q that does not ask and gets no answer goes on into the next Q."""
        text = (
            "Q: Why a ferry and not a bridge?\n\nA: A ferry is cheaper to run.\n\n"
            "Q: So the ferry carries 300 cars.\n\nQ: Cars and vans, so 400 in all.\n\n"
            "Q: Will that fill the deck?\n\nA: No, the deck holds more than that."
        )
        iv = ic.parse(text, id="x")
        assert [len(exchange.questions) for exchange in iv] == [1, 3]

    def test_examination_headings_name_who_questions_and_the_rest_chair(self):
        """The examiners the headings name ask; the chair and a counsel who reads statements chair."""
        text = (
            "Ann Lee\n-------\n\nQuestioned by Ms Roe\n^^^^^^^^^^^^^^^^^^^^\n\n"
            "Ms Roe: Where did you work, and for how long?\n\n"
            "Ann Lee: At the port office, for ten years, as the clerk of works.\n\n"
            "Ms Roe: Did anyone check the accounts you kept there?\n\n"
            "Ann Lee: Yes, the auditors came every spring and signed them off.\n\n"
            "Sir Bo Chen: Were they ever wrong, in all those years?\n\n"
            "Ann Lee: Never once, in ten years of audits at the port office.\n\n"
            "Ms Roe: Thank you. Those are my questions.\n\n"
            "Sir Bo Chen: Thank you. Mr Wu will now read the summaries into the record.\n\n"
            "Mr Wu: Sir, Ms Dee Park was the clerk at the harbour for twenty years and kept the "
            "books of the ferries, which the auditors signed off every year without a word.\n\n"
            "Sir Bo Chen: Is that the last one for today?\n\n"
            "Mr Wu: Yes, sir, the other summaries will be read tomorrow, in the morning session, "
            "before the next witness is called to give her evidence."
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers} == {
            "Ms Roe": "interviewer",
            "Ann Lee": "interviewee",
            "Sir Bo Chen": "moderator",
            "Mr Wu": "moderator",
        }
        assert len(iv) == 3

    def test_a_call_on_the_next_speaker_asks_nothing(self):
        """A presiding turn that ends by calling on the advocate is a remark; the argument a statement."""
        text = (
            "CHIEF JUSTICE ROE: We will hear argument this morning in the harbour case.\n\n"
            "Mr. Long.\n\n"
            "MR. LONG: May it please the Court: the harbour dues are a tax.\n\n"
            "JUSTICE LEE: Why is it a tax and not a fee?\n\n"
            "MR. LONG: Because it is assessed and collected as taxes are.\n\n"
            "JUSTICE KIM: And who collects it, then?\n\n"
            "MR. LONG: The Treasury collects it, every year.\n\n"
            "CHIEF JUSTICE ROE: Is that the rule in every state?\n\n"
            "MR. LONG: In every state, yes, since the act was passed."
        )
        iv = ic.parse(text, id="x")
        assert [turn.id for turn in iv.turns()] == ["r1", "s1", "q1", "a1", "q2", "a2", "q3", "a3"]

    def test_speakers_who_share_a_title_are_on_one_side(self):
        """Where most speakers titled alike ask, the one who seems to answer asks too."""
        text = (
            "JUSTICE LEE: Why is the fee a tax?\n\n"
            "MR. LONG: Because it is collected as taxes are, every year, by the Treasury.\n\n"
            "JUSTICE KIM: Who collects it, then?\n\n"
            "MR. LONG: The Treasury collects it, as I said, in the same manner as taxes.\n\n"
            "JUSTICE KIM: But is the Treasury bound by the directive?\n\n"
            "JUSTICE PARK: Well, that depends on whom the directive is addressed to, I think.\n\n"
            "MR. LONG: It is addressed to the Secretary, and the courts must follow it.\n\n"
            "JUSTICE PARK: He assesses it in the same manner as a tax, that is all it says.\n\n"
            "MR. LONG: Yes, and that is why the act applies here, as in every other case.\n\n"
            "JUSTICE ROE: Is there any case that says otherwise?\n\n"
            "MR. LONG: None that I know of, in all the years since the act was passed.\n\n"
            "JUSTICE LEE: Not one?\n\nMR. LONG: Not one, Justice, in any court of the land."
        )
        iv = ic.parse(text, id="x")
        roles = {s.name: s.role for s in iv.speakers}
        assert roles["JUSTICE PARK"] == roles["JUSTICE LEE"] == "interviewer"

    def test_who_speaks_only_between_the_answers_asks(self):
        """Reporters between the governor's answers ask, as most of them do, without a question mark too."""
        iv = ic.parse(_MEDIA_CONFERENCE, id="x")
        roles = {s.name: s.role for s in iv.speakers}
        assert roles == {
            "Governor Jo Roe": "interviewee",
            "Ann Lee": "interviewer",
            "Bo Chen": "interviewer",
            "Kim Park": "interviewer",
        }

    def test_a_titled_speaker_who_replies_to_each_of_the_others_answers(self):
        """Among deputies who ask, the one who replies to each of them in turn is questioned."""
        iv = ic.parse(_MINISTER_AMONG_DEPUTIES, id="x")
        roles = {s.name: s.role for s in iv.speakers}
        assert roles == {
            "Deputy Ann Lee": "interviewer",
            "Deputy Pat Roe": "interviewee",
            "Deputy Bo Chen": "interviewer",
            "Deputy Kim Park": "interviewer",
        }

    def test_a_heading_behind_its_line_number_is_a_heading(self):
        """In a text whose lines are numbered, a capitals heading between paragraphs is set aside."""
        lines = [
            "CHIEF JUSTICE ROE: We will hear argument in the harbour case.",
            "Mr. Long.",
            "ORAL ARGUMENT OF JO LONG",
            "ON BEHALF OF THE PETITIONERS",
            "MR. LONG: May it please the Court: the dues are a tax.",
            "JUSTICE LEE: Why is it a tax?",
            "MR. LONG: Because it is collected as taxes are.",
            "JUSTICE KIM: Who collects it?",
            "MR. LONG: The Treasury.",
            "CHIEF JUSTICE ROE: Thank you, counsel.",
        ] * 2
        text = "\n\n".join(f"{number:2d}   {line}" for number, line in enumerate(lines, 1))
        iv = ic.parse(text, id="x")
        headings = [s.text for s in iv.segments if s.kind == "heading"]
        assert headings[:2] == ["3   ORAL ARGUMENT OF JO LONG", "4   ON BEHALF OF THE PETITIONERS"]

    def test_a_one_off_label_right_above_the_dialogue_opens_it(self):
        """A speaker heard once, labelled as the others are, right above the first turn, speaks."""
        text = (
            "Panel on ferries\n\nEmcee:\n\nPlease welcome our moderator, Jo Park.\n\n"
            "Jo Park:\n\nThank you. Why did the ferries stop this winter?\n\n"
            "Ann Lee:\n\nThe storms took two of them out of service.\n\n"
            "Jo Park:\n\nWhen will they run again?\n\nAnn Lee:\n\nIn April, both of them."
        )
        iv = ic.parse(text, id="x")
        assert next(turn.speaker.name for turn in iv.turns()) == "Emcee"
        assert iv.title == "Panel on ferries"

    def test_a_slip_a_for_the_interviewers_initials_asks(self):
        """Where nothing asks under 'Q', 'A:' is the one label it begins ('AP'), used far more."""
        text = (
            "**AP: Why did you join the group?**\n\n**KN**: To fix the scheduler.\n\n"
            "**AP: What are you working on now?**\n\n**KN**: Queueing hints.\n\n"
            "**A: That sounds interesting! Anything else?**\n\n**KN**: The simulator.\n\n"
            "**AP: How can people help?**\n\n**KN**: Review the pull requests."
        )
        iv = ic.parse(text, id="x")
        assert [exchange.question.speaker.name for exchange in iv] == ["AP"] * 4

    def test_paragraphs_joined_by_commas_on_one_line(self):
        """A transcript saved as one line, paragraphs glued by ',' with no space, reads as paragraphs."""
        text = (
            "THE PRESIDENT. Good afternoon.,Ms. Roe.,PORTS,Q. Mr. President, will the port reopen?,"
            "THE PRESIDENT. Yes, in May.,It will take some work.,Q. And the ferries?,"
            "THE PRESIDENT. In June, I think.,FERRIES,Q. Who pays, sir?,"
            "THE PRESIDENT. The state pays, and the towns.,Q. Thank you, Mr. President."
        )
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == [
            "Mr. President, will the port reopen?",
            "And the ferries?",
            "Who pays, sir?",
        ]
        assert [p.text for p in iv.answers[0].paragraphs] == [
            "Yes, in May.",
            "It will take some work.",
        ]

    def test_an_editors_number_before_a_marker_is_part_of_it(self):
        """'[1.] Q.' asks as 'Q.' does."""
        text = "[1.] Q. Why?\n\nTHE PRESIDENT. Because.\n\n[2.] Q. When?\n\nTHE PRESIDENT. Now."
        iv = ic.parse(text, id="x")
        assert [q.text for q in iv.questions] == ["Why?", "When?"]

    def test_a_question_with_no_label_right_above_the_first_label_is_the_first_question(self):
        """'Pier radio here. Can you hear me?' above 'Ann Lee: Loud and clear.', the asker named
        only later: the first question, and the dialogue starts there."""
        text = (
            "Harbour Radio Talks With the Ferry Crew\n\n"
            "Pier radio here. Can you hear me?\n\n"
            "Ann Lee: Loud and clear, from the bridge of the ferry.\n\n"
            "Pier Radio: Why did the ferry stop in the fog last night?\n\n"
            "Bo Chen: The radar failed, and we waited for it to clear.\n\n"
            "Pier Radio: And today?\n\nBo Chen: Today it works."
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "Harbour Radio Talks With the Ferry Crew"
        assert [q.text for q in iv.questions] == [
            "Pier radio here. Can you hear me?",
            "Why did the ferry stop in the fog last night?",
            "And today?",
        ]

    def test_a_headline_that_asks_is_no_unlabelled_question(self):
        """'Why Do Ferries Stop?' (one sentence) above the first label heads the text."""
        text = (
            "Why Do Ferries Stop in the Fog?\n\n"
            "Pier Radio: Why did the ferry stop in the fog last night?\n\n"
            "Bo Chen: The radar failed, and we waited for it to clear.\n\n"
            "Pier Radio: And today?\n\nBo Chen: Today it works."
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "Why Do Ferries Stop in the Fog?"
        assert iv.questions[0].text == "Why did the ferry stop in the fog last night?"

    def test_opening_remarks_without_a_header_open_the_dialogue(self):
        """A text whose first paragraph is a long one in the first person opens with those words."""
        text = (
            "At the outset, I am delighted to be here on the campus this morning, and I thank all of "
            "you for coming out in this cold weather to hear what we have done for the harbour.\n\n"
            "With that, I will be glad to answer questions.\n\n"
            "Q. Will the port reopen?\n\nTHE PRESIDENT. In May.\n\nQ. And the ferries?\n\n"
            "THE PRESIDENT. In June."
        )
        iv = ic.parse(text, id="x")
        assert (iv.title, [turn.id for turn in iv.turns()][:2]) == (None, ["s1", "q1"])

    def test_a_round_of_greetings_among_three_asks_nothing(self):
        """Two hosts and a guest saying hello, and the framing line after it, are no exchange."""
        text = (
            "KO: Welcome Bo\n\nBC: Hi\n\nTL: Hi Bo\n\n"
            "KO: Today we will go through your whole life in ferries.\n\nBC: That may take a while.\n\n"
            "KO: So tell us about the first ferry you worked on, back then.\n\n"
            "BC: It was a small one, on the river, in the spring of that year.\n\n"
            "TL: Why the river?\n\nBC: Because the sea was too rough for a boat that small.\n\n"
            "KO: And what came after the river, years later?\n\nBC: A bigger ferry, on the sea.\n\n"
            "KO: How big was it, that one?\n\nBC: Two hundred cars, and a crew of forty."
        )
        iv = ic.parse(text, id="x")
        assert [exchange.question.text for exchange in iv] == [
            "So tell us about the first ferry you worked on, back then.",
            "Why the river?",
            "And what came after the river, years later?",
            "How big was it, that one?",
        ]

    def test_a_cue_identifier_is_no_words_of_the_turn(self):
        """A WebVTT cue's identifier, the line above its timing ('// unclear', 'intro'), is set aside."""
        text = (
            "WEBVTT\n\nintro\n00:01.000 --> 00:02.000\n<v Jo Park>Why do the ferries\n\n"
            "// unclear\n00:02.000 --> 00:03.000\n<v Jo Park>run late?\n\n"
            "00:03.500 --> 00:05.000\n<v Ann Lee>The tides, mostly.\n\n"
            "// unclear, winter?\n00:05.500 --> 00:06.000\n<v Jo Park>And in winter?\n\n"
            "00:06.500 --> 00:08.000\n<v Ann Lee>The timetable.\n"
        )
        iv = ic.parse(text, id="x")
        assert [" ".join(turn.normalized.split()) for turn in iv.turns()] == [
            "Why do the ferries run late?",
            "The tides, mostly.",
            "And in winter?",
            "The timetable.",
        ]
        assert [s.text for s in iv.segments if s.kind == "timing"][1:3] == [
            "intro",
            "00:01.000 --> 00:02.000",
        ]
        check_fidelity(iv)

    def test_captions_that_name_no_speaker_and_ask_nothing_say_so(self):
        """Caption cues without any speaker's name, where nothing asks, fail with an error that says so."""
        text = (
            "WEBVTT\n\n00:01.000 --> 00:02.000\nHello and welcome.\n\n"
            "00:02.500 --> 00:04.000\nToday we talk about games.\n\n"
            "00:04.500 --> 00:06.000\nYes, I make games."
        )
        with pytest.raises(ic.TranscriptError, match="the 3 caption cues name no speaker"):
            ic.parse(text, id="x")

    def test_a_note_above_unvoiced_captions_is_no_ones_words(self):
        """A page's note above the cues ('made by a speech tool'): the opening is the first cue's."""
        lines = [
            "Welcome to the harbour hour.", "Our guest today builds ferries.",
            "Why do the ferries run late?", "The tides, mostly, and the old engines.",
            "When will the new boats come?", "Next spring, if the yard keeps to its plan.",
        ]  # fmt: skip
        cues = "".join(
            f"00:0{n}.000 --> 00:0{n + 1}.000\n{line}\n\n" for n, line in enumerate(lines)
        )
        text = "This transcript was made by a speech tool. Send corrections.\n\nWEBVTT\n\n" + cues
        iv = ic.parse(text, id="x")
        first = iv.turns()[0]
        assert first.kind == "remark"
        assert first.text.startswith("Welcome to the harbour hour.")
        assert iv.questions[0].text == "Why do the ferries run late?"
        check_fidelity(iv)

    def test_captions_that_name_no_speaker_turn_at_their_questions(self):
        """Unvoiced captions: a sentence that asks opens a question, the sentences after it answer."""
        text = (
            "WEBVTT\n\n00:01.000 --> 00:02.000\nHello and welcome\n\n"
            "00:02.000 --> 00:03.000\nto the show. So hi Ann.\n\n"
            "00:03.500 --> 00:04.000\nHi.\n\n"
            "00:04.000 --> 00:05.000\nDo you want to introduce yourself?\n\n"
            "00:05.500 --> 00:06.000\nYeah.\n\n"
            "00:06.000 --> 00:08.000\nI make games. Small ones,\n\n"
            "00:08.000 --> 00:09.000\nfor old consoles.\n\n"
            "00:09.500 --> 00:10.000\nWhy old consoles?\n\n"
            "00:10.000 --> 00:11.000\nWhat drew you to them?\n\n"
            "00:11.500 --> 00:13.000\nThe limits. They make you choose.\n\n"
            "00:13.500 --> 00:14.000\nRight?\n"
        )
        iv = ic.parse(text, id="x")

        def words(text: str) -> str:
            return " ".join(text.split())

        assert [words(exchange.question.normalized) for exchange in iv] == [
            "Do you want to introduce yourself?",
            "Why old consoles? What drew you to them?",
        ]
        assert (
            words(iv.answers[0].normalized) == "Yeah. I make games. Small ones, for old consoles."
        )
        assert words(iv.answers[1].normalized) == "The limits. They make you choose. Right?"
        opening = iv.remarks[0]
        assert words(opening.normalized) == "Hello and welcome to the show. So hi Ann. Hi."
        assert opening.speaker.role == "interviewer"
        assert (opening.start, iv.answers[1].end) == (
            datetime.timedelta(seconds=1),
            datetime.timedelta(seconds=14),
        )
        check_fidelity(iv)

    def test_a_label_followed_only_by_a_web_address_is_a_reference(self):
        """'Podcast: https://...' above the first turn is a reference line, not a speaker's turn."""
        text = (
            "A podcast with Roy Lee\n\nPodcast: https://example.org/episode/94/\n\n"
            "Jo Park: Roy, good to have you here. Why ferries?\n\nRoy Lee: Because I grew up on one.\n\n"
            "Jo Park: And now?\n\nRoy Lee: Now I build them."
        )
        iv = ic.parse(text, id="x")
        assert next(iter(iv.turns())).text == "Roy, good to have you here. Why ferries?"

    def test_numbered_placeholders_share_no_title(self):
        """'Speaker 1', 'Speaker 2', 'Speaker 3' are placeholders: one who answers keeps answering."""
        text = (
            "Speaker 1: Why did the ferries stop?\n\n"
            "Speaker 2: The storms took two of them out of service, for the whole winter.\n\n"
            "Speaker 3: And when will they run again?\n\n"
            "Speaker 2: In April, both of them, on the summer timetable.\n\n"
            "Speaker 1: Who pays for the repairs?\n\n"
            "Speaker 2: The port authority, out of its own reserves this year.\n\n"
            "Speaker 3: And the night ferry?\n\nSpeaker 2: Not this year, I am afraid."
        )
        iv = ic.parse(text, id="x")
        assert {s.name: s.role for s in iv.speakers}["Speaker 2"] == "interviewee"

    def test_toml_front_matter_is_set_aside_and_read(self):
        """'+++' front matter (as Hugo and Zola write it) is metadata: its title is the title."""
        text = (
            '+++\npath = "2025/11/25/ferries"\ntitle = "Ferries: the winter plan"\n'
            'authors = ["Jo Park", "Bo Chen"]\n\n[extra]\ntitle = "News team"\n+++\n\n'
            "Lee: Why did the ferry stop?\n\nRoe: The engine failed.\n\n"
            "Lee: When will it run again?\n\nRoe: On Monday."
        )
        iv = ic.parse(text, id="x")
        assert iv.title == "Ferries: the winter plan"
        assert next(s.kind for s in iv.segments) == "front-matter"
        assert next(iter(iv.turns())).text == "Why did the ferry stop?"

    def test_front_matter_speakers_as_a_block_list(self):
        """'speakers:' written as '- Name' lines lists the names, as a flow list does."""
        text = (
            '---\ntitle: Ordinals\nspeakers:\n  - Casey Rodarmor\n  - "Roe, Jane"\n---\n'
            "Q: What is an ordinal?\n\nCR: A number for each sat.\n\n"
            "Q: And an inscription?\n\nCR: Data on one of them."
        )
        iv = ic.parse(text, id="x")
        assert (iv.interviewee.name, iv.interviewee.aliases) == ("Casey Rodarmor", ("CR",))
        assert (
            ic.parse(
                "---\nspeakers: ['Roe, Jane', Bo Chen]\n---\nRJ: Why?\n\nBC: So.\n\nRJ: When?\n\nBC: Now.",
                id="y",
            )
            .speakers[0]
            .name
            == "Roe, Jane"
        )


# A written interview as a news page prints it: a dateline and a lede, then each question a plain
# paragraph (no label, no dash, no emphasis) with the answer below; one question left unanswered.
_WRITTEN_INTERVIEW = """Monday, May 4, 2020

The mayor of a small town answered our questions by email about the new bridge.

Why did the town need a new bridge?

The old one was closed to lorries last year, and the detour added an hour to every delivery.

When will it open?

How much will it cost?

About four million, most of it paid by the region. We hope to open it in the spring.
"""


def test_a_written_interview_that_names_no_speaker_turns_at_its_questions():
    iv = ic.parse(_WRITTEN_INTERVIEW, id="x")
    first, second = list(iv)  # the question left unanswered runs into the next
    assert first.question.text == "Why did the town need a new bridge?"
    assert first.answers[0].text.startswith("The old one was closed")
    assert second.question.text.startswith("When will it open?")
    assert second.answers[0].text.startswith("About four million")
    assert min(turn.span.start for turn in iv.turns()) == iv.source.find("Why did")  # lede: header


def test_prose_with_one_answered_question_is_no_written_interview():
    one = _WRITTEN_INTERVIEW.split("When will it open?", maxsplit=1)[0]
    with pytest.raises(ic.TranscriptError, match="no question/answer turns found"):
        ic.parse(one, id="x")


def test_a_header_of_a_date_and_ledes_has_no_title():
    text = (
        "Tuesday, June 2, 2020\n\n"
        "While most coverage of the local election has focused on the two large parties, a number of "
        "independent candidates are also running, and we asked each of them the same questions.\n\n"
        "– Why are you running?\n\n"
        "– Because the town deserves a choice.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title is None  # a paragraph of many words that ends like a sentence is a lede
    assert len(iv) == 1


def test_a_headline_pasted_under_the_page_furniture_in_one_block():
    text = (
        "• Deutsch\n"
        "  • Interview of the Minister of Health with a Daily Paper on May 3, 2021\n"
        "    Press Office, posted 4 May 2021 09:00\n\n"
        "– Why close the schools now?\n\n"
        "– Because the numbers doubled in a week.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Interview of the Minister of Health with a Daily Paper on May 3, 2021"
    kinds = [segment.kind for segment in iv.segments[:5]]
    assert kinds == ["navigation", "separator", "headline", "separator", "preamble"]


def test_turns_run_together_into_one_paragraph_turn_at_their_capitalised_labels():
    feed = (
        "Originally posted by the news service. Interview with the Mayor by Ann Lee "
        "CITY HALL REPORTER ANN LEE: Mayor, thank you for seeing us. MAYOR BO ROE: Glad to. "
        "LEE: Why close the bridge now? ROE: Because the inspectors found cracks in two piers. "
        "LEE: When will it reopen? ROE: In the spring, if the repairs go to plan.\n"
    )
    iv = ic.parse(feed, id="x")
    assert len(iv) >= 2
    assert [q.text for q in iv.questions][-2:] == [
        "Why close the bridge now?",
        "When will it reopen?",
    ]
    assert list(iv)[-1].answers[0].text == "In the spring, if the repairs go to plan."
    assert {turn.speaker.name for turn in iv.turns()} >= {
        "CITY HALL REPORTER ANN LEE",
        "MAYOR BO ROE",
    }


def test_one_question_and_its_answer_run_together_in_a_paragraph():
    page = (
        "Lesson 4\n\n"
        "LEE: Mayor, the inspectors found cracks in two piers. Is the bridge safe? ROE: It is closed "
        "until the repairs are done, and we will not reopen it before the engineers sign it off.\n"
    )
    iv = ic.parse(page, id="x")
    (exchange,) = list(iv)
    assert exchange.question.text.endswith("Is the bridge safe?")
    assert exchange.answers[0].text.startswith("It is closed")


def test_a_stage_direction_is_no_title():
    """'(Intro music)' above the dialogue notes what is heard: never the headline."""
    text = (
        "(Intro music: guitar)\n\n"
        "Ann: Why did the ferry stop running?\n\nBo: The engine failed in March.\n\n"
        "Ann: When will it sail again?\n\nBo: In June, if the part arrives.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title is None
    assert len(iv) == 2


def test_a_top_level_heading_below_a_short_line_is_the_title():
    """A line of a few words above the page's one '# ' heading is navigation; the heading titles it."""
    text = (
        "Read the transcript!\n\n# Bo Roe\n\n"
        "Ann: Why did the ferry stop running?\n\nBo: The engine failed in March.\n\n"
        "Ann: When will it sail again?\n\nBo: In June, if the part arrives.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Bo Roe"
    assert [segment.kind for segment in iv.segments[:3]] == [
        "navigation",
        "separator",
        "heading-marker",
    ]


def test_a_records_title_field_gives_the_title():
    """A header line "TITLE: ..." (an archive's form names the document) is the title, over a heading."""
    text = (
        "# Document\n\nRECORD NUMBER: 104-10001\nTITLE: TESTIMONY OF BO REX\nDATE: 06/20/1978\n\n"
        "Q: Why did the ferries stop?\n\nA: The storms.\n\nQ: For how long?\n\nA: A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "TESTIMONY OF BO REX"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


@pytest.mark.parametrize(
    "header",
    [
        "Oral history project\n\nName: Ann Lee\nTitle: Harbour master\nDate: 2020",
        "Oral history project\n\nInterviewee: Ann Lee\nTitle: Harbour master\nPlace: Dover",
        "Oral history project\n\nTitle: Harbour master",
    ],
)
def test_a_persons_job_title_in_a_form_is_no_title(header):
    """A "Title:" below a field that names a person, or outside a form of fields, is a job title."""
    text = (
        header
        + "\n\nQ: Why did the ferries stop?\n\nA: The storms.\n\nQ: For how long?\n\nA: A week."
    )
    assert ic.parse(text, id="x").title == "Oral history project"


_FERRY_DIALOGUE = "Q: Why did the ferries stop?\n\nA: The storms.\n\nQ: For how long?\n\nA: A week."


@pytest.mark.parametrize(
    "header",
    [
        # A site's name of one word run into the headline before a comma.
        "Menu\n\nHarbourlink, Transcript of the Interview with the Harbour Master\n\n",
        # Furniture, the headline (behind the site's name and a colon) and the lede in one block.
        (
            "Menu\nHarbourlink:Transcript of the Interview with the Harbour Master\n"
            "DOVER — Our reporter spoke to the harbour master on Monday about the storms.\n\n"
        ),
        # A name of two words that the navigation above already holds.
        (
            "Harbour News | Ferries | Weather\n\n"
            "Harbour News: Transcript of the Interview with the Harbour Master\n\n"
        ),
    ],
)
def test_a_sites_name_run_into_the_headline_is_no_word_of_the_title(header):
    """ "Site, Transcript of ...": the title starts at the document's name."""
    iv = ic.parse(header + _FERRY_DIALOGUE, id="x")
    assert iv.title == "Transcript of the Interview with the Harbour Master"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


@pytest.mark.parametrize(
    "headline",
    ["Ann Lee: Interview with the Harbour Gazette", "Bo Chen, Interview on ferries"],
)
def test_a_persons_name_before_the_documents_name_is_the_titles(headline):
    """A name of two words before "Interview with ..." that no navigation holds is a person's."""
    assert ic.parse(headline + "\n\n" + _FERRY_DIALOGUE, id="x").title == headline


def test_front_matter_with_no_title_names_the_page_by_its_name():
    """A profile page's front matter gives "name: Ann Lee" and no title: the name is the title."""
    text = (
        "---\nlayout: people\nname: Ann Lee\nrole: Engineer\n---\n\n"
        "**Why did you join?**\n\nTo build the ferries.\n\n**What next?**\n\nMore ferries."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Ann Lee"


def test_a_front_matter_name_gives_way_to_the_headline():
    """Where the text has a headline, front matter's ``name`` (a slug, an author, a guest) is no title."""
    text = "---\nname: ann-lee\n---\n\n# Ferries in winter\n\n" + _FERRY_DIALOGUE
    assert ic.parse(text, id="x").title == "Ferries in winter"


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
        # A word that says which kind of interview, below two lines of the page's controls.
        (
            "Feature\n\nPage Tools\n\nPreflight Interview: Ann Lee, Pilot\n06.03.11\n\n",
            "Preflight Interview: Ann Lee, Pilot",
        ),
        # The date right below it, then a photo's reference number: neither is the title's.
        (
            "Feature\n\nPreflight Interview: Ann Lee, Pilot\n10.31.08\nph-4411 -- Ann Lee, Pilot\n\n",
            "Preflight Interview: Ann Lee, Pilot",
        ),
        # Remarks by whoever says them, right above the dialogue, below a site's banner and its
        # notices in sentences.
        (
            (
                "The harbour board's own site\nHow to tell\n\n"
                "Pages on this site end in .harbour and belong to the board.\n\n"
                "Old pages may hold links that no longer work. Write to us about them.\n\n"
                "Remarks by the Harbour Master at the Opening of the New Pier\n\n"
            ),
            "Remarks by the Harbour Master at the Opening of the New Pier",
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


@pytest.mark.parametrize(
    "heading",
    [
        "Transcript\n----------\n\n",
        "# Full transcript\n\n",
        "# Episode Transcription\n\n",
        "## Interview transcript\n\n",
    ],
)
def test_a_heading_that_only_names_the_kind_of_text_is_no_title(heading):
    """ "Transcript" over the dialogue labels the section below it: the text has no title."""
    text = (
        heading + "Q: Why did the ferries stop?\n\nA: The storms.\n\nQ: For how long?\n\nA: A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.title is None
    assert len(iv) == 2


def test_a_run_of_headings_is_titled_by_its_first():
    """A page's card set as headings one under another: the first is the title, the rest preamble."""
    text = (
        "## Ferry Users Call 3\n## Date: Friday, May 5\n## Duration: 60 mins\n## Notes: Bo Chen\n\n"
        "**Ann Lee:** Why did the ferries stop?\n\n**Jo Roe:** The storms came early.\n\n"
        "**Ann Lee:** For how long?\n\n**Jo Roe:** A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Ferry Users Call 3"
    assert len(iv) == 2


def test_a_question_right_below_the_front_matter_opens_the_dialogue():
    """'Q - ' on the line after the front matter's closing '---' (no blank line) opens a turn."""
    text = (
        "---\nlayout: answers\ndate: 2024-03-01\n---\nQ - The tide tables came late this year. "
        "Will they be on time next year?\n\nA - They should be. The printer has moved to the "
        "mainland.\n\nSo the proofs reach us sooner."
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert iv.questions[0].text.lstrip("- ").startswith("The tide tables came late")


def test_a_user_name_in_lower_case_opens_a_caption_cue():
    """A meeting tool's captions name each cue's speaker: "keelson:" is a speaker as "Ann Lee:" is."""
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nAnn Lee: Welcome. Are the ferries running?\n\n"
        "2\n00:00:04.000 --> 00:00:06.000\nkeelson: Yes, since Monday, on the winter timetable.\n\n"
        "3\n00:00:07.000 --> 00:00:09.000\nAnn Lee: And the night boat, when does it start?\n\n"
        "4\n00:00:10.000 --> 00:00:12.000\nkeelson: Next week, if the weather holds.\n"
    )
    iv = ic.parse(text, id="x")
    assert [turn.speaker.name for turn in iv.turns()] == [
        "Ann Lee",
        "keelson",
        "Ann Lee",
        "keelson",
    ]
    assert len(iv) == 2
    # The cue's first line opens a block, so a user name alone on it names the words below.
    alone = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAnn Lee:\nAre the buoys lit yet?\n\n"
        "00:00:04.000 --> 00:00:06.000\nkeelson:\nThe outer ones, yes.\n\n"
        "00:00:07.000 --> 00:00:09.000\nAnn Lee:\nAnd the harbour mouth?\n\n"
        "00:00:10.000 --> 00:00:12.000\nkeelson:\nOnce the new lamps arrive.\n"
    )
    turns = ic.parse(alone, id="x").turns()
    assert [turn.speaker.name for turn in turns] == ["Ann Lee", "keelson", "Ann Lee", "keelson"]


def test_a_user_name_alone_on_its_line_names_the_words_below():
    """Names set alone above the words ("Ann Lee:" / words) include a user name in lower case."""
    text = (
        "00:01\nAnn Lee:\nWelcome. Our guest has a report on the ferries.\n\n"
        "Jo Roe:\nThe ferries ran late all winter because of the storms.\n\n"
        "bo_chen:\nWhy did the night boat stop, then?\n\n"
        "Jo Roe:\nIts crew was needed on the day boats.\n\n"
        "bo_chen:\nAnd will it run again in spring?\n\n"
        "Jo Roe:\nYes, from the first of April.\n"
    )
    iv = ic.parse(text, id="x")
    assert [turn.speaker.name for turn in iv.turns()].count("bo_chen") == 2
    assert iv.questions[0].text == "Why did the night boat stop, then?"


def test_a_lower_case_word_alone_on_its_line_is_no_label_where_names_are_inline():
    """Where speakers are named inline ("Ann Lee: Welcome."), "result:" alone on its line heads words."""
    text = (
        "Ann Lee: Welcome. Today we test the new harbour pumps.\n\n"
        "Jo Roe: Thanks. We ran each pump for an hour.\n\n"
        "result:\n\nThe first pump held its pressure.\n\n"
        "Ann Lee: And the second one?\n\n"
        "Jo Roe: It lost pressure after ten minutes.\n\n"
        "result:\n\nThe second pump needs a new seal.\n\n"
        "Ann Lee: Will it be ready for winter?\n\n"
        "Jo Roe: Yes, by November.\n"
    )
    iv = ic.parse(text, id="x")
    assert [turn.speaker.name for turn in iv.turns()] == ["Ann Lee", "Jo Roe"] * 3
    assert "The first pump held its pressure." in iv.turns()[1].text


def test_a_text_that_labels_every_line_makes_a_run_of_one_speaker_one_turn():
    """A meeting tool names the speaker on each line: one speaker's lines in a row are one turn."""
    text = (
        "Ann Lee: Welcome, everyone, to the ferry board's call.\n"
        "Ann Lee: First item is the winter timetable.\n"
        "Ann Lee: Bo, can you walk us through it?\n"
        "\n"
        "Bo Chen: Sure. The boats run every hour from December.\n"
        "Bo Chen: The last one leaves at ten.\n"
        "Bo Chen: Fares stay the same.\n"
        "\n"
        "Ann Lee: Thanks. Does the night boat still stop at the island?\n"
        "\n"
        "Bo Chen: It does, on weekdays only.\n"
        "Bo Chen: At weekends it goes straight across.\n"
    )
    iv = ic.parse(text, id="x")
    assert [t.id for t in iv.turns()] == ["q1", "a1", "q2", "a2"]
    assert iv.answers[0].normalized == (
        "Sure. The boats run every hour from December. The last one leaves at ten. "
        "Fares stay the same."
    )
    check_fidelity(iv)


# A written interview on a project's site: bold questions and answers, then a rule, and the page's
# own matter below it (where to read more, a question to the reader, the author's signature).
_TRAILED_INTERVIEW = """**Ann: What does the ferry carry?**

**Bo**: Cars and bikes, mostly.

**Ann: And in winter?**

**Bo**: Fewer cars, the same bikes.

**Ann: Thank you so much, Bo, for your time!**

**Bo**: Thank you for having me, Ann!

------------

Missed the harbour fair? Read my recap on the harbour blog.

- Ann Lee
"""


def test_a_rule_after_the_last_turn_ends_the_dialogue():
    """The page's matter below a closing rule is set aside: the last turn ends at the rule."""
    iv = ic.parse(_TRAILED_INTERVIEW, id="x")
    last = max(iv.turns(), key=lambda turn: turn.span.start)
    assert last.text == "Thank you for having me, Ann!"
    assert "recap" not in "".join(answer.text for answer in iv.answers)


def test_a_last_turn_that_only_winds_up_is_no_question():
    """A host's few closing words of thanks that ask nothing, and a few words back, are no exchange."""
    iv = ic.parse(_TRAILED_INTERVIEW, id="x")
    assert len(iv) == 2
    assert [question.text for question in iv.questions] == [
        "What does the ferry carry?",
        "And in winter?",
    ]
    text = (
        "I: Which courses do you teach?\n\nB: Statistics and economics.\n\n"
        "I: And online?\n\nB: Both of them, since last year.\n\n"
        "I: What tools do you use?\n\nB: The forum, and video calls.\n\n"
        "I: Thank you, that is all from me. Goodbye!\n\nB: Thanks, it went quickly."
    )
    assert len(ic.parse(text, id="y")) == 3


def test_an_announced_start_answered_in_a_few_words_is_no_exchange():
    """ "Then we can start with the questions." - "Ready when you are." opens: the first question is next."""
    text = (
        "I: Good. Then we can start with the questions right away.\n\nB: Ready when you are.\n\n"
        "I: Which courses do you teach?\n\nB: Statistics and economics.\n\n"
        "I: And online?\n\nB: Both of them, since last year."
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert iv.questions[0].text == "Which courses do you teach?"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # The page's text-size control over a link to the video and the headline in one block.
        ("Font size\n\nWatch now\nFerries - What changed?\n\n", "Ferries - What changed?"),
        # A link to a file that names its format, right below the headline in its block.
        ("Harbour Radio Interview With the Crew\n+ Hear it (m4a)\n\n", None),
        # Controls in blocks of their own around the headline.
        ("Skip to content\n\nPrint\n\nThe Ferry Crew Talks\n\nBack to top\n\n", None),
        # The site's name over its menu, a search box and a link back to its home page.
        (
            (
                "Harbourlink\nFerriesWeatherNews\nSearch\nReturn to the Harbourlink home page\n\n"
                "The Ferry Crew Talks\n\n"
            ),
            None,
        ),
    ],
)
def test_a_pages_controls_are_never_the_title(header, title):
    """'Font size', 'Watch now', 'Hear it (m4a)', 'Back to top': the site's chrome, no title."""
    iv = ic.parse(header + _FERRY_DIALOGUE, id="x")
    expected = title or (
        "Harbour Radio Interview With the Crew" if "Radio" in header else "The Ferry Crew Talks"
    )
    assert iv.title == expected
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


def test_a_heading_below_the_title_with_no_space_after_its_hashes_is_no_title():
    """'# Call 5' over '###Attendees' and a list of names: the title is the first heading alone."""
    text = (
        "# Harbour Council Call - 2026/05/04 - Transcript\n###Attendees\nAnn Lee, Bo Chen, Cy Dee\n\n"
        + _FERRY_DIALOGUE
    )
    assert ic.parse(text, id="x").title == "Harbour Council Call - 2026/05/04 - Transcript"


def test_a_byline_that_names_whom_the_interview_is_with_names_the_document():
    """'Interview by the Mayor with the Gazette' below the site's name is the headline."""
    text = (
        "Mayor of Harbourtown\n\nInterview by the Mayor of Harbourtown with the Harbour Gazette\n\n"
        "8 March 2026 - 09:00\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Interview by the Mayor of Harbourtown with the Harbour Gazette"


def test_the_line_that_says_what_the_document_is_below_its_archives_names():
    """'Harbour Archive' / 'Ferry Project' / 'Annotated Interview Transcript': the last line titles."""
    text = (
        "Harbour Archive\nFerry Project\nAnnotated Interview Transcript\n\n"
        "Ann Lee\nInterviewed by Bo Chen\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Annotated Interview Transcript"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


def test_a_name_over_single_words_is_no_menu():
    """'Ann Lee' over 'Harbourmaster' and 'Dover' (a job, a place): no control below, the headline."""
    assert ic.parse("Ann Lee\nHarbourmaster\nDover\n\n" + _FERRY_DIALOGUE, id="x").title == (
        "Ann Lee\nHarbourmaster\nDover"
    )


@pytest.mark.parametrize(
    "header",
    [
        "The Ferry Crew Talks\nThe Ferry Crew Talks\n\n",
        "The Ferry Crew Talks The Ferry Crew Talks\n\n",
        "Menu\nThe Ferry Crew Talks\nThe Ferry Crew Talks\n\n",
    ],
)
def test_a_headline_printed_twice_is_read_once(header):
    """A link's label and the heading, the same words one after the other: the title once."""
    iv = ic.parse(header + _FERRY_DIALOGUE, id="x")
    assert iv.title == "The Ferry Crew Talks"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


def test_section_headings_below_rules_are_sections_not_a_title():
    """'## Guide', then '---' over '## Notes' and '---' over '## Transcript': sections, no title."""
    text = (
        "## Guide\n\n1. Why did the ferries stop?\n\n---\n## Notes\n* storms\n\n"
        "---\n## Transcript\n\n" + _FERRY_DIALOGUE
    )
    assert ic.parse(text, id="x").title is None


def test_a_guests_thanks_returned_for_a_hosts_welcome_is_the_opening():
    """ "... Good to have you, Jo, and thank you." - "Thanks, Ann.": the show opens, nothing is asked."""
    text = (
        "ANN LEE: From the harbour office, this is Ann Lee, and across the table sits Captain "
        "Jo Roe, harbour master for the northern piers and the two islands, and for twenty years "
        "now the captain of the night ferry, which leaves the stone pier every evening of the "
        "year, in fog, in gales and on the calmest of summer nights, with the islands' post on "
        "board. Good to have you, Jo, and thank you.\n\n"
        "JO ROE: Thanks, Ann.\n\n"
        "ANN LEE: Let us begin at the start, Jo. Tell us what the night ferry takes over to "
        "the islands.\n\n"
        "JO ROE: Mostly freight, and a few passengers who work early shifts.\n\n"
        "ANN LEE: And in the winter, when the river freezes?\n\n"
        "JO ROE: Less freight, and the crossing takes twice as long.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert iv.questions[0].text.startswith("Let us begin at the start, Jo")


def test_a_section_name_above_a_headline_that_repeats_it_is_no_title():
    """ "Ferry Talks" over "Ferry Talks: The Night Crossing": the longer line is the title."""
    text = (
        "Ferry Talks\n\n"
        "Ferry Talks: The Night Crossing\n\n"
        "Ann Lee, June 30th, 2006\n\n"
        "Q: Why does the night ferry run all year?\n\n"
        "A: The islands need their freight every morning.\n\n"
        "Q: And in the winter?\n\n"
        "A: It runs then too, only slower.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Ferry Talks: The Night Crossing"


def test_a_section_named_in_the_plural_above_a_headline_in_the_singular_is_no_title():
    """ "Harbour Briefings" over "Harbour Briefing by the Harbour Master": the longer line is the title."""
    text = (
        "Harbour Briefings\n\n"
        "Harbour Briefing by the Harbour Master\n\n"
        "Monday, June 3, 2024\n\n"
        "Q: Why does the night ferry run all year?\n\n"
        "A: The islands need their freight every morning.\n\n"
        "Q: And in the winter?\n\n"
        "A: It runs then too, only slower.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Harbour Briefing by the Harbour Master"


def test_a_first_label_with_an_office_of_several_words_opens_the_dialogue():
    """ "Mr. Bo Rex, Minister for the Harbours:" - a role joined by small words - labels the opening."""
    text = (
        "Press Conference\n\n"
        "Mr. Bo Rex, Minister for the Harbours: From Monday the night ferry runs again.\n\n"
        "Daily Post, Lee: Why did it stop in March?\n\n"
        "Minister Rex: The ice, and then the wind.\n\n"
        "Coast Radio, Ota: Will it run next winter?\n\n"
        "Minister Rex: It will."
    )
    iv = ic.parse(text, id="x")
    assert iv.turns()[0].text == "From Monday the night ferry runs again."
    assert [s.text for s in iv.statements] == ["From Monday the night ferry runs again."]
    assert len(iv) == 2


def test_one_unlabelled_question_is_read_where_the_header_says_it_is_an_interview():
    """A post that quotes one question of an interview and its answer holds one exchange."""
    text = (
        "Last week the harbour newsletter interviewed me about the ferries. Here is one part:\n\n"
        "Why did the night ferry stop running in January? Will it be back?\n\n"
        "The river froze, and the ice broke two of our propellers in a single week.\n\n"
        "We expect the boats back in March, once the new propellers arrive.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert iv.questions[0].text.startswith("Why did the night ferry stop")
    with pytest.raises(ic.TranscriptError):  # one question in a piece that is no interview
        ic.parse(text.replace("interviewed me about", "wrote about"), id="x")


def test_a_question_line_right_above_its_answer_is_a_turn_of_its_own():
    """ "What does it carry?" over "Freight." in one block, no blank line: a question, an answer."""
    text = (
        "The night ferry, 6 May\n\n"
        "Captain Jo Roe told us about the crossing.\n\n"
        "What does the night ferry carry?\n"
        "Mostly freight, and a few passengers who work early shifts.\n\n"
        "And in the winter, when the river freezes?\n"
        "Less freight, and the crossing takes twice as long.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert iv.questions[0].text == "What does the night ferry carry?"
    assert iv.exchanges[0].answers[0].text.startswith("Mostly freight")


def test_a_paragraph_that_introduces_a_quotation_with_a_colon_is_no_title():
    """ "... Here is part of what I said:" over the questions is a lede, not the page's title."""
    text = (
        "The harbour newsletter asked me about the night ferries and the winter timetable last "
        "week, ahead of the town meeting. Here is the part of what I said that readers asked "
        "about:\n\n"
        "Q: Why does the night ferry run all year?\n\n"
        "A: The islands need their freight every morning.\n\n"
        "Q: And in the winter?\n\n"
        "A: It runs then too, only slower.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title is None


def _numbered(lines: list[str]) -> str:
    """A double-spaced page of numbered lines, as a transcript's text view prints it."""
    return "\n\n".join(f"{number} {line}" for number, line in enumerate(lines, 1)) + "\n"


class TestLineNumberedTranscripts:
    """Court, deposition and hearing transcripts that number every line of the page."""

    _HEARING = (
        "Ann Lee: Good morning. When did the night ferry stop",
        "running in the winter, and why did the board not say so?",
        "Bo Roe: It stopped in January. The river froze and the",
        "ice broke two of the propellers in a single week.",
        "Ann Lee: And when will it run again, do you think?",
        "Bo Roe: In March, once the new propellers arrive from the",
        "yard at the mouth of the river, if the weather holds.",
        "Ann Lee: Who pays for the new propellers, the board or",
        "the operator of the crossing?",
        "Bo Roe: The operator pays, and the board pays it back.",
    )

    def test_a_sentence_runs_on_over_double_spaced_numbered_lines(self):
        """The blank line between numbered lines is spacing: one paragraph, numbers aside."""
        iv = ic.parse(_numbered(list(self._HEARING * 2)), id="x")
        assert len(iv) == 6
        first = iv.questions[0]
        assert [p.normalized for p in first.paragraphs] == [
            (
                "Good morning. When did the night ferry stop running in the winter, and why "
                "did the board not say so?"
            )
        ]
        check_fidelity(iv)

    def test_a_role_code_names_its_holder_in_square_brackets(self):
        """ "MJ [Col ROE]:": the holder speaks, the code is the role."""
        text = (
            "MJ [Col ROE]: Good morning. Who is here for the harbour board today?\n\n"
            "DC [MS. LEE]: Good morning, Judge. Ann Lee and Bo Chen for the board.\n\n"
            "MJ [Col ROE]: Thank you. Is the board ready to proceed with its witness?\n\n"
            "DC [MS. LEE]: It is, Judge. We call the harbour master, Jo Park.\n"
        )
        iv = ic.parse(text, id="x")
        speakers = {s.name: (s.description, s.role) for s in iv.speakers}
        assert speakers == {
            "Col ROE": ("MJ", "interviewer"),
            "MS. LEE": ("DC", "interviewee"),
        }
        assert len(iv) == 2

    def test_a_record_names_the_witness_by_the_office_alone(self):
        """ "The Witness. Ann Lee.": the record form names a part by its office, as "Mr. Roe." names a member."""
        text = (
            "Mr. Roe. Would you state your name and your office, please?\n\n"
            "The Witness. Ann Lee, harbour master of the port.\n\n"
            "Mr. Roe. Where do you work, and since when?\n\n"
            "The Witness. At the harbour office, on the night shift, since 2019.\n"
        )
        iv = ic.parse(text, id="x")
        assert [(t.kind, t.speaker.name) for t in iv.turns()] == [
            ("question", "Mr. Roe"),
            ("answer", "The Witness"),
            ("question", "Mr. Roe"),
            ("answer", "The Witness"),
        ]

    def test_a_request_greeted_back_is_still_put(self):
        """ "Would you please say who is here." - "Good morning, Judge." - "Good morning.": the request asks."""
        text = (
            "Jo Park: Good morning. The hearing on the harbour works is now open. Counsel, would "
            "you please say who is here today for the harbour board.\n\n"
            "Ann Lee: Good morning, Judge.\n\n"
            "Jo Park: Good morning.\n\n"
            "Ann Lee: Ann Lee and Bo Chen for the board, and the harbour master is here too.\n\n"
            "Jo Park: Thank you. Is the board ready to call its first witness?\n\n"
            "Ann Lee: We are ready, Judge, and we call the harbour master.\n"
        )
        iv = ic.parse(text, id="x")
        assert iv.questions[0].text.startswith("Good morning. The hearing on the harbour")
        assert iv.exchanges[0].answers[0].text == "Good morning, Judge."

    def test_an_unnamed_askers_opening_and_request_are_the_first_question(self):
        """The asker's name left out: the opening above the request to the witness asks with it."""
        text = (
            "Deposition of Bo Chen\n\n"
            "Page 4\nValidated\n\n"
            "Good morning. This is a deposition of Bo Chen, taken by the harbour board under "
            "its rules of procedure.\n\n"
            "Mr. Chen, could you please state your full name and spell your last name for the "
            "record.\n\n"
            "The Witness. Bo Chen. Chen is C-h-e-n.\n\n"
            "Thank you. The reporter will take down what we say today.\n"
        )
        iv = ic.parse(text, id="x")
        assert len(iv) == 1
        assert iv.questions[0].text.startswith("Good morning. This is a deposition of Bo Chen")
        assert iv.answers[0].text.startswith("Bo Chen. Chen is")

    def test_an_unnamed_question_on_numbered_lines_opens_after_the_number(self):
        """The line number is the margin: the unlabelled question's words start after it."""
        lines = [
            "The Witness. Twenty years.",
            "And during those twenty years, how many winters did the river",
            "freeze over so hard that the ferry could not cross at all?",
            "The Witness. Three of them.",
            "Thank you. And how long did the ferry stay in the yard this",
            "winter, from the day it stopped to the day it ran again?",
            "The Witness. Nine weeks.",
        ] * 3
        iv = ic.parse(_numbered(lines), id="x")
        assert iv.questions[0].text.startswith("And during those twenty years")
        assert all(not q.text[:1].isdigit() for q in iv.questions)
        check_fidelity(iv)

    def test_a_page_flattened_onto_one_line_opens_a_line_at_each_number(self):
        """ "1 Q. Where ...? 2 A. ... 3 Q. ...": the page's line numbers inline open its lines."""
        page = (
            "1 Q. Where were you on the night the ferry stopped running in the river? 2 A. At "
            "the pier, on the night shift, with two of the deck hands. 3 Q. And what did you "
            "see from the pier that night, if anything at all? 4 A. The ice on the river, "
            "thick enough to walk on. 5 Q. Did anyone try to break it before the morning "
            "crossing? 6 A. The crew tried, with poles, but it was too thick. 7 Q. Who "
            "decided to stop the crossing for the winter? 8 A. The harbour master, at six "
            "in the morning. 9 Q. Thank you. Nothing further."
        )
        text = f"Harbour inquiry, day 3\n\n{page}\n"
        iv = ic.parse(text, id="x")
        assert iv.title == "Harbour inquiry, day 3"
        assert len(iv) == 4
        assert iv.questions[0].text.startswith("Where were you on the night")
        assert iv.answers[0].text.startswith("At the pier")
        assert iv.answers[0].paragraphs[0].normalized == (
            "At the pier, on the night shift, with two of the deck hands."
        )
        check_fidelity(iv)


def test_a_kind_of_text_below_the_headline_is_no_word_of_the_title():
    """ "Video transcript" right below the headline labels the section: the title is the line above."""
    text = (
        "Public hearing 4: the night ferries, Day 2\n"
        "Video transcript\n"
        "CHAIR: Good morning. Ms Lee, is the harbour master here to give evidence today?\n"
        "MS LEE: She is, Chair, and she is ready to begin.\n"
        "CHAIR: Thank you. When did the night ferry stop running this winter?\n"
        "MS LEE: In January, Chair, when the river froze over.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Public hearing 4: the night ferries, Day 2"


def test_a_name_in_square_brackets_with_its_colon_inside_labels_a_turn():
    """'[ Ann Lee: ]' opens a turn as 'Ann Lee:' does; the brackets are the label's."""
    text = (
        "[ Ann Lee: ] Why did the ferry stop running?\n\n[ Bo Roe : ] The engine failed in March.\n\n"
        "[ Ann Lee: ] When will it sail again?\n\n[ Bo Roe : ] In June, if the part arrives.\n"
    )
    iv = ic.parse(text, id="x")
    assert [turn.speaker.name for turn in iv.turns()] == ["Ann Lee", "Bo Roe"] * 2
    assert [q.text for q in iv.questions] == [
        "Why did the ferry stop running?",
        "When will it sail again?",
    ]


def test_names_in_square_brackets_with_their_colon_run_together_in_one_line():
    """A transcript kept as one line opens each turn at a bracketed name and colon, wherever it stands."""
    text = (
        "Harbour Talk, the ferry hour [ Music: gulls and bells ] "
        "[ Narrator: ] Welcome to Harbour Talk. Today Ann Lee speaks with Bo Roe. "
        "[ Ann Lee: ] We usually look at the port, but today we look at its ferry. Why did it stop "
        "running? [ Bo Roe : ] The engine failed in March, and the part is on order.\n"
    )
    iv = ic.parse(text, id="x")
    (exchange,) = list(iv)
    assert exchange.question.text.endswith("Why did it stop running?")
    assert exchange.question.speaker.name == "Ann Lee"
    assert exchange.answers[0].text == "The engine failed in March, and the part is on order."
    assert iv.turns()[0].text == "Welcome to Harbour Talk. Today Ann Lee speaks with Bo Roe."
    assert iv.turns()[0].kind == "remark"


def test_a_stage_direction_before_a_label_does_not_hide_the_label():
    """'[intro music] Ann: ...': the cue notes what is heard; the turn is Ann's."""
    text = (
        "[intro music] Ann: Welcome to Harbour Talk. I'm your host, Ann Lee.\n\n"
        "[music fades]  Ann: With me is Bo Roe, who runs the ferry. Hi, Bo.\n\n"
        "Bo: Hi, Ann. Glad to be here.\n\n"
        "Ann: Why did the ferry stop running?\n\nBo: The engine failed in March.\n\n"
        "Ann: When will it sail again?\n\nBo: In June, if the part arrives.\n"
    )
    iv = ic.parse(text, id="x")
    turns = iv.turns()
    assert [turn.speaker.name for turn in turns[:2]] == ["Ann", "Ann"]
    assert turns[0].text == "Welcome to Harbour Talk. I'm your host, Ann Lee."
    assert iv.source[slice(*turns[1].marker)] == "[music fades]  Ann: "
    assert [q.text for q in iv.questions] == [
        "Why did the ferry stop running?",
        "When will it sail again?",
    ]


def test_a_host_turn_the_text_breaks_off_in_is_a_question_cut_off():
    """A host's last turn that stops mid-sentence where the text stops leads to a lost question."""
    text = (
        "Ann: Welcome to the show, Bo.\n\nBo: Thanks, Ann.\n\nAnn: Why did you take the boat?\n\n"
        "Bo: It was small, and it leaked.\n\nAnn: That is very cool. If people have never sailed"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert iv.questions[-1].text == "That is very cool. If people have never sailed"
    assert not list(iv)[-1].answers
    thanked = text.replace("If people have never sailed", "Thanks so much for coming in")
    assert [turn.kind for turn in ic.parse(thanked, id="x").turns()][-1] == "remark"


def test_a_welcome_after_the_guest_has_been_heard_ends_the_opening():
    """Banter the guest puts a word into, before the host welcomes them by name, asks them nothing."""
    text = (
        "Ann: The tide came right up to the studio door today. We had to move the desk twice.\n\n"
        "Cy: Oh no. The whole desk.\n\n"
        "Ann: The whole desk, and the kettle. But we are dry now. Anyway. Cy, welcome!\n\n"
        "Cy: Thanks for having me.\n\n"
        "Ann: When did you start at the harbour?\n\n"
        "Cy: In the spring of 2010, after the old harbour master retired.\n\n"
        "Ann: What has changed since then?\n\n"
        "Cy: Almost everything. The ferries are bigger, and the boats are electric.\n"
    )
    iv = ic.parse(text, id="x")
    assert [q.text for q in iv.questions] == [
        "When did you start at the harbour?",
        "What has changed since then?",
    ]
    assert [turn.kind for turn in iv.turns()][:4] == ["remark", "answer", "remark", "answer"]


def test_who_talks_with_the_host_before_the_guest_is_welcomed_is_a_co_host():
    """The host banters with Bo, then welcomes Cy: Bo co-hosts, and Bo's question to Cy asks."""
    text = (
        "Ann: Bo, is my microphone working this time?\n\n"
        "Bo: Loud and clear, for once.\n\n"
        "Ann: Good. I had a terrible time with the cables this morning, and I nearly gave up.\n\n"
        "Cy: Oh no.\n\n"
        "Ann: Anyway. Bo, did you tell our listeners about the harbour yet?\n\n"
        "Bo: Not yet, I was waiting on you.\n\n"
        "Ann: Fair enough. Cy, welcome!\n\n"
        "Cy: Thanks for having me.\n\n"
        "Ann: When did you start at the harbour?\n\n"
        "Cy: In the spring of 2010, after the old harbour master retired and nobody else wanted "
        "the job, which tells you something about the pay and the hours on the pier in winter.\n\n"
        "Ann: What has changed since then?\n\n"
        "Cy: Almost everything. The ferries are bigger, the boats are electric, the fish market "
        "moved inland, and the tourists come all year now, not only in the calm summer months.\n\n"
        "Bo: Why did the night ferry stop running?\n\n"
        "Cy: Because the engine failed in March, and the part has to come from abroad, which "
        "takes months when the factory is busy with bigger orders than ours.\n"
    )
    iv = ic.parse(text, id="x")
    assert {speaker.name: speaker.role for speaker in iv.speakers} == {
        "Ann": "interviewer",
        "Bo": "interviewer",
        "Cy": "interviewee",
    }
    assert [q.speaker.name for q in iv.questions] == ["Ann", "Ann", "Bo"]
    assert iv.questions[0].text == "When did you start at the harbour?"


@pytest.mark.parametrize(
    "header",
    [
        "Transcript by the Hon Ann Lee MP\n\nDoorstop at the Ferry Terminal\n\nE&OE\n\n",
        "Interview by Bo Chen\nDoorstop at the Ferry Terminal\n\n",
        "Transcribed by Harbour Records\n\nDoorstop at the Ferry Terminal\n\n",
    ],
)
def test_a_byline_above_the_headline_is_no_title(header):
    """ "Transcript by the Hon Ann Lee MP" over the headline credits the text: the headline titles."""
    iv = ic.parse(header + _FERRY_DIALOGUE, id="x")
    assert iv.title == "Doorstop at the Ferry Terminal"


@pytest.mark.parametrize(
    "header",
    [
        "Subjects: ferries; the winter timetable; the new pier.\nE&OE...........................\n\n",
        "Topics: ferries; fares.\n\nE. & O. E.\n\n",
        "* Transcript: E&OE\nTopics covered: the pier lamps; the gulls.\n\n",
    ],
)
def test_a_subjects_list_and_the_disclaimer_of_errors_are_no_title(header):
    """A transcript's "Subjects: ..." and "E&OE" lines are its furniture: no title, no turn."""
    iv = ic.parse(header + _FERRY_DIALOGUE, id="x")
    assert iv.title is None
    assert len(iv) == 2
    assert iv.turns()[0].text == "Why did the ferries stop?"


def test_a_subjects_line_is_no_speakers_label():
    """ "Subjects: ferries; fares." above the labelled dialogue is no turn of a speaker "Subjects"."""
    text = (
        "Doorstop at the Ferry Terminal\n\n"
        "Subjects: the night ferry; fares; the winter timetable.\n\n"
        "Ann Lee: Good morning. The night ferry runs again from Monday. Happy to take questions.\n\n"
        "Journalist: Will the fares go up?\n\n"
        "Ann Lee: Not this year.\n\n"
        "Journalist: And the winter timetable?\n\n"
        "Ann Lee: It starts in November.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.turns()[0].text.startswith("Good morning.")
    assert all(turn.speaker.name != "Subjects" for turn in iv.turns())


def test_words_joined_in_progress_open_the_dialogue():
    """ "[In progress] — and so ..." below the header: the speaker's words, the dialogue's start."""
    text = (
        "Harbour Office Briefing on the Night Ferry\n\n"
        "By the Harbour Desk\nMay 4, 2026\n\n"
        "[In progress] — and so we moved the crossing to the later tide, and the crews have been "
        "working through the weekend on the new propellers, which arrive on Friday.\n\n"
        "MR. ROE: All right. Let's open it up to questions, starting with Ann.\n\n"
        "QUESTIONER: Ann Lee, Harbour Gazette. When will the ferry run again?\n\n"
        "MS. CHEN: On Monday, if the weather holds.\n"
    )
    iv = ic.parse(text, id="x")
    turns = iv.turns()
    assert turns[0].text.startswith("[In progress] — and so we moved")
    assert [turn.kind for turn in turns[1:]] == ["remark", "question", "answer"]
    assert iv.title == "Harbour Office Briefing on the Night Ferry"


def test_a_part_in_the_talk_in_lower_case_after_the_labels_comma():
    """ "ANN LEE, host:" names the host by her part in lower case: a label, then "LEE:" after."""
    text = (
        "ANN LEE, host: Why did the night ferry stop running in January?\n\n"
        "BO CHEN, guest: The river froze over.\n\n"
        "LEE: And when will it be back?\n\n"
        "CHEN: In March, once the new propellers arrive.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert iv.questions[0].text == "Why did the night ferry stop running in January?"
    assert iv.questions[0].speaker.name == "ANN LEE"


def test_a_question_put_again_in_nearly_the_same_words_is_one_question():
    """Two reporters' "Q" turns, one question reworded before the answer: one exchange."""
    text = (
        "QUESTION: Will the night ferry still run on Sunday?\n\n"
        "QUESTION: Will the night ferry run on Sunday, still?\n\n"
        "ANSWER: Yes, on the later tide.\n\n"
        "QUESTION: And the fares?\n\n"
        "ANSWER: The same as last year.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert iv.exchanges[0].answers[0].text == "Yes, on the later tide."


def test_a_question_with_one_word_changed_is_another_question():
    """ "... on Sunday?" then "... on Monday?": the changed word is the point, two questions."""
    text = (
        "QUESTION: Will the night ferry run on Sunday?\n\n"
        "QUESTION: Will the night ferry run on Monday?\n\n"
        "ANSWER: Both days, if the weather holds and the crew is well.\n\n"
        "QUESTION: And the day ferry?\n\n"
        "ANSWER: Every day of the week.\n"
    )
    iv = ic.parse(text, id="x")
    assert [len(exchange.questions) for exchange in iv.exchanges] == [1, 1, 1]


def test_youre_welcome_said_back_to_thanks_ends_no_opening():
    """ "You're welcome, Bo." returns thanks mid-interview: the questions before it stay asked."""
    text = (
        "Ann: How did you start working on the ferries, all those years ago?\n\n"
        "Bo: I started as a deckhand when I was sixteen, and I never left the harbour after that "
        "first summer on the water.\n\n"
        "Ann: What changed when the new terminal opened down by the river?\n\n"
        "Bo: Everything changed, the timetable, the crews, the boats themselves. Thanks for asking "
        "about that.\n\n"
        "Ann: You're welcome, Bo.\n\n"
        "Bo: It matters to me, because the crews were like a family and we lost some of that.\n\n"
        "Ann: Why did you stay on after that?\n\n"
        "Bo: Because the sea is the only work I know, and I still love the early crossings.\n"
    )
    iv = ic.parse(text, id="x")
    assert [q.text for q in iv.questions][:2] == [
        "How did you start working on the ferries, all those years ago?",
        "What changed when the new terminal opened down by the river?",
    ]


def test_a_welcome_to_a_show_named_with_its_description_stays_the_opening():
    """ "Welcome to Harbour Talk, the Port's ferry podcast.": the audience's welcome, no question."""
    text = (
        "Ann Lee: Welcome to Harbour Talk, the Port's ferry podcast.\n\n"
        "Bo Chen: Thanks for having me, Ann.\n\n"
        "Ann Lee: Why do the ferries run late in the winter months?\n\n"
        "Bo Chen: Because the tides are higher and the crews are fewer, and the old boats need "
        "more care.\n"
    )
    iv = ic.parse(text, id="x")
    assert [turn.kind for turn in iv.turns()] == ["remark", "answer", "question", "answer"]


def test_a_standfirst_that_asks_about_the_guest_stays_the_lede():
    """A lede asking about the guest in the third person ("What keeps her going?") asks no one."""
    text = (
        "The Night Ferry\n\n"
        "Jo Roe has worked ten winters on the night ferry. What keeps her going?\n\n"
        "Ann Lee: Jo, thanks for joining us today.\n\n"
        "Jo Roe: Thanks for having me, Ann.\n\n"
        "Ann Lee: Why do you still take the night shift after all these years?\n\n"
        "Jo Roe: Because the harbour is quiet at night, and I like the stars over the water.\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.lede == "Jo Roe has worked ten winters on the night ferry. What keeps her going?"
    assert iv.turns()[0].speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "close", ["That's our show for this week", "Well that is all the time we have today Bo"]
)
def test_a_hosts_sign_off_with_no_full_stop_closes_the_show(close):
    """The host signs off and the text's last mark is missing: a closing, no question cut off."""
    text = (
        "Ann Lee: Welcome to the show, Bo.\n\nBo Chen: Thanks, Ann.\n\n"
        "Ann Lee: Why did you take the boat?\n\nBo Chen: It was small, and it leaked.\n\n"
        "Ann Lee: And why did you sell it?\n\nBo Chen: It leaked too much, in the end.\n\n"
        f"Ann Lee: {close}"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert [turn.kind for turn in iv.turns()][-1] == "remark"


def test_where_few_turns_end_with_a_mark_a_last_turn_without_one_is_no_cut():
    """A transcript that marks only its questions: the host's last words, with no mark, close."""
    text = (
        "Ann Lee: welcome to the show Bo\n\nBo Chen: thanks Ann\n\n"
        "Ann Lee: why did you take the boat?\n\nBo Chen: it was small and it leaked a lot\n\n"
        "Ann Lee: and why did you sell it?\n\nBo Chen: it leaked too much in the end\n\n"
        "Ann Lee: well we should stop there for the harbour"
    )
    iv = ic.parse(text, id="x")
    assert [turn.kind for turn in iv.turns()][-1] == "remark"


def test_a_welcome_that_names_the_guests_office_is_the_first_exchange():
    """ "Joining me is Ann Lee, the Harbour Master. Welcome." - "Glad to be here.": formal, asked."""
    text = (
        "BO CHEN: Joining me tonight is Ann Lee, the Harbour Master. Welcome, and good evening.\n\n"
        "ANN LEE: Good evening, Bo. Glad to be here.\n\n"
        "BO CHEN: Why did the night ferry stop running in January?\n\n"
        "ANN LEE: The river froze over.\n\n"
        "BO CHEN: And when will it be back?\n\n"
        "ANN LEE: In March, once the new propellers arrive.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 3
    assert iv.questions[0].text.startswith("Joining me tonight is Ann Lee")


def test_a_browsers_page_title_over_the_headline_is_no_title():
    """ "Night ferry talk - Harbour Desk | Port Office" over the page's own headline."""
    text = (
        "Night ferry talk with the harbour master - Harbour Desk | Port Office\n"
        "Timetables and fares\n\n"
        "Night Ferry Talk With the Harbour Master\n"
        "4 May 2026\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Night Ferry Talk With the Harbour Master"


def test_a_name_then_the_kind_of_document_is_the_headline_over_a_cover_below():
    """ "Jo Roe Oral History" over an office's names and "Interview with Jo Roe": the first line."""
    text = (
        "Jo Roe Oral History\n\n"
        "The Harbour Office\n\n"
        "Ferry Records Project\n\n"
        "Interview with Jo Roe\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Jo Roe Oral History"


def test_a_kicker_that_names_the_kind_of_piece_stands_over_the_headline():
    """ "Harbour Weekly" / "Interview" / the headline: the line below the kicker is the title."""
    text = "Harbour Weekly\n\nInterview\n\nJo Roe looks back on ten winters of night ferries\n\n"
    iv = ic.parse(text + _FERRY_DIALOGUE, id="x")
    assert iv.title == "Jo Roe looks back on ten winters of night ferries"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


def test_a_teaser_of_another_post_cut_short_with_an_ellipsis_is_no_title():
    """A post's summary cut off with "…" right over the headline in its block: the next line is the title."""
    text = (
        "Ten years of the night ferry: the crews, the storms and the one winter when the river…\n"
        "A Night on the Pier With Jo Roe\n\n"
        "Jo Roe has kept the pier lamps for twenty years. She talked to us at dusk.\n\n"
        + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "A Night on the Pier With Jo Roe"


def test_a_posts_headline_right_above_its_date_below_its_series_description_is_the_title():
    """Site, series, a paragraph on the series, then the post's headline over its date."""
    text = (
        "Harbour Office\n\n"
        "Ferry Talks\n\n"
        "Ferry Talks is a series of short conversations with the people who keep the harbour "
        "running. Each one looks at a part of the work that passengers rarely see on the pier\n\n"
        "Jo Roe on ten winters of night ferries\n\n"
        "March 3, 2024\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Jo Roe on ten winters of night ferries"


def test_a_bullet_before_a_headline_is_no_word_of_the_title():
    """ "• The Night Ferry Crew on ..." as a page's list sets it: the title without the bullet."""
    headline = "The Night Ferry Crew on Ten Winters of Storms, Fog and Freight at the Pier"
    iv = ic.parse(f"• {headline}\n\n" + _FERRY_DIALOGUE, id="x")
    assert iv.title == headline
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


def test_a_line_naming_the_remarks_above_the_dialogue_is_the_title_below_a_sites_notices():
    """A site's notices (short lines, sentences), then "Remarks by ..." over the dialogue: the title."""
    text = (
        "The harbour board's website\nAbout this site\n\n"
        "Pages on this site are kept by the harbour board.\n\n"
        "Archived pages\n\n"
        "This page is part of an archive. Some of its links may no longer work.\n\n"
        "Remarks by the Harbour Master at the Opening of the New Pier\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Remarks by the Harbour Master at the Opening of the New Pier"


def test_a_direction_and_a_links_placeholder_run_into_the_headline_are_no_title():
    """ "Harbour Hour, part two Link [Sound of gulls]": the title ends before the placeholder."""
    text = "Harbour Hour, part two: the last keeper of the pier Link [Sound of gulls]\n\n"
    iv = ic.parse(text + _FERRY_DIALOGUE, id="x")
    assert iv.title == "Harbour Hour, part two: the last keeper of the pier"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title
    placeholder = ic.parse("Harbour Hour, part two URL\n\n" + _FERRY_DIALOGUE, id="x")
    assert placeholder.title == "Harbour Hour, part two"
    bare = ic.parse("Night Ferry Talks [Music]\n\n" + _FERRY_DIALOGUE, id="x")
    assert bare.title == "Night Ferry Talks"


def test_a_headline_ending_in_a_long_run_of_spaces_reads_at_once():
    """A 100,000-space run before a headline's last word is looked at once, from the line's end.

    The tail was found by a pattern that retried its leading spaces at every
    space of the run: quadratic, minutes for this line (188 s), seconds for a
    file whose first line held 20,000 spaces.
    """
    from interview_corpus.reading._header import _headline_tail

    line = "The Ferry Talk" + " " * 100_000 + "x"
    assert _headline_tail(line, 0, len(line)) is None
    directed = "The Ferry Talk" + " " * 100_000 + "[Bells]"
    assert _headline_tail(directed, 0, len(directed)) == len(directed) - len("[Bells]")
    iv = ic.parse("The Ferry Talk" + " " * 20_000 + "x\n\n" + _FERRY_DIALOGUE, id="x")
    assert len(iv) >= 1


def test_a_table_rows_first_cell_in_bold_names_the_speaker_of_the_next():
    """An interview set in a table, '<tr><td><strong>Ann</strong></td><td>words', one row a turn."""
    rows = [
        ("Ann", "Why did the night ferry stop running in January?"),
        ("Jo", "The river froze, and the ice broke two propellers."),
        ("Ann", "When will it run again?"),
        ("Jo", "In March, once the new propellers arrive."),
    ]
    text = "The Ferry Desk\n\n" + "\n\n".join(
        f'+++<tr>+++<td align="center">+++<strong>+++{name}+++</strong>+++</td>+++'
        f"<td>+++{words}+++</td>+++</tr>+++"
        for name, words in rows
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert [turn.speaker.name for turn in iv.turns()] == ["Ann", "Jo", "Ann", "Jo"]
    assert iv.questions[0].text.startswith("Why did the night ferry stop")
    plain = ic.parse(
        "<table><tr><td><b>Ann</b></td><td>Why did it stop?</td></tr>\n\n"
        "<tr><td><b>Jo</b></td><td>The river froze.</td></tr>\n\n"
        "<tr><td><b>Ann</b></td><td>For how long?</td></tr>\n\n"
        "<tr><td><b>Jo</b></td><td>A week.</td></tr></table>",
        id="y",
    )
    assert [turn.kind for turn in plain.turns()] == ["question", "answer"] * 2


def test_an_asciidoc_attribute_entry_gives_the_title():
    """Front matter written as AsciiDoc attributes (':title: ...') names the document."""
    text = '---\n:layout: post\n:title: "Night Ferries"\n---\n\n' + _FERRY_DIALOGUE
    assert ic.parse(text, id="x").title == "Night Ferries"


def test_a_verbatim_reports_labels_end_with_a_full_stop_and_a_dash():
    """ "Ann Lee, Member of the Board. − words": each speaker once, the form names them."""
    text = (
        "Harbour Council, sitting of 4 May\n\n"
        "  Chair. − The next item is the harbour master's question time.\n\n"
        "  Bo Chen, Member of the Council. − Why did the night ferry stop in January?\n\n"
        "  Jo Roe, Harbour Master. − The river froze, and the ice broke two propellers.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(turn.kind, turn.speaker.name) for turn in iv.turns()] == [
        ("remark", "Chair"),
        ("question", "Bo Chen"),
        ("answer", "Jo Roe"),
    ]
    assert iv.questions[0].text == "Why did the night ferry stop in January?"


def test_a_verbatim_reports_label_may_hold_an_initial_or_an_honorific():
    """ "Mr. Bo Chen, Member of the Council. − ...", "J. Roe, ... − ...": the name's full stops."""
    text = (
        "Harbour Council, sitting of 4 May\n\n"
        "  Chair. − The next item is questions to the harbour master.\n\n"
        "  Mr. Bo Chen, Member of the Council. − Why did the night ferry stop in January?\n\n"
        "  J. Roe, Harbour Master. − The river froze, and the ice broke two propellers.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(turn.kind, turn.speaker.name) for turn in iv.turns()] == [
        ("remark", "Chair"),
        ("question", "Mr. Bo Chen"),
        ("answer", "J. Roe"),
    ]


def test_a_verbatim_reports_form_inside_a_paragraph_makes_no_label_sure():
    """Minutes quoted inside a turn, their labels in mid-paragraph: the form opens no paragraph."""
    text = (
        "Ann Lee: Why did the night ferry stop in January? The minutes of the last sitting read:\n"
        "Bo Chen, Member of the Council. − Why did it stop?\n"
        "Jo Roe, Harbour Master. − The ice, as I said.\n\n"
        "Bo Chen: Because the river froze, and the ice broke two propellers.\n\n"
        "Ann Lee: When will it run again?\n\n"
        "Bo Chen: In March, once the new propellers arrive.\n"
    )
    iv = ic.parse(text, id="x")
    assert "Jo Roe" not in {speaker.name for speaker in iv.speakers}


def test_a_written_questions_heading_labels_the_question_below_it():
    """ "Question 7 by Bo Chen (Q-12/26)" over the question, then the answer's own label."""
    text = (
        "Harbour Council, sitting of 4 May\n\n"
        "  Chair. − The next item is questions to the harbour master.\n\n"
        "Question 7 by Bo Chen (Q-12/26)\n\n"
        "Subject: The night ferry\n\n"
        "Would the harbour master say when the night ferry will run again?\n\n"
        "  Jo Roe, Harbour Master. − In March, once the new propellers arrive.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 1
    assert iv.questions[0].text.startswith("Subject: The night ferry")
    assert iv.exchanges[0].answers[0].speaker.name == "Jo Roe"


def test_answers_on_the_line_below_each_labelled_question():
    """Only the questions are labelled ("Q."), each answer on the line right below its question."""
    text = (
        "Remarks of the Harbour Master on the pier\n\n"
        "Q. Will the night ferry run again this winter?\n"
        "It will, once the new propellers arrive.\n"
        "We expect them in March.\n\n"
        "Q. And the fares?\n"
        "They stay as they are.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert iv.questions[0].text == "Will the night ferry run again this winter?"
    assert iv.exchanges[0].answers[0].text.startswith("It will, once the new propellers arrive.")
    assert iv.exchanges[1].answers[0].text == "They stay as they are."


def test_answers_on_the_line_below_each_question_in_a_text_without_blank_lines():
    text = (
        "Remarks of the Harbour Master on the pier\n"
        "Q. Will the night ferry run again this winter?\n"
        "It will, once the new propellers arrive from the yard in the north of the country.\n"
        "Q. ¿Y las tarifas del próximo año, señor, van a subir para los pasajeros?\n"
        "They stay as they are, and we have said so to the council many times this year.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert iv.questions[1].text.startswith("¿Y las tarifas")
    assert iv.exchanges[1].answers[0].text.startswith("They stay as they are")


def test_a_headline_printed_again_after_its_sections_name_is_no_turn():
    """ "News Pier: Remarks ..." over "Pier: Remarks ...": one headline, no speaker "Pier"."""
    text = (
        "News Pier: Remarks by the Harbour Master on the night ferry\n\n"
        "Pier: Remarks by the Harbour Master on the night ferry\n\n"
        "Q. Will the night ferry run again this winter?\n"
        "It will, once the new propellers arrive.\n\n"
        "Q. And the fares?\n"
        "They stay as they are.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert {turn.speaker.name for turn in iv.turns()} == {"Interviewer", "Interviewee"}


def test_a_breadcrumb_trail_is_no_title_however_long():
    text = (
        "Home >  News >  Weekly Talk with the Harbour Master >  May 2026 >  Monday, May 4, 2026\n\n"
        "Weekly Talk with the Harbour Master\n\n"
        "Monday, May 4, 2026\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Weekly Talk with the Harbour Master"


def test_a_headline_printed_again_with_a_note_in_parentheses_is_the_title():
    """ "Weekly Talk ..." over its date, then "Weekly Talk ... (Excerpt)": the first is the title."""
    text = (
        "Weekly Talk with the Harbour Master\n\n"
        "Monday, May 4, 2026\n\n"
        "Weekly Talk with the Harbour Master (Excerpt)\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Weekly Talk with the Harbour Master"


def test_labels_glued_to_the_end_of_the_sentence_before_open_turns():
    """ "... run again?Master:" over the answer, as a page copied without its breaks leaves it."""
    text = (
        "Briefing of the Harbour Master\n"
        "Question:\n"
        "Will the night ferry run again this winter?Master:\n"
        "It will, once the new propellers arrive.Question:\n"
        "And the fares?Master:\n"
        "They stay as they are.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    assert iv.questions[0].text == "Will the night ferry run again this winter?"
    assert iv.exchanges[0].answers[0].text == "It will, once the new propellers arrive."
    assert iv.exchanges[1].answers[0].speaker.name == "Master"


def test_reporters_who_name_themselves_and_their_outlet_ask():
    """At a briefing the reporters say who they are; the spokesperson's checks back are no questions."""
    text = (
        "Jo Roe, Spokesperson: Good afternoon to all of you. Thank you for joining us for this "
        "briefing. I have no announcements, so I will take a few questions. Go ahead.\n\n"
        "Ann: Hi sir, Ann from the Daily Bank. The night ferry stopped again on Friday. Has the "
        "office raised it with the company? And a second question about --\n\n"
        "Jo Roe, Spokesperson: This is the island ferry?\n\n"
        "Ann: The island ferry, yes sir. The second question, on the fares, there are reports "
        "that --\n\n"
        "Jo Roe, Spokesperson: One question, okay, go ahead.\n\n"
        "Ann: The fares may go up in winter, if we can have clarity on that.\n\n"
        "Jo Roe, Spokesperson: This is about the winter fares?\n\n"
        "Ann: The winter fares, yes.\n\n"
        "Bo Chen: Sir, Bo Chen with Harbour Radio. Adding to her question, the company says the "
        "office asked it to stop the ferry on Friday.\n\n"
        "Jo Roe, Spokesperson: That is another matter. We will take it later on.\n"
    )
    iv = ic.parse(text, id="x")
    roles = {turn.speaker.name: turn.speaker.role for turn in iv.turns()}
    assert roles == {"Jo Roe": "interviewee", "Ann": "interviewer", "Bo Chen": "interviewer"}


def test_a_reporters_statement_put_to_the_official_is_answered_in_a_few_words():
    """REPORTER's statements, the official's short replies: each reply answers, no talk back."""
    text = (
        "REPORTER: This morning you said that the harbour company had ordered its night ferries "
        "back to port, and that fewer boats had been seen in the bay since Monday.\n\n"
        "HARBOUR MASTER ROE: I said nothing of the kind this morning.\n\n"
        "REPORTER: The harbour company itself has demanded that the ferries go back to port "
        "before the storm season starts next week.\n\n"
        "HARBOUR MASTER ROE: It is the harbour office that has made such demands.\n\n"
        "REPORTER: So the company has given no order of its own to the captains of its ferries "
        "on the island run, as far as the office knows.\n\n"
        "HARBOUR MASTER ROE: We have seen the reports, but nothing is confirmed.\n\n"
        "REPORTER: The captains themselves told the local paper yesterday that they had been "
        "ordered back to port by the company in writing.\n\n"
        "HARBOUR MASTER ROE: I have not seen any such letter.\n\n"
        "REPORTER: The council meets on Friday to discuss the ferries, and several members have "
        "said they will ask the office to explain what happened.\n\n"
        "HARBOUR MASTER ROE: We will answer the council on Friday.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 5
    assert iv.exchanges[0].answers[0].text == "I said nothing of the kind this morning."


def test_an_officials_remarks_above_questions_that_alone_are_labelled_open_the_dialogue():
    """ "Good morning," and the official's remarks, then "Q." questions with unlabelled answers."""
    text = (
        "Harbour Council: Remarks by the Harbour Master on arrival\n\n"
        "Good morning,\n\n"
        "Today we will talk about the night ferry, which has not run for a week, and about the "
        "fares for the winter.\n\n"
        "I think we will have a long meeting, but we have to decide before the storms come.\n\n"
        "Q. Will the night ferry run again this winter?\n"
        "It will, once the new propellers arrive.\n\n"
        "Q. And the fares?\n"
        "They stay as they are.\n"
    )
    iv = ic.parse(text, id="x")
    assert len(iv) == 2
    first = iv.turns()[0]
    assert first.text.startswith("Good morning,")
    assert first.speaker.role == "interviewee"


def test_a_headline_printed_after_its_sections_name_then_alone_is_titled_by_the_second():
    text = (
        "News Harbour Council: Remarks by the Harbour Master on the night ferry\n\n"
        "Harbour Council: Remarks by the Harbour Master on the night ferry\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Harbour Council: Remarks by the Harbour Master on the night ferry"


def test_a_sections_name_over_the_headline_that_begins_with_it_in_one_block_is_no_title():
    text = (
        "Press Talks\n"
        "Press Talks with the Harbour Master (10:02-10:09 A.M. May 4, 2026)\n"
        "Place: In front of the harbour office\n"
        "The original text is in Dutch.\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Press Talks with the Harbour Master (10:02-10:09 A.M. May 4, 2026)"


def test_the_headline_right_above_the_transcript_label_is_the_title_below_site_notices():
    """Site lines and notices, the headline, a date, then "Rush transcript" over the dialogue:
    the label names the kind of text below, and the candidate right above it is the title."""
    text = (
        "Ferry Office of the Islands\n\n"
        "Talks and Speeches\n\n"
        "These pages stay as they stood when the old office closed its doors.\n\n"
        "Some addresses below may lead to pages that have since moved.\n\n"
        "Captain Cy Lim Talks Tides at the Pier Forum\n\n"
        "12 June 2019\n\n"
        "Rush transcript\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Captain Cy Lim Talks Tides at the Pier Forum"


def test_an_images_text_above_a_headline_is_no_title():
    """ "Harbour Crest Logo" names a picture the copy lost: page furniture, not the headline."""
    text = (
        "Harbour Crest Logo\n\n"
        "You are on the pages of the harbour board.\n\n"
        "Padlock Icon\n\n"
        "Pages sent over a locked line keep your details to yourself.\n\n"
        "The Harbour Master Talks Night Ferries on the Evening Show\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "The Harbour Master Talks Night Ferries on the Evening Show"


def test_a_sub_heading_over_the_date_that_restates_the_headline_is_no_title():
    """Headline, a notice that the chat has ended, a sub-heading ending as the headline does,
    the date: the sub-heading restates the headline for the archive below, the headline titles it."""
    text = (
        "Island Ferries\n\n"
        "Your Winter Sailing Questions, Put to Captain Jo Roe\n\n"
        "Questions closed at noon on the day. Her replies are kept here for any islander "
        "who missed the hour, and a new round opens with the spring timetable.\n\n"
        "The Record of Questions Put to Captain Jo Roe\n\n"
        "12 January 2011\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Your Winter Sailing Questions, Put to Captain Jo Roe"


def test_a_title_field_run_on_with_other_fields_in_one_line_gives_the_title():
    """'Transcript for: X Description: ... Released: ...' in one line: X is the title."""
    text = (
        "From the Harbour Board, www.harbour.example Transcript for: The Night Ferry Talks "
        "Description: The master on the winter crossings Released: May 2026 "
        "[ Bo Chen: ] Why did the ferries stop? [ Jo Roe: ] The storms came early. "
        "[ Bo Chen: ] For how long? [ Jo Roe: ] A week at least."
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "The Night Ferry Talks"
    assert iv.source[iv.title_span.start : iv.title_span.end] == iv.title


def test_a_link_to_the_pages_main_content_is_no_title():
    """'To the main content area' (a skip link) and a section's name over a headline printed twice."""
    text = (
        "To the main content area\n\nNews & events\n\n"
        "Harbour Master questioned by the Island Gazette\n"
        "Harbour Master questioned by the Island Gazette\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "Harbour Master questioned by the Island Gazette"


@pytest.mark.parametrize("first", ["Jump to the central content", "News & events"])
def test_a_headline_printed_twice_is_the_title_below_a_sections_name(first):
    """A page's title and its heading, the same line twice, are the headline below its menu's name."""
    text = (
        first + "\n\nNews & events\n\nThe ferry crews answer the board\n"
        "The ferry crews answer the board\n\n" + _FERRY_DIALOGUE
    )
    iv = ic.parse(text, id="x")
    assert iv.title == "The ferry crews answer the board"


@pytest.mark.parametrize("counter", ["You are on page 1 of 96", "Page 3/24", "Seite 2 von 40"])
def test_a_page_counter_is_no_title(counter):
    """'You are on page 1 of 96' over the headline: the viewer's counter, not the title."""
    text = counter + "\n\nThe Harbour Board's Winter Hearing\n\n" + _FERRY_DIALOGUE
    iv = ic.parse(text, id="x")
    assert iv.title == "The Harbour Board's Winter Hearing"


def test_a_note_in_brackets_over_numbered_lines_is_no_title():
    """'1 [The hearing was called to order at 0900,' / '2 4 May 2026.]': a direction, no title."""
    lines = [
        "[The hearing was called to order at 0900, 4 May",
        "2026.]",
        "CHAIR: Good morning. Why did the ferries stop this",
        "winter, Ms Lee?",
        "MS LEE: The storms came early this year, and the",
        "boats could not sail.",
        "CHAIR: For how long will they stop, and who will",
        "carry the mail?",
        "MS LEE: For a week at least, and the mail will go",
        "by the morning plane.",
        "CHAIR: Will the fares rise when the boats sail",
        "again in the spring?",
        "MS LEE: No, the board has kept them as they were",
        "for three years now.",
        "CHAIR: And the new pier, when will it open to the",
        "island's traffic?",
        "MS LEE: In June, if the weather holds and the",
        "builders keep to their time.",
        "CHAIR: Thank you, Ms Lee. We will sit again on",
        "Friday.",
    ]
    text = "\n\n".join(f"{number} {line}" for number, line in enumerate(lines, 1))
    iv = ic.parse(text, id="x")
    assert iv.title is None


def test_a_date_behind_a_line_number_is_no_title():
    """'15 Friday, May 8, 2026' (a numbered transcript's line) dates the text; it is no title."""
    text = "15 Friday, May 8, 2026\n\nThe Harbour Board's Winter Hearing\n\n" + _FERRY_DIALOGUE
    iv = ic.parse(text, id="x")
    assert iv.title == "The Harbour Board's Winter Hearing"
    assert iv.published is not None
    assert iv.published.isoformat() == "2026-05-08"


_ONCE_EACH = (
    "Ann Lee: Will the Minister say when the new ferry pier will open?\n\n"
    "The Minister: The pier opens in the spring, once the harbour is dredged.\n\n"
    "Bo Chen: What will the crossing cost the islanders who use it daily?\n\n"
    "The Minister: The fare stays as it is for residents, as the law provides.\n"
)


@pytest.mark.parametrize("bold", [False, True])
def test_the_first_of_askers_who_each_speak_once_asks_at_the_top_of_the_text(bold):
    """A label used once on the text's first line, whose words ask and are answered, is a turn."""
    text = _ONCE_EACH
    if bold:
        text = "\n\n".join(
            f"**{label}:**{words}"
            for label, _, words in (p.partition(":") for p in text.strip().split("\n\n"))
        )
    iv = ic.parse(text, id="x")
    assert [t.speaker.name for t in iv.turns()] == [
        "Ann Lee",
        "The Minister",
        "Bo Chen",
        "The Minister",
    ]
    assert iv.questions[0].text == "Will the Minister say when the new ferry pier will open?"
    assert len(iv) == 2


def test_a_headline_label_on_the_first_line_that_asks_nothing_stays_the_header():
    """ "Harbour News: The new ferry pier and its fares" names the text: no one says it."""
    iv = ic.parse("Harbour News: The new ferry pier and its fares\n\n" + _ONCE_EACH, id="x")
    assert iv.turns()[0].speaker.name == "Ann Lee"
    assert len(iv) == 2


def test_members_labelled_with_their_seat_and_party_in_brackets():
    """ "Ann Lee (Eastport) (Lab):", "Bo Chen (Hill End and Moor) (Grn/Ind):" label speakers."""
    text = (
        "Jo Roe: The pier opens in the spring.\n\n"
        "Ann Lee (Eastport) (Lab): What will the crossing cost the islanders?\n\n"
        "Jo Roe: The fare stays as it is for residents.\n\n"
        "Bo Chen (Hill End and Moor) (Grn/Ind): When will the night ferry run again?\n\n"
        "Jo Roe: Once the new propellers arrive.\n"
    )
    iv = ic.parse(text, id="x")
    names = [t.speaker.name for t in iv.turns()]
    assert names == ["Jo Roe", "Ann Lee", "Jo Roe", "Bo Chen", "Jo Roe"]
    assert iv.turns()[1].speaker.description == "Eastport (Lab)"
    assert len(iv) == 2


def test_a_long_office_that_names_its_holder_in_brackets_is_a_label():
    """An office of ten words and more, its holder's name in brackets after it, labels a turn."""
    office = "The Deputy Keeper of Rolls for Piers and Ferries of the Outer Isles"
    text = (
        "Ann Lee: When will the night ferry run again?\n\n"
        f"{office} (Jo Roe): Once the new propellers arrive.\n\n"
        "Ann Lee: And what will the crossing cost the islanders?\n\n"
        "Jo Roe: The fare stays as it is for residents.\n"
    )
    iv = ic.parse(text, id="x")
    assert [t.kind for t in iv.turns()] == ["question", "answer", "question", "answer"]
    assert iv.turns()[1].text == "Once the new propellers arrive."


def test_written_questions_tabled_in_the_indirect_form_are_asked():
    """ "To ask the Minister ... (88)": a question with a full stop, its number after it."""
    text = (
        "Replies to Questions on Paper\n\n"
        "Ann Lee:\n"
        "  To ask the Minister for Ports when the new ferry pier will open. (88)\n\n"
        "Jo Roe:\n"
        "  The pier opens in the spring, once the harbour has been dredged and the piles set.\n\n"
        "Bo Chen:\n"
        "  To ask the Minister for Ports how many islanders use the crossing daily.\n\n"
        "Jo Roe:\n"
        "  Some four hundred islanders cross each day, more in the summer months.\n\n"
        "Cy Lim:\n"
        "  To ask the Secretary of State for Fisheries how many boats were licensed last year.\n\n"
        "Di Fox:\n"
        "  Forty-two boats were licensed last year, six more than the year before.\n"
    )
    iv = ic.parse(text, id="x")
    assert [t.kind for t in iv.turns()] == ["question", "answer"] * 3
    assert [q.speaker.name for q in iv.questions] == ["Ann Lee", "Bo Chen", "Cy Lim"]
    assert len(iv) == 3


def test_a_heading_with_a_colon_that_ends_no_sentence_titles_a_section():
    """ "### Ferries: Fares" above a question heads its section; it is no speaker's turn."""
    text = (
        "**Ann Lee:** When will the new ferry pier open?\n\n"
        "**Jo Roe:** In the spring, once the harbour is dredged.\n\n"
        "### Ferries: Fares\n\n"
        "**Bo Chen:** What will the crossing cost?\n\n"
        "**Jo Roe:** The fare stays as it is for residents.\n"
    )
    iv = ic.parse(text, id="x")
    assert [t.speaker.name for t in iv.turns()] == ["Ann Lee", "Jo Roe", "Bo Chen", "Jo Roe"]


def test_a_header_that_outlines_a_records_parts_in_headings_names_no_title():
    """Headings of three levels that go back up (assembly, sitting, office, topic): no title."""
    text = (
        "## Island Assembly\n\n"
        "### Sitting of 4 May 2026\n\n"
        "#### Piers Office\n\n"
        "### Replies on Paper\n\n"
        "#### Ferries\n\n" + _ONCE_EACH
    )
    iv = ic.parse(text, id="x")
    assert iv.title is None
    assert str(iv.published) == "2026-05-04"
    assert iv.turns()[0].speaker.name == "Ann Lee"


def test_a_number_after_a_long_run_of_blanks_ends_no_sentence_at_once():
    """A 100,000-blank run before "x (3)" is looked at once: the number's pattern has no blanks.

    The pattern that found a number in brackets at a line's end began with the
    blanks before it, and retried them from each blank of the run: quadratic,
    seconds for 10,000 blanks, minutes for this line.
    """
    from interview_corpus.reading import _structure

    assert not _structure._NUMBER_AFTER.pattern.startswith("[ \\t]")
    assert _structure._ends_sentence("Jo Roe" + " " * 100_000 + "x (3)") is False
    assert _structure._ends_sentence("The ferry runs at noon." + " " * 100_000 + "(3)") is True
    assert _structure._ends_sentence("The ferry runs at noon. \\[117\\]") is True
    header = "Moderator: Jo Roe" + " " * 20_000 + "x (3)\n\n"
    assert len(ic.parse(header + _FERRY_DIALOGUE, id="x")) >= 1


@pytest.mark.parametrize(
    "header",
    [
        "## The Ferry Hour\n\n### Episode 12: Night Crossings\n\n#### Transcript\n\n",
        "## Harbour Radio\n\n### Night Crossings with Jo Roe\n\n#### May 4, 2024\n\n",
    ],
)
def test_a_pages_headings_that_only_go_down_keep_its_title(header):
    """ "##", "###", "####" one under the other are a page's title over its subtitles: no outline."""
    iv = ic.parse(header + _FERRY_DIALOGUE, id="x")
    assert iv.title == header[3 : header.index("\n")]


@pytest.mark.parametrize("below", ["", "May 4, 2024\n\n"])
def test_a_headline_ending_in_logo_alone_above_the_dialogue_is_the_title(below):
    """ "Designing the Harbour Logo", the header's one line that could be the headline, is it."""
    iv = ic.parse("Designing the Harbour Logo\n\n" + below + _FERRY_DIALOGUE, id="x")
    assert iv.title == "Designing the Harbour Logo"
