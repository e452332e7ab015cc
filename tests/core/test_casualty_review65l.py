"""REVIEW65L: guards on the LEXCAS65 figures (sexual violence, detainees, kin lost).

Sentences are our own, invented for these tests: each shares the surface of a LEXCAS65
figure and counts nobody harmed (an age band, a part of the people, reports counted, a rate,
a law's article, a court's case, kin lost for a while or to the state).
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"


figures = suggested_figures


@pytest.mark.parametrize(
    "sentence",
    [
        # an age band after the people, or an age after "the age(s) of"
        "Girls between 12 and 17 were raped, the report said.",
        "Girls from 12 to 17 were raped, according to the study.",
        "Girls under 15 were raped in the camp, doctors said.",
        "Women over 60 were raped during the assault on the village.",
        "Women between 18 and 25 were subjected to sexual violence.",
        "Girls under the age of 15 had been raped, the nurse said.",
        "Girls between the ages of 12 and 17 were raped, the report said.",
        # a part of the people, a share
        "Some 40 percent of the women were raped, the survey found.",
        "Half of the 40 women were raped, the report said.",
        "None of the 40 women was raped, police said.",
        "Two thirds of the 300 women had been raped.",
        # reports, allegations, cases counted rather than people
        "There were 47 reports of women being raped near the camp.",
        "The panel heard 2,500 allegations of girls being raped by peacekeepers.",
        "The report documented 120 cases of women subjected to sexual violence.",
        # months, places or a second year before the people
        "Over the past 12 months women have been raped at checkpoints.",
        "In 12 provinces women were raped by soldiers.",
        "In 2015 and 2016 women were raped in the camps.",
        # a rate, the law
        "In Congo, 48 women are raped every hour, a study found in 2011.",
        "A woman is raped every 17 minutes in the country, campaigners say.",
        "Section 375 of the penal code says a woman is raped if she did not consent.",
        "Article 12 protects persons subjected to sexual violence in armed conflict.",
        "Paragraph 14 concerns victims of sexual violence in detention.",
        # a court's case or verdict on detainees, a ratio
        "There are 12 detainees per cell.",
        # kin lost for a while, to the state, a club or drugs, before birth; a "who" clause
        "She lost her two children in the crowd and found them hours later.",
        "She lost her two children in the divorce.",
        "She lost her two children to foster care after her arrest.",
        "He lost his two sons to drugs.",
        "The coach lost his two sons to a rival club's academy.",
        "She lost her two babies during pregnancy.",
        "Mary, a mother of five who says she lost her two children, spoke to reporters.",
    ],
)
def test_lexcas65_shapes_that_count_nobody_harmed(sentence: str) -> None:
    assert figures(BODY + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Over 12 months, 300 women were raped in the camps.",
            ("300 women were raped", 300, 300, "other"),
        ),
        (
            "Of the 300 women surveyed, 120 had been raped.",
            ("120 had been raped", 120, 120, "other"),
        ),
        (
            "Seventy women were repeatedly raped by the militia.",
            ("Seventy women were repeatedly raped", 70, 70, "other"),
        ),
        (
            "He lost his two brothers-in-law in the attack.",
            ("lost his two brothers-in-law", 2, 2, "killed"),
        ),
        (
            "She lost her two children in the market bombing.",
            ("lost her two children", 2, 2, "killed"),
        ),
        (
            "Police said 300 detainees had been registered by the ICRC.",
            ("300 detainees", 300, 300, "other"),
        ),
    ],
)
def test_lexcas65_figures_kept(sentence: str, expected: tuple[str, object, object, object]) -> None:
    assert expected in figures(BODY + sentence)
