"""The terminal reader: render(), and the read and quote commands."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

import interview_corpus as ic
from interview_corpus.cli._main import main
from interview_corpus.output._terminal import render


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class TestRender:
    def test_the_whole_interview_has_its_head_topics_speakers_and_ids(self, iv):
        """Headline, outlet line, topics, speakers and every paragraph id in the margin."""
        lines = render(iv).splitlines()
        assert lines[0] == "Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump"
        assert lines[1] == "TASS · 2025-12-28 · https://tass.com/politics/2065861"
        assert "e3     3. EUROPE" in lines
        assert "Sergey Lavrov a3" in lines
        margins = [line.split()[0] for line in lines if line[:1] in "qa" and ".p" in line[:7]]
        assert margins == [paragraph.id for paragraph in iv.paragraphs()]

    def test_wrapping_keeps_every_line_within_the_width_and_the_words(self, iv):
        """At a width, lines fit, continuation lines indent under the text, and no word is lost."""
        text = render(iv, ["a3"], width=50)
        assert max(len(line) for line in text.splitlines()) <= 50
        assert "\n       " in text
        assert " ".join(text.split()).count("These ambitions have literally blinded them.") == 1

    def test_without_a_width_each_paragraph_is_one_line(self, iv):
        """Unwrapped, a paragraph is one line after its id."""
        paragraph = iv.lookup("a3.p2")
        assert f"a3.p2  {paragraph.text}" in render(iv, ["a3"]).splitlines()

    def test_a_topic_reads_its_exchanges(self, iv):
        """A topic slug reads the exchanges on that topic."""
        assert render(iv, ["europe"]) == render(iv, ["e3"])

    def test_an_unknown_id_raises_not_found(self, iv):
        """A missing id is a NotFoundError with suggestions."""
        with pytest.raises(ic.NotFoundError, match="did you mean"):
            render(iv, ["a3.p9"])


class TestReadCommand:
    def test_piped_output_is_plain(self, capsys, iv):
        """Not on a terminal, read prints plain unwrapped text and exits 0."""
        code, out, err = run(capsys, "read", "a3.p2")
        assert (code, err) == (0, "")
        assert out == f"Sergey Lavrov a3\na3.p2  {iv.lookup('a3.p2').text}\n"

    def test_several_interviews_are_read_one_after_another(self, capsys, tmp_path):
        """With --dir, each interview that has the id is read under its own [id] line."""
        (tmp_path / "one.txt").write_text("– Why?\n\n– Because.", encoding="utf-8")
        (tmp_path / "two.txt").write_text("– How?\n\n– So.", encoding="utf-8")
        code, out, _ = run(capsys, "read", "--dir", str(tmp_path), "a1")
        assert code == 0
        assert (
            out == "[one]\nInterviewee a1\na1.p1  Because.\n\n[two]\nInterviewee a1\na1.p1  So.\n"
        )

    def test_an_unknown_id_exits_1(self, capsys):
        """A missing id is reported on stderr with exit code 1."""
        code, out, err = run(capsys, "read", "a9")
        assert (code, out) == (1, "")
        assert err.startswith("interview-corpus: no id 'a9'")

    def test_on_a_terminal_the_text_goes_through_the_pager_wrapped(self, tmp_path):
        """On a tty, read wraps to the terminal's width and hands the text to $PAGER."""
        paged = tmp_path / "paged.txt"
        primary, secondary = pty.openpty()
        environment = {**os.environ, "PAGER": f"cat > {paged}", "COLUMNS": "60", "LINES": "20"}
        environment.pop("MANPAGER", None)
        process = subprocess.run(
            [sys.executable, "-m", "interview_corpus", "read", "e3"],
            stdin=secondary,
            stdout=secondary,
            stderr=subprocess.PIPE,
            env=environment,
            check=False,
            timeout=60,
        )
        os.close(secondary)
        os.close(primary)
        assert process.returncode == 0, process.stderr
        text = paged.read_text(encoding="utf-8")
        assert text.startswith("e3     3. EUROPE\n")
        assert max(len(line) for line in text.splitlines()) <= 60


class TestQuoteCommand:
    @pytest.mark.parametrize(
        ("quote", "code", "first"),
        [
            ("These ambitions have literally blinded them.", 0, "verbatim (score 1.00)"),
            ("these ambitions have literally blinded them", 0, "typography (score 0.98)"),
            ("These ambitions have totally blinded them.", 1, "altered (score 0.93)"),
            ("Russia appreciates efforts … root causes.", 0, "editorial (score 1.00)"),
            (
                "“These ambitions have literally blinded them,” he said.",
                0,
                "editorial (score 0.98)",
            ),
            ("Russia appreciates efforts … These ambitions", 1, "stitched (score 1.00)"),
            ("Nothing of the sort was ever said here.", 1, "not-found (score 0.00)"),
        ],
    )
    def test_the_verdict_decides_the_exit_code(self, capsys, quote, code, first):
        """0 for verbatim, typography and editorial; 1 for altered, stitched and not found."""
        exit_code, out, err = run(capsys, "quote", quote)
        assert (exit_code, err) == (code, "")
        assert out.splitlines()[0] == first

    def test_the_report_cites_and_diffs(self, capsys):
        """An altered quote prints the citation, the speaker and the word diff."""
        _, out, _ = run(capsys, "quote", "These ambitions have totally blinded them.")
        assert "tass-2065861:a3.p2.s3, characters 5208–5252" in out
        assert "said by Sergey Lavrov (interviewee), exchange e3" in out
        assert "a3.p2.s3: These ambitions have [-literally-]{+totally+} blinded them." in out

    def test_json_is_one_document_with_the_data(self, capsys):
        """--json prints the verdict, matches with spans, and the differences."""
        code, out, _ = run(capsys, "quote", "--json", "These ambitions have totally blinded them.")
        document = json.loads(out)
        assert code == 1
        assert document["verdict"] == "altered"
        assert document["ids"] == ["a3.p2.s3"]
        assert document["matches"][0]["span"] == {"start": 5208, "end": 5252}
        assert document["matches"][0]["differences"][0]["kind"] == "changed"

    def test_an_empty_quote_is_a_usage_error(self, capsys):
        """A quote without words exits 2 with a message."""
        code, _, err = run(capsys, "quote", "…")
        assert code == 2
        assert "the quote is empty" in err

    def test_a_quote_from_stdin_and_a_file_of_transcripts(self, tmp_path):
        """'-' reads the quote from stdin; --file checks against the user's transcript."""
        transcript = tmp_path / "talk.txt"
        transcript.write_text("– Why?\n\n– Because it’s late.", encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "interview_corpus", "quote", "--file", str(transcript), "-"],
            input="Because it's late.\n",
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout.startswith("typography")
        assert "talk:a1.p1.s1, characters" in result.stdout
