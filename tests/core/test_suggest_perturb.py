"""Forms the perturbation check (scripts/perturb_check.py) showed brittle: the dev articles
with their people renamed by names of other shapes, or their attributions inverted, lost
speakers in many articles (issue 15, session 39).

Each test states one form with sentences written for the test (invented people and events;
real places), never the development articles' own. The guards at the end of each section
pass on the code before too: they pin what the widened rule must not take.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker, suggested_texts, suggested_types

# --------- "daughter of" particles beside "ould", "ag" and "bin": mint, welet / walet, binti


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Displaced families reached the camp on Monday. Awa mint Sidi, 67, who left her "
            "village with two bags, said she would not go back.",
            "Awa mint Sidi",
        ),
        (
            "A volunteer, Fadimata welet Intalla, said she had carried the wounded to the river.",
            "Fadimata welet Intalla",
        ),
        (
            '"They did not ask for anything," said Nurul binti Hamzah, 41, a fish seller who '
            "saw the attack.",
            "Nurul binti Hamzah",
        ),
    ],
)
def test_a_daughter_of_particle_stays_inside_the_name(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "person"


def test_the_speaker_named_with_a_daughter_of_particle_is_linked() -> None:
    text = (
        "MENAKA, Mali (Reuters) - Herders fled the district this week.\n\n"
        "Aminetou mint Ahmed, who runs a women's cooperative, said the men watch the roads.\n\n"
        '"If you hear a motorbike after dark, you wake everybody," she said.\n'
    )
    assert suggested_speaker(text, "If you hear") == "Aminetou mint Ahmed"


def test_mint_as_an_english_word_is_no_particle() -> None:
    text = "Traders in Gao sold mint tea and sugar, the Red Cross said."
    assert "Gao sold mint" not in " ".join(suggested_texts(text))


# --------- one name in apposition with a person's role (people known by one name, or by
# the one name they gave): the role before the name or after it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The agency's representative in Chad, Harjono, said many had walked at night.", "Harjono"),
        (
            "The governor of Tak province, Mulyadi, said temporary shelters had been set up.",
            "Mulyadi",
        ),
        (
            'An emergency co-ordinator, Wiranto, said: "Most injuries are gunshot wounds."',
            "Wiranto",
        ),
        (
            "The Minister of Communication and Media, Setiawan, told journalists in Lome that "
            "troops had been sent.",
            "Setiawan",
        ),
        (
            "A 34-year-old mother from Rijiya, Suparman, whose two daughters were abducted, said "
            "the gunmen came at night.",
            "Suparman",
        ),
        (
            'The road is closed. "Everyone knows what is happening," said Rusdiono, a Nuba '
            "community leader who left the city in August.",
            "Rusdiono",
        ),
        (
            "The road is closed. According to Haryanto, a security analyst at the university, the "
            "group has moved north.",
            "Haryanto",
        ),
        (
            'The road is closed. "We are afraid," says Sutrisno, the association\'s president.',
            "Sutrisno",
        ),
    ],
)
def test_one_name_apposed_to_a_persons_role_is_a_person(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "person"


def test_one_name_after_a_role_in_lower_case_before_its_verb_is_a_person() -> None:
    text = "Residents fled. Presidential adviser Setiawan told reporters the talks were over."
    assert suggested_types(text).get("Setiawan") == "person"


def test_the_speaker_known_by_one_name_after_a_role_is_linked() -> None:
    text = (
        "ADRE, Chad (Reuters) - Refugees kept arriving from Darfur on Sunday.\n\n"
        "The agency's representative in Chad, Harjono, said many had walked through the night.\n\n"
        '"People are arriving exhausted," he said.\n'
    )
    assert suggested_speaker(text, "People are arriving") == "Harjono"


@pytest.mark.parametrize(
    "text",
    [
        "The capital, Kabul, was quiet on Sunday, and the market reopened.",
        "Fighting spread to the next district, Shiroro, on Monday.",
        "He works as a security analyst at Usmanu Danfodiyo University, Sokoto, the group said.",
        "Outside, the mother of a 23-year-old defendant who was sentenced to death wept.",
        "On Tuesday, the president of the council said the talks had failed.",
        "In Kidal, a resident of the old town, who asked not to be named, said shops were shut.",
    ],
)
def test_a_place_or_an_adverb_beside_a_role_is_no_person(text: str) -> None:
    assert "person" not in suggested_types(text).values()


# --------- an acronym no list holds, where only a body stands: the subject of a speech or
# claim verb, or the group of fighters and officers named by it; then its other mentions


def test_an_unlisted_acronym_speaking_is_a_body_with_its_other_mentions() -> None:
    text = (
        "The KVD blamed the army for the strike. In a statement posted on Telegram, the KVD "
        'said the market was full. "There were no soldiers there," a KVD official said.'
    )
    found = suggested_texts(text)
    assert found.count("KVD") == 3
    assert suggested_types(text)["KVD"] == "organisation"


def test_an_unlisted_acronym_naming_fighters_is_an_armed_group() -> None:
    text = "Some villages sign deals with the ZNP. A ZNP commander said the road would reopen."
    assert suggested_types(text).get("ZNP") == "armed group"


def test_the_speaker_named_by_an_unlisted_acronym_is_linked() -> None:
    text = (
        'GOMA, Congo (Reuters) - "The patients were attacked while they were fleeing," TMB '
        "said in a statement on Sunday.\n"
    )
    assert suggested_speaker(text, "The patients") == "TMB"


@pytest.mark.parametrize(
    "text",
    [
        # an office written as initials, also a title before a name elsewhere
        'IGX Rao visited the camp. "Both are out of danger," the IGX said.',
        # ranks and generic acronyms
        '"His condition is stable," the DSP said. The NGO said it had treated 23 wounded.',
        # a prison, a valley, a law known by its initials
        "The deportees are held in the Terrorism Confinement Centre, known as CECOT.",
    ],
)
def test_an_acronym_for_an_office_a_thing_or_a_place_is_no_body(text: str) -> None:
    found = suggested_texts(text)
    assert not any(name in found for name in ("IGX", "DSP", "NGO", "CECOT"))


def test_a_surname_after_its_particle_is_not_cut_from_it_by_the_role_rule() -> None:
    text = (
        'The road is closed. "If we leave, they come back," dos Santos, a spokesperson for '
        "the regional administration, said."
    )
    assert "Santos" not in suggested_texts(text)
