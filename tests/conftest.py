"""Shared test set-up: offscreen Qt, and no test ever touches a real user's files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Before anything imports Qt: no display is needed, in CI or locally.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests check behaviour, never speed: Hypothesis's default 200 ms deadline per
# example failed a regex equivalence test whose first example compiles a large pattern
# (250 ms on a loaded two-core machine, 0.02 ms when run again). Speed is measured in
# bench/, against a baseline of the same run.
settings.register_profile("annotator", deadline=None)
settings.load_profile("annotator")

REPO = Path(__file__).resolve().parent.parent


def load_script(name: str):  # type: ignore[no-untyped-def]
    """A maintainer's script under scripts/ as a module (the folder is no package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        f"_script_{name}", REPO / "scripts" / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SAMPLES = REPO / "sample_articles"


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the default database, data folder and Qt settings at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANNOTATOR_DB", str(home / "default.db"))
    monkeypatch.delenv("ANNOTATOR_NAME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(autouse=True)
def _logging_put_back():
    """Undo what `logs.configure` did (the CLI and the window call it in-process).

    It stops the `annotator` logger from propagating, which would hide later
    tests' records from `caplog` (pytest attaches caplog to non-propagating
    loggers in some versions and not in others).
    """
    from annotator import logs

    before = logs.logger.propagate, logs.logger.level, list(logs.logger.handlers)
    yield
    for handler in list(logs.logger.handlers):
        if handler not in before[2]:
            logs.logger.removeHandler(handler)
            if getattr(handler, "_annotator", False):
                handler.close()
    logs.logger.propagate, logs.logger.level = before[0], before[1]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "corpus.db"


@pytest.fixture
def repo(db_path: Path):
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    db = open_db(db_path)
    yield Repository(db)
    db.close()
