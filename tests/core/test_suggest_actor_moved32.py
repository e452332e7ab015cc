"""ACTOR classes from the misses of articles 252-267, moved from held-out to dev in
session 32 (issue 15). Sentences are invented; places, states and public bodies are real,
the people and events are not.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_types as _types


def test_a_named_court_is_the_state_s() -> None:
    # guideline, session 30 point 6: a named court is `state`, in any word order
    assert _types("The Lagos High Court on Monday granted the men bail.") == {
        "Lagos High Court": "state"
    }
    assert _types("Lawyers said they would appeal to the Court of Cassation.") == {
        "Court of Cassation": "state"
    }
    assert (
        _types("A Military Tribunal in Kinshasa sentenced two officers.").get("Military Tribunal")
        == "state"
    )
    # ... while an international court is an organisation
    assert _types("The International Court of Justice will rule next month.") == {
        "International Court of Justice": "organisation"
    }
    assert (
        _types("The European Court of Human Rights ruled against Turkey.").get(
            "European Court of Human Rights"
        )
        == "organisation"
    )
    assert (
        _types("The Inter-American Court of Human Rights ordered an inquiry.").get(
            "Inter-American Court of Human Rights"
        )
        == "organisation"
    )


def test_a_force_word_in_a_body_s_cause_is_no_force() -> None:
    # "for the Defense of ..." names what the body works for: a rights group, not an army
    types = _types(
        "The Malian Association for the Defence of Human Rights (AMDH) said 12 were held."
    )
    assert types == {
        "Malian Association for the Defence of Human Rights": "organisation",
        "AMDH": "organisation",
    }
    # ... while the force itself, and a state's own committee, stay the state's
    assert (
        _types("The Chadian National Army (ANT) said it had retaken the town.").get("ANT")
        == "state"
    )
    assert _types("The State Committee for National Security said it had arrested him.") == {
        "State Committee for National Security": "state"
    }


def test_a_state_funded_body_is_the_state_s() -> None:
    types = _types(
        "The Nepal Commission for Human Rights (NCHR), a state-funded body, said 9 died."
    )
    assert types.get("NCHR") == "state"
    # ... but a government-funded charity is what its head noun says
    types = _types("The Kenya Relief Network (KRN), a government-funded charity, said so.")
    assert types.get("KRN") == "organisation"


def test_what_a_body_calls_itself_says_what_it_is() -> None:
    text = (
        "Envoys met the National Council for the Restoration of Order (CNRO), as the junta "
        "calls itself, in the capital."
    )
    assert _types(text).get("CNRO") == "state"
    text = (
        "The army shelled positions of the Northern Salvation Union (NSU), as the rebels "
        "call themselves."
    )
    assert _types(text).get("NSU") == "armed group"
    # with no such clause the name's words decide
    assert (
        _types("The Northern Salvation Union (NSU) said it had left the town.").get("NSU")
        == "organisation"
    )
