"""Running the consistency checker over the database, and remembering dismissals.

The corpus is read with plain cursors (one pass over documents, one over
spans, one over speaker relations; JSON attributes are parsed only where they
are not empty); the checking itself is `annotator.core.consistency.check`.
Layer: the given annotators, or every annotator except suggesters
(suggestions must not count as analysts' choices).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from annotator.core.collector import collector_paused
from annotator.core.consistency import CheckedSpan, Progress, Report, check
from annotator.core.model import now
from annotator.store.repository import Repository, stored_object
from annotator.store.transaction import classify_module_reads


def _layer(annotators: Sequence[str] | None) -> tuple[str, list[Any]]:
    if annotators is not None:
        return f"s.annotator IN ({', '.join('?' for _ in annotators)})", list(annotators)
    return (
        "s.annotator IN (SELECT name FROM annotators WHERE kind != 'suggester')",
        [],
    )


def load_corpus(
    repo: Repository, annotators: Sequence[str] | None = None
) -> tuple[dict[str, str], list[CheckedSpan], set[str]]:
    """(document id -> text in import order, the layer's spans, QUOTE ids with a speaker)."""
    conn = repo.db.conn
    texts = dict(conn.execute("SELECT id, text FROM documents ORDER BY seq").fetchall())
    where, params = _layer(annotators)
    read = stored_object
    empty: Mapping[str, Any] = MappingProxyType({})  # one shared, read-only
    new = tuple.__new__  # (as CheckedSpan(...) makes one, without a Python call per span)
    spans = [
        new(CheckedSpan, (r[0], r[1], r[2], r[3], r[4], empty if r[5] is None else read(r[5])))
        for r in conn.execute(
            # (most spans have no attributes: NULL rather than a string '{}' made per row)
            f'SELECT s.id, s.document_id, s.start, s."end", s.label, NULLIF(s.attributes, '
            f"'{{}}') FROM spans s WHERE {where}",
            params,
        )
    ]
    quoted = {r[0] for r in conn.execute("SELECT head_id FROM relations WHERE type = 'speaker'")}
    return texts, spans, quoted


def check_corpus(
    repo: Repository,
    annotators: Sequence[str] | None = None,
    *,
    labels: set[str] | None = None,
    include_dismissed: bool = False,
    progress: Progress | None = None,
) -> Report:
    """The consistency report for the corpus (dismissed problems left out unless asked).

    `progress(done, total, what)` as for `check`; returning False from it
    raises CheckCancelled. Reads only: safe on a read-only connection.
    """
    if progress is not None:
        progress(0, 0, "reading the corpus")
    with collector_paused():  # see collector_paused: many records, all kept
        texts, spans, quoted = load_corpus(repo, annotators)
        dismissed = None if include_dismissed else dismissed_keys(repo)
        report = check(texts, spans, quoted, labels=labels, dismissed=dismissed, progress=progress)
        # The spans read are freed before the collector is back: its first collection
        # would otherwise walk them all once more (about 0.1 s at 300,000 spans).
        del texts, spans, quoted
    return report


def dismissed_keys(repo: Repository) -> set[str]:
    return {r[0] for r in repo.db.execute("SELECT key FROM dismissed_problems")}


def dismiss(repo: Repository, key: str, document_id: str | None, *, by: str) -> bool:
    """Remember that a problem is not one; False when it was dismissed already."""
    with repo.action():
        cursor = repo.db.execute(
            "INSERT OR IGNORE INTO dismissed_problems (key, document_id, dismissed_by, dismissed) "
            "VALUES (?, ?, ?, ?)",
            [key, document_id, by, now()],
        )
        added = cursor.rowcount > 0
        if added:
            repo._event(by, "problem.dismiss", document_id=document_id, data={"key": key})
    return added


def undismiss(repo: Repository, key: str, *, by: str) -> bool:
    """Forget a dismissal (undo); False when there was none."""
    with repo.action():
        cursor = repo.db.execute("DELETE FROM dismissed_problems WHERE key = ?", [key])
        removed = cursor.rowcount > 0
        if removed:
            repo._event(by, "problem.undismiss", data={"key": key})
    return removed


# Reads raise StoreError (damaged, gone, busy), never sqlite3's errors.
classify_module_reads(__name__)
