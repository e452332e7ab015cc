"""After the real start, the keys act on the article: nothing types them into a field."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.model import AnnotatedDocument, Document
from annotator.store.db import open_db
from annotator.store.repository import Repository

REPO = Path(__file__).resolve().parents[2]

# The real start (annotator.launch.main, as the `annotator` command), driven by keys from
# the event loop once the window shows: where the focus is, and what N then 3 did.
_PROBE = """
import sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from PySide6.QtTest import QTest

app = QApplication(sys.argv[:1])
seen = []

def drive():
    window = next(
        (w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()), None
    )
    if window is None or not window.isActiveWindow():
        window is not None and window.activateWindow()
        QTimer.singleShot(20, drive)
        return
    focus = app.focusWidget()
    seen.append(type(focus).__name__ if focus is not None else "none")
    QTest.keyClick(focus or window, Qt.Key.Key_N)
    QTest.keyClick(focus or window, Qt.Key.Key_3)
    typed = [f.text() for f in window.findChildren(QLineEdit) if f.text()]
    seen.append(repr(typed))
    app.exit(0)

QTimer.singleShot(0, drive)
from annotator.launch import main
main(["gui", "--db", sys.argv[1], "--annotator", "ana"])
print("|".join(seen))
"""


@pytest.mark.gui
def test_the_window_starts_with_the_focus_in_the_article_not_the_document_filter(
    tmp_path: Path,
) -> None:
    # The document filter is the first field of the window: Qt gave it the focus, so a
    # new analyst's first N or 3 went into the filter and emptied the document list.
    db = tmp_path / "corpus.db"
    repo = Repository(open_db(db))
    text = "Shelling hit Brezna\n\nShelling hit the market in Brezna on Monday.\n"
    repo.import_documents([AnnotatedDocument(Document.from_text(text, "Brezna"))], "ana")
    repo.db.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANNOTATOR_", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(db)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    focus, typed = done.stdout.strip().splitlines()[-1].split("|")
    assert focus == "ArticleView"
    assert typed == "[]"  # no field holds what the keys meant for the article
