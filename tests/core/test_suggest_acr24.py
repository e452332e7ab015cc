"""Issue 15, ACR24: a name defined with its acronym where a place stands, written as
invented sentences with other names.

- A name with its bracketed acronym governed by "in", "into", "across", "along",
  "inside", "within" or "throughout", or by "in the east of" and the like, names a place
  when no body's word stands in it or its head is a place's ("a village in the Federal
  Capital Territory (FCT)", "in Khyber Pakhtunkhwa (KP) province", "in the east of the
  Democratic Republic of Congo (DRC)"): neither the name nor its acronym, nor the
  acronym's later mentions, is an actor.
- A body in that slot names its word and stays a body ("a rift in the Civilian Joint Task
  Force (CJTF)"); so does an armed group.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts

BODY = "Report\n\n"


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        (
            "Gunmen raided a farming village in the Federal Capital Territory (FCT) late on"
            " Sunday. Police in the FCT said four residents were abducted.",
            "Federal Capital Territory",
            "FCT",
        ),
        (
            "Two policemen were shot dead in Khyber Pakhtunkhwa (KP) province on Friday."
            " Attacks in KP have doubled this year.",
            "Khyber Pakhtunkhwa",
            "KP",
        ),
        (
            "Federal troops pushed into the Tigray Region (TR) at dawn, residents said.",
            "Tigray Region",
            "TR",
        ),
        (
            "Settlers torched two olive groves in Area C (AC) of the West Bank on Tuesday.",
            "Area C",
            "AC",
        ),
        (
            "Nine farmers were killed in the east of the Democratic Republic of Congo (DRC)"
            " on Thursday, local sources said.",
            "Democratic Republic of Congo",
            "",
        ),
    ],
)
def test_a_name_defined_where_a_place_stands_is_no_body(
    sentence: str, name: str, acronym: str
) -> None:
    found = suggested_texts(BODY + sentence)
    assert name not in found
    if acronym:
        assert acronym not in found


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        (
            "There is a rift in the Civilian Joint Task Force (CJTF) over pay, a commander said.",
            "Civilian Joint Task Force",
            "CJTF",
        ),
        (
            "Two officers in the State Emergency Management Agency (SEMA) were suspended.",
            "State Emergency Management Agency",
            "SEMA",
        ),
        (
            "The Kebbi Regional Security Council (KRSC) met in Birnin Kebbi on Monday.",
            "Kebbi Regional Security Council",
            "KRSC",
        ),
    ],
)
def test_a_body_defined_where_a_place_stands_stays_a_body(
    sentence: str, name: str, acronym: str
) -> None:
    found = suggested_texts(BODY + sentence)
    assert name in found
    assert acronym in found
