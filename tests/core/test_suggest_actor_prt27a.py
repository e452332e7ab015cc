"""ACTOR extents (issue 15, PRT27A): classes the perturbation check (scripts/perturb_check.py)
showed breaking when dev's names took other shapes, checked with the real suggester on
sentences written for these tests (invented events and people; real states and bodies)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts

# ---------- a title's chain before a person's name written with initials


def test_coordinator_for_a_state_before_an_initialled_name_is_a_title() -> None:
    text = (
        '"The roads north of the city are closed to our trucks," said the Humanitarian '
        "Coordinator for Chad, P.K. Ndongmo, on Monday."
    )
    found = suggested_texts(text)
    assert "P.K. Ndongmo" in found
    assert "Humanitarian Coordinator for Chad" not in found


def test_resident_coordinator_with_one_initial_is_a_title_too() -> None:
    text = (
        "The Resident and Humanitarian Coordinator for Somalia, T. Varga-Holm, said in a "
        "statement that the floods had cut off three districts."
    )
    found = suggested_texts(text)
    assert "T. Varga-Holm" in found
    assert "Humanitarian Coordinator for Somalia" not in found


def test_an_office_and_its_portfolio_before_an_initialled_name_is_no_body() -> None:
    text = (
        "Assistant Police Commissioner for Operations R. Tamali said the checkpoints at "
        "Mendi would stay open through the night."
    )
    found = suggested_texts(text)
    assert "R. Tamali" in found
    assert "Assistant Police Commissioner for Operations" not in found


def test_a_rank_of_two_words_named_before_initials_is_no_person() -> None:
    text = (
        "The ministry named the dead soldier as Junior Sergeant K. Osmonaliev, 24, from "
        "Jalal-Abad region."
    )
    found = suggested_texts(text)
    assert "K. Osmonaliev" in found
    assert "Junior Sergeant" not in found


def test_a_coordinator_without_a_name_after_stays_the_office_s_body() -> None:
    # no person's name after the office: the rules keep it as before
    text = "The UN Special Coordinator for Lebanon said the shelling must stop."
    assert "UN Special Coordinator for Lebanon" in suggested_texts(text)


# ---------- a bar byline whose writer has a title or a lower-case particle


def test_a_titled_writer_before_a_bar_keeps_the_outlet_after_it() -> None:
    text = (
        "Two shops torched in night raid on market town\n"
        "Dr Kwame Asante-Boateng | Savanna Courier\n"
        "04 December 2026\n"
        "Gunmen set fire to two shops in Bawku on Wednesday night, police said."
    )
    found = suggested_texts(text)
    assert "Savanna Courier" in found
    assert "Kwame Asante-Boateng" in found


def test_an_outlet_first_then_a_titled_writer_keeps_the_outlet() -> None:
    text = (
        "Farmers flee after clashes near the reserve\n"
        "Ojoalerta | Dr Miriam Otieno | December 4, 2026\n"
        "Hundreds of farmers left their villages after two days of clashes."
    )
    assert "Ojoalerta" in suggested_texts(text)


def test_an_outlet_first_then_a_writer_with_a_particle_keeps_the_outlet() -> None:
    text = (
        "Farmers flee after clashes near the reserve\n"
        "Ojoalerta | Hamid bin Saleh | December 4, 2026\n"
        "Hundreds of farmers left their villages after two days of clashes."
    )
    assert "Ojoalerta" in suggested_texts(text)


def test_a_rank_alone_before_an_honorific_in_a_list_is_no_person() -> None:
    # the list goes on after "named as": a rank word left alone is never a name
    text = (
        "The statement named the dead soldiers as Naik Imran Qadir, Lance Naik U Thein "
        "Zaw and Sepoy Farid Ahmed."
    )
    found = suggested_texts(text)
    assert "Naik" not in found
    assert {"Imran Qadir", "U Thein Zaw", "Farid Ahmed"} <= set(found)


# ---------- a capital as one side of what governments do together


def test_a_capital_in_talks_with_a_group_named_by_its_kind_is_its_government() -> None:
    text = "Qatar has tried for a year to keep talks between Bamako and the rebels alive."
    assert "Bamako" in suggested_texts(text)


def test_capitals_on_both_sides_of_cooperation_or_contacts_are_governments() -> None:
    text = (
        "The minister said security cooperation between Nairobi and Addis Ababa had never "
        "been closer, and recalled months of contacts between Kigali and Kampala in 2024."
    )
    found = suggested_texts(text)
    assert {"Nairobi", "Addis Ababa", "Kigali", "Kampala"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        # fire exchanged between two cities, and exchanges between their people, are places
        "Heavy exchanges of fire between Khartoum and Omdurman went on all night.",
        "Cultural exchanges between Nairobi and Kampala universities resumed in May.",
        "The road between Nairobi and the coast was closed by floods on Monday.",
    ],
)
def test_a_capital_between_places_stays_a_place(text: str) -> None:
    found = suggested_texts(text)
    assert not {"Khartoum", "Omdurman", "Nairobi", "Kampala"} & set(found)
