"""CAS31: casualty shapes of real reporting that the rules missed (batch 890-897).

Sentences invented for these tests (people and events made up; states, places and bodies
real), run through the real suggester.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

_figures = suggested_figures


# --- the inverted form: the harm word opens the clause, the people come after "were" ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Killed in the strike on the market were 14 people, the hospital said.",
            ("Killed in the strike on the market were 14 people", 14, 14, "killed"),
        ),
        (
            "The network said killed in the attack were 31 villagers, 11 of them children.",
            ("killed in the attack were 31 villagers", 31, 31, "killed"),
        ),
        (
            "Wounded in the shelling of Kherson were two paramedics and a driver, officials said.",
            (
                "Wounded in the shelling of Kherson were two paramedics and a driver",
                3,
                3,
                "injured",
            ),
        ),
        (
            "Abducted during the raid on the school were 27 pupils, the governor said.",
            ("Abducted during the raid on the school were 27 pupils", 27, 27, "other"),
        ),
    ],
)
def test_harm_word_first_then_the_people(
    text: str, figure: tuple[str, object, object, object]
) -> None:
    assert figure in _figures(text)


def test_people_harmed_before_were_are_their_own_figure() -> None:
    text = "The 14 people killed in the strike were buried in Deir al-Balah on Friday."
    assert [f[0] for f in _figures(text)] == ["14 people killed"]


# --- one person of a counted group, named in an apposition, is no figure of its own ---


@pytest.mark.parametrize(
    "text",
    [
        "Relatives said one of the detained, the teacher Salim Bukar Adamu, had been beaten.",
        "One of the displaced, Marta Lucía Epieyú, a weaver, told the radio she had walked "
        "for two days.",
        "A relative of one of the detained men, Issa Kaboré, said he had not seen his cousin.",
    ],
)
def test_one_of_the_group_named_after_is_no_figure(text: str) -> None:
    assert _figures(text) == []


def test_one_of_the_wounded_described_stays_a_figure() -> None:
    text = "Officials said one of the wounded, a Tajik driver, is in serious condition."
    assert [f[0] for f in _figures(text)] == ["one of the wounded"]


def test_a_freed_captive_named_after_stays_a_figure() -> None:
    text = (
        "GOMA, Dec 5 (Reuters) - Rebels freed one of the kidnapped, Pastor Jean Kasongo, on Friday."
    )
    # (from the freeing verb, as "rescued / freed / released N of the <captives>" is
    # annotated: the held-out alignment of session 69, EXT68; CAS70)
    assert any(found == "freed one of the kidnapped" for found, *_ in _figures(text))


def test_hurt_by_a_price_rise_is_no_figure() -> None:
    text = "Hurt by the price rise were 40,000 households in North Kivu, the WFP said."
    assert not any("40,000" in found for found, *_ in _figures(text))


def test_one_of_a_group_named_after_a_dateline_is_no_figure() -> None:
    # review61c C8a
    text = "GOMA, Dec 5 (Reuters) - One of the abducted, Grace Mapendo Furaha, escaped on Sunday."
    assert not any(found.startswith("One of the abducted") for found, *_ in _figures(text))


def test_hurt_in_a_blast_opening_its_clause_is_a_figure() -> None:
    # review61c C3a: "hurt" stays an opener before in/during/at/near
    text = "Hurt in the blast were 12 people, police said."
    assert any(found.startswith("Hurt in the blast were 12 people") for found, *_ in _figures(text))
