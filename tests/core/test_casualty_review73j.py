"""REVIEW73J: guards on cas73b's victims rules, from an adversarial probe of ordinary news prose.

- Counted "inmates" are combatant only in a prison: not inmates of a relief camp, a psychiatric
  hospital, an orphanage, an old-age home or a shelter, nor migrants' or juveniles' inmates
  (their victims are left to the other rules, here `unknown`); a women's jail is a prison.
- Counted "personnel" are combatant only when their sentence names a force or a fight (or the
  phrase says martyred, enemy or other), and no civic employer (UNRWA, the ICRC, MSF, the WFP,
  a company, a broadcaster, election officials, a charity, a university) is named; "charity",
  "canteen", "university" or "municipality" before "personnel" is no number word.
- A part of the wounded whose apposition names them all ("two of the wounded, both
  schoolgirls,") and deaths reported among a people ("12 deaths were reported among
  children") take their people's type.
"""

# ruff: noqa: E501  (probe sentences are kept whole, one per case)
from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Five of the wounded, all of them children, died overnight at the hospital in Gaza City.",
            [("Five of the wounded, all of them children, died", 5, 5, "killed", "civilian")],
        ),
        (
            "The strike on the refugee camp killed at least 25 displaced people, and 12 deaths were reported among children.",
            [
                ("killed at least 25 displaced people", 25, None, "killed", "unknown"),
                ("12 deaths", 12, 12, "killed", "civilian"),
            ],
        ),
        (
            "Two of the wounded, both schoolgirls, were flown to Peshawar.",
            [("Two of the wounded", 2, 2, "injured", "civilian")],
        ),
        (
            "Five inmates of the relief camp at Kokrajhar were killed when militants attacked the camp.",
            [
                (
                    "Five inmates of the relief camp at Kokrajhar were killed",
                    5,
                    5,
                    "killed",
                    "unknown",
                )
            ],
        ),
        (
            "Twelve inmates of the psychiatric hospital died when shells hit the ward.",
            [("Twelve inmates of the psychiatric hospital died", 12, 12, "killed", "unknown")],
        ),
        (
            "A fire at the old-age home killed 9 inmates, officials said.",
            [("killed 9 inmates", 9, 9, "killed", "unknown")],
        ),
        (
            "Three inmates of the orphanage were injured in the airstrike.",
            [("Three inmates of the orphanage were injured", 3, 3, "injured", "unknown")],
        ),
        (
            "Fourteen inmates of the juvenile detention centre, all aged under 16, were hurt in the shelling.",
            [
                (
                    "Fourteen inmates of the juvenile detention centre, all aged under 16, were hurt",
                    14,
                    14,
                    "injured",
                    "unknown",
                )
            ],
        ),
        (
            "Guards shot dead 11 inmates who tried to escape, the prison service said.",
            [("shot dead 11 inmates", 11, 11, "killed", "combatant")],
        ),
        (
            "The migrant detention centre in Tajoura was hit by an airstrike, killing 40 inmates.",
            [("killing 40 inmates", 40, 40, "killed", "unknown")],
        ),
        (
            "The strike on the Olenivka barracks killed 53 inmates, all Ukrainian prisoners of war.",
            [("killed 53 inmates", 53, 53, "killed", "combatant")],
        ),
        (
            "Floodwater entered the women's jail in Maiduguri, and 6 inmates drowned.",
            [("6 inmates drowned", 6, 6, "killed", "combatant")],
        ),
        (
            "Shelling hit the shelter for the homeless, wounding 14 inmates.",
            [("wounding 14 inmates", 14, 14, "injured", "unknown")],
        ),
        (
            "Two personnel were killed when the shell hit the turbine hall, the plant operator said.",
            [("Two personnel were killed", 2, 2, "killed", "unknown")],
        ),
        (
            "Three personnel died in the fire at the refinery, the oil company said.",
            [("Three personnel died", 3, 3, "killed", "unknown")],
        ),
        (
            "A bus carrying election officials was attacked in Borno; five personnel were wounded.",
            [("five personnel were wounded", 5, 5, "injured", "unknown")],
        ),
        (
            "MSF said two personnel were killed in the strike on its clinic in Khan Younis.",
            [("two personnel were killed", 2, 2, "killed", "unknown")],
        ),
        (
            "The ICRC said three personnel were abducted near Goma.",
            [("three personnel were abducted", 3, 3, "other", "unknown")],
        ),
        (
            "UNRWA said 12 personnel had been killed since the war began.",
            [("12 personnel had been killed", 12, 12, "killed", "unknown")],
        ),
        (
            "The World Health Organization said 9 personnel had died in attacks on ambulances.",
            [("9 personnel had died", 9, 9, "killed", "unknown")],
        ),
        (
            "Six personnel were wounded when a drone struck the Red Cross warehouse in Kherson.",
            [("Six personnel were wounded", 6, 6, "injured", "unknown")],
        ),
        (
            "The strike on the television station killed 3 personnel, the broadcaster said.",
            [("killed 3 personnel", 3, 3, "killed", "unknown")],
        ),
        (
            "Militants killed 15 personnel at the checkpoint in North Waziristan.",
            [("killed 15 personnel", 15, 15, "killed", "combatant")],
        ),
        (
            "Three charity personnel were abducted in North Kivu.",
            [("Three charity personnel were abducted", 3, 3, "other", "unknown")],
        ),
        (
            "Two canteen personnel were injured when the mortar hit the airbase.",
            [("Two canteen personnel were injured", 2, 2, "injured", "unknown")],
        ),
        (
            "Four university personnel were wounded in the blast on campus.",
            [("Four university personnel were wounded", 4, 4, "injured", "unknown")],
        ),
        (
            "Six municipality personnel were killed when the shell hit the water station.",
            [("Six municipality personnel were killed", 6, 6, "killed", "unknown")],
        ),
        (
            "The strike hit an aid convoy, killing six personnel, the World Food Programme said.",
            [("killing six personnel", 6, 6, "killed", "unknown")],
        ),
        (
            "Two of the wounded, both in critical condition, were flown to Peshawar.",
            [("Two of the wounded", 2, 2, "injured", "unknown")],
        ),
        (
            "Five of the wounded, all of them children, died overnight at the hospital.",
            [("Five of the wounded, all of them children, died", 5, 5, "killed", "civilian")],
        ),
        (
            "A riot at the Litoral Penitentiary killed at least 27 inmates, the prison agency said.",
            [("killed at least 27 inmates", 27, None, "killed", "combatant")],
        ),
        (
            "The agency said 17 inmates had died, nine of them by asphyxiation.",
            [("17 inmates had died", 17, 17, "killed", "combatant")],
        ),
        (
            "Funeral prayers for 29 martyred personnel were offered at the police lines.",
            [("29 martyred personnel", 29, 29, "killed", "combatant")],
        ),
        (
            "The BLA said its fighters had detained 22 personnel travelling on the buses.",
            [("detained 22 personnel", 22, 22, "other", "combatant")],
        ),
        (
            "Four other personnel were wounded in the attack on the checkpoint, the ministry said.",
            [("Four other personnel were wounded", 4, 4, "injured", "combatant")],
        ),
        (
            "Soldiers said 9 personnel were wounded when their convoy hit a mine.",
            [("9 personnel were wounded", 9, 9, "injured", "combatant")],
        ),
        (
            "Israeli strikes killed 30 people, mostly women and children, and 12 of the dead were under 10.",
            [
                ("killed 30 people", 30, 30, "killed", "unknown"),
                ("12 of the dead", 12, 12, "killed", "civilian"),
            ],
        ),
        (
            "Villagers said three of the dead were aged under 12.",
            [("three of the dead", 3, 3, "killed", "unknown")],
        ),
        (
            "Three of the wounded were under treatment at the district hospital, the villagers said.",
            [("Three of the wounded", 3, 3, "injured", "unknown")],
        ),
        (
            "Gunmen killed 12 worshippers at the church; three of the dead, all women, were choir members.",
            [
                ("killed 12 worshippers", 12, 12, "killed", "civilian"),
                ("three of the dead", 3, 3, "killed", "civilian"),
            ],
        ),
        (
            "Gunmen killed 12 worshippers at the church; three of the wounded, all in a serious condition, were flown out.",
            [
                ("killed 12 worshippers", 12, 12, "killed", "civilian"),
                ("three of the wounded", 3, 3, "injured", "unknown"),
            ],
        ),
    ],
)
def test_review73j_victims(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert suggested_casualties(BODY + sentence) == expected
