"""bench/bench_keys.py answers --help and a misspelt option at once, without the run."""

from __future__ import annotations

import pytest

from bench import bench_keys


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """The runs main() starts (none really: about ten minutes each at 50,000 spans)."""
    started: list[tuple[object, ...]] = []
    monkeypatch.setattr(bench_keys, "bench_hotkeys", lambda *a, **k: started.append(a))
    return started


def test_help_prints_the_options_and_runs_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], runs: list[object]
) -> None:
    monkeypatch.setattr("sys.argv", ["bench_keys.py", "--help"])
    bench_keys.main()
    assert runs == []
    assert "--counts" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "says"),
    [(["--count", "50000"], "unknown option '--count'"), (["--counts"], "--counts needs a value")],
)
def test_a_misspelt_or_incomplete_option_stops_before_the_run(
    monkeypatch: pytest.MonkeyPatch, runs: list[object], argv: list[str], says: str
) -> None:
    monkeypatch.setattr("sys.argv", ["bench_keys.py", *argv])
    with pytest.raises(SystemExit, match=says):
        bench_keys.main()
    assert runs == []


def test_the_options_it_knows_reach_the_run(
    monkeypatch: pytest.MonkeyPatch, runs: list[tuple[object, ...]]
) -> None:
    monkeypatch.setattr("sys.argv", ["bench_keys.py", "--quick", "--counts", "1000"])
    bench_keys.main()
    assert runs == [(15, (1000,))]
