"""Tests for the model: the lookup and iteration contract, value semantics, reprs."""

from __future__ import annotations

import copy
import gc
import pickle
import subprocess
import sys

import attrs
import pytest

import interview_corpus as ic


def test_iteration_yields_exchanges_in_order(iv):
    """len() and iteration follow the exchanges."""
    assert len(iv) == 5
    assert list(iv) == list(iv.exchanges)
    assert [exchange.number for exchange in iv] == [1, 2, 3, 4, 5]


def test_exchange_contract(iv):
    """An exchange has its id, number, question, answer and topic."""
    ex = iv.exchanges[2]
    assert (ex.id, ex.number) == ("e3", 3)
    assert isinstance(ex.question, ic.Question)
    assert isinstance(ex.answer, ic.Answer)
    assert isinstance(ex.topic, ic.Topic)
    assert ex.turns == (ex.question, ex.answer)
    assert ex.text.startswith("–\u00a0Prime Minister of Hungary")
    assert ex.text.endswith("as President Vladimir Putin has been saying all along.")


def test_questions_answers_topics(iv):
    """The collections are tuples in interview order."""
    assert iv.questions == tuple(exchange.question for exchange in iv)
    assert iv.answers == tuple(exchange.answer for exchange in iv)
    assert iv.topics == tuple(exchange.topic for exchange in iv)
    q, a = iv.questions[2], iv.answers[2]
    assert (q.id, a.id, q.number, a.number) == ("q3", "a3", 3, 3)
    assert q.speaker == iv.interviewer
    assert a.speaker == iv.interviewee
    assert a.paragraphs[1].id == "a3.p2"
    assert a.paragraphs[1].sentences[0].id == "a3.p2.s1"
    assert q.paragraphs[0].id == "q3.p1"
    assert a.sentences == tuple(s for p in a.paragraphs for s in p.sentences)


@pytest.mark.parametrize(("key", "expected"), [(3, "e3"), ("3", "e3"), ("e5", "e5"), (1, "e1")])
def test_exchange_by_number(iv, key, expected):
    """exchange() takes a 1-based number or an exchange id."""
    assert iv.exchange(key).id == expected


@pytest.mark.parametrize("key", [0, 6, -1, "x", "e0", "e6", "q3"])
def test_exchange_out_of_range(iv, key):
    """Numbers outside 1..5 and strings that are not exchange ids raise NotFoundError."""
    with pytest.raises(ic.NotFoundError) as caught:
        iv.exchange(key)
    assert caught.value.kind == "exchange"
    assert caught.value.key == key
    assert "1" in str(caught.value)
    assert "5" in str(caught.value)


@pytest.mark.parametrize("key", [2.0, None, True, ["e1"]])
def test_exchange_wrong_type(iv, key):
    """Non-int, non-str keys (and bools) raise InvalidArgumentTypeError."""
    with pytest.raises(ic.InvalidArgumentTypeError):
        iv.exchange(key)


def test_get_and_lookup(iv):
    """get() returns None or a default; lookup() raises with suggestions."""
    assert iv.get("a3.p2") is iv.answers[2].paragraphs[1]
    assert iv.get("zz") is None
    sentinel = object()
    assert iv.get("zz", sentinel) is sentinel
    assert iv.get(3) is None
    assert iv["q1"] is iv.questions[0]
    assert iv.get("middle-east") is iv.topic("middle-east")
    with pytest.raises(ic.NotFoundError) as caught:
        iv.lookup("a3.p7")
    assert caught.value.key == "a3.p7"
    assert caught.value.suggestions[:3] == ("a3.p1", "a3.p2", "a3.p3")
    assert isinstance(caught.value, LookupError)
    with pytest.raises(ic.NotFoundError):
        iv["nope"]
    with pytest.raises(ic.InvalidArgumentTypeError):
        iv.lookup(3)


def test_lookup_of_a_kind(iv):
    """lookup(id, kind) returns that kind, or raises NotFoundError saying what the id names."""
    assert iv.lookup("a3.p2", ic.Paragraph) is iv.answers[2].paragraphs[1]
    assert iv.lookup("a3", ic.Turn) is iv.lookup("a3", ic.Answer) is iv.answers[2]
    assert iv.lookup("tass-2065861:q3", ic.Question) is iv.questions[2]
    with pytest.raises(ic.NotFoundError, match=r"no sentence 'a3.p2' \(it is a paragraph\)"):
        iv.lookup("a3.p2", ic.Sentence)
    corpus = ic.Corpus([iv])
    assert corpus.lookup("tass-2065861:a3.p2.s3", ic.Sentence).id == "a3.p2.s3"
    with pytest.raises(ic.NotFoundError, match="it is an exchange"):
        corpus.lookup("tass-2065861:e3", ic.Turn)


def test_contains(iv):
    """'in' accepts ids and the interview's own objects."""
    assert "a3.p2.s1" in iv
    assert "a9" not in iv
    assert iv.answers[0] in iv
    assert ic.Topic("other", "Other") not in iv
    assert 3 not in iv


@pytest.mark.parametrize(
    "key", ["middle-east", "Middle East", "middle east", "MIDDLE_EAST", "middleeast"]
)
def test_topic_lookup_is_tolerant(iv, key):
    """Topics are found by slug or title whatever the case, spaces and dashes."""
    assert iv.topic(key).slug == "middle-east"


def test_topic_by_title(iv):
    """A topic's title finds it too."""
    assert iv.topic("Ukraine settlement").slug == "ukraine"
    assert iv.topic("asia pacific").slug == "asia-pacific"


def test_unknown_topic(iv):
    """An unknown topic raises NotFoundError listing close slugs."""
    with pytest.raises(ic.NotFoundError) as caught:
        iv.topic("midle east")
    assert caught.value.kind == "topic"
    assert caught.value.suggestions[0] == "middle-east"
    with pytest.raises(ic.InvalidArgumentTypeError):
        iv.topic(None)


def test_by_topic(iv):
    """by_topic returns the exchanges on a topic, by slug, title or Topic."""
    assert [e.id for e in iv.by_topic("europe")] == ["e3"]
    assert iv.by_topic(iv.topic("ukraine")) == (iv.exchanges[0],)
    with pytest.raises(ic.NotFoundError):
        iv.by_topic("africa")


def test_document_order_iteration(iv):
    """turns(), paragraphs() and sentences() interleave questions and answers."""
    assert [t.id for t in iv.turns()] == [f"{kind}{n}" for n in range(1, 6) for kind in "qa"]
    assert [p.id for p in iv.paragraphs()][:3] == ["q1.p1", "a1.p1", "a1.p2"]
    assert iv.sentences()[0].id == "q1.p1.s1"
    assert iv.sentences()[-1].id == "a5.p5.s3"
    starts = [s.span.start for s in iv.sentences()]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("speaker", "turn_ids"),
    [
        ("interviewee", ["a1", "a2", "a3", "a4", "a5"]),
        ("interviewer", ["q1", "q2", "q3", "q4", "q5"]),
        ("Sergei Lavrov", ["a1", "a2", "a3", "a4", "a5"]),
        ("tass", ["q1", "q2", "q3", "q4", "q5"]),
    ],
)
def test_speaker_filter(iv, speaker, turn_ids):
    """The speaker filter takes a role, a name or an alias."""
    assert [t.id for t in iv.turns(speaker=speaker)] == turn_ids


def test_speaker_filter_by_object(iv):
    """The speaker filter takes a Speaker; the same filter works on paragraphs and sentences."""
    assert len(iv.turns(speaker=iv.interviewee)) == 5
    assert len(iv.paragraphs(speaker=iv.interviewee)) == 21
    assert len(iv.sentences(speaker="interviewer")) == 17
    assert len(iv.turns(speaker=ic.Speaker("Sergey Lavrov", "interviewee"))) == 5


def test_unknown_speaker(iv):
    """An unknown speaker raises NotFoundError with suggestions."""
    with pytest.raises(ic.NotFoundError) as caught:
        iv.turns(speaker="interviewe")
    assert caught.value.kind == "speaker"
    assert caught.value.suggestions[0] == "interviewee"
    with pytest.raises(ic.InvalidArgumentTypeError):
        iv.paragraphs(speaker=42)


MODEL_CLASSES = [
    ic.Interview,
    ic.Exchange,
    ic.Question,
    ic.Answer,
    ic.Remark,
    ic.Turn,
    ic.Topic,
    ic.Speaker,
    ic.Paragraph,
    ic.Sentence,
    ic.Span,
    ic.Photo,
    ic.Segment,
]


@pytest.mark.parametrize("cls", MODEL_CLASSES)
def test_model_classes_are_frozen_slotted_attrs(cls):
    """Every model class is a frozen attrs class with slots."""
    assert attrs.has(cls)
    assert "__slots__" in vars(cls)
    assert cls.__setattr__ is not object.__setattr__


def test_objects_are_immutable(iv):
    """Assigning to a field raises attrs' FrozenInstanceError."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        iv.answers[0].text = "edited"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        iv.id = "other"  # type: ignore[misc]


def test_equal_by_value_and_hashable(iv):
    """Objects compare by value and hash consistently; copies are equal."""
    answer = iv.answers[2]
    clone = attrs.evolve(answer)
    assert clone == answer
    assert hash(clone) == hash(answer)
    assert answer != attrs.evolve(answer, number=9)
    assert len({*iv.sentences(), *iv.sentences()}) == 88
    assert copy.deepcopy(iv) == iv
    assert hash(iv) == hash(copy.deepcopy(iv))


def test_shared_equality_and_hash_follow_the_fields(iv):
    """The models' shared __eq__/__hash__ compare the fields attrs would, within one class."""
    entity = iv.entity("Iran")
    mention = iv.mentions("Iran")[0]
    for obj, field, other in [
        (iv.interviewee, "description", "someone else"),
        (entity, "note", "edited"),
        (mention, "section", "lede"),
        (iv.topic("Europe"), "summary", "edited"),
        (iv.photo, "credit", "edited"),
        (ic.Span(1, 4), "end", 5),
        (ic.Failure("a.txt", 1, 2, "why"), "reason", "other"),
    ]:
        clone = attrs.evolve(obj)
        assert clone == obj
        assert hash(clone) == hash(obj)
        assert not clone != obj  # noqa: SIM202  # __ne__ is Python's inverse of __eq__
        assert attrs.evolve(obj, **{field: other}) != obj
        assert obj != (*attrs.astuple(obj, recurse=False),)  # another class: never equal
    assert attrs.evolve(iv, rights="edited") != iv  # every field counts, not only what is hashed
    assert ic.Corpus([iv]) == ic.Corpus([copy.deepcopy(iv)])
    assert hash(ic.Corpus([iv])) == hash(ic.Corpus([copy.deepcopy(iv)]))


def test_loading_imports_no_library_a_query_needs():
    """load() and lookup() import neither sqlite3 nor the output wing: the façade imports the
    query modules, which import their libraries when a query first runs."""
    code = (
        "import sys, interview_corpus as ic\n"
        "ic.load().lookup('a3.p2')\n"
        "print(sorted({'sqlite3', 'rapidfuzz', 'interview_corpus.output'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_pickle_round_trip(iv):
    """An interview survives pickling, with its lookups intact."""
    again = pickle.loads(pickle.dumps(iv))
    assert again == iv
    assert again.lookup("a3.p2") == iv.lookup("a3.p2")
    assert again.topic("Europe") == iv.topic("Europe")


def test_reprs_are_short_and_readable(iv):
    """Reprs name the object and preview its text instead of printing all of it."""
    assert repr(iv) == (
        "Interview(id='tass-2065861', title='Foreign Minister Sergey Lavrov: "
        "Russia appreciates efforts by Trump', exchanges=5)"
    )
    assert repr(iv.answers[3]) == (
        "Answer(id='a4', speaker='Sergey Lavrov', paragraphs=6, "
        "text='In 2025, we witnessed unprecedented events with…')"
    )
    assert repr(iv.lookup("a4.p2")).startswith(
        "Paragraph(id='a4.p2', sentences=3, text='It is quite"
    )
    assert repr(iv.lookup("a4.p5.s2")) == "Sentence(id='a4.p5.s2', text='How do you disarm HAMAS?')"
    assert repr(iv.exchange(4)).startswith("Exchange(id='e4', topic='middle-east', question='There")
    for obj in [iv, *iv, *iv.turns(), *iv.paragraphs()]:
        assert len(repr(obj)) < 160


def test_span_behaviour():
    """Spans validate, unpack, measure, contain and slice."""
    span = ic.Span(2, 5)
    assert tuple(span) == (2, 5)
    assert len(span) == 3
    assert 2 in span
    assert 5 not in span
    assert ic.Span(3, 4) in span
    assert ic.Span(3, 6) not in span
    assert "x" not in span
    assert span.of("abcdefg") == "cde"
    assert span.shift(1) == ic.Span(3, 6)
    with pytest.raises(ValueError):
        ic.Span(5, 2)
    with pytest.raises(ValueError):
        ic.Span(-1, 2)


def test_topic_slug_validation():
    """Topic slugs are lowercase words joined by dashes that cannot clash with object ids."""
    assert ic.Topic("asia-pacific", "Asia-Pacific").id == "asia-pacific"
    for bad in ["Middle East", "a3", "e1", "", "-x", "q2.p1"]:
        with pytest.raises(ValueError):
            ic.Topic(bad, "Title")


def test_speaker_names():
    """A speaker is called by its name and aliases, case-insensitively."""
    speaker = ic.Speaker("Sergey Lavrov", "interviewee", ["Sergei Lavrov"])
    assert speaker.aliases == ("Sergei Lavrov",)
    assert speaker.names == ("Sergey Lavrov", "Sergei Lavrov")
    assert speaker.is_called("SERGEI LAVROV")
    assert not speaker.is_called("Lavrov")


def test_cite(iv):
    """cite() names the source, the id and the character span; topics cannot be cited."""
    assert iv.cite("q1") == (
        'TASS, "Foreign Minister Sergey Lavrov: Russia appreciates efforts by Trump", 2025-12-28, '
        f"https://tass.com/politics/2065861; tass-2065861:q1, characters {iv.lookup('q1').span.start}–"
        f"{iv.lookup('q1').span.end}"
    )
    assert ic.parse("– Q?\n\n– A.", id="x").cite("a1") == "x:a1, characters 8–10"
    with pytest.raises(ic.ArgumentValueError):
        iv.cite("europe")
    with pytest.raises(ic.NotFoundError):
        iv.cite("a9")


def test_cited_ids_resolve_back(iv):
    """The qualified id cite() prints resolves with iv.lookup and corpus.lookup."""
    citation = iv.cite("a3.p2.s3")
    qualified = citation.split("; ")[-1].split(",")[0]
    assert qualified == "tass-2065861:a3.p2.s3"
    assert iv.lookup(qualified) is iv.lookup("a3.p2.s3") is iv.get(qualified)
    assert iv.get("other:a3.p2.s3") is None
    assert ic.Corpus([iv]).lookup(qualified) is iv.lookup("a3.p2.s3")
    with pytest.raises(ic.NotFoundError, match="this is the interview 'tass-2065861'"):
        iv.lookup("other:a3.p2.s3")
    with pytest.raises(ic.NotFoundError):
        ic.Corpus([iv]).lookup("a3.p2.s3")


# Methods without arguments that do work each call, as the docs allow: name -> why.
WORK_WITHOUT_ARGUMENTS = {
    "Reading.table": "renders a new text table each call (on main, from the reader rewrite)",
    "CorpusFile.close": "closes the database connection",
    "CorpusFile.verify": "re-checks every stored source and span against the file",
    "CorpusFile.to_corpus": "parses every interview of the file into an in-memory Corpus",
    "TextMatch.record": "builds a new dict each call: a row to change or serialise, as records() rows are",
}


def test_properties_for_what_objects_have_methods_for_what_takes_arguments():
    """The documented rule: every public method takes an argument; a fixed collection is a property."""
    import inspect

    for name in ic.__all__:
        cls = getattr(ic, name)
        if not inspect.isclass(cls) or issubclass(cls, BaseException):
            continue
        for attribute, value in vars(cls).items():
            if attribute.startswith("_") or not inspect.isfunction(value):
                continue
            parameters = list(inspect.signature(value).parameters)[1:]
            if f"{name}.{attribute}" in WORK_WITHOUT_ARGUMENTS:
                continue
            assert parameters, (
                f"{name}.{attribute}() takes no argument: make it a property, or list it in "
                "WORK_WITHOUT_ARGUMENTS with the work it does"
            )


def test_exchange_and_corpus_have_the_missing_forms(iv):
    """Exchange.paragraphs/.sentences and Corpus.paragraphs()/.sentences() exist, as for turns."""
    exchange = iv.exchange(2)
    assert exchange.paragraphs == tuple(p for t in exchange.turns for p in t.paragraphs)
    assert exchange.sentences == tuple(s for p in exchange.paragraphs for s in p.sentences)
    corpus = ic.Corpus([iv])
    assert [p for _, p in corpus.paragraphs("Lavrov")] == list(iv.paragraphs("Lavrov"))
    assert [s for _, s in corpus.sentences()] == list(iv.sentences())


def _imports(path):
    """Every ``from .x import y`` in a module, with whether it is for type checkers only."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    checking = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
        for node in ast.walk(block)
    }
    return [
        (node.module or "", [alias.name for alias in node.names], id(node) in checking)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level >= 1
    ]


def test_no_module_imports_another_modules_private_names():
    """What modules share has a public name; a leading underscore means the module's own."""
    from pathlib import Path

    package = Path(ic.__file__).parent

    def is_module(path, module, name):
        # "from .model import _objects" names a module (for type checkers, beside a lazy_module)
        folder = path.parent
        while not (folder / module.replace(".", "/")).is_dir() and folder != package.parent:
            folder = folder.parent
        return (folder / module.replace(".", "/") / f"{name}.py").is_file()

    reached = [
        f"{path.name}: from .{module} import {name}"
        for path in sorted(package.rglob("*.py"))
        for module, names, _ in _imports(path)
        for name in names
        # "from . import _markup" in a package's __init__ imports a module of the package
        if module
        and name.startswith("_")
        and not name.startswith("__")
        and not is_module(path, module, name)
    ]
    assert reached == []


# -- lean objects: text sliced from the source, sentences split on first use --------------------


def _text_bearing(interview):
    for turn in interview.turns():
        yield turn
        yield from turn.paragraphs
    yield from interview.exchanges
    yield from interview.segments


def test_objects_keep_no_copy_of_their_text():
    """Every text-bearing object holds the interview's one source string, not a copy of its text."""
    interview = ic.parse(ic.load().source, id="x")
    for obj in _text_bearing(interview):
        assert obj._text is interview.source
        assert obj.text == interview.source[obj.span.start : obj.span.end]
    for sentence in interview.sentences():
        assert sentence._text is interview.source


def test_sentences_are_split_on_first_use():
    """Parsing splits no sentence; asking a paragraph for them splits it, once."""
    interview = ic.parse(ic.load().source, id="x")
    paragraph = interview.lookup("a3.p2")
    assert paragraph._cache.sentences is None
    first = paragraph.sentences
    assert paragraph.sentences is first
    assert [sentence.id for sentence in first][:2] == ["a3.p2.s1", "a3.p2.s2"]
    assert interview.lookup("a3.p2.s6") is first[5]
    assert interview.get("a3.p2.s7") is None
    assert "a3.p2.s6" in interview
    assert "a3.p2.s06" not in interview
    assert "a3.p2.s²" not in interview


def test_a_callers_segmenter_runs_while_parsing():
    """A segmenter the caller gives runs at parse time, so its errors are the parse's."""
    with pytest.raises(ic.InvalidArgumentTypeError, match="segmenter"):
        ic.parse("– Why?\n\n– Because.", id="x", segmenter=lambda _text: 5)
    calls = []

    def whole(text):
        calls.append(text)
        return [(0, len(text))]

    interview = ic.parse("– Why? Now.\n\n– Because. So.", id="x", segmenter=whole)
    assert calls == ["Why? Now.", "Because. So."]
    assert [s.text for s in interview.sentences()] == ["Why? Now.", "Because. So."]


def test_equality_compares_text_not_what_holds_it():
    """An object made by hand with its own text equals the parsed one; another text does not."""
    interview = ic.load()
    parsed = interview.lookup("a3.p2.s3")
    by_hand = ic.Sentence(parsed.id, parsed.number, parsed.span, parsed.text, parsed.paragraph_id)
    assert by_hand == parsed
    assert hash(by_hand) == hash(parsed)
    other = ic.Sentence(
        parsed.id, parsed.number, parsed.span, "x" * len(parsed.span), parsed.paragraph_id
    )
    assert other != parsed
    paragraph = interview.lookup("a3.p2")
    explicit = ic.Paragraph(
        paragraph.id,
        paragraph.number,
        paragraph.span,
        paragraph.text,
        paragraph.sentences,
        paragraph.turn_id,
    )
    assert explicit == paragraph
    assert hash(explicit) == hash(paragraph)
    assert ic.parse(interview.source, id="x").paragraphs() == interview.paragraphs()


def test_text_of_the_wrong_length_is_refused():
    """A text that is neither as long as the span nor a source the span lies in is an error."""
    with pytest.raises(ic.ArgumentValueError, match="as long as its span"):
        ic.Sentence("a1.p1.s1", 1, ic.Span(5, 10), "abc", "a1.p1")
    with pytest.raises(ic.InvalidArgumentTypeError):
        ic.Sentence("a1.p1.s1", 1, ic.Span(0, 3), None, "a1.p1")  # type: ignore[arg-type]


def test_pickles_hold_the_source_once():
    """A pickled interview stores its source once, not once per object, and comes back equal."""
    interview = ic.parse(ic.load().source, id="x")
    data = pickle.dumps(interview)
    assert len(data) < 3 * len(interview.source.encode())
    again = pickle.loads(data)
    assert again == interview
    assert again.lookup("a3.p2.s1") == interview.lookup("a3.p2.s1")
    assert again.lookup("a3.p2")._text is again.source


def test_sentences_are_split_once_however_many_threads_ask(monkeypatch):
    """Threads asking a paragraph for its sentences at once get one split, the same tuple."""
    import threading
    import time

    from interview_corpus.model import _objects as _model

    paragraph = ic.parse(ic.load().source, id="x").lookup("a3.p2")
    calls = []
    split = _model._split

    def slow(paragraph):
        calls.append(paragraph.id)
        time.sleep(0.05)  # wide enough for every thread to arrive while the first splits
        return split(paragraph)

    monkeypatch.setattr(_model, "_split", slow)
    barrier = threading.Barrier(8)
    found = []

    def ask():
        barrier.wait()
        found.append(paragraph.sentences)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["a3.p2"]
    assert all(sentences is found[0] for sentences in found)


def _segments_alive() -> int:
    return sum(type(thing) is ic.Segment for thing in gc.get_objects())


def test_the_layout_segments_are_made_on_first_use():
    """Parsing makes no segment for the turns (thousands in a long transcript) until one is asked for."""
    before = _segments_alive()
    iv = ic.parse("Q: Why?\n\nA: Because.\n\nQ: When?\n\nA: Now.", id="x")
    assert _segments_alive() == before
    kinds = [segment.kind for segment in iv.segments]
    assert kinds == ["turn-marker", "paragraph", "separator"] * 3 + ["turn-marker", "paragraph"]
    assert _segments_alive() == before + len(kinds)
    assert iv.segments is iv.segments  # made once
    assert ic.from_json(ic.to_json(iv)) == iv


def test_a_turn_knows_its_exchange():
    """Questions, follow-ups and answers name their exchange; remarks and statements none."""
    iv = ic.parse("Q: Thank you.\n\nQ: And why?\n\nA: Because.", id="x")
    assert [(turn.id, turn.exchange_id) for turn in iv.turns()] == [
        ("q1", "e1"),
        ("q1b", "e1"),
        ("a1", "e1"),
    ]
    text = "Moderator: Welcome.\n\nQuestion: Why?\n\nSergey Lavrov: Because."
    assert ic.parse(text, id="x").remarks[0].exchange_id is None
    bundled = ic.load()
    assert all(turn.exchange_id == exchange.id for exchange in bundled for turn in exchange.turns)


def test_a_sentence_pickles_as_a_plain_value():
    """A pickled sentence holds its own text, not the interview's source, and reads back equal."""
    import pickle

    iv = ic.load()
    sentence = iv.lookup("a3.p2.s1")
    pickled = pickle.dumps(sentence)
    assert len(pickled) < 1000
    again = pickle.loads(pickled)
    assert again == sentence
    assert again.text == iv.source[again.span.start : again.span.end]
    assert hash(again) == hash(sentence)


def test_a_paragraph_pickles_as_a_plain_value():
    """A pickled paragraph holds its own text, not the source nor the entity index, and reads back
    equal, with its text, span, id and sentences."""
    iv = ic.load()
    paragraph = iv.lookup("a3.p2")
    pickled = pickle.dumps(paragraph)
    assert len(pickled) < 2000
    assert iv.source[:2000].encode() not in pickled
    again = pickle.loads(pickled)
    assert again == paragraph
    assert hash(again) == hash(paragraph)
    assert (again.id, again.span, again.text) == (paragraph.id, paragraph.span, paragraph.text)
    assert again.sentences == paragraph.sentences
    assert again.mentions == ()  # alone, it has no interview to ask


def test_turns_and_exchanges_pickle_without_the_source():
    """A turn or an exchange pickles with its own text, and reads back equal."""
    iv = ic.load()
    for part in (iv.lookup("a3"), iv.lookup("q1"), iv.exchange(3)):
        pickled = pickle.dumps(part)
        assert len(pickled) < len(iv.source)
        assert pickle.loads(pickled) == part


def test_a_paragraph_split_by_a_given_segmenter_pickles_its_sentences():
    """A paragraph split by the caller's function pickles its sentences, not the function."""
    iv = ic.parse("Q: One. Two.\n\nA: Three.", id="x", segmenter=lambda text: [(0, len(text))])
    paragraph = iv.lookup("q1.p1")
    again = pickle.loads(pickle.dumps(paragraph))
    assert [sentence.text for sentence in again.sentences] == ["One. Two."]
    assert again == paragraph


def test_mentions_are_found_through_the_interview():
    """Paragraphs, turns and exchanges of the bundled interview find their mentions."""
    iv = ic.load()
    assert [m.text for m in iv.lookup("a1.p2").mentions] == [
        m.text for m in iv.mentions() if m.paragraph_id == "a1.p2"
    ]
    assert iv.lookup("a1").mentions == tuple(m for m in iv.mentions() if m.turn_id == "a1")
    assert iv.exchange(1).mentions == tuple(m for m in iv.mentions() if m.turn_id in {"q1", "a1"})
    assert iv.lookup("a1.p2").mentions != ()


def test_paragraphs_compare_by_their_text_not_by_their_split():
    """Two paragraphs of one text are equal however they are split into sentences."""
    text = "Q: One. Two.\n\nA: Three."
    by_default = ic.parse(text, id="x").lookup("q1.p1")
    whole = ic.parse(text, id="x", segmenter=lambda text: [(0, len(text))]).lookup("q1.p1")
    assert len(by_default.sentences) != len(whole.sentences)
    assert by_default == whole
