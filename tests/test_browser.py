"""The HTML view in a real browser: Debian's Chromium, driven by Playwright.

Skipped when Chromium or Playwright is missing, except where
INTERVIEW_CORPUS_REQUIRE_BROWSER=1 (as .ci/run sets): there a missing browser fails.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import interview_corpus as ic

CHROMIUM = os.environ.get("INTERVIEW_CORPUS_CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("INTERVIEW_CORPUS_REQUIRE_BROWSER") == "1"

pytestmark = pytest.mark.browser


def _unavailable() -> str | None:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set INTERVIEW_CORPUS_CHROMIUM)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _unavailable()
    if reason is not None:
        if REQUIRED:
            pytest.fail(f"INTERVIEW_CORPUS_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    ic.export(ic.Corpus.bundled(), "html", folder)
    return folder


@pytest.fixture
def page_url(site: Path) -> str:
    return (site / "tass-2065861.html").as_uri()


class Watched:
    """A page with every request and console message it made recorded."""

    def __init__(self, browser: Any, **options: Any) -> None:
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.console: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on(
            "console", lambda message: self.console.append(f"{message.type}: {message.text}")
        )
        self.page.on("pageerror", lambda error: self.console.append(f"pageerror: {error}"))


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    view = Watched(browser)
    yield view
    view.context.close()


CHECK_IDS = """(expected) => {
  const problems = [];
  for (const [id, kind, text, paragraphs] of expected) {
    const found = document.querySelectorAll(`[id="${CSS.escape(id)}"]`);
    if (found.length !== 1) { problems.push(`${id}: ${found.length} elements`); continue; }
    const element = found[0];
    if (kind === "text") {
      if (element.textContent !== text) problems.push(`${id}: text differs`);
    } else {
      const inside = [...element.querySelectorAll(".ic-p")].map((p) => p.textContent);
      if (JSON.stringify(inside) !== JSON.stringify(paragraphs)) problems.push(`${id}: paragraphs differ`);
    }
  }
  return problems;
}"""


def test_every_id_resolves_to_one_element_with_the_objects_text(watched, page_url, iv):
    """Each exchange, turn, paragraph and sentence id names one element holding its text."""
    expected: list[list[Any]] = []
    for id in iv.ids:
        found = iv.lookup(id)
        if isinstance(found, ic.Topic):
            continue  # an annotation, not text
        if isinstance(found, ic.Paragraph | ic.Sentence):
            expected.append([id, "text", found.text, []])
        else:
            turns = found.turns if isinstance(found, ic.Exchange) else (found,)
            texts = [paragraph.text for turn in turns for paragraph in turn.paragraphs]
            expected.append([id, "paragraphs", "", texts])
    watched.page.goto(page_url)
    assert len(expected) == 5 + 10 + 26 + 88
    assert watched.page.evaluate(CHECK_IDS, expected) == []


def test_a_fragment_scrolls_to_and_highlights_its_sentence(watched, page_url):
    """Opening page.html#a3.p2.s3 brings that sentence into view and highlights it."""
    page = watched.page
    page.set_viewport_size({"width": 1200, "height": 800})
    page.goto(page_url + "#a3.p2.s3")
    state = page.evaluate(
        """() => {
          const element = document.getElementById("a3.p2.s3");
          const box = element.getBoundingClientRect();
          return {
            target: element.matches(":target"),
            background: getComputedStyle(element).backgroundColor,
            paragraph: getComputedStyle(document.getElementById("a3.p1")).backgroundColor,
            top: box.top, bottom: box.bottom, height: innerHeight,
          };
        }"""
    )
    assert state["target"] is True
    assert state["background"] != state["paragraph"]
    assert state["top"] >= 0
    assert state["bottom"] <= state["height"]


def test_the_fragment_highlight_works_with_scripts_disabled(browser, page_url):
    """Without JavaScript the :target highlight still marks the cited sentence."""
    view = Watched(browser, java_script_enabled=False)
    try:
        view.page.goto(page_url + "#q3.p1.s1")
        matches = view.page.evaluate  # evaluate still runs: only the page's own scripts are off
        assert matches("() => document.getElementById('q3.p1.s1').matches(':target')") is True
    finally:
        view.context.close()


def open_highlighting(page: Any) -> None:
    """Open the "Highlight the mentions" panel, as a reader does (it starts closed)."""
    page.get_by_text("Highlight the mentions", exact=True).click()


def test_mention_highlighting_works_per_entity_without_scripts(browser, page_url):
    """Ticking an entity's box highlights its mentions, and only its, with no script running."""
    view = Watched(browser, java_script_enabled=False)
    page = view.page
    try:
        page.goto(page_url)
        ukraine = page.locator('.ic-m[data-entity="ukraine"]').first
        russia = page.locator('.ic-m[data-entity="russia"]').first
        before = ukraine.evaluate("(element) => getComputedStyle(element).backgroundColor")
        open_highlighting(page)
        page.check("#hl-ukraine")
        after = ukraine.evaluate("(element) => getComputedStyle(element).backgroundColor")
        other = russia.evaluate("(element) => getComputedStyle(element).backgroundColor")
        assert before == "rgba(0, 0, 0, 0)"
        assert after not in (before, other)
        assert page.locator('.ic-m[data-entity="ukraine"]').count() == 10
    finally:
        view.context.close()


def test_the_copy_control_copies_the_paragraphs_citation(browser, page_url, iv):
    """Clicking a paragraph's control puts its citation (id, span and URL) on the clipboard."""
    view = Watched(browser, permissions=["clipboard-read", "clipboard-write"])
    page = view.page
    try:
        page.goto(page_url)
        page.click('a.ic-cite[href="#a3.p2"]')
        expected = f"{iv.cite('a3.p2')} {page_url}#a3.p2"
        page.wait_for_function("() => document.getElementById('ic-status').textContent !== ''")
        assert page.text_content("#ic-status") == f"Copied: {expected}"
        assert page.evaluate("() => navigator.clipboard.readText()") == expected
        assert page.evaluate("() => location.hash") == "#a3.p2"
        assert page.get_attribute('a.ic-cite[href="#a3.p2"]', "aria-label") == (
            "Copy the citation of a3.p2"
        )
        assert view.console == []
    finally:
        view.context.close()


def test_pages_make_no_network_request_and_log_no_error(watched, site, page_url):
    """The interview page and the index load only themselves and log nothing to the console."""
    watched.page.goto(page_url)
    watched.page.goto((site / "index.html").as_uri())
    watched.page.click("text=Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump")
    assert watched.page.url == page_url
    assert watched.requests == [page_url, (site / "index.html").as_uri(), page_url]
    assert watched.console == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["tass-2065861.html", "index.html"])
def test_pages_pass_the_axe_accessibility_check(browser, site, name, scheme):
    """axe-core (shipped in the test dependencies) finds no violation, in both colour schemes."""
    from axe_playwright_python.sync_playwright import Axe

    # axe is injected with evaluate; bypass_csp lets it run beside the page's strict policy.
    view = Watched(browser, bypass_csp=True, color_scheme=scheme)
    try:
        view.page.goto((site / name).as_uri())
        results = Axe().run(view.page)
        assert results.violations_count == 0, results.generate_report()
    finally:
        view.context.close()


def test_escaped_markup_in_a_transcript_is_shown_as_text(watched, tmp_path):
    """A transcript that says <script> shows it as text and runs nothing."""
    iv = ic.parse("– Is <script>alert(1)</script> code?\n\n– <b>No</b> & it stays text.", id="x")
    path = tmp_path / "x.html"
    ic.export(iv, "html", path)
    watched.page.on("dialog", lambda _dialog: watched.console.append("dialog opened"))
    watched.page.goto(path.as_uri())
    assert watched.page.text_content('[id="q1.p1"]') == "Is <script>alert(1)</script> code?"
    assert watched.page.text_content('[id="a1.p1"]') == "<b>No</b> & it stays text."
    assert watched.page.locator("main script, main b").count() == 0
    assert watched.console == []


VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(params=list(VIEWPORTS))
def screen(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def sized(browser: Any, screen: str, scheme: str) -> Iterator[Watched]:
    """A page at a desktop's or a phone's size, in the light or the dark colour scheme."""
    view = Watched(browser, viewport=VIEWPORTS[screen], color_scheme=scheme)
    yield view
    view.context.close()


FOOTER_AT_THE_BOTTOM = """() => {
  scrollTo(0, document.documentElement.scrollHeight);
  const footer = document.querySelector(".ic-foot");
  const box = footer.getBoundingClientRect();
  const problems = [];
  if (box.top < 0 || box.bottom > innerHeight + 1) problems.push(`the footer is not in view: ${box.top}-${box.bottom}`);
  for (const other of document.querySelectorAll("aside, details, fieldset")) {
    if (!other.checkVisibility()) continue;  // inside the closed panel: laid out, never painted
    const o = other.getBoundingClientRect();
    if (o.width && o.height && o.left < box.right && box.left < o.right && o.top < box.bottom && box.top < o.bottom) {
      problems.push(`${other.tagName.toLowerCase()}.${other.className} covers the footer`);
    }
  }
  for (const paragraph of footer.querySelectorAll("p")) {
    if (!paragraph.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    for (const line of range.getClientRects()) {
      for (const x of [line.left + 2, (line.left + line.right) / 2, line.right - 2]) {
        const hit = document.elementFromPoint(x, (line.top + line.bottom) / 2);
        if (!footer.contains(hit)) problems.push(`${paragraph.textContent.slice(0, 30)}: hidden at ${x} by ${hit && hit.tagName}`);
      }
    }
  }
  if (document.documentElement.scrollWidth > innerWidth) problems.push("the page is wider than the screen");
  return problems;
}"""


def test_the_footer_is_whole_and_uncovered_at_the_bottom(sized, page_url):
    """Scrolled to the end, every line of the footer is in view and nothing (the sidebar) covers it."""
    page = sized.page
    page.goto(page_url)
    assert page.evaluate(FOOTER_AT_THE_BOTTOM) == []
    page.evaluate("scrollTo(0, 0)")
    open_highlighting(page)  # the open panel is the tallest thing that stays in view
    assert page.evaluate(FOOTER_AT_THE_BOTTOM) == []


def test_the_highlight_panel_is_near_the_top(sized, page_url, screen):
    """The "Highlight the mentions" control is visible within the first two screens, on a phone too."""
    page = sized.page
    page.goto(page_url)
    control = page.get_by_text("Highlight the mentions", exact=True)
    assert control.is_visible()
    top = control.evaluate("(element) => element.getBoundingClientRect().top + scrollY")
    assert top < 2 * VIEWPORTS[screen]["height"]
    if screen == "phone":  # before the text, where a phone's reader starts
        text = page.evaluate(
            "() => document.querySelector('main').getBoundingClientRect().top + scrollY"
        )
        assert top < text


MENTION_STYLE = """(element) => {
  const style = getComputedStyle(element);
  return [style.textDecorationLine, style.borderBottomStyle, style.backgroundColor];
}"""


def test_mentions_read_as_prose_until_highlighting_is_turned_on(sized, page_url):
    """Mentions are not underlined (they are not links) until the reader asks to highlight them."""
    page = sized.page
    page.goto(page_url)
    russia = page.locator('.ic-m[data-entity="russia"]').first
    ukraine = page.locator('.ic-m[data-entity="ukraine"]').first
    assert russia.evaluate(MENTION_STYLE) == ["none", "none", "rgba(0, 0, 0, 0)"]
    open_highlighting(page)
    page.check("#ic-hl-all")
    assert russia.evaluate(MENTION_STYLE)[0] == "underline"
    assert ukraine.evaluate(MENTION_STYLE)[0] == "underline"
    page.uncheck("#ic-hl-all")
    page.check("#hl-ukraine")
    underline, _, background = ukraine.evaluate(MENTION_STYLE)
    assert (underline, background != "rgba(0, 0, 0, 0)") == ("underline", True)
    assert russia.evaluate(MENTION_STYLE) == ["none", "none", "rgba(0, 0, 0, 0)"]


CONTRAST = """(selectors) => {
  const channel = (value) => { value /= 255; return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4; };
  const parse = (colour) => colour.match(/[\\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const value = parse(getComputedStyle(node).backgroundColor);
      if (value.length < 4 || value[3] > 0) return value;
    }
    return [255, 255, 255];
  };
  const result = { page: luminance(background(document.body)) };
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const [fore, back] = [luminance(parse(getComputedStyle(element).color)), luminance(background(element))];
    result[selector] = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
  }
  return result;
}"""


def test_text_footer_and_highlights_have_contrast_in_both_schemes(sized, page_url, scheme):
    """The text, the footer, the panel and a highlighted mention stand out from their background."""
    page = sized.page
    page.goto(page_url)
    open_highlighting(page)
    page.check("#hl-ukraine")
    selectors = [
        '[id="a3.p2"]',
        ".ic-foot p",
        ".ic-meta",
        ".ic-tools summary",
        '.ic-m[data-entity="ukraine"]',
        ".ic-interviewer .ic-p",
    ]
    ratios = page.evaluate(CONTRAST, selectors)
    assert (ratios.pop("page") < 0.1) == (scheme == "dark")
    assert {selector: ratio for selector, ratio in ratios.items() if ratio < 4.5} == {}


def test_a_changed_comma_in_a_quote_diff_is_as_plain_as_a_changed_word(watched, tmp_path, iv):
    """In a quote check's display, a changed closing mark gets a box as a changed word does: wide
    enough to see, with a border, in the colours of inserted and dropped text."""
    check = iv.check_quote("These ambitions have totally blinded them,")
    path = tmp_path / "quote.html"
    path.write_text(f"<!DOCTYPE html><html><body>{check._repr_html_()}</body></html>", "utf-8")
    watched.page.goto(path.as_uri())
    boxes = watched.page.eval_on_selector_all(
        ".ic-diff ins, .ic-diff del",
        """(marks) => marks.map((mark) => {
          const style = getComputedStyle(mark);
          return [mark.textContent, mark.getBoundingClientRect().width, style.boxShadow];
        })""",
    )
    found = {text: (width, shadow) for text, width, shadow in boxes}
    assert set(found) == {"literally", "totally", ".", ","}
    font = watched.page.eval_on_selector(
        ".ic-diff", "(d) => parseFloat(getComputedStyle(d).fontSize)"
    )
    for mark in (".", ","):
        width, shadow = found[mark]
        assert width >= 0.6 * font, (mark, width, font)  # the mark alone is a third of that
        assert shadow != "none"
