"""The perturbation check carries the gold along exactly (scripts/perturb_check.py)."""

from __future__ import annotations

import random

import pytest

from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.services.suggesting import load_gold
from scripts.perturb_check import KINDS, Edit, apply_edits, carried_problems, variant

DEV = "sample_articles/dev/realistic.jsonl"


def _article() -> AnnotatedDocument:
    text = '"We ran at night," Awa Diallo told Reuters. Diallo, 34, said the town was empty.'
    document = Document.from_text(text, title="t")

    def span(words: str, label: str, kind: str | None = None, nth: int = 0) -> Span:
        at = -1
        for _ in range(nth + 1):
            at = text.index(words, at + 1)
        attributes = {"type": kind} if kind else {}
        return Span(words, document.id, at, at + len(words), label, "gold", attributes)

    spans = [
        span("We ran at night,", "QUOTE"),
        span("Awa Diallo", "ACTOR", "person"),
        span("Reuters", "ACTOR", "media"),
        span("Diallo", "ACTOR", "person", nth=1),
    ]
    relation = Relation("r", "We ran at night,", "Awa Diallo", "speaker", "gold", "")
    return AnnotatedDocument(document, spans, [relation])


def test_edits_shift_every_later_span_and_keep_the_speaker_link() -> None:
    item = _article()
    text = item.document.text
    name = text.index("Awa Diallo")
    told = text.index("told Reuters")
    out = apply_edits(
        item,
        [
            Edit(name, name + len("Awa Diallo"), "Mariam mint Ahmed"),
            # "told Reuters" -> "told reporters": the outlet's span goes with its words
            Edit(told + 5, told + 12, "reporters", drops=("Reuters",)),
            # a phrase inserted right after a span's end stays outside it
            Edit(told + 12, told + 12, " on Tuesday"),
        ],
    )
    assert out is not None
    got = {s.id: out.document.text[s.start : s.end] for s in out.spans}
    assert got == {
        "We ran at night,": "We ran at night,",
        "Awa Diallo": "Mariam mint Ahmed",
        "Diallo": "Diallo",
    }
    assert "told reporters on Tuesday." in out.document.text
    assert [(r.head_id, r.tail_id) for r in out.relations] == [("We ran at night,", "Awa Diallo")]
    assert carried_problems(item, out) == []


def test_an_edit_cutting_a_span_it_does_not_carry_is_skipped() -> None:
    item = _article()
    at = item.document.text.index("Diallo told")  # from inside "Awa Diallo" to past its end
    assert apply_edits(item, [Edit(at, at + len("Diallo told"), "Ahmed said")]) is None


def test_a_moved_span_lands_on_its_words() -> None:
    item = _article()
    text = item.document.text
    start = text.index("Awa Diallo")
    end = text.index(" Reuters")
    # '"...," Awa Diallo told Reuters' -> '"...," told Awa Diallo Reuters' (only to move it)
    out = apply_edits(item, [Edit(start, end, "told Awa Diallo", (("Awa Diallo", 5, 15),))])
    assert out is not None
    moved = next(s for s in out.spans if s.id == "Awa Diallo")
    assert out.document.text[moved.start : moved.end] == "Awa Diallo"
    assert carried_problems(item, out) == []


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_carries_the_dev_gold_exactly(kind: str) -> None:
    gold = load_gold(DEV)[:40]
    made = 0
    for index, item in enumerate(gold):
        out = variant(item, kind, random.Random(f"test-{kind}-{index}"), set())
        if out is None:
            continue
        made += 1
        assert out.document.text != item.document.text
        assert carried_problems(item, out) == []
        # the same spans, labels and types (only "told" drops or adds an outlet's)
        before = {s.id: s for s in item.spans}
        for s in out.spans:
            if s.id in before:
                assert (s.label, s.attributes) == (before[s.id].label, before[s.id].attributes)
        kept = [s for s in out.spans if s.id in before]
        if kind != "told":
            assert {s.id for s in kept} == set(before)
        # text outside every edit is untouched: each kept QUOTE reads as before unless a
        # renamed name stands inside it
        if kind in ("invert", "appositive", "time", "told"):
            for s in kept:
                if s.label == "QUOTE":
                    old = before[s.id]
                    assert out.document.text[s.start : s.end] == old.covered(item.document.text)
    assert made > 0
