"""REVIEW73K: hostile probes for REACH73's speaker guards (session 73). 'A spokesman for
the <noun>' keeps its body when the text described that body with another body noun
(the REACH73 guard that dropped the link is removed); 'the spokesman' after another
owner's unnamed spokesman who does not speak as a clause's subject stays the named holder's
(REACH73's guard that moved it is removed too: one dev sentence wide)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker

# --- 'a spokesman for the <noun>': a body described by a synonym keeps the link


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Hamas, the militant group that runs Gaza, rejected the plan. The Israeli army "
            'said it struck 30 targets. "This is a massacre," a spokesman for the movement '
            "said.",
            "This is a massacre",
            "Hamas",
        ),
        (
            "Hamas, the Islamist movement that runs Gaza, rejected the plan. The Israeli army "
            'said it struck 30 targets. "This is a massacre," a spokesman for the group said.',
            "This is a massacre",
            "Hamas",
        ),
        (
            "The Sudan Doctors Network, a medical group, said 40 were killed. The RSF said it "
            'had captured the town. "The toll will rise," a spokesman for the network said.',
            "The toll will rise",
            "Sudan Doctors Network",
        ),
        (
            "The World Health Organization (WHO), the UN health agency, warned of disease. The "
            'Health Ministry said 40 died. "Hospitals have no fuel," a spokesman for the '
            "organization said.",
            "Hospitals have no fuel",
            "WHO",
        ),
    ],
)
def test_spokesman_for_a_body_described_by_a_synonym(text: str, quote: str, speaker: str) -> None:
    assert suggested_speaker(text, quote) == speaker


# --- 'the spokesman' past another owner's unnamed spokesman: only one that speaks as a
# clause's subject, and says something


_HOLDER = "Army spokesman Col. Ali Dembele said troops repelled the attack. "


@pytest.mark.parametrize(
    "between",
    [
        "He denied what JNIM's spokesman said about the base. ",
        "Asked whether JNIM's spokesman told the truth, he laughed. ",
        "JNIM's spokesman said nothing about losses. ",
    ],
)
def test_other_owners_spokesman_not_speaking_as_subject_leaves_the_holder(between: str) -> None:
    text = _HOLDER + between + '"We hold every position," the spokesman said.'
    assert suggested_speaker(text, "We hold every") == "Ali Dembele"
