"""Merging a colleague's database into ours: the other file is hostile data.

The other file is only ever read, and read as untrusted input (store.other_db
opens it): read-only, `immutable` unless a `-wal` beside it must be read (then
a private copy is opened), `trusted_schema=OFF`, `query_only`, an authorizer
that refuses anything but reading tables directly (no view or trigger ever
runs), a length limit on values, a small page cache, and a progress handler
that cancels. Only objects that are plain tables with the expected columns
are read; every row is checked with the validators the importers use
(core.validate, core.model.check_offsets, the label schema) before it is
written. A row that fails is not merged; it is listed in the report with its
reason, and the rest is merged. Before writing, a snapshot of our database is
taken (store.backup). Then, in ONE write transaction:

- labels and relation types missing here are added from the other schema
  (labels we have keep our colours, hotkeys and attributes);
- documents are matched by the sha256 of their text, which must be the hash
  of the text they carry, with the id derived from it; new ones are appended;
- spans and relations are matched by id. A span is compared by its content:
  document, start, end, label, annotator, attributes and provenance (times
  are not content). Same id and same content: nothing to do. Same id,
  different content (also: the same id in another document): a conflict.
  Ours keeps the id and theirs is stored beside it under
  `uuid5(id + content)`, recorded in `merge_conflicts`, and reported. An
  annotator's work is never overwritten, and every version of a span stays
  visible. A version we already hold (also as a conflict copy) is never
  stored twice, so merging again, or merging back, adds nothing;
- then spans are matched by content: one annotator's span with the same
  document, start, end, label and attributes (not provenance or times) in
  both files, under different ids (a copy tagged on two machines), is one
  span. The merged file holds it as often as the file holding it more often
  (once, unless a file already had it twice), under our own ids: a merge never
  renames or removes a span of ours (a colleague's file offering smaller ids
  could otherwise rename every span we hold). Their copies are not stored, and
  what pointed at them (speaker links, comments, review decisions and their
  sources, actor links, conflict records) moves to our span. Merging A into B
  and B into A give the same spans and links, each under the receiving file's
  ids, and merging again changes nothing.
  The same words and label with other attributes are two versions: both
  stay, and the report lists them as a conflict;
- the file's own analyst (its `annotator` setting, which the window stores:
  a human or imported layer there, not our gold layer, not a machine layer,
  not whoever merges) is the authority on that analyst's layer. Before their
  spans are placed, our copy of that layer, in each document the file holds,
  is made what the file holds now (`_Merge.replace_layer`): a span we hold
  under one of their ids takes their content, a span of that layer the file
  no longer holds is removed, and their speaker links of that layer we hold
  but they no longer do are removed after the relations are merged. The
  report counts added, changed and removed spans per document. A document
  where one of their rows of that layer is refused is left as it is. Review
  decisions that settled a span changed or removed no longer count it (a
  rejection left settling nothing is dropped; the gold layer is never
  touched), comments on a removed span stay on its document, and its actor
  link and conflict records go. A file that names no analyst is merged by
  the rules below alone, adding to every layer;
- a relation's ends must be spans merged from the same file, in one
  document, with the labels its type requires;
- statuses: per document and annotator the furthest along wins (done >
  in progress > todo), then the later time;
- comments and adjudication decisions are added by id;
- the actor registry is added by id (ours win); a merge of actors they made
  is applied only to actors that are new here; their merge of one of OUR
  actors is never applied (it would redirect our links), only listed;
- one `database.merge` event records what was added (only if anything was).

Where no layer is replaced (neither file names an analyst whose layer the other
holds), merging A into B and B into A gives the same annotations (the same set of
span and relation contents, and the same span ids except conflict copies);
the ids of conflict copies depend on the direction, because each side keeps
its own version under the original id, and so do the ids of relations that
both files hold under different ids (ours stays).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from annotator.core.errors import AnnotatorError, InputError, StoreError
from annotator.core.model import PROVENANCES, STATUSES, check_offsets, now, text_sha256
from annotator.core.names import reserved_name_reason
from annotator.core.schema import LabelSchema, schema_from_dict
from annotator.core.spans import actor_types
from annotator.core.validate import (
    check_document_id,
    check_id,
    check_line,
    check_sha256,
    check_text,
    check_time,
    parse_json,
)
from annotator.store.actors import fold
from annotator.store.backup import Snapshot, take_snapshot
from annotator.store.boilerplate import INSERT as BOILERPLATE_INSERT
from annotator.store.boilerplate import detected_rows
from annotator.store.migrations import migrations
from annotator.store.other_db import (
    EXPECTED,
    Cancel,
    MergeCancelled,
    MergeProgress,
    OtherDatabase,
    open_other,
)
from annotator.store.repository import Repository, _dumps
from annotator.store.review import gold_annotator_name
from annotator.store.transaction import write_transaction

__all__ = [
    "ActorMerge",
    "Cancel",
    "MergeCancelled",
    "MergeConflict",
    "MergeProgress",
    "MergeReport",
    "Rejection",
    "merge_database",
]

_NAMESPACE: Final = uuid.UUID("7c2e9a4b-51d3-4f0e-a6b8-3e9d0c1f2a57")
_STATUS_RANK: Final = {"todo": 0, "in_progress": 1, "done": 2}
_REVIEW: Final = "m002_review"
_ACTORS: Final = "m005_actor_registry"
CHUNK: Final = 500
MAX_TEXT: Final = 50_000_000  # characters of one article
MAX_NOTE: Final = 100_000  # characters of a comment or a description
# A file with more bad rows than this is not a colleague's database: refused whole.
MAX_REJECTED: Final = 50_000
ANNOTATOR_KINDS: Final = ("human", "gold", "suggester", "imported")
DECISIONS: Final = ("accept", "edit", "reject")


@dataclass(frozen=True)
class MergeConflict:
    """The same span (or relation) id with different content in the two databases."""

    kind: str
    original_id: str
    copy_id: str
    document_id: str
    ours: dict[str, Any]
    theirs: dict[str, Any]

    def describe(self) -> str:
        """The conflict as the merge command and the window list it: both versions, and
        the id the other one is kept under."""
        return (
            f"{self.kind} {self.original_id} in document {self.document_id}: "
            f"ours {_version(self.ours)}, theirs {_version(self.theirs)} "
            f"(kept as {self.copy_id})"
        )


def _version(content: dict[str, Any]) -> str:
    """One version of a conflicting span ("[9, 18) ACTOR by ana {...}") or relation."""
    if "start" in content:
        extent = f"[{content['start']}, {content['end']})"
        attributes = content.get("attributes")
        # The attributes tell two versions of the same words apart.
        shown = f" {attributes}" if attributes not in (None, "", "{}") else ""
        return f"{extent} {content['label']} by {content['annotator']}{shown}"
    return f"{content.get('type')} {content.get('head_id')} -> {content.get('tail_id')}"


@dataclass(frozen=True)
class Rejection:
    """A row of the other file that was not merged, and why."""

    table: str
    key: str
    reason: str

    def describe(self) -> str:
        return f"{self.table} {self.key}: {self.reason}"


@dataclass(frozen=True)
class ActorMerge:
    """A merge of actors the other file holds but that was not applied here."""

    source_id: str
    source_name: str
    target_id: str
    target_name: str

    def describe(self) -> str:
        return (
            f"{self.source_name!r} ({self.source_id}) into {self.target_name!r} ({self.target_id})"
        )


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
    actors: dict[str, int] = field(default_factory=dict)
    # Their spans not stored because the same span is here under another id.
    duplicates_matched: int = 0
    conflicts: list[MergeConflict] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    actor_merges_not_applied: list[ActorMerge] = field(default_factory=list)
    snapshot: Snapshot | None = None
    # The analyst the file names (its `annotator` setting) whose layer here was made
    # what the file holds now, per document; else why no layer was replaced.
    layer_replaced: str | None = None
    not_replaced: str = ""
    # Our document id -> (spans added, changed, removed) in the replaced layer.
    replaced: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    relations_removed: int = 0
    # Review decisions that had settled a span of the layer since changed or removed.
    decisions_reopened: int = 0
    dry_run: bool = False

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
            or any(self.actors.values())
            or any(any(counts) for counts in self.replaced.values())
            or self.relations_removed
            or self.decisions_reopened
        )

    def summary(self) -> str:
        if not self.changed:
            text = f"nothing new in {self.source}"
        else:
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
        if self.duplicates_matched:
            matched = self.duplicates_matched
            text += (
                f"; {matched} {'span' if matched == 1 else 'spans'} tagged in both files "
                "kept once (your copy)"
            )
        if self.rejected:
            text += f"; {len(self.rejected)} rows refused"
        if self.layer_replaced is not None and self.replaced:
            added, changed, removed = (sum(c[i] for c in self.replaced.values()) for i in range(3))
            text += (
                f"; {self.layer_replaced}'s layer: {added} added, {changed} changed, "
                f"{removed} removed in {len(self.replaced)} documents"
            )
        if self.dry_run:
            text = "dry run, nothing written: " + text
        return text

    def replacement_lines(self) -> list[str]:
        """What merging did to our copy of the file's analyst's layer, per document."""
        if self.layer_replaced is None:
            return [self.not_replaced] if self.not_replaced else []
        who = self.layer_replaced
        if not self.replaced and not self.relations_removed:
            return [f"{who}'s layer: as {self.source} holds it already"]
        lines = [f"{who}'s layer made what {self.source} holds now:"]
        for document, (added, changed, removed) in sorted(
            self.replaced.items(), key=lambda item: (self.titles.get(item[0], ""), item[0])
        ):
            title = self.titles.get(document, document)
            lines.append(
                f"  {title!r} ({document}): {added} added, {changed} changed, {removed} removed"
            )
        if self.relations_removed:
            lines.append(
                f"  {self.relations_removed} of their speaker links they no longer hold removed"
            )
        if self.decisions_reopened:
            lines.append(
                f"  {self.decisions_reopened} review decisions on spans they changed or "
                "removed reopened (the gold layer is unchanged)"
            )
        return lines


# -- content and ids ----------------------------------------------------------------------


def _attributes(raw: Any) -> str:
    try:
        return _dumps(json.loads(raw))
    except (TypeError, ValueError, RecursionError):
        return str(raw)  # our own row, stored before rows were checked: compare verbatim


def copy_id(original_id: str, content: Sequence[Any]) -> str:
    """The id a conflicting version of `original_id` is stored under (uuid5 of id + content)."""
    key = json.dumps([original_id, list(content)], ensure_ascii=False)
    return str(uuid.uuid5(_NAMESPACE, key))


# Temporary tables of one merge (see _Merge.run).
_TEMP_TABLES: Final = {
    "_merge_added": "id TEXT PRIMARY KEY",
    "_merge_folded": "dropped TEXT PRIMARY KEY, kept TEXT NOT NULL",
    "_merge_places": 'document TEXT, start INTEGER, "end" INTEGER, '
    'PRIMARY KEY (document, start, "end")',
    # Their spans that are the same as one of ours under another id, held back until
    # the folding decides whether they are stored.
    "_merge_pending": 'id TEXT PRIMARY KEY, document_id TEXT, start INTEGER, "end" INTEGER, '
    "label TEXT, annotator TEXT, attributes TEXT, provenance TEXT, created TEXT, updated TEXT",
    # Their spans that are spans we hold (theirs = 1) and our spans they match (0).
    "_merge_duplicates": 'document TEXT, start INTEGER, "end" INTEGER, label TEXT, '
    "annotator TEXT, attributes TEXT, id TEXT, theirs INTEGER, "
    'PRIMARY KEY (document, start, "end", label, annotator, attributes, id, theirs)',
}
# Columns that name a span: (table, column, whether a row per span at most).
_SPAN_REFERENCES: Final = (
    ("relations", "head_id", False),
    ("relations", "tail_id", False),
    ("comments", "span_id", False),
    ("adjudications", "gold_span_id", False),
    ("adjudication_sources", "span_id", True),
    ("span_actors", "span_id", True),
    ("merge_conflicts", "copy_id", True),
)

_SPAN_FIELDS: Final = ("document_id", "start", "end", "label", "annotator", "attributes")


def _span_content(row: Sequence[Any]) -> tuple[Any, ...]:
    # row: id, document_id, start, end, label, annotator, attributes, provenance, ...
    return (row[1], row[2], row[3], row[4], row[5], _attributes(row[6]), row[7])


def _described(content: Sequence[Any]) -> dict[str, Any]:
    names = (*_SPAN_FIELDS, "provenance")
    return dict(zip(names, content, strict=False))


def _chunks(items: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _marks(items: Sequence[Any]) -> str:
    return ", ".join("?" * len(items))


class _Versions:
    """Which contents we already hold for each original id (itself and its conflict copies)."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.by_id: dict[str, tuple[Any, ...]] = {}
        self.versions: dict[str, dict[tuple[Any, ...], str]] = {}

    def load(self, ids: set[str]) -> None:
        """Read our spans with these ids, and every conflict copy of them."""
        wanted = sorted(ids)
        # A version may be held by a span that is an original itself: a conflict copy
        # folded into a span of ours with the same content (`fold_duplicates`) records
        # that span as the copy. It is then a version of both ids.
        copies: dict[str, list[str]] = {}
        for chunk in _chunks(wanted):
            marks = _marks(chunk)
            for original, copy in self.repo.db.execute(
                f"SELECT original_id, copy_id FROM merge_conflicts WHERE original_id IN ({marks})",
                list(chunk),
            ):
                copies.setdefault(copy, []).append(original)
        asked = set(wanted)
        for chunk in _chunks(sorted(asked | set(copies))):
            marks = _marks(chunk)
            for row in self.repo.db.execute(
                'SELECT id, document_id, start, "end", label, annotator, attributes, provenance '
                f"FROM spans WHERE id IN ({marks})",
                list(chunk),
            ):
                content = _span_content(row)
                if row[0] in asked or row[0] not in copies:
                    self.add(row[0], row[0], content)
                for original in copies.get(row[0], ()):
                    self.add(original, row[0], content)

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


def merge_database(
    repo: Repository,
    other: str | Path,
    *,
    by: str,
    cancel: Cancel = None,
    snapshot: bool = True,
    backup_root: Path | None = None,
    progress: MergeProgress = None,
    dry_run: bool = False,
) -> MergeReport:
    """Merge the database file `other` into `repo` (see the module docstring).

    `by` is who merged (recorded in the event). `cancel` is checked between
    chunks of rows and while SQLite works (a threading.Event or a function
    returning True to cancel); cancelling raises MergeCancelled and nothing is
    written. Unless `snapshot` is False, a snapshot of our database is taken
    first (`report.snapshot`; in `backup_root` or the default backup folder).
    Rows that fail a check are listed in `report.rejected` and not merged.
    `progress(rows_read, rows_total, table)` is called as their rows are read.
    With `dry_run`, everything is worked out and the report filled, then the
    transaction is rolled back (no snapshot is taken): nothing is written.
    Raises StoreError if the other file is refused as a whole; then our
    database is not changed.
    """
    path = Path(other)
    ours_applied = [m.name for m in migrations.applied(repo.db)]
    ours_path = Path(repo.path)
    with open_other(path, ours_path, ours_applied, cancel) as theirs:
        report = MergeReport(path.name, dry_run=dry_run)
        analyst = _their_analyst(theirs)
        # Every table is read once, except spans: originals first, then conflict copies
        # (and, when the file names its analyst, once more for that analyst's layer).
        passes = {t: 1 for t in theirs.tables}
        passes["spans"] = 3 if analyst is not None else 2
        passes.pop(migrations.migrations_table, None)
        passes.pop("settings", None)
        passes.pop("events", None)
        theirs.plan(passes, progress)
        if snapshot and not dry_run:
            report.snapshot = take_snapshot(repo.db, backup_root)
        report.rejected.extend(
            Rejection(table, "(table)", reason) for table, reason in theirs.unusable.items()
        )
        try:
            # Their file's errors became StoreError where it was read; the chokepoint
            # classifies ours (locked, disk full) against our file, never theirs.
            with contextlib.suppress(_DryRun), write_transaction(repo.db):
                _Merge(repo, theirs, report, by, analyst).run()
                if dry_run:
                    raise _DryRun  # rolls the transaction back
            if progress is not None:
                progress(theirs.rows_total, theirs.rows_total, "")
        finally:
            repo._schema = None
            with contextlib.suppress(sqlite3.Error):
                for table in ("_merge_spans", *_TEMP_TABLES):
                    repo.db.execute(f"DROP TABLE IF EXISTS temp.{table}")
    return report


def _reserved_layer_reason(name: str, kind: str) -> str | None:
    """Why their new layer `name` of `kind` is not merged: an analyst's layer (or a
    reference file's) named like the machine suggestions, or an analyst's layer named
    like the gold layer, would be taken for it (a reference file imported as "gold",
    kind imported, is the documented exception). None if it may be merged."""
    reason = reserved_name_reason(name)
    if reason is None:
        return None
    if name.strip().casefold() == "suggester":
        return None if kind == "suggester" else f"a layer of kind {kind!r}: {reason}"
    return f"an analyst's layer: {reason}" if kind == "human" else None


def _instant(value: Any) -> datetime | None:
    """A stored time as an aware datetime (naive ones are UTC), None if it is not one."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


class _DryRun(Exception):
    """Raised inside a dry run's transaction to roll it back."""


def _their_analyst(theirs: OtherDatabase) -> Any:
    """The raw `annotator` setting of the other file (the name its analyst works
    under, stored by the window), or None; checked by `_Merge.decide_analyst`."""
    found: Any = None
    for chunk in theirs.rows("settings", ("key", "value")):
        for key, value in chunk:
            if key == "annotator":
                found = value
    return found


class _Merge:
    """One merge run: the other file, our repository, and what has been accepted so far."""

    def __init__(
        self,
        repo: Repository,
        theirs: OtherDatabase,
        report: MergeReport,
        by: str,
        analyst: Any = None,
    ):
        self.repo = repo
        self.db = repo.db.conn
        self.theirs = theirs
        self.report = report
        self.by = by
        self.stamp = now()
        self.schema: LabelSchema = repo.schema()
        self.annotators: set[str] = set()
        # Their layers held here under another name (their gold layer, see
        # match_gold_layer), and their layers not merged, with the reason.
        self.renamed: dict[str, str] = {}
        self.refused_layers: dict[str, str] = {}
        # Their document id -> (our document id, text length in code points).
        self.documents: dict[str, tuple[str, int]] = {}
        self.originals: dict[str, str] = {}
        self.actors_known: set[str] = set()
        # Spans folded into another (see fold): dropped id -> the id kept instead.
        self.redirect: dict[str, str] = {}
        # The ids of one span both files hold (a file may hold it twice): each id -> the
        # first of them, and that first -> all of them. A link to any of them is one link.
        self.twin_of: dict[str, str] = {}
        self.twins: dict[str, list[str]] = {}
        # The analyst the file names (raw), their layers' kinds, and once checked
        # (`decide_analyst`) the layer whose copy here the file replaces.
        self.analyst_named = analyst
        self.their_kinds: dict[str, Any] = {}
        self.owner: str | None = None
        # Our documents whose copy of the owner's layer was replaced, their speaker
        # links (ours: head, tail, type), and whether one of those links was refused.
        self.replaced_documents: set[str] = set()
        self.owner_links: set[tuple[str, str, str]] = set()
        self.owner_links_refused = False
        # Our ids of the owner's spans in those documents, and those their file links to
        # an actor (a link the owner made here that the file no longer has goes).
        self.owner_span_ids: set[str] = set()
        self.owner_actor_links: set[str] = set()
        # The file's last edit of the owner's layer (`replace_layer`), recorded by the event.
        self.their_latest: datetime | None = None

    # -- bookkeeping -----------------------------------------------------------------

    def reject(self, table: str, key: Any, reason: str) -> None:
        shown = key if isinstance(key, str) and len(key) <= 80 else repr(key)[:80]
        self.report.rejected.append(Rejection(table, shown, reason))
        if len(self.report.rejected) > MAX_REJECTED:
            raise StoreError(
                f"more than {MAX_REJECTED:,} rows of this file are invalid; nothing was merged",
                file=str(self.theirs.path),
            )

    def run(self) -> None:
        self.db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS _merge_spans (their TEXT PRIMARY KEY, "
            "ours TEXT NOT NULL, document TEXT NOT NULL, label TEXT NOT NULL) WITHOUT ROWID"
        )
        self.db.execute("DELETE FROM temp._merge_spans")
        # Spans this merge added as new (never candidates for folding), spans folded
        # away, and the places (document, start, end) of a chunk of their spans.
        for table, columns in _TEMP_TABLES.items():
            self.db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns}) WITHOUT ROWID")
            self.db.execute(f"DELETE FROM temp.{table}")
        self.labels()
        self.relation_types()
        self.load_annotators()
        self.merge_documents()
        if _REVIEW in self.theirs.applied:
            self.load_originals()
        self.decide_analyst()
        if self.owner is not None:
            self.replace_layer()
        self.merge_spans(copies=False)
        self.merge_spans(copies=True)
        self.fold_duplicates()
        self.merge_relations()
        if self.owner is not None:
            self.remove_their_removed_links()
        self.merge_statuses()
        if _REVIEW in self.theirs.applied:
            self.merge_comments()
            self.merge_adjudications()
        if _ACTORS in self.theirs.applied:
            self.merge_actors()
        self.theirs.check_cancel()
        report = self.report
        if report.changed or report.rejected or report.actor_merges_not_applied:
            self.repo._event(
                self.by,
                "database.merge",
                data={
                    "source": report.source,
                    "documents_added": report.documents_added,
                    "spans_added": report.spans_added,
                    "relations_added": report.relations_added,
                    "labels_added": report.labels_added,
                    "annotators_added": report.annotators_added,
                    "statuses_changed": report.statuses_changed,
                    "comments_added": report.comments_added,
                    "decisions_added": report.decisions_added,
                    "actors": report.actors,
                    "rejected": len(report.rejected),
                    "actor_merges_not_applied": len(report.actor_merges_not_applied),
                    "duplicates_matched": report.duplicates_matched,
                    "layer_replaced": report.layer_replaced,
                    "replaced": {d: list(c) for d, c in sorted(report.replaced.items())},
                    "relations_removed": report.relations_removed,
                    "decisions_reopened": report.decisions_reopened,
                    # How recent the file was: a copy older than it replaces nothing.
                    "their_last_edit": (
                        self.their_latest.isoformat()
                        if report.layer_replaced is not None and self.their_latest is not None
                        else None
                    ),
                    "folded": sorted([d, k] for d, k in self.redirect.items()),
                    "conflicts": [
                        {"kind": c.kind, "original": c.original_id, "copy": c.copy_id}
                        for c in report.conflicts
                    ],
                },
            )

    # -- the label schema ------------------------------------------------------------

    def labels(self) -> None:
        ours = {label.name for label in self.schema.labels}
        hotkeys = {label.hotkey for label in self.schema.labels if label.hotkey}
        position = int(
            self.db.execute("SELECT coalesce(max(position), -1) FROM labels").fetchone()[0]
        )
        added: list[dict[str, Any]] = []
        for chunk in self.theirs.rows(
            "labels", ("name", "color", "hotkey", "description", "attributes", "position")
        ):
            for name, color, hotkey, description, attributes, _pos in chunk:
                if name in ours:
                    continue
                parsed: dict[str, Any] = {}

                try:
                    check_id(name, "label name")
                    check_line(name, "label name", max_length=64)
                    check_line(hotkey, "hotkey", max_length=16, allow_empty=True)
                    check_text(description, "description", max_length=MAX_NOTE)
                    specs = parse_json(attributes, "attributes", list)
                    for spec in specs:
                        if not isinstance(spec, dict):
                            raise InputError("each attribute must be a JSON object")
                        check_id(spec.get("name"), "attribute name")
                        for choice in spec.get("choices", []) or []:
                            check_line(choice, "attribute choice", max_length=200)
                        if not isinstance(spec.get("choices", []), list):
                            raise InputError("attribute choices must be a list")
                        check_text(
                            spec.get("description", ""),
                            "attribute description",
                            max_length=MAX_NOTE,
                        )
                    raw = {
                        "name": name,
                        "color": color,
                        "hotkey": hotkey,
                        "description": description,
                        "attributes": specs,
                    }
                    schema_from_dict({"labels": [raw]}, "their label")
                    parsed.update(raw)
                except AnnotatorError as exc:
                    self.reject("label", name, exc.reason)
                    continue
                if parsed["hotkey"] in hotkeys:
                    parsed["hotkey"] = ""  # one key must not mean two labels
                hotkeys.add(parsed["hotkey"])
                ours.add(name)
                added.append(parsed)
        if not added:
            return
        merged = self.schema.to_dict()
        merged["labels"].extend(added)
        try:
            self.schema = schema_from_dict(merged, "merged schema")
        except AnnotatorError as exc:  # pragma: no cover - each label was checked alone
            for label in added:
                self.reject("label", label["name"], exc.reason)
            return
        for label in added:
            position += 1
            self.db.execute(
                "INSERT INTO labels (name, color, hotkey, description, attributes, position) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    label["name"],
                    label["color"],
                    label["hotkey"],
                    label["description"],
                    _dumps(label["attributes"]),
                    position,
                ],
            )
            self.report.labels_added.append(label["name"])

    def relation_types(self) -> None:
        ours = {r.name for r in self.schema.relations}
        added = []
        for chunk in self.theirs.rows(
            "relation_types", ("name", "head_label", "tail_label", "description")
        ):
            for name, head, tail, description in chunk:
                if name in ours:
                    continue

                try:
                    check_id(name, "relation type")
                    check_line(name, "relation type", max_length=64)
                    check_text(description, "description", max_length=MAX_NOTE)
                    for end in (head, tail):
                        if not isinstance(end, str) or not self.schema.has_label(end):
                            raise InputError(f"unknown label {end!r}")
                except AnnotatorError as exc:
                    self.reject("relation type", name, exc.reason)
                    continue
                ours.add(name)
                added.append([name, head, tail, description])
        self.db.executemany(
            "INSERT INTO relation_types (name, head_label, tail_label, description) "
            "VALUES (?, ?, ?, ?)",
            added,
        )
        self.report.relation_types_added.extend(r[0] for r in added)
        if added:
            merged = self.schema.to_dict()
            merged["relations"].extend(
                {"name": r[0], "head": r[1], "tail": r[2], "description": r[3]} for r in added
            )
            self.schema = schema_from_dict(merged, "merged schema")

    def load_annotators(self) -> None:
        ours = dict(self.db.execute("SELECT name, kind FROM annotators").fetchall())
        self.annotators = set(ours)
        # Their layers that we hold too are matched once all their other layers are in:
        # our gold layer's name may depend on them ("gold-adjudicated" taken by one of
        # theirs), and a gold layer made for theirs must not take the name of one of
        # theirs still to come.
        held: list[tuple[str, Any]] = []
        for chunk in self.theirs.rows("annotators", ("name", "kind", "created")):
            rows = []
            for name, kind, created in chunk:
                if name == "suggester" and kind == "imported":
                    kind = "suggester"  # a file from before m010: the repair it makes
                if isinstance(name, str):
                    self.their_kinds.setdefault(name, kind)
                if name in ours:
                    held.append((name, kind))
                if name in self.annotators:
                    continue

                try:
                    check_line(name, "annotator name", max_length=200)
                    if kind not in ANNOTATOR_KINDS:
                        raise InputError(f"unknown annotator kind {kind!r}")
                    check_time(created, "created")
                    reserved = _reserved_layer_reason(name, kind)
                    if reserved is not None:
                        self.refused_layers[name] = reserved
                        raise InputError(reserved)
                except AnnotatorError as exc:
                    self.reject("annotator", name, exc.reason)
                    continue
                self.annotators.add(name)
                rows.append([name, kind, created])
                self.report.annotators_added.append(name)
            self.db.executemany(
                "INSERT INTO annotators (name, kind, created) VALUES (?, ?, ?)", rows
            )
            ours.update((row[0], row[1]) for row in rows)
        for name, kind in held:
            self.match_gold_layer(name, kind, ours)

    def match_gold_layer(self, name: str, kind: Any, ours: dict[str, str]) -> None:
        """Their layer `name` of `kind`, which we hold as a layer of another kind: their
        gold layer goes to ours (a reference file imported here as "gold" made ours
        "gold-adjudicated"), and their layer of another kind never into our gold layer."""
        if kind != ours[name] and "suggester" in (kind, ours[name]):
            self.refused_layers[name] = (
                f"{name!r} is the machine suggestions' layer in one file and a layer of "
                f"kind {kind if ours[name] == 'suggester' else ours[name]!r} in the other: "
                "not merged into it"
            )
            return
        if kind == ours[name] or "gold" not in (kind, ours[name]):
            return
        if kind == "gold":
            target = gold_annotator_name(self.repo)
            if ours.get(target, "gold") == "gold" and target != name:
                if target not in ours:
                    self.db.execute(
                        "INSERT INTO annotators (name, kind, created) VALUES (?, 'gold', ?)",
                        [target, self.stamp],
                    )
                    ours[target] = "gold"
                    self.annotators.add(target)
                    self.report.annotators_added.append(target)
                self.renamed[name] = target
                return
        other = ours[name] if kind == "gold" else kind
        self.refused_layers[name] = (
            f"{name!r} is the gold layer in one file and a layer of kind {other!r} in the "
            "other: not merged into it"
        )

    def layer_here(self, name: Any) -> str:
        """The name of their annotator `name`'s layer here (see `match_gold_layer`);
        InputError for a name we do not know or a layer not merged."""
        if isinstance(name, str) and name in self.refused_layers:
            raise InputError(self.refused_layers[name])
        if not isinstance(name, str) or name not in self.annotators:
            raise InputError(f"annotator {name!r} is not a known annotator")
        return self.renamed.get(name, name)

    # -- documents -------------------------------------------------------------------

    def merge_documents(self) -> None:
        seq = int(self.db.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()[0])
        columns = ("id", "sha256", "title", "text", "source", "published", "meta", "imported")
        for chunk in self.theirs.rows("documents", columns):
            rows = []
            shas = [r[1] for r in chunk if isinstance(r[1], str)]
            ours: dict[str, tuple[str, str]] = {}
            for chunk_of in _chunks(shas):
                marks = _marks(chunk_of)
                for sha_found, doc_found, text_found in self.db.execute(
                    f"SELECT sha256, id, text FROM documents WHERE sha256 IN ({marks})",
                    list(chunk_of),
                ):
                    ours[sha_found] = (doc_found, text_found)
            for doc_id, sha, title, text, source, published, meta, imported in chunk:
                clean: dict[str, Any] = {}

                try:
                    check_sha256(sha)
                    check_text(text, "text", max_length=MAX_TEXT, allow_empty=False)
                    if text_sha256(text) != sha:
                        raise InputError("its sha256 is not the hash of its text")
                    check_document_id(doc_id, sha)
                    check_line(title, "title", max_length=2000)
                    check_line(source, "source", max_length=2000, allow_empty=True)
                    if published is not None:
                        check_line(published, "published", max_length=100)
                    clean["meta"] = _dumps(parse_json(meta, "meta", dict))
                    check_time(imported, "imported")
                except AnnotatorError as exc:
                    self.reject("document", doc_id, exc.reason)
                    continue
                if sha in ours:
                    our_id, our_text = ours[sha]
                    if our_text != text:
                        self.reject(
                            "document", doc_id, "its text differs from ours under the same hash"
                        )
                        continue
                    self.documents[doc_id] = (our_id, len(text))
                    continue
                if doc_id in self.documents:
                    continue  # the same document twice in their table
                taken = self.db.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
                if taken:
                    self.reject("document", doc_id, "this id names a different text here")
                    continue
                seq += 1
                rows.append(
                    [doc_id, seq, sha, title, text, source, published, clean["meta"], imported]
                )
                self.documents[doc_id] = (doc_id, len(text))
            self.db.executemany(
                "INSERT INTO documents (id, seq, sha256, title, text, source, published, meta, "
                "imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            # Page furniture is found in the text here, never taken from their table.
            self.db.executemany(
                BOILERPLATE_INSERT,
                [b for r in rows for b in detected_rows(r[0], r[4], self.stamp)],
            )
            self.report.documents_added += len(rows)

    def document(self, their_id: Any) -> tuple[str, int]:
        found = self.documents.get(their_id) if isinstance(their_id, str) else None
        if found is None:
            raise InputError(f"its document {str(their_id)[:40]!r} was not merged")
        return found

    # -- spans -----------------------------------------------------------------------

    def load_originals(self) -> None:
        """Their conflict copies: copy id -> the original id it is a version of."""
        for chunk in self.theirs.rows("merge_conflicts", ("original_id", "copy_id", "kind")):
            for original, copy, kind in chunk:
                if kind != "span":
                    continue
                try:
                    check_id(original)
                    check_id(copy)
                except AnnotatorError as exc:
                    self.reject("merge conflict", copy, exc.reason)
                    continue
                self.originals[copy] = original
                if len(self.originals) > MAX_REJECTED:
                    raise StoreError(
                        "this file records implausibly many merge conflicts; nothing was merged",
                        file=str(self.theirs.path),
                    )

    def merge_spans(self, *, copies: bool) -> None:
        """Add their spans (originals first, then their conflict copies)."""
        columns = EXPECTED["spans"]
        for chunk in self.theirs.rows("spans", columns):
            valid = []
            for row in chunk:
                if (row[0] in self.originals) != copies:
                    continue
                clean = self.checked_span(row)
                if clean is not None:
                    valid.append(clean)
            if valid:
                self.place_spans(valid)

    def checked_span(self, row: tuple[Any, ...], *, quiet: bool = False) -> list[Any] | None:
        """Their span row checked and made ours (document, layer), or None: refused,
        with the reason in the report unless `quiet` (the row is read again later)."""
        span_id, doc_id, start, end, label, annotator, attributes, provenance, created, updated = (
            row
        )
        out: list[Any] = []

        try:
            check_id(span_id, "span id")
            ours, length = self.document(doc_id)
            if type(start) is not int or type(end) is not int:
                raise InputError("start and end must be whole numbers")
            check_offsets(start, end, length)
            if not isinstance(label, str) or not self.schema.has_label(label):
                raise InputError(f"unknown label {str(label)[:40]!r}")
            try:
                annotator = self.layer_here(annotator)
            except InputError:
                # A span of a layer not merged that we hold as it is (their import of
                # our gold export, say) is no refusal: merging it changes nothing.
                if not self.span_held_as_is(row, ours):
                    raise
            parsed = parse_json(attributes, "attributes", dict)
            clean = self.schema.validate_attributes(label, parsed)
            if provenance not in PROVENANCES:
                raise InputError(f"unknown provenance {str(provenance)[:40]!r}")
            check_time(created, "created")
            check_time(updated, "updated")
            out.extend(
                [span_id, ours, start, end, label, annotator, _dumps(clean), provenance, created]
            )
            out.append(updated)
        except AnnotatorError as exc:
            if not quiet:
                self.reject("span", span_id, exc.reason)
            return None
        return out

    # -- the file's own analyst: their layer replaced per document ---------------------

    def decide_analyst(self) -> None:
        """Whether the layer of the analyst the file names is replaced here (`self.owner`).

        Never our gold layer, a machine layer, a layer not merged as it is, or the
        layer of whoever merges (their file may hold a copy of ours, never the newer)."""
        name = self.analyst_named
        report = self.report
        if name is None:
            report.not_replaced = (
                f"{report.source} names no analyst of its own (no 'annotator' setting): "
                "its layers were added to, none replaced"
            )
            return
        try:
            check_line(name, "the file's analyst", max_length=200)
            kind = self.their_kinds.get(name)
            ours = self.db.execute("SELECT kind FROM annotators WHERE name = ?", [name]).fetchone()
            if kind is None:
                raise InputError(f"its analyst {name!r} has no layer in it")
            if kind not in ("human", "imported") or (
                ours is not None and ours[0] not in ("human", "imported")
            ):
                raise InputError(f"its analyst {name!r} names a layer of kind {kind!r}")
            if name in self.refused_layers or name in self.renamed:
                raise InputError(f"its analyst {name!r} names a layer not merged as it is")
            if reserved_name_reason(name) is not None or name == gold_annotator_name(self.repo):
                raise InputError(f"its analyst {name!r} is a reserved layer name")
            if name == self.by:
                raise InputError(f"its analyst {name!r} is you: your own spans are never replaced")
        except AnnotatorError as exc:
            report.not_replaced = (
                f"{report.source}: {exc.reason}; its layers were added to, none replaced"
            )
            return
        self.owner = name
        report.layer_replaced = name

    def replace_layer(self) -> None:
        """Make our copy of the owner's layer, in each document the file holds, what
        the file holds: their spans we hold under the same id get their content, ours
        they no longer hold are removed (new ones are added by `merge_spans`).

        A document where one of their rows of that layer is refused is left as it is
        (the row is listed by `merge_spans`): a bad row never removes a span here.
        What named a span changed or removed stays consistent: review decisions no
        longer count it as settled (a decision left settling nothing that put nothing
        into gold is dropped; the gold layer is never changed), comments on a removed
        span become comments on its document, its actor link and conflict records go.
        """
        owner = self.owner
        assert owner is not None
        columns = EXPECTED["spans"]
        theirs: dict[str, dict[str, list[Any]]] = {}
        spoiled: set[str] = set()
        # The file's last edit of the layer: a span of ours edited later is never
        # taken away by it (an older copy of their file merged after a newer one).
        latest = self.their_last_edit()
        for chunk in self.theirs.rows("spans", columns):
            for row in chunk:
                if row[5] != owner:
                    continue
                found = self.documents.get(row[1]) if isinstance(row[1], str) else None
                if found is None:
                    continue  # a document not merged: nothing of ours is replaced there
                clean = self.checked_span(row, quiet=True)
                if clean is None:
                    spoiled.add(found[0])
                    continue
                theirs.setdefault(found[0], {})[clean[0]] = clean
                latest = max(latest, _instant(clean[9]) or latest)
        documents = sorted({ours for ours, _length in self.documents.values()} - spoiled)
        changed: list[list[Any]] = []
        removed: list[str] = []
        # The last edit of the file whose layer ours was last made (recorded by that
        # merge): a file edited before it is older, even when the edits since only
        # deleted (Monday's copy merged after Tuesday's, where she deleted a span).
        newer: tuple[datetime, str] | None = self.recorded_last_edit(owner, latest)
        # A span of the layer is removed only if their file records its deletion, or it
        # is a conflict copy (another version a merge kept) of one of their spans.
        deleted = self.deleted_there("span.delete")
        copies: dict[str, str] = dict(
            self.db.execute(
                "SELECT copy_id, original_id FROM merge_conflicts WHERE kind = 'span'"
            ).fetchall()
        )
        self.their_latest = latest
        for document in documents:
            held = theirs.get(document, {})
            mine = self.db.execute(
                'SELECT id, start, "end", label, attributes, provenance, updated FROM spans '
                "WHERE annotator = ? AND document_id = ?",
                [owner, document],
            ).fetchall()
            counts = [0, 0, 0]
            for span_id, start, end, label, attributes, provenance, updated in mine:
                new = held.get(span_id)
                if new is None and span_id not in deleted and copies.get(span_id) not in held:
                    # Never deleted in their file, nor a conflict copy of one of their spans
                    # (a stale version a third file brought): not theirs to take away
                    # (another file naming the same analyst brought it).
                    continue
                if new is None:
                    removed.append(span_id)
                    counts[2] += 1
                elif (start, end, label, _attributes(attributes), provenance) != (
                    new[2],
                    new[3],
                    new[4],
                    new[6],
                    new[7],
                ):
                    changed.append([new[2], new[3], new[4], new[6], new[7], new[9], span_id])
                    counts[1] += 1
                else:
                    continue
                when = _instant(updated)
                if when is not None and when > latest and (newer is None or when > newer[0]):
                    newer = (when, str(updated))
            counts[0] = len(set(held) - {row[0] for row in mine})
            self.replaced_documents.add(document)
            if any(counts):
                self.report.replaced[document] = (counts[0], counts[1], counts[2])
        if newer is not None:
            # Their file is older than our copy of the layer: add to it, replace nothing.
            self.report.replaced = {}
            self.replaced_documents = set()
            self.owner = self.report.layer_replaced = None
            self.report.not_replaced = (
                f"{self.report.source} is older than your copy of {owner}'s layer (yours holds "
                f"their edit of {newer[1][:40]}, after the file's last): its layers were added "
                "to, none replaced"
            )
            return
        self.owner_span_ids = {i for d in self.replaced_documents for i in theirs.get(d, {})}
        if self.report.replaced:
            for wanted in _chunks(sorted(self.report.replaced)):
                marks = _marks(wanted)
                self.report.titles.update(
                    self.db.execute(
                        f"SELECT id, title FROM documents WHERE id IN ({marks})", list(wanted)
                    ).fetchall()
                )
        self.settle_references([row[-1] for row in changed], removed)
        self.db.executemany(
            'UPDATE spans SET start = ?, "end" = ?, label = ?, attributes = ?, provenance = ?, '
            "updated = ? WHERE id = ?",
            changed,
        )
        # A span no longer an ACTOR keeps no actor link.
        self.db.executemany(
            "DELETE FROM span_actors WHERE span_id = ? AND ? != 'ACTOR'",
            [[row[-1], row[2]] for row in changed],
        )

    def settle_references(self, changed: list[str], removed: list[str]) -> None:
        """What names a span of the owner's layer about to change or go (see replace_layer)."""
        touched = changed + removed
        for chunk in _chunks(touched):
            marks = _marks(chunk)
            decisions = [
                r[0]
                for r in self.db.execute(
                    "SELECT DISTINCT adjudication_id FROM adjudication_sources "
                    f"WHERE span_id IN ({marks})",
                    list(chunk),
                )
            ]
            self.report.decisions_reopened += len(decisions)
            self.db.execute(
                f"DELETE FROM adjudication_sources WHERE span_id IN ({marks})", list(chunk)
            )
            for ids in _chunks(decisions):
                marks = _marks(ids)
                self.db.execute(
                    f"DELETE FROM adjudications WHERE id IN ({marks}) "
                    "AND gold_span_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                    "adjudication_sources s WHERE s.adjudication_id = adjudications.id)",
                    list(ids),
                )
        for chunk in _chunks(removed):
            marks = _marks(chunk)
            args = list(chunk)
            self.db.execute(f"UPDATE comments SET span_id = NULL WHERE span_id IN ({marks})", args)
            self.db.execute(f"DELETE FROM span_actors WHERE span_id IN ({marks})", args)
            self.db.execute(
                f"DELETE FROM merge_conflicts WHERE copy_id IN ({marks}) "
                f"OR original_id IN ({marks})",
                args + args,
            )
            before = self.db.total_changes
            self.db.execute(
                f"DELETE FROM relations WHERE head_id IN ({marks}) OR tail_id IN ({marks})",
                args + args,
            )
            self.report.relations_removed += self.db.total_changes - before
            self.db.execute(f"DELETE FROM spans WHERE id IN ({marks})", args)

    def recorded_last_edit(self, owner: str, latest: datetime) -> tuple[datetime, str] | None:
        """The last edit of the newest file that made our copy of `owner`'s layer what it
        held (its `database.merge` event), if later than `latest`; else None."""
        found: tuple[datetime, str] | None = None
        for (data,) in self.db.execute(
            "SELECT data FROM events WHERE action = 'database.merge' AND data LIKE ?",
            ['%"their_last_edit"%'],
        ):
            try:
                recorded = json.loads(data)
            except (TypeError, ValueError):
                continue
            if not isinstance(recorded, dict) or recorded.get("layer_replaced") != owner:
                continue
            when = _instant(recorded.get("their_last_edit"))
            if when is not None and when > latest and (found is None or when > found[0]):
                found = (when, str(recorded["their_last_edit"]))
        return found

    def deleted_there(self, action: str) -> set[str]:
        """The ids of the spans (`span.delete`) or links (`relation.delete`) their event
        log records as deleted: what merging their file may remove from our copy."""
        if not self.theirs.has("events"):
            return set()
        if action == "span.delete":
            rows = self.theirs.fetch(
                'SELECT DISTINCT "span_id" FROM main."events" NOT INDEXED WHERE "action" = ?',
                [action],
            )
        else:
            rows = self.theirs.fetch(
                'SELECT DISTINCT "relation_id" FROM main."events" NOT INDEXED WHERE "action" = ?',
                [action],
            )
        return {row[0] for row in rows if isinstance(row[0], str)}

    def their_last_edit(self) -> datetime:
        """When the file's analyst last edited, as its event log says (else the epoch)."""
        found = datetime.min.replace(tzinfo=UTC)
        if self.theirs.has("events"):
            row = self.theirs.fetch(
                'SELECT max("at") FROM main."events" NOT INDEXED WHERE "annotator" = ?',
                [self.owner],
            )
            found = max(found, _instant(row[0][0] if row else None) or found)
        return found

    def remove_their_removed_links(self) -> None:
        """Our links of the owner's layer, in the documents replaced, that the file no
        longer holds (unless one of its links of that layer was refused)."""
        if self.owner_links_refused or not self.replaced_documents:
            return
        gone = []
        deleted = self.deleted_there("relation.delete")
        for document in sorted(self.replaced_documents):
            for rel_id, head, tail, type_ in self.db.execute(
                "SELECT r.id, r.head_id, r.tail_id, r.type FROM relations r "
                "JOIN spans h ON h.id = r.head_id "
                "WHERE r.annotator = ? AND h.document_id = ?",
                [self.owner, document],
            ):
                if (head, tail, type_) in self.owner_links:
                    continue
                if (self.twin(head), self.twin(tail), type_) in self.owner_links:
                    continue
                if rel_id not in deleted:
                    continue  # never deleted in their file (see `replace_layer`)
                gone.append(rel_id)
        for chunk in _chunks(gone):
            marks = _marks(chunk)
            self.db.execute(f"DELETE FROM relations WHERE id IN ({marks})", list(chunk))
        self.report.relations_removed += len(gone)

    def span_held_as_is(self, row: tuple[Any, ...], document: str) -> bool:
        """Whether we hold their span `row` (of a layer not merged, in our `document`)
        exactly: under its id with the same content, or, its id unknown here, at the
        same place with the same label, layer and attributes. Placing it then adds
        nothing (the same version, or a duplicate folded onto ours)."""
        span_id, _doc, start, end, label, annotator, attributes, provenance = row[:8]
        if span_id in self.originals:
            return False
        content = (document, start, end, label, annotator, _attributes(attributes))
        mine = self.db.execute(
            'SELECT document_id, start, "end", label, annotator, attributes, provenance '
            "FROM spans WHERE id = ?",
            [span_id],
        ).fetchone()
        if mine is not None:
            return (*mine[:5], _attributes(mine[5]), mine[6]) == (*content, provenance)
        return any(
            _attributes(held) == content[5]
            for (held,) in self.db.execute(
                'SELECT attributes FROM spans WHERE document_id = ? AND start = ? AND "end" = ? '
                "AND label = ? AND annotator = ?",
                list(content[:5]),
            )
        )

    def place_spans(self, rows: list[list[Any]]) -> None:
        """Store their checked span rows by id (conflict copies as in the module
        docstring), and note those that are spans we hold under other ids (folded
        once every span is in: `fold_duplicates`)."""
        versions = _Versions(self.repo)
        originals = [self.originals.get(r[0], r[0]) for r in rows]
        versions.load({r[0] for r in rows} | set(originals))
        places = self.our_places(rows)
        inserts = []
        mapping = []
        added = []
        duplicates = []
        pending = []
        for row, original in zip(rows, originals, strict=True):
            content = _span_content(row)
            target = versions.place(original, row[0], content)
            stored = versions.holder(original, content) if target is None else target
            at_place = places.get(tuple(row[1:6]), {})
            same = at_place.get(content[5], [])
            if same:  # the same span as ours: which ids stay is decided at the end
                key = [*row[1:6], content[5]]
                duplicates.append([*key, stored, 1])
                duplicates.extend([*key, ours, 0] for ours in same)
            if target is None:  # this version is here already
                mapping.append([row[0], stored, row[1], row[4]])
                continue
            if target != row[0] or original != row[0]:
                self.record_conflict(
                    "span",
                    original,
                    target,
                    row[1],
                    _described(versions.by_id.get(original, ())),
                    _described(content),
                )
            elif at_place and not same:
                # The same words with the same label, attributes set otherwise: both
                # stay, and the difference is reported.
                attributes, ids = min(at_place.items(), key=lambda item: min(item[1]))
                self.report.conflicts.append(
                    MergeConflict(
                        "span",
                        min(ids),
                        target,
                        row[1],
                        _described((*row[1:6], attributes)),
                        _described(content),
                    )
                )
            versions.add(original, target, content)
            mapping.append([row[0], target, row[1], row[4]])
            if same:  # stored only if the folding keeps it
                pending.append([target, *row[1:]])
                continue
            inserts.append([target, *row[1:]])
            added.append([target])
        self.db.executemany(
            'INSERT INTO spans (id, document_id, start, "end", label, annotator, attributes, '
            "provenance, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            inserts,
        )
        self.db.executemany(
            'INSERT OR IGNORE INTO temp._merge_pending (id, document_id, start, "end", label, '
            "annotator, attributes, provenance, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            pending,
        )
        self.db.executemany("INSERT INTO temp._merge_added (id) VALUES (?)", added)
        self.db.executemany(
            "INSERT OR IGNORE INTO temp._merge_duplicates "
            '(document, start, "end", label, annotator, attributes, id, theirs) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            duplicates,
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO temp._merge_spans (their, ours, document, label) "
            "VALUES (?, ?, ?, ?)",
            mapping,
        )
        self.report.spans_added += len(inserts)

    def our_places(self, rows: list[list[Any]]) -> dict[tuple[Any, ...], dict[str, list[str]]]:
        """Our spans where their `rows` lie, other than those this merge added:
        (document, start, end, label, annotator) -> attributes -> ids."""
        self.db.execute("DELETE FROM temp._merge_places")
        self.db.executemany(
            'INSERT OR IGNORE INTO temp._merge_places (document, start, "end") VALUES (?, ?, ?)',
            [r[1:4] for r in rows],
        )
        found: dict[tuple[Any, ...], dict[str, list[str]]] = {}
        for span_id, *place, attributes in self.db.execute(
            'SELECT s.id, s.document_id, s.start, s."end", s.label, s.annotator, s.attributes '
            # CROSS JOIN: the chunk's places drive the loop (the planner, knowing
            # nothing of the temporary table, would scan every span instead).
            "FROM temp._merge_places p CROSS JOIN spans s "
            'ON s.document_id = p.document AND s.start = p.start AND s."end" = p."end" '
            "WHERE s.id NOT IN (SELECT id FROM temp._merge_added)"
        ):
            by_attributes = found.setdefault(tuple(place), {})
            by_attributes.setdefault(_attributes(attributes), []).append(span_id)
        return found

    def fold_duplicates(self) -> None:
        """One span where both files hold the same span (same document, start, end,
        label, annotator and attributes) under different ids.

        Per such span, the merged file holds it as often as the file that holds it
        more often (once, unless a file already held it twice), under our ids first
        (a merge never renames or removes a span of ours), then the smallest of
        theirs. What pointed at a copy of theirs not stored moves to our span
        (`apply_folds`). Merging again changes nothing.
        """
        if self.db.execute("SELECT 1 FROM temp._merge_duplicates LIMIT 1").fetchone() is None:
            return
        rows = self.db.execute(
            'SELECT document, start, "end", label, annotator, attributes, id, theirs '
            'FROM temp._merge_duplicates ORDER BY document, start, "end", label, annotator, '
            "attributes"
        )
        for _key, group in itertools.groupby(rows, key=lambda r: r[:6]):
            ours: set[str] = set()
            theirs: set[str] = set()
            for row in group:
                (theirs if row[7] else ours).add(row[6])
            ids = sorted(ours) + sorted(theirs - ours)
            kept = max(len(ours), len(theirs))
            # Added: the copies of this span our layer did not have (theirs were held back).
            self.report.spans_added += kept - len(ours)
            self.report.duplicates_matched += len(theirs - set(ids[:kept]))
            for span_id in ids[kept:]:  # theirs only: every id of ours is kept
                self.redirect[span_id] = ids[0]
            self.twins[ids[0]] = ids
            self.twin_of.update(dict.fromkeys(ids, ids[0]))
        self.apply_folds()
        self.report.conflicts = [
            replace(c, copy_id=self.resolve(c.copy_id)) for c in self.report.conflicts
        ]

    def resolve(self, span_id: str) -> str:
        """Where a span id is held after the folds of this merge."""
        return self.redirect.get(span_id, span_id)

    def apply_folds(self) -> None:
        """Move what pointed at a folded span (speaker links, comments, review decisions
        and their sources, actor links, conflict records) to the span kept, then remove
        the folded spans. Relations that became the same are kept once."""
        self.db.executemany(
            "INSERT INTO temp._merge_folded (dropped, kept) VALUES (?, ?)",
            list(self.redirect.items()),
        )
        # Their spans the folding kept (first: what pointed at ours may now point at them).
        self.db.execute(
            'INSERT INTO spans (id, document_id, start, "end", label, annotator, attributes, '
            'provenance, created, updated) SELECT id, document_id, start, "end", label, '
            "annotator, attributes, provenance, created, updated FROM temp._merge_pending "
            "WHERE id NOT IN (SELECT dropped FROM temp._merge_folded)"
        )
        if not self.redirect:
            return
        for table, column, unique in _SPAN_REFERENCES:
            self.db.execute(
                ("UPDATE OR IGNORE " if unique else "UPDATE ") + f"{table} SET {column} = "
                f"(SELECT kept FROM temp._merge_folded WHERE dropped = {table}.{column}) "
                f"WHERE {column} IN (SELECT dropped FROM temp._merge_folded)"
            )
            if unique:  # the kept span had its own row already: it wins
                self.db.execute(
                    f"DELETE FROM {table} "
                    f"WHERE {column} IN (SELECT dropped FROM temp._merge_folded)"
                )
        self.db.execute(
            "DELETE FROM relations WHERE id IN (SELECT r.id FROM relations r "
            "WHERE (r.head_id IN (SELECT kept FROM temp._merge_folded) "
            "OR r.tail_id IN (SELECT kept FROM temp._merge_folded)) "
            "AND EXISTS (SELECT 1 FROM relations o WHERE o.head_id = r.head_id "
            "AND o.tail_id = r.tail_id AND o.type = r.type AND o.annotator = r.annotator "
            "AND o.id < r.id))"
        )
        self.db.execute("DELETE FROM spans WHERE id IN (SELECT dropped FROM temp._merge_folded)")

    def record_conflict(
        self,
        kind: str,
        original: str,
        stored_id: str,
        document_id: str,
        ours: dict[str, Any],
        theirs: dict[str, Any],
    ) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO merge_conflicts "
            "(original_id, copy_id, document_id, kind, source, merged) VALUES (?, ?, ?, ?, ?, ?)",
            [original, stored_id, document_id, kind, self.report.source, self.stamp],
        )
        self.report.conflicts.append(
            MergeConflict(kind, original, stored_id, document_id, ours, theirs)
        )

    def merged_spans(self, ids: Sequence[Any]) -> dict[str, tuple[str, str, str]]:
        """Their span ids that were merged -> (our id, our document id, label)."""
        wanted = sorted({i for i in ids if isinstance(i, str)})
        found: dict[str, tuple[str, str, str]] = {}
        for chunk in _chunks(wanted):
            marks = _marks(chunk)
            for their, ours, document, label in self.db.execute(
                "SELECT their, ours, document, label FROM temp._merge_spans "
                f"WHERE their IN ({marks})",
                list(chunk),
            ):
                found[their] = (self.resolve(ours), document, label)
        return found

    def gold_layer_of(self, span_id: str) -> str | None:
        """The gold-kind annotator that holds our span `span_id`, or None."""
        row = self.db.execute(
            "SELECT s.annotator FROM spans s JOIN annotators a ON a.name = s.annotator "
            "WHERE s.id = ? AND a.kind = 'gold'",
            [span_id],
        ).fetchone()
        return None if row is None else str(row[0])

    def our_span_documents(self, ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in _chunks(sorted(set(ids))):
            marks = _marks(chunk)
            for span_id, document in self.db.execute(
                f"SELECT id, document_id FROM spans WHERE id IN ({marks})", list(chunk)
            ):
                found[span_id] = document
        return found

    # -- relations -------------------------------------------------------------------

    def merge_relations(self) -> None:
        columns = ("id", "head_id", "tail_id", "type", "annotator", "created")
        for chunk in self.theirs.rows("relations", columns):
            spans = self.merged_spans([r[1] for r in chunk] + [r[2] for r in chunk])
            valid = []
            for rel_id, head_id, tail_id, type_, annotator, created in chunk:
                ends: list[tuple[str, str, str]] = []

                try:
                    check_id(rel_id, "relation id")
                    kind = self.schema.relation(type_ if isinstance(type_, str) else "")
                    for what, end in (("head", head_id), ("tail", tail_id)):
                        found = spans.get(end) if isinstance(end, str) else None
                        if found is None:
                            raise InputError(f"its {what} span was not merged")
                        ends.append(found)
                    if ends[0][1] != ends[1][1]:
                        raise InputError("its two ends are in different documents")
                    if ends[0][2] != kind.head or ends[1][2] != kind.tail:
                        raise InputError(
                            f"a {kind.name} relation goes from {kind.head} to {kind.tail}"
                        )
                    try:
                        annotator = self.layer_here(annotator)
                    except InputError:
                        # A link of a layer not merged that we hold as it is: nothing to do.
                        if not self.relation_held_as_is(ends, type_, annotator):
                            raise
                        continue
                    check_time(created, "created")
                except AnnotatorError as exc:
                    if annotator == self.owner:
                        self.owner_links_refused = True
                    self.reject("relation", rel_id, exc.reason)
                    continue
                if annotator == self.owner:
                    for head, tail in (
                        (ends[0][0], ends[1][0]),
                        (self.twin(ends[0][0]), self.twin(ends[1][0])),
                    ):
                        self.owner_links.add((head, tail, type_))
                valid.append(
                    [rel_id, ends[0][0], ends[1][0], type_, annotator, created, ends[0][1]]
                )
            if valid:
                self.place_relations(valid)

    def relation_held_as_is(
        self, ends: Sequence[tuple[str, str, str]], type_: Any, annotator: Any
    ) -> bool:
        """Whether we hold a `type_` relation of `annotator` between these (merged) ends."""
        (head, _, _), (tail, _, _) = ends
        found = self.db.execute(
            "SELECT 1 FROM relations WHERE head_id IN (?, ?) AND tail_id IN (?, ?) "
            "AND type = ? AND annotator = ?",
            [head, self.twin(head), tail, self.twin(tail), type_, annotator],
        ).fetchone()
        return found is not None

    def twin(self, span_id: str) -> str:
        """The first id of the span both files hold that `span_id` is one of (or itself)."""
        return self.twin_of.get(span_id, span_id)

    def place_relations(self, rows: list[list[Any]]) -> None:
        # A relation's content is its ends, type and annotator; we hold a version if
        # any of our relations has it, whatever its id. Ends that are copies of one span
        # (a file holding it twice) are the same end: their link folded onto our first
        # copy is the link we hold to our second, not a second speaker for the quote.
        def content_of(relation: Sequence[Any]) -> tuple[Any, ...]:
            return (self.twin(relation[0]), self.twin(relation[1]), *relation[2:4])

        heads = {r[1] for r in rows}
        heads.update(t for h in list(heads) for t in self.twins.get(self.twin(h), ()))
        ours: dict[str, tuple[Any, ...]] = {}
        held: set[tuple[Any, ...]] = set()
        for column, ids in (("id", {r[0] for r in rows}), ("head_id", heads)):
            for chunk in _chunks(sorted(ids)):
                marks = _marks(chunk)
                for r in self.db.execute(
                    "SELECT id, head_id, tail_id, type, annotator FROM relations "
                    f"WHERE {column} IN ({marks})",
                    list(chunk),
                ):
                    ours[r[0]] = tuple(r[1:])
                    held.add(content_of(r[1:]))
        inserts = []
        for row in sorted(rows):
            content = tuple(row[1:5])
            if content_of(content) in held:
                continue
            target = row[0] if row[0] not in ours else copy_id(row[0], content)
            if target != row[0]:
                names = ("head_id", "tail_id", "type", "annotator")
                self.record_conflict(
                    "relation",
                    row[0],
                    target,
                    row[6],
                    dict(zip(names, ours[row[0]], strict=False)),
                    dict(zip(names, content, strict=False)),
                )
            held.add(content_of(content))
            ours[target] = content
            inserts.append([target, *row[1:6]])
        before = self.db.total_changes
        self.db.executemany(
            "INSERT OR IGNORE INTO relations (id, head_id, tail_id, type, annotator, created) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            inserts,
        )
        self.report.relations_added += self.db.total_changes - before

    # -- statuses, comments, decisions ---------------------------------------------------

    def merge_statuses(self) -> None:
        columns = ("document_id", "annotator", "status", "updated")
        for chunk in self.theirs.rows("document_status", columns):
            changes = []
            for doc_id, annotator, status, updated in chunk:
                key: list[str] = []

                try:
                    key.append(self.document(doc_id)[0])
                    try:
                        annotator = self.layer_here(annotator)
                    except InputError:
                        # The status of a layer not merged that we hold as it is.
                        held = self.db.execute(
                            "SELECT status FROM document_status "
                            "WHERE document_id = ? AND annotator = ?",
                            [key[0], annotator],
                        ).fetchone()
                        if held is None or held[0] != status:
                            raise
                        continue
                    if status not in STATUSES:
                        raise InputError(f"unknown status {str(status)[:40]!r}")
                    check_time(updated, "updated")
                except AnnotatorError as exc:
                    self.reject("status", f"{doc_id}/{annotator}", exc.reason)
                    continue
                mine = self.db.execute(
                    "SELECT status, updated FROM document_status "
                    "WHERE document_id = ? AND annotator = ?",
                    [key[0], annotator],
                ).fetchone()
                if annotator == self.owner and key[0] in self.replaced_documents:
                    # The file's analyst's own status is theirs to set, also backwards.
                    if mine is not None and mine[0] == status:
                        continue
                elif mine is not None and (_STATUS_RANK.get(mine[0], 0), mine[1]) >= (
                    _STATUS_RANK[status],
                    updated,
                ):
                    continue
                changes.append([key[0], annotator, status, updated])
            self.db.executemany(
                "INSERT INTO document_status (document_id, annotator, status, updated) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(document_id, annotator) DO UPDATE SET "
                "status = excluded.status, updated = excluded.updated",
                changes,
            )
            self.report.statuses_changed += len(changes)

    def soft_span(self, span_id: Any, document: str, spans: dict[str, tuple[str, str, str]]) -> Any:
        """A soft reference to a span (comments, adjudication sources) resolved here.

        A span merged from their file maps to where that version is held here;
        one they no longer hold keeps its id, unless that id names one of our
        spans in another document.
        """
        if span_id is None:
            return None
        check_id(span_id, "span id")
        if span_id in spans:
            ours, where, _label = spans[span_id]
            if where != document:
                raise InputError("its span is in another document")
            return ours
        elsewhere = self.our_span_documents([span_id]).get(span_id)
        if elsewhere is not None and elsewhere != document:
            raise InputError("its span id names a span of another document here")
        return span_id

    def merge_comments(self) -> None:
        columns = ("id", "document_id", "span_id", "author", "text", "created")
        for chunk in self.theirs.rows("comments", columns):
            spans = self.merged_spans([r[2] for r in chunk])
            rows = []
            for comment_id, doc_id, span_id, author, text, created in chunk:
                out: list[Any] = []

                try:
                    check_id(comment_id, "comment id")
                    document = self.document(doc_id)[0]
                    span = self.soft_span(span_id, document, spans)
                    check_line(author, "author", max_length=200)
                    check_text(text, "text", max_length=MAX_NOTE, allow_empty=False)
                    check_time(created, "created")
                    out.extend([comment_id, document, span, author, text, created])
                except AnnotatorError as exc:
                    self.reject("comment", comment_id, exc.reason)
                    continue
                rows.append(out)
            before = self.db.total_changes
            self.db.executemany(
                "INSERT OR IGNORE INTO comments (id, document_id, span_id, author, text, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            self.report.comments_added += self.db.total_changes - before

    def merge_adjudications(self) -> None:
        columns = ("id", "document_id", "decision", "gold_span_id", "reviewer", "decided")
        added: dict[str, str] = {}
        for chunk in self.theirs.rows("adjudications", columns):
            spans = self.merged_spans([r[3] for r in chunk])
            known: set[str] = set()
            for ids in _chunks(sorted({r[0] for r in chunk if isinstance(r[0], str)})):
                marks = _marks(ids)
                known.update(
                    r[0]
                    for r in self.db.execute(
                        f"SELECT id FROM adjudications WHERE id IN ({marks})", list(ids)
                    )
                )
            rows = []
            for decision_id, doc_id, decision, gold, reviewer, decided in chunk:
                out: list[Any] = []

                try:
                    check_id(decision_id, "decision id")
                    document = self.document(doc_id)[0]
                    if decision not in DECISIONS:
                        raise InputError(f"unknown decision {str(decision)[:40]!r}")
                    if (decision == "reject") != (gold is None):
                        raise InputError("only a rejection has no gold span")
                    gold_span = None
                    if gold is not None:
                        found = spans.get(gold) if isinstance(gold, str) else None
                        if found is None or found[1] != document:
                            raise InputError("its gold span was not merged")
                        gold_span = found[0]
                        # An analyst's span named as a gold span would count as decided,
                        # and undoing the decision would delete it.
                        if self.gold_layer_of(gold_span) is None:
                            raise InputError("its gold span is not in a gold layer")
                    check_line(reviewer, "reviewer", max_length=200)
                    check_time(decided, "decided")
                    out.extend([decision_id, document, decision, gold_span, reviewer, decided])
                except AnnotatorError as exc:
                    self.reject("decision", decision_id, exc.reason)
                    continue
                if decision_id in known:
                    continue
                if decision_id in added:
                    continue
                added[decision_id] = out[1]
                rows.append(out)
            self.db.executemany(
                "INSERT INTO adjudications "
                "(id, document_id, decision, gold_span_id, reviewer, decided) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            self.report.decisions_added += len(rows)
        if not added:
            return
        for chunk in self.theirs.rows("adjudication_sources", ("adjudication_id", "span_id")):
            spans = self.merged_spans([r[1] for r in chunk])
            rows = []
            for decision_id, span_id in chunk:
                if decision_id not in added:
                    continue
                out = []

                try:
                    out.append(self.soft_span(span_id, added[decision_id], spans))
                except AnnotatorError as exc:
                    self.reject("decision source", f"{decision_id}/{span_id}", exc.reason)
                    continue
                rows.append([decision_id, out[0]])
            self.db.executemany(
                "INSERT OR IGNORE INTO adjudication_sources (adjudication_id, span_id) "
                "VALUES (?, ?)",
                rows,
            )

    # -- the actor registry ----------------------------------------------------------

    def merge_actors(self) -> None:
        counts = {"actors": 0, "aliases": 0, "links": 0, "span_links": 0, "kept_ours": 0}
        self.report.actors = counts
        new: set[str] = set()
        merges: list[tuple[str, str]] = []
        self.actors_known = {r[0] for r in self.db.execute("SELECT id FROM actors")}
        columns = ("id", "name", "type", "merged_into", "created", "created_by")
        for chunk in self.theirs.rows("actors", columns):
            rows = []
            for actor_id, name, type_, merged_into, created, created_by in chunk:
                try:
                    check_id(actor_id, "actor id")
                    check_line(name, "actor name", max_length=500)
                    if type_ not in actor_types():  # the registry's (m005 CHECK)
                        raise InputError(f"unknown actor type {str(type_)[:40]!r}")
                    if merged_into is not None:
                        check_id(merged_into, "merged into")
                    check_time(created, "created")
                    check_line(created_by, "created by", max_length=200, allow_empty=True)
                except AnnotatorError as exc:
                    self.reject("actor", actor_id, exc.reason)
                    continue
                if merged_into is not None:
                    merges.append((actor_id, merged_into))
                if actor_id in self.actors_known:
                    continue
                self.actors_known.add(actor_id)
                new.add(actor_id)
                rows.append([actor_id, name, type_, created, created_by])
            self.db.executemany(
                "INSERT INTO actors (id, name, type, merged_into, created, created_by) "
                "VALUES (?, ?, ?, NULL, ?, ?)",
                rows,
            )
            counts["actors"] += len(rows)
        self.apply_actor_merges(merges, new)
        self.merge_aliases(counts)
        self.merge_actor_links(counts)
        self.merge_span_links(counts)
        self.merge_dismissals(counts)

    def canonical(self, actor_id: str) -> str:
        current, seen = actor_id, set()
        while current not in seen:
            seen.add(current)
            row = self.db.execute(
                "SELECT merged_into FROM actors WHERE id = ?", [current]
            ).fetchone()
            if row is None or row[0] is None:
                break
            current = row[0]
        return current

    def apply_actor_merges(self, merges: list[tuple[str, str]], new: set[str]) -> None:
        """Their merges: applied to actors new here, listed (not applied) for ours."""
        for source, target in merges:
            if target not in self.actors_known or target == source:
                self.reject("actor", source, "merged into an actor the file does not hold")
                continue
            if source not in new:
                mine = self.db.execute(
                    "SELECT name, merged_into FROM actors WHERE id = ?", [source]
                ).fetchone()
                if mine is not None and mine[1] is None:
                    their_target = self.db.execute(
                        "SELECT name FROM actors WHERE id = ?", [target]
                    ).fetchone()
                    self.report.actor_merges_not_applied.append(
                        ActorMerge(source, mine[0], target, their_target[0])
                    )
                continue
            if self.canonical(target) == source:
                self.reject("actor", source, "its merge would make a loop of merged actors")
                continue
            self.db.execute("UPDATE actors SET merged_into = ? WHERE id = ?", [target, source])

    def merge_aliases(self, counts: dict[str, int]) -> None:
        for chunk in self.theirs.rows("actor_aliases", ("actor_id", "alias", "folded", "created")):
            rows = []
            for actor_id, alias, folded, created in chunk:
                try:
                    if actor_id not in self.actors_known:
                        raise InputError("its actor was not merged")
                    check_line(alias, "alias", max_length=500)
                    if folded != fold(alias):
                        raise InputError("its folded form does not match the alias")
                    check_time(created, "created")
                except AnnotatorError as exc:
                    self.reject("alias", f"{actor_id}/{alias}", exc.reason)
                    continue
                rows.append([actor_id, alias, folded, created])
            before = self.db.total_changes
            self.db.executemany(
                "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded, created) "
                "VALUES (?, ?, ?, ?)",
                rows,
            )
            counts["aliases"] += self.db.total_changes - before

    def merge_actor_links(self, counts: dict[str, int]) -> None:
        for chunk in self.theirs.rows("actor_links", ("actor_id", "target_id", "type", "created")):
            rows = []
            for actor_id, target_id, type_, created in chunk:
                try:
                    if actor_id not in self.actors_known or target_id not in self.actors_known:
                        raise InputError("an actor it links was not merged")
                    if actor_id == target_id:
                        raise InputError("an actor cannot be affiliated with itself")
                    check_line(type_, "link type", max_length=100)
                    check_time(created, "created")
                except AnnotatorError as exc:
                    self.reject("actor link", f"{actor_id}/{target_id}", exc.reason)
                    continue
                rows.append([actor_id, target_id, type_, created])
            before = self.db.total_changes
            self.db.executemany(
                "INSERT OR IGNORE INTO actor_links (actor_id, target_id, type, created) "
                "VALUES (?, ?, ?, ?)",
                rows,
            )
            counts["links"] += self.db.total_changes - before

    def merge_span_links(self, counts: dict[str, int]) -> None:
        columns = ("span_id", "actor_id", "linked_by", "linked")
        for chunk in self.theirs.rows("span_actors", columns):
            spans = self.merged_spans([r[0] for r in chunk])
            local_ids = [spans[r[0]][0] for r in chunk if isinstance(r[0], str) and r[0] in spans]
            ours: dict[str, str] = {}
            linked_here: dict[str, str] = {}
            for ids in _chunks(sorted(set(local_ids))):
                marks = _marks(ids)
                for local, actor_here, by_here in self.db.execute(
                    "SELECT span_id, actor_id, linked_by FROM span_actors "
                    f"WHERE span_id IN ({marks})",
                    list(ids),
                ):
                    ours[local] = actor_here
                    linked_here[local] = by_here
            inserts = []
            updates = []
            for span_id, actor_id, linked_by, linked in chunk:
                out: list[str] = []

                try:
                    found = spans.get(span_id) if isinstance(span_id, str) else None
                    if found is None:
                        raise InputError("its span was not merged")
                    if found[2] != "ACTOR":
                        raise InputError("only ACTOR spans link to actors")
                    if actor_id not in self.actors_known:
                        raise InputError("its actor was not merged")
                    check_line(linked_by, "linked by", max_length=200)
                    check_time(linked, "linked")
                    out.append(found[0])
                except AnnotatorError as exc:
                    self.owner_links_refused = True
                    self.reject("actor link of span", span_id, exc.reason)
                    continue
                local, target = out[0], self.canonical(actor_id)
                owners = local in self.owner_span_ids
                if owners:
                    self.owner_actor_links.add(local)
                if local in ours:
                    if ours[local] == target:
                        continue
                    if owners and linked_here.get(local) == self.owner:
                        # The owner's own link, changed in their file: theirs now.
                        updates.append([target, linked_by, linked, local])
                        ours[local] = target
                        continue
                    counts["kept_ours"] += 1
                    continue
                ours[local] = target
                inserts.append([local, target, linked_by, linked])
            self.db.executemany(
                "INSERT INTO span_actors (span_id, actor_id, linked_by, linked) "
                "VALUES (?, ?, ?, ?)",
                inserts,
            )
            self.db.executemany(
                "UPDATE span_actors SET actor_id = ?, linked_by = ?, linked = ? WHERE span_id = ?",
                updates,
            )
            counts["span_links"] += len(inserts)
            counts["span_links_changed"] = counts.get("span_links_changed", 0) + len(updates)
        self.remove_their_removed_actor_links(counts)

    def remove_their_removed_actor_links(self, counts: dict[str, int]) -> None:
        """The owner's own actor links on their spans here that their file no longer has
        (unless one of its span links was refused); links others made here stay."""
        if self.owner is None or self.owner_links_refused:
            return
        gone = sorted(self.owner_span_ids - self.owner_actor_links)
        removed = 0
        for chunk in _chunks(gone):
            marks = _marks(chunk)
            before = self.db.total_changes
            self.db.execute(
                f"DELETE FROM span_actors WHERE span_id IN ({marks}) AND linked_by = ? "
                "AND span_id IN (SELECT id FROM spans WHERE annotator = ?)",
                [*chunk, self.owner, self.owner],
            )
            removed += self.db.total_changes - before
        counts["span_links_removed"] = removed

    def merge_dismissals(self, counts: dict[str, int]) -> None:
        columns = ("key", "document_id", "dismissed_by", "dismissed")
        counts.setdefault("dismissals", 0)
        for chunk in self.theirs.rows("dismissed_problems", columns):
            rows = []
            for key, doc_id, dismissed_by, dismissed in chunk:
                out: list[Any] = []

                try:
                    check_line(key, "key", max_length=1000)
                    document = None if doc_id is None else self.document(doc_id)[0]
                    check_line(dismissed_by, "dismissed by", max_length=200)
                    check_time(dismissed, "dismissed")
                    out.extend([key, document, dismissed_by, dismissed])
                except AnnotatorError as exc:
                    self.reject("dismissed problem", key, exc.reason)
                    continue
                rows.append(out)
            before = self.db.total_changes
            self.db.executemany(
                "INSERT OR IGNORE INTO dismissed_problems "
                "(key, document_id, dismissed_by, dismissed) VALUES (?, ?, ?, ?)",
                rows,
            )
            counts["dismissals"] += self.db.total_changes - before
