"""Print a timeline that `bench_suggest.py --timeline FILE` wrote, one block per article
opened in the window, in milliseconds from its open, with the process and thread of each
mark (the window's process, its suggestion job's thread, the rule workers).

    python bench/timeline.py FILE [--all]

Only the 1 MB article's opens are shown unless --all is given.
"""

from __future__ import annotations

import argparse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file")
    parser.add_argument("--all", action="store_true", help="every article opened")
    args = parser.parse_args()
    start: float | None = None
    with open(args.file, encoding="utf-8") as lines:
        for line in lines:
            stamp, pid, thread, what = line.rstrip("\n").split(" ", 3)
            at = float(stamp)
            if what.startswith("bench: open "):
                start = at if args.all or "'big'" in what else None
                if start is not None:
                    print(f"--- {what[len('bench: ') :]}")
            if start is not None:
                print(f"{(at - start) * 1000:7.0f} ms  {pid:>7} {thread[:14]:<14} {what}")
                if what.startswith("bench: ") and "shown" in what:
                    start = None


if __name__ == "__main__":
    main()
