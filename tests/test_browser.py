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


def test_mention_highlighting_works_per_entity_without_scripts(browser, page_url):
    """Ticking an entity's box highlights its mentions, and only its, with no script running."""
    view = Watched(browser, java_script_enabled=False)
    page = view.page
    try:
        page.goto(page_url)
        ukraine = page.locator('.ic-m[data-entity="ukraine"]').first
        russia = page.locator('.ic-m[data-entity="russia"]').first
        before = ukraine.evaluate("(element) => getComputedStyle(element).backgroundColor")
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
