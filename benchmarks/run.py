"""Benchmark interview_corpus against the tools users would pick instead, as ratios measured in one run.

    python benchmarks/run.py                 # everything: corpus files of 1,000 and 10,000 interviews
    python benchmarks/run.py --quick         # one of 200 interviews and fewer repeats (what CI runs)
    python benchmarks/run.py --json out.json --markdown out.md

Every figure is printed beside its baseline (measured in the same run) and its target; most are medians over
repeated runs. A shared host has slow periods of about a second in which everything runs about 1.5x slower, so
the figures that rest on few timings are sampled across them: the parse per KB is the fastest of calls repeated
for a few seconds, the two batches taking turns (see ``sample``), with the median beside it; the build, its
comparator and the build with 2 jobs take turns for a few rounds, and each side's figure is its best round.
Nothing here asserts: the benchmark reports, and the closing notes and docs say what the figures mean.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import interview_corpus as ic

sys.path.insert(0, str(Path(__file__).resolve().parent))
import floors  # the floors beside this script

MIB = 1024 * 1024


# -- measuring ------------------------------------------------------------------------------


# New processes run as users' do: with the package's bytecode cached (in a folder of the benchmark's
# own, made by main() inside its work folder), even where PYTHONDONTWRITEBYTECODE is set, as in
# CI; the first run of each command writes it.
ENVIRONMENT = {
    name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
}


def run_process(code: str) -> float:
    """Run ``python -c code`` once; return its wall time in seconds."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=ENVIRONMENT)  # our interpreter
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
        [sys.executable, "-c", code + PEAK],
        capture_output=True,
        text=True,
        check=True,
        env=ENVIRONMENT,
    )
    return int(result.stdout.split()[-1])


def median_time(function: Callable[[], object], repeat: int, number: int = 1) -> float:
    """Median seconds per call over ``repeat`` rounds of ``number`` calls."""
    timer = timeit.Timer(function)
    return statistics.median(timer.repeat(repeat=repeat, number=number)) / number


def sample(
    functions: dict[str, Callable[[], object]],
    repeat: int,
    window: float,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, list[float]]:
    """Seconds taken by each call of each function, called in turn round after round.

    Rounds go on until there have been ``repeat`` of them and ``window`` seconds have passed. A
    shared machine has slow periods of about a second (a noisy neighbour on the host); within a
    window several times as long, each function's fastest call falls outside them, and taking
    turns puts every function through the same periods.
    """
    times: dict[str, list[float]] = {name: [] for name in functions}
    start = clock()
    rounds = 0
    while rounds < repeat or clock() - start < window:
        for name, function in functions.items():
            before = clock()
            function()
            times[name].append(clock() - before)
        rounds += 1
    return times


def spread(values: list[float]) -> dict[str, float]:
    """The minimum (the cost without interference, as timeit's docs advise) and the median."""
    return {"min": min(values), "median": statistics.median(values)}


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
    return list(synthetic_stream(count, seed))


def synthetic_stream(count: int, seed: int = 2025) -> Iterator[str]:
    """:func:`synthetic_corpus` one transcript at a time, for corpora too large to hold."""
    rng = random.Random(seed)  # noqa: S311  # deterministic test data, not cryptography
    words, cumulative = vocabulary(rng)
    for number in range(count):
        yield synthetic_interview(number, rng, words, cumulative)


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


def lookup(repeat: int) -> dict[str, Any]:
    """``iv.lookup`` against a plain dict from ids to the same objects."""
    iv = ic.load()
    table = {id: iv.lookup(id) for id in iv.ids}
    return {
        "ours": median_time(lambda: iv.lookup("a3.p2"), repeat, number=100_000),
        "dict": median_time(lambda: table["a3.p2"], repeat, number=100_000),
    }


def from_json(repeat: int) -> dict[str, Any]:
    """``ic.from_json`` against ``json.loads`` of the same document (both under timeit: GC paused)."""
    document = ic.to_json(ic.load())
    return {
        "ours": median_time(lambda: ic.from_json(document), repeat),
        "json_loads": median_time(lambda: json.loads(document), repeat),
        "parse_source": median_time(lambda: ic.parse(ic.load().source, id="x"), repeat),
        "document_to_source": len(document) / len(ic.load().source),
    }


def search_queries(texts: list[str], count: int = 60, seed: int = 7) -> list[str]:
    """Distinct queries across the frequency range: common and rare words, pairs, phrases, prefixes."""
    words, _ = vocabulary(random.Random(2025))  # noqa: S311  # the corpus' own words
    rng = random.Random(seed)  # noqa: S311
    found: list[str] = []
    found += [words[rank] for rank in (0, 2, 5, 10, 20, 40, 80, 150, 300, 600, 1200, 2400)]
    found += [f"{words[rng.randint(0, 50)]} {words[rng.randint(50, 2000)]}" for _ in range(12)]
    paragraphs = [block for text in texts[:50] for block in text.split("\n\n")[2:]]
    while len(found) < count - 12:  # phrases that occur: two adjacent words of a real paragraph
        tokens = re.findall(r"[a-z]+", rng.choice(paragraphs).lower())
        if len(tokens) > 3:
            start = rng.randrange(len(tokens) - 1)
            found.append(f'"{tokens[start]} {tokens[start + 1]}"')
    found += [words[rank][:3] + "*" for rank in range(30, 42)]
    return list(dict.fromkeys(found))


def word_pattern(query: str) -> list[re.Pattern[str]]:
    """The plain query's terms as regular expressions with FTS5's rules: whole words, any case."""
    patterns = []
    for phrase, term in re.findall(r'"([^"]*)"|(\S+)', query):
        words = re.findall(r"\w+", (phrase or term).casefold())
        prefix = bool(term) and term.endswith("*")
        body = r"\W+".join(re.escape(word) for word in words)
        end = r"\w*" if prefix else r"\b"
        patterns.append(re.compile(r"\b" + body + end, re.IGNORECASE))
    return patterns


def pandas_engine(records: list[tuple[str, str, str]]) -> Callable[[str], Any] | None:
    """Pandas over every paragraph, with FTS5's matching rules: every term a whole word, any case."""
    try:
        import pandas
    except ImportError:
        return None
    frame = pandas.DataFrame(records, columns=["interview_id", "id", "text"])

    def pandas_search(query: str) -> Any:  # noqa: ANN401  # a DataFrame
        mask = None
        for pattern in word_pattern(query):
            found = frame["text"].str.contains(pattern, regex=True)
            mask = found if mask is None else mask & found
        return frame[mask]

    return pandas_search


def duckdb_engine(records: list[tuple[str, str, str]]) -> Callable[[str], object] | None:
    """DuckDB with ILIKE, as its users would write it (substrings, not words)."""
    try:
        import duckdb
    except ImportError:
        return None
    duck = duckdb.connect()
    duck.execute("CREATE TABLE p (interview_id TEXT, id TEXT, text TEXT)")
    duck.executemany("INSERT INTO p VALUES (?, ?, ?)", records)

    def duckdb_search(query: str) -> object:
        words = list(re.findall(r"\w+", query.casefold()))
        where = " AND ".join("text ILIKE ?" for _ in words)
        return duck.execute(
            f"SELECT interview_id, id FROM p WHERE {where} LIMIT 10",  # noqa: S608
            [f"%{word}%" for word in words],
        ).fetchall()

    return duckdb_search


def same_rows_search(texts: list[str], repeat: int, folder: Path) -> dict[str, Any]:
    """Warm search over the same paragraphs: ours (memory and file) against raw FTS5, pandas, DuckDB."""
    import sqlite3

    from interview_corpus.query._search import to_fts5

    corpus = ic.Corpus(ic.parse(text, id=f"s{n:05d}") for n, text in enumerate(texts))
    records = [
        (record["interview_id"], record["id"], record["text"])
        for record in corpus.records("paragraph")
    ]
    path = folder / "search.db"
    corpus.save(path)
    stored = ic.Corpus.open(path)
    memory = sqlite3.connect(":memory:")
    memory.execute(
        "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61 remove_diacritics 2')"
    )
    memory.executemany(
        "INSERT INTO t(rowid, text) VALUES (?, ?)", [(n, r[2]) for n, r in enumerate(records)]
    )
    on_file = sqlite3.connect(path)
    raw = "SELECT rowid, bm25({0}) FROM {0} WHERE {0} MATCH ? ORDER BY bm25({0}) LIMIT 10"
    terms = search_queries(texts)
    engines: dict[str, Callable[[str], object]] = {
        "ours, in memory": corpus.search,
        "ours, corpus file": stored.search,
        "raw FTS5, same rows in memory": lambda q: memory.execute(
            raw.format("t"), (to_fts5(q),)
        ).fetchall(),
        "raw FTS5, the corpus file": lambda q: on_file.execute(
            raw.format("paragraphs_fts"), (to_fts5(q),)
        ).fetchall(),
    }
    agreement: dict[str, int] = {}
    pandas_search = pandas_engine(records)
    if pandas_search is not None:
        engines["pandas str.contains, same word rules"] = pandas_search
    duckdb_search = duckdb_engine(records)
    if duckdb_search is not None:
        engines["DuckDB ILIKE (substrings)"] = duckdb_search
    for query in terms:  # warm every engine, and check that the matching rules agree
        for engine in engines.values():
            engine(query)
        fts = {
            r[0]
            for r in memory.execute(raw.format("t").replace(" LIMIT 10", ""), (to_fts5(query),))
        }
        if pandas_search is not None:
            agreement["pandas"] = agreement.get("pandas", 0) + (
                set(pandas_search(query).index) == fts
            )
        ours = {(h.interview_id, h.id) for h in corpus.search(query, limit=None)}
        agreement["ours"] = agreement.get("ours", 0) + (ours == {records[n][:2] for n in fts})
    latencies: dict[str, list[float]] = {name: [] for name in engines}
    for query in terms:
        for name, engine in engines.items():
            latencies[name].append(median_time(lambda: engine(query), repeat, number=2))  # noqa: B023
    stored.close()
    on_file.close()
    return {
        "interviews": len(texts),
        "paragraphs": len(records),
        "queries": len(terms),
        "agreement": agreement,
        "p50": {name: percentile(values, 0.5) for name, values in latencies.items()},
        "p95": {name: percentile(values, 0.95) for name, values in latencies.items()},
    }


def write_folder(texts: list[str], folder: Path) -> Path:
    folder.mkdir()
    for number, text in enumerate(texts):
        (folder / f"s{number:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def comparator(source: Path, output: Path) -> dict[str, float]:
    """Parse a folder, splitting every sentence, then build a plain FTS5 index of its paragraphs."""
    import gc
    import sqlite3

    start = time.perf_counter()
    corpus = ic.Corpus.from_directory(source)  # the garbage collector paused, as in build
    lazy_parse_seconds = time.perf_counter() - start
    # Sentences are split when first asked for; the file stores them, so the comparator splits them too.
    gc.disable()
    try:
        for interview in corpus:
            interview.sentences()
    finally:
        gc.enable()
    parse_seconds = time.perf_counter() - start
    paragraphs = [(p.text,) for iv in corpus for p in iv.paragraphs()]
    del corpus
    start = time.perf_counter()
    plain = sqlite3.connect(output)
    plain.execute(
        "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61 remove_diacritics 2')"
    )
    plain.executemany("INSERT INTO t(text) VALUES (?)", paragraphs)
    plain.commit()
    plain.close()
    return {
        "parse_seconds": parse_seconds,
        "lazy_parse_seconds": lazy_parse_seconds,
        "plain_fts_seconds": time.perf_counter() - start,
    }


def build(texts: list[str], folder: Path, rounds: int) -> dict[str, Any]:
    """Building a corpus file against parsing the files plus a plain FTS5 build of the same paragraphs.

    The comparator, the serial build and the build with two jobs take turns for ``rounds`` rounds,
    each writing a new file, so that a slow period of the machine slows one round rather than one
    side; each side's figure is its best round.
    """
    source = write_folder(texts, folder / "build")
    measured: list[dict[str, float]] = []
    for number in range(rounds):
        plain = folder / f"plain{number}.db"
        figures = comparator(source, plain)
        plain.unlink()  # each round writes new files, removed once timed to spare the disk
        bare = folder / f"floor{number}.db"
        start = time.perf_counter()
        floors.build(source, bare)
        figures["floor_seconds"] = time.perf_counter() - start
        figures["floor_bytes"] = bare.stat().st_size
        bare.unlink()
        for name, jobs in (("build_serial_seconds", 1), ("build_jobs2_seconds", 2)):
            output = folder / f"jobs{jobs}-{number}.db"
            start = time.perf_counter()
            ic.Corpus.build(output, source, jobs=jobs).close()
            figures[name] = time.perf_counter() - start
            figures["file_bytes"] = output.stat().st_size
            output.unlink()
        measured.append(figures)
    best = min(
        measured, key=lambda figures: figures["parse_seconds"] + figures["plain_fts_seconds"]
    )
    serial = min(figures["build_serial_seconds"] for figures in measured)
    jobs2 = min(figures["build_jobs2_seconds"] for figures in measured)
    floor = min(figures["floor_seconds"] for figures in measured)
    return {
        "floor_seconds": floor,
        "ratio_to_floor": serial / floor,
        "file_bytes": measured[0]["file_bytes"],
        "floor_bytes": measured[0]["floor_bytes"],
        "size_ratio": measured[0]["file_bytes"] / measured[0]["floor_bytes"],
        "interviews": len(texts),
        "parse_seconds": best["parse_seconds"],
        "lazy_parse_seconds": best["lazy_parse_seconds"],
        "plain_fts_seconds": best["plain_fts_seconds"],
        "build_serial_seconds": serial,
        "build_jobs2_seconds": jobs2,
        "ratio": serial / (best["parse_seconds"] + best["plain_fts_seconds"]),
        "speedup_jobs2": serial / jobs2,
        "rounds": measured,
    }


BARE = (
    "SELECT rowid, bm25(paragraphs_fts) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? "
    "ORDER BY bm25(paragraphs_fts) LIMIT 10"
)


def first_search(path: Path, query: str) -> dict[str, str]:
    """The programs that answer ``query`` from the corpus file at ``path`` in a new process.

    The bare ``sqlite3`` query, and ours (the first hit's snippet).
    """
    return {
        "bare sqlite3 FTS5 query, the same file": (
            "import sqlite3\n"
            f"c = sqlite3.connect({str(path)!r})\n"
            f"c.execute({BARE!r}, ({query!r},)).fetchall()\n"
        ),
        "ours, Corpus.open(file).search": (
            "import interview_corpus as ic\n"
            f"ic.Corpus.open({str(path)!r}).search({query!r})[0].snippet\n"
        ),
    }


def first_answer(texts: list[str], folder: Path, repeat: int) -> dict[str, Any]:
    """Time to the first search hit in a new process: from the corpus file, bare sqlite3, and a folder."""
    source = write_folder(texts, folder / f"first{len(texts)}")
    path = folder / f"first{len(texts)}.db"
    ic.Corpus.build(path, source).close()
    query = search_queries(texts)[8]
    commands = {
        **first_search(path, query),
        "ours, Corpus.from_directory(folder).search": (
            "import interview_corpus as ic\n"
            f"ic.Corpus.from_directory({str(source)!r}).search({query!r})[0].snippet\n"
        ),
    }
    for code in commands.values():
        run_process(code)  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):  # interleaved, so that drift hits every command alike
        for name, code in commands.items():
            if name.endswith("folder).search") and len(times[name]) >= 3:
                continue  # a folder's first search takes a minute: three are enough
            times[name].append(run_process(code))
    seconds = {name: statistics.median(values) for name, values in times.items()}
    rss = {name: peak_rss(code) for name, code in commands.items()}
    return {"interviews": len(texts), "seconds": seconds, "peak_rss_bytes": rss}


def memory(texts: list[str], folder: Path) -> dict[str, Any]:
    """Memory the parsed interviews keep, per MB of their text; the peak of reading a folder of them."""
    source = folder / f"first{len(texts)}"  # written by first_answer
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    kept = (
        "import tracemalloc, interview_corpus as ic\n"
        "tracemalloc.start()\n"
        f"corpus = ic.Corpus.from_directory({str(source)!r})\n"
        "print(tracemalloc.get_traced_memory()[0])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", kept], capture_output=True, text=True, check=True, env=ENVIRONMENT
    )
    peak = peak_rss(f"import interview_corpus as ic\nic.Corpus.from_directory({str(source)!r})\n")
    return {
        "interviews": len(texts),
        "text_megabytes": megabytes,
        "kept_per_megabyte": int(result.stdout.split()[0]) / 1e6 / megabytes,
        "peak_rss_bytes": peak,
        "import_rss_bytes": peak_rss("import interview_corpus as ic\n"),
    }


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


def parse_all(batch: list[str], *, sentences: bool = False) -> Callable[[], None]:
    """A call that parses every text of ``batch`` (and, with ``sentences``, splits every sentence)."""

    def parse() -> None:
        for number, text in enumerate(batch):
            interview = ic.parse(text, id=f"r{number}", strict=False)
            if sentences:
                interview.sentences()

    return parse


def floor_all(batch: list[str], *, sentences: bool = False) -> Callable[[], None]:
    """The same for the floor."""

    def parse() -> None:
        for text in batch:
            floors.parse(text, sentences=sentences)

    return parse


def reading(texts: list[str], repeat: int, window: float) -> dict[str, Any]:
    """Parse time per KB: the synthetic transcripts, and the largest real one when it is beside us.

    The two batches take turns for at least ``repeat`` rounds and ``window`` seconds (see
    ``sample``); each figure is the fastest parse, with the median beside it.
    """
    import gc

    batches = {"synthetic": texts}
    figures: dict[str, Any] = {}
    real = Path(__file__).resolve().parents[1].parent / "shared" / "real"
    files = (
        sorted(real.glob("*.txt"), key=lambda path: path.stat().st_size) if real.is_dir() else []
    )
    if files:
        largest = files[-1]
        figures["real_name"] = largest.name
        figures["real_kb"] = largest.stat().st_size / 1024
        batches["real"] = [largest.read_text(encoding="utf-8")]

    synthetic = batches["synthetic"]
    functions = {name: parse_all(batch) for name, batch in batches.items()}
    functions["synthetic, every sentence"] = parse_all(synthetic, sentences=True)
    functions["floor"] = floor_all(synthetic)
    functions["floor, every sentence"] = floor_all(synthetic, sentences=True)
    gc.collect()
    gc.disable()  # as when reading a folder: the collector would rescan what is built
    try:
        times = sample(functions, repeat, window)
    finally:
        gc.enable()
    # The floor is honest only if it finds what the library finds.
    figures["floor_agrees"] = not floors.differences(synthetic)
    for name in ("synthetic", "synthetic, every sentence", "floor", "floor, every sentence"):
        figures[f"{name} seconds"] = spread(times[name])["min"]
    figures["ratio_to_floor"] = figures["synthetic seconds"] / figures["floor seconds"]
    figures["ratio_to_floor_every_sentence"] = (
        figures["synthetic, every sentence seconds"] / figures["floor, every sentence seconds"]
    )
    for name, batch in batches.items():
        kb = sum(len(text.encode("utf-8")) for text in batch) / 1024
        measured = spread(times[name])
        figures[f"{name}_ms_per_kb"] = 1000 * measured["min"] / kb
        figures[f"{name}_ms_per_kb_median"] = 1000 * measured["median"] / kb
    figures["repeats"] = len(times["synthetic"])
    figures["window_seconds"] = window
    return figures


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


def mib(size: float) -> str:
    return f"{size / MIB:.1f} MiB"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


Row = tuple[str, str, str, str, str, str]


def rows(report: dict[str, Any]) -> list[Row]:
    """(figure, ours, comparator, ratio, target, verdict) rows, in the order of the issue's targets."""
    table: list[Row] = []
    for step in report["first_answer"]:
        seconds, rss = step["seconds"], step["peak_rss_bytes"]
        bare = seconds["bare sqlite3 FTS5 query, the same file"]
        ours = seconds["ours, Corpus.open(file).search"]
        folder = seconds["ours, Corpus.from_directory(folder).search"]
        n = f"{step['interviews']:,}"
        table += [
            (
                f"first search, new process, corpus file of {n} interviews",
                ms(ours),
                f"bare sqlite3 FTS5 on the same file {ms(bare)}",
                f"{ours / bare:.2f}×",
                "≤ 2×",
                verdict(ours / bare <= 2),
            ),
            (
                f"peak RSS of that process ({n})",
                mib(rss["ours, Corpus.open(file).search"]),
                f"bare sqlite3 {mib(rss['bare sqlite3 FTS5 query, the same file'])}",
                "",
                "≤ 64 MiB",
                verdict(rss["ours, Corpus.open(file).search"] <= 64 * MIB),
            ),
            (
                f"first search, new process, folder of {n} files",
                ms(folder),
                f"corpus file {ms(ours)}",
                f"{folder / ours:.0f}× the file",
                "",
                "",
            ),
            (
                f"peak RSS, folder of {n}",
                mib(rss["ours, Corpus.from_directory(folder).search"]),
                f"corpus file {mib(rss['ours, Corpus.open(file).search'])}",
                "",
                "",
                "",
            ),
        ]
    built = report["build"]
    table += [
        (
            f"build the corpus file, {built['interviews']:,} interviews, serial",
            ms(built["build_serial_seconds"]),
            f"floor: split with regular expressions + bare FTS5 insert {ms(built['floor_seconds'])}",
            f"{built['ratio_to_floor']:.2f}×",
            "≤ 2.5×",
            verdict(built["ratio_to_floor"] <= 2.5),
        ),
        (
            "corpus file size",
            mib(built["file_bytes"]),
            f"the floor's bare FTS5 file {mib(built['floor_bytes'])}",
            f"{built['size_ratio']:.2f}×",
            "≤ 1.6×",
            verdict(built["size_ratio"] <= 1.6),
        ),
        (
            "the same build",
            ms(built["build_serial_seconds"]),
            (
                f"our parse, every sentence split, {ms(built['parse_seconds'])} "
                f"(without splitting {ms(built['lazy_parse_seconds'])}) "
                f"+ plain FTS5 build {ms(built['plain_fts_seconds'])}"
            ),
            f"{built['ratio']:.2f}×",
            "(the storage layer alone)",
            "",
        ),
        (
            "build with --jobs 2",
            ms(built["build_jobs2_seconds"]),
            f"serial {ms(built['build_serial_seconds'])}",
            f"{built['speedup_jobs2']:.2f}× faster",
            "near 2× (2 cores)",
            verdict(built["speedup_jobs2"] >= 1.7),
        ),
    ]
    kept = report["memory"]
    table += [
        (
            f"memory kept by parsed interviews ({kept['interviews']:,})",
            f"{kept['kept_per_megabyte']:.1f} MB per MB of text",
            "the text itself: 1 MB per MB",
            "",
            "≤ 6 MB per MB",
            verdict(kept["kept_per_megabyte"] <= 6),
        ),
        (
            f"peak RSS reading {kept['interviews']:,} files ({kept['text_megabytes']:.1f} MB)",
            mib(kept["peak_rss_bytes"]),
            f"after the import {mib(kept['import_rss_bytes'])}",
            "",
            "≤ 0.6 GiB at 10,000 files" if kept["interviews"] >= 10_000 else "(0.6 GiB at 10,000)",
            verdict(kept["peak_rss_bytes"] <= 0.6 * 1024 * MIB)
            if kept["interviews"] >= 10_000
            else "",
        ),
    ]
    found = report["search"]
    p50, p95 = found["p50"], found["p95"]
    memory_fts, file_fts = "raw FTS5, same rows in memory", "raw FTS5, the corpus file"
    for name in p50:
        # The corpus file's comparator is raw FTS5 on the same file; the rest compare to memory.
        raw = file_fts if name in ("ours, corpus file", file_fts) else memory_fts
        if name == file_fts:
            raw = memory_fts
        target = "≤ 2× raw FTS5" if name.startswith("ours") else ""
        ratio = p50[name] / p50[raw]
        table.append(
            (
                f"warm search p50 / p95, {name}",
                f"{us(p50[name])} / {us(p95[name])}",
                "" if name == raw else f"{raw} {us(p50[raw])} / {us(p95[raw])}",
                "" if name == raw else f"{ratio:.2f}×",
                target,
                verdict(ratio <= 2) if target else "",
            )
        )
    process = report["whole_process"]
    seconds = process["seconds"]
    table.append(
        (
            "import + load() + lookup, whole process",
            ms(seconds["interview_corpus"]),
            f"import attrs {ms(seconds['attrs'])}",
            f"{process['ratio_to_attrs']:.2f}×",
            "≤ 1.3×",
            verdict(process["ratio_to_attrs"] <= 1.3),
        )
    )
    look = report["lookup"]
    table.append(
        (
            "lookup by id",
            us(look["ours"]),
            f"plain dict {us(look['dict'])}",
            f"{look['ours'] / look['dict']:.1f}×",
            "",
            "",
        )
    )
    document = report["from_json"]
    table.append(
        (
            "from_json (bundled interview)",
            ms(document["ours"]),
            f"json.loads {ms(document['json_loads'])}; parse the source {ms(document['parse_source'])}",
            f"{document['ours'] / document['json_loads']:.1f}×",
            "retired: the JSON reader is for correctness; the corpus file is the fast path",
            "",
        )
    )
    step = report["reading"]
    agrees = "" if step["floor_agrees"] else " (DISAGREES with the library: not a floor)"
    table += [
        (
            "parse, sentences split on first use",
            ms(step["synthetic seconds"]),
            f"floor: the same turns and paragraphs with regular expressions {ms(step['floor seconds'])}{agrees}",
            f"{step['ratio_to_floor']:.2f}×",
            "≤ 3×",
            verdict(step["ratio_to_floor"] <= 3 and step["floor_agrees"]),
        ),
        (
            "parse, every sentence split",
            ms(step["synthetic, every sentence seconds"]),
            f"floor: the same, sentences too {ms(step['floor, every sentence seconds'])}{agrees}",
            f"{step['ratio_to_floor_every_sentence']:.2f}×",
            "≤ 3×",
            verdict(step["ratio_to_floor_every_sentence"] <= 3 and step["floor_agrees"]),
        ),
    ]
    table.append(
        (
            "parse, synthetic transcripts (fastest / median)",
            f"{step['synthetic_ms_per_kb']:.3f} / {step['synthetic_ms_per_kb_median']:.3f} ms/KB",
            "",
            "",
            "≤ 0.15 ms/KB",
            verdict(step["synthetic_ms_per_kb"] <= 0.15),
        )
    )
    if "real_ms_per_kb" in step:
        table.append(
            (
                (
                    f"parse, the largest real transcript ({step['real_name']}, "
                    f"{step['real_kb']:.0f} KB; fastest / median)"
                ),
                f"{step['real_ms_per_kb']:.3f} / {step['real_ms_per_kb_median']:.3f} ms/KB",
                "",
                "",
                "≤ 0.15 ms/KB",
                verdict(step["real_ms_per_kb"] <= 0.15),
            )
        )
    step = report["quote"]
    slowest = max(step["quote_verbatim_seconds"], step["quote_altered_seconds"])
    table.append(
        (
            (
                f"check a {step['quote_words']}-word quote in {step['interviews']:,} interviews "
                "(as is / one word changed)"
            ),
            f"{ms(step['quote_verbatim_seconds'])} / {ms(step['quote_altered_seconds'])}",
            "verdicts: " + " / ".join(step["quote_verdicts"]),
            "",
            "< 1 s" if step["interviews"] >= 1000 else "",
            verdict(slowest < 1) if step["interviews"] >= 1000 else "",
        )
    )
    return table


def markdown(report: dict[str, Any]) -> str:
    machine_ = report["machine"]
    found, built, reading_ = report["search"], report["build"], report["reading"]
    agreement = ", ".join(
        f"{name} {count}/{found['queries']}" for name, count in found["agreement"].items()
    )
    lines = [
        (
            f"Measured {report['date']} on {machine_['cpu']} ({machine_['cores']} cores), "
            f"{machine_['system']}, {machine_['implementation']} {machine_['python']}, "
            f"interview-corpus {machine_['interview_corpus']}; {report['mode']} mode."
        ),
        "",
        "| figure | ours | comparator (same run) | ratio | target | verdict |",
        "|---|---|---|---|---|---|",
        *(f"| {' | '.join(row)} |" for row in rows(report)),
        "",
        (
            f"Search: {found['queries']} distinct queries over {found['paragraphs']:,} paragraphs of "
            f"{found['interviews']:,} interviews, top 10 hits; queries whose full set of matching paragraphs "
            f"equals raw FTS5's: {agreement} (DuckDB ILIKE matches substrings, so its hits differ by design)."
        ),
        "",
        (
            f"Build: each side's best of {len(built['rounds'])} rounds in which the comparator, the "
            "serial build and the build with 2 jobs take turns. Parse: the fastest of "
            f"{reading_['repeats']} parses of each batch over {reading_['window_seconds']:.0f} s, the "
            "batches taking turns, with the median beside it: both sample across the machine's slow "
            "periods (about a second long, everything about 1.5× slower). The other figures are medians."
        ),
    ]
    return "\n".join(lines) + "\n"


SCALE_SIZES = (1_000, 10_000, 100_000)


def scale(folder: Path, sizes: tuple[int, ...] = SCALE_SIZES) -> list[dict[str, Any]]:
    """Build, file size and search at growing sizes.

    Each build runs in a process of its own, its peak memory read as it ends; the files are
    written one at a time, so the corpus is never held whole.
    """
    queries = search_queries(synthetic_corpus(1000))
    steps = []
    for size in sizes:
        source = folder / f"scale{size}"
        source.mkdir()
        text_bytes = 0
        for number, text in enumerate(synthetic_stream(size)):
            data = text.encode("utf-8")
            text_bytes += len(data)
            (source / f"s{number:06d}.txt").write_bytes(data)
        path = folder / f"scale{size}.db"
        build_code = (
            "import time, interview_corpus as ic\n"
            "start = time.perf_counter()\n"
            f"ic.Corpus.build({str(path)!r}, {str(source)!r}, jobs=1).close()\n"
            "print(time.perf_counter() - start)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", build_code + PEAK],
            capture_output=True,
            text=True,
            check=True,
            env=ENVIRONMENT,
        )
        build_seconds, build_peak = result.stdout.split()[-2:]
        first = first_search(path, queries[8])
        for code in first.values():
            run_process(code)  # warm the file cache
        first_seconds = {
            name: statistics.median([run_process(code) for _ in range(5)])
            for name, code in first.items()
        }
        with ic.Corpus.open(path) as corpus:
            warm = []
            for query in queries:
                start = time.perf_counter()
                corpus.search(query, limit=10)
                warm.append(time.perf_counter() - start)
        steps.append(
            {
                "interviews": size,
                "text_bytes": text_bytes,
                "build_seconds": float(build_seconds),
                "build_peak_rss_bytes": int(build_peak),
                "file_bytes": path.stat().st_size,
                "first_search_seconds": first_seconds["ours, Corpus.open(file).search"],
                "bare_first_search_seconds": first_seconds[
                    "bare sqlite3 FTS5 query, the same file"
                ],
                "warm_p50_seconds": statistics.median(warm),
                "warm_p95_seconds": percentile(warm, 0.95),
            }
        )
        shutil.rmtree(source)
        path.unlink()
    return steps


def scale_markdown(steps: list[dict[str, Any]]) -> str:
    """The scale figures as a table, each with how it grew from the size before."""
    lines = [
        "| interviews | text | build (serial) | build's peak RSS | file | first search, new process (bare query) | warm search p50 / p95 |",
        "|---|---|---|---|---|---|---|",
    ]
    previous: dict[str, Any] | None = None
    for step in steps:

        def grew(
            key: str, step: dict[str, Any] = step, before: dict[str, Any] | None = previous
        ) -> str:
            return f" (×{step[key] / before[key]:.1f})" if before else ""

        lines.append(
            f"| {step['interviews']:,} | {mib(step['text_bytes'])} "
            f"| {step['build_seconds']:.1f} s{grew('build_seconds')} "
            f"| {mib(step['build_peak_rss_bytes'])}{grew('build_peak_rss_bytes')} "
            f"| {mib(step['file_bytes'])}{grew('file_bytes')} "
            f"| {ms(step['first_search_seconds'])} ({ms(step['bare_first_search_seconds'])}) "
            f"| {us(step['warm_p50_seconds'])} / {us(step['warm_p95_seconds'])} |"
        )
        previous = step
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller corpora and fewer repeats")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument("--markdown", metavar="PATH", help="also write the table as Markdown")
    parser.add_argument(
        "--scale",
        action="store_true",
        help="only the scale figures: build and search at 1,000, 10,000 and 100,000 interviews",
    )
    options = parser.parse_args(argv)
    if options.scale:
        with tempfile.TemporaryDirectory() as work:
            ENVIRONMENT["PYTHONPYCACHEPREFIX"] = str(Path(work) / "bytecode")
            steps = scale(Path(work))
        text = scale_markdown(steps)
        print(text)
        if options.json:
            Path(options.json).write_text(json.dumps(steps, indent=2) + "\n", encoding="utf-8")
        if options.markdown:
            Path(options.markdown).write_text(text + "\n", encoding="utf-8")
        return 0
    repeat = 2 if options.quick else 7
    sizes = [200] if options.quick else [1000, 10_000]
    small = synthetic_corpus(100 if options.quick else 1000)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        ENVIRONMENT["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        report = {
            "date": time.strftime("%Y-%m-%d"),
            "mode": "quick" if options.quick else "full",
            "machine": machine(),
            "first_answer": [
                first_answer(synthetic_corpus(size), folder, repeat) for size in sizes
            ],
            "build": build(small, folder, 2 if options.quick else 3),
            "memory": memory(synthetic_corpus(sizes[-1]), folder),
            "search": same_rows_search(small, repeat, folder),
            "whole_process": whole_process(5 if options.quick else 21),
            "lookup": lookup(repeat),
            "from_json": from_json(repeat),
            "reading": reading(small[:40], repeat, 1.0 if options.quick else 3.0),
            "quote": {
                "interviews": len(small),
                **quote_checks(
                    ic.Corpus(ic.parse(text, id=f"q{n:05d}") for n, text in enumerate(small)),
                    repeat,
                ),
            },
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
