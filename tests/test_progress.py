"""Tests for progress on long work: the callbacks of the library, and the command line's bar."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import interview_corpus as ic
from interview_corpus._util.progress import each
from interview_corpus.cli._progress import ProgressBar

needs_pty = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")


class _Terminal(io.StringIO):
    """A text stream that says it is a terminal, of a given width."""

    def __init__(self, columns: int = 80) -> None:
        super().__init__()
        self.columns = columns

    def isatty(self) -> bool:
        return True


class _Clock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Five small transcripts, one of them bad."""
    for number in range(4):
        (tmp_path / f"talk-{number}.txt").write_text(
            f"Q: Question {number}?\n\nA: Answer {number}.", encoding="utf-8"
        )
    (tmp_path / "zz-bad.txt").write_text("Q: Unanswered?", encoding="utf-8")
    return tmp_path


class TestCallbacks:
    def test_from_directory_reports_every_file_in_order(self, folder):
        """from_directory calls progress once per file, read or failed, counting up to the total."""
        calls: list[tuple[int, int, str]] = []
        corpus, failures = ic.Corpus.from_directory(
            folder, errors="collect", progress=lambda *call: calls.append(call)
        )
        assert (len(corpus), len(failures)) == (4, 1)
        assert [(done, total) for done, total, _ in calls] == [(n, 5) for n in range(1, 6)]
        assert [Path(name).name for _, _, name in calls] == [
            "talk-0.txt", "talk-1.txt", "talk-2.txt", "talk-3.txt", "zz-bad.txt",
        ]  # fmt: skip

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_build_reports_each_transcript_read(self, folder, tmp_path, jobs):
        """Corpus.build calls progress with increasing counts, with one or several processes."""
        (folder / "zz-bad.txt").unlink()
        calls: list[tuple[int, int, str]] = []
        path = tmp_path / "corpus.db"
        ic.Corpus.build(path, folder, jobs=jobs, progress=lambda *call: calls.append(call)).close()
        assert [(done, total) for done, total, _ in calls] == [(n, 4) for n in range(1, 5)]
        assert [Path(name).name for _, _, name in calls] == [f"talk-{n}.txt" for n in range(4)]
        calls.clear()
        (folder / "talk-1.txt").write_text("Q: Changed?\n\nA: Yes.", encoding="utf-8")
        ic.Corpus.build(path, folder, jobs=jobs, progress=lambda *call: calls.append(call)).close()
        assert [(done, total, Path(name).name) for done, total, name in calls] == [
            (1, 1, "talk-1.txt")
        ]  # only what is read again

    @pytest.mark.parametrize("format", ["json", "jsonl", "csv", "markdown", "tei", "html"])
    def test_export_reports_each_interview(self, folder, tmp_path, format):
        """export of a corpus calls progress once per interview (json once, when written)."""
        (folder / "zz-bad.txt").unlink()
        corpus = ic.Corpus.from_directory(folder)
        calls: list[tuple[int, int, str]] = []
        target = tmp_path / "out" if format == "html" else None
        ic.export(corpus, format, target, progress=lambda *call: calls.append(call))
        if format == "json":
            assert calls == [(4, 4, "")]
        else:
            assert calls == [(n + 1, 4, f"talk-{n}") for n in range(4)]

    def test_export_convokit_reports_each_interview(self, folder, tmp_path):
        """The directory format reports each interview too."""
        (folder / "zz-bad.txt").unlink()
        calls: list[tuple[int, int, str]] = []
        ic.export(
            ic.Corpus.from_directory(folder),
            "convokit",
            tmp_path / "kit",
            progress=lambda *call: calls.append(call),
        )
        assert [done for done, _, _ in calls] == [1, 2, 3, 4]

    def test_a_progress_that_cannot_be_called_is_refused_before_any_work(self, folder, tmp_path):
        """progress=True (or any non-callable) is an InvalidArgumentTypeError, and nothing is written."""
        for call in (
            lambda: ic.Corpus.from_directory(folder, progress=True),
            lambda: ic.Corpus.build(tmp_path / "c.db", folder, progress=True),
            lambda: ic.export(ic.load(), "csv", progress="yes"),
        ):
            with pytest.raises(ic.InvalidArgumentTypeError, match=r"progress\(done, total, name\)"):
                call()
        assert not (tmp_path / "c.db").exists()

    def test_each_reports_after_the_caller_is_done_with_an_item(self, iv):
        """each() reports an item when the next is asked for, so 'done' means done."""
        calls: list[tuple[int, int, str]] = []
        items = each([iv], lambda *call: calls.append(call))
        assert next(items) is iv
        assert calls == []
        assert list(items) == []
        assert calls == [(1, 1, iv.id)]


class TestProgressBar:
    def test_draws_counts_rate_and_name_and_ends_the_line(self):
        """The bar shows done/total, the rate and the name, redraws with \\r and ends with a newline."""
        stream, clock = _Terminal(), _Clock()
        bar = ProgressBar("reading", stream, clock=clock)
        clock.now = 2.0
        bar(1, 4, "a.txt")
        bar.close()
        assert stream.getvalue() == "\rreading [#####...............] 1/4  0.5/s  a.txt\n"

    def test_redraws_at_most_ten_times_a_second_but_always_the_last(self):
        """Reports closer than a tenth of a second apart are not drawn, except the last."""
        stream, clock = _Terminal(), _Clock()
        bar = ProgressBar("indexing", stream, clock=clock)
        for done in range(1, 101):
            clock.now = done * 0.01  # a hundred reports in one second
            bar(done, 100, f"{done}.txt")
        bar.close()
        draws = stream.getvalue().split("\r")[1:]
        assert 10 <= len(draws) <= 11
        assert draws[-1].startswith("indexing [####################] 100/100")
        assert draws[-1].endswith("100.txt\n")

    def test_fits_the_terminal_width(self):
        """A long name is cut from its left so that the line fits in the terminal's width."""
        stream = _Terminal()
        bar = ProgressBar("reading", stream, clock=_Clock())
        line = bar.line(3, 10, "/a/very/long/path/to/some/transcript-0001.txt", 1.0, 60)
        assert len(line) == 59
        assert line.endswith("…transcript-0001.txt"[-10:])
        assert "…" in line
        assert len(bar.line(3, 10, "x.txt", 1.0, 10)) <= 9

    def test_a_shorter_line_blanks_what_the_longer_one_left(self):
        """Each redraw overwrites the whole previous line."""
        stream, clock = _Terminal(), _Clock()
        bar = ProgressBar("reading", stream, clock=clock)
        bar(1, 2, "a-long-file-name.txt")
        clock.now = 1.0
        bar(2, 2, "b.txt")
        first, second = stream.getvalue().split("\r")[1:]
        assert len(second) >= len(first)

    def test_draws_nothing_when_the_stream_is_not_a_terminal(self):
        """Piped, the bar writes nothing at all, not even the newline."""
        stream = io.StringIO()
        with ProgressBar("reading", stream) as bar:
            bar(1, 1, "a.txt")
        assert stream.getvalue() == ""

    def test_a_terminal_of_unknown_width_gets_columns_from_the_environment(self, monkeypatch):
        """A terminal that reports 0 columns (a new pseudo-terminal) gets a bar as wide as $COLUMNS."""
        import os

        primary, secondary = os.openpty()
        monkeypatch.setenv("COLUMNS", "72")
        with os.fdopen(secondary, "w") as stream:
            bar = ProgressBar("reading", stream)
            bar(1, 1, "x" * 200)
            bar.close()
            drawn = os.read(primary, 4096).decode()
        os.close(primary)
        assert drawn.startswith("\rreading [")
        assert len(drawn.strip()) == 71

    def test_no_newline_when_nothing_was_drawn(self):
        """Closing a bar that never drew writes nothing."""
        stream = _Terminal()
        ProgressBar("reading", stream).close()
        assert stream.getvalue() == ""


def _run_on_a_terminal(arguments: list[str], *, columns: int = 100) -> tuple[int, str, str]:
    """Run the command line with stderr on a pseudo-terminal; the exit code, stdout and what the terminal got."""
    import fcntl
    import termios

    primary, secondary = os.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    with subprocess.Popen(
        [sys.executable, "-m", "interview_corpus", *arguments],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=secondary,
    ) as process:
        os.close(secondary)
        received = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # EIO: the other side is closed
                break
            if not chunk:
                break
            received += chunk
        out = process.stdout.read() if process.stdout else b""
        code = process.wait()
    os.close(primary)
    # The terminal turns each "\n" into "\r\n" on the way out.
    return code, out.decode(), received.decode().replace("\r\n", "\n")


def _run_piped(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "interview_corpus", *arguments],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def _bar_lines(terminal: str, label: str) -> list[str]:
    """The bar's draws, in order (each starts with \\r)."""
    return [draw for draw in terminal.split("\r") if draw.startswith(f"{label} [")]


@needs_pty
class TestCommandLine:
    def test_dir_draws_a_bar_on_a_terminal_and_ends_the_line(self, folder):
        """Reading --dir draws a bar on stderr when it is a terminal, ended by a newline before the report."""
        (folder / "zz-bad.txt").unlink()
        code, out, terminal = _run_on_a_terminal(["--dir", str(folder), "info"], columns=60)
        assert code == 0
        assert out.startswith("talk-0")
        draws = _bar_lines(terminal, "reading")
        assert draws
        assert draws[-1].startswith("reading [####################] 4/4")
        assert draws[-1].endswith("\n")
        assert terminal.endswith("\n")
        assert all(len(draw.rstrip("\n")) <= 59 for draw in draws)

    def test_the_bar_ends_before_the_reports_of_bad_files(self, folder):
        """With --keep-going, the failures start on their own line after the bar."""
        code, _, terminal = _run_on_a_terminal(["--dir", str(folder), "--keep-going", "info"])
        assert code == 3
        assert "\ninterview-corpus: " in terminal
        assert "zz-bad.txt:1:1" in terminal.splitlines()[-1]

    def test_index_draws_a_bar_with_several_processes(self, folder, tmp_path):
        """index --jobs 2 draws the bar up to the last transcript, then the summary on its own line."""
        (folder / "zz-bad.txt").unlink()
        code, _, terminal = _run_on_a_terminal(
            ["index", str(folder), "-o", str(tmp_path / "c.db"), "--jobs", "2"]
        )
        assert code == 0
        assert _bar_lines(terminal, "indexing")[-1].startswith(
            "indexing [####################] 4/4"
        )
        assert terminal.splitlines()[-1].startswith("interview-corpus: ")

    def test_export_of_a_corpus_draws_a_bar(self, folder):
        """export of several interviews draws a bar; the data still goes to stdout."""
        (folder / "zz-bad.txt").unlink()
        code, out, terminal = _run_on_a_terminal(
            ["export", "--dir", str(folder), "--format", "jsonl", "-q"]
        )
        assert (code, terminal) == (0, "")  # -q: nothing
        code, out, terminal = _run_on_a_terminal(
            ["export", "--dir", str(folder), "--format", "jsonl"]
        )
        assert code == 0
        assert len(out.splitlines()) == 8  # two paragraphs each
        assert _bar_lines(terminal, "exporting")[-1].startswith(
            "exporting [####################] 4/4"
        )
        assert terminal.endswith("\n")

    @pytest.mark.parametrize("quiet", [["-q"], ["--quiet"]])
    def test_quiet_draws_nothing(self, folder, quiet):
        """--quiet (before or after the command) silences the bar on a terminal."""
        (folder / "zz-bad.txt").unlink()
        for arguments in (
            [*quiet, "--dir", str(folder), "info"],
            ["--dir", str(folder), "info", *quiet],
        ):
            code, out, terminal = _run_on_a_terminal(arguments)
            assert (code, terminal) == (0, "")
            assert out.startswith("talk-0")

    def test_piped_stderr_gets_no_bar(self, folder, tmp_path):
        """When stderr is not a terminal, no command draws anything."""
        (folder / "zz-bad.txt").unlink()
        for arguments in (
            ["--dir", str(folder), "info"],
            ["export", "--dir", str(folder), "--format", "csv", "-o", str(tmp_path / "x.csv")],
        ):
            done = _run_piped(arguments)
            assert (done.returncode, done.stderr) == (0, "")


@needs_pty
def test_one_interview_draws_no_bar():
    """One interview is no long work: no bar, even on a terminal."""
    code, out, terminal = _run_on_a_terminal(["export", "--format", "markdown"])
    assert (code, terminal) == (0, "")
    assert out.startswith("# Foreign Minister")
