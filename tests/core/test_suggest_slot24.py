"""A probe battery for the outlet slot (`actor_outlet_in_slot`: a name after "told",
"speaking to", "in an interview with", "seen / quoted / published by" is an outlet's), in
sentences written for this test (real places and bodies, invented people, events and
outlets). It holds what the rule gets right today, both ways: outlets kept in the slot,
and the names that stand in the same slot without being an outlet (documents' and
programmes' names a body word marks, places, platforms, days and feasts, people, bodies)
left to other rules. The leaks the battery found and no dev sentence supports a fix for
are listed in /work/slot24_report.md (session slot24, issue 15).
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer

_RULE = "actor_outlet_in_slot"


def _outlet_spans(text: str) -> list[tuple[int, int]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(s.start, s.end) for s in found if s.rule == _RULE]


def _media_spans(text: str) -> list[tuple[int, int]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(s.start, s.end) for s in found if s.attributes.get("type") == "media"]


def _overlaps(spans: list[tuple[int, int]], text: str, name: str) -> bool:
    start = text.index(name)
    return any(a < start + len(name) and start < b for a, b in spans)


# Outlets in the slot, listed or not: each must be suggested as media.
OUTLETS = [
    ("The ministry told AFP by telephone that the toll had risen.", "AFP"),
    ("He told Reuters on Monday that 12 people were killed.", "Reuters"),
    ("The spokesman told Al Jazeera that the army had withdrawn.", "Al Jazeera"),
    ("The commander told Qorvel by telephone that 12 fighters had been killed.", "Qorvel"),
    ("In an interview with Nordlicht, the minister said the army would stay.", "Nordlicht"),
    ("The video, verified by Pelora Online, shows the strike.", "Pelora Online"),
    ("The document seen by Kora Herald shows 40 deaths.", "Kora Herald"),
    ("Speaking to Dunmore FM by phone, the farmer said the village had emptied.", "Dunmore FM"),
    ("The letter was obtained by the Lakeside Courier on Friday.", "Lakeside Courier"),
    ("The footage was aired by Savanna TV on Sunday.", "Savanna TV"),
]

# Names in the slot that are no outlet: the rule must leave them (another rule may tag a
# body or a person there; what matters here is that none is made an outlet by the slot).
NOT_OUTLETS = [
    # documents and programmes whose names hold a body's word
    (
        "Some 2.1 million people need food aid, according to the Humanitarian Needs "
        "Overview published by OCHA on Monday.",
        "Humanitarian Needs Overview",
    ),
    (
        "The numbers were cited by the Integrated Food Security Phase Classification in "
        "its latest update.",
        "Integrated Food Security Phase Classification",
    ),
    ("The figures were verified by Operation Barkhane officers.", "Operation Barkhane"),
    ("The toll was cited by the Armed Conflict Location and Event Data Project.", "Event"),
    # a meeting and a legislature's sitting
    (
        "Amina Keita told a Security Council briefing on Tuesday that 40 people had died.",
        "Security Council briefing",
    ),
    ("The officer told the Assembly on Monday that 12 soldiers were killed.", "Assembly"),
    ("He told the Council that the ceasefire held.", "Council"),
    ("The general told Parliament on Wednesday that the army had withdrawn.", "Parliament"),
    ("The minister told lawmakers at Question Time that the raid was lawful.", "Question Time"),
    # places and their people
    ("The governor told Kano residents on Sunday to stay indoors.", "Kano"),
    ("Speaking to Maiduguri elders, the commander promised more patrols.", "Maiduguri"),
    ("The video was seen by Kharkiv residents on Monday.", "Kharkiv"),
    ("Speaking in Bamako, the minister said 12 soldiers had died.", "Bamako"),
    ("The plan, seen by Brussels diplomats, calls for a truce.", "Brussels"),
    # platforms (no actors by the guideline)
    ("The video was published by Telegram on Monday, residents said.", "Telegram"),
    ("The group's statement was published on Telegram.", "Telegram"),
    ("The clip was broadcast by YouTube on Tuesday.", "YouTube"),
    ("The message was published by WhatsApp groups in the area.", "WhatsApp"),
    # days, months and feasts
    ("The deal was published by December, officials said.", "December"),
    ("The statement told Easter worshippers to stay at home.", "Easter"),
    ("Police told Sunday worshippers to go home.", "Sunday"),
    ("The imam told Friday prayers that the town had suffered.", "Friday"),
    ("The general told Independence Day crowds that victory was near.", "Independence Day"),
    ("The minister told Eid worshippers that peace would come.", "Eid"),
    ("The president told Christmas Mass in Juba that the war was over.", "Christmas Mass"),
    # a document of record
    ("The decree was published in the Official Gazette on Monday.", "Official Gazette"),
    # people and bodies
    ("He told Chief Okonkwo on Monday that the raids would stop.", "Okonkwo"),
    ("The text, seen by EU diplomats, calls for a truce.", "EU"),
    ("The report, reviewed by UN experts, lists 40 deaths.", "UN"),
    ("Speaking to Human Rights Watch, the witness said the soldiers fired.", "Human Rights"),
    ("The letter was obtained by Human Rights Watch.", "Human Rights"),
    ("The toll was cited by Amnesty International researchers.", "Amnesty"),
    ("The envoy told the Human Rights Council on Monday that 40 people died.", "Council"),
    ("The envoy told a UN Security Council meeting that 40 people died.", "Security"),
]


@pytest.mark.parametrize(("text", "name"), OUTLETS)
def test_an_outlet_in_the_slot_is_media(text: str, name: str) -> None:
    assert _overlaps(_media_spans(text), text, name), text


@pytest.mark.parametrize(("text", "name"), NOT_OUTLETS)
def test_a_name_in_the_slot_that_is_no_outlet_is_left(text: str, name: str) -> None:
    assert not _overlaps(_outlet_spans(text), text, name), text
