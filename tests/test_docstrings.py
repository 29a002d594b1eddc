"""Every public name is documented with an example, and every docstring example runs."""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil

import pytest

import interview_corpus as ic

MODULES = [
    importlib.import_module(f"interview_corpus.{info.name}")
    for info in pkgutil.iter_modules(ic.__path__)
    if info.name != "__main__"
]
FINDER = doctest.DocTestFinder(exclude_empty=True)
EXAMPLES = sorted(
    {
        test.name: test
        for module in [ic, *MODULES]
        for test in FINDER.find(module)
        if test.examples
    }.values(),
    key=lambda test: test.name,
)


def public_members() -> list[tuple[str, object]]:
    """Every public name, and every public method or property of the public classes."""
    members: list[tuple[str, object]] = []
    for name in ic.__all__:
        obj = getattr(ic, name)
        if not (inspect.isclass(obj) or inspect.isfunction(obj)):
            continue  # __version__ and the type aliases, documented on the API page
        members.append((name, obj))
        if inspect.isclass(obj) and not issubclass(obj, BaseException):
            for attribute, value in vars(obj).items():
                if attribute.startswith("_") or not (
                    inspect.isfunction(value) or isinstance(value, property)
                ):
                    continue
                members.append((f"{name}.{attribute}", value))
    return members


@pytest.mark.parametrize("test", EXAMPLES, ids=lambda test: test.name)
def test_docstring_example(test):
    """The docstring's examples give the output they show."""
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=lambda text: pytest.fail(text, pytrace=False))
    assert runner.failures == 0


def test_examples_were_found():
    """The collector sees the package's docstrings (guards against a silent empty run)."""
    assert len(EXAMPLES) >= 40


@pytest.mark.parametrize(
    ("name", "obj"), public_members(), ids=lambda value: value if isinstance(value, str) else ""
)
def test_public_name_has_a_docstring_with_an_example(name, obj):
    """Each public class, function, method and property has a docstring with an example."""
    doc = inspect.getdoc(obj)
    assert doc, f"{name} has no docstring"
    assert ">>>" in doc, f"{name}'s docstring has no example"


def test_all_is_sorted_and_complete():
    """__all__ is sorted and names every public object the package defines."""
    assert ic.__all__ == sorted(ic.__all__)
    exported = {name for name in dir(ic) if not name.startswith("_")}
    modules = {info.name for info in pkgutil.iter_modules(ic.__path__)}
    assert exported - modules == set(ic.__all__) - {"__version__"}
    for name in ic.__all__:
        assert getattr(ic, name) is not None
