"""Every public name is documented with an example, and every docstring example runs."""

from __future__ import annotations

import doctest
import importlib
import inspect
import itertools
import pkgutil

import pytest

import interview_corpus as ic

# Every module of every wing: walk_packages descends into the subpackages.
MODULES = [
    importlib.import_module(info.name)
    for info in pkgutil.walk_packages(ic.__path__, prefix="interview_corpus.")
    if info.name != "interview_corpus.__main__"
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
    runner = doctest.DocTestRunner(
        verbose=False,  # not "-v" in sys.argv: pytest -v would report every example tried
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
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
    """__all__ names every public object the package defines, each once."""
    assert len(ic.__all__) == len(set(ic.__all__))
    exported = {name for name in dir(ic) if not name.startswith("_")}
    modules = {info.name for info in pkgutil.iter_modules(ic.__path__)}
    assert exported - modules == set(ic.__all__) - {"__version__"}
    for name in ic.__all__:
        assert getattr(ic, name) is not None


def _alias_docstrings() -> dict[str, str]:
    """The docstrings written under module-level assignments (type aliases), by name."""
    import ast
    from pathlib import Path

    found: dict[str, str] = {}
    for path in Path(ic.__file__).parent.rglob("*.py"):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        for node, after in itertools.pairwise(body):
            target = node.target if isinstance(node, ast.AnnAssign) else None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            if (
                isinstance(target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                found[target.id] = after.value.value
    return found


@pytest.mark.parametrize("name", sorted(set(ic.__all__) - {"__version__"}))
def test_public_name_says_when_it_was_added(name):
    """Every public name's docstring (a type alias's included) has a versionadded note."""
    obj = getattr(ic, name)
    documented = inspect.isclass(obj) or inspect.isfunction(obj)
    doc = (obj.__doc__ or "") if documented else _alias_docstrings().get(name, "")
    assert ".. versionadded::" in doc, name
