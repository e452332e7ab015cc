"""Long work draws a progress bar on a terminal, and nothing when piped or with --quiet."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli_contract import PROGRESS_DELAY_ENV, ProgressBar
from tests.conftest import REPO


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(40):
        (folder / f"a{n:02}.txt").write_text(f"Report {n}\n\nAt least {n} people were killed.\n")
    return folder


def _import(articles: Path, db: Path, *extra: str, terminal: bool) -> tuple[int, str, str]:
    """Run `annotator import` with stderr on a pseudo-terminal (or a pipe); (rc, stdout, stderr)."""
    args = [sys.executable, "-m", "annotator", "import", str(articles), "--db", str(db), *extra]
    # No delay: the bar would otherwise wait a second before it appears.
    env = {**os.environ, PROGRESS_DELAY_ENV: "0", "PYTHONIOENCODING": "utf-8"}
    if not terminal:
        done = subprocess.run(args, capture_output=True, text=True, cwd=REPO, env=env, timeout=120)
        return done.returncode, done.stdout, done.stderr
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=follower, cwd=REPO, env=env)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the child closed its end
                break
            if not chunk:
                break
            chunks.append(chunk)
        stdout = process.stdout.read() if process.stdout else b""
        process.wait(timeout=120)
    finally:
        os.close(leader)
    return process.returncode, stdout.decode(), b"".join(chunks).decode()


def test_a_terminal_sees_a_bar_with_counts_and_eta(articles: Path, tmp_path: Path) -> None:
    rc, stdout, stderr = _import(articles, tmp_path / "c.db", terminal=True)
    assert rc == 0, stderr
    assert "importing [" in stderr
    assert "40/40" in stderr
    assert "ETA" in stderr
    # The bar is erased; the one-line summary stands alone on stdout.
    assert stderr.endswith("\r\x1b[K")
    assert stdout.strip().splitlines()[-1].startswith("imported 40 documents")


def test_a_pipe_sees_no_bar_only_the_summary(articles: Path, tmp_path: Path) -> None:
    rc, stdout, stderr = _import(articles, tmp_path / "c.db", terminal=False)
    assert rc == 0, stderr
    assert stderr == ""
    assert stdout.strip().splitlines()[-1].startswith("imported 40 documents")


def test_quiet_keeps_a_terminal_free_of_the_bar(articles: Path, tmp_path: Path) -> None:
    rc, stdout, stderr = _import(articles, tmp_path / "c.db", "--quiet", terminal=True)
    assert rc == 0, stderr
    assert "ETA" not in stderr
    assert "imported 40 documents" in stdout


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_reads_counts_percent_and_eta() -> None:
    bar = ProgressBar("exporting", stream=_Terminal(), delay=0)
    assert bar.line(250, 1000, 10.0) == (
        "exporting [#######.......................] 250/1,000  25% ETA 0:30"
    )
    assert bar.line(0, 1000, 1.0).endswith("ETA --:--")
    assert bar.line(7, 0, 65.0) == "exporting 7 (1:05)"


def test_quick_work_draws_nothing_before_the_delay() -> None:
    stream = _Terminal()
    bar = ProgressBar("checking", stream=stream, delay=60)
    bar.update(1, 2)
    bar.update(2, 2)
    bar.close()
    assert stream.getvalue() == ""
