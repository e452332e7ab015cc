"""CAS73B: the victims of CASUALTY figures whose extent is right, two classes that the blind
batches CAS36-CAS50 typed wrong again and again, fixed by what the figure counts.

- A figure that counts harms, not people, names nobody: a toll ("put the toll at 31",
  "bringing the death toll to nine", "the number of dead had risen to 17"), a part of the
  wounded or the dead ("Four of the injured are in serious condition"), deaths counted as
  events ("reported seven deaths", "15 cases of enforced disappearance"). It stays
  `unknown` though its clause names civilians (the guideline's settled points: a toll
  "counts harms and stays unknown after a civilian figure", dev 48 of 51; "N of the wounded"
  with no noun of its own). Its own noun, an apposition, a word before a toll or a part's
  predicate still decides ("the toll among civilians", "the civilian toll", "four of the
  dead were children"); a clause of combatants still types a toll (dev is split).
- A prison's inmates are `combatant`, as the gold types them (dev 28 of 30 inmate figures;
  CAS41, CAS46), unless a word before them or a part after them says who they were.
- Personnel counted bare are a force's, `combatant` (CAS37, CAS43, CAS47), unless a word
  between, an of-phrase after or a civic body before them says whose they are.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object, object]]:
    return suggested_casualties(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen stormed a wedding in the village, killing 14 civilians; residents later put"
            " the toll at 31.",
            [
                ("killing 14 civilians", 14, 14, "killed", "civilian"),
                ("toll at 31", 31, 31, "killed", "unknown"),
            ],
        ),
        (
            "Rescuers pulled two more bodies from the rubble of the apartment block, bringing"
            " the death toll to nine.",
            [
                ("two more bodies", 2, 2, "killed", "unknown"),
                ("death toll to nine", 9, 9, "killed", "unknown"),
            ],
        ),
        (
            "SRINAGAR: The toll rose to 19 on Thursday in the attack on tourists near Sonamarg,"
            " officials said.",
            [("toll rose to 19", 19, 19, "killed", "unknown")],
        ),
        (
            "The number of dead had risen to 17 by evening, and four residents of the building"
            " remain unaccounted for.",
            [
                ("number of dead had risen to 17", 17, 17, "killed", "unknown"),
                (
                    "four residents of the building remain unaccounted for",
                    4,
                    4,
                    "missing",
                    "civilian",
                ),
            ],
        ),
        (
            "The state health department put the death toll at 86, mostly women and children,"
            " as per preliminary reports.",
            [("death toll at 86", 86, 86, "killed", "unknown")],
        ),
        (
            "Five civilians and two soldiers were killed, bringing the toll to seven.",
            [
                ("Five civilians and two soldiers were killed", 7, 7, "killed", "mixed"),
                ("toll to seven", 7, 7, "killed", "unknown"),
            ],
        ),
    ],
)
def test_a_toll_names_nobody_whatever_its_clause_names(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The toll among civilians rose to 12 after the shelling of the market.",
            [("toll among civilians rose to 12", 12, 12, "killed", "civilian")],
        ),
        (
            "The army put the toll at 38 civilians and said it had pursued the attackers.",
            [("toll at 38 civilians", 38, 38, "killed", "civilian")],
        ),
        (
            "Since the clashes began, the toll on the Thai side has reached 15 - 12 civilians"
            " and three soldiers.",
            [("toll on the Thai side has reached 15", 15, 15, "killed", "mixed")],
        ),
        (
            "The death toll among soldiers rose to 17 after two wounded servicemen died.",
            [
                ("death toll among soldiers rose to 17", 17, 17, "killed", "combatant"),
                ("two wounded servicemen died", 2, 2, "killed", "combatant"),
            ],
        ),
        (
            "Two of the wounded soldiers died in hospital, bringing the toll to eight.",
            [
                ("Two of the wounded soldiers died", 2, 2, "killed", "combatant"),
                ("toll to eight", 8, 8, "killed", "combatant"),
            ],
        ),
    ],
)
def test_a_toll_keeps_its_own_noun_an_apposition_and_a_clause_of_combatants(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four of the injured are in serious condition, said the governor of the region,"
            " where two children were hurt.",
            [
                ("Four of the injured", 4, 4, "injured", "unknown"),
                ("two children were hurt", 2, 2, "injured", "civilian"),
            ],
        ),
        (
            "Three of the wounded are in a critical condition, the nurse said of the villagers"
            " brought to Kobani.",
            [("Three of the wounded", 3, 3, "injured", "unknown")],
        ),
        (
            "Doctors said 31 residents had been brought in, and 11 of the wounded were"
            " airlifted to the capital.",
            [("11 of the wounded", 11, 11, "injured", "unknown")],
        ),
        (
            "Police said the dead included 14 children, and that twenty-three of the wounded"
            " remained in a critical condition.",
            [
                ("dead included 14 children", 14, 14, "killed", "civilian"),
                ("twenty-three of the wounded", 23, 23, "injured", "unknown"),
            ],
        ),
    ],
)
def test_a_part_of_the_wounded_names_nobody(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials said four of the dead were children and nine were women.",
            [("four of the dead", 4, 4, "killed", "civilian")],
        ),
        (
            "Seven of the dead at Nasser hospital were children, the director said.",
            [("Seven of the dead", 7, 7, "killed", "civilian")],
        ),
        (
            "He said two of the dead were miners who had been working an informal shaft.",
            [("two of the dead", 2, 2, "killed", "civilian")],
        ),
        (
            "At least four of those killed in the operation were farmers, villagers said.",
            [("At least four of those killed", 4, None, "killed", "civilian")],
        ),
        (
            "Five of the wounded children were flown to the capital.",
            [("Five of the wounded children", 5, 5, "injured", "civilian")],
        ),
    ],
)
def test_a_part_named_by_its_predicate_or_its_own_noun_is_theirs(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The district health office in Chaman, which had earlier reported seven deaths,"
            " later revised its toll to five civilians.",
            [
                ("seven deaths", 7, 7, "killed", "unknown"),
                ("toll to five civilians", 5, 5, "killed", "civilian"),
            ],
        ),
        (
            "The officials said cases had been filed in connection with 1,600 killings, and"
            " that 900 civilians had been arrested.",
            [
                ("1,600 killings", 1600, 1600, "killed", "unknown"),
                ("900 civilians had been arrested", 900, 900, "other", "civilian"),
            ],
        ),
        (
            "Amnesty documented 15 cases of enforced disappearance, in which the authorities"
            " refused to tell relatives where the detainees were held.",
            [("15 cases of enforced disappearance", 15, 15, "missing", "unknown")],
        ),
        (
            "Amnesty documented 15 cases of enforced disappearance of protesters.",
            [("15 cases of enforced disappearance", 15, 15, "missing", "civilian")],
        ),
        (
            "Three civilian deaths were reported in the shelling.",
            [("Three civilian deaths", 3, 3, "killed", "civilian")],
        ),
        (
            "The rights group recorded 40 deaths of children in the camp.",
            [("40 deaths of children", 40, 40, "killed", "civilian")],
        ),
    ],
)
def test_deaths_counted_as_events_take_only_their_own_noun(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A riot at the Litoral Penitentiary killed at least 27 inmates, the prison agency"
            " said.",
            [("killed at least 27 inmates", 27, None, "killed", "combatant")],
        ),
        (
            "Six inmates were wounded and taken to hospital, and four inmates had not been"
            " accounted for.",
            [
                ("Six inmates were wounded", 6, 6, "injured", "combatant"),
                ("four inmates had not been accounted for", 4, 4, "missing", "combatant"),
            ],
        ),
        (
            "More than 500 inmates have died in prison violence since 2021.",
            [("More than 500 inmates have died", 501, None, "killed", "combatant")],
        ),
        (
            "She said at least 40 of the inmates killed this year had not been convicted.",
            [("at least 40 of the inmates killed", 40, None, "killed", "combatant")],
        ),
        (
            "The agency said 17 inmates had died, nine of them by asphyxiation.",
            [("17 inmates had died", 17, 17, "killed", "combatant")],
        ),
    ],
)
def test_a_prisons_inmates_are_combatants(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "An airstrike on a detention centre killed 68 inmates, most of them African migrants.",
            [("killed 68 inmates", 68, 68, "killed", "unknown")],
        ),
        (
            "Twelve political inmates died of hunger strikes in Evin prison, rights groups said.",
            [("Twelve political inmates died", 12, 12, "killed", "unknown")],
        ),
        (
            "Six Palestinian inmates have died in Israeli custody since October, the"
            " commission said.",
            [("Six Palestinian inmates have died", 6, 6, "killed", "unknown")],
        ),
        (
            "Seven women inmates were injured when the roof collapsed.",
            [("Seven women inmates were injured", 7, 7, "injured", "civilian")],
        ),
        (
            "Three guards were killed by inmates who seized their weapons.",
            [("Three guards were killed", 3, 3, "killed", "combatant")],
        ),
    ],
)
def test_inmates_named_otherwise_or_doing_the_harm_are_not_typed_as_inmates(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The BLA said its fighters had detained 22 personnel travelling on the buses.",
            [("detained 22 personnel", 22, 22, "other", "combatant")],
        ),
        (
            "Funeral prayers for 29 martyred personnel were offered at the police lines.",
            [("29 martyred personnel", 29, 29, "killed", "combatant")],
        ),
        (
            "The group later claimed that it had executed 50 enemy personnel.",
            [("executed 50 enemy personnel", 50, 50, "killed", "combatant")],
        ),
        (
            "Four other personnel were wounded in the attack on the checkpoint, the ministry said.",
            [("Four other personnel were wounded", 4, 4, "injured", "combatant")],
        ),
        (
            "Militants ambushed the convoy near Kupwara; six personnel were injured, an official"
            " said.",
            [("six personnel were injured", 6, 6, "injured", "combatant")],
        ),
    ],
)
def test_personnel_counted_bare_are_a_forces(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two UN personnel were killed when the convoy was shelled.",
            [("Two UN personnel were killed", 2, 2, "killed", "unknown")],
        ),
        (
            "Five medical personnel were wounded when the hospital was hit.",
            [("Five medical personnel were wounded", 5, 5, "injured", "unknown")],
        ),
        (
            "Three personnel of the World Food Programme were abducted near the border.",
            [
                (
                    "Three personnel of the World Food Programme were abducted",
                    3,
                    3,
                    "other",
                    "unknown",
                )
            ],
        ),
        (
            "The agency said 12 personnel had been detained by the authorities.",
            [("12 personnel had been detained", 12, 12, "other", "unknown")],
        ),
        (
            "Two personnel from MSF were injured in the strike.",
            [("Two personnel from MSF were injured", 2, 2, "injured", "unknown")],
        ),
        (
            "The company said 30 personnel had been evacuated from the oil field after the attack.",
            [("30 personnel had been evacuated", 30, 30, "displaced", "unknown")],
        ),
    ],
)
def test_personnel_whose_body_is_named_are_not_typed_as_a_forces(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected
