"""ACTOR classes from the misses of articles 236-251, moved from held-out to dev in
session 31 (issue 15). Sentences are invented; places, states and public bodies are real,
the people and events are not.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts as _texts
from tests.core.suggest_probes import suggested_types as _types


def test_listed_names_take_the_type_the_guideline_gives() -> None:
    # a polity's parallel government is `state` (open point 6), in every form
    assert _types("The National Unity Government said the raid was a war crime.") == {
        "National Unity Government": "state"
    }
    assert _types("A spokesman for the NUG said talks had failed.").get("NUG") == "state"
    # a party that fields gunmen is typed as the dev gold types it, like Hamas
    assert _types("Fatah gunmen clashed with Islamists in the camp.") == {"Fatah": "armed group"}
    assert _types("Clashes between Fatah and Hamas killed two.") == {
        "Fatah": "armed group",
        "Hamas": "armed group",
    }


def test_northern_irish_parties_are_organisations() -> None:
    text = "Local Sinn Féin councillor Aoife Brennan and the SDLP condemned the shooting."
    types = _types(text)
    assert types.get("Sinn Féin") == "organisation"
    assert types.get("SDLP") == "organisation"
    assert _types("The DUP said the attack was cowardly.").get("DUP") == "organisation"
