"""A stand-in for an analyst: a long random series of edits through Session, the window's path.

Run as `python -m tests.safety.editor_process DB SEED [COUNT]`. Before each edit
it prints `begin <json>`; after the edit's commit returns it prints `done`. A
test kills this process at random moments and checks the database against
what was reported.
"""

from __future__ import annotations

import json
import random
import sys

from annotator.core.model import Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui.session import Session

LABELS = ("QUOTE", "ACTOR", "CASUALTY")
STATUSES = ("todo", "in_progress", "done")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    db_path, seed = argv[0], int(argv[1])
    count = int(argv[2]) if len(argv) > 2 else 1_000_000
    rng = random.Random(seed)
    repo = Repository(open_db(db_path))
    session = Session(repo, "ana")
    documents = repo.document_ids()
    say("ready")
    for _ in range(count):
        document_id = rng.choice(documents)
        session.open_document(document_id)
        document = session.document
        assert document is not None
        spans = session.spans()
        roll = rng.random()
        if roll < 0.45 or not spans:
            start = rng.randrange(0, len(document.text) - 1)
            end = rng.randrange(start + 1, min(len(document.text), start + 40) + 1)
            label = rng.choice(LABELS)
            span = Span(new_id(), document_id, start, end, label, "ana", {}, "manual")
            op = {
                "op": "add",
                "id": span.id,
                "doc": document_id,
                "start": start,
                "end": end,
                "label": label,
            }
            say("begin " + json.dumps(op))
            session.add_span(span)
        elif roll < 0.70:
            span = rng.choice(spans)
            start = rng.randrange(0, len(document.text) - 1)
            end = rng.randrange(start + 1, min(len(document.text), start + 40) + 1)
            label = rng.choice(LABELS)
            op = {
                "op": "update",
                "id": span.id,
                "doc": document_id,
                "start": start,
                "end": end,
                "label": label,
            }
            say("begin " + json.dumps(op))
            session.update_span(span.id, label=label, start=start, end=end)
        elif roll < 0.90:
            span = rng.choice(spans)
            say("begin " + json.dumps({"op": "delete", "id": span.id, "doc": document_id}))
            session.delete_span(span.id)
        else:
            status = rng.choice(STATUSES)
            say("begin " + json.dumps({"op": "status", "doc": document_id, "status": status}))
            session.set_status(document_id, status)
        say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
