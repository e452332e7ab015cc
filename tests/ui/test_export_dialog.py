"""File > Export...: the dialog gathers choices and runs the export off the GUI thread."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.services.exporting import Layer
from annotator.store.repository import Repository
from tests.formats.conftest import build_corpus

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, repo: Repository):
    from annotator.ui.export_dialog import ExportDialog

    build_corpus(repo)
    widget = ExportDialog(repo, "ana")
    qtbot.addWidget(widget)
    return widget


def _choose(dialog, format_name: str) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(format_name))


def test_export_dialog_writes_the_chosen_format_in_the_background(
    qtbot, dialog, tmp_path: Path
) -> None:
    _choose(dialog, "jsonl")
    out = tmp_path / "from-dialog.jsonl"
    dialog.path_edit.setText(str(out))
    job = dialog.run_export()
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert len(out.read_text("utf-8").splitlines()) == 2
    manifest = json.loads((tmp_path / "from-dialog.jsonl.manifest.json").read_text("utf-8"))
    assert manifest["spans"] == 9


def test_layer_choice_becomes_the_checked_annotators(dialog) -> None:
    dialog.layer_box.setCurrentText("Chosen annotators")
    assert dialog.annotator_list.isEnabled()
    assert dialog.layer() == Layer(("ana",))
    dialog.layer_box.setCurrentText("Adjudicated gold")
    assert dialog.layer() == Layer(gold=True)


def test_tagging_options_are_offered_only_for_token_formats(dialog) -> None:
    _choose(dialog, "conll")
    assert dialog.scheme_box.isEnabled()
    _choose(dialog, "csv")
    assert not dialog.scheme_box.isEnabled()


def test_split_ratios_are_used_only_when_split_is_ticked(dialog) -> None:
    assert dialog.split() is None
    dialog.split_check.setChecked(True)
    assert dialog.split() == [0.8, 0.1, 0.1]
