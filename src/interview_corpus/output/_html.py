"""The HTML reading view: one self-contained page per interview, and the notebook's markup.

The page reads like the published interview (headline, outlet, date, photo
caption, lede, then each exchange with its topic and speakers) and is built
so that a citation can point into it: every exchange, turn, paragraph and
sentence is an element whose ``id`` is its citable id, whose text is the
object's text, and which ``:target`` highlights. Everything works with
scripts disabled; the one inline script only adds copying a citation to the
clipboard. Nothing is fetched: no fonts, no images, no external scripts, and a
Content-Security-Policy that says so.

The notebook's ``_repr_html_`` uses the same markup (:func:`fragment`), with a
short stylesheet of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .._util.text import shortened
from ..corpus import Corpus
from ..interview import Interview
from ..model._markup import body_parts, escape_attr, escape_text, http_url, masthead
from ..model._objects import Exchange

_WORD = re.compile(r"\w+")
_CHART_ENTITIES = 12
_CHART_LABEL_WIDTH = 22  # characters of an entity's name beside its row
_CONTENTS_WIDTH = 60  # characters of a question that stands for its exchange in the contents

CSS = """
:root { color-scheme: light dark; --bg: #fdfdfb; --fg: #1b1b1b; --muted: #4f4f4f;
  --line: #d6d6d0; --link: #0a4fb5; --target: #fff1b8; --target-line: #8a6d00; --mark: #cfe3ff;
  --mark-line: #0a4fb5; --q: #f1f1ec; --bar1: #0a4fb5; --bar2: #8a3b12; --bar3: #2e6b30; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #141518; --fg: #ececea; --muted: #b9b9b4; --line: #3a3b40; --link: #8cb8ff;
    --target: #4d3f00; --target-line: #ffd24d; --mark: #173a6b; --mark-line: #8cb8ff; --q: #1f2024;
    --bar1: #8cb8ff; --bar2: #f0a47a; --bar3: #8fd18f; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; }
a { color: var(--link); }
.ic-skip { position: absolute; left: -999rem; }
.ic-skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 2; }
.ic-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.ic-page, .ic-foot { max-width: 78rem; margin: 0 auto; padding: 1rem 1.25rem 0; }
.ic-page { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2.5rem; }
/* Wide screens: the text on the left; on the right the charts, then the highlighting panel,
   which stays in view while the text scrolls. The footer is outside the grid, so the sticky
   panel (held inside .ic-page) never covers it. On a phone the panel comes before the text
   and the charts after it, in the order of the markup. */
@media (min-width: 64rem) {
  .ic-page { grid-template-columns: minmax(0, 46rem) minmax(0, 1fr);
    grid-template-rows: auto auto auto 1fr; }
  .ic-masthead { grid-column: 1 / -1; }
  .ic-text { grid-column: 1; grid-row: 2 / span 3; }
  .ic-side { grid-column: 2; grid-row: 2; }
  .ic-tools { grid-column: 2; grid-row: 3; align-self: start; position: sticky; top: 1rem;
    max-height: calc(100vh - 2rem); overflow: auto; }
}
.ic-meta, .ic-photo, .ic-speaker, .ic-id, .ic-cite, .ic-foot, .ic-side, .ic-tools, .ic-status,
.ic-toc, .ic-time { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
.ic-meta, .ic-photo { color: var(--muted); font-size: .95rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: .5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.ic-lede { font-size: 1.15rem; font-style: italic; }
.ic-exchange { border-top: 1px solid var(--line); }
.ic-turn { margin: 0 0 1.25rem; }
.ic-interviewer { background: var(--q); padding: .5rem 1rem; border-radius: .4rem; }
.ic-speaker { font-weight: 700; margin: .75rem 0 .25rem; }
.ic-time { color: var(--muted); font-weight: 400; font-variant-numeric: tabular-nums; }
.ic-para { display: flex; gap: .75rem; align-items: baseline; }
.ic-para > p { margin: .4rem 0; flex: 1; }
.ic-id, .ic-cite { color: var(--muted); font-size: .8rem; white-space: nowrap; }
.ic-cite { min-width: 4.5rem; text-align: right; order: -1; }
:target { background: var(--target); outline: 2px solid var(--target-line); outline-offset: 2px;
  scroll-margin-top: 30vh; }
.ic-exchange:target, .ic-turn:target { background: transparent; }
.ic-tools { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .75rem;
  margin: 1rem 0; background: var(--bg); }
.ic-tools summary { cursor: pointer; font-weight: 700; }
.ic-tools fieldset { border: 0; margin: .5rem 0 0; padding: 0; }
.ic-tools label { display: flex; gap: .4rem; align-items: baseline; font-size: .9rem; }
/* Mentions read as prose (they are not links) until the reader asks to see them. */
body:has(#ic-hl-all:checked) .ic-m { text-decoration: underline dotted var(--mark-line);
  text-underline-offset: .2em; }
.ic-side figure { margin: 0 0 1rem; }
.ic-side svg { max-width: 100%; height: auto; }
.ic-side figcaption { font-size: .85rem; color: var(--muted); }
.ic-toc ol { padding-left: 1.5rem; }
.ic-status { position: fixed; bottom: 1rem; right: 1rem; max-width: 30rem; margin: 0; padding: .5rem .75rem;
  background: var(--fg); color: var(--bg); border-radius: .3rem; font-size: .85rem; }
.ic-status:empty { display: none; }
.ic-foot { margin-top: 2rem; padding-bottom: 3rem; color: var(--muted); font-size: .85rem; }
.ic-foot > :first-child { border-top: 1px solid var(--line); padding-top: 1rem; }
.ic-diff ins, .ic-diff del { padding: 0 .2em; margin: 0 .05em; border-radius: .2em; font-weight: bold; }
.ic-diff ins { background: #d7f5dd; color: #0b3d16; box-shadow: inset 0 0 0 1px #1a7f37; text-decoration: none; }
.ic-diff del { background: #fde0e0; color: #5c0b0b; box-shadow: inset 0 0 0 1px #b42318; }
.ic-invisible { font: .75em system-ui, sans-serif; border: 1px dashed currentColor; border-radius: .2em;
  padding: 0 .15em; }
.ic-view .ic-para { display: block; }
@media print {
  body { background: #fff; color: #000; font-size: 11pt; }
  .ic-page, .ic-foot { display: block; max-width: none; padding: 0; }
  .ic-side, .ic-tools, .ic-skip, .ic-status, .ic-toc { display: none; }
  .ic-cite { color: #444; min-width: 3.5rem; }
  .ic-interviewer { background: none; padding: 0; border-left: 3px solid #999; padding-left: .5rem; }
  a { color: #000; text-decoration: none; }
  .ic-exchange { break-inside: auto; } .ic-para { break-inside: avoid; }
  :target { background: none; outline: none; }
}
"""

SCRIPT = """(() => {
  const status = document.getElementById("ic-status");
  for (const link of document.querySelectorAll("a.ic-cite")) {
    link.setAttribute("aria-label", "Copy the citation of " + link.textContent);
  }
  const copyByHand = (text) => {
    const area = document.createElement("textarea");
    area.value = text; area.setAttribute("readonly", ""); area.style.position = "fixed";
    area.style.opacity = "0"; document.body.append(area); area.select();
    let copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
    area.remove(); return copied;
  };
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a.ic-cite");
    if (!link || !status) return;
    const text = link.dataset.cite + " " + location.href.split("#")[0] + link.getAttribute("href");
    const done = () => { status.textContent = "Copied: " + text; };
    const failed = () => { status.textContent = "Select and copy: " + text; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, () => (copyByHand(text) ? done() : failed()));
    } else if (copyByHand(text)) { done(); } else { failed(); }
  });
})();"""


def _toc_entry(exchange: Exchange) -> str:
    """An exchange in the contents: its topic, or else its question cut after a whole word."""
    if exchange.topic is not None:
        return f'<li><a href="#{escape_attr(exchange.id)}">{escape_text(exchange.topic.title)}</a></li>'
    question = " ".join(exchange.question.text.split())
    shown = shortened(question, _CONTENTS_WIDTH)
    whole = f' title="{escape_attr(question)}"' if shown != question else ""
    return f'<li><a href="#{escape_attr(exchange.id)}"{whole}>{escape_text(shown)}</a></li>'


def _toc(interview: Interview) -> str:
    items = "".join(_toc_entry(exchange) for exchange in interview.exchanges)
    return f'<nav class="ic-toc" aria-labelledby="h-contents"><h2 id="h-contents">Contents</h2><ol>{items}</ol></nav>'


def words_by_speaker(interview: Interview) -> dict[str, int]:
    """How many words each speaker says, in the order of :attr:`Interview.speakers`.

    Example:
        >>> import interview_corpus as ic
        >>> from interview_corpus.output._html import words_by_speaker
        >>> words_by_speaker(ic.load())
        {'TASS': 341, 'Sergey Lavrov': 1442}
    """
    counts = {speaker.name: 0 for speaker in interview.speakers}
    for turn in interview.turns():
        counts[turn.speaker.name] = counts.get(turn.speaker.name, 0) + len(_WORD.findall(turn.text))
    return {name: count for name, count in counts.items() if count}


def _speaker_chart(interview: Interview) -> str:
    counts = words_by_speaker(interview)
    total = sum(counts.values()) or 1
    width, bar = 320, 24
    rects: list[str] = []
    legend: list[str] = []
    x = 0.0
    for number, (name, count) in enumerate(counts.items()):
        share = count / total
        colour = f"var(--bar{number % 3 + 1})"
        label = f"{name}: {count:,} words ({share:.0%})"
        rects.append(
            f'<rect x="{x:.1f}" y="0" width="{share * width:.1f}" height="{bar}" '
            f'style="fill: {colour}"><title>{escape_text(label)}</title></rect>'
        )
        y = bar + 18 + 18 * number
        legend.append(
            f'<rect x="0" y="{y - 11}" width="12" height="12" style="fill: {colour}"></rect>'
            f'<text x="18" y="{y}" fill="currentColor" font-size="13">{escape_text(label)}</text>'
        )
        x += share * width
    height = bar + 18 * len(counts) + 10
    summary = "; ".join(f"{name} {count:,} words" for name, count in counts.items())
    return (
        '<figure><h3 id="h-words">Who spoke how much</h3>'
        f'<svg role="img" aria-labelledby="h-words words-desc" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><desc id="words-desc">{escape_text(summary)}</desc>'
        f"{''.join(rects)}{''.join(legend)}</svg>"
        "<figcaption>Words per speaker, across all turns.</figcaption></figure>"
    )


def _topic_chart(interview: Interview) -> str:
    exchanges = interview.exchanges
    counts: dict[str, dict[str, int]] = {}
    names: dict[str, str] = {}
    for exchange in exchanges:
        for mention in exchange.mentions:
            entity = mention.entity
            names[entity.id] = entity.name
            counted = counts.setdefault(entity.id, {})
            counted[exchange.id] = counted.get(exchange.id, 0) + 1
    if not counts or not exchanges:
        return ""
    top = sorted(counts, key=lambda key: -sum(counts[key].values()))[:_CHART_ENTITIES]
    cell, left, head = 26, 150, 40
    width = left + cell * len(exchanges) + 10
    height = head + cell * len(top) + 10
    shapes: list[str] = []
    for column, exchange in enumerate(exchanges):
        x = left + cell * column + cell / 2
        title = exchange.topic.title if exchange.topic else exchange.id
        shapes.append(
            f'<text x="{x:.0f}" y="{head - 8}" text-anchor="middle" fill="currentColor" font-size="12">'
            f"{exchange.number}<title>{escape_text(title)}</title></text>"
        )
    for row, key in enumerate(top):
        y = head + cell * row + cell / 2
        shapes.append(
            f'<text x="{left - 8}" y="{y + 4:.0f}" text-anchor="end" fill="currentColor" font-size="12">'
            f"{escape_text(shortened(names[key], _CHART_LABEL_WIDTH))}</text>"
        )
        for column, exchange in enumerate(exchanges):
            count = counts[key].get(exchange.id, 0)
            if not count:
                continue
            x = left + cell * column + cell / 2
            radius = min(cell / 2 - 1, 3 + 3 * count**0.5)
            shapes.append(
                f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{radius:.1f}" style="fill: var(--bar1)">'
                f"<title>{escape_text(names[key])} in exchange {exchange.number}: {count}</title></circle>"
            )
    summary = "; ".join(
        f"{names[key]}: "
        + ", ".join(
            f"exchange {ex.number} ×{counts[key][ex.id]}"
            for ex in exchanges
            if ex.id in counts[key]
        )
        for key in top
    )
    return (
        '<figure><h3 id="h-topics">Mentions by topic</h3>'
        f'<svg role="img" aria-labelledby="h-topics topics-desc" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><desc id="topics-desc">{escape_text(summary)}</desc>'
        f"{''.join(shapes)}</svg>"
        "<figcaption>The most mentioned entities (rows) in each exchange (columns, numbered "
        "as in the contents); a larger dot is more mentions.</figcaption></figure>"
    )


def _entity_controls(interview: Interview) -> tuple[str, str]:
    """The highlighting panel, and the CSS that makes its boxes work unscripted.

    A box marks every mention; a box per entity (the most mentioned first)
    highlights that entity's. The panel is a closed ``<details>``: one line
    before the text on a phone, under the charts on a wide screen.
    """
    counts = Counter(mention.entity.id for mention in interview.mentions())
    entities = {mention.entity.id: mention.entity for mention in interview.mentions()}
    if not counts:
        return "", ""
    # Not "hl-…": an entity's box is "hl-" and its id, and an entity may be called "all".
    every = '<label><input type="checkbox" id="ic-hl-all"> Every mention</label>'
    boxes = "".join(
        f'<label><input type="checkbox" id="hl-{escape_attr(key)}" data-entity="{escape_attr(key)}"> '
        f"{escape_text(entities[key].name)} ({count})</label>"
        for key, count in counts.most_common()
    )
    # Entity ids are slugs (lowercase words and dashes): safe in a selector as they are.
    rules = "\n".join(
        f'body:has(#hl-{key}:checked) .ic-m[data-entity="{key}"] '
        "{ background: var(--mark); outline: 1px solid var(--mark-line); "
        "text-decoration: underline var(--mark-line); }"
        for key in counts
    )
    controls = (
        '<details class="ic-tools"><summary>Highlight the mentions</summary>'
        '<fieldset><legend class="ic-hidden">Highlight the mentions of</legend>'
        f"{every}{boxes}</fieldset></details>"
    )
    return controls, rules


def page(interview: Interview, *, index: str | None = None) -> str:
    """The whole self-contained page of one interview.

    Args:
        interview: The interview.
        index: A link back to a corpus index page, if there is one.
    """
    import base64
    import hashlib

    cite = interview.cite
    controls, rules = _entity_controls(interview)
    script_hash = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{script_hash}'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    back = (
        f'<nav class="ic-meta" aria-label="Corpus"><a href="{escape_attr(index)}">All interviews</a></nav>'
        if index
        else ""
    )
    side = (
        '<aside class="ic-side" aria-labelledby="h-glance"><h2 id="h-glance">At a glance</h2>'
        f"{_speaker_chart(interview)}{_topic_chart(interview)}</aside>"
    )
    rights = f"<p>{escape_text(interview.rights)}</p>" if interview.rights else ""
    url = http_url(interview.url)
    source = (
        f' · <a href="{escape_attr(url)}">{escape_text(url)}</a>'
        if url
        else (f" · {escape_text(interview.url)}" if interview.url else "")  # not a link: text
    )
    return (
        '<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        f"<title>{escape_text(interview.title or interview.id)}</title>"
        f"<style>{CSS}{rules}</style></head>\n<body>"
        '<a class="ic-skip" href="#main">Skip to the interview</a>'
        f'<div class="ic-page">{masthead(interview, back)}{controls}'
        f'<div class="ic-text">{_toc(interview)}<main id="main">{"".join(body_parts(interview, cite))}</main></div>'
        f"{side}</div>"
        f'<footer class="ic-foot"><p>{escape_text(interview.id)}{source}</p>{rights}'
        "<p>Every exchange, turn, paragraph and sentence is addressable: add its id to this page's "
        "address, as in <code>#a1.p2.s1</code>.</p>"
        '<p id="ic-status" class="ic-status" role="status"></p></footer>'
        f"<script>{SCRIPT}</script></body></html>\n"
    ).replace("{lang}", escape_attr(interview.language or "en"), 1)


def index_page(corpus: Corpus, files: Sequence[str]) -> str:
    """A page that links to each interview's page (``files``, in the corpus's order)."""
    rows = []
    for interview, file in zip(corpus, files, strict=True):
        facts = " · ".join(
            part
            for part in (
                interview.outlet and escape_text(interview.outlet),
                interview.published and interview.published.isoformat(),
                f"{len(interview.exchanges)} exchanges",
            )
            if part
        )
        rows.append(
            f'<li><a href="{escape_attr(file)}">{escape_text(interview.title or interview.id)}</a> '
            f'<br><span class="ic-meta">{facts} · <code>{escape_text(interview.id)}</code></span></li>'
        )
    count = len(corpus)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">"
        f"<title>Interviews ({count})</title><style>{CSS}</style></head>\n<body>"
        '<div class="ic-page"><header class="ic-masthead"><h1>Interviews</h1>'
        f'<p class="ic-meta">{count} interview{"s" if count != 1 else ""}</p></header>'
        f'<main id="main"><ol>{"".join(rows)}</ol></main></div>'
        '<footer class="ic-foot"><p>Made with interview-corpus.</p></footer></body></html>\n'
    )
