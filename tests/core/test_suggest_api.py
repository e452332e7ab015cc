"""The suggest() entry point and the rule registry."""

from __future__ import annotations

import dataclasses
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import (
    LABELS,
    Suggestion,
    default_rules,
    registry,
    resolve_overlaps,
    rules_for,
    suggest,
)
from tests.conftest import REPO

TEXT = 'Shelling killed 5 people, said Mayor Ada Brun. "We are afraid," Brun told reporters.'


def test_every_label_has_rules_and_every_rule_a_description() -> None:
    for label in LABELS:
        assert rules_for(label)
    assert all(r.description for r in registry().values())


def test_labels_restrict_what_is_suggested() -> None:
    assert {s.label for s in suggest(TEXT, labels=["CASUALTY"])} == {"CASUALTY"}
    assert {s.label for s in suggest(TEXT)} == set(LABELS)


def test_naming_rules_runs_only_those() -> None:
    found = suggest(TEXT, rules=["actor_titled_person"])
    assert [(s.rule, TEXT[s.start : s.end]) for s in found] == [("actor_titled_person", "Ada Brun")]


def test_an_unknown_rule_name_is_refused() -> None:
    with pytest.raises(KeyError, match="no suggestion rule"):
        suggest(TEXT, rules=["no_such_rule"])


def test_the_spacy_rule_is_never_on_by_default() -> None:
    assert "actor_spacy_entities" in registry()
    assert "actor_spacy_entities" not in default_rules()
    if not registry()["actor_spacy_entities"].available:
        assert "spacy" in registry()["actor_spacy_entities"].how_to_enable


def test_suggestions_are_frozen_and_sorted() -> None:
    found = suggest(TEXT)
    assert found == sorted(found, key=lambda s: (s.start, -s.end, s.label))
    with pytest.raises(AttributeError):
        found[0].start = 3  # type: ignore[misc]


def test_a_suggestion_made_by_hand_keeps_the_dataclass_contract() -> None:
    bare = Suggestion(4, 9, "ACTOR")
    other = Suggestion(4, 9, "ACTOR")
    assert bare == other
    assert bare.attributes == {}
    assert bare.attributes is not other.attributes
    assert (bare.rule, bare.speaker) == ("", None)
    moved = dataclasses.replace(bare, attributes={"type": "state"}, speaker=(0, 2))
    assert moved == Suggestion(4, 9, "ACTOR", {"type": "state"}, "", (0, 2))
    assert pickle.loads(pickle.dumps(moved)) == moved
    with pytest.raises(dataclasses.FrozenInstanceError):
        moved.label = "QUOTE"  # type: ignore[misc]


def test_overlapping_spans_of_one_label_keep_the_longer() -> None:
    kept = resolve_overlaps(
        [
            Suggestion(0, 3, "ACTOR", {}, "a"),
            Suggestion(0, 10, "ACTOR", {}, "b"),
            Suggestion(2, 5, "QUOTE", {}, "c"),
            Suggestion(2, 4, "QUOTE", {}, "d"),
        ]
    )
    assert [(s.start, s.end, s.label) for s in kept] == [
        (0, 10, "ACTOR"),
        (2, 5, "QUOTE"),
        (2, 4, "QUOTE"),
    ]


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab A.,\"\u201c\u201d\u2019'\n 0123 killed (X)")),
        max_size=120,
    )
)
def test_suggest_never_raises_and_offsets_fit(text: str) -> None:
    for s in suggest(text, known_actors={"A": "person"}):
        assert 0 <= s.start < s.end <= len(text)
        if s.speaker is not None:
            assert 0 <= s.speaker[0] < s.speaker[1] <= len(text)


def test_the_suggester_does_not_load_qt() -> None:
    script = (
        "import sys, annotator.core.suggest, annotator.services.suggesting\n"
        "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "False"


def _brute_force_overlaps(found: list[Suggestion]) -> set[tuple[int, int, str]]:
    """The rule resolve_overlaps implements, written the slow and obvious way."""
    order = list(registry())
    ranked = sorted(
        found,
        key=lambda s: (s.start - s.end, order.index(s.rule) if s.rule in order else 99, s.start),
    )
    kept: list[Suggestion] = []
    for s in ranked:
        if s.start >= s.end or any(k.key == s.key for k in kept):
            continue
        if s.label != "QUOTE" and any(
            k.label == s.label and k.start < s.end and s.start < k.end for k in kept
        ):
            continue
        kept.append(s)
    return {k.key for k in kept}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 60),
            st.integers(1, 12),
            st.sampled_from(["ACTOR", "CASUALTY", "QUOTE"]),
            st.sampled_from(["actor_gazetteer", "actor_titled_person", "x"]),
        ),
        max_size=40,
    )
)
def test_resolving_overlaps_by_bisection_keeps_what_the_obvious_rule_keeps(
    raw: list[tuple[int, int, str, str]],
) -> None:
    found = [Suggestion(a, a + n, label, {}, rule) for a, n, label, rule in raw]
    assert {s.key for s in resolve_overlaps(found)} == _brute_force_overlaps(found)


def test_a_gap_filling_rule_keeps_only_what_no_other_rule_covers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from annotator.core.suggest import base

    text = "Governor Ada Brun met Olek Varga in Lenborg."

    def model(ctx: base.SuggestContext) -> list[Suggestion]:
        # A model's guesses: a wider span over a rule's person, and a name no rule finds.
        return [
            Suggestion(0, 17, "ACTOR", {"type": "person"}, "model"),
            Suggestion(22, 32, "ACTOR", {"type": "person"}, "model"),
        ]

    monkeypatch.setitem(
        base._REGISTRY, "model", base.Rule("model", "ACTOR", "test model", model, fills_gaps=True)
    )
    found = suggest(text, rules=["actor_titled_person", "model"], labels=["ACTOR"])
    assert [(text[s.start : s.end], s.rule) for s in found] == [
        ("Ada Brun", "actor_titled_person"),
        ("Olek Varga", "model"),
    ]


_PROBE_SPACY = """
import importlib.util, sys
real_find_spec = importlib.util.find_spec
installed = {installed}
def find_spec(name, *rest):
    if name == "spacy":
        return real_find_spec("json") if installed else None
    return real_find_spec(name, *rest)
importlib.util.find_spec = find_spec
scans = []
if installed:
    import importlib.metadata
    importlib.metadata.entry_points = lambda **selection: scans.append(selection) or []
import annotator.core.suggest
from annotator.core.suggest import default_rules
default_rules()  # what the window's jobs ask: the optional rule is not among them
rule = annotator.core.suggest.registry()["actor_spacy_entities"]
at_import = (len(scans), "importlib.metadata" in sys.modules)
asked = (rule.available, "spacy" in rule.how_to_enable, rule.available)
print(*at_import, *asked, len(scans))
"""


@pytest.mark.parametrize(
    ("installed", "expected"),
    [
        (False, "0 False False True False 0"),  # not even importlib.metadata is imported
        # (the probe imported importlib.metadata itself, to count the scans)
        (True, "0 True False True False 1"),  # one scan, when the rule is first asked about
    ],
)
def test_the_spacy_rule_looks_for_pipelines_once_and_only_when_asked_about(
    installed: bool, expected: str
) -> None:
    """The first suggestion job imports the rules and asks for the default ones: neither
    imports importlib.metadata nor scans the installed distributions (73 ms where spaCy is
    installed); asking whether the spaCy rule is available scans once, and only when spaCy
    is there."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE_SPACY.format(installed=installed)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.split("\n")[-2] == expected
