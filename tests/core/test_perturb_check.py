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
        if kind in ("invert", "appositive", "time", "told", "speaker-gap", "speaker-gap-named"):
            for s in kept:
                if s.label == "QUOTE":
                    old = before[s.id]
                    assert out.document.text[s.start : s.end] == old.covered(item.document.text)
    assert made > 0


def test_a_span_added_by_an_insertion_lands_on_its_words() -> None:
    item = _article()
    at = item.document.text.index("Diallo, 34")
    inserted = "Reuters could not verify it. "
    out = apply_edits(item, [Edit(at, at, inserted, adds=((0, 7, "ACTOR", (("type", "media"),)),))])
    assert out is not None
    added = [s for s in out.spans if s.id.startswith("perturb-")]
    assert [out.document.text[s.start : s.end] for s in added] == ["Reuters"]
    assert added[0].start == at
    assert carried_problems(item, out) == []


def _one(text: str, spans: list[tuple[str, str, str | None]]) -> AnnotatedDocument:
    document = Document.from_text(text, title="t")
    made, after = [], 0
    for number, (words, label, kind) in enumerate(spans):
        at = text.index(words, after)
        after = at + len(words)
        attributes = {"type": kind} if kind else {"kind": "direct"}
        span_id = words if number == 0 or words != spans[number - 1][0] else f"{words}-{number}"
        made.append(Span(span_id, document.id, at, after, label, "gold", attributes))
    return AnnotatedDocument(document, made, [])


def test_bodies_noun_replaces_a_name_used_as_a_noun_phrase_only() -> None:
    text = (
        "The Coalition of Kivu Herders said the road was shut. Coalition of Kivu Herders "
        "volunteers fled. The Patriotic Front of Kivu said it held the town."
    )
    item = _one(
        text,
        [
            ("Coalition of Kivu Herders", "ACTOR", "organisation"),
            ("Coalition of Kivu Herders", "ACTOR", "organisation"),
            ("Patriotic Front of Kivu", "ACTOR", "armed group"),
        ],
    )
    out = variant(item, "bodies-noun", random.Random(1), set())
    assert out is not None
    # the organisation stands as a modifier once ("... volunteers"): kept as it was
    assert out.document.text.count("Coalition of Kivu Herders") == 2
    group = next(s for s in out.spans if s.id == "Patriotic Front of Kivu")
    new_name = out.document.text[group.start : group.end]
    assert new_name != "Patriotic Front of Kivu"
    assert f"The {new_name} said" in out.document.text
    assert carried_problems(item, out) == []


def test_bodies_noun_leaves_a_listed_body_alone() -> None:
    text = "The Rapid Support Forces said the town had fallen."
    item = _one(text, [("Rapid Support Forces", "ACTOR", "armed group")])
    assert variant(item, "bodies-noun", random.Random(1), set()) is None


def test_names_titled_puts_a_fitting_title_outside_the_one_name() -> None:
    text = (
        "Police surrounded the camp. Police spokesman Abdul Karim Bello said two men were held. "
        "Bello said more arrests would follow."
    )
    item = _one(text, [("Abdul Karim Bello", "ACTOR", "person"), ("Bello", "ACTOR", "person")])
    out = variant(item, "names-titled", random.Random(3), set())
    assert out is not None
    first = next(s for s in out.spans if s.id == "Abdul Karim Bello")
    name = out.document.text[first.start : first.end]
    assert len(name.split()) == 1
    title = out.document.text[: first.start].rsplit("spokesman ", 1)[1].strip()
    assert title in ("IG", "Inspector", "Superintendent", "Commissioner", "Deputy Inspector")
    assert carried_problems(item, out) == []


def test_names_titled_skips_a_civilian() -> None:
    text = "Soldiers came at night. Awa Keita, a farmer, said the army had left."
    item = _one(text, [("Awa Keita", "ACTOR", "person")])
    assert variant(item, "names-titled", random.Random(3), set()) is None


@pytest.mark.parametrize("kind", ["speaker-gap", "speaker-gap-named"])
def test_a_paragraph_goes_between_a_speaker_and_the_quote_that_says_he(kind: str) -> None:
    text = (
        "Musa Bello, who leads the local council, arrived on Monday. "
        '"We have nothing left," he said.'
    )
    item = _one(text, [("Musa Bello", "ACTOR", "person"), ("We have nothing left,", "QUOTE", None)])
    item.relations.append(
        Relation("r", "We have nothing left,", "Musa Bello", "speaker", "gold", "")
    )
    out = variant(item, kind, random.Random(2), set())
    assert out is not None
    new = out.document.text
    assert new.startswith("Musa Bello, who leads the local council, arrived on Monday.\n\n")
    assert new.endswith('\n\n"We have nothing left," he said.')
    added = [s for s in out.spans if s.id.startswith("perturb-")]
    if kind == "speaker-gap":
        assert added == []
    else:
        assert len(added) == 1
        assert new[added[0].start : added[0].end] in (
            "Reuters",
            "United Nations",
            "International Committee of the Red Cross",
        )
    assert [(r.head_id, r.tail_id) for r in out.relations] == [
        ("We have nothing left,", "Musa Bello")
    ]
    assert carried_problems(item, out) == []


def test_no_paragraph_goes_before_a_quote_that_names_no_speaker() -> None:
    text = 'Musa Bello, who leads the local council, arrived on Monday. "We have nothing left."'
    item = _one(text, [("Musa Bello", "ACTOR", "person"), ("We have nothing left.", "QUOTE", None)])
    item.relations.append(
        Relation("r", "We have nothing left.", "Musa Bello", "speaker", "gold", "")
    )
    assert variant(item, "speaker-gap", random.Random(2), set()) is None


def test_states_renames_a_state_its_demonym_and_capital_together() -> None:
    text = (
        "Mali's army said Bamako would respond. Malian forces left Mopti. The Sudan Tribune "
        "reported that Mali had closed its border."
    )
    item = _one(
        text,
        [
            ("Mali", "ACTOR", "state"),
            ("Bamako", "ACTOR", "state"),
            ("Malian forces", "ACTOR", "state"),
            ("Sudan Tribune", "ACTOR", "media"),
            ("Mali", "ACTOR", "state"),
        ],
    )
    out = variant(item, "states", random.Random(2), set())
    assert out is not None
    new = out.document.text
    assert "Mali" not in new
    assert "Bamako" not in new
    got = [new[s.start : s.end] for s in out.spans]
    state = got[0]
    assert state != "Mali"
    assert " " not in state
    assert got[4] == state
    assert got[2].endswith(" forces")
    assert got[2] != "Malian forces"
    # a state's name inside another kind of actor's name stays as it was
    assert got[3] == "Sudan Tribune"
    assert carried_problems(item, out) == []


def test_capitals_renames_only_the_capital() -> None:
    text = "Mali said Bamako would respond."
    item = _one(text, [("Mali", "ACTOR", "state"), ("Bamako", "ACTOR", "state")])
    out = variant(item, "capitals", random.Random(2), set())
    assert out is not None
    assert out.document.text.startswith("Mali said ")
    assert "Bamako" not in out.document.text
    assert carried_problems(item, out) == []


def test_states_keeps_a_place_named_after_a_state() -> None:
    text = "Niger said troops reached Niger State and Port Sudan."
    item = _one(text, [("Niger", "ACTOR", "state")])
    out = variant(item, "states", random.Random(2), set())
    assert out is not None
    assert "Niger State and Port Sudan." in out.document.text
    assert not out.document.text.startswith("Niger ")


def test_split_puts_the_attribution_inside_the_quote_and_links_both_halves() -> None:
    text = (
        "Farida Osman runs the clinic in the camp. "
        '"We have no more bandages, and the next convoy is a week away," Osman said. '
        "The road is closed."
    )
    item = _one(
        text,
        [
            ("Farida Osman", "ACTOR", "person"),
            ("We have no more bandages, and the next convoy is a week away,", "QUOTE", None),
            ("Osman", "ACTOR", "person"),
        ],
    )
    quote_id = "We have no more bandages, and the next convoy is a week away,"
    item.relations.append(Relation("r", quote_id, "Osman", "speaker", "gold", ""))
    out = variant(item, "split", random.Random(1), set())
    assert out is not None
    new = out.document.text
    assert '"We have no more bandages," Osman said, "and the next convoy is a week away."' in new
    got = {s.id: new[s.start : s.end] for s in out.spans}
    assert got[quote_id] == "We have no more bandages,"
    assert got["Osman"] == "Osman"
    added = [s for s in out.spans if s.id.startswith("perturb-")]
    assert [new[s.start : s.end] for s in added] == ["and the next convoy is a week away."]
    assert added[0].attributes == {"kind": "direct"}
    assert sorted((r.head_id, r.tail_id) for r in out.relations) == sorted(
        [(quote_id, "Osman"), (added[0].id, "Osman")]
    )
    assert carried_problems(item, out) == []


def test_split_leaves_a_quote_whose_next_sentence_names_someone() -> None:
    quote = "We have no more bandages, and the convoy is late,"
    text = f'Farida Osman runs the clinic. "{quote}" Osman said. Musa Keita left.'

    def linked(spans: list[tuple[str, str, str | None]]) -> AnnotatedDocument:
        item = _one(text, spans)
        item.relations.append(Relation("r", quote, "Osman", "speaker", "gold", ""))
        return item

    spans = [
        ("Farida Osman", "ACTOR", "person"),
        (quote, "QUOTE", None),
        ("Osman", "ACTOR", "person"),
    ]
    # the same quote is split when nobody is named in the sentence after it ...
    assert variant(linked(spans), "split", random.Random(1), set()) is not None
    # ... and left whole when the next sentence names someone
    named = linked([*spans, ("Musa Keita", "ACTOR", "person")])
    assert variant(named, "split", random.Random(1), set()) is None


def test_names_described_puts_no_description_after_a_title_and_its_stop() -> None:
    text = "Shelling resumed at dawn. Col. Tomas Verhoeven Ekman said the line held."
    item = _one(text, [("Tomas Verhoeven Ekman", "ACTOR", "person")])
    assert variant(item, "names-described", random.Random(1), set()) is None
    text = "Shelling resumed at dawn. Tomas Verhoeven Ekman said the line held."
    item = _one(text, [("Tomas Verhoeven Ekman", "ACTOR", "person")])
    out = variant(item, "names-described", random.Random(1), set())
    assert out is not None
    assert out.document.text.endswith("Tomas Verhoeven Ekman said the line held.")
    assert out.document.text != text
