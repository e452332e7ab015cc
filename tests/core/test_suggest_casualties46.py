"""CASUALTY classes from the misses of articles 446-461, moved from held-out to dev in
session 46 (issue 15): people the victim lists do not name, counted and harmed in a passive
right after them. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


def _figures(text: str) -> list[str]:
    return suggested_texts(text, "CASUALTY")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In May, 14 salt cutters were killed in a raid.", "14 salt cutters were killed"),
        ("Last year nine rickshaw pullers died in the clashes.", "nine rickshaw pullers died"),
        ("At least 30 porcos have been killed since June.", "At least 30 porcos have been killed"),
        (
            "Seven charcoal burners are now believed to have been killed near the dam.",
            "Seven charcoal burners are now believed to have been killed",
        ),
        # a headline's passive with no verb before the harm
        (
            "Three ferry deckhands killed, two rescued after boat attack",
            "Three ferry deckhands killed",
        ),
        ("Clash at mine: four trespassers eliminated", "four trespassers eliminated"),
    ],
)
def test_people_no_list_names_are_counted_when_a_passive_harm_follows(
    text: str, figure: str
) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Forty goats were killed in the raid.",  # animals are no casualties
        "The 12 bonus rounds were killed off by the league.",  # a phrasal verb
        "Three loggers killed two rangers near the park.",  # the counted people are the killers
        "Ten loggers have killed a ranger, police said.",  # an active perfect, not a passive
        "Later the two campaigns died out.",  # "died out", "died down": no people
        "Later two protests died down.",
    ],
)
def test_no_figure_where_the_unlisted_plural_is_no_harmed_people(text: str) -> None:
    assert not any(
        f.startswith(
            (
                "Forty goats",
                "12 bonus",
                "Three loggers",
                "Ten loggers",
                "two campaigns",
                "two protests",
            )
        )
        for f in _figures(text)
    )


def test_a_jawan_counts_one_like_the_jawans_do() -> None:
    text = "In October, a Border Security Force jawan was killed in an ambush."
    assert "a Border Security Force jawan was killed" in _figures(text)


def test_a_place_phrase_ends_before_and_a_verb_of_another_harm() -> None:
    text = "Clashes have forced more than 900 people from their homes and left at least four dead."
    found = _figures(text)
    assert "forced more than 900 people from their homes" in found
    assert "at least four dead" in found
    # ... while "and" between two places stays inside the place phrase
    assert "Some 40 families from Gao and Mopti have fled" in _figures(
        "Some 40 families from Gao and Mopti have fled."
    )


@pytest.mark.parametrize(
    ("text", "figure", "count"),
    [
        (
            "One of the raiders was fatally hit, and the rest fled.",
            "One of the raiders was fatally hit",
            1,
        ),
        ("A watchman was fatally stabbed on Sunday.", "A watchman was fatally stabbed", 1),
        (
            "An Afghan driver and a Pakistani customs guard were killed at the crossing.",
            "An Afghan driver and a Pakistani customs guard were killed",
            2,
        ),
        (
            "Among the injured was a sound recordist of the state broadcaster, it said.",
            "Among the injured was a sound recordist",
            1,
        ),
        (
            "Among the dead was a Form Four student and a bicycle taxi rider, officials said.",
            "Among the dead was a Form Four student and a bicycle taxi rider",
            2,
        ),
    ],
)
def test_one_person_harmed_in_forms_the_lists_did_not_reach(
    text: str, figure: str, count: int
) -> None:
    from annotator.core.suggest import suggest

    found = {text[s.start : s.end]: s for s in suggest(text) if s.label == "CASUALTY"}
    assert figure in found
    assert found[figure].attributes.get("count_low") == count


@pytest.mark.parametrize(
    ("text", "figure", "kind", "low"),
    [
        (
            "Not less than 25 persons were killed when gunmen raided the market.",
            "Not less than 25 persons were killed",
            "killed",
            25,
        ),
        (
            "Nine traders died and seven others were receiving treatment at the clinic.",
            "seven others were receiving treatment",
            "injured",
            7,
        ),
        (
            "The state recorded some 900 victims of intentional homicide last year.",
            "some 900 victims of intentional homicide",
            "killed",
            900,
        ),
        (
            "Three men died at the scene and a fourth, a motorcycle courier, died in hospital.",
            "a fourth, a motorcycle courier, died",
            "killed",
            1,
        ),
    ],
)
def test_figures_in_wire_forms_the_rules_had_not_met(
    text: str, figure: str, kind: str, low: int
) -> None:
    from annotator.core.suggest import suggest

    found = {text[s.start : s.end]: s for s in suggest(text) if s.label == "CASUALTY"}
    assert figure in found
    assert (found[figure].attributes["kind"], found[figure].attributes.get("count_low")) == (
        kind,
        low,
    )


def test_treatment_that_is_no_care_of_the_wounded_is_no_figure() -> None:
    assert _figures("Some 300 patients were receiving treatment plans by post.") == []


def test_one_word_between_the_harm_and_its_people_is_taken() -> None:
    found = _figures("She said 52 displaced Wayuu families were sleeping in the school.")
    assert "52 displaced Wayuu families" in found
    # ... never across "of": "four cases of abduction" of herders keeps its form
    assert "four cases of abduction" in _figures(
        "It had documented four cases of abduction of herders in the valley."
    )
