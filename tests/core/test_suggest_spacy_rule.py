"""The optional spaCy rule combined with the rules: the model only fills gaps.

No trained pipeline is installed in the test environment, so the "model" is a
real blank English spaCy pipeline whose entity ruler knows a few names; the
rule reads `doc.ents` from it exactly as it would from en_core_web_sm.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from annotator.core.suggest import base, default_rules, spacy_entities, suggest  # noqa: E402
from annotator.services.suggesting import load_gazetteer  # noqa: E402

TEXT = (
    "Drone strike kills 4 near Kassala\n\n"
    "Governor Ada Brun said the Eastern Shield Brigade shelled the market. "
    "Russian soldiers and Houthis were not involved, said Tomas Ekwueme of "
    "the kassala relief committee.\n\n"
    "Armed Zaghawa fired on the convoy, and Zaghawa elders called for calm.\n"
)


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Brun said"},  # a model's wrong extent
            {"label": "ORG", "pattern": "the Eastern Shield Brigade"},
            {"label": "NORP", "pattern": "Russian"},
            {"label": "NORP", "pattern": "Houthis"},
            {"label": "NORP", "pattern": "Zaghawa"},
            {"label": "PERSON", "pattern": "Tomas Ekwueme"},
            {"label": "ORG", "pattern": "the kassala relief committee"},
            {"label": "DATE", "pattern": "4"},
        ]
    )
    monkeypatch.setattr(spacy_entities, "installed_pipelines", lambda: ["blank_with_ruler"])
    monkeypatch.setattr(spacy_entities, "_pipeline", lambda name: nlp)
    rule = base._REGISTRY[spacy_entities.RULE_NAME]
    monkeypatch.setitem(base._REGISTRY, rule.name, dataclasses.replace(rule, available=True))
    return nlp


def _actors(rules: list[str]) -> dict[str, str]:
    found = suggest(TEXT, gazetteer=load_gazetteer(), labels=["ACTOR"], rules=rules)
    return {TEXT[s.start : s.end]: s.rule for s in found if s.label == "ACTOR"}


def test_the_model_fills_gaps_and_the_rules_win_on_extent(model: Any) -> None:
    rules_only = _actors(default_rules(["ACTOR"]))
    combined = _actors([*default_rules(["ACTOR"]), spacy_entities.RULE_NAME])

    # What the rules found is kept with the rules' extent ("Ada Brun", not "Brun said").
    assert {text: rule for text, rule in combined.items() if text in rules_only} == rules_only
    assert "Brun said" not in combined
    # Names the rules did not find come from the model, without a leading "the".
    added = {text for text, rule in combined.items() if rule == spacy_entities.RULE_NAME}
    assert added
    assert added.isdisjoint(rules_only)
    assert "kassala relief committee" in added  # no rule reads a lowercase name
    assert all(not text.startswith("the ") for text in added)


def _model_found(rules: list[str]) -> list[tuple[int, str]]:
    found = suggest(TEXT, gazetteer=load_gazetteer(), labels=["ACTOR"], rules=rules)
    return [(s.start, TEXT[s.start : s.end]) for s in found if s.rule == spacy_entities.RULE_NAME]


@pytest.mark.parametrize("tagged", [False, True], ids=["no tagger", "tagger"])
def test_a_nationality_adjective_from_the_model_is_not_an_actor_but_a_group_is(
    model: Any, tagged: bool
) -> None:
    if tagged:
        # Parts of speech as a tagger would give them, from spaCy's attribute ruler.
        tags = model.add_pipe("attribute_ruler")
        for word, pos in (("soldiers", "NOUN"), ("elders", "NOUN"), ("fired", "VERB")):
            tags.add([[{"ORTH": word}]], {"POS": pos})
    found = _model_found([*default_rules(["ACTOR"]), spacy_entities.RULE_NAME])
    texts = [text for _, text in found]
    assert "Russian" not in texts  # "Russian soldiers": the guideline leaves it untagged
    # "Armed Zaghawa fired": a group; "Zaghawa elders": an adjective
    assert (TEXT.index("Zaghawa fired"), "Zaghawa") in found
    assert (TEXT.index("Zaghawa elders"), "Zaghawa") not in found
