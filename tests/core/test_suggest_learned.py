"""The learned ACTOR gap filler (rule `actor_learned`): its weights, its tag sequences,
its place among the rules, and its training."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.packaged import packaged_files
from annotator.core.suggest import default_rules, learned, registry, suggest
from annotator.core.suggest.base import RULE_ACTOR_EXTENTS, SuggestContext
from annotator.services.suggesting import load_gazetteer
from tests.conftest import load_script

REPO = Path(__file__).resolve().parents[2]
WITH_MODEL = [*default_rules(), "actor_learned"]


def _valid(tags: list[str]) -> bool:
    """Every I-<type> follows a B-<type> or an I-<type> of the same type."""
    before = "O"
    for tag in tags:
        if tag.startswith("I-") and before[2:] != tag[2:]:
            return False
        before = tag
    return True


# ----------------------------------------------------------------- the shipped weights


def test_the_weights_load_from_the_packaged_resources_with_what_they_were_trained_on() -> None:
    data = packaged_files().joinpath(*learned.MODEL_PATH).read_bytes()
    model = learned.load(data)
    assert len(data) < 1_000_000
    assert model.tags[0] == "O"
    assert {"B-person", "I-person", "B-state", "B-armed group"} <= set(model.tags)
    meta = model.meta
    assert len(meta["gold_sha256"]) == 64
    assert meta["articles"] > 0
    assert meta["date"]
    assert learned.packaged_model().tags == model.tags


def test_the_rule_is_registered_as_an_optional_gap_filler() -> None:
    rule = registry()["actor_learned"]
    assert rule.label == "ACTOR"
    assert rule.fills_gaps
    assert rule.available


def test_a_file_that_is_no_model_is_refused() -> None:
    with pytest.raises(ValueError, match="actor model"):
        learned.load(b"not gzip")
    with pytest.raises(ValueError, match="actor model"):
        learned.load(gzip.compress(json.dumps({"format": 99}).encode()))


# ----------------------------------------------------------------- tag sequences


ARTICLE_TEXTS = sorted((REPO / "sample_articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLE_TEXTS[:6], ids=lambda p: p.name)
def test_the_tags_of_an_article_are_a_valid_sequence(path: Path) -> None:
    model = learned.packaged_model()
    text = path.read_text("utf-8")
    tagged, margins = model.tag(learned.prepare(text, load_gazetteer()))
    assert len(tagged) == len(margins) == len(learned.model_tokens(text))
    assert _valid([model.tags[t] for t in tagged])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["The", "Army", "of", "al", "-", "Qaeda", "'s", ".", ",", "\n", "U.N", "Ms", "14th",
             "Kavenda", "said", "\u201c", "Front", "and", "the", "Jund", "(", ")", "KRTV", "é"]
        ),
        max_size=40,
    )
)  # fmt: skip
def test_the_tags_are_a_valid_sequence_whatever_the_text(words: list[str]) -> None:
    model = learned.packaged_model()
    text = " ".join(words)
    prepared = learned.prepare(text, load_gazetteer())
    tagged, _margins = model.tag(prepared)
    assert _valid([model.tags[t] for t in tagged])
    for start, end, _kind in model.spans(text, load_gazetteer(), margin=-1e9):
        assert 0 <= start < end <= len(text)


def test_the_tokens_split_a_possessive_and_a_hyphen_so_a_span_edge_falls_between_them() -> None:
    text = "Russia's Houthi-run al-Qaeda"
    words = [text[s:e] for s, e in learned.model_tokens(text)]
    assert words == ["Russia", "'s", "Houthi", "-", "run", "al", "-", "Qaeda"]


# ----------------------------------------------------------------- among the rules

SAMPLES = [
    '"We will not leave," Kavenda Civil Defence told reporters in the capital.',
    "According to Kavenda Civil Defence, at least 12 people were killed.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_model_finds_a_body_of_a_new_shape_the_rules_miss(text: str) -> None:
    name = "Kavenda Civil Defence"
    start = text.index(name)
    end = start + len(name)
    gazetteer = load_gazetteer()
    by_rules = [s for s in suggest(text, gazetteer=gazetteer) if s.label == "ACTOR"]
    assert not any(s.start < end and start < s.end for s in by_rules)  # the rules miss it
    found = suggest(text, gazetteer=gazetteer, rules=WITH_MODEL)
    assert any((s.start, s.end, s.rule) == (start, end, "actor_learned") for s in found), found


@pytest.mark.parametrize("path", ARTICLE_TEXTS, ids=lambda p: p.name)
def test_the_model_s_spans_never_overlap_a_rule_s_actor_span(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "margin", 0.0)  # as many of the model's spans as it has
    text = path.read_text("utf-8")
    found = [s for s in suggest(text, gazetteer=load_gazetteer(), rules=WITH_MODEL)]
    actors = [s for s in found if s.label == "ACTOR"]
    mine = [s for s in actors if s.rule == "actor_learned"]
    others = [s for s in actors if s.rule != "actor_learned"]
    for s in mine:
        assert not any(o.start < s.end and s.start < o.end for o in others), s


def test_the_rule_reads_only_the_gaps_the_suggester_gives_it() -> None:
    text = SAMPLES[1]
    start = text.index("Kavenda")
    ctx = SuggestContext(text, gazetteer=load_gazetteer())
    assert any(s.start == start for s in learned.actor_learned(ctx))
    closed = SuggestContext(text, gazetteer=load_gazetteer())
    closed.memo[RULE_ACTOR_EXTENTS] = [(start, start + len("Kavenda Civil Defence"))]
    assert list(learned.actor_learned(closed)) == []


def test_nothing_is_suggested_in_page_furniture() -> None:
    text = SAMPLES[1]
    start = text.index("Kavenda")
    found = suggest(
        text,
        gazetteer=load_gazetteer(),
        rules=WITH_MODEL,
        boilerplate=[(start, start + 7)],
    )
    assert not any(s.rule == "actor_learned" for s in found)


# ----------------------------------------------------------------- training

GIVEN = ["Tariq", "Amara", "Josefa", "Kwame", "Nadia", "Ilya", "Rosa", "Bilal"]
FAMILY = ["Ndovu", "Kessler", "Oduya", "Marsh", "Quispe", "Haddad", "Lindqvist", "Obi"]
PLACES = ["Lubowa", "Tessin", "Karu", "Moreno"]


def _tiny_gold() -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Invented documents: a person of shape "Xxxx Xxxx-Xxxx" speaks; places are no actors."""
    documents = []
    for i in range(16):
        person = f"{GIVEN[i % 8]} {FAMILY[i % 8]}-{FAMILY[(i + 3) % 8]}"
        place = PLACES[i % 4]
        text = (
            f"Fighting resumed near {place} on Monday. {person} said the road was closed.\n\n"
            f"In {place}, shops stayed shut, and {person} told reporters it would last."
        )
        spans = []
        at = 0
        while (found := text.find(person, at)) >= 0:
            spans.append((found, found + len(person), "person"))
            at = found + 1
        documents.append((text, spans))
    return documents


def test_training_on_a_tiny_gold_learns_the_name_shape_it_was_shown() -> None:
    model = learned.train(_tiny_gold(), {}, epochs=8, seed=3)
    text = "Shelling hit Karu overnight. Ebere Azikiwe-Nwosu said the clinic was full."
    name = "Ebere Azikiwe-Nwosu"
    start = text.index(name)
    found = model.spans(text, {}, margin=0.0)
    assert (start, start + len(name), "person") in found
    assert not any(text[a:b] == "Karu" for a, b, _k in found)


def test_training_is_deterministic_to_the_byte() -> None:
    first = learned.dump(learned.train(_tiny_gold(), {}, epochs=4, seed=5, meta={"a": 1}))
    second = learned.dump(learned.train(_tiny_gold(), {}, epochs=4, seed=5, meta={"a": 1}))
    assert first == second
    assert learned.load(first).meta == {"a": 1}


def _gold_file(folder: Path) -> Path:
    path = folder / "gold.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number, (text, spans) in enumerate(_tiny_gold(), start=500):
            record = {
                "text": text,
                "meta": {"file": f"{number}-some-town.txt"},
                "spans": [
                    {"start": a, "end": b, "label": "ACTOR", "attributes": {"type": k}}
                    for a, b, k in spans
                ],
            }
            out.write(json.dumps(record) + "\n")
    return path


def test_the_training_script_writes_the_same_bytes_and_records_its_gold(tmp_path: Path) -> None:
    script = load_script("train_actor_model")
    gold = _gold_file(tmp_path)
    args = ["--epochs", "3", "--date", "2026-12-04", "--exclude", "510-515"]
    assert script.main([str(gold), "--out", str(tmp_path / "a.json.gz"), *args]) == 0
    assert script.main([str(gold), "--out", str(tmp_path / "b.json.gz"), *args]) == 0
    first = (tmp_path / "a.json.gz").read_bytes()
    assert first == (tmp_path / "b.json.gz").read_bytes()
    meta = learned.load(first).meta
    assert meta["gold_sha256"] == hashlib.sha256(gold.read_bytes()).hexdigest()
    assert meta["articles"] == 10
    assert meta["left_out"] == list(range(510, 516))
    assert meta["date"] == "2026-12-04"


def test_the_training_script_refuses_the_held_out_gold(tmp_path: Path) -> None:
    script = load_script("train_actor_model")
    folder = tmp_path / "heldout"
    folder.mkdir()
    gold = _gold_file(folder)
    assert script.main([str(gold), "--out", str(tmp_path / "m.json.gz")]) == 2
    assert not (tmp_path / "m.json.gz").exists()
