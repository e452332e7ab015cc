"""The per-user folders are platformdirs' folders, found without importing it on Linux."""

from __future__ import annotations

import subprocess
import sys

import platformdirs
import pytest

from annotator import paths

# (variable, the paths function reading it, platformdirs' function for the same folder)
FOLDERS = [
    ("XDG_DATA_HOME", paths.data_dir, platformdirs.user_data_dir),
    ("XDG_CACHE_HOME", paths.cache_dir, platformdirs.user_cache_dir),
    ("XDG_CONFIG_HOME", paths.config_dir, platformdirs.user_config_dir),
    ("XDG_STATE_HOME", paths.log_dir, platformdirs.user_log_dir),
]

# $HOME, the XDG variable (None: unset)
ENVIRONMENTS = [
    ("/home/ana", None),
    ("/home/ana/", None),
    ("/", None),
    ("/home/ana", ""),
    ("/home/ana", "/srv/xdg"),
    ("/home/ana", "/srv/xdg/"),
    ("/home/ana", "/srv/with space "),
    ("/home/ana", "relative/xdg"),
    ("/home/ana", "   "),
    ("relative-home", None),
    ("relative-home", "/srv/xdg"),
]


@pytest.mark.parametrize(("variable", "ours", "theirs"), FOLDERS)
@pytest.mark.parametrize(("home", "value"), ENVIRONMENTS)
def test_each_folder_is_the_one_platformdirs_names(
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    ours: object,
    theirs: object,
    home: str,
    value: str | None,
) -> None:
    monkeypatch.setenv("HOME", home)
    if value is None:
        monkeypatch.delenv(variable, raising=False)
    else:
        monkeypatch.setenv(variable, value)
    assert callable(ours)
    assert callable(theirs)
    try:
        expected = str(theirs(paths.APP_NAME, appauthor=False))
    except RuntimeError:  # platformdirs refuses a relative $HOME: so do we
        with pytest.raises(RuntimeError):
            ours()
        return
    assert str(ours()) == str(type(ours())(expected))


def test_finding_the_window_folders_does_not_import_platformdirs() -> None:
    """On Linux, with the usual environment (issue 16: about 20 M instructions)."""
    code = (
        "import sys; from annotator import logs, paths; from annotator.ui.keys import keymap_path; "
        "paths.data_dir(); paths.cache_dir(); logs.log_dir(); keymap_path(); "
        "print('platformdirs' in sys.modules)"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert ran.stdout.strip() == ("False" if sys.platform == "linux" else "True")
