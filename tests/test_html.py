"""The HTML view without a browser: what export writes, escaping, the index, and the notebook markup."""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest

import interview_corpus as ic
from interview_corpus.cli._main import main


class Ids(HTMLParser):
    """Collects every id attribute, and the tags that load anything."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.loading: list[str] = []
        self.links: list[str] = []
        self.titles: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if "id" in values:
            self.ids.append(values["id"])
        if tag in ("link", "img", "iframe", "object", "embed") or (
            tag == "script" and "src" in values
        ):
            self.loading.append(tag)
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
            if "title" in values:
                self.titles[values["href"]] = values["title"]


def shown(iv: ic.Interview) -> Iterator[str]:
    """The interview's markup where a source URL appears: the page, its notebook view, a corpus table."""
    yield ic.export(iv, "html")
    yield iv._repr_html_()
    yield ic.Corpus([iv])._repr_html_()


def parsed(markup: str) -> Ids:
    parser = Ids()
    parser.feed(markup)
    return parser


class TestPage:
    def test_export_returns_one_self_contained_page(self, iv):
        """The page is one document with inline style and script, loading nothing from anywhere."""
        page = ic.export(iv, "html")
        assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
        assert parsed(page).loading == []
        assert "url(" not in page
        assert "@import" not in page
        assert "default-src 'none'" in page

    def test_every_citable_id_is_an_element_id_once(self, iv):
        """Each exchange, turn, paragraph and sentence id is the id of exactly one element."""
        ids = parsed(ic.export(iv, "html")).ids
        citable = [id for id in iv.ids if not isinstance(iv.lookup(id), ic.Topic)]
        assert [id for id in ids if id in set(citable)] == citable
        assert len(ids) == len(set(ids))

    def test_the_page_reads_like_the_interview(self, iv):
        """Headline, outlet, date, source link, caption, lede, topics and speakers are all there."""
        page = ic.export(iv, "html")
        text = re.sub(r"<[^>]+>", "", page)
        for expected in (
            "Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump",
            "28 December 2025",
            "Photo: Russia's Minister of Foreign Affairs Sergei Lavrov © Kristina Kormilitsyna/POOL/TASS",
            "Russian Foreign Minister Sergey Lavrov gave an interview to TASS",
            "3. Europe",
            "Who spoke how much",
            "Mentions by topic",
        ):
            assert expected in text
        assert '<a href="https://tass.com/politics/2065861">' in page
        assert page.count('<header class="ic-masthead">') == 1
        assert "@media print" in page
        assert "prefers-color-scheme: dark" in page

    def test_mentions_carry_their_entity_and_kind(self, iv):
        """Each turn mention is an element with the entity's id and kind."""
        page = ic.export(iv, "html")
        assert page.count('data-entity="ukraine" data-kind="place"') == 10 + sum(
            1 for m in iv.header_mentions if m.entity.id == "ukraine"
        )

    def test_contents_entries_without_a_topic_end_at_a_word_with_an_ellipsis(self):
        """An exchange without a topic is listed by its question, cut after a whole word, in full on hover."""
        question = (
            "Minister, what do you make of the talks that resumed in Geneva last week "
            "between the two delegations?"
        )
        iv = ic.parse(
            f"– {question}\n\n– They went well.\n\n– And next?\n\n– We shall see.", id="x"
        )
        assert [exchange.topic for exchange in iv.exchanges] == [None, None]
        page = ic.export(iv, "html")
        contents = page[page.index('<nav class="ic-toc"') : page.index("</nav>")]
        entries = re.findall(r'<a href="#(e\d)"[^>]*>([^<]*)</a>', contents)
        assert entries == [
            ("e1", "Minister, what do you make of the talks that resumed in…"),
            ("e2", "And next?"),
        ]
        assert parsed(contents).titles == {"#e1": question}

    @pytest.mark.parametrize(
        "url",
        [
            "javascript:alert(1)",
            "JavaScript:alert(document.domain)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "https://ok.example/\njavascript:alert(1)",
        ],
    )
    def test_only_http_urls_become_links(self, url):
        """A source URL that is not http(s) is shown as text, never made an href (page and notebook)."""
        iv = ic.parse("– Why?\n\n– Because.", id="x", url=url)
        for markup in shown(iv):
            links = parsed(markup).links
            assert [link for link in links if not link.startswith("#")] == []
            assert 'href="javascript' not in markup.lower()

    @pytest.mark.parametrize(
        "url",
        [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "   javascript:alert(1)",
            "\u0001javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
        ],
    )
    def test_a_sidecar_url_is_a_link_in_no_display_unless_http(self, url, tmp_path):
        """A sidecar's ``url = "javascript:…"`` is a link in no display: pages, index, every notebook view."""
        (tmp_path / "talk.txt").write_text(
            "Q: Where is the harbour?\n\nA: The harbour is busy.", encoding="utf-8"
        )
        (tmp_path / "talk.toml").write_text(f"url = {json.dumps(url)}\n", encoding="utf-8")
        iv = ic.read(tmp_path / "talk.txt")
        assert iv.url == url
        corpus = ic.Corpus([iv])
        ic.export(corpus, "html", tmp_path / "site")
        hits = iv.search("harbour")
        markups = [
            *(path.read_text(encoding="utf-8") for path in (tmp_path / "site").iterdir()),
            ic.export(iv, "html"),
            iv._repr_html_(),
            corpus._repr_html_(),
            *(iv.lookup(id)._repr_html_() for id in ("e1", "q1", "a1", "a1.p1")),
            iv.check_quote("The harbour is busy.")._repr_html_(),
            corpus.check_quote("The harbour is quiet.")._repr_html_(),
            hits._repr_html_(),
            hits[0]._repr_html_(),
        ]
        for markup in markups:
            links = parsed(markup).links
            assert [link for link in links if not re.fullmatch(r"#.*|[\w.-]+\.html", link)] == []
            assert not re.search(
                r"""(?i)(?:href|src|target)=["']?\s*\W*(?:javascript|data):""", markup
            )

    def test_http_urls_become_links_escaped(self):
        """An http(s) source URL is a link, its ampersands escaped in the attribute."""
        url = "https://example.org/interview?id=1&lang=en"
        iv = ic.parse("– Why?\n\n– Because.", id="x", url=url)
        for markup in shown(iv):
            assert url in parsed(markup).links
            assert 'href="https://example.org/interview?id=1&amp;lang=en"' in markup

    def test_text_is_escaped(self):
        """Markup in a transcript is shown as text, never as markup."""
        iv = ic.parse('– Is <script>alert("x")</script> here?\n\n– A & B.', id="x")
        page = ic.export(iv, "html")
        assert "<script>alert" not in page
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page or (
            '&lt;script&gt;alert("x")&lt;/script&gt;' in page
        )
        assert "A &amp; B." in page


class TestFiles:
    def test_a_corpus_is_a_directory_with_an_index(self, iv, tmp_path):
        """export(corpus, "html", DIR) writes index.html and one page per interview."""
        other = ic.parse("– Why?\n\n– Because.", id="other")
        ic.export(ic.Corpus([iv, other]), "html", tmp_path / "site")
        files = sorted(path.name for path in (tmp_path / "site").iterdir())
        assert files == ["index.html", "other.html", "tass-2065861.html"]
        index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
        assert '<a href="tass-2065861.html">' in index
        assert '<a href="other.html">other</a>' in index
        page = (tmp_path / "site" / "other.html").read_text(encoding="utf-8")
        assert '<a href="index.html">All interviews</a>' in page

    def test_an_interview_called_index_keeps_its_page(self, tmp_path):
        """An interview with the id ``index`` does not lose its page to the corpus index: it gets ``_index.html``."""
        interviews = [
            ic.parse("– Why?\n\n– Because of the index.", id="index"),
            ic.parse("– How?\n\n– So.", id="other"),
        ]
        ic.export(ic.Corpus(interviews), "html", tmp_path / "site")
        site = tmp_path / "site"
        assert sorted(path.name for path in site.iterdir()) == [
            "_index.html",
            "index.html",
            "other.html",
        ]
        assert parsed((site / "index.html").read_text(encoding="utf-8")).links == [
            "_index.html",
            "other.html",
        ]
        page = (site / "_index.html").read_text(encoding="utf-8")
        assert "Because of the index." in page
        assert '<a href="index.html">All interviews</a>' in page

    def test_the_cli_keeps_the_page_of_a_transcript_called_index(self, tmp_path, capsys):
        """``export --format html -o site/`` of a folder with index.txt writes its page beside the index."""
        transcripts = tmp_path / "transcripts"
        transcripts.mkdir()
        (transcripts / "index.txt").write_text("– Why?\n\n– Because.", encoding="utf-8")
        (transcripts / "other.txt").write_text("– How?\n\n– So.", encoding="utf-8")
        site = tmp_path / "site"
        argv = ["export", "--dir", str(transcripts), "--format", "html", "-o", f"{site}/"]
        assert main(argv) == 0
        assert sorted(path.name for path in site.iterdir()) == [
            "_index.html",
            "index.html",
            "other.html",
        ]
        assert "Because." in (site / "_index.html").read_text(encoding="utf-8")
        capsys.readouterr()

    def test_page_names_differ_where_case_does_not_count(self, tmp_path):
        """Ids that differ only in case (``Index``, ``Talk``/``talk``) get pages no file system merges."""
        ids = ["Index", "talk", "Talk", "TALK"]
        interviews = [ic.parse("– Why?\n\n– Because.", id=id) for id in ids]
        ic.export(ic.Corpus(interviews), "html", tmp_path / "site")
        site = tmp_path / "site"
        names = parsed((site / "index.html").read_text(encoding="utf-8")).links
        assert names == ["_Index.html", "talk.html", "_Talk.html", "_TALK-2.html"]
        assert len({name.casefold() for name in [*names, "index.html"]}) == 5
        assert sorted(path.name for path in site.iterdir()) == sorted([*names, "index.html"])

    def test_a_corpus_without_a_path_is_refused(self):
        """A corpus needs a directory; the error says to give one."""
        with pytest.raises(ic.ArgumentValueError, match="give its path"):
            ic.export(ic.Corpus.bundled(), "html")

    def test_the_cli_writes_a_file_or_a_directory(self, tmp_path, capsys):
        """export --format html -o FILE writes a page; -o DIR/ writes the index and the pages."""
        assert main(["export", "--format", "html", "-o", str(tmp_path / "lavrov.html")]) == 0
        assert (tmp_path / "lavrov.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        assert main(["export", "--format", "html", "-o", f"{tmp_path / 'site'}/"]) == 0
        assert sorted(p.name for p in (tmp_path / "site").iterdir()) == [
            "index.html",
            "tass-2065861.html",
        ]
        assert main(["export", "--format", "html"]) == 0
        assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
        transcripts = tmp_path / "transcripts"
        transcripts.mkdir()
        (transcripts / "a.txt").write_text("– Why?\n\n– Because.", encoding="utf-8")
        (transcripts / "b.txt").write_text("– How?\n\n– So.", encoding="utf-8")
        assert main(["export", "--dir", str(transcripts), "--format", "html"]) == 2
        assert "give -o DIR" in capsys.readouterr().err


class TestNotebook:
    @pytest.mark.parametrize("id", ["e3", "a3", "a3.p2"])
    def test_objects_display_as_the_pages_markup(self, iv, id):
        """Exchanges, turns and paragraphs show in a notebook with the page's elements and ids."""
        markup = iv.lookup(id)._repr_html_()
        assert markup.startswith('<div class="ic-view">')
        assert '<p id="a3.p2" class="ic-p">' in markup
        assert (
            '<span id="a3.p2.s3" class="ic-s">These ambitions have literally blinded them.</span>'
            in markup
        )

    def test_the_interview_displays_whole(self, iv):
        """An interview's display has the headline and every paragraph."""
        markup = iv._repr_html_()
        assert "<h1" in markup
        assert markup.count('class="ic-p"') == 26

    def test_a_hit_displays_its_rank_and_target(self, iv):
        """A search hit shows its rank, interview, id and the paragraph."""
        markup = iv.search("frozen assets")[0]._repr_html_()
        assert '1. tass-2065861 <span class="ic-id">q3.p1</span>' in markup
        assert '<p id="q3.p1" class="ic-p">' in markup

    def test_a_hit_marks_the_words_it_matched(self, iv):
        """A hit's display marks each word the query matched, stemmed forms included, in the whole text."""
        markup = iv.search("frozen assets")[0]._repr_html_()
        assert "<mark>frozen</mark>" in markup
        assert "<mark>assets</mark>" in markup
        sentence = iv.search("sanction", level="sentence")[0]
        assert re.findall(r"<mark>([^<]*)</mark>", sentence._repr_html_()) == ["sanctions"]
        prefix = iv.search("confisc*")[0]
        assert re.findall(r"<mark>([^<]*)</mark>", prefix._repr_html_()) == ["confiscation"]

    def test_a_hit_marks_a_phrase_and_keeps_mentions(self, iv):
        """A phrase is marked whole, inside a mention it matches, and the text and ids stay as they are."""
        hit = iv.search('"United States"')[0]
        markup = hit._repr_html_()
        assert re.search(
            r'<span class="ic-m" data-entity="united-states"[^>]*><mark>United States</mark></span>',
            markup,
        )
        assert f'<p id="{hit.id}" class="ic-p">' in markup
        paragraph = re.search(rf'<p id="{re.escape(hit.id)}" class="ic-p">(.*?)</p>', markup)
        assert paragraph is not None
        assert re.sub(r"<[^>]+>", "", paragraph.group(1)).replace("&amp;", "&") == hit.text
        phrase = iv.search('"frozen Russian assets"')[0]._repr_html_()
        assert re.search(  # cut at the mention's edges, so that the elements nest
            r'<mark>frozen </mark><span class="ic-m" data-entity="russia"[^>]*>'
            r"<mark>Russian</mark></span><mark> assets</mark>",
            phrase,
        )

    def test_a_pickled_hit_and_a_corpus_file_hit_mark_their_words(self, iv, tmp_path):
        """Marks survive pickling, and a hit from a corpus file is marked as one from memory."""
        hit = iv.search("frozen assets")[0]
        again = pickle.loads(pickle.dumps(hit))
        marks = re.findall(r"<mark>(.*?)</mark>", hit._repr_html_())
        assert marks == ["frozen", "assets"]
        assert re.findall(r"<mark>(.*?)</mark>", again._repr_html_()) == marks
        with ic.Corpus.build(tmp_path / "c.db", [iv]) as corpus:
            stored = corpus.search("frozen assets")[0]
            assert "<mark>frozen</mark>" in stored._repr_html_()

    def test_a_hit_made_by_hand_displays_without_marks(self, iv):
        """A hit that knows no search (made by hand) displays its text, with nothing marked."""
        from interview_corpus.query._search import Hit

        markup = Hit("tass-2065861", iv.lookup("a3.p2"), 1.0, 1)._repr_html_()
        assert '<p id="a3.p2" class="ic-p">' in markup
        assert "<mark>" not in markup

    def test_a_list_of_hits_displays_each_hit_marked(self, iv):
        """A list of hits shows how many there are, then each hit with its words marked."""
        from interview_corpus.query._display import hits_html

        hits = iv.search("Europe")
        markup = hits._repr_html_()  # what a notebook shows for the search's result
        assert markup == hits_html(hits)
        assert markup.startswith('<div class="ic-view">')
        assert f"{len(hits)} hits" in markup
        assert markup.count('<p class="ic-speaker">') == len(hits)
        assert markup.count("<mark>Europe</mark>") == len(hits) == 3
        assert "No hits" in hits_html([])
        nothing = iv.search("frozn asets")._repr_html_()
        assert "No hits. Did you mean <strong>frozen assets</strong>?" in nothing

    def test_a_corpus_displays_as_a_table_of_its_interviews(self, iv):
        """A corpus shows a table: id, title (linked to its source), outlet, date and exchanges."""
        other = ic.parse("– Why?\n\n– Because.", id="other")
        markup = ic.Corpus([iv, other])._repr_html_()
        assert markup.startswith('<div class="ic-view">')
        assert "<table" in markup
        assert "2 interviews" in markup
        rows = re.findall(r"<tr>(.*?)</tr>", markup)
        assert len(rows) == 3  # the heading and one per interview
        cells = [
            re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", rows[1])
        ]
        assert cells == [
            "tass-2065861",
            "Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump",
            "TASS",
            "2025-12-28",
            "5",
        ]
        assert '<a href="https://tass.com/politics/2065861">' in rows[1]
        assert [
            re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", rows[2])
        ] == ["other", "", "", "", "1"]

    def test_a_corpus_display_escapes_what_the_interviews_say(self):
        """Titles, outlets and ids are text in the corpus table, never markup."""
        iv = ic.parse(
            "– Why?\n\n– Because.",
            id="x",
            title='<script>alert("t")</script> & <b>bold</b>',
            outlet="<img src=x onerror=alert(1)>",
        )
        markup = ic.Corpus([iv])._repr_html_()
        assert "<script>alert" not in markup
        assert "<img" not in markup
        assert "<b>bold" not in markup
        assert "&lt;script&gt;alert" in markup
        assert "&amp; &lt;b&gt;bold&lt;/b&gt;" in markup
        assert parsed(markup).loading == []

    def test_a_large_corpus_display_shows_the_first_rows(self):
        """A corpus of many interviews shows its first rows and says how many more there are."""
        interviews = [
            ic.parse("– Why?\n\n– Because.", id=f"i{number:03d}") for number in range(130)
        ]
        markup = ic.Corpus(interviews)._repr_html_()
        assert markup.count("<tr>") == 1 + 50
        assert "130 interviews" in markup
        assert "and 80 more" in markup


class TestStr:
    @pytest.mark.parametrize("id", ["e3", "q3", "a3", "a3.p2", "a3.p2.s3"])
    def test_str_is_the_text_and_repr_is_unchanged(self, iv, id):
        """str() of a text-bearing object is its text; repr() stays the short form."""
        found = iv.lookup(id)
        assert str(found) == found.text
        assert repr(found).startswith(f"{type(found).__name__}(id={id!r}")

    def test_str_of_a_hit_is_its_text(self, iv):
        """A search hit prints as the paragraph it found."""
        hit = iv.search("frozen assets")[0]
        assert str(hit) == hit.text
        assert repr(hit).startswith("Hit(id='q3.p1'")


def test_remarks_appear_where_they_occur():
    """A moderator's remark and an opening statement are on the page before the first exchange."""
    text = "Moderator: Welcome.\n\nSergey Lavrov: Good afternoon.\n\nQuestion: Why?\n\nSergey Lavrov: Because."
    page = ic.export(ic.parse(text, id="x"), "html")
    assert page.index('id="r1"') < page.index('id="s1"') < page.index('id="e1"')
    assert "Moderator (remark)" in page
    assert "Sergey Lavrov (statement)" in page
