"""The markup of model objects, for notebooks and the reading page: paragraphs, turns, exchanges.

The notebook shows an object through its ``_repr_html_``, which asks :data:`._objects.NOTEBOOK_MARKUP`
for the function registered for its class; this module registers them when the model package is
imported (``model/__init__.py`` imports it), so the data classes never import their markup. The
reading page (:mod:`interview_corpus.output._html`) builds on the same functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._document import Document

from .._util.lazy import lazy_pattern
from .._util.timecode import seconds_text, timecode
from ._objects import NOTEBOOK_MARKUP, Exchange, Mention, Paragraph, Remark, Sentence, Turn
from ._span import Span

Cite = Callable[[str], str] | None
"""Makes the citation of an id, for the page's copy controls; ``None`` for none."""

VIEW_CSS = """
.ic-view { font: 1rem/1.5 Georgia, serif; max-width: 46rem; }
.ic-view .ic-speaker, .ic-view .ic-id, .ic-view .ic-verdict { font-family: system-ui, sans-serif; }
.ic-view .ic-speaker { font-weight: 700; margin: .5rem 0 .2rem; }
.ic-view .ic-id { color: #666; font-size: .8em; margin-right: .5em; }
.ic-view .ic-time { color: #555; font-weight: 400; font-variant-numeric: tabular-nums; }
.ic-view .ic-para > p { margin: .3rem 0; }
.ic-view .ic-diff ins, .ic-view .ic-diff del { padding: 0 .2em; margin: 0 .05em; border-radius: .2em; font-weight: bold; }
.ic-view .ic-diff ins { background: #d7f5dd; color: #0b3d16; box-shadow: inset 0 0 0 1px #1a7f37; text-decoration: none; }
.ic-view .ic-diff del { background: #fde0e0; color: #5c0b0b; box-shadow: inset 0 0 0 1px #b42318; }
.ic-view .ic-invisible { font: .75em system-ui, sans-serif; border: 1px dashed currentColor;
  border-radius: .2em; padding: 0 .15em; }
.ic-view mark { background: #fff1b8; color: #1b1b1b; }
.ic-view table { border-collapse: collapse; font-family: system-ui, sans-serif; font-size: .9rem; }
.ic-view caption, .ic-view .ic-more { text-align: left; color: #555; font-family: system-ui, sans-serif; }
.ic-view th, .ic-view td { text-align: left; vertical-align: top; padding: .2rem .6rem;
  border-bottom: 1px solid #ddd; }
.ic-view td.ic-n { text-align: right; font-variant-numeric: tabular-nums; }
"""

NOTEBOOK_ROWS = 50
"""The most interviews or hits a notebook display lists; it says how many more there are."""


# html.escape's replacements, written here: importing html loads html.entities, a table of 2,000
# names that costs a tenth of the start-up (import, load and lookup: 32M of 315M instructions).
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape_text(value: str) -> str:
    """``value`` as HTML text: ``&``, ``<`` and ``>`` escaped (as ``html.escape(quote=False)``).

    Example:
        >>> from interview_corpus.model._markup import escape_text
        >>> escape_text("Q&A <b>")
        'Q&amp;A &lt;b&gt;'
    """
    return value.translate(_TEXT)


def escape_attr(value: str) -> str:
    """``value`` as an HTML attribute's value: quotes escaped too (as ``html.escape``)."""
    return value.translate(_ATTR)


# An http(s) address and nothing else: no spaces or control characters, which browsers drop
# from a URL ("java\tscript:"), and no quotes or angle brackets.
_HTTP_URL = lazy_pattern(r"(?i)https?://[^\s\x00-\x1f\x7f<>\"'`\\]+")


def http_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, the only kind the markup makes a link of; else ``None``.

    Metadata comes from the texts read: a ``javascript:`` or ``data:`` URL in
    them is shown as text, never followed.

    Example:
        >>> from interview_corpus.model._markup import http_url
        >>> http_url("https://tass.com/politics/2065861")
        'https://tass.com/politics/2065861'
        >>> http_url("javascript:alert(1)") is None, http_url(" https://x.org") is None
        (True, True)
    """
    return url if url is not None and _HTTP_URL.fullmatch(url) else None


def _with_marks(text: str, start: int, marks: Sequence[Span]) -> str:
    """``text`` (which starts at ``start``), escaped, with what lies inside ``marks`` in ``<mark>``."""
    if not marks:
        return escape_text(text)
    end = start + len(text)
    parts: list[str] = []
    position = start
    for mark in marks:
        first, last = max(mark.start, position), min(mark.end, end)
        if first >= last:
            continue  # outside this text
        parts.append(escape_text(text[position - start : first - start]))
        parts.append(f"<mark>{escape_text(text[first - start : last - start])}</mark>")
        position = last
    parts.append(escape_text(text[position - start :]))
    return "".join(parts)


def marked(text: str, start: int, mentions: Iterable[Mention], marks: Sequence[Span] = ()) -> str:
    """``text`` (which starts at ``start`` in the source), escaped, with its mentions marked up.

    ``marks`` (spans in the source, in order, not overlapping) are put in
    ``<mark>``: a search's matched words. A mark that crosses a mention's edge
    is cut there, so that the elements nest.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.model._markup import marked
        >>> sentence = ic.load().lookup("a1.p2.s1")
        >>> paragraph = ic.load().lookup("a1.p2")
        >>> markup = marked(sentence.text, sentence.span.start, paragraph.mentions)
        >>> print(markup[:141])
        We see that <span class="ic-m" data-entity="vladimir-zelensky" data-kind="person" title="Vladimir Zelensky (person)">Vladimir Zelensky</span>
        >>> marked("We see", 0, (), [ic.Span(3, 6)])
        'We <mark>see</mark>'
    """
    end = start + len(text)
    parts: list[str] = []
    position = start
    for mention in sorted(mentions, key=lambda mention: mention.span.start):
        if mention.span.start < position or mention.span.end > end:
            continue  # outside this text, or overlapping one already marked
        entity = mention.entity
        parts.append(
            _with_marks(text[position - start : mention.span.start - start], position, marks)
        )
        inner = _with_marks(mention.text, mention.span.start, marks)
        parts.append(
            f'<span class="ic-m" data-entity="{escape_attr(entity.id)}" data-kind="{entity.kind}" '
            f'title="{escape_attr(entity.name)} ({entity.kind})">{inner}</span>'
        )
        position = mention.span.end
    parts.append(_with_marks(text[position - start :], position, marks))
    return "".join(parts)


def sentence_html(
    sentence: Sentence, mentions: Sequence[Mention], marks: Sequence[Span] = ()
) -> str:
    inner = marked(sentence.text, sentence.span.start, mentions, marks)
    return f'<span id="{escape_attr(sentence.id)}" class="ic-s">{inner}</span>'


def paragraph_html(paragraph: Paragraph, cite: Cite = None, marks: Sequence[Span] = ()) -> str:
    """A paragraph: its sentences as elements with their ids, then its citation control.

    The paragraph element's text is exactly the paragraph's text; the control
    (a link to the paragraph that also copies its citation) stands beside it.
    ``marks`` are spans of the source to put in ``<mark>`` (see :func:`marked`).
    """
    mentions = paragraph.mentions
    parts: list[str] = []
    start = paragraph.span.start
    position = start
    for sentence in paragraph.sentences:
        gap = paragraph.text[position - start : sentence.span.start - start]
        parts.append(_with_marks(gap, position, marks))
        parts.append(sentence_html(sentence, mentions, marks))
        position = sentence.span.end
    parts.append(_with_marks(paragraph.text[position - start :], position, marks))
    body = f'<p id="{escape_attr(paragraph.id)}" class="ic-p">{"".join(parts)}</p>'
    if cite is None:
        control = f'<span class="ic-id" aria-hidden="true">{escape_text(paragraph.id)}</span>'
    else:
        control = (
            f'<a class="ic-cite" href="#{escape_attr(paragraph.id)}" data-cite="{escape_attr(cite(paragraph.id))}" '
            f'aria-label="Link to {escape_attr(paragraph.id)}">{escape_text(paragraph.id)}</a>'
        )
    return f'<div class="ic-para">{body}{control}</div>'


def turn_html(turn: Turn, cite: Cite = None) -> str:
    """A turn: when it is said (where the transcript has times), the speaker's name, then the paragraphs."""
    role = turn.speaker.role
    kind = (
        " (remark)" if isinstance(turn, Remark) else (" (statement)" if turn.id[0] == "s" else "")
    )
    paragraphs = "".join(paragraph_html(paragraph, cite) for paragraph in turn.paragraphs)
    time = ""
    if turn.start is not None:  # when it is said, as a machine-readable duration too
        shown = timecode(turn.start)
        time = (
            f'<time class="ic-time" datetime="PT{seconds_text(turn.start)}S">'
            f"{escape_text(shown)}</time> "
        )
    return (
        f'<div id="{escape_attr(turn.id)}" class="ic-turn ic-{role}">'
        f'<p class="ic-speaker">{time}{escape_text(turn.speaker.name)}{kind} '
        f'<span class="ic-id">{escape_text(turn.id)}</span></p>{paragraphs}</div>'
    )


def exchange_title(exchange: Exchange) -> str:
    topic = f" {exchange.topic.title}" if exchange.topic else ""
    return f"{exchange.number}.{topic}"


def exchange_html(exchange: Exchange, cite: Cite = None, heading: int = 2) -> str:
    """An exchange: a heading with its number and topic, then the question and the answers."""
    turns = "".join(turn_html(turn, cite) for turn in exchange.turns)
    return (
        f'<section id="{escape_attr(exchange.id)}" class="ic-exchange" aria-labelledby="h-{escape_attr(exchange.id)}">'
        f'<h{heading} id="h-{escape_attr(exchange.id)}">{escape_text(exchange_title(exchange))} '
        f'<span class="ic-id">{escape_text(exchange.id)}</span></h{heading}>{turns}</section>'
    )


def body_parts(interview: Document, cite: Cite) -> list[str]:
    """The exchanges, remarks and statements, in the order the text has them."""
    parts: list[Exchange | Turn] = sorted(
        (*interview.exchanges, *interview.remarks, *interview.statements),
        key=lambda part: part.span.start,
    )
    return [
        exchange_html(part, cite) if isinstance(part, Exchange) else turn_html(part, cite)
        for part in parts
    ]


def masthead(interview: Document, back: str = "") -> str:
    header = interview.header_mentions
    facts: list[str] = []
    if interview.outlet:
        facts.append(escape_text(interview.outlet))
    if interview.published:
        day = interview.published
        facts.append(f'<time datetime="{day.isoformat()}">{day.day} {day:%B %Y}</time>')
    if url := http_url(interview.url):
        facts.append(f'<a href="{escape_attr(url)}">the source</a>')
    parts = [f'<p class="ic-meta">{" · ".join(facts)}</p>'] if facts else []
    title = interview.title or interview.id
    start = interview.title_span.start if interview.title_span else -1
    parts.append(f'<h1 id="title">{marked(title, start, header)}</h1>')
    photo = interview.photo
    if photo and (photo.caption or photo.credit):
        caption = (
            marked(photo.caption, photo.caption_span.start, header)
            if photo.caption and photo.caption_span
            else ""
        )
        credit = f" © {escape_text(photo.credit)}" if photo.credit else ""
        parts.append(f'<p class="ic-photo">Photo: {caption}{credit}</p>')
    if interview.lede:
        start = interview.lede_span.start if interview.lede_span else -1
        parts.append(f'<p class="ic-lede">{marked(interview.lede, start, header)}</p>')
    return f'<header class="ic-masthead">{back}{"".join(parts)}</header>'


def plural(count: int, noun: str) -> str:
    """``count`` and ``noun``, with an s unless there is one.

    Example:
        >>> from interview_corpus.model._markup import plural
        >>> plural(1, "interview"), plural(130, "interview")
        ('1 interview', '130 interviews')
    """
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def more(count: int, shown: int) -> str:
    """The note under a list that shows ``shown`` of ``count`` things; empty if it shows them all."""
    return f'<p class="ic-more">… and {count - shown:,} more</p>' if count > shown else ""


def corpus_table(documents: Sequence[Document], count: int) -> str:
    """A notebook's table of interviews: id, title (a link to its source), outlet, date, exchanges.

    Every value is escaped; a title links to its source only if that is an
    http(s) address (:func:`http_url`). ``count`` is how many the corpus has;
    the table lists ``documents``, the first of them.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.model._markup import corpus_table
        >>> table = corpus_table([ic.load()], 1)
        >>> "<caption>1 interview</caption>" in table, "<td>TASS</td>" in table
        (True, True)
    """
    rows: list[str] = []
    for document in documents:
        title = escape_text(document.title or "")
        url = http_url(document.url)
        if url:  # an interview without a title links its address
            title = f'<a href="{escape_attr(url)}">{title or escape_text(url)}</a>'
        published = document.published.isoformat() if document.published else ""
        rows.append(
            f"<tr><td><code>{escape_text(document.id)}</code></td><td>{title}</td>"
            f"<td>{escape_text(document.outlet or '')}</td><td>{published}</td>"
            f'<td class="ic-n">{len(document.exchanges):,}</td></tr>'
        )
    return (
        f"<table><caption>{plural(count, 'interview')}</caption>"
        "<thead><tr><th>id</th><th>title</th><th>outlet</th><th>published</th>"
        f'<th class="ic-n">exchanges</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        f"{more(count, len(documents))}"
    )


def view(inner: str) -> str:
    return f'<div class="ic-view"><style>{VIEW_CSS}</style>{inner}</div>'


def fragment(obj: Document | Exchange | Turn | Paragraph) -> str:
    """The markup a notebook shows for an object, as on the page (without its script).

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.model._markup import fragment
        >>> markup = fragment(ic.load().lookup("a3.p2"))
        >>> '<p id="a3.p2" class="ic-p">' in markup, '<span id="a3.p2.s3" class="ic-s">' in markup
        (True, True)
    """
    # The document is tested last, by elimination: it is a Protocol, not a class.
    if isinstance(obj, Exchange):
        return view(exchange_html(obj, heading=3))
    if isinstance(obj, Turn):
        return view(turn_html(obj))
    if isinstance(obj, Paragraph):
        return view(paragraph_html(obj))
    return view(masthead(obj) + "".join(body_parts(obj, None)))


NOTEBOOK_MARKUP.update({Exchange: fragment, Turn: fragment, Paragraph: fragment})
