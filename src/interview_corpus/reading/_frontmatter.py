"""Front matter: the top-level ``key: value`` pairs of a block between ``---`` lines (YAML).

Static-site generators (Hugo, Zola) also write it in TOML, between ``+++``
lines, as ``key = "value"``; :func:`toml_fields` reads those with the standard
library's TOML parser, into the same form.

An AsciiDoc document writes its attributes so too, each name between colons
(``:title: Ferries``): those are read as keys.

Only what transcripts' front matter holds is read — scalars (plain, single- or
double-quoted, folded over several lines) and lists of scalars, in flow
(``['Jane Doe', 'John Roe']``) or block form (a ``- Jane Doe`` line each) — so
no YAML library is needed. Anything else (nested mappings, lists of mappings) is
skipped, never an error: the front matter is
metadata about the transcript, and the transcript still reads without it.
"""

from __future__ import annotations

import datetime
import json
import re
import tomllib

from .._util.lazy import lazy_pattern
from ..model._span import Span

# A key and its colon; or an AsciiDoc attribute entry's name between colons (":title: Ferries").
_KEY = lazy_pattern(r"(?::(?=[A-Za-z_][\w-]*:))?([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+|$)")
_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\u0085",
    "_": "\u00a0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_HEX = {"x": 2, "u": 4, "U": 8}


def fields(text: str, start: int, end: int) -> dict[str, tuple[str, Span | None]]:
    """Read the front matter in ``text[start:end]``: key → (value, span of the value or None).

    The span is given when the value is written verbatim (a plain or quoted
    scalar on one line, without escapes), so that it can be cited.
    """
    result: dict[str, tuple[str, Span | None]] = {}
    entries: list[tuple[str, int, int]] = []  # key, value start, value end
    position = start
    for line in text[start:end].split("\n"):
        line_start, position = position, position + len(line) + 1
        match = _KEY.match(line)
        if match and not line[:1].isspace():
            entries.append((match.group(1), line_start + match.end(), line_start + len(line)))
        elif entries and (line[:1].isspace() or not line.strip()):
            key, value_start, _ = entries[-1]
            entries[-1] = (key, value_start, line_start + len(line))
    for key, value_start, value_end in entries:
        raw = text[value_start:value_end].strip()
        value = _block_list(raw) if raw[:2] == "- " else _scalar(raw)
        if value is None:
            continue
        offset = text.find(raw, value_start, value_end)
        span = None
        if raw == value and offset >= 0:
            span = Span(offset, offset + len(raw))
        elif raw[:1] in "'\"" and raw[1:-1] == value and offset >= 0:
            span = Span(offset + 1, offset + len(raw) - 1)
        result[key.casefold()] = (value, span)
    return result


_TOML_KEY = lazy_pattern(r"([A-Za-z0-9_-]+)[ \t]*=[ \t]*")
_TOML_PLAIN = lazy_pattern(r"\"([^\"\\\n]*)\"|'([^'\n]*)'")


def toml_fields(text: str, start: int, end: int) -> dict[str, tuple[str, Span | None]]:
    r"""Read TOML front matter in ``text[start:end]`` as :func:`fields` reads YAML.

    Only the top-level keys count (not those of a ``[table]``); a list of
    strings is given as a flow list (``["Jo Park", "Bo Chen"]``), a date as its
    ISO form. Front matter that is no valid TOML gives nothing, never an error.

    >>> text = 'title = "Ferries"\nauthors = ["Jo Park"]\n[extra]\nteam = "News"'
    >>> {key: value for key, (value, _) in toml_fields(text, 0, len(text)).items()}
    {'title': 'Ferries', 'authors': '["Jo Park"]'}
    """
    try:
        parsed = tomllib.loads(text[start:end])
    except tomllib.TOMLDecodeError:
        return {}
    result: dict[str, tuple[str, Span | None]] = {}
    for key, item in parsed.items():
        value = _toml_value(item)
        if value is not None:
            result[key.casefold()] = (value, _toml_span(text, start, end, key, value))
    return result


def _toml_value(item: object) -> str | None:
    """A TOML value as the text :func:`fields` would give for it, or None for a table."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, str | int | float):
        return str(item)
    if isinstance(item, datetime.date | datetime.time):
        return item.isoformat()
    if isinstance(item, list) and all(isinstance(entry, str) for entry in item):
        return json.dumps(item, ensure_ascii=False)
    return None


def _toml_span(text: str, start: int, end: int, key: str, value: str) -> Span | None:
    """Where a top-level string value is written verbatim, on its key's line."""
    position = start
    while position < end:
        line_end = text.find("\n", position, end)
        line_end = end if line_end < 0 else line_end
        if text.startswith("[", position):
            return None  # a table: the top-level keys are all above it
        found = _TOML_KEY.match(text, position, line_end)
        if found and found.group(1) == key:
            quoted = _TOML_PLAIN.match(text, found.end(), line_end)
            if (
                quoted
                and (quoted.group(1) if quoted.group(1) is not None else quoted.group(2)) == value
            ):
                return Span(quoted.start() + 1, quoted.end() - 1)
            return None
        position = line_end + 1
    return None


def _block_list(raw: str) -> str | None:
    """A block list of scalars (``- Jane Doe`` on each line), as the flow list it stands for."""
    items = []
    for line in raw.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[:2] != "- ":
            return None  # a list of mappings, or something else: skipped
        item = _scalar(stripped[2:].strip())
        if item is None:
            return None
        items.append('"' + item.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return "[" + ", ".join(items) + "]" if items else None


def listed(value: str) -> list[str]:
    """The items of a flow list (``['a', "b", c]``), or the value itself as one item."""
    value = value.strip()
    if not (value.startswith("[") and value.endswith("]")):
        return [value] if value else []
    items = []
    # Each item after its comma and white space: quoted (commas inside), or plain.
    for item in re.findall(r"\s*('(?:[^']|'')*'|\"(?:[^\"\\]|\\.)*\"|[^,\[\]]+)", value[1:-1]):
        decoded = _scalar(item.strip())
        if decoded:
            items.append(decoded)
    return items


def _scalar(raw: str) -> str | None:  # noqa: PLR0911 - one return per kind of scalar
    if not raw or raw[0] in "{|>&*!":
        return None
    if raw[0] == "'":
        if not raw.endswith("'") or len(raw) < 2:  # noqa: PLR2004 - the two quotes
            return None
        return _fold_lines(raw[1:-1]).replace("''", "'")
    if raw[0] == '"':
        if (
            not raw.endswith('"')
            or len(raw) < 2  # noqa: PLR2004 - the two quotes
            or (raw.endswith('\\"') and not raw.endswith('\\\\"'))
        ):
            return None
        return _double_quoted(raw[1:-1])
    if raw[0] == "[":
        return raw
    value = _fold_lines(raw)
    return value.split(" #", 1)[0].strip()


def _fold_lines(value: str) -> str:
    """Fold a multi-line scalar: each line break (with the indentation after it) is one space."""
    lines = value.split("\n")
    if len(lines) == 1:
        return value
    parts = [lines[0].rstrip()]
    for line in lines[1:]:
        stripped = line.strip()
        parts.append(stripped or "\n")
    folded = ""
    for part in parts:
        if part == "\n":
            folded += "\n"
        elif folded and not folded.endswith("\n"):
            folded += " " + part
        else:
            folded += part
    return folded


def _double_quoted(body: str) -> str:
    out: list[str] = []
    i = 0
    length = len(body)
    while i < length:
        char = body[i]
        if char == "\\" and i + 1 < length:
            code = body[i + 1]
            if code == "\n":  # an escaped line break joins the lines without a space
                i += 2
                while i < length and body[i] in " \t":
                    i += 1
                continue
            if code in _HEX:
                digits = body[i + 2 : i + 2 + _HEX[code]]
                try:
                    out.append(chr(int(digits, 16)))
                except ValueError:
                    out.append(body[i : i + 2])
                i += 2 + _HEX[code]
                continue
            out.append(_ESCAPES.get(code, "\\" + code))
            i += 2
            continue
        if char == "\n":
            while out and out[-1] in " \t":
                out.pop()
            j = i + 1
            breaks = 0
            while j < length and body[j] in " \t\n":
                breaks += body[j] == "\n"
                j += 1
            out.append("\n" * breaks if breaks else " ")
            i = j
            continue
        out.append(char)
        i += 1
    return "".join(out)
