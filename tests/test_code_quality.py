"""The linters run with the tests: ruff (lint and format) and mypy, from the repository root."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(command), capture_output=True, text=True, cwd=REPO, check=False, timeout=600
    )


def _ruff() -> list[str]:
    found = shutil.which("ruff")
    return [found] if found else [sys.executable, "-m", "ruff"]


def test_ruff_lint_passes() -> None:
    result = _run(*_ruff(), "check", ".")
    if result.returncode != 0:
        pytest.fail(f"ruff check found problems:\n{result.stdout}{result.stderr}")


def test_ruff_format_is_clean() -> None:
    result = _run(*_ruff(), "format", "--check", ".")
    if result.returncode != 0:
        pytest.fail(f"ruff format would change files:\n{result.stdout}{result.stderr}")


def test_mypy_passes() -> None:
    result = _run(sys.executable, "-m", "mypy")
    if result.returncode != 0:
        pytest.fail(f"mypy found problems:\n{result.stdout}{result.stderr}")
