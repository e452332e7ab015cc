"""The document list, moving between documents, status, settings, lazy loading."""

from __future__ import annotations

import itertools
import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTextBrowser

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui.document_list import DocumentListPane
from annotator.ui.document_model import FIRST_PAGE, PAGE, DocumentListModel
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_window_opens_on_the_first_document_with_progress(window: MainWindow) -> None:
    assert window.session.document_id == window.repo.document_ids()[0]
    assert window.progress_label.text() == "0 / 3 done"
    assert window.position_label.text() == "Document 1 / 3"
    assert window.title_label.text() == "Shelling of Brezna market"


def test_ctrl_enter_marks_done_and_opens_the_next_not_done(qtbot, window: MainWindow) -> None:
    ids = window.repo.document_ids()
    window.repo.set_status(ids[1], "ana", "done")
    qtbot.keyClick(window.article, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.repo.status(ids[0], "ana") == "done"
    assert window.session.document_id == ids[2]  # ids[1] was already done
    assert window.progress_label.text() == "2 / 3 done"
    status_cell = window.documents.index(0, 1)
    assert window.documents.data(status_cell) == "done"


def test_alt_arrows_move_between_documents(qtbot, window: MainWindow) -> None:
    ids = window.repo.document_ids()
    qtbot.keyClick(window.article, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.session.document_id == ids[1]
    qtbot.keyClick(window.article, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.session.document_id == ids[0]
    qtbot.keyClick(window.article, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.session.document_id == ids[0]
    assert "first document" in window.statusBar().currentMessage()


def test_clicking_a_list_row_opens_that_document(qtbot, window: MainWindow) -> None:
    ids = window.repo.document_ids()
    rect = window.document_view.visualRect(window.documents.index(2, 0))
    qtbot.mouseClick(window.document_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.document_id == ids[2]
    assert window.title_label.text() == "Talks in Geneva"


def test_undo_after_switching_documents_returns_to_the_edited_one(qtbot, window) -> None:
    ids = window.repo.document_ids()
    text = window.session.document.text
    start = text.index("Brezna market")
    window.article.select_text(start, start + 6)
    qtbot.keyClick(window.article, "3")
    window.open_document(ids[2])
    window.undo_stack.undo()
    assert window.session.document_id == ids[0]
    assert window.repo.spans(ids[0]) == []


def test_filter_and_status_filter_narrow_the_list(qtbot, window: MainWindow) -> None:
    window.filter_box.setText("Geneva")
    window.documents_pane.apply_filter()
    assert [r.title for r in window.documents.rows] == ["Talks in Geneva"]
    window.filter_box.setText("")
    window.repo.set_status(window.repo.document_ids()[1], "ana", "done")
    window.status_box.setCurrentIndex(window.status_box.findData("done"))
    assert [r.title for r in window.documents.rows] == ["Convoy reaches Tell Qasra"]


def test_list_shows_span_count_and_status_after_an_edit(qtbot, window: MainWindow) -> None:
    text = window.session.document.text
    start = text.index("FVF")
    window.article.select_text(start, start + 3)
    qtbot.keyClick(window.article, "3")
    assert window.documents.data(window.documents.index(0, 2)) == 1
    assert window.documents.data(window.documents.index(0, 1)) == "in progress"


def test_window_remembers_last_document_and_zoom(qtbot, corpus: Repository) -> None:
    first = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(first)
    first.open_document(corpus.document_ids()[2])
    size = first.article.font().pointSizeF()
    first.zoom(2)
    first.close()
    second = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(second)
    assert second.session.document_id == corpus.document_ids()[2]
    assert second.article.font().pointSizeF() == size + 2


def test_the_last_document_is_read_once_when_the_window_reopens_it(
    qtbot, corpus: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long last article was read twice before the first frame (issue 16): once to
    # see that it still exists, once to open it.
    from PySide6.QtCore import QSettings

    target = corpus.document_ids()[2]
    QSettings().setValue("documents/last/test", target)
    reads: list[str] = []
    real = corpus.document

    def counted(document_id: str):  # type: ignore[no-untyped-def]
        reads.append(document_id)
        return real(document_id)

    monkeypatch.setattr(corpus, "document", counted)
    window = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(window)
    assert window.session.document_id == target
    assert reads.count(target) == 1


def test_a_last_document_that_is_gone_opens_the_first_one(qtbot, corpus: Repository) -> None:
    from PySide6.QtCore import QSettings

    QSettings().setValue("documents/last/test", "0000000000000000")  # no such document
    window = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(window)
    assert window.session.document_id == corpus.document_ids()[0]
    assert window.title_label.text() == window.session.document.title


def test_the_open_document_is_remembered_soon_after_it_opens(qtbot, corpus: Repository) -> None:
    # Not only on close: after a crash the window still opens the last document read.
    from PySide6.QtCore import QSettings

    window = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(window)
    target = corpus.document_ids()[1]
    window.open_document(target)
    qtbot.waitUntil(lambda: QSettings().value("documents/last/test") == target, timeout=5000)


def test_hover_tooltip_names_label_attributes_annotator_and_speaker(qtbot, window) -> None:
    text = window.session.document.text
    for needle, key in (("We will not leave,", "1"), ("Ilse Marović", "3")):
        start = text.index(needle)
        window.article.select_text(start, start + len(needle))
        qtbot.keyClick(window.article, key)
    quote = next(s for s in window.session.spans() if s.label == "QUOTE")
    actor = next(s for s in window.session.spans() if s.label == "ACTOR")
    window.annotation.select_span(quote.id)
    window.annotation.set_speaker(actor.id)
    tip = window.annotation.tooltip(window.article.spans_at(quote.start + 1))
    assert "QUOTE" in tip
    assert "kind=direct" in tip
    assert "speaker: Ilse Marović" in tip
    assert "by ana" in tip
    a, b = window.article.connector()  # the quote -> speaker arc is drawn between them
    assert a != b


def test_shortcuts_sheet_lists_every_label_hotkey(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.article, Qt.Key.Key_F1)
    text = window.shortcuts_dialog.findChild(QTextBrowser).toPlainText()
    lines = text.splitlines()  # each table cell comes out on a line of its own
    pairs = set(itertools.pairwise(lines))
    for keys, name in (
        ("1", "Tag as QUOTE"),
        ("2", "Tag as CASUALTY"),
        ("3", "Tag as ACTOR"),
        ("Ctrl+Enter", "Mark done and open next"),
        ("Enter", "Accept suggestion"),
        ("Backspace", "Reject suggestion"),
        ("Ctrl+R", "Review mode"),
        ("Ctrl+Shift+F", "Search corpus"),
        ("1 / 2 / …", "accept version 1, 2, … of the selected cluster into gold"),
    ):
        # Each key combination is on a line of its own; the last one sits beside the name.
        *first, last = keys.split(", ")
        assert (last, name) in pairs, (keys, name)
        for key in first:
            assert key in lines, key


def test_in_review_mode_the_shortcuts_sheet_leads_with_the_review_keys(
    qtbot, window: MainWindow
) -> None:
    window.review_action.trigger()
    assert window.review.active
    qtbot.keyClick(window.article, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog.windowTitle() == "Keyboard shortcuts — review mode"
    lines = dialog.findChild(QTextBrowser).toPlainText().splitlines()
    review_heading = lines.index("In review mode (now on; Ctrl+R leaves it)")
    tagging_heading = lines.index("Tagging (on the selected span) (outside review mode)")
    assert review_heading < tagging_heading
    assert lines[review_heading + 1 : review_heading + 3] == [
        "1 / 2 / …",
        "accept version 1, 2, … of the selected cluster into gold",
    ]


def _big_corpus(path, count: int) -> Repository:
    repo = Repository(open_db(path))
    repo.import_documents(
        [
            AnnotatedDocument(Document.from_text(f"Article {i}\n\nBody {i}.\n", f"Article {i}"))
            for i in range(count)
        ],
        "ana",
    )
    return repo


def test_document_model_fetches_lazily_and_passes_the_model_tester(qtmodeltester, tmp_path):
    repo = _big_corpus(tmp_path / "big.db", PAGE * 2 + 17)
    model = DocumentListModel(repo, "ana")
    assert model.rowCount() == FIRST_PAGE
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    row = model.row_of(repo.document_ids()[-1])
    assert row == PAGE * 2 + 16
    assert not model.canFetchMore(QModelIndex())


def test_the_list_reads_what_it_shows_first_and_a_taller_or_scrolled_list_reads_on(
    qtbot, tmp_path
) -> None:
    repo = _big_corpus(tmp_path / "big.db", FIRST_PAGE + 2 * PAGE)
    model = DocumentListModel(repo, "ana")
    pane = DocumentListPane(model)
    qtbot.addWidget(pane)
    pane.resize(500, 860)
    pane.show()
    qtbot.waitExposed(pane)
    assert model.rowCount() == FIRST_PAGE  # a window's height of rows, and some
    # Taller than the first page: the view asks for the next one itself.
    pane.resize(500, pane.view.verticalHeader().defaultSectionSize() * (FIRST_PAGE + 30))
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_PAGE + PAGE)
    bar = pane.view.verticalScrollBar()

    def scrolled_to_the_end() -> bool:  # as a user drags the bar down: the last page
        bar.setValue(bar.maximum())
        return model.rowCount() == FIRST_PAGE + 2 * PAGE

    qtbot.waitUntil(scrolled_to_the_end)
    repo.db.close()


def test_span_table_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:
    document = window.session.document
    window.session.add_span(Span(new_id(), document.id, 0, 8, "ACTOR", "ana"))
    qtmodeltester.check(window.tags.model)


def test_many_void_qt_calls_do_not_drain_none_refcount(qtbot, window: MainWindow) -> None:
    # PySide6 6.12.0 on Python 3.11 drops a reference to None per void-returning call and
    # aborts after a few thousand (see pyproject.toml pin). This fails loudly if it returns.
    cursor = window.article.textCursor()
    before = sys.getrefcount(None)
    for i in range(10_000):
        cursor.setPosition(i % 20)
    after = sys.getrefcount(None)
    assert after >= before - 100


def test_document_list_answers_its_roles_and_refuses_others_before_reading_the_row(
    tmp_path,
) -> None:
    repo = _big_corpus(tmp_path / "few.db", 3)
    model = DocumentListModel(repo, "ana")
    first, spans = model.index(0, 0), model.index(0, 2)
    assert model.data(first) == "Article 0"
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == "Article 0"
    assert model.data(first, DocumentListModel.IdRole) == repo.document_ids()[0]
    assert "Article 0" in model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole).color().name() == (
        "#8a8f98"
    )
    alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.data(spans, Qt.ItemDataRole.TextAlignmentRole) == int(alignment)
    assert model.data(model.index(5, 0)) is None  # no such row

    class Untouchable:  # the view asks each visible cell for about a dozen roles
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"index.{name} read for a role the model does not answer")

    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole):
        assert model.data(Untouchable(), int(role)) is None  # type: ignore[arg-type]
    repo.db.close()


def test_the_hidden_row_header_asks_the_documents_nothing(qtbot, tmp_path) -> None:
    """The row numbers are hidden before the model is set: the header measured each row
    of the first page from its data (four roles a row, some 260 Python calls before the
    first frame, issue 16)."""
    repo = _big_corpus(tmp_path / "rows.db", 80)
    asked: list[Qt.Orientation] = []

    class Watched(DocumentListModel):
        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            asked.append(orientation)
            return super().headerData(section, orientation, role)

    pane = DocumentListPane(Watched(repo, "ana"))
    qtbot.addWidget(pane)
    pane.resize(400, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.view.viewport().grab()
    assert Qt.Orientation.Horizontal in asked
    assert Qt.Orientation.Vertical not in asked
    assert pane.view.verticalHeader().isHidden()
    assert pane.view.rowHeight(0) == 26
    repo.db.close()


def test_column_titles_are_answered_for_the_display_role_and_other_roles_cost_nothing(
    tmp_path,
) -> None:
    from annotator.ui.tag_panel import SpanTableModel

    repo = _big_corpus(tmp_path / "few.db", 1)
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    for model in (DocumentListModel(repo, "ana"), SpanTableModel(repo.schema())):
        titles = [model.headerData(c, horizontal) for c in range(model.columnCount())]
        assert titles == list(model.COLUMNS)
        assert model.headerData(0, horizontal, Qt.ItemDataRole.DisplayRole) == model.COLUMNS[0]
        assert model.headerData(0, vertical, Qt.ItemDataRole.DisplayRole) is None

        class Unread:  # the header asks each section for about a dozen roles per paint
            def __eq__(self, other: object) -> bool:
                raise AssertionError("the orientation was read for a role not answered")

            __hash__ = None  # type: ignore[assignment]

        assert model.headerData(0, Unread(), int(Qt.ItemDataRole.FontRole)) is None  # type: ignore[arg-type]
    repo.db.close()
