"""Planning corpus-wide edits: the spans that annotating search hits would add.

The edits themselves (TagSpans, Relabel, DismissProblem, LinkActor,
MergeActors) live in annotator.services.operations and run through the
session like every other edit.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.model import Span
from annotator.core.snapping import snap_selection
from annotator.core.spans import new_span
from annotator.services.edits import EditService
from annotator.store.search import Hit


def plan_spans(
    edits: EditService, hits: Iterable[Hit], label: str, *, words: bool = True
) -> list[Span]:
    """The spans annotating `hits` as `label` would add: snapped, without duplicates.

    A hit that snaps to nothing, or that the annotator already tagged with
    this label at the same extent, adds nothing.
    """
    schema = edits.repo.schema()
    texts: dict[str, str] = {}
    existing: dict[str, set[tuple[int, int]]] = {}
    planned: list[Span] = []
    for hit in hits:
        if hit.document_id not in texts:
            texts[hit.document_id] = edits.text(hit.document_id)
            existing[hit.document_id] = {
                (s.start, s.end)
                for s in edits.document_spans(hit.document_id, [edits.annotator])
                if s.label == label
            }
        text = texts[hit.document_id]
        start, end = snap_selection(text, hit.start, hit.end, label, words=words)
        if start >= end or (start, end) in existing[hit.document_id]:
            continue
        existing[hit.document_id].add((start, end))
        planned.append(new_span(schema, hit.document_id, text, start, end, label, edits.annotator))
    return planned
