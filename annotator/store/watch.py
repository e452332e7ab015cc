"""Noticing writes made by other connections (another window, the CLI) to our database.

`PRAGMA data_version` changes only when another connection commits, so a poll
that finds it unchanged costs one tiny query. When it has changed, the
append-only `events` table says which documents were touched. Imports and
merges log one event without a document; for those, new rows in documents,
spans and document_status (by rowid) name the documents.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.values import Value, set_field
from annotator.store.connection import Database

# The tables whose new rows name the documents a bulk write touched.
_WATCHED = ("documents", "spans", "document_status")
_MARKS = (
    "SELECT (SELECT coalesce(max(id), 0) FROM events),"
    " (SELECT coalesce(max(rowid), 0) FROM documents),"
    " (SELECT coalesce(max(rowid), 0) FROM spans),"
    " (SELECT coalesce(max(rowid), 0) FROM document_status)"
)  # in the order of _WATCHED


class Changes(Value):
    """What other connections changed since the last poll."""

    __slots__ = __match_args__ = ("documents", "everything")
    documents: list[str]
    everything: bool  # an import or merge: the document list should reload

    def __init__(self, documents: list[str] | None = None, everything: bool = False) -> None:
        set_field(self, "documents", [] if documents is None else documents)
        set_field(self, "everything", everything)


class ChangeWatcher:
    """Polls one connection for commits made by others. Not thread-safe: poll from one thread."""

    def __init__(self, db: Database, path: str | Path | None = None) -> None:
        self.db = db
        self.path = Path(path) if path is not None else None
        self.identity = self._identity()
        self.version = self._data_version()
        self.last_event, self.last_rowids = self._marks()

    def _data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _marks(self) -> tuple[int, dict[str, int]]:
        """The last event's id and the last rowid of each table watched, in one statement
        (read after every edit the window saves: one statement, not four; issue 16)."""
        row = self.db.execute(_MARKS).fetchone()
        return int(row[0]), dict(zip(_WATCHED, (int(n) for n in row[1:]), strict=True))

    def _identity(self) -> tuple[int, int] | None:
        if self.path is None:
            return None
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_dev, stat.st_ino)

    def file_problem(self) -> str | None:
        """A message when the database file was removed or replaced behind our back."""
        if self.path is None or self.identity is None:
            return None
        current = self._identity()
        if current is None:
            return "the database file was removed or moved"
        if current != self.identity:
            return "the database file was replaced by another file"
        return None

    def own_write_done(self) -> None:
        """Call after this connection committed, so its own events are not reported."""
        if self._data_version() == self.version:
            self.last_event, self.last_rowids = self._marks()

    def poll(self) -> Changes | None:
        """None when nobody else committed since the last poll, else what changed."""
        version = self._data_version()
        if version == self.version:
            return None
        self.version = version
        documents: dict[str, None] = {}
        everything = False
        rows = self.db.execute(
            "SELECT e.id, e.document_id, coalesce(s.document_id, h.document_id) FROM events e "
            "LEFT JOIN spans s ON s.id = e.span_id "
            "LEFT JOIN relations r ON r.id = e.relation_id "
            "LEFT JOIN spans h ON h.id = r.head_id "
            "WHERE e.id > ? ORDER BY e.id",
            [self.last_event],
        ).fetchall()
        for event_id, document_id, via_span in rows:
            self.last_event = max(self.last_event, int(event_id))
            if document_id or via_span:
                documents[document_id or via_span] = None
            else:
                everything = True
        if everything or not rows:
            # Bulk writes (or a restore): name the documents by their new rows.
            for table in _WATCHED:
                column = "id" if table == "documents" else "document_id"
                for (document_id,) in self.db.execute(
                    f"SELECT DISTINCT {column} FROM {table} WHERE rowid > ?",
                    [self.last_rowids[table]],
                ):
                    documents[document_id] = None
            everything = True
        self.last_rowids = self._marks()[1]
        return Changes(list(documents), everything)
