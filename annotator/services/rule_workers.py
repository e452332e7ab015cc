"""A long article's suggestion rules shared out between this process and warm workers.

The rules of one document are independent of each other (each reads only the shared
context, which every process builds for itself), so a long article's rules can run in
several processes at once and be put together in rule order: `suggest()` hands a share
to the workers through its `elsewhere` hook (`RuleWorkers.elsewhere`) and runs the rest
itself, and the result is the very list one pass gives.

The workers are plain child processes (`python -m annotator.services.rule_workers`),
started once (`RuleWorkers.start`, off the window's GUI thread) and kept warm: each
compiles the rules and reads the gazetteer as it starts, then serves one request at a
time over its standard input and output (length-prefixed pickles written by us). A
request names its rules, the text, the page furniture and the known actors; the reply is
what each rule found, sent rule by rule as each is done (the caller, done with its own
share first, reads and unpickles them while it waits, not after the last rule). Neither
side ever waits on a full pipe: each writes from a thread of its own (a request is a
1 MB text, and a worker still compiling its rules read it slowly, which held the
window's GUI thread for up to a second). A worker that dies, refuses or is busy is left
aside: the caller runs those rules itself (logged, never shown). Closing the pool (at
exit too) closes their input, which ends them; a worker whose parent died ends at its
next check.

Used by the window only: `annotator suggest` already spreads whole documents over a
process pool (`suggest_corpus(jobs=...)`), and the two never nest.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import queue
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

from annotator.core.timeline import mark
from annotator.services.long_articles import PARALLEL_FROM as PARALLEL_FROM

if TYPE_CHECKING:
    # Not imported at run time here: a worker starts reading its requests before the
    # rules are imported (see _serve).
    from annotator.core.suggest import RuleShare, Suggestion

log = logging.getLogger(__name__)


MAX_PROCESSES: Final = 4

# What each group's rules add to the share they run in: milliseconds of CPU on the 1 MB
# bench article, each group in the company it keeps (PERF6, session 45, `run_rules` on
# each share, min of 3 at load 4; session 34's callgrind counts had gone stale as the
# actor rules grew: the name-run share was 1.4 s against the caller's 0.97 s, and the
# window waited for it). Rules that share what they build (name words and runs, acronyms,
# the people found, the number scan) stay together in one group, so that no two
# processes build the same thing twice. The work after the rules (overlaps, speakers) is
# not counted: it waits for every share, whichever process runs it. On two processes the
# caller keeps the number scan and takes the listed names and the small actor rules; the
# worker runs the name runs. The worker is handed its share as the article opens
# (`hand_out_early`), about 0.1-0.3 s before the window, once the article is painted,
# starts its own: the worker's share may be the dearer one by about that much, and both
# end together (here 1,276 ms against the caller's 1,117).
_GROUP_COSTS: Final = {
    # Casualty and quote rules: the number scan, sentences and the piece index.
    "numbers": 800,
    # Actor rules over name words and runs (people, organisations, acronyms, outlets).
    "name runs": 1280,
    # Actor rules that look names up in the piece index only.
    "listed names": 170,
    # Actor rules whose own work is small and that read no name runs nor the people
    # found (see _SMALL_ACTOR_RULES).
    "small actor rules": 150,
}
# (Not actor_subnational_government: it reads the people the name-run rules find. Not
# actor_named_after_its_kind ("Fighters of the <listed name>"): the name-run rules read
# what it finds (the document's bodies).)
_LISTED_NAMES: Final = frozenset(
    {
        "actor_national_institution",
        "actor_named_operation",
        "actor_led_coalition",
        "actor_named_civil_body",
        "actor_source_body",
        "actor_national_body",
        "actor_known_elsewhere",
        "actor_named_as_person",
        "actor_state_unit_or_ministry",
        "actor_person_alias",
        "actor_name_then_description",
        "actor_calling_itself",
        "actor_apposed_acronym",
        "actor_national_church",
    }
)
# Actor rules that cost the worker about what they cost the caller, measured one by one
# (PERF6, 1 MB, ms of CPU: run last in the worker's share / run after the caller's):
# actor_gazetteer 93 / 171 (it finds the gazetteer's hits again in the caller's share,
# about 70 ms, and still takes 93 ms off the share the window waits for),
# actor_body_without_kind_word 17 / 34, the rest 0-3 each. None of them builds the name
# words, the name runs or the people (a test checks). (Not actor_acronym_acting since
# ACR24: it reads the acronym definitions, which the name-run rules build, to leave out an
# acronym defined where a place stands.)
# (Not actor_transcript_speaker since ACT69: in a transcript it reads the people the
# name-run rules find, for a speaker label seen once: REVIEW69A.)
_SMALL_ACTOR_RULES: Final = frozenset(
    {
        "actor_gazetteer",
        "actor_body_without_kind_word",
        "actor_named_pair_of_a_kind",
        "actor_university",
        "actor_body_alias",
        "actor_bar_byline",
        "actor_byline_outlet",
        "actor_capital_byline",
        "actor_glossed_name",
        "actor_military_region",
        "actor_numbered_body",
    }
)


def _group(name: str) -> str:
    if name.startswith(("casualty_", "quote_")):
        return "numbers"
    if name in _LISTED_NAMES:
        return "listed names"
    if name in _SMALL_ACTOR_RULES:
        return "small actor rules"
    return "name runs"  # an actor rule not listed here: assume it reads name runs


def partition(names: Sequence[str], parts: int) -> list[list[str]]:
    """`names` cut into `parts` shares of about equal measured cost (largest group first,
    each to the least loaded share), every group of rules that share what they build
    kept whole; each share keeps the rules' order. Share 0 is the calling process's: the
    one holding the casualty and quote rules (the work after the rules reads the
    sentences they build), else the lightest one. Shares may be empty."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(_group(name), []).append(name)
    loads = [0] * max(1, parts)
    chosen: dict[str, int] = {}
    for group in sorted(groups, key=lambda g: (-_GROUP_COSTS[g], g)):
        lightest = min(range(len(loads)), key=lambda i: (loads[i], -i))
        chosen[group] = lightest
        loads[lightest] += _GROUP_COSTS[group]
    order = sorted(range(len(loads)), key=lambda i: loads[i])
    if "numbers" in chosen:
        order.remove(chosen["numbers"])
        order.insert(0, chosen["numbers"])
    shares: list[list[str]] = [[] for _ in loads]
    for name in names:
        shares[order.index(chosen[_group(name)])].append(name)
    return shares


# ---------------------------------------------------------------------------- frames

_LENGTH: Final = struct.Struct("<Q")


def _write(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def _read(stream: IO[bytes]) -> Any:
    """One message; raises EOFError when the other end closed."""
    head = _exactly(stream, _LENGTH.size)
    return pickle.loads(_exactly(stream, _LENGTH.unpack(head)[0]))  # our own child's reply


def _exactly(stream: IO[bytes], size: int) -> bytes:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


# What crosses the pipe for a suggestion: its fields as a tuple (cheaper than the object).
_Row = tuple[int, int, str, Mapping[str, Any], str, "tuple[int, int] | None"]


def _rows(found: Mapping[str, list[Suggestion]]) -> dict[str, list[_Row]]:
    return {
        name: [(s.start, s.end, s.label, s.attributes, s.rule, s.speaker) for s in suggestions]
        for name, suggestions in found.items()
    }


def _suggestions(rows: Mapping[str, list[_Row]]) -> dict[str, list[Suggestion]]:
    from annotator.core.suggest import Suggestion

    return {name: [Suggestion(*row) for row in found] for name, found in rows.items()}


# ---------------------------------------------------------------------------- the parent


class _Worker:
    """One child process and the lock that gives it to one request at a time."""

    def __init__(self, gazetteer_dir: str | None, expected: Sequence[str]) -> None:
        self.cancel_read, self.cancel_write = os.pipe()
        # -P: `-m` would put the working folder first on the path, before PYTHONPATH,
        # and an `annotator` there (another checkout) would run other rules here.
        self.process = subprocess.Popen(
            [sys.executable, "-P", "-m", "annotator.services.rule_workers", str(self.cancel_read)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            pass_fds=(self.cancel_read,),
            env=_child_environment(gazetteer_dir, expected),
        )
        os.close(self.cancel_read)
        assert self.process.stdout is not None
        # Replies are read unbuffered: several wait in the pipe at once (one per rule),
        # and `select` must see the ones a buffered read would have taken in already.
        self.replies: IO[bytes] = self.process.stdout.raw  # type: ignore[attr-defined]
        # Requests go out through a thread of their own: the caller (the window's GUI
        # thread, for the share handed out as an article opens) never waits on the pipe.
        self._outbox: queue.SimpleQueue[object] = queue.SimpleQueue()
        threading.Thread(target=self._write_requests, name="rule-requests", daemon=True).start()
        self.lock = threading.Lock()
        self.next_job = 0
        self.alive = True
        # Whether its "ready" frame arrived: the rules are compiled in its process.
        self.ready = False
        # CPU seconds the worker spent on its last share (benches read it).
        self.seconds = 0.0

    @property
    def pid(self) -> int:
        return self.process.pid

    def send(self, message: object) -> None:
        """Queue `message` for the worker; returns at once. A worker that ended is found
        out by its reply's pipe (EOF), and its rules run in this process."""
        self._outbox.put(message)

    def _write_requests(self) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            while (message := self._outbox.get()) is not _CLOSE:
                _write(stdin, message)
                mark("request written")
        except (OSError, ValueError):
            pass  # the worker ended (or was closed): its replies' pipe says so
        finally:
            with contextlib.suppress(OSError, ValueError):
                stdin.close()  # which ends the worker, once it has read what was sent

    def is_ready(self, timeout: float = 0.0) -> bool:
        """Whether the worker has compiled its rules (its "ready" frame, read here, waiting
        up to `timeout` seconds for it). Call with the lock held. Until then a request
        waits in the worker for the rest of its compile (about 3 s on a cold process)."""
        if self.ready:
            return True
        try:
            if select.select([self.replies], [], [], timeout)[0]:
                _read(self.replies)  # the ready frame: job 0, before any request
                self.ready = True
        except (EOFError, OSError, ValueError, pickle.UnpicklingError) as exc:
            self.alive = False
            log.warning(
                "a suggestion worker (pid %s) failed while compiling its rules (%s); "
                "its rules run in this process instead",
                self.pid,
                exc if str(exc) else type(exc).__name__,
            )
        return self.ready

    def cancel(self, job: int) -> None:
        with contextlib.suppress(OSError):  # it has ended already
            os.write(self.cancel_write, _LENGTH.pack(job))

    def receive(self, job: int, stop: Callable[[], bool] | None) -> dict[str, list[Suggestion]]:
        """The reply to `job` (earlier jobs' replies, cancelled, are skipped). Raises
        EOFError when the worker ended, _Cancelled when `stop` said so, RuntimeError
        when the worker failed."""
        out = self.replies
        found: dict[str, list[Suggestion]] = {}
        while True:
            while stop is not None:
                ready, _w, _x = select.select([out], [], [], 0.05)
                if ready:
                    break
                if stop():
                    self.cancel(job)
                    raise _Cancelled
            answered, outcome, payload, seconds = _read(out)
            if answered != job:
                continue  # a cancelled job's late reply
            if outcome == "part":  # what one rule found, sent as soon as it was done
                found.update(_suggestions(payload))
                continue
            if outcome == "done":
                self.seconds = seconds
                found.update(_suggestions(payload))
                mark(f"share's last reply read (pid {self.pid})")
                return found
            if outcome == "stopped":
                raise _Cancelled
            raise RuntimeError(payload)

    def close(self, timeout: float = 2.0) -> None:
        self.alive = False
        self._outbox.put(_CLOSE)  # its input closed once what was sent is written
        self.cancel(1 << 62)  # whatever it runs now stops at its next rule
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.cancel_write)
        if self.process.stdout is not None:
            self.process.stdout.close()


def _child_environment(gazetteer_dir: str | None, expected: Sequence[str]) -> dict[str, str]:
    """This environment, with the folder this very `annotator` package was imported from
    first on the path (a checkout run from elsewhere, a bench's copy of another commit):
    the worker must run the same rules. `expected` names the rules the worker prepares
    as it starts (the share it is handed when every worker is free)."""
    import annotator

    home = str(Path(annotator.__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH")
    return {
        **os.environ,
        "PYTHONPATH": home + (os.pathsep + path if path else ""),
        "ANNOTATOR_RULE_WORKER_GAZETTEER": gazetteer_dir or "",
        "ANNOTATOR_RULE_WORKER_RULES": ",".join(expected),
    }


class _Cancelled(Exception):
    pass


# What tells a worker's request thread to close the worker's input.
_CLOSE: Final = object()


class _Share:
    """The rules one request hands to the workers (a `RuleShare` for `suggest`)."""

    def __init__(self, names: list[str], sent: list[tuple[_Worker, int, list[str]]]) -> None:
        self._names = names
        self._sent = sent
        self._done = False

    @property
    def names(self) -> Collection[str]:
        return self._names

    def result(self, stop: Callable[[], bool] | None) -> Mapping[str, list[Suggestion]] | None:
        found: dict[str, list[Suggestion]] = {}
        try:
            for worker, job, _rules in self._sent:
                if not worker.is_ready():
                    # Still compiling its rules when this process is done with its own:
                    # they run here now (suggest runs what is missing) rather than after
                    # the rest of that compile. The request it reads later stops at once.
                    worker.cancel(job)
                    continue
                try:
                    found.update(worker.receive(job, stop))
                except _Cancelled:
                    self.cancel()
                    return None
                except (EOFError, OSError, ValueError, RuntimeError, pickle.UnpicklingError) as exc:
                    # Its rules run here instead (suggest asks for what is missing).
                    worker.alive = False
                    log.warning(
                        "a suggestion worker (pid %s) failed (%s); its rules ran in this "
                        "process instead",
                        worker.pid,
                        exc if str(exc) else type(exc).__name__,
                    )
            return found
        finally:
            self._release()

    def cancel(self) -> None:
        for worker, job, _rules in self._sent:
            worker.cancel(job)
        self._release()

    def _release(self) -> None:
        if not self._done:
            self._done = True
            for worker, _job, _rules in self._sent:
                worker.lock.release()


class RuleWorkers:
    """Warm worker processes that run a share of one long article's rules.

    `start()` starts `count` workers (they compile the rules as they start, in their own
    processes); `elsewhere(...)` is the hook `suggest()` takes; `close()` ends them
    (also called at exit). Thread-safe: a request finding a worker busy leaves it out.
    """

    def __init__(self, count: int, gazetteer_dir: str | None = None) -> None:
        self.count = count
        self.gazetteer_dir = gazetteer_dir
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        # A share handed out as its article opened (`hand_out_early`), with what it was
        # asked for: (text, page furniture, rule names, known actors).
        self._early: tuple[tuple[Any, ...], _Share] | None = None

    def start(self) -> RuleWorkers:
        with self._lock:
            if not self._workers:
                try:
                    expected = expected_shares(self.count)
                    self._workers = [_Worker(self.gazetteer_dir, share) for share in expected]
                except OSError as exc:
                    log.warning("suggestion workers not started (%s); rules run here", exc)
                    self._workers = []
                atexit.register(self.close)
        return self

    @property
    def pids(self) -> list[int]:
        return [w.pid for w in self._workers if w.alive]

    def wait_ready(self, timeout: float = 60.0) -> bool:
        """Block until every live worker has compiled its rules, at most `timeout` seconds
        (tests and benches: a worker still compiling is left out of a share); returns
        whether they all are."""
        deadline = time.monotonic() + timeout
        for worker in list(self._workers):
            with worker.lock:
                while worker.alive and not worker.is_ready(0.05):
                    if time.monotonic() > deadline:
                        return False
        return all(w.ready for w in self._workers if w.alive)

    @property
    def seconds(self) -> float:
        """CPU seconds the busiest worker spent on its last share (benches)."""
        return max((w.seconds for w in self._workers), default=0.0)

    def close(self) -> None:
        with self._lock:
            workers, self._workers = self._workers, []
            self._early = None
        for worker in workers:
            worker.close()

    def elsewhere(
        self,
        *,
        known_actors: Mapping[str, str | None] | None = None,
        parallel_from: int = PARALLEL_FROM,
    ) -> Callable[[str, tuple[tuple[int, int], ...], list[str]], RuleShare | None]:
        """The `elsewhere` hook of `suggest()` for one document: from `parallel_from`
        characters on, the rules are shared out between this process and the workers
        free now (those busy or dead are left out). A worker still compiling its rules
        takes the request at once (it reads requests while it compiles) and runs it
        once ready, unless this process is done with its own share first: then that
        worker's rules run here, rather than wait for the rest of a compile (about 3 s
        on a cold process, against about 1 s for a 1 MB article's share)."""
        known = dict(known_actors or {})

        def hand_out(
            text: str, skip: tuple[tuple[int, int], ...], names: list[str]
        ) -> RuleShare | None:
            early = self._take_early()
            if early is not None:
                asked, share = early
                if asked == (text, skip, names, known):
                    return share  # handed out as the article opened: working already
                share.cancel()
            return self._hand_out(text, skip, names, known, parallel_from)

        return hand_out

    def hand_out_early(
        self,
        text: str,
        skip: tuple[tuple[int, int], ...],
        names: list[str],
        known_actors: Mapping[str, str | None],
        *,
        parallel_from: int = PARALLEL_FROM,
    ) -> bool:
        """Hand the free workers their share of a long article's rules now, as it opens
        in the window, before its own rules run here: they work on it on the other cores
        while the window paints it. The next `elsewhere` hook asked for the very same
        (text, page furniture, rule names, known actors) takes this share instead of
        handing out another; one asked for anything else cancels it first, and so does
        the next `hand_out_early` or `cancel_early`. Returns whether a share went out."""
        from annotator.core.suggest import registry

        self.cancel_early()
        known = dict(known_actors)
        # What `suggest()` offers to other processes: never a rule that only fills gaps
        # (it runs after the others, where the results are put together), so that the
        # job's request is the same as this one.
        table = registry()
        names = [n for n in names if n not in table or not table[n].fills_gaps]
        share = self._hand_out(text, skip, names, known, parallel_from)
        if share is None:
            return False
        with self._lock:
            self._early = ((text, skip, names, known), share)
        return True

    def cancel_early(self) -> None:
        """Cancel the share `hand_out_early` handed out, unless taken up already."""
        early = self._take_early()
        if early is not None:
            early[1].cancel()

    def _take_early(self) -> tuple[tuple[Any, ...], _Share] | None:
        with self._lock:
            early, self._early = self._early, None
        return early

    def _hand_out(
        self,
        text: str,
        skip: tuple[tuple[int, int], ...],
        names: list[str],
        known: dict[str, str | None],
        parallel_from: int,
    ) -> _Share | None:
        if len(text) < parallel_from:
            return None
        free = [w for w in list(self._workers) if w.alive and w.lock.acquire(blocking=False)]
        if not free:
            return None
        shares = partition(names, len(free) + 1)
        sent: list[tuple[_Worker, int, list[str]]] = []
        for worker, share in zip(free, shares[1:], strict=True):
            if not share:
                worker.lock.release()
                continue
            worker.next_job += 1
            # Queued, never refused here: a worker that ended is found out by its reply's
            # pipe, and its rules run in this process (see _Share.result).
            worker.send((worker.next_job, share, text, skip, known, self.gazetteer_dir))
            sent.append((worker, worker.next_job, share))
        if not sent:
            return None
        return _Share([n for _w, _j, share in sent for n in share], sent)


TIMELINE_ENV: Final = "ANNOTATOR_TIMELINE"


def log_timeline_to(path: str) -> None:
    """Switch the timeline on (`annotator.core.timeline`): its marks appended to the file
    `path`, in this process and in the workers started after this call (benches)."""
    timeline = logging.getLogger("annotator.timeline")
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    timeline.addHandler(handler)
    timeline.setLevel(logging.DEBUG)
    timeline.propagate = False
    os.environ[TIMELINE_ENV] = path


def expected_shares(count: int) -> list[list[str]]:
    """The default rules each of `count` workers is handed when all of them are free (the
    caller keeps the first share): what each prepares as it starts. A worker handed other
    rules later (another busy, other labels) compiles what they need on their first use."""
    from annotator.core.suggest import default_rules

    return partition(default_rules(), count + 1)[1:]


def worker_count() -> int:
    """How many workers a window wants: one fewer than the processors (the window's own
    process runs a share too), at most MAX_PROCESSES processes in all; 0 on one core, and
    0 off POSIX: the workers' pipes are read with select() and the cancel pipe is passed
    with pass_fds, neither of which Windows offers (the rules run in one process there)."""
    if os.name != "posix":
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min(cores or 1, MAX_PROCESSES) - 1)


# ---------------------------------------------------------------------------- the child


def _serve(cancel_fd: int) -> None:
    """The worker's loop: requests on standard input, replies on standard output."""
    requests = sys.stdin.buffer
    replies = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the replies
    parent = os.getppid()
    if os.environ.get(TIMELINE_ENV):
        log_timeline_to(os.environ[TIMELINE_ENV])
    folder = os.environ.get("ANNOTATOR_RULE_WORKER_GAZETTEER") or None
    expected = [n for n in os.environ.get("ANNOTATOR_RULE_WORKER_RULES", "").split(",") if n]
    # Requests are read as they come, from before the rules are even imported to after
    # they are compiled: a request (a 1 MB text) fills the pipe, and the parent's write
    # would wait for all of that.
    arrived: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def read_requests() -> None:
        try:
            while True:
                arrived.put(_read(requests))
                mark("request read")
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            # The parent closed the pool, or ended (killed too): nobody will read a reply
            # again, so end now, even in the middle of compiling the rules (seconds of
            # work on a cold process, far longer on a loaded machine).
            os._exit(0)

    threading.Thread(target=read_requests, name="requests", daemon=True).start()
    # Replies go out through a thread of their own, in order: a rule's result is sent as
    # soon as the rule is done, and the parent reads them only once its own share is
    # done, so the pipe may fill meanwhile; this process goes on with its rules.
    outbox: queue.SimpleQueue[bytes] = queue.SimpleQueue()

    def write_replies() -> None:
        try:
            while True:
                replies.write(outbox.get())
                replies.flush()
        except (OSError, ValueError):
            os._exit(0)  # the parent is gone: nobody reads a reply again

    def reply(message: tuple[int, str, Any, float]) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        outbox.put(_LENGTH.pack(len(data)) + data)

    threading.Thread(target=write_replies, name="replies", daemon=True).start()
    from annotator.services.kept_patterns import importing_rules, patterns_kept

    with importing_rules():  # the rules' patterns built from the forms an earlier process kept
        from annotator.core.suggest import Stopped, prepare_rules, run_rules
        from annotator.services.suggesting import load_gazetteer

    # The first request meets a failure again, and says so.
    with contextlib.suppress(Exception), patterns_kept():
        prepare_rules(gazetteer=load_gazetteer(folder), rules=expected or None)
    # Ready: from now on the parent waits for this worker's replies (job 0 answers nothing).
    reply((0, "ready", None, 0.0))
    mark("ready")
    cancelled = [0]
    last_known: list[dict[str, str | None]] = [{}]
    # The last request's context, freed once its reply is sent (the parent waits for it).
    kept: list[Any] = []

    def cancelled_up_to() -> int:
        while select.select([cancel_fd], [], [], 0)[0]:
            data = os.read(cancel_fd, _LENGTH.size * 64)
            if not data:
                break
            for at in range(0, len(data) - _LENGTH.size + 1, _LENGTH.size):
                cancelled[0] = max(cancelled[0], _LENGTH.unpack_from(data, at)[0])
        return cancelled[0]

    while True:
        job, names, text, skip, known, gazetteer_dir = arrived.get()

        def stop(job: int = job) -> bool:
            if os.getppid() != parent:
                os._exit(0)  # the window is gone: nobody reads the reply
            return cancelled_up_to() >= job

        if known != last_known[0]:
            last_known[0] = known  # the same object again: its name matcher is kept
        started = time.process_time()
        mark(f"share started ({len(names)} rules)")

        def send_part(name: str, found: list[Suggestion], job: int = job) -> None:
            reply((job, "part", _rows({name: found}), 0.0))

        try:
            run_rules(
                text,
                names,
                known_actors=last_known[0],
                gazetteer=load_gazetteer(gazetteer_dir),
                boilerplate=skip,
                stop=stop,
                kept=kept,
                found_by_rule=send_part,
            )
            outcome: tuple[str, Any] = ("done", {})
        except Stopped:
            outcome = ("stopped", None)
        except Exception as exc:
            outcome = ("failed", f"{type(exc).__name__}: {exc}")
        reply((job, *outcome, time.process_time() - started))
        mark(f"share {outcome[0]}")
        kept.clear()


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
