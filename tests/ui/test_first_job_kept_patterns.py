"""The window's first suggestion job imports the rules with the patterns an earlier
process kept (issue 16). It imported them bare first (`Stopped` straight from
annotator.core.suggest): every module pattern was compiled again, about 0.5 s of the
first article's wait, and the file it wrote back lost them, so every later session
compiled them again too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.gui

# An earlier session: the rules imported and prepared, their forms kept.
_EARLIER = """
import annotator.services.suggesting
from annotator.core.suggest import prepare_rules
from annotator.services.kept_patterns import patterns_kept
with patterns_kept():
    prepare_rules()
print("kept")
"""

# A database of one short article (made by another process: importing hashes the text).
ONE_ARTICLE_CORPUS = """
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

# The start of a script: the window on that database (sys.argv[1]), suggestions on,
# built and not shown yet; the script goes on from `window`.
WINDOW_ON_CORPUS = """
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
"""

# The window on it, suggestions on: counts the patterns parsed (compiled from their
# text) from the article's first paint to its suggestions shown.
_WINDOW = (
    WINDOW_ON_CORPUS
    + """
from re import _parser
parsed = [0]
real = _parser.parse
def counted(*args, **kwargs):
    parsed[0] += 1
    return real(*args, **kwargs)
loop = QEventLoop()
window.session.suggestionsChanged.connect(lambda _d: loop.quit())
window.article.documentPainted.connect(lambda: setattr(_parser, "parse", counted))
QTimer.singleShot(120_000, loop.quit)
window.show()
loop.exec()
shown = len(window.session.suggestions())
window.close()
print(json.dumps([parsed[0], shown]))
"""
)


def run_fresh(script: str, cache: Path, *args: str) -> str:
    """The last line `script` printed (or "") run by `python -c` in a fresh process with
    `args`, this copy's `annotator` and `cache` as its cache folder, offscreen."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env={
            **os.environ,
            "XDG_CACHE_HOME": str(cache),
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": "offscreen",
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    lines = done.stdout.strip().splitlines()
    return lines[-1] if lines else ""


def test_the_windows_first_job_builds_the_rules_patterns_from_the_kept_forms(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    run_fresh(_EARLIER, cache)
    kept = next((cache / "annotator").glob("compiled-patterns-*.bin"))
    written = kept.stat().st_mtime_ns
    run_fresh(ONE_ARTICLE_CORPUS, cache, str(tmp_path))
    parsed, shown = json.loads(run_fresh(_WINDOW, cache, str(tmp_path)))
    assert shown > 0
    # The rules' own patterns (over 300, see test_kept_patterns) are not compiled again;
    # what is left is the standard library's re.sub/re.match with a pattern text.
    assert parsed < 60
    assert kept.stat().st_mtime_ns == written  # nothing new: the kept file stays whole
