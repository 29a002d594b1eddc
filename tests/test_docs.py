"""Tests for what the docs show that Sybil cannot run in-process: recipes saved as scripts."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .helpers import ROOT


def test_dask_recipe_runs_as_a_saved_script(tmp_path):
    """The scale-out page's Dask script runs with python as saved (spawned workers re-import it)."""
    pytest.importorskip("dask.bag")
    page = (ROOT / "docs" / "howto" / "scale-out.md").read_text(encoding="utf-8")
    (script,) = re.findall(r'```python\n("""mentions_to_parquet\.py.*?)```', page, re.DOTALL)
    (tmp_path / "mentions_to_parquet.py").write_text(script, encoding="utf-8")
    transcripts = tmp_path / "transcripts"
    transcripts.mkdir()
    for number in range(12):
        (transcripts / f"talk-{number}.txt").write_text(
            "Q: How is the harbour?\n\nAna Ruiz: Busy. The Port Authority says so.",
            encoding="utf-8",
        )
    result = subprocess.run(
        [sys.executable, "mentions_to_parquet.py", "transcripts", "out"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "4 Parquet files in out"
    assert len(list((tmp_path / "out").glob("*.parquet"))) == 4


def test_citation_file_names_this_version_and_the_source():
    """CITATION.cff is there, with the package's version and the bundled text's source."""
    from interview_corpus import __version__

    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert re.search(r"^cff-version: 1\.2\.0$", text, re.MULTILINE)
    assert re.search(rf"^version: {re.escape(__version__)}$", text, re.MULTILINE)
    assert 'url: "https://tass.com/politics/2065861"' in text


def test_project_urls_do_not_call_the_article_the_source():
    """[project.urls] has no Source pointing at the TASS article; the article is labelled as what it is."""
    import tomllib

    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    assert "Source" not in urls
    assert urls == {"Bundled interview (TASS)": "https://tass.com/politics/2065861"}


def test_docs_have_a_copy_button():
    """Code blocks in the HTML docs get a copy button that leaves out prompts and output."""
    conf = (ROOT / "docs" / "conf.py").read_text(encoding="utf-8")
    assert '"sphinx_copybutton"' in conf
    assert "copybutton_only_copy_prompt_lines = True" in conf


def test_read_docstring_describes_its_metadata():
    """read()'s **metadata is described in words, not as a stray type ("Unpack[ParseOptions]thing")."""
    import interview_corpus as ic

    assert "Unpack[" not in (ic.read.__doc__ or "")
    assert "**metadata: Anything :func:`parse` takes" in (ic.read.__doc__ or "")


def test_search_and_concordance_document_their_arguments_and_errors():
    """Corpus.search and Interview.concordance have Args and Raises sections, as the other methods do."""
    import interview_corpus as ic

    for method in (ic.Corpus.search, ic.Interview.concordance):
        assert "Args:" in (method.__doc__ or "")
        assert "Raises:" in (method.__doc__ or "")


def test_tutorial_installs_from_a_checkout_or_a_wheel():
    """The tutorial does not tell users to pip install a package that is not on PyPI yet."""
    tutorial = (ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8")
    assert "pip install interview-corpus" not in tutorial
    assert "$ .venv/bin/pip install .  " in tutorial
    assert "pip wheel --no-deps -w dist ." in tutorial


def test_test_modules_share_helpers_through_one_module():
    """The checksum and the paths are defined once, in tests/helpers.py."""
    from .helpers import SHA256

    fixtures = "Path(__file__).resolve().parent / " + '"fixtures"'  # split: not found in this file
    for path in (ROOT / "tests").glob("test_*.py"):
        text = path.read_text(encoding="utf-8")
        assert SHA256 not in text, path.name
        assert fixtures not in text, path.name


# What each optional extra's distributions are imported as.
_IMPORT_NAMES = {"python-docx": "docx", "pyarrow": "pyarrow", "lxml_html_clean": "lxml_html_clean"}

README_WITHOUT_EXTRAS = """
import doctest, importlib.abc, sys
blocked = set(sys.argv[2:])

class NoExtras(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in blocked:
            raise ImportError(f"{name} comes with an extra, not with the plain install")

sys.meta_path.insert(0, NoExtras())
result = doctest.testfile(sys.argv[1], module_relative=False, optionflags=doctest.ELLIPSIS)
sys.exit(1 if result.failed else 0)
"""


def test_every_readme_example_runs_with_the_plain_install():
    """The README's examples need nothing its first command does not install: with every package
    that only an extra brings made unimportable, each example still runs."""
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {Requirement(line).name for line in project["dependencies"]}
    extras = {
        Requirement(line).name
        for extra, lines in project["optional-dependencies"].items()
        if extra not in {"test", "docs"}
        for line in lines
    }
    blocked = sorted(_IMPORT_NAMES.get(name, name.replace("-", "_")) for name in extras - runtime)
    assert "pandas" in blocked
    result = subprocess.run(
        [sys.executable, "-c", README_WITHOUT_EXTRAS, str(ROOT / "README.md"), *blocked],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
