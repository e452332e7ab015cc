"""CASUALTY classes the misses of articles 220-235 showed once they moved to dev (session
30). Every sentence here is made up for the test; none is an article's own."""

from __future__ import annotations

import pytest

from annotator.core.casualty import parse_casualty
from annotator.core.suggest import casualties as rules
from tests.core.suggested import body_figures as _found
from tests.core.suggested import casualties

# ----------------------- one person named by a rank or an office, counted with a group

# (nouns the suggester takes as victims whose singular is no person on its own in a count)
_NOT_COUNTED_ALONE = {"family", "chief", "fan", "mp", "naxal", "sub-leader", "passer-by"}


@pytest.mark.parametrize(
    "noun", sorted(set(rules._VICTIM_SINGULAR_WORDS.split()) - _NOT_COUNTED_ALONE)
)
def test_every_singular_victim_noun_counts_one_beside_a_counted_group(noun: str) -> None:
    article = "an" if noun[0] in "aeiou" else "a"
    count = parse_casualty(f"killed {article} {noun} and three of the gunmen")
    assert (count.low, count.high) == (4, 4)


def test_a_sergeant_and_part_of_the_attackers_are_summed() -> None:
    found = _found("The gun battle killed a police sergeant and three of the gunmen.")
    assert found["killed a police sergeant and three of the gunmen"][:2] == (4, 4)


def test_a_mayor_and_counted_councillors_are_summed() -> None:
    found = _found("A mayor and two councillors were killed in the ambush.")
    assert found["A mayor and two councillors were killed"][:3] == (3, 3, "killed")


# ----------------------- a demonym in -ese before the people counted


def test_the_noun_after_a_demonym_in_ese_is_the_people_counted() -> None:
    found = _found("Rights groups documented the detention of hundreds of Sudanese refugees.")
    assert found["detention of hundreds of Sudanese refugees"] == (200, None, "other", "civilian")


def test_the_killing_of_counted_people_after_a_demonym_in_ese_takes_the_noun() -> None:
    found = _found("Witnesses described the killing of 40 Congolese villagers near Beni.")
    assert found["killing of 40 Congolese villagers"] == (40, 40, "killed", "civilian")


def test_a_demonym_in_ese_alone_is_still_the_people_counted() -> None:
    assert "killed 12 Congolese" in _found("Gunmen killed 12 Congolese in Beni.")


# ----------------------- refugees in custody: the custody is the harm


def test_refugees_arrested_are_a_custody_figure() -> None:
    found = _found("Police arrested 30 Sudanese refugees at the border.")
    assert found["arrested 30 Sudanese refugees"][2] == "other"


def test_refugees_detained_are_a_custody_figure() -> None:
    assert (
        _found("Thirty refugees were detained at the border.")["Thirty refugees were detained"][2]
        == "other"
    )


def test_refugees_who_fled_are_still_displaced() -> None:
    # (the phrase ends at "refugees", the casualty word: session 32, the smallest phrase)
    assert _found("Some 3,000 refugees fled the camp.")["Some 3,000 refugees"][2] == ("displaced")


# ----------------------- "the camps hold N people": a place's room, no custody


def test_people_a_camp_holds_are_no_custody_figure() -> None:
    found = _found(
        "The exiles have lived there for decades, and the camps near the town hold several "
        "thousand people, most of them relatives of party members."
    )
    assert found == {}


def test_people_a_school_holds_are_counted_by_their_own_harm_word() -> None:
    found = _found("The school now holds 400 displaced families.")
    assert list(found) == ["400 displaced families"]


def test_hostages_a_group_holds_are_still_a_custody_figure() -> None:
    found = _found("The rebels hold 30 hostages in the hills.")
    assert found["hold 30 hostages"][2] == "other"


def test_people_a_gang_holds_in_a_place_are_still_a_custody_figure() -> None:
    found = _found("The militia is holding 12 aid workers in a compound near Kidal.")
    assert found["holding 12 aid workers"][2] == "other"


# ----------------------- one worker or labourer harmed is a civilian, as workers are


def test_one_worker_injured_is_a_civilian() -> None:
    found = _found("Gunmen shot dead two labourers at the site. A third worker was injured.")
    assert found["A third worker was injured"] == (1, 1, "injured", "civilian")


def test_one_labourer_killed_is_a_civilian() -> None:
    assert (
        _found("A labourer was killed when the shell hit the farm.")["A labourer was killed"][3]
        == "civilian"
    )


# ----------------------- a headline's one person named by two words, no article


def _headline(headline: str, body: str) -> dict[str, tuple[object, object, object, object]]:
    return {
        phrase: (a.get("count_low"), a.get("count_high"), a.get("kind"), a.get("victims"))
        for phrase, a in casualties(headline + "\n\n" + body).items()
    }


def test_a_headline_person_named_by_two_words_is_one_harmed() -> None:
    found = _headline(
        "Kenyan police officer killed in ambush near Somali border",
        "Gunmen ambushed a patrol on Sunday.",
    )
    assert found["Kenyan police officer killed"] == (1, 1, "killed", "combatant")


def test_a_headline_aid_worker_shot_is_one_injured() -> None:
    found = _headline("Gunmen kill three, Afghan aid worker shot in Kabul", "Police said.")
    assert found["Afghan aid worker shot"] == (1, 1, "injured", "civilian")


def test_a_headline_person_who_killed_a_qualified_victim_is_not_harmed() -> None:
    found = _headline(
        "Russian soldier killed Ukrainian civilian, court hears", "The court sat on Monday."
    )
    assert "Russian soldier killed" not in found


# ----------------------- one person, a past participle's phrase, then the death


def test_one_person_pulled_from_the_rubble_who_died_is_one_killed() -> None:
    found = _found("The toll rose to 10 after a woman pulled from the rubble died in hospital.")
    assert found["a woman pulled from the rubble died"] == (1, 1, "killed", "civilian")


def test_a_man_injured_in_the_blast_who_died_is_killed_not_injured() -> None:
    found = _found("Officials said a man injured in the blast died on Tuesday.")
    assert found["a man injured in the blast died"][:3] == (1, 1, "killed")


def test_people_killed_then_buried_stay_the_killed_figure() -> None:
    assert "Two men killed" in _found("Two men killed in the blast were buried on Monday.")


# ----------------------- the subject's next act names no victims of the figure


def test_people_reached_by_the_subjects_next_act_are_not_the_victims() -> None:
    found = _found(
        "The Red Cross said it had evacuated two of the injured by air and was distributing "
        "food to the families who fled."
    )
    assert found["two of the injured"][3] == "unknown"


def test_the_victims_before_the_next_act_are_still_read() -> None:
    found = _found("The Red Cross evacuated two injured children by air and was distributing food.")
    assert found["two injured children"][3] == "civilian"
