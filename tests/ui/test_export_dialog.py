"""File > Export...: the user's own layer by default (gold in review mode), the counts
before writing, remembered choices, overwrite asked, a confirmation with path and counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.services.exporting import Layer
from annotator.store.repository import Repository
from tests.formats.conftest import build_corpus

pytestmark = pytest.mark.gui


@pytest.fixture
def corpus_repo(repo: Repository) -> Repository:
    build_corpus(repo)
    return repo


@pytest.fixture
def make_dialog(qtbot, corpus_repo: Repository):
    from annotator.ui.export_dialog import ExportDialog

    def make(annotator: str = "ana", review: bool = False) -> ExportDialog:
        widget = ExportDialog(corpus_repo, annotator, review=review)
        qtbot.addWidget(widget)
        return widget

    return make


def _choose(dialog, format_name: str) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(format_name))


def _run(qtbot, dialog, **kwargs) -> None:
    job = dialog.run_export(**kwargs)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: dialog.result_ is not None or dialog.error is not None)


def test_dialog_defaults_to_the_users_own_layer_and_shows_its_counts(make_dialog) -> None:
    dialog = make_dialog("ben")
    assert dialog.layer() == Layer(("ben",))
    assert dialog.layer_box.currentText() == "My layer (ben)"
    text = dialog.counts_label.text()
    assert "1 documents, 2 spans, 1 relations of the layer ben" in text
    assert "left out: 1 documents untouched by the layer" in text


def test_review_mode_defaults_to_the_gold_layer(make_dialog) -> None:
    dialog = make_dialog(review=True)
    assert dialog.layer() == Layer(gold=True)
    assert "no gold layer" in dialog.counts_label.text()  # nothing adjudicated yet
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_counts_follow_the_chosen_annotators_and_token_formats_ask_for_a_policy(
    make_dialog,
) -> None:
    dialog = make_dialog()
    dialog.layer_box.setCurrentIndex(dialog.layer_box.findData("chosen"))
    dialog.annotator_list.item(dialog.repo.annotators().index("ben")).setCheckState(
        dialog.annotator_list.item(0).checkState()
    )
    assert dialog.checked_annotators() == ["ana", "ben"]
    assert "9 spans" in dialog.counts_label.text()
    assert "per annotator: ana 7, ben 2" in dialog.counts_label.text()
    _choose(dialog, "conll")
    assert dialog.overlap_box.isEnabled()
    assert dialog.options()["overlap"] == "longest"
    _choose(dialog, "csv")
    assert not dialog.overlap_box.isEnabled()
    assert dialog.options()["overlap"] is None


def test_export_runs_in_the_background_and_confirms_with_path_and_counts(
    qtbot, make_dialog, tmp_path: Path
) -> None:
    dialog = make_dialog()
    _choose(dialog, "jsonl")
    out = tmp_path / "from-dialog.jsonl"
    dialog.path_edit.setText(str(out))
    _run(qtbot, dialog)
    assert dialog.error is None
    assert len(out.read_text("utf-8").splitlines()) == 2
    manifest = json.loads((tmp_path / "from-dialog.jsonl.manifest.json").read_text("utf-8"))
    assert manifest["spans"] == 7
    assert manifest["layer"]["annotators"] == ["ana"]
    shown = dialog.confirmation.text()
    assert str(out) in shown
    assert "2 documents, 7 spans" in shown
    dialog.confirmation.close()


def test_an_existing_file_is_replaced_only_when_the_user_agrees(
    qtbot, make_dialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog()
    _choose(dialog, "csv")
    out = tmp_path / "spans.csv"
    out.write_text("precious", "utf-8")
    dialog.path_edit.setText(str(out))
    asked: list[list[Path]] = []
    monkeypatch.setattr(dialog, "ask_overwrite", lambda paths: asked.append(paths) or False)
    dialog._confirm_and_run()
    assert asked == [[out]]
    assert out.read_text("utf-8") == "precious"
    assert dialog.job is None
    monkeypatch.setattr(dialog, "ask_overwrite", lambda paths: True)
    dialog._confirm_and_run()
    with qtbot.waitSignal(dialog.job.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert out.read_text("utf-8-sig").startswith("document_title")
    dialog.confirmation.close()


def test_choices_are_remembered_for_the_next_dialog(qtbot, make_dialog, tmp_path: Path) -> None:
    first = make_dialog()
    _choose(first, "hf")
    first.segment_box.setCurrentText("sentence")
    first.include_empty_check.setChecked(True)
    first.path_edit.setText(str(tmp_path / "rows.jsonl"))
    _run(qtbot, first)
    first.confirmation.close()
    second = make_dialog()
    assert second.format_name() == "hf"
    assert second.segment_box.currentText() == "sentence"
    assert second.include_empty_check.isChecked()
    assert second.path_edit.text() == str(tmp_path / "rows.jsonl")


def test_tagging_options_are_offered_only_for_token_formats(make_dialog) -> None:
    dialog = make_dialog()
    _choose(dialog, "conll")
    assert dialog.scheme_box.isEnabled()
    assert dialog.segment_box.isEnabled()
    _choose(dialog, "doccano")
    assert not dialog.scheme_box.isEnabled()
    assert dialog.offsets_box.isEnabled()
    assert dialog.options()["offsets"] == "utf16"


def test_split_ratios_are_used_only_when_split_is_ticked(make_dialog) -> None:
    dialog = make_dialog()
    assert dialog.split() is None
    dialog.split_check.setChecked(True)
    assert dialog.split() == [0.8, 0.1, 0.1]


def test_page_furniture_can_be_left_out_from_the_dialog(
    qtbot, make_dialog, corpus_repo: Repository, tmp_path: Path
) -> None:
    """README: the dialog offers the command's choices, `--drop-boilerplate` included."""
    from annotator.store.boilerplate import set_boilerplate

    document_id = corpus_repo.document_ids()[0]
    text = corpus_repo.document(document_id).text
    set_boilerplate(corpus_repo, document_id, [(len(text) - 5, len(text))], by="ana")
    dialog = make_dialog()
    _choose(dialog, "jsonl")
    dialog.drop_furniture_check.setChecked(True)
    assert dialog.options()["drop_boilerplate"] is True
    assert "page furniture left out of 1 document" in dialog.counts_label.text()
    out = tmp_path / "clean.jsonl"
    dialog.path_edit.setText(str(out))
    _run(qtbot, dialog)
    assert dialog.error is None
    dialog.confirmation.close()
    written = {
        r["meta"]["document_id"]: r["text"] for r in map(json.loads, out.open(encoding="utf-8"))
    }
    assert written[document_id] == text[:-5]
    manifest = json.loads((tmp_path / "clean.jsonl.manifest.json").read_text("utf-8"))
    assert manifest["boilerplate_dropped"]["documents"] == 1
    assert make_dialog().drop_furniture_check.isChecked()  # remembered
