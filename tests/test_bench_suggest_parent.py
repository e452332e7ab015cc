"""bench/suggest_parent.py replays the parent path of `annotator suggest` on worker results."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bench.common import REPO, run_in_copy
from bench.suggest_parent import _REPLAY, corpus_results, main


def test_the_instruction_count_without_valgrind_is_refused_not_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("shutil.which", lambda _name: None)
    monkeypatch.setattr("sys.argv", ["suggest_parent.py", "--documents", "2"])
    with pytest.raises(SystemExit, match="needs valgrind"):
        main()


def test_the_replay_writes_every_document_the_workers_found_suggestions_in(
    tmp_path: Path,
) -> None:
    pristine, results = corpus_results(3, tmp_path)
    found = sum(len(r[2]) for batch in pickle.loads(results.read_bytes()) for r in batch)
    ran = run_in_copy(
        REPO, _REPLAY, str(pristine), str(tmp_path / "work.db"), str(results), "timed"
    )
    _seconds, documents, spans = ran.stdout.split()
    assert (int(documents), int(spans)) == (3, found)
    assert found > 0
