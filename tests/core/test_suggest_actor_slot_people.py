"""The outlet slot ("told X by telephone", "in an interview with X", "seen by X") holds
people too: a run of two or more words there is an outlet's name only when it reads as one
(issue 15). And an outlet found in the slot is not carried to mentions the text defines as
another body's. Sentences, people, outlets and bodies are invented for the test.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.core.suggest.actors import GIVEN_NAMES
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_types as _types


def _typed_at(text: str) -> list[tuple[str, int, str]]:
    """(covered text, start, type) of every ACTOR suggestion, in text order."""
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(text[s.start : s.end], s.start, str(s.attributes.get("type"))) for s in found]


def test_a_person_named_in_the_outlet_slot_is_a_person() -> None:
    for text, person in [
        ("The nurse told Yusuf Kamara by telephone that the ward had flooded.", "Yusuf Kamara"),
        ("In an interview with Elena Brandt, the mayor said the bridge was gone.", "Elena Brandt"),
        ("A memo seen by Tomasz Wilk shows the convoy left at night.", "Tomasz Wilk"),
        ("Speaking to Rosa Quintero, the officer admitted the camp was full.", "Rosa Quintero"),
        # no known given name: two words without a masthead word are still a person's
        ("The sergeant told Oskarine Vell on Tuesday that the road was mined.", "Oskarine Vell"),
    ]:
        assert _types(text).get(person) == "person", text


def test_a_lone_given_name_in_the_slot_is_no_outlet() -> None:
    text = "The guard told Samir that the gate would stay shut."
    assert _types(text).get("Samir") != "media"


def test_outlets_in_the_slot_are_still_outlets() -> None:
    for text, outlet in [
        ("A teacher told the Pellin Tribune that the school had closed.", "Pellin Tribune"),
        ("A driver told The Varna Echo on Sunday that the checkpoint was gone.", "Varna Echo"),
        ("The prefect told RTZ Afrique that the curfew would end.", "RTZ Afrique"),
        ("Villagers told Kessa Daily by phone that the well was poisoned.", "Kessa Daily"),
        ("A midwife told Ostrava by telephone that two babies were born.", "Ostrava"),
    ]:
        assert _types(text).get(outlet) == "media", text


def test_an_outlet_is_not_carried_to_an_acronym_the_text_defines_otherwise() -> None:
    text = (
        "VELMA, Zantor (QDF) - Soldiers fought rebels on Friday. A witness told QDF by "
        "phone that the shooting had stopped. The Qadir Defence Forces (QDF) said five "
        "soldiers died. QDF figures show the fighting has spread."
    )
    typed = {(covered, start): kind for covered, start, kind in _typed_at(text)}
    dateline = text.index("QDF")
    slot = text.index("QDF", dateline + 1)
    defined = text.index("(QDF)", slot) + 1
    figures = text.index("QDF figures")
    assert typed[("QDF", dateline)] == "media"  # the agency the dateline credits
    assert typed[("QDF", slot)] == "media"  # told by phone: the agency again
    assert typed[("Qadir Defence Forces", text.index("Qadir"))] != "media"
    assert typed[("QDF", defined)] != "media"
    assert typed[("QDF", figures)] != "media"


def test_an_outlet_is_not_carried_into_a_longer_name() -> None:
    text = (
        "A nurse told Qorvel by phone that the ward was full. The Qorvel Relief Committee "
        "later sent tents."
    )
    outlets = [(covered, start) for covered, start, kind in _typed_at(text) if kind == "media"]
    assert outlets == [("Qorvel", text.index("Qorvel"))]


def test_no_given_name_is_a_name_the_gazetteer_lists() -> None:
    listed = set(load_gazetteer())
    assert not GIVEN_NAMES & listed
