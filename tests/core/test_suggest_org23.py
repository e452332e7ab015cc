"""Issue 15, ORG23: organisation names and acronyms the rules suggested as actors where the
text names a thing, written as invented sentences with other names.

- A name defined with its acronym whose head names a weapon, a condition, a document or a
  process, a place on the map or a class of people ("an Improvised Explosive Device
  (IED)", "the Comprehensive Peace Agreement (CPA)", "Internally Displaced Persons
  (IDPs)"), or whose acronym is plural ("Non-State Armed Groups (NSAGs)"), is no body:
  neither the name nor the acronym is an actor.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts

BODY = "Report\n\n"


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        (
            "Two soldiers died when their truck struck an Improvised Explosive Device (IED)"
            " near Menaka on Monday.",
            "Improvised Explosive Device",
            "IED",
        ),
        (
            "The rebels and the government signed the Comprehensive Peace Agreement (CPA)"
            " in Entebbe in 2019.",
            "Comprehensive Peace Agreement",
            "CPA",
        ),
        (
            "More than 30,000 Internally Displaced Persons (IDPs) reached the camps near"
            " Bambari, aid workers said.",
            "Internally Displaced Persons",
            "IDPs",
        ),
        (
            "Children with Severe Acute Malnutrition (SAM) were treated at a clinic in Kismayo.",
            "Severe Acute Malnutrition",
            "SAM",
        ),
        (
            "Police detained him under the Armed Forces Special Powers Act (AFSPA) in Imphal.",
            "Armed Forces Special Powers Act",
            "AFSPA",
        ),
        (
            "The troops withdrew to a Forward Operating Base (FOB) outside Kandahar.",
            "Forward Operating Base",
            "FOB",
        ),
        (
            "The Joint Comprehensive Plan of Action (JCPOA) lapsed in 2018.",
            "Joint Comprehensive Plan of Action",
            "JCPOA",
        ),
        (
            "At least 40 Non-State Armed Groups (NSAGs) are active in the province.",
            "Non-State Armed Groups",
            "NSAGs",
        ),
        (
            "Shelling along the Line of Actual Control (LAC) continued overnight.",
            "Line of Actual Control",
            "LAC",
        ),
    ],
)
def test_an_acronym_of_a_thing_is_no_body(sentence: str, name: str, acronym: str) -> None:
    found = suggested_texts(BODY + sentence)
    assert name not in found
    assert acronym not in found


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        (
            "The National Agency for the Prohibition of Trafficking in Persons (NAPTIP)"
            " said 12 girls were freed.",
            "National Agency for the Prohibition of Trafficking in Persons",
            "NAPTIP",
        ),
        (
            "The United Nations Mission to support the Hodeidah Agreement (UNMHA) said"
            " the port was calm.",
            "United Nations Mission to support the Hodeidah Agreement",
            "UNMHA",
        ),
        (
            "The National Police Reservists (NPRs) repulsed the raid near Marsabit.",
            "National Police Reservists",
            "NPRs",
        ),
        (
            "He joined the Sentinels for the Defence of the Highlands (SDH) in 2020.",
            "Sentinels for the Defence of the Highlands",
            "SDH",
        ),
        (
            "The Kachin Independence Army (KIA) said it had taken the post.",
            "Kachin Independence Army",
            "KIA",
        ),
    ],
)
def test_a_body_named_with_a_things_word_stays_a_body(
    sentence: str, name: str, acronym: str
) -> None:
    found = suggested_texts(BODY + sentence)
    assert name in found
    assert acronym in found
