"""A long article's rules shared out between this process and warm worker processes:
the same suggestions as one pass, workers that end with their parent, a worker's death
or a cancel handled without a traceback."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from annotator.core.suggest import Stopped, default_rules, suggest
from annotator.services.rule_workers import PARALLEL_FROM, RuleWorkers, partition
from annotator.services.suggesting import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]


def _samples() -> list[str]:
    folder = ROOT / "sample_articles"
    files = sorted(folder.glob("*.txt")) + sorted((folder / "dev").glob("*.txt"))
    return [f.read_text("utf-8") for f in files]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (ended, not yet reaped by a parent that is itself gone) counts as ended.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


def _wait_gone(pid: int, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(scope="module")
def workers():
    pool = RuleWorkers(1).start()
    assert pool.wait_ready(120)  # a worker still compiling is given no share
    yield pool
    pool.close()


def test_partition_keeps_every_rule_once_in_rule_order_and_groups_whole():
    names = default_rules()
    for parts in (1, 2, 3, 4):
        shares = partition(names, parts)
        assert len(shares) == parts
        assert sorted(n for share in shares for n in share) == sorted(names)
        for share in shares:
            assert share == [n for n in names if n in share]  # each in the rules' order
        # The casualty and quote rules share their number scan: one share holds them all.
        holding = [
            i for i, share in enumerate(shares) if any(n.startswith("casualty_") for n in share)
        ]
        assert len(holding) == 1
        assert all(n in shares[holding[0]] for n in names if n.startswith(("casualty_", "quote_")))


def test_on_two_processes_the_caller_keeps_the_number_scan_and_the_listed_names():
    """The caller keeps the casualty and quote rules and takes the listed names' actor
    rules (they read the piece index the casualty rules build anyway); the worker takes
    the rules over name runs (issue 16, session 30: at 300 kB the worker's share was
    1,958 M instructions against the caller's 1,438 M, and the window waited for it)."""
    from annotator.services.rule_workers import _LISTED_NAMES

    names = default_rules()
    mine, theirs = partition(names, 2)
    assert "casualty_number_then_harm" in mine
    assert all(n in mine for n in names if n.startswith(("casualty_", "quote_")))
    assert all(n in mine for n in names if n in _LISTED_NAMES)
    assert "actor_titled_person" in theirs
    assert "actor_subnational_government" in theirs
    assert not any(n.startswith(("casualty_", "quote_")) for n in theirs)
    # The caller's share whatever the number of processes: the one with the number scan.
    for parts in (1, 2, 3, 4):
        assert "casualty_number_then_harm" in partition(names, parts)[0]


def test_on_two_processes_the_small_actor_rules_run_in_the_callers_share():
    """The worker's share (the rules over name runs) is the one the window waited for: 1.4 s
    of CPU on the 1 MB bench article against the caller's 0.97 s (PERF6, session 45). The
    actor rules whose own work is small and that read no name runs nor the people found
    run in the caller's share: actor_gazetteer finds the gazetteer's hits a second time
    there (about 70 ms), and takes 93 ms off the worker's (1,401 -> 1,276 ms; the
    caller's 968 -> 1,117 ms, and the caller starts its share after the paint)."""
    from annotator.services.rule_workers import _SMALL_ACTOR_RULES

    names = default_rules()
    mine, theirs = partition(names, 2)
    assert "actor_gazetteer" in mine
    assert all(n in mine for n in names if n in _SMALL_ACTOR_RULES)
    # ... not the one whose finds the name-run rules read (the document's bodies), nor one
    # that reads the acronym definitions the name-run rules build (ACR24)
    assert "actor_named_after_its_kind" in theirs
    assert "actor_acronym_acting" in theirs


def test_the_listed_names_rules_never_build_the_name_runs_or_the_people():
    """A rule counted among the listed names or the small actor rules, run alone, builds
    neither the name words, the name runs nor the people the name-run rules find: in the
    caller's share it would build them all a second time (actor_subnational_government
    read the people found)."""
    from annotator.core.suggest import registry
    from annotator.core.suggest.base import SuggestContext
    from annotator.services.rule_workers import _LISTED_NAMES, _SMALL_ACTOR_RULES

    text = "\n\n".join(_samples())
    gazetteer = load_gazetteer()
    for name in sorted((_LISTED_NAMES | _SMALL_ACTOR_RULES) & set(default_rules())):
        ctx = SuggestContext(text, gazetteer=gazetteer)
        list(registry()[name].find(ctx))
        assert "name_tokens" not in ctx.__dict__, name
        assert "_both_runs" not in ctx.__dict__, name
        assert "people" not in ctx.memo, name


def test_partition_puts_an_unknown_rule_somewhere_exactly_once():
    shares = partition([*default_rules(), "actor_invented_for_the_test"], 2)
    assert sum(share.count("actor_invented_for_the_test") for share in shares) == 1


def test_shared_out_rules_find_what_one_pass_finds_on_every_sample(workers):
    gazetteer = load_gazetteer()
    known = {"Free Valdor Front": "armed group", "Mara Lind": "person"}
    for text in _samples():
        alone = suggest(text, gazetteer=gazetteer, known_actors=known)
        shared = suggest(
            text,
            gazetteer=gazetteer,
            known_actors=known,
            elsewhere=workers.elsewhere(known_actors=known, parallel_from=0),
        )
        assert shared == alone


def test_shared_out_rules_find_what_one_pass_finds_on_a_long_article(workers):
    gazetteer = load_gazetteer()
    # A long invented article: every sample, each with its words shifted by a prefix line.
    text = "\n\n".join(f"Dispatch {n}\n\n{t}" for n, t in enumerate(_samples() * 2))
    assert len(text) > PARALLEL_FROM
    alone = suggest(text, gazetteer=gazetteer)
    handed: list[list[str]] = []
    hook = workers.elsewhere()

    def watching(text: str, skip: tuple[tuple[int, int], ...], names: list[str]):
        share = hook(text, skip, names)
        handed.append(list(share.names) if share is not None else [])
        return share

    shared = suggest(text, gazetteer=gazetteer, elsewhere=watching)
    assert handed
    assert handed[0]  # some rules really ran in the worker
    assert shared == alone
    assert [s.speaker for s in shared] == [s.speaker for s in alone]


def test_a_worker_still_compiling_leaves_its_share_to_this_process_and_a_ready_one_runs_it():
    gazetteer = load_gazetteer()
    text = "\n\n".join(_samples()[:8])
    for fresh in range(2):
        pool = RuleWorkers(1).start()
        try:
            if fresh == 0:
                # Just started, the worker compiles its rules for a second or more: this
                # process, done with its own share before that, runs the worker's too
                # rather than wait, and finds the same suggestions.
                share = pool.elsewhere(parallel_from=0)(text, (), default_rules())
                assert share is not None
                assert share.names
                assert share.result(None) == {}
            else:
                assert suggest(
                    text, gazetteer=gazetteer, elsewhere=pool.elsewhere(parallel_from=0)
                ) == suggest(text, gazetteer=gazetteer)
            # Once ready, it runs its share.
            assert pool.wait_ready(120)
            share = pool.elsewhere(parallel_from=0)(text, (), default_rules())
            assert share is not None
            got = share.result(None)
            assert got is not None
            assert set(got) == set(share.names)
        finally:
            pool.close()


def test_a_worker_reads_requests_before_it_imports_the_rules():
    """The worker module imports no rules: a starting worker reads the request (a 1 MB
    text fills the pipe) before the rules are imported and compiled, not after."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, annotator.services.rule_workers; "
            "print('annotator.core.suggest' in sys.modules)",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_a_short_article_stays_in_this_process(workers):
    hook = workers.elsewhere()
    assert hook("A short article.", (), default_rules()) is None


def test_a_worker_that_died_leaves_its_rules_to_this_process(caplog):
    pool = RuleWorkers(1).start()
    try:
        gazetteer = load_gazetteer()
        text = "\n\n".join(_samples()[:20])
        alone = suggest(text, gazetteer=gazetteer)
        assert pool.wait_ready(120)  # it dies serving, not compiling
        (pid,) = pool.pids
        os.kill(pid, signal.SIGKILL)
        assert _wait_gone(pid)
        with caplog.at_level(logging.WARNING, logger="annotator.services.rule_workers"):
            shared = suggest(text, gazetteer=gazetteer, elsewhere=pool.elsewhere(parallel_from=0))
        assert shared == alone
        assert any("failed" in r.getMessage() for r in caplog.records)
        assert not any(r.exc_info for r in caplog.records)  # logged, no traceback
        # Left aside from then on: the next article runs in this process alone.
        assert pool.elsewhere(parallel_from=0)(text, (), default_rules()) is None
    finally:
        pool.close()


def test_a_cancelled_share_stops_and_the_next_article_gets_its_own_result(workers):
    gazetteer = load_gazetteer()
    text = "\n\n".join(_samples()) * 2
    asked = []

    def stop_soon() -> bool:
        asked.append(1)
        return len(asked) > 3  # a few rules in, the analyst opens another article

    with pytest.raises(Stopped):
        suggest(
            text,
            gazetteer=gazetteer,
            stop=stop_soon,
            elsewhere=workers.elsewhere(parallel_from=0),
        )
    # The worker is free again and its late reply to the cancelled job is not taken.
    other = "\n\n".join(_samples()[:15])
    assert suggest(
        other, gazetteer=gazetteer, elsewhere=workers.elsewhere(parallel_from=0)
    ) == suggest(other, gazetteer=gazetteer)


_PARENT = """
import sys, time
from annotator.services.rule_workers import RuleWorkers
pool = RuleWorkers(2).start()
print(*pool.pids, flush=True)
if sys.argv[1] == "hang":
    time.sleep(600)
"""


def _start_parent(how: str) -> tuple[subprocess.Popen[str], list[int]]:
    parent = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_PARENT), how],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    pids = [int(p) for p in parent.stdout.readline().split()]
    assert len(pids) == 2
    return parent, pids


def test_workers_end_when_their_process_exits():
    parent, pids = _start_parent("exit")
    assert parent.wait(30) == 0  # exit does not hang on its workers
    assert all(_wait_gone(pid) for pid in pids)


def test_workers_end_when_their_process_is_killed():
    parent, pids = _start_parent("hang")
    parent.kill()
    parent.wait(10)
    assert all(_wait_gone(pid) for pid in pids)  # no orphan left running


_PREPARE_SHARE = """
from annotator.core.suggest import casualties, prepare_rules
from annotator.services.rule_workers import expected_shares
compiled = lambda: sum(p._compiled is not None for p in casualties.LazyPattern.made)
prepare_rules(rules=expected_shares(1)[0])
print(compiled(), len(casualties.LazyPattern.made))
prepare_rules(rules=["casualty_number_then_harm"])
print(compiled())
"""


def test_a_worker_running_only_actor_rules_never_compiles_the_casualty_patterns():
    """On two processes the worker runs the actor rules: it prepares those alone as it
    starts, so it is ready seconds sooner (the casualty patterns are about 5 G
    instructions to compile) and takes no core from the window meanwhile."""
    out = subprocess.run(
        [sys.executable, "-c", _PREPARE_SHARE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout.split()
    after_actor_share, made, after_casualty_rule = (int(n) for n in out)
    assert made > 0
    assert after_actor_share == 0
    assert after_casualty_rule == made


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")
def _share_told(pid: int) -> list[str]:
    """The rules a worker process was started with. Between its fork and its exec a child's
    environment is still its parent's, so wait (a loaded machine takes a while) for the exec."""
    key = b"ANNOTATOR_RULE_WORKER_RULES="
    deadline = time.monotonic() + 60
    while True:
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        value = next((e for e in environ if e.startswith(key)), None)
        if value is not None:
            return value[len(key) :].decode().split(",")
        assert time.monotonic() < deadline, f"worker {pid} never started with its share"
        time.sleep(0.01)


def test_each_worker_is_told_the_share_it_is_handed_when_all_are_free():
    from annotator.services.rule_workers import expected_shares

    pool = RuleWorkers(2).start()
    try:
        told = [_share_told(pid) for pid in pool.pids]
        assert told == expected_shares(2)
        assert told == partition(default_rules(), 3)[1:]
        assert all(told)
    finally:
        pool.close()


# A worker whose rules never finish compiling (its compile replaced by a long sleep).
_SLOW_WORKER = """
import sys, time
import annotator.core.suggest as suggest
suggest.prepare_rules = lambda **_kw: time.sleep(600)
from annotator.services.rule_workers import _serve
_serve(int(sys.argv[1]))
"""


def test_a_worker_still_compiling_ends_as_soon_as_its_parent_goes():
    """Closing the window (or its being killed) closes the workers' request pipes: a worker
    ends then, not after the rest of its compile (seconds on a cold process, minutes on a
    loaded machine), and never lingers as an orphan."""
    cancel_read, cancel_write = os.pipe()
    worker = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WORKER, str(cancel_read)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        pass_fds=(cancel_read,),
    )
    os.close(cancel_read)
    try:
        time.sleep(1.0)  # well into its "compile"
        assert worker.poll() is None
        assert worker.stdin is not None
        worker.stdin.close()  # what the parent's end does to the pipe
        assert worker.wait(30) == 0
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        os.close(cancel_write)
        assert worker.stdout is not None
        worker.stdout.close()


def test_no_workers_off_posix(monkeypatch):
    """The workers' pipes need select() and pass_fds (POSIX only): elsewhere the window
    runs every rule in its own process instead of failing to start them."""
    from annotator.services import rule_workers

    monkeypatch.setattr(
        rule_workers.os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3}, raising=False
    )
    assert rule_workers.worker_count() == 3
    monkeypatch.setattr(rule_workers.os, "name", "nt")
    assert rule_workers.worker_count() == 0


def test_a_worker_runs_this_package_even_from_a_folder_holding_another(tmp_path, monkeypatch):
    """`python -m` puts the working folder first on the path, before PYTHONPATH: a window
    started from another checkout's folder (or any folder with an `annotator` package)
    had workers running that copy's rules, so a long article showed a mix of two
    versions' suggestions."""
    marker = tmp_path / "other copy ran"
    other = tmp_path / "annotator" / "services"
    other.mkdir(parents=True)
    (tmp_path / "annotator" / "__init__.py").write_text("")
    (other / "__init__.py").write_text("")
    (other / "rule_workers.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    monkeypatch.chdir(tmp_path)
    pool = RuleWorkers(1).start()
    try:
        assert pool.wait_ready(60)
        assert pool.pids
    finally:
        pool.close()
    assert not marker.exists()
