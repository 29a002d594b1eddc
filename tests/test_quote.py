"""Quote verification: verdicts, locations, differences, the corpus path, and the properties."""

from __future__ import annotations

import json
import re

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

import interview_corpus as ic

from .helpers import FIXTURES, python_lines

SENTENCE = "These ambitions have literally blinded them."  # a3.p2.s3, 5208–5252


class TestVerdicts:
    def test_a_verbatim_quote_is_located_to_the_character(self, iv):
        """A quote copied from the text is verbatim, with its sentence id, span, speaker and exchange."""
        check = iv.check_quote(SENTENCE)
        assert check.verdict == "verbatim"
        assert check.ok is True
        assert check.ids == ("a3.p2.s3",)
        assert check.spans == (ic.Span(5208, 5252),)
        assert iv.source[5208:5252] == SENTENCE
        assert (check.speaker, check.exchange_id, check.interview_id) == (
            "Sergey Lavrov",
            "e3",
            "tass-2065861",
        )
        assert check.score == 1.0
        assert check.by_interviewer is False

    def test_straight_apostrophes_are_verbatim_up_to_typography(self, iv):
        """A straight apostrophe where the text has a curly one is a typographic difference only."""
        check = iv.check_quote("the conflict's root causes")
        assert check.verdict == "typography"
        assert check.matches[0].text == "the conflict’s root causes"
        assert check.ok is True

    def test_curly_quotation_marks_around_the_quote_are_not_part_of_it(self, iv):
        """“…” around a quote are the reporter's, not the speaker's."""
        assert iv.check_quote(f"“{SENTENCE}”").verdict == "verbatim"

    def test_case_dashes_and_spaces_are_typography(self, iv):
        """Case, a hyphen for an en dash and a doubled space do not make a quote altered."""
        check = iv.check_quote("fact - I hope they get to read  this interview - is to repeat")
        assert check.verdict == "typography"
        assert check.ids == ("a3.p3.s1",)

    def test_a_no_break_space_in_the_text_matches_a_space(self):
        """A quote with a plain space where the text has a no-break space is typography."""
        iv = ic.parse("– How much?\n\n– It costs 5\xa0000 roubles.", id="x")
        check = iv.check_quote("It costs 5 000 roubles.")
        assert check.verdict == "typography"
        assert check.matches[0].text == "It costs 5\xa0000 roubles."

    def test_a_changed_word_is_reported_with_both_words(self, iv):
        """One word changed: altered, with the source's and the quote's word and the span."""
        check = iv.check_quote("These ambitions have totally blinded them.")
        assert check.verdict == "altered"
        assert check.ok is False
        [difference] = check.differences
        assert (difference.kind, difference.source, difference.quote) == (
            "changed",
            "literally",
            "totally",
        )
        assert iv.source[difference.span.start : difference.span.end] == "literally"
        assert check.diff == "a3.p2.s3: These ambitions have [-literally-]{+totally+} blinded them."

    def test_a_dropped_and_an_inserted_word_are_reported(self, iv):
        """Words left out and words added are differences of their own kinds."""
        dropped = iv.check_quote("These ambitions have blinded them.")
        inserted = iv.check_quote("These ambitions have literally blinded them all.")
        assert [(d.kind, d.source) for d in dropped.differences] == [("dropped", "literally")]
        assert [(d.kind, d.quote) for d in inserted.differences] == [("inserted", "all")]
        assert dropped.verdict == inserted.verdict == "altered"

    @pytest.mark.parametrize("ellipsis", ["…", "...", " [...] ", " (…) ", " […] "])
    def test_an_ellipsis_within_a_passage_is_an_omission(self, iv, ellipsis):
        """Text left out at an ellipsis, pieces in order in one turn: editorial, one passage."""
        quote = f"Russia appreciates efforts{ellipsis}the conflict’s root causes."
        check = iv.check_quote(quote)
        assert (check.verdict, check.ok) == ("editorial", True)
        [match] = check.matches
        assert match.ids == ("a1.p1.s1", "a1.p1.s2")
        assert match.text.startswith("Russia appreciates efforts by President")
        assert match.text.endswith("the conflict’s root causes.")
        [omitted] = check.differences
        assert omitted.kind == "omitted"
        assert omitted.source.startswith(" by President of the United States")
        assert "{+…+}the conflict’s" in check.diff

    def test_pieces_across_an_ellipsis_from_different_answers_are_stitched(self, iv):
        """An ellipsis joining two answers is no omission: stitched, each piece located."""
        check = iv.check_quote(f"Russia appreciates efforts … {SENTENCE}")
        assert (check.verdict, check.ok) == ("stitched", False)
        assert [match.ids for match in check.matches] == [("a1.p1.s1",), ("a3.p2.s3",)]

    def test_pieces_out_of_order_are_stitched(self, iv):
        """Pieces of one turn put in another order are stitched."""
        check = iv.check_quote("the conflict’s root causes … Russia appreciates efforts")
        assert check.verdict == "stitched"

    def test_sentences_of_one_turn_skipping_one_without_an_ellipsis_are_stitched(self, iv):
        """Text left out with no ellipsis to say so is not a convention."""
        first, _, third = (sentence.text for sentence in iv.lookup("a3.p2").sentences[:3])
        check = iv.check_quote(f"{first} {third}")
        assert check.verdict == "stitched"

    def test_sentences_from_different_places_are_stitched(self, iv):
        """Two sentences joined without an ellipsis, from two answers, are stitched."""
        check = iv.check_quote(
            f"{SENTENCE} Russia recognises Taiwan as an integral part of China and stands "
            "against the island’s independence in any form."
        )
        assert check.verdict == "stitched"
        assert check.ids == ("a3.p2.s3", "a5.p3.s2")

    def test_a_piece_not_in_the_text_makes_a_stitched_quote_altered(self, iv):
        """If one piece of an ellipsis quote is not there, the quote is altered and the piece listed."""
        check = iv.check_quote("Russia appreciates efforts … and we will win by Christmas.")
        assert check.verdict == "altered"
        assert check.unmatched == ("and we will win by Christmas.",)
        assert check.ids == ("a1.p1.s1",)

    def test_the_interviewers_words_are_flagged(self, iv):
        """A quote from a question says it is the interviewer's, not the interviewee's."""
        check = iv.check_quote("Will the West finally understand how Kiev uses its money")
        assert check.verdict == "verbatim"
        assert check.by_interviewer is True
        assert (check.speaker, check.matches[0].role) == ("TASS", "interviewer")
        assert "these are the interviewer's words" in str(check)

    def test_a_quote_that_is_not_there_is_not_found(self, iv):
        """Words the interview does not contain give not-found and no location."""
        check = iv.check_quote(
            "We shall fight on the beaches, we shall fight on the landing grounds."
        )
        assert (check.verdict, check.matches, check.ids, check.speaker) == (
            "not-found",
            (),
            (),
            None,
        )
        assert check.score == 0.0

    def test_a_fragment_of_a_word_is_not_a_verbatim_quote(self, iv):
        """'hi' is in 'within' but is not a quotation of anything."""
        assert iv.check_quote("hi").verdict == "not-found"

    def test_a_quote_of_several_paragraphs_is_found(self, iv):
        """A whole answer of several paragraphs, its paragraph breaks as spaces, is typography."""
        answer = iv.lookup("a3")
        quote = " ".join(paragraph.text for paragraph in answer.paragraphs)
        check = iv.check_quote(quote)
        assert check.verdict in ("verbatim", "typography")
        assert check.spans == (answer.span,)

    @pytest.mark.parametrize(
        "quote", ["...Russia appreciates efforts", "Russia appreciates efforts…"]
    )
    def test_an_ellipsis_at_either_end_only_marks_a_cut(self, iv, quote):
        """A quote that starts or ends with an ellipsis is still verbatim."""
        check = iv.check_quote(quote)
        assert (check.verdict, check.spans) == ("verbatim", (ic.Span(745, 771),))

    def test_a_changed_word_in_a_long_quote_is_found(self, iv):
        """A whole answer of six paragraphs with one word changed: altered at that word only."""
        answer = iv.lookup("a4")
        check = iv.check_quote(answer.text.replace("unprecedented", "extraordinary"))
        assert check.verdict == "altered"
        assert [(d.kind, d.source, d.quote) for d in check.differences] == [
            ("changed", "unprecedented", "extraordinary")
        ]
        assert check.spans == (answer.span,)

    def test_the_result_is_a_frozen_value(self, iv):
        """A check cannot be changed after the fact, and equal checks are equal."""
        check = iv.check_quote(SENTENCE)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            check.verdict = "not-found"  # type: ignore[misc]
        assert check == iv.check_quote(SENTENCE)

    def test_a_checked_interview_pickles_without_its_folded_copies(self):
        """After a check the interview still pickles, equal and about as small as before."""
        import pickle

        iv = ic.parse(ic.load().source, id="fresh")
        before = len(pickle.dumps(iv))
        iv.check_quote(SENTENCE)
        data = pickle.dumps(iv)
        assert len(data) < before * 1.1
        assert pickle.loads(data).check_quote(SENTENCE).verdict == "verbatim"

    def test_alternatives_list_other_places(self, iv):
        """A phrase said more than once has the other places as alternatives."""
        check = iv.check_quote("the United States")
        assert check.verdict == "verbatim"
        assert len(check.alternatives) == 3
        assert all(other.text == "the United States" for other in check.alternatives)

    def test_citation_gives_the_exact_span(self, iv):
        """Each match's citation names the interview, the sentence and the characters."""
        citation = iv.check_quote("literally blinded").matches[0].citation
        assert citation.endswith("tass-2065861:a3.p2.s3, characters 5229–5246")
        assert citation.startswith("TASS, ")


# Characters that show nothing: zero-width space, soft hyphen, byte order mark, right-to-left
# and left-to-right marks, word joiner.
INVISIBLE = ["\u200b", "\u00ad", "\ufeff", "\u200f", "\u200e", "\u2060"]


class TestInvisibleCharacters:
    @pytest.mark.parametrize("char", INVISIBLE)
    def test_an_invisible_character_in_a_word_is_typography_shown_in_the_diff(self, iv, char):
        """A quote with an invisible character in a word is typography, and the diff shows it."""
        check = iv.check_quote(f"These ambi{char}tions have literally blinded them.")
        assert (check.verdict, check.ids) == ("typography", ("a3.p2.s3",))
        assert [(d.kind, d.source, d.quote) for d in check.differences] == [
            ("typography", "ambitions", f"ambi{char}tions")
        ]
        code = f"<U+{ord(char):04X}>"
        assert (
            check.diff
            == f"a3.p2.s3: These [-ambitions-]{{+ambi{code}tions+}} have literally blinded them."
        )
        assert code in str(check)
        assert char not in check.diff

    def test_invisible_characters_together_are_still_found(self, iv):
        """Many invisible characters, between words and inside them, leave the quote found: typography."""
        check = iv.check_quote(
            "\ufeffThese\u200b ambi\u00adtions have\u2060 literally\u200f blinded\u200e them."
        )
        assert (check.verdict, check.ids, check.spans) == (
            "typography",
            ("a3.p2.s3",),
            (ic.Span(5208, 5252),),
        )
        assert all(difference.kind == "typography" for difference in check.differences)
        assert [char for char in INVISIBLE if char in check.diff] == []

    def test_an_invisible_character_in_the_text_is_typography(self):
        """A soft hyphen in the transcript, not in the quote, is typography too, shown where it stands."""
        iv = ic.parse("Q: Why?\n\nA: These ambi\u00adtions have blinded them.", id="x")
        check = iv.check_quote("These ambitions have blinded them.")
        assert (check.verdict, check.ids) == ("typography", ("a1.p1.s1",))
        assert check.diff == "a1.p1.s1: These [-ambi<U+00AD>tions-]{+ambitions+} have blinded them."

    def test_a_large_corpus_finds_a_quote_with_invisible_characters(self, iv):
        """Through the full-text index too: the invisible characters do not split the words it looks for."""
        others = [ic.parse(f"– Q{n}?\n\n– A{n}.", id=f"o{n}") for n in range(30)]
        check = ic.Corpus([*others, iv]).check_quote(
            "These ambi\u200btions have lite\u00adrally blin\u2060ded them."
        )
        assert (check.verdict, check.interview_id, check.ids) == (
            "typography",
            "tass-2065861",
            ("a3.p2.s3",),
        )

    def test_the_notebook_marks_an_invisible_character(self, iv):
        """The notebook's diff shows an invisible character as a visible mark naming it."""
        markup = iv.check_quote("These ambi\u200btions have literally blinded them.")._repr_html_()
        assert "\u200b" not in markup
        assert (
            '<ins>ambi<span class="ic-invisible" title="ZERO WIDTH SPACE">U+200B</span>tions</ins>'
            in markup
        )


class TestArguments:
    def test_an_empty_quote_is_a_value_error(self, iv):
        """A quote without words cannot be checked; the error says so."""
        with pytest.raises(ic.ArgumentValueError, match="the quote is empty"):
            iv.check_quote(" … ")

    def test_a_quote_must_be_text(self, iv):
        """bytes are refused as an InvalidArgumentTypeError (a TypeError)."""
        with pytest.raises(TypeError, match="a quote is a str"):
            iv.check_quote(b"Russia")  # type: ignore[arg-type]


class TestCorpus:
    def test_a_large_corpus_finds_the_quote_through_the_index(self, iv):
        """Among many interviews the full-text index leads to the right turn."""
        others = [
            ic.parse(f"– Question {n} on trade?\n\n– Answer {n}: trade grew.", id=f"o{n}")
            for n in range(30)
        ]
        corpus = ic.Corpus([*others, iv])
        check = corpus.check_quote("These ambitions have totaly blinded them.")
        assert (check.verdict, check.interview_id, check.ids) == (
            "altered",
            "tass-2065861",
            ("a3.p2.s3",),
        )
        assert corpus.check_quote("Answer 17: trade grew.").interview_id == "o17"

    def test_a_large_corpus_finds_a_changed_short_word_through_the_narrow_query(self, iv):
        """A quote whose longest words are all in its source paragraph is found there, altered."""
        others = [ic.parse(f"– Q{n}?\n\n– A{n}.", id=f"o{n}") for n in range(30)]
        corpus = ic.Corpus([*others, iv])
        check = corpus.check_quote(
            "We do see that as far, the European war party has been investing its political capital"
        )
        assert check.verdict == "altered"
        assert [(d.kind, d.source, d.quote) for d in check.differences] == [("changed", "so", "as")]
        assert check.ids == ("a3.p2.s2",)

    def test_a_quote_among_much_alike_paragraphs_is_found_where_it_stands(self):
        """A word the narrow query leaves out still leads to the source: verbatim there, not altered elsewhere."""
        corpus = ic.Corpus(
            ic.parse(
                f"Q: How is it at number {n}?\n\n"
                f"A: Everyone agrees the riverside promenade remains wonderfully peaceful at number {n}.",
                id=f"talk-{n:02}",
            )
            for n in range(40)
        )
        check = corpus.check_quote(
            "Everyone agrees the riverside promenade remains wonderfully peaceful at number 31."
        )
        assert (check.verdict, check.interview_id, check.ids) == (
            "verbatim",
            "talk-31",
            ("a1.p1.s1",),
        )

    def test_a_small_corpus_compares_every_turn(self, iv):
        """A bundled corpus checks like the interview itself."""
        assert ic.Corpus.bundled().check_quote(SENTENCE) == iv.check_quote(SENTENCE)


class TestDisplay:
    def test_the_notebook_shows_the_verdict_and_the_diff(self, iv):
        """_repr_html_ gives the verdict and the diff as <del>/<ins>, escaped."""
        markup = iv.check_quote("These ambitions & have totally blinded them.")._repr_html_()
        assert "<strong>altered</strong>" in markup
        assert (
            "These ambitions <ins>&amp; </ins>have <del>literally</del><ins>totally</ins>" in markup
        )


class TestNewsroomConventions:
    """A quote as a news report prints it is verbatim up to typography and editorial convention."""

    def test_a_comma_for_the_closing_period_before_the_attribution(self, iv):
        """`…blinded them,” Lavrov said.`: editorial, ok, the attribution outside, the comma shown."""
        check = iv.check_quote("“These ambitions have literally blinded them,” Lavrov said.")
        assert (check.verdict, check.ok, check.outside) == ("editorial", True, ("Lavrov said.",))
        [mark] = check.differences
        assert (mark.kind, mark.source, mark.quote, mark.alters) == ("punctuation", ".", ",", False)
        assert check.diff == "a3.p2.s3: These ambitions have literally blinded them[-.-]{+,+}"
        assert check.spans == (ic.Span(5208, 5252),)

    @pytest.mark.parametrize(
        "quote",
        [
            "These ambitions have literally blinded them,",
            "“These ambitions have literally blinded them,”",
            '"These ambitions have literally blinded them," he said.',
            "He said: “These ambitions have literally blinded them.”",
            "«These ambitions have literally blinded them», the minister said.",
        ],
    )
    def test_a_closing_mark_and_an_attribution_are_conventions(self, iv, quote):
        """However the marks and the attribution stand, the quote is ok and found at its sentence."""
        check = iv.check_quote(quote)
        assert check.ok, str(check)
        assert check.ids == ("a3.p2.s3",)
        assert not [d for d in check.differences if d.alters]

    def test_a_period_turned_question_mark_is_an_alteration(self, iv):
        """Only a period, comma, colon or semicolon may stand for another at the end."""
        check = iv.check_quote("These ambitions have literally blinded them?")
        assert check.verdict == "altered"

    def test_the_quote_is_found_apart_from_its_attribution_in_two_passages(self, iv):
        """`"A," he said, "B."`: both passages located as one, the words between outside."""
        check = iv.check_quote(
            "“Russia appreciates efforts by President of the United States Donald Trump,” "
            "Lavrov said, “and his team to achieve a peace settlement.”"
        )
        assert (check.verdict, check.ok) == ("editorial", True)
        assert check.outside == ("Lavrov said",)
        assert check.ids == ("a1.p1.s1",)

    def test_a_reports_sentence_is_checked_by_its_words_in_quotation_marks(self, iv):
        """The words in quotation marks are the quote; the report's own words are outside it."""
        check = iv.check_quote(
            "He said debates around Taiwan are often conducted "
            '"in isolation from reality and by manipulating facts," adding that'
        )
        assert (check.verdict, check.ok) == ("editorial", True)
        assert check.outside == ("He said debates around Taiwan are often conducted", "adding that")

    def test_two_phrases_of_one_answer_in_a_reports_sentence(self, iv):
        """Phrases quoted from one passage, in order, are one editorial match; the gap is omitted."""
        check = iv.check_quote(
            'He charged the "European war party" with staking "political capital in '
            'inflicting a strategic defeat on Russia"'
        )
        assert (check.verdict, check.ok) == ("editorial", True)
        assert [d.kind for d in check.differences] == ["omitted"]

    def test_apostrophes_are_not_quotation_marks(self, iv):
        """`Europe's 'war party'`: the apostrophe opens nothing; the phrase in single marks is the quote."""
        check = iv.check_quote("He criticized Europe's 'war party' as an obstacle to peace")
        assert check.ok
        assert check.outside == ("He criticized Europe's", "as an obstacle to peace")

    def test_a_quote_with_quotation_marks_of_its_own_is_found_whole(self):
        """A passage of the text that holds quotation marks itself is found as given, marks and all."""
        mine = ic.parse(
            "– What did they call it?\n\n– They called it a “coalition of the willing” and left.",
            id="marks",
        )
        check = mine.check_quote("They called it a “coalition of the willing” and left.")
        assert (check.verdict, check.outside) == ("verbatim", ())
        check = mine.check_quote("They called it a “coalition of the willing” and stayed.")
        assert (check.verdict, check.outside) == ("verbatim", ("They called it a", "and stayed."))

    def test_words_in_brackets_stand_for_the_texts(self, iv):
        """`[European] ambitions`: the bracketed words replace the text's, an editorial difference."""
        check = iv.check_quote("[European] ambitions have literally blinded them.")
        assert (check.verdict, check.ok) == ("editorial", True)
        [bracketed] = check.differences
        assert (bracketed.kind, bracketed.source, bracketed.quote) == (
            "bracketed",
            "These",
            "[European]",
        )
        assert (
            check.diff == "a3.p2.s3: [-These-]{+[European]+} ambitions have literally blinded them."
        )

    def test_words_put_in_brackets_are_editorial(self, iv):
        """Words inserted in brackets are the editor's, shown as put in."""
        check = iv.check_quote("These [European] ambitions have literally blinded them.")
        assert (check.verdict, [d.kind for d in check.differences]) == ("editorial", ["bracketed"])
        assert "{+[European] +}" in check.diff

    def test_a_word_changed_outside_the_brackets_is_still_altered(self, iv):
        """Brackets excuse only their own words."""
        check = iv.check_quote("[European] ambitions have totally blinded them.")
        assert check.verdict == "altered"
        assert [(d.kind, d.quote) for d in check.differences if d.alters] == [
            ("changed", "totally")
        ]

    def test_a_changed_word_with_conventions_is_still_altered(self, iv):
        """`obstacle` for `obstacles` stays a misquote whatever conventions surround it."""
        source = iv.lookup("q1.p1").text
        assert "obstacles" not in source  # the sentence is in an answer: find it
        sentence = next(s for s in iv.sentences() if "obstacles" in s.text)
        quote = f"“{sentence.text.replace('obstacles', 'obstacle').rstrip('.')},” he said."
        check = iv.check_quote(quote)
        assert (check.verdict, check.ok) == ("altered", False)
        assert [(d.kind, d.source, d.quote) for d in check.differences if d.alters] == [
            ("changed", "obstacles", "obstacle")
        ]

    def test_a_first_letter_changed_to_fit_the_sentence_is_typography(self, iv):
        """A quote that starts mid-sentence with a capital (or the reverse) is typography, shown."""
        check = iv.check_quote("Ambitions have literally blinded them.")
        assert check.verdict == "typography"
        assert [(d.kind, d.source, d.quote) for d in check.differences] == [
            ("typography", "ambitions", "Ambitions")
        ]
        assert "[-ambitions-]{+Ambitions+}" in check.diff

    def test_the_report_shows_every_difference_and_the_attribution(self, iv):
        """str(check) shows the comma difference and what stood outside the marks."""
        report = str(iv.check_quote("“These ambitions have literally blinded them,” Lavrov said."))
        assert "outside the quotation marks (not checked): Lavrov said." in report
        assert "[-.-]{+,+}" in report

    def test_the_notebook_marks_a_changed_comma(self, iv):
        """The HTML diff marks a changed closing mark as it marks a changed word."""
        markup = iv.check_quote("These ambitions have literally blinded them,")._repr_html_()
        assert "<del>.</del><ins>,</ins>" in markup


# Quotations of the bundled interview as news reports printed them (TASS's own items and others'),
# each with the report's address and a person's judgement: faithful up to newsroom convention,
# altered (a word changed, added or dropped; spelling too), another translation, or not in it.
# Case is typography here (shown as a difference): "Russian Army" for "Russian army" is ok.
NEWS_REPORTS = json.loads((FIXTURES / "quotes" / "news_reports.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "report", NEWS_REPORTS, ids=[f"{n}-{r['outlet'][:20]}" for n, r in enumerate(NEWS_REPORTS)]
)
def test_quotations_as_news_reports_printed_them(iv, report):
    """Every faithful quotation of a real report is ok; every altered one, or one from another
    translation, is not; and an ok one is located where the person found it."""
    check = iv.check_quote(report["quote"])
    assert check.ok == (report["expected"] == "ok"), f"{report['judgement']}\n{check}"
    if check.ok and report["source_text"]:
        source = iv.source
        start = source.index(report["source_text"])
        end = start + len(report["source_text"])
        assert any(span.start < end and start < span.end for span in check.spans), check


def test_news_reports_cover_every_convention():
    """The real quotations hold each convention the checker allows, and real misquotes."""
    judgements = " ".join(report["judgement"] for report in NEWS_REPORTS)
    for convention in ["comma before attribution", "interrupted by", "fragment", "parentheses"]:
        assert convention in judgements
    assert sum(report["expected"] == "not ok" for report in NEWS_REPORTS) >= 20


# -- properties ---------------------------------------------------------------------------------

WORDS = re.compile(r"\w+")


@st.composite
def word_spans(
    draw: st.DrawFn, minimum: int = 4, maximum: int = 40
) -> tuple[int, list[re.Match[str]]]:
    """A turn's index and a run of consecutive words of it."""
    iv = ic.load()
    turns = iv.turns()
    index = draw(st.integers(0, len(turns) - 1))
    words = list(WORDS.finditer(turns[index].text))
    length = draw(st.integers(minimum, min(maximum, len(words))))
    first = draw(st.integers(0, len(words) - length))
    return index, words[first : first + length]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word_spans())
def test_any_span_of_the_source_is_found_verbatim_at_that_span(chosen):
    """Any run of whole words of a turn is verbatim, and its span is among the places given."""
    iv = ic.load()
    index, words = chosen
    turn = iv.turns()[index]
    start = turn.span.start + words[0].start()
    end = turn.span.start + words[-1].end()
    check = iv.check_quote(iv.source[start:end])
    assert check.verdict == "verbatim"
    places = [match.span for match in (*check.matches, *check.alternatives)]
    assert ic.Span(start, end) in places


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word_spans(minimum=6), st.data())
def test_any_single_word_change_is_reported_as_altered_at_that_word(chosen, data):
    """Replacing one word of a run gives altered, with one change at exactly that word.

    That is, where the words around the change stand in one place only: "they do not care
    about zqxv" matches "... about their" elsewhere as well as "... about the" here.
    """
    iv = ic.load()
    index, words = chosen
    turn = iv.turns()[index]
    changed = data.draw(st.integers(0, len(words) - 1))
    base = turn.span.start
    start, end = base + words[0].start(), base + words[-1].end()
    word = words[changed]
    before, after = iv.source[start : base + word.start()], iv.source[base + word.end() : end]
    assume(any(part.strip() and iv.source.count(part) == 1 for part in (before, after)))
    quote = before + "zqxv" + after
    check = iv.check_quote(quote)
    assert check.verdict == "altered"
    [difference] = check.differences
    assert (difference.kind, difference.quote, difference.source) == (
        "changed",
        "zqxv",
        word.group(),
    )
    assert difference.span == ic.Span(base + word.start(), base + word.end())


def test_importing_and_loading_imports_neither_rapidfuzz_nor_the_view():
    """rapidfuzz and the HTML and terminal views load only when used."""
    code = (
        "import sys, interview_corpus as ic; ic.load()\n"
        "names = {'rapidfuzz', 'interview_corpus.output._html', "
        "'interview_corpus.output._terminal'}\n"
        "print(sorted(names & set(sys.modules)))\n"
        "ic.load().check_quote('russia appreciates')\n"
        "print('rapidfuzz' in sys.modules)\n"
    )
    assert python_lines(code) == ["[]", "True"]


def test_the_place_with_fewest_changed_words_is_the_source():
    """Two places near a quote: the one where fewer words are changed wins, not the one closer
    character by character (a bracketed word may stand for a shorter word elsewhere)."""
    check = ic.load().check_quote(
        "“of zqxv [politicians] reached a point of no,” the minister said."
    )
    [alteration] = [difference for difference in check.differences if difference.alters]
    assert (alteration.quote, alteration.source) == ("zqxv", "EU")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(word_spans(minimum=8), st.data())
def test_a_changed_word_stays_altered_among_newsroom_conventions(chosen, data):
    """A report's conventions (marks, a comma before the attribution, words in brackets) around a
    run of words never excuse a word changed outside the brackets: altered, that one change."""
    iv = ic.load()
    index, words = chosen
    turn = iv.turns()[index]
    base = turn.span.start
    changed, bracketed = data.draw(
        st.lists(st.integers(1, len(words) - 2), min_size=2, max_size=2, unique=True)
    )
    pieces = []
    for number, word in enumerate(words):
        if number:
            pieces.append(iv.source[base + words[number - 1].end() : base + word.start()])
        text = "zqxv" if number == changed else word.group()
        pieces.append(f"[{text}]" if number == bracketed else text)
    quote = f"“{''.join(pieces)},” the minister said."
    check = iv.check_quote(quote)
    assert (check.verdict, check.ok) == ("altered", False), str(check)
    assert check.outside == ("the minister said.",)
    [alteration] = [difference for difference in check.differences if difference.alters]
    word = words[changed]
    assert (alteration.kind, alteration.quote, alteration.source) == (
        "changed",
        "zqxv",
        word.group(),
    )
    assert alteration.span == ic.Span(base + word.start(), base + word.end())
