"""File > Export...: format, layer, documents, destination and split, then a cancellable run.

The dialog only gathers choices; `annotator.services.exporting` does the work, in a
BackgroundJob with its own read-only connection (SQLite connections belong
to one thread). Before writing, the plan's warnings (what the format cannot
express, with counts) are shown and must be accepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.formats.registry import FORMATS
from annotator.services.exporting import ExportResult, Layer, export, plan_export
from annotator.store.repository import Repository
from annotator.ui.workers import BackgroundJob, on_own_connection, progress_dialog

LAYER_ALL = "All annotators"
LAYER_GOLD = "Adjudicated gold"
LAYER_CHOSEN = "Chosen annotators"


class ExportDialog(QDialog):
    """Choose what to export; `run_export()` writes it off the GUI thread."""

    def __init__(self, repo: Repository, annotator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.setWindowTitle("Export")
        self.result_: ExportResult | None = None
        self.error: str | None = None
        self.job: BackgroundJob | None = None
        form = QFormLayout(self)

        self.format_box = QComboBox()
        for spec in FORMATS.values():
            self.format_box.addItem(f"{spec.name}: {spec.description}", spec.name)
        form.addRow("&Format", self.format_box)

        self.layer_box = QComboBox()
        self.layer_box.addItems([LAYER_ALL, LAYER_CHOSEN, LAYER_GOLD])
        form.addRow("&Layer", self.layer_box)
        self.annotator_list = QListWidget()
        for name in repo.annotators():
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name == annotator else Qt.CheckState.Unchecked
            )
            self.annotator_list.addItem(item)
        self.annotator_list.setMaximumHeight(90)
        form.addRow("Annotators", self.annotator_list)

        self.documents_box = QComboBox()
        self.documents_box.addItem("All documents", "all")
        self.documents_box.addItem("Done only", "done")
        form.addRow("&Documents", self.documents_box)

        self.scheme_box = QComboBox()
        self.scheme_box.addItems(["iob2", "bioes"])
        form.addRow("Tagging &scheme", self.scheme_box)
        self.tokenizer_box = QComboBox()
        self.tokenizer_box.addItems(["default", "spacy"])
        form.addRow("&Tokenizer", self.tokenizer_box)

        self.split_check = QCheckBox("Split into train / dev / test by document")
        form.addRow(self.split_check)
        ratios = QHBoxLayout()
        self.ratio_boxes = []
        for value in (0.8, 0.1, 0.1):
            box = QDoubleSpinBox()
            box.setRange(0.0, 1.0)
            box.setSingleStep(0.05)
            box.setValue(value)
            self.ratio_boxes.append(box)
            ratios.addWidget(box)
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, 2**31 - 1)
        ratios.addWidget(self.seed_box)
        form.addRow("Ratios and seed", ratios)

        destination = QHBoxLayout()
        self.path_edit = QLineEdit()
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        destination.addWidget(self.path_edit)
        destination.addWidget(browse)
        form.addRow("Destination", destination)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        self.buttons.accepted.connect(self._confirm_and_run)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.layer_box.currentTextChanged.connect(self._update)
        self.format_box.currentIndexChanged.connect(self._update)
        self.split_check.toggled.connect(self._update)
        self._update()

    # -- choices ---------------------------------------------------------------------------

    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def layer(self) -> Layer:
        choice = self.layer_box.currentText()
        if choice == LAYER_GOLD:
            return Layer(gold=True)
        if choice == LAYER_CHOSEN:
            names = [
                self.annotator_list.item(i).text()
                for i in range(self.annotator_list.count())
                if self.annotator_list.item(i).checkState() == Qt.CheckState.Checked
            ]
            return Layer(tuple(names))
        return Layer()

    def split(self) -> list[float] | None:
        return [box.value() for box in self.ratio_boxes] if self.split_check.isChecked() else None

    def options(self) -> dict[str, Any]:
        return {
            "layer": self.layer(),
            "documents": self.documents_box.currentData(),
            "split": self.split(),
            "seed": self.seed_box.value(),
            "scheme": self.scheme_box.currentText(),
            "tokenizer": self.tokenizer_box.currentText(),
        }

    def _update(self) -> None:
        spec = FORMATS[self.format_name()]
        self.annotator_list.setEnabled(self.layer_box.currentText() == LAYER_CHOSEN)
        self.scheme_box.setEnabled(spec.token_level)
        self.tokenizer_box.setEnabled(spec.token_level)
        for box in self.ratio_boxes:
            box.setEnabled(self.split_check.isChecked())
        self.seed_box.setEnabled(self.split_check.isChecked())

    def _browse(self) -> None:
        spec = FORMATS[self.format_name()]
        if spec.kind == "dir":
            path = QFileDialog.getExistingDirectory(self, "Export into folder")
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, "Export to", f"export{spec.suffix}", f"{spec.name} (*{spec.suffix})"
            )
        if path:
            self.path_edit.setText(path)

    # -- running ---------------------------------------------------------------------------

    def _confirm_and_run(self) -> None:
        if not self.path_edit.text().strip():
            QMessageBox.warning(self, "Export", "Choose where to write the export.")
            return
        try:
            plan = plan_export(self.repo, self.format_name(), **self.options())
        except AnnotatorError as exc:
            QMessageBox.warning(self, "Export", str(exc))
            return
        if plan.warnings:
            answer = QMessageBox.question(
                self,
                "Export",
                "This format cannot express everything:\n\n"
                + "\n".join(f"• {w}" for w in plan.warnings)
                + "\n\nExport anyway?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run_export()

    def run_export(self) -> BackgroundJob:
        """Start the export in a BackgroundJob with a cancellable progress dialog."""
        db_file = self.repo.path
        format_name, out, options = self.format_name(), Path(self.path_edit.text()), self.options()

        def task(repo: Repository, progress: Any) -> ExportResult:
            stop = [False]

            def report(done: int, total: int) -> None:
                stop[0] = not progress(done, total, str(out))

            return export(
                repo, format_name, out, progress=report, cancelled=lambda: stop[0], **options
            )

        dialog = progress_dialog(self, "Export", "Exporting…")
        job = BackgroundJob(on_own_connection(db_file, task, readonly=True), self)
        self.progress_dialog = dialog
        # A bound method of this dialog (GUI thread): Qt queues the call here. A nested
        # function would run in the worker thread and touch the widgets from there.
        job.progressed.connect(self._progressed)
        dialog.canceled.connect(job.cancel)
        job.succeeded.connect(self._finished)
        job.failed.connect(self._failed)
        job.finished.connect(dialog.close)
        self.job = job
        job.start()
        return job

    def _progressed(self, done: int, total: int, _what: str) -> None:
        self.progress_dialog.setMaximum(total)
        self.progress_dialog.setValue(done)

    def _finished(self, result: ExportResult) -> None:
        self.result_ = result
        self.accept()

    def _failed(self, message: str) -> None:
        self.error = message
        if "cancelled" not in message:
            QMessageBox.warning(self, "Export", message)
