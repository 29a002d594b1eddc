"""Tests for the benchmark script's sampling: long enough windows, interleaved turns, best and median."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_run", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Work:
    """Calls that take a fixed time on a clock of their own, and record their order."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self.now = 0.0
        self.seconds = seconds
        self.calls: list[str] = []

    def clock(self) -> float:
        return self.now

    def function(self, name: str) -> object:
        def call() -> None:
            self.calls.append(name)
            self.now += self.seconds[name]

        return call


def test_sample_goes_on_until_the_window_has_passed(bench: ModuleType) -> None:
    work = _Work({"a": 0.25, "b": 0.125})
    times = bench.sample(
        {"a": work.function("a"), "b": work.function("b")}, 2, 2.0, clock=work.clock
    )
    # Two rounds take 0.75 s: rounds go on until 2 s have passed (6 rounds), the functions taking turns.
    assert work.calls == ["a", "b"] * 6
    assert times == {"a": [0.25] * 6, "b": [0.125] * 6}


def test_sample_goes_on_until_the_repeats_are_done(bench: ModuleType) -> None:
    work = _Work({"a": 0.25})
    times = bench.sample({"a": work.function("a")}, 7, 1.0, clock=work.clock)
    # The window has passed after 4 calls; the minimum number of repeats is 7.
    assert times == {"a": [0.25] * 7}


def test_sample_with_the_real_clock(bench: ModuleType) -> None:
    times = bench.sample({"a": lambda: None, "b": lambda: None}, 3, 0.05)
    assert len(times["a"]) == len(times["b"]) >= 3
    assert all(value >= 0 for value in times["a"] + times["b"])


def test_spread_is_the_minimum_and_the_median(bench: ModuleType) -> None:
    assert bench.spread([0.3, 0.1, 0.2, 0.5]) == {"min": 0.1, "median": pytest.approx(0.25)}


def test_reading_reports_the_fastest_and_the_median(bench: ModuleType) -> None:
    figures = bench.reading(bench.synthetic_corpus(2), 3, 0.1)
    assert figures["repeats"] >= 3
    assert figures["window_seconds"] == 0.1
    assert 0 < figures["synthetic_ms_per_kb"] <= figures["synthetic_ms_per_kb_median"]
    if (
        "real_ms_per_kb" in figures
    ):  # the real transcripts are beside the repository on some machines
        assert 0 < figures["real_ms_per_kb"] <= figures["real_ms_per_kb_median"]


def test_build_takes_each_side_s_best_round(bench: ModuleType, tmp_path: Path) -> None:
    figures = bench.build(bench.synthetic_corpus(3), tmp_path, 2)
    rounds = figures["rounds"]
    assert len(rounds) == 2
    comparator = [row["parse_seconds"] + row["plain_fts_seconds"] for row in rounds]
    serial = min(row["build_serial_seconds"] for row in rounds)
    assert figures["build_serial_seconds"] == serial
    assert figures["build_jobs2_seconds"] == min(row["build_jobs2_seconds"] for row in rounds)
    assert figures["parse_seconds"] + figures["plain_fts_seconds"] == min(comparator)
    assert figures["ratio"] == pytest.approx(serial / min(comparator))
    assert not list(tmp_path.glob("*.db"))  # every round's files are removed once timed


def test_the_floors_agree_with_the_library(bench: ModuleType) -> None:
    """The parse floor finds the library's turns, paragraphs and sentences on the synthetic texts:
    a floor that did not would flatter the library."""
    import floors

    assert floors.differences(bench.synthetic_corpus(20)) == []
    assert floors.differences(["Title\n\n– Why?\n\n– Because. Then more."]) == []


def test_the_stream_is_the_corpus(bench: ModuleType) -> None:
    """The scale section's stream gives the same transcripts as the corpus, one at a time."""
    assert list(bench.synthetic_stream(12)) == bench.synthetic_corpus(12)


def test_scale_reports_each_size_and_how_it_grew(bench: ModuleType, tmp_path: Path) -> None:
    steps = bench.scale(tmp_path, (20, 40))
    assert [step["interviews"] for step in steps] == [20, 40]
    assert all(step["file_bytes"] > 0 and step["build_peak_rss_bytes"] > 0 for step in steps)
    table = bench.scale_markdown(steps)
    assert table.count("\n") == 3
    assert "(×" in table.splitlines()[-1]
    assert not list(tmp_path.iterdir())  # the folders and files of each size are removed
