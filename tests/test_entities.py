"""Tests for the entity lexicon and mentions: matching rules, lookups, filters, fidelity."""

from __future__ import annotations

import pickle
import re
from collections import Counter

import pytest

import interview_corpus as ic
from interview_corpus.model._entities import compile_lexicon

EXPECTED = {
    # entity name: number of mentions in the bundled text (headline, lede, caption, credit, turns)
    "Russia": 28,
    "United States": 16,
    "Europe": 11,
    "Ukraine": 10,
    "Taiwan": 9,
    "China": 8,
    "European Union": 6,
    "Israel": 6,
    "Iran": 6,
    "Donald Trump": 5,
    "the West": 4,
    "Palestine": 4,
    "Sergey Lavrov": 3,
    "Middle East": 3,
    "Gaza": 3,
    "Japan": 3,
    "TASS": 2,
    "Vladimir Zelensky": 2,
    "Russian Armed Forces": 2,
    "US National Security Strategy": 2,
    "NATO": 2,
    "Kristina Kormilitsyna": 1,
    "Hungary": 1,
    "Viktor Orban": 1,
    "Ursula von der Leyen": 1,
    "Friedrich Merz": 1,
    "Keir Starmer": 1,
    "Emmanuel Macron": 1,
    "Vladimir Putin": 1,
    "IAEA": 1,
    "HAMAS": 1,
    "Asia-Pacific Region": 1,
    "Taiwan Strait": 1,
    "Treaty of Good-Neighbourliness and Friendly Cooperation between Russia and China (2001)": 1,
}


def test_lexicon_covers_the_names_the_issue_lists(iv):
    """The lexicon holds every person, place, organisation and document named."""
    for name in [
        "Donald Trump",
        "Vladimir Zelensky",
        "Vladimir Putin",
        "Viktor Orban",
        "Ursula von der Leyen",
        "Friedrich Merz",
        "Keir Starmer",
        "Emmanuel Macron",
        "Sergey Lavrov",
        "Russia",
        "Ukraine",
        "United States",
        "European Union",
        "Hungary",
        "Israel",
        "Iran",
        "Gaza",
        "China",
        "Taiwan",
        "Japan",
        "NATO",
        "IAEA",
        "HAMAS",
        "TASS",
        "US National Security Strategy",
    ]:
        assert iv.entity(name).name == name
    assert iv.entity("2001 Russia–China Treaty").kind == "document"
    assert Counter(entity.kind for entity in iv.lexicon) == {
        "person": 10,
        "place": 16,
        "organization": 6,
        "document": 2,
    }


def test_mention_counts(iv):
    """Each entity is mentioned exactly as often as the text names it."""
    assert Counter(m.entity.name for m in iv.mentions()) == EXPECTED
    assert len(iv.mentions()) == 148


def test_every_alias_occurs_and_every_mention_reproduces_its_text(iv):
    """Every matched name of the lexicon occurs; every mention's span gives its text."""
    matched = Counter((m.entity.id, m.text[:1].lower() + m.text[1:]) for m in iv.mentions())
    for entity in iv.lexicon:
        for name, _form in entity.forms:
            assert matched[(entity.id, name[:1].lower() + name[1:])] >= 1, (entity.id, name)
    for mention in iv.mentions():
        assert iv.source[mention.span.start : mention.span.end] == mention.text


def test_other_names_find_but_never_match(iv):
    """Spellings the text does not use (Kyiv, Zelensky alone) find the entity but match nothing."""
    assert iv.entity("Kyiv").id == "ukraine"
    assert iv.entity("zelensky").id == "vladimir-zelensky"
    assert "Kyiv" not in iv.source
    assert all(m.text != "Kyiv" for m in iv.mentions())


def test_entities_are_in_order_of_first_mention(iv):
    """iv.entities starts with the headline's names and lists each entity once."""
    names = [entity.name for entity in iv.entities]
    assert names[:3] == ["Sergey Lavrov", "Russia", "Donald Trump"]
    assert len(names) == len(set(names)) == len(iv.lexicon)
    firsts = {}
    for mention in iv.mentions():
        firsts.setdefault(mention.entity.name, mention.span.start)
    assert names == sorted(names, key=firsts.__getitem__)


@pytest.mark.parametrize(
    ("key", "entity_id"),
    [
        ("Zelensky", "vladimir-zelensky"),
        ("ZELENSKY", "vladimir-zelensky"),
        ("Sergei Lavrov", "sergey-lavrov"),
        ("the PRC", "china"),
        ("Beijing", "china"),
        ("washington", "united-states"),
        ("US", "united-states"),
        ("EU", "european-union"),
        ("Brussels", "european-union"),
        ("Tehran", "iran"),
        ("Iranian", "iran"),
        ("the Gaza Strip", "gaza"),
        ("Taipei", "taiwan"),
        ("united-states", "united-states"),
    ],
)
def test_entity_lookup(iv, key, entity_id):
    """iv.entity finds by canonical name, alias, demonym, metonym, other name or id, any case."""
    assert iv.entity(key).id == entity_id


def test_unknown_entity(iv):
    """An unknown name raises NotFoundError with suggestions."""
    with pytest.raises(ic.NotFoundError) as caught:
        iv.entity("Zelenski")
    assert caught.value.kind == "entity"
    assert "Zelensky" in caught.value.suggestions
    with pytest.raises(ic.InvalidArgumentTypeError):
        iv.entity(3)


def test_mentions_of_one_entity(iv):
    """mentions('Zelensky') lists both mentions, with paragraph and sentence ids."""
    mentions = iv.mentions("Zelensky")
    assert [(m.text, m.paragraph_id, m.sentence_id, m.form) for m in mentions] == [
        ("Vladimir Zelensky", "a1.p2", "a1.p2.s1", "name"),
        ("Vladimir Zelensky", "a1.p4", "a1.p4.s1", "name"),
    ]
    assert iv.source[mentions[0].span.end : mentions[0].span.end + 2] == "’s"
    assert mentions[0].turn_id == "a1"


def test_demonyms_and_metonyms_count(iv):
    """Demonyms and stand-in names are mentions of their entity, marked by form."""
    ukraine = Counter(m.form for m in iv.mentions("Ukraine"))
    assert ukraine == {"name": 5, "demonym": 1, "metonym": 4}
    kiev = [m for m in iv.mentions("Ukraine") if m.form == "metonym"]
    assert [m.text for m in kiev] == ["Kiev"] * 4
    contexts = [iv.source[m.span.start - 4 : m.span.end + 7] for m in kiev]
    assert contexts.count("the Kiev regime") == 2
    europe = {m.text for m in iv.mentions("Europe")}
    assert europe == {"Europe", "European", "Europeans"}
    capitals = iv.source.index("European capitals")
    assert any(m.span.start == capitals and m.entity.id == "europe" for m in iv.mentions())
    assert {m.text for m in iv.mentions("Iran") if m.form == "demonym"} == {"Iranian", "Iranians"}


def test_longest_name_wins(iv):
    """'European Union' is not also Europe; 'Russian army' is the armed forces, not Russia."""
    union = iv.source.index("European Union")
    at_union = [m for m in iv.mentions() if m.span.start == union]
    assert [(m.entity.id, m.text) for m in at_union] == [("european-union", "European Union")]
    army = iv.source.index("Russian army")
    assert [m.entity.id for m in iv.mentions() if m.span.start == army] == ["russian-armed-forces"]


def test_acronyms_keep_their_case():
    """'US' matches US but not 'us' or 'USA'; the first letter may change case at a sentence start."""
    lexicon = [
        ic.Entity("united-states", "United States", "place", aliases=["US"]),
        ic.Entity("gaza", "Gaza", "place", aliases=["the Gaza Strip"]),
    ]
    text = "– Did the US help us? USA? The Gaza Strip and the Gaza Strip.\n\n– Yes, US-made."
    iv = ic.parse(text, id="case", entities=lexicon)
    assert [(m.text, m.entity.id) for m in iv.mentions()] == [
        ("US", "united-states"),
        ("The Gaza Strip", "gaza"),
        ("the Gaza Strip", "gaza"),
        ("US", "united-states"),
    ]


def test_header_mentions(iv):
    """Headline, caption, credit and lede mentions have no paragraph; navigation has none."""
    header = iv.header_mentions
    assert [(m.text, m.section) for m in header] == [
        ("Sergey Lavrov", "headline"),
        ("Russia", "headline"),
        ("Trump", "headline"),
        ("Russia", "caption"),
        ("Sergei Lavrov", "caption"),
        ("Kristina Kormilitsyna", "credit"),
        ("TASS", "credit"),
        ("Russian", "lede"),
        ("Sergey Lavrov", "lede"),
        ("TASS", "lede"),
    ]
    assert all(m.paragraph_id is None and m.sentence_id is None for m in header)
    assert iv.mentions()[: len(header)] == header


def test_filters(iv):
    """speaker=, topic= and kind= filter mentions; speaker and topic leave only turns."""
    assert len(iv.mentions("TASS", speaker="interviewer")) == 0
    by_lavrov = iv.mentions(speaker="Lavrov")
    assert by_lavrov
    assert all(m.paragraph_id.startswith("a") for m in by_lavrov)
    europe = iv.mentions(topic="europe")
    assert {m.paragraph_id.split(".")[0] for m in europe} == {"q3", "a3"}
    people = iv.mentions(kind="person")
    assert {m.entity.kind for m in people} == {"person"}
    assert [m.entity.name for m in iv.mentions(kind="document")] == [
        "US National Security Strategy",
        "US National Security Strategy",
        "Treaty of Good-Neighbourliness and Friendly Cooperation between Russia and China (2001)",
    ]
    assert len(iv.mentions(kind="person", topic="europe", speaker="interviewee")) == 5
    with pytest.raises(ic.ArgumentValueError):
        iv.mentions(kind="people")
    with pytest.raises(ic.NotFoundError):
        iv.mentions(topic="africa")


def test_mentions_reachable_from_where_they_occur(iv):
    """Paragraphs, turns and exchanges list their own mentions, in order."""
    all_in_turns = [m for m in iv.mentions() if m.section == "turn"]
    assert [m for p in iv.paragraphs() for m in p.mentions] == all_in_turns
    assert [m for t in iv.turns() for m in t.mentions] == all_in_turns
    assert [m for e in iv for m in e.mentions] == all_in_turns
    for paragraph in iv.paragraphs():
        for mention in paragraph.mentions:
            assert mention.span in paragraph.span
            assert mention.sentence_id.startswith(paragraph.id + ".s")
            assert mention.span in iv.lookup(mention.sentence_id).span


def test_no_lexicon_means_no_mentions():
    """A parsed text without a lexicon has no entities and no mentions."""
    iv = ic.parse("– Was Trump there?\n\n– Yes.", id="plain")
    assert iv.lexicon == ()
    assert iv.entities == ()
    assert iv.mentions() == ()
    assert iv.paragraphs()[0].mentions == ()
    with pytest.raises(ic.NotFoundError):
        iv.entity("Trump")


def test_lexicon_is_read_lazily():
    """A lexicon given as a function is called only when entities are first needed, once."""
    calls = []

    def lexicon():
        calls.append(1)
        return [ic.Entity("trump", "Donald Trump", "person", aliases=["Trump"])]

    iv = ic.parse("– Was Trump there?\n\n– Trump was.", id="lazy", entities=lexicon)
    assert calls == []
    assert [m.paragraph_id for m in iv.mentions("Trump")] == ["q1.p1", "a1.p1"]
    assert iv.entity("trump").name == "Donald Trump"
    assert calls == [1]


def test_bad_lexicons():
    """Duplicate ids, shared names and empty names are refused when the interview is built."""
    person = ic.Entity("a-b", "A B", "person", aliases=["A B"])
    for lexicon in (
        [person, person],
        [person, ic.Entity("c-d", "C D", "person", aliases=["A B"])],
        [ic.Entity("e-f", "E F", "person", aliases=[" "])],
    ):
        with pytest.raises(ic.ArgumentValueError):  # at construction, not at the first use
            ic.parse("– Q?\n\n– A B.", id="bad", entities=lexicon)
    with pytest.raises(ValueError):
        ic.Entity("x-y", "X", "animal")
    with pytest.raises(ValueError):
        ic.Entity("Bad Id", "X", "person")


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"aliases": "Harbour"}, "names are a list of str, not one str: write ['Harbour']"),
        ({"metonyms": ["Port", 5]}, "names are str, not int: 5"),
        ({"name": 5}, "an entity's name is a str, not int"),
        ({"note": 5}, "an entity's note is a str or None, not int"),
    ],
)
def test_entity_fields_are_checked(fields, words):
    """An Entity refuses a bare str for its names (seven one-letter aliases) and a name that is no str."""
    with pytest.raises(ic.InvalidArgumentTypeError) as error:
        ic.Entity(**{"id": "harbour", "name": "Harbour", "kind": "place", **fields})
    assert str(error.value) == words


def test_pickled_interview_keeps_its_mentions(iv):
    """Pickling keeps the lexicon and recomputes mentions on demand."""
    again = pickle.loads(pickle.dumps(iv))
    assert again.mentions() == iv.mentions()
    assert again.lookup("a1.p2").mentions == iv.lookup("a1.p2").mentions


def test_trie_pattern_matches_like_a_longest_first_alternation():
    """The compiled trie finds exactly what a flat longest-first alternation would."""
    names = ["Taiwan", "Taiwan Strait", "Taiwanese", "US", "USSR", "the West", "the PRC", "Iran"]
    lexicon = [
        ic.Entity(f"e-{number}", name, "place", aliases=[name]) for number, name in enumerate(names)
    ]
    matcher = compile_lexicon(lexicon)
    text = "Taiwan Strait, Taiwanese, Taiwan; The West and the PRC; US, USSR, Irania, Iran."
    flat = re.compile(
        r"(?<!\w)(?:"
        + "|".join(
            re.escape(n[0].upper())
            + re.escape(n[1:])
            + "|"
            + re.escape(n[0].lower())
            + re.escape(n[1:])
            for n in sorted(names, key=len, reverse=True)
        )
        + r")(?!\w)"
    )
    assert [text[s:e] for s, e, _, _ in matcher.find(text, 0, len(text))] == [
        m.group() for m in flat.finditer(text)
    ]


def test_bad_lexicon_read_on_first_use_is_reported_then():
    """A lexicon given as a function is checked when it is read, on first use."""
    person = ic.Entity("a-b", "A B", "person")
    iv = ic.parse("– Q?\n\n– A B.", id="bad", entities=lambda: [person, person])
    with pytest.raises(ic.ArgumentValueError, match="two entities have the id 'a-b'"):
        iv.mentions()


def test_comparing_interviews_does_not_read_their_lexicons():
    """Two interviews with unread lexicons compare without reading them (no file is opened)."""
    reads = []

    def lexicon():
        reads.append(1)
        return [ic.Entity("a-b", "A B", "person", aliases=["A B"])]

    text = "– Q?\n\n– A B."
    first = ic.parse(text, id="x", entities=lexicon)
    second = ic.parse(text, id="x", entities=lexicon)
    assert first == second
    assert reads == []
    assert first.mentions()[0].text == "A B"
    assert reads == [1]


def test_no_frozen_object_is_changed_after_construction():
    """The entity index lives in a mutable holder; the package never calls object.__setattr__."""
    import inspect

    from interview_corpus.model import _entities

    assert "object.__setattr__" not in inspect.getsource(_entities)
    paragraph = ic.load().lookup("a1.p2")
    assert paragraph.mentions == ic.load().lookup("a1.p2").mentions
