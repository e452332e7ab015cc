"""A CASUALTY tagged by hand starts with the victims the guideline reads (the span's
noun, else its sentence), whether tagged at once or relabelled, and the attribute
chooser shows them."""

from __future__ import annotations

import json

import pytest

from annotator.core.model import AnnotatedDocument, Document
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui

ARTICLE = (
    "Raid on Orsk\n\n"
    "Among the herders of Orsk, nine were killed on Sunday. "
    "Rebel fighters were ambushed at the ford and six died.\n"
)


@pytest.fixture
def orsk(qtbot, corpus: Repository) -> MainWindow:
    corpus.import_documents([AnnotatedDocument(Document.from_text(ARTICLE, "Raid on Orsk"))], "ana")
    window = open_window(qtbot, corpus)
    window.open_document(
        next(i for i in corpus.document_ids() if corpus.document_title(i) == "Raid on Orsk")
    )
    window.article.setFocus()
    return window


def _tag(qtbot, window: MainWindow, needle: str, key: str) -> None:
    text = window.session.document.text
    start = text.index(needle)
    window.article.select_text(start, start + len(needle))
    qtbot.keyClick(window.article, key)


def _victims(window: MainWindow, covered: str) -> str:
    rows = window.repo.db.execute(
        "SELECT attributes FROM span_view WHERE text = ? AND label = 'CASUALTY'", [covered]
    )
    return str(json.loads(next(iter(rows))[0])["victims"])


def test_a_casualty_tagged_by_hand_takes_its_victims_from_the_sentence(
    qtbot, orsk: MainWindow
) -> None:
    _tag(qtbot, orsk, "nine were killed", "2")
    assert _victims(orsk, "nine were killed") == "civilian"
    qtbot.keyClick(orsk.article, "a")
    chooser = orsk.annotation.attribute_chooser
    assert chooser is not None
    shown = {row.text().split(":")[0].strip("▸ "): row.text() for row in chooser.rows}
    assert shown["victims"].split(":")[1].split()[0] == "civilian"


def test_a_span_relabelled_as_casualty_reads_its_victims_the_same_way(
    qtbot, orsk: MainWindow
) -> None:
    _tag(qtbot, orsk, "six died", "1")
    qtbot.keyClick(orsk.article, "2")  # the selected QUOTE becomes a CASUALTY
    assert _victims(orsk, "six died") == "combatant"
