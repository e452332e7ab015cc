"""CASUALTY classes found by scripts/casualty_probes.py: wire phrasings of custody and
killing that no dev article held. Sentences are our own, invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from annotator.core.suggest import suggest

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def casualties(text: str) -> list[tuple[str, dict[str, Any]]]:
    return [(text[s.start : s.end], dict(s.attributes)) for s in suggest(text, labels=["CASUALTY"])]


def only(text: str) -> tuple[str, int | None, int | None, str, str]:
    found = casualties(text)
    assert len(found) == 1, found
    phrase, a = found[0]
    return phrase, a.get("count_low"), a.get("count_high"), a["kind"], a["victims"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The arrest of 40 opposition members sparked protests.",
            ("arrest of 40 opposition members", 40, 40, "other", "unknown"),
        ),
        (
            "The detention of 15 journalists was condemned.",
            ("detention of 15 journalists", 15, 15, "other", "civilian"),
        ),
        (
            "The release of some 50 prisoners was announced on Friday.",
            ("release of some 50 prisoners", 50, 50, "other", "unknown"),
        ),
        (
            "Troops announced the rescue of 18 hostages.",
            ("rescue of 18 hostages", 18, 18, "other", "unknown"),
        ),
    ],
)
def test_custody_said_as_a_noun_runs_from_the_noun_to_the_people(
    sentence: str, expected: tuple[str, int, int, str, str]
) -> None:
    assert only(BODY + sentence) == expected


def test_custody_noun_of_things_is_no_casualty() -> None:
    assert casualties(BODY + "The release of 50 tonnes of aid was delayed.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "low"),
    [
        ("Police arrest 200 after protests in Dhaka", "arrest 200", 200),
        (BODY + "Police arrested more than 200 on Sunday.", "arrested more than 200", 201),
        (BODY + "Security forces detained 15 in Lagos.", "detained 15", 15),
        (BODY + "Police said they had arrested 30.", "arrested 30", 30),
    ],
)
def test_arrests_counted_without_a_noun_are_a_casualty(text: str, phrase: str, low: int) -> None:
    found = casualties(text)
    assert [(p, a["count_low"], a["kind"]) for p, a in found] == [(phrase, low, "other")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspects were detained 3 times.",
        "Police arrested 30 kilograms of drugs at the port.",
        "He was detained for 3 days.",
        "The men were arrested 12 hours later.",
    ],
)
def test_a_bare_number_after_arrest_that_counts_something_else_is_no_casualty(
    sentence: str,
) -> None:
    assert casualties(BODY + sentence) == []


def test_snatched_counts_people_held_in_the_active_as_in_the_passive() -> None:
    assert only(BODY + "Gunmen snatched 12 people from their homes.") == (
        "snatched 12 people",
        12,
        12,
        "other",
        "unknown",
    )


@pytest.mark.parametrize(
    ("headline", "phrase", "victims"),
    [
        ("12 aid workers seized in Darfur raid", "12 aid workers seized", "civilian"),
        ("Twelve fishermen seized by coast guard", "Twelve fishermen seized", "civilian"),
        ("12 people snatched from homes in Zamfara", "12 people snatched", "unknown"),
    ],
)
def test_a_headline_says_people_seized_without_were(
    headline: str, phrase: str, victims: str
) -> None:
    assert only(headline) == (phrase, 12, 12, "other", victims)


@pytest.mark.parametrize(
    "headline",
    ["40 rifles seized at border", "300 kilos of drugs seized at border"],
)
def test_things_seized_are_no_casualty(headline: str) -> None:
    assert casualties(headline) == []


def test_one_person_before_a_verb_is_not_the_count_of_the_people_after_it() -> None:
    # "A sniper shot two men dead" counted one (the sniper, a modifier run over "shot two")
    assert only(BODY + "A sniper shot two men dead.") == (
        "shot two men dead",
        2,
        2,
        "killed",
        "unknown",
    )


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Medics counted 14 dead after the raid.", "14 dead"),
        ("Residents reported 14 dead in the village.", "14 dead"),
        ("Doctors at the district hospital received 30 wounded.", "30 wounded"),
        ("Health workers recorded 14 deaths in the camp.", "14 deaths"),
        ("Villagers buried 14 dead on Sunday.", "14 dead"),
    ],
)
def test_who_counted_received_or_buried_the_harmed_is_no_victim(sentence: str, phrase: str) -> None:
    # the guideline reads the sentence only for the victims: those who count them are sources
    found = casualties(BODY + sentence)
    assert [(p, a["victims"]) for p, a in found] == [(phrase, "unknown")]


def test_a_count_after_a_harm_verb_still_reads_its_sentence() -> None:
    found = casualties(BODY + "Soldiers shelled the village and 14 civilians were killed.")
    assert [(p, a["victims"]) for p, a in found] == [("14 civilians were killed", "civilian")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Students marched in the capital after 12 were killed.",
        "Soldiers were deployed to the district after 12 were killed.",
        "Villagers fled when 12 were killed in the night.",
    ],
)
def test_the_main_clause_before_a_subordinate_one_names_no_victims(sentence: str) -> None:
    found = casualties(BODY + sentence)
    assert [a["victims"] for _p, a in found] == ["unknown"]


def test_the_subordinate_clause_itself_still_names_the_victims() -> None:
    found = casualties(BODY + "Troops withdrew after 12 civilians were killed.")
    assert [a["victims"] for _p, a in found] == ["civilian"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "low"),
    [
        ("Security forces have made 150 arrests.", "150 arrests", 150),
        ("Police made more than 150 arrests overnight.", "more than 150 arrests", 151),
        ("Rights groups counted 40 detentions in March.", "40 detentions", 40),
    ],
)
def test_arrests_counted_as_a_noun_are_a_casualty_of_kind_other(
    sentence: str, phrase: str, low: int
) -> None:
    found = casualties(BODY + sentence)
    assert [(p, a["count_low"], a["kind"]) for p, a in found] == [(phrase, low, "other")]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Pirates boarded the tanker and took its 20 crew members hostage.",
            "took its 20 crew members hostage",
        ),
        ("The rebels freed their 14 captives on Friday.", "freed their 14 captives"),
    ],
)
def test_a_determiner_before_the_count_of_people_held(sentence: str, phrase: str) -> None:
    assert [p for p, _a in casualties(BODY + sentence)] == [phrase]


def test_a_determiner_before_a_count_without_its_people_is_no_casualty() -> None:
    assert casualties(BODY + "The army said it lost the 2 in the fighting.") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ukraine, Russia swap 150 POWs", "swap 150 POWs"),
        ("150 POWs swapped in UAE-brokered deal", "150 POWs swapped"),
        (BODY + "Some 150 POWs were returned on Friday.", "Some 150 POWs were returned"),
    ],
)
def test_pows_are_prisoners_of_war(text: str, phrase: str) -> None:
    found = casualties(text)
    assert [(p, a["kind"], a["victims"]) for p, a in found] == [(phrase, "other", "combatant")]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Twelve people have so far been confirmed dead.",
            "Twelve people have so far been confirmed dead",
        ),
        ("Twelve people have thus far died.", "Twelve people have thus far died"),
    ],
)
def test_so_far_between_the_people_and_their_harm(sentence: str, phrase: str) -> None:
    assert [p for p, _a in casualties(BODY + sentence)] == [phrase]


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        ("Iran hanged 12 men on Tuesday.", "hanged 12 men", "killed"),
        ("Twelve prisoners were hanged at dawn.", "Twelve prisoners were hanged", "killed"),
        ("Twelve prisoners were put to death.", "Twelve prisoners were put to death", "killed"),
        ("Gunmen carried off 12 women.", "carried off 12 women", "other"),
        (
            "Police have taken 12 people into custody.",
            "taken 12 people into custody",
            "other",
        ),
    ],
)
def test_executions_and_abductions_said_other_ways(sentence: str, phrase: str, kind: str) -> None:
    found = casualties(BODY + sentence)
    assert [(p, a["kind"]) for p, a in found] == [(phrase, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A court sentenced 12 men to death.",
        "The rebels hung 12 flags on the walls.",
        "The floods carried off 12 cattle.",
        "The river carried off 12 houses.",
    ],
)
def test_no_casualty_in_these_hangings_and_carryings(sentence: str) -> None:
    assert casualties(BODY + sentence) == []


@pytest.mark.parametrize(
    ("headline", "phrase", "count"),
    [
        ("Drone strike kills family of five in Gaza", "kills family of five", 5),
        ("Israeli strike killed family of six, relatives say", "killed family of six", 6),
    ],
)
def test_a_headline_family_without_its_article(headline: str, phrase: str, count: int) -> None:
    found = casualties(headline)
    assert [(p, a["count_low"], a["victims"]) for p, a in found] == [(phrase, count, "civilian")]
