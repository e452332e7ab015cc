"""Corpus tools in the window: search and annotate, consistency fixes, the actor registry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from annotator.store import actors as reg
from annotator.store.search import SearchQuery, search

pytestmark = pytest.mark.gui


@pytest.fixture
def tools(window):
    return {name: window.corpus.panel(name) for name in window.corpus.docks}


def _spans(window, label=None):
    rows = window.repo.db.execute(
        'SELECT document_id, start, "end", label FROM spans WHERE annotator = ?', ["ana"]
    ).fetchall()
    return [r for r in rows if label is None or r[3] == label]


def _corpus_menu(window):
    return next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Corpus"
    )


def test_docks_are_hidden_and_toggled_from_the_corpus_menu(window, tools) -> None:
    docks = window.corpus_docks
    assert not any(d.isVisible() for d in docks.values())
    entries = {a.text(): a for a in _corpus_menu(window).actions()}
    assert set(entries) == {"Search corpus", "Consistency", "Actors"}
    search = entries["Search corpus"]
    assert search.shortcut().toString() == "Ctrl+Shift+F"
    search.trigger()
    assert docks["search"].isVisible()
    assert search.isChecked()
    docks["search"].close()  # its title bar's close button
    assert not search.isChecked()
    search.trigger()
    assert docks["search"].isVisible()


def test_no_corpus_dock_is_built_for_the_first_frame(qtbot, window) -> None:
    assert window.corpus.docks.built == {}
    assert not window.findChildren(QDockWidget)
    # The menu entry builds its dock, placed at the bottom, shown, with its panel.
    next(a for a in _corpus_menu(window).actions() if a.text() == "Consistency").trigger()
    assert list(window.corpus.docks.built) == ["check"]
    dock = window.corpus.docks.built["check"]
    assert dock.isVisible()
    assert dock.widget() is window.corpus.check
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    # The next one built joins it in one tabbed place.
    actors = window.corpus.docks["actors"]
    assert not actors.isVisible()
    actors.toggleViewAction().trigger()
    assert window.tabifiedDockWidgets(actors) == [dock]


def test_enter_in_a_floating_search_dock_built_after_the_window_opens_the_hit(
    qtbot, window
) -> None:
    # The dock is built after the window, and floats as a window of its own: the key
    # guard watches it as it did the docks built with the window, so Enter in its hit
    # list opens the hit instead of firing the window's Accept.
    qtbot.keyClick(
        window.article,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.corpus.search
    dock = window.corpus_docks["search"]
    dock.setFloating(True)
    qtbot.waitUntil(dock.isFloating)
    panel.query_edit.setText("Geneva")
    panel.run()
    assert panel.model.rowCount() == 2
    hit = panel.model.hits[1]
    assert window.session.document_id != hit.document_id
    dock.activateWindow()
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.document_id == hit.document_id)


def test_a_dock_is_built_when_first_shown_and_then_works(qtbot, window) -> None:
    docks = window.corpus_docks
    assert all(dock.widget() is None for dock in docks.values())  # nothing built at start
    qtbot.keyClick(
        window.article,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = docks["search"].widget()
    assert panel is window.corpus.search
    assert docks["search"].isVisible()
    assert panel.isVisible()
    assert docks["check"].widget() is None
    assert docks["actors"].widget() is None
    panel.query_edit.setText("Geneva")
    panel.run()
    assert panel.model.rowCount() == 2
    panel.table.activated.emit(panel.model.index(1, 0))
    hit = panel.model.hits[1]
    assert window.session.document_id == hit.document_id
    assert window.article.selected_range() == (hit.start, hit.end)


def test_a_docks_title_buttons_get_the_styles_icons_when_it_is_first_shown(window) -> None:
    # Given when first shown (asking the style at start-up cost every start QStyle's type).
    dock = window.corpus_docks["check"]
    assert dock.float_button.icon().isNull()
    assert dock.close_button.icon().isNull()
    dock.toggleViewAction().trigger()
    assert dock.isVisible()
    assert not dock.float_button.icon().isNull()
    assert not dock.close_button.icon().isNull()
    assert dock.float_button.icon().cacheKey() != dock.close_button.icon().cacheKey()


def test_search_lists_hits_and_enter_opens_the_document_at_the_hit(qtbot, window, tools) -> None:
    panel = tools["search"]
    panel.query_edit.setText("Geneva")
    panel.run()
    assert panel.model.rowCount() == 2
    with qtbot.waitSignal(panel.openHit) as blocker:
        panel.table.activated.emit(panel.model.index(1, 0))
    doc_id, start, end = blocker.args
    assert window.session.document_id == doc_id
    assert window.article.selected_range() == (start, end)


def test_regex_hits_annotated_with_a_hotkey_in_one_undoable_step(qtbot, window, tools) -> None:
    panel = tools["search"]
    window.corpus_docks["search"].show()
    panel.regex_box.setChecked(True)
    panel.query_edit.setText(r"at least \d+ civilians|\d+ trucks")
    panel.run()
    assert [h.hit for h in panel.model.hits] == ["at least 14 civilians", "12 trucks"]
    panel.table.selectAll()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # CASUALTY's hotkey
    qtbot.waitUntil(lambda: len(_spans(window, "CASUALTY")) == 2)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert _spans(window, "CASUALTY") == []
    window.undo_stack.redo()
    assert len(_spans(window, "CASUALTY")) == 2


def test_annotate_all_previews_the_count_and_undoes_as_one(window, tools) -> None:
    panel = tools["search"]
    panel.query_edit.setText("Geneva")
    panel.run()
    assert panel.preview_all("ACTOR") == 2
    assert panel.annotate_all("ACTOR") == 2
    assert panel.preview_all("ACTOR") == 0  # already tagged: nothing more to add
    window.undo_stack.undo()
    assert _spans(window, "ACTOR") == []


def test_search_sees_documents_imported_after_the_window_opened(window, tools) -> None:
    from annotator.core.model import AnnotatedDocument, Document

    window.repo.import_documents(
        [AnnotatedDocument(Document.from_text("Zebra news\n\nA zebra.", "Zebra"))], "ana"
    )
    panel = tools["search"]
    panel.query_edit.setText("zebra")
    panel.run()
    assert panel.model.rowCount() == 2


def _check(qtbot, panel) -> None:
    """Run the check (in its background thread) and wait until the list shows it."""
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.refresh()


def test_consistency_fix_and_dismiss(qtbot, window, tools) -> None:
    search_panel, panel = tools["search"], tools["check"]
    first = search(window.repo, SearchQuery("Geneva"))[0]
    search_panel.annotate([first], "ACTOR")  # one Geneva tagged, the other not
    _check(qtbot, panel)
    untagged = [p for p in panel.model.problems if p.kind == "untagged"]
    assert [p.text for p in untagged] == ["Geneva"]
    panel.go(panel.model.problems.index(untagged[0]))
    assert panel.fix_current()
    assert len(_spans(window, "ACTOR")) == 2
    _check(qtbot, panel)
    assert [p for p in panel.model.problems if p.kind == "untagged"] == []
    window.undo_stack.undo()  # the fix is undoable
    _check(qtbot, panel)
    row = next(i for i, p in enumerate(panel.model.problems) if p.kind == "untagged")
    panel.go(row)
    panel.dismiss_current()
    _check(qtbot, panel)
    assert [p for p in panel.model.problems if p.kind == "untagged"] == []  # remembered
    window.undo_stack.undo()
    _check(qtbot, panel)
    assert [p.kind for p in panel.model.problems].count("untagged") == 1


def test_registry_link_on_the_fly_and_merge_with_undo(qtbot, window, tools) -> None:
    search_panel, panel = tools["search"], tools["actors"]
    hits = search(window.repo, SearchQuery("Geneva"))
    search_panel.annotate(hits, "ACTOR")
    first, second = (
        r[0]
        for r in window.repo.db.execute("SELECT id FROM spans WHERE label = 'ACTOR' ORDER BY start")
    )
    a = panel.link(first, "Geneva", "state")
    b = panel.link(second, "City of Geneva", "state")
    assert {r.actor.name: r.mentions for r in panel.model.rows} == {
        "Geneva": 1,
        "City of Geneva": 1,
    }
    assert panel.names.stringList() == ["City of Geneva", "Geneva"]
    panel.merge(b, a)
    assert [(r.actor.name, r.mentions) for r in panel.model.rows] == [("Geneva", 2)]
    assert reg.span_actor(window.repo, second) == a
    window.undo_stack.undo()
    assert reg.span_actor(window.repo, second) == b
    window.undo_stack.undo()  # the link, and the actor created on the fly
    assert [r.actor.name for r in panel.model.rows] == ["Geneva"]


def test_registry_suggests_by_alias(window, tools) -> None:
    tools["search"].annotate(search(window.repo, SearchQuery("Geneva"))[:1], "ACTOR")
    (span_id,) = (r[0] for r in window.repo.db.execute("SELECT id FROM spans"))
    city = reg.create_actor(window.repo, "City of Geneva", "state", by="ana", aliases=["Geneva"])
    panel = tools["actors"]
    panel.selected_span = lambda: span_id
    assert panel.suggest() == city.id
    assert panel.name_edit.text() == "City of Geneva"
    panel.link_selected_span()
    assert reg.span_actor(window.repo, span_id) == city.id


def _brezna(window) -> None:
    """Open the Brezna article and tag 'Marović' in it as ACTOR, by hand."""
    hit = search(window.repo, SearchQuery("Marović"))[0]
    window.open_document(hit.document_id)
    window.article.select_text(hit.start, hit.end)
    window.article.setFocus()


def test_search_hits_follow_span_edits_in_the_article(qtbot, window, tools) -> None:
    panel = tools["search"]
    panel.query_edit.setText("Brezna")
    panel.label_filter.setCurrentIndex(panel.label_filter.findText("Without ACTOR"))
    panel.run()
    assert panel.model.rowCount() == 3  # title, dateline and "in Brezna"
    _brezna(window)
    qtbot.keyClick(window.article, "3")  # ACTOR: the article now has one
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)


def test_search_rerun_keeps_the_selected_hit(qtbot, window, tools) -> None:
    panel = tools["search"]
    panel.query_edit.setText("Brezna")
    panel.run()
    panel.table.selectRow(1)
    chosen = panel.selected_hits()
    _brezna(window)
    qtbot.keyClick(window.article, "3")
    with qtbot.waitSignal(panel._rerun_timer.timeout):
        pass
    assert panel.selected_hits() == chosen


def test_consistency_check_runs_off_the_gui_thread_and_reports_progress(qtbot, window, tools):
    from PySide6.QtCore import QThread

    panel = tools["check"]
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.refresh()
        # refresh() returned at once: the check is running in its own thread.
        assert isinstance(panel.job, QThread)
        assert panel.running()
        assert not panel.check_button.isEnabled()
    assert not panel.running()
    assert panel.check_button.isEnabled()
    assert "problems" in panel.status.text()
    panel._progressed(250, 1000, "checking documents")
    assert panel.status.text() == "Checking the corpus… checking documents 250 of 1,000"


def test_problems_arrive_a_page_at_a_time_and_stepping_loads_more(qtmodeltester) -> None:
    from annotator.core.consistency import Problem
    from annotator.ui.consistency_panel import ProblemsModel

    model = ProblemsModel()
    problems = [
        Problem(f"k{i}", "untagged", "d", i, i + 1, "ACTOR", "m", text="x") for i in range(1200)
    ]
    model.set_problems(problems, {"d": "Doc"})
    assert model.rowCount() == ProblemsModel.PAGE
    model.show_up_to(ProblemsModel.PAGE + 10)
    assert model.rowCount() == 2 * ProblemsModel.PAGE
    model.remove(0)
    assert model.rowCount() == 2 * ProblemsModel.PAGE - 1
    assert len(model.problems) == 1199
    qtmodeltester.check(model)  # (it fetches the rest)
    assert model.rowCount() == 1199


def test_consistency_keys_n_and_f_work_in_the_panel(qtbot, window, tools) -> None:
    # The article's N / P (suggestions) must not shadow the panel's N / P / F keys.
    search_panel, panel = tools["search"], tools["check"]
    hits = search(window.repo, SearchQuery("Geneva"))
    search_panel.annotate([hits[0]], "ACTOR")
    window.corpus_docks["check"].show()
    _check(qtbot, panel)
    panel.table.setFocus()
    panel.table.clearSelection()
    assert panel.current_row() == -1
    qtbot.keyClick(panel.table, "n")  # to the first problem: the untagged "Geneva"
    assert panel.current().text == "Geneva"
    qtbot.keyClick(panel.table, "f")
    assert len(_spans(window, "ACTOR")) == 2


def test_backspace_deletes_the_selected_span_when_no_suggestion_is_chosen(qtbot, window) -> None:
    text = window.session.document.text
    start = text.index("Brezna")
    window.article.select_text(start, start + 6)
    qtbot.keyClick(window.article, "3")
    assert len(_spans(window)) == 1
    qtbot.keyClick(window.article, Qt.Key.Key_Backspace)
    assert _spans(window) == []


# -- a small screen: the docks leave the article its room ---------------------------------


def test_at_1280x720_search_opens_in_a_third_of_the_height_and_folds_to_its_title(
    qtbot, window, tools
) -> None:
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    dock = window.corpus_docks["search"]
    panel = tools["search"]
    dock.toggleViewAction().trigger()
    assert panel.query_edit.hasFocus()
    qtbot.keyClicks(panel.query_edit, "Geneva")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    qtbot.waitUntil(lambda: dock.height() <= 720 // 3)
    assert dock.title_label.text() == "Search corpus — 2 hits"
    unfolded_article = window.article.height()

    qtbot.mouseClick(dock.fold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.height() <= dock.titleBarWidget().sizeHint().height() + 2)
    assert window.article.height() > unfolded_article + 100
    assert dock.width() == window.width()  # the strip keeps the window's width
    assert window.article.hasFocus()  # keys go to the article, never to the folded query
    assert not panel.query_edit.isEnabled()
    assert dock.title_label.text() == "Search corpus — 2 hits"  # still says what it holds

    # A double-click on the title unfolds it with its results and the caret in the query.
    qtbot.mouseDClick(dock.title_label, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.height() > 100)
    assert panel.model.rowCount() == 2
    assert panel.query_edit.hasFocus()


def test_the_corpus_docks_share_one_tabbed_place(qtbot, window) -> None:
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    docks = window.corpus_docks
    docks["search"].toggleViewAction().trigger()
    qtbot.waitUntil(lambda: docks["search"].height() <= 720 // 3)
    with_one = window.article.height()
    docks["check"].toggleViewAction().trigger()
    docks["actors"].toggleViewAction().trigger()
    assert set(window.tabifiedDockWidgets(docks["search"])) == {docks["check"], docks["actors"]}
    qtbot.wait(50)
    # Three docks open take the room of one (and a tab bar), never three stacked bands;
    # the window keeps its height (it grew to 843 px while the hidden review panel held
    # the centre at 474 px, which is all that kept the article's height then).
    assert window.height() == 720
    assert window.article.height() >= 720 // 3
    assert with_one >= 720 // 3


def test_hits_tagged_in_a_document_not_open_update_its_row_in_the_list(
    qtbot, window, tools
) -> None:
    panel = tools["search"]
    window.corpus_docks["search"].show()
    panel.query_edit.setText("Geneva")
    panel.run()
    geneva = window.documents.row_of(panel.model.hits[0].document_id)
    assert window.session.document_id != panel.model.hits[0].document_id  # not the open one
    documents = window.documents

    def row() -> tuple[str, int]:
        return (
            documents.data(documents.index(geneva, 1)),
            documents.data(documents.index(geneva, 2)),
        )

    assert row() == ("to do", 0)
    panel.table.selectAll()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_3)  # ACTOR's hotkey
    qtbot.waitUntil(lambda: len(_spans(window, "ACTOR")) == 2)
    # The list shows what the document now holds (it kept "to do" and 0 spans).
    assert row() == ("in progress", 2)
