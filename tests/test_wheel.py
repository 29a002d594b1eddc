"""Build the wheel, install it into a fresh virtual environment, and use it from outside the tree."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import attrs
import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

CHECK = """
import sys, interview_corpus as ic
assert 'site-packages' in ic.__file__, ic.__file__
iv = ic.load()
assert len(iv) == 5 and len(iv.sentences()) == 88
assert iv.source[slice(*iv.lookup('a3.p2').span)] == iv.lookup('a3.p2').text
print(iv.id, ic.__version__)
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / "pyproject.toml").exists():
        pytest.skip("not run from a source checkout")
    out = tmp_path_factory.mktemp("dist")
    # No build isolation: hatchling comes with the test dependencies, so this works offline.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("interview_corpus-*.whl")
    return built


def test_wheel_contains_the_data_and_the_notice(wheel):
    """The wheel ships the verbatim text, its annotation and reading, py.typed, the licence and the notice."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in [
        "interview_corpus/data/tass-2065861.txt",
        "interview_corpus/data/tass-2065861.toml",
        "interview_corpus/data/tass-2065861.entities.toml",
        "interview_corpus/data/tass-2065861.reading.pickle",
        "interview_corpus/py.typed",
        "interview_corpus/__init__.py",
    ]:
        assert name in names
    assert any(name.endswith("licenses/LICENSE") for name in names)
    assert any(name.endswith("licenses/NOTICE") for name in names)
    metadata = next(name for name in names if name.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "© TASS" in text
    assert "https://tass.com/politics/2065861" in text
    assert "Requires-Dist: attrs" in text


def test_wheel_installs_and_loads_in_a_fresh_venv(wheel, tmp_path):
    """Installed into an empty environment, the package imports and loads the interview."""
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--target",
            purelib,
            str(wheel),
        ],
        check=True,
    )
    # attrs is the one runtime dependency: reuse the test environment's copy, offline.
    attrs_home = Path(attrs.__file__).resolve().parents[1]
    (Path(purelib) / "attrs-from-test-env.pth").write_text(f"{attrs_home}\n")
    assert Path(sysconfig.get_paths()["purelib"]) != Path(purelib)
    result = subprocess.run(
        [python, "-c", CHECK], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "tass-2065861"
