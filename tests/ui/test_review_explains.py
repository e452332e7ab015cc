"""Review that explains itself: versions side by side, explicit choices, nothing to compare,
nested spans, annotators who arrive while review is open, decisions the file refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from annotator.core.model import AnnotatedDocument, Span, new_id
from annotator.store import review
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow
from annotator.ui.review_panel import DIFFERING_BACKGROUND
from tests.safety.faults import clear, inject

pytestmark = pytest.mark.gui


def _add(repo: Repository, annotator: str, needle: str, label: str, *, extra: int = 0) -> Span:
    document = repo.document(repo.document_ids()[0])
    start = document.text.index(needle)
    span = Span(new_id(), document.id, start, start + len(needle) + extra, label, annotator)
    repo.add_span(span)
    return span


def _reviewing(qtbot, repo: Repository) -> MainWindow:
    window = MainWindow(repo, "lead", db_label="test")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.review_action.trigger()
    window.article.setFocus()
    qtbot.waitUntil(window.article.hasFocus)
    return window


def _gold(window: MainWindow) -> list[tuple[str, str]]:
    rows = window.repo.db.execute(
        "SELECT label, text FROM span_view WHERE annotator = 'gold' ORDER BY start"
    )
    return [(r[0], r[1]) for r in rows]


def _cluster(window: MainWindow, kind: str) -> int:
    return next(i for i, item in enumerate(window.review.items) if item.cluster.kind == kind)


@pytest.fixture
def pair(qtbot, corpus: Repository) -> MainWindow:
    _add(corpus, "ana", "Ilse Marović", "ACTOR")
    _add(corpus, "ben", "Ilse Marović", "ACTOR")  # agreed
    _add(corpus, "ana", "Free Valdor Front", "ACTOR")
    _add(corpus, "ben", "Free Valdor Front", "CASUALTY")  # label conflict
    _add(corpus, "ana", "FVF", "ACTOR")
    _add(corpus, "ben", "FVF", "ACTOR", extra=1)  # boundary conflict: "FVF)"
    return _reviewing(qtbot, corpus)


# -- versions side by side -----------------------------------------------------------------


def test_a_boundary_conflict_shows_both_extents_with_the_difference_marked(qtbot, pair) -> None:
    pair.review.select_cluster(_cluster(pair, "boundary_conflict"))
    versions = pair.review_panel.versions
    # ana stopped before the bracket (struck through in her line), ben took it (marked).
    assert versions.pieces == [[("FVF", "in"), (")", "out")], [("FVF", "in"), (")", "extra")]]
    shown = versions.toPlainText()
    assert "1" in shown.split("\n")[0]
    assert "ana" in shown
    assert "ben" in shown
    assert shown.count("ACTOR") == 2
    # The differing character carries the highlight in ben's line.
    block = versions.document().lastBlock()
    position = block.text().index(")")
    marked = [
        r.format for r in block.layout().formats() if r.start <= position < r.start + r.length
    ]
    if not marked:  # inserted text keeps its formats in the fragments, not the layout
        cursor = versions.textCursor()
        cursor.setPosition(block.position() + position + 1)
        marked = [cursor.charFormat()]
    assert marked[0].background().color() == QColor(DIFFERING_BACKGROUND)
    assert [b.text() for b in pair.review_panel.version_buttons] == ["Accept 1", "Accept 2"]


def test_enter_is_off_where_versions_differ_and_the_status_bar_says_why(qtbot, pair) -> None:
    pair.review.select_cluster(_cluster(pair, "boundary_conflict"))
    assert not pair.review_panel.accept_button.isEnabled()
    assert "differ in extent" in pair.review_panel.accept_button.toolTip()
    qtbot.keyClick(pair.article, Qt.Key.Key_Return)
    assert _gold(pair) == []
    message = pair.statusBar().currentMessage()
    assert "Enter is off here" in message
    assert "differ in extent" in message
    assert "press 1, 2" in message


def test_the_selected_cluster_is_named_in_the_status_bar_until_another_is_chosen(
    qtbot, pair: MainWindow
) -> None:
    conflict = _cluster(pair, "boundary_conflict")
    pair.review.select_cluster(conflict)
    label = pair.annotation.current_label
    assert label.text().startswith("boundary conflict: ACTOR “FVF)” (ana, ben) — ")
    assert "press 1, 2" in label.text()
    pair.annotation.say("Saved a backup", 10)  # a passing message does not erase it
    qtbot.waitUntil(lambda: pair.statusBar().currentMessage() == "")
    assert label.isVisible()
    assert label.text().startswith("boundary conflict: ACTOR “FVF)” (ana, ben) — ")
    qtbot.keyClick(pair.article, "2")  # deciding it moves on to the next cluster
    assert pair.review.current_number() != conflict
    assert not label.text().startswith("boundary conflict: ACTOR “FVF")


def test_a_number_key_accepts_that_version(qtbot, pair: MainWindow) -> None:
    pair.review.select_cluster(_cluster(pair, "boundary_conflict"))
    qtbot.keyClick(pair.article, "2")  # ben's "FVF)"
    assert _gold(pair) == [("ACTOR", "FVF)")]
    (decision,) = review.decisions(pair.repo, pair.session.document_id)
    assert len(decision.source_span_ids) == 2  # ana's version is settled by it too
    assert pair.repo.span(decision.source_span_ids[0]).annotator == "ben"


def test_a_label_conflict_is_decided_by_choosing_a_version(qtbot, pair: MainWindow) -> None:
    pair.review.select_cluster(_cluster(pair, "label_conflict"))
    assert "differ in label" in pair.review_panel.accept_button.toolTip()
    qtbot.keyClick(pair.article, "3")  # there are two versions only
    assert _gold(pair) == []
    assert "press 1 or 2" in pair.statusBar().currentMessage()
    qtbot.keyClick(pair.article, "2")
    assert _gold(pair) == [("CASUALTY", "Free Valdor Front")]


def test_enter_accepts_where_every_version_agrees(qtbot, pair: MainWindow) -> None:
    pair.review.select_cluster(_cluster(pair, "agreed"))
    assert pair.review_panel.accept_button.isEnabled()
    assert pair.review_panel.version_buttons == []
    qtbot.keyClick(pair.article, Qt.Key.Key_Return)
    assert _gold(pair) == [("ACTOR", "Ilse Marović")]


def test_a_decision_repaints_the_markers_not_the_text(qtbot, pair, monkeypatch) -> None:
    article = pair.article
    painted: list[int] = []
    original = article.show_document
    monkeypatch.setattr(
        article, "show_document", lambda *a, **k: (painted.append(1), original(*a, **k))
    )
    agreed = _cluster(pair, "agreed")
    pair.review.select_cluster(agreed)
    qtbot.keyClick(article, Qt.Key.Key_Return)
    assert painted == []
    assert article.clusters[f"cluster:{agreed}"].decided
    pair.undo_stack.undo()
    assert painted == []
    assert not article.clusters[f"cluster:{agreed}"].decided


# -- nesting, one annotator, new annotators ---------------------------------------------------


def test_nested_spans_of_one_annotator_are_not_a_conflict(qtbot, corpus: Repository) -> None:
    # ana marked the name and the acronym inside it; ben marked only the name.
    _add(corpus, "ana", "Free Valdor Front (FVF)", "ACTOR")
    _add(corpus, "ana", "FVF", "ACTOR")
    _add(corpus, "ben", "Free Valdor Front (FVF)", "ACTOR")
    window = _reviewing(qtbot, corpus)
    kinds = [item.cluster.kind for item in window.review.items]
    assert kinds == ["agreed", "only_in_one"]
    assert "0 disagreements left" not in window.review_panel.summary.text()
    qtbot.keyClick(window.article, "n")
    item = window.review.current_cluster()
    assert item.cluster.kind == "only_in_one"
    assert [s.annotator for s in item.cluster.spans] == ["ana"]
    assert window.review_panel.accept_button.isEnabled()  # one version: nothing to choose


def test_nested_spans_marked_alike_by_both_agree_twice(qtbot, corpus: Repository) -> None:
    for annotator in ("ana", "ben"):
        _add(corpus, annotator, "Free Valdor Front (FVF)", "ACTOR")
        _add(corpus, annotator, "FVF", "ACTOR")
    window = _reviewing(qtbot, corpus)
    assert [item.cluster.kind for item in window.review.items] == ["agreed", "agreed"]
    assert "0 disagreements left" in window.review_panel.summary.text()


def test_review_with_one_annotator_says_there_is_nothing_to_compare(qtbot, corpus) -> None:
    for needle in ("Ilse Marović", "Free Valdor Front", "FVF"):
        _add(corpus, "ana", needle, "ACTOR")
    window = _reviewing(qtbot, corpus)
    panel = window.review_panel
    assert panel.notice.isVisible()
    assert "nothing to compare" in panel.notice.text()
    assert "disagreement" not in panel.summary.text()
    assert "3 spans of one annotator" in panel.summary.text()
    model = panel.model
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["one annotator"] * 3
    qtbot.keyClick(window.article, "n")
    assert "nothing to compare" in window.annotation.current_label.text()
    qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert _gold(window) == []
    assert "Nothing agreed to accept" in window.statusBar().currentMessage()
    qtbot.keyClick(window.article, "1")  # ana's spans can still be taken one by one
    assert _gold(window) == [("ACTOR", "Ilse Marović")]


def test_an_annotator_merged_while_review_is_open_appears_at_once(
    qtbot, corpus: Repository, tmp_path: Path
) -> None:
    _add(corpus, "ana", "Ilse Marović", "ACTOR")
    window = _reviewing(qtbot, corpus)
    assert window.review_panel.chosen() == ["ana"]
    assert window.review_panel.notice.isVisible()
    other = Repository(open_db(tmp_path / "ben.db"))
    document = corpus.document(corpus.document_ids()[0])
    other.import_documents([AnnotatedDocument(document)], "ben")
    start = document.text.index("Ilse Marović")
    other.add_span(Span(new_id(), document.id, start, start + 12, "ACTOR", "ben"))
    other.db.close()
    window.files.merge_database(str(tmp_path / "ben.db"), wait=True)
    qtbot.waitUntil(lambda: window.review_panel.chosen() == ["ana", "ben"])
    assert [item.cluster.kind for item in window.review.items] == ["agreed"]
    assert not window.review_panel.notice.isVisible()
    assert "1 disagreement" not in window.review_panel.summary.text()


# -- decisions the file refused ------------------------------------------------------------


def test_refused_decisions_and_comments_show_as_pending_until_written(qtbot, pair) -> None:
    conflict = _cluster(pair, "label_conflict")
    pair.review.select_cluster(conflict)
    inject(pair.repo.db, "disk_full")
    try:
        qtbot.keyClick(pair.article, "1")
        panel = pair.review_panel
        assert panel.model.decision_text(conflict) == "accept (not saved yet)"
        assert "1 not saved yet" in panel.summary.text()
        assert pair.article.clusters[f"cluster:{conflict}"].decided
        panel.comment_box.setFocus()
        qtbot.keyClicks(panel.comment_box, "Label checked against the guideline")
        qtbot.keyClick(panel.comment_box, Qt.Key.Key_Return)
        assert panel.comment_model.stringList() == [
            "lead: Label checked against the guideline (not saved yet)"
        ]
        assert pair.meta_label.text().endswith("1 comment")  # counted though not saved yet
        assert "(not saved yet)" in pair.meta_label.toolTip()
        # Stepping skips the pending cluster; deciding it again is refused with a reason.
        pair.review.select_cluster(conflict)
        assert "accept not saved yet" in pair.annotation.current_label.text()
        qtbot.keyClick(panel.comment_box, Qt.Key.Key_Escape)  # back to the article
        assert pair.article.hasFocus()
        qtbot.keyClick(pair.article, "2")
        assert "not saved yet" in pair.statusBar().currentMessage()
        assert pair.repo.db.execute("SELECT count(*) FROM adjudications").fetchone()[0] == 0
    finally:
        clear(pair.repo.db)
    assert pair.safety.retry()  # the banner's retry (also run by its timer)
    assert pair.review_panel.model.decision_text(conflict) == "accept"
    assert pair.review_panel.comment_model.stringList() == [
        "lead: Label checked against the guideline"
    ]
    assert _gold(pair) == [("ACTOR", "Free Valdor Front")]
    assert [c.text for c in review.comments(pair.repo, pair.session.document_id)] == [
        "Label checked against the guideline"
    ]
    assert pair.meta_label.text().endswith("1 comment")
    assert "(not saved yet)" not in pair.meta_label.toolTip()


def test_the_comment_count_under_the_title_follows_comments_and_their_undo(
    qtbot, pair: MainWindow
) -> None:
    assert "comment" not in pair.meta_label.text()
    panel = pair.review_panel
    for text in ("Boundary per guideline 3", "Checked with Ben"):
        panel.comment_box.setFocus()
        qtbot.keyClicks(panel.comment_box, text)
        qtbot.keyClick(panel.comment_box, Qt.Key.Key_Return)
    assert pair.meta_label.text().endswith("2 comments")
    assert "lead: Checked with Ben" in pair.meta_label.toolTip()
    pair.undo_stack.undo()
    assert pair.meta_label.text().endswith("1 comment")


# -- one decision re-reads one cluster -----------------------------------------------------


def _review_state(window: MainWindow) -> tuple:
    model = window.review_panel.model
    return (
        [(item.cluster.kind, [d.decision for d in item.decisions]) for item in window.review.items],
        dict(window.review.pending),
        {k: (m.color, m.decided) for k, m in window.article.clusters.items()},
        [model.decision_text(row) for row in range(model.row_total())],
        window.review_panel.summary.text(),
    )


def test_a_decision_reads_back_its_own_cluster_and_leaves_the_same_state_as_a_full_refresh(
    qtbot, pair: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[object] = []
    whole = review.decisions

    def counting(repo, document_id, span_ids=None):  # type: ignore[no-untyped-def]
        reads.append(None if span_ids is None else sorted(span_ids))
        return whole(repo, document_id, span_ids)

    monkeypatch.setattr(review, "decisions", counting)
    conflict = _cluster(pair, "label_conflict")
    pair.review.select_cluster(conflict)
    qtbot.keyClick(pair.article, "2")  # ben's CASUALTY version
    spans = sorted(s.id for s in pair.review.items[conflict].cluster.spans)
    assert reads == [spans]  # only the decided cluster's decisions were read
    assert pair.article.clusters[f"cluster:{conflict}"].decided
    assert pair.review_panel.model.decision_text(conflict) == "accept"
    after_decision = _review_state(pair)
    pair.review.refresh()  # everything read again from the file
    assert _review_state(pair) == after_decision
    # Undo goes through the same path and leaves the cluster undecided again.
    reads.clear()
    pair.undo_stack.undo()
    assert reads
    assert all(read == spans for read in reads)  # never every decision of the document
    assert not pair.article.clusters[f"cluster:{conflict}"].decided
    after_undo = _review_state(pair)
    pair.review.refresh()
    assert _review_state(pair) == after_undo
