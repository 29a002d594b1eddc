"""The public surface as users' type checkers see it: typing_tests/ under mypy --strict."""

from pathlib import Path

import pytest

TYPING_TESTS = Path(__file__).parent.parent / "typing_tests"


@pytest.mark.skipif(not TYPING_TESTS.is_dir(), reason="typing_tests/ is not in this checkout")
def test_typing_tests_pass_mypy_strict():
    """Correct user code type-checks, and every line that must be rejected still is."""
    from mypy import api

    report, errors, status = api.run(
        [
            "--strict",
            "--warn-unused-ignores",
            "--enable-error-code",
            "ignore-without-code",
            "--no-incremental",
            str(TYPING_TESTS),
        ]
    )
    assert (status, errors) == (0, ""), report


def test_every_lazy_name_is_imported_for_type_checkers():
    """The one table of public names and the imports type checkers see name the same names."""
    import ast

    import interview_corpus as ic

    tree = ast.parse(Path(ic.__file__).read_text(encoding="utf-8"))
    for_checkers = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "_TYPE_CHECKING"
        for statement in node.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
    }
    from interview_corpus import _PUBLIC

    assert set(_PUBLIC) == for_checkers


def test_readme_examples_pass_mypy_strict(tmp_path):
    """The README's Python examples, as a user would type them into a module, type-check strictly:
    the common path (a paragraph's sentences, a check's verdict) needs no cast."""
    import re

    from mypy import api

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    code = [
        line[4:]
        for block in blocks
        for line in block.splitlines()
        if line.startswith((">>> ", "... "))
    ]
    module = tmp_path / "readme_examples.py"
    module.write_text("\n".join(code) + "\n", encoding="utf-8")
    report, errors, status = api.run(["--strict", "--no-incremental", str(module)])
    assert (status, errors) == (0, ""), report
