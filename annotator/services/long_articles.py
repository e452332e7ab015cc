"""How long an article must be for its rules to be shared out with worker processes.

In a module of its own so that the window's suggestion job for a short article (nearly
every one, and the session's first) decides without importing the worker machinery of
`annotator.services.rule_workers` (subprocess, pickle, select: some 5 to 10 ms of the
session's first suggestions).
"""

from __future__ import annotations

from typing import Final

# An article shorter than this runs in one process. From here on a share pays on two
# idle cores (bench_suggest.py --only-shared; at 100 kB: 0.37 s CPU in one pass against
# 0.22 s here and 0.24 s in the worker); below it the rules take a few tenths of a second
# and the gain is too small to be worth a second process's work.
PARALLEL_FROM: Final = 100_000
