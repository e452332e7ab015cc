"""Render the window offscreen on a sample article and save it (README screenshots).

Usage: python scripts/screenshot.py [OUT.png] [--review]

With --review, a second annotator's layer is made from the gold file with some
spans dropped, relabelled or moved, and the window is shown in review mode.
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

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    reviewing = "--review" in sys.argv
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
    window = MainWindow(repo, "Lead" if reviewing else "Mariam", db_label="shot")
    window.resize(1440, 880)
    window.splitter.setSizes([250, 720, 470])
    window.open_document(first)
    window.show()
    app.processEvents()
    if reviewing:
        window.review_action.trigger()
        window.step_cluster(1)
    else:
        quotes = [s for s in window.session.spans() if s.label == "QUOTE"]
        if quotes:
            window.select_span(quotes[0].id)
    app.processEvents()
    window.grab().save(str(out))
    print(out)
    window.wait_for_suggestions()  # a suggestion thread must end before Python exits
    return 0


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
