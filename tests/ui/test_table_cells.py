"""The document list's and the span table's cells are answered in one Python call each
when Qt's standard delegate paints them (`multiData`), with what `data` gives role by role."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.core.schema import default_schema
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui.document_model import DocumentListModel
from annotator.ui.table_model import CELL_ROLES

pytestmark = pytest.mark.gui

TEXT = "The army said 12 people were killed near the river, a witness told reporters."


def _documents(path: Path) -> DocumentListModel:
    repo = Repository(open_db(path))
    repo.import_documents(
        [AnnotatedDocument(Document.from_text(f"Body {n}.\n", f"Article {n}")) for n in range(5)],
        "ana",
    )
    return DocumentListModel(repo, "ana")


def _spans() -> Any:
    from annotator.ui.tag_panel import SpanTableModel

    model = SpanTableModel(default_schema())
    own = [
        Span("a", "d", 0, 8, "ACTOR", "ana", attributes={"kind": "state"}),
        Span("b", "d", 14, 34, "CASUALTY", "ana", attributes={"count_low": 12}),
    ]
    model.set_spans(TEXT, own, {})
    model.set_suggestions(
        [Span("suggestion:c", "d", 53, 62, "ACTOR", "suggester", provenance="suggested")]
    )
    return model


def _option(model: Any, row: int, column: int, delegate: Any = None) -> Any:
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    (delegate or QStyledItemDelegate()).initStyleOption(option, model.index(row, column))
    return option


def _look(option: Any) -> tuple[object, ...]:
    from PySide6.QtGui import QPalette

    return (
        option.text,
        option.font,
        int(option.displayAlignment.value),
        option.backgroundBrush,
        option.palette.brush(QPalette.ColorRole.Text),
        option.features,
    )


def test_the_standard_delegate_asks_the_roles_in_the_order_the_models_answer_by(qtbot) -> None:
    from PySide6.QtCore import QAbstractTableModel

    asked: list[list[int]] = []

    class Asked(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 1

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 1

        def data(self, index: Any, role: int = 0) -> Any:
            return None

        def multiData(self, index: Any, roles: Any) -> None:
            asked.append([entry.role() for entry in roles])

    _option(Asked(), 0, 0)
    assert asked == [list(CELL_ROLES)]


@pytest.mark.parametrize("which", ["documents", "spans"])
def test_a_painted_cell_looks_as_its_roles_answered_one_by_one(
    qtbot, tmp_path: Path, which: str
) -> None:
    model = _documents(tmp_path / "c.db") if which == "documents" else _spans()
    from PySide6.QtWidgets import QStyledItemDelegate

    # The proxy asks its source role by role (`data`), as Qt's default `multiData` does.
    reference = QIdentityProxyModel()
    reference.setSourceModel(model)
    # One delegate each, cell after cell as a view paints them, twice over: a delegate
    # keeps what a cell's roles were answered with for the next cell.
    ours, theirs = QStyledItemDelegate(), QStyledItemDelegate()
    cells = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    for row, column in cells * 2:
        assert _look(_option(model, row, column, ours)) == _look(
            _option(reference, row, column, theirs)
        )
    if which == "spans":  # a suggestion's font and pen, the label column's tint
        suggested = _option(model, 2, 1)
        assert suggested.font.italic()
        assert _option(model, 0, 0).backgroundBrush.style() == Qt.BrushStyle.SolidPattern
    else:  # the status colour, the span count on the right
        assert _option(model, 0, 2).displayAlignment & Qt.AlignmentFlag.AlignRight
    if which == "documents":
        model.repo.db.close()


@pytest.mark.parametrize("which", ["documents", "spans"])
def test_painting_the_table_makes_one_python_call_a_cell(qtbot, tmp_path: Path, which: str) -> None:
    from PySide6.QtWidgets import QTableView

    base = DocumentListModel if which == "documents" else type(_spans())
    calls: list[str] = []

    class Counted(base):  # type: ignore[valid-type,misc]
        def data(self, index: Any, role: int = 0) -> Any:
            calls.append("data")
            return super().data(index, role)

        def multiData(self, index: Any, roles: Any) -> None:
            calls.append("cell")
            super().multiData(index, roles)

    if which == "documents":
        repo = _documents(tmp_path / "c.db").repo
        model = Counted(repo, "ana")
    else:
        model = Counted(default_schema())
        model.set_spans(TEXT, list(_spans().spans), {})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    calls.clear()
    view.viewport().grab()
    cells = model.rowCount() * model.columnCount()
    assert calls.count("cell") == cells
    # Qt's default `multiData` asks `data` for seven roles a cell; the document list's own
    # reads the title, status and count, and the status colour; the span table's, none.
    assert calls.count("data") == (4 * model.rowCount() if which == "documents" else 0)
    if which == "documents":
        repo.db.close()


def test_any_other_question_is_answered_role_by_role(qtbot, tmp_path: Path) -> None:
    documents, spans = _documents(tmp_path / "c.db"), _spans()
    for model in (documents, spans):
        index = model.index(0, 0)
        entry = QModelRoleData(int(Qt.ItemDataRole.ToolTipRole))
        model.multiData(index, QModelRoleDataSpan(entry))
        assert entry.data() == model.data(index, int(Qt.ItemDataRole.ToolTipRole))
        assert entry.data()
    documents.repo.db.close()
