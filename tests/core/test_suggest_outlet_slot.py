"""News outlets that no list holds, found by the slot wire prose keeps for them (issue 15).

Wires name the outlet a source spoke to or the outlet that saw a document: "told X by
telephone", "in an interview with X", "a video verified by X". Sentences and outlet names
are invented for the test.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types


def test_an_unlisted_outlet_told_something_is_a_media_actor() -> None:
    for text, outlet in [
        ("The governor told Qorvel by telephone that the road was closed.", "Qorvel"),
        ("A resident told Daily Vantro that the gunmen arrived at dawn.", "Daily Vantro"),
        ('"We buried them at night," a farmer told Baraka FM.', "Baraka FM"),
        ("The mayor told Sahelia Info on Sunday that eleven people had died.", "Sahelia Info"),
        ("The minister told Tamborine's evening programme that aid was coming.", "Tamborine"),
        ("He told Karsa, a news site based in the capital, that he had fled.", "Karsa"),
        ("A nurse told KBN by phone that the ward was full.", "KBN"),
    ]:
        assert _types(text).get(outlet) == "media", text


def test_an_outlet_that_interviewed_or_saw_is_a_media_actor() -> None:
    for text, outlet in [
        ("In an interview with Nordlicht, the commander denied the claim.", "Nordlicht"),
        ("A document seen by Meridia shows the army moved three battalions.", "Meridia"),
        ("A video verified by Pelora Online showed the blast.", "Pelora Online"),
        ("Speaking to Radio Zamani, the official said talks would resume.", "Radio Zamani"),
    ]:
        assert _types(text).get(outlet) == "media", text


def test_people_and_governments_told_are_not_outlets() -> None:
    # told to do something: a person given an order
    assert "Idris" not in _types("The commander told Idris to leave the village.")
    # a title or a role before the name: a person
    assert (
        _types("The envoy told Commander Idris Bako that talks were over.").get("Idris Bako")
        != "media"
    )
    # a nationality before state media: no outlet's name
    assert "Russian" not in _suggested("He told Russian state media that the talks failed.")
    # a capital the lists know stands for its government
    assert _types("The delegation told Kabul that the border would reopen.").get("Kabul") == "state"
    # a name whose last word comes back later is a person mentioned again
    text = "The guard told Mira Solberg that the gate was shut. Solberg then walked home."
    assert _types(text).get("Mira Solberg") != "media"


def test_a_body_told_keeps_its_own_type() -> None:
    text = "The villagers told Human Rights Watch that soldiers burned their homes."
    assert _types(text).get("Human Rights Watch") == "organisation"
    text = "Survivors told the Vantor Relief Committee that 30 people were missing."
    assert _types(text).get("Vantor Relief Committee") != "media"


def test_an_outlet_described_as_one_in_apposition_is_a_media_actor() -> None:
    for text, outlet in [
        ("Tamborine, a local news site, reported the arrests.", "Tamborine"),
        ("Duna, the state news agency, said 20 had died.", "Duna"),
        ("The figures came from Kessa, an independent weekly based in the north.", "Kessa"),
    ]:
        assert _types(text).get(outlet) == "media", text
    # a person described by a job at an outlet is still a person
    text = "Ana Kis, a reporter for the weekly Kessa, said she had seen the bodies."
    assert _types(text).get("Ana Kis") == "person"


def test_outlets_named_with_their_kind_or_masthead_word() -> None:
    assert _types("The news website Nordlicht published footage.").get("Nordlicht") == "media"
    assert _types("The Vantor Courier reported the figures on Monday.") == {
        "Vantor Courier": "media"
    }


def test_an_outlet_found_in_its_slot_is_found_at_its_other_mentions() -> None:
    text = (
        "A nurse told Qorvel by telephone that the ward was full. The director later "
        "confirmed the figures to Qorvel and to other outlets."
    )
    assert _suggested(text) == ["Qorvel", "Qorvel"]
