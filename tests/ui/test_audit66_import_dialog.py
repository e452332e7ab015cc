"""File > Import offers every file the import reads (audit66)."""

from __future__ import annotations

import fnmatch

import pytest

from annotator.formats.readers import READERS

pytestmark = pytest.mark.gui


def test_import_dialog_lists_brat_and_conll_files(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def choose(_parent, _caption, _folder, filters):  # type: ignore[no-untyped-def]
        offered.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    window.files.import_files()
    first = offered[0].split(";;")[0]
    patterns = first[first.index("(") + 1 : first.index(")")].split()
    for name in ("report.ann", "train.conll", "dev.iob", "test.bio", "notes.markdown"):
        assert any(fnmatch.fnmatch(name, p) for p in patterns), (name, first)
    # Only suffixes the import reads: the --format names (".native", ".brat") are no files.
    assert {p[1:] for p in patterns} <= set(READERS)
