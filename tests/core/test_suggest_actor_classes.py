"""General classes of ACTOR errors found on the dev set, each with invented sentences
(issue 15): the group that runs a ministry, a byline's words, bodies described after
"according to", an outlet owned by the state in the outlet slot, things named like
bodies, posts that end in "Officer", and places named like people or known actors.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types


def test_the_group_running_a_ministry_is_the_actor_not_the_ministry() -> None:
    text = "Eleven dock workers died, the Houthi-run health ministry said on Monday."
    found = _suggested(text)
    assert "Houthi" in found
    assert not any("ministry" in name for name in found)


def test_a_byline_opener_is_no_outlet() -> None:
    text = "Strikes hit the port\n\nBy Staff Reporter\n\nMOKHA - Strikes hit the port."
    assert "By" not in _suggested(text)


def test_a_body_described_after_according_to_is_a_body() -> None:
    text = "Ten died, according to Velda Sahel, a Nigerien rights group, and local officials."
    assert _types(text).get("Velda Sahel") == "organisation"
    text = "Forty died, according to Dalli Kore, an association that defends herders."
    assert _types(text).get("Dalli Kore") == "organisation"


def test_a_state_outlet_in_the_slot_is_media() -> None:
    text = "The colonel was quoted by state-run Tamborine as saying the road was open."
    assert _types(text).get("Tamborine") == "media"


def test_what_is_named_like_a_body_is_no_person() -> None:
    text = "The two armies fight the group together in an operation called Ndege."
    assert "Ndege" not in _types(text)


def test_a_post_ending_in_officer_is_no_body() -> None:
    text = (
        "Confirming the attack, the Police Public Relations Officer in the state, DSP Musa "
        "Ali, said."
    )
    found = _suggested(text)
    assert "Police Public Relations Officer" not in found
    assert "Musa Ali" in found


def test_a_surname_naming_a_district_is_a_place_there() -> None:
    text = (
        "Bandits raided the Garo and Kole districts on Monday. The commissioner, Dr Amina "
        "Kole, visited the villages. Kole said the army would come."
    )
    found = _suggested(text)
    assert found.count("Kole") == 1  # "Kole said", not "Kole districts"


def test_the_place_closing_a_byline_is_no_actor() -> None:
    text = "Clashes in the west\n\nBy Ana Kis, Meridian Wire, Nairobi\n\nNAIROBI - Two died."
    found = suggest(text, known_actors={"Nairobi": "state"}, gazetteer=load_gazetteer())
    assert "Nairobi" not in [text[s.start : s.end] for s in found]
    text = "Clashes in the west\n\nBy Ana Kis, Meridian Wire, Kenya\n\nNAIROBI - Two died."
    assert "Kenya" not in _suggested(text)


def test_an_outlet_named_after_its_kind_in_apposition_is_media() -> None:
    text = "He was quoted by the group's news outlet, Valdo Online, as saying the town fell."
    assert _types(text).get("Valdo Online") == "media"
    text = "The rebels' radio station, Tamu FM, said the road was closed."
    assert _types(text).get("Tamu FM") == "media"


def test_a_somali_federal_member_state_acts() -> None:
    text = "South West State's security minister said the convoy was attacked."
    assert _types(text).get("South West State") == "state"
