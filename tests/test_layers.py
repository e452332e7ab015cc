"""Imports point one way: the core, store, formats, importer and CLI never load Qt."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import REPO

QT_FREE = (
    "annotator.core",
    "annotator.store",
    "annotator.formats",
    "annotator.services.importing",
    "annotator.services.exporting",
    "annotator.services.suggesting",
    "annotator.cli",
)


def test_non_gui_layers_do_not_import_pyside6() -> None:
    modules = [
        "annotator.core.model",
        "annotator.core.schema",
        "annotator.core.text",
        "annotator.core.offsets",
        "annotator.core.snapping",
        "annotator.store.db",
        "annotator.store.repository",
        "annotator.formats.common",
        "annotator.formats.text",
        "annotator.formats.html",
        "annotator.formats.jsonl",
        "annotator.formats.csv_table",
        "annotator.core.suggest",
        "annotator.core.agreement",
        "annotator.core.consistency",
        *QT_FREE,
    ]
    script = (
        "import importlib, pkgutil, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"for package in {QT_FREE[:3]!r}:\n"
        "    for info in pkgutil.iter_modules(importlib.import_module(package).__path__):\n"
        "        importlib.import_module(package + '.' + info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by a non-GUI layer: {result.stdout}"


def test_import_linter_contracts_are_kept() -> None:
    """core: no Qt, no SQLite; store: no Qt; formats: neither Qt nor store; services: no Qt;
    the CLI no Qt; nothing outside the store imports sqlite3 or sqlite_utils."""
    lint = Path(sys.executable).with_name("lint-imports")
    command = [str(lint)] if lint.exists() else ["lint-imports"]
    result = subprocess.run(
        [*command, "--no-cache"], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_module_outside_the_store_is_bound_by_the_no_sqlite_contract() -> None:
    """A new top-level module or package must be added to the contract, not slip past it."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    (contract,) = [
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["name"].startswith("only the store touches SQLite")
    ]
    package = REPO / "annotator"
    ours = {
        f"annotator.{p.stem}"
        for p in package.iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()
    }
    assert set(contract["source_modules"]) == ours - {"annotator.store"}
    assert contract["forbidden_modules"] == ["sqlite3", "sqlite_utils"]
