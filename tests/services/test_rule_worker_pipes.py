"""The rule workers' pipes (issue 16): handing out a share never waits on a worker that is
not reading, a worker sends each rule's finding as the rule ends, several replies waiting
in the pipe at once are all read, and the timeline marks come from both processes."""

from __future__ import annotations

import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from annotator.core.suggest import default_rules, run_rules, suggest
from annotator.services.rule_workers import RuleWorkers, partition
from annotator.services.suggesting import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]


def _samples() -> list[str]:
    folder = ROOT / "sample_articles"
    return [f.read_text("utf-8") for f in sorted(folder.glob("*.txt"))]


@pytest.fixture
def pool():
    workers = RuleWorkers(1).start()
    assert workers.wait_ready(120)
    yield workers
    workers.close()


def test_handing_out_a_share_never_waits_for_a_worker_that_is_not_reading(pool):
    """The window hands a long article's share out on its GUI thread as the article opens:
    a worker that reads slowly (still compiling its rules, it read a 1 MB request over
    about a second) must not hold that thread. Here the worker is stopped outright."""
    gazetteer = load_gazetteer()
    text = "\n\n".join(_samples()) * 8  # well past a pipe's 64 KB
    assert len(text.encode("utf-8")) > 4 * 65536
    (pid,) = pool.pids
    os.kill(pid, signal.SIGSTOP)
    try:
        handed: list[object] = []
        hand_out = threading.Thread(
            target=lambda: handed.append(
                pool.hand_out_early(text, (), default_rules(), {}, parallel_from=0)
            ),
            daemon=True,
        )
        started = time.monotonic()
        hand_out.start()
        hand_out.join(5)
        assert not hand_out.is_alive(), "the hand-out waited for the worker to read"
        assert handed == [True]
        assert time.monotonic() - started < 5
    finally:
        os.kill(pid, signal.SIGCONT)
    # Once it reads again, the job takes that share up and finds what one pass finds.
    shared = suggest(text, gazetteer=gazetteer, elsewhere=pool.elsewhere(parallel_from=0))
    assert shared == suggest(text, gazetteer=gazetteer)


_LENGTH = struct.Struct("<Q")


def _frame(stream, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def _read_frame(stream) -> object:
    head = stream.read(_LENGTH.size)
    assert len(head) == _LENGTH.size, "the worker sent no more replies"
    (size,) = _LENGTH.unpack(head)
    return pickle.loads(stream.read(size))


def test_a_worker_sends_each_rules_finding_as_the_rule_ends():
    """So that the window, done with its own share first, reads and unpickles them while
    the worker is still at work, not all at once after the worker's last rule."""
    rules = partition(default_rules(), 2)[1][:3]
    assert len(rules) == 3
    cancel_read, cancel_write = os.pipe()
    worker = subprocess.Popen(
        [sys.executable, "-P", "-m", "annotator.services.rule_workers", str(cancel_read)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        pass_fds=(cancel_read,),
        env={**os.environ, "PYTHONPATH": str(ROOT), "ANNOTATOR_RULE_WORKER_RULES": ""},
    )
    os.close(cancel_read)
    watchdog = threading.Timer(120, worker.kill)  # a reply that never comes fails, not hangs
    watchdog.start()
    try:
        assert worker.stdin is not None
        assert worker.stdout is not None
        _frame(worker.stdin, (1, rules, "\n\n".join(_samples()[:5]), (), {}, None))
        frames = [_read_frame(worker.stdout) for _ in range(5)]
    finally:
        watchdog.cancel()
        worker.kill()
        worker.wait()
        os.close(cancel_write)
    assert frames[0][:2] == (0, "ready")
    parts = frames[1:4]
    assert [f[:2] for f in parts] == [(1, "part")] * 3
    assert [next(iter(f[2])) for f in parts] == rules  # one rule each, in rule order
    assert frames[4][:2] == (1, "done")


def test_replies_waiting_together_in_the_pipe_are_all_read(pool):
    """A worker done with its share before the window asks has sent every rule's finding;
    reading them with a stop test (the window's job) must not wait for more."""
    gazetteer = load_gazetteer()
    text = "\n\n".join(_samples()[:12])
    share = pool.elsewhere(parallel_from=0)(text, (), default_rules())
    assert share is not None
    time.sleep(3)  # the worker is done and its replies wait in the pipe
    got: list[object] = []
    reader = threading.Thread(target=lambda: got.append(share.result(lambda: False)), daemon=True)
    reader.start()
    reader.join(30)
    assert not reader.is_alive(), "the replies in the pipe were not read"
    found = got[0]
    assert found == run_rules(text, list(share.names), gazetteer=gazetteer)


_TIMELINE = """
import sys
from annotator.core.suggest import suggest
from annotator.services.rule_workers import RuleWorkers, log_timeline_to
from annotator.services.suggesting import load_gazetteer
log_timeline_to(sys.argv[1])
pool = RuleWorkers(1).start()
assert pool.wait_ready(120)
text = open(sys.argv[2], encoding="utf-8").read()
suggest(text, gazetteer=load_gazetteer(), elsewhere=pool.elsewhere(parallel_from=0))
pool.close()
"""


def test_the_timeline_holds_marks_from_the_window_process_and_its_worker(tmp_path):
    timeline, article = tmp_path / "timeline.txt", tmp_path / "article.txt"
    article.write_text("\n\n".join(_samples()[:5]), "utf-8")
    subprocess.run(
        [sys.executable, "-c", _TIMELINE, str(timeline), str(article)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        timeout=300,
    )
    lines = [line.split(" ", 3) for line in timeline.read_text("utf-8").splitlines()]
    by_process: dict[str, list[str]] = {}
    for _stamp, pid, _thread, what in lines:
        by_process.setdefault(pid, []).append(what)
    assert len(by_process) == 2
    worker = next(marks for marks in by_process.values() if "share done" in marks)
    window = next(marks for marks in by_process.values() if "share done" not in marks)
    assert "ready" in worker
    assert any(m.startswith("rules elsewhere in") for m in window)
    assert "speakers attributed" in window or "overlaps resolved" in window
    stamps = [float(stamp) for stamp, *_rest in lines]
    assert max(stamps) - min(stamps) < 300  # one clock for both processes


def test_the_timeline_is_silent_unless_switched_on(tmp_path, caplog):
    from annotator.core import timeline

    with caplog.at_level("INFO", logger="annotator"):
        timeline.mark("nothing")
    assert not timeline.enabled()
    assert not [r for r in caplog.records if r.name == "annotator.timeline"]
