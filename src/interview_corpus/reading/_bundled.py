"""The bundled interviews: :func:`load` and :func:`available`.

Each bundled interview is files in ``interview_corpus/data``: the verbatim text (``<id>.txt``), a
TOML annotation (``<id>.toml``, read as the JSON ``<id>.annotation.json`` made from it) holding
only what the text cannot say, and its **reading** (``<id>.reading.pickle``): the interview the
parser makes of the text and the annotation, saved when the package is made
(``scripts/bundle_annotations.py``), so that a first :func:`load` needs neither the parser nor its
regular expressions. The reading holds the model's layout it was made with; a model that has
changed since (a working copy being edited) reads the text again instead, as does a damaged
reading. ``tests/test_bundled.py`` checks that the reading equals what parsing the text gives.

Nothing is read at import time; an interview is loaded once, on first use, and cached. This
module imports no part of the reader: the parser is imported when a reading cannot be used.
"""

from __future__ import annotations

import contextlib
import functools
import io
from typing import TYPE_CHECKING, Any

import attrs

from .._util.data import read_data, sha256_hex
from .._util.lazy import cached, clear, lazy_function
from .._util.text import INTERVIEW_ID
from ..errors import (
    IntegrityError,
    InterviewCorpusError,
    InvalidArgumentTypeError,
    NotFoundError,
    close_matches,
)
from ..interview import MODELS, Interview
from ..model._objects import Entity, Speaker, Topic

# The parser, for a bundled interview whose saved reading cannot be used: imported only then.
if TYPE_CHECKING:
    from ._parse import parse as _parse
else:
    _parse = lazy_function("._parse", "parse", __package__)

try:  # CPython's C pickler, without pickle.py: 5.2M instructions of a first load() (callgrind)
    from _pickle import Unpickler as _Unpickler, dumps as _dumps
except ImportError:  # another Python
    from pickle import Unpickler as _Unpickler, dumps as _dumps

DEFAULT_ID = "tass-2065861"

_cache: dict[str, Interview] = {}


def available() -> tuple[str, ...]:
    """Return the ids of the bundled interviews, sorted.

    .. versionadded:: 0.1

    Example:
        >>> import interview_corpus as ic
        >>> ic.available()
        ('tass-2065861',)
    """
    from importlib import resources

    names = (entry.name for entry in resources.files("interview_corpus").joinpath("data").iterdir())
    return tuple(
        sorted(
            name.removesuffix(".toml")
            for name in names
            if name.endswith(".toml") and not name.endswith(".entities.toml")
        )
    )


def load(id: str = DEFAULT_ID) -> Interview:
    """Return a bundled interview, read on the first call and cached.

    The text's SHA-256 is checked against its annotation on that first call.
    Later calls return the same object. It is safe to call from several
    threads.

    Args:
        id: The interview's id; see :func:`available`.

    Raises:
        NotFoundError: No bundled interview has this id.
        IntegrityError: The bundled text does not match its checksum.

    .. versionadded:: 0.1

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
        raise InvalidArgumentTypeError(msg)
    return cached(_cache, id, functools.partial(_load_bundled, id))


def _clear_cache() -> None:
    """Forget every loaded interview (for tests)."""
    clear(_cache)


def _load_bundled(id: str) -> Interview:
    """A bundled interview: its saved reading, or else its text parsed (what :func:`load` caches)."""
    bundled = INTERVIEW_ID.fullmatch(id) and not id.endswith(
        ".entities"
    )  # a lexicon is no interview
    saved = _saved_reading(id) if bundled else None
    if saved is not None:
        return saved
    name = f"{id}.annotation.json"
    annotation_bytes = read_data(name) if bundled else None
    if annotation_bytes is None:
        raise NotFoundError(
            id,
            kind="interview",
            suggestions=close_matches(id, available()),
            hint="ic.available() lists the bundled interviews",
        )
    annotation = _annotation(name, annotation_bytes)
    try:
        return parse_bundled(annotation, _checked_text(annotation["source"], annotation["sha256"]))
    except InterviewCorpusError:
        raise
    except (KeyError, TypeError) as error:  # a field missing or of the wrong type
        raise IntegrityError(
            name,
            expected="an annotation with source, sha256 and speakers",
            actual=repr(error),
        ) from None


def model_layout() -> str:
    """The model's layout: every model class with its fields, as a saved reading records it.

    Example:
        >>> from interview_corpus.reading._bundled import model_layout
        >>> model_layout().startswith("Span(start,end);")
        True
    """
    return ";".join(
        f"{cls.__name__}({','.join(field.name for field in attrs.fields(cls))})" for cls in MODELS
    )


class _ReadingUnpickler(_Unpickler):
    """The unpickler of a saved reading: its dates are made by the datetime module's C half.

    ``_datetime.date`` is ``datetime.date`` (``datetime.py`` takes its classes from there), so
    the interview is the same; importing ``datetime.py``, which first defines every class in
    Python, was 4.3M instructions of a first :func:`load` (callgrind).
    """

    def find_class(self, module: str, name: str) -> Any:  # noqa: ANN401  # any pickled class
        if module == "datetime":
            with contextlib.suppress(ImportError, AttributeError):  # no C half: datetime.py's own
                return super().find_class("_datetime", name)
        return super().find_class(module, name)


def _saved_reading(id: str) -> Interview | None:
    """The saved reading of a bundled interview, if there is one that this model made of its text.

    The reading holds the model's layout, the text's file name and SHA-256 (from the annotation)
    and the interview. The text is checked against that SHA-256, as when it is parsed, and must be
    the interview's source.
    """
    raw = read_data(f"{id}.reading.pickle")
    if raw is None:
        return None
    try:
        layout, source, sha256, interview = _ReadingUnpickler(io.BytesIO(raw)).load()
    except Exception:  # noqa: BLE001  # a reading this model cannot load: read the text instead
        return None
    if layout != model_layout() or not isinstance(interview, Interview):
        return None
    return interview if interview.source == _checked_text(source, sha256) else None


def _checked_text(name: str, sha256: str) -> str:
    """A bundled interview's verbatim text, its SHA-256 checked against its annotation's."""
    raw = read_data(name)
    if raw is None:
        raise IntegrityError(name, expected=sha256, actual=None)
    digest = sha256_hex(raw)
    if digest != sha256:
        raise IntegrityError(name, expected=sha256, actual=digest)
    return raw.decode("utf-8")


def parse_bundled(annotation: dict[str, Any], text: str) -> Interview:
    """Parse a bundled interview's (checked) text with what its annotation says."""
    return _parse(
        text,
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
            _bundled_lexicon, annotation.get("entities"), annotation.get("entities_sha256")
        ),
    )


def _bundled_lexicon(name: str | None, sha256: str | None = None) -> tuple[Entity, ...]:
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


def _annotation(name: str, raw: bytes) -> dict[str, Any]:
    """A bundled interview's annotation: the JSON that scripts/bundle_annotations.py makes of its TOML.

    ``<id>.toml`` is what people edit; ``load()`` reads the JSON made from it, as importing
    ``tomllib`` costs more than the rest of a first ``load()``. A damaged file is an
    IntegrityError, not a JSONDecodeError.
    """
    import json

    try:
        annotation = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise IntegrityError(name, expected="valid UTF-8 JSON", actual=str(error)) from None
    if not isinstance(annotation, dict):
        raise IntegrityError(name, expected="a JSON object", actual=type(annotation).__name__)
    return annotation


def _toml(name: str, raw: bytes) -> dict[str, Any]:
    """A bundled TOML file (an entity lexicon), parsed; a damaged one is an IntegrityError."""
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise IntegrityError(name, expected="valid UTF-8 TOML", actual=str(error)) from None


def saved_reading(id: str) -> bytes:
    """The reading of a bundled interview to save beside it.

    The model's layout, the text's name and SHA-256, and the parsed interview.

    Its entity lexicon is read (and its SHA-256 checked) when its mentions are first asked for, as
    when the text is parsed. ``scripts/bundle_annotations.py`` writes it; ``tests/test_bundled.py``
    checks it.

    Example:
        >>> from interview_corpus.reading._bundled import saved_reading
        >>> saved_reading("tass-2065861")[0]  # pickle's protocol 5
        128
    """
    name = f"{id}.annotation.json"
    raw = read_data(name)
    if raw is None:
        raise NotFoundError(id, kind="interview", suggestions=close_matches(id, available()))
    annotation = _annotation(name, raw)
    source, sha256 = annotation["source"], annotation["sha256"]
    interview = parse_bundled(annotation, _checked_text(source, sha256))
    return _dumps((model_layout(), source, sha256, interview), protocol=5)
