"""Render the window offscreen on a sample article and save it (README screenshots).

Usage: python scripts/screenshot.py [OUT.png] [--review | --speaker | --attributes]
                                   [--search QUERY] [--size WIDTHxHEIGHT]

Without --review the window shows a short scene article (fiction written for
this script, like the samples) whose quote holds a casualty figure holding an
actor: three nesting levels, with the pointer over the innermost one so its
label tags show, and the speaker selected so its link to the quote shows.
With --review, a second annotator's layer is made from the gold file with some
spans dropped, relabelled or moved, and the window is shown in review mode.
With --speaker, the scene's quote is selected and S pressed: the speaker chooser.
With --attributes, a casualty figure is selected and A pressed: the attribute chooser.
With --search QUERY, the corpus search dock is opened and QUERY typed into it.
The default size is 1440x880; check 1280x720 and 1600x1000 too.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout: this worktree's package


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.app import configure_application
    from annotator.formats.common import ReadOptions
    from annotator.services.importing import import_paths
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from annotator.ui.main_window import MainWindow

    argv = sys.argv[1:]
    size = (1440, 880)
    if "--size" in argv:
        width, height = argv.pop(argv.index("--size") + 1).lower().split("x")
        size = (int(width), int(height))
    query = argv.pop(argv.index("--search") + 1) if "--search" in argv else None
    args = [a for a in argv if not a.startswith("--")]
    reviewing = "--review" in sys.argv
    choosing = "--speaker" in sys.argv
    attributes = "--attributes" in sys.argv
    out = Path(args[0]) if args else REPO / "docs" / "screenshot.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication.instance() or QApplication([])
    configure_application(app)
    repo = Repository(open_db(tmp / "shot.db"))
    samples = sorted((REPO / "sample_articles").glob("*.txt"))
    # The analyst's own tags on the first article come from the gold file, relabelled as theirs.
    gold = REPO / "sample_articles" / "gold.jsonl"
    import_paths(repo, [gold], ReadOptions(annotator="Mariam"))
    import_paths(repo, samples, ReadOptions(annotator="Mariam"))
    repo.db.execute("UPDATE spans SET annotator = 'Mariam'")
    repo.db.execute("UPDATE relations SET annotator = 'Mariam'")
    repo.db.conn.commit()
    first = repo.document_ids()[0]
    for done in repo.document_ids()[3:6]:
        repo.set_status(done, "Mariam", "done")
    if reviewing:
        _second_opinion(repo, first)
    shown = first if reviewing else _scene(repo)
    window = MainWindow(repo, "Lead" if reviewing else "Mariam", db_label="shot")
    window.resize(*size)
    side = round(size[0] * 0.17)
    window.splitter.setSizes([side, size[0] - side - round(size[0] * 0.3), round(size[0] * 0.3)])
    window.open_document(shown)
    window.show()
    app.processEvents()
    if reviewing:
        window.review_action.trigger()
        boundary = next(
            (
                number
                for number, item in enumerate(window.review.items)
                if item.cluster.kind == "boundary_conflict"
            ),
            None,
        )
        if boundary is not None:
            window.review.select_cluster(boundary)
        else:
            window.review.step(1)
    elif choosing:
        _choose_speaker(window)
    elif attributes:
        _choose_attributes(window)
    else:
        _point_at_the_nest(window)
    if query is not None:
        _search(window, query)
    app.processEvents()
    window.grab().save(str(out))
    print(out)
    window.suggestions.wait()  # a suggestion thread must end before Python exits
    return 0


SCENE = (
    "Night strike near Tell Varos kills twelve fighters\n\n"
    "TELL VAROS, May 14 (Meridian Wire) - The Free Valdor Front (FVF) said on Wednesday "
    "that a drone strike on its positions near Tell Varos had killed twelve of its "
    "fighters, a day after the Kharvelian defence ministry announced what it called a "
    "limited operation in the hills.\n\n"
    '"Twelve FVF fighters were killed in the night, and the village has had no water '
    'since Monday," said Ana Lopes, a spokeswoman for the group, speaking by telephone.\n\n'
    "The ministry did not comment on the figure. Residents said at least 30 families had "
    "left for the coast, and the Valdor Red Crescent said its convoy was turned back at a "
    "checkpoint.\n"
)


def _scene(repo) -> str:
    """Import the scene article with Mariam's spans; returns its document id."""
    from annotator.core.model import AnnotatedDocument, Document, Relation, Span, new_id

    document = Document.from_text(SCENE, "Night strike near Tell Varos kills twelve fighters")
    spans: dict[str, Span] = {}

    def tag(needle: str, label: str, attributes: dict | None = None, nth: int = 0) -> None:
        start = -1
        for _ in range(nth + 1):
            start = SCENE.index(needle, start + 1)
        spans[f"{needle}#{nth}"] = Span(
            new_id(), document.id, start, start + len(needle), label, "Mariam", attributes or {}
        )

    tag("twelve fighters", "CASUALTY", {"count_low": 12, "count_high": 12, "kind": "killed"})
    tag("Meridian Wire", "ACTOR", {"type": "media"})
    tag("Free Valdor Front", "ACTOR", {"type": "armed group"})
    tag("FVF", "ACTOR", {"type": "armed group"})
    tag(
        "killed twelve of its fighters",
        "CASUALTY",
        {"count_low": 12, "count_high": 12, "kind": "killed", "victims": "combatant"},
    )
    tag("Kharvelian defence ministry", "ACTOR", {"type": "state"})
    quote = "Twelve FVF fighters were killed in the night, and the village has had no water "
    tag(quote + "since Monday,", "QUOTE", {"kind": "direct"})
    tag("Twelve FVF fighters were killed", "CASUALTY", {"count_low": 12, "count_high": 12})
    tag("FVF", "ACTOR", {"type": "armed group"}, nth=1)
    tag("Ana Lopes", "ACTOR", {"type": "person"})
    tag("at least 30 families", "CASUALTY", {"count_low": 30, "kind": "displaced"})
    tag("Valdor Red Crescent", "ACTOR", {"type": "organisation"})
    speaker = Relation(
        new_id(),
        spans[f"{quote}since Monday,#0"].id,
        spans["Ana Lopes#0"].id,
        "speaker",
        "Mariam",
    )
    repo.import_documents([AnnotatedDocument(document, list(spans.values()), [speaker])], "Mariam")
    return document.id


def _point_at_the_nest(window) -> None:
    """Select the speaker (its link to the quote shows) and hover the innermost ACTOR."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    text = window.session.document.text
    spans = window.session.spans()
    speaker = next(s for s in spans if text[s.start : s.end] == "Ana Lopes")
    window.annotation.select_span(speaker.id)
    inner = text.index("FVF fighters were")
    view = window.article
    QApplication.processEvents()
    QTest.mouseMove(view.viewport(), view.point_of(inner + 1))
    QApplication.processEvents()


def _search(window, query: str) -> None:
    """Open Corpus > Search and type `query`; wait for its results."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.corpus.docks["search"].toggleViewAction().trigger()
    QApplication.processEvents()
    panel = window.corpus.search
    QTest.keyClicks(panel.query_edit, query)
    QTest.qWait(600)
    QApplication.processEvents()


def _choose_speaker(window) -> None:
    """Select the scene's quote and press S: the speaker chooser opens beside it."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.services.operations import RemoveSpeaker

    quote = next(s for s in window.session.spans() if s.label == "QUOTE")
    window.session.do(RemoveSpeaker(window.session.edits.speaker_relation(quote.id)))
    window.annotation.select_span(quote.id, scroll=True)
    window.activateWindow()
    window.article.setFocus()
    QApplication.processEvents()
    QTest.keyClick(window.article, "s")
    QApplication.processEvents()


def _choose_attributes(window) -> None:
    """Select the scene's displaced families (a CASUALTY) and press A: the chooser opens."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    text = window.session.document.text
    figure = next(
        s for s in window.session.spans() if text[s.start : s.end] == "at least 30 families"
    )
    window.annotation.select_span(figure.id, scroll=True)
    window.activateWindow()
    window.article.setFocus()
    QApplication.processEvents()
    QTest.keyClick(window.article, "a")
    QApplication.processEvents()
    chooser = window.annotation.attribute_chooser
    QTest.keyClick(chooser, "3")  # count_low: 30 typed again, then to the next rows
    QTest.keyClick(chooser, "0")
    QTest.keyClick(chooser, "\t")
    QTest.keyClick(chooser, "\t")
    QApplication.processEvents()


def _second_opinion(repo, document_id: str) -> None:
    """A colleague's layer: the first annotator's spans, with some differences."""
    from dataclasses import replace

    from annotator.core.model import new_id

    for number, span in enumerate(repo.spans(document_id, ["Mariam"])):
        if number % 9 == 4:
            continue  # missed
        label = span.label
        start, end = span.start, span.end
        if number % 11 == 3 and span.label == "ACTOR":
            label = "CASUALTY"
        elif number % 7 == 2:
            end = max(start + 1, end - 1)
        attributes = span.attributes if label == span.label else {}
        repo.add_span(
            replace(
                span,
                id=new_id(),
                annotator="Ben",
                label=label,
                start=start,
                end=end,
                attributes=attributes,
            )
        )


if __name__ == "__main__":
    sys.exit(main())
