"""CASUALTY figures in the number shapes and harm verbs of real wire copy (issue 15).

Every sentence is made up for the test, in words of its own: none is taken from the
development or sample articles. Each class is tested on several forms and on the
neighbouring forms it must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from annotator.core.casualty import CasualtyCount, casualty_kind, parse_casualty
from tests.core.suggested import casualties


def counts(attributes: dict[str, Any]) -> tuple[int | None, int | None]:
    return attributes.get("count_low"), attributes.get("count_high")


# --------------------------------------------------------------------------- number shapes


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        # "N-plus" is at least N, before the victims or after a harm verb
        (
            "Medics counted 40-plus wounded herders at the clinic on Monday.",
            "40-plus wounded herders",
            40,
            None,
        ),
        (
            "The army says 50-plus insurgents were slain near the ridge.",
            "50-plus insurgents were slain",
            50,
            None,
        ),
        ("The mortar barrage killed 30-plus recruits.", "killed 30-plus recruits", 30, None),
        # "upwards of N" reads like "more than N"
        (
            "Upwards of 200 households have fled the valley.",
            "Upwards of 200 households have fled",
            201,
            None,
        ),
        (
            "The raids displaced upwards of 900 villagers.",
            "displaced upwards of 900 villagers",
            901,
            None,
        ),
        # "a minimum of N" reads like "at least N", "no more than N" like "up to N"
        (
            "A minimum of eight porters remain missing.",
            "A minimum of eight porters remain missing",
            8,
            None,
        ),
        ("No more than 11 pilgrims were hurt.", "No more than 11 pilgrims were hurt", None, 11),
        # "N or so" is about N
        (
            "Relief workers said 70 or so fishermen had drowned.",
            "70 or so fishermen had drowned",
            70,
            70,
        ),
    ],
)
def test_number_shapes_of_wire_copy_are_read(
    sentence: str, phrase: str, low: int | None, high: int | None
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        # an open count and a hedged figure in an aside: the aside closes it
        (
            "At least 25, possibly 30, miners were killed underground.",
            "At least 25, possibly 30, miners were killed",
            25,
            30,
        ),
        (
            "The landslide killed at least 60 – perhaps 80 – labourers.",
            "killed at least 60 – perhaps 80 – labourers",
            60,
            80,
        ),
        (
            "The storm left more than 40 (maybe 50) sailors missing.",
            "more than 40 (maybe 50) sailors missing",
            41,
            50,
        ),
        # an exact count and a hedged higher one: a range, as "A or B" is
        (
            "Eleven, perhaps twelve, shepherds were abducted on the plateau.",
            "Eleven, perhaps twelve, shepherds were abducted",
            11,
            12,
        ),
        # "at least N and as many as M" without commas
        (
            "At least 18 and up to 25 passengers died in the crash.",
            "At least 18 and up to 25 passengers died",
            18,
            25,
        ),
    ],
)
def test_a_hedged_upper_bound_joins_the_figure(
    sentence: str, phrase: str, low: int | None, high: int | None
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (low, high)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a part of the count, not its bound
        ("killed 30, 12 of them children", CasualtyCount(30, 30)),
        ("30 people, perhaps 12 of them children", CasualtyCount(30, 30)),
        # a figure of its own after the aside
        ("at least 6 dead, perhaps 20 injured", CasualtyCount(6, None)),
        ("at least 6 people were killed and up to 20 injured", CasualtyCount(6, None)),
        # a hedged figure below the count bounds nothing
        ("at least 15, possibly 9,", CasualtyCount(15, None)),
        # no hedge: an exact count keeps its figure
        ("about 40, 50 and 60 metres away", CasualtyCount(40, 40)),
    ],
)
def test_an_aside_that_is_not_a_bound_is_left_alone(phrase: str, expected: CasualtyCount) -> None:
    assert parse_casualty(phrase) == expected


# --------------------------------------------------------------------------- shooting


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        # "shot and <harm>": the harm word decides
        (
            "Eight herders were shot and wounded near the wells.",
            "Eight herders were shot and wounded",
            "injured",
        ),
        (
            "Gunmen said two rangers had been shot and killed on patrol.",
            "two rangers had been shot and killed",
            "killed",
        ),
        (
            "A cleric was shot and later died of his wounds.",
            "A cleric was shot and later died",
            "killed",
        ),
        # "shot" alone, in the passive: a gunshot wound, as the guideline reads it
        (
            "Nineteen demonstrators were shot during the rally.",
            "Nineteen demonstrators were shot",
            None,
        ),
        (
            "Medics said 14 commuters had been shot by snipers.",
            "14 commuters had been shot",
            None,
        ),
        ("A night watchman was shot outside the depot.", "A night watchman was shot", None),
    ],
)
def test_people_shot_are_a_casualty(sentence: str, phrase: str, kind: str | None) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == (kind or "injured")


@pytest.mark.parametrize(
    "sentence",
    [
        "Three drones were shot down over the harbour.",
        "Two patrol boats were shot at but nobody was hurt on board.",
        "The two guards shot at the approaching truck.",
        "Four officers shot the lock off the gate.",
    ],
)
def test_shot_down_or_shot_at_is_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}


def test_a_headline_shot_names_one_casualty() -> None:
    text = "Aid worker shot in northern town\n\nA relief convoy was attacked on Sunday."
    found = casualties(text)
    assert "Aid worker shot" in found
    assert counts(found["Aid worker shot"]) == (1, 1)
    assert found["Aid worker shot"]["kind"] == "injured"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("five people were shot", "injured"),
        ("five people were shot dead", "killed"),
        ("shot and killed five people", "killed"),
        ("a fighter was shot to death", "killed"),
        ("shot down two drones", None),
    ],
)
def test_the_kind_of_a_shooting(phrase: str, kind: str | None) -> None:
    assert casualty_kind(phrase) == kind


# --------------------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        # a noun that carries a kind names who they were; the harm after it decides
        (
            "Four refugees were killed when a shell hit the clinic.",
            "Four refugees were killed",
            "killed",
        ),
        ("Six evacuees were hurt when the ferry ran aground.", "Six evacuees were hurt", "injured"),
        ("Two hostages died during the rescue attempt.", "Two hostages died", "killed"),
        # ... and stands where nothing else is said
        ("The camp now shelters some 3,000 refugees.", "some 3,000 refugees", "displaced"),
        ("Nine hostages were freed on Friday.", "Nine hostages were freed", "other"),
    ],
)
def test_the_harm_outranks_the_kind_a_victim_noun_carries(
    sentence: str, phrase: str, kind: str
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("seven refugees were wounded", "injured"),
        ("the hostages were executed", "killed"),
        ("nine refugees fled the camp", "displaced"),
        ("200 new refugees", "displaced"),
        ("taking 40 hostages", "missing"),
    ],
)
def test_casualty_kind_reads_the_harm_after_a_noun_of_kind(phrase: str, kind: str) -> None:
    assert casualty_kind(phrase) == kind


# --------------------------------------------------------------------------- verb frames


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        # the people between the verb and what makes it a harm
        (
            "A mob hacked nine traders to death outside the depot.",
            "hacked nine traders to death",
            "killed",
        ),
        ("Raiders stabbed two watchmen to death.", "stabbed two watchmen to death", "killed"),
        ("The militia burned 14 captives alive.", "burned 14 captives alive", "killed"),
        ("Gunmen shot three pilgrims dead at the shrine.", "shot three pilgrims dead", "killed"),
        # "shot" with its people alone: a gunshot wound
        ("Snipers shot 16 pedestrians on the bridge.", "shot 16 pedestrians", "injured"),
        # killings said by other verbs
        ("Assailants murdered four nuns in the convent.", "murdered four nuns", "killed"),
        ("Two judges were assassinated last year.", "Two judges were assassinated", "killed"),
        ("Fighters slaughtered 23 villagers.", "slaughtered 23 villagers", "killed"),
    ],
)
def test_harm_verb_frames_are_casualties(sentence: str, phrase: str, kind: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers burned 40 houses in the village.",
        "The storm burned 300 hectares of forest.",
        "The gunman shot 30 rounds into the air.",
        "Warplanes shot down 12 drones.",
        "Fighters slaughtered 30 cattle for the feast.",
        "The raid killed 40 head of cattle.",
        "Bandits killed 200 goats near the well.",
        "Troops shot 12 stray dogs at the base.",
    ],
)
def test_frames_without_people_and_animals_are_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}


# --------------------------------------------------------------------------- extents


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        # a verb ends the noun phrase: two figures, never one run across "were ... and"
        (
            "Medics said three of the injured were nurses and 12 porters were missing.",
            {"three of the injured", "12 porters were missing"},
        ),
        (
            "Two of the dead were pilgrims and nine guards were hurt.",
            {"Two of the dead", "nine guards were hurt"},
        ),
    ],
)
def test_a_verb_ends_the_victims_of_a_figure(sentence: str, phrases: set[str]) -> None:
    assert set(casualties(sentence)) == phrases


@pytest.mark.parametrize(
    ("sentence", "phrase", "low"),
    [
        # one picked from a group whose harm a participle says: the group's figure
        (
            "Her cousin was one of the eight porters wounded in the ambush.",
            "eight porters wounded",
            8,
        ),
        ("He is among two of 14 cadets killed that night.", "14 cadets killed", 14),
        # the verb says it of the part: the part's figure
        (
            "Six of the 30 passengers were rescued from captivity.",
            "Six of the 30 passengers were rescued from captivity",
            6,
        ),
        ("Five of the 19 hikers have died.", "Five of the 19 hikers have died", 5),
    ],
)
def test_a_part_of_a_counted_group(sentence: str, phrase: str, low: int) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["count_low"] == low


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "kind"),
    [
        # a vague amount, "of", the harm as an adjective and its people
        (
            "Volunteers fed hundreds of displaced herders at the stadium.",
            "hundreds of displaced herders",
            200,
            "displaced",
        ),
        (
            "The ward took in dozens of wounded conscripts overnight.",
            "dozens of wounded conscripts",
            24,
            "injured",
        ),
        (
            "Tens of thousands of internally displaced families remain in tents.",
            "Tens of thousands of internally displaced families",
            20_000,
            "displaced",
        ),
        # displacement with the people unsaid
        (
            "The floods have driven about 40,000 from their homes.",
            "driven about 40,000 from their homes",
            40_000,
            "displaced",
        ),
        (
            "The offensive forced some 9,000 out of their villages.",
            "forced some 9,000 out of their villages",
            9_000,
            "displaced",
        ),
        # "the death of" a counted group
        (
            "The ministry confirmed the death of 31 pilgrims.",
            "death of 31 pilgrims",
            31,
            "killed",
        ),
    ],
)
def test_harm_named_around_the_people(sentence: str, phrase: str, low: int, kind: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["count_low"] == low
    assert found[phrase]["kind"] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The reform marked the death of 300 years of custom.",
        "The decree spelt the death of 12 local newspapers.",
    ],
)
def test_the_death_of_things_is_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}


# --------------------------------------------------------------------------- counts of one


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Nurses said an injured porter waited hours for a stretcher.", "an injured porter"),
        ("A wounded ranger crawled back to the post.", "A wounded ranger"),
    ],
)
def test_one_person_named_with_the_harm_before_the_noun(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (1, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "The hens fell ill one by one, and when the last one died we left.",
        "We tried three wells; each one was dry and the next one was missing its pump.",
    ],
)
def test_one_standing_for_something_named_is_no_count(sentence: str) -> None:
    assert casualties(sentence) == {}


def test_one_person_after_that_is_still_counted() -> None:
    found = casualties("The governor said that one teacher was injured.")
    assert counts(found["one teacher was injured"]) == (1, 1)


# --------------------------------------------------------------------------- not events


@pytest.mark.parametrize(
    "sentence",
    [
        "Such a blast could kill dozens of shoppers.",
        "The warlord threatened to execute 40 captives.",
        "Militants had planned to abduct six engineers.",
        "Officials warned the floods might displace 30,000 villagers.",
    ],
)
def test_threats_and_possibilities_are_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The patrol managed to kill four bandits.", "kill four bandits"),
        ("The shelling may have wounded 30 civilians.", "wounded 30 civilians"),
    ],
)
def test_harm_that_happened_after_a_helper_verb_stays(sentence: str, phrase: str) -> None:
    assert phrase in casualties(sentence)


# --------------------------------------------------------------------------- custody, parts


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Lawyers said scores of students had been held since March.",
            "scores of students had been held",
        ),
        ("Eleven herders were held at an army post for a week.", "Eleven herders were held"),
        (
            "Two reporters are still being held without charge.",
            "Two reporters are still being held",
        ),
    ],
)
def test_people_held_in_custody_are_kind_other(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "Three officers were held responsible for the failure.",
        "Four rounds of talks were held in the capital.",
        "Nine lorries were held up at the crossing.",
        "Investigators have so far named only three of the victims.",
    ],
)
def test_held_without_custody_and_a_part_without_harm_are_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}


def test_a_part_of_the_victims_with_its_own_harm_is_a_casualty() -> None:
    found = casualties("Three of the victims died before reaching the clinic.")
    assert counts(found["Three of the victims died"]) == (3, 3)


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high", "kind"),
    [
        # the harmed counted as a toll is
        ("By noon the dead numbered at least 40.", "dead numbered at least 40", 40, None, "killed"),
        ("The wounded totalled 95, medics said.", "wounded totalled 95", 95, 95, "injured"),
        (
            "The displaced now number more than 8,000.",
            "displaced now number more than 8,000",
            8_001,
            None,
            "displaced",
        ),
        ("The toll totalled 33 by Sunday.", "toll totalled 33", 33, 33, "killed"),
    ],
)
def test_the_harmed_numbered_as_a_toll(
    sentence: str, phrase: str, low: int | None, high: int | None, kind: str
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (low, high)
    assert found[phrase]["kind"] == kind


@pytest.mark.parametrize(
    "sentence",
    ["The dead were buried in 12 graves.", "The wounded number of tanks was 40."],
)
def test_the_harmed_without_a_number_verb_are_no_toll(sentence: str) -> None:
    assert casualties(sentence) == {}


def test_a_hedged_part_is_not_taken_into_the_figure() -> None:
    found = casualties("The fire killed nine, possibly six of them pupils.")
    assert "killed nine" in found, found
    assert counts(found["killed nine"]) == (9, 9)


def test_a_hedged_bound_without_its_closing_comma() -> None:
    found = casualties("At least 11, perhaps 13 fishermen drowned.")
    assert counts(found["At least 11, perhaps 13 fishermen drowned"]) == (11, 13)


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        (
            "The floods have killed or uprooted thousands of herders.",
            "killed or uprooted thousands of herders",
            2_000,
            None,
        ),
        ("Raiders killed or kidnapped 25 farmers.", "killed or kidnapped 25 farmers", 25, 25),
    ],
)
def test_two_harm_verbs_joined_by_or_are_one_figure_of_kind_other(
    sentence: str, phrase: str, low: int | None, high: int | None
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (low, high)
    assert found[phrase]["kind"] == "other"


def test_an_open_count_and_a_hedged_upper_bound_after_and() -> None:
    assert parse_casualty("at least 4 and perhaps up to 9 miners") == CasualtyCount(4, 9)
    assert parse_casualty("at least 4 and probably 9 more were hurt") == CasualtyCount(4, None)


def test_the_killings_of_a_counted_group_are_killed() -> None:
    found = casualties("Nobody has been charged over the killings of 14 shepherds.")
    assert found["killings of 14 shepherds"]["kind"] == "killed"
    assert casualty_kind("the killings of seven traders") == "killed"


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        (
            "Nearly 600 families have lost their homes to the fires.",
            "Nearly 600 families have lost their homes",
            "displaced",
        ),
        (
            "Eleven individuals were hurt in the crush at the gate.",
            "Eleven individuals were hurt",
            "injured",
        ),
    ],
)
def test_more_wire_wordings_of_harm(sentence: str, phrase: str, kind: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == kind


@pytest.mark.parametrize(
    ("sentence", "phrase", "count"),
    [
        (
            "The drone strike killed a militia leader and four of his guards.",
            "killed a militia leader and four of his guards",
            5,
        ),
        (
            "A shepherd and two of his nephews were abducted.",
            "A shepherd and two of his nephews were abducted",
            3,
        ),
        # the person's own things are not counted
        ("The blast killed a guard and two of his dogs.", "killed a guard", 1),
    ],
)
def test_one_person_and_a_number_of_their_own(sentence: str, phrase: str, count: int) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (count, count)


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        # a source's figure quoted with its people
        (
            'The garrison said it had killed "at least 25 assailants" overnight.',
            'killed "at least 25 assailants"',
            25,
            None,
        ),
        (
            "Commandos rescued \u201cmore than 30 hostages\u201d from the camp.",
            "rescued \u201cmore than 30 hostages\u201d",
            31,
            None,
        ),
        # ... or the figure alone, as before
        ('Militia leaders said they lost "about 15" men.', 'lost "about 15" men', 15, 15),
    ],
)
def test_a_quoted_figure_with_its_people(
    sentence: str, phrase: str, low: int | None, high: int | None
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (low, high)


def test_an_unclosed_quote_mark_takes_no_figure() -> None:
    assert casualties('The unit killed "at least 25 assailants in the hills.') == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid groups say one in four pupils has fled the district.",
        "Nearly 3 out of 10 households were displaced by the floods.",
    ],
)
def test_a_share_is_no_head_count(sentence: str) -> None:
    assert casualties(sentence) == {}


def test_a_number_before_a_place_is_still_a_count() -> None:
    assert "Seven in the convoy were hurt" in casualties("Seven in the convoy were hurt.")


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        (
            "A few hundred pilgrims were evacuated from the shrine.",
            "A few hundred pilgrims were evacuated",
            200,
            None,
        ),
        (
            "Shelling displaced a few thousand fishermen.",
            "displaced a few thousand fishermen",
            2_000,
            None,
        ),
        ("A couple of dozen cadets were hurt.", "A couple of dozen cadets were hurt", 24, 24),
    ],
)
def test_vague_hundreds_and_dozens(
    sentence: str, phrase: str, low: int | None, high: int | None
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        ("Three herders froze to death on the pass.", "Three herders froze to death", "killed"),
        ("Eleven children starved to death last month.", "Eleven children starved to death", None),
        ("Two workers were electrocuted.", "Two workers were electrocuted", "killed"),
        ("Six miners suffocated in the shaft.", "Six miners suffocated", "killed"),
        ("Nine porters were buried alive.", "Nine porters were buried alive", "killed"),
        ("Five nurses were taken captive.", "Five nurses were taken captive", "other"),
        ("Troops rounded up 60 teenagers.", "rounded up 60 teenagers", "other"),
    ],
)
def test_more_ways_of_dying_and_of_custody(sentence: str, phrase: str, kind: str | None) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == (kind or "killed")


def test_sentenced_to_death_is_no_casualty() -> None:
    assert casualties("Three soldiers were sentenced to death by the tribunal.") == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "count"),
    [
        # the verb in scare quotes, its marks taken in
        (
            'The garrison said it had "neutralised" 19 insurgents.',
            '"neutralised" 19 insurgents',
            19,
        ),
        ('A statement said troops "eliminated" 7 bandits.', '"eliminated" 7 bandits', 7),
        # "those killed included ...", as "the dead included ...": from the harm word, as
        # "dead included" leaves "the" out
        (
            "Those injured included two porters and a cook's assistant.",
            "injured included two porters",
            2,
        ),
        (
            "Those abducted include a 12-year-old boy.",
            "abducted include a 12-year-old boy",
            1,
        ),
    ],
)
def test_scare_quoted_verbs_and_those_harmed(sentence: str, phrase: str, count: int) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (count, count)


@pytest.mark.parametrize(
    ("sentence", "phrase", "count"),
    [
        (
            "Three Senegalese and one Togolese peacekeeper were wounded.",
            "Three Senegalese and one Togolese peacekeeper were wounded",
            4,
        ),
        (
            "The blast killed two Kenyan and five Ugandan soldiers.",
            "killed two Kenyan and five Ugandan soldiers",
            7,
        ),
    ],
)
def test_two_nationalities_sharing_the_noun_are_summed(
    sentence: str, phrase: str, count: int
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (count, count)
