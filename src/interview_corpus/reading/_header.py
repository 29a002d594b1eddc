"""The header: the blocks before the dialogue, classified, and the headline among them.

A photo block is the one whose last line starts with ``©`` (the credit; lines
above it are the caption). With a photo, the headline is the last block before
it (the page's navigation above). Without one, the headline is the first block
that reads as a headline: not a date (a time may follow it, with or without a
space: "15 May 201921:30"), a time, a language switcher, a menu, a
one-word navigation item, a page's control (a link's label of the site's
chrome, "Download the audio", "Font size", "Hear it (m4a)", "Back to top"),
a site's name over its menu (see _menu_block) or a stage direction (a line wholly in parentheses or
brackets, "(Intro music)"), and not prose (a long block that ends like a
sentence); where every such block is prose, a short one may be the headline,
but a paragraph of many words (twenty-five or more) that ends like a sentence
is the lede, never the title: a header of ledes and dates has no headline. A Markdown heading at the top is the headline (unless the header
holds three or more headings of its level: a document's sections, no title),
and so is the header's one top-level heading (``# Title``) below a line or two
of a few words ("Read the transcript!"), which are navigation;
wherever the headline is a Markdown heading, its hashes are its marker, not
its words,
and so is the first
heading underlined with a rule (``=====``, as Markdown's setext headings and
reStructuredText titles are; a printed record's double rule may stand one blank
line below its title), above which everything is furniture; the rule
ends the title, so lines right below it with no blank line between (a
standfirst) are the next block, not the title's words; a title in capitals
that such a rule ends, broken over blocks of its own where a line ends on a
small word ("FERRIES AND", a blank line, "THE WINTER TIMETABLE"),
begins with the block that ends so; markup (a
reStructuredText directive, HTML indented under it) is never the headline, and
a line number printed before the headline of a numbered transcript is left out
of it. The lede is the first
block after the headline that ends like a sentence. Blocks above the headline
are navigation; any other block is a preamble. A block that opens with a
dateline ("Moscow, December 22 -") is never the headline. The first short
block other than the headline and the lede that holds a whole date with a year
dates the text (its publication date, where none is given). In a header
pasted without blank lines, a block whose first line is furniture (a menu or
language item, one word, a date, a document's cross-reference target such as
``(label)=``) holds the headline on the first line after it that reads as one,
its bullet, or a heading's hashes, left out; the lines above are navigation,
the ones below preamble. A block whose first line stands over two lines or more
that are each a metadata field ("Hearing date: ...", "Video: ...") titles a
record's head: that first line is the headline, the fields preamble. A
header line that is a record's title field ("TITLE: TESTIMONY OF ANN LEE",
as an archive's identification form names the document) gives the title,
whatever heading stands above it, where it stands in a form (two other field
lines at least in its block) below no field that names a person ("Name:",
whose "Title:" is a job title). A site's or an outlet's name run into the
headline before a comma or a colon, where the words after it name the
document ("Harbourlink, Transcript of the Interview with ..."), is furniture,
not the title's, where it is one word or already stands in the navigation
above; a person's name ("Ann Lee: Interview with ...") stays the title's. A block pasted
without blank lines that holds furniture, the headline and the lede is the
headline's block, though it reads as prose as a whole. A one-line block
that recurs as a running header or footer of pages (it is three lines of
the text or more, digits aside: "May 5, 2024  Briefing  FINAL", "Page 1 of
24") is page furniture, never the headline. Above the lede, a block whose
headline line names the document it heads, then what it is of ("Interview
of Ann Lee for ...", "Transcript of ...", "Oral evidence: Ferries, HC 12",
or after a word or two that says which kind, "Preflight Interview: Ann Lee";
not a byline, "Interview by Ann Lee", unless it goes on to name whom the
text is with, "Interview by the Mayor with the Gazette"; remarks by whoever
says them, "Remarks by the Mayor at the Pier"), is the headline over the names of a site, an
office or a committee above it (or the page's controls), and so is such a
block right above the dialogue, below a site's notices in sentences; a date right below
that line in its block is the preamble's, not the title's, and so is what
follows the date there (a photo's reference number). A headline that only names the kind of
text below it ("Transcript", "Full transcript", "Interview") labels a
section: no title. A stack of short names over a line that says what the
document is ("Harbour Archive" / "Ferry Project" / "Annotated Interview
Transcript") is titled by that line (see _kind_below_names). A headline
printed twice in its block is read once (see _printed_once). A line that
names whom the text is of, then its kind ("Ann Lee Oral History"), names
the document too, and so do remarks named by whom or where they are given
("Remarks by the Mayor at the Pier"); the header's last headline candidate
that names the document is the title over a site's notices above it (see
_named_over_dialogue). A kicker that only names the kind of piece
("Interview") stands over the headline (see _below_kicker); a post's
headline stands right above its date, below its series' names and
description (see _over_its_date). A teaser of another page cut short with
an ellipsis is never the headline (see _teaser); nor are a bullet before a
one-line headline, a direction in square brackets run on into it, or a
link's placeholder ("URL") before that (see _headline_tail). A byline
("Transcript by the Hon Ann Lee MP", "Interview by Bo Chen"), a
transcript's list of its subjects ("Subjects: ferries; fares.") and its
disclaimer of errors and omissions ("E&OE") are the transcript's furniture,
never its title (see _transcript_furniture).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .._util.lazy import lazy_pattern
from ..model._objects import Photo, Segment
from ..model._span import Span
from ._layout import ENGLISH_CONNECTIVES, FIELD_LINE, SENTENCE_INSIDE

Block = tuple[int, int]

_CREDIT = lazy_pattern(r"©[^\S\n]*")
_SENTENCE_END = lazy_pattern(r"[.?!…][\"'”’»)\]]*$")
_PROSE_WORDS = 5  # words: a block this long that ends like a sentence is prose
_HEADING = lazy_pattern(r"#{1,6}[ \t]+")
# A heading's hashes on a line below the title's, a space after them or not ("###Attendees").
_HEADING_BELOW = lazy_pattern(r"#{1,6}[ \t]*[^\s#]")
# A heading underlined (Markdown's setext headings, reStructuredText's titles): the rule below it.
_UNDERLINE = lazy_pattern(r"\n[ \t]*(?:={3,}|-{3,}|~{3,}|\^{3,})[ \t]*$")
# The same rule under a block's first line, with more lines below it: the rule ends the title (as
# Markdown reads a setext heading), the lines below are the header's next block (a standfirst).
_UNDERLINE_FIRST = lazy_pattern(r"[^\n]+(\n[ \t]*(?:={3,}|-{3,}|~{3,}|\^{3,})[ \t]*)\n")
# A double rule one blank line below a block, as printed records set their title off
# ("HEARING TITLE" / "" / "=====") - not a Markdown thematic break, which is made of "-", "*" or "_".
_RULE_BELOW = lazy_pattern(r"[ \t]*\n[ \t]*\n[ \t]*={3,}[ \t]*(?:\n|$)")
# Markup that is no text: a reStructuredText directive (".. raw:: html") and the block of HTML
# indented under it.
_MARKUP = lazy_pattern(r"\.\. [\w:-]+::|[ \t]+<")
# A line number printed before a court or hearing transcript's line ("1      IN THE SUPREME ...").
_LINE_NUMBER = lazy_pattern(r"[ \t]*\d{1,2}[ \t]{3,}(?=\S)")
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_DATE = lazy_pattern(
    rf"[*_(\[]*(?:{_WEEKDAYS}\s+)?(?:"
    rf"(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    rf")(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}.*)?"
    # A printed record's column or page after its date ("19 May 2011 : Column 12", "May 4, 2024,
    # page 3"): where in the record the page starts, a running header's.
    r"(?:\s*[:,|–—-]\s*(?:column|col\.|page|p\.)\s*\d{1,5}[a-z]{0,2})?[*_)\]]*",
    re.IGNORECASE,
)
# The parts of a date with a year, to read the publication date from the header.
_DATE_PARTS = lazy_pattern(
    rf"\b(?:(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTHS})\.?,?\s+(?P<year2>\d{{4}})"
    r"|(?P<year3>\d{4})-(?P<month3>\d{2})-(?P<day3>\d{2})"
    r"|(?P<day4>\d{1,2})\.(?P<month4>\d{1,2})\.(?P<year4>\d{4}))\b",
    re.IGNORECASE,
)
# Words that name a text only as a text: "Transcript", "Transcription", "Interview", "Document",
# "Oral history".
_TEXT_KINDS = r"transcript(?:ion)?|interview|document|text|oral[ \t]+history"
# The kinds of document a header may name: those, and the events a record is of ("Oral evidence",
# "Press conference", "Hearing").
_DOCUMENT_KINDS = (
    rf"(?:{_TEXT_KINDS}|oral evidence|press (?:conference|briefing)|briefing|testimony|hearing"
    r"|conversation|remarks)"
)
# A line that names the document it heads, then what it is of: "Interview of Ann Lee for ...",
# "Transcript of the briefing", "Oral evidence: Ferries" (not a byline, "Interview by").
# A byline that goes on to name whom the text is with or given to ("Interview by the Mayor with the
# Gazette") names the document too, and so do remarks by whoever speaks them ("Remarks by the
# Mayor at the Pier": the one named says them, no author writes them), or where they are given.
_NAMES_DOCUMENT = lazy_pattern(
    rf"[ \t]*(?:{_DOCUMENT_KINDS}(?:[ \t]*:|[ \t]+(?:of|with|for|on)\b"
    r"|[ \t]+(?:given[ \t]+)?by[ \t][^\n]{1,80}?[ \t](?:with|to)[ \t])"
    r"|remarks[ \t]+(?:by|at)\b)",
    re.IGNORECASE,
)
# A byline: the text's kind, then who made or issued it ("Transcript by the Hon Ann Lee MP",
# "Interview conducted by Bo Chen", "Transcribed by ..."); a byline that goes on to name whom the
# text is with (_NAMES_DOCUMENT) names the document instead.
_BYLINE = lazy_pattern(
    rf"[ \t]*(?:(?:{_TEXT_KINDS})(?:[ \t]+(?:prepared|produced|conducted|edited|issued|released))?"
    r"|transcribed|interviewed)[ \t]+by[ \t]+\S",
    re.IGNORECASE,
)
# A transcript's own furniture: the list of the subjects it covers ("Subjects: ferries; fares."),
# and the disclaimer of errors and omissions ("E&OE", "E. & O. E.", a row of dots after it as a
# page sets it; the page may write it "E&EO", or after the kind of text: "Transcript, E&OE").
_SUBJECTS = lazy_pattern(
    r"[ \t]*(?:subjects|topics)(?:[ \t]+(?:discussed|covered))?[ \t]*:",
    re.IGNORECASE,
)
_ERRORS_EXCEPTED = lazy_pattern(
    rf"(?:(?:{_TEXT_KINDS})[ \t]*[,:–—-][ \t]*)?"
    r"E\.?[ \t]*&[ \t]*(?:O\.?[ \t]*E|E\.?[ \t]*O)\.?[ \t.…·_–—-]*",
    re.IGNORECASE,
)
# The same after one or two capitalised words that say which kind: "Preflight Interview: Ann Lee".
_NAMES_QUALIFIED_DOCUMENT = lazy_pattern(
    rf"[ \t]*(?:[A-Z][\w'’-]*[ \t]+){{1,2}}(?i:{_DOCUMENT_KINDS})"
    r"(?:[ \t]*:|[ \t]+(?i:of|with|for|on)\b)"
)
# A line of two words or more that ends in the kind of text it heads: "Annotated Interview Transcript".
# A name before the kind, the kind capitalised as a title's words are ("Ann Lee Oral History",
# "The Ferry Interview"): the line names the document (see _names_document).
_NAME_THEN_KIND = lazy_pattern(
    r"[ \t]*[A-Z][^\n:]*[ \t](?:Transcript(?:ion)?|Interview|Oral[ \t]+History)[ \t]*"
)
_ENDS_IN_KIND = lazy_pattern(rf"[ \t]*[^\s:][^\n:]*[ \t](?i:{_TEXT_KINDS})[ \t]*")
# A heading that only names the kind of text below it, a section's label: "Transcript", with at
# most a word for which or how whole ("Full transcript", "Episode Transcription", "Interview transcript",
# "Video transcript", "Partial transcript", "Rush transcript"), or saying it is a part of one
# ("Excerpt of Transcript", "Excerpts from the transcript", "Transcript excerpt").
_SECTION_LABEL = lazy_pattern(
    r"[\s#*_]*(?:(?:an? )?excerpts? (?:of|from) (?:the |an? )?)?"
    r"(?:the |full |complete |partial |edited |rush |episode |interview |video |audio )?"
    rf"(?:{_TEXT_KINDS})(?: excerpts?)?[\s*_:.]*",
    re.IGNORECASE,
)
# A Markdown thematic break on a line of its own, with its newline: "---".
_RULE_LINE = lazy_pattern(r"[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*\n")
_RUNNING_CHARS = 100  # a running header or footer of pages is this short at most
_RUNNING_USES = 3  # a header line that opens this many lines of the text runs over its pages
_DIGIT_RUN = lazy_pattern(r"\d+")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SECTIONS = 3  # headings of one level in a header: a document of sections, not a headline
_ABOVE_TITLE_WORDS = 6  # words: a line this short above a page's top-level heading is navigation
_DATE_LINE_WORDS = 10  # a header line this short that holds a date dates the text
_PARAGRAPH_WORDS = 25  # a block this long that ends like a sentence is a paragraph, not a title
# A dateline opens a news report's first paragraph: "Harbourtown. May 4th. HARBOUR WIRE -".
_DATELINE = lazy_pattern(
    rf"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}}[.,]\s+(?:{_MONTHS})\.?\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_TIME = lazy_pattern(
    r"[*_(\[]*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h|hrs)?(?:\s+[A-Z]{2,5})?[*_)\]]*",
    re.IGNORECASE,
)
_LANGUAGES = lazy_pattern(r"(?:[•|·/]?\s*[a-z]{2}(?:-[A-Z]{2})?\s*)+")
# A line wholly in parentheses or square brackets: a stage direction ("(Intro music)", "[Music]").
_DIRECTION = lazy_pattern(r"\([^()\n]{1,80}\)|\[[^\[\]\n]{1,80}\]")
# The marks of a list's bullets ("• The Night Ferry"); "*" and "-" bullet a list in plain text too.
_BULLETS = "•·▪◦‣"
# A list bullet or the indentation before a header line's words.
_BULLET = lazy_pattern(rf"[ \t\u00a0]*(?:[{_BULLETS}*-][ \t\u00a0]+)?")
# A bullet before a headline of one line, as a page's list of posts sets it ("• The Night Ferry"):
# a typographic bullet only, as a line that opens with "-" or "*" may be a dash's turn or emphasis.
_HEADLINE_BULLET = lazy_pattern(rf"[{_BULLETS}][ \t\u00a0]+(?=\S)")
# The end of a one-line headline that is no title's: a link's lost address ("URL"), a direction in
# square brackets ("[Music: harbour bells]"), or both (see _headline_tail, which finds them by
# string methods from the line's end: a pattern searched would retry a long run of spaces).
_LINK_PLACEHOLDERS = ("URL", "Link")
_HEADLINE_DIRECTION = 80  # characters inside a direction's brackets, at most
_TITLE_WORDS = 2  # words of a title that stay before a tail cut from it, at least
# Small words a line of a title broken over lines may end on (the title goes on below): the
# connectives, and the articles, which open no name but may end a title's line.
_TITLE_CONNECTIVES = ENGLISH_CONNECTIVES | {"a", "an"}
# The names of a form's fields that name a person: a "Title:" below one is their job title.
_PERSON_FIELDS = frozenset(
    (
        "name", "full name", "interviewee", "interviewer", "narrator", "guest", "speaker",
        "participant", "witness", "author",
    )
)  # fmt: skip
_FORM_FIELDS = 2  # other field lines in a title field's block: the block is a form
# A title's field run on in a header line with other fields ("Transcript for: ", "Title: "), and the
# name of any field that follows it there ("Description: ", "Released: ") (see _run_on_title_field).
_RUN_ON_TITLE = lazy_pattern(
    rf"(?<=\S[ \t])(?:title|(?:{_TEXT_KINDS})[ \t]+(?:for|of))[ \t]*:[ \t]+(?=\S)", re.IGNORECASE
)
_RUN_ON_FIELD = lazy_pattern(r"(?<=\S[ \t])[A-Z][a-z]+:(?=[ \t])")
# A name run into the headline before a comma or a colon: "Harbourlink, Transcript of ..." (see
# _site_prefix for when it is a site's).
_SITE_PREFIX = lazy_pattern(r"[^\s,:：][^\n,:：]{0,29}[,:：][ \t]*")
# A browser's title of a page: its words, a bar, the site's name ("Ferry Talk | Harbour Newsroom").
_SITE_AND_HEADLINE = lazy_pattern(r"[^|\n]*\S[ \t]+\|[ \t]+[^|\s][^|\n]{0,40}")
# A note in parentheses after a headline's words, all that a line adds to it: " (Excerpt)".
_PARENTHESISED_NOTE = lazy_pattern(r"[ \t]*\([^()\n]+\)[ \t]*")
# An item's number alone, its period escaped as Markdown may write it ("1.", "12\\.").
_ITEM_NUMBER = lazy_pattern(r"[ \t]*\d{1,3}\\?[.)][ \t]*")
_OUTLINE_LEVELS = 3  # levels of headings, at least, in a header that outlines a record's parts
_SECTION_REPEAT = 20  # characters: a headline printed again without its section's name, at least
_HEADLINE_BELOW_WORDS = 3  # words: a page title holds a line this long below it: the headline
_NAVIGATION = lazy_pattern(r".*(?:\s[|•›»>/]\s|\s[|•›»]|[|•›»]\s).*")
# A page's breadcrumb trail: three items or more on one line, each after the first behind a ">"
# ("Home > News > Briefings > Friday, May 3, 2024").
_BREADCRUMB = lazy_pattern(
    r"[^\n>›»]*[^\s>›»][ \t]+[>›»](?:[ \t]+[^\n>›»]*[^\s>›»][ \t]+[>›»]){1,}[ \t]+[^\n>›»]*\S"
)
# A page's control, a link's label of the site's chrome (see kind_of): a verb of the chrome alone or
# with the few words such a link takes, listed one by one ("Download the audio", "Share this page",
# "Skip to content", "Listen now", "Sign in"), the page's text-size control, a short link to a file that names its
# format ("Hear it (m4a)", "Full report (PDF, 2 MB)"), a link back to the site's home page or the
# page's top ("Back to top", "Return to the Harbour home page").
_CONTROL = lazy_pattern(
    r"(?:[+•·*>-]?[ \t]*(?:"
    r"(?:download|subscribe)(?:[ \t]+[^\s(]+){0,2}"
    r"|(?:share|print|email|search)(?:[ \t]+(?:this(?:[ \t]+(?:page|article|story|site))?"
    r"|form|page|on[ \t]+\S+))?"
    r"|skip[ \t]+(?:to[ \t]+(?:the[ \t]+)?(?:main[ \t]+)?(?:content|navigation)|navigation)"
    r"|(?:(?:jump|go)[ \t]+)?to[ \t]+(?:the[ \t]+)?(?:main|central)[ \t]+content(?:[ \t]+area)?"
    r"|sign[ \t]+(?:in|up|out)|log[ \t]*(?:in|out)"
    r"|(?:listen|watch|play|read)[ \t]+now|(?:text|font)[ \t]+size"
    r")(?:[ \t]*[(\[][^()\[\]\n]{1,20}[)\]])?"
    r"|[+•·*>-]?[^\n]{1,30}[(\[](?:mp3|mp4|m4a|wav|ogg|mov|webm|pdf|docx?|rtf|txt)\b[^()\[\]\n]{0,20}[)\]]"
    r"|(?:return|back|go)[ \t]+to\b[^\n]{0,100}\b(?:home[ \t]*page|top)"
    r")[ \t]*",
    re.IGNORECASE,
)
# An image's text where a copy lost the picture: a few words naming it, ending in what it is
# ("Harbour Board Logo", "Ferry Line Icon"); beside another line that could be the headline only
# (see Header._headline).
_IMAGE_TEXT = lazy_pattern(r"[ \t]*(?:[^\s.?!:;,]+[ \t]+){1,4}(?i:icon|logo)[ \t]*")
_RESTATED_WORDS = 3  # last words a sub-heading shares with the headline it restates
_WORD_MARKS = "\"'“”‘’.,:;!?()[]"
# A page counter: a few words, then the page's number out of the pages' ("Page 3 of 24", "You are on
# page 1 of 202", "Seite 1 von 202", "Page 3/24"), as a site's viewer of a long document prints it.
_PAGE_COUNTER = lazy_pattern(
    r"(?:\S+[ \t]+){0,4}\S*?[ \t]*(?P<page>\d{1,5})[ \t]*"
    r"(?:/|(?:of|von|de|di|sur|van|av|af|z)\b)[ \t]*(?P<pages>\d{1,5})",
    re.IGNORECASE,
)
# A transcript's line number before a line's words ("12 [The hearing was called to order ...").
_NUMBERED_LINE = lazy_pattern(r"[ \t]*\d{1,2}[ \t]+(?=\S)")
_NUMBERED_DIRECTION = 300  # characters: a note of what happened, over numbered lines, at most
_TEASER_WORDS = 8  # words: a line this long cut short with an ellipsis is a teaser of another page
_FIELDS = 2  # field lines right below a block's first line: that line titles the document
_TWICE_WORDS = (
    3  # words: a line this long at least, printed twice over on one line, is one headline
)


def _underline(text: str, block: Block) -> re.Match[str] | None:
    """The rule that underlines a title in ``block``: its last line, or its second with more below.

    A match whose last group (where there is one) is the rule's line, newline before it included.
    """
    start, end = block
    return _UNDERLINE.search(text, start, end) or _UNDERLINE_FIRST.match(text, start, end)


def _continues(text: str, above: Block, title: Block) -> bool:
    """Whether a block of one line in capitals ends on a small word that the title block goes on from.

    A printed record centres a long title over lines of its own, a blank line
    between them ("FERRIES AND" / "THE WINTER TIMETABLE"): a line
    that ends on a connective ("and", "of", "the") is not a whole title.
    """
    words = text[above[0] : above[1]].split()
    return (
        "\n" not in text[above[0] : above[1]]
        and len(words) >= 2  # noqa: PLR2004 - a word and the connective at least
        and not any(letter.islower() for letter in text[above[0] : title[1]])
        and words[-1].casefold() in _TITLE_CONNECTIVES
    )


def credit_line(text: str, block: Block) -> re.Match[str] | None:
    """Match the ``©`` that opens the block's last line, if it does."""
    start, end = block
    line_start = max(start, text.rfind("\n", start, end) + 1)
    return _CREDIT.match(text, line_start, end)


def kind_of(text: str, block: Block) -> str | None:  # noqa: C901, PLR0911 - one return per kind
    """The kind of furniture a header block is, if it is: a date, a time, a menu, a control...

    ``"date"``, ``"time"``, ``"language"``, ``"navigation"``, ``"control"``,
    ``"markup"``, ``"direction"`` or ``"image"``, else None.

    A direction is a line wholly in parentheses or square brackets, as a
    transcript notes what is heard rather than said ("(Intro music: ferry
    horn)", "[Music]"): never the headline. A control is a page's own link
    or button, chrome that many sites print the same way: "Download" or
    "Subscribe" alone or with two words at most after it ("Download the
    audio"); "Share", "Print", "Email" or "Search" alone or with what it acts
    on ("Share this page", "Print form", "Share on Mastodon"); "Skip to
    content" or "Skip navigation"; "Sign in", "Sign up", "Sign out", "Log in",
    "Log out"; "Listen now", "Watch now", "Play now", "Read now"; the page's
    text-size control ("Font size") - each with a short note in brackets
    after it or not; a short link to a file that names its format ("Hear it
    (m4a)", "Full report (PDF)"); a link back to the home page or the top
    ("Back to top") - never the headline. A page's breadcrumb trail, a line
    of three items or more joined by ``>`` ("Home > News > Briefings > May
    2024"), is navigation however long its items are. An image's text, where a copy of
    the page lost the picture, names it in a few words ending in what it is
    ("Harbour Board Logo", "Ferry Line Icon"): ``"image"``, not the headline
    where another line could be (alone, "Designing the Harbour Logo" is).
    A page counter, a few words and then the page's number out of the
    pages' ("Page 3 of 24", "You are on page 1 of 202", "Page 3/24"), is
    navigation.
    A date behind a numbered transcript's line number ("15 Friday, May 8,
    2026") is a date.
    """
    start, end = block
    piece = text[start:end]
    if _MARKUP.match(text, start, end):
        return "markup"
    if _DIRECTION.fullmatch(piece):
        return "direction"
    if any(mark in piece for mark in ">›»") and _BREADCRUMB.fullmatch(piece):
        return "navigation"  # a breadcrumb trail, however long its items
    if len(piece) > 80:  # noqa: PLR2004 - longer than any date line
        # A link's label may be printed twice, the image's and the text's.
        return "control" if len(piece) <= 200 and _CONTROL.fullmatch(piece) else None  # noqa: PLR2004
    if _DATE.fullmatch(piece) or (
        (number := _NUMBERED_LINE.match(piece)) and _DATE.fullmatch(piece, number.end())
    ):
        return "date"  # a numbered transcript's line number before it, or not
    if _TIME.fullmatch(piece) and any(c.isdigit() for c in piece):
        return "time"
    if _LANGUAGES.fullmatch(piece) and "-" in piece:
        return "language"
    if _NAVIGATION.fullmatch(piece) and len(piece.split()) <= 12:  # noqa: PLR2004
        return "navigation"
    if _CONTROL.fullmatch(piece):
        return "control"
    if _IMAGE_TEXT.fullmatch(piece):
        return "image"
    if (counter := _PAGE_COUNTER.fullmatch(piece)) and int(counter["page"]) <= int(
        counter["pages"]
    ):
        return "navigation"  # a page counter: "Page 3 of 24"
    return None


def date_in(text: str, start: int, end: int) -> str | None:
    """The first whole date with a year in ``text[start:end]``, as ``YYYY-MM-DD``.

    ``22.12.2025`` is day first. (A string, not a ``datetime.date``: the parser
    imports :mod:`datetime` only for a text that has a date.)
    """
    for found in _DATE_PARTS.finditer(text, start, end):
        parts = {key.rstrip("234"): value for key, value in found.groupdict().items() if value}
        month = parts["month"]
        number = int(month) if month.isdigit() else _MONTH_NAMES.index(month[:3].casefold()) + 1
        year, day = int(parts["year"]), int(parts["day"])
        if 1 <= number <= 12 and 1 <= day <= _days_in(year, number):  # noqa: PLR2004
            return f"{year:04d}-{number:02d}-{day:02d}"
    return None


def _days_in(year: int, month: int) -> int:
    if month == 2:  # noqa: PLR2004 - February
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in {4, 6, 9, 11} else 31


class Header:
    """The header blocks before the first turn, classified by their place and shape."""

    def __init__(self, text: str, blocks: list[Block], segments: list[Segment]) -> None:  # noqa: C901, PLR0912, PLR0915 - the reading's rules, one branch each, in the order they apply
        self.headline: Span | None = None
        self.lede: Span | None = None
        self.photo: Photo | None = None
        self.date: str | None = None  # the date a header line gives, as YYYY-MM-DD
        # A record's "TITLE: ..." line, its words; or a title's field run on with others in a line.
        self.title_field = _title_field(text, blocks) or _run_on_title_field(text, blocks)
        photo_index = next(
            (i for i in reversed(range(len(blocks))) if credit_line(text, blocks[i])), None
        )
        kinds: dict[int, str] = {}
        others = [i for i in range(len(blocks)) if i != photo_index]
        headline: int | None = None
        heading = _HEADING.match(text, *blocks[0]) if blocks else None
        outline = _outline(text, blocks)
        underlined = next(
            (
                (i, rule)
                for i in others
                if (rule := _underline(text, blocks[i]) or _RULE_BELOW.match(text, blocks[i][1]))
                and kind_of(text, blocks[i]) is None
            ),
            None,
        )
        top = _top_heading(text, blocks) if heading is None and photo_index is None else None
        if outline or (heading is not None and _sections(text, blocks, heading.group())):
            headline = None  # headings of one level, one after another: sections, no title
            kinds.update(dict.fromkeys(range(len(blocks)), "preamble"))
        elif heading is not None and photo_index != 0:
            headline = 0
        elif top is not None:
            headline = top  # the document's one top-level heading, below a short line or two
        elif underlined is not None and photo_index is None:
            headline = underlined[0]  # the first underlined heading: the ones above are furniture
        elif photo_index is not None:
            if len(others) > 1 and _SENTENCE_END.search(text, *blocks[others[-1]]):
                kinds[others.pop()] = "lede"
            before_photo = [i for i in others if i < photo_index]
            candidates = before_photo or others
            headline = candidates[-1] if candidates else None
        else:
            headline = self._headline(text, blocks, others, kinds)
        # A title in capitals broken over two blocks where a line ends on a small word ("FERRIES
        # AND" / "THE WINTER TIMETABLE"): the block above goes on in the headline.
        joined = (
            headline - 1
            if headline is not None
            and underlined is not None
            and headline == underlined[0]
            and headline - 1 in others
            and _continues(text, blocks[headline - 1], blocks[headline])
            else None
        )
        if headline is not None and photo_index is None and len(others) > 1:
            lede = next(
                (
                    i
                    for i in others
                    if i > headline
                    and i not in kinds
                    and _prose(text, blocks[i], words=_PROSE_WORDS)
                ),
                None,
            )
            if lede is not None:
                kinds[lede] = "lede"
        for i in others:
            if i not in kinds:
                above = headline is not None and i < headline
                kinds[i] = "navigation" if above else "headline" if i == headline else "preamble"
        for i, (block_start, block_end) in enumerate(blocks):
            if i == joined:
                continue  # the headline's first line: its span starts there
            if i == photo_index:
                self.photo = self._photo(text, block_start, block_end, segments)
                continue
            start, end = block_start, block_end
            if i == headline and joined is not None:
                start = blocks[joined][0]
            if i == headline and heading is not None:
                marker = Span(start, heading.end())
                segments.append(Segment("heading-marker", marker, text))
                start = heading.end()
                below = _headings_below(text, start, end)
                if below is not None:  # the title's one line; the headings below it, preamble
                    segments.append(Segment("preamble", Span(below, end), text))
                    if self.date is None:
                        self.date = _dated(text, Span(below, end))
                    end = start + len(text[start:below].rstrip())
            elif i == headline and (hashes := _HEADING.match(text, start, end)) is not None:
                # A heading below the header's first blocks: its hashes are the marker too.
                segments.append(Segment("heading-marker", Span(start, hashes.end()), text))
                start = hashes.end()
            elif (
                i == headline
                and underlined is not None
                and underlined[0] == i
                and underlined[1].start() < end  # the rule inside the block, not below it
            ):
                rule = underlined[1]
                rule_start, rule_end = rule.span(rule.lastindex or 0)
                segments.append(Segment("heading-marker", Span(rule_start + 1, rule_end), text))
                if rule_end < end:  # lines right below the title's rule: the next block's
                    standfirst = Span(rule_end + 1, end)
                    segments.append(Segment("preamble", standfirst, text))
                    if self.date is None:
                        self.date = _dated(text, standfirst)
                end = rule_start
            elif (
                i == headline
                and "\n" not in text[start:end]
                and (bullet := _HEADLINE_BULLET.match(text, start, end))
            ):
                # A bullet before the headline (a list item's, a link's): its marker, not a word.
                segments.append(Segment("heading-marker", Span(start, bullet.end()), text))
                start = bullet.end()
            elif i == headline and (number := _LINE_NUMBER.match(text, start, end)):
                segments.append(Segment("page-furniture", Span(start, number.end()), text))
                start = number.end()
            elif i == headline and (line := _headline_line(text, (start, end))) is not None:
                # Furniture pasted above the headline in its block: navigation; below it, preamble.
                if line[0] > start:
                    furniture = text[start : line[0]].rstrip()
                    segments.append(
                        Segment("navigation", Span(start, start + len(furniture)), text)
                    )
                if line[1] < end:
                    below = end - len(text[line[1] : end].lstrip())
                    segments.append(Segment("preamble", Span(below, end), text))
                    if self.date is None:
                        self.date = _dated(text, Span(below, end))
                start, end = line
                if (hashes := _HEADING.match(text, start, end)) is not None:
                    # The headline's line is a heading: its hashes are the marker, not words.
                    segments.append(Segment("heading-marker", Span(start, hashes.end()), text))
                    start = hashes.end()
            if i == headline and (dated := _date_below(text, start, end)) is not None:
                # The headline's line over a date in its block: the date is the preamble's.
                segments.append(Segment("preamble", Span(dated, end), text))
                if self.date is None:
                    self.date = _dated(text, Span(dated, end))
                end = start + len(text[start:dated].rstrip())
            if i == headline and (site := _site_prefix(text, blocks[0][0], start, end)) is not None:
                # A site's name run into the headline ("Harbourlink, Transcript of ..."): furniture.
                name_end = start + len(text[start:site].rstrip(" \t,:："))
                segments.append(Segment("navigation", Span(start, name_end), text))
                start = site
            if i == headline and (tail := _headline_tail(text, start, end)) is not None:
                # A direction run on into the headline's line ("[Music]"), and a link's lost
                # address ("URL") before it: the preamble's, not the title's.
                segments.append(Segment("preamble", Span(tail, end), text))
                end = start + len(text[start:tail].rstrip())
            span = Span(start, end)
            kind = kinds[i]  # headline, lede, navigation or preamble
            if kind == "headline" and _SECTION_LABEL.fullmatch(text, start, end):
                kind = "preamble"  # "Transcript" alone labels the section below: no title
            if self.date is None and kind in {"preamble", "navigation"}:
                self.date = _dated(text, span)
            segments.append(Segment(kind, span, text))
            if kind == "headline":
                self.headline = span
            elif kind == "lede":
                self.lede = span

    @staticmethod
    def _headline(
        text: str, blocks: list[Block], others: list[int], kinds: dict[int, str]
    ) -> int | None:
        images = Header._furniture(text, blocks, others, kinds)
        candidates = [i for i in others if i not in kinds and not _DATELINE.match(text, *blocks[i])]
        if not candidates and len(images) == 1:
            # An image's text is furniture beside a line that could be the headline, or beside
            # another image's: the header's one such line, and no other, is the headline itself
            # ("Designing the Harbour Logo").
            candidates = images
            del kinds[images[0]]
        # A block pasted without blank lines may hold furniture, the headline and the lede: its
        # headline line makes it the headline's block, prose as the whole may be.
        headlines = [
            i
            for i in candidates
            if not _prose(text, blocks[i], words=_PROSE_WORDS)
            or _headline_line(text, blocks[i]) is not None
        ]
        shapes: Counter[str] | None = None  # the text's lines, digits aside: counted once, if asked
        accepted: list[int] = []
        for i in headlines:
            if (
                len(text[blocks[i][0] : blocks[i][1]].split()) < 2  # noqa: PLR2004 - one word is a menu item
                or _SECTION_LABEL.fullmatch(text, *blocks[i])  # "Excerpt of transcript": no title
            ):
                continue
            shape = _running_shape(text, blocks[i])
            if shape is not None and _may_recur(text, shape):
                shapes = _line_shapes(text) if shapes is None else shapes
                if shapes[shape] >= _RUNNING_USES:
                    continue  # a running header or footer of pages
            accepted.append(i)
        # Above the lede, a line that names the document ("Interview of ...", "Oral evidence: ...")
        # is the headline, over the names of a site, an office or a committee above it; so is
        # such a line right above the dialogue, below a site's notices in sentences.
        lede = next((i for i in candidates if i not in headlines), len(blocks))
        named = _named_or_kicked(text, blocks, others, accepted, lede)
        if named is not None:
            return named
        if accepted:
            return Header._below_its_section(text, blocks, accepted)
        # A paragraph of many words that ends like a sentence is a lede, never a title.
        candidates = [i for i in candidates if not _prose(text, blocks[i], words=_PARAGRAPH_WORDS)]
        return next(iter(headlines or candidates), None)

    @staticmethod
    def _furniture(
        text: str, blocks: list[Block], others: list[int], kinds: dict[int, str]
    ) -> list[int]:
        """Mark the header's furniture blocks in ``kinds``; return those that are an image's text."""
        images: list[int] = []
        for i in others:
            kind = _block_kind(text, blocks[i])
            below = (blocks[j] for j in others if j > i)  # looked at only below a page's title
            if kind is None and _browser_title(text, blocks[i], below):
                kind = "navigation"
            if kind == "image":
                images.append(i)
            if kind is not None:
                kinds[i] = "navigation" if kind in {"navigation", "control"} else "preamble"
        return images

    @staticmethod
    def _below_its_section(text: str, blocks: list[Block], accepted: list[int]) -> int:
        """The first headline candidate, or the next where that one only begins it.

        A page prints the name of its section or series above a headline that
        repeats it ("Ferry Talks", then "Ferry Talks: The Night Crossing"):
        the line the next one begins with names the section, and the longer
        line is the title. A section named in the plural ("Press Talks")
        names it too where the headline begins with the singular ("Press
        Talk with the Harbour Master", "Stories" over "Story of ..."). A line
        that only adds a note in parentheses to the one above ("Ferry Talks"
        over "Ferry Talks (Excerpt)") prints the same headline again, with
        what the page says of its text: the first is the title. A headline
        printed after its section's name, then again alone ("News Ferry
        Talks: The Night Crossing" over "Ferry Talks: The Night Crossing"), is
        titled by the line the first one ends with.
        """
        first = " ".join(text[slice(*blocks[accepted[0]])].split())
        if len(accepted) > 1:
            following = " ".join(text[slice(*blocks[accepted[1]])].split())
            names = [first]
            if first.endswith("ies"):
                names.append(first[:-3] + "y")
            elif first.endswith("s") and not first.endswith("ss"):
                names.append(first[:-1])
            for name in names:
                if (
                    len(following) > len(first)
                    and following.startswith(name)
                    and not following[len(name)].isalnum()  # its words, not "Ferry Talkshow"
                    and _PARENTHESISED_NOTE.fullmatch(following, len(name)) is None
                ):
                    return accepted[1]
            if (
                len(first) > len(following) >= _SECTION_REPEAT
                and first.endswith(following)
                and first[-len(following) - 1] == " "
            ):
                return accepted[1]  # the headline again, without its section's name before it
        return accepted[0]

    @staticmethod
    def _photo(text: str, start: int, end: int, segments: list[Segment]) -> Photo:
        found = credit_line(text, (start, end))
        assert found is not None  # the block was chosen for its credit line
        caption: Span | None = None
        if found.start() > start:
            caption = Span(start, start + len(text[start : found.start()].rstrip()))
            segments.append(Segment("caption", caption, text))
        segments.append(Segment("credit-marker", Span(found.start(), found.end()), text))
        credit: Span | None = Span(found.end(), end) if found.end() < end else None
        if credit is not None:
            segments.append(Segment("credit", credit, text))
        return Photo(
            caption=caption.of(text) if caption else None,
            caption_span=caption,
            credit=credit.of(text) if credit else None,
            credit_span=credit,
        )


def _block_kind(text: str, block: Block) -> str | None:
    """The kind of furniture a whole header block is, if it is, as the headline is looked for.

    A kind of :func:`kind_of`; ``"navigation"`` for a site's name over its
    menu (see :func:`_menu_block`); ``"furniture"`` for a block of bylines, a
    list of subjects or the disclaimer of errors (see
    :func:`_transcript_furniture`), which the preamble holds.
    """
    kind = kind_of(text, block)
    if kind is None and _menu_block(text, block):
        return "navigation"
    if kind is None and _furniture_block(text, block):
        return "furniture"
    if kind is None and _numbered_direction(text, block):
        return "direction"
    return kind


def _numbered_direction(text: str, block: Block) -> bool:
    """Whether a block of numbered lines is wholly in square brackets or parentheses, numbers aside.

    A court's or a hearing's transcript numbers its lines, and a note of what
    happened ("[The hearing was called to order at 0900, 4 May 2026.]") may
    run over two of them: its words, the line numbers left out, are one
    stage direction, never the headline.
    """
    lines = _lines(text, block)
    words: list[str] = []
    for start, end in lines:
        if start == end or text[start:end].isspace():
            continue
        number = _NUMBERED_LINE.match(text, start, end)
        if number is None:
            return False
        words.append(text[number.end() : end].strip())
    piece = " ".join(words)
    return (
        bool(words)
        and len(piece) <= _NUMBERED_DIRECTION
        and (
            (piece.startswith("[") and piece.endswith("]") and piece.count("[") == 1)
            or (piece.startswith("(") and piece.endswith(")") and piece.count("(") == 1)
        )
    )


def _browser_title(text: str, block: Block, below: Iterable[Block]) -> bool:
    """Whether a header block opens with the page's title as a browser shows it, over its headline.

    A page copied whole from a browser may open with the window's title: the
    headline, perhaps with the page's kind and date around it, then a bar
    and the site's name ("Transcript of the Ferry Talk, May 4 | Harbour
    Newsroom"). Where a block further down the header opens with a line
    whose words that title holds (the headline as the page prints it), the
    title's block is the page's chrome, navigation, and the headline is the
    one below.
    """
    start, end = block
    newline = text.find("\n", start, end)
    first = text[start : end if newline < 0 else newline]
    if "|" not in first or _SITE_AND_HEADLINE.fullmatch(first) is None:
        return False
    words = f" {' '.join(first.casefold().split())} "
    for other in below:
        stop = text.find("\n", other[0], other[1])
        line = text[other[0] : other[1] if stop < 0 else stop].casefold().split()
        if len(line) >= _HEADLINE_BELOW_WORDS and f" {' '.join(line)} " in words:
            return True
    return False


def _headline_line(text: str, block: Block) -> Block | None:
    """The headline's own line, in a block that holds page furniture above it.

    A header pasted without blank lines puts the page's furniture and the
    headline in one block ("• Deutsch" over "• Interview of ..." over a
    byline). Where the block's first line is furniture (a date, a time, a
    language switcher, a menu line, one word), the headline is the first line
    after it that reads as one (two words or more, no furniture, not prose),
    without the bullet or the indentation before it. Where the block's first line
    only names the section of the line below, which begins with it, that
    line is the headline (see :func:`_section_over`). Returns its span, or None
    where the block opens otherwise (a headline wrapped over two lines).
    """
    lines = _lines(text, block)
    titled = _titled_fields(text, block, lines)
    if titled is not None:
        return titled
    named = _kind_below_names(text, lines)
    if named is not None:
        return named
    once = _printed_once(text, lines) or (
        lines[1] if len(lines) > 1 and _section_over(text, lines[0], lines[1]) else None
    )
    if once is not None:
        return once
    if len(lines) < 2 or not (_furniture(text, lines[0]) or _teaser(text, lines[0])):  # noqa: PLR2004 - one line is the headline
        return None
    for line_start, line_end in lines[1:]:
        opening = _BULLET.match(text, line_start, line_end)
        found = (opening.end() if opening else line_start, line_end)
        if not _furniture(text, found) and not _prose(text, found, words=_PROSE_WORDS):
            return found
    return None


def _section_over(text: str, first: Block, second: Block) -> bool:
    """Whether a header line only names the section of the headline below it, in one block.

    A header pasted without blank lines may keep its section's name on the
    line above the headline that begins with it ("Press Talks" over "Press
    Talks with the Harbour Master (May 4)"), as :meth:`Header._below_its_section`
    reads such lines in blocks of their own: the longer line is the headline.
    """
    name = " ".join(text[first[0] : first[1]].split())
    below = " ".join(text[second[0] : second[1]].split())
    return (
        len(name.split()) > 1
        and len(below) > len(name)
        and below.startswith(name)
        and not below[len(name)].isalnum()
    )


def _printed_once(text: str, lines: list[Block]) -> Block | None:
    """The headline's words once, where its block prints them twice ("Title" over "Title", "Title Title").

    A page may print its headline twice, as a link's or an image's label and
    as the heading, on two lines of one block or run together on one: a
    headline printed twice is read once. On one line, the halves must be
    three words at least each ("Bora Bora" is one name). Returns the first
    printing's span, or None where the first line is not printed twice.
    """
    start, end = lines[0]
    words = text[start:end].split()
    if not words:
        return None
    if len(lines) > 1 and text[lines[1][0] : lines[1][1]].split() == words:
        return start, start + len(text[start:end].rstrip())
    half = len(words) // 2
    if len(words) % 2 or half < _TWICE_WORDS or words[:half] != words[half:]:
        return None
    position = start
    for word in words[:half]:
        position = text.find(word, position, end) + len(word)
    return start, position


def _kind_below_names(text: str, lines: list[Block]) -> Block | None:
    """The last line of a stack of short names that says what the document is, if it does.

    An archive heads a document with the collection and the programme it belongs to, one
    short line each, over the line that says what the document is ("Harbour Archive" /
    "Ferry Project" / "Annotated Interview Transcript"): that last line, two words or more
    ending in the kind of text, is the headline; the names above it are the archive's.
    """
    if len(lines) < 2:  # noqa: PLR2004 - names above the kind's line
        return None
    last = lines[-1]
    if not _ENDS_IN_KIND.fullmatch(text, *last):
        return None
    for line in lines[:-1]:
        words = text[line[0] : line[1]].split()
        if not words or len(words) > _ABOVE_TITLE_WORDS or _SENTENCE_END.search(text, *line):
            return None
    return last


def _named_or_kicked(
    text: str, blocks: list[Block], others: list[int], accepted: list[int], lede: int
) -> int | None:
    """The headline candidate that names the document, else one a kicker or a date sets off.

    The candidate that names the document above the lede; else one that
    prints its headline twice (the page's title and its heading, "Ferry
    Talk" over "Ferry Talk"), above the lede, whatever section's name a
    page's menu sets above it ("News & events"); else the one below
    a kicker (:func:`_below_kicker`), the one right above its date
    (:func:`_over_its_date`), the header's last candidate that names the
    document, right above the dialogue (:func:`_named_over_dialogue`), or the
    one right above the label of the transcript below (:func:`_over_section_label`).
    """
    named = next((i for i in accepted if i < lede and _names_document(text, blocks[i])), None)
    if named is None:  # the headline printed twice, as the page's title and its heading
        named = next(
            (i for i in accepted if i < lede and _printed_once(text, _lines(text, blocks[i]))),
            None,
        )
    if named is None:
        named = _below_kicker(text, blocks, others, accepted, lede)
    if named is None:
        named = _over_its_date(text, blocks, accepted)
    if named is None:
        named = _named_over_dialogue(text, blocks, accepted)
    if named is None:
        named = _over_section_label(text, blocks, others, accepted)
    return named


def _named_over_dialogue(text: str, blocks: list[Block], accepted: list[int]) -> int | None:
    """The header's last headline candidate, where it names the document as a title does.

    A page may print notices of its own above a transcript (that it is an
    official site, that it is secure, that it belongs to an archive), short
    lines and sentences both; the last line above the dialogue (and the prose
    that may open it) that names the document ("Remarks by the Mayor at the
    Pier", "Interview with Jo Roe") is its title, whatever stands above it. A
    line that ends with a colon ("Podcast transcript:") introduces what
    follows, as a label does: not so.
    """
    if not accepted:
        return None
    last = accepted[-1]
    if text[slice(*blocks[last])].rstrip().endswith((":", "：")):
        return None
    return last if _names_document(text, blocks[last]) else None


def _over_section_label(
    text: str, blocks: list[Block], others: list[int], accepted: list[int]
) -> int | None:
    """The headline right above the label that opens the dialogue ("Transcript", "Excerpt of transcript").

    A page sets its headline, then a line that only names the kind of text
    below it, over the dialogue; notices and its site's lines stand above the
    headline. Where the header's last block is such a label, the headline
    candidate right above it (furniture such as a date aside) is the title,
    where it is a line of fewer words than a paragraph's (a note on the guest
    set there is no headline). Returns its index, or None.
    """
    if not others or not _SECTION_LABEL.fullmatch(text, *blocks[others[-1]]):
        return None
    for i in reversed(others[:-1]):
        if i in accepted:
            piece = text[slice(*blocks[i])]
            return i if "\n" not in piece and len(piece.split()) < _PARAGRAPH_WORDS else None
        if kind_of(text, blocks[i]) is None:
            return None  # words that are neither furniture nor a headline: no headline right above
    return None


def _over_its_date(text: str, blocks: list[Block], accepted: list[int]) -> int | None:
    """The headline right above its date, below the names and the description of its series.

    A page of a series sets the site's and the series' names and a paragraph
    that describes the series above each post; the post's headline stands
    right above its date ("Harbour Talks" / a paragraph on the series / "Jo
    Roe on the night ferry" / "April 18, 2016"). Once a paragraph (a block of
    ``_PARAGRAPH_WORDS`` words or more, with a sentence's end inside it) has
    stood anywhere above (not only right above), the first headline candidate
    below it whose next block is a date is the headline. Returns its index,
    or None.

    But a line over the date that ends with the same last words as a
    candidate anywhere above it (see :func:`_ends_alike`) restates that
    headline for the section below: the first such one above is the title.
    """
    paragraph = False
    for i in range(accepted[-1] + 1 if accepted else 0):
        if paragraph and i in accepted and i + 1 < len(blocks):
            if kind_of(text, blocks[i + 1]) == "date":
                restated = (
                    j for j in accepted if j < i and _ends_alike(text, blocks[j], blocks[i])
                )
                return next(restated, i)
        elif not paragraph:
            piece = text[slice(*blocks[i])]
            paragraph = (
                len(piece.split()) >= _PARAGRAPH_WORDS and SENTENCE_INSIDE.search(piece) is not None
            )
    return None


def _ends_alike(text: str, first: Block, second: Block) -> bool:
    """Whether two one-line blocks, each of more than three words, end with the same three words.

    Case and the marks around words aside.
    """
    pieces = text[slice(*first)], text[slice(*second)]
    if any("\n" in piece for piece in pieces):
        return False
    words = [[w.strip(_WORD_MARKS).casefold() for w in piece.split()] for piece in pieces]
    tail = _RESTATED_WORDS
    return min(map(len, words)) > tail and words[0][-tail:] == words[1][-tail:]


def _below_kicker(
    text: str, blocks: list[Block], others: list[int], accepted: list[int], lede: int
) -> int | None:
    """The headline below a kicker: a block that only names the kind of text ("Interview").

    A page sets a word over its headline that says what kind of piece it is
    (a kicker: "Interview", "Transcript"), below the site's name and its
    menu: the first headline candidate below the kicker, above the lede, is
    the title, and the blocks above the kicker are the page's. Returns its
    index, or None where no kicker stands above a candidate.
    """
    for i in others:
        if i >= lede:
            break
        if _SECTION_LABEL.fullmatch(text, *blocks[i]):
            return next((j for j in accepted if i < j < lede), None)
    return None


def _menu_block(text: str, block: Block) -> bool:
    """Whether a block is a site's name over its menu: every line below the first is chrome.

    A page pasted without blank lines sets its site's name over the menu ("Harbourlink" over
    "News", "Search", "Return to the Harbourlink home page"): where two lines or more stand
    below the first and each is a menu item, a language, a control, markup, a stage direction
    or one word (no date or time, which may date a headline), one at least a control, a menu
    or a language (single words alone may be a name's job and place), the block is the page's
    navigation, never the headline.
    """
    lines = _lines(text, block)
    if len(lines) < 3:  # noqa: PLR2004 - the first line and two below it
        return False
    chrome = False  # a control or a menu below the first line, not only single words (a name's)
    for line in lines[1:]:
        opening = _BULLET.match(text, *line)
        start, end = opening.end() if opening else line[0], line[1]
        kind = kind_of(text, (start, end))
        if kind in {"date", "time"} or (kind is None and len(text[start:end].split()) > 1):
            return False
        chrome = chrome or kind in {"control", "navigation", "language"}
    return chrome


def _lines(text: str, block: Block) -> list[Block]:
    """The lines of a block, each as its span without the newline."""
    start, end = block
    lines: list[Block] = []
    position = start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        lines.append((position, stop))
        position = stop + 1
    return lines


def _names_document(text: str, block: Block) -> bool:
    """Whether a header block's headline line names the document it heads ("Interview of ...").

    The kind may follow a word or two that says which kind it is ("Preflight
    Interview: Ann Lee", "Exclusive Interview with Ann Lee"): the line still
    names the document, where the words above it are the page's. So does a
    line that names whom the text is of, then its kind, capitalised as a
    title is ("Ann Lee Oral History", "The Harbour Master Interview").
    """
    line = _headline_line(text, block) or block
    return (
        _NAMES_DOCUMENT.match(text, *line) is not None
        or _NAMES_QUALIFIED_DOCUMENT.match(text, *line) is not None
        or _NAME_THEN_KIND.fullmatch(text, *line) is not None
    )


def _date_below(text: str, start: int, end: int) -> int | None:
    """Where the date below a headline's first line starts, in its block, if a date or time is next.

    A header pasted without blank lines may set the date right below the
    headline ("Oral evidence: Ferries, HC 12" over "Wednesday 4 May 2026").
    A title does not go on past its date: the lines after the date in the
    block (a photo's reference number, a byline) are the preamble's too. Nor
    past a page's control set right below it ("+ Hear it (m4a)"): a link's
    label is no word of the title; nor past a line that only names the kind
    of text below ("Video transcript"): the section's label.
    """
    lines = _lines(text, (start, end))
    if len(lines) < 2:  # noqa: PLR2004 - the headline's line alone
        return None
    first, last = lines[1]
    if first < last and _SECTION_LABEL.fullmatch(text, first, last):
        return first  # "Video transcript" below the headline: the section's label, not its words
    if first >= last or kind_of(text, (first, last)) not in {"date", "time", "control"}:
        return None
    return first


def _running_shape(text: str, block: Block) -> str | None:
    """A one-line header block's words, digits aside, where it is short enough to run over pages.

    Text taken from pages repeats each page's header ("May 5, 2024  Press
    Conference  FINAL") and footer ("Page 1 of 24", its numbers changing)
    further on: a short line that recurs as three lines or more of the text,
    digits aside (see :func:`_line_shapes`), is page furniture, not the headline.
    """
    start, end = block
    piece = text[start:end].strip()
    if not piece or "\n" in piece or len(piece) > _RUNNING_CHARS:
        return None
    return _DIGIT_RUN.sub("0", piece)


def _may_recur(text: str, shape: str) -> bool:
    """Whether the words of ``shape`` between its numbers stand in the text as often as a running line's.

    A line that recurs three times holds its longest run of words three times:
    one count of that run (no pass over the lines) rules most headlines out
    before the text's lines are counted.
    """
    words = max(shape.split("0"), key=len).strip()
    return not words or text.count(words) >= _RUNNING_USES


def _line_shapes(text: str) -> Counter[str]:
    """How often each short line of the text recurs, digits aside ("Page 0 of 0"), once per text."""
    # The digits are put aside in one pass over the text rather than one a line: a run of digits
    # holds neither a line break nor white space, so each line's shape is the same.
    return Counter(
        shape
        for line in _DIGIT_RUN.sub("0", text).split("\n")
        if (shape := line.strip()) and len(shape) <= _RUNNING_CHARS
    )


def _titled_fields(text: str, block: Block, lines: list[Block] | None = None) -> Block | None:
    """The first line of a block that titles the metadata fields listed right below it.

    A document may open with its title over a list of its own fields, one a line
    and no blank line between ("Council hearing on transit" over "Hearing date:
    2026-10-05", "Video: https://...", "Transcript: machine, ..."), as tools that
    export transcripts and the sites that publish them write a record's head:
    where the two lines below the first (or more) are each a field's name of one
    to three words, a colon and its value, the first line is the headline - unless
    it is furniture or ends like a sentence - and the fields are preamble, whatever
    the block's last line ends with. Returns the first line's span, or None.
    """
    lines = _lines(text, block) if lines is None else lines
    if len(lines) <= _FIELDS:
        return None
    first = lines[0]
    if _furniture(text, first) or _SENTENCE_END.search(text, *first):
        return None
    for line in lines[1 : 1 + _FIELDS]:
        field = FIELD_LINE.match(text, *line)
        if field is None or field.group("value") is None:
            return None
    return first


def _title_field(text: str, blocks: list[Block]) -> Span | None:
    """The words of a header line that is a record's title field ("TITLE: TESTIMONY OF ANN LEE").

    A record's identification form, or a catalogue entry above the text,
    names its title in a field of its own: that line's words are the title,
    whatever heading or cover stands above it. The line must stand in a form,
    a block with two other field lines at least ("DATE: ...", "PAGES: ..."),
    and no field above it in the form may name a person ("Name:",
    "Interviewee:"): there "Title: Harbour master" is that person's job title.
    """
    for block in blocks:
        fields = [found for line in _lines(text, block) if (found := FIELD_LINE.match(text, *line))]
        if len(fields) <= _FORM_FIELDS:
            continue
        for field in fields:
            name = " ".join(field.group("name").casefold().split())
            if name in _PERSON_FIELDS:
                break
            if name == "title" and field.group("value") is not None:
                return Span(field.start("value"), field.end("value"))
    return None


def _run_on_title_field(text: str, blocks: list[Block]) -> Span | None:
    """The value of a title's field in a header whose fields run together on one line, if one is.

    A page's head pasted without its line breaks runs its fields into one
    line ("Transcript for: The Ferry Talk Description: The master on the
    winter ferries Released: May 2026"): the field that names the document
    (the kind of text, then "for" or "of": "Transcript for:", "Interview
    of:"; or "Title:"), run on after other words, gives the title, from its
    colon up to the next field's name (a capitalised word and a colon). As in
    a form, two other fields at least stand in its line; a value of one word, or one that is a
    sentence, is no title.
    """
    if not blocks:
        return None
    start, end = blocks[0][0], blocks[-1][1]
    found = _RUN_ON_TITLE.search(text, start, end)
    if found is None:
        return None
    value_start = found.end()
    line_end = text.find("\n", value_start, end)
    end = end if line_end < 0 else line_end  # the fields run on in the title's line
    following = _RUN_ON_FIELD.search(text, value_start, end)
    if following is None:
        return None
    others = len(_RUN_ON_FIELD.findall(text, value_start, end))
    value_end = value_start + len(text[value_start : following.start()].rstrip())
    value = text[value_start:value_end]
    if others < _FORM_FIELDS or len(value.split()) < 2 or _SENTENCE_END.search(value):  # noqa: PLR2004 - a title of two words at least
        return None
    return Span(value_start, value_end)


def _site_prefix(text: str, header_start: int, start: int, end: int) -> int | None:
    """Where the headline's words start after a site's name run into it, if one is.

    A page that republishes a text may run its own name into the headline
    before a comma or a colon ("Harbourlink, Transcript of the Interview with
    Ann Lee"). Where the words after it name the document, the name is the
    site's when it is one word (as a site's or a domain's name is) or already
    stands in the header above (its navigation); a person's name of two words
    or more ("Ann Lee: Interview with the Harbour Gazette") stays the title's.
    The headline itself printed above (after its section's name) is no
    navigation that names the site.
    """
    site = _SITE_PREFIX.match(text, start, end)
    if site is None or _NAMES_DOCUMENT.match(text, site.end(), end) is None:
        return None
    name = text[start : site.end()].rstrip(" \t,:：")
    above = text[header_start:start]
    headline = text[start:end].rstrip()
    if headline in above:  # the headline printed above: the name stands in it, not in a menu
        above = above.replace(headline, "")
    if len(name.split()) > 1 and name not in above:
        return None
    return site.end()


def _teaser(text: str, line: Block) -> bool:
    """Whether a header line is a teaser of another page: a sentence cut short with an ellipsis.

    A page pasted without blank lines may set a link to another post above its
    headline, the first words of that post's summary cut off with "…" or "...":
    a line of many words (eight or more) that ends on an ellipsis is that link's
    label, never the headline.
    """
    piece = text[line[0] : line[1]].rstrip()
    return piece.endswith(("…", "...")) and len(piece.split()) >= _TEASER_WORDS


def _headline_tail(text: str, start: int, end: int) -> int | None:
    """Where a direction or a link's placeholder run on into a one-line headline starts, if one is.

    A page copied as one run of text may carry the first stage direction on
    the headline's line ("The Night Ferry, Episode 9 [Music: harbour
    bells]"): a direction in square brackets that ends the line is no word of
    the title, nor what follows it. Nor is a link's placeholder printed where
    its address was lost ("URL", "Link"), at the end of the line or right
    before such a direction. Two words of the title stay before them at
    least. Returns where the tail's first word starts, or None.
    """
    line = text[start:end]
    if "\n" in line:
        return None
    line = line.rstrip(" \t")
    tail = len(line)
    if line.endswith("]"):
        opening = line.rfind("[")
        if (
            opening > 0
            and line[opening - 1] in " \t"
            and 0 < len(line) - opening - 2 <= _HEADLINE_DIRECTION
            and "]" not in line[opening + 1 : -1]
        ):
            tail = opening
    before = line[:tail].rstrip(" \t")
    for placeholder in _LINK_PLACEHOLDERS:
        if before.endswith(placeholder) and before[: -len(placeholder)][-1:] in (" ", "\t"):
            tail = len(before) - len(placeholder)
            break
    if tail == len(line) or len(line[:tail].split()) < _TITLE_WORDS:
        return None
    return start + tail


def _furniture(text: str, line: Block) -> bool:
    """Whether a header line is page furniture: a date, a time, a language or menu item, one word.

    A byline or a transcript's own furniture (see :func:`_transcript_furniture`) is too.
    """
    opening = _BULLET.match(text, *line)
    start, end = opening.end() if opening else line[0], line[1]
    return (
        kind_of(text, (start, end)) is not None
        or len(text[start:end].split()) < 2  # noqa: PLR2004
        or _transcript_furniture(text, (start, end))
    )


def _transcript_furniture(text: str, line: Block) -> bool:
    """Whether a header line is a byline, a list of subjects or the disclaimer of errors.

    A byline says who made or issued the text ("Transcript by the Hon Ann
    Lee MP", "Interview by Bo Chen", "Transcribed by ..."): it credits the
    text, it does not title it (unless it goes on to name whom the text is
    with, "Interview by the Mayor with the Gazette", which names the
    document). A transcript's list of the subjects it covers ("Subjects:
    ferries; fares; the new pier.", "Topics: ...") and its disclaimer of
    errors and omissions ("E&OE", "E. & O. E.", with the row of dots a page
    may print after it, or after the kind of text: "Transcript, E&OE") are
    the transcript's page furniture: neither is its title, nor its dialogue.
    """
    start, end = line
    if _BYLINE.match(text, start, end):
        return _NAMES_DOCUMENT.match(text, start, end) is None
    return (
        _SUBJECTS.match(text, start, end) is not None
        or _ERRORS_EXCEPTED.fullmatch(text, start, end) is not None
    )


def _furniture_block(text: str, block: Block) -> bool:
    """Whether every line of a header block is a byline, a subjects list or the disclaimer."""
    lines = _lines(text, block)
    for start, end in lines:
        opening = _BULLET.match(text, start, end)
        if not _transcript_furniture(text, (opening.end() if opening else start, end)):
            return False
    return bool(lines)


def _top_heading(text: str, blocks: list[Block]) -> int | None:
    """The header's one top-level Markdown heading (``# Title``), below short lines only.

    A page may print a line or two above its title ("Read the episode
    transcript!", "Back to all episodes"): where the header holds one heading
    of the first level and every block above it is a short line (a few words),
    that heading is the headline, and the lines above are navigation.
    """
    found: int | None = None
    for i, block in enumerate(blocks):
        hashes = _HEADING.match(text, *block)
        if hashes is not None and hashes.group().strip() == "#":
            if found is not None:
                return None  # two top-level headings: sections, no one title
            found = i
        elif found is None and len(text[block[0] : block[1]].split()) > _ABOVE_TITLE_WORDS:
            return None
    return found or None  # at the top (0), the heading is the headline already


def _outline(text: str, blocks: list[Block]) -> bool:
    """Whether the header is an outline of a record's parts: headings of three levels, going back up.

    A printed record (a parliament's daily report) sets above each passage the
    parts it belongs to as headings of several levels: the house, the day,
    the business, the department, the topic. Where every header block is
    such a heading (or a date line, the record's date and column, or the
    number of the first item below, "1."), of three levels at least and none
    of the first level, and some heading is of a higher level than the one
    before it ("## Harbour Board", "#### Monday", "### Ferries": the tree of
    parts goes back up), no one of them titles the text: each names a part of
    the record. Headings that only go down ("## The Ferry Hour", "### Episode
    12", "#### Transcript") are a page's title over its subtitles.
    """
    levels: set[int] = set()
    previous = 0
    rises = False
    for start, end in blocks:
        found = _HEADING.match(text, start, end)
        if found is None:
            if kind_of(text, (start, end)) == "date" or _ITEM_NUMBER.fullmatch(text, start, end):
                continue
            return False
        level = found.group().count("#")
        rises = rises or level < previous
        previous = level
        levels.add(level)
    return rises and len(levels) >= _OUTLINE_LEVELS and 1 not in levels


def _sections(text: str, blocks: list[Block], marker: str) -> bool:
    """Whether the header holds several headings of the first one's level, each a section.

    A headline is one heading at the top; where the header is a document
    of sections ("# Copyright", "# License", "# Transcript"), none of them
    is the title. A section's heading may stand right below a rule that
    sets the section off, with no blank line between ("---" over "## Notes").
    But a heading above the document's own fields, set as headings of a
    lower level ("### Duration: 90 minutes", "### Chair: Ann Lee"; two at
    least, before the next heading of its level), heads a record: it is the
    title, whatever sections follow.
    """
    level = marker.strip()
    fields = 0
    for block in blocks[1:]:
        found = _HEADING.match(text, *block)
        if found is not None and found.group().strip() == level:
            break
        if found is not None and FIELD_LINE.match(text, found.end(), block[1]) is not None:
            fields += 1
    if fields >= _FIELDS:
        return False
    same = 0
    for start, end in blocks:
        rule = _RULE_LINE.match(text, start, end)
        found = _HEADING.match(text, rule.end() if rule else start, end)
        same += found is not None and found.group().strip() == level
    return same >= _SECTIONS


def _dated(text: str, span: Span) -> str | None:
    """The date a short header block gives ("December 22, 2025", "Posted 22.12.2025 14:05")."""
    if len(text[span.start : span.end].split()) > _DATE_LINE_WORDS:
        return None
    return date_in(text, span.start, span.end)


def _prose(text: str, block: Block, *, words: int) -> bool:
    """A block of at least ``words`` words that ends like a sentence.

    A token with no letter or digit (a dash or a bullet standing alone between
    words, "Ferries - What changed?") is no word.
    A block that ends with a colon after a sentence of its own ("I was asked
    about the ferries. Here is what I said:") introduces what follows (a
    quotation, a list), as a lede does, and is no headline either.
    """
    start, end = block
    ends = _SENTENCE_END.search(text, start, end) is not None or (
        text[start:end].rstrip().endswith(":")
        and SENTENCE_INSIDE.search(text, start, end) is not None
    )
    if not ends:
        return False
    tokens = text[start:end].split()
    return sum(any(c.isalnum() for c in t) for t in tokens) >= words


def _headings_below(text: str, start: int, end: int) -> int | None:
    """Where heading lines below a heading's line start, in one block; None if none follow.

    A page's card printed as headings one under another, with no blank line between them
    ("## Call 5" / "## Date: Friday, July 15" / "## Duration: 60 mins"), has its title in the
    first heading only: each line below that opens with ``#`` is a heading of its own (the
    date, the duration, the links, "###Attendees" with no space after its hashes, as tools
    that export notes write it), the header's preamble, not more of the title.
    """
    newline = text.find("\n", start, end)
    if newline < 0:
        return None
    below = newline + 1
    while below < end and text[below] in " \t\r":
        below += 1
    return below if _HEADING_BELOW.match(text, below, end) else None
