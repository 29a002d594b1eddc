"""Benchmark interview_corpus against the tools users would pick instead, as ratios measured in one run.

    python benchmarks/run.py                 # everything: N = 10, 100, 1,000, 10,000
    python benchmarks/run.py --quick         # N up to 1,000 and fewer repeats (what CI runs)
    python benchmarks/run.py --json out.json --markdown out.md

Every figure is a median over repeated runs, printed beside its baseline (measured in the same run) and its
target. Nothing here asserts: the benchmark reports, and the closing notes and docs say what the figures mean.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

import interview_corpus as ic
from interview_corpus import _load

MIB = 1024 * 1024


# -- measuring ------------------------------------------------------------------------------


def run_process(code: str) -> float:
    """Run ``python -c code`` once; return its wall time in seconds."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)  # our own interpreter
    return time.perf_counter() - start


PEAK = (
    "\nimport resource, sys\n"
    "try:\n"
    "    status = open('/proc/self/status').read()\n"
    "    print(int(status.split('VmHWM:')[1].split()[0]) * 1024)\n"
    "except OSError:\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)\n"
)


def peak_rss(code: str) -> int:
    """The peak resident memory (bytes) of ``python -c code``, read by the process itself at its end.

    VmHWM belongs to the new program's memory map, so it does not include the
    memory of the parent that forked it (which getrusage would count).
    """
    result = subprocess.run(
        [sys.executable, "-c", code + PEAK], capture_output=True, text=True, check=True
    )
    return int(result.stdout.split()[-1])


def median_time(function: Callable[[], object], repeat: int, number: int = 1) -> float:
    """Median seconds per call over ``repeat`` rounds of ``number`` calls."""
    timer = timeit.Timer(function)
    return statistics.median(timer.repeat(repeat=repeat, number=number)) / number


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


# -- the synthetic corpus ---------------------------------------------------------------------

SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "de",
    "di",
    "do",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
    "vo",
]
NAMES = ["Ana Ruiz", "Tom Okafor", "Lena Park", "Omar Haddad", "Ivo Petrov", "Mei Lin"]
VOCABULARY = 5000


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Made-up words with Zipf-like frequencies, as in real text: a few very common, most rare."""
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < VOCABULARY:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    weights = [1 / (rank**1.07) for rank in range(1, VOCABULARY + 1)]
    cumulative, total = [], 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)
    return words, cumulative


def synthetic_interview(
    number: int, rng: random.Random, words: list[str], cumulative: list[float]
) -> str:
    """A made-up transcript of about 30 paragraphs: dash layout for even numbers, labelled for odd."""

    def sentence() -> str:
        chosen = rng.choices(words, cum_weights=cumulative, k=rng.randint(8, 18))
        return (
            chosen[0].capitalize() + " " + " ".join(chosen[1:]) + rng.choice([".", ".", ".", "?"])
        )

    def paragraph() -> str:
        return " ".join(sentence() for _ in range(rng.randint(2, 4)))

    exchanges = 10
    blocks = [f"Interview {number}: on {rng.choice(words[:200])} and {rng.choice(words[:200])}"]
    if number % 2 == 0:
        blocks.append(f"A lede about the {rng.choice(words[:200])} talks.")
        for _ in range(exchanges):
            blocks.append("– " + paragraph())
            answer = [paragraph() for _ in range(rng.randint(1, 3))]
            blocks.append("–\u00a0" + answer[0])
            blocks.extend(answer[1:])
    else:
        guest = NAMES[number % len(NAMES)]
        blocks.append(f"Moderator: {sentence()}")
        for _ in range(exchanges):
            blocks.append("Question: " + paragraph())
            answer = [paragraph() for _ in range(rng.randint(1, 3))]
            blocks.append(f"{guest}: " + answer[0])
            blocks.extend(answer[1:])
    return "\n\n".join(blocks)


def synthetic_corpus(count: int, seed: int = 2025) -> list[str]:
    """``count`` made-up transcripts; the same ones for the same seed."""
    rng = random.Random(seed)  # noqa: S311  # deterministic test data, not cryptography
    words, cumulative = vocabulary(rng)
    return [synthetic_interview(number, rng, words, cumulative) for number in range(count)]


# -- the sections ----------------------------------------------------------------------------------


def whole_process(repeat: int) -> dict[str, Any]:
    commands = {
        "interview_corpus": "import interview_corpus as ic; ic.load().lookup('a3.p2')",
        "attrs": "import attrs",
        "bare": "pass",
    }
    for code in commands.values():  # warm the file cache and .pyc files
        run_process(code)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):  # interleaved, so that drift hits every command alike
        for name, code in commands.items():
            times[name].append(run_process(code))
    median = {name: statistics.median(values) for name, values in times.items()}
    rss = {
        name: statistics.median([peak_rss(code) for _ in range(3)])
        for name, code in commands.items()
    }
    return {
        "seconds": median,
        "peak_rss_bytes": rss,
        "ratio_to_attrs": median["interview_corpus"] / median["attrs"],
        "ratio_to_bare": median["interview_corpus"] / median["bare"],
    }


def first_load_in_a_fresh_process(repeat: int) -> float:
    """The first load() in a new process, after the import: parse, index, and what load imports."""
    code = (
        "import time, interview_corpus as ic; start = time.perf_counter(); ic.load(); "
        "print(time.perf_counter() - start)"
    )
    values = []
    for _ in range(repeat):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        values.append(float(result.stdout))
    return statistics.median(values)


def in_process(repeat: int) -> dict[str, Any]:
    iv = ic.load()

    def first_load() -> None:
        _load._clear_cache()  # noqa: SLF001  # the benchmark measures the cache's first fill
        ic.load()

    sentences = iv.sentences()
    figures = {
        "first_load_fresh_process": first_load_in_a_fresh_process(max(5, repeat // 2)),
        "first_load_warm_imports": median_time(first_load, repeat),
        "lookup": median_time(lambda: iv.lookup("a3.p2"), repeat, number=100_000),
        "get": median_time(lambda: iv.get("a3.p2"), repeat, number=100_000),
        "topic": median_time(lambda: iv.topic("Middle East"), repeat, number=100_000),
        "iterate_sentences": median_time(
            lambda: sum(1 for _ in iv.sentences()), repeat, number=1000
        ),
        "sentences": len(sentences),
    }
    ic.load()
    return figures


def search(repeat: int, query: str = "frozen assets") -> dict[str, Any]:
    iv = ic.load()

    def cold() -> None:
        fresh = ic.parse(iv.source, id="cold")
        fresh.search(query)

    parse_only = median_time(lambda: ic.parse(iv.source, id="cold"), repeat)
    figures: dict[str, Any] = {
        "query": query,
        "cold_including_index": median_time(cold, repeat) - parse_only,
        "warm": median_time(lambda: iv.search(query), repeat, number=2000),
        "hits": [hit.id for hit in iv.search(query)],
    }
    try:
        import pandas  # the optional baseline
    except ImportError:
        figures["pandas"] = None
        return figures
    frame = pandas.DataFrame(iv.records("paragraph"))
    text = frame["text"]

    def pandas_search() -> object:
        return frame[text.str.contains(query, case=False, regex=False)]

    figures["pandas"] = median_time(pandas_search, repeat, number=200)
    figures["pandas_hits"] = list(pandas_search()["id"])
    figures["speedup_over_pandas"] = figures["pandas"] / figures["warm"]
    return figures


def queries(seed: int = 2025) -> list[str]:
    """Search terms across the frequency range: common, middling and rare words, a phrase, a prefix."""
    words, _ = vocabulary(random.Random(seed))  # noqa: S311
    return [
        words[20],
        words[150],
        words[900],
        f"{words[40]} {words[300]}",
        f'"{words[5]} {words[9]}"',
        words[60][:3] + "*",
    ]


def scale(sizes: list[int], repeat_queries: int) -> list[dict[str, Any]]:
    results = []
    for size in sizes:
        texts = synthetic_corpus(size)
        kilobytes = sum(len(text.encode("utf-8")) for text in texts) / 1024
        gc.collect()
        start = time.perf_counter()
        interviews = [ic.parse(text, id=f"s{number:05d}") for number, text in enumerate(texts)]
        parse_seconds = time.perf_counter() - start
        paragraphs = sum(len(iv.paragraphs()) for iv in interviews)
        with tempfile.TemporaryDirectory() as folder:
            for number, text in enumerate(texts):
                Path(folder, f"s{number:05d}.txt").write_text(text, encoding="utf-8")
            start = time.perf_counter()
            corpus = ic.Corpus.from_directory(folder)
            load_seconds = time.perf_counter() - start
        terms = queries()
        start = time.perf_counter()
        corpus.search(terms[0])
        first_search = time.perf_counter() - start
        latencies = []
        for _ in range(repeat_queries):
            for query in terms:
                start = time.perf_counter()
                corpus.search(query)
                latencies.append(time.perf_counter() - start)
        quote = quote_checks(corpus, repeat=max(3, repeat_queries))
        results.append(
            {
                **quote,
                "interviews": size,
                "paragraphs": paragraphs,
                "kilobytes": round(kilobytes, 1),
                "parse_seconds": parse_seconds,
                "parse_ms_per_kb": 1000 * parse_seconds / kilobytes,
                "corpus_load_seconds": load_seconds,
                "first_search_seconds": first_search,
                "search_p50_seconds": percentile(latencies, 0.5),
                "search_p95_seconds": percentile(latencies, 0.95),
            }
        )
        del interviews, corpus
    return results


def quote_checks(corpus: ic.Corpus, repeat: int) -> dict[str, Any]:
    """Check a 40-word quote from the middle of the corpus, verbatim and with one word changed."""
    interview = corpus.interviews[len(corpus) // 2]
    words = interview.answers[0].text.split()[:40]
    verbatim = " ".join(words)
    altered = " ".join([*words[:20], "zqxv", *words[21:]])
    verdicts = (corpus.check_quote(verbatim).verdict, corpus.check_quote(altered).verdict)
    return {
        "quote_words": len(words),
        "quote_verdicts": verdicts,
        "quote_verbatim_seconds": median_time(lambda: corpus.check_quote(verbatim), repeat),
        "quote_altered_seconds": median_time(lambda: corpus.check_quote(altered), repeat),
    }


# -- reporting -----------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "cpu": cpu,
        "cores": os.cpu_count(),
        "interview_corpus": ic.__version__,
    }


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms" if seconds < 0.1 else f"{seconds:.2f} s"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.3f} µs"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def rows(report: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """(figure, value, baseline, target, verdict) rows for the table."""
    process = report["whole_process"]
    seconds = process["seconds"]
    rss = process["peak_rss_bytes"]
    inside = report["in_process"]
    found = report["search"]
    table = [
        (
            "import + load() + lookup, whole process",
            ms(seconds["interview_corpus"]),
            f"import attrs {ms(seconds['attrs'])}; python -c pass {ms(seconds['bare'])}",
            "≤ 1.10× import attrs",
            f"{process['ratio_to_attrs']:.2f}× ({verdict(process['ratio_to_attrs'] <= 1.10)})",
        ),
        (
            "peak RSS, whole process",
            f"{rss['interview_corpus'] / MIB:.1f} MiB",
            f"import attrs {rss['attrs'] / MIB:.1f} MiB; pass {rss['bare'] / MIB:.1f} MiB",
            "≤ 14 MiB",
            verdict(rss["interview_corpus"] <= 14 * MIB),
        ),
        (
            "first load(), fresh process",
            ms(inside["first_load_fresh_process"]),
            f"with imports warm: {ms(inside['first_load_warm_imports'])}",
            "≤ 1 ms",
            verdict(inside["first_load_fresh_process"] <= 0.001)
            + f" (warm imports: {verdict(inside['first_load_warm_imports'] <= 0.001)})",
        ),
        (
            "lookup by id",
            us(inside["lookup"]),
            f"get: {us(inside['get'])}",
            "≤ 1 µs",
            verdict(inside["lookup"] <= 1e-6),
        ),
        ("topic by title", us(inside["topic"]), "", "", ""),
        (f"iterate {inside['sentences']} sentences", us(inside["iterate_sentences"]), "", "", ""),
        (
            "search, cold (index build)",
            ms(found["cold_including_index"]),
            "",
            "a few ms",
            verdict(found["cold_including_index"] <= 0.005),
        ),
    ]
    if found.get("pandas") is not None:
        table.append(
            (
                "search, warm",
                us(found["warm"]),
                f"pandas str.contains {us(found['pandas'])}",
                "≥ 20× faster than pandas",
                f"{found['speedup_over_pandas']:.0f}× ({verdict(found['speedup_over_pandas'] >= 20)})",
            )
        )
    else:
        table.append(("search, warm", us(found["warm"]), "pandas not installed", "", ""))
    for step in report["scale"]:
        size = step["interviews"]
        target_parse = "≤ 2 s" if size == 1000 else ""
        target_search = "p50 ≤ 5 ms" if size == 1000 else ""
        table.append(
            (
                f"N={size:,}: parse {step['paragraphs']:,} paragraphs ({step['kilobytes']:,.0f} KB)",
                ms(step["parse_seconds"]),
                f"{step['parse_ms_per_kb']:.3f} ms/KB; from files {ms(step['corpus_load_seconds'])}",
                target_parse,
                verdict(step["parse_seconds"] <= 2) if target_parse else "",
            )
        )
        table.append(
            (
                f"N={size:,}: search p50 / p95",
                f"{ms(step['search_p50_seconds'])} / {ms(step['search_p95_seconds'])}",
                f"first (index build) {ms(step['first_search_seconds'])}",
                target_search,
                verdict(step["search_p50_seconds"] <= 0.005) if target_search else "",
            )
        )
        target_quote = "< 1 s" if size == 1000 else ""
        slowest = max(step["quote_verbatim_seconds"], step["quote_altered_seconds"])
        table.append(
            (
                f"N={size:,}: check a {step['quote_words']}-word quote (as is / one word changed)",
                f"{ms(step['quote_verbatim_seconds'])} / {ms(step['quote_altered_seconds'])}",
                "verdicts: " + " / ".join(step["quote_verdicts"]),
                target_quote,
                verdict(slowest < 1) if target_quote else "",
            )
        )
    return table


def growth(report: dict[str, Any]) -> list[str]:
    steps = report["scale"]
    lines = []
    for before, after in itertools.pairwise(steps):
        size = after["kilobytes"] / before["kilobytes"]
        lines.append(
            f"N {before['interviews']:,} → {after['interviews']:,}: text ×{size:.1f}, "
            f"parse time ×{after['parse_seconds'] / before['parse_seconds']:.1f}, "
            f"search p50 ×{after['search_p50_seconds'] / before['search_p50_seconds']:.1f}"
        )
    return lines


def markdown(report: dict[str, Any]) -> str:
    machine_ = report["machine"]
    lines = [
        (
            f"Measured {report['date']} on {machine_['cpu']} ({machine_['cores']} cores), "
            f"{machine_['system']}, {machine_['implementation']} {machine_['python']}, "
            f"interview-corpus {machine_['interview_corpus']}; {report['mode']} mode."
        ),
        "",
        "| figure | value | baseline (same run) | target | verdict |",
        "|---|---|---|---|---|",
        *(f"| {' | '.join(row)} |" for row in rows(report)),
        "",
        "How the cost grows:",
        "",
        *(f"- {line}" for line in growth(report)),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="N up to 1,000 and fewer repeats")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument("--markdown", metavar="PATH", help="also write the table as Markdown")
    options = parser.parse_args(argv)
    repeat = 7 if options.quick else 21
    sizes = [10, 100, 1000] if options.quick else [10, 100, 1000, 10000]
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "mode": "quick" if options.quick else "full",
        "machine": machine(),
        "whole_process": whole_process(repeat),
        "in_process": in_process(repeat),
        "search": search(repeat),
        "scale": scale(sizes, repeat_queries=3 if options.quick else 10),
    }
    text = markdown(report)
    print(text)
    if options.json:
        Path(options.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if options.markdown:
        Path(options.markdown).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
