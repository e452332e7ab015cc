"""What the first ACTOR key needs is loaded in the background once the first article is
painted, so that key does not stall (issue 16)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui


def test_the_first_key_needs_are_preloaded_after_the_first_article_is_painted(
    qtbot, corpus, monkeypatch
) -> None:
    import annotator.ui.annotation as annotation
    import annotator.ui.preload as preload

    asked: list[object] = []
    monkeypatch.setattr(preload, "preload", asked.append)
    monkeypatch.setattr(annotation, "PRELOAD_DELAY_MS", 0)
    window = open_window(qtbot, corpus)
    # (a behaviour test: the wait is long enough for a loaded machine, where the window's
    # first paint took over 3 s in a fresh-clone CI run beside three other jobs)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert asked == [preload.first_actor_key]
    # Once per window: opening the next article loads nothing again.
    window.open_document(corpus.document_ids()[1])
    qtbot.wait(50)
    assert asked == [preload.first_actor_key]


def test_the_first_actor_key_needs_are_loaded_in_a_worker_thread(
    tmp_path: Path, monkeypatch
) -> None:
    from annotator.ui.preload import first_actor_key, preload

    (tmp_path / "keys_probe_module.py").write_text(
        "import threading\nLOADED_ON = threading.current_thread().name\n", "utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "keys_probe_module", raising=False)

    def work() -> None:
        __import__("keys_probe_module")
        first_actor_key()

    preload(work).join(30)
    assert sys.modules["keys_probe_module"].LOADED_ON == "preload"
    assert threading.current_thread().name != "preload"
    assert "annotator.services.actor_types" in sys.modules
    assert "annotator.services.suggesting" in sys.modules
