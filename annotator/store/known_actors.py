"""The corpus's known actors (`Repository.actor_texts`), kept up to date between calls.

Every suggestion job asks for them on a connection of its own, and reading them takes
every ACTOR span and the text of every document that has one (about 1 s at 5,000
documents with 115,000 ACTOR tags). So this process keeps, per database file, what
each document contributes, and the event the reading was current to. Every write
through annotator logs an event: the next call reads the events since then, and reads
again only the documents they name; an event that names no document (an import, a
merge) or a log that does not continue the one read before (another file, a restored
backup, a migration) means a full reading.
"""

from __future__ import annotations

import os
import threading
from array import array
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.store.repository import Repository

# Events without a document that never change a span (the actor registry's tables).
_SPANS_UNTOUCHED = ("actor.",)


class _Reading:
    """One file's known actors: each (text, type) numbered once, each document's ACTOR
    tags as those numbers (4 bytes a tag), the uses of each number over the corpus."""

    def __init__(self, file: tuple[Any, ...], last: tuple[int, str] | None) -> None:
        self.file = file
        self.last = last
        self.numbers: dict[tuple[str, str | None], int] = {}
        self.keys: list[tuple[str, str | None]] = []
        self.uses: list[int] = []
        self.by_document: dict[str, array[int]] = {}
        self.texts: dict[str, str | None] = {}

    def replace(self, document_id: str, tags: Iterable[tuple[str, str | None]]) -> None:
        """Make `tags` document_id's contribution (none: it has no ACTOR tag now)."""
        for number in self.by_document.pop(document_id, ()):
            self.uses[number] -= 1
        numbers = array("I")
        for key in tags:
            if key in self.numbers:
                number = self.numbers[key]
            else:
                number = self.numbers[key] = len(self.keys)
                self.keys.append(key)
                self.uses.append(0)
            self.uses[number] += 1
            numbers.append(number)
        if numbers:
            self.by_document[document_id] = numbers

    def rank(self) -> None:
        """Each text's most used type, a typed use before an untyped one (ties: by type)."""
        used = [(self.keys[n], uses) for n, uses in enumerate(self.uses) if uses > 0]
        used.sort(key=lambda item: (item[0][0], -item[1], item[0][1] or ""))
        texts: dict[str, str | None] = {}
        for (covered, kind), _uses in used:
            if covered.strip() and (covered not in texts or texts[covered] is None):
                texts[covered] = kind
        self.texts = texts


# The last reading per excluded annotator kinds (one file at a time).
_READINGS: dict[tuple[str, ...], _Reading] = {}
_LOCK = threading.Lock()


def actor_texts(repo: Repository, exclude_annotator_kinds: Sequence[str]) -> dict[str, str | None]:
    """See `Repository.actor_texts`. The same dict object while nothing changed."""
    kinds = tuple(exclude_annotator_kinds)
    file = None if repo.db.conn.in_transaction else _file(repo)
    if file is None:  # no file, or uncommitted writes of this connection: read, keep nothing
        reading = _Reading((), None)
        _read(repo, kinds, reading, None)
        reading.rank()
        return reading.texts
    with _LOCK:
        last = _last_event(repo)
        # Taken out while it is brought up to date: should a read fail half way, the next
        # call reads afresh.
        kept = _READINGS.pop(kinds, None)
        if kept is None or kept.file != file or not _continues(repo, kept):
            reading = _full(repo, kinds, file, last)
        elif kept.last == last:
            reading = kept
        else:
            changed = _changed_documents(repo, kept.last)
            if changed is None:
                reading = _full(repo, kinds, file, last)
            else:
                reading = kept
                _read(repo, kinds, reading, changed)
                reading.last = last
                reading.rank()
        _READINGS[kinds] = reading
        return reading.texts


def kept_actor_texts(
    repo: Repository, exclude_annotator_kinds: Sequence[str]
) -> dict[str, str | None] | None:
    """What `actor_texts` last gave in this process for this file, as it was then (writes
    since are not looked at), reading nothing from the corpus; None when it was never
    read here."""
    with _LOCK:
        kept = _READINGS.get(tuple(exclude_annotator_kinds))
    if kept is None or repo.db.conn.in_transaction or kept.file != _file(repo):
        return None
    return kept.texts


def _file(repo: Repository) -> tuple[Any, ...] | None:
    """The file (path, device, inode) and its schema version; None without a file."""
    path = repo.path
    if not path:
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    schema = repo.db.execute("PRAGMA schema_version").fetchone()[0]
    return (path, stat.st_dev, stat.st_ino, schema)


def _last_event(repo: Repository) -> tuple[int, str] | None:
    row = repo.db.execute("SELECT id, at FROM events ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _continues(repo: Repository, reading: _Reading) -> bool:
    """Whether the log still holds the event `reading` was current to (a restored backup
    may give its id again, never with the same time)."""
    if reading.last is None:
        return False
    row = repo.db.execute("SELECT at FROM events WHERE id = ?", [reading.last[0]]).fetchone()
    return row is not None and str(row[0]) == reading.last[1]


def _changed_documents(repo: Repository, since: tuple[int, str] | None) -> set[str] | None:
    """The documents the events after `since` wrote to; None when one may have written to
    documents it does not name (an import, a merge)."""
    changed: set[str] = set()
    rows = repo.db.execute(
        "SELECT e.action, e.document_id, s.document_id FROM events e "
        "LEFT JOIN spans s ON s.id = e.span_id WHERE e.id > ? ORDER BY e.id",
        [since[0] if since else 0],
    )
    for action, document_id, via_span in rows:
        if document_id or via_span:
            changed.add(document_id or via_span)
        elif not str(action).startswith(_SPANS_UNTOUCHED):
            return None
    return changed


def _full(
    repo: Repository, kinds: tuple[str, ...], file: tuple[Any, ...], last: tuple[int, str] | None
) -> _Reading:
    reading = _Reading(file, last)
    _read(repo, kinds, reading, None)
    reading.rank()
    return reading


# Every ACTOR span with its type, by the label index.
_EVERY_TAG = (
    "SELECT s.document_id, s.start, s.\"end\", json_extract(s.attributes, '$.type') "
    "FROM spans s JOIN annotators a ON a.name = s.annotator WHERE s.label = 'ACTOR'"
)
# The same for a few documents, by the document index: `+` keeps SQLite from walking every
# ACTOR span of the corpus by the label index instead (35 ms at 2,000 documents, against
# under 1 ms).
_TAGS_OF_DOCUMENTS = _EVERY_TAG.replace("WHERE s.label", "WHERE +s.label")


def _read(
    repo: Repository, kinds: tuple[str, ...], reading: _Reading, documents: set[str] | None
) -> None:
    """Read the ACTOR tags of `documents` (None: of every document) into `reading`.

    The covered texts are cut in Python, one document's text read once: cutting them in
    SQL (substr over a join with documents) made SQLite carry the whole text with every
    span into its sorter, 9 GB for 16,000 ACTOR spans on a 1 MB article."""
    marks = ", ".join("?" for _ in kinds) or "''"
    select = _EVERY_TAG if documents is None else _TAGS_OF_DOCUMENTS
    sql = f"{select} AND a.kind NOT IN ({marks})"
    if documents is None:
        batches: list[list[str] | None] = [None]
    else:
        ordered = sorted(documents)
        batches = [ordered[i : i + 500] for i in range(0, len(ordered), 500)]
        for document_id in ordered:
            reading.replace(document_id, ())  # one with no ACTOR tag left gives nothing
    for batch in batches:
        where = ""
        if batch is not None:
            where = f" AND s.document_id IN ({', '.join('?' for _ in batch)})"
        rows = repo.db.execute(f"{sql}{where} ORDER BY s.document_id", [*kinds, *(batch or [])])
        shown_id: str | None = None
        text = ""
        tags: list[tuple[str, str | None]] = []
        for document_id, start, end, kind in rows:
            if document_id != shown_id:
                if shown_id is not None:
                    reading.replace(shown_id, tags)
                row = repo.db.execute(
                    "SELECT text FROM documents WHERE id = ?", [document_id]
                ).fetchone()
                text, shown_id, tags = (row[0] if row else ""), document_id, []
            tags.append((text[start:end], kind if isinstance(kind, str) else None))
        if shown_id is not None:
            reading.replace(shown_id, tags)
