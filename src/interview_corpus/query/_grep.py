r"""Regular-expression search and key-word-in-context lines, returned as data.

Both look in the turns' paragraphs (the interview's content), one paragraph at
a time, so that a match never runs across two paragraphs.

With the ``regex`` module installed (the ``grep`` extra), patterns are run by
it: it reads Python's ``re`` syntax and, unlike ``re``, can stop a match that
runs too long, so a pattern with catastrophic backtracking, such as
``(\w+\s?)+$``, raises a :class:`QueryError` after ``REGEX_SECONDS`` instead
of hanging. Without it, patterns run by ``re`` in a safe mode: a repeat inside
a repeat (the shape that backtracks without end) is refused with a
:class:`QueryError` before anything runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from .._util.limits import REGEX_SECONDS
from ..errors import ArgumentValueError, InvalidArgumentTypeError, QueryError
from ..model._locate import SentenceFinder
from ..model._objects import Paragraph
from ..model._span import Span
from ._records import TextMatchRecord

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..model._document import Document


@attrs.frozen(repr=False)
class TextMatch:
    r"""One match of a regular expression, with where it stands.

    Attributes:
        interview_id: The interview it is in.
        text: The matched text, verbatim.
        span: Where it stands in the interview's source.
        paragraph_id: The paragraph it is in.
        sentence_id: The sentence it starts in (``None`` if it starts between two).
        groups: The pattern's groups, as :meth:`re.Match.groups` gives them.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> match = ic.load().grep(r"Taiwan\w*")[0]
        >>> match.text, match.paragraph_id, match.sentence_id
        ('Taiwan', 'q5.p1', 'q5.p1.s1')
    """

    interview_id: str
    text: str
    span: Span
    paragraph_id: str
    sentence_id: str | None
    groups: tuple[str | None, ...] = ()

    def record(self) -> TextMatchRecord:
        r"""This match as a flat record, as ``grep --json`` prints it.

        Returns:
            A :class:`TextMatchRecord`: the ids, the text and its span, without the groups.

        .. versionadded:: 0.1

        Example:
            >>> import interview_corpus as ic
            >>> rows = [match.record() for match in ic.load().grep(r"Taiwan\w+")]
            >>> [(row["sentence_id"], row["text"], row["start"]) for row in rows]
            [('a5.p2.s2', 'Taiwanese', 9893)]
        """
        return {
            "interview_id": self.interview_id,
            "paragraph_id": self.paragraph_id,
            "sentence_id": self.sentence_id,
            "text": self.text,
            "start": self.span.start,
            "end": self.span.end,
        }

    def __repr__(self) -> str:
        return f"TextMatch(text={self.text!r}, start={self.span.start}, where={self.sentence_id or self.paragraph_id!r})"


@attrs.frozen
class ConcordanceLine:
    """A key-word-in-context row: the keyword with the text to its left and right.

    ``left`` and ``right`` are verbatim slices of the paragraph, at most
    ``width`` characters each; ``str()`` gives the familiar aligned line.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> line = ic.load().concordance("Europe", width=20)[0]
        >>> line.keyword, line.sentence_id
        ('Europe', 'a1.p3.s3')
        >>> print(line)
         the United States, Europe and the European Un
    """

    interview_id: str
    left: str
    keyword: str
    right: str
    span: Span
    paragraph_id: str
    sentence_id: str | None
    width: int = attrs.field(default=40, repr=False)

    def __str__(self) -> str:
        left = _ONE_LINE.sub(" ", self.left)[-self.width :]
        right = _ONE_LINE.sub(" ", self.right)[: self.width]
        return f"{left:>{self.width}}{self.keyword}{right}"


_ONE_LINE = re.compile(r"\s+")


def grep(
    interview: Document, pattern: str | re.Pattern[str], *, ignore_case: bool = False
) -> list[TextMatch]:
    """Every match of ``pattern`` in the interview's paragraphs; see :meth:`Interview.grep`."""
    compiled = _compile(pattern, re.IGNORECASE if ignore_case else 0)
    return [
        TextMatch(
            interview.id,
            match.group(),
            Span(match.start(), match.end()),
            paragraph.id,
            sentence_id,
            match.groups(),
        )
        for paragraph, sentence_id, match in _matches(interview, compiled, pattern)
    ]


def concordance(
    interview: Document,
    term: str | re.Pattern[str],
    *,
    width: int = 40,
    ignore_case: bool = True,
) -> list[ConcordanceLine]:
    """Key-word-in-context lines for ``term``; see :meth:`Interview.concordance`."""
    if isinstance(width, bool) or not isinstance(width, int) or width < 1:
        msg = f"width={width!r}: give a positive number of characters"
        raise ArgumentValueError(msg)
    if isinstance(term, str):
        if not term.strip():
            raise QueryError("the term is empty", query=term, position=0)
        pattern: str | re.Pattern[str] = rf"(?<!\w){re.escape(term.strip())}(?!\w)"
    else:
        pattern = term
    compiled = _compile(pattern, re.IGNORECASE if ignore_case else 0)
    source = interview.source
    return [
        ConcordanceLine(
            interview.id,
            source[max(paragraph.span.start, match.start() - width) : match.start()],
            match.group(),
            source[match.end() : min(paragraph.span.end, match.end() + width)],
            Span(match.start(), match.end()),
            paragraph.id,
            sentence_id,
            width,
        )
        for paragraph, sentence_id, match in _matches(interview, compiled, term)
    ]


# The flags of re that mean the same in the regex module (same names, same values).
_FLAGS = ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII", "UNICODE", "LOCALE")


def _compile(pattern: str | re.Pattern[str], flags: int) -> Any:  # noqa: ANN401  # a regex.Pattern, untyped
    """Compile with the regex module, in its re-compatible mode (VERSION0)."""
    if isinstance(pattern, re.Pattern):
        if not isinstance(pattern.pattern, str):
            msg = "compile the pattern from a str, not bytes"
            raise InvalidArgumentTypeError(msg)
        flags |= pattern.flags
        pattern = pattern.pattern
    elif not isinstance(pattern, str):
        msg = f"a pattern is a str or a compiled re.Pattern, not {type(pattern).__name__}"
        raise InvalidArgumentTypeError(msg)
    try:
        re.compile(pattern, flags)  # re's own verdict on the syntax, with its messages
    except re.error as error:
        raise QueryError(
            f"not a valid regular expression: {error.msg}",
            query=pattern,
            position=error.pos or 0,
        ) from None
    try:
        import regex
    except ImportError:  # the safe mode: re, and no repeat inside a repeat
        _refuse_nested_repeats(pattern, flags)
        return re.compile(pattern, flags)
    wanted = sum(getattr(regex, name) for name in _FLAGS if flags & getattr(re, name))
    try:
        return regex.compile(pattern, wanted | regex.VERSION0)
    except regex.error as error:  # the rare syntax re reads and regex does not
        raise QueryError(
            f"not a regular expression this library can run: {error.msg}",
            query=pattern,
            position=error.pos or 0,
        ) from None


_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _refuse_nested_repeats(pattern: str, flags: int) -> None:
    r"""Refuse a pattern that repeats a repeat (``(\w+\s?)+``) or long alternatives (``(a|aa)+``)."""
    import importlib

    # re's own parser and opcodes (private modules): the very tree re will run.
    constants = importlib.import_module("re._constants")
    parser = importlib.import_module("re._parser")
    repeats = {getattr(constants, name) for name in _REPEATS if hasattr(constants, name)}

    def children(opcode: object, argument: Any) -> list[tuple[Any, bool]]:  # noqa: ANN401
        """The subpatterns under one node, each with whether it is repeated many times."""
        if opcode in repeats:
            _, high, body = argument
            return [(body, high is constants.MAXREPEAT or high > 1)]
        if opcode is constants.SUBPATTERN:
            return [(argument[-1], False)]
        if opcode is constants.BRANCH:
            return [(branch, False) for branch in argument[1]]
        if opcode in (constants.ASSERT, constants.ASSERT_NOT):
            return [(argument[1], False)]
        return []

    def ambiguous(opcode: object, argument: Any) -> bool:  # noqa: ANN401
        """Whether a node is alternatives not all one character long, such as (a|aa).

        re reads (a|aa) as a(|a); a repeat of it may split one run of text in many ways.
        """
        return opcode is constants.BRANCH and any(len(branch) != 1 for branch in argument[1])

    def nested(items: Any, inside: bool) -> bool:  # noqa: ANN401  # re's parse tree, untyped
        return any(
            (inside and ambiguous(opcode, argument))
            or any(
                (many and inside) or nested(body, inside or many)
                for body, many in children(opcode, argument)
            )
            for opcode, argument in items
        )

    if nested(parser.parse(pattern, flags), inside=False):
        raise QueryError(
            "a repeat inside a repeat, such as (\\w+\\s?)+, can backtrack without end: "
            "rewrite it without the outer repeat, or install the 'grep' extra "
            "(pip install 'interview-corpus[grep]') to run any pattern with a time budget",
            query=pattern,
            position=0,
        )


def _matches(
    interview: Document,
    pattern: Any,  # noqa: ANN401  # a regex.Pattern, which has no type information
    given: object,
) -> Iterator[tuple[Paragraph, str | None, Any]]:
    """Each non-empty match with its paragraph's and sentence's ids, within the time budget."""
    import time

    source = interview.source
    deadline = time.monotonic() + REGEX_SECONDS
    for paragraph in interview.paragraphs():
        finder: Callable[[int], str | None] | None = None
        remaining = deadline - time.monotonic()
        budget = {"timeout": max(remaining, 0.0)} if not isinstance(pattern, re.Pattern) else {}
        try:
            found = list(
                pattern.finditer(source, paragraph.span.start, paragraph.span.end, **budget)
            )
        except TimeoutError:
            raise QueryError(
                f"the pattern ran longer than {REGEX_SECONDS:g} seconds and was stopped: "
                "nested repeats such as (\\w+\\s?)+ backtrack without end; "
                "make the repeats exclusive or possessive",
                query=given if isinstance(given, str) else getattr(given, "pattern", repr(given)),
                position=0,
            ) from None
        for match in found:
            if match.end() > match.start():  # an empty match marks no text
                if finder is None:
                    finder = SentenceFinder(paragraph)
                yield paragraph, finder(match.start()), match
