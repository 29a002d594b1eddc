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
