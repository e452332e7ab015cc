"""Rules of session WIRE25a (issue 15), each driven through the real suggester on
sentences written for this file (real places, states and bodies; invented people and
events): a person's surname that is also a place the same text names after a movement
verb ("fled to X", "crossed into X", "advanced towards X"), and names of documents defined
with an acronym ("the Cessation of Hostilities Agreement (CoHA)", "the Suspension of
Operations (SoO) agreement")."""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _at(text: str, name: str, occurrence: int) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(name, at + 1)
    return at, at + len(name)


def _people_at(text: str) -> set[tuple[int, int]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return {(s.start, s.end) for s in found if s.attributes.get("type") == "person"}


def test_a_surname_that_people_fled_to_is_the_place_there() -> None:
    text = (
        "Hundreds of villagers crossed into Tripura after the gunfight, according to its "
        "spokesman, Ananta Tripura. Tripura already shelters thousands of refugees."
    )
    people = _people_at(text)
    assert _at(text, "Tripura", 1) not in people
    assert _at(text, "Tripura", 3) not in people
    assert _at(text, "Ananta Tripura", 1) in people


def test_movement_verbs_before_a_name_make_it_a_place() -> None:
    text = (
        "The militants advanced towards Kasimu from the south, and families fled to Kasimu "
        "by road. Police chief Bello Kasimu vowed to respond."
    )
    people = _people_at(text)
    assert _at(text, "Kasimu", 1) not in people
    assert _at(text, "Kasimu", 2) not in people
    assert _at(text, "Bello Kasimu", 1) in people


def test_a_surname_after_to_without_a_movement_verb_stays_a_person() -> None:
    text = (
        "Police chief Bello Kasimu said the case was sent to the prosecutor. Reporters spoke "
        "to Kasimu on Monday, and Kasimu said the suspects would be charged."
    )
    people = _people_at(text)
    assert _at(text, "Kasimu", 3) in people


def test_a_speaker_whose_surname_names_a_place_keeps_his_speech() -> None:
    text = (
        "Families fled to Zehri on Friday. Risaldar Abdul Qadir Zehri was wounded. "
        "Zehri said the militants had blocked the road."
    )
    people = _people_at(text)
    assert _at(text, "Zehri", 1) not in people
    assert _at(text, "Zehri", 3) in people


def test_a_photo_credit_after_a_slash_alone_is_furniture() -> None:
    text = (
        "Junta air strikes hit Bhamo\n\n"
        "Photo: Smoke rises over a ward of Bhamo after an air strike on Wednesday. "
        "/ Kachin News Group\n\n"
        "At least 12 civilians were killed, the Kachin Independence Army said.\n"
    )
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    names = {text[s.start : s.end] for s in found}
    assert "Kachin News Group" not in names
    assert "Kachin Independence Army" in names


def test_a_slash_inside_a_sentence_of_prose_is_no_credit() -> None:
    text = (
        "Junta air strikes hit Bhamo\n\n"
        "The strikes were reported by the Kachin News Group and / or local residents.\n\n"
        "At least 12 civilians were killed, the Kachin Independence Army said.\n"
    )
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    names = {text[s.start : s.end] for s in found}
    assert "Kachin News Group" in names


def test_a_surname_that_names_a_tehsil_is_the_place_in_its_other_mentions() -> None:
    text = (
        "Militants stormed the headquarters of Zehri tehsil on Friday. Risaldar Abdul Qadir "
        'Zehri was wounded. "They knew every lane of Zehri," he said. Zehri said the road '
        "had been blocked."
    )
    people = _people_at(text)
    assert _at(text, "Zehri", 1) not in people
    assert _at(text, "Zehri", 3) not in people
    assert _at(text, "Zehri", 4) in people


def test_a_surname_before_an_upazila_that_is_no_unit_stays_a_person() -> None:
    text = (
        "Upazila chairman Nelson Chakma said 150 villagers had fled. Chakma added that the "
        "army had arrived."
    )
    people = _people_at(text)
    assert _at(text, "Chakma", 2) in people


def test_the_philippine_and_ecuadorian_presidencies_speak_for_their_governments() -> None:
    text = (
        "Malacañang said on Monday that operations against the BIFF would continue. In Quito, "
        "Carondelet ordered a review of security at all prisons."
    )
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    kinds = {text[s.start : s.end]: s.attributes.get("type") for s in found}
    assert kinds.get("Malacañang") == "state"
    assert kinds.get("Carondelet") == "state"


def test_a_district_named_like_a_palace_is_no_government() -> None:
    text = "Residents of Miraflores, a district of Lima, said the march passed peacefully."
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    assert "Miraflores" not in {text[s.start : s.end] for s in found}
