"""Wrong user code: each marked line must be rejected by both checkers.

Every ignore comment names the error it expects. Both checkers are run so that
an ignore that is not needed is itself an error (mypy ``--warn-unused-ignores``,
pyright ``reportUnnecessaryTypeIgnoreComment``): if the library's types became
too loose to catch one of these mistakes, the check fails.
"""

from __future__ import annotations

import pathlib

import interview_corpus as ic

iv = ic.load()

# export with a target returns None: there is no text to split.
ic.export(iv, "csv", pathlib.Path("x.csv")).splitlines()  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]

# A Corpus holds interviews, not ids.
ic.Corpus(["tass-2065861"])  # type: ignore[list-item]  # pyright: ignore[reportArgumentType]

# A search level is "paragraph" or "sentence".
iv.search("Taiwan", level="word")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]

# A Hit is frozen.
ic.load().search("Taiwan")[0].rank = 2  # type: ignore[misc]  # pyright: ignore[reportAttributeAccessIssue]

# Queries are text.
iv.search(123)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]

# Record rows have known columns, with known types.
iv.records("sentence")[0]["no_such_column"]  # type: ignore[typeddict-item]  # pyright: ignore[reportGeneralTypeIssues]
count: str = iv.records("turn")[0]["word_count"]  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]

# from_directory(errors="collect") returns a pair, not a Corpus.
collected: ic.Corpus = ic.Corpus.from_directory("x", errors="collect")  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]

# A grep record is flat: the groups stay on the TextMatch.
iv.grep("Taiwan")[0].record()["groups"]  # type: ignore[typeddict-item]  # pyright: ignore[reportGeneralTypeIssues]

# A progress callback takes (done, total, name); a flag is not one.
ic.export(iv, "csv", progress=True)  # type: ignore[call-overload]  # pyright: ignore[reportArgumentType]

# A corpus lists mentions with their interview's id: it is not Searchable of bare mentions.
bare: ic.Searchable[ic.Mention] = ic.Corpus([iv])  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]

# Without its kind, a lookup may be any object: a paragraph's attributes need the kind.
unknown_kind = iv.lookup("a3.p2").sentences  # type: ignore[union-attr]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType, reportUnknownVariableType]
# A kind is one of the objects an id names, not any class.
iv.lookup("a3.p2", str)  # type: ignore[type-var]  # pyright: ignore[reportArgumentType]
