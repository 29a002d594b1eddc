"""How a text was read, made public: :func:`explain` and the :class:`Reading` it returns.

Imported when first used: parsing does not need it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Unpack

import attrs

from ..model._objects import Role, Segment, Speaker
from ._parse import parse_with_structure

if TYPE_CHECKING:
    from ._parse import ParseOptions


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

    .. versionadded:: 0.1

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

    Takes the same options as :func:`parse` (but never raises for a reading
    with no exchanges: that is reported in ``warnings``). Use it to see why a
    transcript reads the way it does, and which option would change it.

    Args:
        text: The transcript.
        id: The interview's id, as :func:`parse` takes it (optional here).
        **options: Any other keyword argument of :func:`parse`.

    Returns:
        The reading.

    Raises:
        TranscriptError: The text is empty, has no turns, or mixes layouts.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> text = "Ann Lee: Welcome.\n\nQ: Why?\n\nAnn Lee: Because."
        >>> reading = ic.explain(text)
        >>> [(row.label, row.role, row.statements, row.answers) for row in reading.labels]
        [('Ann Lee', 'interviewee', 1, 1), ('Q', 'interviewer', 0, 0)]
    """
    options["strict"] = False  # this call's own dict: the caller's is not changed
    interview, structure = parse_with_structure(text, id=id, **options)
    counts: dict[str, Counter[str]] = {}  # each label's turns, by kind
    speakers: dict[str, Speaker] = {}
    statement_ids = {turn.id for turn in interview.statements}
    for turn in interview.turns():
        if turn.marker is None:
            continue
        raw = next((t for t in structure.turns if t.marker == turn.marker), None)
        if raw is None or raw.label is None:
            continue
        key = raw.key or ""
        spellings = structure.spellings.get(key, Counter({raw.label: 1}))
        label = spellings.most_common(1)[0][0]
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
    )
