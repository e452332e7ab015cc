"""SIGKILL an editing process at random moments: nothing reported is lost, nothing is half done.

The editor (tests/safety/editor_process.py) edits through Session, the path the
window uses, printing `begin <edit>` before and `done` after each commit. After
every kill: integrity_check is ok; the database equals the reported edits,
plus at most the one edit in flight; replaying the events table from the state
before the run gives exactly the stored spans and statuses (events and spans
agree, so no half edit); and the file opens normally again.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.conftest import REPO
from tests.safety.conftest import integrity

State = tuple[dict[str, tuple[str, int, int, str]], dict[str, str]]


def read_state(path: Path) -> tuple[State, int]:
    """(spans and statuses of 'ana', last event id), through a normal open."""
    repo = Repository(open_db(path))
    try:
        spans = {
            r[0]: (r[1], r[2], r[3], r[4])
            for r in repo.db.execute(
                'SELECT id, document_id, start, "end", label FROM spans WHERE annotator = ?',
                ["ana"],
            )
        }
        statuses = dict(
            repo.db.execute(
                "SELECT document_id, status FROM document_status WHERE annotator = 'ana'"
            ).fetchall()
        )
        last = int(repo.db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])
        repo.stats()  # the whole file reads
    finally:
        repo.db.close()
    return (spans, statuses), last


def apply(state: State, op: dict[str, Any]) -> State:
    spans, statuses = dict(state[0]), dict(state[1])
    kind = op["op"]
    if kind == "add":
        spans[op["id"]] = (op["doc"], op["start"], op["end"], op["label"])
        statuses.setdefault(op["doc"], "in_progress")
    elif kind == "update":
        spans[op["id"]] = (op["doc"], op["start"], op["end"], op["label"])
    elif kind == "delete":
        del spans[op["id"]]
    elif kind == "status":
        statuses[op["doc"]] = op["status"]
    return spans, statuses


def replay_events(path: Path, before: State, after_event: int) -> State:
    spans, statuses = dict(before[0]), dict(before[1])
    conn = open_db(path)
    try:
        rows = conn.execute(
            "SELECT action, document_id, span_id, data FROM events WHERE id > ? ORDER BY id",
            [after_event],
        ).fetchall()
    finally:
        conn.close()
    for action, document_id, span_id, raw in rows:
        data = json.loads(raw)
        if action == "span.add":
            spans[span_id] = (document_id, data["start"], data["end"], data["label"])
            statuses.setdefault(document_id, "in_progress")
        elif action == "span.update":
            after = data["after"]
            spans[span_id] = (document_id, after["start"], after["end"], after["label"])
        elif action == "span.delete":
            del spans[span_id]
        elif action == "status.set":
            statuses[document_id] = data["to"]
        else:
            raise AssertionError(f"unexpected event {action}")
    return spans, statuses


def kill_during_edits(path: Path, rng: random.Random) -> tuple[list[dict[str, Any]], Any]:
    """Start the editor, let it report a random number of edits, SIGKILL it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.safety.editor_process", str(path), str(rng.randrange(10**9))],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    done: list[dict[str, Any]] = []
    in_flight: dict[str, Any] | None = None

    def read(line: str) -> None:
        nonlocal in_flight
        if line.startswith("begin "):
            in_flight = json.loads(line[6:])
        elif line == "done\n":
            assert in_flight is not None
            done.append(in_flight)
            in_flight = None

    target = rng.randrange(0, 40)
    mid_edit = rng.random() < 0.5
    try:
        assert process.stdout.readline().strip() == "ready", process.stderr.read()
        while True:
            line = process.stdout.readline()
            assert line, f"the editor stopped by itself: {process.stderr.read()}"
            read(line)
            if len(done) >= target and (in_flight is not None) == mid_edit:
                break
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        # The editor ran on until the signal landed: what it printed by then counts too.
        # A line cut off by the kill (no newline) was not completely reported.
        for line in process.stdout.read().splitlines(keepends=True):
            if line.endswith("\n"):
                read(line)
        process.stdout.close()
        process.stderr.close()
    return done, in_flight


def run_kills(path: Path, kills: int, seed: int) -> tuple[int, int]:
    rng = random.Random(seed)
    total_edits = in_flight_committed = 0
    for kill in range(kills):
        before, last_event = read_state(path)
        done, in_flight = kill_during_edits(path, rng)
        where = f"seed {seed}, kill {kill}"
        assert integrity(path) == ["ok"], where
        stored, _ = read_state(path)
        expected = before
        for op in done:
            expected = apply(expected, op)
        committed_too = in_flight is not None and stored != expected
        if committed_too:
            expected = apply(expected, in_flight)
            in_flight_committed += 1
        assert stored == expected, f"{where}: the database differs from the reported edits"
        assert replay_events(path, before, last_event) == stored, (
            f"{where}: events and spans disagree (a half edit)"
        )
        total_edits += len(done)
    return total_edits, in_flight_committed


def test_killed_editor_loses_no_reported_edit(corpus_path: Path) -> None:
    seed = random.randrange(10**6)
    started = time.monotonic()
    edits, _ = run_kills(corpus_path, kills=5, seed=seed)
    assert edits > 0
    assert time.monotonic() - started < 60


@pytest.mark.slow
def test_fifty_kills_lose_no_reported_edit(corpus_path: Path) -> None:
    seed = random.randrange(10**6)
    edits, committed = run_kills(corpus_path, kills=60, seed=seed)
    print(f"60 kills, {edits} reported edits, {committed} in-flight edits committed (seed {seed})")
    assert edits > 60
