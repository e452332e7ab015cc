"""Data safety in the window: a banner, File > Restore backup…, other writers, refused writes.

`SafetyController` is built by the window with the session and undo stack:
refused edits stay in the session's edit service (shown, retried every few
seconds and on demand, and can be saved into a copy elsewhere), a timer
polls for commits by other programs and refreshes the affected documents,
and a banner above the article says plainly what is wrong. Nothing here
blocks: messages go to the banner.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.services.edits import environment_problem
from annotator.store.backup import (
    backup_folder,
    checkpoint_wal,
    database_file,
    list_snapshots,
    read_only_reason,
    restore_snapshot,
)
from annotator.store.watch import ChangeWatcher
from annotator.ui.session import Session

POLL_MS = 1000
RETRY_MS = 5000
# Idle time after the last saved edit before the -wal is copied into the .db file.
CHECKPOINT_MS = 3000

log = logging.getLogger(__name__)


class SafetyBanner(QFrame):
    """A non-blocking strip above the article: what is wrong, and what to do."""

    retryRequested = Signal()
    saveCopyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")
        self.setStyleSheet(
            "#safetyBanner { background: #fff3cd; border: 1px solid #d39e00; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton("Retry now")
        self.copy_button = QPushButton("Save a copy elsewhere…")
        self.retry_button.clicked.connect(self.retryRequested)
        self.copy_button.clicked.connect(self.saveCopyRequested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.copy_button)
        self.hide()

    def say(self, text: str, *, retry: bool = True, copy: bool = True) -> None:
        self.label.setText(text)
        self.retry_button.setVisible(retry)
        self.copy_button.setVisible(copy)
        self.show()


class RestoreDialog(QDialog):
    """Lists the snapshots of the open database; accepting restores the chosen one."""

    def __init__(self, db_path: Path, root: Path | None, parent: QWidget | None = None) -> None:
        # Imported here: the window's first frame has no use for their Python classes.
        from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem

        super().__init__(parent)
        self.setWindowTitle("Restore backup")
        layout = QVBoxLayout(self)
        folder = backup_folder(db_path, root)
        intro = QLabel(
            "Snapshots are taken each time this database is opened (the last 5, and one a "
            f"day for a week) in:\n{folder}\n\nRestoring first takes a snapshot of the "
            "current state, so a restore can itself be undone."
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the folder is named after the file
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.snapshots = list_snapshots(db_path, root)
        self.list = QListWidget()
        for snapshot in self.snapshots:
            item = QListWidgetItem(snapshot.describe())
            item.setData(Qt.ItemDataRole.UserRole, str(snapshot.path))
            self.list.addItem(item)
        if not self.snapshots:
            self.list.addItem("No snapshots yet.")
            self.list.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Restore")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(value) if value else None


class SafetyController(QObject):
    """Backups, the banner, other writers and refused writes, for one session.

    Collaborators are explicit: the session (its edit service keeps refused
    edits in memory and retries them), the undo stack (cleared by a restore)
    and the widget that parents dialogs. The window places `banner` and the
    two actions, and reacts to `corpusChanged` (documents changed on disk),
    `savedText` (the status bar's saved label) and `statusMessage`.
    """

    documentsChanged = Signal(list)  # ids of documents changed by another program
    corpusChanged = Signal(list, bool)  # document ids, everything changed
    messageShown = Signal(str)  # what the banner says, for tests and logs
    savedText = Signal(str)  # "All changes saved" / "Not saved: N in memory"
    statusMessage = Signal(str, int)  # a passing message for the status bar, milliseconds

    def __init__(
        self,
        session: Session,
        undo_stack: QUndoStack,
        dialog_parent: QWidget,
        *,
        poll_ms: int = POLL_MS,
        retry_ms: int = RETRY_MS,
        checkpoint_ms: int = CHECKPOINT_MS,
        backup_root: Path | None = None,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.undo_stack = undo_stack
        self.dialog_parent = dialog_parent
        self.backup_root = backup_root
        self.edits = session.edits
        self.repo = session.repo
        self.db_path = database_file(self.repo.db)
        self.read_only = read_only_reason(self.repo.db)
        self.watcher = ChangeWatcher(self.repo.db, self.db_path)
        self.banner = SafetyBanner()
        self.banner.retryRequested.connect(self.retry)
        self.banner.saveCopyRequested.connect(self.save_copy_dialog)
        session.queued.connect(self._edit_kept)
        session.saved.connect(self._after_write)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(retry_ms)
        self.retry_timer.timeout.connect(self.retry)
        # When idle (a few seconds after the last saved edit) and on document change,
        # the -wal is copied into the .db file, so that the file alone holds the work.
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setSingleShot(True)
        self.checkpoint_timer.setInterval(checkpoint_ms)
        self.checkpoint_timer.timeout.connect(self.checkpoint)
        session.saved.connect(self.checkpoint_timer.start)
        session.documentOpened.connect(lambda _document_id: self.checkpoint())
        self.file_problem: str | None = None
        # Text set apart from the constructor (see MainWindow._action: no QIcon type).
        self.restore_action = QAction(self)
        self.restore_action.setText("Restore &backup…")
        self.restore_action.triggered.connect(self.restore_dialog)
        self.save_copy_action = QAction(self)
        self.save_copy_action.setText("Save a &copy elsewhere…")
        self.save_copy_action.triggered.connect(self.save_copy_dialog)
        if self.read_only:
            self._say(
                f"Read-only: {self.read_only} ({self.db_path}). You can read and tag, but "
                "nothing can be saved into this file; your edits are kept in memory. Use "
                "“Save a copy elsewhere…” to keep them.",
                retry=False,
            )
        elif self.edits.pending:
            self._edit_kept()

    def stop(self) -> None:
        """The window closes: no timer of this controller reads or writes the database
        after that (its owner may close the connection next, while the window object
        lives on until Qt deletes it)."""
        for timer in (self.poll_timer, self.retry_timer, self.checkpoint_timer):
            timer.stop()

    # -- messages ------------------------------------------------------------------

    def _say(self, text: str, *, retry: bool = True) -> None:
        self.banner.say(text, retry=retry)
        self.messageShown.emit(text)

    def _clear(self) -> None:
        self.banner.hide()

    def _pending_text(self) -> str:
        count = len(self.edits.pending)
        edits = "1 edit is" if count == 1 else f"{count} edits are"
        return edits

    def _edit_kept(self) -> None:
        """A write was refused: the edit is in memory. Say so, and retry later."""
        if not self.edits.pending:
            return
        self.savedText.emit(f"Not saved: {len(self.edits.pending)} in memory")
        if self.read_only:
            self._say(
                f"Read-only: {self.read_only}. {self._pending_text()} kept in memory only. "
                "Use “Save a copy elsewhere…” to keep them.",
                retry=False,
            )
            return
        self._say(
            f"Not saved: {self.edits.problem or 'the database refused the write'}. "
            f"{self._pending_text()} kept in memory and will be saved when this is fixed "
            "(retrying every few seconds). Nothing you did is lost."
        )
        if not self.retry_timer.isActive():
            self.retry_timer.start()

    def _after_write(self) -> None:
        if self.edits.pending:
            self._edit_kept()
        else:
            self.watcher.own_write_done()

    # -- retrying ------------------------------------------------------------------

    def retry(self) -> bool:
        """Write the edits kept in memory; True when all are saved."""
        if not self.edits.pending:
            self.retry_timer.stop()
            return True
        if self.read_only:
            return False
        if not self.edits.retry():
            self._edit_kept()
            return False
        self.retry_timer.stop()
        self.watcher.own_write_done()
        self.savedText.emit("All changes saved")
        refused = self.edits.refused
        if refused:
            details = "; ".join(f"{entry.description}: {why}" for entry, why in refused[-3:])
            self._say(f"Saved, but {len(refused)} edits no longer fit the database: {details}")
        else:
            self._clear()
            self.messageShown.emit("All changes saved")
        return True

    # -- checkpoints -----------------------------------------------------------------

    def checkpoint(self) -> bool:
        """Copy the -wal into the .db file now, never waiting for another program.

        Returns True when the .db file alone holds every saved change (and the
        -wal was cut to zero bytes); False when another program kept it busy
        (the next idle moment tries again) or the file cannot be written.
        """
        self.checkpoint_timer.stop()
        if self.read_only:
            return False
        try:
            done = checkpoint_wal(self.repo.db, truncate=True)
        except AnnotatorError as exc:  # the banner reports refused writes; this can wait
            log.info("checkpoint of %s skipped: %s", self.db_path, exc)
            return False
        return done

    # -- other writers ---------------------------------------------------------------

    def poll(self) -> None:
        problem = self.watcher.file_problem()
        if problem and problem != self.file_problem:
            self.file_problem = problem
            self._say(
                f"Warning: {problem} ({self.db_path}). Edits made now may not be kept. "
                "Use “Save a copy elsewhere…” to save everything to a new file.",
                retry=False,
            )
        try:
            changes = self.watcher.poll()
        except Exception as exc:  # the file may be unreadable for a moment
            if environment_problem(exc) is None:
                raise
            return
        if changes is None:
            return
        self.refresh(changes.documents, everything=changes.everything)
        self.documentsChanged.emit(changes.documents)

    def refresh(self, document_ids: list[str], *, everything: bool = False) -> None:
        """Show what another program changed: list rows, and the open document if needed."""
        open_id = self.session.document_id
        if open_id is not None and (everything or open_id in document_ids):
            stored = {s.id: s for s in self.edits.document_spans(open_id, [self.session.annotator])}
            state = self.session.state
            shown = dict(state.spans) if state is not None else {}
            relations = {r.id for r in self.repo.relations(open_id) if r.head_id in stored}
            shown_relations = set(state.relations) if state is not None else set()
            if stored != shown or relations != shown_relations:
                self.session.reload()
        self.corpusChanged.emit(document_ids, everything)

    # -- backups and copies ----------------------------------------------------------

    def restore_dialog(self) -> RestoreDialog:
        dialog = RestoreDialog(self.db_path, self.backup_root, self.dialog_parent)
        dialog.accepted.connect(lambda: self._restore_chosen(dialog))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _restore_chosen(self, dialog: RestoreDialog) -> None:
        chosen = dialog.chosen()
        if chosen is None:
            return
        self.restore(chosen)

    def restore(self, snapshot: Path) -> bool:
        if self.read_only:
            self._say(f"Cannot restore: {self.read_only}.", retry=False)
            return False
        if self.edits.pending:
            self._say(
                "Cannot restore while edits are waiting to be saved: save them first "
                "(Retry now) or save a copy elsewhere."
            )
            return False
        try:
            restore_snapshot(self.repo.db, snapshot, self.backup_root)
        except AnnotatorError as exc:
            self._say(f"Restore failed, nothing changed: {exc}", retry=False)
            return False
        self.repo.forget_schema()
        self.undo_stack.clear()  # its commands describe the state before the restore
        self.watcher.own_write_done()
        self.refresh([], everything=True)
        self.session.reload()
        self.messageShown.emit(f"Restored {snapshot.name}")
        self.statusMessage.emit(f"Restored the backup {snapshot.name}", 8000)
        return True

    def save_copy_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self.dialog_parent, "Save a copy elsewhere", "", "Annotator database (*.db)"
        )
        if path:
            self.save_copy(Path(path))

    def save_copy(self, target: Path) -> bool:
        try:
            report = self.edits.save_copy(target)
        except AnnotatorError as exc:
            self._say(f"The copy could not be saved: {exc}", retry=bool(self.edits.pending))
            return False
        text = f"Saved a copy to {report.path}"
        if report.applied:
            text += f", with the {report.applied} edits kept in memory"
        if report.refused:
            text += f"; {len(report.refused)} could not be applied: " + "; ".join(report.refused)
        self.statusMessage.emit(text, 15000)
        self.messageShown.emit(text)
        return True
