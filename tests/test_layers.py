"""Imports point one way: the core, store, formats, importer and CLI never load Qt."""

from __future__ import annotations

import subprocess
import sys

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
