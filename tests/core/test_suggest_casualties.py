"""CASUALTY rules: the smallest phrase with the number and the casualty word, attributes filled."""

from __future__ import annotations

from typing import Any

import pytest

from annotator.core.suggest import suggest


def casualties(text: str) -> list[tuple[str, dict[str, Any], str]]:
    return [
        (text[s.start : s.end], dict(s.attributes), s.rule)
        for s in suggest(text, labels=["CASUALTY"])
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high", "kind"),
    [
        (
            "Floods and a mortar attack killed 7 farmers near the dam.",
            "killed 7 farmers",
            7,
            7,
            "killed",
        ),
        (
            "The raid left at least 12 people dead in the hills.",
            "at least 12 people dead",
            12,
            None,
            "killed",
        ),
        (
            "More than 40 villagers were wounded overnight.",
            "More than 40 villagers were wounded",
            41,
            None,
            "injured",
        ),
        (
            "Up to 300 families have fled the valley.",
            "Up to 300 families have fled",
            None,
            300,
            "displaced",
        ),
        (
            "Nearly 90 residents remain missing.",
            "Nearly 90 residents remain missing",
            None,
            89,
            "missing",
        ),
        ("Between 5 and 8 fishermen drowned.", "Between 5 and 8 fishermen drowned", 5, 8, "killed"),
        ("Hospitals received 30-35 wounded.", "30-35 wounded", 30, 35, "injured"),
        ("Dozens more were injured in the crush.", "Dozens more were injured", 24, None, "injured"),
        (
            "Thousands of people have been displaced by the fighting.",
            "Thousands of people have been displaced",
            2000,
            None,
            "displaced",
        ),
        ("Twenty-six of the dead were conscripts.", "Twenty-six of the dead", 26, 26, "killed"),
        (
            "The shelling was wounding about 15 others every day.",
            "wounding about 15 others",
            15,
            15,
            "injured",
        ),
    ],
)
def test_number_and_casualty_word_make_one_phrase_with_counts(
    sentence: str, phrase: str, low: int | None, high: int | None, kind: str | None
) -> None:
    found = casualties(sentence)
    assert [f[0] for f in found] == [phrase]
    attributes = found[0][1]
    assert attributes.get("count_low") == low
    assert attributes.get("count_high") == high
    assert attributes["kind"] == kind


def test_a_whole_family_has_no_count() -> None:
    ((phrase, attributes, _rule),) = casualties("A whole family from the mill was killed.")
    assert phrase == "A whole family from the mill was killed"
    assert "count_low" not in attributes
    assert "count_high" not in attributes


def test_victims_come_from_the_sentence_when_the_phrase_names_nobody() -> None:
    text = "The ministry said its soldiers suffered 9 dead in the ambush."
    ((phrase, attributes, _rule),) = casualties(text)
    assert phrase == "9 dead"
    assert attributes["victims"] == "combatant"


def test_remains_of_soldiers_is_a_casualty() -> None:
    ((phrase, attributes, rule),) = casualties("They returned the remains of 25 soldiers.")
    assert phrase == "remains of 25 soldiers"
    assert rule == "casualty_remains_of"
    assert attributes["victims"] == "combatant"


def test_freed_prisoners_are_a_casualty_of_kind_other() -> None:
    ((phrase, attributes, rule),) = casualties("The rebels freed 18 prisoners on Monday.")
    assert phrase == "freed 18 prisoners"
    assert (attributes["kind"], rule) == ("other", "casualty_custody_verb_then_people")


@pytest.mark.parametrize(
    "sentence",
    [
        "A convoy of 40 trucks reached the town.",
        "The town's 12,000 residents have no water.",
        "The strike came 3 days after the talks.",
        "She is 34 and has two children.",
    ],
)
def test_numbers_without_a_casualty_word_are_not_suggested(sentence: str) -> None:
    assert casualties(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high", "kind"),
    [
        (
            "Officials said the death toll had climbed to 41 by nightfall.",
            "death toll had climbed to 41",
            41,
            41,
            "killed",
        ),
        (
            "By Friday the toll stood at more than 60.",
            "toll stood at more than 60",
            61,
            None,
            "killed",
        ),
        (
            "Rescuers said the toll from the landslide rose to twelve.",
            "toll from the landslide rose to twelve",
            12,
            12,
            "killed",
        ),
    ],
)
def test_a_toll_and_the_figure_it_reached_are_one_phrase(
    sentence: str, phrase: str, low: int | None, high: int | None, kind: str
) -> None:
    ((found, attributes, rule),) = casualties(sentence)
    assert (found, rule) == (phrase, "casualty_toll_reaches_number")
    assert (attributes.get("count_low"), attributes.get("count_high")) == (low, high)
    assert attributes["kind"] == kind


def test_a_toll_whose_number_has_its_own_casualty_word_is_left_to_that_phrase() -> None:
    found = casualties("The ministry put the toll at 8 dead and 20 wounded.")
    assert [f[0] for f in found] == ["8 dead", "20 wounded"]


def test_a_toll_of_a_percentage_is_not_a_casualty() -> None:
    assert casualties("Inflation took its toll at 40 per cent.") == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        ("Two of the injured died on the way to hospital.", "Two of the injured died", "killed"),
        ("Three of the wounded later died in Gorsk.", "Three of the wounded later died", "killed"),
        ("Five of the wounded are in intensive care.", "Five of the wounded", "injured"),
    ],
)
def test_wounded_who_die_later_count_as_killed(sentence: str, phrase: str, kind: str) -> None:
    ((found, attributes, _rule),) = casualties(sentence)
    assert (found, attributes["kind"]) == (phrase, kind)


@pytest.mark.parametrize(
    ("sentence", "phrase", "low"),
    [
        (
            'The rebels said they had killed "at least 50" soldiers.',
            'killed "at least 50" soldiers',
            50,
        ),
        (
            "The army said it wounded \u201cdozens\u201d of militants.",
            "wounded \u201cdozens\u201d of militants",
            24,
        ),
    ],
)
def test_a_figure_in_quote_marks_stays_inside_the_phrase(
    sentence: str, phrase: str, low: int
) -> None:
    ((found, attributes, _rule),) = casualties(sentence)
    assert found == phrase
    assert attributes["count_low"] == low


def test_unbalanced_quote_mark_is_not_taken_into_the_phrase() -> None:
    found = casualties('He said: "They killed 9 villagers and burned the mill.')
    assert [f[0] for f in found] == ["killed 9 villagers"]


def test_killed_some_of_them_ends_at_the_count() -> None:
    # the smallest phrase: the pronoun is no victim noun (dev 136, 137 and 267, session 33)
    ((found, _attributes, _rule),) = casualties("Troops killed eight of them near the bridge.")
    assert found == "killed eight"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Four paramedics were among those killed.", "Four paramedics were among those killed"),
        ("Eleven teachers were among those who died.", "Eleven teachers were among those who died"),
    ],
)
def test_among_those_killed_links_the_number_to_the_harm(sentence: str, phrase: str) -> None:
    assert [f[0] for f in casualties(sentence)] == [phrase]


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        (
            "Some 9,000 people have been forced from their homes by the floods and shelling.",
            "Some 9,000 people have been forced from their homes",
            "displaced",
        ),
        ("Hundreds flee as rebels close in on Marsk.", "Hundreds flee", "displaced"),
        (
            "The raid forced about 600 families to flee into the hills.",
            "about 600 families to flee",
            "displaced",
        ),
    ],
)
def test_fleeing_and_forced_from_homes_are_displacement(
    sentence: str, phrase: str, kind: str
) -> None:
    ((found, attributes, _rule),) = casualties(sentence)
    assert (found, attributes["kind"]) == (phrase, kind)


def test_an_aside_after_a_family_phrase_keeps_the_count_first() -> None:
    text = "Five members of one household, a farmer and his four daughters, were killed."
    ((found, attributes, _rule),) = casualties(text)
    assert found == "Five members of one household, a farmer and his four daughters, were killed"
    assert attributes["count_low"] == 5


def test_people_buried_are_counted_as_killed() -> None:
    ((found, attributes, rule),) = casualties("On Sunday the village buried 17 people.")
    assert (found, rule, attributes["kind"]) == (
        "buried 17 people",
        "casualty_verb_implies_harm",
        "killed",
    )


def test_buried_without_people_is_not_a_casualty() -> None:
    assert casualties("The mine was buried 30 metres down.") == []


def test_repetitions_after_a_range_are_not_a_head_count() -> None:
    assert casualties("Most had been displaced two or three times before.") == []


def only(text: str) -> tuple[str, dict[str, Any]]:
    found = casualties(text)
    assert len(found) == 1, found
    phrase, attributes, _rule = found[0]
    return phrase, attributes


def test_a_hundred_and_n_in_words_is_one_number() -> None:
    phrase, attributes = only("Rockets have wounded about a hundred and sixty since spring.")
    assert phrase == "wounded about a hundred and sixty"
    assert (attributes["count_low"], attributes["count_high"]) == (160, 160)


def test_suffered_wounds_and_lost_limbs_are_injuries() -> None:
    phrase, attributes = only("Nine labourers suffered gunshot wounds in the riot.")
    assert phrase == "Nine labourers suffered gunshot wounds"
    assert attributes["kind"] == "injured"
    phrase, attributes = only("Officials said three farmers had lost limbs to the mines.")
    assert phrase == "three farmers had lost limbs"
    assert (attributes["kind"], attributes["victims"]) == ("injured", "civilian")


def test_found_dead_and_went_missing_link_the_count() -> None:
    assert only("Five of the hikers were later found dead.")[0] == (
        "Five of the hikers were later found dead"
    )
    phrase, attributes = only("Two herders went missing near the pass.")
    assert (phrase, attributes["kind"]) == ("Two herders went missing", "missing")


def test_a_relative_clause_before_the_passive_stays_in_the_phrase() -> None:
    phrase, attributes = only("Four guards who tried to stop the looters were shot dead.")
    assert phrase == "Four guards who tried to stop the looters were shot dead"
    assert (attributes["count_low"], attributes["kind"]) == (4, "killed")


def test_a_negated_count_is_not_a_casualty() -> None:
    assert casualties("No one was killed when the second shell hit the depot.") == []


def test_killed_or_maimed_is_other_and_abducted_is_other() -> None:
    phrase, attributes = only("Since May, 90 pupils have been killed or maimed by mines.")
    assert (phrase, attributes["kind"]) == ("90 pupils have been killed or maimed", "other")
    phrase, attributes = only("Raiders abducted eight traders on the coast road.")
    assert (phrase, attributes["kind"]) == ("abducted eight traders", "other")
    phrase, attributes = only("Bandits seized 20 travellers at the ferry.")
    assert (phrase, attributes["kind"]) == ("seized 20 travellers", "other")


def test_lives_claimed_are_deaths() -> None:
    phrase, attributes = only("The epidemic of raids has claimed roughly 300 lives this year.")
    assert phrase == "claimed roughly 300 lives"
    assert (attributes["count_low"], attributes["kind"]) == (300, "killed")


def test_the_number_of_dead_at_and_to_a_figure() -> None:
    phrase, attributes = only("The mayor put the number of dead in the two hamlets at 18.")
    assert phrase == "number of dead in the two hamlets at 18"
    assert (attributes["count_low"], attributes["kind"]) == (18, "killed")
    phrase, attributes = only("That brings to 75 the number of fishermen killed this winter.")
    assert phrase == "75 the number of fishermen killed"
    assert (attributes["victims"], attributes["kind"]) == ("civilian", "killed")


def test_people_treated_for_injuries_are_injured() -> None:
    phrase, attributes = only("The clinic treated 33 people for burns overnight.")
    assert (phrase, attributes["kind"], attributes["count_low"]) == (
        "33 people for burns",
        "injured",
        33,
    )


def test_counted_attackers_and_a_groups_own_men_are_combatants() -> None:
    assert only("Guards killed five attackers at the gate.")[1]["victims"] == "combatant"
    assert only("The militia said six of its men had died.")[1]["victims"] == "combatant"
    assert only("Four of my neighbours were among the dead.")[1]["victims"] == "civilian"


def test_casualties_name_their_own_victims() -> None:
    attributes = only("The ward took in 48 casualties, among them many children.")[1]
    assert (attributes["victims"], attributes["kind"]) == ("unknown", "other")


def test_patterns_tried_at_their_first_words_find_what_finditer_finds() -> None:
    from annotator.core.suggest import casualties
    from annotator.core.suggest.base import SuggestContext
    from tests.conftest import REPO

    folder = REPO / "sample_articles"
    # Every sample and dev text, never a held-out one: a failure here would show it.
    paths = [p for p in sorted(folder.glob("**/*.txt")) if "heldout" not in p.parts]
    texts = [p.read_text("utf-8") for p in paths]
    assert len(texts) >= 20
    checked = 0
    for text in texts:
        ctx = SuggestContext(text)
        for pattern, first in casualties.PATTERNS.values():
            # A phrase never crosses a line break: finditer line by line.
            expected = []
            line_start = 0
            for line in text.split("\n"):
                line_end = line_start + len(line)
                expected += [m.span() for m in pattern.finditer(text, line_start, line_end)]
                line_start = line_end + 1
            assert [m.span() for m in casualties.matches(ctx, pattern, first)] == expected
            checked += len(expected)
    assert checked > 100
