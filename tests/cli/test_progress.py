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
from annotator.core.spans import new_span
from annotator.store.db import open_db
from annotator.store.repository import Repository
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
    return _annotator("import", str(articles), "--db", str(db), *extra, terminal=terminal)


def _annotator(*command: str, terminal: bool) -> tuple[int, str, str]:
    """Run `annotator COMMAND` with stderr on a pseudo-terminal (or a pipe); (rc, out, err)."""
    args = [sys.executable, "-m", "annotator", *command]
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


def _two_annotators(articles: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Two databases of the same articles, each with its own annotator's spans."""
    ours, theirs = tmp_path / "ours.db", tmp_path / "theirs.db"
    for db, name in ((ours, "ana"), (theirs, "ben")):
        rc, _out, err = _import(articles, db, "--annotator", name, terminal=False)
        assert rc == 0, err
        repo = Repository(open_db(db))
        for document_id in repo.document_ids():
            text = repo.document(document_id).text
            start = text.index("At least")
            span = new_span(repo.schema(), document_id, text, start, start + 8, "CASUALTY", name)
            repo.add_span(span)
        repo.db.close()
    return ours, theirs


def test_merge_draws_a_bar_of_rows_on_a_terminal_and_not_with_quiet(
    articles: Path, tmp_path: Path
) -> None:
    ours, theirs = _two_annotators(articles, tmp_path)
    rc, stdout, stderr = _annotator("merge", str(theirs), "--db", str(ours), terminal=True)
    assert rc == 0, stderr
    assert "merging rows [" in stderr
    assert "ETA" in stderr
    assert "40 spans" in stdout
    rc, stdout, stderr = _annotator(
        "merge", str(theirs), "--db", str(ours), "--quiet", terminal=True
    )
    assert rc == 0, stderr
    assert "merging rows" not in stderr
    assert "nothing new" in stdout


def test_agreement_bar_counts_against_the_number_of_documents(tmp_path: Path) -> None:
    # Agreement reports progress every 500 documents: a corpus just past that.
    articles = tmp_path / "many"
    articles.mkdir()
    for n in range(520):
        (articles / f"a{n:03}.txt").write_text(f"Report {n}\n\nAt least {n} people died.\n")
    ours, theirs = _two_annotators(articles, tmp_path)
    rc, _out, err = _annotator("merge", str(theirs), "--db", str(ours), "--quiet", terminal=False)
    assert rc == 0, err
    rc, stdout, stderr = _annotator("agreement", "--db", str(ours), terminal=True)
    assert rc == 0, stderr
    assert "comparing documents [" in stderr
    assert "500/520" in stderr
    assert "documents: 520" in stdout
