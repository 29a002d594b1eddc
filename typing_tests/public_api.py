"""Correct user code: both mypy --strict and pyright (strict) must accept every line.

This is what a user's checker sees through ``import interview_corpus``, lazily
loaded names included. Nothing here runs in the test suite; it is type-checked
only (``bash typing_tests/check``).
"""

from __future__ import annotations

import io
import pathlib

import interview_corpus as ic

# -- the eagerly imported names ------------------------------------------------------------
iv: ic.Interview = ic.load()
other: ic.Interview = ic.parse("Q: Why?\n\nA: Because.", id="other", interviewee="Jane Doe")
answer: ic.Answer = iv.answers[0]
span: ic.Span = answer.span
text: str = iv.source[span.start : span.end]
exchange: ic.Exchange = iv.exchange(3)
turns: tuple[ic.Turn, ...] = exchange.turns
topic: ic.Topic | None = exchange.topic
found: ic.Object = iv.lookup("a3.p2")
# Given the kind, lookup returns that kind: the common path needs no cast.
paragraph_sentences: tuple[ic.Sentence, ...] = iv.lookup("a3.p2", ic.Paragraph).sentences
a_question: ic.Question = iv.lookup("q3", ic.Question)
maybe: ic.Object | None = iv.get("a3.p2")
mention: ic.Mention = iv.mentions("Zelensky")[0]
entity: ic.Entity = mention.entity
sentences: list[ic.Span] = ic.split_sentences("One. Two.")

# -- the lazily loaded names are real types and callables ---------------------------------
corpus: ic.Corpus = ic.Corpus([iv, other])
from_file: ic.Interview = ic.read(pathlib.Path("transcript.txt"), interviewee="Jane Doe")
hits: list[ic.Hit] = corpus.search("frozen assets", level="sentence")
hit: ic.Hit = hits[0]
hit_text: str = hit.snippet
nothing: ic.Hits = iv.search("frozn asets")
suggestion: str | None = nothing.suggestion
level: ic.Level = "paragraph"
syntax: ic.Syntax = "fts5"
matches: list[ic.TextMatch] = iv.grep(r"Taiwan\w*")
match_row: ic.TextMatchRecord = matches[0].record()
match_start: int = match_row["start"]
match_sentence: str | None = match_row["sentence_id"]
lines: list[ic.ConcordanceLine] = iv.concordance("Europe")
record_level: ic.RecordLevel = "sentence"
any_rows = iv.records(record_level)
rows: list[ic.SentenceRecord] = iv.records("sentence")
words: int = rows[0]["word_count"]
speaker_name: str = rows[0]["speaker"]
topic_slug: str | None = rows[0]["topic"]
default_rows: list[ic.ParagraphRecord] = corpus.records()
interview_rows: list[ic.InterviewRecord] = corpus.records("interview")
published: str | None = interview_rows[0]["published"]
mention_rows: list[ic.MentionRecord] = iv.records("mention")
mention_id: str = mention_rows[0]["id"]
exchange_rows: list[ic.ExchangeRecord] = iv.records("exchange")
turn_rows: list[ic.TurnRecord] = iv.records("turn")
cited: ic.Object = corpus.lookup("tass-2065861:a3.p2.s3")
cited_sentence: ic.Sentence = corpus.lookup("tass-2065861:a3.p2.s3", ic.Sentence)
mention_interview: str | None = mention.interview_id
failure: ic.Failure = ic.Failure("a.txt", 1, 1, "empty")
error: ic.CorpusError = ic.CorpusError([failure])
failures: tuple[ic.Failure, ...] = error.failures
document: str = ic.to_json(iv, indent=2)
back: ic.Interview | ic.Corpus = ic.from_json(document)
schema: dict[str, object] = ic.json_schema()

# -- export's return type follows its target -----------------------------------------------
markdown_lines: list[str] = ic.export(iv, "markdown").splitlines()
csv_text: str = ic.export(corpus, "csv", level="exchange")
written: None = ic.export(iv, "json", pathlib.Path("interview.json"))
streamed: None = ic.export(iv, "jsonl", io.StringIO(), level="sentence")

# -- errors are classes to catch ----------------------------------------------------------
try:
    iv.lookup("a9")
except ic.NotFoundError as not_found:
    suggestions: tuple[str, ...] = not_found.suggestions
except ic.InterviewCorpusError:
    pass

# -- other return types that follow an argument ----------------------------------------------
strict_corpus: ic.Corpus = ic.Corpus.from_directory("transcripts")
collected: tuple[ic.Corpus, list[ic.Failure]] = ic.Corpus.from_directory(
    "transcripts", errors="collect"
)
with_default: ic.Object | str = iv.get("zz", "none")
exchange_paragraphs: tuple[ic.Paragraph, ...] = exchange.paragraphs
corpus_sentences: list[tuple[str, ic.Sentence]] = corpus.sentences("interviewee")
hit_rows: list[ic.Hit] = corpus.search("assets", topic="Europe", speaker=iv.interviewee)

# -- errors group, and except* picks the kind ------------------------------------------------
try:
    ic.Corpus.from_directory("transcripts")
except* ic.TranscriptError as group:
    messages: list[str] = [str(error) for error in group.exceptions]

# -- progress callbacks: progress(done, total, name) ---------------------------------------
reports: list[tuple[int, int, str]] = []


def report(done: int, total: int, name: str) -> None:
    """Keep each report, as a user's own progress display would show it."""
    reports.append((done, total, name))


read_folder: ic.Corpus = ic.Corpus.from_directory("transcripts", progress=report)
exported_text: str = ic.export(corpus, "jsonl", progress=report)
built: ic.CorpusFile = ic.Corpus.build("corpus.db", "transcripts", progress=report)

# -- one query surface: an interview, a corpus and a corpus file are each Searchable -------------
interview_queries: ic.Searchable[ic.Mention] = iv
corpus_queries: ic.Searchable[tuple[str, ic.Mention]] = corpus
file_queries: ic.Searchable[tuple[str, ic.Mention]] = built
any_queries: list[ic.Searchable[object]] = [iv, corpus, built]
checks: list[ic.QuoteCheck] = [each.check_quote("Russia") for each in any_queries]
each_rows: list[ic.SentenceRecord] = corpus_queries.records("sentence")
