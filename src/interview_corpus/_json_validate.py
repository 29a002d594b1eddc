r"""A small validator for the package's own JSON Schema, so that ``from_json`` accepts what it says.

The schema (``data/interview-corpus.schema.json``) uses a handful of draft
2020-12 keywords: ``type``, ``const``, ``enum``, ``properties``, ``required``,
``additionalProperties: false``, ``items``, ``$ref``, ``anyOf``, ``oneOf``,
``pattern``, ``minimum`` and ``format: date``. This module interprets exactly
those, more strictly where JSON Schema is lax in ways that would build a wrong
object: an ``integer`` is a JSON integer (not ``1.0``, not ``true``), a
``pattern`` must match the whole string (``$`` does not match before a final
newline) with ASCII ``\d``, and a string may not hold a lone surrogate.

Keeping the validator in the package keeps ``jsonschema`` a test dependency;
the test suite checks the two agree (every document the schema rejects, this
rejects too).
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import Any

Schema = dict[str, Any]

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


@functools.cache
def compiled_pattern(source: str) -> re.Pattern[str]:
    """A schema pattern as Python reads it: ASCII digits, and ``$`` at the very end only."""
    return re.compile(
        source.removesuffix("$") + r"\Z" if source.endswith("$") else source, re.ASCII
    )


def validate(value: object, schema: Schema, root: Schema, path: str = "$") -> list[str]:
    """Return every problem of ``value`` against ``schema``, each ending in ``@ path``.

    Example:
        >>> from interview_corpus._json_validate import validate
        >>> schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
        >>> validate({"n": 1.5}, schema, schema)
        ['expected an integer, not 1.5 @ $.n']
    """
    if "$ref" in schema:
        return _ref(value, schema["$ref"].removeprefix("#/$defs/"), root, path)
    if "anyOf" in schema:
        return _any_of(value, schema["anyOf"], root, path)
    problems = _choices(value, schema, root, path)
    kind = schema.get("type")
    if kind is not None and not _is(value, kind):
        article = "an" if kind[0] in "aeiou" else "a"
        problems.append(f"expected {article} {kind}, not {_name(value)} @ {path}")
        return problems
    if isinstance(value, str):
        problems += _string(value, schema, path)
    elif isinstance(value, int) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(f"must be at least {schema['minimum']} @ {path}")
    elif isinstance(value, dict):
        problems += _object(value, schema, root, path)
    elif isinstance(value, list) and "items" in schema:
        for number, item in enumerate(value):
            problems += validate(item, schema["items"], root, f"{path}[{number}]")
    return problems


def _ref(value: object, name: str, root: Schema, path: str) -> list[str]:
    if name == "span" and _is_span(value):
        return []  # the commonest value of a document, checked in one step
    return validate(value, root["$defs"][name], root, path)


def _any_of(value: object, options: list[Schema], root: Schema, path: str) -> list[str]:
    """The first form that fits ends the search; a value that fits none gets the fewest problems."""
    found = []
    for option in options:
        if value is None and option.get("type") == "null":
            return []
        problems = validate(value, option, root, path)
        if not problems:
            return []
        found.append(problems)
    return min(found, key=len)


def _is_span(value: object) -> bool:
    """Whether ``value`` is a valid span (``{"start": n, "end": m}``, non-negative integers)."""
    return (
        type(value) is dict
        and len(value) == 2  # noqa: PLR2004  # start and end
        and type(value.get("start")) is int
        and type(value.get("end")) is int
        and value["start"] >= 0
        and value["end"] >= 0
    )


def _choices(value: object, schema: Schema, root: Schema, path: str) -> list[str]:
    """The ``oneOf``, ``const`` and ``enum`` keywords."""
    problems: list[str] = []
    if "oneOf" in schema:
        passing = sum(not validate(value, option, root, path) for option in schema["oneOf"])
        if passing != 1:
            problems.append(f"must match exactly one of {len(schema['oneOf'])} forms @ {path}")
    if "const" in schema and not _same(value, schema["const"]):
        problems.append(f"must be {schema['const']!r} @ {path}")
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        problems.append(f"must be one of {', '.join(map(repr, schema['enum']))} @ {path}")
    return problems


def _string(value: str, schema: Schema, path: str) -> list[str]:
    problems: list[str] = []
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        problems.append(f"holds a lone surrogate, which is not text @ {path}")
    if "pattern" in schema and not compiled_pattern(schema["pattern"]).match(value):
        problems.append(f"{value[:40]!r} does not match {schema['pattern']} @ {path}")
    if schema.get("format") == "date" and not is_date(value):
        problems.append(f"{value[:40]!r} is not a YYYY-MM-DD date @ {path}")
    return problems


def is_date(value: str) -> bool:
    """Whether ``value`` is a date as the schema's ``format: date`` means it: ``YYYY-MM-DD``.

    Example:
        >>> from interview_corpus._json_validate import is_date
        >>> is_date("2025-12-28"), is_date("2025-W52"), is_date("2025-02-30")
        (True, False, False)
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _object(value: dict[str, Any], schema: Schema, root: Schema, path: str) -> list[str]:
    problems = [
        f"required property {name!r} is missing @ {path}"
        for name in schema.get("required", ())
        if name not in value
    ]
    properties: Schema = schema.get("properties", {})
    for name, item in value.items():
        if name in properties:
            problems += validate(item, properties[name], root, f"{path}.{name}")
        elif schema.get("additionalProperties") is False:
            problems.append(f"unknown property {name!r} @ {path}")
    return problems


def _is(value: object, kind: str) -> bool:
    if isinstance(value, bool):
        return kind == "boolean"
    return isinstance(value, _TYPES[kind])


def _same(value: object, expected: object) -> bool:
    """Equal as JSON values: ``true`` is not ``1``."""
    return type(value) is type(expected) and value == expected


def _name(value: object) -> str:
    if isinstance(value, int | float | bool):
        return repr(value).lower() if isinstance(value, bool) else repr(value)
    names = {
        dict: "object",
        list: "array",
        str: "string",
        bool: "boolean",
        int: "integer",
        float: "number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)
