"""Time codes as data: when each turn and paragraph is spoken, from every form the reader knows."""

from __future__ import annotations

import datetime
import json

import pytest

import interview_corpus as ic

from .conftest import FIXTURES
from .test_parse import check_fidelity

LAYOUTS = FIXTURES / "layouts"


def seconds(time: datetime.timedelta | None) -> float | None:
    return None if time is None else time.total_seconds()


def timeline(iv: ic.Interview) -> list[tuple[str, float | None, float | None, str]]:
    return [(t.id, seconds(t.start), seconds(t.end), t.text) for t in iv.turns()]


class TestForms:
    """Each way transcripts write the time gives the turns their start; the time leaves the words."""

    @pytest.mark.parametrize(
        "text",
        [
            "Ann Lee (00:12): Why?\n\nBo Chen (00:20): Because.\n\nAnn Lee (01:05): And?\n\nBo Chen (1:10): So.",
            "Ann Lee (00:12) - Why?\n\nBo Chen (00:20) - Because.\n\nAnn Lee (01:05) - And?\n\nBo Chen (1:10) - So.",
            "Ann Lee  0:12\nWhy?\n\nBo Chen  0:20\nBecause.\n\nAnn Lee  1:05\nAnd?\n\nBo Chen  1:10\nSo.",
            (
                "[00:00:12] Ann Lee:\tWhy?\n\n[00:00:20] Bo Chen:\tBecause.\n\n"
                "[00:01:05] Ann Lee:\tAnd?\n\n[00:01:10] Bo Chen:\tSo."
            ),
            (
                "[Ann Lee] [00:12] Why?\n\n[Bo Chen] [00:20] Because.\n\n"
                "[Ann Lee] [01:05] And?\n\n[Bo Chen] [01:10] So."
            ),
            (
                "Ann Lee: [00:12] Why?\n\nBo Chen: [00:20] Because.\n\n"
                "Ann Lee: [01:05] And?\n\nBo Chen: [01:10] So."
            ),
            "– [00:12] Why?\n\n– (00:20) Because.\n\n– [00:01:05] And?\n\n– [00:01:10] So.",
            "00:12\n\n– Why?\n\n00:20\n\n– Because.\n\n01:05\n\n– And?\n\n01:10\n\n– So.",
            (
                "**Ann Lee** [0:12]\nWhy?\n\n**Bo Chen** [0:20]\nBecause.\n\n**Ann Lee** [1:05]\nAnd?\n\n"
                "**Bo Chen** [1:10]\nSo."
            ),
            (
                "Ann Lee: 00:00:12\n\nWhy?\n\nBo Chen: 00:00:20\n\nBecause.\n\n"
                "Ann Lee: 00:01:05\n\nAnd?\n\nBo Chen: 00:01:10\n\nSo."
            ),
        ],
        ids=[
            "paren",
            "paren-dash",
            "alone",
            "bracket-first",
            "bracketed-name",
            "mark",
            "dash-mark",
            "line",
            "bold",
            "colon-alone",
        ],
    )
    def test_labels_marks_and_lines(self, text):
        """Start from the turn's own time, end when the next turn starts; the words keep no time."""
        iv = ic.parse(text, id="x")
        assert timeline(iv) == [
            ("q1", 12.0, 20.0, "Why?"),
            ("a1", 20.0, 65.0, "Because."),
            ("q2", 65.0, 70.0, "And?"),
            ("a2", 70.0, None, "So."),
        ]
        assert [seconds(p.start) for p in iv.paragraphs()] == [12.0, 20.0, 65.0, 70.0]
        check_fidelity(iv)

    def test_a_timed_labels_words_are_its_own_whatever_they_open_with(self):
        """Below 'Name: 00:10:44' stand the turn's words, even where they open with a name and a
        colon (a transcription tool's guess at who speaks): no turn of their own, no empty turn."""
        text = (
            "Speaker 0: 00:00:12\n\nWhy did it fail?\n\nSpeaker 1: 00:00:20\n\nThe disk filled.\n\n"
            "Speaker 0: 00:01:05\n\nAnn Lee, Ph.D.: Was it the logs?\n\n"
            "Speaker 1: 00:01:10\n\nIt was."
        )
        iv = ic.parse(text, id="x")
        assert timeline(iv) == [
            ("q1", 12.0, 20.0, "Why did it fail?"),
            ("a1", 20.0, 65.0, "The disk filled."),
            ("q2", 65.0, 70.0, "Ann Lee, Ph.D.: Was it the logs?"),
            ("a2", 70.0, None, "It was."),
        ]
        check_fidelity(iv)

    def test_hours_and_fractions(self):
        """Hours are optional, fractions are kept (a comma as in SRT, or a point)."""
        iv = ic.parse("Q (1:02:03,5): Why?\n\nA (1:02:09.250): So.", id="x")
        assert [seconds(t.start) for t in iv.turns()] == [3723.5, 3729.25]

    def test_marks_inside_the_words_are_clutter(self):
        """A mark inside a paragraph leaves its normalised view; one opening a paragraph dates it."""
        text = "Q: [00:12] Why?\n\nA: [00:20] Because. [00:31] It is so.\n\n[00:40] Then more."
        iv = ic.parse(text, id="x")
        answer = iv.answers[0]
        assert [p.text for p in answer.paragraphs] == ["Because. [00:31] It is so.", "Then more."]
        assert [p.normalized for p in answer.paragraphs] == ["Because. It is so.", "Then more."]
        assert [seconds(p.start) for p in answer.paragraphs] == [20.0, 40.0]
        assert [s.text for s in iv.segments if s.kind == "timestamp"] == ["[00:40]"]
        check_fidelity(iv)

    def test_a_turn_of_only_a_time_has_it_for_its_words(self):
        """ "Clip: [16:29]" notes a played extract by its time alone: the time is the turn's words."""
        text = (
            "**Ann:** Why did you write it?\n\n**Bo:** For the ferries.\n\n"
            "**Clip:** \\[16:29\\]\n\n**Ann:** And then?\n\n**Bo:** We sang it."
        )
        iv = ic.parse(text, id="x")
        assert "\\[16:29\\]" in [turn.text for turn in iv.turns()]
        check_fidelity(iv)

    def test_a_mark_with_escaped_brackets_is_a_mark(self):
        r"""Markdown escapes brackets (``\[00:12\]``): the mark is read as one all the same."""
        text = (
            "**Q:** \\[00:12\\] Why?\n\n**A:** \\[00:20\\] Because. \\[00:31\\] It is so.\n\n"
            "\\[00:40\\] Then more."
        )
        iv = ic.parse(text, id="x")
        answer = iv.answers[0]
        assert iv.questions[0].text == "Why?"
        assert [p.normalized for p in answer.paragraphs] == ["Because. It is so.", "Then more."]
        assert [seconds(p.start) for p in answer.paragraphs] == [20.0, 40.0]
        check_fidelity(iv)

    def test_srt_cues(self):
        """Caption cues give each paragraph and turn its start and end."""
        iv = ic.read(LAYOUTS / "podcast.srt")
        assert [(seconds(t.start), seconds(t.end)) for t in iv.turns()] == [
            (1.0, 7.0),
            (7.5, 12.0),
            (12.5, 14.0),
            (14.5, 16.0),
        ]
        assert [(seconds(p.start), seconds(p.end)) for p in iv.questions[0].paragraphs] == [
            (1.0, 4.0),
            (4.5, 7.0),
        ]

    def test_a_sentence_over_several_cues(self):
        """A caption's sentence runs over cues: one paragraph, the timings inside it its clutter."""
        text = (
            "1\n00:00:07,600 --> 00:00:09,400\nAnn Lee: Hello, and\nwelcome to\n\n"
            "2\n00:00:09,400 --> 00:00:11,200\nthe show. Why rivers?\n\n"
            "3\n00:00:11,300 --> 00:00:13,000\nBo Chen: Because\n\n"
            "4\n00:00:13,000 --> 00:00:15,500\nthey are dirty.\n"
        )
        iv = ic.parse(text, id="x", interviewer="Ann Lee")
        question = iv.questions[0]
        assert [p.normalized for p in question.paragraphs] == [
            "Hello, and welcome to the show. Why rivers?"
        ]
        assert [s.normalized for s in question.sentences] == [
            "Hello, and welcome to the show.",
            "Why rivers?",
        ]
        assert (seconds(question.start), seconds(question.end)) == (7.6, 11.2)
        assert [p.normalized for p in iv.answers[0].paragraphs] == ["Because they are dirty."]
        assert [s.text for s in iv.segments if s.kind == "timing"] == [
            "1",
            "00:00:07,600 --> 00:00:09,400",
            "3",
            "00:00:11,300 --> 00:00:13,000",
        ]
        check_fidelity(iv)

    def test_webvtt_note_metadata(self):
        """A WebVTT NOTE of "key: value" lines gives the title and URL, as front matter does."""
        text = (
            "WEBVTT\n\nNOTE\ntitle: Episode 1: Welcome\nurl: https://example.org/1\n\n"
            "NOTE\nEdited for readability: not verbatim.\n\n"
            "00:00:00.500 --> 00:00:04.000\n<v Ann Lee>Why rivers?\n\n"
            "00:00:04.500 --> 00:00:07.000\n<v Bo Chen>Because they are dirty.\n\n"
            "00:00:07.500 --> 00:00:09.000\n<v Ann Lee>And then?\n\n"
            "00:00:09.500 --> 00:00:12.000\n<v Bo Chen>Then the sea.\n"
        )
        iv = ic.parse(text, id="x")
        assert (iv.title, iv.url, len(iv)) == ("Episode 1: Welcome", "https://example.org/1", 2)
        assert seconds(iv.questions[0].start) == 0.5

    _RUN_OF_CUES = (
        ("00:00:01.000", "00:00:03.000", "Ann Lee", "Why did the"),
        ("00:00:03.000", "00:00:05.000", "Ann Lee", "rivers get dirty?"),
        ("00:00:05.500", "00:00:08.000", "Bo Chen", "Farms drain into them."),
        ("00:00:08.000", "00:00:10.000", "Bo Chen", "Nobody checks."),
        ("00:00:10.500", "00:00:12.000", "Ann Lee", "What now?"),
        ("00:00:12.500", "00:00:14.000", "Bo Chen", "Tests."),
    )

    @pytest.mark.parametrize("voiced", [True, False], ids=["voice tags", "a name in each cue"])
    def test_a_turn_is_a_run_of_cues_in_one_voice(self, voiced):
        """Cues by one speaker, one after another, are one turn, whether voice tags name them or a
        meeting tool writes "Name: words" in every cue; the later names are no turns."""
        text = "WEBVTT\n\n" + "\n".join(
            f"{start} --> {end}\n<v {name}>{words}\n"
            if voiced
            else f"{n}\n{start} --> {end}\n{name}: {words}\n"
            for n, (start, end, name, words) in enumerate(self._RUN_OF_CUES, 1)
        )
        iv = ic.parse(text, id="x")
        assert [t.id for t in iv.turns()] == ["q1", "a1", "q2", "a2"]
        assert iv.questions[0].normalized == "Why did the rivers get dirty?"
        assert [p.normalized for p in iv.answers[0].paragraphs] == [
            "Farms drain into them.",
            "Nobody checks.",
        ]
        assert (seconds(iv.answers[0].start), seconds(iv.answers[0].end)) == (5.5, 10.0)
        if voiced:
            assert [s.text for s in iv.segments if s.kind == "voice"] == ["<v Bo Chen>"]
        check_fidelity(iv)

    def test_a_cue_may_name_its_speaker_by_a_handle(self):
        """A name as a meeting tool shows it (a lowercase handle, with dots or digits) labels its cues."""
        text = (
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nAnn Lee: How did the test go?\n\n"
            "2\n00:00:03.500 --> 00:00:05.000\nbo_chen: It passed on the second run.\n\n"
            "3\n00:00:05.500 --> 00:00:07.000\nAnn Lee: And the ferry app?\n\n"
            "4\n00:00:07.500 --> 00:00:09.000\ncy.park: it ships on Monday.\n\n"
            "5\n00:00:09.500 --> 00:00:11.000\nAnn Lee: Any risks?\n\n"
            "6\n00:00:11.500 --> 00:00:13.000\nbo_chen: Only the weather.\n\n"
            "7\n00:00:13.500 --> 00:00:15.000\ncy.park: the weather, yes.\n"
        )
        iv = ic.parse(text, id="x")
        assert [t.speaker.name for t in iv.turns()] == [
            "Ann Lee",
            "bo_chen",
            "Ann Lee",
            "cy.park",
            "Ann Lee",
            "bo_chen",
            "cy.park",
        ]
        assert iv.answers[0].normalized == "It passed on the second run."
        check_fidelity(iv)

    def test_cue_markup_is_clutter(self):
        """Closing voice tags and italics in a cue are not words; a cue that ends a sentence before them ends it."""
        text = (
            "\ufeffWEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.000\r\n<v 3>So, Bo,</v>\r\n\r\n"
            "2\r\n00:00:02.000 --> 00:00:04.000\r\nwhy did the rivers get dirty?\r\n\r\n"
            "3\r\n00:00:04.500 --> 00:00:06.000\r\n<v 0>Farms <i>upstream</i>.</v>\r\n\r\n"
            "4\r\n00:00:06.000 --> 00:00:08.000\r\nNobody checks them.\r\n\r\n"
            "5\r\n00:00:08.500 --> 00:00:10.000\r\n<v 3>What now?</v>\r\n\r\n"
            "6\r\n00:00:10.500 --> 00:00:12.000\r\n<v 0><c.loud>Tests.</c></v>\r\n"
        )
        iv = ic.parse(text, id="x")
        assert [(t.id, t.speaker.name) for t in iv.turns()] == [
            ("q1", "3"),
            ("a1", "0"),
            ("q2", "3"),
            ("a2", "0"),
        ]
        assert iv.questions[0].normalized == "So, Bo, why did the rivers get dirty?"
        assert [p.normalized for p in iv.answers[0].paragraphs] == [
            "Farms upstream.",
            "Nobody checks them.",
        ]
        assert iv.answers[1].normalized == "Tests."
        assert [s.normalized for s in iv.questions[0].sentences] == [
            "So, Bo, why did the rivers get dirty?"
        ]
        check_fidelity(iv)

    def test_srt_italics_are_clutter(self):
        """SRT cues' italics and font tags are markup, not words."""
        text = (
            "1\n00:00:01,000 --> 00:00:03,000\nQ: Why <i>rivers</i>?\n\n"
            '2\n00:00:03,500 --> 00:00:05,000\nA: <font color="#ffff00">Because.</font>\n'
        )
        iv = ic.parse(text, id="x")
        assert [t.normalized for t in iv.turns()] == ["Why rivers?", "Because."]

    def test_webvtt_voices(self):
        """A turn is a run of cues in one voice."""
        iv = ic.read(LAYOUTS / "voices.vtt")
        assert [(seconds(t.start), seconds(t.end)) for t in iv.turns()] == [
            (1.0, 4.0),
            (4.5, 7.0),
            (7.5, 10.0),
            (10.5, 12.0),
        ]

    def test_no_times(self):
        """A transcript without time codes has none, and says so when asked for a moment."""
        iv = ic.load()
        assert {(t.start, t.end) for t in iv.turns()} == {(None, None)}
        assert iv.duration is None
        with pytest.raises(ic.NotFoundError, match="has no time codes"):
            iv.at("0:12")

    def test_one_time_of_day_is_not_a_time_code(self):
        """A single line holding a time (a time of day in the header) dates nothing."""
        iv = ic.parse("Briefing\n\n10:30\n\nQ: Why?\n\nA: So.", id="x")
        assert iv.turns()[0].start is None


class TestMoments:
    """The turn spoken at a moment, and how long things run."""

    TEXT = "Q (0:05): Why?\n\nA (0:09): Because.\n\nQ (0:40): And?\n\nA (0:41): No.\n\nQ (1:10): Thanks."

    @pytest.mark.parametrize(
        ("moment", "turn"),
        [
            ("0:05", "q1"),
            ("00:00:08.9", "q1"),
            ("0:09", "a1"),
            (39.5, "a1"),
            (datetime.timedelta(seconds=41), "a2"),
            ("1:02:00", "r1"),
        ],
    )
    def test_at(self, moment, turn):
        assert ic.parse(self.TEXT, id="x").at(moment).id == turn

    def test_before_the_first_turn(self):
        with pytest.raises(ic.NotFoundError, match=r"spoken from 0:00:05 to 0:01:10"):
            ic.parse(self.TEXT, id="x").at("0:01")

    @pytest.mark.parametrize("moment", ["soon", -1, True, None, "12"])
    def test_not_a_moment(self, moment):
        with pytest.raises(ic.ArgumentValueError, match="not a moment of the recording"):
            ic.parse(self.TEXT, id="x").at(moment)

    def test_after_the_last_cue(self):
        """Past the end of the last caption cue, nothing is spoken."""
        iv = ic.read(LAYOUTS / "podcast.srt")
        assert iv.at("0:00:15").id == "a2"
        with pytest.raises(ic.NotFoundError):
            iv.at("0:00:16")

    def test_durations(self):
        iv = ic.parse(self.TEXT, id="x")
        assert iv.duration == datetime.timedelta(seconds=65)
        assert [seconds(e.duration) for e in iv] == [35.0, 30.0]
        assert seconds(iv.answers[0].duration) == 31.0
        assert iv.remarks[0].duration is None

    def test_cite_gives_the_moment(self):
        iv = ic.parse(self.TEXT, id="x")
        assert iv.cite("a1.p1.s1").endswith(", at 0:00:09")
        assert "at" not in ic.load().cite("a1").split(";")[-1]


class TestTravel:
    """Times go wherever the objects go."""

    def test_json_round_trip(self):
        iv = ic.read(LAYOUTS / "podcast.srt")
        again = ic.from_json(ic.to_json(iv))
        assert again == iv
        assert timeline(again) == timeline(iv)
        document = json.loads(ic.to_json(iv))
        question = document["interview"]["exchanges"][0]["question"]
        assert (question["start"], question["end"]) == (1, 7)
        assert question["paragraphs"][1]["start"] == 4.5

    def test_json_refuses_a_time_that_is_not_seconds(self):
        document = json.loads(ic.to_json(ic.parse("Q (0:05): Why?\n\nA (0:09): So.", id="x")))
        document["interview"]["exchanges"][0]["question"]["start"] = "0:05"
        with pytest.raises(ic.DocumentError, match="expected a number of seconds"):
            ic.from_json(json.dumps(document))

    def test_records_and_search_from_a_corpus_file(self, tmp_path):
        """A corpus file keeps the times: in its tables, its interviews and its search hits."""
        iv = ic.read(LAYOUTS / "podcast.srt")
        corpus = ic.Corpus.build(tmp_path / "c.db", [iv], jobs=1)
        with corpus:
            assert timeline(corpus[iv.id]) == timeline(iv)
            hit = corpus.search("rivers")[0]
            assert (hit.id, seconds(hit.start)) == ("q1.p1", 1.0)
            sentence = corpus.search("dirty", level="sentence")[0]
            assert seconds(sentence.start) == 4.5
        import sqlite3

        with sqlite3.connect(tmp_path / "c.db") as connection:
            rows = connection.execute("SELECT id, start_time, end_time FROM turns").fetchall()
        assert rows == [("q1", 1.0, 7.0), ("a1", 7.5, 12.0), ("q2", 12.5, 14.0), ("a2", 14.5, 16.0)]

    def test_search_hits_in_memory(self):
        iv = ic.read(LAYOUTS / "podcast.srt")
        assert [seconds(hit.start) for hit in iv.search("rivers")] == [1.0]
        assert ic.load().search("HAMAS")[0].start is None

    def test_quote_checks_say_when(self):
        iv = ic.read(LAYOUTS / "podcast.srt")
        match = iv.check_quote("Why are they so dirty?").matches[0]
        assert seconds(match.start) == 4.5
        assert match.citation.endswith(", at 0:00:04.500")

    def test_convokit_tei_and_html(self, tmp_path):
        iv = ic.parse("Q (0:05): Why?\n\nA (0:09.5): Because.\n\nQ (1:10): Thanks.", id="t")
        ic.export(iv, "convokit", tmp_path / "ck")
        lines = (tmp_path / "ck" / "utterances.jsonl").read_text(encoding="utf-8").splitlines()
        utterances = [json.loads(line) for line in lines]
        assert [u["timestamp"] for u in utterances] == [5, 9.5, 70]
        assert [u["meta"]["end_time"] for u in utterances] == [9.5, 70, None]
        tei = ic.export(iv, "tei")
        assert '<when xml:id="T2" interval="9.5" since="#T0" />' in tei
        assert '<u who="#interviewee" xml:id="a1" n="a1" start="#T2" end="#T3">' in tei
        page = ic.export(iv, "html")
        assert '<time class="ic-time" datetime="PT9.5S">0:00:09.500</time>' in page
        assert "ic-time" not in ic.export(ic.load(), "html").split("</style>")[-1]

    def test_an_older_corpus_file_is_built_again(self, tmp_path):
        """Building onto a corpus file of the schema before times rebuilds it; opening it says what to do."""
        import sqlite3

        path = tmp_path / "c.db"
        ic.Corpus.build(path, [ic.load()], jobs=1).close()
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA user_version = 1")
        connection.close()
        with pytest.raises(ic.CorpusFileError, match="schema version 1"):
            ic.Corpus.open(path)
        ic.Corpus.build(path, [ic.read(LAYOUTS / "podcast.srt")], jobs=1).close()
        with ic.Corpus.open(path) as corpus:
            assert corpus.ids == ("podcast",)


def test_webvtt_cue_settings_are_no_part_of_the_times():
    """A timing line that goes on with the cue's settings ("align:start position:0%") gives the same times."""
    text = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n"
        "00:00:01.000 --> 00:00:03.000 align:start position:0%\n<v Ann Lee>Why did the ferries stop?\n\n"
        "00:00:03.500 --> 00:00:05.000 align:start position:0%\n<v Bo Chen>The river froze.\n\n"
        "00:00:05.500 --> 00:00:06.000 line:90%\n<v Ann Lee>And now?\n\n"
        "00:00:06.500 --> 00:00:08.250\n<v Bo Chen>We wait.\n"
    )
    iv = ic.parse(text, id="x")
    assert [(seconds(t.start), seconds(t.end)) for t in iv.turns()] == [
        (1.0, 3.0),
        (3.5, 5.0),
        (5.5, 6.0),
        (6.5, 8.25),
    ]
    check_fidelity(iv)
