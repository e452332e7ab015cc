"""Review mode: compare two annotators, step through disagreements, build the gold layer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Span, new_id
from annotator.store import review
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def reviewer(qtbot, corpus):
    document = corpus.document(corpus.document_ids()[0])
    text = document.text

    def add(annotator: str, needle: str, label: str, *, extra: int = 0) -> None:
        start = text.index(needle)
        corpus.add_span(
            Span(new_id(), document.id, start, start + len(needle) + extra, label, annotator)
        )

    add("ana", "Ilse Marović", "ACTOR")
    add("ben", "Ilse Marović", "ACTOR")  # agreed
    add("ana", "Free Valdor Front", "ACTOR")
    add("ben", "Free Valdor Front", "CASUALTY")  # label conflict
    add("ana", "FVF", "ACTOR")
    add("ben", "FVF", "ACTOR", extra=1)  # boundary conflict: "FVF)"
    add("ben", "Brezna market", "ACTOR")  # only in one
    win = MainWindow(corpus, "lead", db_label="test")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.review_action.trigger()
    win.article.setFocus()
    return win


def _gold(window: MainWindow) -> list[tuple[str, str, str]]:
    rows = window.repo.db.execute(
        "SELECT label, text, provenance FROM span_view WHERE annotator = 'gold' ORDER BY start"
    )
    return [tuple(r) for r in rows]


def test_review_mode_classifies_the_clusters(reviewer: MainWindow) -> None:
    kinds = sorted(item.cluster.kind for item in reviewer.review.items)
    assert kinds == ["agreed", "boundary_conflict", "label_conflict", "only_in_one"]
    assert reviewer.right.currentWidget() is reviewer.review_panel
    assert reviewer.review_panel.model.rowCount() == 4
    assert set(reviewer.article.clusters) == {f"cluster:{i}" for i in range(4)}
    assert reviewer.documents.headerData(1, Qt.Orientation.Horizontal) == "Review"
    assert reviewer.documents.data(reviewer.documents.index(0, 1)) == "not started"


def test_every_class_name_fits_its_column_unelided(reviewer: MainWindow) -> None:
    table = reviewer.review_panel.table
    reviewer.resize(1280, 720)
    metrics = table.fontMetrics()
    width = table.horizontalHeader().sectionSize(0)
    shown = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    assert "boundary conflict" in shown
    # the cell's text plus the cell's margins on both sides
    assert all(
        metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth() <= width for text in shown
    )


def test_n_steps_through_disagreements_only(qtbot, reviewer: MainWindow) -> None:
    seen = []
    for _ in range(3):
        qtbot.keyClick(reviewer.article, "n")
        seen.append(reviewer.review.current_cluster().cluster.kind)
    assert "agreed" not in seen
    assert sorted(seen) == ["boundary_conflict", "label_conflict", "only_in_one"]


def test_a_number_accepts_that_version_backspace_rejects_and_undo_withdraws(
    qtbot, reviewer
) -> None:
    label_conflict = next(
        i for i, item in enumerate(reviewer.review.items) if item.cluster.kind == "label_conflict"
    )
    reviewer.review.select_cluster(label_conflict)
    qtbot.keyClick(reviewer.article, "1")  # version 1: ana's ACTOR
    assert _gold(reviewer) == [("ACTOR", "Free Valdor Front", "adjudicated")]
    only = next(
        i for i, item in enumerate(reviewer.review.items) if item.cluster.kind == "only_in_one"
    )
    reviewer.review.select_cluster(only)
    qtbot.keyClick(reviewer.article, Qt.Key.Key_Backspace)
    decisions = review.decisions(reviewer.repo, reviewer.session.document_id)
    assert sorted(d.decision for d in decisions) == ["accept", "reject"]
    assert reviewer.documents.data(reviewer.documents.index(0, 1)) == "partly"
    reviewer.undo_stack.undo()
    reviewer.undo_stack.undo()
    assert _gold(reviewer) == []
    assert review.decisions(reviewer.repo, reviewer.session.document_id) == []
    reviewer.undo_stack.redo()
    assert _gold(reviewer) == [("ACTOR", "Free Valdor Front", "adjudicated")]


def test_accept_all_agreed_then_finish_marks_the_document_adjudicated(qtbot, reviewer) -> None:
    qtbot.mouseClick(reviewer.review_panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert _gold(reviewer) == [("ACTOR", "Ilse Marović", "adjudicated")]
    for _ in range(3):
        reviewer.review.step(1)
        qtbot.keyClick(reviewer.article, "1")  # the first version of each cluster
    assert all(item.decided for item in reviewer.review.items)
    assert reviewer.documents.data(reviewer.documents.index(0, 1)) == "adjudicated"
    decision = next(
        d
        for d in review.decisions(reviewer.repo, reviewer.session.document_id)
        if d.gold_span is not None and d.gold_span.label == "ACTOR"
    )
    assert decision.reviewer == "lead"
    assert decision.source_span_ids


def test_comments_are_stored_and_shown(qtbot, reviewer: MainWindow) -> None:
    reviewer.review.step(1)
    reviewer.review_panel.comment_box.setFocus()  # as the reviewer's click would
    qtbot.keyClicks(reviewer.review_panel.comment_box, "Check the FVF acronym")
    qtbot.keyClick(reviewer.review_panel.comment_box, Qt.Key.Key_Return)
    stored = review.comments(reviewer.repo, reviewer.session.document_id)
    assert [(c.author, c.text) for c in stored] == [("lead", "Check the FVF acronym")]
    assert stored[0].span_id is not None
    assert reviewer.review_panel.comment_model.stringList() == ["lead: Check the FVF acronym"]


def test_agreement_figures_are_shown_for_the_pair(qtbot, reviewer: MainWindow) -> None:
    reviewer.review.show_agreement()  # counted off the GUI thread, shown when done
    qtbot.waitUntil(lambda: reviewer.review.agreement is not None, timeout=10_000)
    assert reviewer.review.agreement.isVisible()
    model = reviewer.review.agreement.model
    rows = [
        [model.item(r, c).text() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    overall = next(r for r in rows if r[0] == "ana ↔ ben" and r[1] == "all labels")
    assert overall[2] == "0.286"  # exact F1: 1 match of 3 and 4 spans -> 2*1/(3+4)


def test_corpus_agreement_is_counted_off_the_gui_thread(
    qtbot, reviewer: MainWindow, monkeypatch
) -> None:
    import threading

    counted_on: list[threading.Thread] = []
    real = review.corpus_agreement

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        counted_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(review, "corpus_agreement", recording)
    reviewer.review.show_agreement()
    qtbot.waitUntil(lambda: reviewer.review.agreement is not None, timeout=10_000)
    assert counted_on
    assert counted_on[0] is not threading.main_thread()  # the window stayed responsive


def test_leaving_review_mode_shows_the_own_layer_again(qtbot, reviewer: MainWindow) -> None:
    reviewer.review_action.trigger()
    assert reviewer.right.currentWidget() is reviewer.tags
    assert reviewer.article.spans == {}  # "lead" has no spans of their own
    assert reviewer.documents.headerData(1, Qt.Orientation.Horizontal) == "Status"


def test_comments_are_shown_to_whoever_opens_the_document(qtbot, corpus) -> None:
    document_id = corpus.document_ids()[0]
    review.add_comment(corpus, document_id, "lead", "Casualty figure disputed")
    window = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(window)
    assert "1 comment" in window.meta_label.text()
    assert "lead: Casualty figure disputed" in window.meta_label.toolTip()


def test_unticking_an_annotator_changes_the_comparison(qtbot, reviewer: MainWindow) -> None:
    panel = reviewer.review_panel
    assert panel.chosen() == ["ana", "ben"]
    assert panel.annotator_view.model().rowCount() == 2
    panel.annotator_model.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert reviewer.review.annotators == ["ana"]
    assert {item.cluster.kind for item in reviewer.review.items} == {"only_in_one"}


def test_selecting_text_then_a_label_key_accepts_an_edited_extent(qtbot, reviewer) -> None:
    boundary = next(
        i
        for i, item in enumerate(reviewer.review.items)
        if item.cluster.kind == "boundary_conflict"
    )
    reviewer.review.select_cluster(boundary)
    text = reviewer.session.document.text
    start = text.index("FVF")
    reviewer.article.select_text(start, start + 3)
    qtbot.keyClick(reviewer.article, "3")
    assert _gold(reviewer) == [("ACTOR", "FVF", "adjudicated")]
    (decision,) = review.decisions(reviewer.repo, reviewer.session.document_id)
    first = reviewer.repo.span(decision.source_span_ids[0])
    expected = "accept" if (first.start, first.end) == (start, start + 3) else "edit"
    assert decision.decision == expected  # "edit" whenever the extent was changed
    # ana's version was exactly "FVF"; ben's "FVF)": both are settled by the one decision.
    assert len(decision.source_span_ids) == 2


def test_file_merge_brings_in_a_colleagues_work(qtbot, corpus, tmp_path) -> None:
    from annotator.core.model import AnnotatedDocument
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    other = Repository(open_db(tmp_path / "ben.db"))
    document = corpus.document(corpus.document_ids()[0])
    other.import_documents([AnnotatedDocument(document)], "ben")
    start = document.text.index("Ilse Marović")
    other.add_span(Span(new_id(), document.id, start, start + 12, "ACTOR", "ben"))
    other.db.close()
    window = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(window)
    window.files.merge_database(str(tmp_path / "ben.db"), wait=True)
    rows = corpus.db.execute("SELECT annotator, text FROM span_view").fetchall()
    assert rows == [("ben", "Ilse Marović")]
    assert "1 spans" in window.statusBar().currentMessage()


def test_ctrl_enter_in_review_marks_the_gold_layer_done_and_moves_on(qtbot, reviewer) -> None:
    first = reviewer.session.document_id
    qtbot.keyClick(reviewer.article, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reviewer.repo.status(first, "gold") == "done"
    assert reviewer.repo.status(first, "lead") == "todo"  # the reviewer's own layer untouched
    assert reviewer.session.document_id != first
    reviewer.undo_stack.undo()
    assert reviewer.repo.status(first, "gold") == "todo"
