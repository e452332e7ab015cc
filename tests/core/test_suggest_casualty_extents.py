"""CASUALTY extents: the smallest phrase holding the number, the casualty word and the
victim noun attached to the number (the guideline), on forms wire reports use."""

from __future__ import annotations

from typing import Any

from annotator.core.suggest import suggest


def _casualties(text: str) -> dict[str, dict[str, Any]]:
    return {
        text[s.start : s.end]: dict(s.attributes) for s in suggest(text) if s.label == "CASUALTY"
    }


def test_a_victim_noun_after_a_named_group_stays_in_the_span() -> None:
    found = _casualties("Its aircraft had killed several NSB commanders near the town.")
    assert list(found) == ["killed several NSB commanders"]
    assert found["killed several NSB commanders"]["victims"] == "combatant"


def test_people_named_by_their_nationality_are_the_victim_noun() -> None:
    assert list(_casualties("Strikes killed at least 44 Palestinians overnight.")) == [
        "killed at least 44 Palestinians"
    ]
    assert list(_casualties("Twelve Ukrainians were wounded.")) == [
        "Twelve Ukrainians were wounded"
    ]
    # a capital letter alone is no nationality: "in Kabul" stays outside
    assert list(_casualties("The raid killed 3 in Kabul.")) == ["killed 3"]


def test_treated_for_two_kinds_of_wound() -> None:
    text = "Its team had treated 112 people for gunshot and shrapnel wounds since Thursday."
    found = _casualties(text)
    assert list(found) == ["112 people for gunshot and shrapnel wounds"]
    assert found["112 people for gunshot and shrapnel wounds"]["kind"] == "injured"


def test_refugees_counted_are_displaced_civilians() -> None:
    found = _casualties("Kessa already hosts some 90,000 Ondaran refugees.")
    assert found == {
        "some 90,000 Ondaran refugees": {
            "count_low": 90000,
            "count_high": 90000,
            "kind": "displaced",
            "victims": "civilian",
        }
    }
    assert _casualties("The refugees had 3 days of food.") == {}


def test_one_person_described_by_a_relative_clause_is_no_count() -> None:
    text = "She held up a photograph of her son, a tank driver who disappeared in March."
    assert _casualties(text) == {}
    assert list(_casualties("A whole family who lived there were killed.")) != []
