"""Issue 15, ORG25: a name whose head names a thing, a document or an event is no body,
in the organisation-name rule as in the acronym rules, read from one module of noun
classes (annotator/core/suggest/nouns.py). Invented sentences with other names.

- The head is the last word before the first "of", "for", "in", "on" or "to" ("the
  Government Action Plan on Displacement": a plan); a body's word there keeps the body
  ("the Joint Monitoring Commission for the Ceasefire Agreement").
- An action noun heading a name whose last word is a thing's names that thing ("the
  Cessation of Hostilities Agreement", "the Prevention of Terrorism Act"), never a
  gathering's word ("the Convention for the Popular Revolution" is a body).
- Events are things too for a name defined with its acronym: a war, talks, a summit, a
  day ("the Second Congo War (SCW)", "the International Day of Peace (IDP)").
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import nouns
from tests.core.suggest_probes import suggested_texts

BODY = "Report\n\n"


def test_noun_classes_are_fact_lists_of_capitalised_nouns() -> None:
    classes = {k: v for k, v in vars(nouns).items() if k.isupper()}
    assert len(classes) >= 10
    for listed in classes.values():
        assert all(word[:1].isupper() and " " not in word for word in listed)


@pytest.mark.parametrize(
    ("sentence", "thing"),
    [
        (
            "Opposition lawmakers rejected the Government Action Plan on Displacement in"
            " Bamako on Monday.",
            "Government Action Plan on Displacement",
        ),
        (
            "The Police Commission Report recommended that six officers be dismissed.",
            "Police Commission Report",
        ),
        (
            "The Defence Ministry Guidelines on Drones were published on Tuesday.",
            "Defence Ministry Guidelines on Drones",
        ),
        (
            "The Army Council Resolution was read out on state television in Juba.",
            "Army Council Resolution",
        ),
        (
            "Thousands of soldiers marched in the Armed Forces Day Parade in Abuja on Friday.",
            "Armed Forces Day Parade",
        ),
    ],
)
def test_an_organisation_name_headed_by_a_document_is_no_body(sentence: str, thing: str) -> None:
    assert thing not in suggested_texts(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "thing", "acronym"),
    [
        (
            "Both parties signed the Cessation of Hostilities Agreement (CoHA) in Pretoria.",
            "Cessation of Hostilities Agreement",
            "CoHA",
        ),
        (
            "The Prevention of Terrorism Act (PTA) has been used to detain activists.",
            "Prevention of Terrorism Act",
            "PTA",
        ),
        (
            "The Protection of Civilians Plan (PoCP) of the mission was updated in June.",
            "Protection of Civilians Plan",
            "PoCP",
        ),
        (
            "The Second Congo War (SCW) killed millions of people in the east.",
            "Second Congo War",
            "SCW",
        ),
        (
            "The Geneva Peace Talks (GPT) resumed on Monday without the rebels.",
            "Geneva Peace Talks",
            "GPT",
        ),
        (
            "The International Day of Peace (IDP) was marked in Juba on Saturday.",
            "International Day of Peace",
            "IDP",
        ),
        (
            "The Sudan Humanitarian Summit (SHS) raised 1.5 billion dollars in London.",
            "Sudan Humanitarian Summit",
            "SHS",
        ),
    ],
)
def test_a_defined_name_headed_by_a_thing_or_an_event_is_no_body(
    sentence: str, thing: str, acronym: str
) -> None:
    found = suggested_texts(BODY + sentence)
    assert thing not in found
    assert acronym not in found


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Joint Monitoring Commission for the Ceasefire Agreement (JMCCA) said both"
            " sides had violated the truce.",
            "Joint Monitoring Commission for the Ceasefire Agreement",
        ),
        (
            "The Commission on the Peace Agreement (CPA) met in Juba on Monday.",
            "Commission on the Peace Agreement",
        ),
        (
            "The Convention for the Popular Revolution (CPR) said its fighters had withdrawn.",
            "Convention for the Popular Revolution",
        ),
        (
            "The International Campaign to Ban Landmines (ICBL) said 5,000 people were"
            " killed by mines last year.",
            "International Campaign to Ban Landmines",
        ),
        (
            "The Lake Chad Basin Commission (LCBC) said 3,000 people had fled.",
            "Lake Chad Basin Commission",
        ),
        ("The Kivu Conflict Observatory (KCO) said 40 people were killed.", "KCO"),
        (
            "The Lobito Corridor Authority said the line would reopen on Monday.",
            "Lobito Corridor Authority",
        ),
        ("The Peacebuilding Fund said it would support 12 projects in Mali.", "Peacebuilding Fund"),
        (
            "The Centre for the Study of Violence (CSV) said 300 people were killed.",
            "Centre for the Study of Violence",
        ),
    ],
)
def test_a_body_s_head_keeps_the_body(sentence: str, body: str) -> None:
    assert body in suggested_texts(BODY + sentence)
