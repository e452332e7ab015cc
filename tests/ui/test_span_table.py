"""The span table stays put: text order, a mine/suggestions filter, the selection in view."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Span, new_id
from annotator.services.operations import DeleteSpan, MoveEdge, TagSpan
from annotator.ui.commands import push
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _rows(window: MainWindow) -> list[tuple[str, str]]:
    model = window.tags.model
    return [
        (model.data(model.index(r, 0)), model.data(model.index(r, 4)))
        for r in range(model.rowCount())
    ]


def test_the_filter_shows_mine_or_suggestions_apart(qtbot, suggesting: MainWindow) -> None:
    window = suggesting
    text = window.session.document.text
    start = text.index("Free Valdor Front")
    window.article.select_text(start, start + len("Free Valdor Front"))
    qtbot.keyClick(window.article, "3")
    suggestions = len(window.session.suggestions())
    box = window.tags.show_box
    box.setCurrentIndex(box.findData("mine"))
    assert _rows(window) == [("ACTOR", "ana")]
    box.setCurrentIndex(box.findData("suggestions"))
    assert len(_rows(window)) == suggestions
    assert {who for _label, who in _rows(window)} == {"suggested"}
    box.setCurrentIndex(box.findData("all"))
    assert len(_rows(window)) == suggestions + 1


def test_rows_stay_in_text_order_through_accept_and_reject(qtbot, suggesting) -> None:
    window = suggesting
    model = window.tags.model

    def starts() -> list[int]:
        return [model.spans[r].start for r in range(model.rowCount())]

    qtbot.keyClick(window.article, "n")
    qtbot.keyClick(window.article, Qt.Key.Key_Return)  # accept
    assert starts() == sorted(starts())
    qtbot.keyClick(window.article, "n")
    qtbot.keyClick(window.article, Qt.Key.Key_Backspace)  # reject
    assert starts() == sorted(starts())
    current = window.annotation.selection.current
    if current is not None:
        assert model.row_of(current) is not None


def test_the_selected_row_is_scrolled_into_view(qtbot, window: MainWindow) -> None:
    document = window.session.document
    words = [i for i in range(len(document.text) - 4) if document.text[i].isalpha()][:150]
    for offset in words:
        window.session.add_span(Span(new_id(), document.id, offset, offset + 1, "ACTOR", "ana"))
    window.open_document(window.repo.document_ids()[1])
    window.open_document(document.id)
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    current = window.annotation.selection.current
    last = max(window.session.spans(), key=lambda s: (s.start, -s.end))
    assert current == last.id
    table = window.tags.table
    rect = table.visualRect(window.tags.model.index(window.tags.model.row_of(current), 1))
    assert table.viewport().rect().intersects(rect)


def test_the_session_index_follows_every_edit_and_undo(qtbot, window: MainWindow) -> None:
    session, stack = window.session, window.undo_stack
    document = session.document
    rng = random.Random(4)
    for _ in range(60):
        spans = session.spans()
        choice = rng.random()
        if choice < 0.5 or not spans:
            start = rng.randrange(0, len(document.text) - 10)
            span = Span(new_id(), document.id, start, start + rng.randint(1, 9), "ACTOR", "ana")
            push(stack, session, TagSpan(span))
        elif choice < 0.7:
            push(stack, session, DeleteSpan(rng.choice(spans).id))
        elif choice < 0.85:
            span = rng.choice(spans)
            push(stack, session, MoveEdge(span.id, span.start, span.end + 1))
        else:
            stack.undo()
        expected = session.edits.spans()  # sorted from scratch every time
        assert session.spans() == expected
        counts: dict[str, int] = {}
        for span in expected:
            counts[span.label] = counts.get(span.label, 0) + 1
        assert session.label_counts() == counts
        assert [window.tags.model.spans[r].id for r in range(len(expected))] == [
            s.id for s in expected
        ]
        for at in rng.sample(range(len(expected)), min(3, len(expected))):
            span = expected[at]
            assert session.extent(span.id) == (span.start, span.end)
            following = session.step_from(span.id, 0, 1)
            assert following is not None
            assert following.id == expected[(at + 1) % len(expected)].id


def test_a_tag_leaves_the_session_index_of_span_places_untracked_by_the_collector(
    qtbot, window: MainWindow
) -> None:
    """The index's id -> place map holds plain ints: a tag does not make it a container the
    garbage collector tracks (tracked again at each tag, young, a young collection inside
    a key press walked every span's entry; issue 16)."""
    import gc

    session, stack = window.session, window.undo_stack
    document = session.document
    for start in (0, 20, 40):
        push(stack, session, TagSpan(Span(new_id(), document.id, start, start + 5, "ACTOR", "ana")))
        gc.collect()
        push(
            stack,
            session,
            TagSpan(Span(new_id(), document.id, start + 6, start + 9, "ACTOR", "ana")),
        )
        assert session.extent(session.spans()[0].id) is not None
        assert not gc.is_tracked(session._keys)


def test_many_suggestions_merged_in_leave_the_rows_as_a_full_sort_would(qtbot) -> None:
    """More than 200 suggestion rows changing at once (a propagation on a long article)
    are merged into the rows that stay, without sorting the table again."""
    from annotator.core.schema import default_schema
    from annotator.ui.tag_panel import SpanTableModel

    rng = random.Random(3)

    def made(count: int, provenance: str, prefix: str) -> list[Span]:
        spans = []
        for _ in range(count):
            start = rng.randrange(0, 5000)
            spans.append(
                Span(
                    f"{prefix}{new_id()}",
                    "d",
                    start,
                    start + rng.randint(1, 40),
                    rng.choice(["ACTOR", "QUOTE", "CASUALTY"]),
                    "ana" if provenance == "manual" else "suggester",
                    provenance=provenance,
                )
            )
        return spans

    model = SpanTableModel(default_schema())
    own = made(300, "manual", "")
    first = made(400, "suggested", "suggestion:")
    model.set_spans("x" * 6000, sorted(own, key=lambda s: (s.start, -s.end, s.id)), {})
    model.set_suggestions(first)
    kept = first[::2]  # half stay, as the same objects
    more = made(500, "suggested", "suggestion:")
    model.set_suggestions([*kept, *more])
    expected = sorted([*own, *kept, *more], key=lambda s: (s.start, -s.end, s.id))
    assert [s.id for s in model.spans] == [s.id for s in expected]
    assert model.keys == sorted(model.keys)
    assert model.rowCount() == len(expected)
    for show, wanted in (("mine", own), ("suggestions", [*kept, *more])):
        model.set_show(show)
        assert {s.id for s in model.spans} == {s.id for s in wanted}
    model.set_show("suggestions")
    model.set_suggestions(kept)  # 500 go while only suggestions are shown
    assert [s.id for s in model.spans] == [
        s.id for s in sorted(kept, key=lambda s: (s.start, -s.end, s.id))
    ]


def test_a_tag_moves_one_chunk_of_rows_not_every_row_after_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table's rows, their keys and the session's order are chunked lists: a new span
    goes into one chunk, which alone moves (a Python list moved every entry after it, a
    tag near the top of a long article's rows at every key press, issue 16). With chunks
    of a few entries, tags near the top split chunks; the order is as before."""
    from annotator.core import chunked

    monkeypatch.setattr(chunked, "LOAD", 2)
    session, stack, model = window.session, window.undo_stack, window.tags.model
    document = session.document
    window.open_document(window.repo.document_ids()[1])
    window.open_document(document.id)  # made again with chunks of 2
    document = session.document
    for start in (30, 0, 60, 1, 2, 3, 4, 5):
        push(stack, session, TagSpan(Span(new_id(), document.id, start, start + 4, "ACTOR", "ana")))
    expected = session.edits.spans()
    assert session.spans() == expected
    assert [model.spans[r].id for r in range(model.rowCount())] == [s.id for s in expected]
    assert model.keys == sorted(model.keys)
    for kept in (session._order, model.keys, model.spans):
        assert isinstance(kept, chunked.ChunkedList)
        assert kept.largest_chunk() < 2 * chunked.LOAD
    assert len(session._order._chunks) > 2  # the tags split chunks


@pytest.mark.parametrize("by_pixel", [False, True], ids=["rows", "pixels"])
def test_an_article_s_many_suggestions_go_in_with_one_reset_and_the_selected_row_stays(
    qtbot, window: MainWindow, by_pixel: bool
) -> None:
    """An article's suggestions arriving are put in the table at once (one reset), not row
    by row (each insert moved the rows on screen: about 4 ms of a 5,000-character article's
    60-odd, issue 16); the row the analyst selected stays selected, where it was on screen,
    whether the table scrolls by rows (here) or by pixels (the macOS style)."""
    from PySide6.QtWidgets import QAbstractItemView

    if by_pixel:
        window.tags.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    document = window.session.document
    text = document.text
    for offset in range(0, len(text) - 2, 5):
        window.session.add_span(Span(new_id(), document.id, offset, offset + 1, "ACTOR", "ana"))
    window.open_document(window.repo.document_ids()[1])
    window.open_document(document.id)
    tags, model = window.tags, window.tags.model
    chosen = max(window.session.spans(), key=lambda s: s.start)
    tags.select_row(chosen.id)
    bar = tags.table.verticalScrollBar()
    below_top = model.row_of(chosen.id) - bar.value()
    on_screen = tags.table.rowViewportPosition(model.row_of(chosen.id))
    suggestions = [
        Span(
            f"suggestion:{new_id()}",
            document.id,
            start,
            start + 2,
            "CASUALTY",
            "suggester",
            provenance="suggested",
        )
        for start in range(1, len(text) - 3, 3)
    ]
    resets, inserts = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda *_args: inserts.append(1))

    tags.set_suggestions(suggestions)

    assert (len(resets), len(inserts)) == (1, 0)
    expected = sorted(
        [*window.session.spans(), *suggestions], key=lambda s: (s.start, -s.end, s.id)
    )
    assert [model.spans[r].id for r in range(model.rowCount())] == [s.id for s in expected]
    row = model.row_of(chosen.id)
    assert tags.table.selectionModel().currentIndex().row() == row
    if by_pixel:
        assert tags.table.rowViewportPosition(row) == on_screen
    else:
        assert row - bar.value() == below_top
    assert window.annotation.selection.current in (None, chosen.id)  # no row chosen anew

    # A handful more (an accept's, a propagation's) go in row by row: no reset.
    more = [
        Span(
            f"suggestion:{new_id()}",
            document.id,
            3,
            9,
            "ACTOR",
            "suggester",
            provenance="suggested",
        )
    ]
    tags.set_suggestions([*suggestions, *more])
    assert (len(resets), len(inserts)) == (1, 1)
