"""Fixtures that build the real window on a real database, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.model import AnnotatedDocument, Document
from annotator.store.db import open_db
from annotator.store.repository import Repository

# How long a test waits for the window's first suggestions (a rule job on a worker
# thread, and the warm rule processes): seconds on an idle machine, but a 2-core machine
# at load 9 or more took longer than 10 s (session 33). A wait ends as soon as they
# arrive, so a long limit costs a passing test nothing.
SUGGESTIONS_ARRIVE_MS = 60_000

ARTICLES = [
    (
        "Shelling of Brezna market\n\n"
        "BREZNA, March 3 - Defence Minister Ilse Marović said at least 14 civilians were "
        'killed. "We will not leave," Marović told reporters 😢 in Brezna.\n\n'
        "The Free Valdor Front (FVF) denied it.\n"
    ),
    "Convoy reaches Tell Qasra\n\nA convoy of 12 trucks reached تل قصرة on Friday.\n",
    "Talks in Geneva\n\nDelegates met in Geneva on Monday.\n",
]


@pytest.fixture(autouse=True)
def _qt_settings(tmp_path: Path, qapp):
    """Application names set as in app.run, and QSettings kept in tmp_path."""
    from PySide6.QtCore import QSettings

    from annotator.app import configure_application

    configure_application(qapp)
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings().clear()
    # Suggestions arrive from a background thread; tests that want them switch them on.
    QSettings().setValue("view/suggestions", False)


@pytest.fixture(autouse=True)
def _nothing_frozen():
    """A window freezes its open document's objects for the garbage collector once painted
    (annotator.core.collector): given back after each test, so that no test's objects
    stay pinned for the rest of the session."""
    import gc

    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.fixture
def corpus(db_path: Path) -> Repository:
    repo = Repository(open_db(db_path))
    repo.import_documents(
        [AnnotatedDocument(Document.from_text(text, text.split("\n")[0])) for text in ARTICLES],
        "ana",
    )
    return repo


def open_window(qtbot, repo: Repository, annotator: str = "ana", db_label: str = "test"):  # type: ignore[no-untyped-def]
    """The real window on `repo`, shown, active, with the focus in the article (as a user
    finds it after start-up), closed with the test."""
    from PySide6.QtWidgets import QApplication

    from annotator.ui.main_window import MainWindow

    win = MainWindow(repo, annotator, db_label=db_label)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.article.setFocus()
    return win


def open_window_with_keymap(
    qtbot, repo: Repository, keymap: dict[str, object], annotator: str = "ana"
):  # type: ignore[no-untyped-def]
    """`open_window` once `keymap` is the user's keymap.json, which must read cleanly."""
    import json

    from annotator.ui.keys import keymap_path

    path = keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(keymap), "utf-8")
    window = open_window(qtbot, repo, annotator)
    assert window.keymap_problems == []
    return window


def f1_pairs(qtbot, window) -> tuple[list[str], set[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """F1's sheet as shown (each cell on a line of its own) and its neighbouring lines."""
    import itertools

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTextBrowser

    qtbot.keyClick(window.article, Qt.Key.Key_F1)
    qtbot.addWidget(window.shortcuts_dialog)
    lines = window.shortcuts_dialog.findChild(QTextBrowser).toPlainText().splitlines()
    return lines, set(itertools.pairwise(lines))


def open_titled(window, title: str) -> str:  # type: ignore[no-untyped-def]
    """Open the corpus article titled `title` and wait for its own suggestions; its id."""
    doc_id = next(i for i in window.repo.document_ids() if window.repo.document_title(i) == title)
    window.open_document(doc_id)
    window.suggestions.wait()  # the rules' own suggestions for this article are in
    return doc_id


def propagated(window) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The extents of the ACTOR mentions proposed by document-local propagation."""
    return [(s.start, s.end) for s in window.session.suggestions() if s.rule == "actor_propagated"]


def stored_tags(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(label, text) of analyst ana's spans in the open document, as stored."""
    rows = window.repo.db.execute(
        "SELECT label, text FROM span_view WHERE document_id = ? AND annotator = 'ana' "
        "ORDER BY start",
        [window.session.document_id],
    )
    return [tuple(r) for r in rows]


@pytest.fixture
def window(qtbot, corpus: Repository):
    return open_window(qtbot, corpus)


@pytest.fixture
def suggesting(qtbot, corpus: Repository):
    """The window with suggestions switched on, once the first article's have arrived."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("view/suggestions", True)
    win = open_window(qtbot, corpus)
    qtbot.waitUntil(lambda: bool(win.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)
    return win
