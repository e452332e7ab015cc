"""review70k: guards on CAS70's classes, from hostile probes of ordinary news prose."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


# A number with digit groups or a decimal point in an aside is an aside of a counted noun,
# never of a bare number that names a road, a kilometre post, a unit or a bus.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen on Highway 7, 2.5 km from the town, killed 4 villagers.",
            [("killed 4 villagers", 4, 4, "killed")],
        ),
        (
            "The attack near Kilometre 42, 1,000 metres from the checkpoint, wounded 6 police "
            "officers.",
            [("wounded 6 police officers", 6, 6, "injured")],
        ),
        (
            "Fighters from Brigade 17, 3.5 km east of the city, killed 12 civilians.",
            [("killed 12 civilians", 12, 12, "killed")],
        ),
        (
            "The bomb on Bus 42, carrying 1,200 kg of explosives, killed 30 passengers.",
            [("killed 30 passengers", 30, 30, "killed")],
        ),
        # ... while a counted noun keeps its aside
        (
            "Police said 25 people, 1,500 metres from the blast, were wounded by flying glass.",
            [("25 people, 1,500 metres from the blast, were wounded", 25, 25, "injured")],
        ),
        (
            "About 1,200 people, 2.5 times more than last year, were killed in the province.",
            [
                (
                    "About 1,200 people, 2.5 times more than last year, were killed",
                    1200,
                    1200,
                    "killed",
                )
            ],
        ),
    ],
)
def test_digit_aside_needs_a_counted_noun(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


# A freeing verb opens a captives figure only on its own line.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hostages released\n\nFour soldiers captured in the raid were paraded on television.",
            [("Four soldiers captured", 4, 4, "other")],
        ),
        (
            "Ceasefire talks resume as prisoners freed\n\n12 people detained in Tuesday's "
            "protests remain in custody, lawyers said.",
            [("12 people detained", 12, 12, "other")],
        ),
        (
            "Report\n\nThe rebels said the nurses had been released\n12 soldiers captured in May "
            "remain in their hands.",
            [("12 soldiers captured", 12, 12, "other")],
        ),
    ],
)
def test_freeing_verb_stays_on_its_line(text: str, expected: list) -> None:
    assert suggested_figures(text) == expected


# A freeing verb that publishes records of people ("released 12 names of ...") frees nobody.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police released 12 names of protesters arrested during the march.",
            [("12 names of protesters arrested", 12, 12, "other")],
        ),
        (
            "The ministry released 12 photos of soldiers captured by the enemy.",
            [("12 photos of soldiers captured", 12, 12, "other")],
        ),
        # ... while captives are still counted from the verb
        (
            "The army freed 4 of its own men captured in the ambush.",
            [("freed 4 of its own men captured", 4, 4, "other")],
        ),
    ],
)
def test_freeing_verb_frees_no_records(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected
