"""Tests for the reader's roles module: the cues it searches turns for."""

from __future__ import annotations

import pytest

import interview_corpus as ic
from interview_corpus.model._span import Span
from interview_corpus.reading import _roles
from interview_corpus.reading._roles import RawTurn

from .helpers import searched_by_first_character


@pytest.mark.parametrize("name", ["_HOST_CUE", "_GUEST_CUE", "_GREETING", "_CHAIR_CUE"])
def test_cues_are_searched_for_by_their_first_letters(name):
    """Each cue opens with a letter, so a search skips to those letters instead of trying every character."""
    assert searched_by_first_character(getattr(_roles, name))


@pytest.mark.parametrize(
    ("words", "welcomes", "thanks_host"),
    [
        ("Our guest today is Ann Lee.", True, False),
        ("My guest is Ann Lee.", True, False),
        ("Thank you for joining us, Ann.", True, False),
        ("Thanks for being here.", True, False),
        ("Thank you for the question.", False, False),
        ("Nice to be here, Bo.", False, True),
        ("It is a pleasure to be with you.", False, True),
        ("Good to be back.", False, False),
        ("Good morning, folks, and a warm day it is.", True, False),
        ("Hello everyone. We are live.", True, False),
        ("Hello, Ann.", False, False),
        ("Thanks for having me.", False, True),
    ],
)
def test_what_welcomes_and_what_thanks_the_host(words, welcomes, thanks_host):
    """A host's welcome and a guest's thanks for being invited, in a turn's opening words."""
    text = f"Ann: {words}"
    turn = RawTurn("remark", Span(0, 4), [(5, len(text))], "Ann", keyword=False)
    turn.measure(text)
    assert (_roles.welcomes(text, turn), _roles.thanks_host(text, turn)) == (welcomes, thanks_host)


@pytest.mark.parametrize(
    ("words", "asks_only_in_tail"),
    [
        ("right, Ann? Yes. So the ferry came back in May.", True),  # finishes "Is that"
        ("right, Ann? Yes. And when did it come back?", False),  # asks on its own too
        ("Right, Ann? Yes. So the ferry came back in May.", False),  # a sentence of its own
        ("and then it sank.", False),
    ],
)
def test_a_question_mark_in_a_turns_lower_case_tail_ends_the_turn_before(words, asks_only_in_tail):
    """A turn that opens in lower case finishes the sentence the turn before broke off."""
    text = f"Bo: {words}"
    turn = RawTurn("remark", Span(0, 4), [(4, len(text))], "Bo", keyword=False)
    assert _roles._asks_only_in_tail(text, turn) is asks_only_in_tail


@pytest.mark.parametrize(
    ("words", "requests"),
    [
        ("Tell us about the ferry.", True),
        ("Could you walk me through the first day?", True),
        ("I'd love for you to give us the short version.", True),
        ("In your own words, describe the first day.", True),
        ("The crew thinks you're going to take us out past the buoy.", False),
        ("They tell us it will be late again.", False),
        ("He'll give us some assurance that it works.", False),
        ("The engineers describe it as slow.", False),
        ("They describe it as slow.", False),
        ("My neighbours tell me it sank.", False),
    ],
)
def test_a_verb_of_telling_after_another_subject_tells_a_story(words, requests):
    """A verb of telling whose subject is another, or in the future, tells what someone does."""
    text = f"Ann: {words}"
    turn = RawTurn("remark", Span(0, 4), [(5, len(text))], "Ann", keyword=False)
    assert _roles.requests(text, turn) is requests


@pytest.mark.parametrize(
    ("words", "welcomes"),
    [
        ("Well, Ann, welcome.", True),
        ("Welcome, Ann!", True),
        ("welcome back, Ann.", True),
        ("You're welcome, Ann.", False),
        ("you are welcome, Ann.", False),
        ("So welcome Back to the show.", False),
        ("She's welcome to come along.", False),
    ],
)
def test_a_welcome_by_name_sets_the_name_off_with_a_comma(words, welcomes):
    """ "Welcome, Ann!" welcomes Ann; "You're welcome, Ann." returns thanks, welcoming no one."""
    assert (_roles._WELCOMED_BY_NAME.search(words) is not None) is welcomes


def test_who_answered_is_the_interviewee_where_too_few_answers_weigh_the_floor():
    """A host's long welcome and one question, one answer: who answered, not who spoke longer."""
    welcome = " ".join(["Good evening and welcome to our yearly programme from the harbour."] * 4)
    text = (
        f"Ann Lee: {welcome}\n\nBo Chen: Good evening.\n\n"
        "Ann Lee: What did the town build this year?\n\n"
        "Bo Chen: A new pier, and the school on the hill."
    )
    iv = ic.parse(text, id="x")
    assert {speaker.name: speaker.role for speaker in iv.speakers} == {
        "Ann Lee": "interviewer",
        "Bo Chen": "interviewee",
    }
    assert [question.text for question in iv.questions][-1] == "What did the town build this year?"


def test_a_hosts_question_after_the_guests_last_words_leaves_the_thanks_before_it_closing():
    """The hosts' last question to the guest is the last one before the guest's last words: a
    host's "Bo, anything you want to add?" to a co-host after it does not make the thanks and the
    guest's "Great, thanks." before it an exchange."""

    answers = (
        "With one old boat and two friends who knew the harbour, back when the town had no bridge.",
        "A yard up the coast built it in one winter, from the plans my father drew on timetables.",
        "The city ran its own service then, and only when they gave it up could we buy a boat.",
        "The one when the bay froze over, and we walked the mail across the ice to the island.",
    )
    questions = (
        "Kim Ota: How did the ferry company begin?",
        "Bo Chen: And who built the second boat?",
        "Kim Ota: Why did the third boat take so long?",
        "Bo Chen: What was the worst winter?",
    )
    text = "".join(f"{q}\n\nAnn Lee: {a}\n\n" for q, a in zip(questions, answers, strict=True)) + (
        "Kim Ota: Thank you so much for joining us, Ann.\n\n"
        "Ann Lee: Great, thanks.\n\n"
        "Kim Ota: Bo, anything you want to add?\n\n"
        "Bo Chen: Only that I want to ride that second boat some day.\n"
    )
    iv = ic.parse(text, id="x")
    thanks = next(turn for turn in iv.turns() if turn.text.startswith("Thank you so much"))
    assert thanks.kind == "remark"
    assert [len(exchange.answers) for exchange in iv] == [1, 1, 1, 1, 0]


def test_a_guests_thanks_for_being_invited_in_the_close_is_no_answer_at_any_short_length():
    """In the close, the host's thanks and the guest's thanks for being invited are no exchange,
    though the guest's thanks run past a few words (with a note of the exit music)."""
    text = (
        "Host: Why did you start the ferry?\n\n"
        "Guest: It began with the rivers, long ago, when my father had a boat and the town "
        "needed a second one to carry the mail.\n\n"
        "Host: And what came next?\n\n"
        "Guest: The sea, and then the islands, one after another, until we ran six boats every "
        "day of the year.\n\n"
        "Host: Right. Thanks a lot for coming in to talk with us today.\n\n"
        "Guest: Thanks so much for having me, all of you! (Exit music begins: harbour waltz)\n\n"
        "Host: And thanks so much for listening. Have you ridden a ferry lately? Write to us, "
        "and see you next week."
    )
    iv = ic.parse(text, id="x", interviewer="Host", interviewee="Guest")
    assert len(iv) == 2
    assert [s.text for s in iv.statements] == [
        "Thanks so much for having me, all of you! (Exit music begins: harbour waltz)"
    ]


@pytest.mark.parametrize(
    ("words", "hands_over"),
    [
        ("Thank you. The gentleman from Ohio, Mr. Roe?", True),
        ("The gentlelady from Iowa, Ms. Lee?", True),
        ("Thank you. Is that correct, Mr. Roe?", False),
        ("Do you agree with that, Dr. Lee?", False),
        ("Thank you. The Ranking Member, Mr. Roe?", True),
        ("And the other one, Mr. Roe?", False),
        ("What did the report say?", False),
    ],
)
def test_a_call_by_who_and_name_hands_the_floor_on_despite_its_question_mark(words, hands_over):
    """A chair's "The gentleman from Ohio, Mr. Roe?" calls the next member: no question to answer."""
    text = f"Ann: {words}"
    turn = RawTurn("remark", Span(0, 4), [(5, len(text))], "Ann", keyword=False)
    turn.measure(text)
    assert _roles.hands_over(text, turn) is hands_over


def test_a_member_in_a_back_and_forth_with_the_witness_does_not_chair_by_thanking():
    """A member whose long turns open with thanks but draw the witness's replies asks: no chair."""
    text = (
        "    Ms. Pryce. The committee will come to order. We welcome Dr. Kay.\n\n"
        "    Dr. Kay. Thank you. The port is in good shape and the works are on time.\n\n"
        "    Ms. Pryce. Thank you. The Chair recognizes Ms. Ode.\n\n"
        "    Ms. Ode. Who pays for the works?\n\n"
        "    Dr. Kay. The state pays half of it and a federal grant pays the rest of it.\n\n"
        "    Ms. Ode. And when do they start?\n\n"
        "    Dr. Kay. In the spring, when the budget is set and the plans are signed.\n\n"
        "    Ms. Pryce. Thank you. The Chair recognizes Mr. Roe.\n\n"
        "    Mr. Roe. Will the ferries run while the quay is closed?\n\n"
        "    Dr. Kay. They will run from the old quay, which stays open until the new one is done.\n\n"
        "    Ms. Pryce. Thank you. The Chair recognizes Mr. Lee.\n\n"
        "    Mr. Lee. Thank you, Madam Chair. It is an honor to serve here, and I have read "
        "the plans for the port with care, as the works will change my district for years.\n\n"
        "    Dr. Kay. They will, and we have met the towns along the river to hear them. We held "
        "twelve meetings last year, one in each town, and we changed the plans twice to keep "
        "the old quay open while the new one is built, so that the ferries can still run.\n\n"
        "    Mr. Lee. Thank you for that. I am glad to hear the towns were heard, since the "
        "river is where the families of my district live and work every day of the year.\n\n"
        "    Dr. Kay. We will keep meeting them until the works are done. Each town has a "
        "liaison officer now, and the minutes of every meeting are published within a week, "
        "with the changes we made and the ones we could not make, and the reasons why.\n\n"
        "    Mr. Lee. Thank you, Madam Chair. I yield back.\n\n"
        "    Ms. Pryce. Thank you. The committee stands adjourned.\n"
    )
    iv = ic.parse(text, id="x", strict=False)
    roles = {speaker.name: speaker.role for speaker in iv.speakers}
    assert (roles["Mr. Lee"], roles["Ms. Pryce"]) == ("interviewer", "moderator")
    assert [turn.kind for turn in iv.turns() if turn.speaker.name == "Mr. Lee"][:2] == [
        "question",
        "question",
    ]


@pytest.mark.parametrize(
    ("opening", "reply", "first_question"),
    [
        # A greeting said to the guest, returned with a greeting only: the first exchange.
        (
            "Good morning, Minister, and welcome to the programme.",
            "Good morning, Jo.",
            "Good morning, Minister,",
        ),
        (
            "The ferries stop tonight. Good morning to you, Minister.",
            "Good morning, Jo.",
            "The ferries stop tonight.",
        ),
        ("Minister, good morning.", "Good morning, Jo.", "Minister, good morning."),
        # A greeting to the audience, returned with a greeting: the show's opening.
        (
            "Hello and welcome to the programme. My guest is the minister.",
            "Good morning, Jo.",
            "Why do the ferries",
        ),
        # A welcome addressed with an honorific, returned: a formal interview's first exchange.
        ("Mr. Minister, thank you for joining us.", "Glad to be here.", "Mr. Minister, thank you"),
        # A show's welcome by first name, returned: the opening.
        ("Jo, thank you for joining us.", "Glad to be here.", "Why do the ferries"),
    ],
)
def test_a_greeting_or_formal_welcome_returned_is_the_first_exchange(
    opening, reply, first_question
):
    """A host greets the guest by name or title, or welcomes them with an honorific ("Mr. Minister,
    thank you for joining us."), and the guest only returns it: an exchange."""
    text = (
        f"HOST: {opening}\n\nMINISTER: {reply}\n\n"
        "HOST: Why do the ferries stop tonight?\n\nMINISTER: The rivers are low.\n\n"
        "HOST: And tomorrow?\n\nMINISTER: They run again."
    )
    iv = ic.parse(text, id="x")
    assert iv.exchanges[0].question.text.startswith(first_question)


def test_a_few_words_of_thanks_and_greeting_greeted_back_are_no_exchange():
    """ "Thank you, Chair. Good evening." - "Good evening." opens the examination: a remark."""
    text = (
        "Mr. Lee: Thank you, Chair. Good evening.\n\nMr. Rex: Good evening, sir.\n\n"
        "Mr. Lee: Why did the ferries stop?\n\nMr. Rex: The storms.\n\n"
        "Mr. Lee: For how long?\n\nMr. Rex: A week."
    )
    iv = ic.parse(text, id="x")
    assert iv.exchanges[0].question.text == "Why did the ferries stop?"


@pytest.mark.parametrize(
    ("request_words", "first"),
    [
        ("", "So when"),
        ("Ann, could you introduce yourself for our listeners.", "Hello, everybody."),
        ("Ann, give us an introduction to the ferries.", "Hello, everybody."),
        ("Ann, tell us a little about yourself.", "Hello, everybody."),
    ],
)
def test_a_welcome_that_asks_the_guest_to_introduce_themselves_is_the_first_question(
    request_words, first
):
    """A welcome followed by small talk is the opening; but a welcome that asks the guest to
    introduce themselves, answered at length, is the first question."""
    text = (
        "Kim Ota: Hello, everybody. I'm Kim Ota, and with me today is Ann Lee of the port. We are "
        f"here to talk about the new ferry, your project of the last few years. {request_words}\n\n"
        "Ann Lee: Sure. I'm Ann Lee, I have run the port for ten years, and before that I "
        "worked in the yards up the coast, building the boats that the old ferry replaced.\n\n"
        "Kim Ota: That must be a common feeling on the ferries.\n\n"
        "Ann Lee: It has been a long project, and it is good to have it off my desk.\n\n"
        "Kim Ota: So when did you first plan it?\n\n"
        "Ann Lee: In the winter of the big storms, when the old ferry broke down.\n\n"
        "Kim Ota: And who built it?\n\nAnn Lee: A yard up the coast."
    )
    assert ic.parse(text, id="x").questions[0].text.startswith(first)


@pytest.mark.parametrize(
    ("announcement", "ann"),
    [
        ("I am joined today by Ann and Bo.", "interviewee"),
        ("I am joined today by my colleague Ann and by Bo.", "interviewer"),
    ],
)
def test_the_guests_a_host_announces_as_joining_answer(announcement, ann):
    """'I am joined today by Ann and Bo.': Ann is a guest, although she asks Bo more than the
    host does; a colleague so announced hosts."""
    text = (
        "Ann: trust was the whole story, and still is. That is how it went.\n\n"
        f"Kim: Welcome to the harbour show. {announcement} Why don't you both introduce "
        "yourselves?\n\n"
        "Ann: Sure. I am Ann, I run the port, and I have for ten years now.\n\n"
        "Kim: Great. Bo?\n\n"
        "Bo: I'm Bo, I build the boats up the coast, and I have done so all my life, as my "
        "father did before me, and his father before him, in the same yard by the river.\n\n"
        "Ann: Your father built mine too, didn't he? How old is it now?\n\n"
        "Bo: He did, and it still sails every summer, from the harbour to the islands and back, "
        "with the same engine and the same crew as forty years ago.\n\n"
        "Ann: And what changed with the new ferry? Was it the hull?\n\n"
        "Bo: Everything, from the hull to the engines, and the way the crews are trained, "
        "which is the part that took the longest and cost the most.\n\n"
        "Kim: And the trust?\n\n"
        "Bo: It grew with it, slowly, one crossing after another, until nobody asked any more."
    )
    roles = {speaker.name: speaker.role for speaker in ic.parse(text, id="x").speakers}
    assert roles == {"Ann": ann, "Bo": "interviewee", "Kim": "interviewer"}


def test_a_speaker_whose_welcome_the_guest_thanks_for_is_no_chair():
    """A named speaker heard once, in the opening, whose 'thank you for being with us' the guest
    returns ('Happy to be with you.'), welcomes the guest as the asker, before the questions go on
    under a keyword: the welcome is the first question, not a chair's words."""
    text = (
        "Interview with the Minister of Ports\n\nMay 12, 2013\n\n"
        "HARBOUR RADIO CORRESPONDENT ANN LEE: Mr. Minister thank you for being with us.\n\n"
        "MINISTER OF PORTS BO CHEN: Happy to be with you.\n\n"
        "QUESTION: Why did the ferries stop this winter?\n\n"
        "MINISTER OF PORTS BO CHEN: The storms came early, and the board decided to keep the "
        "boats in the harbour until the spring.\n\n"
        "QUESTION: When will they run again?\n\n"
        "MINISTER OF PORTS BO CHEN: On Monday, from the north pier."
    )
    iv = ic.parse(text, id="x")
    assert [exchange.question.text for exchange in iv][:2] == [
        "Mr. Minister thank you for being with us.",
        "Why did the ferries stop this winter?",
    ]
    assert len(iv) == 3


def test_a_greeting_to_the_audience_opens_the_show_like_a_welcome():
    """A host's "Good evening, everyone", asking only with a tag and brushed aside, is the opening.

    The first question is the host's next turn, which asks the guest something.
    """
    text = (
        "Ann: Good evening, everyone, and it is a wet night down on the harbour tonight, right? "
        "With me in the studio is a ferry skipper.\n\n"
        "Bo: Pouring, yes.\n\n"
        "Ann: So why do the ferries run late?\n\n"
        "Bo: The old engines wore out, and nobody ordered new ones for years.\n\n"
        "Ann: And what changed then?\n\n"
        "Bo: A new council, and a budget for them at last.\n"
    )
    interview = ic.parse(text, id="harbour")
    assert interview.questions[0].text == "So why do the ferries run late?"
    assert len(interview) == 2


def test_hosts_who_talk_among_themselves_after_a_cold_open_narrate():
    """A guest's clip heard before any host does not end the hosts' opening banter.

    The hosts talk to each other (one asks the other what to ask the guest);
    the first question is the first one put to the guest.
    """
    text = (
        "Cy: The harbour never sleeps, and neither do the people who keep the ferries going.\n\n"
        "Bo: Ann.\n\n"
        "Ann: We are back, and a ferry skipper joins us today. What should we ask her?\n\n"
        "Bo: Maybe about the engines.\n\n"
        "Ann: Yes, the engines. Let's start there.\n\n"
        "Ann: Cy, why do the ferries run late?\n\n"
        "Cy: The old engines wore out, and nobody ordered new ones for years.\n\n"
        "Bo: And what changed then?\n\n"
        "Cy: A new council came in, and it found a budget for them at last.\n\n"
        "Ann: Did the new engines help?\n\n"
        "Cy: They did, the boats have run on time ever since that winter.\n\n"
        "Bo: Who built the new engines?\n\n"
        "Cy: A yard up the coast, the same one that built the first boats.\n"
    )
    interview = ic.parse(text, id="harbour")
    assert interview.questions[0].text == "Cy, why do the ferries run late?"


def test_an_opening_statement_before_reporters_ask_is_no_cold_open():
    """A statement heard first, then reporters who ask one after another: each question stands."""
    text = (
        "Cy: The harbour reopens on Monday.\n\n"
        "Ann: When will the ferries run again?\n\n"
        "Bo: And who pays for the repairs?\n\n"
        "Cy: The ferries run from Monday, and the council pays.\n\n"
        "Ann: Is the old pier safe?\n\n"
        "Cy: It is, the engineers checked it last week.\n"
    )
    interview = ic.parse(text, id="harbour")
    assert interview.questions[0].text == "When will the ferries run again?"


def test_below_heading_questions_who_follows_up_with_each_answerer_asks():
    """Below headings that put one question to a round of speakers, the speaker whose own
    questions three of them answer is the interviewer, though most of their words only react;
    those reactions are remarks, the follow-ups questions."""
    text = (
        "# Panel\n\n## Transcript\n\n### 1- Who are you?\n\n"
        "**ANN LEE:** I'm Ann Lee. I keep the harbour lights and the tide tables for the town.\n\n"
        "**CY DOE:** Oh, the tide tables! Do you print them?\n\n"
        "**ANN LEE:** Every month, on the old press in the harbour office, for the boats.\n\n"
        "**CY DOE:** Lovely.\n\n"
        "**BO CHEN:** I'm Bo Chen. I run the ferry yard and train the apprentices there.\n\n"
        "**CY DOE:** How long have you run it?\n\n"
        "**BO CHEN:** Twenty years this spring, since my mother handed the yard over to me.\n\n"
        "**CY DOE:** That is a long time.\n\n"
        "### 2- What does the harbour mean to you?\n\n"
        "**ANN LEE:** It means the town, the boats and the people who come back every summer.\n\n"
        "**CY DOE:** Same here, honestly.\n\n"
        "**DI ROE:** It means work, mostly, and the view from the yard when the weather is fair.\n\n"
        "**CY DOE:** Is that why you stayed?\n\n"
        "**DI ROE:** Partly, and partly because the yard needed someone who knew the old boats.\n\n"
        "**CY DOE:** I love that.\n\n"
        "**BO CHEN:** For me it is my family's work, three generations of it, and the trade.\n"
    )
    iv = ic.parse(text, id="panel")
    roles = {speaker.name: speaker.role for speaker in iv.speakers}
    assert roles["CY DOE"] == "interviewer"
    assert {roles[name] for name in ("ANN LEE", "BO CHEN", "DI ROE")} == {"interviewee"}
    cy = [turn for turn in iv.turns() if turn.speaker.name == "CY DOE"]
    assert [turn.kind == "question" for turn in cy] == ["?" in turn.text for turn in cy]
    assert len(iv) == 5


def test_a_speakers_own_next_line_is_no_reply_to_them():
    """Where a transcript labels each line, a presenter's lines follow one another: only the turns
    another speaker follows tell whom the presenter draws a reply from."""
    lines = [
        ("Ann", "The new timetable starts on Monday."),
        ("Ann", "The first boat leaves at six."),
        ("Ann", "The last one leaves at ten."),
        ("Bo", "Does the Sunday boat still run?"),
        ("Ann", "It does, once more in the afternoon."),
        ("Bo", "Thank you."),
    ]
    text, turns = "", []
    for label, words in lines:
        start = len(text)
        text += f"{label}: {words}\n\n"
        turn = RawTurn(
            "remark",
            Span(start, start + len(label)),
            [(start + len(label) + 2, len(text) - 2)],
            label,
            keyword=False,
            key=label.casefold(),
        )
        turn.measure(text)
        turns.append(turn)
    stats = _roles._Stats(text, turns)
    roles: dict[str, ic.Role] = {"ann": "interviewee", "bo": "interviewer"}
    assert stats.share_followed_by("ann", roles, "interviewer") == 1.0
    assert stats.share_followed_by("bo", roles, "interviewee") == 0.5  # the last has no reply


def test_a_chair_who_introduces_at_length_and_asks_in_their_own_time_chairs():
    """A chair whose long turns nearly all thank, introduce the witnesses and recognize the
    members chairs, though some of them put the chair's own questions (in half of the turns or
    fewer): a moderator, not one more member asking."""
    intro = (
        "the owner of a ferry company on the north shore that has carried passengers across the "
        "bay for three generations, and a member of the harbour board since the storms"
    )
    text = (
        "Chairwoman Lee. Thank you all for coming to this forum on the harbour and its small "
        "businesses. We will hear from two witnesses today, and then the members will put their "
        "questions to them.\n\n"
        f"Chairwoman Lee. Thank you. Our first witness is Mr. Bo Chen, {intro}. Mr. Chen, please "
        "go ahead.\n\n"
        "Mr. Chen. Thank you for inviting me. The ferries carried half a million people last year, "
        "and the storms cost us three boats and a pier that we are still rebuilding.\n\n"
        f"Chairwoman Lee. Thank you, Mr. Chen. Our second witness is Ms. Di Roe, {intro}. Ms. "
        "Roe, please go ahead.\n\n"
        "Ms. Roe. Thank you. The market on the pier lost its stalls, and the traders have waited "
        "for months for the loans that the board promised them after the storms.\n\n"
        "Chairwoman Lee. Thank you both. I will begin the questions myself, and then the "
        "gentleman from the north shore will follow. Mr. Chen, what would help your company most "
        "this year, the loans or the grants for the new pier?\n\n"
        "Mr. Chen. The grants, because a loan on a pier that does not earn for five years is a "
        "loan we cannot repay, and the banks know it as well as we do.\n\n"
        "Chairwoman Lee. Thank you, Mr. Chen. The chair now recognizes the gentleman from the "
        "north shore, Mr. Ash, for five minutes, and then the gentlelady from the south shore "
        "will follow him.\n\n"
        "Mr. Ash. Thank you, Madam Chair. Ms. Roe, how long have the traders waited for the "
        "loans?\n\n"
        "Ms. Roe. Since March, and some of them have closed their stalls for good meanwhile.\n\n"
        "Mr. Ash. And what did the board tell them about the delay?\n\n"
        "Ms. Roe. That the forms had changed, twice, and that they had to start again.\n\n"
        "Chairwoman Lee. Thank you, Mr. Ash. The chair now recognizes the gentlelady from the "
        "south shore, Ms. Fay, for five minutes, and after her we will close this forum.\n\n"
        "Ms. Fay. Thank you. Mr. Chen, will the new pier be ready by the summer?\n\n"
        "Mr. Chen. Not by the summer, but by the autumn if the grants come in the spring.\n\n"
        "Chairwoman Lee. Thank you all. This forum is adjourned, and the record will stay open "
        "for two weeks for the written questions of the members who could not be here today.\n"
    )
    iv = ic.parse(text, id="forum")
    roles = {speaker.name: speaker.role for speaker in iv.speakers}
    assert roles["Chairwoman Lee"] == "moderator"
    assert roles["Mr. Ash"] == roles["Ms. Fay"] == "interviewer"
    assert roles["Mr. Chen"] == roles["Ms. Roe"] == "interviewee"
    assert len(iv) == 4


def test_a_presenter_who_greets_everyone_is_no_host():
    """On a call, a presenter greets everyone too ("Hi everyone, let me share my screen."), then
    speaks at length, turn after turn, without a question: one of those who answer, not a host
    who welcomes, nor a co-host who comments."""
    long = (
        "the new timetable moves the first crossing to six and adds a crossing on Sundays, and "
        "the board will pay for the extra crew from the harbour fund until the end of the year"
    )
    text = (
        "Ann Lee: Welcome everyone to the harbour call. Bo will present the timetable first.\n\n"
        f"Bo Chen: Hi everyone, let me share my screen. So {long}.\n\n"
        f"Bo Chen: And on the second slide, {long}.\n\n"
        f"Bo Chen: Finally, on the last slide, {long}. That is all from me.\n\n"
        "Ann Lee: Thanks Bo. Cy, when does the pier open again?\n\n"
        f"Cy Doe: In May, because {long}.\n\n"
        "Ann Lee: And who pays for the repairs?\n\n"
        f"Cy Doe: The council, since {long}.\n\n"
        "Ann Lee: Will the market come back to the pier?\n\n"
        f"Cy Doe: Yes, in June, and {long}.\n\n"
        "Ann Lee: Thank you both. See you next month.\n"
    )
    iv = ic.parse(text, id="call")
    roles = {speaker.name: speaker.role for speaker in iv.speakers}
    assert roles == {"Ann Lee": "interviewer", "Bo Chen": "interviewee", "Cy Doe": "interviewee"}


@pytest.mark.parametrize("byline", ["Interviewed by Ann Lee", "INTERVIEWED BY ANN LEE"])
def test_the_interviewer_a_byline_names_asks_without_question_marks(byline):
    """An oral history's byline names its interviewer: that label asks, question marks or not."""
    text = (
        "Memories of the Ferry Yard\n"
        f"Cy Moss, yard foreman, {byline}, 2 May 2019\n\n"
        "Lee: We are at the harbour office with Cy Moss, who agreed to talk about the yard. "
        "Thanks for coming in.\n\n"
        "Moss: Glad to.\n\n"
        "Lee: Thirty years in the ferry yard. Start with how you came to the harbour.\n\n"
        "Moss: My father worked the tugs, and I started on them at sixteen.\n\n"
        "Lee: Then describe the yard as it was when you started.\n\n"
        "Moss: Small, cold and loud, with three slipways and one crane that always broke.\n"
    )
    interview = ic.parse(text, id="harbour")
    assert len(interview) == 3
    assert interview.questions[1].text.startswith("Thirty years in the ferry yard")
    assert interview.exchanges[2].answers[0].text.startswith("Small, cold and loud")


def test_an_askers_keyword_that_the_other_speaker_questions_answers():
    """A study's "Participant" answers the researcher, who asks: the turns outweigh the keyword."""
    said = [
        ("Ann", "Which tools do you use for the ferry timetable?"),
        ("Participant", "Mostly a spreadsheet, and a map. Why a map? To see the routes."),
        ("Ann", "And who keeps the spreadsheet?"),
        ("Participant", "I do, with a colleague at the harbour office."),
        ("Ann", "How often do you change it?"),
        ("Participant", "Twice a year, for the summer and the winter timetables."),
        ("Ann", "What would help you most?"),
        ("Participant", "A way to see the tides next to the sailings."),
        ("Ann", "Thanks. Anything else?"),
        ("Participant", "No, that is all."),
    ]
    iv = ic.parse("\n\n".join(f"{name}: {words}" for name, words in said), id="x")
    roles = {speaker.name: speaker.role for speaker in iv.speakers}
    assert roles == {"Ann": "interviewer", "Participant": "interviewee"}
    assert iv.questions[0].text == "Which tools do you use for the ferry timetable?"


def test_a_legislatures_presiding_officer_named_by_the_office_is_a_moderator():
    """'Mr SPEAKER', 'Madam Speaker', 'The Presiding Officer': the chair of the house keeps order
    and gives the floor; their turn is a remark, not an answer to the member who spoke before."""
    text = (
        "Ann Lee: Does the Minister stand by her statement on ferries?\n\n"
        "Hon BO CHEN: Yes, and I thank the member for the question.\n\n"
        "Ann Lee: Why were the costs hidden?\n\n"
        "Hon BO CHEN: They were not hidden; they were published in May, and the member—\n\n"
        "Mr SPEAKER: Order! The Minister will be heard.\n\n"
        "Hon BO CHEN: —knows that very well.\n"
    )
    iv = ic.parse(text, id="x")
    assert {t.speaker.name: t.speaker.role for t in iv.turns()}["Mr SPEAKER"] == "moderator"
    assert [type(t).__name__ for t in iv.turns()][4] == "Remark"
    assert len(iv) == 2


def test_a_keyword_voice_whose_question_alone_is_answered_asks():
    """'STAFF:' greets, then asks the one question the minister answers at length: it asks."""
    text = (
        "STAFF: Welcome.\n\nMINISTER LEE: Good to be here.\n\nSTAFF: Of course.\n\n"
        "Well, minister, why do you come to see the harbour crews in person every year?\n\n"
        "MINISTER LEE: Because they keep the ferries running through every storm, and I want "
        "to hear from them what they need, what works and what does not, before the budget "
        "is written and not after it.\n\nSTAFF: Thank you.\n\nMINISTER LEE: Thank you all."
    )
    iv = ic.parse(text, id="x")
    assert [turn.speaker.name for turn in iv.questions] == ["STAFF"] * len(iv.questions)
    assert iv.answers[-1].text.startswith("Because they keep")


def test_a_moderators_keyword_with_one_other_speaker_asks():
    """Staff who talk with one official, small talk then a question answered at length, ask it."""
    answer = " ".join(["The harbour keeps the town fed and the ferries running on time."] * 3)
    said = [
        ("STAFF", "Welcome."),
        ("MAYOR ROE", "Good to be here."),
        ("STAFF", "How are you?"),
        ("MAYOR ROE", "Fine, thanks."),
        ("STAFF", "Great.\n\nSo, why did you come to the harbour today?"),
        ("MAYOR ROE", answer),
    ]
    iv = ic.parse("A visit\n\n" + "\n\n".join(f"{name}:  {words}" for name, words in said), id="x")
    roles = {speaker.name: speaker.role for speaker in iv.speakers}
    assert roles["STAFF"] == "interviewer"
    assert len(iv) >= 1


def test_a_turn_that_says_it_asks_is_a_question_whoever_speaks():
    """In a meeting, 'I have a question ...' from one who otherwise answers asks the next speaker."""
    long = " ".join(["The model shows the fee settles after a few blocks."] * 4)
    said = [
        ("Ann", "Welcome everybody. Carl, how did the test go?"),
        ("Carl", long),
        ("Ann", "Thanks. Bo, could you walk us through the report?"),
        ("Bo", long),
        ("Ann", "Thank you. Anyone on the call have thoughts."),
        ("Carl", "I have a question about whether the fee ever stops falling, in your view."),
        ("Bo", long),
        ("Ann", "Thank you all. See you next week."),
    ]
    iv = ic.parse("\n\n".join(f"{name}: {words}" for name, words in said), id="x")
    asking = [turn for turn in iv.turns() if turn.speaker.name == "Carl"][1]
    assert asking.kind == "question"


def test_a_chairs_welcome_to_everybody_that_hands_over_asks_nothing():
    """'Welcome everyone to the May harbour call ... Bo, the floor is yours' gives the floor:
    Bo's update answers no question; the first question is the chair's later one."""
    update = " ".join(["The ferries run on the new timetable from Monday."] * 4)
    said = [
        (
            "Ann",
            (
                "okay so welcome everyone to the may harbour call, good to see so many of you here "
                "and bo the floor is yours first with the news from the yard"
            ),
        ),
        ("Bo", update),
        ("Ann", "what is the best way to follow the timetable changes?"),
        ("Bo", "the harbour board page has them all."),
        ("Ann", "and the winter boats?"),
        ("Bo", "two of them, from december."),
    ]
    iv = ic.parse("\n\n".join(f"{name}: {words}" for name, words in said), id="x")
    assert iv.questions[0].text.startswith("what is the best way")


def test_a_welcome_to_everybody_that_asks_for_an_overview_is_the_first_question():
    """'Welcome, everyone. ... give us an overview from the yard first' requests: a question."""
    update = " ".join(["The ferries run on the new timetable from Monday."] * 4)
    said = [
        (
            "Ann",
            (
                "Right. Welcome, everyone. Bo joins us from the yard today, so, Bo, perhaps "
                "give us an overview from the yard first."
            ),
        ),
        ("Bo", update),
        ("Ann", "What is the best way to follow the timetable changes?"),
        ("Bo", "The harbour board page has them all."),
    ]
    iv = ic.parse("\n\n".join(f"{name}: {words}" for name, words in said), id="x")
    assert iv.questions[0].text.startswith("Right. Welcome, everyone.")


def test_a_host_who_introduces_the_next_speaker_by_name_asks() -> None:
    """A first turn that presents the next speaker by name, who then thanks, is the host's."""
    text = (
        "Bo: Dr. Ann Lee studies how the tides move sand along the coast.\n\n"
        "This spring she won the county's prize for young researchers.\n\n"
        "Congratulations, Dr. Lee!\n\n"
        "Ann Lee: Thank you so much, Bo!\n\n"
        "Bo: What first drew you to the tides?\n"
    )
    iv = ic.parse(text, id="x")
    assert iv.questions[0].text == "What first drew you to the tides?"
    assert iv.questions[0].speaker.role == "interviewer"


def test_the_host_named_in_the_unlabelled_opening_asks_though_the_guest_turns_the_tables():
    """'I'm your host, Ann Lee.' before the first label: Ann hosts, though the guest asks her
    about herself first and more often."""
    text = (
        "# Ferries and the people who run them\n\n"
        "This is Harbour Talk, and I'm your host, Ann Lee. My guest today builds hulls.\n\n"
        "**Ann**\n\nSo first of all, thank you for being on the show, Bo.\n\n"
        "**Bo**\n\nSure. But first, how did you get into ferries, Ann?\n\n"
        "**Ann**\n\nMy father ran one on the river for thirty years, and I grew up on its deck.\n\n"
        "**Bo**\n\nAnd why a show about them?\n\n"
        "**Ann**\n\nBecause nobody else makes one, and people love their ferries.\n\n"
        "**Bo**\n\nFair enough. What was the first ferry you worked on?\n\n"
        "**Ann**\n\nThe old river ferry, the one with the red funnel.\n\n"
        "**Ann**\n\nSo, Bo, what do you build?\n\n"
        "**Bo**\n\nHulls, mostly, for the river ferries and for the sea."
    )
    iv = ic.parse(text, id="x")
    assert (iv.interviewer.name, iv.interviewee.name) == ("Ann", "Bo")


def test_a_message_sent_in_from_someone_is_a_question_though_worded_as_a_request() -> None:
    """ "Letter From Ann:", "Texts From Bo:": each sender puts a question, a request too."""
    text = (
        "Mayor Roe: Hello, everyone, and thanks for joining this chat about the harbour.\n\n"
        "Letter From Ann: When does the night ferry run again?\n\n"
        "Mayor Roe: Hello, Ann. In March, once the new propellers arrive.\n\n"
        "Texts From Bo: Please publish the winter timetable on the board by the pier\n\n"
        "Mayor Roe: Bo, thank you. It goes up next week.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(e.question.speaker.name, e.answers[0].text[:5]) for e in iv] == [
        ("Letter From Ann", "Hello"),
        ("Texts From Bo", "Bo, t"),
    ]


def test_a_welcome_by_name_opening_with_a_capital_ends_the_welcome() -> None:
    """ "Welcome, Ann." at a host's turn's end welcomes Ann, as "Ann, welcome." does."""
    for words in ("Our guest today is Ann Lee. Welcome, Ann.", "Our guest is Ann. Ann, welcome."):
        text = "Host: " + words
        turn = RawTurn("question", Span(0, 5), [(6, len(text))], "Host", keyword=False)
        assert _roles._ends_welcoming(text, turn)


def test_only_a_paragraph_of_its_own_opening_to_ask_the_is_tabled() -> None:
    """ "To ask the town for money ..." and a second paragraph answers; it asks nothing."""
    text = "To ask the town for money was never the plan.\n\nWe have enough."
    turn = RawTurn("answer", Span(0, 0), [(0, 45), (47, len(text))], None, keyword=False)
    turn.measure(text)
    assert not turn.asks
    assert not turn.tabled
    tabled = "To ask the Minister for Ports when the pier will open. [117]"
    turn = RawTurn("question", Span(0, 0), [(0, len(tabled))], None, keyword=False)
    turn.measure(tabled)
    assert turn.tabled
    assert turn.asks
    ongoing = "To ask the Minister for Ports: that was the plan, and then"
    turn = RawTurn("question", Span(0, 0), [(0, len(ongoing))], None, keyword=False)
    turn.measure(ongoing)
    assert not turn.tabled
