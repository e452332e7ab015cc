"""Reading a layer (some annotators' spans) for export: the bulk read path, plain cursors."""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

from annotator.core.model import Document, Relation, SpanRecord
from annotator.store.actors import span_actor_refs
from annotator.store.repository import Repository, stored_object
from annotator.store.transaction import classify_module_reads

SpanRow = SpanRecord  # see annotator.core.model


_start = itemgetter(1)


def _span_order(span: SpanRow) -> tuple[int, int, str]:
    return span[1], -span[2], span[0]


def _among(annotators: Sequence[str]) -> str:
    return f" AND annotator IN ({', '.join('?' for _ in annotators)})"


def gold_annotators(repo: Repository) -> list[str]:
    """Names of the annotators of kind 'gold' (the adjudicated layer)."""
    rows = repo.db.execute("SELECT name FROM annotators WHERE kind = 'gold' ORDER BY name")
    return [r[0] for r in rows]


def done_document_ids(repo: Repository, annotators: Sequence[str] | None) -> list[str]:
    """Documents marked done by any of `annotators` (by anyone if None), in import order."""
    sql = (
        "SELECT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM document_status s "
        "WHERE s.document_id = d.id AND s.status = 'done'"
    )
    params: list[Any] = []
    if annotators is not None:
        sql += f" AND s.annotator IN ({', '.join('?' for _ in annotators)})"
        params = list(annotators)
    return [r[0] for r in repo.db.execute(sql + ") ORDER BY d.seq", params)]


# The span columns read for an export, in SpanRecord order. Each column read costs
# sqlite3 a Python object per row, so those whose value is known are not read: the
# annotator of a one-annotator layer, and for token formats provenance and times (filled
# in as ""). Attributes come back as NULL when empty ("{}", nearly every span).
_SPAN_COLUMNS = (
    "id", "start", '"end"', "label", "annotator", "NULLIF(attributes, '{}')",
    "provenance", "created", "updated",
)  # fmt: skip
_ANNOTATOR = 4
_ATTRIBUTES = 5
_LEAN = 6  # the columns token formats write: those before this one


def layer_rows(
    repo: Repository,
    ids: Iterable[str],
    annotators: Sequence[str] | None,
    *,
    lean: bool = False,
) -> Iterator[tuple[Document, list[SpanRow], list[Relation], dict[str, dict[str, str]]]]:
    """(document, spans as SpanRows, relations, actors) of each document.

    Spans by start, longest first; relations only where both ends are in the
    layer; actors: the canonical actor {id, name} of each linked ACTOR span.
    With `lean`, each span's provenance, created and updated are "" (not read:
    a token format writes none of them, and they are most of a row's bytes).
    """
    conn = repo.db.conn
    # Known values instead of columns (see _SPAN_COLUMNS): {position: an endless repeat}.
    known: dict[int, Iterator[str]] = {}
    if annotators is not None and len(annotators) == 1:
        known[_ANNOTATOR] = repeat(annotators[0])
    if lean:
        known.update((i, repeat("")) for i in range(_LEAN, len(_SPAN_COLUMNS)))
    selected = [c for i, c in enumerate(_SPAN_COLUMNS) if i not in known]
    span_sql = f"SELECT {', '.join(selected)} FROM spans WHERE document_id = ?"
    params: list[Any] = []
    if annotators is not None:
        span_sql += _among(annotators)
        params = list(annotators)
    # The index (document_id, start) gives start order without a sort; ties are rare and
    # put in order here (an ORDER BY on all three columns sorts every document's rows).
    span_sql += " ORDER BY start"
    doc_sql = "SELECT id, text, title, source, published, meta, sha256 FROM documents WHERE id = ?"
    rel_sql = (
        "SELECT r.id, r.head_id, r.tail_id, r.type, r.annotator, r.created FROM relations r "
        "JOIN spans s ON s.id = r.head_id WHERE s.document_id = ? ORDER BY r.created, r.id"
    )
    read = stored_object
    # Two questions per document that most corpora answer "none": ask the corpus once.
    any_relation = conn.execute("SELECT 1 FROM relations LIMIT 1").fetchone() is not None
    any_link = conn.execute("SELECT 1 FROM span_actors LIMIT 1").fetchone() is not None
    for doc_id in ids:
        row = conn.execute(doc_sql, [doc_id]).fetchone()
        document = Document(
            row[0], row[1], row[2], row[3], row[4], stored_object(row[5], "document meta"), row[6]
        )
        spans: list[SpanRow] = []
        found = conn.execute(span_sql, [doc_id, *params]).fetchall()
        if found:
            # Column by column, in C; then each span gets its own attributes dictionary.
            columns: list[Any] = list(zip(*found, strict=True))
            del found  # the rows live on in the columns, then in the spans: not three times
            for position, values in known.items():
                columns.insert(position, values)
            columns[_ATTRIBUTES] = [{} if a is None else read(a) for a in columns[_ATTRIBUTES]]
            spans = list(zip(*columns, strict=False))  # the known columns never end
        if len(set(map(_start, spans))) < len(spans):  # spans sharing a start: longest first
            spans.sort(key=_span_order)
        relations: list[Relation] = []
        actors: dict[str, dict[str, str]] = {}
        if spans and any_relation:
            present = {span[0] for span in spans}
            relations = [
                Relation(r[0], r[1], r[2], r[3], r[4], r[5])
                for r in conn.execute(rel_sql, [doc_id])
                if r[1] in present and r[2] in present
            ]
        if spans and any_link:
            actors = span_actor_refs(repo, [span[0] for span in spans if span[3] == "ACTOR"])
        yield document, spans, relations, actors


def count_layer(
    repo: Repository, ids: Sequence[str], annotators: Sequence[str] | None, labels: Counter[str]
) -> tuple[int, int]:
    """(relations, spans) of the layer in the documents; fills `labels` with span counts."""
    conn = repo.db.conn
    who = ""
    params: list[Any] = []
    if annotators is not None:
        who = _among(annotators)
        params = list(annotators)
    relation_sql = (
        "SELECT count(*) FROM relations r JOIN spans h ON h.id = r.head_id "
        "JOIN spans t ON t.id = r.tail_id WHERE h.document_id = ?"
    )
    if annotators is not None:
        marks = ", ".join("?" for _ in annotators)
        relation_sql += f" AND h.annotator IN ({marks}) AND t.annotator IN ({marks})"
    relations = 0
    for doc_id in ids:
        for label, count in conn.execute(
            f"SELECT label, count(*) FROM spans WHERE document_id = ?{who} GROUP BY label",
            [doc_id, *params],
        ):
            labels[label] += count
        relations += conn.execute(relation_sql, [doc_id, *params, *params]).fetchone()[0]
    return relations, sum(labels.values())


def annotator_kinds(repo: Repository) -> dict[str, str]:
    """Every annotator's kind ('human', 'gold', 'suggester', 'imported') by name."""
    return dict(repo.db.execute("SELECT name, kind FROM annotators").fetchall())


def layer_has_spans(repo: Repository, annotators: Sequence[str]) -> bool:
    """Whether any of `annotators` has at least one span anywhere."""
    if not annotators:
        return False
    sql = f"SELECT 1 FROM spans WHERE annotator IN ({', '.join('?' for _ in annotators)}) LIMIT 1"
    return repo.db.execute(sql, list(annotators)).fetchone() is not None


def _outside_boilerplate(alias: str) -> str:
    """The clause that keeps rows of `alias` (s, h or t) clear of page furniture."""
    return _OUTSIDE_BOILERPLATE[alias]


# Spans touching no page furniture range (the spans table is aliased s, or h and t).
_OUTSIDE_BOILERPLATE = {
    "s": " AND NOT EXISTS (SELECT 1 FROM boilerplate b WHERE b.document_id = s.document_id "
    'AND b.start < s."end" AND s.start < b."end")',
    "h": " AND NOT EXISTS (SELECT 1 FROM boilerplate b WHERE b.document_id = h.document_id "
    'AND b.start < h."end" AND h.start < b."end")',
    "t": " AND NOT EXISTS (SELECT 1 FROM boilerplate b WHERE b.document_id = t.document_id "
    'AND b.start < t."end" AND t.start < b."end")',
}


def layer_counts(
    repo: Repository,
    annotators: Sequence[str],
    same_annotator_relations: bool,
    *,
    without_boilerplate: bool = False,
) -> tuple[dict[str, dict[str, Counter[str]]], dict[str, int], set[tuple[str, str]]]:
    """What the layer holds, by document, in three grouped queries.

    Returns ({document id: {annotator: Counter of labels}}, {document id:
    relations with both ends in the layer (and, if `same_annotator_relations`,
    of one annotator)}, {(document id, annotator) marked done}). With
    `without_boilerplate`, spans touching a page furniture range, and relations
    with such an end, are not counted (what `--drop-boilerplate` leaves out).
    """
    spans: dict[str, dict[str, Counter[str]]] = {}
    for doc_id, annotator, label, count in _span_groups(
        repo, annotators, "label", without_boilerplate
    ):
        spans.setdefault(doc_id, {}).setdefault(annotator, Counter())[label] = count
    relations, done = _relations_and_done(
        repo, annotators, same_annotator_relations, without_boilerplate
    )
    return spans, relations, done


def layer_totals(
    repo: Repository,
    annotators: Sequence[str],
    same_annotator_relations: bool,
    *,
    without_boilerplate: bool = False,
) -> tuple[dict[str, dict[str, int]], dict[str, int], set[tuple[str, str]]]:
    """As `layer_counts`, with each annotator's number of spans instead of a count per label.

    About ten times cheaper: the annotator index answers it without reading the
    span rows (a count per label reads every row of the layer for its label).
    """
    spans: dict[str, dict[str, int]] = {}
    for doc_id, annotator, count in _span_groups(repo, annotators, "", without_boilerplate):
        spans.setdefault(doc_id, {})[annotator] = count
    relations, done = _relations_and_done(
        repo, annotators, same_annotator_relations, without_boilerplate
    )
    return spans, relations, done


def _span_groups(
    repo: Repository, annotators: Sequence[str], by: str, without_boilerplate: bool
) -> Iterator[tuple[Any, ...]]:
    """(document id, annotator[, label], count) of the layer's spans; `by`: "label" or ""."""
    marks = ", ".join("?" for _ in annotators)
    column = ", label" if by == "label" else ""
    span_sql = (
        f"SELECT document_id, annotator{column}, count(*) FROM spans s WHERE annotator IN ({marks})"
    )
    if without_boilerplate:
        span_sql += _outside_boilerplate("s")
    return iter(
        repo.db.conn.execute(
            span_sql + f" GROUP BY document_id, annotator{column}", list(annotators)
        ).fetchall()
    )


def _relations_and_done(
    repo: Repository,
    annotators: Sequence[str],
    same_annotator_relations: bool,
    without_boilerplate: bool,
) -> tuple[dict[str, int], set[tuple[str, str]]]:
    marks = ", ".join("?" for _ in annotators)
    names = list(annotators)
    relation_sql = (
        "SELECT h.document_id, count(*) FROM relations r JOIN spans h ON h.id = r.head_id "
        f"JOIN spans t ON t.id = r.tail_id WHERE h.annotator IN ({marks}) "
        f"AND t.annotator IN ({marks})"
    )
    if same_annotator_relations:
        relation_sql += " AND h.annotator = t.annotator"
    if without_boilerplate:
        relation_sql += _outside_boilerplate("h") + _outside_boilerplate("t")
    relations: dict[str, int] = {}
    # The join walks every span of the layer: not worth it when no relation exists at all.
    if repo.db.conn.execute("SELECT 1 FROM relations LIMIT 1").fetchone() is not None:
        relations = dict(
            repo.db.conn.execute(relation_sql + " GROUP BY h.document_id", names + names).fetchall()
        )
    done = {
        (r[0], r[1])
        for r in repo.db.conn.execute(
            "SELECT document_id, annotator FROM document_status "
            f"WHERE status = 'done' AND annotator IN ({marks})",
            names,
        )
    }
    return relations, done


def labels_in_use(repo: Repository) -> list[str]:
    """Every distinct label of the spans table (any annotator), in order.

    Walks the `spans_by_label` index from one label to the next, one seek per
    label, so it costs as little at a million spans as at ten. A label the
    schema does not list can be here only in a file edited with foreign keys
    off (the sqlite3 shell's default).
    """
    rows = repo.db.conn.execute(
        "WITH RECURSIVE used(label) AS (SELECT min(label) FROM spans UNION ALL "
        "SELECT (SELECT min(label) FROM spans WHERE label > used.label) FROM used "
        "WHERE used.label IS NOT NULL) SELECT label FROM used WHERE label IS NOT NULL"
    )
    return [str(row[0]) for row in rows]


def database_digest(repo: Repository) -> str | None:
    """SHA-256 of the database file and its -wal (what an export was made from).

    None for an in-memory database. Read in 1 MB blocks: memory stays flat.
    """
    return _file_digest(repo.path)


def database_digest_started(repo: Repository) -> Callable[[], str | None]:
    """Start `database_digest` on a thread of its own; returns what waits for its answer.

    Reading the file and hashing it release the GIL, so on a second core the
    digest costs the export that runs meanwhile nothing. The answer re-raises
    what the hashing raised. A digest nobody waits for stops at the next block
    once its caller is gone (the thread holds no reference to the caller).
    """
    import threading

    path = repo.path
    outcome: list[Any] = []
    abandoned = threading.Event()

    def work() -> None:
        try:
            outcome.append(_file_digest(path, abandoned.is_set))
        except BaseException as exc:  # handed to the waiting caller
            outcome.append(exc)

    thread = threading.Thread(target=work, name="annotator-export-digest", daemon=True)
    thread.start()

    def answer() -> str | None:
        thread.join()
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return cast(str | None, outcome[0])

    weakref.finalize(answer, abandoned.set)
    return answer


def _file_digest(path: str | None, stop: Callable[[], bool] | None = None) -> str | None:
    import hashlib

    if not path:
        return None
    digest = hashlib.sha256()
    for name in (path, path + "-wal"):
        try:
            with open(name, "rb") as handle:
                while block := handle.read(1 << 20):
                    if stop is not None and stop():
                        return None
                    digest.update(block)
        except FileNotFoundError:
            continue
    return digest.hexdigest()


# Reads raise StoreError (damaged, gone, busy), never sqlite3's errors.
classify_module_reads(__name__)
