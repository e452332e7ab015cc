"""A second program tagging while something else writes: one span every 50 ms until told to stop.

Run as `python -m tests.safety.tagger_process DB STOP_FILE`. It adds ACTOR spans
to the documents present when it starts, through the store's ordinary write
path, and prints `saved <span id> <milliseconds>` after each commit returns (an
acknowledged span, and how long the write took, waiting for the lock included).
It stops when STOP_FILE exists. Any exception is printed as `error <type>:
<message>` and the exit code is 1.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from annotator.core.model import Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository

INTERVAL = 0.05


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    db_path, stop_file = argv[0], Path(argv[1])
    repo = Repository(open_db(db_path))
    documents = [(d, len(repo.document(d).text)) for d in repo.document_ids()]
    say("ready")
    count = 0
    try:
        while not stop_file.exists():
            document_id, length = documents[count % len(documents)]
            start = (count * 7) % (length - 10)
            span = Span(new_id(), document_id, start, start + 8, "ACTOR", "tagger", {}, "manual")
            started = time.perf_counter()
            repo.add_span(span)
            say(f"saved {span.id} {(time.perf_counter() - started) * 1000:.1f}")
            count += 1
            time.sleep(INTERVAL)
    except Exception as exc:
        say(f"error {type(exc).__name__}: {exc}")
        return 1
    finally:
        repo.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
