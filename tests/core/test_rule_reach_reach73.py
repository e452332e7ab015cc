"""REACH73: the patterns `scripts.rule_reach` flagged as wrong in their one dev sentence,
guarded (session 73), with probes of my own for the guards and what they keep."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_actors, suggested_people, suggested_speaker

# --- actors: `_given_after_a_name` took "Santa" for a first name ("Cruz" in 322)


def test_place_opener_is_no_first_name() -> None:
    text = (
        "Santa Cruz de la Sierra (Bolivia), Nov 30 (EFE).- Seven inmates have died in a "
        "riot in Palmasola, the Ministry of Government said."
    )
    assert "Cruz" not in suggested_people(text)


def test_place_opener_other_places() -> None:
    text = "Police in San Cristobal said two men died. Residents of Port Harcourt fled."
    assert suggested_people(text) == []


def test_surname_after_a_first_name_still_a_person() -> None:
    text = "Juan Cruz, the mayor, said two were killed. Cruz said the town was calm."
    assert suggested_people(text) == ["Juan Cruz", "Cruz"]


def test_santa_cruz_place_and_person_cruz_apart() -> None:
    text = "In Santa Cruz, the governor, Luis Fernando Camacho, said the prison was calm."
    assert ("Cruz", "person") not in suggested_actors(text)


# --- speakers: "the spokesman" past another owner's unnamed spokesman (915)


def test_the_spokesman_after_another_owners_spokesman_is_nobody() -> None:
    text = (
        "The interior ministry's spokesman, Col. Abdelmonem bin Saud, said the groups had "
        'until Friday. "The deadline is firm," he said. The GNU\'s spokesman said the premier '
        'met commanders. "We will pay," the spokesman told reporters.'
    )
    assert suggested_speaker(text, "We will pay") is None


def test_the_spokesman_named_before_still_linked() -> None:
    text = (
        "The interior ministry's spokesman, Col. Abdelmonem bin Saud, said the groups had "
        'until Friday. "The deadline is firm," the spokesman told reporters.'
    )
    assert suggested_speaker(text, "The deadline") == "Abdelmonem bin Saud"


def test_the_spokesman_same_owner_again_still_linked() -> None:
    text = (
        "Army spokesman Brig. Gen. Onyema Nwachukwu said troops had killed 12 insurgents. "
        "The Army's spokesman said more raids would follow. "
        '"We will not relent," the spokesman said.'
    )
    assert suggested_speaker(text, "We will not") == "Onyema Nwachukwu"


def test_the_spokesman_other_state_owner_is_nobody() -> None:
    text = (
        "Police spokesman Benjamin Hundeyin said two suspects were held. Lagos State's "
        'spokesman said the governor was briefed. "We are on it," the spokesman said.'
    )
    assert suggested_speaker(text, "We are on") is None


# --- speakers: "a spokesman for the agency" past another body that spoke (1043)


def test_spokesperson_for_the_agency_described_so_kept() -> None:
    text = (
        "The UN refugee agency, UNHCR, said it was sending tents. The Nigerian Army said it "
        'had opened a road. "We need more help," a spokesman for the agency said.'
    )
    assert suggested_speaker(text, "We need") == "UNHCR"


def test_spokesperson_for_the_agency_speaking_body_itself() -> None:
    text = (
        'UNICEF said 12 children were hurt. "We need more help," a spokeswoman for the agency said.'
    )
    assert suggested_speaker(text, "We need") == "UNICEF"


def test_spokesperson_for_the_agency_never_so_described_is_nobody() -> None:
    text = (
        "The Gaza Humanitarian Foundation (GHF), a US-backed group, runs the site. The GHF "
        'said there had been "no incident" at its site.\n\nThe Health Ministry said its crews '
        'had pulled 14 bodies from the rubble. "We have no heavy machinery, only our hands," '
        "a spokesman for the agency said."
    )
    assert suggested_speaker(text, "We have no") is None
