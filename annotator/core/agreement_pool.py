"""Counting agreement with several processes: runs of documents go to helper processes.

Agreement is counted document by document (`AgreementCounter.add`), which is
CPU-bound pure Python, so one process uses one core. Here the caller's thread
cuts the documents into runs; each run goes to an idle helper process, or is
counted by the caller itself while every helper is busy. The counts of the
runs are combined in document order, so the figures are exactly those of one
process (the same keys in the same order: even the floating-point sums agree).

Helpers are plain child interpreters (`python -c ...`) that read runs from
their stdin and write counts to their stdout, pickled: unlike multiprocessing's
"spawn" they never re-run the caller's main script, and unlike "fork" they
never copy a process that runs Qt's threads. A helper that cannot start or
dies leaves its run to be counted here. No files, no SQL.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from pathlib import Path
from queue import SimpleQueue
from typing import IO, Final, cast

from annotator.core.agreement import AgreementCounter, DocumentLayers

# Documents in one run: big enough that pickling a run costs little next to counting
# it, small enough that the caller and the helpers share the work evenly.
RUN_DOCUMENTS: Final = 100
_HEADER: Final = 8  # bytes of a message's length, big-endian
_SERVE = "from annotator.core.agreement_pool import serve; serve()"

Run = tuple[int, list[DocumentLayers]]


def _send(stream: IO[bytes], value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(_HEADER, "big") + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> object | None:
    """The next message, or None at the end of the stream."""
    header = stream.read(_HEADER)
    if len(header) < _HEADER:
        return None
    size = int.from_bytes(header, "big")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the other process stopped in the middle of a message")
    value: object = pickle.loads(data)  # our own parent or child process, over a pipe
    return value


def count_run(annotators: Sequence[str], run: Sequence[DocumentLayers]) -> AgreementCounter:
    """The counts of one run of documents."""
    counter = AgreementCounter(annotators)
    for doc in run:
        counter.add(doc)
    return counter


def serve() -> None:
    """A helper's loop: (annotators, documents) in on stdin, an AgreementCounter out on stdout."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while (message := _receive(source)) is not None:
        annotators, documents = cast(tuple[tuple[str, ...], list[DocumentLayers]], message)
        _send(sink, count_run(annotators, documents))


class _Helper:
    """One helper process and the thread that feeds it one run at a time."""

    def __init__(self, annotators: tuple[str, ...], results: dict[int, AgreementCounter]) -> None:
        self.annotators = annotators
        self.results = results
        self.inbox: SimpleQueue[Run | None] = SimpleQueue()
        self.pending = 0  # runs given and not yet counted
        self.broken = False
        self.failed: list[Run] = []  # runs the helper could not count
        self.thread = threading.Thread(target=self._work, name="agreement helper", daemon=True)
        self.thread.start()

    def give(self, run: Run) -> None:
        self.pending += 1
        self.inbox.put(run)

    def _start(self) -> subprocess.Popen[bytes]:
        # The helper imports this package from where this process found it.
        package_root = str(Path(__file__).resolve().parent.parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        return subprocess.Popen(
            [sys.executable, "-c", _SERVE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )

    def _work(self) -> None:
        process: subprocess.Popen[bytes] | None = None
        try:
            while (run := self.inbox.get()) is not None:
                if not self.broken:
                    try:
                        if process is None:
                            process = self._start()
                        assert process.stdin is not None
                        assert process.stdout is not None
                        _send(process.stdin, (self.annotators, run[1]))
                        counter = _receive(process.stdout)
                        if not isinstance(counter, AgreementCounter):
                            raise EOFError("the helper process stopped")
                        self.results[run[0]] = counter
                    except Exception:  # whatever stops the helper, its runs are counted here
                        self.broken = True
                if self.broken:
                    self.failed.append(run)
                self.pending -= 1
        finally:
            if process is not None:
                if process.stdin is not None:
                    with suppress(OSError):  # the helper is gone already
                        process.stdin.close()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def finish(self) -> None:
        self.inbox.put(None)
        self.thread.join()


def count_in_processes(
    documents: Iterable[DocumentLayers],
    annotators: Sequence[str],
    workers: int,
    progress: Callable[[int], object] | None = None,
) -> AgreementCounter:
    """Counts of `documents` with up to `workers` processes (this one included).

    `progress(n)` is called on the caller's thread as runs are counted.
    Raises ValueError for fewer than two annotators, like AgreementCounter.
    """
    names = tuple(annotators)
    total = AgreementCounter(names)
    results: dict[int, AgreementCounter] = {}
    sizes: list[int] = []
    helpers = [_Helper(names, results) for _ in range(max(workers - 1, 0))]
    reported = 0

    def report() -> None:
        nonlocal reported
        counted = sum(sizes[i] for i in list(results))
        if progress is not None and counted > reported:
            progress(counted)
            reported = counted

    def dispatch(run: Run) -> None:
        sizes.append(len(run[1]))
        # A helper holds its next run while it counts one, so it never waits for this thread.
        idle = next((h for h in helpers if h.pending < 2 and not h.broken), None)
        if idle is not None:
            idle.give(run)
        else:
            results[run[0]] = count_run(names, run[1])
        report()

    try:
        batch: list[DocumentLayers] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) == RUN_DOCUMENTS:
                dispatch((len(sizes), batch))
                batch = []
        if batch:
            dispatch((len(sizes), batch))
    finally:
        for helper in helpers:
            helper.finish()
    for helper in helpers:
        for index, run in helper.failed:
            results[index] = count_run(names, run)
    for index in range(len(sizes)):
        total.update(results[index])
    report()
    return total
