"""Edits kept in memory while the database refuses them (disk full, read-only, locked, gone).

`GuardedRepository` is a Repository whose edit methods never lose an edit to
an environment problem: when SQLite refuses a write for a reason outside the
analyst's control, the edit is queued in memory with the result it would have
had, and reads of spans, relations and statuses see the queued edits (an
overlay), so the window behaves as if the edit were saved. `flush()` replays the
queue in order once the problem clears; `save_copy()` writes the database and
the queued edits to another file. User errors (a span past the end of its text,
an unknown label) and bugs still raise as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.core.errors import AnnotatorError, SpanError, StoreError, StoreUnavailable
from annotator.core.model import Relation, Span, check_offsets, now
from annotator.store.db import backup_to, open_db
from annotator.store.repository import Repository
from annotator.store.transaction import store_error


def environment_problem(exc: BaseException) -> str | None:
    """A plain description when `exc` is a write refused by the environment, else None.

    Environment means disk full, read-only, locked beyond the timeout, or the
    file gone (`StoreUnavailable`, as `store.transaction.store_error` classifies
    raw sqlite3/OSError failures): such an edit can be retried later.
    """
    classified = store_error(exc)
    if isinstance(classified, StoreUnavailable):
        return classified.reason
    return None


@dataclass
class PendingEdit:
    """One refused write: the Repository method and the arguments to replay it with."""

    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    description: str

    def apply(self, repo: Repository) -> Any:
        return getattr(Repository, self.method)(repo, *self.args, **self.kwargs)


@dataclass
class CopyReport:
    path: Path
    applied: int
    refused: list[str] = field(default_factory=list)


class GuardedRepository(Repository):
    """A Repository that keeps refused edits in memory instead of losing them."""

    def __init__(self, db: Database) -> None:
        self.pending: list[PendingEdit] = []
        self.refused: list[tuple[PendingEdit, str]] = []
        self.problem: str | None = None
        self._spans: dict[str, Span | None] = {}
        self._relations: dict[str, Relation | None] = {}
        self._statuses: dict[tuple[str, str], str] = {}
        self._settings: dict[str, str] = {}
        self._direct = 0
        self.listeners: list[Callable[[], None]] = []
        super().__init__(db)

    # -- the guard -----------------------------------------------------------------

    @contextmanager
    def _straight_through(self) -> Iterator[None]:
        # Nested calls (add_span -> ensure_annotator) and replays write for real.
        self._direct += 1
        try:
            yield
        finally:
            self._direct -= 1

    def _guard(
        self, method: str, simulate: Callable[[], Any], description: str, *args: Any, **kw: Any
    ) -> Any:
        real = getattr(Repository, method)
        if self._direct:
            return real(self, *args, **kw)
        if not self.pending:
            try:
                with self._straight_through():
                    return real(self, *args, **kw)
            except Exception as exc:
                problem = environment_problem(exc)
                if problem is None:
                    raise
                self.problem = problem
        # Later edits wait behind earlier ones: replaying out of order could fail.
        result = simulate()
        self.pending.append(
            PendingEdit(method, _replay_args(method, args, result), kw, description)
        )
        for listener in self.listeners:
            listener()
        return result

    def flush(self) -> bool:
        """Write the queued edits in order; True when none is left.

        Stops at the first environment problem (kept in `problem`). An edit
        the database now refuses for a user reason (its document was deleted
        by another program, say) moves to `refused` with the reason.
        """
        while self.pending:
            edit = self.pending[0]
            try:
                with self._straight_through():
                    edit.apply(self)
            except Exception as exc:
                problem = environment_problem(exc)
                if problem is not None:
                    self.problem = problem
                    return False
                if not isinstance(exc, AnnotatorError):
                    raise
                self.refused.append((edit, str(exc)))
            self.pending.pop(0)
        self.problem = None
        self._spans.clear()
        self._relations.clear()
        self._statuses.clear()
        self._settings.clear()
        return True

    def save_copy(self, target: str | Path) -> CopyReport:
        """Copy the database to `target` (backup API) and apply the queued edits to the copy.

        The queue stays as it is: the original file still lacks those edits.
        Raises StoreError when the copy cannot be written.
        """
        target = Path(target)
        try:
            target.unlink(missing_ok=True)
            backup_to(self.db, target)
            copy = Repository(open_db(target))
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"cannot write the copy: {exc}", file=str(target)) from exc
        report = CopyReport(target, 0)
        try:
            for edit in self.pending:
                try:
                    edit.apply(copy)
                    report.applied += 1
                except AnnotatorError as exc:
                    report.refused.append(f"{edit.description}: {exc}")
        finally:
            copy.db.close()
        return report

    # -- reads that see the queued edits -----------------------------------------------

    def span(self, span_id: str) -> Span:
        if span_id in self._spans:
            found = self._spans[span_id]
            if found is None:
                raise SpanError(f"no span with id {span_id!r}")
            return found
        return super().span(span_id)

    def spans(self, document_id: str, annotators: Sequence[str] | None = None) -> list[Span]:
        spans = {s.id: s for s in super().spans(document_id, annotators)}
        for span_id, span in self._spans.items():
            if span is None:
                spans.pop(span_id, None)
            elif span.document_id == document_id and (
                annotators is None or span.annotator in annotators
            ):
                spans[span_id] = span
        return sorted(spans.values(), key=lambda s: (s.start, -s.end, s.id))

    def relations(self, document_id: str) -> list[Relation]:
        found = {r.id: r for r in super().relations(document_id)}
        for relation_id, relation in self._relations.items():
            if relation is None:
                found.pop(relation_id, None)
            else:
                try:
                    head = self.span(relation.head_id)
                except SpanError:
                    continue
                if head.document_id == document_id:
                    found[relation_id] = relation
        return list(found.values())

    def status(self, document_id: str, annotator: str) -> str:
        return self._statuses.get((document_id, annotator)) or super().status(
            document_id, annotator
        )

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self._settings.get(key) or super().setting(key, default)

    def _relation(self, relation_id: str) -> Relation:
        if relation_id in self._relations:
            found = self._relations[relation_id]
            if found is None:
                raise SpanError(f"no relation with id {relation_id!r}")
            return found
        row = self.db.execute(
            "SELECT id, head_id, tail_id, type, annotator, created FROM relations WHERE id = ?",
            [relation_id],
        ).fetchone()
        if row is None:
            raise SpanError(f"no relation with id {relation_id!r}")
        return Relation(*row)

    # -- guarded writes ------------------------------------------------------------------

    def set_setting(self, key: str, value: str) -> None:
        def simulate() -> None:
            self._settings[key] = value

        self._guard("set_setting", simulate, f"setting {key}", key, value)

    def ensure_annotator(self, name: str, kind: str = "human") -> None:
        self._guard("ensure_annotator", lambda: None, f"annotator {name}", name, kind)

    def add_span(self, span: Span) -> Span:
        def simulate() -> Span:
            document = self.document(span.document_id)
            check_offsets(span.start, span.end, len(document.text))
            attributes = self.schema().validate_attributes(span.label, span.attributes)
            stamp = now()
            stored = replace(
                span, attributes=attributes, created=span.created or stamp, updated=stamp
            )
            self._spans[stored.id] = stored
            return stored

        result: Span = self._guard("add_span", simulate, f"tag {span.label}", span)
        return result

    def update_span(self, span_id: str, *, by: str, **changes: Any) -> Span:
        def simulate() -> Span:
            old = self.span(span_id)
            label = changes.get("label") or old.label
            start = changes["start"] if changes.get("start") is not None else old.start
            end = changes["end"] if changes.get("end") is not None else old.end
            check_offsets(start, end, len(self.document(old.document_id).text))
            target = self.schema().label(label)
            raw = dict(
                old.attributes if changes.get("attributes") is None else changes["attributes"]
            )
            if label != old.label:
                raw = {k: v for k, v in raw.items() if target.attribute(k) is not None}
            clean = self.schema().validate_attributes(label, raw)
            new = replace(old, label=label, start=start, end=end, attributes=clean, updated=now())
            self._spans[span_id] = new
            return new

        result: Span = self._guard(
            "update_span", simulate, "change a span", span_id, by=by, **changes
        )
        return result

    def delete_span(self, span_id: str, *, by: str) -> tuple[Span, list[Relation]]:
        def simulate() -> tuple[Span, list[Relation]]:
            span = self.span(span_id)
            touching = [
                r for r in self.relations(span.document_id) if span_id in (r.head_id, r.tail_id)
            ]
            self._spans[span_id] = None
            for relation in touching:
                self._relations[relation.id] = None
            return span, touching

        result: tuple[Span, list[Relation]] = self._guard(
            "delete_span", simulate, "delete a span", span_id, by=by
        )
        return result

    def restore_span(self, span: Span, relations: Sequence[Relation], *, by: str) -> None:
        def simulate() -> None:
            self._spans[span.id] = span
            for relation in relations:
                self._relations[relation.id] = relation

        self._guard("restore_span", simulate, "restore a span", span, list(relations), by=by)

    def add_relation(self, relation: Relation) -> Relation:
        def simulate() -> Relation:
            self.schema().relation(relation.type)
            stored = replace(relation, created=relation.created or now())
            self._relations[stored.id] = stored
            return stored

        result: Relation = self._guard("add_relation", simulate, f"set {relation.type}", relation)
        return result

    def delete_relation(self, relation_id: str, *, by: str) -> Relation:
        def simulate() -> Relation:
            relation = self._relation(relation_id)
            self._relations[relation_id] = None
            return relation

        result: Relation = self._guard(
            "delete_relation", simulate, "remove a relation", relation_id, by=by
        )
        return result

    def set_status(self, document_id: str, annotator: str, status: str) -> str:
        def simulate() -> str:
            previous = self.status(document_id, annotator)
            self._statuses[(document_id, annotator)] = status
            return previous

        result: str = self._guard(
            "set_status", simulate, f"mark {status}", document_id, annotator, status
        )
        return result

    def reject_suggestion(
        self, document_id: str, start: int, end: int, label: str, annotator: str
    ) -> bool:
        result: bool = self._guard(
            "reject_suggestion",
            lambda: True,
            "reject a suggestion",
            document_id,
            start,
            end,
            label,
            annotator,
        )
        return result

    def unreject_suggestion(
        self, document_id: str, start: int, end: int, label: str, annotator: str
    ) -> bool:
        result: bool = self._guard(
            "unreject_suggestion",
            lambda: True,
            "undo a rejection",
            document_id,
            start,
            end,
            label,
            annotator,
        )
        return result


def _replay_args(method: str, args: tuple[Any, ...], result: Any) -> tuple[Any, ...]:
    # Replay a new span or relation exactly as the window was told it was stored.
    if method in ("add_span", "add_relation"):
        return (result,)
    return args
