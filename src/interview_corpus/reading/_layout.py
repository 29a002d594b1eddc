"""Recognising a transcript's layout: its lines and blocks, what is set aside, and where turns begin.

The rules are stated in general terms in ``docs/explanation/reading.md``; in short:

* The text is read line by line. A *block* is a run of non-blank lines (a line
  holding only white space, NBSP included, is blank). Lines that are not words
  of the transcript are set aside first: YAML front matter, caption cue numbers
  (or a WebVTT cue's identifier, the line that opens the cue above its timing)
  and timings (SRT, WebVTT), separators, page furniture such as "See also",
  a line that opens with the page's web address, a block of Markdown link
  definitions (``[Team]: https://...``, one a line), or copyright lines. Each is kept as a segment of its own kind. In a caption
  file, the timings inside a paragraph and the markup in a cue's words
  (``</v>``, ``<i>``, ``<font>``) are its clutter. Captions that name no
  speaker turn at their questions: a sentence that asks opens a question, the
  sentences after it answer (:func:`unvoiced_turns`). So does a written
  interview that names no speaker and sets its questions off by nothing but
  their question mark, where two questions at least are answered: a paragraph
  that ends by asking is a question, the paragraphs after it answer it, and
  the paragraphs before the first question are the header (:func:`written_questions`).
* A turn starts at the beginning of a line with a *marker*: a dash (en dash, em
  dash, or a hyphen when the text has no other dashes) followed by a space; a
  speaker *label* and a colon (``Name:``, ``NAME, ROLE:``, ``NAME, host:``, ``Mr. Name:``, long
  title labels (an office with the name in brackets, ``Minister for Works (Deputy
  Name):``), ``**Name:**``/``**Name**:``, in italics (``_Name:_``, ``*Name*:``, ``*JR (0:01:50)*:``),
  or in HTML bold, ``<strong>Name:</strong>``, with a machine transcript's mark of
  doubt before the colon (``Name [?]:``, ``Name (?):``), with an optional timestamp before
  or after the name (before a bold label too, ``[00:01:14] **Name:**``, its brackets
  also escaped with a backslash, as a Markdown writer escapes them), or
  ``[Name] [12:34]``, or ``Name (00:12:34) -`` with a dash for the colon, or a
  name in bold and a spaced dash at a paragraph's start, ``**Name** - words``,
  where such labels recur, or a verbatim report's ``Name, Office. − words`` with a
  full stop and a spaced dash, where two labels of that form open paragraphs, or a
  table row whose first cell holds the name in bold, ``<tr><td><strong>Name</strong>
  </td><td>words``, passthrough marks around the tags allowed); a written question's
  heading on a line of its own, ``Question 7 by Name (ref)``, over the question's
  words; ``Q``/``A`` (or ``Q.``/``A.``) followed by white space that holds a tab or an NBSP
  (a space may come first), or by several spaces; a name with a timestamp alone on its line; a WebVTT voice tag;
  any label after the two chevrons with which live captions (CART) mark a change of
  speaker (``>> JANE ROE: Thank you.``, the chevrons part of the marker);
  where captions name one voice only, a paragraph that opens with the chevrons and
  no name is the other voice's turn (:func:`unnamed_chevron_turns`);
  a name in capitals and a period (``CHAIR ROE.``), where such names recur (a colon
  further on the line is the words'); the record form in mixed case (``Mr. Roe.``,
  ``The Chairman.``, ``Senator Roe.``, ``Dr. Roe.``, ``Mrs. Roe of New York.``: the
  titles of the capitalised form, and a member told apart by their state),
  also behind a scan's debris (``“Mr. Roe.``, ``12 Mr. Roe.``),
  where such labels recur; an online handle, one lowercase word
  (``roseb:``) at a paragraph's start before a capital, where it recurs;
  where nothing else marks turns, a name alone on its line (earnings calls), also
  in bold (``**Jane Roe**``, as written interviews set it above each answer), but
  never a line that says who interviewed whom ("MINISTER INTERVIEWED BY ANN LEE"),
  and where one such name recurs, the other speaker's surname from the text's
  first line opening three lines or more before a capitalised word ("Lee But
  why ...", :func:`lead_names`), or
  a name or keyword in capitals and a space at a paragraph's start, with no
  colon (``QUESTION Will you ...``, ``MR. ROE I will.``), where two such
  speakers recur (typed transcripts).
  A label may stand alone on its line, with the words below it, and may stand
  inside a Markdown heading or a paragraph all in bold (``**Q: Why?**``). A
  heading that holds only a label (``### Jane Roe:``, the words below it) names
  the speaker where such headings recur, as transcript sites print each
  paragraph under its speaker's heading; used once (``### Resources:``), it
  titles a section.
  The colon may be the full-width colon an East Asian input method types
  (``Ann Lee：``).
  A question's number in the record before the asker's name (``Q12 Chair:``,
  as a parliament's committee prints its evidence) is part of the marker.
  A Roman number of two letters or more (``II:``, ``IV:``) numbers a list's
  item (the panels of witnesses an evidence session lists), and so does ``I:``
  where ``II:`` stands too: no speaker.
* In a typed or scanned transcript a turn may run on in the line of the turn
  before: a label written in capitals that opens three lines at least, found
  after a sentence's end inside a line and followed by its colon ("... should
  the ferry wait? MINISTER: It should ..."), opens a turn there.
* Where nothing else marks turns, a transcript whose turns were run together
  into one paragraph (a news feed's item, a page copied without its line
  breaks) turns at labels in capitals and a colon that open a paragraph or
  follow a sentence's end, where two such labels recur twice at least each, or
  where one opens a paragraph and another follows a question's end inside it; a
  longer label in capitals ending in a recurring one is that speaker's
  (:func:`run_together_labels`).
* A speaker labelled twice in a row was interrupted: where the paragraph just
  above the second label asks, it is an unnamed asker's question (where the
  text does so twice at least).
* Where only the questions are labelled, by a keyword ("Q:"), the paragraphs
  below each question's first paragraph are its answer, unlabelled (where
  most questions ask, two at least: :func:`answers_after_questions`); where
  every question's line ends with its question mark and the answer follows on
  the next line, with no blank line between, the lines below it are its answer.
* A page copied without its block breaks may glue a label to the end of the
  turn before, after its last sentence's mark with no space, its words on the
  next line ("... to him?Minister:"): where such labels recur, each opens a
  turn (:func:`glued_labels`).
* Written interviews may set each question off by its form instead of a label:
  a heading, or a paragraph in bold or italics. A form whose paragraphs mostly
  ask is read as questions, each answered by what stands below it; a number
  inside the emphasis ("**1. Why?**") is part of the marker, not a word. A line
  so set off that is short (four words at most) and ends no sentence ("**Looking
  ahead**", "Join us!") titles a section: it is no question. A bold line that
  ends with an HTML line break ("**Why?**<br>", the answer on the next line of
  the paragraph, as a web page prints them) is such a paragraph: the line break
  ends it, as a blank line does, and is no word of the question. A paragraph
  in bold may come in runs, split by an editor around a link, a comma or
  inside a word ("**So it is** [**as we said**][5] **then?**"): where each gap
  between runs, its link syntax aside, holds three characters at most, it is
  all in bold.
* Paragraphs and headings left in HTML, as a page's source or a site's export
  writes them, read as if the tag were not there: a label after ``<p>`` labels
  the turn ("<p>Ann: ..."), and a one-line paragraph or heading all in HTML bold
  is set off as Markdown bold is ("<p><strong>1. Why?</strong></p>", its number
  or keyword "Q1:" part of the marker).
* A text with no blank line at all is read by its line starts; where its lines
  are too long to be wrapped by hand, each line is a paragraph. Running page
  headers and footers are short lines that recur near page breaks.
* A label is a speaker only when the text behaves like dialogue around it: the
  name is a known keyword, is given by the caller, recurs, is a longer form of
  a recurring name, or stands after the dialogue has begun. A one-off label
  before the dialogue is part of the header (unless it opens the dialogue
  right above its first turn, labelled as the others are), and words such as
  "Note" never label a speaker, nor do a record's attendance lines ("Present:",
  "Staff present:"), nor a name over the entries of a table of contents (dotted
  leaders to a page number), nor does a small English connecting word alone
  ("BY:" over a list of counsel); a name's particle alone ("AL:", "EL:") is
  someone's initials, and one joined by a hyphen or an apostrophe to a
  capitalised surname after a first name ("Ann al-Rami:", "Jo d'Ors:") is part
  of the name.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Collection, Iterable
from typing import Literal

from .._util.lazy import lazy_pattern
from .._util.text import name_key
from ..errors import ArgumentValueError, TranscriptError
from ..model._span import Span
from ._frontmatter import fields, toml_fields
from ._times import STAMP_LINE, UNIT_STAMP_LINE, Clock

# Labels repeat hundreds of times in a transcript: key each spelling once.
label_key = functools.lru_cache(maxsize=4096)(name_key)


Style = Literal["auto", "dash", "labelled"]
"""How turns are marked: ``"dash"`` (a dash opens each turn), ``"labelled"`` (a speaker's label does), or ``"auto"``.

.. versionadded:: 0.1
"""

STYLES: tuple[Style, ...] = ("auto", "dash", "labelled")

# Labels are compared by their key: lower case, without spaces or punctuation (see _util.text.name_key).
QUESTION_LABELS = frozenset(
    label_key(word)
    for word in (
        "Q", "Question", "Questions", "Questioner", "Reporter", "Journalist", "Interviewer",
        "Audience member", "Audience question", "Participant", "Counsel", "Examiner", "Host",
        "Correspondent",
        "Co-host", "Anchor", "Presenter",
    )
)  # fmt: skip
ANSWER_LABELS = frozenset(
    label_key(word)
    for word in ("A", "Answer", "Witness", "The Witness", "Interviewee", "Respondent")
)
# What a programme plays between the words: its label may say which part ("Song ending:").
PLAYED_LABELS = frozenset(label_key(word) for word in ("Song", "Clip", "Soundbite"))
# Floor noises and interjections, those who only relay or announce, and what a programme plays
# between the words (a song, a clip): keywords, always remarks, never questions or answers.
_FLOOR_KEYWORDS = PLAYED_LABELS | frozenset(
    label_key(word)
    for word in (
        "Remark", "Remarks", "Voice", "Voices", "Audience", "Applause", "Laughter", "Crosstalk",
        "Unidentified", "Unidentified speaker", "Off-mic", "Comment", "Aide", "Staff",
        "Interpreter", "Translator", "Operator", "Announcer",
    )
)  # fmt: skip
# So is a narrator, who reads between the words, but whose label stays a speaker's (no keyword).
FLOOR_LABELS = _FLOOR_KEYWORDS | {label_key("Narrator")}
# The floor's keywords and the chair's: keywords that name no side of the questioning.
MODERATOR_LABELS = _FLOOR_KEYWORDS | frozenset(
    label_key(word)
    for word in (
        "Moderator", "Chair", "Chairman", "Chairwoman", "Chairperson", "Compere", "Emcee",
        "Master of Ceremonies",
        # A legislature's presiding officer, named by the office alone.
        "Mr Speaker", "Madam Speaker", "The Speaker", "Mr Deputy Speaker", "Madam Deputy Speaker",
        "The Deputy Speaker", "The Acting Speaker", "The Presiding Officer",
    )
)  # fmt: skip
_PLAYED_WORDS = 3  # a played piece's label and at most two words in lower case that qualify it
KEYWORDS = QUESTION_LABELS | ANSWER_LABELS | MODERATOR_LABELS
# Keywords that name no one: their turns are the interviewer's or the interviewee's.
GENERIC_LABELS = frozenset(
    label_key(word) for word in ("Q", "Question", "Questions", "A", "Answer")
)
# Capitalised words that open a paragraph with a colon without naming a speaker.
NOT_SPEAKERS = frozenset(
    label_key(word)
    for word in (
        "Note", "Notes", "Update", "Updated", "Source", "Sources", "Photo", "Photos", "Video",
        "Editor's note", "Read more", "Read also", "See also", "Related", "Correction",
        "Disclaimer", "Warning", "Example", "P.S.", "N.B.", "Tags", "Topics", "Share",
        "Transcript", "Date", "Time", "Place", "Location", "Subject", "Title", "Re", "Tel",
        # A transcript's list of what it covers ("Subjects: ferries; fares."): no speaker's.
        "Subjects", "Topic",
        "Email", "Phone", "Fax", "Web", "Website", "URL", "Link", "Links", "Keywords",
        "Summary", "Abstract", "Contents", "Table of contents", "Category", "Categories",
        "Posted", "Published", "Filed", "Attachment", "Attachments", "Language", "Languages",
        "Print", "Download", "Listen", "Watch", "Credit", "Credits", "Caption", "Copyright",
        "Warning", "Important", "Background", "Context", "Quote", "Including", "Namely",
        # A programme's production marks: a break, music, the sponsor's spot.
        "Break", "Music", "Intro", "Outro", "Ad break", "Sponsor", "Sponsors", "Advertisement",
        "Commercial", "Commercial break", "Jingle", "Theme music",
        # A record's attendance lines: who was there, not who speaks.
        "Present", "Also present", "Members present", "Staff present", "Absent", "In attendance",
        "Attendees", "Attending",
    )
)  # fmt: skip
# Small words that may stand inside a name or a title label ("Minister of Ports Jane Roe",
# "Ann von der Lee"); any other lowercase word means the line is prose.
_CONNECTIVES = frozenset(
    (
        "of", "the", "for", "and", "to", "at", "on", "in", "by", "de", "von", "van", "der",
        "den", "da", "di", "du", "la", "le", "al", "bin", "ibn", "y", "del", "des", "dos", "das",
        "e", "el", "zu", "am", "auf", "ter", "ten",
    )
)  # fmt: skip
# A surname that opens a line before a capitalised word, no colon ("Lee But why ...").
_LEAD_NAME = lazy_pattern(r"(?P<name>[A-Z][a-z]{2,})[ \t]+(?=[A-Z])")
# The same after the words in capitals that end a heading run on to the line ("PORTSIDE Lee ...").
_HEADING_TAIL = lazy_pattern(r"(?:[A-Z][A-Z'’.,-]+[ \t]+)+(?=[A-Z][a-z]{2,}[ \t]+[A-Z])")
_WORD = lazy_pattern(r"[^\W\d_]{3,}")
# Words that say who interviewed whom ("... INTERVIEWED BY ANN LEE", "Interview with ..."): a
# headline's, never a speaker's name.
_INTERVIEWED = lazy_pattern(r"(?i)\binterview(?:ed)?[ \t]+(?:by|with)\b")
_LEAD_USES = 3  # lines a surname opens so at least, to be a label
_HEADING_LINES = 10  # lines: where a typed heading in capitals may run on to the first turn
_RUN_ON_LETTERS = 10  # letters: a line in capitals this long at least is a heading's
# Small English words that join a name's or a title's parts ("Minister of Ports", "FERRIES AND"
# over "THE WINTER TIMETABLE"). Alone, such a word names no one ("BY:" over a list of counsel),
# while a name's particle alone in capitals is a speaker's initials ("AL:" for Ann Lee, "JR:" for
# Jane Roe).
ENGLISH_CONNECTIVES = frozenset(
    ("of", "the", "for", "and", "to", "at", "on", "in", "by", "with", "or", "from")
)
# A sentence's end and the next one's start inside a paragraph: the mark, closing quotes or brackets,
# white space, an opening quote or bracket maybe, and the next sentence's capital.
SENTENCE_INSIDE = lazy_pattern(r"[.?!…][\"'”’»)\]]*\s+[\"“‘'(]?[A-Z]")
# A field on its line, as a form or a record's head lists them: a name of one to four words, the
# first capitalised, a colon, and its value, which a form may leave empty ("RECORD NUMBER:
# 104-10001", "AGENCY :", "Hearing date: 2026-03-14"); match it over the line's span.
FIELD_LINE = lazy_pattern(
    r"[ \t]*(?P<name>[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3})[ \t]*:[ \t]*(?P<value>\S(?:[^\n]*\S)?)?[ \t]*$"
)
# A name's particle written joined to the name it precedes ("al-Ketbi", "d'Ors", "l'Estrange").
_PARTICLES = (_CONNECTIVES - ENGLISH_CONNECTIVES) | {"d", "l"}
_JOINED_PARTICLE = lazy_pattern(r"([a-z]+)[-'’](.+)")
# Forms of address before a name, abbreviated or spelt out ("Mr", "Mister", "Mme", "Madame").
HONORIFICS = frozenset(
    (
        "mr", "mister", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "madame", "mme", "mlle",
        "m", "herr", "frau",
    )
)  # fmt: skip

# Abbreviations that end with a period before a name ("MR. SMITH"): never a label by themselves.
_TITLE_ABBREVIATIONS = frozenset(
    label_key(word)
    for word in (
        "Mr", "Ms", "Mrs", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
        "Prof", "Jr", "Sr", "No", "Vs", "Hon", "Rev", "Fr", "Maj", "Adm", "Cmdr", "Amb", "Pres",
    )
)  # fmt: skip
# A line that holds more than white space and a byte-order mark or zero-width space at its start:
# its row (up to its line break), and its words (group 1), from the first character after white
# space, those marks, then white space (atomic, so that a mark is never taken for a word) to the
# last that is no white space.
_BLANK_CHARS = "\ufeff\u200b"  # a line of only these (and white space) is blank
# (The template's {} takes what else a line may open with before its words.)
_NON_BLANK_TEMPLATE = rf"^(?>[^\S\n]*(?:[{_BLANK_CHARS}]+[^\S\n]*)?{{}})(\S(?:[^\n]*\S)?)[^\n]*"
_NON_BLANK_LINE = lazy_pattern(_NON_BLANK_TEMPLATE.format(""), re.MULTILINE)
# The same where the whole text is set as a quotation: a line's ">" is the page's, not the words'
# (a line of only ">" is blank).
_NON_BLANK_QUOTED_LINE = lazy_pattern(_NON_BLANK_TEMPLATE.format(r"(?:>[^\S\n]*)?"), re.MULTILINE)
DASH = lazy_pattern(r"[–—](?:[ \u00a0\t]+|$)")
_HYPHEN = lazy_pattern(r"-(?:[ \u00a0\t]+|$)")
# A web address alone after a label: a reference ("Show notes: https://...").
_REFERENCE = lazy_pattern(r"<?(?:https?://|www\.)[^\s<>]+>?")
_EDITOR_NUMBER = lazy_pattern(r"\[\d{1,3}\.?\][ \t]+")
# Live captions (CART) open a new speaker's words with two chevrons: ">> JANE ROE: Thank you."
_CHEVRONS = lazy_pattern(r">>[ \t\u00a0]*")
_CHEVRON = lazy_pattern(r">[ \t\u00a0]+")
_JOIN = lazy_pattern(r",(?=[^\W\d_]|[\[(\"“‘'*])")
_DASH_WITHOUT_SPACE = lazy_pattern(r"[–—](?=\S)")
# Other languages' letters for question and answer, in the pairs transcripts use them: Spanish and
# Portuguese P/R (pregunta, pergunta / respuesta, resposta), Polish P/O (pytanie / odpowiedź),
# German F/A (Frage / Antwort), Swedish F/S (fråga / svar), Italian and French D/R (domanda,
# demande / risposta, réponse), French Q/R (question / réponse), Dutch V/A (vraag / antwoord),
# Russian В/О (вопрос / ответ). Each letter stands for Q or A only beside its partner.
QA_PAIRS: tuple[tuple[str, str], ...] = (
    ("P", "R"), ("P", "O"), ("F", "A"), ("F", "S"), ("D", "R"), ("Q", "R"), ("V", "A"),
    ("В", "О"),
)  # fmt: skip
_FOREIGN_LETTERS = frozenset(letter for pair in QA_PAIRS for letter in pair) - {"Q", "A"}
_KEYWORD_LETTERS = "QA" + "".join(sorted(_FOREIGN_LETTERS))
_KEYWORD_MARK = lazy_pattern(
    rf"(?P<name>[{_KEYWORD_LETTERS}])"
    r"(?:(?P<dot>\.)[ \t\u00a0]+|(?: ?[\t\u00a0]| {2})[ \t\u00a0]*|(?P<one> ))(?=\S)"
)
# A heading in spaced capitals ("A G E N D A"): no "A" marker.
_SPACED_LETTERS = lazy_pattern(r"(?:[A-Z] ){3}")
_KEYWORD_ALONE = lazy_pattern(rf"(?P<name>[{_KEYWORD_LETTERS}])\.?[ \t\u00a0]*$")
_TIMESTAMP = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"
_LABEL = lazy_pattern(
    r"(?P<open>\*\*|__)?"
    rf"(?:[\[(]?(?P<before>{_TIMESTAMP})[\])]?[ \t\u00a0]+(?:-[ \t\u00a0]+)?)?"
    # A name may end with the initials it will go by, in quotes as an abbreviation is defined
    # ('Ann Lee (“AL”):'); quotes are no part of a name elsewhere (they open quoted speech).
    r"(?P<name>[^\W\d_][^:：\n*<>\[\]{}|\"“”=/\\]{0,99}?"
    r"(?:[ \t\u00a0]\([\"“”'‘’][^\W\d_]{1,6}[\"“”'‘’]\))?"
    # A member's party in brackets after the name and seat ("Ann Lee (Eastport) (Lab/Co-op)"):
    # inside brackets a slash joins two parties' names.
    r"(?:[ \t\u00a0]\([^\W\d_][^()\n:*<>\[\]]{0,29}/[^()\n:*<>\[\]]{1,29}\))?"
    # A court's role code, then who holds it in square brackets ("MJ [Col ROE]:", "DC [MS. LEE]:").
    r"(?:[ \t\u00a0]\[[^\W\d_][^\[\]\n:]{0,59}\])?)"
    # What follows a name starts with one of these: checking that first spares the shortest-name
    # search trying the whole rest of the pattern after every letter (same matches, half the time).
    r"(?=[ \t\u00a0\[(*_:：])"
    rf"(?:[ \t\u00a0]*[\[(](?P<after>{_TIMESTAMP})[\])])?"
    # A machine transcript's mark of a speaker it is unsure of ("Ann Lee [?]:", "Ann Lee (?):"):
    # part of the label; the name before it is the speaker.
    r"(?:[ \t\u00a0]*[\[(]\?[\])])?"
    # The colon, or the full-width colon an East Asian input method types ("Ann Lee：").
    r"(?P<close>\*\*|__)?[ \t\u00a0]*[:：](?P<close2>\*\*|__)?"
)
# A label in italics, as Markdown transcripts also set them: "_Jane Roe:_", "_JR_:", "*Jane Roe*:",
# "*JR (0:01:50)*:" - one asterisk or underscore, closed by the same mark before or after the colon
# (or by two after it, a bold label that lost a mark: "*Jane Roe:**").
# The mark is followed at once by a letter, so a list item ("* item") is no label. Its groups are
# those of _LABEL (``before`` never matches: an italic label keeps its time inside, after the name).
_ITALIC_LABEL = lazy_pattern(
    r"(?P<open>[*_])(?P<before>(?!))?"
    r"(?P<name>[^\W\d_][^:\n*_<>\[\]{}|\"“”=/\\]{0,99}?)"
    r"(?=[ \t\u00a0\[(*_:])"
    rf"(?:[ \t\u00a0]*[\[(](?P<after>{_TIMESTAMP})[\])])?"
    # A bold label that lost its first mark ("*Ann:**") closes with two: still the label.
    r"(?:(?P<close>(?P=open))[ \t\u00a0]*:|[ \t\u00a0]*:(?P<close2>(?P=open){1,2}))"
)
# A paragraph or heading left in HTML, as a page's source or a site's export writes it: "<p>",
# '<h2 class="x">'. What it holds is read as if the tag were not there.
_INNER_KEYWORD = lazy_pattern(r"(?:Q|Question)[ \t]*#?\d{0,3}[ \t]*:[ \t]+(?=\S)")
_TITLE_SET_OFF_WORDS = 4  # a set-off line this short that ends no sentence titles a section
_HTML_BLOCK_OPEN = lazy_pattern(r"<(?P<tag>p|h[1-6]|div|li)(?:[ \t][^<>\n]{0,300})?>[ \t]*")
# A paragraph all in HTML bold: "<p><strong>1. Why?</strong></p>" (the bold's end, then the block's).
_HTML_BOLD_OPEN = lazy_pattern(r"<(?P<tag>strong|b)(?:[ \t][^<>\n]{0,80})?>[ \t]*")
_HTML_BOLD_END = lazy_pattern(r"[ \t]*</(?:strong|b)>[ \t]*</(?:p|h[1-6]|div|li)>[ \t]*$")
_UNLABELLED_ASKING = 2  # unlabelled questions between one speaker's turns: a habit, not a slip
# What opens a line that is no one's words: a heading, a list item, a link, a table, a quote.
_NOT_WORDS = "#*-+[|>"
# An online handle: one word of lowercase letters and digits, as people sign in with, three
# characters at least ("pgp", "roseb"); it must recur, so a stray "see:" is no speaker.
_HANDLE = lazy_pattern(r"[a-z][a-z0-9_]{2,29}")
# A name as a meeting tool writes it at a cue's start: any signed-in name up to the colon, no
# sentence's punctuation or markup inside ("ann_lee: ", "bo.chen: ", "user42: ").
_CUE_NAME = lazy_pattern(r"(?P<name>\w[\w .'’()&@+-]{0,59}?)[ \t]*:[ \t]+(?=\S)")
_TIMED_LABEL = lazy_pattern(
    r"(?P<open>\*\*|__)?(?P<name>[^\W\d_][^:\n*]{0,60}?)(?P<close>\*\*|__)?:?"
    rf"[ \t\u00a0]+(?:[-–—][ \t\u00a0]+)?[\[(]?[ \t]*(?P<after>{_TIMESTAMP})[ \t]*[\])]?[ \t\u00a0]*:?$"
)
_RECORD_LABEL = lazy_pattern(
    r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Miss)\.|Chairman|Chairwoman|Chair|Senator|Secretary|General|"
    r"Admiral|Ambassador|Governor|Representative|Judge|The)[ \u00a0]+[A-Z][A-Z'’-]+"
    r"(?:[ \u00a0]+[A-Z][A-Z'’-]+)?)\.[ \t\u00a0]+(?=\S)"
)
# The record form in mixed case, as hearing transcripts type it: "Mr. Roe. You said earlier ...",
# "The Chairman. The hearing is open." (a speaker only where such labels recur); so do the other
# parts a record names by their office alone ("The Witness. Yes.", "The Clerk. Mr. Roe.").
# The office or title that the record prints before a surname in capitals also stands before one
# in mixed case ("Senator Roe.", "Chairwoman Lee.", "Secretary Chen."), and a member may be told
# apart from another of the same name by their state ("Mrs. Lee of New York.", "Mr. Chen from Ohio.").
_MIXED_RECORD_LABEL = lazy_pattern(
    r"(?P<name>(?:(?:(?:Mr|Ms|Mrs|Dr|Miss)\.[ \u00a0]?|(?:Chairman|Chairwoman|Chair|Senator|"
    r"Secretary|General|Admiral|Ambassador|Governor|Representative|Judge)[ \u00a0])"
    r"(?:Mc|Mac|O'|O’|De|Di|La|Le)?[A-Z][a-z'’-]+"
    r"(?:[ \u00a0](?:of|from)(?:[ \u00a0][A-Z][a-z]+){1,3})?)|The[ \u00a0][A-Z][a-z]{2,})"
    r"\.[ \t\u00a0]+(?=\S)"
)
# What a scanned page's OCR leaves before a line's first word: a margin's line number, a stray
# quote mark, bar or comma ("“Mr. Roe. How long ...", "12 The Chairman. ...").
_SCAN_DEBRIS = lazy_pattern(r"(?:\d{1,2}|[^\w\s]{1,2})[ \t]*(?=[MT])")
_CAPITALS_LABEL = lazy_pattern(
    r"(?P<name>[A-Z][A-Z'’-]+(?:[ \u00a0][A-Z][A-Z'’-]+){0,3})\.[ \t\u00a0]+(?=[A-Z\"“‘'(\[])"
)
# A name or keyword in capitals opening a paragraph with no colon, then the words after a space:
# "QUESTION Will you stay?", "MR. ROE I will." (a typed transcript's labels, the colon left out).
_SPACED_LABEL = lazy_pattern(
    r"(?P<name>[A-Z][A-Z'’-]*(?:[.,]?[ \u00a0]{1,2}[A-Z][A-Z'’-]*){0,2})[.,]?"
    r"(?:[ \t\u00a0]*:)?[ \t\u00a0]+(?=[A-Z\"“‘'(\[])"
)
_SPACED_SPEAKERS = 2  # speakers that must recur under such labels
# A Roman number of two letters or more ("II", "IV", "XII"): it numbers the items of a list (the
# panels of witnesses an evidence session lists, the parts of a record), it names no speaker.
_ROMAN_NUMBER = lazy_pattern(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
# A Markdown heading's hashes, or a list item's number or bullet, before a question set off so.
_HEADING_PREFIX = lazy_pattern(r"#{1,6}[ \t]+")
_ITEM_PREFIX = lazy_pattern(r"(?:\d{1,3}[.)]|[-*+])[ \t]+(?=\*\*|__)")
# A question's number inside its emphasis or heading ("**1. Why?**", "## 2) How?"): part of the marker.
_INNER_NUMBER = lazy_pattern(r"\d{1,3}[.)][ \t]+(?=\S)")
_EMPHASIS = lazy_pattern(r"\*\*|__|\*(?=\S)|_(?=\S)")
_EMPHASIS_CLOSING = "*_ \t\"'”’»)"  # what may follow a line's last mark: emphasis, quotes
# The syntax of a Markdown link around emphasised words: "[", "][5]", "](https://...)".
_LINK_SYNTAX = lazy_pattern(r"\]\[[^\]\n]*\]|\]\([^)\n]*\)|\[")
_BOLD_GAP_CHARS = 3  # between two runs of one bold paragraph: a comma, a bracket, a split letter
# An HTML line break at a line's end, as a page's source or a site's Markdown keeps it.
_LINE_BREAK_END = lazy_pattern(r"[ \t]*<br[ \t]*/?>$", re.IGNORECASE)
# "Question 1", "Q12", "Q #3": a numbered question is the keyword.
_NUMBERED_KEYWORD = lazy_pattern(r"(?P<name>Q|Question|A|Answer)[ \t\u00a0]*#?\d{1,3}")
# "Q12 Chair", "Q8 Sir Ann Lee": a question's number in the record before the name of who asks it,
# as a parliament's committees number the questions of an evidence session.
RECORD_NUMBER = lazy_pattern(r"Q\d{1,4}[ \u00a0]+(?P<name>[^\W\d_].*)")
_BRACKETED_LABEL = lazy_pattern(
    rf"\[(?P<name>[^\W\d_][^\[\]\n:]{{0,60}})\][ \t]+\[(?P<time>{_TIMESTAMP})\][ \t]*"
)
# A name in square brackets with the colon inside them, as some transcripts set a speaker's label:
# "[Ann Lee:]", "[ Ann Lee: ]", "[ Question : ]". Words after the colon make the bracket a cue
# ("[Music: guitar]"), not a label.
_COLON_BRACKETED = lazy_pattern(
    r"\[[ \t\u00a0]*(?P<name>[^\W\d_][^\[\]\n:]{0,60}?)[ \t\u00a0]*:[ \t\u00a0]*\][ \t\u00a0]*"
)
# A stage direction in brackets that opens a line before a speaker's label ("[intro music] Ann:",
# "(laughs) Bo:"): words with no digit, colon or bracket inside, and no second bracket after it
# (a name and its time in brackets is the tools' label: "[Ann] [00:12]").
_CUE_BEFORE_LABEL = lazy_pattern(
    r"(?:\[[^\W\d_][^\[\]()\n:\d]{0,59}\]|\([^\W\d_][^\[\]()\n:\d]{0,59}\))[ \t\u00a0]+(?![\[(])"
)
_COLON_BRACKETED_SPEAKERS = 2  # names so bracketed inside a line, at least, to read them as labels
# "Jane Roe (00:12:34) - words", as transcription tools export a turn: the time, then a dash.
_DASHED_LABEL = lazy_pattern(
    r"(?P<open>\*\*|__)?(?P<name>[^\W\d_][^:\n*<>\[\]{}|\"“”=/\\]{0,99}?)(?P<close>\*\*|__)?"
    rf"[ \t\u00a0]*[\[(](?P<time>{_TIMESTAMP})[\])][ \t\u00a0]+[-–—](?:[ \t\u00a0]+|$)"
)
_VOICE = lazy_pattern(r"<v(?:\.[^\s>]+)*[ \t]+(?P<name>[^>\n]{1,80})>[ \t]*")
# A name in bold and a spaced dash where the colon would be, as written interviews set the one who
# answers: "**Ann** - For the rivers." (hyphen, en or em dash).
_BOLD_DASH_LABEL = lazy_pattern(
    r"(?P<mark>\*\*|__)(?P<name>[^\W\d_][^*_\n:]{0,40}?)(?P=mark)[ \t\u00a0]+[-–—][ \t\u00a0]+(?=\S)"
)
# A time printed before a label set in bold, as transcription tools export a turn:
# "[00:01:14] **Bo:**", "00:01:14 <b>Bo:</b>", and "\\[00:01:14\\] **Bo:**" from a Markdown writer
# that escapes brackets - the time is the marker's.
_TIME_BEFORE_BOLD = lazy_pattern(
    rf"\\?[\[(]?(?P<time>{_TIMESTAMP})\\?[\])]?[ \t\u00a0]+(?=\*\*|__|<(?:strong|b)\b)"
)
# A name in bold with no colon after such a time, the words following on the line: the time makes
# the line a transcript's turn, so the bold name is its speaker ("0:00:13.8 **Ann Roe** Welcome").
_BOLD_NAME_AFTER_TIME = lazy_pattern(
    r"(?P<mark>\*\*|__)(?P<name>[^\W\d_][^*_\n:]{0,60}?)(?P=mark)[ \t\u00a0]+(?=\S)"
)
# A name in bold that carries its time code, the words following on the line with no colon after
# the bold: the time inside the bold, after the name or after its colon ("**Ann [00:01:30]** Welcome",
# "**Ann:[00:01:30]** Welcome", "**Ann: [00:01:30]** Welcome"), or just after the bold ("**Ann**
# [00:01:30] Welcome"). The time makes the bold a speaker's label, not emphasis.
_BOLD_TIME_REACH = 90  # characters: the bold's marks, a name of sixty at most, its time
_BOLD_NAME_WITH_TIME = lazy_pattern(
    r"(?P<mark>\*\*|__)(?P<name>[^\W\d_][^*_\n:\[\]()]{0,60}?)[ \t\u00a0]*"
    rf"(?::?[ \t\u00a0]*[\[(](?P<inside>{_TIMESTAMP})[\])][ \t\u00a0]*(?P=mark)"
    rf"|(?P=mark)[ \t\u00a0]*[\[(](?P<after>{_TIMESTAMP})[\])])[ \t\u00a0]+(?=\S)"
)
# A label in HTML bold, as a page's source writes it: "<strong class=x>Ann:</strong>", "<b>Ann</b>:".
_HTML_BOLD_LABEL = lazy_pattern(
    r"<(?P<tag>strong|b)(?:[ \t][^<>\n]{0,80})?>[ \t]*(?P<name>[^\W\d_][^:\n<>*]{0,60}?)[ \t]*"
    r"(?::[ \t]*</(?P=tag)>|</(?P=tag)>[ \t]*:)[ \t\u00a0]*"
)
# A table row whose first cell holds a name in bold, the words in the next cell, as a page sets an
# interview in a table: '<tr><td><strong>Ann</strong></td><td>words'. The row may open the table
# ('<table border="0"><tr>...'), and a document format's passthrough marks may stand around each
# tag ('+++<tr>+++', as AsciiDoc keeps raw HTML): markup, no word.
_BETWEEN_TAGS = r"(?:\+{3,}|[ \t]+)?"
_CELL_LABEL = lazy_pattern(
    rf"[-+]*(?:<table(?:[ \t][^<>\n]{{0,80}})?>{_BETWEEN_TAGS})?<tr(?:[ \t][^<>\n]{{0,80}})?>{_BETWEEN_TAGS}"
    rf"<td(?:[ \t][^<>\n]{{0,80}})?>{_BETWEEN_TAGS}<(?P<tag>strong|b)>{_BETWEEN_TAGS}"
    rf"(?P<name>[^\W\d_][^:\n<>+*]{{0,60}}?)[ \t]*:?{_BETWEEN_TAGS}</(?P=tag)>{_BETWEEN_TAGS}</td>{_BETWEEN_TAGS}"
    rf"<td(?:[ \t][^<>\n]{{0,80}})?>{_BETWEEN_TAGS}"
)
# "Ann Lee, Member of the Board. − words": a parliament's verbatim report labels a speech with the
# name (an office after a comma), a full stop and a spaced dash: a minus sign, an en or an em dash.
# The name may hold the full stop of an initial or an honorific ("J. Roe", "Mr. Lee": a capital and
# at most two small letters before it).
_DOT_DASH = r"\.[ \t\u00a0]+[\u2212–—][ \t\u00a0]+"  # the full stop and the spaced dash
_DOT_DASH_LABEL = lazy_pattern(
    r"(?P<name>[^\W\d_](?:[^.\n:\u2212–—]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.)"
    rf"{{0,99}}?){_DOT_DASH}(?=\S)"
)
# A written question's heading on a line of its own, as a parliament's verbatim record prints the
# questions put to a minister: "Question 7 by Bo Chen (Q-12/26)", "Question No 3 by Ann Lee", the
# words of the question below it (a number, the asker, maybe the question's reference).
_WRITTEN_QUESTION = lazy_pattern(
    r"Question[ \t]+(?:No\.?[ \t]*)?\d{1,4}[ \t]+by[ \t]+"
    r"(?P<asker>[A-Z][^()\n:]{1,80}?)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*"
)
# The end of such a label's marker: the full stop and the dash, with their spaces (the scorer,
# scripts/score_reading.py, strips the same end from a label: keep the two alike).
_DOT_DASH_END = lazy_pattern(rf"{_DOT_DASH}$")
_FORM_RECURS = 2  # paragraphs opened by a verbatim report's labels: the form recurs, and is sure
_LONG_LABEL_REACH = 160  # characters: how far a speaker's long first label may run to its colon
_LONG_LABEL_WORDS = 20
_TITLE_WORDS = (
    4  # a title with a comma before the name is this long ("Tell me, Jane Roe:" is no label)
)
ANSWER_BELOW = "below a question"  # the description of an unlabelled answer's marker
_OPENING_MARKS = "\"“‘'(¿¡"  # what may stand before a sentence's first word
_SENTENCE_MARKS = lazy_pattern(r"[.?!;\"“”]")
# A name and a role before a comma-less run into the words: "Bo Chen, Harbour Master Good ...".
_NAME_AND_ROLE = lazy_pattern(
    r"[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,3},[ \t]"
    r"(?P<role>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})[ \t]+(?=[A-Z])"
)
_TRAILING_GROUP = lazy_pattern(r"[ \t\u00a0]*[(\[]([^()\[\]]{1,60})[)\]]$")
# A court's code for a role, in capitals ("MJ" the military judge, "LDC" learned defence counsel):
# before a name in square brackets, it is that speaker's role.
_ROLE_CODE = lazy_pattern(r"[A-Z]{1,5}")
# A parliament's question names who asks, their office or party in brackets, then whom it is put
# to: "ANN LEE (Green Party) to the Minister of Works". The asker is the name.
_ADDRESSED = lazy_pattern(
    r"[ \t\u00a0]*\(([^()\n]{1,60})\)[ \t\u00a0]+to[ \t\u00a0]+(?:the[ \t\u00a0]+)?([A-Z][^:\n]{0,80}?)[ \t\u00a0]*$"
)
_QUESTION_NUMBER = lazy_pattern(r"\d{1,3}\.[ \t\u00a0]+(?=[^\W\d_])")
_BRACKETED_NAME = lazy_pattern(
    r"[ \t]\(([^()]+)\)$"
)  # an office's holder: "minister (deputy ann lee)"
_NAME_WORD = lazy_pattern(r"[^\W\d_][\w.'’-]*|\d{1,3}")
_CLOSERS = r"[\"'”’»)\]*_]*"  # closing quotes, brackets or emphasis after a sentence's last mark
SENTENCE_END = lazy_pattern(rf"[.?!…]{_CLOSERS}$")
# Words that end by asking: a question mark, then closing quotes, brackets or emphasis.
_ASKS = lazy_pattern(rf"\?{_CLOSERS}$")
_ASKING_WORDS = 4  # words: a question this long at least is a turn, not a headline's label

# Caption files: a cue's number, its timing line, and the file's own header lines.
_CUE_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_CUE_TIMING = lazy_pattern(rf"{_CUE_TIME}[ \t]*-->[ \t]*{_CUE_TIME}")
_CUE_NUMBER = lazy_pattern(r"\d{1,7}$")
_VTT_HEADER = lazy_pattern(r"WEBVTT\b|NOTE\b|STYLE$|REGION$|Kind:|Language:")
# The markup inside a cue's text: closing tags (``</v>``, ``</i>``), the opening tags of a class,
# italics, bold, underline, a language, ruby or an SRT font, and a karaoke time (``<00:01.500>``).
# A voice's opening tag (``<v Name>``) is a label, not this.
_CUE_TAG = lazy_pattern(
    r"</[a-z]{1,5}>"
    r"|<(?:[cibu]|lang|ruby|rt|font)(?:\.[^\s<>]+)?(?:[ \t][^<>\n]{0,80})?>"
    r"|<(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}>"
)
# A speaker named in brackets at a caption line's start, words after it: "[Ann Lee] Why?",
# "(Speaker 2) Yes." - and the sounds that captions bracket too, which name no one.
_CAPTION_SPEAKER = lazy_pattern(
    r"[\[(](?P<name>[A-Z][\w.'’-]*(?:[ ][\w.'’-]+){0,3})[\])][ \t]+(?=\S)"
)
_SOUNDS = frozenset(
    label_key(word)
    for word in (
        "Music", "Applause", "Laughter", "Laughs", "Laughing", "Chuckles", "Chuckling",
        "Inaudible", "Unintelligible", "Indistinct", "Crosstalk", "Silence", "Noise", "Cheering",
        "Cheers", "Sighs", "Coughs", "Background noise", "Foreign", "Singing", "Static", "Pause",
        "Beep", "Bell", "Phone rings", "Door closes", "Sound", "Audio", "Video", "Clears throat",
    )
)  # fmt: skip
# Page clutter: separators, end marks, copyright lines and page furniture.
_SEPARATOR = lazy_pattern(r"[*•·_=~#\-–—. ]{3,}$")
_END_MARK = lazy_pattern(
    r"[\[(]?(?:END|ENDS|END OF TRANSCRIPT|###|-30-)(?:[\])]|\s|$)", re.IGNORECASE
)
_COPYRIGHT = lazy_pattern(r"(?:©|\(c\)\s|copyright\b|all rights reserved)", re.IGNORECASE)
_FURNITURE = frozenset(
    label_key(words)
    for words in (
        "See also", "Read more", "Read also", "Related", "Related articles", "Related news",
        "Share", "Share this", "Share this article", "Print", "Print version", "Advanced settings",
        "Back to top", "Top", "Subscribe", "Follow us", "Tags", "Topics", "Comments",
        "Send by email", "Embed", "Download", "Listen", "Copy link", "Tweet", "Email",
        "Facebook", "Twitter", "Telegram", "WhatsApp", "LinkedIn", "More", "Menu", "Search",
        "Skip to content", "Skip to main content", "Text version", "Video", "Photos",
    )
)  # fmt: skip
_FURNITURE_PREFIX = lazy_pattern(
    r"(?:See also|See|Read more|Read also|Related|Share|Tags|Topics)\s*:", re.IGNORECASE
)
# A transcriber's note of where in the recording the transcript starts: "Starts at 4min.",
# "Transcript begins at 00:12:30.", "(Recording starts at 2 minutes)".
_STARTS_AT = lazy_pattern(
    r"\(?(?:(?:the )?(?:transcript(?:ion)?|recording|audio|video|interview|conversation) )?"
    r"(?:starts|begins|picks up) at \S{1,12}(?: (?:min(?:ute)?s?|sec(?:ond)?s?|in))?\.?\)?",
    re.IGNORECASE,
)
# A web address that opens a short paragraph, alone or after a word or two and a colon:
# where the page came from ("URL: http://... Last update: ..."), not anyone's words.
_ADDRESS_LINE = lazy_pattern(r"(?:\w+(?: \w+)?[ \t]*:[ \t]*)?<?(?:https?://|www\.)\S")
# Markup that is no words: a reStructuredText directive alone on its line (".. rst-class:: indented").
_DIRECTIVE = lazy_pattern(r"\.\. [\w:-]+::[^\n]*")
# Markdown's link reference definitions, one a line: "[Team]: https://example.org/team",
# '[1]: </docs/page> "Title"'. A block of nothing else is where a page keeps its links.
_LINK_DEFINITION = lazy_pattern(
    r"[ ]{0,3}\[[^\]\n]{1,100}\]:[ \t]*<?(?:[a-zA-Z][\w+.-]*:|/|#|www\.)[^\s<>]*>?"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\r?"
)
_LINE_NUMBER = lazy_pattern(r"\d{1,4}(?:[ \t]+|$)")
_PAGE_NUMBER = lazy_pattern(
    r"(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE
)
_DIGITS = lazy_pattern(r"\d+")


_INT32 = 2**31 - 1
_BARE_LABELS = 3  # labels without chevrons in live captions: so many are the text's own labels too
_QUOTED_LINES = 10  # a quotation of this many lines at least may be the page's setting
# A line set as a quotation, and live captions' change of speaker, each after its line break (a
# pattern that opens with the break is searched for at the breaks, not tried at every character);
# the text's first line is matched on its own.
_QUOTE_MARK = lazy_pattern(r"\n[^\S\n]*>")
_CAPTION_CHEVRONS = lazy_pattern(r"\n[^\S\n]*>>")
_OPENS_QUOTED = lazy_pattern(r"[^\S\n]*(>>?)")
_JOINED_NEWLINES = 2  # a text of this many line breaks at most may be one joined line
_JOINED_PARAGRAPHS = 10  # ... when it joins this many paragraphs with a comma at least
_UNBLANKED_LINES = 30  # a text this long with few blank lines is read line by line
_LINES_PER_BLOCK = 8  # ... when it has fewer than one blank line in this many lines
_NUMBERED_LINES = 20  # a text this long whose lines mostly start with numbers has line numbers
_NUMBERED_SHARE = 0.6
# A polite request, closed with a full stop as often as with a question mark: "Would you please
# state your name.", "If you could please spell it for the record."
POLITE_REQUEST = lazy_pattern(
    r"(?i)\b(?:(?:would|could|will|can) you please|if you (?:could|would)(?: please)?)\b"
)
_OPENING_WORDS = 12  # words, at least, of each paragraph of an unnamed asker's opening
_WRAPPED_WORDS = 6  # words, at least, of a wrapped paragraph's lines but its last
_DOUBLE_SPACED = 0.8
# A line number run into a flattened page's text: a space, one or two digits, a space.
# A number of one or two digits at a line's start or after a space or tab ("not after anything
# else": one look back, not a choice of two), then a space or tab.
_INLINE_NUMBER = lazy_pattern(r"(?<![^ \t\n])(\d{1,2})(?=[ \t])")
# A page flattened onto one line is long. Tried at line starts only: a line too short to match
# where it starts has no match further on, and trying each character ran to its line's end.
_LONG_LINE = lazy_pattern(r"^[^\n]{300,}", re.MULTILINE)
_INLINE_RUN = 4  # numbers counting up by one, at least, to be a page's line numbers
_INLINE_NUMBERS = 8  # ... and so many on the line in all
_PAGE_LINES = 15  # a page numbers this many lines at least before it starts again at 1  # blocks per line, at least, of a numbered text with a blank line below each
_WRAP_WIDTH = 140  # characters: lines longer than this (90th percentile) are not hard-wrapped
_SHORT_LINE = 0.75  # of the wrap width: a sentence ending on a line this short ends a paragraph
_CLUTTER_CHARS = 400  # page clutter is never longer
_SHORT = 8  # words: an end mark ("END 2:47 P.M. EST")
_FOOTER = 40  # words: a copyright footer
_LINK_LIST = 14  # words: "See also: ..." with its links
_PAGE_LINE_CHARS = 80  # a running header or footer is one short line
_RECURRING = 3  # ... that recurs on at least this many pages
_PAGE_EDGE = 4  # lines: ... within this reach of a page break
_CLUTTER_STARTS = frozenset("*•·_=~#-–—.[(<ECc©AaSsRrTtUuHhWwLl")  # rules, END, ©, See also, URL...
_FURNITURE_CHARS = 40  # "Share this article", "Skip to main content"
_TIMESTAMP_ENDS = frozenset("0123456789)]:")
_LABEL_REACH = 130  # characters: a label's colon stands within this reach of the line start
_DOMINANT = 3  # a label used this many times as often as another is the one a letter stands for
_MAX_NAME_WORDS = 9
_MAX_NAME_CHARS = 80
_NAME_LINE_CHARS = 70  # a name alone on its line, with a role after a dash, is never longer
_MAX_ROLE_WORDS = 4
# An office's title before its holder's name in brackets may be this much longer than a name.
_OFFICE_EXTRA_WORDS = 4
_OFFICE_EXTRA_CHARS = 40
# A holder's name in brackets after an office: two to four capitalised words ("Mr Ann Lee").
_OFFICE_HOLDER = lazy_pattern(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}")
# A label glued to the end of a sentence, ending its line: "... to him?Minister:" (see glued_labels).
_GLUED_LABEL = lazy_pattern(
    r"[.?!…][\"”’)\]]?(?P<label>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,3})[ \t]*:[ \t]*$",
    flags=re.MULTILINE,
)
_GLUED_USES = 3  # glued labels in all, to be read as turns
_RUN_IN_USES = 3  # lines a capitals label opens, to be read where it runs on inside a line
_SLIP_USES = 2  # a label used this often at most may be a slip of a keyword used ...
_RECURRING_USES = 3  # ... this often at least
_SLIP_LETTERS = 5  # letters: a shorter keyword ("Host") is too near other words
# A label in capitals run on inside a paragraph: words of capitals (an initial, a title's
# abbreviation and an apostrophe allowed), a colon, a space, then the words.
# The question's keyword "Q" is such a label too.
_RUN_TOGETHER = lazy_pattern(
    r"(?P<label>[A-Z][A-Z'’.-]*[A-Z](?:[ \t\u00a0]+[A-Z][A-Z'’.-]*){0,7}|Q):[ \t\u00a0]+(?=\S)"
)
# A first name in mixed case and a colon, run together with the turn before ("Ann: ").
_NAMED_TOGETHER = lazy_pattern(r"(?P<label>[A-Z][a-z]+):[ \t\u00a0]+(?=[A-Z])")
_RUN_TOGETHER_USES = 2  # uses, at least, of each of two labels run together
RUN_TOGETHER = "run together inside a paragraph"  # the description of such a label
LEAD_NAME = "a surname that opens the line"  # the description of a label from lead_names
# The description of the opening's words when no label marks them.
UNVOICED_OPENING = "the words before the first question"
# Questions answered, at least, to read plain paragraphs that ask as questions.
_WRITTEN_ANSWERED = 2
# A header's word that says the text is an interview ("interview", "interviewed", "interviews").
_INTERVIEW_WORD = lazy_pattern(r"(?i)\binterview")
_MARGIN_LABELS = 5  # labels alone at the margin above indented words, at least, to read that layout


class Marker:
    """Where a turn starts: its marker span, the label as written, and the kind of marker."""

    __slots__ = (
        "close", "description", "kind", "label", "line", "name_line", "span", "text_start",
        "time", "weak",
    )  # fmt: skip

    def __init__(
        self,
        kind: Literal["dash", "label", "keyword"],
        span: Span,
        label: str | None,
        line: int,
        description: str | None = None,
        *,
        weak: bool = False,
    ) -> None:
        self.kind = kind
        self.span = span
        self.label = label
        self.line = line
        self.text_start = span.end
        self.description = description
        # A form that prose takes too ("NATO. The alliance ..."): a speaker only if it recurs.
        self.weak = weak
        # The characters that close the marker's emphasis at its paragraph's end ("**Q: ...?**").
        self.close = 0
        self.time: str | None = None  # the timestamp the marker holds ("Name (00:12):")
        self.name_line = False  # a name alone on its line, the words below (see name_lines)


class Lines:
    """The non-blank lines of a text, as offsets; blank lines are only counted, never stored."""

    def __init__(self, text: str, joins: Collection[int] = (), quoted: bool = False) -> None:
        kind = "i" if len(text) < _INT32 else "q"  # offsets in 4 bytes where they fit
        self.start = array(kind)  # where the line starts
        self.content = array(kind)  # its first character that is not white space
        self.end = array(kind)  # one past its last character that is not white space
        self.block = array(kind)  # the number of the block it belongs to
        # The arrays' appends, looked up once rather than four times a line.
        add_start, add_content = self.start.append, self.content.append
        add_end, add_block = self.end.append, self.block.append
        # Separators that end a paragraph as a blank line does (see joined): each ends its line,
        # as a line break would, and what follows opens a block.
        breaks = {offset + 1 for offset in joins}
        # The separators become line breaks: the text cut at them, joined again by "\n".
        cuts = sorted(set(joins))
        rows = "\n".join(
            text[start + 1 : end]
            for start, end in zip([-1, *cuts], [*cuts, len(text)], strict=True)
        )
        block = -1
        row_end = -2  # where the last non-blank line's row ends (its line break)
        # One pass of a pattern over the non-blank lines (no list of every line): memory stays a
        # few bytes per line. A line opens a block where a blank line (or a separator) stands
        # between it and the last one, that is where it does not start right after its row.
        for line in (_NON_BLANK_QUOTED_LINE if quoted else _NON_BLANK_LINE).finditer(rows):
            offset = line.start()
            if offset != row_end + 1 or offset in breaks:
                block += 1
            row_end = line.end()
            add_start(offset)
            add_content(line.start(1))
            add_end(line.end(1))
            add_block(block)

    def __len__(self) -> int:
        return len(self.start)


def quoted(text: str) -> bool:
    """Whether the whole text is set as one Markdown quotation, every paragraph behind ``>``.

    Some sites print a transcript as a quotation: each line of each turn opens
    with ``> `` (``> *Ann Lee:* Welcome.``) and a line holding only ``>`` parts
    the paragraphs of a turn. Where nine lines in ten at least (ten lines or
    more) open so, and none with the two chevrons of live captions (``>>``,
    a change of speaker), the mark is the page's setting, not the words: the
    lines are read after it, and a line holding only the mark is blank.
    """
    if ">" not in text:
        return False
    first = _OPENS_QUOTED.match(text)
    if (first is not None and first.group(1) == ">>") or _CAPTION_CHEVRONS.search(text):
        return False
    marked = (first is not None) + sum(1 for _ in _QUOTE_MARK.finditer(text))
    if marked < _QUOTED_LINES:
        return False
    return marked * 10 >= sum(1 for _ in _NON_BLANK_LINE.finditer(text)) * 9


def joined(text: str) -> list[int]:
    """Where a text saved as one line joins its paragraphs with a comma, if it does.

    Some datasets store a transcript as one line, its paragraphs glued by a
    comma with no space after it (``...about that.,Q. Mr. President, ...``,
    ``TAIWAN,Q.``). A comma followed directly by a capital, a bracket or a
    quote (a paragraph's start), many times over in a text of (nearly) one
    line, ends a paragraph. In prose a comma is followed by a space, or
    stands between digits.
    """
    if text.count("\n") > _JOINED_NEWLINES or "," not in text:
        return []
    found = [match.start() for match in _JOIN.finditer(text) if not text[match.end()].islower()]
    return found if len(found) >= _JOINED_PARAGRAPHS else []


def inline_line_numbers(text: str) -> list[int]:
    """Where a page run together on one line prints its line numbers, if it does.

    A transcript page's text, flattened onto one line, keeps the page's line
    numbers inline ("1 Q. Where were you? 2 A. At the pier. 3 Q. ..."): a
    run of numbers that count up by one from 1 (and start again at 1 on the
    next page), a few words apart, many times over on a long line. A person
    reads each as the start of a numbered line. Returns the offsets of the
    space before each such number (the line breaks the page lost).
    """
    cuts: list[int] = []
    for line in _LONG_LINE.finditer(text):
        if not _counts_from_one(text, line.start(), line.end()):
            continue  # every run of line numbers starts at 1: a line with no 1 has none
        chains: list[list[int]] = []
        chain: list[int] = []
        last = 0
        for token in _INLINE_NUMBER.finditer(text, line.start(), line.end()):
            value = int(token.group(1))
            if chain and value == last + 1:
                chain.append(token.start())
            elif value == 1 and (not chain or last >= _PAGE_LINES or len(chain) < _INLINE_RUN):
                if len(chain) >= _INLINE_RUN:
                    chains.append(chain)
                chain = [token.start()]
            else:
                continue
            last = value
        if len(chain) >= _INLINE_RUN:
            chains.append(chain)
        if sum(len(found) for found in chains) >= _INLINE_NUMBERS:
            # The space before each number becomes its line break (the line's first needs none).
            cuts += [offset - 1 for found in chains for offset in found if offset > line.start()]
    return cuts


def _counts_from_one(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a ``1`` (or ``01``) as a number of its own, as a run starts.

    The same test as :data:`_INLINE_NUMBER` finding a number of value one, by
    looking for the digit and the space or tab after it (a string search, not
    a pattern tried at every character of a long line).
    """
    for after in " \t":
        at = text.find("1" + after, start, end)
        while at >= 0:
            lead = at - 1 if at > start and text[at - 1] == "0" else at
            if lead == 0 or text[lead - 1] in " \t\n":
                return True
            at = text.find("1" + after, at + 1, end)
    return False


class Layout:
    """What the scanner found: set-aside lines, candidate markers, and the text's shape."""

    def __init__(self, text: str, lines: Lines) -> None:
        self.text = text
        self.lines = lines
        self.set_aside: dict[int, str] = {}  # line index -> segment kind
        self.front_matter: Span | None = None
        self.front_matter_fields: dict[str, tuple[str, Span | None]] = {}
        self.line_numbers = False
        self.unblanked = False
        # The width a text without blank lines is wrapped at (90th percentile); 0 when its lines
        # are too long to be wrapped (each line is a paragraph).
        self.width = 0
        self.paged = False  # extracted from pages (form feeds or line numbers): see page_lines
        self.page_lines: set[int] = set()  # running headers and footers, page numbers
        self.clock = Clock()  # caption cues and timestamps alone on their lines
        self.captions = False  # a caption file: a paragraph runs over cues to a sentence's end
        self.name_lines = False  # speakers named alone on their lines: such a line is no words


def scan(text: str, lines: Lines, *, inline_numbers: bool = False) -> Layout:
    """Find what is set aside before turns are looked for: front matter, cue timings.

    ``inline_numbers``: the lines were cut at line numbers run into a flattened
    page (see :func:`inline_line_numbers`): the text has line numbers, however
    few its lines.
    """
    layout = Layout(text, lines)
    _front_matter(layout)
    _captions(layout)
    _stamp_lines(layout)
    count = len(lines)
    blocks = lines.block[-1] + 1 if count else 0
    # A text with (almost) no blank lines between its many lines: turns are found at line
    # starts and paragraphs by the shape of the lines (see paragraphs_of).
    # A paste with no blank line at all is read the same way, however short.
    layout.unblanked = (blocks == 1 and count > 1) or (
        count >= _UNBLANKED_LINES and blocks * _LINES_PER_BLOCK < count
    )
    numbered = sum(1 for i in range(count) if _LINE_NUMBER.match(text, lines.content[i]))
    layout.line_numbers = (
        count >= _NUMBERED_LINES or inline_numbers
    ) and numbered >= count * _NUMBERED_SHARE
    if layout.line_numbers and blocks >= count * _DOUBLE_SPACED:
        _close_up(text, lines)
        layout.unblanked = True
    if layout.unblanked:
        lengths = sorted(lines.end[i] - lines.content[i] for i in range(count))
        width = lengths[len(lengths) * 9 // 10]
        # Nobody wraps lines this long by hand: each line is a paragraph, as a web page's
        # paragraphs are when copied without the blank lines between them.
        layout.width = width if width <= _WRAP_WIDTH else 0
    layout.paged = layout.line_numbers or "\f" in text
    if layout.paged:
        _page_lines(layout)
    return layout


def _close_up(text: str, lines: Lines) -> None:
    """Read a double-spaced page of numbered lines as its lines, the single blank lines left out.

    A transcript whose every line carries its number (1 to 25 on each page)
    and stands a blank line below the last, as a page's text view prints it,
    is double-spaced: that blank line between two numbered lines is the
    spacing, not a paragraph's end, and a sentence runs on over the numbered
    lines. A wider gap (two blank lines or more: a page's blank part, a page
    break) and a blank line next to an unnumbered line (the page's furniture,
    a site's title) still part blocks; the paragraphs are then found by the
    lines' shape, as in a text without blank lines.
    """
    block = 0
    original = lines.block[:]
    before = _LINE_NUMBER.match(text, lines.content[0]) is not None if len(lines) else False
    for i in range(1, len(lines)):
        numbered = _LINE_NUMBER.match(text, lines.content[i]) is not None
        # One blank line at most between two numbered lines: the spacing.
        spaced = text.count("\n", lines.end[i - 1], lines.start[i]) <= 2  # noqa: PLR2004
        if original[i - 1] != original[i] and not (before and numbered and spaced):
            block += 1
        before = numbered
        lines.block[i] = block
    if len(lines):
        lines.block[0] = 0


def _page_lines(layout: Layout) -> None:
    """Find the running headers and footers of text extracted from pages.

    They are lines holding only a page number, and short lines that recur
    (digits aside, as in "Page 3 of 40") next to page breaks (a form feed, a
    page number, or line numbers that start again at 1) on a third of the
    pages at least. A short line that recurs here and there ("Right.") is
    words of the text.
    """
    text, lines = layout.text, layout.lines
    shapes: dict[str, list[int]] = {}
    breaks: list[int] = []  # the lines a page starts or ends at
    previous_number = 0
    for i in range(len(lines)):
        start, end = lines.content[i], lines.end[i]
        if text.find("\f", lines.end[i - 1] if i else 0, end) >= 0:
            breaks.append(i)  # a form feed before the line or in it
        if layout.line_numbers and (number := _LINE_NUMBER.match(text, start, end)):
            start = number.end()
            value = int(text[number.start() : number.end()].strip())
            if value < previous_number:
                breaks.append(i)
            previous_number = value
        if end - start > _PAGE_LINE_CHARS or start >= end:
            continue
        piece = text[start:end]
        if _PAGE_NUMBER.fullmatch(piece):
            layout.page_lines.add(i)
            breaks.append(i)
            continue
        shapes.setdefault(_DIGITS.sub("#", piece), []).append(i)
    breaks += [0, len(lines) - 1]  # the first page starts and the last ends with the text
    breaks.sort()
    # A running header stands on most pages: on a third of them at least.
    pages = max(text.count("\f"), len(breaks) // 2) + 1
    for found in shapes.values():
        near = [i for i in found if _near_break(breaks, i)]
        if len(near) >= max(_RECURRING, pages // 3):
            layout.page_lines.update(near)


def _near_break(breaks: list[int], line: int) -> bool:
    """Whether a line stands within a few lines of a page break."""
    position = bisect.bisect_left(breaks, line - _PAGE_EDGE)
    return position < len(breaks) and breaks[position] <= line + _PAGE_EDGE


def clutter_in(layout: Layout, start: int, end: int) -> tuple[Span, ...]:
    """The clutter inside a paragraph ``[start, end)``: line numbers, page headers and footers, cue timings."""
    text, lines = layout.text, layout.lines
    first = bisect.bisect_left(lines.content, start)
    if first and lines.end[first - 1] > start:
        first -= 1  # the paragraph starts inside a line (after a marker)
    spans: list[Span] = []
    i = first
    while i < len(lines) and lines.content[i] < end:
        line_start = lines.content[i]
        if i in layout.page_lines or (layout.captions and layout.set_aside.get(i) == "timing"):
            spans.append(Span(max(line_start, start), lines.end[i]))
        elif layout.captions:
            spans += cue_tags(text, max(line_start, start), min(lines.end[i], end))
        elif (
            layout.line_numbers
            and (number := _LINE_NUMBER.match(text, line_start, lines.end[i]))
            and number.start() >= start
        ):
            spans.append(Span(number.start(), number.end()))
        i += 1
    return tuple(spans)


def cue_tags(text: str, start: int, end: int) -> list[Span]:
    """The markup tags in a caption cue's words ``[start, end)``: clutter, not words.

    A WebVTT cue may close its voice (``</v>``) and set words in italics or a
    class (``<i>``, ``<c.loud>``), and SRT cues use ``<i>`` and ``<font>``
    too; none of it is said.
    """
    if text.find("<", start, end) < 0:
        return []
    return [Span(tag.start(), tag.end()) for tag in _CUE_TAG.finditer(text, start, end)]


def before_cue_tags(text: str, start: int, end: int) -> int:
    """Where a cue's words ``[start, end)`` end, the markup tags that close them left out."""
    while end > start and text[end - 1] == ">":
        opening = text.rfind("<", start, end)
        if opening < 0 or not _CUE_TAG.fullmatch(text, opening, end):
            break
        end = opening
        while end > start and text[end - 1] in " \t":
            end -= 1
    return end


def _front_matter(layout: Layout) -> None:
    """Set aside the front matter at the top: YAML between ``---`` lines, or TOML between ``+++``."""
    text, lines = layout.text, layout.lines
    opening = text[lines.content[0] : lines.end[0]] if len(lines) else ""
    if opening not in {"---", "+++"}:
        return
    if lines.content[0] > 1 or (lines.start[0] != 0 and text[0] != "\ufeff"):
        return
    closings = {"---", "..."} if opening == "---" else {"+++"}
    for i in range(1, min(len(lines), 400)):
        if text[lines.content[i] : lines.end[i]] in closings and lines.content[i] == lines.start[i]:
            layout.front_matter = Span(lines.content[0], lines.end[i])
            layout.set_aside.update(dict.fromkeys(range(i + 1), "front-matter"))
            read = fields if opening == "---" else toml_fields
            layout.front_matter_fields = read(text, lines.end[0] + 1, lines.start[i])
            return


def _captions(layout: Layout) -> None:
    text, lines = layout.text, layout.lines
    if "-->" not in text:  # every cue timing holds an arrow: without one, no line is a timing
        return
    # A WebVTT timing line may go on with the cue's settings ("align:start position:0%"):
    # the times are the timing's own, the settings no part of them.
    timings = [
        (i, found.group())
        for i in range(len(lines))
        if (found := _CUE_TIMING.match(text, lines.content[i], lines.end[i]))
    ]
    if len(timings) < 2:  # noqa: PLR2004 - one timing line is prose quoting one
        return
    layout.captions = True
    for i, timing in timings:
        layout.set_aside[i] = "timing"
        layout.clock.add_cue(lines.content[i], timing)
        previous = i - 1
        if (
            previous >= 0
            and lines.block[previous] == lines.block[i]
            and (
                _CUE_NUMBER.match(text, lines.content[previous], lines.end[previous])
                or _cue_identifier(lines, previous)
            )
        ):
            layout.set_aside[previous] = "timing"
    _caption_header(layout, timings[0][0])


def _cue_identifier(lines: Lines, i: int) -> bool:
    """Whether line ``i``, right above a cue's timing line, opens the cue: its identifier.

    A WebVTT cue may name itself on the line above its timing, whatever that
    line holds (a number, a word, a transcriber's note such as "// unclear"):
    it opens the cue's block, and is no words of it. (A line that follows
    other lines of its block is the last cue's text, where cues are not set
    apart by blank lines.)
    """
    return i == 0 or lines.block[i - 1] != lines.block[i]


def _caption_header(layout: Layout, first: int) -> None:
    """Set aside a WebVTT file's header blocks; a ``NOTE`` of ``key: value`` lines is its metadata."""
    text, lines = layout.text, layout.lines
    for i in range(first):
        if i not in layout.set_aside and _VTT_HEADER.match(text, lines.content[i]):
            block = [j for j in range(i, first) if lines.block[j] == lines.block[i]]
            for j in block:
                layout.set_aside[j] = "timing"
            if text.startswith("NOTE", lines.content[i]):  # "title: ..." lines
                found = fields(text, lines.content[i], lines.end[block[-1]])
                for key, value in found.items():
                    layout.front_matter_fields.setdefault(key, value)


def _stamp_lines(layout: Layout) -> None:
    """Set aside the lines that hold only a timestamp, where two at least do: they date what follows.

    A timestamp is written with colons (``00:12:34``) or in units (``2m 10s``, ``1h 56m 50s``).
    """
    text, lines = layout.text, layout.lines
    colons = ":" in text
    found = [
        i
        for i in range(len(lines))
        if i not in layout.set_aside
        and (
            (
                colons
                and text[lines.end[i] - 1] in _TIMESTAMP_ENDS
                and STAMP_LINE.fullmatch(text, lines.content[i], lines.end[i])
            )
            or (
                text[lines.end[i] - 1] == "s"
                and UNIT_STAMP_LINE.fullmatch(text, lines.content[i], lines.end[i])
            )
        )
    ]
    if len(found) < 2:  # noqa: PLR2004 - one such line may be a time of day
        return
    for i in found:
        layout.set_aside[i] = "timestamp"
        layout.clock.add_stamp(lines.content[i], text[lines.content[i] : lines.end[i]])


def find_markers(layout: Layout, style: Style, *, hyphens: bool) -> list[Marker]:  # noqa: C901 - the reading's rules, one branch each, in the order they apply
    """Every line-start marker candidate, in order (labels not yet judged).

    A paragraph opens a block; so does the line right after the front matter's closing
    ``---``, with or without a blank line between them: what follows the front matter
    starts the text ("---" / "Q - Is it safe?"), as a paragraph does. So too a caption
    cue's first line of words, right below its timing: a meeting tool names the speaker
    there as a paragraph would, and a user name in lower case ("keelson: Right, all aboard.")
    names a speaker as a capitalised name does.
    """
    text, lines = layout.text, layout.lines
    markers: list[Marker] = []
    set_aside = layout.set_aside
    words_below = -1  # the line of a timed label's words: "Speaker 0: 00:10:44", then its words
    # Looked up once, not once a line.
    contents, ends, blocks, numbered = lines.content, lines.end, lines.block, layout.line_numbers
    after_front, captions = _after_front_matter(layout), layout.captions
    for i in range(len(lines)):
        if i in set_aside or i == words_below:
            continue
        start, end = contents[i], ends[i]
        if numbered and (number := _LINE_NUMBER.match(text, start, end)):
            start = number.end()
            if start >= end:
                continue
        block_start = (
            i == 0
            or blocks[i - 1] != blocks[i]
            or i == after_front
            or (captions and set_aside.get(i - 1) == "timing")
        )
        # Only a line that opens with a hyphen or a dash may open a dash turn (see _dash).
        if style != "labelled" and text[start] in "-–—":
            dash = _dash(layout, start, end, hyphens=hyphens, block_start=block_start)
            if dash:
                marker = Marker("dash", Span(dash.start(), dash.end()), None, i)
                if dash.end() >= end:
                    _text_below(lines, marker, i)
                markers.append(marker)
                continue
        if style == "dash":
            continue
        labelled = _label_marker(text, lines, i, start, end, block_start=block_start)
        if labelled is None and captions and set_aside.get(i - 1) == "timing":
            labelled = _cue_name_marker(text, i, start, end)
        if labelled is not None:
            if labelled.time is not None and labelled.text_start > end:
                words_below = i + 1  # its words, whatever they open with ("Ann Lee, Ph.D.: ...")
            markers.append(labelled)
    if not markers and style != "labelled":
        markers = _chevron_dashes(layout)
    markers = _paired_keywords(_chevrons_only(text, unnamed_chevron_turns(layout, markers)))
    return _long_labels(layout, _indented_words(layout, _without_first_item(layout, markers)))


def _paired_keywords(markers: list[Marker]) -> list[Marker]:
    """``markers`` with each bare letter kept only beside its partner, read as ``Q`` or ``A``.

    A bare 'A' (or 'A.') opens many sentences; it marks answers only beside 'Q'
    markers (or beside another language's letter for a question, 'F' for Frage).
    So another language's letters for question and answer ('P'/'R' for
    pregunta/respuesta, 'В'/'О' for вопрос/ответ) mark turns only as a pair
    that takes turns as questions and answers do: the question's letter
    first, and the two letters mostly alternating. One letter alone, or
    letters in no such order, open sentences or stand for initials (or are a
    scan's debris). A kept letter reads as the question or answer keyword it
    stands for.
    """
    bare = [m.label for m in markers if m.kind == "keyword" and m.description == "bare" and m.label]
    letters = set(bare)
    asked = any(m.kind == "keyword" and label_key(m.label or "") == "q" for m in markers)
    if not letters - {"Q"} or (asked and letters <= {"Q", "A"}):
        return markers
    standing: dict[str, str] = {"Q": "Q", "A": "A"} if asked else {}
    for question, answer in QA_PAIRS:
        if question in letters and answer in letters:
            order = [letter for letter in bare if letter in {question, answer}]
            turns = sum(1 for one, other in itertools.pairwise(order) if one != other)
            if order[0] != question or turns * 2 < len(order) - 1:
                continue
            standing.setdefault(question, "Q")
            standing.setdefault(answer, "A")
    kept = []
    for m in markers:
        if m.kind == "keyword" and m.description == "bare" and m.label in letters:
            if m.label not in standing:
                continue
            m.label = standing[m.label]
        kept.append(m)
    return kept


def _after_front_matter(layout: Layout) -> int:
    """The line right after the front matter's closing ``---`` (-1 without front matter)."""
    if layout.front_matter is None:
        return -1
    return bisect.bisect_right(layout.lines.end, layout.front_matter.end)


def _indented_words(layout: Layout, markers: list[Marker]) -> list[Marker]:
    """``markers`` without those in the words, where labels stand at the margin above indented words.

    A deposition or an interview record may print each label alone on its line
    at the left margin and the words below it indented. There a line indented
    as the words are, which opens with a name and a colon, is part of the words
    (a question that addresses the witness: "  Mr. Roe: at the briefing you
    said ..."), not a turn. The layout holds where most labels (and at least
    :data:`_MARGIN_LABELS`) stand so.
    """
    lines = layout.lines
    count = len(lines)
    above = sum(
        1
        for m in markers
        if m.kind == "label"
        and not _indented(lines, m.line)
        and m.text_start >= lines.end[m.line]
        and m.line + 1 < count
        and _indented(lines, m.line + 1)
    )
    if above < _MARGIN_LABELS or above * 2 <= len(markers):
        return markers
    return [
        m for m in markers if not (_indented(lines, m.line) and m.text_start < lines.end[m.line])
    ]


def _indented(lines: Lines, i: int) -> bool:
    return lines.content[i] > lines.start[i]


def _dash(
    layout: Layout, start: int, end: int, *, hyphens: bool, block_start: bool
) -> re.Match[str] | None:
    """The dash that opens a turn at a line's start ``[start, end)``, if one does.

    A dash opens a block (or a line, in a text without blank lines). In
    captions it may open any line of a cue, as subtitles set two speakers in
    one cue ("- Why did it stop?" / "- The river froze."), an en dash or a
    hyphen alike.
    """
    text = layout.text
    dash = (_HYPHEN if hyphens else DASH).match(text, start, end)
    if dash is None and hyphens and layout.captions:
        dash = DASH.match(text, start, end)
    return dash if dash and (block_start or layout.unblanked or layout.captions) else None


def _chevrons_only(text: str, markers: list[Marker]) -> list[Marker]:
    """``markers`` without the labels that no chevrons open, where live captions mark speakers with them.

    Live captions (CART) open every change of speaker with two chevrons
    (``>> ANN LEE: Welcome back.``). Where two labels or more are so opened and
    only one or two are not (fewer than half as many), a wrapped line that
    happens to open with a name and a full stop or a colon (``BO CHEN. BO, WHY
    DID ...``) is words of the turn, not a label. (A text that also writes
    labels without chevrons, three of them at least, keeps them all.)
    """
    chevroned = [m for m in markers if m.kind != "dash" and text.startswith(">", m.span.start)]
    if len(chevroned) < 2:  # noqa: PLR2004 - one line quoting a caption is no captioner's habit
        return markers
    bare = [m for m in markers if m.kind != "dash" and not text.startswith(">", m.span.start)]
    if len(bare) >= _BARE_LABELS or len(bare) * 2 >= len(chevroned):
        return markers
    return [m for m in markers if m.kind == "dash" or text.startswith(">", m.span.start)]


def _without_first_item(layout: Layout, markers: list[Marker]) -> list[Marker]:
    """``markers`` without ``I:`` where ``II:`` opens a line: the first item of a numbered list."""
    text, lines = layout.text, layout.lines
    if any(m.label == "I" for m in markers) and any(
        text.startswith("II:", lines.content[i]) for i in range(len(lines))
    ):
        # "I:" above "II:" numbers the first item of a list (a panel of witnesses), no initial.
        return [m for m in markers if m.label != "I"]
    return markers


def _alternate(markers: list[Marker], found: list[tuple[int, int]]) -> bool:
    """Whether paragraphs at ``found`` lines take turns with the labelled ones, as two voices do.

    Three in four of them at least stand right after a labelled turn: a quotation
    of several paragraphs in one speaker's talk does not alternate. The one that
    opens the dialogue, above every labelled turn, has no turn before it to follow:
    it takes its turn first, as a host's opening does, and counts as alternating.
    """
    labelled = {m.line for m in markers}
    lines = sorted([*labelled, *(i for i, _ in found)])
    after_label = sum(
        1
        for before, line in itertools.pairwise(lines)
        if line not in labelled and before in labelled
    )
    opening = bool(lines) and lines[0] not in labelled
    return (after_label + opening) * 4 >= len(found) * 3


def _chevron_dashes(layout: Layout) -> list[Marker]:
    r"""The turns two chevrons open, where no paragraph opens with a label or a dash.

    Live captions, and the transcripts made from them, mark each change of speaker
    with two chevrons at a paragraph's start (``>> Why Rust?`` / ``>> Safety.``)
    and often name no one at all. The chevrons then do what a dash does in written
    dialogue: each paragraph they open (two at least) is a new speaker's turn, read
    as a dash turn. A single ``>`` is a quotation, not a change of speaker.

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.parse(">> Why Rust?\n\n>> Safety.\n\n>> And speed?\n\n>> That too.", id="x")
        >>> [(type(t).__name__, t.text) for t in iv.turns()][:2]
        [('Question', 'Why Rust?'), ('Answer', 'Safety.')]
    """
    if ">>" not in layout.text:
        return []
    found = [
        Marker("dash", Span(layout.lines.content[i], after), None, i)
        for i, after in _chevron_lines(layout, _CHEVRONS)
    ]
    return found if len(found) >= 2 else []  # noqa: PLR2004 - one quoted line is no dialogue


def _chevron_lines(
    layout: Layout, chevrons: re.Pattern[str], taken: Collection[int] = ()
) -> list[tuple[int, int]]:
    """The lines that ``chevrons`` open with words after them, each with where its words start.

    A chevron opens a speaker's turn at a paragraph's start only: a line set
    aside, or ``taken`` (a label's), is none, nor is a line inside a paragraph
    (its words, not a new voice) unless the text sets no blank line between
    paragraphs.
    """
    text, lines = layout.text, layout.lines
    found: list[tuple[int, int]] = []
    for i in range(len(lines)):
        start, end = lines.content[i], lines.end[i]
        if start >= end or text[start] != ">" or i in taken or i in layout.set_aside:
            continue
        if i and lines.block[i - 1] == lines.block[i] and not layout.unblanked:
            continue  # inside a paragraph: its words, not a new voice
        opened = chevrons.match(text, start, end)
        if opened and opened.end() < end:
            found.append((i, opened.end()))
    return found


def unnamed_chevron_turns(layout: Layout, markers: list[Marker]) -> list[Marker]:
    r"""``markers`` and the turns live captions open with chevrons but no name.

    Live captions (CART) mark a change of speaker with chevrons at a line's start
    (``>>``, or a single ``>``) and often name only one voice, the speaker on
    stage or the host: the other voice's words open with the chevrons alone. In a
    text with one labelled speaker whose turns alternate with such paragraphs
    (two at least; see :func:`_alternate`), each of them is a turn of that unnamed side: a question where
    they ask more often than the labelled speaker does, an answer otherwise. A
    single ``>`` is a quotation in a written text: it counts only where no line
    opens with ``>>``.

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.parse(
        ...     "ROE: My talk ends here.\n\n>> Why Rust?\n\nROE: Safety.\n\n"
        ...     ">> And speed?\n\nROE: That too.", id="x")
        >>> [(type(t).__name__, t.speaker.name, t.text) for t in iv.turns()][1:3]
        [('Question', 'Interviewer', 'Why Rust?'), ('Answer', 'ROE', 'Safety.')]
    """
    text, lines = layout.text, layout.lines
    named = {speaker_key(m.label or "") for m in markers if m.kind == "label"}
    if len(named) != 1 or any(m.kind != "label" for m in markers):
        return markers
    double = any(text.startswith(">>", lines.content[i]) for i in range(len(lines)))
    found = _chevron_lines(layout, _CHEVRONS if double else _CHEVRON, {m.line for m in markers})
    if len(found) < _UNLABELLED_ASKING or not _alternate(markers, found):
        return markers

    def asks(i: int) -> bool:
        return "?" in text[lines.content[i] : lines.end[i]]

    asking = sum(asks(i) for i, _ in found) / len(found)
    label_asking = sum(asks(m.line) for m in markers) / len(markers)
    keyword = "Q" if asking > label_asking else "A"
    unnamed = [
        Marker("keyword", Span(lines.content[i], after), keyword, i, "an unnamed voice")
        for i, after in found
    ]
    return sorted([*markers, *unnamed], key=lambda m: m.line)


def _long_labels(layout: Layout, markers: list[Marker]) -> list[Marker]:
    """``markers`` and the long first labels of speakers whose short labels recur.

    A speaker is often introduced once with a title of any form ("Harbour
    Broadcasting Service (HBS) news presenter Bo Chen:") and named
    briefly afterwards ("Bo Chen:"): a paragraph that opens with words
    ending in a label used twice or more, then a colon, is that speaker's turn.
    A parliamentary record puts the recurring label in brackets after the
    office ("Minister for Ports, Ferries and Harbours (Deputy
    Jane Roe):"), often alone on its line with the words below; in a
    text without blank lines such a label opens a paragraph where the line
    before it ends a sentence.
    """
    lines = layout.lines
    counts = Counter(m.label for m in markers if m.kind == "label" and m.label)
    recurring = sorted((label for label, n in counts.items() if n > 1), key=len, reverse=True)
    if not recurring:
        return markers
    taken = {m.line for m in markers}
    # The text writes a speaker's first label as a name and a role ("Ann Lee, Host:").
    named_roles = any(
        m.kind == "label" and "," in layout.text[m.span.start : m.span.end] for m in markers
    )
    found = [
        marker
        for i in range(len(lines))
        if i not in taken
        and i not in layout.set_aside
        and (
            (marker := _long_label(layout, i, recurring)) is not None
            or (named_roles and (marker := _label_without_colon(layout, i, recurring)) is not None)
        )
    ]
    return sorted([*markers, *found], key=lambda m: m.line) if found else markers


def _label_without_colon(layout: Layout, i: int, recurring: list[str]) -> Marker | None:
    """A speaker's first label, written as a name and a role, whose colon the text left out.

    Where a text writes first labels as a name and a role ("Ann Lee, Host:")
    and names the speaker later by a label that recurs ("Harbour Master:"),
    a paragraph that opens with a name, a comma and that recurring label,
    then the words with a capital and no colon ("Bo Chen, Harbour Master
    Good morning."), is that speaker's turn: a slip of the typist, not a
    sentence (a sentence would go on in lower case: "Bo Chen, Harbour
    Master since May, said ...").
    """
    text, lines = layout.text, layout.lines
    if i and lines.block[i - 1] == lines.block[i]:
        return None  # a paragraph's first line only
    start, end = lines.content[i], lines.end[i]
    found = _NAME_AND_ROLE.match(text, start, min(end, start + _LONG_LABEL_REACH))
    if found is None or found.group("role") not in recurring:
        return None
    after = found.end()
    marker = Marker("label", Span(start, after), text[start : found.end("role")], i)
    marker.text_start = after
    return marker


def _long_label(layout: Layout, i: int, recurring: list[str]) -> Marker | None:
    """The long first label that opens line ``i``, ending in (or naming in brackets) a recurring label."""
    text, lines = layout.text, layout.lines
    start, end = lines.content[i], lines.end[i]
    opens = not i or lines.block[i - 1] != lines.block[i]
    if not opens and not (
        layout.unblanked and SENTENCE_END.search(text, lines.content[i - 1], lines.end[i - 1])
    ):
        return None
    colon = text.find(":", start, min(end, start + _LONG_LABEL_REACH))
    alone = colon + 1 == end and i + 1 < len(lines)
    if colon < 0 or not (alone or (colon + 1 < end and text[colon + 1].isspace())):
        return None
    prefix = text[start:colon].rstrip()
    group = _TRAILING_GROUP.search(prefix)
    named = group.group(1).strip() if group else ""
    if named in recurring:  # an office, its holder in brackets: "Minister for Works (Deputy Roe)"
        assert group is not None  # named is the group's
        words = title = prefix[: group.start()] + " "
    elif opens and not alone:
        words = prefix
        ending = [
            label
            for label in recurring  # the longest first
            if prefix.endswith(label) and prefix[: -len(label)][-1:].isspace()
        ]
        title = prefix[: -len(ending[0])] if ending else ""
    else:
        return None  # mid-block, or with its words below, only the bracketed form is read
    if (
        not title.strip()
        or _SENTENCE_MARKS.search(words)
        or len(prefix.split()) > _LONG_LABEL_WORDS
        or ("," in title and len(title.split()) < _TITLE_WORDS)
    ):
        return None
    marker = Marker("label", Span(start, end), prefix, i)
    if alone:
        _text_below(lines, marker, i)
    else:
        after = end - len(text[colon + 1 : end].lstrip())
        marker.span = Span(start, after)
        marker.text_start = after
    return marker


def addressed(line: str) -> bool:
    """Whether a line opens with a parliament's question label: a name, a bracket, "to the ...", a colon.

    A numbered question in a parliament's record names who asks, their office or
    party in brackets and whom the question is put to, before the colon: "1. ANN
    LEE (Green Party) to the Minister of Works: Is the harbour bridge safe?".
    """
    colon = line.find(":")
    return colon > 0 and _ADDRESSED.search(line[:colon]) is not None


def _label_marker(  # noqa: C901, PLR0911, PLR0912, PLR0915 - the reading's rules, one branch each, in the order they apply
    text: str,
    lines: Lines,
    i: int,
    start: int,
    end: int,
    *,
    block_start: bool,
    keywords: bool = True,
) -> Marker | None:
    if start >= end:  # nothing after what opened the line ("[1.]", ">>" alone)
        return None
    first = text[start]  # what the line opens with, tested by rule after rule
    if first == "[" and (number := _EDITOR_NUMBER.match(text, start, end)):
        # An editor's number before the marker ("[1.] Q. Good morning"): part of the marker.
        inner = _label_marker(text, lines, i, number.end(), end, block_start=block_start)
        if inner is not None:
            inner.span = Span(start, inner.span.end)
        return inner
    if first in "[(" and (cue := _CUE_BEFORE_LABEL.match(text, start, end)):
        # A stage direction before a label ("[intro music] Ann: Welcome"): what is heard before
        # the speaker's words does not hide their label; the cue is part of the marker.
        inner = _label_marker(text, lines, i, cue.end(), end, block_start=block_start)
        if inner is not None and inner.kind == "label":
            inner.span = Span(start, inner.span.end)
            return inner
    if first in "0123456789" and (number := _QUESTION_NUMBER.match(text, start, end)):
        # A parliament's numbered question ("1. ANN LEE (Party) to the Minister of Works: ..."):
        # the number is part of the marker, where the label after it puts the question to someone.
        inner = _label_marker(text, lines, i, number.end(), end, block_start=block_start)
        if inner is not None and inner.kind == "label" and addressed(text[number.end() : end]):
            inner.span = Span(start, inner.span.end)
            return inner
    if first == ">" and (chevrons := _CHEVRONS.match(text, start, end)):
        # Live captions mark a change of speaker with '>>' before the name: part of the marker.
        inner = _label_marker(text, lines, i, chevrons.end(), end, block_start=block_start)
        if inner is not None:
            inner.span = Span(start, inner.span.end)
        return inner
    if first in "\\[(0123456789" and (stamp := _TIME_BEFORE_BOLD.match(text, start, end)):
        # A time before a label in bold ("[00:01:14] **Bo:** words"): the marker's.
        inner = _label_marker(text, lines, i, stamp.end(), end, block_start=block_start)
        if inner is None:
            inner = _bold_name_after_time(text, i, stamp.end(), end)
        if inner is not None:
            inner.span = Span(start, inner.span.end)
            inner.time = inner.time or stamp.group("time")
            return inner
    prefix = _HEADING_PREFIX.match(text, start, end) if first == "#" else None
    if prefix is None and first in "0123456789-*+":
        prefix = _ITEM_PREFIX.match(text, start, end)
    if prefix:  # a question set off as a heading or a list item may carry its speaker's label
        inner = _label_marker(
            text, lines, i, prefix.end(), end, block_start=block_start, keywords=False
        )
        if inner is None:
            return None
        if first == "#" and (
            inner.text_start >= end
            or not SENTENCE_END.search(text[inner.text_start : end].rstrip())
        ):
            # A heading that holds only a label ("### Jane Roe:"), the words below it, names the
            # speaker of those words where such headings recur, as transcript sites print every
            # paragraph under its speaker's heading; used once ("### Resources:"), it titles a
            # section (weak: a one-off is dropped). So does a heading whose words after the
            # colon end no sentence ("### Ferries: Fares"): a section's title and subtitle.
            inner.weak = True
        inner.span = Span(start, inner.span.end)
        return inner
    if first == "<" and (tag := _HTML_BLOCK_OPEN.match(text, start, end)) and tag.end() < end:
        inner = _label_marker(text, lines, i, tag.end(), end, block_start=block_start)
        if inner is not None:
            inner.span = Span(start, inner.span.end)
        return inner
    if first == "Q" and (heading := _WRITTEN_QUESTION.fullmatch(text, start, end)):
        # "Question 7 by Bo Chen (Q-12/26)" over the question's words: the asker's question.
        asker = heading.group("asker").strip()
        written = Marker("label", Span(start, end), "Question", i, asker)
        _text_below(lines, written, i)
        return written
    if keywords and first in _KEYWORD_LETTERS:
        return _keyword_marker(text, lines, i, start, end, block_start=block_start)
    if not first.isalpha() and (debris := _SCAN_DEBRIS.match(text, start, end)):
        # A record-form label behind a scan's debris: weak, a speaker where such labels recur.
        found = _RECORD_LABEL.match(text, debris.end(), end) or _MIXED_RECORD_LABEL.match(
            text, debris.end(), end
        )
        if found:
            return Marker("label", Span(start, found.end()), found.group("name"), i, weak=True)
    record = _RECORD_LABEL.match(text, start, end) if first in "MCSGARJTD" else None
    if record:  # the congressional-record form: "Mr. SMITH. Thank you, Chairman."
        return Marker("label", Span(record.start(), record.end()), record.group("name"), i)
    mixed = _MIXED_RECORD_LABEL.match(text, start, end) if first in "MTDCSGARJ" else None
    if mixed:  # "Mr. Roe. You said earlier ...": weak, as prose may open so
        span = Span(mixed.start(), mixed.end())
        return Marker("label", span, mixed.group("name"), i, weak=True)
    if (
        keywords
        and block_start
        and first in "*_"
        and (marker := _bold_dash_marker(text, i, start, end))
    ):
        return marker
    if first in "*_" and (timed_bold := _bold_name_with_time(text, i, start, end)):
        return timed_bold
    if first.isupper() and (dotted := _dot_dash_marker(text, i, start, end)):
        return dotted
    # Every other marker has a colon (or a '>') within a label's length of the line start.
    reach = min(end, start + _LABEL_REACH)
    if (
        text.find(":", start, reach) < 0
        and text.find(">", start, reach) < 0
        and text.find("：", start, reach) < 0
    ):
        return _capitals_marker(text, i, start, end)
    if first in "<+-" and (cell := _cell_marker(text, lines, i, start, end)):
        return cell
    voice = _VOICE.match(text, start, end) if first == "<" else None
    if voice:
        return Marker("label", Span(voice.start(), voice.end()), voice.group("name").strip(), i)
    if first == "<" and (html := _html_bold_marker(text, lines, i, start, end)):
        return html
    bracketed = _bracketed_marker(text, lines, i, start, end) if first == "[" else None
    if bracketed:
        return bracketed
    # A name and a timestamp alone on the line end with the timestamp's digit or bracket.
    timed = _TIMED_LABEL.match(text, start, end) if text[end - 1] in _TIMESTAMP_ENDS else None
    if timed and bool(timed.group("open")) == bool(timed.group("close")):
        # A name and a timestamp alone on the line ("Jane Roe  00:01:02", "**Jane** [0:12]").
        name, description = _name(timed.group("name"))
        if name is not None:
            marker = Marker("label", Span(timed.start(), end), name, i, description)
            marker.time = timed.group("after")
            _text_below(lines, marker, i)
            return marker
    # Only a time in brackets before the dash: a closing bracket within the label's reach.
    bracket = text.find(")", start, reach) >= 0 or text.find("]", start, reach) >= 0
    dashed = _dashed_marker(text, lines, i, start, end) if bracket else None
    if dashed:
        return dashed
    match = _LABEL.match(text, start, end) or _italic_label(text, start, end)
    if match:
        name, description = _name(match.group("name"))
        if name is None and block_start:
            handle = _handle_marker(text, match, i, end)
            if handle is not None:
                if handle.span.end >= end:  # alone on its line: its words are below
                    _text_below(lines, handle, i)
                return handle
        if name is None:
            # A colon further on belongs to the words: "CHAIR ROE.  I begin with one message:  we".
            return _capitals_marker(text, i, start, end)
        numbered = _NUMBERED_KEYWORD.fullmatch(name)
        if numbered:  # "Question 1:" asks as "Question:" does
            name, description = numbered.group("name"), name
        elif (record := RECORD_NUMBER.fullmatch(name)) and _name(record.group("name"))[0]:
            name = record.group("name")  # "Q12 Chair:": the record's number of the question
        after = match.end()
        if after < end:
            following = text[after]
            if following.isspace():
                after = end - len(text[after:end].lstrip())  # the line's next non-space
            elif not (following.isupper() or following in "\"“‘'«(["):
                return None
            if text.startswith(("http", "<http", "www."), after) and _REFERENCE.fullmatch(
                text, after, end
            ):
                return None  # "Podcast: https://...": a reference, not a turn
        bold_open = match.group("open")
        closed = not bold_open or match.group("close") or match.group("close2")
        last = -1 if closed else _bold_to_end(text, lines, i, bold_open, match.start())
        if not closed and last < 0:
            return None
        marker = Marker("label", Span(match.start(), after), name, i, description)
        marker.time = match.group("before") or match.group("after")
        if not closed:  # the whole paragraph is in bold ("**Q: What ...?**", "...?**<br>")
            marker.close = len(bold_open) + line_break(text, lines, last)
        if after >= end:
            _text_below(lines, marker, i)
        return marker
    return None


def _bold_dash_marker(text: str, i: int, start: int, end: int) -> Marker | None:
    """``**Ann** - words``: a name in bold and a spaced dash at a paragraph's start labels its speaker.

    Written interviews set the one who answers so, the dash standing where a
    colon would. Weak: a speaker only where such labels recur, as a bold word
    and a dash may also open a paragraph of prose ("**Welcome** - we asked ...");
    a list item's "- **Term** - words" is a glossary, no label.
    """
    bold = _BOLD_DASH_LABEL.match(text, start, end)
    name = _name(bold.group("name"))[0] if bold else None
    if bold is None or name is None:
        return None
    return Marker("label", Span(start, bold.end()), name, i, weak=True)


def _bold_name_after_time(text: str, i: int, start: int, end: int) -> Marker | None:
    """``0:00:13.8 **Ann Roe** words``: a bold name after a time at a line's start labels the turn.

    Some transcripts print each turn as its time, the speaker's name in bold and the
    words, with no colon: the time before it makes the bold name a speaker rather
    than emphasis. Weak, a speaker only where such lines recur.
    """
    bold = _BOLD_NAME_AFTER_TIME.match(text, start, end)
    name = _name(bold.group("name"))[0] if bold else None
    if bold is None or name is None:
        return None
    return Marker("label", Span(start, bold.end()), name, i, weak=True)


def _bold_name_with_time(text: str, i: int, start: int, end: int) -> Marker | None:
    """``**Ann [00:01:30]** words``: a bold name that carries a time code labels the turn.

    Transcribed interviews print each turn as the speaker's name or initial in
    bold with the time the turn began, inside the bold (after the name or after
    its colon) or just after it, and no colon after the bold: the time makes the
    bold name a speaker rather than emphasis, as a time before it does
    (:func:`_bold_name_after_time`). The time is the marker's. Weak, a speaker
    only where such lines recur.
    """
    near = min(end, start + _BOLD_TIME_REACH)  # the bold name and its time open the line
    if text.find("[", start, near) < 0 and text.find("(", start, near) < 0:
        return None
    bold = _BOLD_NAME_WITH_TIME.match(text, start, end)
    name = _name(bold.group("name"))[0] if bold else None
    if bold is None or name is None:
        return None
    marker = Marker("label", Span(start, bold.end()), name, i, weak=True)
    marker.time = bold.group("inside") or bold.group("after")
    return marker


def _italic_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_Jane Roe:_``, ``*JR (0:01:50)*:``: a label in italics, read as a label in bold is."""
    if text[start] not in "*_" or start + 1 >= end or text[start + 1] in "*_":
        return None
    return _ITALIC_LABEL.match(text, start, end)


def _html_bold_marker(text: str, lines: Lines, i: int, start: int, end: int) -> Marker | None:
    """``<strong>Ann Lee:</strong> words``: a label in HTML bold, as a page's source writes it.

    Written interviews copied from a web page's source keep the markup that set the
    speaker's name in bold; the tags are part of the label, as ``**`` is.
    """
    html = _HTML_BOLD_LABEL.match(text, start, end)
    name, description = _name(html.group("name")) if html else (None, None)
    if html is None or name is None:
        return None
    marker = Marker("label", Span(start, html.end()), name, i, description)
    if html.end() >= end:
        _text_below(lines, marker, i)
    return marker


def _dot_dash_marker(text: str, i: int, start: int, end: int) -> Marker | None:
    """``Ann Lee, Member of the Board. − words``: a name, its office, a full stop and a dash.

    A parliament's verbatim report opens each speech with the speaker's name
    (and their office or group after a comma), a full stop and a spaced dash
    (a minus sign, an en or an em dash) where a colon would stand: that is
    the speech's label, the words after the dash its own. Weak: a speaker
    where the name recurs, or where the form does (see :func:`sure_labels`),
    as a paragraph of prose may open with a word, a full stop and a dash.
    """
    dotted = _DOT_DASH_LABEL.match(text, start, min(end, start + _LONG_LABEL_REACH))
    if dotted is None:
        return None
    written, _, office = dotted.group("name").partition(",")
    name, description = _name(written)
    words = office.split()
    if name is None or description is not None or not _office(words):
        return None
    span = Span(start, dotted.end())
    return Marker("label", span, name, i, " ".join(words) or None, weak=True)


def _office(words: list[str]) -> bool:
    """Whether a label's words after the name's comma name an office ("Member of the Commission").

    Capitalised words, with the small words between them that join an
    office's name ("of", "the", "for"); none at all is no office, and fits.
    """
    return len(words) <= _MAX_ROLE_WORDS and all(
        word[0].isupper() or (0 < k < len(words) - 1 and word.casefold() in _CONNECTIVES)
        for k, word in enumerate(words)
    )


def _cell_marker(text: str, lines: Lines, i: int, start: int, end: int) -> Marker | None:
    """``<tr><td><strong>Ann</strong></td><td>words``: a table row's first cell names the speaker.

    A page may set an interview in a table, one row a turn: the first cell
    holds the speaker's name in bold, the next the words. The tags up to the
    words' cell are the marker (and a document format's passthrough marks
    around them, "+++<td>+++"), as ``**Ann:**`` is.
    """
    if text.find("<td", start, min(end, start + _LONG_LABEL_REACH)) < 0:
        return None
    cell = _CELL_LABEL.match(text, start, end)
    name, description = _name(cell.group("name").strip()) if cell else (None, None)
    if cell is None or name is None:
        return None
    marker = Marker("label", Span(start, cell.end()), name, i, description)
    if cell.end() >= end:
        _text_below(lines, marker, i)
    return marker


def _bracketed_marker(text: str, lines: Lines, i: int, start: int, end: int) -> Marker | None:
    """``[Jane Roe] [12:34] words``, as some transcription tools export a turn.

    So too ``[Jane Roe:] words`` and ``[ Jane Roe : ] words``: a name in square
    brackets that ends in a colon inside them is a speaker's label, as a colon
    after a name is; a bracket with words after its colon (``[Music: guitar]``)
    notes a sound, and opens no turn.
    """
    bracketed = _BRACKETED_LABEL.match(text, start, end) or _COLON_BRACKETED.match(text, start, end)
    name, description = _name(bracketed.group("name")) if bracketed else (None, None)
    if bracketed is None or name is None:
        return None
    marker = Marker("label", Span(start, bracketed.end()), name, i, description)
    marker.time = bracketed.groupdict().get("time")
    if bracketed.end() >= end:
        _text_below(lines, marker, i)
    return marker


def _dashed_marker(text: str, lines: Lines, i: int, start: int, end: int) -> Marker | None:
    """``Jane Roe (00:12:34) - words``: a name, its time in brackets, then a dash, as tools export a turn.

    The dash stands where a colon would: the time is the turn's start, not its words.
    """
    dashed = _DASHED_LABEL.match(text, start, end)
    if dashed is None or bool(dashed.group("open")) != bool(dashed.group("close")):
        return None
    name, description = _name(dashed.group("name"))
    if name is None:
        return None
    after = dashed.end()  # the dash's spaces are the marker's
    marker = Marker("label", Span(start, after), name, i, description)
    marker.time = dashed.group("time")
    if after >= end:
        _text_below(lines, marker, i)
    return marker


def _bold_to_end(text: str, lines: Lines, i: int, bold: str, opened: int | None = None) -> int:
    """The line where the emphasis opened on line ``i`` closes, ending its paragraph; else -1.

    The emphasis must not close before (``**Name:** words`` is a label, not a
    paragraph in bold). It may close before an HTML line break that ends its
    line (``**Why?**<br>``, the words below on the next line): as a web page
    prints a question in bold, a line break, then its answer, the line break
    ends the paragraph in bold there, as a blank line does.
    """
    last = i
    while last + 1 < len(lines) and lines.block[last + 1] == lines.block[i]:
        if text.endswith(
            bold, lines.content[last], lines.end[last] - line_break(text, lines, last)
        ):
            break  # a paste without blank lines, or a line break: the paragraph ends with its line
        last += 1
    end = lines.end[last] - line_break(text, lines, last) - len(bold)
    after = (lines.content[i] if opened is None else opened) + len(bold)
    whole = (
        end >= after
        and text.startswith(bold, end)
        and (text.find(bold, after, end) < 0 or _bold_runs(text, bold, after, end))
    )
    return last if whole else -1


def _bold_runs(text: str, bold: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, inside an emphasis, is in it all but for slips between its runs.

    An editor that sets a paragraph in bold around a link or a comma leaves it
    in several runs ("**So it is** [**as we said**][5] **then?**", "**we
    had** , **to**", a word split across two runs, "**instead**. I **s the
    ...**"): each gap between two runs, its link syntax aside, holds three
    characters at most, no word. A gap of words is a bold phrase in prose.
    """
    pieces = text[start:end].split(bold)
    if len(pieces) % 2 == 0:
        return False  # an emphasis left open: no runs
    return all(
        len("".join(_LINK_SYNTAX.sub("", gap).split())) <= _BOLD_GAP_CHARS for gap in pieces[1::2]
    )


def line_break(text: str, lines: Lines, i: int) -> int:
    """The length of the HTML line break (``<br>``, ``<br/>``) that ends line ``i``, else 0."""
    found = _LINE_BREAK_END.search(text, lines.content[i], lines.end[i])
    return lines.end[i] - found.start() if found else 0


def question_headings(layout: Layout, taken: Collection[int]) -> list[tuple[Marker, int]]:
    """Questions set off by their form instead of a label, each with the line below it.

    Written interviews often print each question as a Markdown heading, or as
    a paragraph all in bold or italics (also as a numbered list item), with
    the answer below it. A form (a heading's level, an emphasis) is read so
    when most of its paragraphs end with a question mark (two at least):
    then each of them is a question (some ask with a period: "Tell us about
    yourself."), unless nothing stands below it before the next. ``taken``
    are the lines that hold a label: a question with a label is read as one.
    """
    text, lines = layout.text, layout.lines
    forms: dict[str, list[tuple[Marker, int]]] = {}
    asking: Counter[str] = Counter()
    titles: set[int] = set()  # lines set off in the form that end with no sentence's end
    for i in range(len(lines)):
        if i in taken or i in layout.set_aside or text[lines.content[i]] not in "#*_0123456789-+<":
            continue
        set_off = _set_off(layout, i)
        if set_off is None:
            continue
        form, marker, last = set_off
        forms.setdefault(form, []).append((marker, last))
        words = text[marker.text_start : lines.end[last] - marker.close].rstrip(_EMPHASIS_CLOSING)
        asking[form] += words.endswith("?")
        if _section_title(words):
            titles.add(i)
    found: list[tuple[Marker, int]] = []
    for form, items in forms.items():
        if asking[form] < 2 or asking[form] * 2 < len(items):  # noqa: PLR2004
            continue
        starts = {marker.line for marker, _ in items}
        for marker, last in items:
            below = last + 1
            while below in layout.set_aside:
                below += 1
            if below < len(lines) and below not in starts and marker.line not in titles:
                found.append((marker, below))  # not a heading over the next, nor a title
    found.sort(key=lambda item: item[0].line)
    return found


def _section_title(words: str) -> bool:
    """Whether words set off as the questions are title a section: short, ending no sentence."""
    return not words.endswith(("?", ".", ":")) and len(words.split()) <= _TITLE_SET_OFF_WORDS


def _set_off(layout: Layout, i: int) -> tuple[str, Marker, int] | None:
    """A paragraph set off as a heading or in emphasis at line ``i``: its form, marker, last line."""
    text, lines = layout.text, layout.lines
    start, end = lines.content[i], lines.end[i]
    if text[start] == "<":
        return _html_set_off(layout, i)
    prefix = _HEADING_PREFIX.match(text, start, end)
    heading = text[start : prefix.end()].rstrip() if prefix else ""
    if prefix is None:
        if i > 0 and lines.block[i - 1] == lines.block[i] and not layout.unblanked:
            return None  # a paragraph in emphasis starts a block
        prefix = _ITEM_PREFIX.match(text, start, end)
    position = prefix.end() if prefix else start
    emphasis = _EMPHASIS.match(text, position, end)
    last = _bold_to_end(text, lines, i, emphasis.group(), position) if emphasis else -1
    if not heading and last < 0:
        return None
    close = len(emphasis.group()) if emphasis and last >= 0 else 0
    number = _INNER_NUMBER.match(text, position + close, end)
    opening = number.end() if number else position + close  # "**1. Why?**": the number is no word
    marker = Marker("keyword", Span(start, opening), "Q", i, "set off as a question")
    marker.close = close + line_break(text, lines, last) if close else 0
    form = heading + (emphasis.group() if emphasis and close else "")
    return form, marker, max(last, i)


def _html_set_off(layout: Layout, i: int) -> tuple[str, Marker, int] | None:
    """A one-line HTML paragraph or heading all in bold (``<p><strong>Why?</strong></p>``): as :func:`_set_off`."""
    text, lines = layout.text, layout.lines
    start, end = lines.content[i], lines.end[i]
    if i + 1 < len(lines) and lines.block[i + 1] == lines.block[i]:
        return None  # the paragraph runs on: its bold is no question set off
    block = _HTML_BLOCK_OPEN.match(text, start, end)
    bold = _HTML_BOLD_OPEN.match(text, block.end(), end) if block else None
    closing = _HTML_BOLD_END.search(text, bold.end(), end) if bold else None
    if block is None or bold is None or closing is None:
        return None
    if text.find("</" + bold.group("tag"), bold.end(), closing.start()) >= 0:
        return None  # bold that closes before the paragraph ends: a bold phrase, not the whole
    # "<strong>1. Why?", "<strong>Q1: Why?": the number or the keyword is no word of the question.
    number = _INNER_NUMBER.match(text, bold.end(), end) or _INNER_KEYWORD.match(
        text, bold.end(), end
    )
    opening = number.end() if number else bold.end()
    marker = Marker("keyword", Span(start, opening), "Q", i, "set off as a question")
    marker.close = end - closing.start()
    return f"<{block.group('tag')}><{bold.group('tag')}>", marker, i


def answers_below(
    lines: Lines, questions: list[tuple[Marker, int]], labelled: Collection[int]
) -> list[Marker]:
    """The questions of :func:`question_headings`, each followed by its answer's marker.

    An answer that starts with a label needs no marker of its own.
    """
    markers: list[Marker] = []
    for question, below in questions:
        markers.append(question)
        if below not in labelled:
            at = lines.content[below]
            markers.append(Marker("keyword", Span(at, at), "A", below, ANSWER_BELOW))
    return markers


def bare_questions(layout: Layout, labels: list[Marker]) -> list[Marker]:
    """Questions without a label before answers labelled with a keyword (``Answer:``).

    Where a text labels its answers but none of its questions, the paragraph
    just above each answer is its question when it asks (ends with a
    question mark) or makes a polite request ("Would you please state your
    name for the record."). Returns a marker for each such question.
    """
    keys = [label_key(marker.label or "") for marker in labels]
    if any(key in QUESTION_LABELS for key in keys) or not any(key in ANSWER_LABELS for key in keys):
        return []
    text, lines = layout.text, layout.lines
    taken = {marker.line for marker in labels}
    found: list[Marker] = []
    for marker, key in zip(labels, keys, strict=True):
        above = marker.line - 1
        while above >= 0 and above in layout.set_aside:
            above -= 1
        if key not in ANSWER_LABELS or above < 0 or above in taken:
            continue
        first = _paragraph_start(layout, above, taken)
        if first in taken or not (
            text[lines.end[above] - 1] == "?"
            or POLITE_REQUEST.search(text, lines.content[first], lines.end[above])
        ):
            continue
        if marker is labels[0]:
            first = _opening_above(layout, first)
        at = _words_start(layout, first)
        found.append(Marker("keyword", Span(at, at), "Q", first, "a question above an answer"))
    return found


def _words_start(layout: Layout, i: int) -> int:
    """Where the words of line ``i`` start: after its number, in a text with line numbers.

    A line number is the page's margin, not words: a turn that opens the line
    opens after it.
    """
    start = layout.lines.content[i]
    if layout.line_numbers and (
        number := _LINE_NUMBER.match(layout.text, start, layout.lines.end[i])
    ):
        return number.end()
    return start


def _paragraph_start(layout: Layout, line: int, taken: Collection[int]) -> int:
    """The first line of the paragraph that holds ``line``.

    A block is a paragraph; in a text without blank lines a paragraph runs back
    to the line after one that ends a sentence well short of the text's width
    (see :func:`paragraphs_of`), or to a line a marker opens.
    """
    lines = layout.lines
    first = line
    if not layout.unblanked:
        while first > 0 and lines.block[first - 1] == lines.block[line]:
            first -= 1
        return first
    while (
        first > 0
        and first not in taken
        and lines.block[first - 1] == lines.block[line]
        and (first - 1) not in layout.set_aside
        and not _ends_paragraph(layout, first - 1)
    ):
        first -= 1
    return first


def _opening_above(layout: Layout, first: int) -> int:
    """Where the unlabelled question above the first labelled answer starts: its asker's opening.

    The one who asks, unnamed, opens with what they have to say before they ask
    ("Good morning. This is a deposition of Ann Lee, conducted by ..." and
    then "Would you please state your name."): the paragraphs of whole
    sentences right above the question (twelve words or more each, and no
    line but the last shorter than six words) are their words too, back to a
    short line or a stack of them (a heading, the page's furniture).
    """
    text, lines = layout.text, layout.lines
    while first > 0:
        above = first - 1
        if above in layout.set_aside:
            break
        start = _paragraph_start(layout, above, ())
        words = text[_words_start(layout, start) : lines.end[above]]
        if (
            len(words.split()) < _OPENING_WORDS
            or text[lines.content[start]] in _NOT_WORDS
            or not SENTENCE_END.search(words)
            # a wrapped sentence's lines are long; short lines stacked are a page's furniture
            or any(
                len(text[lines.content[i] : lines.end[i]].split()) < _WRAPPED_WORDS
                for i in range(start, above)
            )
        ):
            break
        first = start
    return first


def _ends_paragraph(layout: Layout, i: int) -> bool:
    """Whether line ``i`` of a text without blank lines ends its paragraph (see :func:`paragraphs_of`)."""
    text, lines, width = layout.text, layout.lines, layout.width
    return not width or (
        lines.end[i] - lines.content[i] < width * _SHORT_LINE
        and SENTENCE_END.search(text, lines.content[i], lines.end[i]) is not None
    )


def answers_after_questions(layout: Layout, labels: list[Marker]) -> list[Marker]:
    """Answers without a label below questions labelled with a keyword (``Q:``).

    Where a text labels its questions with a keyword (``Q:``, ``Question:``)
    and nothing else, as written interviews print only the questions' labels,
    the paragraphs below a question's first paragraph, up to the next
    question, are its answer, when most of the questions ask (their first
    paragraph ends with a question mark, two at least). A page may print each
    answer on the line right below its question, with no blank line between
    (:func:`_answers_on_next_lines`). Returns a marker for the first paragraph
    of each such answer.
    """
    keys = [label_key(marker.label or "") for marker in labels]
    if len(labels) < 2 or not all(key in QUESTION_LABELS for key in keys):  # noqa: PLR2004
        return []
    below_lines = _answers_on_next_lines(layout, labels)
    if below_lines:
        return below_lines
    if layout.unblanked:
        return []
    text, lines = layout.text, layout.lines
    found: list[Marker] = []
    asking = 0
    for index, marker in enumerate(labels):
        last = marker.line
        while last + 1 < len(lines) and lines.block[last + 1] == lines.block[marker.line]:
            last += 1  # the question's paragraph
        words = text[marker.text_start : lines.end[last] - marker.close].rstrip(_EMPHASIS_CLOSING)
        asking += words.endswith("?")
        below = last + 1
        while below in layout.set_aside:
            below += 1
        stop = labels[index + 1].line if index + 1 < len(labels) else len(lines)
        if below < stop:
            at = _words_start(layout, below)
            found.append(Marker("keyword", Span(at, at), "A", below, ANSWER_BELOW))
    return found if asking >= 2 and asking * 2 >= len(labels) else []  # noqa: PLR2004


def _answers_on_next_lines(layout: Layout, labels: list[Marker]) -> list[Marker]:
    """Answers printed on the line right below their question's line, unlabelled.

    Where only the questions are labelled, a page may run each answer on
    under its question with no blank line between ("Q. Will it pass?" over
    "It will, I think."). Where every question's labelled line ends with its
    question mark and the line below it, in the same paragraph (or in a text
    without blank lines), opens a new sentence, two questions at least, each
    question is its line, and the lines below it up to the next question are
    its answer. A question wrapped by hand over two lines ends its first line
    with no question mark: such a text is read by its paragraphs.
    """
    text, lines = layout.text, layout.lines
    found: list[Marker] = []
    for index, marker in enumerate(labels):
        line = marker.line
        below = line + 1
        while below in layout.set_aside:
            below += 1
        stop = labels[index + 1].line if index + 1 < len(labels) else len(lines)
        words = text[marker.text_start : lines.end[line] - marker.close].rstrip(_EMPHASIS_CLOSING)
        if (
            below >= stop
            or not words.endswith("?")
            or (not layout.unblanked and lines.block[below] != lines.block[line])
            or not _opens_sentence(text, _words_start(layout, below), lines.end[below])
        ):
            return []
        at = _words_start(layout, below)
        found.append(Marker("keyword", Span(at, at), "A", below, ANSWER_BELOW))
    return found


def _opens_sentence(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` open a sentence: a capital, after any opening quote."""
    words = text[start:end].lstrip(_OPENING_MARKS)
    return bool(words) and words[0].isupper()


def questions_between(layout: Layout, labels: list[Marker]) -> list[Marker]:
    """Questions without a label between two turns of one speaker.

    A speaker labelled twice in a row, with no heading between, was
    interrupted: someone spoke between the two turns. Where the paragraph just
    above the second label asks (ends with a question mark) and is not the first
    turn's first paragraph, it is that someone's question, unlabelled (a second
    host the transcript does not name) — where the text does so twice at least
    (once may be a speaker's own question to the listeners). Returns a marker for
    each such question.
    """
    text, lines = layout.text, layout.lines
    found: list[Marker] = []
    for previous, marker in itertools.pairwise(labels):
        if (
            previous.kind != "label"
            or marker.kind != "label"
            or speaker_key(previous.label or "") != speaker_key(marker.label or "")
        ):
            continue
        above = marker.line - 1
        if above <= previous.line or lines.block[above] == lines.block[previous.line]:
            continue  # the paragraph above is the first turn's own first one
        first = above
        while first > 0 and lines.block[first - 1] == lines.block[above]:
            first -= 1  # the paragraph's first line
        if (
            any(line in layout.set_aside for line in range(first, marker.line))
            or text[lines.content[first]] in _NOT_WORDS
            or text[lines.end[above] - 1] != "?"
        ):
            continue
        at = _words_start(layout, first)
        found.append(Marker("keyword", Span(at, at), "Q", first, "a question between two turns"))
    return found if len(found) >= _UNLABELLED_ASKING else []


def pairs_below_a_first_pair(layout: Layout, labels: list[Marker]) -> list[Marker]:
    """The questions and answers printed without labels below the one pair that has them.

    A web page may label only its first question and answer (``Q:`` and
    ``A:``) and print the rest as plain paragraphs, question and answer in
    turn. Where a question keyword and then an answer keyword are the text's
    only labels, and the paragraphs below that answer's first one take turns
    two by two to the end - the first of each pair ending with a question mark
    in most pairs (two at least; the others may be requests, "Describe the
    harbour at dawn."), the second never - each pair is a question and its answer.
    Returns a marker for each paragraph, or none.
    """
    keys = [label_key(marker.label or "") for marker in labels]
    if (
        layout.unblanked
        or len(labels) != 2  # noqa: PLR2004 - the first question and its answer
        or keys[0] not in QUESTION_LABELS
        or keys[1] not in ANSWER_LABELS
    ):
        return []
    text, lines = layout.text, layout.lines
    below = labels[1].line
    while below + 1 < len(lines) and lines.block[below + 1] == lines.block[labels[1].line]:
        below += 1  # the answer's first paragraph
    paragraphs = paragraphs_of(layout, below + 1, len(lines), 0)
    if len(paragraphs) < 2 * _UNLABELLED_ASKING or len(paragraphs) % 2:
        return []
    asks = [text[start:end].rstrip(_EMPHASIS_CLOSING).endswith("?") for start, end in paragraphs]
    asking = sum(asks[0::2])
    if any(asks[1::2]) or asking < _UNLABELLED_ASKING or asking * 2 <= len(paragraphs) // 2:
        return []
    line_of_start = {lines.content[i]: i for i in range(labels[1].line, len(lines))}
    found: list[Marker] = []
    for number, (start, _) in enumerate(paragraphs):
        if start not in line_of_start:
            return []
        keyword, description = ("A", "an answer below") if number % 2 else ("Q", "a question below")
        found.append(
            Marker("keyword", Span(start, start), keyword, line_of_start[start], description)
        )
    return found


def name_lines(layout: Layout) -> list[Marker]:
    """Speakers' names alone on their lines, the words below, as earnings calls print them.

    ``Jane Roe``, ``Jane Roe - Chief Executive Officer``, ``Operator``: read
    only in a text with no other turn markers, and weak (a speaker where
    such names recur, or in a text that names its speakers so). A name line
    right above another is a heading ("Question-and-Answer Session" above
    "Operator"). The name may stand in a Markdown heading or in bold, as a
    web page prints a media conference's speakers (``### **Jane Roe (Daily
    Bank)**``, then its words).
    """
    text, lines = layout.text, layout.lines
    markers: list[Marker] = []
    for i in range(len(lines) - 1):
        if i in layout.set_aside:
            continue
        named = alone_name(text, lines.content[i], lines.end[i])
        if named is None or alone_name(text, lines.content[i + 1], lines.end[i + 1]):
            continue
        name, role = named
        marker = Marker("label", Span(lines.content[i], lines.end[i]), name, i, role, weak=True)
        marker.name_line = True
        _text_below(lines, marker, i)
        markers.append(marker)
    return markers


def lead_names(layout: Layout, named: list[Marker]) -> list[Marker]:
    """Where one speaker's name stands alone above their words, the other's name may open a line.

    A typed transcript may set the answerer's name on a line of its own
    ("Prime Minister") and start the asker's turns with their surname, no colon
    ("Lee But why did ..."). Such a name is one the text's first line (its
    headline, "... INTERVIEWED BY ANN LEE") holds, written with a capital,
    that opens three lines or more, each time followed by a capitalised word.
    The first time, the name may follow the last words of a heading in
    capitals that the typist ran on to the line ("PORTSIDE Lee Why did
    ..."): the line after a line in capitals, whose first words are in
    capitals too. Returns the markers, or none.
    """
    text, lines = layout.text, layout.lines
    counts = Counter(m.label for m in named)
    if len(lines) < 2 or sum(1 for n in counts.values() if n > 1) != 1:  # noqa: PLR2004
        return []  # one speaker's name alone on its lines, recurring
    taken = {word.casefold() for m in named for word in (m.label or "").split()}
    headline = text[lines.content[0] : lines.end[0]]
    names = {
        word.casefold() for word in _WORD.findall(headline) if word.casefold() not in taken
    } - ENGLISH_CONNECTIVES
    found: dict[str, list[Marker]] = {}
    named_lines = {m.line for m in named}
    heading_end = _heading_run_on(text, lines)
    for i in range(1, len(lines)):
        if i in layout.set_aside or i in named_lines:
            continue
        start = lines.content[i]
        tail = _HEADING_TAIL.match(text, start, lines.end[i]) if i == heading_end else None
        lead = _LEAD_NAME.match(text, tail.end() if tail else start, lines.end[i])
        if lead is None or lead.group("name").casefold() not in names:
            continue
        span = Span(lead.start(), lead.end())
        marker = Marker("label", span, lead.group("name"), i, LEAD_NAME, weak=True)
        found.setdefault(lead.group("name"), []).append(marker)
    return [m for markers in found.values() if len(markers) >= _LEAD_USES for m in markers]


def _heading_run_on(text: str, lines: Lines) -> int:
    """The first line that opens with capitals right below a line wholly in capitals, else -1.

    A typed heading in capitals may break with its last words on the line
    where the first turn starts ("... HARBOUR RADIO" over "PORTSIDE Lee Why
    did ..."): any run of capitalised words before the first lead name. Only
    the text's first lines (``_HEADING_LINES``) are looked at.
    """
    for i in range(1, min(len(lines), _HEADING_LINES)):
        above = text[lines.content[i - 1] : lines.end[i - 1]]
        if (
            sum(c.isalpha() for c in above) > _RUN_ON_LETTERS
            and above.upper() == above
            and _HEADING_TAIL.match(text, lines.content[i], lines.end[i])
        ):
            return i
    return -1


@functools.lru_cache(maxsize=64)
def _run_in_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A run-in label among ``labels``, after a sentence's end: compiled once per set of labels.

    The match opens with the sentence's end mark (one character), which the
    pattern engine skips to; the run-in part starts after it.
    """
    return re.compile(
        r"[.?!…][\"”’)\]]?[ \t\u00a0]+(?P<label>"
        + "|".join(re.escape(label) for label in labels)
        + r")[ \t\u00a0]*:[ \t\u00a0]+(?=\S)"
    )


def run_in_labels(layout: Layout, chosen: list[Marker]) -> list[Marker]:
    """``chosen``, with the labels that run on inside a line after the turn before.

    A typist who runs the turns together ("... or should the ferry wait? MINISTER:
    It should ...", "... the harbour is open again, Ann. LEE: Right.") leaves the
    label after a sentence's end, inside the line. A label written in
    capitals (two letters at least) that opens three lines of the text at
    least opens a turn there too, when a sentence ends right before it and
    its colon and the words follow. A line-start label that holds such a
    sentence's end before a known label ("Ann. LEE:") is that label,
    the words before it the turn before's.
    """
    text, lines = layout.text, layout.lines
    if not chosen:
        return chosen
    counts = Counter(
        m.label
        for m in chosen
        if m.kind == "label" and m.label and m.span.start == lines.content[m.line]
    )
    known = sorted(
        (
            label
            for label, n in counts.items()
            if n >= _RUN_IN_USES
            and label.isupper()
            and sum(c.isalpha() for c in label) >= 2  # noqa: PLR2004 - "I" is a word
            and not _SENTENCE_MARKS.search(label)
        ),
        key=len,
        reverse=True,
    )
    if not known:
        return chosen
    found: list[Marker] = []
    # A match opens with the end mark before the label: it is looked for from one character
    # before the first marker's end, where a mark may stand.
    search_from = max(chosen[0].span.end - 1, 0)
    for match in _run_in_pattern(tuple(known)).finditer(text, search_from):
        after = match.start() + 1  # past the sentence's end mark
        i = bisect.bisect_right(lines.content, after) - 1
        if i < 0 or i in layout.set_aside or after >= lines.end[i]:
            continue
        span = Span(match.start("label"), match.end())
        found.append(Marker("label", span, match.group("label"), i))
    if not found:
        return chosen
    starts = [m.span.start for m in found]

    def split(marker: Marker) -> bool:  # a label that holds a run-in one ("Ann. LEE")
        at = bisect.bisect_left(starts, marker.span.start)
        return at < len(starts) and starts[at] < marker.text_start

    return sorted([*(m for m in chosen if not split(m)), *found], key=lambda m: m.span.start)


def glued_labels(layout: Layout, chosen: list[Marker]) -> list[Marker]:
    """``chosen``, with the labels glued to the end of the turn before's last sentence.

    A page copied without its block breaks may glue a label to the end of the
    turn before, right after its last sentence's final mark with no space,
    the label ending the line and the turn's words on the next line ("... to
    convey to him?Minister:" over the answer), as the labels stand alone on
    their lines where the breaks were kept. Where such glued labels recur (two
    speakers' at least, three in all, each label used twice at least, glued
    or alone on its line), each opens a turn there.
    """
    text, lines = layout.text, layout.lines
    if not chosen:
        return chosen
    found: list[Marker] = []
    for match in _GLUED_LABEL.finditer(text, chosen[0].span.end):
        at = match.start("label")
        i = bisect.bisect_right(lines.content, at) - 1
        if i < 0 or i in layout.set_aside or at <= lines.content[i]:
            continue
        end = lines.content[i + 1] if i + 1 < len(lines) else match.end()  # the words below
        found.append(Marker("label", Span(at, end), match.group("label"), i))
    glued = Counter(label_key(m.label or "") for m in found)
    if len(glued) < 2 or sum(glued.values()) < _GLUED_USES:  # noqa: PLR2004 - two speakers
        return chosen
    alone = Counter(
        label_key(m.label or "")
        for m in chosen
        if m.label and not text[m.text_start : lines.end[m.line]].strip()
    )
    if any(n + alone[key] < 2 for key, n in glued.items()):  # noqa: PLR2004 - a label recurs
        return chosen
    return sorted([*chosen, *found], key=lambda m: m.span.start)


def run_together_labels(layout: Layout) -> list[Marker]:
    """Labels in capitals inside paragraphs whose turns were run together, as a feed or a paste leaves them.

    A transcript copied without its line breaks, or kept as one line by a
    news feed, runs every turn into one paragraph: "... joining us.
    HARBOUR MASTER ROE: Glad to be here. LEE: What ...". Read only where nothing
    else marks turns: a label in capitals and a colon opens a turn where it
    opens a paragraph or follows a sentence's end, and where two such labels
    recur (twice at least each), or where one opens a paragraph and the other
    follows a question's end inside it ("LEE: ... protected? ROE: Well, ...").
    The question's keyword ``Q:`` run in after a sentence's end opens the
    question as well as a paragraph would ("... Washington. Q: Why ...? ROE:
    Well, ..."): it can only be a question's label, and the label after the
    question's end answers it.
    A longer label in capitals that ends in a recurring one ("STAFF REPORTER
    ANN LEE:" for "LEE:") is that speaker's, wherever it stands after a word
    in lower case. Returns the markers, or none.
    """
    text, lines = layout.text, layout.lines
    found: list[tuple[Marker, str]] = []  # each label, and what stands before it
    for i in range(len(lines)):
        if i in layout.set_aside:
            continue
        start, end = lines.content[i], lines.end[i]
        opens = i == 0 or lines.block[i - 1] != lines.block[i]
        for match in _RUN_TOGETHER.finditer(text, start, end):
            before = text[start : match.start()].rstrip()
            if not before:
                where = "opens" if opens else ""
            elif before[-1] in ".?!…" or (before[-2:-1] in {*".?!…"} and before[-1] in '"”’)]'):
                where = "asks" if "?" in before[-2:] else "ends"
            elif before.split()[-1] != before.split()[-1].upper():
                # After a word in lower case: a long label, if it ends in a known one.
                where = "word"
            else:
                continue
            if where:
                span = Span(match.start(), match.end())
                marker = Marker("label", span, match.group("label"), i, RUN_TOGETHER)
                found.append((marker, where))
    sure = [(marker, where) for marker, where in found if where != "word"]
    counts = Counter(marker.label for marker, _ in sure)
    recurring = {label for label, n in counts.items() if n >= _RUN_TOGETHER_USES}
    pair = (
        len(sure) == 2  # noqa: PLR2004 - one question and its answer
        and (sure[0][1] == "opens" or (sure[0][1] == "ends" and sure[0][0].label == "Q"))
        and sure[1][1] == "asks"
        and sure[0][0].label != sure[1][0].label
    )
    if len(recurring) < 2 and not pair:  # noqa: PLR2004 - two speakers at least
        return _named_run_together(layout)
    known = recurring or {marker.label for marker, _ in sure}
    return [
        marker
        for marker, where in found
        if (marker.label in known and where != "word")
        or (len(words := (marker.label or "").split()) > 1 and words[-1] in known)
    ]


def bracketed_run_together(layout: Layout) -> list[Marker]:
    """Names in square brackets with a colon inside them, wherever they stand in a line.

    A name in square brackets that ends in a colon (``[ Ann Lee: ]``) is a
    speaker's label by its form, wherever it stands: a transcript kept as one
    line ("Harbour Talk [ Music ] [ Ann Lee: ] Why? [ Bo Roe: ] Because.")
    opens each turn there. Read so where such labels name two
    speakers at least; a bracket with words after its colon is a cue, and a
    bracket with no colon (``[ Music ]``) notes what is heard. Returns the
    markers, or none.
    """
    text, lines = layout.text, layout.lines
    found: list[Marker] = []
    for i in range(len(lines)):
        if i in layout.set_aside:
            continue
        start, end = lines.content[i], lines.end[i]
        at = text.find("[", start, end)
        while at >= 0:
            match = _COLON_BRACKETED.match(text, at, end)
            name = _name(match.group("name"))[0] if match else None
            if match and name is not None:
                found.append(Marker("label", Span(at, match.end()), name, i, RUN_TOGETHER))
            at = text.find("[", match.end() if match else at + 1, end)
    if len({marker.label for marker in found}) < _COLON_BRACKETED_SPEAKERS:
        return []
    return found


def _named_run_together(layout: Layout) -> list[Marker]:
    """First names in mixed case and a colon inside paragraphs whose turns were run together.

    A transcript kept as one line may name its speakers by first names
    ("... a conversation with Ann Lee. Bo: So, Ann, where did it start? Ann:
    In the harbour."). Such a name opens a turn where it follows a sentence's
    end or a bracketed cue ("[Music]"), where one name so placed recurs
    (the host's) and another follows a question's end (the guest answering);
    a name inside brackets ("[Music: ...]") is part of a cue.
    """
    text, lines = layout.text, layout.lines
    found: list[tuple[Marker, bool]] = []  # each label, and whether a question ends before it
    for i in range(len(lines)):
        if i in layout.set_aside:
            continue
        start, end = lines.content[i], lines.end[i]
        for match in _NAMED_TOGETHER.finditer(text, start, end):
            before = text[start : match.start()].rstrip()
            if before and not (before[-1] in ".?!…]" or before[-2:-1] in {*".?!…"}):
                continue
            span = Span(match.start(), match.end())
            marker = Marker("label", span, match.group("label"), i, RUN_TOGETHER)
            found.append((marker, "?" in before[-2:]))
    counts = Counter(marker.label for marker, _ in found)
    recurring = {label for label, n in counts.items() if n >= _RUN_TOGETHER_USES}
    answering = {marker.label for marker, asked in found if asked} - recurring
    if len(recurring) != 1 or not answering:
        return []
    return [marker for marker, _ in found if marker.label in recurring | answering]


def spaced_labels(layout: Layout) -> list[Marker]:
    """Names or keywords in capitals that open paragraphs with no colon, as typed transcripts have them.

    ``QUESTION Will you stay?`` and ``MR. ROE I will.``: a name of one to three
    words in capitals (two letters at least; a comma or a full stop may follow a
    word, as typing and scanning leave them), then a space and words that open
    with a capital. Read only in a text with no other turn markers, and only
    where two speakers at least recur so: a capitalised opening once is the
    words' own emphasis.
    """
    text, lines = layout.text, layout.lines
    found: list[Marker] = []
    for i in range(len(lines)):
        if i in layout.set_aside or not (
            i == 0 or layout.unblanked or lines.block[i - 1] != lines.block[i]
        ):
            continue
        start, end = lines.content[i], lines.end[i]
        match = _SPACED_LABEL.match(text, start, end) if text[start].isupper() else None
        if match is None:
            continue
        words = [w.strip(".,") for w in match.group("name").replace(",", " ").split()]
        name = " ".join(w for w in words if w)
        if sum(c.isalpha() for c in name) < 2 or name.isdigit():  # noqa: PLR2004 - "I", "A"
            continue
        marker = Marker("label", Span(match.start(), match.end()), name, i, weak=True)
        found.append(marker)
    counts = Counter(speaker_key(m.label or "") for m in found)
    if sum(1 for n in counts.values() if n > 1) < _SPACED_SPEAKERS:
        return []
    return found


def _unmarked(text: str, start: int, end: int) -> tuple[int, int]:
    """A line's words past a Markdown heading's hashes and a bold pair around them all."""
    if prefix := _HEADING_PREFIX.match(text, start, end):
        start = prefix.end()
    mark = text[start : start + 2]
    if end - start > 4 and mark in ("**", "__") and text.endswith(mark, start, end):  # noqa: PLR2004 - two marks
        start, end = start + 2, end - 2
    return start, end


def alone_name(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """The name (and role) a short line holds, if it holds nothing else (in bold, too)."""
    # "**Jane Roe**", as written interviews set the name above each answer; "## Jane Roe".
    start, end = _unmarked(text, start, end)
    if end - start > _NAME_LINE_CHARS or not text[start].isupper() or text[end - 1] in ".?!,;:":
        return None
    line = text[start:end]
    role = None
    for separator in (" -- ", " - ", " – ", " — "):
        if separator in line:
            line, _, role = line.partition(separator)
            break
    name, description = _name(line)
    if name is None or (role is not None and len(role.split()) > _MAX_ROLE_WORDS + 2):
        return None
    if _INTERVIEWED.search(name):  # "MINISTER INTERVIEWED BY ANN LEE": a headline, no one's name
        return None
    return name, role.strip() if role else description


def _capitals_marker(text: str, i: int, start: int, end: int) -> Marker | None:
    """A name in capitals and a period, as PDF transcripts print them: "CHAIR ROE. Good ..."."""
    capitals = _CAPITALS_LABEL.match(text, start, end) if text[start].isupper() else None
    # An honorific's full stop ends no name: "BY MR. ROE:" is a court's heading, not "BY MR".
    if capitals is None or label_key(capitals.group("name").split()[-1]) in _TITLE_ABBREVIATIONS:
        return None
    span = Span(capitals.start(), capitals.end())
    return Marker("label", span, capitals.group("name"), i, weak=True)


def _keyword_marker(
    text: str, lines: Lines, i: int, start: int, end: int, *, block_start: bool
) -> Marker | None:
    """``Q``/``A`` markers: alone on the line, or before a tab, NBSP or spaces; else a label.

    Another language's letter for question or answer ("P - ¿Por qué?") is a
    label first where it can be one ("P. Roe: ..."); a keyword only where not.
    """
    tried = text[start] in _FOREIGN_LETTERS  # tried as a label first (and once only)
    if tried:
        label = _label_marker(text, lines, i, start, end, block_start=block_start, keywords=False)
        if label is not None:
            return label
    alone = _KEYWORD_ALONE.match(text, start, end)
    if alone:
        marker = Marker("keyword", Span(alone.start(), end), alone.group("name"), i, "bare")
        _text_below(lines, marker, i)
        return marker
    keyword = _KEYWORD_MARK.match(text, start, end)
    one_space = keyword is not None and keyword.group("one") is not None
    opens = (
        keyword is not None
        and text[keyword.end()] not in "(["
        and not text[keyword.end()].islower()
    )
    spaced = one_space and _SPACED_LETTERS.match(text, start, end) is not None
    if keyword and (not one_space or (block_start and opens and not spaced)):
        span = Span(keyword.start(), keyword.end())
        return Marker("keyword", span, keyword.group("name"), i, "bare")
    if tried:
        return None
    return _label_marker(text, lines, i, start, end, block_start=block_start, keywords=False)


def _handle_marker(text: str, match: re.Match[str], i: int, end: int) -> Marker | None:
    """A speaker's online handle as a label: one lowercase word, then a sentence ("annlee: So ...").

    Only at a paragraph's start, with the words on the same line opening with a
    capital letter, or alone on its line ("bo_chen:" / "Why did the night boat
    stop?"), kept only where the text sets its other names alone above their
    words too (see `_set_as_the_others`); weak, so a speaker only where it
    recurs ("note: see above" once is prose).
    """
    if match.group("open") or match.group("before") or match.group("after"):
        return None
    if not _HANDLE.fullmatch(match.group("name")):
        return None
    if label_key(match.group("name")) in NOT_SPEAKERS:
        return None
    after = match.end()
    words = text[after:end].lstrip(" \t\u00a0")
    if not words:
        return Marker("label", Span(match.start(), end), match.group("name"), i, weak=True)
    if not words[:1].isupper() or after == end - len(words):
        return None  # no space after the colon ("http://"), or a lowercase word after it
    return Marker("label", Span(match.start(), end - len(words)), match.group("name"), i, weak=True)


def _cue_name_marker(text: str, i: int, start: int, end: int) -> Marker | None:
    """A caption tool's ``Name: words`` at a cue's start, whatever the name's form.

    Meeting tools write in each cue the name the speaker signed in with, as
    typed: a handle in lower case, with digits, dots or underscores ("ann_lee:",
    "bo.chen:", "user42:"), whatever the words after it open with. At a cue's
    first line, words up to a colon and a space, with no sentence inside them,
    name the speaker; weak, so only where the same name recurs at cue starts.
    """
    found = _CUE_NAME.match(text, start, end)
    if found is None or found.end() >= end:
        return None
    name = found.group("name").rstrip()
    if label_key(name) in NOT_SPEAKERS:
        return None
    return Marker("label", Span(start, found.end()), name, i, weak=True)


def _text_below(lines: Lines, marker: Marker, i: int) -> None:
    """A label alone on its line: the turn's words start on the next non-blank line."""
    if i + 1 < len(lines):
        marker.span = Span(marker.span.start, lines.content[i + 1])
        marker.text_start = lines.content[i + 1]
    else:
        marker.text_start = marker.span.end


@functools.lru_cache(maxsize=4096)
def _name(raw: str) -> tuple[str | None, str | None]:  # noqa: C901, PLR0911, PLR0912 - one check per rule
    """Validate a label's name: return ``(name, description)`` or ``(None, None)``.

    A name is one to nine words, each capitalised (or a small connective such as
    "of" or "von", or a trailing number as in "Speaker 2"), optionally followed
    by a parenthesised note ("(retranslated)", a timestamp) or ", ROLE" (in
    lower case where it names the speaker's part in the talk, ", host": see
    :func:`_part_in_talk`). A role's capitalised words may be joined by a
    small connective between them, as an office's are ("Mr. Ann Lee,
    Minister for Foreign Affairs"), after a name with no such word: an office
    that lists its parts with commas ("Minister for Health, Housing and
    Heritage") is no name and role.
    What a programme plays between the words (``Song``, ``Clip``,
    ``Soundbite``) may be followed by a word or two in lower case that say
    which part of it is played ("Song ending", "Clip continued"): that is the
    played piece's label, the words a note on it.
    A court's code for a role in capitals, then who holds it in square brackets
    ("MJ [Col ROE]", "LDC [MS. LEE]"), names the holder: the code is their role.
    A member of a parliament named with two notes in brackets, the seat and
    then the party ("Ann Lee (Eastport) (Lab)"), is that name: both notes
    describe them. An office whose holder's name follows in brackets ("The
    Minister of State for Ports (Ann Lee)") may run to four words and forty
    characters longer than a name: an office's title is long.
    """
    name = raw.strip().replace("\u00a0", " ")
    description: str | None = None
    if put := _ADDRESSED.search(name):
        description = f"{put.group(1).strip()}, to {put.group(2)}"
        name = name[: put.start()].rstrip()
    group = _TRAILING_GROUP.search(name) if description is None else None
    if group:
        description = group.group(1).strip()
        name = name[: group.start()].rstrip()
        # A member named with two notes, their seat and then their party ("Ann Lee (Eastport)
        # (Lab)"): both describe the one speaker.
        seat = _TRAILING_GROUP.search(name) if group.group(0).endswith(")") else None
        if seat and seat.group(0).endswith(")"):
            description = f"{seat.group(1).strip()} ({description})"
            name = name[: seat.start()].rstrip()
        if _ROLE_CODE.fullmatch(name) and group.group(0).endswith("]"):
            held = _name(description)[0]
            if held is not None:  # "MJ [Col ROE]": the holder speaks, the code is their role
                name, description = held, name
    if "," in name:
        name, _, role = name.partition(",")
        role = role.strip()
        role_words = role.split()
        joined = not ENGLISH_CONNECTIVES.intersection(name.split())  # a name, not an office
        if (
            not role_words
            or len(role_words) > _MAX_ROLE_WORDS
            or not (
                all(
                    w[0].isupper()
                    or (joined and 0 < n < len(role_words) - 1 and w in ENGLISH_CONNECTIVES)
                    for n, w in enumerate(role_words)
                )
                or _part_in_talk(role)
            )
        ):
            return None, None
        description = role if description is None else f"{role} ({description})"
        name = name.strip()
    words = name.split()
    # An office that names its holder in brackets ("The Minister of State for Ports and
    # Harbours of the Northern Isles (Ann Lee)") may run longer than a name: its title is long.
    holder = bool(description) and _OFFICE_HOLDER.fullmatch(description or "") is not None
    if (
        not 1 <= len(words) <= _MAX_NAME_WORDS + (_OFFICE_EXTRA_WORDS if holder else 0)
        or len(name) > _MAX_NAME_CHARS + (_OFFICE_EXTRA_CHARS if holder else 0)
        or (words[0] == "BY" and len(words) > 1)  # a court's examination heading: "BY MR. ROE:"
        or (len(words) == 1 and name.casefold() in ENGLISH_CONNECTIVES)  # "BY:" over counsel
    ):
        return None, None
    if (
        1 < len(words) <= _PLAYED_WORDS
        and label_key(words[0]) in PLAYED_LABELS
        and all(word.isalpha() and word.islower() for word in words[1:])
    ):
        # What a programme plays, then which part of it: "Song ending", "Clip continued".
        return words[0], " ".join(words[1:])
    for position, word in enumerate(words):
        if word == "&" and 0 < position < len(words) - 1:
            continue  # two speakers who answer together: "AL & JR"
        if not _NAME_WORD.fullmatch(word) or word[-1] in ",;!?":
            return None, None
        if word[0].isupper():
            continue
        if word.isdigit() and position == len(words) - 1 and position > 0:
            continue
        if word.casefold() in _CONNECTIVES and 0 < position < len(words) - 1:
            continue
        if position > 0 and _joined_particle(word):
            continue
        return None, None
    # "II:", "III:": the number of a list's item (a panel, a part), no speaker.
    if label_key(name) in NOT_SPEAKERS or not label_key(name) or _ROMAN_NUMBER.fullmatch(name):
        return None, None
    return name, description


def _part_in_talk(role: str) -> bool:
    """Whether the words after a label's comma name the speaker's part in the talk, in lower case.

    A broadcast's transcript names each speaker in full once, then their part
    in the programme after a comma, in lower case ("ANN LEE, host:", "Bo
    Chen, guest:"): a part that a keyword names (host, anchor, reporter,
    moderator...) or the guest's, one word or a hyphenated one ("co-host").
    """
    return " " not in role and (label_key(role) in KEYWORDS or role.casefold() == "guest")


def _joined_particle(word: str) -> bool:
    """Whether a word is a surname behind a name's particle joined to it ("al-Ketbi", "d'Ors").

    A name's lowercase particle may be written joined to the capitalised part
    it precedes, by a hyphen or an apostrophe, anywhere after a first name.
    """
    particle = _JOINED_PARTICLE.fullmatch(word)
    return (
        particle is not None and particle.group(1) in _PARTICLES and particle.group(2)[0].isupper()
    )


@functools.lru_cache(maxsize=4096)
def speaker_key(name: str) -> str:
    """The key that makes two spellings of a label one speaker: case, dots and honorifics aside."""
    words = name.replace(".", " ").replace("’", "'").casefold().split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def sure_labels(
    text: str,
    markers: list[Marker],
    known: Collection[str],
    *,
    unblanked: bool,
    lines: Lines,
    dialogue_from: int | None = None,
) -> tuple[list[Marker], dict[str, str]]:
    """Keep the label markers that name speakers; return them with each key's canonical key.

    A label is kept when it is a keyword, a given speaker's name, recurs (as
    written, or as a longer or shorter form of a recurring name), or stands
    after the first such label. One-off single words in mixed case
    ("Germany:") and labels inside a block (when the text has blank lines) are
    kept only when they recur. A name in capitals and a period ("NAME.") is kept
    when it recurs, or has two words where the text names its speakers so. A
    label of a parliament's verbatim form ("Ann Lee, Member. − words") is kept
    where two labels of that form open paragraphs: each speaker may speak once.
    """
    labels = _set_as_the_others([m for m in markers if m.kind != "dash"], lines)
    dotted = [
        m
        for m in labels
        if (m.line == 0 or lines.block[m.line] != lines.block[m.line - 1])
        and _DOT_DASH_END.search(text, m.span.start, m.span.end)
    ]
    by_form = {id(m) for m in dotted} if len(dotted) >= _FORM_RECURS else set()
    keys = [speaker_key(m.label or "") for m in labels]
    if dialogue_from is None:
        dialogue_from = len(lines)
    counts = Counter(keys)
    # Words written shortened before a name ("PRESS SEC. ROE" for "PRESS SECRETARY ROE"):
    # two letters at least and a period.
    shortened = {
        word[:-1].casefold()
        for m in labels
        for word in (m.label or "").split()[:-1]
        if len(word) > 2 and word.endswith(".") and "." not in word[:-1]  # noqa: PLR2004 - "Sec."
    }
    canonical = _with_slips(_canonical_keys(counts, known, shortened), counts)
    _short_forms(labels, keys, counts, canonical)
    merged: Counter[str] = Counter()
    for key, count in counts.items():
        merged[canonical[key]] += count
    # Labels inside a block are suspect only where the text's labels mostly open blocks.
    opening = sum(
        1 for m in labels if m.line == 0 or lines.block[m.line - 1] != lines.block[m.line]
    )
    blocky = not unblanked and opening * 2 >= len(labels)
    # The text names its speakers in capitals and a period when such names recur.
    weak_form = (
        len({key for m, key in zip(labels, keys, strict=True) if m.weak and counts[key] > 1}) > 1
    )
    kept: list[Marker] = []
    begun = False
    for marker, key in zip(labels, keys, strict=True):
        if _lists_contents(text, marker):
            continue  # "Roe, Hon. Jane:" over "Statement......  12": a table of contents
        begun = begun or marker.line > dialogue_from
        folded = label_key(marker.label or "")
        target = canonical[key]
        sure = (
            marker.kind == "keyword"
            or id(marker) in by_form
            or folded in KEYWORDS
            or key in known
            or target in known
            or merged[target] > 1
            or _declares_initials(marker)
        )
        one_off = (
            marker.weak
            and merged[target] < 2  # noqa: PLR2004
            and folded not in KEYWORDS
            and id(marker) not in by_form
        )
        if one_off and not (weak_form and " " in (marker.label or "")):
            continue  # a one-off is prose, unless the text names its speakers this way
        if not sure:
            mid_block = (
                blocky
                and marker.line > 0
                and lines.block[marker.line - 1] == lines.block[marker.line]
            )
            label = marker.label or ""
            single = len(label.split()) == 1
            numbered = label[-1:].isdigit()
            alone = (
                not marker.name_line  # its words are always below it
                and marker.text_start > marker.span.start
                and _label_in_own_block(lines, marker)
            )
            # A one-off single word ("Germany:") is prose, unless it answers a question.
            lone_word = single and not label.isupper() and not _after_question(text, marker)
            if not begun or mid_block or lone_word or numbered or alone:
                continue
        begun = True
        kept.append(marker)
    if kept and dialogue_from == len(lines):
        adjoining = _adjoining(text, labels, kept[0], lines)
        kept = [*(m for m in adjoining if not _lists_contents(text, m)), *kept]
    elif not kept:
        kept = _one_question_answered(text, labels, keys, lines)
    return kept, canonical


def _declares_initials(marker: Marker) -> bool:
    """Whether a label gives the initials its speaker will go by ("Ann Lee (AL):").

    A written interview introduces each speaker once in full with the initials
    in brackets, as an abbreviation is defined (the initials sometimes in
    quotes, 'Ann Lee (“AL”):'), and names them by the initials after: such a
    label names a speaker even where it is the only one for that speaker (a
    page that holds the first exchange only). The initials must be those of
    the name's words, in capitals.
    """
    initials = (marker.description or "").strip("\"“”'‘’")
    words = (marker.label or "").split()
    return (
        len(words) > 1
        and initials.isalpha()
        and initials.isupper()
        and initials == "".join(word[0] for word in words).upper()
    )


def _short_forms(
    labels: list[Marker], keys: list[str], counts: Counter[str], canonical: dict[str, str]
) -> None:
    """Name as one speaker a full label and the part in brackets it goes by ("Ann Lee (HOST):").

    A transcript may introduce a speaker once in full, with their part in
    the talk in brackets, and name them by that part after ("HOST:"), as
    initials in brackets are defined once: the later label is the same
    speaker's, and the full label names a speaker though used once.
    """
    for marker, key in zip(labels, keys, strict=True):
        if not marker.description or " " not in (marker.label or ""):
            continue
        short = speaker_key(marker.description)
        if short != key and counts[short] and canonical.get(short, short) == short:
            canonical[short] = canonical.get(key, key)


def _set_as_the_others(labels: list[Marker], lines: Lines) -> list[Marker]:
    """Drop the user names alone on their lines, unless the text sets its names so.

    A user name in lower case alone on its line ("bo_chen:", its words below)
    names a speaker only as the text's other names are set: where most of its
    firm labels stand alone above their words too. In a text whose speakers are
    named inline ("Ann Lee: Welcome."), a lower-case word alone on its line
    with a colon ("result:", "summary:") heads what follows; no one says it.
    """
    below = [_handle_alone(m, lines) for m in labels]
    if not any(below):
        return labels
    firm = [m for m, handle in zip(labels, below, strict=True) if not handle and not m.weak]
    alone = sum(1 for m in firm if m.text_start >= lines.end[m.line])
    if firm and alone * 2 > len(firm):
        return labels
    return [m for m, handle in zip(labels, below, strict=True) if not handle]


def _handle_alone(marker: Marker, lines: Lines) -> bool:
    """Whether a label is a user name in lower case alone on its line (see `_handle_marker`)."""
    return (
        marker.weak
        and marker.span.end >= lines.end[marker.line]
        and _HANDLE.fullmatch(marker.label or "") is not None
    )


def _one_question_answered(
    text: str, labels: list[Marker], keys: list[str], lines: Lines
) -> list[Marker]:
    """Two speakers each labelled once: one question and its answer, where they read so.

    A page may hold a single exchange, each speaker named once ("Speaker: ...
    do you expect more sailings?", then "Captain Roe: I expect ..."). Where a
    text's only labels are two different names, each opening a paragraph of
    its own, the first paragraph asking (ending with a question mark) and the
    second, longer, asking nothing, they are the asker and the one who
    answers. A label on the text's first line, alone in its block and with
    words that end no sentence ("Series: Name"), is the headline above them,
    not a third speaker; so are the page's field lines above them, each alone
    in its block and ending no sentence ("Download: file (2 MB)"). Where both
    labels are initials in capitals ("HWT:", "RL:"), they name two people as
    an interview's record does, and a short answer ("Right. It's Ann Lee.")
    answers as well as a long one. Returns the two markers, or none.
    """
    above = labels[:-2]  # the page's headline and field lines, if any
    if above and all(
        _headline_on_first_line(text, m, lines) or _field_line(text, m, lines) for m in above
    ):
        labels, keys = labels[-2:], keys[-2:]
    if len(labels) != 2 or keys[0] == keys[1]:  # noqa: PLR2004 - one asker, one who answers
        return []
    first, second = labels
    if any(
        m.kind != "label"
        or m.weak
        or (m.line > 0 and lines.block[m.line - 1] == lines.block[m.line])
        for m in labels
    ):
        return []
    if not _after_question(text, second):
        return []
    asked = lines.end[second.line - 1] - first.text_start
    answer_end = lines.end[len(lines) - 1]
    answered = text[second.text_start : answer_end]
    initials = all(_INITIALS.fullmatch(m.label or "") for m in labels)
    if "?" in answered or (len(answered) <= asked and not initials):
        return []
    return [first, second]


# A person's initials as a label: two to four capital letters ("HWT", "RL").
_INITIALS = lazy_pattern(r"[A-Z]{2,4}")


def _field_line(text: str, marker: Marker, lines: Lines) -> bool:
    """Whether a label is a page's field line: alone in its block, its words ending no sentence."""
    i = marker.line
    if (i > 0 and lines.block[i - 1] == lines.block[i]) or (
        i + 1 < len(lines) and lines.block[i + 1] == lines.block[i]
    ):
        return False
    words = text[marker.text_start : lines.end[i]].rstrip()
    return bool(words) and SENTENCE_END.search(words) is None


def _headline_on_first_line(text: str, marker: Marker, lines: Lines) -> bool:
    """Whether a label is a headline: on the first line, alone in its block, ending no sentence."""
    if marker.line != 0 or (len(lines) > 1 and lines.block[1] == lines.block[0]):
        return False
    words = text[marker.text_start : lines.end[0]].rstrip()
    return bool(words) and SENTENCE_END.search(words) is None


# A table of contents' entry: words, a dotted leader, a page number ("Statement........    12").
_CONTENTS_ENTRY = lazy_pattern(r"[^\n]*?\.{4,}[ \t]*\d{1,4}[ \t]*(?:\n|$)")


def _lists_contents(text: str, marker: Marker) -> bool:
    """Whether a label's words are an entry of a table of contents: no one speaks them.

    A record's table of contents lists each speaker's name with a colon, the
    items under it led by dots to their page ("Roe, Hon. Jane:" /
    "Prepared statement..........    12"): a label over a dotted leader is a
    heading of the contents.
    """
    start = marker.text_start
    while start < len(text) and text[start] in " \t\n":
        start += 1
    # The leader's dots stand on that line: where it has none (most lines), nothing to match.
    stop = text.find("\n", start)
    if text.find("....", start, len(text) if stop < 0 else stop) < 0:
        return False
    return _CONTENTS_ENTRY.match(text, start) is not None


def _adjoining(text: str, labels: list[Marker], first: Marker, lines: Lines) -> list[Marker]:
    """The one-off labels that open the dialogue right above its first sure label.

    A speaker heard once at the start (the emcee who introduces a panel, the
    host's first question under a first name before initials take over) is
    labelled as the dialogue's names are: a label of the same form (bold or
    not) whose turn is one paragraph (or its label alone above one), with
    only headings between it and the next turn, opens a turn too; never the
    text's first block (a headline, a dateline) unless its words ask and the
    next label answers (see :func:`_asked_and_answered`), nor above keywords.
    """
    if first.kind != "label" or label_key(first.label or "") in KEYWORDS:
        return []  # the dialogue's labels are keywords: a name above them is the header's
    bold = text.startswith(("**", "__"), first.span.start)
    found: list[Marker] = []
    following = first
    after = {id(m): labels[n + 1] for n, m in enumerate(labels[:-1])}
    for marker in reversed([m for m in labels if m.line < first.line]):
        if (
            marker.kind != "label"
            # The text's first block: a headline, a dateline; a question there is a turn.
            or (
                lines.block[marker.line] == 0
                and not _asked_and_answered(text, marker, following, after.get(id(following)))
            )
            or marker.weak
            or text.startswith(("**", "__"), marker.span.start) != bold
            or not _only_its_turn(text, lines, marker, following)
        ):
            break
        found.append(marker)
        following = marker
    return found[::-1]


def _asked_and_answered(
    text: str, marker: Marker, following: Marker, beyond: Marker | None
) -> bool:
    """Whether a label's words ask a question that the next label's words answer.

    A label used once above the dialogue is the header's (a headline, a
    field: its words a name, a date, a list) unless its words are a
    sentence that asks, of a few words at least, and the next label, another
    speaker's, answers: its words do not end on a question mark. Each asker at a press
    conference or a parliament's question time may speak once, the first of
    them at the very top of the text.
    """
    words = text[marker.text_start : following.span.start].strip()
    end = beyond.span.start if beyond is not None else len(text)
    answer = text[following.text_start : end].strip()
    return (
        len(words.split()) >= _ASKING_WORDS
        and _ASKS.search(words) is not None
        and bool(answer)
        and _ASKS.search(answer) is None
        and label_key(marker.label or "") != label_key(following.label or "")
    )


def _only_its_turn(text: str, lines: Lines, marker: Marker, following: Marker) -> bool:
    """Whether only the marker's paragraph (and headings) stand between it and the next turn."""
    own = {lines.block[marker.line]}
    below = bisect.bisect_left(lines.content, marker.text_start)
    if below < len(lines):
        own.add(lines.block[below])  # a label alone on its line: its words below
    return all(
        lines.block[i] in own or text.startswith("#", lines.content[i])
        for i in range(marker.line + 1, following.line)
    )


def _after_question(text: str, marker: Marker) -> bool:
    """Whether the text just before a marker ends with a question mark."""
    position = marker.span.start - 1
    while position >= 0 and text[position].isspace():
        position -= 1
    return position >= 0 and text[position] == "?"


def _label_in_own_block(lines: Lines, marker: Marker) -> bool:
    """Whether a label alone on its line has its words in the next block (not the next line)."""
    following = marker.line + 1
    return (
        following < len(lines)
        and lines.block[following] != lines.block[marker.line]
        and (lines.content[following] == marker.text_start)
    )


def _canonical_keys(
    counts: Counter[str], known: Collection[str], shortened: Collection[str] = ()
) -> dict[str, str]:
    """Map each label key to the key of the speaker it names.

    A long title label ending with a recurring name ("minister of works jane
    roe" → "jane roe"), an initial and a surname ("b chen" → "bo chen"), a
    first name and a surname's initial ("ann l" → "ann lee"), a surname alone,
    initials of a known or written name ("pr" → "pat roe"), a first name alone
    (the full name first, then the first name, as written interviews do), and
    a single letter for the one one-word label it begins ("m" → "monocle")
    name the same speaker; so does an office with a name in brackets
    ("minister for housing (deputy pat roe)" → "deputy pat roe"), and a title with a word written ``shortened`` (with
    a period, "PRESS SEC. ROE") for the one label that spells it out, word for
    word otherwise ("press sec roe" → "press secretary roe"); a title or first
    name and a surname is the one longer name with both, first and last
    ("governor roe" → "governor jo roe"; "sec. roe" → "secretary of the navy jo roe",
    the title written shortened). A label that names two people joined
    by a word that joins names ("ann and bo", "ann lee & bo chen"; "and" and
    "&", and "und" and "et" as German and French write it), a name of three
    words at most on either side, speaks for both: it is no longer form of
    either name, nor is either name a longer form of it. (A long title label
    with such a word inside, "director of the fund for trade and industry jo
    roe", is one speaker's.) So does a label whose name has words run on to it
    with no space between ("jo roebo chen" → "bo chen"): a page's caption or
    an image's alt text glued to the label, as a copied web page prints it.
    """
    names = set(counts) | set(known)
    joint = {key for key in names if _joint(key)}
    multi = {key: key.split() for key in names if len(key.split()) > 1 and key not in joint}
    canonical = {key: key for key in counts if key in joint}  # a joint label is its own
    canonical |= {
        key: held
        for key in counts
        if key not in joint
        and (
            held := _office_holder(key, names)
            or _spelled_out(key, multi, shortened)
            or _with_middle(key, multi, shortened)
        )
    }
    for key in [key for key in counts if key not in canonical]:
        words = key.split()
        target = key
        suffixes = [
            other
            for other, other_words in multi.items()
            if other != key
            and (
                (len(other_words) < len(words) and words[-len(other_words) :] == other_words)
                or _glued_on(key, other)
            )
        ]
        if suffixes:
            target = max(
                suffixes, key=lambda other: (counts.get(other, 0) + (other in known), len(other))
            )
        elif (
            len(words) == 2  # noqa: PLR2004
            and (len(words[0]) == 1 or len(words[1]) == 1)
            and (initial := _by_initial(key, words, multi))
        ):
            target = initial  # "b chen", "ann l"
        elif len(words) == 1:
            word = words[0]
            by_surname = [other for other, w in multi.items() if w[-1] == word]
            by_initials = [  # "pr" for "pat roe", given or written in full once
                other
                for other in names
                if len(other.split()) > 1 and "".join(w[0] for w in other.split()) == word
            ]
            # "m" for a one-word label written in full first ("Monocle:", then "M:")
            by_letter = [
                other
                for other in counts
                if len(word) == 1 and " " not in other and len(other) > 1 and other[0] == word
            ]
            by_first_name = [other for other, w in multi.items() if w[0] == word]
            if len(by_surname) == 1:
                target = by_surname[0]
            elif len(by_initials) == 1:
                target = by_initials[0]
            elif not by_surname and len(by_first_name) == 1:
                target = by_first_name[0]
            elif by_letter and _most_used(by_letter, counts):
                target = _most_used(by_letter, counts)
        canonical[key] = target
    return canonical


def _glued_on(key: str, name: str) -> bool:
    """Whether a label key ends with a name of two words or more run on to a word before it.

    The key has a word more than the name: a longer first name ("joann lee")
    is another speaker than "ann lee", not a word glued to it.

    >>> _glued_on("the ferry crewann lee", "ann lee"), _glued_on("joann lee", "ann lee")
    (True, False)
    """
    return (
        len(key) > len(name)
        and " " in name
        and key.endswith(name)
        and key[-len(name) - 1].isalpha()
        and len(key.split()) > len(name.split())
    )


def _by_initial(key: str, words: list[str], multi: dict[str, list[str]]) -> str | None:
    """The one longer name a name of two words with an initial spells, if one does.

    An initial and a surname ("b chen" → "bo chen"), or a first name and a
    surname's initial ("ann l" → "ann lee").
    """
    first, last = words
    matches = [
        other
        for other, other_words in multi.items()
        if other != key
        and (
            (len(first) == 1 and other_words[-1] == last and other_words[0].startswith(first))
            or (len(last) == 1 and other_words[0] == first and other_words[-1].startswith(last))
        )
        and len(other_words[0 if len(first) == 1 else -1]) > 1
    ]
    return matches[0] if len(matches) == 1 else None


# Words that join two names in a label that speaks for both ("Ann and Bo:").
_JOINING_WORDS = frozenset({"and", "&", "und", "et"})
_JOINT_NAME_WORDS = 3  # words of each name either side of the joining word, at most


def _joint(key: str) -> bool:
    """Whether a label key names two people joined by a joining word ("ann lee and bo chen")."""
    words = key.split()
    joins = [i for i, word in enumerate(words) if word in _JOINING_WORDS]
    return (
        len(joins) == 1
        and 1 <= joins[0] <= _JOINT_NAME_WORDS
        and 1 <= len(words) - joins[0] - 1 <= _JOINT_NAME_WORDS
    )


def _with_slips(canonical: dict[str, str], counts: Counter[str]) -> dict[str, str]:
    """``canonical``, with keywords misspelt by a letter mapped to the keyword.

    A label used once or twice that is spelled as a keyword used three times
    or more but for one letter (replaced, added, dropped, or two neighbours
    swapped; five letters long at least) is that keyword: a typing or scanning
    slip ("qjestion" → "question"). Names are not matched so: two people's
    names may differ by a letter.
    """
    return {
        key: _slipped_from(key, counts) if target == key and counts[key] <= _SLIP_USES else target
        for key, target in canonical.items()
    }


def _slipped_from(key: str, counts: Counter[str]) -> str:
    """The one recurring keyword that ``key`` misspells by a letter, else ``key`` itself."""
    letters = label_key(key)
    if len(letters) < _SLIP_LETTERS:
        return key
    words = len(key.split())
    found = [
        other
        for other, n in counts.items()
        if n >= _RECURRING_USES
        and other != key
        and len(other.split()) == words
        and label_key(other) in KEYWORDS
        and len(label_key(other)) >= _SLIP_LETTERS
        and one_slip(letters, label_key(other))
    ]
    return found[0] if len(found) == 1 else key


def one_slip(a: str, b: str) -> bool:
    """Whether two different spellings differ by one letter: replaced, added, dropped, or swapped.

    >>> one_slip("qjestion", "question"), one_slip("questoin", "question")
    (True, True)
    >>> one_slip("johnson", "jackson")
    False
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):  # one letter added
        return a[start:] == b[start + 1 :]
    if a[start + 1 :] == b[start + 1 :]:  # one letter replaced
        return True
    return (  # two neighbours swapped
        start + 1 < len(a)
        and a[start] == b[start + 1]
        and a[start + 1] == b[start]
        and a[start + 2 :] == b[start + 2 :]
    )


def _office_holder(key: str, names: Collection[str]) -> str:
    """The name in brackets after an office ("minister for works (deputy ann lee)"), if a label; else ''."""
    bracketed = _BRACKETED_NAME.search(key)
    return bracketed.group(1) if bracketed and bracketed.group(1) in names else ""


def _spelled_out(key: str, multi: dict[str, list[str]], shortened: Collection[str]) -> str:
    """The one label that spells out ``key``'s shortened words, word for word otherwise; else ''."""
    words = key.split()
    if len(words) < 2 or not any(word in shortened for word in words[:-1]):  # noqa: PLR2004 - a word and a name
        return ""
    matches = [
        other
        for other, other_words in multi.items()
        if other != key
        and len(other_words) == len(words)
        and all(
            mine == theirs or (mine in shortened and theirs.startswith(mine))
            for mine, theirs in zip(words, other_words, strict=True)
        )
        and other_words[-1] == words[-1]
    ]
    return matches[0] if len(matches) == 1 else ""


def _with_middle(key: str, multi: dict[str, list[str]], shortened: Collection[str] = ()) -> str:
    """The one longer label with ``key``'s two words first and last ("governor jo roe"); else ''.

    The first word may be written ``shortened`` (with a period) for the word the
    longer label spells out: "sec. roe" names "secretary of the navy jo roe",
    a title once given in full and then shortened.

    >>> _with_middle("sec roe", {"secretary of the navy jo roe": ["secretary", "of", "the",
    ...     "navy", "jo", "roe"]}, {"sec"})
    'secretary of the navy jo roe'
    """
    words = key.split()
    if len(words) != 2 or len(words[0]) == 1:  # noqa: PLR2004 - a title or first name, a surname
        return ""
    first = words[0]
    matches = [
        other
        for other, other_words in multi.items()
        if len(other_words) > 2  # noqa: PLR2004 - words between
        and (other_words[0] == first or (first in shortened and other_words[0].startswith(first)))
        and other_words[-1] == words[-1]
    ]
    return matches[0] if len(matches) == 1 else ""


def _most_used(keys: list[str], counts: Counter[str]) -> str:
    """The only key, or the one used at least three times as often as each other; else ''."""
    ranked = sorted(keys, key=counts.__getitem__, reverse=True)
    if len(ranked) == 1 or counts[ranked[0]] >= _DOMINANT * counts[ranked[1]]:
        return ranked[0]
    return ""


def paragraphs_of(
    layout: Layout, first_line: int, last_line: int, text_start: int
) -> list[tuple[int, int]]:
    """The paragraphs of one turn's lines ``[first_line, last_line)``, starting at ``text_start``.

    Blocks are paragraphs. In a text without blank lines, a line that ends a
    sentence and falls well short of the text's line width ends a paragraph
    (hard-wrapped lines are one paragraph); where the lines are too long to have
    been wrapped by hand, each line is a paragraph. On a numbered page a line in
    capitals that ends no sentence is a heading, a paragraph of its own. In a caption file, a
    paragraph runs over cues until a cue ends a sentence (the timings inside
    are its clutter).
    """
    text, lines = layout.text, layout.lines
    # Looked up once, not once a line.
    contents, ends, blocks, set_aside = lines.content, lines.end, lines.block, layout.set_aside
    captions, unblanked = layout.captions, layout.unblanked
    numbered = unblanked and layout.line_numbers
    paragraphs: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    width = layout.width
    ended = True  # whether the last line read ends a sentence
    for i in range(first_line, last_line):
        if i in set_aside:
            continue
        line_start = max(contents[i], text_start)
        line_end = ends[i]
        if line_start >= line_end:
            continue
        new_block = start is not None and i > 0 and blocks[i - 1] != blocks[i]
        # A caption's sentence runs on over the next cue: its paragraph too.
        gap = new_block or (start is not None and (i - 1) in set_aside)
        # A numbered page's line in capitals that ends no sentence is a heading: a paragraph.
        heading = numbered and _capitals_line(text, line_start, line_end)
        if (gap and (ended or not captions)) or (heading and start is not None):
            paragraphs.append((start, end))  # type: ignore[arg-type]
            start = None
        if start is None:
            start = line_start
        end = line_end
        if heading:
            paragraphs.append((start, end))
            start = None
            continue
        if captions:  # a cue that ends a sentence and closes its voice ("Yes.</v>")
            words_end = before_cue_tags(text, line_start, line_end)
            ended = SENTENCE_END.search(text, line_start, words_end) is not None
        if unblanked and (
            not width
            or (  # the line's length first: a search of the line only for a short one
                line_end - contents[i] < width * _SHORT_LINE
                and SENTENCE_END.search(text, line_start, line_end)
            )
        ):
            paragraphs.append((start, end))
            start = None
    if start is not None:
        paragraphs.append((start, end))
    return paragraphs


def _capitals_line(text: str, start: int, end: int) -> bool:
    """Whether a line is in capitals (its line number aside) and ends no sentence: a heading."""
    if number := _LINE_NUMBER.match(text, start, end):
        start = number.end()
    piece = text[start:end]
    return piece.isupper() and SENTENCE_END.search(piece) is None and piece[-1:] != ":"


def unvoiced_turns(layout: Layout) -> list[Marker]:
    """Where the turns of a caption file that names no speaker begin: at its questions.

    Machine captions often carry no speaker at all: no ``Name:``, no voice
    tag. Who speaks then shows only in what is said. A sentence that ends
    with a question mark asks (with the sentences that ask right after it,
    one question put in several ways); the sentences after it, up to the
    next that asks, answer it; the words before the first question open the
    conversation (a host's welcome), from the first cue's words on: what stands
    above the first timing (a page's note that a tool made the transcript, the
    file's head) is said by no one and stays the header. The sentences are the caption's
    paragraphs, which run over cues to a sentence's end. A question that
    nothing follows is no turn of its own (the end of the last answer).
    Returns the markers, zero-width, at the start of each turn (the opening's
    with :data:`UNVOICED_OPENING` as its description), or none where nothing
    asks and is answered.
    """
    text, lines = layout.text, layout.lines
    line_of_start = {lines.content[i]: i for i in range(len(lines))}
    markers: list[Marker] = []
    asking: bool | None = None  # whether the last paragraph asked (None: none read yet)
    paragraphs = paragraphs_of(layout, 0, len(lines), 0)
    if layout.captions:
        # The words are the cues': what stands above the first timing (a page's note on the
        # transcript, the file's head) is said by no one.
        timings = [i for i, kind in layout.set_aside.items() if kind == "timing"]
        first = min(timings, default=len(lines))
        while first < len(lines) and first in layout.set_aside:
            first += 1  # past the file's head and the first cue's timing
        if first < len(lines):
            words = lines.content[first]  # the first cue's words
            paragraphs = [(max(start, words), end) for start, end in paragraphs if end > words]
    else:
        paragraphs = [
            piece for start, end in paragraphs for piece in _question_above(text, start, end)
        ]
    for start, end in paragraphs:
        words_end = before_cue_tags(text, start, end)
        asks = text[start:words_end].rstrip(_EMPHASIS_CLOSING).endswith("?")
        if asks != asking and start in line_of_start:
            description = UNVOICED_OPENING if asking is None and not asks else None
            markers.append(
                Marker("dash", Span(start, start), None, line_of_start[start], description)
            )
            asking = asks
    if asking:
        markers.pop()  # a last question that nothing answers ends the answer before it
    opened = 1 if markers and markers[0].description else 0
    return markers if len(markers) - opened >= 2 else []  # noqa: PLR2004 - one exchange at least


def _question_above(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph whose first line asks and whose next lines do not: the question, then the rest.

    A written interview may print a question on its own line right above its
    answer, with no blank line between ("What is the ferry for?" over "It
    carries the islands' freight."): the question line is a paragraph of its
    own. Any other paragraph is one.
    """
    first_end = text.find("\n", start, end)
    if first_end < 0 or not text[start:first_end].rstrip().endswith("?"):
        return [(start, end)]
    below = first_end + 1
    while below < end and text[below] in " \t\n":
        below += 1
    if below >= end or text[below:end].rstrip().endswith("?"):
        return [(start, end)]
    return [(start, start + len(text[start:first_end].rstrip())), (below, end)]


def bracketed_speakers(layout: Layout) -> list[Marker]:
    """Where captions (or paragraphs) that name no speaker with a colon or a voice tag name them in brackets.

    Subtitles often open a speaker's line with the name in square brackets or
    parentheses (``[Ann Lee] Why did the ferries stop?``, ``(Bo Chen) The river
    froze.``). Such a name opens a turn where two names at least are so written,
    each on two lines or more, with words after them on the line: brackets
    also hold the sounds a captioner hears (``[Music]``, ``[Laughter] Yes.``),
    which name no one, and a name written once is a note. Returns the markers
    (the bracketed name and the space after it), or none.

    A written transcript (not captions) may name its speakers so too, with no
    colon: a name in square brackets that opens a paragraph (``[Ann Lee] Why
    did the ferries stop?``), where two such names recur, twice each, is the
    speaker's label, as it is in captions. Parentheses there open a
    paragraph's aside (``(Laughter)``, ``(In Spanish)``), and a bracket inside
    a paragraph is an editor's insertion: neither is read so.
    """
    text, lines = layout.text, layout.lines
    found: list[tuple[int, re.Match[str]]] = []
    opening = "[(" if layout.captions else "["
    for i in range(len(lines)):
        start = lines.content[i]
        if i in layout.set_aside or text[start] not in opening:
            continue
        if not layout.captions and i and lines.block[i - 1] == lines.block[i]:
            continue  # inside a paragraph
        named = _CAPTION_SPEAKER.match(text, start, lines.end[i])
        if named and label_key(named.group("name")) not in _SOUNDS:
            found.append((i, named))
    counts = Counter(label_key(named.group("name")) for _, named in found)
    speakers = {key for key, count in counts.items() if count >= 2}  # noqa: PLR2004 - a one-off is a note
    if len(speakers) < 2:  # noqa: PLR2004 - a dialogue has two voices
        return []
    return [
        Marker("label", Span(named.start(), named.end()), named.group("name"), i)
        for i, named in found
        if label_key(named.group("name")) in speakers
    ]


def written_questions(layout: Layout) -> list[Marker]:
    """Where the turns of a written interview that names no speaker begin: at its questions.

    A written interview often prints each question as a plain paragraph, with
    no label, no dash and no emphasis, and the answer below it. Where nothing
    else marks turns, a paragraph that ends with a question mark is a
    question (with the paragraphs that ask right after it: a question left
    unanswered runs into the next), and the paragraphs after it, up to the
    next that asks, answer it; the paragraphs before the first question are
    the header (a headline, a dateline, a lede), not a turn. It is read so
    only where two questions at least are answered, as in a caption file that
    names no speaker (:func:`unvoiced_turns`, whose reading this is). A
    single question answered is enough where the header above it says the
    text is an interview ("In this interview with ...", "I was interviewed
    by ..."): a page that quotes one question and its answer. Returns the
    markers, zero-width, at the start of each turn, or none.
    """
    markers = unvoiced_turns(layout)
    if markers and markers[0].description == UNVOICED_OPENING:
        markers = markers[1:]  # the words before the first question: the header
    if len(markers) >= 2 * _WRITTEN_ANSWERED:
        return markers
    if len(markers) == 2 and _INTERVIEW_WORD.search(layout.text, 0, markers[0].span.start):  # noqa: PLR2004 - one question, one answer
        return markers
    return []


def clutter_kind(text: str, start: int, end: int) -> str | None:
    """Whether the paragraph ``[start, end)`` is page clutter, and of which kind."""
    links = text[start] == "[" and _link_definitions(text, start, end)  # however many there are
    if not links and (
        end - start > _CLUTTER_CHARS
        or (end - start > _FURNITURE_CHARS and text[start] not in _CLUTTER_STARTS)
    ):
        return None
    piece = text[start:end]
    # The first kind that fits, tried in this order (most paragraphs are none: each test runs
    # only when the ones before it failed).
    if _SEPARATOR.fullmatch(piece) and any(c in piece for c in "*•·_=~#-–—"):
        return "rule"
    words = piece.split()
    if len(words) <= _SHORT and _END_MARK.match(piece) and words[0].strip("[]()").isupper():
        return "end-mark"
    if len(words) <= _FOOTER and _COPYRIGHT.match(piece):
        return "copyright"
    if (
        links
        or (len(piece) <= _FURNITURE_CHARS and label_key(piece) in _FURNITURE)
        or (len(words) <= _LINK_LIST and _FURNITURE_PREFIX.match(piece))
        or (piece[:3] == ".. " and _DIRECTIVE.fullmatch(piece))
        or (len(words) <= _LINK_LIST and _ADDRESS_LINE.match(piece))
        or (len(piece) <= _FURNITURE_CHARS and _STARTS_AT.fullmatch(piece))
    ):
        return "furniture"
    return None


def _link_definitions(text: str, start: int, end: int) -> bool:
    """Whether every line of ``[start, end)`` defines a Markdown link (``[Team]: https://...``)."""
    while start < end:  # line by line, so that a long block of words is dropped at its first line
        line_end = text.find("\n", start, end)
        line_end = end if line_end < 0 else line_end
        if not _LINK_DEFINITION.fullmatch(text, start, line_end):
            return False
        start = line_end + 1
    return True


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def no_turns_reason(text: str, layout: Layout, markers: Iterable[Marker]) -> str:
    """Say what was found when no turn was: glued dashes, lone labels, the shape of the text."""
    lines = layout.lines
    found = list(markers)
    reason = (
        "no question/answer turns found: a turn is a paragraph that starts with an en dash "
        "or em dash and a space ('– '), or with a speaker label such as 'Question:', 'Q ' or "
        "a name and a colon used for at least two turns"
    )
    glued = next((start for start in lines.content if _DASH_WITHOUT_SPACE.match(text, start)), None)
    details: list[str] = []
    if glued is not None:
        details.append(f"the dash on line {line_of(text, glued)} has no space after it")
    labels = Counter(m.label for m in found if m.kind != "dash" and m.label)
    if labels:
        seen = ", ".join(f"{label!r} ×{count}" for label, count in labels.most_common(8))
        details.append(f"labels seen once each or before any dialogue: {seen}")
    if layout.captions and not labels:
        cues = sum(
            1
            for i, kind in layout.set_aside.items()
            if kind == "timing" and text.find("-->", lines.content[i], lines.end[i]) >= 0
        )
        details.append(
            f"the {cues} caption cues name no speaker (no 'Name:' and no '<v Name>' on any cue), "
            "so who asks and who answers cannot be told: add the speakers' names to the cues"
        )
    blocks = lines.block[-1] + 1 if len(lines) else 0
    details.append(f"the text has {len(lines)} non-blank lines in {blocks} blocks")
    return reason + "; " + "; ".join(details)


def check_style(style: object) -> None:
    if style not in STYLES:
        msg = f"style={style!r}: use 'auto', 'dash' or 'labelled'"
        raise ArgumentValueError(msg)


def mixed_error(text: str, first_dash: int, first_label: int) -> TranscriptError:
    later = max(first_dash, first_label)
    return TranscriptError(
        f"the text mixes dash turns (line {line_of(text, first_dash)}) and "
        f"labelled turns (line {line_of(text, first_label)}): use one layout, "
        "or pass style='dash' or style='labelled' to read the other as plain text",
        text=text,
        offset=later,
    )
