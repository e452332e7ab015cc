"""`annotator gui` opens the window without click; everything else still goes through click."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator.launch import GuiRequest, gui_request, main
from annotator.store.db import open_db

REPO = Path(__file__).resolve().parents[2]


def test_the_usual_gui_command_lines_are_read_without_click(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Shelling hit the market.\n", "utf-8")
    db = tmp_path / "corpus.db"
    assert gui_request(["gui"]) == GuiRequest()
    assert gui_request([]) == GuiRequest()  # `annotator` alone opens the window too
    assert gui_request(["gui", "--db", str(db), "--annotator", "ana", str(article)]) == GuiRequest(
        paths=[article], db_path=db, annotator="ana"
    )
    assert gui_request(
        ["gui", f"--db={db}", "--screenshot", str(tmp_path / "w.png")]
    ) == GuiRequest(db_path=db, screenshot=tmp_path / "w.png")


@pytest.mark.parametrize(
    "words",
    [
        ["import", "a.txt"],
        ["--verbose"],
        ["--version"],
        ["gui", "--help"],
        ["gui", "-h"],
        ["gui", "--verbose"],
        ["gui", "--db"],
        ["gui", "--db="],
        ["gui", "--db", "--annotator", "ana"],
        ["gui", "--", "a.txt"],
        ["gui", "no-such-article.txt"],
        ["gui", "--annotator"],
    ],
)
def test_anything_click_would_answer_otherwise_goes_to_click(words: list[str]) -> None:
    assert gui_request(words) is None


def test_a_database_path_that_cannot_be_made_goes_to_click(tmp_path: Path) -> None:
    afile = tmp_path / "corpus.db"
    afile.write_text("", "utf-8")
    assert gui_request(["gui", "--db", str(tmp_path)]) is None  # a folder
    assert gui_request(["gui", "--db", str(afile / "x.db")]) is None  # through a file
    assert gui_request(["gui", "--screenshot", str(tmp_path)]) is None


def test_gui_help_and_errors_are_still_clicks(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        raise SystemExit(main(["gui", "--help"]))
    assert info.value.code == 0
    assert "Open the window" in capsys.readouterr().out
    assert main(["gui", "--no-such-option"]) == 2
    assert "No such option" in capsys.readouterr().err
    assert main(["gui", "no-such-article.txt"]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.gui
def test_the_window_opens_without_loading_click(tmp_path: Path) -> None:
    """`python -m annotator gui` with a screenshot: the picture is written, click never loaded.

    (Neither by the command line nor by the store: a database that needs no
    migrating is opened without sqlite-utils, which would import click.)
    """
    shot = tmp_path / "window.png"
    open_db(tmp_path / "corpus.db").close()  # up to date: opening it needs no migrations
    script = (
        "import sys, runpy\n"
        "sys.argv = ['annotator', 'gui', '--db', sys.argv[1], '--screenshot', sys.argv[2]]\n"
        "try:\n"
        "    runpy.run_module('annotator', run_name='__main__', alter_sys=True)\n"
        "except SystemExit as exc:\n"
        "    print('exit', exc.code, 'click' in sys.modules)\n"
    )
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTATOR_NAME": "ana",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "corpus.db"), str(shot)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.strip() == "exit 0 False", result.stderr
    assert shot.stat().st_size > 0


def test_the_garbage_collector_is_off_only_between_pause_and_resume(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The window's start pauses the collector (annotator.launch.main) and the window
    # resumes it once its first document is painted (tests/ui/test_startup_imports.py
    # checks that in a real start). gc.freeze is recorded, not run: it would pin this
    # test process's objects for the rest of the session.
    import gc

    from annotator import launch

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    assert gc.isenabled()
    launch.resume_collector()  # not paused: nothing to do
    assert gc.isenabled()
    assert frozen == []
    try:
        launch.pause_collector()
        assert not gc.isenabled()
    finally:
        launch.resume_collector()
    assert gc.isenabled()
    assert frozen == [True]
    launch.resume_collector()  # once only
    assert frozen == [True]
