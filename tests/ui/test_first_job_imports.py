"""What the window's first suggestion job imports for a short article (issue 16): the
rules, never the rule workers' machinery (subprocess, pickle: only a long article
uses it) nor hashlib (which loads OpenSSL): both were imported on the analyst's wait
for the session's first suggestions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ui.test_first_job_kept_patterns import run_fresh

pytestmark = pytest.mark.gui

# A database of one short article (made by another process: importing hashes the text).
_CORPUS = """
import sys
from pathlib import Path
from annotator.core.model import AnnotatedDocument, Document
from annotator.store.db import open_db
from annotator.store.repository import Repository
repo = Repository(open_db(Path(sys.argv[1]) / "corpus.db"))
text = ('BREZNA, March 3 - Defence Minister Ilse Marovic said at least 14 civilians were '
        'killed. "We will not leave," Marovic told reporters. The Free Valdor Front denied it.')
repo.import_documents([AnnotatedDocument(Document.from_text(text, "one"))], "ana")
repo.db.close()
"""

# The window on that database, suggestions on: prints the modules imported from the
# article's first paint to its suggestions shown.
_WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from annotator.app import configure_application
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow
app = QApplication([])
configure_application(app)
base = Path(sys.argv[1])
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(base / "cfg"))
QSettings().setValue("view/suggestions", True)
repo = Repository(open_db(base / "corpus.db"))
window = MainWindow(repo, "ana", db_label="test")
before = []
window.article.documentPainted.connect(lambda: before.append(set(sys.modules)))
loop = QEventLoop()
window.session.suggestionsChanged.connect(lambda _d: loop.quit())
QTimer.singleShot(120_000, loop.quit)
window.show()
loop.exec()
shown = len(window.session.suggestions())
window.close()
print(json.dumps([shown, sorted(set(sys.modules) - before[0])]))
"""


def test_the_first_job_for_a_short_article_imports_no_worker_machinery_nor_hashlib(
    tmp_path: Path,
) -> None:
    run_fresh(_CORPUS, tmp_path / "cache", str(tmp_path))
    shown, imported = json.loads(run_fresh(_WINDOW, tmp_path / "cache", str(tmp_path)))
    assert shown > 0
    assert "annotator.services.suggesting" in imported  # the job's own imports are seen
    unwanted = {"annotator.services.rule_workers", "subprocess", "pickle", "hashlib", "_hashlib"}
    assert sorted(unwanted & set(imported)) == []
