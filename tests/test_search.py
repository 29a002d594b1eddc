"""Tests for ranked full-text search (SQLite FTS5)."""

from __future__ import annotations

import contextlib
import pickle
import sqlite3
import subprocess
import sys
import threading

import pytest

import interview_corpus as ic
from interview_corpus.query._search import to_fts5

from .helpers import ids


def test_ranked_paragraph_hits(iv):
    """Hits are paragraphs by default, ranked by BM25, with a marked snippet."""
    hits = iv.search("frozen assets")
    assert ids(hits) == ["q3.p1"]
    hit = hits[0]
    assert isinstance(hit, ic.Hit)
    assert hit.rank == 1
    assert hit.score > 0
    assert "[frozen]" in hit.snippet
    assert "[assets]" in hit.snippet
    assert hit.interview_id == "tass-2065861"
    assert hit.target is iv.lookup("q3.p1")


def test_scores_descend_and_limit(iv):
    """Scores never increase down the list; limit caps it; None returns all."""
    hits = iv.search("Russia", limit=None)
    assert len(hits) == 13
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
    assert [hit.rank for hit in hits] == list(range(1, 14))
    assert ids(iv.search("Russia", limit=3)) == ids(hits)[:3]
    assert len(iv.search("Russia")) == 10


def test_sentence_level(iv):
    """level='sentence' returns sentences."""
    hits = iv.search("HAMAS", level="sentence")
    assert ids(hits) == ["a4.p5.s2"]
    assert isinstance(hits[0].target, ic.Sentence)


SENTENCE_QUERIES = [
    ("militar*", "plain"),
    ("Russia", "plain"),
    ("Russia -sanctions", "plain"),
    ("Russia OR Ukraine -peace", "plain"),
    ('"root causes"', "plain"),
    ("Gaza ceasefire", "plain"),
    ("Russia NOT Ukraine", "fts5"),
    ("^we OR ^the", "fts5"),
    ("NEAR(russia europe, 3)", "fts5"),
    ('"the united" + states', "fts5"),
]


def _sentences_that_match(iv, query, syntax):
    """The ids of the sentences that match by themselves: each in a full-text table of every sentence."""
    from interview_corpus.query._fts import TOKENIZER
    from interview_corpus.query._search import fts5_match

    sentences = iv.sentences()
    with contextlib.closing(sqlite3.connect(":memory:")) as connection:
        connection.execute(f"CREATE VIRTUAL TABLE s USING fts5(text, tokenize='{TOKENIZER}')")
        connection.executemany(
            "INSERT INTO s(rowid, text) VALUES (?, ?)", enumerate(s.text for s in sentences)
        )
        rows = connection.execute(
            "SELECT rowid FROM s WHERE s MATCH ?", (fts5_match(query, syntax),)
        ).fetchall()
    return {sentences[row].id for (row,) in rows}


class TestSentenceHits:
    @pytest.mark.parametrize(("query", "syntax"), SENTENCE_QUERIES)
    def test_the_sentences_that_match_by_themselves(self, iv, query, syntax):
        """A sentence search finds each sentence that matches the query by itself, and no other,
        whatever holds its paragraph (words left out, NOT, ^, NEAR, phrases)."""
        found = ids(iv.search(query, level="sentence", syntax=syntax, limit=None))
        assert (sorted(found), len(found)) == (
            sorted(_sentences_that_match(iv, query, syntax)),
            len(set(found)),
        )

    def test_a_phrase_across_two_sentences_finds_the_paragraph_not_a_sentence(self):
        """The paragraph holds the words in a row; no sentence does."""
        iv = ic.parse("Q: Why?\n\nA: It ended badly. Badly it began.", id="x")
        assert ids(iv.search('"badly badly"')) == ["a1.p1"]
        assert ids(iv.search('"badly badly"', level="sentence")) == []
        assert ids(iv.search("badly -began", level="sentence")) == ["a1.p1.s1"]

    def test_they_follow_their_paragraphs_ranking_then_reading_order(self, iv):
        """Sentence hits come in the order of their paragraphs' hits, each paragraph's in reading
        order, with its paragraph's score."""
        paragraphs = iv.search("Russia", limit=None)
        sentences = iv.search("Russia", level="sentence", limit=None)
        order = {hit.id: hit.rank for hit in paragraphs}
        score = {hit.id: hit.score for hit in paragraphs}
        keys = [(order[hit.target.paragraph_id], hit.target.number) for hit in sentences]
        assert keys == sorted(keys)
        assert len({hit.target.paragraph_id for hit in sentences}) > 1
        assert [hit.score for hit in sentences] == [
            score[hit.target.paragraph_id] for hit in sentences
        ]
        assert [hit.rank for hit in sentences] == list(range(1, len(sentences) + 1))

    def test_a_limit_takes_the_first_of_them(self, iv):
        """With a limit, the first sentences of the whole list, however many paragraphs that takes."""
        every = ids(iv.search("the", level="sentence", limit=None))
        assert len(every) > 64  # more than the first page of paragraphs holds
        for limit in (1, 3, 10, 40, len(every)):
            assert ids(iv.search("the", level="sentence", limit=limit)) == every[:limit]

    def test_snippets_are_cut_from_each_sentence(self, iv):
        """A sentence hit's snippet marks the words in the sentence, not in its paragraph."""
        hit = iv.search('"root causes"', level="sentence")[0]
        assert "[root causes]" in hit.snippet
        assert hit.snippet.strip("…").replace("[", "").replace("]", "") in hit.text


def test_stemming_prefix_and_phrases(iv):
    """'sanction' finds 'sanctions'; prefix terms and phrases work."""
    assert ids(iv.search("sanction")) == ["a1.p3"]
    assert ids(iv.search("sanctions")) == ["a1.p3"]
    militar = iv.search("militar*", level="sentence")
    assert ids(militar) == ["a5.p5.s1", "a5.p2.s1", "a3.p1.s2", "a3.p2.s5"]
    assert {
        word
        for hit in militar
        for word in ("military", "militarisation", "militarist")
        if word in hit.text
    } == {"military", "militarisation", "militarist"}
    assert ids(iv.search('"root causes"', level="sentence")) == ["a1.p1.s2"]
    assert ids(iv.search('"causes root"')) == []


def test_several_words_must_all_match(iv):
    """Plain words are joined by AND."""
    assert ids(iv.search("Gaza ceasefire")) == ["a4.p4"]
    assert ids(iv.search("Gaza Taiwan")) == []


def test_case_and_apostrophes_do_not_matter(iv):
    """Case, straight and curly apostrophes search alike."""
    expected = ids(iv.search("Zelensky’s regime"))
    assert expected == ["a1.p2"]
    assert ids(iv.search("zelensky's REGIME")) == expected
    assert ids(iv.search('"Russia\'s foreign exchange reserves"')) == ["a1.p4"]


def test_filters(iv):
    """speaker= and topic= narrow the search."""
    assert ids(iv.search("Russia", speaker="interviewer", limit=None)) == [
        "q2.p1",
        "q3.p1",
        "q5.p1",
    ]
    assert {hit.id[0] for hit in iv.search("Russia", speaker="Sergey Lavrov", limit=None)} == {"a"}
    assert len(iv.search("Russia", speaker=iv.interviewee, limit=None)) == 10
    europe = iv.search("Russia", topic="Europe", limit=None)
    assert sorted(ids(europe)) == ["a3.p1", "a3.p2", "a3.p3", "q3.p1"]
    assert ids(iv.search("Taiwan", topic="middle-east")) == []


def test_fts5_syntax(iv):
    """Raw FTS5 syntax is accepted when asked for."""
    assert ids(iv.search("Gaza NOT ceasefire", syntax="fts5")) == ["a4.p3", "a4.p6"]
    assert len(iv.search("NEAR(Taiwan China, 5)", syntax="fts5", limit=None)) >= 1


@pytest.mark.parametrize(
    ("query", "position"),
    [('"root causes', 0), ("*", 0), ("frozen *", 7), ("", 0), ("  ", 0), ("– …", 0)],
)
def test_malformed_plain_queries(iv, query, position):
    """Unbalanced quotes, lone stars and wordless queries raise QueryError, a ValueError."""
    with pytest.raises(ic.QueryError) as caught:
        iv.search(query)
    assert caught.value.query == query
    assert caught.value.position == position
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "OR Taiwan", "NEAR(", "a:b"])
def test_malformed_fts5_queries(iv, query):
    """Bad FTS5 syntax raises QueryError, never sqlite3.OperationalError."""
    with pytest.raises(ic.QueryError) as caught:
        iv.search(query, syntax="fts5")
    assert "FTS5" in str(caught.value)


def test_operators_are_words_in_plain_queries(iv):
    """In plain queries AND, OR, NOT and NEAR are ordinary words."""
    assert iv.search("AND") == iv.search("and")
    assert ids(iv.search("NOT", limit=None)) == ids(iv.search("not", limit=None))
    assert len(iv.search("NOT", limit=None)) == 6


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"level": "word"}, ic.ArgumentValueError),
        ({"syntax": "regex"}, ic.ArgumentValueError),
        ({"limit": 0}, ic.ArgumentValueError),
        ({"limit": True}, ic.ArgumentValueError),
        ({"speaker": "nobody"}, ic.NotFoundError),
        ({"topic": "nothing"}, ic.NotFoundError),
    ],
)
def test_bad_arguments(iv, arguments, error):
    """Unusable arguments raise the library's own errors."""
    with pytest.raises(error):
        iv.search("Russia", **arguments)


@pytest.mark.parametrize("query", [None, 123, b"Taiwan"])
def test_not_a_string(iv, query):
    """A non-str query is the library's TypeError, not a ValueError."""
    with pytest.raises(ic.InvalidArgumentTypeError, match="a query is a str") as raised:
        iv.search(query)
    assert not isinstance(raised.value, ValueError)


@pytest.mark.parametrize("mark", ["[]", ("[",), ("[", 1), None])
def test_bad_mark_is_refused_when_the_search_runs(iv, mark):
    """A bad mark= is an InvalidArgumentTypeError from search(), not sqlite3's error from hit.snippet."""
    with pytest.raises(ic.InvalidArgumentTypeError, match="mark="):
        iv.search("Taiwan", mark=mark)


def test_corpus_search_resolves_topic_titles_as_the_interview_does(iv):
    """Corpus.search(topic=) takes slugs and titles, as Interview.search does."""
    corpus = ic.Corpus([iv, ic.parse("Q: Frozen assets?\n\nA: Yes.", id="other")])
    expected = ids(iv.search("assets", topic="europe"))
    assert ids(corpus.search("assets", topic="Europe")) == expected
    assert ids(corpus.search("assets", topic="europe")) == expected == ["q3.p1"]


def test_corpus_search_unknown_topic_is_not_found(iv):
    """An unknown topic raises NotFoundError across the corpus, never an empty list."""
    corpus = ic.Corpus([iv, ic.parse("Q: Frozen assets?\n\nA: Yes.", id="other")])
    with pytest.raises(ic.NotFoundError) as raised:
        corpus.search("assets", topic="europa")
    assert (raised.value.kind, raised.value.key) == ("topic", "europa")
    assert "europe" in raised.value.suggestions


def test_corpus_search_topic_of_wrong_type(iv):
    """A topic filter that is neither a Topic nor a str is the library's TypeError."""
    with pytest.raises(ic.InvalidArgumentTypeError, match="topic filters"):
        ic.Corpus([iv]).search("assets", topic=3)


def test_to_fts5():
    """Plain queries become quoted FTS5 terms joined by AND; OR groups in parentheses; NOT for -words."""
    assert to_fts5("frozen assets") == '"frozen" AND "assets"'
    assert to_fts5('"root causes" sanction*') == '"root causes" AND "sanction"*'
    assert to_fts5("OR NOT") == '"or" AND "not"'
    assert to_fts5("Russia’s") == '"russia s"'
    assert to_fts5("a OR b c") == '("a" OR "b") AND "c"'
    assert to_fts5("a OR OR b -c -d*") == '("a" OR "b") NOT "c" NOT "d"*'


def test_every_hit_reproduces_its_text(iv):
    """Hits' spans reproduce their text in the source."""
    for level in ("paragraph", "sentence"):
        for hit in iv.search("Russia OR Europe OR Taiwan", syntax="fts5", level=level, limit=None):
            assert iv.source[hit.span.start : hit.span.end] == hit.text


def test_custom_marks(iv):
    """mark= sets the strings around matched terms."""
    assert "<b>HAMAS</b>" in iv.search("hamas", mark=("<b>", "</b>"))[0].snippet


def test_index_is_built_once_and_thread_safe(iv):
    """Searches started at once on a fresh interview build one index, share it and agree."""
    fresh = ic.parse(iv.source, id="fresh", interviewee="Sergey Lavrov")  # no index yet
    start = threading.Barrier(6)
    results = []

    def search():
        start.wait()  # all six ask for the index at the same moment
        results.append(fresh.search("Taiwan", limit=None))

    threads = [threading.Thread(target=search) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6
    assert all(ids(result) == ids(results[0]) != [] for result in results)
    # One index: every hit of every thread was found by the same SearchIndex object.
    indexes = {id(hit._snippets._run.__self__) for result in results for hit in result}
    assert len(indexes) == 1


def test_pickled_interview_searches_again(iv):
    """A pickled interview rebuilds its index on the next search."""
    iv.search("Taiwan")
    again = pickle.loads(pickle.dumps(iv))
    assert ids(again.search("Taiwan")) == ids(iv.search("Taiwan"))


def test_search_is_not_imported_until_used():
    """sqlite3 loads on the first search only."""
    code = (
        "import sys, interview_corpus as ic\n"
        "iv = ic.load()\n"
        "before = {'sqlite3'} & set(sys.modules)\n"
        "iv.search('Taiwan')\n"
        "after = {'sqlite3'} & set(sys.modules)\n"
        "print(sorted(before), sorted(after))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[] ['sqlite3']"


def test_hits_pickle_with_their_snippets(iv):
    """Hits (whose snippets are made on first use) pickle with their snippets."""
    hits = iv.search("Taiwan", limit=3)
    again = pickle.loads(pickle.dumps(hits))
    assert [hit.snippet for hit in again] == [hit.snippet for hit in hits]
    assert again == hits


def test_search_index_has_no_equality_of_its_own():
    """The index is a cache outside equality: it defines no unused __eq__."""
    from interview_corpus.query._search import SearchIndex

    assert SearchIndex.__eq__ is object.__eq__


def test_an_interview_searches_with_the_corpus_signature(iv):
    """search(interview=...) on an interview: its own id searches it, another id is not found."""
    assert iv.search("sanction", interview=iv.id) == iv.search("sanction")
    with pytest.raises(ic.NotFoundError) as caught:
        iv.search("sanction", interview="elsewhere")
    assert (caught.value.key, caught.value.suggestions) == ("elsewhere", (iv.id,))


def test_a_topic_the_interview_does_not_have_is_not_found_as_in_a_corpus(iv):
    """An unknown Topic raises NotFoundError on an interview, as on a corpus (it gave [] before)."""
    nowhere = ic.Topic("nowhere", "Nowhere")
    for source in (iv, ic.Corpus.bundled()):
        with pytest.raises(ic.NotFoundError):
            source.search("Russia", topic=nowhere)
        with pytest.raises(ic.NotFoundError):
            source.mentions(topic=nowhere)


# -- the default (plain) syntax: OR, -word, and everything else literal ------------------


def test_or_between_words_finds_either(iv):
    """An upper-case OR between two words finds passages with either word, each word's hits."""
    found = ids(iv.search("obstacle OR sanctions", limit=None))
    assert sorted(found) == ["a1.p3", "q1.p1"]
    assert set(ids(iv.search("obstacle", limit=None))) | set(ids(iv.search("sanctions"))) == set(
        found
    )
    either = ids(iv.search("sanctions OR HAMAS", limit=None))
    assert sorted(either) == ["a1.p3", "a4.p5"]


def test_or_binds_its_words_before_the_others_must_all_match(iv):
    """Words beside an OR group must all match too: 'Gaza ceasefire OR disarm' is Gaza AND (ceasefire OR disarm)."""
    assert sorted(ids(iv.search("Gaza ceasefire OR HAMAS", limit=None))) == ["a4.p4"]
    assert sorted(ids(iv.search("ceasefire OR HAMAS Gaza", limit=None))) == ["a4.p4"]
    assert sorted(ids(iv.search("sanctions OR HAMAS OR ceasefire", limit=None))) == [
        "a1.p3",
        "a4.p4",
        "a4.p5",
    ]


def test_lower_case_or_is_a_word(iv):
    """'or' in lower case (or quoted, or at either end) is a word to find, not an operator."""
    assert ids(iv.search("obstacle or sanctions")) == []
    assert ids(iv.search("obstacle or", limit=None)) == ["q1.p1"]
    assert ids(iv.search('obstacle "OR" sanctions')) == []
    assert ids(iv.search("OR obstacle", limit=None)) == ["q1.p1"]
    assert ids(iv.search("obstacle OR", limit=None)) == ["q1.p1"]


def test_minus_leaves_a_word_out(iv):
    """A leading minus leaves out every passage with the word (or phrase, or prefix)."""
    assert ids(iv.search("Gaza -ceasefire", limit=None)) == ids(
        iv.search("Gaza NOT ceasefire", syntax="fts5", limit=None)
    )
    assert sorted(ids(iv.search("Gaza -ceasefire", limit=None))) == ["a4.p3", "a4.p6"]
    assert ids(iv.search("obstacle -sanctions", limit=None)) == ["q1.p1"]
    assert ids(iv.search('obstacle -"economic sanctions"', limit=None)) == ids(
        iv.search('obstacle NOT "economic sanctions"', syntax="fts5", limit=None)
    )
    assert ids(iv.search("obstacle -sanction*", limit=None)) == ["q1.p1"]
    assert sorted(ids(iv.search("obstacle OR sanctions -HAMAS", limit=None))) == ["a1.p3", "q1.p1"]
    assert ids(iv.search("obstacle OR HAMAS -sanctions -disarm", limit=None)) == ["q1.p1"]


def test_a_hyphen_inside_a_word_is_not_a_minus(iv):
    """'year-end' is the words 'year end' as a phrase; a lone '-' is nothing to look for."""
    assert ids(iv.search("year-end", limit=None)) == ids(iv.search('"year end"', limit=None))
    assert ids(iv.search("Gaza - ceasefire")) == ids(iv.search("Gaza ceasefire"))


def test_a_query_of_only_exclusions_is_a_query_error(iv):
    """Only -words leaves nothing to look for: a QueryError saying to add a word."""
    with pytest.raises(ic.QueryError) as caught:
        iv.search("-sanctions -HAMAS")
    assert caught.value.position == 0
    assert "add a word to look for" in caught.value.reason


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("C++", "c"),
        ("U.S.", '"u s"'),
        ('"AND"', "and"),
        ("AND", "and"),
        ("NOT", "not"),
        ("NEAR", "near"),
        ("NEAR(Taiwan China, 5)", "near taiwan china 5"),
        ("Taiwan AND China", "taiwan and china"),
        ("Russia NOT Ukraine", "russia not ukraine"),
        ("a*b", '"a b"'),
        ("Russia:", "russia"),
        ("text:Russia", '"text russia"'),
        ("^Russia +China", "russia china"),
        ("(Russia) {China}", "russia china"),
        ('""', None),
        ('Russia "" China', "russia china"),
        ('Russia’s "frozen" assets', '"russia s" frozen assets'),
        ("Russia - China", "russia china"),
    ],
)
def test_other_text_stays_literal(iv, query, words):
    """Operators other than OR, punctuation and FTS5's special characters are text, never FTS5 syntax."""
    if words is None:
        with pytest.raises(ic.QueryError, match="no words"):
            iv.search(query)
        return
    assert ids(iv.search(query, limit=None)) == ids(iv.search(words, limit=None))


@pytest.mark.parametrize(
    ("query", "problem"), [("*", "must follow a word"), ('Russia "', "unbalanced")]
)
def test_what_cannot_be_literal_is_the_librarys_own_error(iv, query, problem):
    """A lone '*' and a stray quote are QueryErrors that say what to do, never FTS5's syntax errors."""
    with pytest.raises(ic.QueryError, match=problem) as caught:
        iv.search(query)
    assert "FTS5" not in str(caught.value)


def small_interviews() -> list[ic.Interview]:
    """Three short interviews with a few words in common."""
    return [
        ic.parse("Q: Are the sanctions an obstacle?\n\nA: The sanctions hurt trade.", id="one"),
        ic.parse(
            "Q: What about the frozen assets?\n\nA: Frozen assets stay frozen, or so we hear.",
            id="two",
        ),
        ic.parse(
            "Q: Is there an obstacle to peace?\n\nA: No obstacle or barrier remains.", id="three"
        ),
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "sanctions OR frozen",
            {("one", "q1.p1"), ("one", "a1.p1"), ("two", "q1.p1"), ("two", "a1.p1")},
        ),
        ("obstacle -sanctions", {("three", "q1.p1"), ("three", "a1.p1")}),
        ("obstacle OR barrier", {("one", "q1.p1"), ("three", "q1.p1"), ("three", "a1.p1")}),
        ("obstacle or barrier", {("three", "a1.p1")}),
        ("frozen OR obstacle -assets -peace", {("one", "q1.p1"), ("three", "a1.p1")}),
    ],
)
def test_or_and_minus_in_a_corpus_file_as_in_memory(tmp_path, query, expected):
    """A corpus file reads OR and -word as the in-memory search does, hit for hit."""
    memory = ic.Corpus(small_interviews()).search(query, limit=None)
    assert {(hit.interview_id, hit.id) for hit in memory} == expected
    with ic.Corpus.build(tmp_path / "c.db", small_interviews(), jobs=1) as stored:
        assert stored.search(query, limit=None) == memory
        assert [hit.snippet for hit in stored.search(query, limit=None)] == [
            hit.snippet for hit in memory
        ]


# -- "did you mean ...?" --------------------------------------------------------------------


def test_no_hits_suggest_close_words_of_the_interview(iv):
    """A search with no hits suggests the index's own words closest to the unknown ones."""
    found = iv.search("frozn asets")
    assert isinstance(found, ic.Hits)
    assert (found, found.suggestion) == ([], "frozen assets")
    assert ids(iv.search(found.suggestion)) == ["q3.p1"]
    assert ic.Corpus.bundled().search("frozn asets").suggestion == "frozen assets"
    assert iv.search("sanctoins", level="sentence").suggestion == "sanctions"


def test_a_suggestion_keeps_the_rest_of_the_query(iv):
    """Only the unknown words change: known words, OR, -words, phrases and case stay as typed."""
    assert iv.search("Russia frozn -Gaza").suggestion == "Russia frozen -Gaza"
    assert iv.search('"frozn Russian" OR Taiwn').suggestion == '"frozen Russian" OR Taiwan'
    assert iv.search("FROZN Asets").suggestion == "FROZEN Assets"


def test_no_suggestion_when_nothing_is_close_or_every_word_is_known(iv):
    """No suggestion for words unlike any of the index's, nor for known words that are not together."""
    assert iv.search("zzzzqqq").suggestion is None
    assert iv.search("Gaza Taiwan").suggestion is None
    assert (
        iv.search("frozn", speaker="interviewee").suggestion is None
    )  # 'frozen' is the question's
    assert iv.search("Gaza", syntax="fts5").suggestion is None  # hits carry no suggestion
    assert iv.search("frozn", syntax="fts5").suggestion is None  # FTS5 queries are the user's own


def test_no_hits_in_a_corpus_file_suggest_its_own_words(tmp_path):
    """A corpus file suggests from its full-text vocabulary, as the in-memory corpus does."""
    memory = ic.Corpus(small_interviews())
    with ic.Corpus.build(tmp_path / "c.db", small_interviews(), jobs=1) as stored:
        for query, suggestion in [
            ("frozn asets", "frozen assets"),
            ("obstcle -sanctions", "obstacle -sanctions"),
            ("zzzzqqq", None),
        ]:
            for level in ("paragraph", "sentence"):
                assert stored.search(query, level=level).suggestion == suggestion
                assert memory.search(query, level=level).suggestion == suggestion
    with ic.Corpus.build(tmp_path / "bundled.db", [ic.load()], jobs=1) as stored:
        assert stored.search("frozn asets").suggestion == "frozen assets"


def test_hits_are_a_list(iv):
    """Hits compare, index, slice and pickle as the list search returned before."""
    found = iv.search("Russia", limit=3)
    assert isinstance(found, list)
    assert found == list(found)
    assert found[0].rank == 1
    assert len(found[:2]) == 2
    assert found.suggestion is None
    assert repr(found) == repr(list(found))
    empty = iv.search("frozn asets")
    assert repr(empty) == "Hits([], suggestion='frozen assets')"
    again = pickle.loads(pickle.dumps(empty))
    assert (again, again.suggestion) == ([], "frozen assets")


def test_a_corpus_file_suggests_without_being_written_to(tmp_path):
    """The vocabulary is read in the connection's temp schema: the file is unchanged, and read-only suffices."""
    from interview_corpus.query._search import check_search, suggestion

    path = tmp_path / "c.db"
    ic.Corpus.build(path, small_interviews(), jobs=1).close()
    before = path.read_bytes()
    with ic.Corpus.open(path) as stored:
        assert stored.search("frozn asets").suggestion == "frozen assets"
    assert path.read_bytes() == before
    ranking = check_search("frozn asets", "paragraph", "plain", 10, ("[", "]"))
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as read_only:

        def run(sql, parameters, _query):
            return read_only.execute(sql, parameters).fetchall()

        assert suggestion(run, "paragraphs_fts", ranking, {}, "paragraphs") == "frozen assets"


def test_the_suggestion_is_looked_for_only_when_asked_for(iv, monkeypatch):
    """A search with no hits costs no more than before until its suggestion is read (then once)."""
    from interview_corpus.query import _search

    calls = []
    looked_for = _search.suggestion

    def counted(*arguments, **keywords):
        calls.append(arguments[2].query)
        return looked_for(*arguments, **keywords)

    monkeypatch.setattr(_search, "suggestion", counted)
    found = iv.search("frozn asets")
    assert (found, calls) == ([], [])
    assert (found.suggestion, found.suggestion, calls) == (
        "frozen assets",
        "frozen assets",
        ["frozn asets"],
    )
    again = pickle.loads(pickle.dumps(iv.search("frozn asets")))  # pickled with its suggestion
    assert (again.suggestion, len(calls)) == ("frozen assets", 2)
