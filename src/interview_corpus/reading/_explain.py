"""How a text was read, made public: :func:`explain` and the :class:`Reading` it returns.

Imported when first used: parsing does not need it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Unpack

import attrs

from ..errors import TranscriptError
from ..model._objects import Role, Segment, Speaker
from ._parse import given_of, parse_with_structure
from ._structure import Structure, Survey, find_structure, survey

if TYPE_CHECKING:
    from ..model._span import Span
    from ._parse import ParseOptions
    from ._roles import RawTurn


@attrs.frozen
class LabelReading:
    r"""One speaker label as the reader saw it: the speaker it names, the role, the turns.

    Attributes:
        label: The label as written most often (without its colon).
        speaker: The name of the speaker it was read as.
        role: ``"interviewer"`` (asks), ``"interviewee"`` (answers) or ``"moderator"``.
        turns: How many turns carry this label.
        questions: How many of them were read as questions.
        answers: How many as answers.
        statements: How many as statements (the speaker's turns outside exchanges).
        remarks: How many as remarks.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> reading = ic.explain("Q: Why?\n\nJane Doe: Because.")
        >>> [(label.label, label.role, label.turns) for label in reading.labels]
        [('Q', 'interviewer', 1), ('Jane Doe', 'interviewee', 1)]
    """

    label: str
    speaker: str
    role: Role
    turns: int
    questions: int
    answers: int
    statements: int
    remarks: int


@attrs.frozen
class MarkerReading:
    r"""One place where a turn could start, as the reader saw it, and what it was taken for.

    Attributes:
        line: The marker's line (1-based).
        column: Its column (1-based).
        marker: The marker as written (``"Q: "``, ``"– "``, ``"**Jane Roe:** "``; empty
            for the answer below a question set off by its form).
        kind: ``"dash"``, ``"label"`` or ``"keyword"`` (``Q``, ``A`` and questions set
            off as headings or in bold).
        label: The label's name, if it has one.
        taken: What the reader took it for: a turn's side (``"question"``,
            ``"answer"``, ``"statement"``, ``"remark"``; ``"turn"`` when the reading
            failed before sides were given), or why it opens no turn (``"header: …"``,
            ``"prose: …"``, ``"other layout: …"``).

    .. versionadded:: 0.2

    Example:
        >>> import interview_corpus as ic
        >>> reading = ic.explain("Germany: a note.\n\nQ: Why?\n\nA: Because.")
        >>> [(m.line, m.label, m.taken) for m in reading.markers]
        [(1, 'Germany', 'header: a label used once, before the dialogue'), (3, 'Q', 'question'), (5, 'A', 'answer')]
    """

    line: int
    column: int
    marker: str
    kind: str
    label: str | None
    taken: str


@attrs.frozen
class Reading:
    r"""How a text was read: its layout, its labels and their roles, its header, what was set aside.

    Attributes:
        layout: ``"dash"`` or ``"labelled"``.
        header_end: The offset where the dialogue starts (the first turn's marker).
        header_line: The line of that offset (1-based).
        title: The title read (or given).
        labels: Each speaker label with its role and counts (empty for dash turns).
        set_aside: The segments kept out of the turns: front matter, cue timings,
            separators, page furniture, headings.
        exchanges: How many exchanges were read.
        questions: How many question turns.
        answers: How many answer turns.
        statements: How many statements (answering speakers' turns outside exchanges).
        remarks: How many remarks (moderation, greetings, interjections).
        warnings: What the reader could not make sense of (see :attr:`Interview.warnings`).
        markers: Every place where a turn could start, with what it was taken for.
        lines: The text's non-blank lines.
        blocks: Its blocks (runs of non-blank lines).
        error: Why the text does not read, when it does not (the counts are then 0,
            and ``markers`` shows what the reader saw).

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       ``markers``, ``lines``, ``blocks`` and ``error``: a reading that fails is shown too.

    Example:
        >>> import interview_corpus as ic
        >>> reading = ic.explain("A headline\n\n– Why?\n\n– Because.")
        >>> reading.layout, reading.header_line, reading.exchanges, reading.title
        ('dash', 3, 1, 'A headline')
    """

    layout: str
    header_end: int
    header_line: int
    title: str | None
    labels: tuple[LabelReading, ...]
    set_aside: tuple[Segment, ...]
    exchanges: int
    questions: int
    answers: int
    statements: int
    remarks: int
    warnings: tuple[str, ...]
    markers: tuple[MarkerReading, ...] = ()
    lines: int = 0
    blocks: int = 0
    error: str | None = None

    def table(self) -> str:
        r"""The labels as a plain-text table, one row per label.

        Example:
            >>> import interview_corpus as ic
            >>> print(ic.explain("Q: Why?\n\nJane Doe: Because.").table())
            label     speaker      role         turns  questions  answers  statements  remarks
            Q         Interviewer  interviewer      1          1        0           0        0
            Jane Doe  Jane Doe     interviewee      1          0        1           0        0
        """
        header = ("label", "speaker", "role", "turns", "questions", "answers", "statements",
                  "remarks")  # fmt: skip
        rows = [
            (row.label, row.speaker, row.role, str(row.turns), str(row.questions),
             str(row.answers), str(row.statements), str(row.remarks))
            for row in self.labels
        ]  # fmt: skip
        widths = [max(len(line[i]) for line in (header, *rows)) for i in range(len(header))]
        out = []
        for line in (header, *rows):
            cells = [
                cell.ljust(width) if i < 3 else cell.rjust(width)  # noqa: PLR2004 - text columns
                for i, (cell, width) in enumerate(zip(line, widths, strict=True))
            ]
            out.append("  ".join(cells).rstrip())
        return "\n".join(out)


def explain(text: str, *, id: str = "explained", **options: Unpack[ParseOptions]) -> Reading:
    r"""Read ``text`` as :func:`parse` does and say how: layout, labels and roles, header, set-aside.

    Takes the same options as :func:`parse`, and never raises for a text that
    does not read: a reading with no exchanges is reported in ``warnings``, one
    that fails in ``error``, with every marker the reader saw and what it took
    each for. Use it to see why a transcript reads the way it does, and which
    option would change it.

    Args:
        text: The transcript.
        id: The interview's id, as :func:`parse` takes it (optional here).
        **options: Any other keyword argument of :func:`parse`.

    Returns:
        The reading.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> text = "Ann Lee: Welcome.\n\nQ: Why?\n\nAnn Lee: Because."
        >>> reading = ic.explain(text)
        >>> [(row.label, row.role, row.statements, row.answers) for row in reading.labels]
        [('Ann Lee', 'interviewee', 1, 1), ('Q', 'interviewer', 0, 0)]

        A text that does not read says why, and what was seen:

        >>> reading = ic.explain("Q: Why?\n\n– Because.\n\nQ: When?\n\n– Now.")
        >>> reading.error
        "line 3, column 1: the text mixes dash turns (line 3) and labelled turns (line 1): use one layout, or pass style='dash' or style='labelled' to read the other as plain text"
        >>> [(m.line, m.marker, m.taken.split(':')[0]) for m in reading.markers]
        [(1, 'Q: ', 'mixed layouts'), (3, '– ', 'mixed layouts'), (5, 'Q: ', 'mixed layouts'), (7, '– ', 'mixed layouts')]
    """
    options["strict"] = False  # this call's own dict: the caller's is not changed
    try:
        interview, structure = parse_with_structure(text, id=id, **options)
    except TranscriptError as error:
        return _failed(text, error, options)
    counts: dict[str, Counter[str]] = {}  # each label's turns, by kind
    speakers: dict[str, Speaker] = {}
    statement_ids = {turn.id for turn in interview.statements}
    # Each turn's raw turn by its marker, and each label's most common spelling, found once:
    # looked up turn by turn, they made explain() quadratic (40,000 exchanges: 210 s).
    raw_turns: dict[Span, RawTurn] = {}
    for raw_turn in structure.turns:
        raw_turns.setdefault(raw_turn.marker, raw_turn)
    written: dict[str, str] = {}
    for turn in interview.turns():
        if turn.marker is None:
            continue
        raw = raw_turns.get(turn.marker)
        if raw is None or raw.label is None:
            continue
        key = raw.key or ""
        if key not in structure.spellings:
            label = raw.label
        elif key in written:
            label = written[key]
        else:
            label = written[key] = structure.spellings[key].most_common(1)[0][0]
        kind = "statement" if turn.id in statement_ids else turn.kind
        counts.setdefault(label, Counter())[kind] += 1
        speakers[label] = turn.speaker
    rows = tuple(
        LabelReading(
            label=label,
            speaker=speakers[label].name,
            role=speakers[label].role,
            turns=kinds.total(),
            questions=kinds["question"],
            answers=kinds["answer"],
            statements=kinds["statement"],
            remarks=kinds["remark"],
        )
        for label, kinds in counts.items()
    )
    start = structure.dialogue_start
    return Reading(
        layout=structure.style,
        header_end=start,
        header_line=text.count("\n", 0, start) + 1,
        title=interview.title,
        labels=rows,
        set_aside=tuple(sorted(structure.set_aside, key=lambda segment: segment.span.start)),
        exchanges=len(interview.exchanges),
        questions=sum(len(exchange.questions) for exchange in interview.exchanges),
        answers=len(interview.answers),
        statements=len(interview.statements),
        remarks=len(interview.remarks),
        warnings=interview.warnings,
        markers=_markers(text, structure.survey, structure),
        lines=len(structure.layout.lines),
        blocks=_blocks(structure.survey),
    )


def _failed(text: str, error: TranscriptError, options: ParseOptions) -> Reading:
    """The reading of a text that does not read: what was seen, and the error."""
    given = given_of(options)
    style = options.get("style", "auto")
    try:
        seen = survey(text, style, given)
    except TranscriptError:  # an empty text: nothing to see
        return Reading("none", 0, 1, None, (), (), 0, 0, 0, 0, 0, (), error=str(error))
    try:  # the turns read, when it is their grouping that failed
        structure: Structure | None = find_structure(text, style, given)
    except TranscriptError:
        structure = None
    chosen = structure.survey if structure is not None else seen
    start = chosen.chosen[0].span.start if chosen.chosen else len(text)
    return Reading(
        layout=chosen.style,
        header_end=start,
        header_line=text.count("\n", 0, start) + 1,
        title=options.get("title"),
        labels=(),
        set_aside=(),
        exchanges=0,
        questions=0,
        answers=0,
        statements=0,
        remarks=0,
        warnings=(),
        markers=_markers(text, chosen, structure),
        lines=len(seen.layout.lines),
        blocks=_blocks(seen),
        error=str(error),
    )


def _blocks(seen: Survey) -> int:
    lines = seen.layout.lines
    return lines.block[-1] + 1 if len(lines) else 0


def _markers(text: str, seen: Survey, structure: Structure | None) -> tuple[MarkerReading, ...]:
    """Every candidate marker and the turn it opens (with its side), or why it opens none."""
    sides = {turn.marker.start: turn.side for turn in structure.turns} if structure else {}
    opening = {marker.span.start for marker in seen.chosen}
    kept = {marker.span.start for marker in seen.labels}
    first = seen.chosen[0].span.start if seen.chosen else len(text)
    rows = []
    # The line and its start, counted on from the previous marker: each character is scanned
    # once, however many markers there are (from the start each time, the scans were quadratic).
    line, line_start, previous = 1, 0, 0
    for marker in sorted({*seen.markers, *seen.chosen}, key=lambda m: m.span.start):
        start = marker.span.start
        newlines = text.count("\n", previous, start)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", previous, start) + 1
        previous = start
        if start in opening:
            taken = sides.get(start, "turn")
        elif seen.mixed and (marker.kind == "dash" or start in kept):
            taken = "mixed layouts: dashes and labels both open turns, neither three times as often"
        elif marker.kind == "dash":
            taken = "other layout: the text is read as labelled turns"
        elif start in kept:
            taken = "other layout: the text is read as dash turns"
        elif start < first:
            taken = "header: a label used once, before the dialogue"
        else:
            taken = "prose: a label used once (a single word, a number, or inside a paragraph)"
        rows.append(
            MarkerReading(
                line=line,
                column=start - line_start + 1,
                marker=text[start : marker.text_start],
                kind=marker.kind,
                label=marker.label,
                taken=taken,
            )
        )
    return tuple(rows)
