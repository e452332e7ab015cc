"""File > Export...: one layer, its documents, the format's options, then a cancellable run.

The dialog only gathers choices; `annotator.services.exporting` does the work (the
same contract as `annotator export`), in a BackgroundJob with its own read-only
connection (SQLite connections belong to one thread).
- The layer defaults to the user's own (the adjudicated gold layer in review mode).
- What will be written (documents, spans per label and per annotator, documents
  left out) is shown before writing, and updated as the choices change.
- Choices are remembered between sessions (QSettings: view state, not corpus data).
- Before writing, the format's losses are listed and must be accepted, and an
  existing file is replaced only if the user says so; afterwards the dialog
  confirms with the path and the counts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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
from annotator.services.exporting import (
    ExportResult,
    Layer,
    Plan,
    export,
    part_path,
    plan_export,
)
from annotator.store.repository import Repository
from annotator.ui import messages
from annotator.ui.workers import BackgroundJob, on_own_connection, progress_dialog

LAYER_MINE = "mine"
LAYER_GOLD = "gold"
LAYER_CHOSEN = "chosen"
SETTINGS_GROUP = "export"


class ExportDialog(QDialog):
    """Choose what to export; `run_export()` writes it off the GUI thread."""

    def __init__(
        self,
        repo: Repository,
        annotator: str,
        parent: QWidget | None = None,
        *,
        review: bool = False,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.annotator = annotator
        self.setWindowTitle("Export")
        self.result_: ExportResult | None = None
        self.error: str | None = None
        self.job: BackgroundJob | None = None
        self.plan: Plan | None = None
        self.confirmation: QMessageBox | None = None
        form = QFormLayout(self)

        self.format_box = QComboBox()
        for spec in FORMATS.values():
            self.format_box.addItem(f"{spec.name}: {spec.description}", spec.name)
        form.addRow("&Format", self.format_box)

        self.layer_box = QComboBox()
        self.layer_box.addItem(f"My layer ({annotator})", LAYER_MINE)
        self.layer_box.addItem("Adjudicated gold", LAYER_GOLD)
        self.layer_box.addItem("Chosen annotators", LAYER_CHOSEN)
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
        self.overlap_box = QComboBox()
        self.overlap_box.addItem("Longest span wins", "longest")
        self.overlap_box.addItem("First annotator in the list wins", "first-annotator")
        self.overlap_box.addItem("Refuse if annotators overlap", "refuse")
        form.addRow("&Overlaps", self.overlap_box)

        self.documents_box = QComboBox()
        self.documents_box.addItem("All documents", "all")
        self.documents_box.addItem("Done only", "done")
        form.addRow("&Documents", self.documents_box)
        self.include_empty_check = QCheckBox("Include documents the layer never touched")
        form.addRow(self.include_empty_check)
        # `annotator export --drop-boilerplate`: README promises the window the same choices.
        self.drop_furniture_check = QCheckBox(
            "Leave out page furniture (and the spans touching it)"
        )
        form.addRow(self.drop_furniture_check)

        self.scheme_box = QComboBox()
        self.scheme_box.addItems(["iob2", "bioes"])
        form.addRow("Tagging &scheme", self.scheme_box)
        self.tokenizer_box = QComboBox()
        self.tokenizer_box.addItems(["default", "spacy"])
        form.addRow("&Tokenizer", self.tokenizer_box)
        self.segment_box = QComboBox()
        self.segment_box.addItems(["paragraph", "sentence", "document"])
        form.addRow("Se&gments", self.segment_box)
        self.offsets_box = QComboBox()
        self.offsets_box.addItem("UTF-16 units (doccano 1.8 and later)", "utf16")
        self.offsets_box.addItem("Code points (older doccano)", "codepoint")
        form.addRow("doccano o&ffsets", self.offsets_box)

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

        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)  # names are stored values
        self.counts_label.setWordWrap(True)
        form.addRow("Will write", self.counts_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        self.buttons.accepted.connect(self._confirm_and_run)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

        self._restore(review)
        for signal in (
            self.layer_box.currentIndexChanged,
            self.format_box.currentIndexChanged,
            self.documents_box.currentIndexChanged,
            self.overlap_box.currentIndexChanged,
            self.scheme_box.currentIndexChanged,
            self.segment_box.currentIndexChanged,
            self.offsets_box.currentIndexChanged,
        ):
            signal.connect(self._update)
        self.split_check.toggled.connect(self._update)
        self.include_empty_check.toggled.connect(self._update)
        self.drop_furniture_check.toggled.connect(self._update)
        self.annotator_list.itemChanged.connect(self._update)
        self._update()

    # -- remembered choices ----------------------------------------------------------------

    def _restore(self, review: bool) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)

        def pick(box: QComboBox, key: str, by_data: bool = True) -> None:
            value = settings.value(key)
            if value is None:
                return
            index = box.findData(value) if by_data else box.findText(str(value))
            if index >= 0:
                box.setCurrentIndex(index)

        pick(self.format_box, "format")
        pick(self.documents_box, "documents")
        pick(self.overlap_box, "overlap")
        pick(self.offsets_box, "offsets")
        pick(self.scheme_box, "scheme", by_data=False)
        pick(self.tokenizer_box, "tokenizer", by_data=False)
        pick(self.segment_box, "segment", by_data=False)
        if review:  # reviewing means exporting the adjudicated layer
            self.layer_box.setCurrentIndex(self.layer_box.findData(LAYER_GOLD))
        else:
            pick(self.layer_box, "layer")
        chosen = settings.value("annotators")
        if isinstance(chosen, list) and chosen:
            for i in range(self.annotator_list.count()):
                item = self.annotator_list.item(i)
                checked = item.text() in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.include_empty_check.setChecked(bool(settings.value("include_empty", False, type=bool)))
        self.drop_furniture_check.setChecked(
            bool(settings.value("drop_boilerplate", False, type=bool))
        )
        path = settings.value("path")
        if isinstance(path, str):
            self.path_edit.setText(path)
        settings.endGroup()

    def remember(self) -> None:
        """Store the current choices for the next time the dialog opens."""
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("format", self.format_name())
        settings.setValue("layer", self.layer_box.currentData())
        settings.setValue("annotators", self.checked_annotators())
        settings.setValue("documents", self.documents_box.currentData())
        settings.setValue("overlap", self.overlap_box.currentData())
        settings.setValue("offsets", self.offsets_box.currentData())
        settings.setValue("scheme", self.scheme_box.currentText())
        settings.setValue("tokenizer", self.tokenizer_box.currentText())
        settings.setValue("segment", self.segment_box.currentText())
        settings.setValue("include_empty", self.include_empty_check.isChecked())
        settings.setValue("drop_boilerplate", self.drop_furniture_check.isChecked())
        settings.setValue("path", self.path_edit.text())
        settings.endGroup()

    # -- choices ---------------------------------------------------------------------------

    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def checked_annotators(self) -> list[str]:
        return [
            self.annotator_list.item(i).text()
            for i in range(self.annotator_list.count())
            if self.annotator_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def layer(self) -> Layer:
        choice = self.layer_box.currentData()
        if choice == LAYER_GOLD:
            return Layer(gold=True)
        if choice == LAYER_CHOSEN:
            return Layer(tuple(self.checked_annotators()))
        return Layer((self.annotator,))

    def split(self) -> list[float] | None:
        return [box.value() for box in self.ratio_boxes] if self.split_check.isChecked() else None

    def options(self) -> dict[str, Any]:
        spec = FORMATS[self.format_name()]
        chosen = self.layer_box.currentData() == LAYER_CHOSEN
        several = chosen and len(self.checked_annotators()) > 1
        return {
            "layer": self.layer(),
            "documents": self.documents_box.currentData(),
            "split": self.split(),
            "seed": self.seed_box.value(),
            "scheme": self.scheme_box.currentText(),
            "tokenizer": self.tokenizer_box.currentText(),
            "segment": self.segment_box.currentText(),
            "overlap": self.overlap_box.currentData() if spec.token_level and several else None,
            "include_empty": self.include_empty_check.isChecked(),
            "drop_boilerplate": self.drop_furniture_check.isChecked(),
            "offsets": self.offsets_box.currentData() if spec.name == "doccano" else None,
        }

    def _update(self) -> None:
        spec = FORMATS[self.format_name()]
        chosen = self.layer_box.currentData() == LAYER_CHOSEN
        self.annotator_list.setEnabled(chosen)
        self.overlap_box.setEnabled(
            spec.token_level and chosen and len(self.checked_annotators()) > 1
        )
        self.scheme_box.setEnabled(spec.token_level)
        self.tokenizer_box.setEnabled(spec.token_level)
        self.segment_box.setEnabled(spec.name in ("hf", "conll"))
        self.offsets_box.setEnabled(spec.name == "doccano")
        for box in self.ratio_boxes:
            box.setEnabled(self.split_check.isChecked())
        self.seed_box.setEnabled(self.split_check.isChecked())
        self._show_counts()

    def _show_counts(self) -> None:
        """What the export will hold, from counts in SQL (the format's losses come later)."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.plan = plan_export(
                self.repo, self.format_name(), check_limits=False, **self.options()
            )
        except AnnotatorError as exc:
            self.plan = None
            self.counts_label.setText(str(exc))
            ok.setEnabled(False)
            return
        ok.setEnabled(True)
        self.counts_label.setText(describe_plan(self.plan))

    def _browse(self) -> None:
        spec = FORMATS[self.format_name()]
        if spec.kind == "dir":
            path = QFileDialog.getExistingDirectory(self, "Export into folder")
        else:
            path, _ = QFileDialog.getSaveFileName(
                self,
                "Export to",
                f"export{spec.suffix}",
                f"{spec.name} (*{spec.suffix})",
                options=QFileDialog.Option.DontConfirmOverwrite,  # asked before writing
            )
        if path:
            self.path_edit.setText(path)

    # -- running ---------------------------------------------------------------------------

    def existing_outputs(self) -> list[Path]:
        out = Path(self.path_edit.text())
        spec = FORMATS[self.format_name()]
        if spec.kind == "dir":
            return [out] if out.is_dir() and any(out.iterdir()) else []
        parts = self.plan.parts if self.plan else {"all": []}
        return [p for p in (part_path(out, part) for part in parts) if p.exists()]

    def ask_overwrite(self, paths: list[Path]) -> bool:
        answer = messages.question(
            self,
            "Export",
            "Replace what is there?\n\n" + "\n".join(str(p) for p in paths),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_and_run(self) -> None:
        if not self.path_edit.text().strip():
            messages.warning(self, "Export", "Choose where to write the export.")
            return
        try:
            plan = plan_export(self.repo, self.format_name(), **self.options())
        except AnnotatorError as exc:
            messages.warning(self, "Export", str(exc))
            return
        self.plan = plan
        if plan.warnings:
            answer = messages.question(
                self,
                "Export",
                "This format cannot express everything:\n\n"
                + "\n".join(f"• {w}" for w in plan.warnings)
                + "\n\nExport anyway?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        existing = self.existing_outputs()
        if existing and not self.ask_overwrite(existing):
            return
        self.run_export(force=bool(existing))

    def run_export(self, *, force: bool = False) -> BackgroundJob:
        """Start the export in a BackgroundJob with a cancellable progress dialog."""
        self.remember()
        db_file = self.repo.path
        format_name, out, options = self.format_name(), Path(self.path_edit.text()), self.options()

        def task(repo: Repository, progress: Any) -> ExportResult:
            stop = [False]

            def report(done: int, total: int) -> None:
                stop[0] = not progress(done, total, str(out))

            return export(
                repo,
                format_name,
                out,
                progress=report,
                cancelled=lambda: stop[0],
                force=force,
                **options,
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
        box = QMessageBox(self.parentWidget() or self)
        box.setWindowTitle("Export")
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            "Exported "
            + describe_plan(result.plan)
            + "\n\nto "
            + ", ".join(str(p) for p in result.files)
            + f"\nmanifest: {result.manifest}"
        )
        box.open()  # not exec(): the confirmation never blocks the caller
        self.confirmation = box
        self.accept()

    def _failed(self, message: str) -> None:
        self.error = message
        if "cancelled" not in message:
            messages.warning(self, "Export", message)


def describe_plan(plan: Plan) -> str:
    """The counts an export holds, in a few plain lines."""
    lines = [
        f"{len(plan.document_ids)} documents, {plan.spans} spans, {plan.relations} relations "
        f"of the layer {plan.layer.describe()}"
    ]
    if plan.labels:
        lines.append("per label: " + ", ".join(f"{k} {v}" for k, v in plan.labels.items()))
    if len(plan.spans_per_annotator) > 1:
        lines.append(
            "per annotator: " + ", ".join(f"{k} {v}" for k, v in plan.spans_per_annotator.items())
        )
    for reason, ids in plan.skipped.items():
        lines.append(f"left out: {len(ids)} documents {reason}")
    lines += plan.notes
    return "\n".join(lines)
