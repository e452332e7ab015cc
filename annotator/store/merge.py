"""Merging a colleague's database into ours: checked, read-only, one transaction, idempotent.

The other file is opened with SQLite's read-only URI mode and checked
(SQLite header, `PRAGMA integrity_check`, its applied migrations must all be
known and applied here) before anything is read; a refused file raises
StoreError and nothing is written. Then, in ONE transaction:

- labels and relation types missing here are added from the other schema
  (labels we have keep our colours, hotkeys and attributes);
- documents are matched by the sha256 of their text; new ones are appended;
- spans and relations are matched by id. A span is compared by its content:
  document, start, end, label, annotator, attributes and provenance (times
  are not content). Same id and same content: nothing to do. Same id,
  different content: a conflict. Ours keeps the id and theirs is stored
  beside it under `uuid5(id + content)`, recorded in `merge_conflicts`, and
  reported. An annotator's work is never overwritten, and every version of
  a span stays visible. A version we already hold (also as a conflict copy)
  is never stored twice, so merging again, or merging back, adds nothing;
- statuses: per document and annotator the furthest along wins (done >
  in progress > todo), then the later time. A status is a person's own claim
  about their own work, and "done" is a deliberate act, so it is not undone
  by an older copy that still says "in progress";
- comments and adjudication decisions are added by id;
- one `database.merge` event records what was added (only if anything was).

Merging A into B and B into A gives the same annotations (the same set of
span and relation contents); the ids of conflict copies depend on the
direction, because each side keeps its own version under the original id.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

from annotator.core.errors import StoreError
from annotator.core.model import now
from annotator.store.actors import merge_actor_registry
from annotator.store.migrations import migrations
from annotator.store.repository import Repository, _dumps

_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
_NAMESPACE: Final = uuid.UUID("7c2e9a4b-51d3-4f0e-a6b8-3e9d0c1f2a57")
_STATUS_RANK: Final = {"todo": 0, "in_progress": 1, "done": 2}
_REVIEW: Final = "m002_review"


@dataclass(frozen=True)
class MergeConflict:
    """The same span (or relation) id with different content in the two databases."""

    kind: str
    original_id: str
    copy_id: str
    document_id: str
    ours: dict[str, Any]
    theirs: dict[str, Any]


@dataclass
class MergeReport:
    source: str
    documents_added: int = 0
    spans_added: int = 0
    relations_added: int = 0
    labels_added: list[str] = field(default_factory=list)
    relation_types_added: list[str] = field(default_factory=list)
    annotators_added: list[str] = field(default_factory=list)
    statuses_changed: int = 0
    comments_added: int = 0
    decisions_added: int = 0
    conflicts: list[MergeConflict] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(
            self.documents_added
            or self.spans_added
            or self.relations_added
            or self.labels_added
            or self.relation_types_added
            or self.annotators_added
            or self.statuses_changed
            or self.comments_added
            or self.decisions_added
        )

    def summary(self) -> str:
        if not self.changed:
            return f"nothing new in {self.source}"
        parts = [
            f"{self.documents_added} documents",
            f"{self.spans_added} spans",
            f"{self.relations_added} relations",
        ]
        if self.labels_added:
            parts.append("labels " + ", ".join(self.labels_added))
        if self.annotators_added:
            parts.append("annotators " + ", ".join(self.annotators_added))
        if self.statuses_changed:
            parts.append(f"{self.statuses_changed} statuses")
        if self.comments_added:
            parts.append(f"{self.comments_added} comments")
        if self.decisions_added:
            parts.append(f"{self.decisions_added} review decisions")
        text = f"merged from {self.source}: " + ", ".join(parts)
        if self.conflicts:
            text += f"; {len(self.conflicts)} conflicts kept as both versions"
        return text


# -- opening the other file -------------------------------------------------------------


def open_other(path: Path, ours: Sequence[str]) -> tuple[sqlite3.Connection, set[str]]:
    """Open `path` read-only and check it; returns the connection and its applied migrations.

    `ours` are the migration names applied to our database. Raises StoreError
    for a missing, non-SQLite, damaged, foreign or newer-schema file.
    """
    where = str(path)
    if not path.is_file():
        raise StoreError("no such database file", file=where)
    with path.open("rb") as handle:
        if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            raise StoreError("this file is not an annotator database (not SQLite)", file=where)
    uri = f"file:{quote(path.resolve().as_posix())}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read this database: {exc}", file=where) from exc
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise StoreError(f"this database is damaged: {problems[0]}", file=where)
        table = migrations.migrations_table
        if not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone():
            raise StoreError("this SQLite file is not an annotator database", file=where)
        applied = {
            r[0]
            for r in conn.execute(
                f"SELECT name FROM {table} WHERE migration_set = ?", [migrations.name]
            )
        }
        if not applied:
            raise StoreError("this SQLite file is not an annotator database", file=where)
        unknown = sorted(applied - set(ours))
        if unknown:
            raise StoreError(
                f"this database was written by a newer version of annotator (schema step "
                f"{unknown[-1]!r} is unknown here); upgrade annotator to merge it",
                file=where,
            )
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot read this database: {exc}", file=where) from exc
    except StoreError:
        conn.close()
        raise
    return conn, applied


# -- content and ids ----------------------------------------------------------------------


def _attributes(raw: str) -> str:
    return _dumps(json.loads(raw))


def copy_id(original_id: str, content: Sequence[Any]) -> str:
    """The id a conflicting version of `original_id` is stored under (uuid5 of id + content)."""
    key = json.dumps([original_id, list(content)], ensure_ascii=False)
    return str(uuid.uuid5(_NAMESPACE, key))


_SPAN_FIELDS: Final = ("document_id", "start", "end", "label", "annotator", "attributes")


def _span_content(row: Sequence[Any]) -> tuple[Any, ...]:
    # row: id, document_id, start, end, label, annotator, attributes, provenance, created, updated
    return (row[1], row[2], row[3], row[4], row[5], _attributes(row[6]), row[7])


def _described(content: Sequence[Any]) -> dict[str, Any]:
    names = (*_SPAN_FIELDS, "provenance")
    return dict(zip(names, content, strict=False))


def _chunks(items: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


class _Versions:
    """Which contents we already hold for each original id (itself and its conflict copies)."""

    def __init__(self, repo: Repository, table: str, columns: str, kind: str) -> None:
        self.repo = repo
        self.table = table
        self.columns = columns
        self.kind = kind
        self.by_id: dict[str, tuple[Any, ...]] = {}
        self.versions: dict[str, dict[tuple[Any, ...], str]] = {}

    def load(self, ids: set[str], content: Any) -> None:
        """Read our rows with these ids, and every conflict copy of them."""
        wanted = sorted(ids)
        copies: dict[str, str] = {}
        for chunk in _chunks(wanted):
            marks = ", ".join("?" * len(chunk))
            for original, copy in self.repo.db.execute(
                f"SELECT original_id, copy_id FROM merge_conflicts WHERE original_id IN ({marks})",
                list(chunk),
            ):
                copies[copy] = original
        for chunk in _chunks(sorted(set(wanted) | set(copies))):
            marks = ", ".join("?" * len(chunk))
            for row in self.repo.db.execute(
                f"SELECT {self.columns} FROM {self.table} WHERE id IN ({marks})", list(chunk)
            ):
                self.add(copies.get(row[0], row[0]), row[0], content(row))

    def add(self, original: str, row_id: str, content: tuple[Any, ...]) -> None:
        self.by_id[row_id] = content
        self.versions.setdefault(original, {}).setdefault(content, row_id)

    def place(self, original: str, their_id: str, content: tuple[Any, ...]) -> str | None:
        """Where their version goes: None if we hold it already, else the id to store it under."""
        if content in self.versions.get(original, {}):
            return None
        if their_id not in self.by_id and (their_id != original or original not in self.by_id):
            return their_id
        return copy_id(original, content)

    def holder(self, original: str, content: tuple[Any, ...]) -> str:
        return self.versions[original][content]


# -- the merge ----------------------------------------------------------------------------


def merge_database(repo: Repository, other: str | Path, *, by: str) -> MergeReport:
    """Merge the database file `other` into `repo` (see the module docstring).

    `by` is who merged (recorded in the event). Raises StoreError if the
    other file is refused; then neither database is changed.
    """
    path = Path(other)
    ours_applied = [m.name for m in migrations.applied(repo.db)]
    conn, applied = open_other(path, ours_applied)
    try:
        report = _merge(repo, conn, applied, path.name, by)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read this database: {exc}", file=str(path)) from exc
    finally:
        conn.close()
    repo._schema = None
    return report


def _merge(
    repo: Repository, theirs: sqlite3.Connection, applied: set[str], source: str, by: str
) -> MergeReport:
    report = MergeReport(source)
    db = repo.db.conn
    stamp = now()
    with repo.action():
        _merge_schema(repo, theirs, report)
        annotators = {r[0] for r in db.execute("SELECT name FROM annotators")}
        for name, kind, created in theirs.execute(
            "SELECT name, kind, created FROM annotators ORDER BY name"
        ):
            if name not in annotators:
                db.execute(
                    "INSERT INTO annotators (name, kind, created) VALUES (?, ?, ?)",
                    [name, kind, created],
                )
                report.annotators_added.append(name)
        doc_map = _merge_documents(repo, theirs, report)
        span_map = _merge_spans(repo, theirs, doc_map, applied, source, stamp, report)
        _merge_relations(repo, theirs, span_map, source, stamp, report)
        _merge_statuses(repo, theirs, doc_map, report)
        if _REVIEW in applied:
            _merge_review(repo, theirs, doc_map, span_map, report)
        # The corpus tools' tables (actor registry, span links, dismissals): issue 8.
        merge_actor_registry(repo, theirs, applied, span_map, by)
        if report.changed:
            repo._event(
                by,
                "database.merge",
                data={
                    "source": source,
                    "documents_added": report.documents_added,
                    "spans_added": report.spans_added,
                    "relations_added": report.relations_added,
                    "labels_added": report.labels_added,
                    "annotators_added": report.annotators_added,
                    "statuses_changed": report.statuses_changed,
                    "comments_added": report.comments_added,
                    "decisions_added": report.decisions_added,
                    "conflicts": [
                        {"kind": c.kind, "original": c.original_id, "copy": c.copy_id}
                        for c in report.conflicts
                    ],
                },
            )
    return report


def _merge_schema(repo: Repository, theirs: sqlite3.Connection, report: MergeReport) -> None:
    db = repo.db.conn
    labels = {r[0] for r in db.execute("SELECT name FROM labels")}
    position = int(db.execute("SELECT coalesce(max(position), -1) FROM labels").fetchone()[0])
    for row in theirs.execute(
        "SELECT name, color, hotkey, description, attributes FROM labels ORDER BY position, name"
    ):
        if row[0] in labels:
            continue
        position += 1
        hotkey = row[2]
        # A hotkey we already use would make one key mean two labels.
        if db.execute(
            "SELECT 1 FROM labels WHERE hotkey = ? AND hotkey != ''", [hotkey]
        ).fetchone():
            hotkey = ""
        db.execute(
            "INSERT INTO labels (name, color, hotkey, description, attributes, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [row[0], row[1], hotkey, row[3], row[4], position],
        )
        report.labels_added.append(row[0])
    kinds = {r[0] for r in db.execute("SELECT name FROM relation_types")}
    for row in theirs.execute(
        "SELECT name, head_label, tail_label, description FROM relation_types ORDER BY name"
    ):
        if row[0] not in kinds:
            db.execute(
                "INSERT INTO relation_types (name, head_label, tail_label, description) "
                "VALUES (?, ?, ?, ?)",
                list(row),
            )
            report.relation_types_added.append(row[0])


def _merge_documents(
    repo: Repository, theirs: sqlite3.Connection, report: MergeReport
) -> dict[str, str]:
    """Add their new documents; returns their document id -> ours."""
    db = repo.db.conn
    by_sha = {sha: doc_id for sha, doc_id in db.execute("SELECT sha256, id FROM documents")}
    seq = int(db.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()[0])
    doc_map: dict[str, str] = {}
    rows = []
    for row in theirs.execute(
        "SELECT id, sha256, title, text, source, published, meta, imported FROM documents "
        "ORDER BY seq"
    ):
        if row[1] in by_sha:
            doc_map[row[0]] = by_sha[row[1]]
            continue
        taken = db.execute("SELECT sha256 FROM documents WHERE id = ?", [row[0]]).fetchone()
        if taken:
            raise StoreError(f"document id {row[0]} names different texts in the two databases")
        seq += 1
        rows.append([row[0], seq, *row[1:]])
        doc_map[row[0]] = row[0]
        by_sha[row[1]] = row[0]
    db.executemany(
        "INSERT INTO documents (id, seq, sha256, title, text, source, published, meta, imported) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    report.documents_added = len(rows)
    return doc_map


def _their_originals(theirs: sqlite3.Connection, applied: set[str], kind: str) -> dict[str, str]:
    if _REVIEW not in applied:
        return {}
    return {
        copy: original
        for original, copy in theirs.execute(
            "SELECT original_id, copy_id FROM merge_conflicts WHERE kind = ?", [kind]
        )
    }


def _record_conflict(
    repo: Repository,
    report: MergeReport,
    kind: str,
    original: str,
    stored_id: str,
    document_id: str,
    ours: tuple[Any, ...] | None,
    theirs: tuple[Any, ...],
    source: str,
    stamp: str,
    describe: Any,
) -> None:
    repo.db.execute(
        "INSERT OR IGNORE INTO merge_conflicts "
        "(original_id, copy_id, document_id, kind, source, merged) VALUES (?, ?, ?, ?, ?, ?)",
        [original, stored_id, document_id, kind, source, stamp],
    )
    report.conflicts.append(
        MergeConflict(
            kind, original, stored_id, document_id, describe(ours or ()), describe(theirs)
        )
    )


def _merge_spans(
    repo: Repository,
    theirs: sqlite3.Connection,
    doc_map: dict[str, str],
    applied: set[str],
    source: str,
    stamp: str,
    report: MergeReport,
) -> dict[str, str]:
    """Add their spans; returns their span id -> the id holding that version here."""
    originals = _their_originals(theirs, applied, "span")
    rows = [
        [r[0], doc_map[r[1]], *r[2:]]
        for r in theirs.execute(
            'SELECT id, document_id, start, "end", label, annotator, attributes, provenance, '
            "created, updated FROM spans"
        )
    ]
    # Originals first, so a copy is only stored when its original is already placed.
    rows.sort(key=lambda r: (r[0] in originals, r[0]))
    versions = _Versions(
        repo,
        "spans",
        'id, document_id, start, "end", label, annotator, attributes, provenance',
        "span",
    )
    versions.load({r[0] for r in rows} | set(originals.values()), _span_content)
    span_map: dict[str, str] = {}
    inserts = []
    for row in rows:
        original = originals.get(row[0], row[0])
        content = _span_content(row)
        target = versions.place(original, row[0], content)
        if target is None:
            span_map[row[0]] = versions.holder(original, content)
            continue
        if target != row[0] or original != row[0]:
            ours_content = versions.by_id.get(original)
            _record_conflict(
                repo,
                report,
                "span",
                original,
                target,
                row[1],
                ours_content,
                content,
                source,
                stamp,
                _described,
            )
        versions.add(original, target, content)
        span_map[row[0]] = target
        inserts.append([target, *row[1:6], content[5], *row[7:]])
    repo.db.conn.executemany(
        'INSERT INTO spans (id, document_id, start, "end", label, annotator, attributes, '
        "provenance, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        inserts,
    )
    report.spans_added = len(inserts)
    return span_map


def _merge_relations(
    repo: Repository,
    theirs: sqlite3.Connection,
    span_map: dict[str, str],
    source: str,
    stamp: str,
    report: MergeReport,
) -> None:
    rows = [
        [r[0], span_map[r[1]], span_map[r[2]], r[3], r[4], r[5]]
        for r in theirs.execute(
            "SELECT id, head_id, tail_id, type, annotator, created FROM relations"
        )
        if r[1] in span_map and r[2] in span_map
    ]
    if not rows:
        return
    # A relation's content is its ends, type and annotator; we hold a version if
    # any of our relations has it, whatever its id.
    ours: dict[str, tuple[Any, ...]] = {}
    held: set[tuple[Any, ...]] = set()
    for column, ids in (("id", {r[0] for r in rows}), ("head_id", {r[1] for r in rows})):
        for chunk in _chunks(sorted(ids)):
            marks = ", ".join("?" * len(chunk))
            for r in repo.db.execute(
                "SELECT id, head_id, tail_id, type, annotator FROM relations "
                f"WHERE {column} IN ({marks})",
                list(chunk),
            ):
                ours[r[0]] = tuple(r[1:])
                held.add(tuple(r[1:]))
    inserts = []
    for row in sorted(rows):
        content = tuple(row[1:5])
        if content in held:
            continue
        target = row[0] if row[0] not in ours else copy_id(row[0], content)
        if target != row[0]:
            document = repo.db.execute(
                "SELECT document_id FROM spans WHERE id = ?", [row[1]]
            ).fetchone()[0]
            _record_conflict(
                repo,
                report,
                "relation",
                row[0],
                target,
                document,
                ours[row[0]],
                content,
                source,
                stamp,
                lambda c: dict(zip(("head_id", "tail_id", "type", "annotator"), c, strict=False)),
            )
        held.add(content)
        ours[target] = content
        inserts.append([target, *row[1:]])
    repo.db.conn.executemany(
        "INSERT OR IGNORE INTO relations (id, head_id, tail_id, type, annotator, created) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        inserts,
    )
    report.relations_added = len(inserts)


def _merge_statuses(
    repo: Repository, theirs: sqlite3.Connection, doc_map: dict[str, str], report: MergeReport
) -> None:
    db = repo.db.conn
    ours = {
        (r[0], r[1]): (r[2], r[3])
        for r in db.execute("SELECT document_id, annotator, status, updated FROM document_status")
    }
    changes = []
    for document_id, annotator, status, updated in theirs.execute(
        "SELECT document_id, annotator, status, updated FROM document_status"
    ):
        key = (doc_map[document_id], annotator)
        mine = ours.get(key)
        if mine is not None and (_STATUS_RANK[mine[0]], mine[1]) >= (
            _STATUS_RANK[status],
            updated,
        ):
            continue
        changes.append([*key, status, updated])
        ours[key] = (status, updated)
    db.executemany(
        "INSERT INTO document_status (document_id, annotator, status, updated) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(document_id, annotator) DO UPDATE SET "
        "status = excluded.status, updated = excluded.updated",
        changes,
    )
    report.statuses_changed = len(changes)


def _merge_review(
    repo: Repository,
    theirs: sqlite3.Connection,
    doc_map: dict[str, str],
    span_map: dict[str, str],
    report: MergeReport,
) -> None:
    db = repo.db.conn
    before = db.total_changes
    db.executemany(
        "INSERT OR IGNORE INTO comments (id, document_id, span_id, author, text, created) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            [r[0], doc_map[r[1]], span_map.get(r[2], r[2]) if r[2] else None, *r[3:]]
            for r in theirs.execute(
                "SELECT id, document_id, span_id, author, text, created FROM comments"
            )
        ],
    )
    report.comments_added = db.total_changes - before
    known = {r[0] for r in db.execute("SELECT id FROM adjudications")}
    before = db.total_changes
    decisions = [
        [r[0], doc_map[r[1]], r[2], span_map.get(r[3], r[3]) if r[3] else None, r[4], r[5]]
        for r in theirs.execute(
            "SELECT id, document_id, decision, gold_span_id, reviewer, decided FROM adjudications"
        )
    ]
    db.executemany(
        "INSERT OR IGNORE INTO adjudications "
        "(id, document_id, decision, gold_span_id, reviewer, decided) VALUES (?, ?, ?, ?, ?, ?)",
        decisions,
    )
    report.decisions_added = db.total_changes - before
    added = {r[0] for r in decisions} - known
    db.executemany(
        "INSERT OR IGNORE INTO adjudication_sources (adjudication_id, span_id) VALUES (?, ?)",
        [
            [r[0], span_map.get(r[1], r[1])]
            for r in theirs.execute("SELECT adjudication_id, span_id FROM adjudication_sources")
            if r[0] in added
        ],
    )
