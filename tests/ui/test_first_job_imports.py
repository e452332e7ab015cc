"""What the window's first suggestion job imports for a short article (issue 16): the
rules, never the rule workers' machinery (subprocess, pickle: only a long article
uses it) nor hashlib (which loads OpenSSL): both were imported on the analyst's wait
for the session's first suggestions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ui.test_first_job_kept_patterns import ONE_ARTICLE_CORPUS, WINDOW_ON_CORPUS, run_fresh

pytestmark = pytest.mark.gui

# The window on that database, suggestions on: prints the modules imported from the
# article's first paint to its suggestions shown.
_WINDOW = (
    WINDOW_ON_CORPUS
    + """
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
)


def test_the_first_job_for_a_short_article_imports_no_worker_machinery_nor_hashlib(
    tmp_path: Path,
) -> None:
    run_fresh(ONE_ARTICLE_CORPUS, tmp_path / "cache", str(tmp_path))
    shown, imported = json.loads(run_fresh(_WINDOW, tmp_path / "cache", str(tmp_path)))
    assert shown > 0
    assert "annotator.services.suggesting" in imported  # the job's own imports are seen
    unwanted = {"annotator.services.rule_workers", "subprocess", "pickle", "hashlib", "_hashlib"}
    assert sorted(unwanted & set(imported)) == []
