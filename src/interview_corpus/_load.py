"""The bundled interviews: read from the package's data once, on first use, and cached.

Each bundled interview is two files in ``interview_corpus/data``: the verbatim
text (``<id>.txt``) and a TOML annotation (``<id>.toml``) holding only what the
text cannot say. Nothing is read at import time.
"""

from __future__ import annotations

import functools
import os
from typing import Any

from ._errors import (
    ArgumentTypeError,
    IntegrityError,
    InterviewCorpusError,
    NotFoundError,
    ReadError,
    close_matches,
)
from ._interview import Interview
from ._lazy import cached, clear
from ._model import Entity, Speaker, Topic
from ._parse import parse
from ._text import INTERVIEW_ID

DEFAULT_ID = "tass-2065861"

_cache: dict[str, Interview] = {}


def available() -> tuple[str, ...]:
    """Return the ids of the bundled interviews, sorted.

    Example:
        >>> import interview_corpus as ic
        >>> ic.available()
        ('tass-2065861',)
    """
    from importlib import resources

    names = (entry.name for entry in resources.files(__package__).joinpath("data").iterdir())
    return tuple(
        sorted(
            name.removesuffix(".toml")
            for name in names
            if name.endswith(".toml") and not name.endswith(".entities.toml")
        )
    )


def load(id: str = DEFAULT_ID) -> Interview:
    """Return a bundled interview, parsing it on the first call and caching it.

    The text's SHA-256 is checked against its annotation on that first call.
    Later calls return the same object. It is safe to call from several
    threads.

    Args:
        id: The interview's id; see :func:`available`.

    Raises:
        NotFoundError: No bundled interview has this id.
        IntegrityError: The bundled text does not match its checksum.

    Example:
        >>> import interview_corpus as ic
        >>> iv = ic.load()
        >>> iv is ic.load("tass-2065861")
        True
        >>> iv.interviewee.name, iv.published.year
        ('Sergey Lavrov', 2025)
    """
    if not isinstance(id, str):
        msg = f"interview ids are str, such as {DEFAULT_ID!r}, not {type(id).__name__}"
        raise ArgumentTypeError(msg)
    return cached(_cache, id, functools.partial(_read, id))


def _clear_cache() -> None:
    """Forget every loaded interview (for tests)."""
    clear(_cache)


def read_data(name: str) -> bytes | None:
    """Return the bytes of a file in the package's ``data`` folder, or ``None`` if it is absent.

    This asks the package's loader directly (the PEP 302 ``get_data`` that
    ``importlib.resources`` wraps): importing ``importlib.resources`` costs
    more than the whole parse. Loaders without ``get_data`` fall back to it.
    """
    get_data = getattr(__spec__.loader, "get_data", None)
    if get_data is not None and __spec__.origin is not None:
        # os.path, not pathlib: pathlib is one of the imports this function avoids.
        path = os.path.join(os.path.dirname(__spec__.origin), "data", name)  # noqa: PTH118, PTH120
        try:
            data: bytes = get_data(path)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as error:  # there, but unreadable: not the same as missing
            raise ReadError(path, error.strerror or str(error)) from None
        return data
    from importlib import resources

    resource = resources.files(__package__).joinpath("data", name)
    return resource.read_bytes() if resource.is_file() else None


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex, from CPython's built-in module when it has one.

    ``hashlib`` loads OpenSSL, which costs several times what parsing the
    interview does; the built-in module gives the same digest.
    """
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]  # CPython 3.12+
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11
        except ImportError:
            from hashlib import sha256
    return sha256(data).hexdigest()  # type: ignore[no-any-return]


def _read(id: str) -> Interview:

    bundled = INTERVIEW_ID.fullmatch(id) and not id.endswith(
        ".entities"
    )  # a lexicon is not an interview
    annotation_bytes = read_data(f"{id}.toml") if bundled else None
    if annotation_bytes is None:
        raise NotFoundError(
            id,
            kind="interview",
            suggestions=close_matches(id, available()),
            hint="ic.available() lists the bundled interviews",
        )
    annotation = _toml(f"{id}.toml", annotation_bytes)
    try:
        return _build(annotation)
    except InterviewCorpusError:
        raise
    except (KeyError, TypeError) as error:  # a field missing or of the wrong type
        raise IntegrityError(
            f"{id}.toml",
            expected="an annotation with source, sha256 and speakers",
            actual=repr(error),
        ) from None


def _build(annotation: dict[str, Any]) -> Interview:
    raw = read_data(annotation["source"])
    if raw is None:
        raise IntegrityError(annotation["source"], expected=annotation["sha256"], actual=None)
    digest = sha256_hex(raw)
    if digest != annotation["sha256"]:
        raise IntegrityError(annotation["source"], expected=annotation["sha256"], actual=digest)
    return parse(
        raw.decode("utf-8"),
        id=annotation["id"],
        outlet=annotation.get("outlet"),
        url=annotation.get("url"),
        published=annotation.get("published"),
        language=annotation.get("language"),
        rights=annotation.get("rights"),
        interviewer=Speaker(role="interviewer", **annotation["interviewer"]),
        interviewee=Speaker(role="interviewee", **annotation["interviewee"]),
        topics=[Topic(**topic) for topic in annotation.get("topics", ())],
        entities=functools.partial(
            _read_entities, annotation.get("entities"), annotation.get("entities_sha256")
        ),
    )


def _read_entities(name: str | None, sha256: str | None = None) -> tuple[Entity, ...]:
    """Read a bundled entity lexicon (``[[entities]]`` in its own TOML file), checking its SHA-256."""
    if name is None:
        return ()
    raw = read_data(name)
    if raw is None:
        raise IntegrityError(name, expected=sha256 or "a lexicon file", actual=None)
    if sha256 is not None and sha256_hex(raw) != sha256:
        raise IntegrityError(name, expected=sha256, actual=sha256_hex(raw))
    try:
        return tuple(Entity(**entity) for entity in _toml(name, raw)["entities"])
    except (KeyError, TypeError, ValueError) as error:  # a hand edit that broke the lexicon
        raise IntegrityError(name, expected="an [[entities]] lexicon", actual=str(error)) from None


def _toml(name: str, raw: bytes) -> dict[str, Any]:
    """A bundled TOML file, parsed; a damaged one is an IntegrityError, not a TOMLDecodeError."""
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise IntegrityError(name, expected="valid UTF-8 TOML", actual=str(error)) from None
