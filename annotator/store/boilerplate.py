"""Page furniture ranges of documents: found at import, adjustable by the analyst.

The `boilerplate` table (migration m006) holds one row per range, code points,
end exclusive. The detector (`annotator.core.boilerplate`) runs when a
document is first stored (import, merge); a document without a row has none.
Suggestions skip these ranges, the window greys them, and exports can leave
them out (`--drop-boilerplate`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from annotator.core.boilerplate import boilerplate_ranges, merge_ranges
from annotator.core.errors import SpanError
from annotator.core.model import now
from annotator.store.transaction import classify_module_reads

if TYPE_CHECKING:
    from annotator.store.repository import Repository

Range = tuple[int, int]

# The statement without its VALUES (what the import's multi-row insert extends), and whole.
INSERT_INTO = 'INSERT OR IGNORE INTO boilerplate (document_id, start, "end", origin, updated)'
INSERT = INSERT_INTO + " VALUES (?, ?, ?, ?, ?)"


def detected_rows(document_id: str, text: str, stamp: str) -> list[tuple[str, int, int, str, str]]:
    """The rows the detector gives for a newly stored document."""
    return [(document_id, a, b, "rule", stamp) for a, b in boilerplate_ranges(text)]


def boilerplate(repo: Repository, document_id: str) -> list[Range]:
    """The document's page furniture ranges, in order ([] when it has none)."""
    return [
        (int(a), int(b))
        for a, b in repo.db.execute(
            'SELECT start, "end" FROM boilerplate WHERE document_id = ? ORDER BY start',
            [document_id],
        )
    ]


def boilerplate_in(repo: Repository, document_ids: Sequence[str]) -> dict[str, list[Range]]:
    """`boilerplate` of each of `document_ids` that has any range, in one read."""
    found: dict[str, list[Range]] = {}
    for doc_id, a, b in repo.db.execute(
        'SELECT document_id, start, "end" FROM boilerplate '
        "WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, start",
        [json.dumps(list(document_ids))],
    ):
        found.setdefault(str(doc_id), []).append((int(a), int(b)))
    return found


def boilerplate_of(
    repo: Repository, document_ids: Iterable[str] | None = None
) -> dict[str, list[Range]]:
    """Ranges of every document that has any (of `document_ids` when given)."""
    found: dict[str, list[Range]] = {}
    wanted = None if document_ids is None else set(document_ids)
    for doc_id, a, b in repo.db.execute(
        'SELECT document_id, start, "end" FROM boilerplate ORDER BY document_id, start'
    ):
        if wanted is None or doc_id in wanted:
            found.setdefault(str(doc_id), []).append((int(a), int(b)))
    return found


def set_boilerplate(
    repo: Repository, document_id: str, ranges: Sequence[Range], *, by: str
) -> list[Range]:
    """Replace the document's ranges by `ranges` (joined, clipped); returns the old ones.

    SpanError when a range lies outside the text. One transaction with its event.
    """
    length = repo._text_length(document_id)
    for a, b in ranges:
        if not (0 <= a < b <= length):
            raise SpanError(f"page furniture range {a}-{b} is outside the text (0-{length})")
    new = merge_ranges(ranges, length)
    with repo.action():
        old = boilerplate(repo, document_id)
        stamp = now()
        repo.db.execute("DELETE FROM boilerplate WHERE document_id = ?", [document_id])
        rows: list[Any] = [(document_id, a, b, by, stamp) for a, b in new]
        if rows:
            repo.db.conn.executemany(INSERT, rows)
        repo._event(
            by,
            "boilerplate.set",
            document_id=document_id,
            data={"ranges": [list(r) for r in new], "previous": [list(r) for r in old]},
        )
    return old


# Reads raise StoreError (damaged, gone, busy), never sqlite3's errors.
classify_module_reads(__name__)
