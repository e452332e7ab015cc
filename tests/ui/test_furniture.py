"""Page furniture in the window: greyed where the import found it, marked and cleared, undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from annotator.core.model import AnnotatedDocument, Document
from annotator.store.boilerplate import boilerplate
from annotator.store.db import open_db
from annotator.store.repository import Repository

pytestmark = pytest.mark.gui

ARTICLE = (
    "Convoy attacked near Kidal\n\n"
    "Gunmen attacked a convoy near Kidal on Tuesday, the army said.\n\n"
    "Sign up for our Sahel Briefing newsletter\n"
    "Share\nFacebook\nTwitter\n"
)
PLAIN = "Talks in Geneva\n\nDelegates met in Geneva on Monday.\n"


@pytest.fixture
def window(qtbot, db_path: Path):
    from annotator.ui.main_window import MainWindow

    repo = Repository(open_db(db_path))
    repo.import_documents(
        [AnnotatedDocument(Document.from_text(t, t.split("\n")[0])) for t in (ARTICLE, PLAIN)],
        "ana",
    )
    win = MainWindow(repo, "ana", db_label="test")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def _open(window, title: str) -> None:  # type: ignore[no-untyped-def]
    doc_id = next(i for i in window.repo.document_ids() if window.repo.document_title(i) == title)
    window.open_document(doc_id)


def _grey_at(window, offset: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the character at `offset` is drawn in the furniture format."""
    view = window.article
    block = view.document().findBlock(view.map.to_utf16(offset))
    position = view.map.to_utf16(offset) - block.position()
    for fmt_range in block.layout().formats():
        if fmt_range.start <= position < fmt_range.start + fmt_range.length:
            return bool(fmt_range.format.fontItalic())
    return False


def test_furniture_found_at_import_is_greyed_and_the_body_is_not(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window, "Convoy attacked near Kidal")
    text = window.session.document.text
    qtbot.waitUntil(lambda: _grey_at(window, text.index("Sign up")))
    assert _grey_at(window, text.index("Twitter"))
    assert not _grey_at(window, text.index("Gunmen"))
    _open(window, "Talks in Geneva")  # another article: nothing greyed there
    assert window.article.furniture() == []
    assert not _grey_at(window, window.session.document.text.index("Delegates"))


def test_marking_a_selection_saves_it_and_undo_restores_the_ranges(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window, "Talks in Geneva")
    doc_id = window.session.document_id
    text = window.session.document.text
    start = text.index("on Monday")
    window.article.select_text(start, start + len("on Monday"))
    window.furniture.mark_action.trigger()
    assert boilerplate(window.repo, doc_id) == [(start, start + len("on Monday"))]
    qtbot.waitUntil(lambda: _grey_at(window, start))  # once the block is on screen
    assert not _grey_at(window, text.index("Delegates"))
    assert "page furniture" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert boilerplate(window.repo, doc_id) == []
    assert window.article.furniture() == []
    assert not _grey_at(window, start)  # repainted at once: the block was on screen


def test_clearing_removes_what_the_import_found(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window, "Convoy attacked near Kidal")
    doc_id = window.session.document_id
    assert boilerplate(window.repo, doc_id) != []
    assert window.furniture.clear_action.isEnabled()
    window.furniture.clear_action.trigger()
    assert boilerplate(window.repo, doc_id) == []
    assert window.article.furniture() == []
    assert not window.furniture.clear_action.isEnabled()


def test_marking_without_a_selection_says_what_to_do(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window, "Talks in Geneva")
    window.article.clear_text_selection()
    window.furniture.mark_action.trigger()
    assert boilerplate(window.repo, window.session.document_id) == []
    assert "Select the page furniture first" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("undo_keys", "said"),
    [(["F8"], " (F8 undoes)."), (["Ctrl+Alt+U", "F8"], " (Ctrl+Alt+U undoes)."), ([], ".")],
)
def test_marking_and_clearing_name_the_undo_key_in_effect(qtbot, window, undo_keys, said) -> None:  # type: ignore[no-untyped-def]
    _open(window, "Talks in Geneva")
    window.undo_action.setShortcuts(undo_keys)
    text = window.session.document.text
    start = text.index("on Monday")
    window.article.select_text(start, start + len("on Monday"))
    window.furniture.mark_action.trigger()
    assert window.statusBar().currentMessage() == f"Marked as page furniture{said}"
    window.furniture.clear_action.trigger()
    assert window.statusBar().currentMessage() == f"Page furniture cleared{said}"


def test_marking_names_the_platforms_undo_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _open(window, "Talks in Geneva")
    text = window.session.document.text
    window.article.select_text(text.index("Delegates"), text.index("Delegates") + 9)
    window.furniture.mark_action.trigger()
    key = window.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert key
    assert window.statusBar().currentMessage() == f"Marked as page furniture ({key} undoes)."
