"""ACTOR suggestions that institutional documents showed (issue 15, INST19): names that
are no body though a bracketed acronym defines them. Invented sentences."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


@pytest.mark.parametrize(
    ("text", "place", "acronym"),
    [
        (
            "Shelling across the Line of Contact (LoC) near Varno went on overnight, and "
            "schools within five kilometres of the LoC stayed closed.",
            "Line of Contact",
            "LoC",
        ),
        (
            "Two Lenvian soldiers were wounded by a mine inside the Demilitarised Zone (DMZ) "
            "on Monday.",
            "Demilitarised Zone",
            "DMZ",
        ),
        (
            "Rebels have attacked convoys on the Northern Trade Corridor (NTC) since May.",
            "Northern Trade Corridor",
            "NTC",
        ),
    ],
)
def test_a_line_a_zone_or_a_route_defined_by_its_acronym_is_no_body(
    text: str, place: str, acronym: str
) -> None:
    found = _actors(text)
    assert place not in found
    assert acronym not in found


def test_a_body_named_for_a_zone_still_is_one() -> None:
    text = (
        "The Northern Military Zone Command (NMZC) said its troops had repelled the attack, "
        "and the Orvel Line Transport Union (OLTU) called a strike."
    )
    found = _actors(text)
    assert "Northern Military Zone Command" in found
    assert "NMZC" in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The State Order and Peace Council extended the curfew in Varno on Monday.",
            "State Order and Peace Council",
        ),
        (
            "The National Truth and Justice Commission said it would hear the families.",
            "National Truth and Justice Commission",
        ),
    ],
)
def test_a_name_opener_before_words_joined_by_and_opens_the_body(text: str, body: str) -> None:
    assert body in _actors(text)


def test_a_body_and_a_lower_case_noun_are_not_joined() -> None:
    found = _actors("Officers of the National Guard and police were deployed in Varno.")
    assert "National Guard" in found
    assert not any("police" in name for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling went on overnight. Each army accuses the other of firing first.",
        "Which army fired the first shell is still unclear.",
        "Such government promises have been broken before, residents said.",
        "Democratic government returned to Varno in 1994.",
        "On Monday, Kurdish security forces arrested two men near the camp.",
    ],
)
def test_a_word_shaped_like_a_nationality_that_names_no_state_opens_no_body(text: str) -> None:
    assert _actors(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Sudanese army said on Monday it had retaken the bridge.", "Sudanese army"),
        (
            "Drevonian security forces arrested two men. Later the Drevonian army said "
            "they had been released.",
            "Drevonian security forces",
        ),
    ],
)
def test_a_nationality_opening_a_sentence_still_names_its_body(text: str, body: str) -> None:
    assert body in _actors(text)


def _known(text: str) -> list[tuple[str, int]]:
    found = suggest(
        text, gazetteer=load_gazetteer(), labels=["ACTOR"], known_actors={"Varnok": "state"}
    )
    return [(text[s.start : s.end], s.start) for s in found if s.label == "ACTOR"]


@pytest.mark.parametrize(
    "head",
    [
        "Transcript of the weekly press briefing, Thursday, 3 May 2026\n\nVarnok\n\n",
        "Press and Public Affairs Unit | Varnok | PR-2026-031\n\n",
        "By Hana Brolic, Varnok | Lakeside Herald | 03.05.2026\n\n",
    ],
)
def test_a_capital_known_elsewhere_where_a_report_was_filed_is_a_place(head: str) -> None:
    text = "Talks on the border stall\n\n" + head + "Varnok accused the rebels of stalling."
    assert [at for name, at in _known(text) if name == "Varnok"] == [text.rindex("Varnok")]


@pytest.mark.parametrize(
    "text",
    [
        "Briefing the Council, Hana Brolic, Special Representative of the Secretary-General "
        "for Lenvia and head of the mission, said the talks had stalled.",
        "The representative of Drevlia, penholder on Lenvia, said the mandate should be renewed.",
    ],
)
def test_the_state_a_un_office_or_member_holds_the_file_of_is_a_place(text: str) -> None:
    assert "Lenvia" not in _actors(text)


def test_a_state_the_secretary_general_urges_still_acts() -> None:
    assert "Lenvia" in _actors("The Secretary-General urged Lenvia to open the crossings.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We cannot cope," said Hana Brolic, MSF Head of Mission in Lenvia.',
            ["Hana Brolic", "MSF"],
        ),
        ("We protested through our Head of Mission in Varnok.", []),
        ('"The road is shut," said Tomas Iveri, Deputy Head of Office in Orvel.', ["Tomas Iveri"]),
        ("MSF Head of Mission Hana Brolic said the ward was full.", ["MSF", "Hana Brolic"]),
    ],
)
def test_a_post_named_by_the_unit_it_heads_is_no_body(text: str, expected: list[str]) -> None:
    assert sorted(_actors(text)) == sorted(expected)


def test_the_head_of_a_named_mission_still_names_the_mission() -> None:
    found = _actors("The head of the UN Mission in Lenvia said the patrols would resume.")
    assert "UN Mission in Lenvia" in found


@pytest.mark.parametrize(
    ("text", "unit", "owner"),
    [
        (
            "The Orvel Criminal Investigation Service (OCIS) opened a case, and the Forensic "
            "Support Unit of the OCIS said the bodies had been moved.",
            "Forensic Support Unit",
            "OCIS",
        ),
        (
            "The Mobile Border Company of the GKNB said a soldier was wounded.",
            "Mobile Border Company",
            "GKNB",
        ),
    ],
)
def test_a_unit_of_a_body_named_by_its_acronym_is_two_names(
    text: str, unit: str, owner: str
) -> None:
    found = _actors(text)
    assert unit in found
    assert owner in found
    assert f"{unit} of the {owner}" not in found


def test_a_states_forces_named_by_its_acronym_stay_one_name() -> None:
    assert "Armed Forces of the DRC" in _actors("The Armed Forces of the DRC retook Varno.")
