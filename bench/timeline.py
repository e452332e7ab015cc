"""Print a timeline that `bench_suggest.py --timeline FILE` wrote, one block per article
opened in the window, in milliseconds from its open, with the process and thread of each
mark (the window's process, its suggestion job's thread, the rule workers); then one line
per 1 MB open with its stages (`stages`, which bench_suggest.py prints too).

    python bench/timeline.py FILE [--all]

Only the 1 MB article's opens are shown unless --all is given.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

# (label printed, mark, where) of the stages of one open, in the order they happen: in a
# worker process, in the window's suggestion job (the thread whose pass shared rules out),
# or on the window's GUI thread.
_STAGES = (
    ("worker starts", "share started", "worker"),
    ("worker done", "share done", "worker"),
    ("painted", "article painted", "gui"),
    ("window starts", "rules: ", "job"),
    ("window done", "rules here done", "job"),
    ("worker's in", "rules elsewhere in", "job"),
    ("overlaps", "overlaps resolved", "job"),
    ("speakers", "speakers attributed", "job"),
    ("found", "suggestions found", "job"),
    ("dressed", "suggestions dressed", "job"),
    ("set", "suggestions set in the window", "gui"),
    ("shown", "bench: 'big' shown", "gui"),
)


def _marks(path: str) -> Iterator[tuple[float, str, str, str]]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            stamp, pid, thread, what = line.rstrip("\n").split(" ", 3)
            yield float(stamp), pid, thread, what


def _opens(path: str, title: str = "'big'") -> list[list[tuple[float, str, str, str]]]:
    """The marks of each open of `title`, from its open to its suggestions shown."""
    opens: list[list[tuple[float, str, str, str]]] = []
    current: list[tuple[float, str, str, str]] | None = None
    for mark in _marks(path):
        what = mark[3]
        if what.startswith("bench: open "):
            current = [] if title in what else None
            if current is not None:
                opens.append(current)
        if current is not None:
            current.append(mark)
            if what.startswith("bench: ") and "shown" in what:
                current = None
    return opens


def stages(path: str) -> list[str]:
    """One line per 1 MB open: when each stage ended, in ms from the open (the first
    mark of each kind after it; "-" for a stage that did not happen)."""
    lines = []
    for marks in _opens(path):
        start, window, gui = marks[0][0], marks[0][1], marks[0][2]
        # The job's thread: the one whose pass handed rules to a worker (not the job
        # preparing the rules, nor the last article's).
        job = next(
            (
                (pid, thread)
                for _t, pid, thread, what in marks
                if pid == window and what.startswith("rules: ") and " 0 elsewhere" not in what
            ),
            None,
        )
        parts = []
        for label, prefix, where in _STAGES:
            at = next(
                (
                    t
                    for t, pid, thread, what in marks
                    if what.startswith(prefix)
                    and (
                        pid != window
                        if where == "worker"
                        else (pid, thread) == job
                        if where == "job"
                        else (pid, thread) == (window, gui)
                    )
                ),
                None,
            )
            parts.append(f"{label} {(at - start) * 1000:.0f}" if at is not None else f"{label} -")
        lines.append(", ".join(parts))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file")
    parser.add_argument("--all", action="store_true", help="every article opened")
    args = parser.parse_args()
    start: float | None = None
    for at, pid, thread, what in _marks(args.file):
        if what.startswith("bench: open "):
            start = at if args.all or "'big'" in what else None
            if start is not None:
                print(f"--- {what[len('bench: ') :]}")
        if start is not None:
            print(f"{(at - start) * 1000:7.0f} ms  {pid:>7} {thread[:20]:<20} {what}")
            if what.startswith("bench: ") and "shown" in what:
                start = None
    print("stages of each 1 MB open, ms from the open:")
    for line in stages(args.file):
        print("  " + line)


if __name__ == "__main__":
    main()
