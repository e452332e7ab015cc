"""CAS71B: CASUALTY figures inside noun phrases that the blind batches CAS42 and CAS43
(articles 1002-1017) showed missing or cut, each fixed as a class of grammar, not a sentence.

- A toll that rose to or reached its figure takes the plural victim noun right after the
  figure ("the death toll has risen to 1,126 people"), as the guideline's smallest phrase
  holds "the victim noun attached to the number"; never a noun with its own casualty word
  after it, a toll "of" N people (their own figure), or the first group of a list.
- "over" after "hand / turn" is the verb's particle, not a bound ("Armenia handed over two
  Azerbaijani citizens detained" counts two).
- A vague amount of bodies or corpses ("scores of bodies still lay in the streets") is a
  figure of the dead (guideline: bodies -> killed; "scores" 40/null as session 28's "tens
  of" and the dev gold read it) where the clause does what is done with the dead; never
  bodies as organisations, bodies of water, of evidence or of animals.
- "deceased" after a count is the dead ("the next of kin of the four deceased"), never an
  adjective before its noun, a possessive, or the dead of a register (voters, pensions).
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Armenia handed over two Azerbaijani citizens detained last month.",
            [("two Azerbaijani citizens detained", 2, 2, "other")],
        ),
        (
            "Rebels handed over 12 abducted children to UNICEF on Monday.",
            [("12 abducted children", 12, 12, "other")],
        ),
        (
            "The militia turned over three captured soldiers to the Red Cross.",
            [("three captured soldiers", 3, 3, "other")],
        ),
        (
            "Kidnappers handed over 14 abducted pupils to the police on Tuesday.",
            [("14 abducted pupils", 14, 14, "other")],
        ),
        # "over" as a bound everywhere else
        (
            "Over 40 people were detained, police said.",
            [("Over 40 people were detained", 41, None, "other")],
        ),
        (
            "Nigerian troops rescued over 40 kidnapped passengers.",
            [("rescued over 40 kidnapped passengers", 41, None, "other")],
        ),
        (
            "The convoy was handed over to over 30 gunmen who killed over 12 drivers.",
            [("killed over 12 drivers", 13, None, "killed")],
        ),
        (
            "Police turned over the bodies of over 12 victims to relatives.",
            [("bodies of over 12 victims", 13, None, "killed")],
        ),
        # things handed over
        ("The army handed over 20 tonnes of aid to the villagers.", []),
        ("He turned over 50 pages of the report.", []),
    ],
)
def test_handed_over_is_a_particle_not_a_bound(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected
