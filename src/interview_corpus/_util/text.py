"""Text helpers shared across the package: previews, name keys, the normalised view, id shapes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from ..errors import InvalidArgumentTypeError
from .lazy import lazy_pattern


class _Bounds(Protocol):
    """Anything with a start and an end offset (a Span)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


PREVIEW_WIDTH = 48
INTERVIEW_ID = lazy_pattern(r"[A-Za-z0-9][A-Za-z0-9._-]*")
"""The shape of an interview id (also a bundled file's name)."""
OBJECT_ID = lazy_pattern(r"(?:e\d+|q\d+[b-z]{0,2}|a\d+[b-z]{0,2}|r\d+|s\d+)(?:\.p\d+(?:\.s\d+)?)?")
"""The shape of an exchange, turn, paragraph or sentence id (a topic slug must not have it)."""


CR_READ_AS_LF = "line ends CR read as LF"
"""What a reading notes in its provenance when it read old Mac line ends."""


def lone_cr_as_lf(text: str) -> str | None:
    r"""The text with old Mac line ends (a carriage return alone) read as line feeds; ``None`` if it has none.

    One character stands for one, so every offset in the result is the same
    offset in ``text``.

    >>> lone_cr_as_lf("Q: Why?\rA: Because."), lone_cr_as_lf("Q: Why?\r\nA: Because.")
    ('Q: Why?\nA: Because.', None)
    """
    if "\r" in text and "\n" not in text:
        return text.replace("\r", "\n")
    return None


def preview(text: str, width: int = PREVIEW_WIDTH) -> str:
    """Shorten ``text`` to one line of at most ``width`` characters for a repr."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def shortened(text: str, width: int) -> str:
    """``text`` on one line; if longer than ``width`` characters, cut after a whole word, with "…".

    The result, ellipsis included, is at most ``width`` characters; only a
    first word longer than that is cut inside.

    Example:
        >>> shortened("Minister, what do you make of the talks?", 24)
        'Minister, what do you…'
        >>> shortened("Why?", 24)
        'Why?'
    """
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    head = line[: width - 1]
    if line[width - 1] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]  # the word that does not fit goes whole
    return head.rstrip(" ,;:–—-") + "…"


def strings(values: Iterable[str]) -> tuple[str, ...]:
    """Convert names to a tuple, refusing one ``str`` (it would be read as one-letter names).

    A function of our own rather than ``tuple``: attrs inspects a converter's
    signature, and for a built-in that means parsing its text signature with
    the tokenizer, whose import costs more than all the model's classes.

    Raises:
        InvalidArgumentTypeError: ``values`` is a ``str``, or holds something else than ``str``.
    """
    if isinstance(values, str):
        msg = f"names are a list of str, not one str: write [{values!r}]"
        raise InvalidArgumentTypeError(msg)
    names = tuple(values)
    for name in names:
        if not isinstance(name, str):
            msg = f"names are str, not {type(name).__name__}: {name!r}"
            raise InvalidArgumentTypeError(msg)
    return names


def name_key(name: str) -> str:
    """The key a name, label or slug is matched by: case, spaces, dashes and punctuation do not count.

    Example:
        >>> name_key("Jean-Luc  Picard") == name_key("jean luc picard")
        True
    """
    return re.sub(r"[\W_]+", "", name.casefold())


_SPACES = lazy_pattern(r"[^\S\n]+")
_WRAP = lazy_pattern(r"[^\S\n]*\n\s*")
_ENTITY = lazy_pattern(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WRAP_HYPHEN = lazy_pattern(r"(?<=\w-)[^\S\n]*\n\s*(?=[a-z])")


def normalize(text: str, start: int = 0, clutter: Sequence[_Bounds] = ()) -> str:
    r"""The text without clutter, hard wraps and odd spaces: the *normalised view*.

    ``clutter`` (spans in the source, of which ``text`` starts at ``start``) is
    left out: line numbers, running page headers and footers the reader found
    inside a paragraph. Line breaks inside the text become spaces (a word
    broken after a hyphen is joined), HTML character references left in
    pasted text (``&amp;``, ``&#39;``) become the characters they stand for,
    no-break and other spaces become plain spaces, and runs of spaces become
    one. The verbatim ``text`` is never changed; this is a view beside it.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> ic.normalize("It was a well-\n  known fact,\u00a0 then.")
        'It was a well-known fact, then.'
        >>> ic.normalize("Q&amp;A: it&#39;s done")
        "Q&A: it's done"

    .. versionchanged:: 0.2
       HTML character references are read as their characters.
    """
    if clutter:
        pieces = []
        position = 0
        for span in clutter:
            pieces.append(text[position : max(position, span.start - start)])
            position = max(position, span.end - start)
        pieces.append(text[position:])
        text = "".join(pieces)
    text = _WRAP_HYPHEN.sub("", text)
    text = _WRAP.sub(" ", text)
    if "&" in text and _ENTITY.search(text):
        import html  # only for text with entities: its table of names is large

        text = html.unescape(text)
    return _SPACES.sub(" ", text).strip()
