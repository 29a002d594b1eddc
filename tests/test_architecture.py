"""The house rule: the package's modules import each other in one direction only.

import-linter (configured in pyproject.toml, run by .ci/run) checks the order of the wings; these
tests check what it does not say in one line: no cycle among the modules themselves, counting the
imports inside functions and under ``TYPE_CHECKING``, and no import of the package's own modules
inside a function.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import interview_corpus as ic

PACKAGE = Path(ic.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, str]]:
    """Every import of the package's own modules in a file: (target module, where it stands).

    Where is "module", "function" (inside a def) or "checking" (under TYPE_CHECKING).
    """
    name = _module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    modules = {_module_name(file) for file in PACKAGE.rglob("*.py")}
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = where
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = "function"
            elif isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                inner = "checking"
            if isinstance(child, ast.ImportFrom):
                base = package[: len(package) - child.level + 1] if child.level else []
                target = ".".join([*base, *([child.module] if child.module else [])])
                for alias in child.names:
                    full = f"{target}.{alias.name}"
                    hit = full if full in modules else target
                    if hit in modules and hit != name:
                        found.append((hit, inner))
            elif isinstance(child, ast.Import):
                found.extend((alias.name, inner) for alias in child.names if alias.name in modules)
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), "module")
    return found


def _graph() -> dict[str, set[str]]:
    return {
        _module_name(path): {target for target, _ in _imports(path)}
        for path in PACKAGE.rglob("*.py")
    }


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, as a path that ends where it starts; None if it has none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := walk(target)):
                return found
        state[node] = 2
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state and (found := walk(node)):
            return found
    return None


def test_the_cycle_finder_finds_a_cycle():
    """The check below can fail: a graph with a loop gives that loop back."""
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_cycle_among_the_modules():
    """No module reaches itself through imports, at module level, in functions or for checkers.

    The face (``interview_corpus/__init__.py``) is left out: it names every wing for type
    checkers and loads each on first use, and no module imports it.
    """
    graph = _graph()
    graph.pop("interview_corpus")
    assert _cycle(graph) is None


def test_no_import_of_the_package_inside_a_function():
    """The package's own modules are imported at the top of a module (or for type checkers).

    An import inside a function hides a dependency from the reader and from import-linter's
    order; the face's lazy loading (PEP 562) is the one place that loads a wing on demand.
    """
    inside = sorted(
        f"{_module_name(path)} -> {target}"
        for path in PACKAGE.rglob("*.py")
        for target, where in _imports(path)
        if where == "function"
    )
    assert inside == []


@pytest.mark.skipif(
    shutil.which("lint-imports", path=str(Path(sys.executable).parent)) is None,
    reason="import-linter is not installed beside this interpreter",
)
def test_import_linter_contracts_are_kept():
    """The wings' order and the forbidden imports in pyproject.toml hold."""
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert command is not None
    result = subprocess.run(
        [command, "--no-cache"],
        cwd=Path(__file__).parent.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]
