"""What the window's first suggestion job imports with the suggestion service (issue 16):
not the process pool that only `annotator suggest` runs (about 13 ms of its CPU)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

_IMPORTED = """
import json, sys
import annotator.services.rule_workers
import annotator.services.suggesting
print(json.dumps(sorted(m for m in ("multiprocessing", "concurrent.futures") if m in sys.modules)))
"""


def test_the_suggestion_service_imports_no_process_pool() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORTED],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
