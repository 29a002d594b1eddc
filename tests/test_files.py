"""The files people save: saved web pages, Word and PDF files, text in other encodings."""

from __future__ import annotations

import json
import shutil
import sys

import pytest

import interview_corpus as ic
from interview_corpus.cli._main import main

from .conftest import FIXTURES
from .test_parse import check_fidelity

SAVED = FIXTURES / "saved"
FILES = FIXTURES / "files"
PAGES = sorted(SAVED.glob("*.html"))
BRIEFING = "Briefing with Gayle Smith, State Department Coordinator for Global COVID-19 Response"


def plain(text: str | None) -> str:
    return " ".join((text or "").split())


class TestSavedWebPages:
    """A web page saved from a browser reads as the transcript on it, with the page's metadata."""

    @pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
    def test_title_metadata_and_provenance(self, page):
        expected = json.loads(page.with_suffix(".expect.json").read_text(encoding="utf-8"))
        iv = ic.read(page, strict=False)
        assert plain(iv.title) == plain(expected["title"])
        assert iv.url is not None
        assert iv.url.startswith("http")
        assert iv.published is not None
        assert iv.provenance is not None
        assert iv.provenance.startswith(
            f"text extracted from the web page {page.name} with trafilatura"
        )
        check_fidelity(iv)

    @pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
    def test_reads_right(self, page):
        """The exchanges a person counts, and the first question where the person puts it."""
        expected = json.loads(page.with_suffix(".expect.json").read_text(encoding="utf-8"))
        iv = ic.read(page, strict=False)
        low, high = expected["exchanges"]
        assert low <= len(iv) <= high
        first = plain(iv.questions[0].text).replace("*", "")
        assert first.startswith(plain(expected["first_question_starts"]).replace("*", ""))

    def test_text_that_opens_as_html_is_a_page(self, tmp_path):
        """A page saved with another extension is still read as a page."""
        page = tmp_path / "briefing.txt"
        shutil.copy(PAGES[0], page)
        assert ic.read(page).provenance.startswith("text extracted from the web page briefing.txt")

    def test_an_xhtml_page_that_opens_with_an_xml_declaration(self, tmp_path):
        """``<?xml ... encoding="UTF-8"?>`` before the doctype does not hide the page's text."""
        page = tmp_path / "questions.html"
        turns = "".join(
            f"<p><b>{name}:</b> {words}</p>\n"
            for name, words in [
                ("Ann Lee", "Will the Minister say when the new ferry pier will open?"),
                ("The Minister", "The pier opens in the spring, once the harbour is dredged."),
                ("Bo Chen", "What will the crossing cost the islanders who use it daily?"),
                ("The Minister", "The fare stays as it is for residents, as the law provides."),
            ]
        )
        page.write_text(
            '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
            'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Harbour '
            "Questions</title></head><body><h1>Harbour Questions</h1>\n"
            f"{turns}</body></html>\n",
            encoding="utf-8",
        )
        iv = ic.read(page)
        assert iv.title == "Harbour Questions"
        assert "**Bo Chen:** What will the crossing cost" in iv.source
        assert (
            iv.questions[-1].text == "What will the crossing cost the islanders who use it daily?"
        )
        check_fidelity(iv)

    def test_a_page_with_no_title_and_no_first_level_heading_has_no_title(self, tmp_path):
        """The first second-level heading titles a section, not the page: the page names no title."""
        page = tmp_path / "questions.html"
        turns = "".join(
            f"<p><b>{name}:</b> {words}</p>\n"
            for name, words in [
                ("Ann Lee", "Will the Minister say when the new ferry pier will open?"),
                ("The Minister", "The pier opens in the spring, once the harbour is dredged."),
                ("Bo Chen", "What will the crossing cost the islanders who use it daily?"),
                ("The Minister", "The fare stays as it is for residents, as the law provides."),
            ]
        )
        page.write_text(
            f"<html><body><h2>Harbour Council</h2>\n{turns}</body></html>\n",
            encoding="utf-8",
        )
        iv = ic.read(page)
        assert iv.title is None
        assert len(iv) == 2

    def test_a_site_page_source_with_front_matter(self, tmp_path):
        """A static site's page source: the title and date in its front matter, the HTML below it the text."""
        page = tmp_path / "interview.html"
        questions = "".join(
            f"<p><em>{ask}</em></p>\n<p>{answer}</p>\n"
            for ask, answer in [
                (
                    "Why did you start building bridges?",
                    "For the rivers, and the towns beside them.",
                ),
                ("What comes next for your team?", "The sea, and a harbour that does not silt up."),
                ("Where will you be in ten years?", "On the same quay, with the same crew as now."),
            ]
        )
        page.write_text(
            "---\nlayout: page\ndate: 2010-07-31\ntitle: Interview with Ann Lee\n---\n\n"
            "<p><b>This post first appeared elsewhere.</b></p>\n"
            f"<p>Today we talk with Ann Lee, who builds bridges.</p>\n{questions}",
            encoding="utf-8",
        )
        iv = ic.read(page)
        assert iv.title == "Interview with Ann Lee"
        assert str(iv.published) == "2010-07-31"
        assert "layout" not in iv.source
        assert iv.questions[0].text == "Why did you start building bridges?"
        check_fidelity(iv)

    def test_a_front_matter_date_that_is_no_day_leaves_the_pages_own(self, tmp_path):
        """'date: sometime in summer' in the front matter does not hide the date the HTML gives."""
        page = tmp_path / "interview.html"
        questions = "".join(
            f"<p><em>{ask}</em></p>\n<p>{answer}</p>\n"
            for ask, answer in [
                ("Why did you start building bridges?", "For the rivers and the towns."),
                ("What comes next for your team?", "The sea, and a harbour that stays deep."),
                ("Where will you be in ten years?", "On the same quay, with the same crew."),
            ]
        )
        page.write_text(
            "---\ndate: sometime in summer\ntitle: Interview with Ann Lee\n---\n<html><head>"
            '<meta property="article:published_time" content="2010-07-31"></head><body>'
            f"<p>Today we talk with Ann Lee, who builds bridges.</p>\n{questions}</body></html>",
            encoding="utf-8",
        )
        assert str(ic.read(page).published) == "2010-07-31"


class TestWordAndPdf:
    """A press office's Word file and PDF of a real briefing read as the transcript does."""

    def test_word(self):
        iv = ic.read(FILES / "state-briefing-gayle-smith-2021.docx")
        assert plain(iv.title).startswith(BRIEFING)
        assert len(iv) == 6
        assert iv.questions[0].text.startswith("Yes, hi. Thank you very much for this.")
        assert {s.name: s.role for s in iv.speakers}["MS SMITH"] == "interviewee"
        assert iv.provenance == (
            "text extracted from the Word file state-briefing-gayle-smith-2021.docx with python-docx"
        )
        check_fidelity(iv)

    def test_pdf(self):
        iv = ic.read(FILES / "state-briefing-gayle-smith-2021.pdf")
        assert plain(iv.title).startswith(BRIEFING)
        assert len(iv) == 6
        assert plain(iv.questions[0].text).startswith("Yes, hi. Thank you very much for this.")
        assert iv.provenance.startswith(
            "text extracted from the PDF state-briefing-gayle-smith-2021.pdf (5 pages) with pypdf"
        )
        pages = [paragraph.page for paragraph in iv.paragraphs()]
        assert pages == sorted(pages)
        assert (pages[0], pages[-1]) == (1, 5)
        furniture = [s.text for s in iv.segments if s.kind == "page-furniture"]
        assert "U.S. Department of State - Office of the Spokesperson" in furniture
        assert "Page 5 of 5" in furniture
        assert all("Page" not in p.normalized.split(" of ")[0][-6:] for p in iv.paragraphs())
        check_fidelity(iv)

    def test_a_hearing_pdf_reads_right(self):
        """A public inquiry's hearing as a 28-page PDF reads as the person read its text, with pages."""
        expected = json.loads(
            (
                FIXTURES.parent / "real" / "inquiry-pohi-focus-group-2022-03-18.expect.json"
            ).read_text(encoding="utf-8")
        )
        iv = ic.read(FILES / "inquiry-pohi-focus-group-2022.pdf")
        assert iv.title == expected["title"]
        low, high = expected["exchanges"]
        assert low <= len(iv) <= high
        assert plain(iv.questions[0].text).startswith(plain(expected["first_question_starts"]))
        roles = {speaker.name: speaker.role for speaker in iv.speakers}
        assert {name: roles[name] for name in expected["answerers"]} == dict.fromkeys(
            expected["answerers"], "interviewee"
        )
        assert [p.page for p in iv.paragraphs()][-1] == 28
        # Each footer is page furniture of its own, or clutter inside the paragraph it interrupts.
        assert "Page 2 of 28" in " ".join(s.text for s in iv.segments if s.kind == "page-furniture")
        assert any(" of 28" in p.text for p in iv.paragraphs())
        assert not any(" of 28" in p.normalized for p in iv.paragraphs())
        check_fidelity(iv)

    def test_the_page_travels(self):
        iv = ic.read(FILES / "state-briefing-gayle-smith-2021.pdf")
        again = ic.from_json(ic.to_json(iv))
        assert [p.page for p in again.paragraphs()] == [p.page for p in iv.paragraphs()]
        assert again.provenance == iv.provenance

    def test_a_damaged_file(self, tmp_path):
        broken = tmp_path / "broken.pdf"
        broken.write_bytes(b"%PDF-1.7\nnot really")
        with pytest.raises(ic.ReadError, match=r"broken\.pdf"):
            ic.read(broken)
        broken = tmp_path / "broken.docx"
        broken.write_bytes(b"PK\x03\x04 not really")
        with pytest.raises(ic.ReadError, match="not a Word file"):
            ic.read(broken)

    @pytest.mark.parametrize(
        ("name", "module", "extra"),
        [
            ("state-briefing-gayle-smith-2021.pdf", "pypdf", "pdf"),
            ("state-briefing-gayle-smith-2021.docx", "docx", "docx"),
        ],
    )
    def test_without_the_extra(self, monkeypatch, tmp_path, name, module, extra):
        """Without the library, the error names the extra; a folder reports the file."""
        monkeypatch.setitem(sys.modules, module, None)
        with pytest.raises(ic.MissingDependencyError, match=rf"interview-corpus\[{extra}\]"):
            ic.read(FILES / name)
        shutil.copy(FILES / name, tmp_path / name)
        (tmp_path / "other.txt").write_text("Q: Why?\n\nA: So.", encoding="utf-8")
        corpus, failures = ic.Corpus.from_directory(tmp_path, errors="collect")
        assert corpus.ids == ("other",)
        assert [f.path.endswith(name) and extra in f.reason for f in failures] == [True]

    def test_a_folder_of_every_kind(self, tmp_path):
        for source in (FILES / "state-briefing-gayle-smith-2021.docx", PAGES[0]):
            shutil.copy(source, tmp_path / source.name)
        (tmp_path / "plain.txt").write_text("Q: Why?\n\nA: So.", encoding="utf-8")
        corpus = ic.Corpus.from_directory(tmp_path, strict=False)
        assert len(corpus) == 3


class TestEncodings:
    """Text in any encoding: UTF-8 first, then the one given, then the one detected."""

    TEXT = "Q: Où est le café, señor?\n\nA: À côté de la gare, naïve Zoë.\n"

    def test_detected(self, tmp_path):
        """A real briefing saved as Windows-1252 (curly quotes, dashes) reads as the UTF-8 one does."""
        source = FIXTURES.parent / "real" / "statedept-briefing-gayle-smith-2021-06-04.txt"
        text = source.read_text(encoding="utf-8")
        path = tmp_path / "briefing.txt"
        path.write_bytes(text.encode("cp1252"))
        iv = ic.read(path)
        assert iv.source == text
        assert iv.provenance == (
            "decoded as cp1252 (detected by charset-normalizer; give encoding= if wrong)"
        )
        assert len(iv) == len(ic.read(source))

    def test_given(self, tmp_path, capsys):
        path = tmp_path / "old.txt"
        path.write_bytes(self.TEXT.encode("latin-1"))
        iv = ic.read(path, encoding="latin-1")
        assert (iv.source, iv.provenance) == (self.TEXT, "decoded as latin-1")
        assert main(["show", "q1", "--file", str(path), "--encoding", "latin-1"]) == 0
        assert "Où est le café" in capsys.readouterr().out

    def test_utf8_is_not_reported(self, tmp_path):
        path = tmp_path / "new.txt"
        path.write_text(self.TEXT, encoding="utf-8")
        assert ic.read(path).provenance is None

    def test_damaged_utf8_is_an_error_at_the_byte(self, tmp_path):
        path = tmp_path / "damaged.txt"
        path.write_bytes(self.TEXT.encode("utf-8").replace("naïve".encode(), b"na\xefve"))
        with pytest.raises(ic.TranscriptError, match="byte 0xef is not UTF-8") as caught:
            ic.read(path)
        assert (caught.value.line, caught.value.path) == (3, str(path))

    def test_unknown_encoding(self, tmp_path):
        path = tmp_path / "a.txt"
        path.write_text(self.TEXT, encoding="utf-8")
        with pytest.raises(ic.ArgumentValueError, match="not an encoding Python knows"):
            ic.read(path, encoding="klingon")

    def test_wrong_encoding_given(self, tmp_path):
        path = tmp_path / "a.txt"
        path.write_bytes(self.TEXT.encode("utf-16"))
        with pytest.raises(ic.TranscriptError, match="is not ascii"):
            ic.read(path, encoding="ascii")

    def test_carriage_returns_alone(self, tmp_path):
        path = tmp_path / "mac.txt"
        path.write_bytes(self.TEXT.replace("\n", "\r").encode("utf-8"))
        iv = ic.read(path)
        assert [t.text for t in iv.turns()] == [
            "Où est le café, señor?",
            "À côté de la gare, naïve Zoë.",
        ]
        assert iv.provenance == "line ends CR read as LF"


class TestRealCaptionFiles:
    """Real caption files read with no options: turns from voices or labels, times as data."""

    REAL = FIXTURES.parent / "real"

    def test_a_webvtt_podcast(self, tmp_path):
        """A podcast's WebVTT (named voices, NOTE metadata) reads right with no options: its title, its
        speakers and who asks, the exchanges a person counts (a round table of co-hosts), each turn's times."""
        path = self.REAL / "cap-swiftcommunity-ep1-welcome.vtt"
        expected = json.loads(path.with_suffix(".expect.json").read_text(encoding="utf-8"))
        iv = ic.read(path)
        assert iv.title == expected["title"]
        low, high = expected["exchanges"]
        assert low <= len(iv) <= high
        first = iv.questions[0]
        assert first.speaker.name == "John Sundell"
        assert first.normalized.startswith(expected["first_question_starts"])
        # The cue timings are data, not words: the first question runs over one cue.
        assert (first.start.total_seconds(), first.end.total_seconds()) == (47.61, 72.28)  # type: ignore[union-attr]
        assert iv.answers[0].start.total_seconds() == 72.28  # type: ignore[union-attr]
        assert not any("-->" in turn.normalized for turn in iv.turns())
        # The host asks; the co-hosts answer, or talk; a host's turn is never an answer.
        kinds = {(turn.speaker.name, turn.kind) for turn in iv.turns()}
        assert ("John Sundell", "answer") not in kinds
        assert {name for name, kind in kinds if kind == "answer"} == {
            "Chris Lattner",
            "Garric Nahapetian",
        }
        # Saved with a byte-order mark and Windows line ends, it reads the same.
        crlf = tmp_path / "episode.vtt"
        crlf.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
        again = ic.read(crlf)
        assert [(t.kind, t.speaker.name, t.normalized, t.start) for t in again.turns()] == [
            (t.kind, t.speaker.name, t.normalized, t.start) for t in iv.turns()
        ]
        check_fidelity(iv)

    def test_an_srt_interview_reads_right(self):
        """A real SRT interview (no speaker names) reads right with no options, and as its WebVTT does."""
        path = self.REAL / "oralhist-hitsave-nicol-goodboy-galaxy-2023-srt.srt"
        expected = json.loads(
            path.with_name(path.name.replace(".srt", ".expect.json")).read_text(encoding="utf-8")
        )
        iv = ic.read(path)
        low, high = expected["exchanges"]
        assert low <= len(iv) <= high
        first = iv.questions[0]
        assert first.normalized.startswith(expected["first_question_starts"])
        assert iv.answers[0].normalized.startswith(expected["first_answer_starts"])
        assert (first.start.total_seconds(), first.end.total_seconds()) == (70.65, 72.29)  # type: ignore[union-attr]
        webvtt = ic.read(self.REAL / "oralhist-hitsave-nicol-goodboy-galaxy-2023.vtt")
        assert [t.normalized for t in webvtt.turns()] == [t.normalized for t in iv.turns()]
        check_fidelity(iv)

    def test_an_srt_saved_as_text(self, tmp_path):
        """An SRT file's cues are found by their content, whatever the file's extension."""
        path = self.REAL / "srt-podcastindex-buzzsprout-example.srt"
        saved = tmp_path / "episode.txt"
        shutil.copyfile(path, saved)
        iv, as_txt = ic.read(path), ic.read(saved)
        turns = list(iv.turns())
        assert [t.normalized for t in as_txt.turns()] == [t.normalized for t in turns]
        assert {turn.speaker.name for turn in turns} == {"Travis", "Sarah", "Gilon"}
        assert turns[0].normalized.startswith("When you first get started in podcasting, it's")
        assert (turns[0].start.total_seconds(), turns[1].start.total_seconds()) == (0.179, 53.03)  # type: ignore[union-attr]
        assert turns[0].end.total_seconds() <= 53.03  # type: ignore[union-attr]
        assert not any("-->" in turn.normalized for turn in turns)
        # Three hosts read out tips (a person counts 0-1 exchanges): few turns open one.
        assert 0 < len(iv) < len(turns) // 2
        check_fidelity(iv)
