"""`annotator gui` as a process: it opens on the sample articles and quits cleanly."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLES


def _annotator(
    *args: str, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """`python -m annotator ARGS` from the repository root; the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=timeout,
        check=False,
    )


@pytest.mark.gui
def test_gui_screenshot_opens_the_samples_and_quits_while_jobs_still_run(tmp_path: Path) -> None:
    # Quitting at once leaves the current document's suggestion job running: the
    # process must wait for it rather than abort ("QThread: Destroyed while ... running").
    picture = tmp_path / "window.png"
    db = tmp_path / "c.db"
    samples = sorted(str(p.relative_to(REPO)) for p in SAMPLES.glob("*.txt"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_NAME": "ana"}
    command = ["gui", *samples, "--db", str(db), "--screenshot", str(picture)]
    done = _annotator(*command, env=env)
    assert done.returncode == 0, done.stderr
    assert "QThread" not in done.stderr
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    stats = _annotator("stats", "--db", str(db), "--json", timeout=120)
    assert f'"documents": {len(samples)}' in stats.stdout


@pytest.mark.gui
def test_a_screenshot_of_a_new_database_asks_no_name_and_stores_none(tmp_path: Path) -> None:
    # No --annotator, no $ANNOTATOR_NAME, a new file: an interactive start asks the
    # analyst's name; a screenshot run has nobody to answer and used to wait forever.
    picture = tmp_path / "window.png"
    db = tmp_path / "new.db"
    env = {k: v for k, v in os.environ.items() if k != "ANNOTATOR_NAME"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    sample = str(sorted(SAMPLES.glob("*.txt"))[0].relative_to(REPO))
    done = _annotator("gui", sample, "--db", str(db), "--screenshot", str(picture), env=env)
    assert done.returncode == 0, done.stderr
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT value FROM settings WHERE key = 'annotator'").fetchall()
    assert stored == []
