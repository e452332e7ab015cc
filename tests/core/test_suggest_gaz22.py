"""States and seats of government named as places (issue 15, GAZ22).

Each test states one general construction that makes a listed state, capital or seat of
government a location rather than an actor, with sentences written for the test (invented
people and events; real states, places and seats), not the articles' own sentences, and a
negative case where the same name acts.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts as _suggested


def test_a_state_closing_a_chain_of_town_region_and_state_is_a_place() -> None:
    text = "FILE PHOTO: Soldiers patrol a road in Masisi territory, Democratic Republic of Congo."
    assert "Democratic Republic of Congo" not in _suggested(text)
    text = "Fighters crossed a street in Kidal region, Mali, in June 2023."
    assert "Mali" not in _suggested(text)
    text = "He was born in Cali, Valle del Cauca, Colombia, in 1980."
    assert "Colombia" not in _suggested(text)
    # a state after a town's comma that goes on to act, and a list of states, act
    assert "Rwanda" in _suggested("After the attack in Goma, Rwanda denied any role.")
    assert "Ethiopia" in _suggested("Ethiopia, Kenya and Somalia said they would meet.")


def test_a_state_in_a_sanctions_entry_field_is_a_place() -> None:
    text = (
        'MORA SALAS, Luis Andrés (a.k.a. "EL FLACO"), Ecuador; DOB 2 Mar 1979; '
        "POB Guayaquil, Guayas, Ecuador; nationality Peru; Gender Male (individual) [SDNTK]."
    )
    assert "Ecuador" not in _suggested(text)
    assert "Ecuador" in _suggested("Ecuador said it would appeal the designation.")


def test_a_seat_of_government_after_at_the_is_a_venue() -> None:
    text = "Kigali and Kinshasa signed an accord at the White House in June."
    assert "White House" not in _suggested(text)
    text = "A minute's silence was held at the Lagos State House of Assembly on Monday."
    assert "State House" not in _suggested(text)
    assert "Kremlin" not in _suggested("The two leaders met at the Kremlin on Friday.")
    # the seat acting, and "at the" before the seat that then acts
    assert "White House" in _suggested("The White House said the accord would hold.")
    assert "Kremlin" in _suggested("Officials said the Kremlin denied the report.")


def test_a_state_or_capital_ending_a_name_after_a_particle_is_no_actor() -> None:
    text = "Residents of Vila Nova de Praia said the town was calm."
    assert "Praia" not in _suggested(text)
    assert "Praia" in _suggested("Praia said the ferry would sail again on Monday.")
    assert "Colombia" in _suggested("Colombia said the rebels had struck a base.")


def test_a_known_state_before_an_appeal_title_is_no_actor() -> None:
    gazetteer = load_gazetteer()
    known: dict[str, str | None] = {"Central African Republic": "state"}
    text = "The Central African Republic Humanitarian Response Plan is 23 per cent funded."
    found = suggest(text, known_actors=known, gazetteer=gazetteer, labels=["ACTOR"])
    assert "Central African Republic" not in [text[s.start : s.end] for s in found]
    text = "The Central African Republic said it would fund the plan."
    found = suggest(text, known_actors=known, gazetteer=gazetteer, labels=["ACTOR"])
    assert "Central African Republic" in [text[s.start : s.end] for s in found]


def test_a_state_after_a_noun_and_for_closing_its_clause_is_a_topic() -> None:
    text = '"This harvest is a question of survival for Malawi," said Grace Banda, a farmer.'
    assert "Malawi" not in _suggested(text)
    text = '"We will not stop until there is justice for Ethiopia," said Tesfaye Alemu.'
    assert "Ethiopia" not in _suggested(text)
    # one acting for it, or the state acting in the clause that follows, is tagged
    assert "Iran" in _suggested("Two men were convicted of spying for Iran.")
    assert "Uganda" in _suggested("Those who work for Uganda, he said, are paid late.")
    text = "The decision is a blow for Kenya, which said it would appeal."
    assert "Kenya" in _suggested(text)
