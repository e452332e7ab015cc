"""The extents of bodies, states and outlets named with more than one name (issue 15: the
untuned wrong extents of the dev batches): a state's or a union of states' office named
with it, the parts a body's full name lists with commas, and a union's or a state's body
named after it.

Each test states one form with sentences written for the test (invented events; real
places and bodies), never the development articles' own.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_types

# --------- a state's or a union of states' office named with it is one name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The U.S. Treasury froze the assets of three Tren de Aragua leaders.",
            "U.S. Treasury",
            "state",
        ),
        (
            "On Monday the U.S. Department of the Treasury's sanctions office listed four men.",
            "U.S. Department of the Treasury",
            "state",
        ),
        (
            "The EU Delegation to Kenya called for calm in Garissa.",
            "EU Delegation to Kenya",
            "organisation",
        ),
        (
            "The African Union Delegation to Ethiopia said the talks would resume.",
            "African Union Delegation to Ethiopia",
            "organisation",
        ),
    ],
)
def test_a_state_s_office_named_with_it_is_one_name(text: str, name: str, kind: str) -> None:
    found = suggested_types(text)
    assert found.get(name) == kind
    assert name.split(" ")[0] not in found  # not the state or the union alone


@pytest.mark.parametrize(
    ("text", "name", "outside"),
    [
        # a place after the mission is where it sits, and a title after the department is a
        # person's
        ("The U.S. Embassy in Nairobi urged its citizens to stay away.", "U.S. Embassy", "Nairobi"),
        (
            "Police said the U.S. Department of State Deputy Spokesman Ken Harlow would visit.",
            "U.S. Department of State",
            "Deputy",
        ),
    ],
)
def test_a_state_s_office_stops_before_a_place_or_a_title(
    text: str, name: str, outside: str
) -> None:
    found = suggested_types(text)
    assert found.get(name) == "state"
    assert not any(outside in other for other in found)


def test_a_union_s_delegation_in_lower_case_is_no_name() -> None:
    found = suggested_types("An EU delegation visited the camp at Dadaab on Friday.")
    assert "EU delegation" not in found


# --------- the parts a body's full name lists with commas and "and" are in its one name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Ministry of Agriculture, Livestock and Fisheries said the drought killed cattle.",
            "Ministry of Agriculture, Livestock and Fisheries",
            "state",
        ),
        (
            "Fighters of the Front for the Liberation of Gao, Mopti and Timbuktu attacked a camp.",
            "Front for the Liberation of Gao, Mopti and Timbuktu",
            "armed group",
        ),
        (
            "In a letter, the Ministry of Justice, Human Rights and Public Liberties said it"
            " would appeal.",
            "Ministry of Justice, Human Rights and Public Liberties",
            "state",
        ),
    ],
)
def test_the_parts_a_body_s_name_lists_are_in_it(text: str, name: str, kind: str) -> None:
    found = suggested_types(text)
    assert found.get(name) == kind
    assert len(found) == 1  # no part read as a name of its own


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # names of their own listed after a body, and states after a state
        (
            "The Ministry of Health, UNICEF and WHO said the outbreak was contained.",
            ["Ministry of Health", "UNICEF", "WHO"],
        ),
        (
            "Talks between the Democratic Republic of Congo, Rwanda and Burundi resumed.",
            ["Democratic Republic of Congo", "Rwanda", "Burundi"],
        ),
        # a noun after the list: its people, not the body's name
        (
            "The Ministry of Defence, Police and Army commanders met in Juba.",
            ["Ministry of Defence"],
        ),
    ],
)
def test_names_listed_after_a_body_stay_apart(text: str, names: list[str]) -> None:
    found = suggested_types(text)
    for name in names:
        assert name in found


# --------- a faction's qualifier in brackets after a group's acronym is in its name


def test_a_faction_s_qualifier_after_an_acronym_is_in_its_name() -> None:
    text = (
        "The Jumma Liberation Front (JLF) split in 2023. On Monday the JLF (Reformist) blamed"
        " the JLF (Bhante) for the ambush near Rangamati."
    )
    found = suggested_types(text)
    assert "JLF (Reformist)" in found
    assert "JLF (Bhante)" in found


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        # another acronym, the acronym spelt out, a people in brackets
        ("The ISIL (ISIS) fighters attacked the village at dawn.", "ISIL (ISIS)"),
        ("The KNU (Karen National Union) said 14 villagers fled.", "KNU (Karen National Union)"),
        ("The SDF (Kurdish) commander said the prison was secure.", "SDF (Kurdish)"),
    ],
)
def test_brackets_that_are_no_qualifier_stay_outside(text: str, outside: str) -> None:
    assert outside not in suggested_types(text)


# --------- a body's name with " of <state>" after it is one name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Some 3,000 people sheltered in schools, said the Red Cross of Niger.",
            "Red Cross of Niger",
        ),
        ("The Red Cross of Chad's volunteers buried nine of the dead.", "Red Cross of Chad"),
    ],
)
def test_a_body_named_with_its_state_is_one_name(text: str, name: str) -> None:
    found = suggested_types(text)
    assert found.get(name) == "organisation"
    assert "Red Cross" not in found


def test_a_state_in_a_modifier_after_a_body_stays_outside() -> None:
    found = suggested_types("The Red Cross of Chad-based volunteers buried nine of the dead.")
    assert not any(name.startswith("Red Cross of") for name in found)


# --------- the " to <Name>" that ends a body's official name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "About 300 families fled to Tepic, according to the State Commission for Attention"
            " to Victims.",
            "State Commission for Attention to Victims",
        ),
        (
            "The letter, sent by the Permanent Mission of the Republic of Kenya to the United"
            " Nations, said the strike was unlawful.",
            "Permanent Mission of the Republic of Kenya to the United Nations",
        ),
    ],
)
def test_the_to_part_of_a_body_s_name_is_in_it(text: str, name: str) -> None:
    found = suggested_types(text)
    # (a "State Commission" is a state's body: type59)
    assert found.get(name) == ("state" if name.startswith("State ") else "organisation")
    assert "United Nations" not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two bodies, or a body and the place it sends people to
        (
            "Staff were moved from the Ministry of Interior to the Ministry of Defence last year.",
            ["Ministry of Interior", "Ministry of Defence"],
        ),
        ("The Ministry of Health sent 40 doctors to Kenya on Monday.", ["Ministry of Health"]),
    ],
)
def test_a_place_or_another_body_after_to_stays_apart(text: str, names: list[str]) -> None:
    found = suggested_types(text)
    for name in names:
        assert name in found
