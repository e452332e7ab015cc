# ruff: noqa: E501
"""The tables and triggers annotator's migrations make, to tell a foreign file on opening.

Generated from the migrations (triggers: every version m001 ... the latest, white
space collapsed; tables: the latest); tests/store/test_open_checks67.py checks both
against them. A migration that adds or changes a table or a trigger adds it here
(the test names what is missing).
"""

from __future__ import annotations

import re
from typing import Final

# Trigger name -> the texts it may have (an older version's too, until its file is migrated).
OUR_TRIGGERS: Final[dict[str, frozenset[str]]] = {
    "documents_fts_delete": frozenset(
        {
            "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', OLD.seq, OLD.title, OLD.text); END",
        }
    ),
    "documents_fts_insert": frozenset(
        {
            "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN INSERT INTO documents_fts (rowid, title, text) VALUES (NEW.seq, NEW.title, NEW.text); END",
        }
    ),
    "documents_fts_update": frozenset(
        {
            "CREATE TRIGGER documents_fts_update AFTER UPDATE OF seq, title, text ON documents BEGIN INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', OLD.seq, OLD.title, OLD.text); INSERT INTO documents_fts (rowid, title, text) VALUES (NEW.seq, NEW.title, NEW.text); END",
        }
    ),
    "documents_length_delete": frozenset(
        {
            "CREATE TRIGGER documents_length_delete AFTER DELETE ON documents BEGIN DELETE FROM document_lengths WHERE document_id = OLD.id; END",
        }
    ),
    "documents_length_insert": frozenset(
        {
            "CREATE TRIGGER documents_length_insert AFTER INSERT ON documents BEGIN INSERT OR REPLACE INTO document_lengths (document_id, characters) VALUES (NEW.id, length(NEW.text)); END",
        }
    ),
    "documents_length_update": frozenset(
        {
            "CREATE TRIGGER documents_length_update AFTER UPDATE OF id, text ON documents BEGIN DELETE FROM document_lengths WHERE document_id = OLD.id; INSERT OR REPLACE INTO document_lengths (document_id, characters) VALUES (NEW.id, length(NEW.text)); END",
        }
    ),
    "documents_meta_object_insert": frozenset(
        {
            "CREATE TRIGGER documents_meta_object_insert BEFORE INSERT ON documents WHEN NEW.meta != '{}' AND CASE WHEN json_valid(NEW.meta) THEN json_type(NEW.meta) != 'object' ELSE 1 END BEGIN SELECT RAISE(ABORT, 'documents.meta must be a JSON object'); END",
        }
    ),
    "documents_meta_object_update": frozenset(
        {
            "CREATE TRIGGER documents_meta_object_update BEFORE UPDATE OF meta ON documents WHEN NEW.meta != '{}' AND CASE WHEN json_valid(NEW.meta) THEN json_type(NEW.meta) != 'object' ELSE 1 END BEGIN SELECT RAISE(ABORT, 'documents.meta must be a JSON object'); END",
        }
    ),
    "documents_text_immutable": frozenset(
        {
            "CREATE TRIGGER documents_text_immutable BEFORE UPDATE OF text ON documents WHEN NEW.text IS NOT OLD.text AND EXISTS (SELECT 1 FROM spans WHERE document_id = OLD.id) BEGIN SELECT RAISE(ABORT, 'a document''s text cannot change once it has spans'); END",
        }
    ),
    "events_append_only_delete": frozenset(
        {
            "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END",
        }
    ),
    "events_append_only_update": frozenset(
        {
            "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END",
        }
    ),
    "spans_attributes_object_insert": frozenset(
        {
            "CREATE TRIGGER spans_attributes_object_insert BEFORE INSERT ON spans WHEN NEW.attributes != '{}' AND CASE WHEN json_valid(NEW.attributes) THEN json_type(NEW.attributes) != 'object' ELSE 1 END BEGIN SELECT RAISE(ABORT, 'spans.attributes must be a JSON object'); END",
        }
    ),
    "spans_attributes_object_update": frozenset(
        {
            "CREATE TRIGGER spans_attributes_object_update BEFORE UPDATE OF attributes ON spans WHEN NEW.attributes != '{}' AND CASE WHEN json_valid(NEW.attributes) THEN json_type(NEW.attributes) != 'object' ELSE 1 END BEGIN SELECT RAISE(ABORT, 'spans.attributes must be a JSON object'); END",
        }
    ),
    "spans_fit_text_insert": frozenset(
        {
            "CREATE TRIGGER spans_fit_text_insert BEFORE INSERT ON spans WHEN NEW.\"end\" > (SELECT length(text) FROM documents WHERE id = NEW.document_id) BEGIN SELECT RAISE(ABORT, 'span end is past the end of its document'); END",
            "CREATE TRIGGER spans_fit_text_insert BEFORE INSERT ON spans WHEN NEW.\"end\" > coalesce( (SELECT characters FROM document_lengths WHERE document_id = NEW.document_id), (SELECT length(text) FROM documents WHERE id = NEW.document_id)) BEGIN SELECT RAISE(ABORT, 'span end is past the end of its document'); END",
        }
    ),
    "spans_fit_text_update": frozenset(
        {
            'CREATE TRIGGER spans_fit_text_update BEFORE UPDATE OF start, "end" ON spans WHEN NEW."end" > (SELECT length(text) FROM documents WHERE id = NEW.document_id) BEGIN SELECT RAISE(ABORT, \'span end is past the end of its document\'); END',
            'CREATE TRIGGER spans_fit_text_update BEFORE UPDATE OF start, "end" ON spans WHEN NEW."end" > coalesce( (SELECT characters FROM document_lengths WHERE document_id = NEW.document_id), (SELECT length(text) FROM documents WHERE id = NEW.document_id)) BEGIN SELECT RAISE(ABORT, \'span end is past the end of its document\'); END',
        }
    ),
}


# Table -> its columns and their declared types, as the latest migration leaves them
# (FTS5's own tables left out: SQLite makes them). Other columns may be added.
OUR_TABLES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "actor_aliases": (
        ("actor_id", "TEXT"),
        ("alias", "TEXT"),
        ("folded", "TEXT"),
        ("created", "TEXT"),
    ),
    "actor_links": (
        ("actor_id", "TEXT"),
        ("target_id", "TEXT"),
        ("type", "TEXT"),
        ("created", "TEXT"),
    ),
    "actors": (
        ("id", "TEXT"),
        ("name", "TEXT"),
        ("type", "TEXT"),
        ("merged_into", "TEXT"),
        ("created", "TEXT"),
        ("created_by", "TEXT"),
    ),
    "adjudication_sources": (("adjudication_id", "TEXT"), ("span_id", "TEXT")),
    "adjudications": (
        ("id", "TEXT"),
        ("document_id", "TEXT"),
        ("decision", "TEXT"),
        ("gold_span_id", "TEXT"),
        ("reviewer", "TEXT"),
        ("decided", "TEXT"),
    ),
    "annotators": (("name", "TEXT"), ("kind", "TEXT"), ("created", "TEXT")),
    "boilerplate": (
        ("document_id", "TEXT"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("origin", "TEXT"),
        ("updated", "TEXT"),
    ),
    "comments": (
        ("id", "TEXT"),
        ("document_id", "TEXT"),
        ("span_id", "TEXT"),
        ("author", "TEXT"),
        ("text", "TEXT"),
        ("created", "TEXT"),
    ),
    "dismissed_problems": (
        ("key", "TEXT"),
        ("document_id", "TEXT"),
        ("dismissed_by", "TEXT"),
        ("dismissed", "TEXT"),
    ),
    "document_lengths": (("document_id", "TEXT"), ("characters", "INTEGER")),
    "document_status": (
        ("document_id", "TEXT"),
        ("annotator", "TEXT"),
        ("status", "TEXT"),
        ("updated", "TEXT"),
    ),
    "documents": (
        ("id", "TEXT"),
        ("seq", "INTEGER"),
        ("sha256", "TEXT"),
        ("title", "TEXT"),
        ("text", "TEXT"),
        ("source", "TEXT"),
        ("published", "TEXT"),
        ("meta", "TEXT"),
        ("imported", "TEXT"),
    ),
    "events": (
        ("id", "INTEGER"),
        ("at", "TEXT"),
        ("annotator", "TEXT"),
        ("action", "TEXT"),
        ("document_id", "TEXT"),
        ("span_id", "TEXT"),
        ("relation_id", "TEXT"),
        ("data", "TEXT"),
    ),
    "labels": (
        ("name", "TEXT"),
        ("color", "TEXT"),
        ("hotkey", "TEXT"),
        ("description", "TEXT"),
        ("attributes", "TEXT"),
        ("position", "INTEGER"),
    ),
    "merge_conflicts": (
        ("original_id", "TEXT"),
        ("copy_id", "TEXT"),
        ("document_id", "TEXT"),
        ("kind", "TEXT"),
        ("source", "TEXT"),
        ("merged", "TEXT"),
    ),
    "rejected_suggestions": (
        ("document_id", "TEXT"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("label", "TEXT"),
        ("annotator", "TEXT"),
        ("rejected", "TEXT"),
    ),
    "relation_types": (
        ("name", "TEXT"),
        ("head_label", "TEXT"),
        ("tail_label", "TEXT"),
        ("description", "TEXT"),
    ),
    "relations": (
        ("id", "TEXT"),
        ("head_id", "TEXT"),
        ("tail_id", "TEXT"),
        ("type", "TEXT"),
        ("annotator", "TEXT"),
        ("created", "TEXT"),
    ),
    "settings": (("key", "TEXT"), ("value", "TEXT")),
    "span_actors": (
        ("span_id", "TEXT"),
        ("actor_id", "TEXT"),
        ("linked_by", "TEXT"),
        ("linked", "TEXT"),
    ),
    "spans": (
        ("id", "TEXT"),
        ("document_id", "TEXT"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("label", "TEXT"),
        ("annotator", "TEXT"),
        ("attributes", "TEXT"),
        ("provenance", "TEXT"),
        ("created", "TEXT"),
        ("updated", "TEXT"),
    ),
}


# -- triggers sqlite-utils makes for a user's own index ------------------------------------
#
# The README gives the file to sqlite-utils and Datasette. `sqlite-utils enable-fts TABLE
# COLUMNS --create-triggers` keeps a full-text index of a table in step with three
# triggers, and `sqlite-utils enable-counts` keeps row counts with two: neither can change
# an annotation (they only write into the index or the count table), so they are let
# through, word for word as sqlite-utils writes them (any quoting), and nothing else is.

_ID = r'(?:"(?:[^"]|"")+"|\[[^\]]+\]|`(?:[^`]|``)+`|[A-Za-z_][A-Za-z0-9_$]*)'
_IDS = r"@(?:,@)*".replace("@", _ID)


def _pattern(text: str) -> str:
    """A pattern with @ for an identifier and @@ for a list of them (no SQL is built)."""
    return text.replace("@@", _IDS).replace("@", _ID)


_HEAD = _pattern(
    r"CREATE TRIGGER (?:IF NOT EXISTS )?@ AFTER (?P<event>INSERT|DELETE|UPDATE) "
    r"ON (?P<table>@) BEGIN "
)
_FTS_ADD = _pattern(
    r"INSERT INTO (?P<f1>@)\(rowid,(?P<c1>@@)\)VALUES\(new\.rowid,(?P<v1>new\.@(?:,new\.@)*)\);"
)
_FTS_DROP = _pattern(
    r"INSERT INTO (?P<f2>@)\((?P<f3>@),rowid,(?P<c2>@@)\)"
    r"VALUES\('delete',old\.rowid,(?P<v2>old\.@(?:,old\.@)*)\);"
)
_FTS_TRIGGER = re.compile(
    _HEAD
    + "(?:(?P<add>"
    + _FTS_ADD
    + ")|(?P<drop>"
    + _FTS_DROP
    + ")|(?P<both>"
    + _FTS_DROP.replace("P<", "P<b")
    + _FTS_ADD.replace("P<", "P<b")
    + "))END",
    re.IGNORECASE,
)
_COUNTS_TRIGGER = re.compile(
    _HEAD
    + _pattern(
        r"INSERT OR REPLACE INTO (?P<c1>@) VALUES\((?P<l1>'(?:[^']|'')*'),COALESCE\(\("
        r"SELECT count FROM (?P<c2>@) WHERE \"table\"=(?P<l2>'(?:[^']|'')*')\),0\)"
        r"(?P<sign>[+-])1\);END"
    ),
    re.IGNORECASE,
)


def _compact(sql: str) -> str:
    """White space collapsed, and dropped around punctuation (so any layout matches)."""
    return re.sub(r" ?([(),;=+-]) ?", r"\1", " ".join(sql.split()))


def _name(quoted: str) -> str:
    """An SQL identifier or string literal unquoted, folded (SQLite ignores case)."""
    if quoted[:1] in "\"`'[" and len(quoted) >= 2:
        inner = quoted[1:-1]
        if quoted[0] != "[":
            inner = inner.replace(quoted[0] * 2, quoted[0])
        return inner.casefold()
    return quoted.casefold()


def _columns(text: str, prefix: str = "") -> list[str]:
    return [_name(part[len(prefix) :]) for part in re.findall(re.escape(prefix) + _ID, text)]


def users_index_trigger(sql: str, virtual: dict[str, str], ours: frozenset[str]) -> bool:
    """Whether trigger `sql` is one sqlite-utils makes to keep a user's own full-text
    index (`enable-fts --create-triggers`) or row counts (`enable-counts`) in step.

    `virtual`: the file's virtual tables, name (folded) -> their CREATE statement;
    `ours`: the names (folded) of annotator's own tables, which such a trigger may not
    write into. The trigger may only insert the row's own columns into the table
    `<table>_fts`, a full-text virtual table of the user's, or a count into `_counts`.
    """
    text = _compact(sql)
    found = _FTS_TRIGGER.fullmatch(text)
    if found is not None:
        table = _name(found["table"])
        event = found["event"].upper()
        parts: list[tuple[str, str | None, str, str, str]]
        if found["add"] and event == "INSERT":
            parts = [(found["f1"], None, found["c1"], found["v1"], "new.")]
        elif found["drop"] and event == "DELETE":
            parts = [(found["f2"], found["f3"], found["c2"], found["v2"], "old.")]
        elif found["both"] and event == "UPDATE":
            parts = [
                (found["bf2"], found["bf3"], found["bc2"], found["bv2"], "old."),
                (found["bf1"], None, found["bc1"], found["bv1"], "new."),
            ]
        else:
            return False
        for target, named, columns, values, prefix in parts:
            fts = _name(target)
            create = " ".join(virtual.get(fts, "").split()).upper()
            if (
                fts != f"{table}_fts"
                or fts in ours
                or (named is not None and _name(named) != fts)
                or not (create.startswith("CREATE VIRTUAL TABLE") and " USING FTS" in create)
                or _columns(columns) != _columns(values, prefix)
            ):
                return False
        return True
    found = _COUNTS_TRIGGER.fullmatch(text)
    if found is None:
        return False
    counts = _name(found["c1"])
    table = _name(found["table"])
    sign = (
        "+"
        if found["event"].upper() == "INSERT"
        else "-"
        if found["event"].upper() == "DELETE"
        else ""
    )
    return (
        counts == "_counts"
        and _name(found["c2"]) == counts
        and counts not in ours
        and _name(found["l1"]) == table
        and _name(found["l2"]) == table
        and found["sign"] == sign
    )
