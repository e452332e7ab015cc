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


def test_a_body_type_follows_its_head_noun() -> None:
    # a state's legislature, prosecution and law officers are the state's
    assert _types("The Legislative Assembly renewed the emergency for a month.") == {
        "Legislative Assembly": "state"
    }
    assert _types("The National Assembly passed the bill on Tuesday.") == {
        "National Assembly": "state"
    }
    assert _types("The case went to the Attorney General's Office last week.") == {
        "Attorney General's Office": "state"
    }
    assert _types("Crown Prosecution Service lawyers told the court he had fled.") == {
        "Crown Prosecution Service": "state"
    }
    # ... an army's unit named by its ordinal, like "3rd Division"
    assert _types("The smugglers were protected by the Fourth Division, analysts say.") == {
        "Fourth Division": "state"
    }
    assert _types("Soldiers of the Second Brigade reached the town.") == {"Second Brigade": "state"}
    # ... while the UN's assembly, and a members' body named after the police or the army,
    # are organisations
    assert _types("The UN General Assembly voted on the resolution.") == {
        "UN General Assembly": "organisation"
    }
    assert _types("The Police Federation for Northern Ireland said officers were at risk.") == {
        "Police Federation for Northern Ireland": "organisation"
    }
    assert _types("The Army Officers' Association of Ghana protested the cuts.").get(
        "Army Officers' Association of Ghana"
    ) == "organisation"


def test_a_body_the_state_runs_is_the_states() -> None:
    assert _types("The state-run Basra Oil Company said exports continued.") == {
        "Basra Oil Company": "state"
    }
    assert _types("Staff of the government-owned Zambia Railways Corporation were hurt.") == {
        "Zambia Railways Corporation": "state"
    }
    # ... but a group the state backs is still the group
    assert _types("The state-backed Wagner Group denied it.") == {"Wagner Group": "armed group"}


def test_a_states_name_before_its_agents_is_tagged() -> None:
    # guideline, session 30 point 6: the name (a noun) before its soldiers, troops, envoys
    assert _texts("Clashes killed four Benin soldiers near the border.") == ["Benin"]
    assert _texts("Four Somaliland troops died in the ambush.") == ["Somaliland"]
    assert _texts("The group said it had killed five Jubaland soldiers.") == ["Jubaland"]
    assert _texts("The withdrawal of Kenya troops began on Monday.") == ["Kenya"]
    assert _texts("U.S. and European envoys met in Doha.") == ["U.S."]
    # ... not its people who are not its agents, nor a nationality adjective, nor an
    # unnamed court, nor the state's body used as a modifier
    assert _texts("Three U.S. citizens were freed.") == []
    assert _texts("Russian soldiers entered the village.") == []
    assert _texts("Chad court jails 21 over village massacre") == []
    assert _texts("A Niger army post was attacked overnight.") == []
