"""CASUALTY shapes of real wire copy that the development articles do not hold (issue 15).

Every sentence here is made up for the test; none is taken from any article of the project.
"""

from __future__ import annotations

from typing import Any

import pytest

from annotator.core.casualty import parse_casualty
from tests.core.suggested import casualties


def _found(sentence: str, phrase: str) -> dict[str, Any]:
    found = casualties(sentence)
    assert phrase in found, found
    return found[phrase]


def _counts_and_victims(sentence: str, phrase: str) -> tuple[Any, Any, Any]:
    found = _found(sentence, phrase)
    return found.get("count_low"), found.get("count_high"), found["victims"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        # outings and congregations
        (
            "Eighteen churchgoers were killed in the blast.",
            "Eighteen churchgoers were killed",
            "civilian",
        ),
        (
            "Twelve football fans died in the crush at the gate.",
            "Twelve football fans died",
            "civilian",
        ),
        (
            "Nine partygoers were wounded when the gunman fired.",
            "Nine partygoers were wounded",
            "civilian",
        ),
        ("Nine asylum-seekers drowned off the island.", "Nine asylum-seekers drowned", "civilian"),
        (
            "At least 14 asylum seekers drowned overnight.",
            "At least 14 asylum seekers drowned",
            "civilian",
        ),
        # trades and ways of life
        (
            "Four deminers were killed when a mine went off.",
            "Four deminers were killed",
            "civilian",
        ),
        ("Two diplomats were injured in the blast.", "Two diplomats were injured", "civilian"),
        (
            "Five civil servants were abducted on the road.",
            "Five civil servants were abducted",
            "civilian",
        ),
        (
            "At least 11 pastoralists were killed in the raid.",
            "At least 11 pastoralists were killed",
            "civilian",
        ),
        (
            "Three truckers were kidnapped near the border.",
            "Three truckers were kidnapped",
            "civilian",
        ),
        ("Gunmen shot dead two teens outside the school.", "shot dead two teens", "civilian"),
        # people by creed or nationality whose plural has no demonym ending
        ("Seven Muslims were killed in the riots.", "Seven Muslims were killed", "civilian"),
        ("Two Britons were kidnapped in the delta.", "Two Britons were kidnapped", "unknown"),
        ("Nine Filipinos were among the dead.", "Nine Filipinos were among the dead", "unknown"),
        # armed men by their trade
        ("Troops killed 17 kidnappers in the forest.", "killed 17 kidnappers", "combatant"),
        ("Six commandos died in the operation.", "Six commandos died", "combatant"),
        (
            "Police said 30 robbers were killed in the shootout.",
            "30 robbers were killed",
            "combatant",
        ),
        ("Twelve Taliban were killed in the clash.", "Twelve Taliban were killed", "combatant"),
        (
            "Four National Guardsmen were wounded.",
            "Four National Guardsmen were wounded",
            "combatant",
        ),
    ],
)
def test_victims_wire_copy_counts_are_found_with_their_victims(
    sentence: str, phrase: str, victims: str
) -> None:
    assert _found(sentence, phrase)["victims"] == victims


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high", "victims"),
    [
        ("The bombing cost 40 lives.", "cost 40 lives", 40, 40, "unknown"),
        (
            "Fighting there has cost more than 2,000 lives this year.",
            "cost more than 2,000 lives",
            2001,
            None,
            "unknown",
        ),
        (
            "The attack cost the lives of at least 23 civilians.",
            "cost the lives of at least 23 civilians",
            23,
            None,
            "civilian",
        ),
        ("The explosion took 17 lives.", "took 17 lives", 17, 17, "unknown"),
        (
            "The outbreak has taken the lives of 400 children.",
            "taken the lives of 400 children",
            400,
            400,
            "civilian",
        ),
    ],
)
def test_lives_cost_or_taken_count_the_dead(
    sentence: str, phrase: str, low: int | None, high: int | None, victims: str
) -> None:
    found = _found(sentence, phrase)
    assert (found.get("count_low"), found.get("count_high")) == (low, high)
    assert (found["kind"], found["victims"]) == ("killed", victims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Medics saved 40 lives that night.",
        "Forty lives were saved by the rescue teams.",
        "The journey took 12 hours.",
        "The lives of 40 people were at risk.",
        "The storm could cost hundreds of lives.",
        "She said the cat had nine lives.",
    ],
)
def test_lives_saved_at_risk_or_threatened_are_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        (
            "At least 14 people were taken to hospital.",
            "At least 14 people were taken to hospital",
            "unknown",
        ),
        (
            "Forty-seven people remain in hospital.",
            "Forty-seven people remain in hospital",
            "unknown",
        ),
        (
            "Twelve people are being treated in hospital, the mayor said.",
            "Twelve people are being treated in hospital",
            "unknown",
        ),
        (
            "Eleven pupils were rushed to hospital.",
            "Eleven pupils were rushed to hospital",
            "civilian",
        ),
        (
            "Nine soldiers were evacuated to a military hospital in the capital.",
            "Nine soldiers were evacuated to a military hospital",
            "combatant",
        ),
        (
            "Nine villagers are still in hospital.",
            "Nine villagers are still in hospital",
            "civilian",
        ),
    ],
)
def test_people_taken_to_or_lying_in_hospital_are_injured(
    sentence: str, phrase: str, victims: str
) -> None:
    found = _found(sentence, phrase)
    assert (found["kind"], found["victims"]) == ("injured", victims)


def test_a_hospital_after_the_harm_is_no_part_of_the_phrase() -> None:
    found = casualties("Officials said 12 wounded soldiers were flown to the hospital in Tamale.")
    assert list(found) == ["12 wounded soldiers"]
    found = casualties("Six people were admitted to hospital with gunshot wounds.")
    assert list(found) == ["Six people were admitted to hospital with gunshot wounds"]


def test_bodies_taken_to_hospital_stay_the_dead() -> None:
    found = casualties("The bodies of 12 people were taken to the hospital.")
    assert {p: a["kind"] for p, a in found.items()} == {"bodies of 12 people": "killed"}


def test_people_evacuated_elsewhere_are_still_displaced() -> None:
    found = casualties("Eighteen people were evacuated from the village.")
    assert found["Eighteen people were evacuated"]["kind"] == "displaced"


def test_patients_moved_between_hospitals_are_no_new_casualty() -> None:
    assert casualties("Nine patients were later transferred to the city's general hospital.") == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind", "victims"),
    [
        ("Twelve die as bus plunges into ravine", "Twelve die", "killed", "unknown"),
        ("Nine miners die in pit collapse", "Nine miners die", "killed", "civilian"),
        (
            "About 20 people are still under the rubble.",
            "About 20 people are still under the rubble",
            "missing",
            "unknown",
        ),
        ("Villagers buried 17 corpses on Sunday.", "17 corpses", "killed", "unknown"),
        ("The camp hosts some 40,000 IDPs.", "some 40,000 IDPs", "displaced", "unknown"),
        (
            "Nine displaced people were killed in the camp.",
            "Nine displaced people were killed",
            "killed",
            "unknown",
        ),
    ],
)
def test_headline_die_rubble_corpses_and_idps(
    sentence: str, phrase: str, kind: str, victims: str
) -> None:
    found = _found(sentence, phrase)
    assert (found["kind"], found["victims"]) == (kind, victims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands could die if aid does not arrive.",
        "More people will die, the doctor warned.",
        "Twelve people did not die in vain.",
        "Many are expected to die without treatment.",
    ],
)
def test_a_death_that_may_come_or_did_not_is_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "count"),
    [
        (
            "A soldier and two civilians were killed in the blast.",
            "A soldier and two civilians were killed",
            3,
        ),
        ("An officer and 12 soldiers died in the ambush.", "An officer and 12 soldiers died", 13),
        ("A woman and a child were wounded.", "A woman and a child were wounded", 2),
        ("The blast killed a soldier and two civilians.", "killed a soldier and two civilians", 3),
        ("The gunmen killed a driver and 14 passengers.", "killed a driver and 14 passengers", 15),
    ],
)
def test_one_person_and_a_counted_group_are_summed(sentence: str, phrase: str, count: int) -> None:
    found = _found(sentence, phrase)
    assert (found.get("count_low"), found.get("count_high")) == (count, count)


def test_one_person_and_people_of_their_own_are_not_counted_twice() -> None:
    assert parse_casualty("a commander and three of his bodyguards").low == 4
    assert parse_casualty("a woman and her two sons").low == 3
    assert parse_casualty("a soldier and two years").low == 1


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        ("Twelve villagers were snatched by gunmen.", "Twelve villagers were snatched", "other"),
        ("Twelve people were seized from their homes.", "Twelve people were seized", "other"),
        (
            "Twelve people were taken into custody.",
            "Twelve people were taken into custody",
            "other",
        ),
        (
            "Four fishermen were taken away by the militia.",
            "Four fishermen were taken away",
            "other",
        ),
        (
            "Some 12,000 people have been forced out of the town.",
            "Some 12,000 people have been forced out of the town",
            "displaced",
        ),
        (
            "Hundreds of families were chased from the camp.",
            "Hundreds of families were chased from the camp",
            "displaced",
        ),
    ],
)
def test_people_held_or_driven_out_said_plainly(sentence: str, phrase: str, kind: str) -> None:
    assert _found(sentence, phrase)["kind"] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve rifles were seized.",
        "Nine tonnes of cocaine were seized.",
        "The minister was forced out of office.",
        "Two officials were forced from the party.",
    ],
)
def test_goods_seized_and_officials_forced_out_are_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        ("The toll rose from 40 to 52.", "toll rose from 40 to 52", 52, 52),
        ("The toll rose by 12 to 140.", "toll rose by 12 to 140", 140, 140),
        (
            "The death toll, which stood at 40 on Monday, rose to 52.",
            "death toll, which stood at 40 on Monday, rose to 52",
            52,
            52,
        ),
        ("Officials revised the toll from 40 to 35.", "toll from 40 to 35", 35, 35),
        (
            "Estimates of the death toll range from 300,000 to 600,000.",
            "death toll range from 300,000 to 600,000",
            300000,
            600000,
        ),
        ("Those killed numbered at least 12.", "Those killed numbered at least 12", 12, None),
        ("Deaths have climbed to 112.", "Deaths have climbed to 112", 112, 112),
        ("Fatalities rose to 40 on Monday.", "Fatalities rose to 40", 40, 40),
    ],
)
def test_a_toll_counts_the_figure_it_came_to(
    sentence: str, phrase: str, low: int | None, high: int | None
) -> None:
    found = _found(sentence, phrase)
    assert (found.get("count_low"), found.get("count_high"), found["kind"]) == (low, high, "killed")


def test_a_share_of_deaths_is_no_toll() -> None:
    assert casualties("Deaths from malaria fell to 12 per cent.") == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        (
            "At least 12, and as many as 20, people were killed.",
            "At least 12, and as many as 20, people were killed",
            12,
            20,
        ),
        (
            "Countless civilians have been killed.",
            "Countless civilians have been killed",
            None,
            None,
        ),
        ("Numerous people were injured.", "Numerous people were injured", None, None),
        (
            "Multiple people were wounded in the shooting.",
            "Multiple people were wounded",
            None,
            None,
        ),
    ],
)
def test_vague_counts_and_a_bound_between_commas(
    sentence: str, phrase: str, low: int | None, high: int | None
) -> None:
    found = _found(sentence, phrase)
    assert (found.get("count_low"), found.get("count_high")) == (low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army fired multiple rockets.",
        "Numerous reports said the town had fallen.",
        "The group has carried out countless attacks.",
        "Some families have been displaced multiple times.",
    ],
)
def test_vague_words_without_people_harmed_are_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind", "victims"),
    [
        (
            "Troops killed 20 Wagner mercenaries.",
            "killed 20 Wagner mercenaries",
            "killed",
            "combatant",
        ),
        (
            "Two people were pronounced dead at the scene.",
            "Two people were pronounced dead",
            "killed",
            "unknown",
        ),
        ("Nine people vanished after the raid.", "Nine people vanished", "missing", "unknown"),
    ],
)
def test_mercenaries_pronounced_dead_and_vanished(
    sentence: str, phrase: str, kind: str, victims: str
) -> None:
    found = _found(sentence, phrase)
    assert (found["kind"], found["victims"]) == (kind, victims)


@pytest.mark.parametrize(
    ("sentence", "phrase", "count", "victims"),
    [
        (
            "A member of the Fano militia was killed.",
            "A member of the Fano militia was killed",
            1,
            "combatant",
        ),
        (
            "A local chief was among those killed.",
            "A local chief was among those killed",
            1,
            "unknown",
        ),
        ("A police officer was killed and another injured.", "another injured", 1, "combatant"),
        (
            "The attackers killed 12 members of the regional special forces and 30 farmers.",
            "killed 12 members",
            12,
            "combatant",
        ),
    ],
)
def test_one_member_a_chief_another_and_members_of_a_force(
    sentence: str, phrase: str, count: int, victims: str
) -> None:
    assert _counts_and_victims(sentence, phrase) == (count, count, victims)


def test_another_that_is_no_person_is_no_count() -> None:
    assert "another" not in " ".join(casualties("Another attack killed 12 people."))


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Authorities evacuated 12,000 people from the coast.", "evacuated 12,000 people"),
        (
            "The navy evacuated more than 300 foreign nationals.",
            "evacuated more than 300 foreign nationals",
        ),
    ],
)
def test_people_evacuated_by_someone_are_displaced(sentence: str, phrase: str) -> None:
    assert _found(sentence, phrase)["kind"] == "displaced"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Helicopters evacuated 12 injured soldiers.", {"12 injured soldiers": "injured"}),
        ("Medics evacuated 30 patients from the clinic.", {}),
        ("Volunteers helped evacuate about 200 passengers from the derailed train.", {}),
        ("The army evacuated three bases.", {}),
    ],
)
def test_the_wounded_moved_and_people_brought_out_at_the_scene_are_not_displaced(
    sentence: str, expected: dict[str, str]
) -> None:
    assert {p: a["kind"] for p, a in casualties(sentence).items()} == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "count", "victims"),
    [
        (
            "Ramos Diaz, 60, a fisherman whose three nephews were killed in the raid, said.",
            "three nephews were killed",
            3,
            "civilian",
        ),
        (
            "There have been 41 security force fatalities in the district this year.",
            "41 security force fatalities",
            41,
            "combatant",
        ),
        (
            "The militia forced more than 900 peasants to flee their farms.",
            "more than 900 peasants to flee",
            901,
            "civilian",
        ),
        (
            "Rangers found the remains of the six missing hikers.",
            "remains of the six missing hikers",
            6,
            "civilian",
        ),
        (
            "Four soldiers and two members of the rebel group Tanaka Liberation Front (TLF) "
            "were killed in the clash.",
            "Four soldiers and two members of the rebel group Tanaka Liberation Front (TLF) "
            "were killed",
            6,
            "combatant",
        ),
    ],
)
def test_relatives_long_names_two_word_modifiers_and_determiners(
    sentence: str, phrase: str, count: int, victims: str
) -> None:
    found = _found(sentence, phrase)
    assert (found.get("count_low"), found["victims"]) == (count, victims)


def test_a_toll_whose_subject_names_the_event_at_length() -> None:
    sentence = (
        "The death toll from three days of heavy fighting between two rival clan militias "
        "on the outskirts of the northern port city has risen to 23, officials said."
    )
    found = casualties(sentence)
    assert len(found) == 1
    ((phrase, attributes),) = found.items()
    assert phrase.startswith("death toll from three days")
    assert phrase.endswith("risen to 23")
    assert (attributes["count_low"], attributes["kind"]) == (23, "killed")


def test_a_part_after_a_comma_is_no_second_group() -> None:
    found = casualties("Twelve people, three of them children, were killed.")
    assert found["Twelve people, three of them children, were killed"]["count_low"] == 12


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        ("Three citizens were killed in the shelling.", "Three citizens were killed", "civilian"),
        ("Gunmen killed 14 Christians in the village.", "killed 14 Christians", "civilian"),
        ("Two sailors died when the freighter was hit.", "Two sailors died", "civilian"),
        ("Two navy sailors died in the attack.", "Two navy sailors died", "unknown"),
    ],
)
def test_citizens_creeds_and_merchant_crews_are_civilians(
    sentence: str, phrase: str, victims: str
) -> None:
    assert _found(sentence, phrase)["victims"] == victims


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        (
            "Among the casualties were 12 children.",
            "Among the casualties were 12 children",
            "civilian",
        ),
        ("The casualties included 12 soldiers.", "casualties included 12 soldiers", "combatant"),
    ],
)
def test_the_casualties_and_who_they_included(sentence: str, phrase: str, victims: str) -> None:
    found = _found(sentence, phrase)
    assert (found["count_low"], found["kind"], found["victims"]) == (12, "other", victims)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Security forces killed 12 khwarij in the operation.", "killed 12 khwarij"),
        ("Two infiltrators were killed along the border.", "Two infiltrators were killed"),
        ("Nine Naxals were killed in the encounter.", "Nine Naxals were killed"),
        ("Police said 4 miscreants were arrested.", "4 miscreants were arrested"),
        ("Five raiders were shot dead by villagers.", "Five raiders were shot dead"),
        ("Two snipers were killed.", "Two snipers were killed"),
    ],
)
def test_enemies_as_armies_and_police_name_them_are_combatants(sentence: str, phrase: str) -> None:
    assert _found(sentence, phrase)["victims"] == "combatant"


def test_a_vehicles_people_evacuated_are_rescued_not_displaced() -> None:
    assert casualties("Rescuers evacuated about 40 passengers and crew.") == {}
    found = casualties("Volunteers had evacuated 63 families from the two districts.")
    assert found["evacuated 63 families"]["kind"] == "displaced"


def test_people_taken_to_hospital_for_a_check_up_are_not_injured() -> None:
    assert casualties("Three students were taken to hospital for a routine check-up.") == {}
    assert casualties("Two pupils were taken to hospital for observation.") == {}
