"""Undo of a review decision after a merge took away the colleague's span it settled."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.core.model import Span, new_id
from annotator.store import review
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _gold(window: MainWindow) -> list[tuple[str, str]]:
    rows = window.repo.db.execute(
        "SELECT label, text FROM span_view WHERE annotator = 'gold' ORDER BY start"
    )
    return [tuple(r) for r in rows]


def test_undo_withdraws_a_decision_whose_span_the_colleague_removed(
    qtbot, corpus, tmp_path: Path
) -> None:
    document = corpus.document(corpus.document_ids()[0])
    corpus.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    colleague = tmp_path / "ben.db"
    shutil.copyfile(corpus.path, colleague)
    theirs = Repository(open_db(colleague))
    theirs.set_setting("annotator", "ben")
    start = document.text.index("Brezna market")
    span = theirs.add_span(Span(new_id(), document.id, start, start + 13, "ACTOR", "ben"))
    theirs.db.close()

    window = MainWindow(corpus, "lead", db_label="test")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.files.merge_database(str(colleague), wait=True)
    window.review_action.trigger()
    window.article.setFocus()
    window.review.select_cluster(0)
    qtbot.keyClick(window.article, "1")  # accept ben's span into gold
    assert _gold(window) == [("ACTOR", "Brezna market")]

    theirs = Repository(open_db(colleague))
    theirs.delete_span(span.id, by="ben")
    theirs.db.close()
    window.files.merge_database(str(colleague), wait=True)
    assert _gold(window) == [("ACTOR", "Brezna market")]  # gold unchanged by the merge

    window.undo_stack.undo()  # the reviewer withdraws the decision
    assert review.decisions(window.repo, document.id) == []
    assert _gold(window) == []
