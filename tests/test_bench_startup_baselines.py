"""The start-up benches' two baselines are the same bare window; the second keeps PySide's
support code compiled, as `annotator gui` does (bench/startup_bare_kept.py, issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.bench_startup import REPO, environment


def _served(script: str, env: dict[str, str], out: Path) -> list[str]:
    """The QtWidgets and QtGui classes PySide built for `script`'s window by its served
    frame (the probe's $BENCH_QT_CLASSES), once the probe saw that frame."""
    classes = out.with_suffix(".classes")
    subprocess.run(
        [sys.executable, "-m", "bench.startup_probe", str(out), script],
        cwd=REPO,
        env=dict(env, BENCH_QT_CLASSES=str(classes)),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
    )
    assert out.exists()
    return classes.read_text("utf-8").split()


def test_the_like_for_like_baseline_is_the_bare_window_with_the_kept_support_code(
    tmp_path: Path,
) -> None:
    env = environment(tmp_path)
    env["QT_QPA_PLATFORM"] = "offscreen"

    def kept_files() -> list[Path]:
        return sorted((tmp_path / "xdg_cache_home").rglob("pyside-support-*"))

    bare = _served("bench.startup_bare", env, tmp_path / "bare.t")
    assert kept_files() == []  # the plain baseline keeps nothing
    first = _served("bench.startup_bare_kept", env, tmp_path / "first.t")
    kept = kept_files()
    assert len(kept) == 1  # written by the first start (the benches warm it so)
    written = kept[0].stat().st_mtime_ns
    again = _served("bench.startup_bare_kept", env, tmp_path / "again.t")

    # The same window: PySide built the same classes for it, each time.
    assert bare == first == again
    # The second start read the kept file and had nothing new to keep.
    assert kept[0].stat().st_mtime_ns == written
    assert os.stat(kept[0]).st_mode & 0o077 == 0
