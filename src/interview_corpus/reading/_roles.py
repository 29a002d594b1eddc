"""Who asks, who answers and who moderates: each speaker's role, and each turn's side.

Two words, one for each thing they describe:

* a speaker's **role** is the model's :data:`~interview_corpus.Role`:
  ``"interviewer"`` (asks), ``"interviewee"`` (answers) or ``"moderator"``
  (chairs), as :attr:`Speaker.role <interview_corpus.Speaker.role>` says it;
* a turn's **side** (:data:`Side`) is what the turn is: ``"question"``,
  ``"answer"``, ``"statement"`` (an interviewee's turn outside the exchanges)
  or ``"remark"``. A dash layout gives sides with no speakers to give roles
  to (its turns alternate), so the side is not the role of a speaker.

Keywords (``Q``, ``Question``, ``Answer``, ``Moderator``, ...) and the speakers the
caller names always win; floor noises and what a programme plays between the
words (``Applause``, ``Song``, ``Clip``) are remarks - except a label for the
listeners in the room (``Audience``, ``Voice``) two of whose turns ask or more,
which asks (see below), and a chair's keyword (``Moderator``) most of whose
turns end by asking and draw another's reply of some length that asks nothing,
which asks too: a panel's moderator puts the questions. Every other speaker's
role is inferred from how the conversation moves, never from a list of names:

* the speaker a chair announces, in a brief turn that asks nothing and ends
  by announcing a question from them ("Our next question comes from Ann Lee
  with Daily Bank. Please go ahead."), asks: an **interviewer**;
* a speaker whose label names a message sent in and whom it is from
  ("Question from Ann Lee:", "Comment From Bo:") puts the public's question,
  worded as a question or as a request: an **interviewer**;
* where many turns begin in lower case (machine transcripts cut turns
  mid-sentence), a host's turn of two to four words that asks nothing and ends
  no sentence ("Right, so") is a fragment cut from a sentence: a remark;
* a turn that ends by asking, followed by another speaker's turn of some length
  that does not ask, is a **question answered**: one speaker asked, the other
  answered. Who opens the conversation by welcoming and introducing counts as
  asking; who thanks for being invited counts as answering (and the speaker
  thanked as asking). A turn that ends by handing the floor on (turning the
  call over to someone, asking for the first or next question, inviting
  questions, or calling the next speaker by where they come from or their
  title, then their name, with a question mark: "The gentleman from Ohio,
  Mr. Roe?") asks nothing
  of the next speaker, who takes the floor rather than answers;
* where the questioners are marked by a keyword (``Q``, ``Journalist``) and the
  answers by none, the named speakers are officials or chairs: one who, once the
  questions have begun, speaks at length three times or more without ending on a
  question (more often than they end on one at length), or speaks twice or more,
  never asks and mostly at length, is an **interviewee**, even when they pass
  questions on to a colleague ("Dr. Lee?") — unless some questioners are named
  too (a named speaker who speaks once or twice, only to ask); but one of them
  whose turns nearly all give the floor, call the next question or thank,
  who rarely speaks right after a question and whose turns run half as long
  as the leading official's, or less, chairs: a **moderator**;
* the **principal interviewee** is the speaker who holds the floor longest (most
  words, less the share of turns that ask) among those who answered several
  questions, or, where many speak in turn, the one who holds the floor longest
  and responds to everyone (speaks right after four speakers or more, twice as
  many as anyone else), whether or not they were asked; their own questions
  are taken as rhetorical. Where nobody has answered enough questions to tell
  (three), it is one who answered others' questions more often than they
  asked, if anyone did, not one who asked and spoke longer (a host's long
  welcome before a short excerpt's one answer);
* a speaker who mostly puts questions that others answer is an **interviewer**;
* a label for the listeners in the room (``Audience:``, ``Voice:``) is floor noise,
  unless two of its turns ask or more: then the room is putting questions to the
  speaker, and the label is an **interviewer**;
* a speaker who answers nothing, puts no question that is answered, and hands
  the floor on chairs: a **moderator** (the host of a call who opens it, turns
  it over to the speakers, asks for the first question and closes it);
* a **moderator** speaks briefly, rarely replies to askers, and mostly calls on
  someone, gives the floor or thanks; or speaks three times or more, asks in
  half of their turns or fewer (a chair's own questions), and nearly always
  does so, at whatever length (introducing the next speaker takes words) - but not one in a back-and-forth with the
  interviewee (more than half of their turns come right after the
  interviewee's and draw the interviewee's reply), whatever thanks open their
  turns: a committee member's "Thank you, Madam Chair." opens their time;
* a speaker who welcomes (the audience or the guest, in the opening) and answers
  nothing is an **interviewer** (a host who only opens and closes the show),
  but not one who presents: three turns or more, mostly long, none asking (a
  presenter on a call greets everyone too);
* a speaker who opens a turn by welcoming the listeners to the show and giving
  their own name ("Hello and welcome to the programme. I'm Ann Lee.") hosts
  it, wherever that stands (after a cold open too), and so does a co-host who
  gives their own name right after ("And I'm Bo Chan."), and so does the
  speaker whom the show's unlabelled spoken opening, before the first label,
  names as its host ("I am your host, Ann Lee"): never the principal
  interviewee (unless everyone who might be is such a host), and an
  **interviewer** where the other rules would make them an interviewee (a
  call's host who only hands over still chairs);
* a speaker who speaks at length, mostly right after an interviewee's answer
  (and at times right after an interviewer's question), and hardly ever asks,
  adds to the answers, as a panel's members answer one moderator's question one
  after another: an **interviewee**;
* a speaker who answers more questions than they put, or as many and asks in
  half their turns or fewer, is no interviewer by asking alone;
* a speaker who asks more than they answer is an **interviewer** too (a second
  host, a judge who interrupts), unless their turns run longer, in the middle,
  than the principal interviewee's and fewer than one in four draw another's
  answer (a panelist who speaks at length and now and then asks the others);
  and so is one whose turns are mostly followed by an interviewee's and ask (or
  are long), unless they never ask and mostly speak after an interviewee (an
  official who adds to the answers, a panel's next in turn) or never ask and
  speak only briefly (an aside, a voice from the floor);
* but a second host whose turns (three or more) never ask, beside a host who
  does, comments: a **moderator**;
* a third speaker taken to answer, who replied to a host twice or more
  before a host's turn that ends by welcoming the guest by name ("Well, Ann,
  welcome.") and that the principal interviewee answers, and who speaks less
  than half as many words as the guest, was there with the host: a co-host,
  an **interviewer**;
* below questions set off by their form (headings, bold paragraphs), the named
  speakers answer in turn: one is an interviewer only if they mostly ask, or
  if three different speakers or more answered their own questions, more than
  anyone else's (the interviewer who follows up with each); such an
  interviewer's turns that neither ask nor request only react: remarks;
* where keywords written in the text carry both the questions and the answers
  (a witness's examination under ``Q.`` and ``A.``), the named speakers (the
  court, counsel between examinations) are **moderators**;
* everyone else is an **interviewee**; but where a chair gives the floor and asks
  who speaks ("Could you introduce yourself, please?"), replies to the chair are
  no answers: counted without the chairs' questions, one taken to answer who
  then answers no more questions than they ask, and whose turns draw the
  interviewees' replies, is an **interviewer** (not one who replied at
  length, asking nothing, to a chair's own question of twenty words or more),
  and so is one taken for a chair who speaks mostly right after an
  interviewee and whose turns nearly all (three in four) draw an
  interviewee's reply.

The one mapping from role to side (:func:`assign_sides`): an interviewer's turn
is a question (an asker's few words of thanks once questions have been put,
before a moderator speaks ("Great. Thank you."), and before the first
question, greetings while an interviewee opens, a call on the next speaker by
name, a round of greetings among three or more, and
a host's introduction that draws no interviewee's reply, or only thanks for
a welcome or a greeting back ("And our guest, Ann Lee." - "Hello."), and a
welcome or a greeting that asks only after the guest's well-being ("Ann, how
are you?", or "Ann how are you?": a name addresses the guest, comma or not),
returned in a few words ("Good!") or in a short turn that thanks for being
invited ("Thanks so much for inviting me. How have you been?"), and once a
host has so welcomed the guest
(a welcome left without a label at the dialogue's start counts too), the small
talk that neither asks nor welcomes before the first question that asks (or
asks only with a tag, "..., right?", which the guest brushes aside in a few
words, the host going on: "That's the ferry's job, right?" - "We'll
see."), or,
once the guest has spoken, requests ("Tell us about your work.") (and the
welcome itself, when such small talk follows the guest's reply to it), and a
host's first words that ask nothing right after a guest heard before any host
(who did not hand the floor on: "I'll gladly take your questions."),
banter in the hosts' opening that the guest only quips back to in a few words,
and a host's words about the recording itself ("Can I start recording now?")
that the guest answers in a few words, are
remarks, as is a show's short opening passed from host to host before the guest
speaks (where two hosts or more so open it, the last host words before the guest
is first heard are narration too, unless they ask or request), and everything
up to a guest's thanks for a host's welcome in the first few turns, when a host
asks after it: a teaser, the hosts' names; and everything up to a host's welcome
of the guest by name that ends a turn after the guest has been heard: banter the
guest put a word into); an interviewee's turn after a
question is an answer, before any question it is an opening statement, and a very short
turn that hands the floor to an interviewer is a statement too, and so is one
that a moderator's turn handing the floor on leads to, with no question
waiting (closing remarks); a moderator's
turn is a remark, unless it asks something that an interviewee then answers (a
question), other than after someone's well-being ("Madam Minister, how are
you?"). Where the questioners are marked by a keyword, a moderator's brief
question once a question has had its answer ("Dr. Lee, anything to add?") passes
that question on to another official: a remark, and the reply adds to the
answer. A host's long comment that asks nothing and that a commenting co-host
takes up before the guest is a remark; so are a host's closing thanks that the
guest's last turn answers only with thanks for being invited, or with a few
words of thanks for the host's last words that thank after any question (a
statement), and, in a conversation, once the last question is put and a host
thanks or takes leave, each host turn that asks nothing and draws only a few
words back (the goodbyes, what happens next); who is heard only then is a
moderator. A host who greets the guest by name or title, in the turn's first
or last sentence ("Good morning, Minister, and welcome to the programme.",
"... Good morning to you, Minister."), and is greeted back with a greeting
only ("Good morning, Jo."), asks: the guest answers being greeted, and a
broadcast interview's transcript counts that as its first exchange (a
greeting to the audience, "Hello and welcome to the show.", stays the
opening; see :func:`greeted_in_turn`); so does a host whose short welcome
opens by addressing the guest with an honorific ("Mr. Harbour Master, thank
you for joining us." - "Glad to be here.") or names the guest with their
office ("We want to welcome Ann Lee, the Harbour Master, to the program."),
see :func:`addressed_formally`. A questioner's few words (eight at most) before
any question that only greet or thank, not said to the guest by name ("Thank
you, Chair. Good evening."), greeted back ("Good evening, sir."), ask
nothing: a remark, as an examination opens.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from itertools import pairwise
from typing import Literal

from .._util.lazy import lazy_alternatives, lazy_pattern
from ..model._objects import Role
from ..model._span import Span
from ._layout import (
    ANSWER_LABELS,
    ENGLISH_CONNECTIVES,
    FLOOR_LABELS,
    HONORIFICS,
    MODERATOR_LABELS,
    POLITE_REQUEST,
    QUESTION_LABELS,
    label_key,
)

Side = Literal["question", "answer", "statement", "remark"]
"""What a turn is (see the module's docstring); a speaker's part is its :data:`Role`."""


# Labels for the listeners in the room, one word for all of them: askers where they ask.
_LISTENER_LABELS = frozenset(
    label_key(word) for word in ("Audience", "Voice", "Voices", "Unidentified", "Off-mic")
)
_LISTENERS_ASKING = 2  # turns that ask: a habit of the room, not a stray "Really?"
# A label that names a message sent in and whom it is from: "Question from Ann Lee", "Comment From
# Bo", "Email from a listener".
_SENT_FROM = lazy_pattern(
    r"(?:an?[ \t]+)?(?:question|comment|message|e-?mail|letter|text|tweet|note)s?[ \t]+from[ \t]+\S",
    re.IGNORECASE,
)

_FLOOR_CUES = (
    "go ahead", "please", "next question", "last question", "final question", "one more",
    "the floor", "over to you", "in the back", "your turn", "you're next", "who's next",
)  # fmt: skip
_CHAIR_CUES = (
    *_FLOOR_CUES, "question", "microphone", "next", "turn to", "let's", "let us", "over to",
    "conclude", "thank you", "the gentleman", "the lady",
)  # fmt: skip
# A chair gives the floor by recognizing a member: "the Chair now recognizes Mr. Roe." (at its end).
_RECOGNIZES = lazy_pattern(
    r"\brecogni[sz]es?\b[^.?!]{0,60}?\b(?:Mr|Mrs|Ms|Dr|Senator|the gentle(?:man|woman|lady)"
    r"|the lady)\b[^?!]{0,60}$"
)
# How a host says who joins the show, as a pattern that opens it and the words that then name
# the guests: "joined today by Ann", "joining me today is Ann", "my guest this week is Ann".
_ANNOUNCING = (
    (r"joined (?:today |here |now )?by", ""),
    (r"joining (?:me|us)", r" (?:today |here |now )?(?:[^.?!]{0,60}?)(?:is|are)"),
    (r"my guests?", r" (?:today |this week )?(?:is|are)"),
)
# A host welcomes and introduces; a guest thanks for being invited, or says they are glad to be
# there. (Patterns over the turn's opening words, case folded.)
_HOST_CUES = (
    "welcome to", "welcome back", "welcome everyone", *(opening for opening, _ in _ANNOUNCING),
    "with me (?:today|now)", "our guest", "your host", "i'm your",
    "sitting down (?:here )?with",
    "(?:thanks|thank you) for (?:joining|coming on|being here|being with)",
    # a greeting said to the audience at large: "Good morning, folks.", "Hello everyone."
    r"(?:hello|hi|hey|good morning|good afternoon|good evening),? (?:folks|everyone|everybody)\b",
)  # fmt: skip
_GUEST_CUES = (
    "for having (?:me|us)", "for inviting (?:me|us)", "for the invit(?:ation|e)",
    r"(?:glad|happy|pleasure|great|good|nice|excited|thrilled|delighted) to be (?:here|with|on)\b",
)  # fmt: skip
_HOST_CUE = lazy_alternatives(_HOST_CUES)  # searched for by the letters the cues open with
_GUEST_CUE = lazy_alternatives(_GUEST_CUES)
_CHAIR_CUE = lazy_pattern("|".join(re.escape(cue) for cue in _CHAIR_CUES))
# A chair's last words that hand the floor on: asking for the first or next question ("Operator,
# may we have the first question, please?"), turning the call over to someone ("Let me now
# hand the call over to Bo."), or inviting questions ("I'll gladly take your questions.").
# Matched against a turn's last sentence, case folded.
_HANDS_OVER = lazy_pattern(
    r"\b(?:the|our|your) (?:first|next) question(?:,? please)?\W*$"
    r"|\b(?:turn|hand|pass)(?:ing)? (?:\w+ ){0,3}over to\b"
    r"|\b(?:take|invite|welcome) (?:\w+ ){0,2}questions\W*$"
)
# A reporter's words that say who they are and whom they report for, after a greeting at most:
# "Hi sir, Ann Lee from the Daily Bank.", "Bo Chen with Harbour Radio." (see _self_named_reporters).
_SELF_NAMED = lazy_pattern(
    r"(?i:(?:hi|hello|yes|sir|ma'?am|madam|good (?:morning|afternoon|evening)|thank you|thanks)"
    r"[,.!]?[ \t]+){0,3}"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+(?:from|with)[ \t]+(?:the[ \t]+)?[A-Z]"
)
_SELF_NAMED_REACH = 120  # characters: a reporter says who they are first
# A chair announces who asks next: "Our next question comes from Ann Lee with Daily Bank.",
# "We have a question from the line of Ann Lee." (case folded).
_ANNOUNCES_ASKER = lazy_pattern(r"\bquestion (?:\w+ ){0,3}from\b")
# A host's words that say who joins the show (case folded, as turn_words gives them).
_ANNOUNCES_GUEST = lazy_pattern(
    "|".join(rf"\b{opening}{naming}\b" for opening, naming in _ANNOUNCING)
)
_ANNOUNCED_REACH = 80  # characters after the announcement that name the guests
WORDS = lazy_pattern(r"\w+")  # a text's words, for finding a name among them whole
# Who is announced as a colleague joins as a host.
_COLLEAGUE = lazy_pattern(r"\b(?:colleagues?|co-?hosts?|partner|as always|as usual)\b")
_ANNOUNCEMENT_WORDS = 40  # a chair's announcement is brief: a longer turn reads a question out
_SENTENCE_END = lazy_pattern(r"[.!](?:\s|$)")
SENTENCE_BREAK = lazy_pattern(r"(?<=[.!?])\s+")  # the space after a sentence's end
# A welcome said to someone by name: "Ann, welcome.", "Well, Ann, welcome.", "Welcome, Ann!",
# "Welcome back, Ann.". The name is set off by a comma ("She's welcome" is none, nor "welcome
# Back"), and the reply to thanks ("You're welcome, Ann.") welcomes no one.
_WELCOMED_BY_NAME = lazy_pattern(
    r"\b[A-Z][\w'’-]+, [Ww]elcome\b"
    r"|(?<![Yy]ou're )(?<![Yy]ou’re )(?<![Yy]ou are )\b[Ww]elcome(?: back)?, [A-Z][\w'’-]+\b"
)
_WELCOME_ENDS = 2  # sentences: a welcome among a turn's last so many ends it
_LATE_WELCOME = 20  # turns: a welcome this early, after the guest has been heard, ends the opening
_CO_HOST_TALK = 2  # replies to a host, at least, before the guest's welcome
_ANNOUNCED_WORDS = 12  # "the line of Ann Lee with Daily Bank": who asks, in a few words
# A conversation's close: the host thanks, the guest thanks for being invited at once.
_THANKS = lazy_pattern(r"\bthank")
_BRIEF_THANKS = lazy_pattern(r"(?:\w+[,.!]? )?thank")  # "Thank you.", "Hey, thank you."
_THANKS_REACH = 100  # characters: the guest's thanks open the last turn
_CLOSING_TURNS = 4  # turns: a conversation that closes has at least an exchange before
# Words that greet (case folded): "hello", "hi", "good morning", ...; and as a pattern.
_GREETS = (
    "hello", "hi", "hey", "greetings", "good morning", "good afternoon", "good evening", "good day",
)  # fmt: skip
_GREETING_WORDS = rf"(?:{'|'.join(_GREETS)})\b"
# A chair's opening words that greet or thank, or address the bench ("Thank you, my Lady."; case
# folded, anywhere in the opening words). Each alternative opens with a letter, for a quick search.
_GREETING = lazy_pattern(
    "|".join(
        (
            *(rf"{word}\b" for word in _GREETS),
            "thank",
            "welcome",
            "my lady",
            "my lord",
            "your honou?r",
        )
    )
)
# A welcome that opens by addressing the guest with an honorific and their name or office:
# "Mr. Harbour Master, thank you for joining us.", "Madam Mayor, welcome." (as written).
_HONORIFIC_WELCOME = lazy_pattern(
    rf"(?:{'|'.join(sorted(word.capitalize() for word in HONORIFICS))})"
    r"\.? [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2},? "
    rf"(?:thank|thanks|welcome|{_GREETING_WORDS})\b"
)
# Offices a guest is addressed by (general English titles), as a formal interview addresses them.
_OFFICES = (
    "minister", "secretary", "ambassador", "senator", "congressman", "congresswoman", "governor",
    "mayor", "president", "premier", "chancellor", "administrator", "commissioner", "director",
    "general", "admiral", "judge", "justice", "chairman", "chairwoman", "representative",
    "excellency",
)  # fmt: skip
# A sentence that addresses the guest by an honorific or an office (a word may qualify the office,
# the name may follow) and then welcomes, thanks or greets them: "Minister, welcome back to the
# programme.", "Ambassador Lee, thank you for being our guest.", "Mr. Administrator, nice to see
# you." (as written).
_FORMAL_ADDRESS = lazy_pattern(
    rf"(?:(?:{'|'.join(sorted(word.capitalize() for word in HONORIFICS))})\.?"
    rf"|(?:[A-Z][\w'’-]* )?(?:{'|'.join(word.capitalize() for word in _OFFICES)}))"
    r"(?: [A-Z][\w'’.-]*){0,3},? "
    rf"(?:thank|thanks|welcome|{_GREETING_WORDS}|(?:nice|good|great) to (?:see|have) you)\b"
)
# A pleasantry said on meeting, a sentence of its own (case folded): "Nice to see you.", "It's
# good to see you again."
_MEETING_PLEASANTRY = lazy_pattern(
    r"(?:it['’]?s |it is )?(?:(?:very|so|really) )?\b(?:nice|good|great|lovely) to (?:see|meet) you"
    r"(?: again| too)?\b"
)
# Words that join an office's capitalised words: "Minister of the Interior", "Secretary for Health".
_OFFICE_JOINS = frozenset(("of", "the", "for", "and"))
_FORMAL_WELCOME_WORDS = 12  # words: a formal welcome, addressed with an honorific, this short
# A guest named, then their office after a comma, capitalised: "Ann Lee, the Harbour Master",
# "Bo Chen, the Secretary of Ports" (not "Ann Lee, a ferry captain"). What one is welcomed to
# (after "to" or "the": "Welcome to Harbour Talk, the Ferry Podcast") is no person, and an office
# is no possessive ("..., the Port's podcast").
_NAME_AND_OFFICE = lazy_pattern(
    r"(?<!\b[Tt]o )(?<!\b[Tt]he )"
    r"\b[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}, the [A-Z][\w-]*\b(?!['’]s\b)(?! (?:and|or)\b)"
)
_OFFICE_WELCOME_WORDS = 25  # words: a welcome that names the guest's office is this short
# How a guest answers being introduced when not with thanks: a greeting, and no more.
_HELLO = lazy_pattern(_GREETING_WORDS)
_HELLO_ANYWHERE = lazy_pattern(rf"\b{_GREETING_WORDS}")  # "Minister, good morning."
# A greeting said to someone, by name or title, as a sentence of its own or before a welcome
# ("Good morning, Minister.", "Good morning to you, Ann.", "Hello Ann and welcome to the show."):
# not to the audience ("Hello and welcome ...", "Good morning, everyone."; case folded).
_GREETS_SOMEONE = lazy_pattern(
    rf"(?!thank)[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){{0,2}}, {_GREETING_WORDS}"  # "Ann, hello."
    rf"|{_GREETING_WORDS}(?: to you)?,? "
    r"(?!(?:and|everyone|everybody|all|folks|guys|listeners|again|there|friends|ladies|to)\b)"
    r"[^\W\d_]"
)
# Asking after someone's well-being is a greeting, not a question: "How are you?", "How's it
# going?", "How have you been?" (with a name or "guys" and the like after it).
_WELL_BEING = lazy_pattern(
    r"how(?: are|['’]re)? (?:you|ya|y['’]all|everyone|everybody)(?: all| guys)?"
    r"(?: doing| keeping)?|how(?: is|['’]s) (?:it going|everything|life)|how are things"
    r"|how have you been"
)
# The question words proper ("Why?"): never a name, as "Will" or "May" may be.
_WH_WORDS = frozenset(("what", "why", "how", "who", "whom", "whose", "when", "where", "which"))
# Words that open a question; a statement that opens with none may end in a tag ("..., right?").
_QUESTION_WORDS = _WH_WORDS | frozenset(
    (
        "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will",
        "should", "have", "has", "had", "may", "might", "shall", "am",
    )
)  # fmt: skip
_WELL_BEING_REST = 2  # words after the greeting in its sentence at most: a name, "today"
_WELL_BEING_LEADS = frozenset(("so", "and", "well", "hey", "hi", "oh"))  # "So how are you?"
# Who is called, by where they come from: "The gentleman from Ohio, Mr. Roe?"
_COMES_FROM = lazy_pattern(r"\bfrom [A-Z]")
# Words that put a sentence to the one addressed: a sentence with none of them calls, not asks.
_ADDRESSED = frozenset(("you", "your", "yours", "you're", "you’re"))
# A word of the second person anywhere in a text: it is said to someone ("Can you hear me?"), where
# "What keeps her going?" is said about someone.
SAID_TO_SOMEONE = lazy_pattern(r"\byou(?:rs?|rself|rselves)?\b", re.IGNORECASE)
# A verb of a request that asks without a question mark: "tell us", "walk me through", "describe",
# "explain" (case folded); see _told_by_another for the subjects that make it no request. A polite
# request put as a statement asks too (POLITE_REQUEST: "Would you please state your name.").
_REQUEST = lazy_pattern(r"\b(?:tell|walk|talk|take|give) (?:us|me)\b|\b(?:describe|explain)\b")
# Subject pronouns other than the guest's "you" (case folded): "they tell us", "he'll explain".
_OTHER_SUBJECTS = frozenset(
    (
        "i", "we", "they", "he", "she", "it", "people", "everyone", "everybody", "someone",
        "somebody", "nobody", "who",
    )
)  # fmt: skip
# Words that open a noun that may be a subject: "my kids tell me", "the papers describe it".
_DETERMINERS = frozenset(("my", "our", "his", "her", "their", "the", "some", "many", "most"))
# Words between a subject and its verb: modals, the future ("gonna", "going to"), adverbs of
# frequency: "they will tell us", "she's going to explain", "people always tell me".
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    (
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "gonna",
        "going", "to", "always", "often", "never", "just", "also", "all", "usually",
    )
)  # fmt: skip
_FUTURE = frozenset(("will", "shall", "gonna", "going"))  # "they will tell us", "going to explain"
_CONTRACTED = lazy_pattern(r"['’](?:ll|d|s|re|ve|m)$")  # "he'll", "they're": the subject before it
_SUBJECT_REACH = 4  # words before a verb of telling, at most, that lead back to its subject
# A request that the guest introduce themselves ("introduce yourselves", "give us a brief
# introduction"; case folded, as turn_words gives them).
_INTRODUCTION_REQUEST = lazy_pattern(
    r"\bintroduce (?:yourself|yourselves)\b|\b(?:give|do) (?:us|me) (?:a |an )?(?:\w+ )?introduction\b"
)
BRIEF_REPLY = 8  # words: a guest's reply this short only returns a welcome, greeting or farewell
# A welcome to all who attend, said first (case folded): "All right, welcome everybody to ...".
_WELCOMES_ALL = lazy_pattern(r"\bwelcome,? (?:to )?(?:everyone|everybody|y'?all|all of you)\b")
_WELCOME_REACH = 60  # characters: a chair's welcome comes first
# A host's self-introduction at the start of a turn: "Hello and welcome to the programme. I'm Ann
# Lee." (case folded; a greeting may come first).
# "welcome" in any case (folded, no other character gives its letters in a row): the word that
# every welcome holds (_WELCOMES_AS_HOST, _WELCOMED_BY_NAME), looked for before a turn's words
# are folded or cut into sentences.
_WELCOME_WORD = lazy_pattern(r"(?i)welcome")
_WELCOMES_AS_HOST = lazy_pattern(
    rf"(?:{_GREETING_WORDS}\W+(?:and )?)?"
    r"welcome(?: back)? to\b[^.!?]{0,80}[.!?] (?:i'm|i am|i’m)\b"
)
# A speaker giving their own name: "I'm" or "My name is" and a name in capitals, up to a stop or a
# comma ("I'm Bo Chan.", "My name is Bo, I mend ferries."; not "I'm glad to be here."). Searched
# anywhere in a turn's words; matched at a turn's start, it may follow an "And" ("And I'm Bo.").
_NAMES_ONESELF = lazy_pattern(
    r"(?:[Aa]nd )?(?:I'm|I am|I’m|[Mm]y name is) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}[.!,]"
)
# A host who names themselves so in the show's opening: "This is Harbour Talk, and I'm your host,
# Ann Lee." (the name's words in capitals, up to a comma or a stop).
_YOUR_HOST = lazy_pattern(
    r"\b(?:I am|I'm|I’m) your host,?[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)
# Words of the recording itself: a host who speaks of it sets up the interview.
_RECORDING = lazy_pattern(r"(?i)\b(?:record|recording|transcript|transcription)\b")
_CARRIES_THE_TALK = (
    2  # the guests' answers run this many times the questions' length, in the middle
)
# Words that take leave at a conversation's close: thanks, goodbyes (case folded).
PARTING = lazy_pattern(r"\b(?:thank|thanks|bye|goodbye|farewell|see you)\b")
# One-word replies are answers, not names of the next person to speak.
_REPLIES = frozenset(
    (
        "yes", "no", "yeah", "yep", "nope", "sure", "right", "okay", "ok", "absolutely", "correct",
        "exactly", "indeed", "true", "false", "never", "always", "maybe", "perhaps", "thanks",
        "good", "great", "fine", "well", "certainly", "definitely",
    )
)  # fmt: skip
_NO_NAMES = _REPLIES | _WH_WORDS  # a reply or a question word opens no name
_LINE_NUMBER = lazy_pattern(r"\A\d{1,4}[ \t]+")  # a line number printed before the words
SENTENCE_CLOSING = " \t\r\n\u00a0\"'”’»)"  # what may follow a sentence's last mark
_QUESTION_SENTENCE = lazy_pattern(r"[^.?!…\n]*\?")  # a sentence that asks, up to its mark
_CUE_REACH = 300  # characters: what a chair or a greeting says comes first
_FLOOR_WORDS = 5  # a turn this short that hands over to an interviewer gives the floor
_GREETING_ROUND = 3  # speakers: a round of greetings among this many at least asks nothing
_HOSTS_OPEN = 2  # hosts: an opening passed among this many narrates, before the first question
_SHOW_OPENING = 8  # turns: a show's opening, at most this many host turns before the guest speaks
_LONG_TURN = 20  # words: a turn this long asks even without a question mark
_AT_LENGTH = 20  # words: a guest's reply this long tells about themselves at length
_FRAGMENT_WORDS = 4  # words: a host's turn this short that ends no sentence may be a cut fragment
_CUT_SHARE = 0.15  # of the turns begin in lower case: the speaker changes fall mid-sentence
_CUT_TURNS = 5  # such turns at least
# What a turn's words may open with before its first word: times, also in escaped brackets.
_LEADING_TIMES = lazy_pattern(r"(?:\\?[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\\?[\])]?[ \t]*)*")
_OPENING_TURNS = 12  # turns: hosts introduce and guests thank in the opening
_ASKING_MOST = 0.5  # of a speaker's turns: one whose questions are answered this often asks
_SURE_ANSWERS = 3  # answers to others' questions: enough to tell who answers
_PRINCIPAL_FLOOR = 0.25  # of the longest floor: the principal interviewee holds at least this
_IN_TURN = 0.75  # of a speaker's turns after an interviewee's: one who never asks answers in turn
_ANSWER_LENGTH = 25  # median words above which a non-interviewer is an interviewee, not a moderator
_RARELY_ASKS = 0.2  # of a speaker's turns: one who asks in fewer than this hardly ever asks
_MOSTLY = 0.5  # of a speaker's turns
_NEARLY_ALL = 0.75  # of a speaker's turns
_FEW_TURNS = 2  # a speaker with this many turns at most may have come to ask one question
_RESPONDS_TO = 4  # different speakers: one who responds to this many at least is addressed by all
_ROUND_REPLIERS = 3  # different speakers answering one's questions: who follows up with a round
_RESPONDS_MORE = 2  # times as many speakers as anyone else responds to: who is addressed by all
_HALF_THE_TURNS = 0.5  # of a speaker's turns: one who answers as much and asks in this many at most
_CHAIR_BREVITY = 2  # times: a chair's median turn is this much shorter than the lead official's
_CHAIR_TURNS = 3  # turns: a speaker of long turns chairs only with this many at least
_CHAIRS_OWN_QUESTION = 20  # words: a chair's question this long asks something of its own
_SELDOM_ASKS = 5  # an asker's keyword whose turns ask once in this many at most may answer...
_ASKS_MORE = 3  # ... where the one other speaker asks this many times as often
_THANKS_WORDS = 20  # words: a turn that thanks for being invited is this short at most
# A guest's reply this short (in words), the host going on, only brushes a remark aside ("We'll
# see.") or confirms an introduction ("Yes, perfect.").
_BRIEF_ASIDE = 5
_CLIP_WORDS = 60  # words: a guest's clip played before the show opens is this brief at most
_BANTER = 20  # words: a host's turn this long that asks nothing, in the hosts' opening, is banter
_SMALL_TALK = 3  # turns after an introduction: the guest's reply, the host's small talk, the guest
# A turn that says first that it asks: "I have a question", "So I've got a quick question" (folded).
_ANNOUNCED_QUESTION = lazy_pattern(
    r"(?:\W*\w+\W+){0,2}?(?:i|we)(?: have| got|(?:'ve|’ve| have) got) "
    r"(?:a|one|another) (?:\w+ )?question\b"
)
_QUESTION_REACH = 60  # characters: the words that open a turn and say it asks
# A question that only asks whether the listener follows ("You know what I mean?", "Does that
# make sense?", "See?"): like a tag, it seeks assent.
_SEEKS_ASSENT = lazy_pattern(
    r"(?i)\W*(?:do |does |did )?(?:you know(?: what I mean)?|that makes? sense"
    r"|you know what I['’]m saying|you see what I mean|(?:you )?see)\?"
)
# A written question as a parliament tables it, in the indirect form, opening a turn: "To ask the
# Secretary of State for Ports how many ...", "To ask the hon. Member for Eastport, representing
# the Commission, when ...".
_TABLED_QUESTION = lazy_pattern(r"\s*To ask (?:the|my|his|her)\b")
# A tabled question's end: a full stop, and its number in brackets after it or not ("... ferries.",
# "... ferries. [117]", "... ferries. \\[117\\]", "... ferries. (117)"), looked for in the
# paragraph's last characters.
_TABLED_END = lazy_pattern(r"\.[ \t]*(?:\\?\[\d{1,7}\\?\]|\(\d{1,7}\))?\s*$")
_TABLED_TAIL = 20  # characters: a tabled question's full stop and number stand in its last so many
_TAG_WORDS = 2  # words after a question's last comma: a tag ("right?", "isn't it?") is this short
_TAGGED_WORDS = 3  # words before a tag at least: "Ann, right?" names and asks

Block = tuple[int, int]


class RawTurn:
    """A turn as found in the layout, before it is built into model objects."""

    __slots__ = (
        "asks", "blocks", "end", "ends", "key", "keyword", "label", "marker", "side", "start",
        "tabled", "times", "words",
    )  # fmt: skip

    def __init__(
        self,
        side: Side,
        marker: Span,
        blocks: list[Block],
        label: str | None,
        *,
        keyword: bool,
        key: str | None = None,
    ) -> None:
        self.side: Side = side
        self.marker = marker
        self.blocks = blocks
        self.label = label
        self.keyword = keyword
        self.key = key
        self.words = 0
        self.asks = False
        self.tabled = False  # a written question tabled in the indirect form (see measure)
        # When the turn and each of its blocks start and end, in seconds, where the text says.
        self.start: float | None = None
        self.end: float | None = None
        self.times: list[float | None] = [None] * len(blocks)
        self.ends: list[float | None] = [None] * len(blocks)

    def measure(self, text: str) -> None:
        """Count the turn's words and whether it asks (holds a question mark, or is tabled).

        A parliament's written question, tabled in the indirect form ("To ask
        the Minister for Ports how many ferries ..."), is a paragraph of its
        own that asks to its end though it ends with a full stop (and the
        question's number in brackets, "[117]"): ``tabled``. A turn that only
        opens with the infinitive ("To ask the town for money was never the
        plan." and a second paragraph) is none.
        """
        # The blocks joined by a space (a turn of one block is its one piece, not copied): the
        # space parts no words and adds none, so one split counts them all.
        words = " ".join([text[start:end] for start, end in self.blocks])
        self.words = len(words.split())
        self.tabled = (
            len(self.blocks) == 1
            and _TABLED_QUESTION.match(words) is not None
            and _TABLED_END.search(words, max(0, len(words) - _TABLED_TAIL)) is not None
        )
        self.asks = self.tabled or "?" in words


def median(values: Sequence[int]) -> float:
    """The median (the statistics module costs more to import than this whole module)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def role_of_keyword(label: str) -> Role | None:
    folded = label_key(label)
    if folded in QUESTION_LABELS:
        return "interviewer"
    if folded in ANSWER_LABELS:
        return "interviewee"
    if folded in MODERATOR_LABELS:
        return "moderator"
    return None


def infer_roles(  # noqa: C901, PLR0912, PLR0915 - the reading's rules, one branch each, in the order they apply
    text: str,
    turns: Sequence[RawTurn],
    *,
    interviewers: Collection[str],
    interviewees: Collection[str],
    moderators: Collection[str],
    described: dict[str, Role],
    set_off: bool = False,
) -> dict[str, Role]:
    """Give every speaker key a role (see the module's docstring).

    ``set_off``: some questions are set off by their form (headings, bold
    paragraphs); the named speakers below them answer, unless they mostly ask.
    """
    given: tuple[tuple[Role, Collection[str]], ...] = (
        ("interviewer", interviewers),
        ("interviewee", interviewees),
        ("moderator", moderators),
    )
    roles: dict[str, Role] = {key: role for role, keys in given for key in keys}
    for turn in turns:
        if turn.key is None or turn.key in roles:
            continue
        keyword = turn.key.startswith("\0")  # not a speaker's initial that spells a keyword
        fixed = (role_of_keyword(turn.label or "") if keyword else None) or described.get(turn.key)
        if keyword and _listeners_ask(turns, turn.key, turn.label or ""):
            fixed = "interviewer"
        if fixed == "interviewer" and keyword and _asked_by_the_other(text, turns, turn.key):
            fixed = "interviewee"
        if (
            fixed == "moderator"
            and keyword
            and (_moderator_asks(text, turns, turn.key) or _only_asker(text, turns, turn.key))
        ):
            fixed = "interviewer"
        if fixed is not None:
            roles[turn.key] = fixed
    # The floor held in words, less the share of turns that ask: counsel who reads long
    # documents out in questions does not outweigh the witness who answers them.
    stats = _Stats(text, turns)
    floor = {
        key: sum(lengths) * (1 - stats.asking[key] / len(lengths))
        for key, lengths in stats.lengths.items()
    }
    for key in _announced_askers(text, turns):
        roles.setdefault(key, "interviewer")
    for key in _self_named_reporters(text, turns):
        roles.setdefault(key, "interviewer")
    for key in _senders(turns):
        roles.setdefault(key, "interviewer")
    for key in _announced_guests(text, turns):
        roles.setdefault(key, "interviewee")
    introduced = _introduced_guest(text, turns)
    if introduced is not None:
        roles.setdefault(introduced[0], "interviewer")
        roles.setdefault(introduced[1], "interviewee")
    hosts = _self_introduced_hosts(text, turns)
    officials = _officials(stats, turns, roles)
    for key in officials:
        chair = _chairs_the_briefing(stats, key, officials, roles)
        roles[key] = "moderator" if chair else "interviewee"
    unknown = [key for key in stats.lengths if key not in roles]
    if not unknown:
        return roles
    if _examined(text, turns):
        # Questions and answers under keywords ("Q." and "A."): the examination is theirs, and
        # the named speakers (the court, counsel between the examinations) chair.
        roles.update(dict.fromkeys(unknown, "moderator"))
        return roles
    # Who puts questions that others answer asks, and so does who opens the conversation by
    # welcoming and introducing; who answers them, or thanks for being invited, does not.
    stats.count_replies(None, roles)
    principal: str | None = None
    if not any(key in roles for key in interviewees):
        # The principal interviewee answers the most questions and holds the floor longest; an
        # answer keyword ("A", "Witness") yields to a named speaker who speaks more.
        keyword_interviewees = [key for key, s in roles.items() if s == "interviewee"]
        # A host who welcomed the listeners in their own name is not the one answering.
        candidates = [key for key in (*unknown, *keyword_interviewees) if key not in hosts] or [
            *unknown,
            *keyword_interviewees,
        ]
        # Who answered someone's question, if anyone did, rather than who only asked.
        if all(stats.answered[key] < _SURE_ANSWERS for key in candidates):
            # Too few answers to weigh the floor: who answered more than they asked, not who asked.
            candidates = [
                key for key in candidates if stats.answered[key] > stats.asked[key]
            ] or candidates
        most = max(floor[key] for key in candidates)
        addressed = _addressed_by_all(stats, candidates, floor)
        principal = max(
            candidates,
            key=lambda key: (
                key == addressed
                or (floor[key] >= most * _PRINCIPAL_FLOOR and stats.answered[key] >= _SURE_ANSWERS),
                floor[key],
            ),
        )
        if principal in unknown:
            roles[principal] = "interviewee"
            unknown.remove(principal)
        stats.count_replies(principal, roles)  # the principal's questions are rhetorical
    # Those who mostly ask are askers; then the chairs, who mostly hand the floor to askers;
    # then those who ask more than they answer.
    for key in unknown:
        if _leaning(stats, key) > 0 and stats.asked[key] >= len(stats.lengths[key]) * _ASKING_MOST:
            roles[key] = "interviewer"
    if set_off:  # below questions set off by their form, who does not mostly ask answers
        for key in _follows_up(stats, unknown):
            roles.setdefault(key, "interviewer")
        for key in unknown:
            roles.setdefault(key, "interviewee")
        return roles
    for key in unknown:  # who only opens, hands the floor on and closes chairs the call
        if key not in roles and stats.only_hands_over(key):
            roles[key] = "moderator"
    for key in unknown:
        if key not in roles and _adds_to_answers(stats, key, roles):
            roles[key] = "interviewee"
    for key in unknown:
        if key not in roles and _moderates(stats, key, roles):
            roles[key] = "moderator"
    for key in unknown:
        if key in roles:
            continue
        leaning = _leaning(stats, key)
        if (
            leaning > 0
            and stats.asked[key] >= max(1, stats.answered[key])
            and not _holds_the_floor(stats, key, principal)  # a panelist who asks now and then
        ):
            roles[key] = "interviewer"
        elif (
            stats.host_cues[key] > stats.guest_cues[key]
            and not stats.answered[key]
            and not _presents_at_length(stats, key)
        ):
            roles[key] = "interviewer"  # welcomes the audience or the guest, answers nothing
        elif leaning < 0 and stats.guest_cues[key]:
            roles[key] = "interviewee"
    for _ in range(3):
        changed = False
        for key in unknown:
            if key in roles or _answers_as_much(stats, key):
                continue
            if _is_interviewer(stats, key, roles):
                roles[key] = "interviewer"
                changed = True
        if not changed:
            break
    for key in unknown:
        if key not in roles:
            roles[key] = "moderator" if _moderates(stats, key, roles) else "interviewee"
    _askers_given_the_floor(stats, principal, unknown, roles)
    _co_hosts_who_never_ask(turns, roles, unknown)
    for key in _co_hosts_before_welcome(text, turns, roles, principal):
        roles[key] = "interviewer"
    for key in hosts:  # who welcomed the listeners in their own name hosts: no interviewee
        if key in unknown and roles[key] == "interviewee":
            roles[key] = "interviewer"
    return roles


def _follows_up(stats: _Stats, keys: Collection[str]) -> list[str]:
    """Below questions set off by their form, the one who follows up with each who answers them.

    Where headings put one question to a round of speakers who answer in
    turn, the interviewer is heard between the answers: the speaker whose
    own questions three different speakers or more answered, more than
    anyone else's, asks, however often they only react ("Oh, nice!").
    """
    reach = {key: len(stats.repliers[key]) for key in keys}
    if not reach:
        return []
    widest = max(reach, key=reach.__getitem__)
    others = max((count for key, count in reach.items() if key != widest), default=0)
    return [widest] if reach[widest] >= _ROUND_REPLIERS and reach[widest] > others else []


def _presents_at_length(stats: _Stats, key: str) -> bool:
    """Whether a speaker presents: many turns (three or more), mostly long, none of them asking.

    A presenter on a call greets everyone too ("Hi everyone, let me share my
    screen."), then speaks at length without a question: a greeting so made
    is no host's welcome.
    """
    lengths = stats.lengths[key]
    return (
        len(lengths) >= _CHAIR_TURNS and not stats.asking[key] and median(lengths) > _ANSWER_LENGTH
    )


def _answers_as_much(stats: _Stats, key: str) -> bool:
    """Whether a speaker replies to others' questions at least as often as others reply to theirs.

    One who answers more than they ask is no interviewer by asking alone; nor is
    one who answers as much as they ask and asks in half of their turns or
    fewer (a panelist who asks now and then; a host whose "How are you?" was
    returned asks in most turns).
    """
    answered, asked = stats.answered[key], stats.asked[key]
    return answered > asked or (
        answered == asked >= 1 and stats.asking[key] <= _HALF_THE_TURNS * len(stats.lengths[key])
    )


def _addressed_by_all(
    stats: _Stats, candidates: Sequence[str], floor: dict[str, float]
) -> str | None:
    """The speaker who responds to everyone, where many speak in turn: the one they address.

    That is the speaker who holds the floor longest and speaks right after
    four different speakers or more, twice as many as anyone else (at a
    meeting, each participant speaks in turn and the guest of honour responds
    to each, whether or not they put a question).
    """
    responds_to = {
        key: {turn.key for turn in previous if turn is not None and turn.key not in {key, None}}
        for key, previous in stats.previous.items()
    }
    longest = max(candidates, key=lambda key: floor[key])
    most_by_others = max(
        (len(keys) for key, keys in responds_to.items() if key != longest), default=0
    )
    heard = len(responds_to[longest])
    return longest if heard >= _RESPONDS_TO and heard >= _RESPONDS_MORE * most_by_others else None


def _moderator_asks(text: str, turns: Sequence[RawTurn], key: str) -> bool:
    """Whether a speaker labelled as a moderator ("Moderator:") puts the questions, as a panel's does.

    A chair gives the floor; a panel's moderator asks the panelists, who then
    answer at length. Where most of its turns (two at least) end by asking,
    each followed by another speaker's reply of some length that asks nothing,
    the moderator is the one asking (a call for the next question is
    followed by that question, which asks). See also :func:`_only_asker`.
    """
    keyed = [turn for turn in turns if turn.key is not None]
    own = [position for position, turn in enumerate(keyed) if turn.key == key]
    if len(own) < _LISTENERS_ASKING:
        return False
    answered = sum(_answered_at_length(text, keyed, position) for position in own)
    return answered >= _LISTENERS_ASKING and answered > len(own) * _MOSTLY


def _answered_at_length(text: str, keyed: Sequence[RawTurn], position: int) -> bool:
    """Whether the turn at ``position`` ends by asking and another speaker's long reply answers it."""
    turn = keyed[position]
    reply = keyed[position + 1] if position + 1 < len(keyed) else None
    start, end = turn.blocks[-1]
    return (
        reply is not None
        and reply.key != turn.key
        and turn.asks
        and "?" in text[max(start, end - _CUE_REACH) : end]
        and not reply.asks
        and reply.words > _ANSWER_LENGTH
    )


def _only_asker(text: str, turns: Sequence[RawTurn], key: str) -> bool:
    """Whether a voice labelled by a keyword ("Staff:", "Aide:") is the only one whose questions are answered.

    A text of questions and answers has someone asking. Where the one voice
    whose question another speaker answers at length is labelled by a keyword
    of the floor or the chair ("Staff", "Aide"), and no one else's question is
    so answered, that voice puts the questions, however few they are.
    """
    keyed = [turn for turn in turns if turn.key is not None]
    askers = {keyed[i].key for i in range(len(keyed)) if _answered_at_length(text, keyed, i)}
    return askers == {key}


def _listeners_ask(turns: Sequence[RawTurn], key: str, label: str) -> bool:
    """Whether a label for the listeners ("Audience:") puts questions: then it is an asker.

    A talk's transcript labels whoever speaks up from the room by one word for
    them all. Where that label's turns only react (laughter, "Yes!"), it is floor
    noise; where two of them ask, or more, the listeners are putting questions to
    the speaker.
    """
    if label_key(label) not in _LISTENER_LABELS:
        return False
    return sum(1 for turn in turns if turn.key == key and turn.asks) >= _LISTENERS_ASKING


def _asked_by_the_other(text: str, turns: Sequence[RawTurn], key: str) -> bool:
    """Whether an asker's keyword labels the one who answers, as the turns show.

    A keyword says who asks ("Participant:" puts a question from the floor),
    unless the turns say otherwise: in a two-person interview where the
    keyword's turns seldom end on a question (a fifth of them at most) and the
    one other speaker, named, ends on one three times as often or more, the
    keyword's speaker is the one questioned (a study's participant answers the
    researcher). A question mark inside a long answer ("..., right? And then
    ...") asks no one: the turn's last words are what put a question.
    """
    speakers = {turn.key for turn in turns if turn.key is not None}
    others = speakers - {key}
    if len(others) != 1:
        return False
    other = next(iter(others))
    if other.startswith("\0"):
        return False  # two keywords: each says its side
    own = [turn for turn in turns if turn.key == key]
    own_asking = sum(1 for turn in own if ends_asking(text, turn))
    other_asking = sum(1 for turn in turns if turn.key == other and ends_asking(text, turn))
    return own_asking * _SELDOM_ASKS <= len(own) and other_asking >= _ASKS_MORE * max(1, own_asking)


def ends_asking(text: str, turn: RawTurn) -> bool:
    """Whether a turn's last paragraph ends on a question mark."""
    if not turn.asks:
        return False
    start, end = turn.blocks[-1]
    return turn.tabled or text[start:end].rstrip().endswith("?")


def _announced_askers(text: str, turns: Sequence[RawTurn]) -> list[str]:
    """The speakers a chair announces as the next to ask ("Our next question comes from Ann Lee.").

    A brief turn that asks nothing and ends by announcing a question from
    someone (only a few words such as "Please go ahead." may follow) gives the
    floor to an asker: whoever speaks next, where that is another speaker, puts
    it. A chair who reads a question out ("... the next question, from Ann:
    do I need ...") announces no asker.
    """
    keyed = [turn for turn in turns if turn.key is not None]
    askers: dict[str, None] = {}  # in order, once each
    for before, turn in pairwise(keyed):
        if (
            before.key != turn.key
            and turn.key not in askers
            and _announces_asker(text, before, turn.label or "")
        ):
            askers[turn.key or ""] = None
    return list(askers)


def _self_named_reporters(text: str, turns: Sequence[RawTurn]) -> list[str]:
    """The speakers who open a turn by saying who they are and whom they report for.

    At a briefing, reporters put their questions in turn, each first saying
    who they are and where they are from ("Hi, Ann Lee from the Daily Bank.
    What ..."): a speaker whose turn opens with their own name (as their label
    spells it, after a greeting or a "Sir," at most) then "from" or "with" and
    a capitalised name asks. Where two speakers at least so name themselves,
    they are the room's reporters.
    """
    found: dict[str, None] = {}
    for turn in turns:
        if (
            turn.key is None
            or turn.keyword
            or turn.key in found
            or not turn.label
            or not turn.blocks
        ):
            continue
        start, end = turn.blocks[0]
        named = _SELF_NAMED.match(text, start, min(end, start + _SELF_NAMED_REACH))
        if named is not None and named.group("name").casefold() == turn.label.casefold():
            found[turn.key] = None
    return list(found) if len(found) >= 2 else []  # noqa: PLR2004 - the room's reporters


def _senders(turns: Sequence[RawTurn]) -> list[str]:
    """The speakers whose label names a message sent in and whom it is from.

    A live chat or a programme that takes the public's questions prints each
    one under a label that says what it is and who sent it ("Question from Ann
    Lee:", "Comment From Bo:", "Email from a listener:"): the sender puts a
    question to the guest, worded as a question or as a request, and asks.
    """
    return list(
        {
            turn.key: None
            for turn in turns
            if turn.key is not None
            and not turn.keyword
            and turn.label
            and _SENT_FROM.match(turn.label)
        }
    )


def _announced_guests(text: str, turns: Sequence[RawTurn]) -> list[str]:
    """The speakers announced as joining the show ("I am joined today by Ann and Bo.").

    Whoever says, in the opening's turns, who joins them ("joined today by",
    "joining me today is", "my guest is") is taken to host and names the
    guests: another speaker so named, by the whole words of the label they
    speak under, answers, unless the words call them a colleague or a co-host.
    """
    labels = {turn.key: turn.label for turn in turns if turn.key is not None and turn.label}
    guests: dict[str, None] = {}
    for turn in turns[:_OPENING_TURNS]:
        if turn.key is None or turn.keyword:
            continue
        words = turn_words(text, turn)
        for announced in _ANNOUNCES_GUEST.finditer(words):
            whom = words[announced.end() : announced.end() + _ANNOUNCED_REACH]
            if _COLLEAGUE.search(whom):
                continue
            named = WORDS.findall(whom)
            for key, label in labels.items():
                if key != turn.key and spells(label.casefold(), named):
                    guests[key] = None
    return list(guests)


def _introduced_guest(text: str, turns: Sequence[RawTurn]) -> tuple[str, str] | None:
    """The host whose first turn introduces the next speaker, and that guest, if so.

    A host's opening may present the guest in the third person, asking
    nothing: the full name their label spells, followed by what is said of
    them ("Dr. Ann Lee studies the tides. ... Congratulations, Dr. Lee!"),
    not a name that only addresses them ("Ann Lee, before we start, ...");
    the guest's reply that only thanks ("Thank you so much, Bo!") shows who
    was introduced: the host asks and the guest answers.
    """
    keyed = [turn for turn in turns[:_OPENING_TURNS] if turn.key is not None and not turn.keyword]
    if len(keyed) < 2 or keyed[0].asks or keyed[0].key == keyed[1].key:  # noqa: PLR2004
        return None
    host, guest = keyed[0], keyed[1]
    label = guest.label or ""
    if not label or not (thanks_back(text, guest) or thanks_host(text, guest)):
        return None
    words = turn_words(text, host, fold=False)
    said_of = re.search(re.escape(label) + r" [a-z]", words)
    return (host.key or "", guest.key or "") if said_of else None


def spells(name: str, words: list[str]) -> bool:
    """Whether the words of ``name`` stand, whole and in order, among ``words`` (a text's words).

    >>> spells("Ann Lee", ["Hi", "I", "m", "Ann", "Lee"])
    True
    >>> spells("Ann", ["Annual", "reports"])
    False
    """
    names = WORDS.findall(name)
    size = len(names)
    return size > 0 and any(
        words[at : at + size] == names
        for at in range(len(words) - size + 1)
        if words[at] == names[0]
    )


def _self_introduced_hosts(text: str, turns: Sequence[RawTurn]) -> list[str]:
    """The speakers who welcome the listeners to the show and give their own name.

    "Hello and welcome to the programme. I'm Ann Lee.": whoever opens a turn
    so hosts the show, wherever that stands (a show may open cold, with a
    recorded scene or a clip, and welcome its listeners only after it); and
    so does a co-host who gives their own name right after ("And I'm Bo
    Chan."). So, too, does the speaker whose label the host's own words
    before the first label name ("I am your host, Ann Lee, and this is
    episode 9."): the show's spoken opening, left unlabelled.
    """
    hosts: dict[str, None] = {}
    keyed = [turn for turn in turns if turn.key is not None and not turn.keyword]
    if keyed:
        named = _YOUR_HOST.search(text, 0, turns[0].marker.start)
        if named is not None:
            words = WORDS.findall(named.group("name"))
            hosts |= dict.fromkeys(
                turn.key or "" for turn in keyed if turn.label and spells(turn.label, words)
            )
    for position, turn in enumerate(keyed):
        # The welcome's word stands in the opening words, in some case: most turns, without it
        # there, are passed over by a quick search before their opening words are folded.
        start = turn.blocks[0][0]
        if not _WELCOME_WORD.search(text, start, min(turn.blocks[-1][1], start + _CUE_REACH)):
            continue
        if not _WELCOMES_AS_HOST.match(opening_words(text, turn)):
            continue
        hosts[turn.key or ""] = None
        following = keyed[position + 1] if position + 1 < len(keyed) else None
        if following is not None and _NAMES_ONESELF.match(text, following.blocks[0][0]):
            hosts[following.key or ""] = None
    return list(hosts)


def _announces_asker(text: str, turn: RawTurn, asker: str) -> bool:
    """Whether a brief turn ends by announcing a question from someone, ``asker`` next.

    A chair's brief turn that asks nothing may end by announcing who asks
    ("Our next question comes from Ann Lee."). A show's host may also open
    with a teaser that asks the audience ("Can a ferry cross in a gale? And
    who decides?") before announcing who asks ("Today's question is from
    Bo."): the questions before the announcement ask no one present, where
    the one announced, by the name their label spells, is ``asker``, who
    speaks next ("" where the next turn has no label); what follows the last
    question is the announcement, brief as a chair's. (A question read out before the name of one who sent it, "...
    The question comes from Bo in Leeds.", is put by the one reading, to the
    one who answers next.)
    """
    start, end = turn.blocks[-1]
    if turn.asks:
        if not asker:
            return False
        start = text.rfind("?", start, end) + 1 or start  # after the teaser's last question
        if len(text[start:end].split()) > _ANNOUNCEMENT_WORDS:
            return False
    # Brief, and holding the announcement's word ("question", "Question": found cheaply first).
    if (not turn.asks and turn.words > _ANNOUNCEMENT_WORDS) or text.find("uestion", start, end) < 0:
        return False
    words = text[start:end].replace("\u00a0", " ").casefold()
    announcements = list(_ANNOUNCES_ASKER.finditer(words))
    if not announcements:
        return False
    rest = words[announcements[-1].end() :]  # the last announcement counts
    sentence_end = _SENTENCE_END.search(rest)
    whom = rest[: sentence_end.start()] if sentence_end else rest
    after = rest[sentence_end.end() :] if sentence_end else ""
    if turn.asks and not spells(asker.casefold(), WORDS.findall(whom)):
        return False
    return (
        ":" not in whom  # "the question from this paragraph is: ..." reads the question out
        and len(whom.split()) <= _ANNOUNCED_WORDS  # who asks and where from: a few words
        and len(after.split()) <= _FLOOR_WORDS + 1  # "Please go ahead.", "Your line is open."
    )


def _holds_the_floor(stats: _Stats, key: str, principal: str | None) -> bool:
    """Whether a speaker holds the floor as the one answering does, asking now and then.

    That is one whose turns are longer, in the middle, than the principal
    interviewee's, and of whose turns fewer than one in four draw another's
    answer: on a panel, a member who speaks at length and at times puts a
    question to the others is a panelist, not the host.
    """
    if principal is None or key == principal:
        return False
    lengths = stats.lengths[key]
    return (
        median(lengths) > median(stats.lengths[principal]) and stats.asked[key] < len(lengths) / 4
    )


def _examined(text: str, turns: Sequence[RawTurn]) -> bool:
    """Whether both keywords, the asking ("Q") and the answering ("A"), carry most turns.

    That is a witness's examination as courts and depositions print it: the
    other labels name the court and counsel, who chair between examinations.
    Only keywords written in the text count (not questions set off by their form).
    """
    asking = answering = named = 0
    for turn in turns:
        if not turn.keyword:
            named += turn.key is not None
        elif (turn.label or "") in text[turn.marker.start : turn.marker.end]:
            role = role_of_keyword(turn.label or "")
            asking += role == "interviewer"
            answering += role == "interviewee"
    return min(asking, answering) > named


def _askers_given_the_floor(
    stats: _Stats, principal: str | None, unknown: list[str], roles: dict[str, Role]
) -> None:
    """Those taken to answer who only answered the chair ("Introduce yourself, please?") ask.

    Where a chair gives the floor, a questioner's reply to the chair's "Your
    question, please?" is no answer: counted without the chairs' questions, a
    speaker who then answers no more questions than they ask, and whose turns
    draw the interviewees' replies, is an interviewer. Not one who replied at
    length, asking nothing, to a chair's question of twenty words or more (a
    question of the chair's own, put to a panelist).
    """
    chairs = {key for key in unknown if roles[key] == "moderator"}
    if principal is None or not chairs:
        return
    # A "chair" in a back-and-forth with the interviewees, whose turns nearly all draw their
    # reply, addresses them: asks.
    addressing = {
        key
        for key in chairs
        if stats.share_followed_by(key, roles, "interviewee") >= _NEARLY_ALL
        and stats.share_after(key, roles, "interviewee") >= _MOSTLY
    }
    answered_chair = _answered_the_chair(stats, chairs - addressing)
    stats.count_replies(principal, roles, chairs=chairs - addressing)
    for key in addressing:
        roles[key] = "interviewer"
    for key in unknown:
        if (
            roles[key] == "interviewee"
            and key not in answered_chair
            and stats.answered[key] <= stats.asked[key]
            and _is_interviewer(stats, key, roles, in_turn=False)
        ):
            roles[key] = "interviewer"


def _answered_the_chair(stats: _Stats, chairs: Collection[str]) -> set[str]:
    """The speakers who replied at length, asking nothing, to a chair's own question.

    A chair's question of twenty words or more asks something of its own (not
    "Your question, please?"); a reply of some length that asks nothing answers it.
    """
    answered: set[str] = set()
    for before, turn in pairwise(stats.keyed):
        if (
            before.key in chairs
            and turn.key not in chairs
            and turn.key != before.key
            and before.words >= _CHAIRS_OWN_QUESTION
            and stats.ends_asking(before)
            and not turn.asks
            and turn.words > _ANSWER_LENGTH
        ):
            answered.add(turn.key or "")
    return answered


def _co_hosts_before_welcome(
    text: str, turns: Sequence[RawTurn], roles: dict[str, Role], principal: str | None
) -> list[str]:
    """Who talked with the host before the guest was welcomed: co-hosts, not guests.

    A show's hosts often banter before they welcome their guest, and the
    guest may put in a word meanwhile. Before the first question is asked
    and answered, a host's welcome by name to which the principal
    interviewee replies (see :func:`_welcome_by_name`) welcomes the guest.
    A third speaker taken to answer who only bantered with the host before
    it (replied to a host ``_CO_HOST_TALK`` times or more), and who speaks
    less than half as many words as the guest, was there with the host: a
    co-host, an **interviewer**.
    """
    if principal is None:
        return []
    position = _welcome_by_name(
        text,
        turns,
        roles,
        start=0,
        stop=len(turns) - 1,
        replied=lambda reply: turns[reply].key == principal,
    )
    if position < 0:
        return []
    talked = Counter(
        reply.key
        for host, reply in pairwise(turns[: position + 1])
        if roles.get(host.key or "") == "interviewer" and reply.key != host.key
    )
    spoken: Counter[str] = Counter()
    for other in turns:
        spoken[other.key or ""] += other.words
    return [
        key
        for key, replies in talked.items()
        if key is not None
        and key != principal
        and roles.get(key) == "interviewee"
        and replies >= _CO_HOST_TALK
        and 2 * spoken[key] < spoken[principal]
    ]


def _co_hosts_who_never_ask(
    turns: Sequence[RawTurn], roles: dict[str, Role], unknown: Collection[str]
) -> None:
    """A second host who never asks, beside one who does, adds to the talk: a moderator.

    Where one host puts the questions, a co-host whose turns, several of
    them, hold no question mark at all tells stories and comments: the
    guest who takes them up goes on answering the last question. Where
    several put questions (reporters at a press conference), one who states
    a request without a question mark still asks.
    """
    asking: Counter[str] = Counter()
    spoken: Counter[str] = Counter()
    for turn in turns:
        if turn.key is not None and roles.get(turn.key) == "interviewer":
            spoken[turn.key] += 1
            asking[turn.key] += turn.asks
    if sum(1 for count in asking.values() if count) != 1:
        return
    for key, count in spoken.items():
        if key in unknown and count >= _SURE_ANSWERS and not asking[key]:
            roles[key] = "moderator"


def _leaning(stats: _Stats, key: str) -> int:
    """How far a speaker leans to asking: questions answered less answers given, cues counted twice."""
    asked, answered = stats.asked[key], stats.answered[key]
    return asked - answered + 2 * (stats.host_cues[key] - stats.guest_cues[key])


def _officials(stats: _Stats, turns: Sequence[RawTurn], roles: dict[str, Role]) -> list[str]:
    """The named speakers who answer, where the questions are put under a keyword.

    In a briefing whose reporters are marked by a keyword (``Q``, ``Journalist``)
    and whose answers by no keyword, the named speakers are the officials and
    the chairs. Once the questions have begun, an official speaks at length
    three times or more without ending on a question, more often than they end
    on one at length (passing a question on to a colleague takes a few words:
    "Dr. Lee?"); or speaks twice or more, never asks, and mostly at length. Not
    where some questioners are named too: a named speaker who speaks once or
    twice, only to ask.
    """
    if any(role == "interviewee" for role in roles.values()):
        return []  # the answers are marked too ("A", "Witness")
    asked = False
    lengths: dict[str, list[int]] = defaultdict(list)
    answering: Counter[str] = Counter()  # long turns that do not end by asking
    asking: Counter[str] = Counter()  # long turns that do
    asks: Counter[str] = Counter()
    for turn in turns:
        key = turn.key
        if key is None:
            continue
        if key.startswith("\0"):
            asked = asked or roles.get(key) == "interviewer"
        elif asked and key not in roles:
            lengths[key].append(turn.words)
            ends_asking = stats.ends_asking(turn)
            asks[key] += ends_asking
            if turn.words > _ANSWER_LENGTH:
                (asking if last_sentence_asks(stats.text, turn) else answering)[key] += 1
    if any(len(words) <= _FEW_TURNS and asks[key] == len(words) for key, words in lengths.items()):
        return []  # some questioners are named: the named speakers are not only officials
    return [
        key
        for key, words in lengths.items()
        if (answering[key] >= _SURE_ANSWERS and answering[key] > asking[key])
        or (not asks[key] and len(words) >= _FEW_TURNS and median(words) > _ANSWER_LENGTH)
    ]


def _chairs_the_briefing(
    stats: _Stats, key: str, officials: Sequence[str], roles: dict[str, Role]
) -> bool:
    """Whether a named speaker taken for an official chairs the briefing instead.

    That is one whose turns nearly all (three in four) give the floor, call
    the next question or thank, who rarely speaks right after a question
    (fewer than one turn in five), and whose turns run, in the middle, half as
    long as those of the official who speaks most, or less: the officials
    reply to the questions, the chair speaks between them.
    """
    most = max(officials, key=lambda other: sum(stats.lengths[other]))
    return (
        key != most
        and stats.cue_share(key) >= _NEARLY_ALL
        and stats.share_after(key, roles, "interviewer") < _RARELY_ASKS
        and median(stats.lengths[key]) * _CHAIR_BREVITY <= median(stats.lengths[most])
    )


def last_sentence_asks(text: str, turn: RawTurn) -> bool:
    """Whether a turn ends with a question mark (closing quotes and white space aside).

    >>> from interview_corpus.model._span import Span
    >>> text = 'Why did it stop?" Lee asked.'
    >>> turn = RawTurn("question", Span(0, 0), [(0, 16)], None, keyword=False)
    >>> last_sentence_asks(text, turn)
    True
    >>> last_sentence_asks(text, RawTurn("question", Span(0, 0), [(0, 28)], None, keyword=False))
    False
    """
    start, end = turn.blocks[-1]
    return text[start:end].rstrip(SENTENCE_CLOSING).endswith("?")


def _adds_to_answers(stats: _Stats, key: str, roles: dict[str, Role]) -> bool:
    """Whether a speaker adds to others' answers, as a panel's members do one after another.

    That is one who speaks at length, mostly right after an interviewee (and at
    times right after an interviewer's question), and hardly ever asks.
    """
    lengths = stats.lengths[key]
    return (
        median(lengths) > _ANSWER_LENGTH
        and stats.asking[key] < _RARELY_ASKS * len(lengths)
        and stats.share_after(key, roles, "interviewee") >= _MOSTLY
        and stats.share_after(key, roles, "interviewer") > 0
    )


def _moderates(stats: _Stats, key: str, roles: dict[str, Role]) -> bool:
    """Whether a speaker chairs: brief turns that call on someone, give the floor or thank.

    A chair rarely replies to askers and mostly does what a chair does (or, less
    often, hands the floor to askers); one in a back-and-forth with the
    interviewee (more than half of their turns come right after the
    interviewee's and draw the interviewee's reply) addresses them, whatever
    thanks open the turns ("Thank you, Madam Chair." opens a member's time). A chair may introduce the next speaker
    at some length: one who speaks three times or more, asks in half of their
    turns or fewer (a chair's own questions, in the chair's own time), and
    whose turns nearly all (three in four) do what a chair does chairs,
    however long their turns. Not one each of whose turns the next speaker thanks for
    having them ("Thank you for being with us." - "Happy to be with you."):
    the one thanked welcomed the guest as the asker.
    """
    lengths = stats.lengths[key]
    if median(lengths) > _ANSWER_LENGTH and (
        stats.asking[key] > _HALF_THE_TURNS * len(lengths)
        or len(lengths) < _CHAIR_TURNS
        or stats.cue_share(key) < _NEARLY_ALL
    ):
        return False
    if stats.thanked[key] == len(lengths):
        return False  # "Thank you for being with us." - "Happy to be with you.": a host's welcome
    if stats.share_after(key, roles, "interviewer") >= 0.4:  # noqa: PLR2004 - one who mostly replies to askers answers
        return False
    if (
        stats.share_followed_by(key, roles, "interviewee") > _MOSTLY
        and stats.share_after(key, roles, "interviewee") > _MOSTLY
    ):
        return False  # a back-and-forth with the interviewee, whatever thanks open the turns
    cues = stats.cue_share(key)
    return cues >= 0.5 or (  # noqa: PLR2004
        cues >= 0.3 and stats.share_followed_by(key, roles, "interviewer") >= 0.4  # noqa: PLR2004
    )


class _Stats:
    def __init__(self, text: str, turns: Sequence[RawTurn]) -> None:
        self.text = text
        self._turns: dict[str, list[RawTurn]] = defaultdict(list)
        self._cues: dict[str, float] = {}
        self._handing: dict[int, bool] = {}  # hands_over of each turn, by where it starts, once
        self.lengths: dict[str, list[int]] = defaultdict(list)
        self.asking: Counter[str] = Counter()
        self.next: dict[str, list[str | None]] = defaultdict(list)
        self.previous: dict[str, list[RawTurn | None]] = defaultdict(list)
        self.asked: Counter[str] = Counter()  # questions another speaker then answered
        self.answered: Counter[str] = Counter()  # replies to another speaker's question
        self.repliers: dict[str, set[str]] = defaultdict(set)  # who answered each one's questions
        self.host_cues: Counter[str] = Counter()
        self.guest_cues: Counter[str] = Counter()
        self.thanked: Counter[str] = Counter()  # turns the next speaker thanks for having them
        keyed = [turn for turn in turns if turn.key is not None]
        # Whom a turn replies to: the turn before it, past a chair's interjection.
        speaking: RawTurn | None = None
        for position, turn in enumerate(keyed):
            key = turn.key
            assert key is not None  # filtered above
            self.lengths[key].append(turn.words)
            self._turns[key].append(turn)
            self.asking[key] += turn.asks
            following = keyed[position + 1].key if position + 1 < len(keyed) else None
            self.next[key].append(following)
            self.previous[key].append(speaking)
            if position < _OPENING_TURNS:
                self._count_cues(turn, speaking)
            if role_of_keyword(turn.label or "") != "moderator":
                speaking = turn
        self.keyed = keyed

    def _count_cues(self, turn: RawTurn, previous: RawTurn | None) -> None:
        """Count a turn's host cues (welcoming, introducing) and guest cues (thanks for having)."""
        piece = opening_words(self.text, turn, _CUE_REACH * 2)
        key = turn.key or ""
        if _GUEST_CUE.search(piece):
            self.guest_cues[key] += 1
            if previous is not None and previous.key != key:
                self.host_cues[previous.key or ""] += 1
                self.thanked[previous.key or ""] += 1
        elif _HOST_CUE.search(piece):
            self.host_cues[key] += 1

    def count_replies(
        self, principal: str | None, roles: dict[str, Role], chairs: Collection[str] = ()
    ) -> None:
        """Count, for each speaker, the questions others answered and the answers given.

        A turn that ends by asking, followed by another speaker's turn of some
        length that does not ask (or is much longer), is a question answered.
        The principal interviewee's questions are left out: they are rhetorical
        more often than not, and so are the ``chairs``' questions (their turns
        are passed over, as a keyword moderator's are).
        """
        self.asked.clear()
        self.answered.clear()
        self.repliers.clear()
        previous: RawTurn | None = None
        for turn in self.keyed:
            if role_of_keyword(turn.label or "") == "moderator" or turn.key in chairs:
                continue
            if (
                previous is not None
                and previous.key not in {turn.key, principal}
                and roles.get(previous.key or "") != "interviewee"
                and turn.words > _FLOOR_WORDS
                and (not turn.asks or turn.words > 2 * previous.words)
                and self.ends_asking(previous)
                and not self.hands_over(previous)
            ):
                self.asked[previous.key or ""] += 1
                self.answered[turn.key or ""] += 1
                self.repliers[previous.key or ""].add(turn.key or "")
            previous = turn

    def ends_asking(self, turn: RawTurn) -> bool:
        """Whether a turn's last words ask (a question mark near its end, not a rhetorical one)."""
        end = turn.blocks[-1][1]
        return turn.asks and (
            "?" in self.text[max(turn.blocks[-1][0], end - _CUE_REACH) : end] or turn.tabled
        )

    def only_hands_over(self, key: str) -> bool:
        """Whether a speaker answers nothing, puts no question that is answered, and hands over.

        That is a chair who opens, links and closes a call: turning it over to the
        speakers and asking for the first question (see :func:`hands_over`).
        """
        return (
            not self.answered[key]
            and not self.asked[key]
            and any(self.hands_over(turn) for turn in self._turns[key])
        )

    def hands_over(self, turn: RawTurn) -> bool:
        """Whether a turn ends by handing the floor on (:func:`hands_over`), found once a turn."""
        found = self._handing.get(turn.marker.start)
        if found is None:
            found = self._handing[turn.marker.start] = hands_over(self.text, turn)
        return found

    def cue_share(self, key: str) -> float:
        """The share of a speaker's turns that do what a chair does (found when first asked)."""
        if key not in self._cues:
            turns = self._turns[key]
            self._cues[key] = sum(chairs(self.text, turn) for turn in turns) / len(turns)
        return self._cues[key]

    def share_followed_by(self, key: str, roles: dict[str, Role], wanted: Role) -> float:
        """The share of a speaker's turns that another speaker of the ``wanted`` role follows.

        A speaker's own next turn (a transcript that labels each line) is no
        one's reply: those turns are not counted.
        """
        following = [other for other in self.next[key] if other != key]
        hits = sum(1 for other in following if other is not None and roles.get(other) == wanted)
        return hits / len(following) if following else 0.0

    def share_after(self, key: str, roles: dict[str, Role], wanted: Role) -> float:
        previous = self.previous[key]
        hits = sum(
            1 for turn in previous if turn is not None and roles.get(turn.key or "") == wanted
        )
        return hits / len(previous)


def _is_interviewer(
    stats: _Stats, key: str, roles: dict[str, Role], *, in_turn: bool = True
) -> bool:
    """Whether a speaker addresses the interviewees: asks often, at length, or nearly always draws their reply.

    One who mostly replies to interviewers is no interviewer, nor (``in_turn``)
    one who never asks and speaks after the others answer: a panel's next in turn.
    """
    count = len(stats.lengths[key])
    to_interviewee = stats.share_followed_by(key, roles, "interviewee")
    asks = stats.asking[key] / count
    long_turns = median(stats.lengths[key]) >= _LONG_TURN
    if stats.share_after(key, roles, "interviewer") >= 0.5:  # noqa: PLR2004 - one who mostly replies to interviewers is no interviewer
        return False
    if (
        in_turn
        and not stats.asking[key]
        and stats.share_after(key, roles, "interviewee") >= _IN_TURN
    ):
        return False  # never asks, and speaks after the others answer: a panel's next in turn
    if not stats.asking[key] and not long_turns:
        return False  # never asks, and only briefly: an aside, a voice from the floor
    # Addressing the interviewees: asking often, at length, or nearly always drawing their reply.
    return to_interviewee >= 0.75 or (to_interviewee >= 0.5 and (asks >= 0.25 or long_turns))  # noqa: PLR2004


def opening_words(text: str, turn: RawTurn, reach: int = _CUE_REACH) -> str:
    """A turn's first ``reach`` characters, case folded, on one line: where cues stand."""
    start, end = turn.blocks[0][0], turn.blocks[-1][1]
    return " ".join(text[start : min(end, start + reach)].casefold().split())


def turn_words(text: str, turn: RawTurn, *, fold: bool = True) -> str:
    r"""A turn's words, case folded (unless ``fold`` is false), on one line (its blocks joined by a space).

    >>> from interview_corpus.model._span import Span
    >>> text = "Ann: Tell us\nabout it.\n\nPlease."
    >>> turn_words(text, RawTurn("question", Span(0, 4), [(5, 22), (24, 31)], "Ann", keyword=False))
    'tell us about it. please.'
    >>> turn_words(text, RawTurn("question", Span(0, 4), [(5, 22)], "Ann", keyword=False), fold=False)
    'Tell us about it.'
    """
    if not fold:
        return " ".join(" ".join(text[start:end].split()) for start, end in turn.blocks)
    return " ".join(" ".join(text[start:end].casefold().split()) for start, end in turn.blocks)


def outer_sentences(words: str) -> set[str]:
    """The first and the last sentence of ``words`` (one, where it holds one sentence).

    >>> sorted(outer_sentences("Hello, Ann. The ferries are late. Welcome."))
    ['Hello, Ann.', 'Welcome.']
    """
    sentences = SENTENCE_BREAK.split(words.strip())
    return {sentences[0], sentences[-1]}


def last_sentence_thanks(words: str) -> bool:
    """Whether the last sentence of ``words`` thanks ("... That is all. Thank you.").

    >>> last_sentence_thanks("I will stop there. Thank you all for coming.")
    True
    >>> last_sentence_thanks("Thanks for asking. The ferries run again today.")
    False
    """
    return bool(_THANKS.search(SENTENCE_BREAK.split(words.strip())[-1].casefold()))


def thanks_host(text: str, turn: RawTurn) -> bool:
    """Whether a short turn thanks for being invited ("Thanks for having me.")."""
    return turn.words <= _THANKS_WORDS and bool(_GUEST_CUE.search(opening_words(text, turn)))


def thanks_back(text: str, turn: RawTurn) -> bool:
    """Whether a guest's few words only return a host's thanks ("Thanks, Ann.", "Thank you.").

    A host who welcomes a guest and thanks them for joining is thanked back
    in a few words (eight at most) that ask nothing: the show's opening, as
    thanks for being invited are (:func:`thanks_host`), not its first
    exchange.
    """
    return (
        turn.words <= BRIEF_REPLY
        and not turn.asks
        and opening_words(text, turn).partition(" ")[0].strip(",.!;:") in {"thank", "thanks"}
    )


def greets_back(text: str, turn: RawTurn) -> bool:
    """Whether a guest's turn only greets, as a guest answers being introduced ("Hello.", "Hi, Ann.").

    A few words that open with a greeting and ask nothing.
    """
    if turn.words > _FLOOR_WORDS or turn.asks:
        return False
    return bool(_HELLO.match(opening_words(text, turn)))


def _greets_with_pleasantry(text: str, turn: RawTurn) -> bool:
    """Whether a few words (eight at most) greet, then only add a pleasantry on meeting.

    "Hello, Ann. Nice to see you.", "Good morning. Good to see you again.":
    a greeting and no more, asking nothing.
    """
    if turn.words > BRIEF_REPLY or turn.asks or not _HELLO.match(opening_words(text, turn)):
        return False
    sentences = SENTENCE_BREAK.split(turn_words(text, turn).strip())
    return len(sentences) > 1 and all(
        _MEETING_PLEASANTRY.fullmatch(sentence.rstrip(".!")) for sentence in sentences[1:]
    )


def addressed_formally(text: str, host: RawTurn) -> bool:
    """Whether a host's short welcome opens by addressing the guest with an honorific.

    "Mr. Harbour Master, thank you for joining us.", "Madam Mayor, welcome.":
    a turn of a dozen words at most that opens with an honorific and the
    guest's name or office, then thanks, welcomes or greets. So does a
    welcome of twenty-five words at most, asking nothing, that names the
    guest, then their office after a comma, capitalised ("We want to welcome
    Ann Lee, the Harbour Master, to the program."): an official welcomed as
    such. A formal interview's transcript counts that welcome and its return
    as the first exchange, where a show's host welcomes a guest by first
    name as the show's opening. So, too, a longer turn (an introduction)
    whose last sentence addresses the guest by an honorific or by their
    office and welcomes, thanks or greets them ("... is my guest this
    morning. Minister, welcome back to the programme.", "... Ambassador Lee,
    thank you for being our guest."): the guest's return of it answers the
    first exchange, however the show began.
    """
    if host.words <= _OFFICE_WELCOME_WORDS:
        start, end = host.blocks[0][0], host.blocks[-1][1]
        words = " ".join(text[start:end].split())
        if host.words <= _FORMAL_WELCOME_WORDS and _HONORIFIC_WELCOME.match(words) is not None:
            return True
        if not host.asks and welcomes(text, host) and _NAME_AND_OFFICE.search(words) is not None:
            return True
    start, end = host.blocks[-1]  # the last sentence stands in the last block
    sentences = SENTENCE_BREAK.split(text[max(start, end - _CUE_REACH) : end].strip())
    last = sentences[-1]
    if len(sentences) > 1 and (before := sentences[-2].split()[-1]).rstrip(".").casefold() in (
        HONORIFICS
    ):
        last = f"{before} {last}"  # "Ms. Lee, welcome.": the honorific's full stop ends nothing
    return _FORMAL_ADDRESS.match(" ".join(last.split())) is not None


def greeted_in_turn(text: str, host: RawTurn, guest: RawTurn) -> bool:
    """Whether a guest returns a host's greeting, said to them, with a greeting only.

    The host greets the guest by name or title, in the turn's first or last
    sentence ("Good morning, Minister, and welcome to the programme.", "...
    Good morning to you, Minister.", "Minister, good morning."), and the guest only greets back ("Good
    morning, Ann."), with no thanks for being invited: a broadcast interview's
    first exchange, as its transcript counts it. A greeting to the audience
    ("Hello and welcome to the show.") or an introduction answered "Hello."
    is the show's opening. So, too, where the host's introduction ends by
    presenting the guest by office and name alone, the name as the guest's
    label spells it ("... Over to our guest. The Harbour Master, Ann
    Lee."): the presenter hands the floor to the guest as a formal
    interview's first exchange, which the guest's greeting returns. A
    greeting and a pleasantry on meeting ("Hello, Ann. Nice to see you.")
    only greet back too.
    """
    if not (greets_back(text, guest) or _greets_with_pleasantry(text, guest)) or thanks_host(
        text, guest
    ):
        return False
    return any(
        _GREETS_SOMEONE.match(sentence) for sentence in outer_sentences(turn_words(text, host))
    ) or _presents_by_office(text, host, guest.label)


def _presents_by_office(text: str, host: RawTurn, label: str | None) -> bool:
    """Whether a host's last sentence only presents someone: an office and the name ``label`` spells.

    Its words are capitalised, but for a few that join an office's words
    ("Minister of the Interior"), and it ends with the name: "Prime
    Minister Ann Lee.", not "My guest today is Ann Lee.".
    """
    if not label:
        return False
    start, end = host.blocks[-1]
    sentence = SENTENCE_BREAK.split(text[max(start, end - _CUE_REACH) : end].strip())[-1]
    words = WORDS.findall(sentence)
    names = WORDS.findall(label)
    return (
        bool(names)
        and words[-len(names) :] == names
        and all(word[:1].isupper() or word in _OFFICE_JOINS for word in words)
    )


def asks_only_after_well_being(text: str, turn: RawTurn) -> bool:
    """Whether every question in a turn only asks after someone's well-being ("How are you?").

    A turn that asks nothing at all does not.
    """
    questions = [
        sentence
        for start, end in turn.blocks
        for sentence in _QUESTION_SENTENCE.findall(text, start, end)
    ]
    for sentence in questions:
        words = " ".join(sentence.rstrip("?").split())
        folded = words.casefold()
        found = _WELL_BEING.search(folded)
        if found is None or len(folded[found.end() :].split()) > _WELL_BEING_REST:
            return False
        before = folded[: found.start()].strip()
        # Only someone addressed ("Ann, how are you?", "Hi Ann, how are you doing?", "Ann how
        # are you?", the comma left out) or a word that opens a sentence ("So how are you?") may
        # stand before it; "I wonder how you are doing?" asks.
        addressed = len(before.split()) <= _WELL_BEING_REST and (
            before.endswith(",") or names_only(" ".join(words.split()[: len(before.split())]) + ",")
        )
        if before and not addressed and before not in _WELL_BEING_LEADS:
            return False
    return bool(questions)


def returns_pleasantry(
    text: str, host: RawTurn, guest: RawTurn, after: RawTurn | None = None
) -> bool:
    """Whether a host's welcome or greeting is returned in a few words, before anything is asked.

    The host welcomes or introduces the guest ("Ann, welcome back to the show.",
    "joining me is ...") asking nothing, or only asks after the guest's
    well-being ("Ann, how are you?"), and the guest replies in a few words
    (eight at most) that ask nothing, or only ask back ("Good. How are you?"),
    or in a short turn (twenty words at most) that thanks for being invited or is
    glad to be there ("Very well. I'm delighted to be here, Jo."), asking only
    back. Both are the show's opening, not its first exchange. So is an introduction
    that checks itself ("I'm sitting down with Ann Lee. Did I pronounce that
    right?"), answered in five words at most ("Yes, perfect."), when the host
    (``after``, the turn after the guest's) goes on.
    """
    if (
        host.keyword
        or guest.keyword
        or greeted_in_turn(text, host, guest)
        or addressed_formally(text, host)
    ):
        return False
    if guest.words > BRIEF_REPLY and not thanks_host(text, guest):
        return False  # a longer reply returns a welcome only with thanks for being invited
    if guest.asks and not asks_only_after_well_being(text, guest):
        return False
    if host.asks:
        if asks_only_after_well_being(text, host):
            return True
        # An introduction may check itself ("Did I pronounce that right?" - "Yes, perfect."),
        # and the host goes on (a guest who goes on answers: "Introduce yourselves?").
        return (
            welcomes(text, host)
            and guest.words <= _BRIEF_ASIDE
            and after is not None
            and after.key == host.key
        )
    return welcomes(text, host)


def welcomes_all(text: str, turn: RawTurn) -> bool:
    """Whether a turn opens by welcoming all who attend ("Welcome everybody to the call.").

    A meeting's chair welcomes everyone, not one guest: what follows, asking
    nothing, opens the meeting and gives the floor; it puts no question.
    """
    return bool(_WELCOMES_ALL.search(opening_words(text, turn, _WELCOME_REACH)))


def welcomes(text: str, turn: RawTurn) -> bool:
    """Whether a turn welcomes or introduces a guest ("Jo, welcome to the programme.").

    A host's greeting said to the audience at large ("Good morning, folks.",
    "Hello everyone.") opens the show as a welcome does: what the host says
    with it, and the few words a guest or co-host puts back, are the opening,
    not the first exchange (a greeting said to one person by name is not one).
    """
    return bool(_HOST_CUE.search(opening_words(text, turn)))


def requests(text: str, turn: RawTurn) -> bool:
    """Whether a turn asks the guest to tell or explain something, without a question mark.

    A request in the imperative ("Tell us about the ferries.", "Walk me
    through it.", "Describe the first day.") asks as a question does, and so
    does one put to the guest ("Could you walk me through it?", "You'll tell
    us about it."), and a polite request closed with a full stop ("Would you
    please state your name for the record."). A verb of telling whose subject
    is someone else tells what they do (see :func:`_told_by_another`): no
    request.
    """
    words = turn_words(text, turn)
    return _has_request(words) or bool(POLITE_REQUEST.search(words))


def _has_request(folded: str) -> bool:
    """Whether case-folded words hold a verb of a request whose subject is not someone else."""
    return any(
        not _told_by_another(folded[: found.start()].split()) for found in _REQUEST.finditer(folded)
    )


def _told_by_another(before: list[str]) -> bool:
    """Whether the words before a verb of telling make someone other than the guest its subject.

    Going back over the words between a subject and its verb (modals, the
    future, adverbs: "could", "gonna", "going to", "always"), the first other
    word is the verb's subject: a pronoun other than "you" ("they tell us",
    "he'll explain"), or a noun after a determiner ("my kids tell me"), says
    what someone else does. A verb in the future ("will", "'ll", "gonna",
    "going to") says what someone will do, whoever it is ("you're gonna give
    us the keys"): no request either. "You" with no future ("Could you walk
    me through it?", "I'd love for you to give us ..."), a word ending a
    clause (a comma), or none, leave the verb a request.
    """
    future = False
    for back in range(len(before) - 1, max(len(before) - _SUBJECT_REACH, 0) - 1, -1):
        word = before[back]
        if word[-1:] in ",;:.!?":
            return False
        bare = _CONTRACTED.sub("", word)
        if bare == word and word in _BETWEEN_SUBJECT_AND_VERB:
            future = future or word in _FUTURE
            continue
        return (
            future
            or word.endswith(("'ll", "’ll"))
            or bare in _OTHER_SUBJECTS
            or (back > 0 and before[back - 1] in _DETERMINERS)
        )
    return False


def asks_or_requests(text: str, turn: RawTurn) -> bool:
    """Whether a turn puts something to the other side: a question or a request.

    A question mark or a request in the imperative ("Say more about the
    pier.") puts something; a turn that does neither (agreement, thanks, a
    view of one's own) puts nothing. A turn under a keyword label ("Q:", "A:",
    "Moderator:") is read by its label's role, not by its words: it counts as
    putting something, so no rule that reads a turn's words makes it a remark.
    """
    return turn.keyword or turn.asks or requests(text, turn)


def puts_in(words: str) -> bool:
    """Whether ``words`` (a sentence) ask or request, or ask the guest to introduce themselves.

    >>> puts_in("Bo, tell us how it all began."), puts_in("Let's hear the bells first.")
    (True, False)
    """
    folded = " ".join(words.casefold().split())
    return "?" in folded or _has_request(folded) or bool(_INTRODUCTION_REQUEST.search(folded))


def asks_to_tell(text: str, turn: RawTurn) -> bool:
    """Whether a turn asks the guest to tell or explain something, or to introduce themselves.

    A request (see :func:`requests`), or "Could you introduce yourself?",
    "Give us an introduction to the ferries.": where the guest then speaks
    about themselves at length, the request was the first question, not part
    of the welcome.
    """
    return requests(text, turn) or bool(_INTRODUCTION_REQUEST.search(turn_words(text, turn)))


def greets_on_meeting(text: str, turn: RawTurn) -> bool:
    """Whether a turn's words greet someone met: a greeting, or a pleasantry on meeting.

    "Good morning, Minister.", "Mr. Lee, nice to see you.", "Hello again."
    """
    words = turn_words(text, turn)
    return bool(_HELLO_ANYWHERE.search(words) or _MEETING_PLEASANTRY.search(words))


def greets(text: str, turn: RawTurn) -> bool:
    """Whether a turn greets or thanks ("Good afternoon.", "Thank you, my Lady.")."""
    return bool(_GREETING.search(opening_words(text, turn)))


def chairs(text: str, turn: RawTurn) -> bool:
    """Whether a turn does what a chair does: gives the floor, calls a question, thanks."""
    return bool(_CHAIR_CUE.search(opening_words(text, turn))) or gives_floor(text, turn)


def gives_floor(text: str, turn: RawTurn) -> bool:
    """Whether a short turn only hands the floor on.

    That is a name ("Kim.", "Ann Lee, Daily Post.") or words such as "go ahead",
    "please", "next question", "last question".
    """
    if turn.words > _FLOOR_WORDS or turn.asks:
        return False
    start, end = turn.blocks[0]
    words = text[start:end].replace("\u00a0", " ").strip()
    folded = words.casefold()
    if any(cue in folded for cue in _FLOOR_CUES):
        return True
    return names_only(words)


def hands_over(text: str, turn: RawTurn) -> bool:
    """Whether a turn ends by handing the floor on: to a speaker, or to the askers.

    "Let me now hand the call over to Bo.", "Operator, may we have the
    first question, please?", a chair's call of the next member by who they
    are and their name ("The gentleman from Ohio, Mr. Roe?"): the next speaker
    takes the floor; they answer no question (a call for the first question
    draws a question).

    >>> text = "Ann: Thank you. Operator, may we have the first question, please?"
    >>> turn = RawTurn("remark", Span(0, 3), [(5, len(text))], "Ann", keyword=False)
    >>> hands_over(text, turn)
    True
    """
    start, end = turn.blocks[-1]
    words = text[max(start, end - _CUE_REACH) : end].replace("\u00a0", " ").strip()
    folded = words.casefold()
    body = folded.rstrip(" \t\r\n\"'”’»).!?")
    cut = max(body.rfind(mark) for mark in ".!?") + 1
    return bool(_HANDS_OVER.search(folded[cut:])) or _calls_by_name(words)


def _calls_by_name(sentence: str) -> bool:
    """Whether words end by calling on the next speaker, by who they are and their name.

    A chair calls a member as "The gentleman from Ohio, Mr. Roe?": a question
    mark, but no question. The words before the last comma say who is called,
    by where they come from ("from Ohio") or by a title in capitals ("The
    Ranking Member"), with no question word and no "you"; the words after it
    only name them. "Is that right, Mr. Roe?" and "And the other one, Mr.
    Roe?" ask.

    >>> _calls_by_name(" The gentlelady from Ohio, Ms. Roe?")
    True
    >>> _calls_by_name(" Is that correct, Mr. Roe?")
    False
    >>> _calls_by_name(" And the other one, Mr. Roe?")
    False
    """
    if not sentence.rstrip().endswith("?"):
        return False
    before, comma, name = sentence.strip().rpartition(",")
    if not comma or not names_only(name.strip()):
        return False
    # The words before the comma, back to the last sentence's end.
    before = SENTENCE_BREAK.split(before)[-1]
    words = [word.strip(".,;:!?()") for word in before.split()]
    if not words or any(
        word.casefold() in _QUESTION_WORDS or word.casefold() in _ADDRESSED for word in words
    ):
        return False
    return bool(_COMES_FROM.search(before)) or all(
        word[:1].isupper() or word.casefold() in ENGLISH_CONNECTIVES for word in words
    )


def names_only(words: str) -> bool:
    """Whether a few words only name someone ("Kim.", "Ann Lee, Daily Post.", "Mr. Roe.").

    A reply ("Sure.") or a question word ("Why?") names no one.
    """
    if words[-1:] not in {".", ",", "?", "!"} and words[-1:].isalpha() is False:
        return False  # an interrupted sentence ("President Roe —") is not a call
    parts = words.split(None, 3)  # a fourth word: too many for a name
    if not parts or len(parts) > 3 or parts[0].strip(".,;:!?—–-()").casefold() in _NO_NAMES:  # noqa: PLR2004
        return False
    names = [word.strip(".,;:!?—–-()") for word in parts]
    return all(name[:1].isupper() for name in names if name)


def calls_on(text: str, turn: RawTurn) -> bool:
    """Whether a turn that does not ask ends by calling on the next speaker by name.

    A presiding judge calls the case, then the advocate: "We will hear
    argument this morning in ... Mr. Roe." (a line number printed before the
    call is no word of it); a committee's chair recognizes the next member
    ("The Chair now recognizes Mr. Roe.").
    """
    if turn.asks:
        return False
    start, end = turn.blocks[-1]
    if _RECOGNIZES.search(text, max(start, end - _CUE_REACH), end):
        return True
    if len(turn.blocks) < 2:  # noqa: PLR2004 - a call alone is gives_floor's
        return False
    words = without_line_number(text[start:end].replace("\u00a0", " ").strip())
    return bool(words) and len(words.split()) <= 3 and names_only(words)  # noqa: PLR2004


def names_oneself(words: str) -> bool:
    """Whether ``words`` (as written, not case folded) hold a speaker giving their own name.

    >>> names_oneself("Hi, I'm Bo Chan, I mend the ferries.")
    True
    >>> names_oneself("I'm not sure. This is a hard one.")
    False
    """
    return _NAMES_ONESELF.search(words) is not None


def ends_calling_on(text: str, turn: RawTurn) -> bool:
    """Whether a named speaker's short turn ends, after a sentence, by calling on someone by name.

    "Thanks. Bo?": the last sentence is only a name. A keyword's turn ("Q: Two?")
    and a turn that is nothing but the word ("Bo?") call on no one so.

    >>> text = "Host: Thanks. Bo?"
    >>> ends_calling_on(text, RawTurn("question", Span(0, 5), [(6, len(text))], "Host", keyword=False))
    True
    """
    if turn.keyword or turn.words > _FLOOR_WORDS:
        return False
    start, end = turn.blocks[-1]
    sentences = SENTENCE_BREAK.split(text[start:end].replace("\u00a0", " ").strip())
    return len(sentences) > 1 and names_only(sentences[-1])


def without_line_number(line: str) -> str:
    """A line's words without the line number printed before them ("4   argument this ...")."""
    return _LINE_NUMBER.sub("", line, count=1)


def _greeting_round(turns: Sequence[RawTurn]) -> int:
    """How many turns open the dialogue as a round of greetings, if three speakers take part.

    "Welcome Ann" — "Hi" — "Hi Ann": the first turns, a few words each that
    ask nothing, from three speakers or more (two hosts and a guest). Between
    two speakers, a welcome and its thanks may well be the first exchange.
    """
    count = 0
    for turn in turns:
        if turn.key is None or turn.asks or turn.words > _FLOOR_WORDS:
            break
        count += 1
    speakers = {turn.key for turn in turns[:count]}
    return count if len(speakers) >= _GREETING_ROUND else 0


def _welcomed(text: str, turns: Sequence[RawTurn], roles: dict[str, Role]) -> int:
    """Where a show's opening ends: at a guest's thanks for a host's welcome, else -1.

    A host who welcomes the guest, asking nothing ("Ann, thank you for
    joining us."), and the guest's short thanks for being invited ("Thanks
    for having me."), before any host has asked, open the conversation: what
    stands before them in the first few turns (a teaser, the hosts' names, a
    sponsor's message) is the show's opening, when a host asks after them:
    thanks with no question after them close a short interview instead.
    """
    end = -1
    for position in range(min(len(turns), _OPENING_TURNS) - 1):
        turn, following = turns[position], turns[position + 1]
        if (
            roles.get(turn.key or "") == "interviewer"
            and roles.get(following.key or "") == "interviewee"
            and (
                (not turn.asks and welcomes(text, turn))
                or _welcomes_at_last(text, turn)  # after a teaser's or a sponsor's questions
            )
            and thanks_host(text, following)
            and not addressed_formally(text, turn)
            and any(
                later.asks and roles.get(later.key or "") == "interviewer"
                for later in turns[position + 2 :]
            )
        ):
            end = position + 1
    return end


def _welcomed_late(
    text: str, turns: Sequence[RawTurn], roles: dict[str, Role], first_guest: int
) -> int:
    """Where a host welcomes the guest by name after the guest has been heard, else -1.

    Hosts may banter before they welcome their guest, who puts in a word or
    two meanwhile ("Oh, no."). Early in the show (within ``_LATE_WELCOME``
    turns), before any question is asked and answered, a host's welcome by
    name (see :func:`_welcome_by_name`) to which an interviewee who has
    spoken before replies: what stands before it, and the welcome itself, is
    the show's opening, not its first exchanges.
    """
    return _welcome_by_name(
        text,
        turns,
        roles,
        start=first_guest + 1,
        stop=min(len(turns), _LATE_WELCOME) - 1,
        replied=lambda reply: (
            roles.get(turns[reply].key or "") == "interviewee"
            and turns[reply].key in {earlier.key for earlier in turns[:reply]}
        ),
    )


def _welcome_by_name(
    text: str,
    turns: Sequence[RawTurn],
    roles: dict[str, Role],
    *,
    start: int,
    stop: int,
    replied: Callable[[int], bool],
) -> int:
    """The first host turn from ``start`` to ``stop`` that welcomes by name, before any question.

    A host's turn that ends by welcoming someone by name ("Well, Ann,
    welcome."), asking nothing after it, whose reply (its position) ``replied``
    accepts. Once a host has asked and been answered at length (more than
    ``_ANSWER_LENGTH`` words), the interview has begun: a welcome after that
    ("You're welcome" aside) is none of the opening, and there is none (-1).
    """
    for position in range(start, stop):
        turn, following = turns[position], turns[position + 1]
        if _opening_question_answered(turn, following, roles):
            return -1
        if (
            roles.get(turn.key or "") == "interviewer"
            and _ends_welcoming(text, turn)
            and replied(position + 1)
        ):
            return position
    return -1


def _opening_question_answered(turn: RawTurn, following: RawTurn, roles: dict[str, Role]) -> bool:
    """Whether a host's turn asks and the guest's next turn answers it at length (past banter)."""
    return (
        turn.asks
        and roles.get(turn.key or "") == "interviewer"
        and roles.get(following.key or "") == "interviewee"
        and following.words > _ANSWER_LENGTH
    )


def _ends_welcoming(text: str, turn: RawTurn) -> bool:
    """Whether a turn ends by welcoming someone by name ("... Well, Ann, welcome."), asking nothing after."""
    if turn.keyword:
        return False
    # A welcome by name holds the word "welcome", in some case ("Welcome, Ann."): a turn without
    # it anywhere has none (looked for first, as most turns welcome no one, before the turn's
    # sentences are cut).
    if not any(_WELCOME_WORD.search(text, start, end) for start, end in turn.blocks):
        return False
    ending = " ".join(SENTENCE_BREAK.split(turn_words(text, turn, fold=False))[-_WELCOME_ENDS:])
    return "?" not in ending and _WELCOMED_BY_NAME.search(ending) is not None


def _welcomes_at_last(text: str, turn: RawTurn) -> bool:
    """Whether a turn's words after its last question mark welcome the guest.

    A show's host may speak the teaser, the sponsor's message and the welcome in
    one turn ("... Her answer? More ferries. ... Hello, Ann. Welcome to the
    show."): the questions in it ask the audience, and the welcome that ends it
    asks nothing.
    """
    return turn.asks and bool(_HOST_CUE.search(after_asking(text, turn)))


def _sets_up_recording(
    text: str, turn: RawTurn, following: RawTurn | None, next_role: Role | None
) -> bool:
    """Whether a host's turn, before the first question, only sets up the recording.

    A host who speaks of the recording or the transcript itself ("Can I
    start recording now?", "The transcript starts from here.") and draws from
    the guest only a few words that ask nothing ("Sure, go ahead.", "Mm-hm.")
    is checking the setup, and the guest consents: a remark and a statement,
    before the interview proper (the words of the recording: record,
    recording, transcript, transcription).
    """
    if following is None or next_role != "interviewee" or following.asks:
        return False
    if following.words > BRIEF_REPLY:
        return False
    start, end = turn.blocks[0][0], turn.blocks[-1][1]
    return bool(_RECORDING.search(text, start, end))


def _welcome_unlabelled(text: str, turns: Sequence[RawTurn]) -> bool:
    """Whether the dialogue opens with a welcome that no label carries.

    A transcript that starts after a show's cut introduction may leave the
    host's first line ("Welcome to the programme, Ann.") without a label, read as
    the dialogue's opening words; the guest's reply thanks for it. The guest
    has been welcomed all the same: what the host says next, before asking, is
    small talk (see :func:`assign_sides`).
    """
    return bool(turns) and turns[0].key is None and welcomes(text, turns[0])


def assign_sides(  # noqa: C901, PLR0912, PLR0915 - the reading's rules, one branch each, in the order they apply
    text: str, turns: Sequence[RawTurn], roles: dict[str, Role], *, set_off: bool = False
) -> None:
    """Give each labelled turn its side from its speaker's role and its place.

    ``set_off``: some questions are set off by their form (headings); a named
    interviewer's turn that neither asks nor requests only reacts between the
    answers to them (:func:`_reacts_below_set_off`).
    """
    asked = False
    # Where the first interviewee speaks: a show's few opening turns before it are its opening.
    # A guest's single brief turn heard before any host (a cold-open clip, asking nothing and
    # handing over nothing), after which a host's first words ask nothing (they turn to a co-host
    # or the listeners, not to the guest), is not where the guest first speaks in the
    # conversation: that is the guest's first turn after the hosts'.
    cold_open = (
        len(turns) > 1
        and roles.get(turns[0].key or "") == "interviewee"
        and turns[0].words <= _CLIP_WORDS
        and roles.get(turns[1].key or "") == "interviewer"
        and not turns[1].asks
        and not last_sentence_asks(text, turns[0])
        and not hands_over(text, turns[0])
    )
    first_guest = next(
        (
            n
            for n, turn in enumerate(turns)
            if roles.get(turn.key or "") == "interviewee" and not (cold_open and n == 0)
        ),
        len(turns),
    )
    keyed = [turn for turn in turns if turn.key is not None]
    opened_by_interviewer = bool(keyed) and roles.get(keyed[0].key or "") == "interviewer"
    # A meeting: two who answer or more, each of whom may take the floor to ask (_announces_question).
    meeting = sum(role == "interviewee" for role in roles.values()) > 1
    # Where the questioners are labelled as such ("Question:", "Q:"), a moderator so labelled
    # ("Moderator:") chairs: reading out a question sent in is giving the floor, not asking.
    chaired = any(turn.keyword and roles.get(turn.key or "") == "interviewer" for turn in keyed)
    pending = False  # an interviewer's question is waiting for its answer
    greetings = _greeting_round(turns)
    opening = _welcomed(text, turns, roles)
    late = _welcomed_late(text, turns, roles, first_guest)
    answering = False  # the last question has had an answer
    # A host has welcomed or introduced the guest, before any question.
    welcomed = _welcome_unlabelled(text, turns) or late >= 0
    # Speaker changes fall mid-sentence (a machine transcript): a host's few words that end no
    # sentence are a fragment cut from one.
    cut = _cut_mid_sentence(text, turns)
    # Two hosts or more opened the show, turn by turn, before any guest spoke (they narrate).
    hosts_open = (
        len(
            {turn.key for turn in turns[:first_guest] if roles.get(turn.key or "") == "interviewer"}
        )
        >= _HOSTS_OPEN
    )
    for position, turn in enumerate(turns):
        key = turn.key
        role = roles.get(key or "", "moderator")
        # The show's opening, up to the guest's thanks for the welcome, or up to a welcome that
        # comes after the guest has been heard.
        if position <= opening or position <= late:
            turn.side = "statement" if role == "interviewee" else "remark"
            continue
        following = turns[position + 1] if position + 1 < len(turns) else None
        next_role = roles.get(following.key or "") if following else None
        previous = turns[position - 1] if position else None
        after_following = turns[position + 2] if position + 2 < len(turns) else None
        if role == "interviewer":
            # A welcome or a "How are you?" that the guest returns in a few words, before any question.
            pleasantry = (
                not asked
                and not turn.keyword
                and next_role == "interviewee"
                and following is not None
                and returns_pleasantry(text, turn, following, after_following)
            )
            # Before the first question, a turn that does not ask and draws no reply from an
            # interviewee (or only thanks for the invitation) introduces: the host's words to
            # the audience. So is a greeting while the others open.
            introduces = (
                not asked
                and not turn.keyword
                and (
                    calls_on(text, turn)  # the presiding judge calls the case and the advocate
                    or
                    # to the audience or a co-host, before any guest speaks (rhetorical questions
                    # and a sponsor's "Are you looking for ...?" too)
                    (next_role == "interviewer" and position < first_guest <= _SHOW_OPENING)
                    or (
                        not turn.asks
                        and (
                            next_role != "interviewee"
                            or (
                                following is not None
                                and (turn.words >= _LONG_TURN or welcomes(text, turn))
                                and (
                                    (
                                        (
                                            thanks_host(text, following)
                                            or thanks_back(text, following)
                                        )
                                        and not addressed_formally(text, turn)
                                    )
                                    or (
                                        greets_back(text, following)
                                        and not greeted_in_turn(text, turn, following)
                                        # a request put in the opening ("Counsel, would you
                                        # please state who is here.") still asks, greeted
                                        # back before it is answered
                                        and not requests(text, turn)
                                    )
                                )
                            )
                            # a welcome to all who attend, that neither asks nor requests
                            # ("Welcome everyone to the May harbour call ... Bo, the floor
                            # is yours first."): the floor given, not a question
                            or (
                                following is not None
                                and welcomes_all(text, turn)
                                and not requests(text, turn)
                            )
                            # a few words that only greet or thank ("Thank you, Chair. Good
                            # evening."), greeted back: not a greeting said to the guest
                            or (
                                following is not None
                                and turn.words <= BRIEF_REPLY
                                and greets(text, turn)
                                and greets_back(text, following)
                                and not greeted_in_turn(text, turn, following)
                            )
                        )
                    )
                    or pleasantry
                )
            )
            answered = next_role == "interviewee" and turn.words > _FLOOR_WORDS
            first_words = not asked and not opened_by_interviewer and not turn.asks
            # A greeting returned while the answering side opens (not one that opens a witness's
            # examination after the chair's words, which the witness returns).
            greeting = (
                first_words
                and turn.words < _LONG_TURN
                and not answered
                and greets(text, turn)
                and not (
                    turn.keyword
                    and previous is not None
                    and roles.get(previous.key or "") == "moderator"
                )
            )
            # A round of greetings among three or more, and the host's framing line after it
            # that draws only a few words ("I am still here."), ask nothing.
            greeted = position < greetings or (
                position == greetings > 0
                and not turn.asks
                and following is not None
                and following.words <= _FLOOR_WORDS
            )
            # Once a host has welcomed the guest (also in an unlabelled first line), the small
            # talk before the first question that asks, or that requests once the guest has
            # spoken ("Tell us about your work."), is still the opening ("That must be a common
            # feeling on the ferries."). A request before the guest speaks introduces them.
            welcoming = not asked and not turn.keyword and (welcomes(text, turn) or pleasantry)
            # So are a host's first words that ask nothing right after a guest heard before any
            # host (a cold open, a recording joined midway), who did not end by asking either.
            guest_first = (
                position == 1
                and roles.get(turns[0].key or "") == "interviewee"
                and not last_sentence_asks(text, turns[0])
                and not hands_over(text, turns[0])  # an opening statement that invites questions
            )
            # So is a host's remark that asks only with a tag ("That's the ferry's job,
            # right?"), once the host has so welcomed the guest, when it draws only a few words
            # that ask nothing ("We'll see.") and the host goes on.
            small_talk = (
                (welcomed or guest_first)
                and not welcoming
                and not asked
                and (
                    not turn.asks
                    or (welcomed and _brushed_aside(text, turn, following, after_following))
                    or _asks_only_in_tail(text, turn)
                )
                and not (position > first_guest and requests(text, turn))
                and not turn.keyword
                and next_role == "interviewee"
            )
            welcomed = welcomed or welcoming
            # Where two hosts or more open the show before any guest speaks, they narrate: the
            # last host words before the guest is first heard (a recorded clip) are narration
            # too, unless they ask or request ("Tell us about yourself.").
            narrates = (
                hosts_open
                and position < first_guest <= _SHOW_OPENING
                and not asks_or_requests(text, turn)
            )
            if (
                (
                    not asked
                    and not turn.keyword
                    and _sets_up_recording(text, turn, following, next_role)
                )
                or introduces
                or narrates
                or greeting
                or greeted
                or small_talk
                or (not asked and _chats_on(text, turns, position, roles))
                or (
                    not asked
                    and 0 < position < first_guest  # the hosts' opening, before the guest speaks
                    and all(
                        roles.get(other.key or "") == "interviewer" for other in turns[:position]
                    )
                    and _quipped(turn, following, after_following, roles)
                )
                or _thanks_for_answer(text, turn, next_role, asked=asked)
                or (cut and _fragment(text, turn))
                or (set_off and _reacts_below_set_off(text, turn))
            ):
                turn.side = "remark"
            else:
                turn.side = "question"
                asked = True
        elif role == "interviewee":
            if meeting and _announces_question(text, turn, following):
                turn.side = "question"  # "I have a question ...": the floor's question
                asked = True
            elif not asked:
                turn.side = "statement"  # an opening statement, before any question
            elif _handed_back(text, turn, previous, roles, pending=pending):
                turn.side = "statement"  # closing remarks, given the floor by the chair
            elif (
                next_role == "interviewer"
                and gives_floor(text, turn)
                and not (previous is not None and previous.side == "question" and previous.asks)
            ):
                turn.side = "statement"  # hands the floor on: the interviewee's, but no answer
            else:
                turn.side = "answer"
        elif (
            next_role == "interviewee"
            and not pending
            and _chair_asks(text, turn, chaired=chaired, answering=answering)
        ):
            turn.side = "question"
            asked = True
        else:
            turn.side = "remark"
        # A question waits for its answer; a moderator who asks meanwhile passes it on.
        if turn.side == "question" and role == "interviewer":
            pending = True
        elif turn.side == "answer":
            pending = False
        # Once a question is answered, a chair who asks briefly passes it on to another official.
        answering = turn.side == "answer" or (answering and turn.side != "question")

    _commented(turns, roles)
    _closing_thanks(text, turns, roles)
    _closing_talk(text, turns, roles)


def _announces_question(text: str, turn: RawTurn, following: RawTurn | None) -> bool:
    """Whether a turn opens by saying it puts a question ("I have a question ...").

    In a meeting where everyone both asks and answers (two who answer or
    more), one who answers elsewhere may take the floor to ask: a turn whose
    first words say so ("I have a question", "So I've got a quick question
    for Ann") asks, whoever speaks it, when another speaker takes the next
    turn. A question once had is a story ("I had a question about the
    tides when I was ten ..."), not one put.

    >>> from interview_corpus.model._span import Span
    >>> def turn(text: str, key: str) -> RawTurn:
    ...     return RawTurn("question", Span(0, 0), [(0, len(text))], key, keyword=False, key=key)
    >>> said = ["So I've got a quick question for Bo.", "I had a question about the tides once."]
    >>> [_announces_question(words, turn(words, "ann"), turn("", "bo")) for words in said]
    [True, False]
    """
    if following is None or following.key == turn.key:
        return False
    return _ANNOUNCED_QUESTION.match(opening_words(text, turn, _QUESTION_REACH)) is not None


def _reacts_below_set_off(text: str, turn: RawTurn) -> bool:
    """Whether a named interviewer's turn only reacts, below questions set off by their form.

    Where headings put the questions ("### 3. Why the night boats?"), any
    interviewer heard between the answers asks with a question mark or a
    request ("Say more about the pier."); words that do neither ("Oh, you
    keep the tide tables!", "What a fine answer.") react to the answer: a
    remark.
    """
    return not asks_or_requests(text, turn)


def _cut_mid_sentence(text: str, turns: Sequence[RawTurn]) -> bool:
    """Whether the transcript cuts its turns mid-sentence, as machine transcription does.

    A speaker's words that begin in lower case ("could probably go into the
    tools now") go on from a sentence the turn before left unfinished; where a
    share of the turns begin so, the speaker changes fall mid-sentence.
    """
    lower = 0
    keyed = 0
    for turn in turns:
        if turn.key is None or not turn.blocks:
            continue
        keyed += 1
        start, end = turn.blocks[0]
        opening = _LEADING_TIMES.match(text, start, end)
        first = opening.end() if opening else start
        lower += first < end and text[first].islower()
    return lower >= _CUT_TURNS and lower >= _CUT_SHARE * keyed


def _asks_only_in_tail(text: str, turn: RawTurn) -> bool:
    """Whether a turn's only question marks end the sentence it opens with in lower case.

    A turn that begins in lower case ("right, Ann? Yes. So when we ...")
    first finishes the sentence the turn before broke off ("Is that"), as
    a machine transcript cuts its speakers' turns: a question mark there ends
    the other speaker's question, and the turn's own words ask nothing.
    """
    start, end = turn.blocks[0]
    opening = _LEADING_TIMES.match(text, start, end)
    first = opening.end() if opening else start
    if first >= end or not text[first].islower():
        return False
    words = turn_words(text, turn, fold=False)
    tail = SENTENCE_BREAK.split(words, maxsplit=1)
    return len(tail) == 2 and "?" in tail[0] and "?" not in tail[1]  # noqa: PLR2004 - the tail and the rest


def _fragment(text: str, turn: RawTurn) -> bool:
    """A turn of a few words (two to four) that asks nothing and ends no sentence ("Right, so"): a cut fragment."""
    if turn.asks or not 1 < turn.words <= _FRAGMENT_WORDS or not turn.blocks:
        return False  # one word alone may be an interjection that breaks in ("But")
    start, end = turn.blocks[-1]
    words = text[start:end].rstrip()
    return not words.endswith((".", "!", "?", "…"))


def _chats_on(text: str, turns: Sequence[RawTurn], position: int, roles: dict[str, Role]) -> bool:
    """Whether a host's introduction that asks nothing is followed by more talk that asks nothing.

    A host who welcomes or introduces the guest, asking nothing ("I'm Kim,
    joined by Ann Lee. We are here to talk about the new ferry."), and, after
    the guest's reply, goes on with more words that ask nothing and welcome no
    one (small talk: "That must be a common feeling on the ferries.") before the
    guest speaks again, has not begun asking: the introduction is the show's
    opening, whatever the guest replied. (An introduction that the host
    follows with a question may itself prompt the guest: "Thanks for joining
    us. I understand you visited the museum." - "I did." - "What did you see?")
    But a welcome that asks the guest to introduce themselves, or to tell
    something ("Ann, give us an introduction to the ferries."), answered at length
    (twenty words or more), was the first question: the guest's account of
    themselves is its answer, whatever small talk follows.
    """
    turn = turns[position]
    if (
        turn.keyword
        or turn.asks
        or not welcomes(text, turn)
        or position + _SMALL_TALK >= len(turns)
    ):
        return False
    guest, host, after = turns[position + 1 : position + 1 + _SMALL_TALK]
    if guest.words >= _AT_LENGTH and asks_to_tell(text, turn):
        return False  # "Ann, tell us about yourself." - the guest's account of herself: asked
    return (
        roles.get(guest.key or "") == "interviewee"
        and roles.get(host.key or "") == "interviewer"
        and roles.get(after.key or "") == "interviewee"
        and not host.keyword
        and not host.asks
        and not welcomes(text, host)
    )


def _quipped(
    turn: RawTurn,
    following: RawTurn | None,
    after: RawTurn | None,
    roles: dict[str, Role],
) -> bool:
    """Whether a host's words in the hosts' opening are banter that the guest only quips back to.

    That is a named host's turn of twenty words or more that asks nothing (a
    joke, a story told to the audience), the guest's reply in a few words
    (eight at most) that ask nothing ("My letter was only a joke."),
    and a host speaking next: the show has not begun asking. The caller keeps
    it to the hosts' opening (only hosts have spoken before it): an
    interviewer's first words, however long, answered "Fine." may open a
    formal interview's first exchange.
    """
    return (
        following is not None
        and after is not None
        and not turn.keyword
        and not turn.asks
        and turn.words >= _BANTER
        and roles.get(following.key or "") == "interviewee"
        and not following.keyword
        and not following.asks
        and following.words <= BRIEF_REPLY
        and roles.get(after.key or "") == "interviewer"
    )


def _brushed_aside(text: str, host: RawTurn, guest: RawTurn | None, after: RawTurn | None) -> bool:
    """Whether a host's turn asks only with tags, drawing a few words that ask nothing, and goes on.

    >>> text = "Jo: You are nervous, right?  Ann: A bit."
    >>> host = RawTurn("question", Span(0, 3), [(4, 27)], "Jo", keyword=False, key="jo")
    >>> guest = RawTurn("answer", Span(29, 33), [(34, 40)], "Ann", keyword=False, key="ann")
    >>> host.measure(text)
    >>> guest.measure(text)
    >>> _brushed_aside(text, host, guest, host)
    True
    """
    return (
        guest is not None
        and after is not None
        and after.key == host.key
        and guest.words <= _BRIEF_ASIDE
        and not guest.asks
        and _asks_only_with_tags(text, host)
    )


def _asks_only_with_tags(text: str, turn: RawTurn) -> bool:
    """Whether every question in a turn is a statement with a tag ("That's the ferry's job, right?").

    A tag is a word or two after the sentence's last comma ("right?", "isn't
    it?"), and the statement before it opens with no question word: "Ann,
    why do the ferries run late?" asks.
    """
    questions = [
        sentence
        for start, end in turn.blocks
        for sentence in _QUESTION_SENTENCE.findall(text, start, end)
    ]
    return bool(questions) and all(_tagged(sentence) for sentence in questions)


def ends_with_tag(text: str, turn: RawTurn) -> bool:
    """Whether a turn's last sentence asks only with a tag ("... the ferry ran late, right?").

    A tag seeks assent, not an answer: "Mm-hm." or "Yeah." gives it, and the
    speaker goes on.

    >>> from interview_corpus.model._span import Span
    >>> text = "Why not? The ferry ran late, right?"
    >>> ends_with_tag(text, RawTurn("question", Span(0, 0), [(0, 35)], None, keyword=False))
    True
    >>> ends_with_tag(text, RawTurn("question", Span(0, 0), [(0, 8)], None, keyword=False))
    False
    """
    start, end = turn.blocks[-1]
    if not last_sentence_asks(text, turn):
        return False
    questions = _QUESTION_SENTENCE.findall(text, start, end)
    return bool(questions) and (
        _tagged(questions[-1]) or _SEEKS_ASSENT.fullmatch(questions[-1]) is not None
    )


def only_seeks_assent(text: str, turn: RawTurn) -> bool:
    """Whether a turn's last sentence only asks whether the listener follows: "See?", "You know?".

    Such a question wants no answer, only a sign of assent, after which the
    speaker goes on; a tag on a statement ("..., the ferry ran late, right?")
    may check a fact, which the reply confirms ("It is, yes.").

    >>> from interview_corpus.model._span import Span
    >>> text = "It was the same with the ferry. See?"
    >>> only_seeks_assent(text, RawTurn("answer", Span(0, 0), [(0, 36)], None, keyword=False))
    True
    """
    start, end = turn.blocks[-1]
    if not last_sentence_asks(text, turn):
        return False
    questions = _QUESTION_SENTENCE.findall(text, start, end)
    return bool(questions) and _SEEKS_ASSENT.fullmatch(questions[-1]) is not None


def _tagged(sentence: str) -> bool:
    """Whether a sentence that asks is a statement with a tag after its last comma."""
    statement, comma, tag = sentence.rstrip("?").rpartition(",")
    words = statement.split()
    return (
        bool(comma)
        and 1 <= len(tag.split()) <= _TAG_WORDS
        and len(words) >= _TAGGED_WORDS
        and words[0].casefold() not in _QUESTION_WORDS
    )


def _thanks_for_answer(text: str, turn: RawTurn, next_role: Role | None, *, asked: bool) -> bool:
    """Whether an asker's turn only thanks for the answer, and the chair speaks next.

    "Great. Thank you.", and the chair gives the floor to the next asker: a
    few words that ask nothing, once questions have been put, are a remark.
    """
    return (
        asked
        and not turn.asks
        and not turn.keyword
        and turn.words <= _FLOOR_WORDS
        and next_role == "moderator"
        and bool(_THANKS.search(opening_words(text, turn)))
    )


def _handed_back(
    text: str, turn: RawTurn, previous: RawTurn | None, roles: dict[str, Role], *, pending: bool
) -> bool:
    """Whether an interviewee speaks because a chair handed them the floor, with no question waiting.

    "I will now turn the call back over to Bo Lind for closing remarks.": what
    follows is the interviewee's own statement, not more of the last answer.
    """
    return (
        not pending
        and previous is not None
        and previous.key != turn.key
        and roles.get(previous.key or "", "moderator") == "moderator"
        and hands_over(text, previous)
    )


def _commented(turns: Sequence[RawTurn], roles: dict[str, Role]) -> None:
    """A host's words that ask nothing and that a co-host comments on, not the guest: a remark.

    The guest who speaks after the comment takes up the talk, and goes on
    answering the question before.
    """
    for position in range(1, len(turns) - 2):
        turn, comment, after = turns[position : position + 3]
        if (
            turn.side == "question"
            and not turn.asks
            and not turn.keyword
            and turn.words >= _LONG_TURN  # the host's own long comment
            and turns[position - 1].side == "answer"
            and comment.side == "remark"
            and comment.words >= _LONG_TURN  # a comment, not a chair's "Go ahead."
            and roles.get(comment.key or "") == "moderator"
            and not comment.keyword
            and after.side == "answer"
        ):
            turn.side = "remark"


def _closing_thanks(text: str, turns: Sequence[RawTurn], roles: dict[str, Role]) -> None:
    """The close of a conversation: a host's last words of thanks, and the guest's thanks back.

    A host who ends by thanking (the guest, the audience: "Thanks everyone for
    listening.") and asks nothing, answered by a guest's last turn that opens
    with thanks for being invited ("Thank you for having me."), asks nothing
    more: a remark, and the guest's thanks a statement, as a welcome and the
    guest's thanks for it open the conversation. So, too, when the guest's last
    words only thank, in a few words ("Thank you, Ann.", "Thanks for the
    chat."), for the host's last words that, after any question, thank ("Do you
    just fix your car? ... So thank you again."), where the host is named (a
    keyword's "Q: Thank you." - "A: Thank you." stays an exchange). The host may still say
    goodbye after the guest's thanks, asking nothing ("And I hope you all
    enjoyed the hour.").
    """
    # The guest's last turn; the host may still say goodbye after it, asking nothing.
    last = len(turns) - 1
    while last >= 0 and turns[last].side != "answer":
        if turns[last].asks or roles.get(turns[last].key or "") != "interviewer":
            return
        last -= 1
    if last < _CLOSING_TURNS - 1:
        return
    host, guest, before = turns[last - 1], turns[last], turns[last - 2]
    opening = opening_words(text, guest, _THANKS_REACH)
    brief_thanks = (
        not host.keyword  # a keyword questioner's "Q: Thank you." - "A: Thank you." is an exchange
        and guest.words <= BRIEF_REPLY
        and bool(_BRIEF_THANKS.match(opening))
    )
    host_thanks = (not host.asks and bool(_THANKS.search(opening_words(text, host)))) or (
        brief_thanks and _thanks_after_asking(text, host)
    )
    if (
        guest.asks
        or not (_GUEST_CUE.search(opening) or brief_thanks)
        or host.side != "question"
        or not host_thanks
        or roles.get(host.key or "") != "interviewer"
        or before.side == "question"  # the thanks end a longer question
    ):
        return
    host.side, guest.side = "remark", "statement"


def guests_carry_the_talk(turns: Sequence[RawTurn]) -> bool:
    """Whether the ones answering carry the talk: a conversation, not an examination.

    Their answer turns run, in the middle (the median), at least twice as long
    as the question turns. Counsel who puts long statements to a witness ("You
    had not been able to ...") speaks longer than the witness, whose "Yes."
    answers them; a guest on a show talks on at length after the hosts'
    shorter words.

    >>> from interview_corpus.model._span import Span
    >>> def turn(side, words):
    ...     raw = RawTurn(side, Span(0, 0), [], None, keyword=False)
    ...     raw.words = words
    ...     return raw
    >>> guests_carry_the_talk([turn("question", 10), turn("answer", 20)])
    True
    >>> guests_carry_the_talk([turn("question", 30), turn("answer", 3)])
    False
    """
    medians = _turn_medians(turns)
    return medians is not None and medians[1] >= _CARRIES_THE_TALK * medians[0]


_HOLDING_FORTH_TURNS = 5  # question turns: fewer show no way of talking


def hosts_hold_forth(turns: Sequence[RawTurn]) -> bool:
    """Whether the ones asking talk at least as long as the ones answering: the hosts hold forth.

    Their question turns run, in the middle (the median), at least as long as
    the answer turns: a host who tells his own stories and views at length, to
    which the guest adds a little, rather than an interviewer whose prompts
    draw the guest's longer answers. Only over five question turns or more:
    the lengths of two or three turns show no way of talking.

    >>> from interview_corpus.model._span import Span
    >>> def turn(side, words):
    ...     raw = RawTurn(side, Span(0, 0), [], None, keyword=False)
    ...     raw.words = words
    ...     return raw
    >>> hosts_hold_forth([turn("question", 30), turn("answer", 20)] * 5)
    True
    >>> hosts_hold_forth([turn("question", 20), turn("answer", 30)] * 5)
    False
    >>> hosts_hold_forth([turn("question", 30), turn("answer", 20)] * 4)
    False
    """
    if sum(turn.side == "question" for turn in turns) < _HOLDING_FORTH_TURNS:
        return False
    medians = _turn_medians(turns)
    return medians is not None and medians[0] >= medians[1]


def peers_talk(turns: Sequence[RawTurn]) -> bool:
    """Whether hosts and guests talk as peers: a round table, not an interview or an examination.

    The answer turns run, in the middle (the median), at least as long as the
    question turns but less than twice as long (see
    :func:`guests_carry_the_talk`): the hosts give their own views at the
    length the guests do, as co-hosts of a show talking among themselves do.
    An interviewer's prompts run shorter than the guest's answers; counsel's
    statements to a witness run longer than the witness's replies.

    >>> from interview_corpus.model._span import Span
    >>> def turn(side, words):
    ...     raw = RawTurn(side, Span(0, 0), [], None, keyword=False)
    ...     raw.words = words
    ...     return raw
    >>> peers_talk([turn("question", 60), turn("answer", 80)])
    True
    >>> peers_talk([turn("question", 20), turn("answer", 80)])
    False
    """
    medians = _turn_medians(turns)
    if medians is None:
        return False
    asking, answering = medians
    return asking <= answering < _CARRIES_THE_TALK * asking


def _turn_medians(turns: Sequence[RawTurn]) -> tuple[float, float] | None:
    """The median words of the question turns and of the answer turns (None where either is none)."""
    asking = [turn.words for turn in turns if turn.side == "question"]
    answering = [turn.words for turn in turns if turn.side == "answer"]
    if not asking or not answering:
        return None
    return median(asking), median(answering)


def _closing_talk(text: str, turns: Sequence[RawTurn], roles: dict[str, Role]) -> None:
    """The close of a conversation: after the hosts' last question, thanks, goodbyes, arrangements.

    Once the hosts have put their last question (the last host turn that
    asks before the guests' last words: a host's question after them is put to
    the other hosts or the listeners, "Any reflections?"), where a host then thanks or takes leave ("Thank you, Ann, that was
    a pleasure.", "Take care, bye."), each host turn that asks nothing and
    draws only a few words back (eight at most, asking nothing: "Great,
    speak soon.", "Likewise."), or the guest's short thanks for being invited
    ("Thanks, both of you, this was fun!"), is a remark, and the reply a statement: the
    thanks, the goodbyes and what happens next ("I'll send you the notes next
    week."), not exchanges. Only named hosts (a keyword questioner's
    "Q: Thank you." - "A: Thank you." stays an exchange), and only where the
    guests carry the talk (their answers run, in the middle, twice as long
    as the questions: in a hearing, counsel's last words and the witness's
    "Thank you." may still be an exchange). A speaker heard only in the
    close, whose few words reply there to a host's (a producer, a captioner),
    takes no part in the interview: a moderator, whose reply is a remark.
    """
    # The guests' last words: a host's question after them is put to the other hosts.
    last_guest = max(
        (n for n, turn in enumerate(turns) if roles.get(turn.key or "") == "interviewee"),
        default=len(turns),
    )
    last_asking = max(
        (
            n
            for n, turn in enumerate(turns[:last_guest])
            if turn.asks and roles.get(turn.key or "") == "interviewer"
        ),
        default=None,
    )
    if last_asking is None or not guests_carry_the_talk(turns):
        return
    closing = turns[last_asking + 1 :]
    if not any(
        roles.get(turn.key or "") == "interviewer" and PARTING.search(opening_words(text, turn))
        for turn in closing
    ):
        return
    # Who is heard only in the close (a producer, a captioner) takes no part.
    heard_before = {turn.key for turn in turns[: last_asking + 1]}
    for host, reply in pairwise(closing):
        if (
            host.side == "question"
            and not host.keyword
            and not host.asks
            and reply.side == "answer"
            and not reply.asks
            and (reply.words <= BRIEF_REPLY or thanks_host(text, reply))
        ):
            host.side, reply.side = "remark", "statement"
            if reply.key is not None and reply.key not in heard_before:
                roles[reply.key] = "moderator"
                reply.side = "remark"


def _thanks_after_asking(text: str, turn: RawTurn) -> bool:
    """Whether a turn's words after its last question mark (all of them, if none) thank."""
    return bool(_THANKS.search(after_asking(text, turn)))


def after_asking(text: str, turn: RawTurn) -> str:
    """A turn's words after its last question mark (all of them if it has none), case folded."""
    start, end = turn.blocks[0][0], turn.blocks[-1][1]
    return text[max(text.rfind("?", start, end), start) : end].casefold()


def _chair_asks(text: str, turn: RawTurn, *, chaired: bool, answering: bool) -> bool:
    """Whether a moderator's turn, followed by an interviewee's, asks a question of its own.

    It does not when it only gives the floor or is a floor noise; nor where the
    questioners are labelled as such (``Q:``) when it is labelled as a moderator
    (``Moderator:``), or when it asks briefly once the question has had its
    answer ("Dr. Lee, anything to add?"): that passes the question on. Nor
    when it only asks after someone's well-being ("Madam Minister, how are
    you?", as a long session wears on): a pleasantry.
    """
    folded = label_key(turn.label or "")
    return (
        turn.asks
        and folded not in FLOOR_LABELS
        and not asks_only_after_well_being(text, turn)
        and not gives_floor(text, turn)
        and not (chaired and folded in MODERATOR_LABELS)
        and not (chaired and answering and turn.words <= _LONG_TURN)
    )
