"""Numbered, append-only schema migrations. Never edit one that has landed; add the next.

The schema is a public interface (users browse it with the sqlite-utils CLI
or Datasette); README.md documents it. Each function below is one version.
"""

from __future__ import annotations

import sqlite3

from annotator.core.model import now
from annotator.store.connection import Database, LazyMigrations

# sqlite_utils.Migrations("annotator"), imported when a database needs migrating.
migrations = LazyMigrations("annotator")


def _run_script(db: Database, script: str) -> None:
    """Run SQL statements one by one inside the migration's transaction.

    sqlite3's executescript() would COMMIT first, breaking the all-or-nothing
    guarantee of a migration.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:60]!r}")


@migrations()
def m001_initial(db: Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE annotators (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'human'
                CHECK (kind IN ('human', 'gold', 'suggester', 'imported')),
            created TEXT NOT NULL
        );
        CREATE TABLE labels (
            name TEXT PRIMARY KEY,
            color TEXT NOT NULL,
            hotkey TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            attributes TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL
        );
        CREATE TABLE relation_types (
            name TEXT PRIMARY KEY,
            head_label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
            tail_label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            sha256 TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            published TEXT,
            meta TEXT NOT NULL DEFAULT '{}',
            imported TEXT NOT NULL
        );
        CREATE TABLE spans (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
            annotator TEXT NOT NULL REFERENCES annotators(name),
            attributes TEXT NOT NULL DEFAULT '{}',
            provenance TEXT NOT NULL DEFAULT 'manual',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE INDEX spans_by_document ON spans(document_id, start);
        CREATE INDEX spans_by_annotator ON spans(annotator, document_id);
        CREATE INDEX spans_by_label ON spans(label);
        CREATE TABLE relations (
            id TEXT PRIMARY KEY,
            head_id TEXT NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
            tail_id TEXT NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
            type TEXT NOT NULL REFERENCES relation_types(name) ON UPDATE CASCADE,
            annotator TEXT NOT NULL REFERENCES annotators(name),
            created TEXT NOT NULL
        );
        CREATE INDEX relations_by_head ON relations(head_id);
        CREATE INDEX relations_by_tail ON relations(tail_id);
        CREATE TABLE document_status (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            annotator TEXT NOT NULL REFERENCES annotators(name),
            status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done')),
            updated TEXT NOT NULL,
            PRIMARY KEY (document_id, annotator)
        );
        CREATE INDEX document_status_by_annotator ON document_status(annotator, status);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            annotator TEXT NOT NULL,
            action TEXT NOT NULL,
            document_id TEXT,
            span_id TEXT,
            relation_id TEXT,
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_by_document ON events(document_id, id);
        CREATE INDEX events_by_span ON events(span_id);

        -- Offsets are code points; SQLite's length() counts characters, so
        -- the database itself refuses a span that runs past its text.
        CREATE TRIGGER spans_fit_text_insert BEFORE INSERT ON spans
        WHEN NEW."end" > (SELECT length(text) FROM documents WHERE id = NEW.document_id)
        BEGIN SELECT RAISE(ABORT, 'span end is past the end of its document'); END;
        CREATE TRIGGER spans_fit_text_update BEFORE UPDATE OF start, "end" ON spans
        WHEN NEW."end" > (SELECT length(text) FROM documents WHERE id = NEW.document_id)
        BEGIN SELECT RAISE(ABORT, 'span end is past the end of its document'); END;
        CREATE TRIGGER documents_text_immutable BEFORE UPDATE OF text ON documents
        WHEN NEW.text IS NOT OLD.text AND EXISTS (SELECT 1 FROM spans WHERE document_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'a document''s text cannot change once it has spans'); END;
        CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

        CREATE VIEW span_view AS
            SELECT spans.id, documents.title AS document, spans.document_id,
                   spans.label, substr(documents.text, spans.start + 1, spans."end" - spans.start)
                       AS text,
                   spans.start, spans."end", spans.annotator, spans.attributes,
                   spans.provenance, spans.created, spans.updated
            FROM spans JOIN documents ON documents.id = spans.document_id;
        CREATE VIEW speaker_view AS
            SELECT relations.id, documents.title AS document,
                   substr(documents.text, q.start + 1, q."end" - q.start) AS quote,
                   substr(documents.text, a.start + 1, a."end" - a.start) AS speaker,
                   relations.annotator, relations.head_id AS quote_id,
                   relations.tail_id AS actor_id
            FROM relations
            JOIN spans q ON q.id = relations.head_id
            JOIN spans a ON a.id = relations.tail_id
            JOIN documents ON documents.id = q.document_id
            WHERE relations.type = 'speaker';
        CREATE VIEW document_view AS
            SELECT documents.seq, documents.id, documents.title, documents.source,
                   documents.published, length(documents.text) AS characters,
                   (SELECT count(*) FROM spans WHERE spans.document_id = documents.id) AS spans,
                   (SELECT group_concat(annotator || ':' || status, ', ')
                      FROM document_status WHERE document_id = documents.id) AS status
            FROM documents;
        """,
    )


@migrations()
def m002_review(db: Database) -> None:
    """Review: comments, the gold layer's adjudication record, conflicts kept by merges."""
    _run_script(
        db,
        """
        -- span_id is a soft reference: a comment outlives its span's deletion,
        -- so undoing that deletion brings the comment back with it.
        CREATE TABLE comments (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            span_id TEXT,
            author TEXT NOT NULL,
            text TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE INDEX comments_by_document ON comments(document_id, created);
        CREATE INDEX comments_by_span ON comments(span_id);

        -- One reviewer's decision on a set of source spans. A gold span that is
        -- deleted takes its decision with it: the sources are undecided again.
        CREATE TABLE adjudications (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            decision TEXT NOT NULL CHECK (decision IN ('accept', 'edit', 'reject')),
            gold_span_id TEXT REFERENCES spans(id) ON DELETE CASCADE,
            reviewer TEXT NOT NULL,
            decided TEXT NOT NULL,
            CHECK ((decision = 'reject') = (gold_span_id IS NULL))
        );
        CREATE INDEX adjudications_by_document ON adjudications(document_id);
        CREATE INDEX adjudications_by_gold_span ON adjudications(gold_span_id);
        -- Source spans are soft references too: the record survives their deletion.
        CREATE TABLE adjudication_sources (
            adjudication_id TEXT NOT NULL REFERENCES adjudications(id) ON DELETE CASCADE,
            span_id TEXT NOT NULL,
            PRIMARY KEY (adjudication_id, span_id)
        );
        CREATE INDEX adjudication_sources_by_span ON adjudication_sources(span_id);

        -- A merge met the same span (or relation) id with different content in
        -- the other database: ours kept original_id, theirs was stored as copy_id.
        CREATE TABLE merge_conflicts (
            original_id TEXT NOT NULL,
            copy_id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'span' CHECK (kind IN ('span', 'relation')),
            source TEXT NOT NULL,
            merged TEXT NOT NULL,
            PRIMARY KEY (original_id, copy_id)
        );
        CREATE INDEX merge_conflicts_by_document ON merge_conflicts(document_id);
        """,
    )


@migrations()
def m003_suggestions(db: Database) -> None:
    # Rejections are remembered per analyst so a rejected suggestion is not shown again
    # for that document; keyed by extent and label, not by span id, because suggestions
    # are recomputed and need not be stored.
    _run_script(
        db,
        """
        CREATE TABLE rejected_suggestions (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            annotator TEXT NOT NULL REFERENCES annotators(name),
            rejected TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start),
            UNIQUE (document_id, start, "end", label, annotator)
        );
        CREATE INDEX rejected_suggestions_by_document
            ON rejected_suggestions(document_id, annotator);
        """,
    )


@migrations()
def m004_search(db: Database) -> None:
    # External-content FTS5 over documents, keyed by `seq` (documents.rowid is implicit
    # and VACUUM may renumber it; seq is a stable unique integer). The triggers are AFTER
    # triggers, so an update refused by documents_text_immutable never reaches the index;
    # the update trigger fires only for title and text, the indexed columns.
    _run_script(
        db,
        """
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title, text) VALUES (NEW.seq, NEW.title, NEW.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
                VALUES ('delete', OLD.seq, OLD.title, OLD.text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE OF seq, title, text ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
                VALUES ('delete', OLD.seq, OLD.title, OLD.text);
            INSERT INTO documents_fts (rowid, title, text) VALUES (NEW.seq, NEW.title, NEW.text);
        END;
        INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
        """,
    )


@migrations()
def m005_actor_registry(db: Database) -> None:
    """Canonical actors, their aliases and affiliations, links from ACTOR spans; dismissals."""
    # Ids are UUIDs so two analysts' registries merge without clashes. A merged actor is
    # kept with `merged_into` set (not deleted): undo is a plain update, and a colleague's
    # database that still links spans to it resolves to the surviving actor on merge.
    # span_actors.span_id is a soft reference, like comments.span_id: undoing a span's
    # deletion brings its link back with it.
    _run_script(
        db,
        """
        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) != ''),
            type TEXT NOT NULL DEFAULT 'other' CHECK (type IN
                ('person', 'organisation', 'state', 'armed group', 'media', 'other')),
            merged_into TEXT REFERENCES actors(id),
            created TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX actors_by_name ON actors(name COLLATE NOCASE);
        CREATE INDEX actors_by_merged_into ON actors(merged_into);
        CREATE TABLE actor_aliases (
            actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            alias TEXT NOT NULL CHECK (trim(alias) != ''),
            folded TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (actor_id, folded)
        );
        CREATE INDEX actor_aliases_by_folded ON actor_aliases(folded);
        CREATE TABLE actor_links (
            actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            target_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            type TEXT NOT NULL DEFAULT 'affiliated with',
            created TEXT NOT NULL,
            PRIMARY KEY (actor_id, target_id, type),
            CHECK (actor_id != target_id)
        );
        CREATE INDEX actor_links_by_target ON actor_links(target_id);
        CREATE TABLE span_actors (
            span_id TEXT PRIMARY KEY,
            actor_id TEXT NOT NULL REFERENCES actors(id),
            linked_by TEXT NOT NULL,
            linked TEXT NOT NULL
        );
        CREATE INDEX span_actors_by_actor ON span_actors(actor_id);

        -- A consistency-checker finding the analysts decided is fine; `key` names it.
        CREATE TABLE dismissed_problems (
            key TEXT PRIMARY KEY,
            document_id TEXT,
            dismissed_by TEXT NOT NULL,
            dismissed TEXT NOT NULL
        );
        """,
    )


@migrations()
def m006_boilerplate(db: Database) -> None:
    """Page furniture of each document (newsletter promotions, share lines), found at import."""
    # One row per range, code points, end exclusive. `origin` is 'rule' for what the
    # detector found at import, or the name of the analyst who set the ranges by hand.
    # A document without a row has no page furniture; documents stored before this
    # migration are examined here, once.
    _run_script(
        db,
        """
        CREATE TABLE boilerplate (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL,
            origin TEXT NOT NULL CHECK (trim(origin) != ''),
            updated TEXT NOT NULL,
            PRIMARY KEY (document_id, start),
            CHECK ("end" > start)
        );
        """,
    )
    from annotator.store.boilerplate import detected_rows

    stamp = now()
    for doc_id, text in db.execute("SELECT id, text FROM documents").fetchall():
        rows = detected_rows(doc_id, text, stamp)
        if rows:
            db.conn.executemany(
                'INSERT OR IGNORE INTO boilerplate (document_id, start, "end", origin, updated) '
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )


@migrations()
def m007_document_lengths(db: Database) -> None:
    """Each document's length in code points, kept by triggers, for the span checks.

    The span triggers of m001 computed `length(text)` for every inserted or
    moved span: SQLite reads and counts the whole text each time, about 0.2 s
    per span on a 10 MB article (bench/bench_span_insert.py). The length is
    now counted once, when the document is stored (its text never changes
    once it has spans), and looked up by id.
    """
    _run_script(
        db,
        """
        CREATE TABLE document_lengths (
            document_id TEXT PRIMARY KEY,
            characters INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO document_lengths (document_id, characters)
            SELECT id, length(text) FROM documents;
        CREATE TRIGGER documents_length_insert AFTER INSERT ON documents BEGIN
            INSERT OR REPLACE INTO document_lengths (document_id, characters)
            VALUES (NEW.id, length(NEW.text));
        END;
        CREATE TRIGGER documents_length_update AFTER UPDATE OF id, text ON documents BEGIN
            DELETE FROM document_lengths WHERE document_id = OLD.id;
            INSERT OR REPLACE INTO document_lengths (document_id, characters)
            VALUES (NEW.id, length(NEW.text));
        END;
        CREATE TRIGGER documents_length_delete AFTER DELETE ON documents BEGIN
            DELETE FROM document_lengths WHERE document_id = OLD.id;
        END;

        -- The checks of m001, reading the kept length (the text's own only if it is missing).
        DROP TRIGGER spans_fit_text_insert;
        DROP TRIGGER spans_fit_text_update;
        CREATE TRIGGER spans_fit_text_insert BEFORE INSERT ON spans
        WHEN NEW."end" > coalesce(
            (SELECT characters FROM document_lengths WHERE document_id = NEW.document_id),
            (SELECT length(text) FROM documents WHERE id = NEW.document_id))
        BEGIN SELECT RAISE(ABORT, 'span end is past the end of its document'); END;
        CREATE TRIGGER spans_fit_text_update BEFORE UPDATE OF start, "end" ON spans
        WHEN NEW."end" > coalesce(
            (SELECT characters FROM document_lengths WHERE document_id = NEW.document_id),
            (SELECT length(text) FROM documents WHERE id = NEW.document_id))
        BEGIN SELECT RAISE(ABORT, 'span end is past the end of its document'); END;
        """,
    )


@migrations()
def m008_spans_by_document_id(db: Database) -> None:
    """An index of each document's span ids, for the relations of a document.

    Reading a document's relations joins its spans to `relations` by span id;
    with only `spans_by_document` (document id, start) SQLite fetched every span's
    row from the table to learn its id: 0.15 s for a document of 50,000 spans,
    paid on every open (bench/bench_gui.py). With the id in the index the join
    reads the index alone.
    """
    _run_script(db, "CREATE INDEX spans_by_document_id ON spans(document_id, id);")


@migrations()
def m009_attributes_are_objects(db: Database) -> None:
    """Refuse a span's `attributes` or a document's `meta` that is not a JSON object.

    The columns are edited with the sqlite-utils CLI and Datasette too; a value such
    as `not json` or `[1, 2]` was read back as an error that left its whole document
    blank. Rows written before this migration are read as no attributes (and logged);
    these triggers keep new ones out. "{}", the common value, is let through without
    parsing. An SQLite built without JSON functions gets no triggers (its reads stay
    tolerant).
    """
    try:
        db.execute("SELECT json_valid('{}'), json_type('{}')").fetchone()
    except sqlite3.OperationalError:
        return
    _run_script(
        db,
        """
        CREATE TRIGGER spans_attributes_object_insert BEFORE INSERT ON spans
        WHEN NEW.attributes != '{}' AND CASE WHEN json_valid(NEW.attributes)
            THEN json_type(NEW.attributes) != 'object' ELSE 1 END
        BEGIN SELECT RAISE(ABORT, 'spans.attributes must be a JSON object'); END;
        CREATE TRIGGER spans_attributes_object_update BEFORE UPDATE OF attributes ON spans
        WHEN NEW.attributes != '{}' AND CASE WHEN json_valid(NEW.attributes)
            THEN json_type(NEW.attributes) != 'object' ELSE 1 END
        BEGIN SELECT RAISE(ABORT, 'spans.attributes must be a JSON object'); END;
        CREATE TRIGGER documents_meta_object_insert BEFORE INSERT ON documents
        WHEN NEW.meta != '{}' AND CASE WHEN json_valid(NEW.meta)
            THEN json_type(NEW.meta) != 'object' ELSE 1 END
        BEGIN SELECT RAISE(ABORT, 'documents.meta must be a JSON object'); END;
        CREATE TRIGGER documents_meta_object_update BEFORE UPDATE OF meta ON documents
        WHEN NEW.meta != '{}' AND CASE WHEN json_valid(NEW.meta)
            THEN json_type(NEW.meta) != 'object' ELSE 1 END
        BEGIN SELECT RAISE(ABORT, 'documents.meta must be a JSON object'); END;
        """,
    )


@migrations()
def m010_suggester_kind(db: Database) -> None:
    """The layer `suggester` stored as kind `imported` is the machine suggestions' layer.

    Before audit66 an import of our own JSONL export with its suggestions
    (`--annotator NAME --annotator suggester`) recorded `suggester` as an imported
    analyst's layer, and audit66 kept a kind already stored: review and agreement
    compared the suggestions as an analyst, review could take them into gold, and
    exports wrote them as an analyst's. Its spans stay; only the kind changes. A
    layer `suggester` of kind human (someone's own work) is left as it is.
    """
    db.execute(
        "UPDATE annotators SET kind = 'suggester' WHERE name = 'suggester' AND kind = 'imported'"
    )
