"""review59's findings on SPK29's `actor_person_set_off` and call signs: a lone count of
places or ships names no people, an operation's code name is no person, a radio message
after "call sign:" is a quote, and a long list of names is read in linear time. Invented
people, real places."""

from __future__ import annotations

import random

import pytest

from annotator.core.suggest import actors, suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_types


@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread to two more states on Monday. The two, Upper Nile and Blue Nile, "
        "border Ethiopia.",
        "The army shelled three towns overnight. The three, Kafr Nabl, Maarat Nouman and "
        "Khan Shaykhun, lie south of Idlib.",
        "Two tankers were hit. The two, Sounion Star and Eternity Sea, were abandoned.",
    ],
)
def test_a_lone_count_of_places_or_ships_names_no_people(text: str) -> None:
    assert not [name for name, kind in suggested_types(text).items() if kind == "person"]


def test_a_lone_count_of_people_still_names_them() -> None:
    found = suggested_types(
        "Two nurses were abducted on Monday. The two, Achan Garang Mabior and Nyabol Deng "
        "Kuol, were freed later."
    )
    assert found.get("Achan Garang Mabior") == "person"
    assert found.get("Nyabol Deng Kuol") == "person"


def test_an_operations_code_name_is_no_person_a_fighters_call_sign_is() -> None:
    found = suggested_types(
        "The offensive was planned for months. The code name, Iron Swords, was chosen by the "
        'general staff. Its commander asked to be named only by his call sign, "Kedr".'
    )
    assert "Iron Swords" not in found
    assert found.get("Kedr") == "person"


def test_a_message_after_call_sign_and_a_colon_is_a_quote() -> None:
    text = (
        "The unit's commander spoke over the radio under his call sign: \"We are pinned down "
        'near the bridge, send the drones now."'
    )
    quotes = [text[s.start : s.end] for s in suggest(text, gazetteer=load_gazetteer())]
    assert "We are pinned down near the bridge, send the drones now." in quotes


def test_a_long_list_of_names_is_matched_a_few_names_at_a_time() -> None:
    rng = random.Random(3)
    names = [
        rng.choice("BCDFGKLMNPRST") + rng.choice("aeiou") + "lo " + rng.choice("KTM") + "aria"
        for _ in range(600)
    ]
    text = "The dead were named by the council as " + ", ".join(names) + ", among others."
    # each match is a few names (an apposition's), not the whole list from each comma
    found = list(actors._SET_OFF_FULL_NAMES.finditer(text))
    assert found
    assert max(m.group("names").count(", ") for m in found) <= 8


def test_set_off_names_may_open_with_any_latin_capital() -> None:
    found = suggested_types(
        "Two other crew members, Đặng Văn Lâm and Nguyễn Văn Tài, were treated for burns. "
        "Two Turkish engineers, Ömer Faruk Şahin and İsmail Çelik Aydın, were abducted."
    )
    for name in ("Đặng Văn Lâm", "Nguyễn Văn Tài", "Ömer Faruk Şahin", "İsmail Çelik Aydın"):
        assert found.get(name) == "person"


def test_another_numbers_noun_before_a_lone_count_says_nothing() -> None:
    # "in two raids" counts raids, not the four named after "The four"
    found = suggested_types(
        "Police said the gang struck in two raids on Monday. The four, Ahmed Musa Bello, "
        "Ibrahim Sani Dauda, Musa Garba Idris and Sani Lawal Bako, were charged."
    )
    assert found.get("Ibrahim Sani Dauda") == "person"
    assert found.get("Sani Lawal Bako") == "person"
