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


def test_the_spokesman_past_a_persons_spokesman_still_the_holder() -> None:
    # hostile: a person's spokesman may be the one named before
    text = (
        "White House spokesman Sean Spicer said the strike was lawful. President Donald "
        'Trump\'s spokesman said more would follow. "We will respond," the spokesman said.'
    )
    assert suggested_speaker(text, "We will respond") == "Sean Spicer"


def test_the_spokesman_past_his_own_bodys_spokesman_still_the_holder() -> None:
    text = (
        "Hamas spokesman Abu Obeida said fighters ambushed a unit. Hamas's spokesman said "
        'talks were frozen. "We will not yield," the spokesman said.'
    )
    assert suggested_speaker(text, "We will not") == "Abu Obeida"


# --- speakers: "a spokesman for the agency" past another body that spoke (1043)


def test_spokesperson_for_the_group_without_that_body_unchanged() -> None:
    text = (
        'The army said it struck a depot. The rebels denied it. "This is a lie," a spokesman '
        "for the group said."
    )
    assert suggested_speaker(text, "This is") is None


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


def test_spokesperson_for_the_group_described_as_a_group_kept() -> None:
    text = (
        "The Gaza Humanitarian Foundation (GHF), a US-backed group, runs the site. The Health "
        'Ministry said 14 died. "We have no incident," a spokesman for the group said.'
    )
    assert suggested_speaker(text, "We have no") == "GHF"


def test_spokesperson_for_the_agency_undescribed_agency_kept() -> None:
    # hostile: another body spoke in the sentence before, the agency is never described
    text = (
        "The World Food Programme warned of famine in Gaza. Israel's army said it had "
        'opened a crossing. "We need access now," a spokesman for the agency said.'
    )
    assert suggested_speaker(text, "We need") == "World Food Programme"


def test_spokesperson_for_the_agency_described_as_agency_kept() -> None:
    text = (
        "The World Food Programme (WFP), the UN food agency, warned of famine. Israel's army "
        'said it had opened a crossing. "We need access now," a spokesman for the agency said.'
    )
    assert suggested_speaker(text, "We need") == "WFP"


def test_spokesperson_for_the_organisation_undescribed_kept() -> None:
    text = (
        "The WHO said hospitals were out of fuel. The Health Ministry said 40 people died. "
        '"Fuel is life," a spokesman for the organisation said.'
    )
    assert suggested_speaker(text, "Fuel is") == "WHO"
