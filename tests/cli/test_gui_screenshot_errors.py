"""`annotator gui --screenshot` never waits for someone to close a message box."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.gui
@pytest.mark.parametrize("entry", ["launch", "click"])
def test_a_screenshot_of_a_file_that_is_no_database_exits_1_naming_it(
    tmp_path: Path, entry: str
) -> None:
    # An interactive start shows the reason in a message box; a screenshot run (a script,
    # CI) has nobody to close it and used to wait there for ever.
    db = tmp_path / "notes.db"
    db.write_text("these are notes, not a database\n" * 200, "utf-8")
    picture = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_NAME": "ana"}
    # `python -m annotator` starts through annotator.launch; `cli.main` is click's path.
    command = (
        [sys.executable, "-m", "annotator"]
        if entry == "launch"
        else [sys.executable, "-c", "import sys; from annotator.cli import main; sys.exit(main())"]
    )
    done = subprocess.run(
        [*command, "gui", "--db", str(db), "--screenshot", str(picture)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "notes.db" in done.stderr
    assert "Traceback" not in done.stderr
    assert not picture.exists()
