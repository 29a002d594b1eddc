"""Write each bundled interview's annotation as JSON, from the TOML a person edits, and its reading.

    python scripts/bundle_annotations.py          # rewrite src/interview_corpus/data/*.annotation.json
                                                  # and *.reading.pickle
    python scripts/bundle_annotations.py --check  # exit 1 if one is missing or out of date

``<id>.toml`` is the annotation people read and edit (comments, dates as dates). ``load()`` reads
``<id>.annotation.json``, made from it here, because importing ``tomllib`` costs more than
everything else a first ``load()`` does (39M instructions of a 288M start-up; docs/explanation/
performance.md). It then reads ``<id>.reading.pickle``, the interview the parser makes of the text
and the annotation, also made here, so that it needs neither the parser nor its regular
expressions. tests/test_bundled.py runs ``--check``'s comparisons, so none of them can drift.
"""

from __future__ import annotations

import datetime
import json
import sys
import tomllib
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "interview_corpus" / "data"


def _plain(value: object) -> object:
    """TOML's values as JSON's: dates as ``YYYY-MM-DD``."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def annotation_json(toml_path: Path) -> str:
    """The JSON text of one TOML annotation, as this script writes it."""
    annotation = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    return json.dumps(_plain(annotation), ensure_ascii=False, indent=2) + "\n"


def annotations() -> dict[Path, str]:
    """Each bundled annotation's JSON path and the text it must hold."""
    return {
        path.with_name(path.name.removesuffix(".toml") + ".annotation.json"): annotation_json(path)
        for path in sorted(DATA.glob("*.toml"))
        if not path.name.endswith(".entities.toml")
    }


def readings() -> dict[Path, bytes]:
    """Each bundled interview's reading path and the reading it must hold (made from the annotations)."""
    from interview_corpus.reading._bundled import saved_reading

    return {
        DATA / f"{path.name.removesuffix('.annotation.json')}.reading.pickle": saved_reading(
            path.name.removesuffix(".annotation.json")
        )
        for path in annotations()
    }


def stale_readings() -> list[Path]:
    """The readings that are missing or hold another interview (or layout) than the text gives.

    Compared as values, not bytes: a pickle's bytes may differ from run to run for the same value.
    """
    import pickle

    stale = []
    for path, made in readings().items():
        saved = pickle.loads(path.read_bytes()) if path.is_file() else None  # noqa: S301  # our own
        if saved != pickle.loads(made):  # noqa: S301  # as just made
            stale.append(path)
    return stale


def main(argv: list[str]) -> int:
    stale = [
        path
        for path, text in annotations().items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    if "--check" in argv:
        stale += stale_readings()
        for path in stale:
            print(
                f"{path.name} is missing or out of date: run python scripts/bundle_annotations.py"
            )
        return 1 if stale else 0
    for path, text in annotations().items():
        path.write_text(text, encoding="utf-8")
        print("wrote", path.name)
    for path, data in readings().items():  # after the annotations: it reads them
        path.write_bytes(data)
        print("wrote", path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
