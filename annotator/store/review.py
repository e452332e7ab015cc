"""The gold layer: adjudication decisions, review progress, comments, agreement over a corpus.

The gold layer is an annotator of its own (kind 'gold', named "gold" unless
the `gold_annotator` setting says otherwise, or "gold-adjudicated" when a layer
of another kind took the name "gold") whose spans have provenance
'adjudicated'. Every decision is one transaction that also appends an event,
and every decision can be undone exactly (`undo_adjudications`) and redone
exactly (`restore_adjudications`), so the window's undo commands call these
and nothing else. Ids are derived from content (uuid5): deciding the same
thing twice, in two databases, gives the same gold span id, so merging the
two gold layers does not duplicate it.

A decision covers its source spans: a cluster of the review view is decided
when every span in it is a source of some decision. Pass the version you
accept first, then the alternatives it settles.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Final

from annotator.core.errors import SchemaError, SpanError
from annotator.core.model import Span, check_offsets, imported_relation_id, new_id, now
from annotator.core.spans import read_span
from annotator.core.values import Value, set_field
from annotator.store.repository import _SPAN_COLUMNS, Repository, _dumps, _span
from annotator.store.transaction import classify_module_reads

# core.agreement is imported where it is used: the window's first frame needs this
# module (comments, decisions), never the agreement figures.
if TYPE_CHECKING:
    from annotator.core.agreement import AgreementReport, Cluster, SpanTuple

GOLD_SETTING: Final = "gold_annotator"
DEFAULT_GOLD: Final = "gold"
ADJUDICATED_GOLD: Final = "gold-adjudicated"  # when "gold" names a layer of another kind
NOT_STARTED: Final = "not started"
PARTLY: Final = "partly"
ADJUDICATED: Final = "adjudicated"
# Processes counting agreement over a large corpus (this one included).
MAX_AGREEMENT_WORKERS: Final = 4

_NAMESPACE: Final = "0d8f3c1e-2b7a-4f59-8e44-5c1d7a9b6e20"


def _uuid(*parts: Any) -> str:
    import uuid  # here: the uuid module loads `platform`, which opening the window never needs

    key = json.dumps(parts, ensure_ascii=False, sort_keys=True)
    return str(uuid.uuid5(uuid.UUID(_NAMESPACE), key))


class Decision(Value):
    """A reviewer's decision: accept or edit (with the gold span made), or reject."""

    __slots__ = __match_args__ = (
        "id", "document_id", "decision", "gold_span", "source_span_ids", "reviewer", "decided"
    )  # fmt: skip
    id: str
    document_id: str
    decision: str
    gold_span: Span | None
    source_span_ids: tuple[str, ...]
    reviewer: str
    decided: str

    def __init__(
        self,
        id: str,
        document_id: str,
        decision: str,
        gold_span: Span | None,
        source_span_ids: tuple[str, ...],
        reviewer: str,
        decided: str,
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "document_id", document_id)
        set_field(self, "decision", decision)
        set_field(self, "gold_span", gold_span)
        set_field(self, "source_span_ids", source_span_ids)
        set_field(self, "reviewer", reviewer)
        set_field(self, "decided", decided)


class Comment(Value):
    __slots__ = __match_args__ = ("id", "document_id", "span_id", "author", "text", "created")
    id: str
    document_id: str
    span_id: str | None
    author: str
    text: str
    created: str

    def __init__(
        self, id: str, document_id: str, span_id: str | None, author: str, text: str, created: str
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "document_id", document_id)
        set_field(self, "span_id", span_id)
        set_field(self, "author", author)
        set_field(self, "text", text)
        set_field(self, "created", created)


class ReviewCluster(Value):
    """A cluster of the review view with the decisions that cover its spans."""

    __match_args__ = ("cluster", "decisions")
    __slots__ = (*__match_args__, "__dict__")  # __dict__: the cached_property below
    cluster: Cluster
    decisions: tuple[Decision, ...]

    def __init__(self, cluster: Cluster, decisions: tuple[Decision, ...]) -> None:
        set_field(self, "cluster", cluster)
        set_field(self, "decisions", decisions)

    @cached_property
    def decided(self) -> bool:
        if not self.decisions:
            return False
        covered = {sid for d in self.decisions for sid in d.source_span_ids}
        return all(span.id in covered for span in self.cluster.spans)


# -- the gold annotator ---------------------------------------------------------------


def gold_annotator_name(repo: Repository) -> str:
    """The gold layer's annotator name: the `gold_annotator` setting, else "gold".

    When an annotator of another kind already holds the name "gold" (a gold file
    imported with `--annotator gold` is a human layer), the adjudicated layer is
    "gold-adjudicated" (then "gold-adjudicated-2", …): decisions written under the
    imported layer's name would be mixed into it, and its spans could never be
    accepted into the gold layer ("already in the gold layer").
    """
    named = repo.setting(GOLD_SETTING)
    if named:
        return named
    candidate, number = DEFAULT_GOLD, 1
    while True:
        row = repo.db.execute("SELECT kind FROM annotators WHERE name = ?", [candidate]).fetchone()
        if row is None or row[0] == "gold":
            return candidate
        number += 1
        candidate = ADJUDICATED_GOLD if number == 2 else f"{ADJUDICATED_GOLD}-{number - 1}"


def ensure_gold_annotator(repo: Repository) -> str:
    """Make sure the gold annotator row exists with kind 'gold'; returns its name."""
    name = gold_annotator_name(repo)
    with repo.action():
        repo.ensure_annotator(name, kind="gold")
        row = repo.db.execute("SELECT kind FROM annotators WHERE name = ?", [name]).fetchone()
        if row[0] != "gold":
            raise SchemaError(
                f"{name!r} is an annotator of kind {row[0]!r}; set the {GOLD_SETTING!r} "
                "setting to another name for the gold layer"
            )
    return name


# -- reading decisions -----------------------------------------------------------------


def decisions(
    repo: Repository, document_id: str, span_ids: Sequence[str] | None = None
) -> list[Decision]:
    """Every decision on a document, oldest first; with `span_ids`, only those that
    settle one of these spans (a decision in the window reads back its own cluster)."""
    if span_ids is None:
        rows = repo.db.execute(
            "SELECT id, document_id, decision, gold_span_id, reviewer, decided FROM adjudications "
            "WHERE document_id = ? ORDER BY decided, rowid",
            [document_id],
        ).fetchall()
        source_rows = repo.db.execute(
            "SELECT s.adjudication_id, s.span_id FROM adjudication_sources s "
            "JOIN adjudications a ON a.id = s.adjudication_id WHERE a.document_id = ? "
            "ORDER BY s.rowid",
            [document_id],
        ).fetchall()
    else:
        wanted: set[str] = set()
        ids = list(dict.fromkeys(span_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            wanted.update(
                r[0]
                for r in repo.db.execute(
                    "SELECT s.adjudication_id FROM adjudication_sources s "
                    "JOIN adjudications a ON a.id = s.adjudication_id "
                    f"WHERE a.document_id = ? AND s.span_id IN ({', '.join('?' * len(chunk))})",
                    [document_id, *chunk],
                )
            )
        found: list[Any] = []
        sourced: list[Any] = []
        chosen = sorted(wanted)
        for i in range(0, len(chosen), 500):
            chunk = chosen[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            found += repo.db.execute(
                "SELECT id, document_id, decision, gold_span_id, reviewer, decided, rowid "
                f"FROM adjudications WHERE id IN ({marks})",
                chunk,
            ).fetchall()
            sourced += repo.db.execute(
                "SELECT adjudication_id, span_id, rowid FROM adjudication_sources "
                f"WHERE adjudication_id IN ({marks})",
                chunk,
            ).fetchall()
        rows = [r[:6] for r in sorted(found, key=lambda r: (r[5], r[6]))]
        source_rows = [r[:2] for r in sorted(sourced, key=lambda r: r[2])]
    sources: dict[str, list[str]] = {}
    for adjudication_id, span_id in source_rows:
        sources.setdefault(adjudication_id, []).append(span_id)
    gold_ids = [r[3] for r in rows if r[3] is not None]
    gold = {s.id: s for s in _spans_by_id(repo, gold_ids)}
    return [
        Decision(
            id=r[0],
            document_id=r[1],
            decision=r[2],
            gold_span=gold.get(r[3]) if r[3] is not None else None,
            source_span_ids=tuple(sources.get(r[0], ())),
            reviewer=r[4],
            decided=r[5],
        )
        for r in rows
    ]


def _spans_by_id(repo: Repository, ids: Sequence[str]) -> list[Span]:
    found: list[Span] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found += [
            _span(r)
            for r in repo.db.execute(
                f"SELECT {_SPAN_COLUMNS} FROM spans WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
        ]
    return found


def review_clusters(
    repo: Repository, document_id: str, annotators: Sequence[str]
) -> list[ReviewCluster]:
    """The review view of a document: clusters of `annotators`' spans with their decisions."""
    from annotator.core.agreement import classify

    return with_decisions(
        repo, document_id, classify(repo.spans(document_id, annotators), annotators)
    )


def with_decisions(
    repo: Repository, document_id: str, clusters: Sequence[Cluster], *, few: bool = False
) -> list[ReviewCluster]:
    """`clusters` of a document with the decisions now stored on their spans.

    A decision changes no annotator's span, so after one the clusters stay
    and only this is read again (one query, not the spans and the grouping).
    With `few` (the clusters one decision touched), only the decisions on
    their spans are read, not every decision of the document.
    """
    by_source: dict[str, list[Decision]] = {}
    only = [span.id for cluster in clusters for span in cluster.spans] if few else None
    for decision in decisions(repo, document_id, only):
        for span_id in decision.source_span_ids:
            by_source.setdefault(span_id, []).append(decision)
    result = []
    for cluster in clusters:
        covering = {d.id: d for span in cluster.spans for d in by_source.get(span.id, ())}
        result.append(ReviewCluster(cluster, tuple(covering.values())))
    return result


class DocumentReview(Value):
    """What review can show for one document: its clusters, or why there is nothing to compare.

    `compared` are the chosen annotators who worked on the document (spans,
    or a status other than todo). With fewer than two of them nothing is
    compared: `nothing_to_compare` is true, `message` says why in the user's
    words, and `disagreements` is empty (the clusters are still listed, each
    one annotator's span, so they can be accepted one by one).
    """

    __slots__ = __match_args__ = ("clusters", "annotators", "compared", "message")
    clusters: tuple[ReviewCluster, ...]
    annotators: tuple[str, ...]
    compared: tuple[str, ...]
    message: str

    def __init__(
        self,
        clusters: tuple[ReviewCluster, ...],
        annotators: tuple[str, ...],
        compared: tuple[str, ...],
        message: str,
    ) -> None:
        set_field(self, "clusters", clusters)
        set_field(self, "annotators", annotators)
        set_field(self, "compared", compared)
        set_field(self, "message", message)

    @property
    def nothing_to_compare(self) -> bool:
        return len(self.compared) < 2

    @property
    def disagreements(self) -> tuple[ReviewCluster, ...]:
        """Undecided clusters that are not agreed (none when nothing is compared)."""
        from annotator.core.agreement import AGREED

        if self.nothing_to_compare:
            return ()
        return tuple(i for i in self.clusters if not i.decided and i.cluster.kind != AGREED)


def _worked_on(repo: Repository, document_id: str, annotators: Sequence[str]) -> list[str]:
    """Those of `annotators` with spans in the document or a status other than todo."""
    if not annotators:
        return []
    marks = ", ".join("?" * len(annotators))
    found = {
        r[0]
        for r in repo.db.execute(
            "SELECT DISTINCT annotator FROM spans WHERE document_id = ? "
            f"AND annotator IN ({marks}) "
            "UNION SELECT annotator FROM document_status WHERE document_id = ? "
            f"AND annotator IN ({marks}) AND status != 'todo'",
            [document_id, *annotators, document_id, *annotators],
        )
    }
    return [a for a in dict.fromkeys(annotators) if a in found]


def _nothing_message(chosen: Sequence[str], compared: Sequence[str], *, anyone: bool) -> str:
    if len(compared) >= 2:
        return ""
    if not chosen and not anyone:
        return (
            "Nobody has tagged anything in this database yet: there is nothing to compare. "
            "Merge or import a colleague's annotations to review them."
        )
    if not chosen:
        return "No annotators are chosen: choose two or more to compare their work."
    if len(chosen) == 1:
        return (
            f"Only {chosen[0]} is chosen: there is nothing to compare. "
            "Choose a second annotator, or merge a colleague's file."
        )
    if compared:
        return (
            f"Only {compared[0]} has annotated this document: there is nothing to compare. "
            "Merge or import a colleague's annotations to review them."
        )
    return "Nobody has annotated this document yet: there is nothing to compare."


def document_review(
    repo: Repository, document_id: str, annotators: Sequence[str]
) -> DocumentReview:
    """The review of one document by `annotators`; see `DocumentReview`."""
    chosen = tuple(dict.fromkeys(annotators))
    compared = tuple(_worked_on(repo, document_id, chosen))
    return DocumentReview(
        clusters=tuple(review_clusters(repo, document_id, chosen)),
        annotators=chosen,
        compared=compared,
        # Nobody chosen: is there anybody to choose? (an empty list reads as broken)
        message=_nothing_message(
            chosen, compared, anyone=bool(chosen) or bool(compared_annotators(repo))
        ),
    )


# -- making and undoing decisions ------------------------------------------------------


def _check_sources(
    repo: Repository, document_id: str, source_span_ids: Sequence[str], gold: str
) -> list[Span]:
    if len(set(source_span_ids)) != len(source_span_ids):
        raise SpanError("a source span is named twice")
    sources = {s.id: s for s in _spans_by_id(repo, list(source_span_ids))}
    for span_id in source_span_ids:
        span = sources.get(span_id)
        if span is None:
            raise SpanError(f"no span with id {span_id!r}")
        if span.document_id != document_id:
            raise SpanError(f"span {span_id} belongs to another document")
        if span.annotator == gold:
            raise SpanError(f"span {span_id} is already in the gold layer")
    if source_span_ids:
        taken = repo.db.execute(
            "SELECT s.span_id, a.reviewer FROM adjudication_sources s "
            "JOIN adjudications a ON a.id = s.adjudication_id WHERE s.span_id IN "
            f"({', '.join('?' * len(source_span_ids))}) LIMIT 1",
            list(source_span_ids),
        ).fetchone()
        if taken:
            # Named by who decided: from another window or program, it is news to the reader.
            raise SpanError(
                f"span {taken[0]} is already decided (by {taken[1]}); undo that decision first"
            )
    return [sources[i] for i in source_span_ids]


def _insert(repo: Repository, decision: Decision, *, span_may_exist: bool = False) -> None:
    span = decision.gold_span
    if span is not None:
        # On redo the gold span may still be there, shared with another decision:
        # its id is derived from its content, so the row is the same.
        verb = "INSERT OR IGNORE" if span_may_exist else "INSERT"
        repo.db.execute(
            f"{verb} INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                span.id,
                span.document_id,
                span.start,
                span.end,
                span.label,
                span.annotator,
                _dumps(span.attributes),
                span.provenance,
                span.created,
                span.updated,
            ],
        )
    repo.db.execute(
        "INSERT INTO adjudications (id, document_id, decision, gold_span_id, reviewer, decided) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            decision.id,
            decision.document_id,
            decision.decision,
            span.id if span else None,
            decision.reviewer,
            decision.decided,
        ],
    )
    repo.db.conn.executemany(
        "INSERT INTO adjudication_sources (adjudication_id, span_id) VALUES (?, ?)",
        [(decision.id, span_id) for span_id in decision.source_span_ids],
    )


def _event(repo: Repository, decision: Decision, action: str, by: str) -> None:
    span = decision.gold_span
    repo._event(
        by,
        action,
        document_id=decision.document_id,
        span_id=span.id if span else None,
        data={
            "decision": decision.id,
            "kind": decision.decision,
            "sources": list(decision.source_span_ids),
            "gold": None
            if span is None
            else {"start": span.start, "end": span.end, "label": span.label},
        },
    )


def _accept(
    repo: Repository,
    document_id: str,
    source_span_ids: Sequence[str],
    reviewer: str,
    gold: str,
    start: int | None,
    end: int | None,
    label: str | None,
    attributes: dict[str, Any] | None,
) -> Decision:
    sources = _check_sources(repo, document_id, source_span_ids, gold)
    base = sources[0] if sources else None
    if base is None:
        if start is None or end is None or label is None:
            raise SpanError("a gold span without source spans needs start, end and label")
        new_start, new_end, new_label = start, end, label
    else:
        new_start = base.start if start is None else start
        new_end = base.end if end is None else end
        new_label = base.label if label is None else label
    raw = attributes if attributes is not None else (base.attributes if base else {})
    if base is not None and label is not None and label != base.label and attributes is None:
        target = repo.schema().label(new_label)
        raw = {k: v for k, v in raw.items() if target.attribute(k) is not None}
    check_offsets(new_start, new_end, repo._text_length(document_id))
    clean = repo.schema().validate_attributes(new_label, raw)
    edited = base is None or (new_start, new_end, new_label, clean) != (
        base.start,
        base.end,
        base.label,
        base.attributes,
    )
    ordered = sorted(source_span_ids)
    span_id = _uuid("gold", document_id, ordered, new_start, new_end, new_label, clean)
    stamp = now()
    span = read_span(
        document_id,
        new_start,
        new_end,
        new_label,
        gold,
        span_id=span_id,
        attributes=clean,
        provenance="adjudicated",
        created=stamp,
        updated=stamp,
    )
    decision = Decision(
        id=_uuid("decision", span_id, reviewer),
        document_id=document_id,
        decision="edit" if edited else "accept",
        gold_span=span,
        source_span_ids=tuple(source_span_ids),
        reviewer=reviewer,
        decided=stamp,
    )
    if repo.db.execute("SELECT 1 FROM spans WHERE id = ?", [span_id]).fetchone():
        raise SpanError("this gold span exists already; undo that decision first")
    _insert(repo, decision)
    _event(repo, decision, "adjudication.accept", reviewer)
    _link_gold_speakers(repo, document_id, gold, source_span_ids)
    return decision


def _link_gold_speakers(
    repo: Repository, document_id: str, gold: str, sources: Sequence[str] | None = None
) -> None:
    """Carry speaker links into the gold layer where the annotators agree.

    A gold QUOTE accepted from source spans that an annotator had linked as
    quote -> speaker is linked to the gold ACTOR accepted from that speaker, when
    that is the only gold ACTOR its sources' links lead to. Where the annotators'
    speakers differ and both actors are in the gold layer, the gold quote gets no
    carried speaker (a quote has one; the consistency check lists the quote for the
    reviewer), and a link carried before the second actor came is taken back.
    Undoing a decision deletes its gold span and, by cascade, the link;
    `undo_adjudications` then carries again. With `sources` (the spans one
    decision just settled), only the gold quotes those links touch are looked at.
    """
    if sources is None:
        links = repo.db.execute(
            "SELECT r.head_id, r.tail_id FROM relations r JOIN spans h ON h.id = r.head_id "
            "WHERE h.document_id = ? AND r.type = 'speaker' AND r.annotator != ?",
            [document_id, gold],
        ).fetchall()
    else:
        links = []
        for source in dict.fromkeys(sources):
            links += repo.db.execute(
                "SELECT head_id, tail_id FROM relations WHERE type = 'speaker' "
                "AND annotator != ? AND (head_id = ? OR tail_id = ?)",
                [gold, source, source],
            ).fetchall()
    if not links:
        return
    heads = list(dict.fromkeys(head for head, _tail in links))
    quotes: set[str] = set()
    for i in range(0, len(heads), 500):
        chunk = heads[i : i + 500]
        quotes.update(
            row[0]
            for row in repo.db.execute(
                "SELECT a.gold_span_id FROM adjudication_sources s "
                "JOIN adjudications a ON a.id = s.adjudication_id "
                "JOIN spans g ON g.id = a.gold_span_id "
                f"WHERE a.document_id = ? AND g.label = 'QUOTE' AND s.span_id IN "
                f"({', '.join('?' * len(chunk))})",
                [document_id, *chunk],
            )
        )
    # Every gold ACTOR that a link from any source of each of these gold quotes leads to.
    speakers: dict[str, set[str]] = {quote: set() for quote in quotes}
    ordered = sorted(quotes)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i : i + 500]
        for quote, actor in repo.db.execute(
            "SELECT a.gold_span_id, ga.gold_span_id FROM adjudications a "
            "JOIN adjudication_sources s ON s.adjudication_id = a.id "
            "JOIN relations r ON r.head_id = s.span_id AND r.type = 'speaker' "
            "AND r.annotator != ? "
            "JOIN adjudication_sources s2 ON s2.span_id = r.tail_id "
            "JOIN adjudications ga ON ga.id = s2.adjudication_id "
            "JOIN spans g ON g.id = ga.gold_span_id AND g.label = 'ACTOR' "
            f"WHERE a.document_id = ? AND a.gold_span_id IN ({', '.join('?' * len(chunk))})",
            [gold, document_id, *chunk],
        ):
            speakers[quote].add(actor)
    for quote, actors in speakers.items():
        carried = {imported_relation_id(quote, actor, "speaker"): actor for actor in actors}
        if len(carried) != 1:
            for relation_id in carried:
                repo.db.execute(
                    "DELETE FROM relations WHERE id = ? AND annotator = ?", [relation_id, gold]
                )
            continue
        ((relation_id, actor),) = carried.items()
        other = repo.db.execute(
            "SELECT 1 FROM relations WHERE head_id = ? AND type = 'speaker' AND id != ?",
            [quote, relation_id],
        ).fetchone()
        if other is None:  # a speaker the reviewer linked stays the only one
            repo.db.execute(
                "INSERT OR IGNORE INTO relations (id, head_id, tail_id, type, annotator, created) "
                "VALUES (?, ?, ?, 'speaker', ?, ?)",
                [relation_id, quote, actor, gold, now()],
            )


def adjudicate_accept(
    repo: Repository,
    document_id: str,
    source_span_ids: Sequence[str],
    reviewer: str,
    *,
    start: int | None = None,
    end: int | None = None,
    label: str | None = None,
    attributes: dict[str, Any] | None = None,
) -> Decision:
    """Accept `source_span_ids[0]` into the gold layer, settling every listed span.

    start, end, label and attributes default to the first source span's; a
    value that differs makes the decision an 'edit' (relabelling drops
    attributes the new label lacks, unless attributes are given). With no
    source spans, start, end and label are required (a span nobody marked).
    Raises SpanError if a source span is missing, in another document, in the
    gold layer or already decided; SchemaError for a bad label or attribute.
    Returns the decision, whose `gold_span` is the span stored.
    """
    gold = gold_annotator_name(repo)
    with repo.action():
        repo.ensure_annotator(gold, kind="gold")
        return _accept(
            repo, document_id, source_span_ids, reviewer, gold, start, end, label, attributes
        )


def adjudicate_reject(
    repo: Repository, document_id: str, source_span_ids: Sequence[str], reviewer: str
) -> Decision:
    """Record that none of `source_span_ids` belongs in the gold layer."""
    if not source_span_ids:
        raise SpanError("name the spans to reject")
    gold = gold_annotator_name(repo)
    with repo.action():
        _check_sources(repo, document_id, source_span_ids, gold)
        decision = Decision(
            id=_uuid("reject", document_id, sorted(source_span_ids), reviewer),
            document_id=document_id,
            decision="reject",
            gold_span=None,
            source_span_ids=tuple(source_span_ids),
            reviewer=reviewer,
            decided=now(),
        )
        _insert(repo, decision)
        _event(repo, decision, "adjudication.reject", reviewer)
    return decision


def accept_all_agreed(
    repo: Repository, document_id: str, annotators: Sequence[str], reviewer: str
) -> list[Decision]:
    """Accept every undecided agreed cluster in ONE transaction; returns the decisions.

    A cluster counts only if its spans also agree on attributes; the others
    stay for the reviewer. Undo them all with `undo_adjudications`.
    """
    from annotator.core.agreement import AGREED

    gold = gold_annotator_name(repo)
    todo = [
        item.cluster
        for item in review_clusters(repo, document_id, annotators)
        if item.cluster.kind == AGREED
        and not item.decisions
        and all(s.attributes == item.cluster.spans[0].attributes for s in item.cluster.spans)
    ]
    made: list[Decision] = []
    with repo.action():
        repo.ensure_annotator(gold, kind="gold")
        for cluster in todo:
            made.append(
                _accept(
                    repo,
                    document_id,
                    cluster.span_ids,
                    reviewer,
                    gold,
                    None,
                    None,
                    None,
                    None,
                )
            )
    return made


def _sources_of(repo: Repository, decision_ids: Sequence[str]) -> list[str]:
    """The span ids the decisions `decision_ids` settled."""
    found: list[str] = []
    ids = list(decision_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found += [
            r[0]
            for r in repo.db.execute(
                "SELECT span_id FROM adjudication_sources "
                f"WHERE adjudication_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
        ]
    return found


def undo_adjudications(repo: Repository, decision_ids: Sequence[str], *, by: str) -> list[Decision]:
    """Withdraw decisions (and their gold spans) in one transaction; returns them for redo."""
    sources = _sources_of(repo, decision_ids)  # only these decisions are read back
    wanted = set(decision_ids)
    documents = _documents_of(repo, decision_ids)
    found = {
        d.id: d
        for document_id in documents
        for d in decisions(repo, document_id, sources)
        if d.id in wanted
    }
    if len(found) < len(wanted):
        # A decision whose every source span a merge changed or removed (merge67: the
        # colleague's new version is undecided again) settles no span: found by its id.
        for document_id in documents:
            for d in decisions(repo, document_id):
                if d.id in wanted:
                    found.setdefault(d.id, d)
    # A decision no longer stored is withdrawn already: a merge dropped the rejection of a
    # span the colleague changed or removed (merge67), or another program undid it.
    undone = [found[i] for i in decision_ids if i in found]
    with repo.action():
        for decision in undone:
            repo.db.execute("DELETE FROM adjudications WHERE id = ?", [decision.id])
            if decision.gold_span is not None:
                # Only if no other decision (another reviewer's, merged in) still uses it.
                repo.db.execute(
                    "DELETE FROM spans WHERE id = ? AND NOT EXISTS "
                    "(SELECT 1 FROM adjudications WHERE gold_span_id = ?)",
                    [decision.gold_span.id, decision.gold_span.id],
                )
            _event(repo, decision, "adjudication.undo", by)
        # A speaker two annotators disagreed on may be agreed again without this decision:
        # looked at only for the quotes whose speaker links touch the spans it settled
        # (a speaker the reviewer took away elsewhere in the document stays away).
        gold = gold_annotator_name(repo)
        for document_id in dict.fromkeys(d.document_id for d in undone):
            _link_gold_speakers(repo, document_id, gold, sources)
    return undone


def undo_adjudication(repo: Repository, decision_id: str, *, by: str) -> Decision:
    """Withdraw one decision; see `undo_adjudications`. SpanError if it is not stored."""
    undone = undo_adjudications(repo, [decision_id], by=by)
    if not undone:
        raise SpanError(f"no decision with id {decision_id!r}")
    return undone[0]


def restore_adjudications(repo: Repository, made: Sequence[Decision], *, by: str) -> None:
    """Put withdrawn decisions back exactly as they were (redo), in one transaction."""
    with repo.action():
        for decision in made:
            if decision.gold_span is not None:
                repo.ensure_annotator(decision.gold_span.annotator, kind="gold")
            _insert(repo, decision, span_may_exist=True)
            _event(repo, decision, "adjudication.restore", by)
        for document_id in {d.document_id for d in made}:
            _link_gold_speakers(repo, document_id, gold_annotator_name(repo))


def _documents_of(repo: Repository, decision_ids: Sequence[str]) -> list[str]:
    if not decision_ids:
        return []
    rows = repo.db.execute(
        "SELECT DISTINCT document_id FROM adjudications WHERE id IN "
        f"({', '.join('?' * len(decision_ids))})",
        list(decision_ids),
    )
    return [r[0] for r in rows]


# -- progress -------------------------------------------------------------------------


def review_progress_many(
    repo: Repository, document_ids: Sequence[str], annotators: Sequence[str]
) -> dict[str, str]:
    """'not started', 'partly' or 'adjudicated' for each document (for the document list).

    Adjudicated: every cluster of `annotators`' spans is decided, and there
    was something to decide (or the gold annotator marked the document done).
    Not started: no decision and no gold span. Partly: anything in between.
    """
    from annotator.core.agreement import classify

    gold = gold_annotator_name(repo)
    result: dict[str, str] = {}
    for i in range(0, len(document_ids), 400):
        chunk = list(document_ids[i : i + 400])
        marks = ", ".join("?" * len(chunk))
        spans: dict[str, list[Span]] = {d: [] for d in chunk}
        for row in repo.db.execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans WHERE document_id IN ({marks})", chunk
        ):
            spans[row[1]].append(_span(row))
        decided: dict[str, set[str]] = {d: set() for d in chunk}
        for document_id, span_id in repo.db.execute(
            "SELECT a.document_id, s.span_id FROM adjudications a JOIN adjudication_sources s "
            f"ON s.adjudication_id = a.id WHERE a.document_id IN ({marks})",
            chunk,
        ):
            decided[document_id].add(span_id)
        done = {
            r[0]
            for r in repo.db.execute(
                f"SELECT document_id FROM document_status WHERE document_id IN ({marks}) "
                "AND annotator = ? AND status = 'done'",
                [*chunk, gold],
            )
        }
        for document_id in chunk:
            clusters = classify(spans[document_id], annotators)
            covered = decided[document_id]
            result[document_id] = _progress(
                bool(clusters),
                all(sid in covered for c in clusters for sid in c.span_ids),
                bool(covered),
                any(s.annotator == gold for s in spans[document_id]),
                document_id in done,
            )
    return result


def _progress(
    has_clusters: bool, all_decided: bool, any_decided: bool, has_gold: bool, done: bool
) -> str:
    if all_decided and (has_clusters or done):
        return ADJUDICATED
    if not any_decided and not has_gold:
        return NOT_STARTED
    return PARTLY


def progress_of(repo: Repository, document_id: str, clusters: Sequence[ReviewCluster]) -> str:
    """`review_progress` of one document whose clusters are known (the open one)."""
    gold = gold_annotator_name(repo)
    covered = {
        r[0]
        for r in repo.db.execute(
            "SELECT s.span_id FROM adjudications a JOIN adjudication_sources s "
            "ON s.adjudication_id = a.id WHERE a.document_id = ?",
            [document_id],
        )
    }
    has_gold = (
        repo.db.execute(
            "SELECT 1 FROM spans WHERE document_id = ? AND annotator = ? LIMIT 1",
            [document_id, gold],
        ).fetchone()
        is not None
    )
    done = (
        repo.db.execute(
            "SELECT 1 FROM document_status WHERE document_id = ? AND annotator = ? "
            "AND status = 'done'",
            [document_id, gold],
        ).fetchone()
        is not None
    )
    return _progress(
        bool(clusters),
        all(span.id in covered for item in clusters for span in item.cluster.spans),
        bool(covered),
        has_gold,
        done,
    )


def review_progress(repo: Repository, document_id: str, annotators: Sequence[str]) -> str:
    """'not started', 'partly' or 'adjudicated'; see `review_progress_many`."""
    return review_progress_many(repo, [document_id], annotators)[document_id]


# -- comments -------------------------------------------------------------------------


def _comment(row: Sequence[Any]) -> Comment:
    return Comment(row[0], row[1], row[2], row[3], row[4], row[5])


def add_comment(
    repo: Repository, document_id: str, author: str, text: str, span_id: str | None = None
) -> Comment:
    """Attach a comment to a document, or to one of its spans."""
    if not text.strip():
        raise SchemaError("a comment needs some text")
    repo._text_length(document_id)  # raises for an unknown document
    if span_id is not None and repo.span(span_id).document_id != document_id:
        raise SpanError(f"span {span_id} belongs to another document")
    comment = Comment(new_id(), document_id, span_id, author, text, now())
    restore_comment(repo, comment, by=author, action="comment.add")
    return comment


def restore_comment(
    repo: Repository, comment: Comment, *, by: str, action: str = "comment.restore"
) -> None:
    """Store `comment` exactly as given (undo of a deletion)."""
    with repo.action():
        repo.db.execute(
            "INSERT INTO comments (id, document_id, span_id, author, text, created) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                comment.id,
                comment.document_id,
                comment.span_id,
                comment.author,
                comment.text,
                comment.created,
            ],
        )
        repo._event(
            by,
            action,
            document_id=comment.document_id,
            span_id=comment.span_id,
            data={"comment": comment.id, "text": comment.text},
        )


def delete_comment(repo: Repository, comment_id: str, *, by: str) -> Comment:
    """Remove a comment; returns it, for undo."""
    row = repo.db.execute(
        "SELECT id, document_id, span_id, author, text, created FROM comments WHERE id = ?",
        [comment_id],
    ).fetchone()
    if row is None:
        raise SpanError(f"no comment with id {comment_id!r}")
    comment = _comment(row)
    with repo.action():
        repo.db.execute("DELETE FROM comments WHERE id = ?", [comment_id])
        repo._event(
            by,
            "comment.delete",
            document_id=comment.document_id,
            span_id=comment.span_id,
            data={"comment": comment.id, "text": comment.text},
        )
    return comment


def comments(repo: Repository, document_id: str) -> list[Comment]:
    """A document's comments (on it and on its spans), oldest first."""
    return [
        _comment(r)
        for r in repo.db.execute(
            "SELECT id, document_id, span_id, author, text, created FROM comments "
            "WHERE document_id = ? ORDER BY created, rowid",
            [document_id],
        )
    ]


# -- agreement over the corpus -----------------------------------------------------------


def compared_annotators(repo: Repository) -> list[str]:
    """Annotators worth comparing by default: people and imports with spans, not gold."""
    return [
        r[0]
        for r in repo.db.execute(
            "SELECT name FROM annotators WHERE kind IN ('human', 'imported') "
            "AND EXISTS (SELECT 1 FROM spans WHERE spans.annotator = annotators.name) "
            "ORDER BY name"
        )
    ]


def compared_documents(repo: Repository, annotators: Sequence[str]) -> list[str]:
    """Documents every one of `annotators` worked on (has spans or a status), in order.

    A document someone never opened is not evidence that it holds nothing.
    """
    marks = ", ".join("?" * len(annotators))
    rows = repo.db.execute(
        "SELECT d.id FROM documents d JOIN ("
        f"SELECT document_id, annotator FROM spans WHERE annotator IN ({marks}) "
        "UNION SELECT document_id, annotator FROM document_status "
        f"WHERE annotator IN ({marks}) AND status != 'todo'"
        ") w ON w.document_id = d.id GROUP BY d.id HAVING count(DISTINCT w.annotator) = ? "
        "ORDER BY d.seq",
        [*annotators, *annotators, len(annotators)],
    )
    return [r[0] for r in rows]


# One document's spans of one annotator as one JSON array of three arrays (start, end, label):
# parsing and zipping it runs in C, which halves the time of reading the rows one by one
# (and one parse per document costs less than three). A subquery per annotator of each
# document row, so that the documents stream in their order as they are counted.
# NULL when the annotator has no span there (an aggregate over no rows still gives one).
_LAYER_OF_DOCUMENT: Final = (
    "(SELECT CASE WHEN count(*) THEN '[' || json_group_array(start) || ',' || "
    "json_group_array(\"end\") || ',' || json_group_array(label) || ']' END "
    "FROM spans WHERE annotator = ? AND document_id = d.id)"
)
# Below this many documents the counting stays in this process (see corpus_agreement).
_HELPERS_FROM: Final = 2000


def corpus_agreement(
    repo: Repository,
    annotators: Sequence[str],
    document_ids: Sequence[str] | None = None,
    *,
    progress: Callable[[int], object] | None = None,
) -> AgreementReport:
    """Agreement figures of `annotators` over documents (default: `compared_documents`).

    Reads with plain cursors (the bulk path); the figures come from
    annotator.core.agreement.agreement. The documents are read one after another
    while they are counted, so helper processes count while this one still reads.
    """
    from annotator.core.agreement import DocumentLayers, agreement

    names = list(annotators)
    conn = repo.db.conn
    columns = ", ".join(_LAYER_OF_DOCUMENT for _ in names)

    def layers_of(row: Sequence[Any]) -> dict[str, list[SpanTuple]]:
        return {
            name: list(zip(*json.loads(found), strict=True))
            for name, found in zip(names, row[2:], strict=True)
            if found is not None
        }

    documents: Iterator[DocumentLayers]
    if document_ids is None:
        # `compared_documents`, worked out from the rows read rather than by a second
        # pass over the spans: every annotator has spans in the document or a status
        # other than todo, in document order.
        marks = ", ".join("?" * len(names))
        status: dict[str, set[str]] = {}
        for document_id, name in conn.execute(
            f"SELECT document_id, annotator FROM document_status WHERE annotator IN ({marks}) "
            "AND status != 'todo'",
            names,
        ):
            status.setdefault(document_id, set()).add(name)
        rows = conn.execute(
            f"SELECT d.id, d.text, {columns} FROM documents d ORDER BY d.seq", names
        )

        def compared() -> Iterator[DocumentLayers]:
            for row in rows:
                layers = layers_of(row)
                if len(status.get(row[0], set()) | layers.keys()) == len(names):
                    yield DocumentLayers(row[0], row[1], layers)

        documents = compared()
    else:
        # Chosen documents are passed as one JSON array (`json_each`), whatever their number.
        chosen = conn.execute(
            f"SELECT d.id, d.text, {columns} FROM documents d "
            "WHERE d.id IN (SELECT value FROM json_each(?))",
            [*names, json.dumps(list(document_ids))],
        )
        by_id = {row[0]: DocumentLayers(row[0], row[1], layers_of(row)) for row in chosen}
        documents = iter([by_id[i] for i in document_ids if i in by_id])
    # Counting is CPU-bound and independent per document: large corpora use every core.
    # Whether this one is large is known once that many documents have been read.
    first = list(islice(documents, _HELPERS_FROM))
    workers = min(os.cpu_count() or 1, MAX_AGREEMENT_WORKERS) if len(first) >= _HELPERS_FROM else 1
    return agreement(chain(first, documents), names, progress=progress, workers=workers)


# Reads raise StoreError (damaged, gone, busy), never sqlite3's errors.
classify_module_reads(__name__)
