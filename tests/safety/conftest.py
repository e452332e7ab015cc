"""Shared set-up for the data-safety tests: a small corpus on disk, and database checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.model import AnnotatedDocument, Document
from annotator.store.db import open_db
from annotator.store.repository import Repository

TEXTS = [
    f"Article {n}. "
    + "Defence Minister Ilse Marović said at least 14 civilians were killed in Brezna. " * 12
    for n in range(3)
]


def make_corpus(path: Path) -> list[str]:
    """A database with three documents; returns their ids."""
    repo = Repository(open_db(path))
    repo.import_documents(
        [AnnotatedDocument(Document.from_text(t, f"Article {n}")) for n, t in enumerate(TEXTS)],
        "ana",
    )
    ids = repo.document_ids()
    repo.db.close()
    return ids


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def file_state(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes and its SQL dump (when it is SQLite): to prove nothing changed."""
    data = path.read_bytes()
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            dump = list(conn.iterdump())
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        dump = []
    return data, dump


@pytest.fixture
def corpus_path(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    make_corpus(path)
    return path


@pytest.fixture
def gui_window(qtbot, qapp, tmp_path: Path):
    """The real window (with install_safety, as in the app) on a corpus, fast timers."""
    from PySide6.QtCore import QSettings

    from annotator.app import configure_application
    from annotator.store.backup import open_with_backup
    from annotator.ui.main_window import MainWindow
    from tests.ui.conftest import ARTICLES

    configure_application(qapp)
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings().clear()
    path = tmp_path / "window.db"
    seed = Repository(open_db(path))
    seed.import_documents(
        [AnnotatedDocument(Document.from_text(t, t.split("\n")[0])) for t in ARTICLES], "ana"
    )
    seed.db.close()
    repo = Repository(open_with_backup(path))
    window = MainWindow(repo, "ana", db_label=str(path))
    qtbot.addWidget(window)
    window.safety.poll_timer.setInterval(20)
    window.safety.retry_timer.setInterval(20)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.safety.poll_timer.stop()
    window.safety.retry_timer.stop()


def stored_spans(path: Path) -> dict[str, tuple[int, int, str]]:
    """Spans as another program sees them in the file (a fresh connection)."""
    conn = sqlite3.connect(path)
    try:
        return {
            r[0]: (r[1], r[2], r[3])
            for r in conn.execute('SELECT id, start, "end", label FROM spans')
        }
    finally:
        conn.close()
