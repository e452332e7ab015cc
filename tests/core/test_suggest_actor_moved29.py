"""ACTOR classes from the misses of articles 204-219, moved from held-out to dev in
session 29 (issue 15). Sentences are invented; places, states and public bodies are real,
the people and events are not.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts as _texts
from tests.core.suggest_probes import suggested_types as _types


def test_border_guards_are_people_like_soldiers_and_the_border_guard_is_the_body() -> None:
    assert _texts("Uzbek border guards fired on a car near the crossing on Monday.") == []
    assert _texts("Russian forces and Georgian border guards met at the fence.") == [
        "Russian forces"
    ]
    text = "The Iranian border guard said it had detained 12 migrants."
    assert _types(text).get("Iranian border guard") == "state"


def test_states_listed_after_a_crowd_that_comes_from_them_are_places() -> None:
    for text in [
        "Gold prospectors from Mali, Guinea and Niger have flooded the area.",
        "Tens of thousands of hopefuls from Chad, Sudan, Niger and Libya dig there.",
        "Hundreds of nomads from Chad and Niger crossed the river.",
    ]:
        assert _texts(text) == [], text
    # ... while a list of states that do something stays tagged
    assert _texts("Chad, Niger and Nigeria sent troops to the lake islands.") == [
        "Chad",
        "Niger",
        "Nigeria",
    ]


def test_a_territory_with_no_government_of_its_own_is_a_place() -> None:
    text = "Western Sahara, a former Spanish colony, has been largely controlled by Morocco."
    assert _texts(text) == ["Morocco"]
    assert _texts("The ship left for Antarctica and the French Southern Territories.") == []


def test_a_compass_adjective_opens_no_persons_name() -> None:
    text = "A drone hit two trucks east of the berm that divides Western Sahara, he said."
    assert "Western Sahara" not in _types(text)
    assert "Central Equatoria" not in _types("Central Equatoria, the governor said, is calm.")


def test_the_sahrawi_republic_is_a_state_by_its_name_and_its_acronym() -> None:
    text = "The Sahrawi Arab Democratic Republic's defence ministry said two trucks were hit."
    assert _types(text).get("Sahrawi Arab Democratic Republic") == "state"
    assert _types("The SADR accused Morocco of killing three herders.") == {
        "SADR": "state",
        "Morocco": "state",
    }


def test_a_name_opened_by_national_keeps_it_whatever_word_follows() -> None:
    assert _texts("It urged the National Peace Council to convene talks.") == [
        "National Peace Council"
    ]
    text = "The National Human Rights Commission said nine people had died."
    assert _texts(text) == ["National Human Rights Commission"]
    # ... but "State" opening a sentence before a lower-case word is no part of a name
    assert _texts("State media said the Peace Council would meet.") == ["Peace Council"]


def test_an_armys_unit_by_its_bare_number_after_a_determiner_or_a_base() -> None:
    text = "He said troops from the Tamale-based 6 Battalion of Infantry had arrived."
    assert _types(text) == {"6 Battalion of Infantry": "state"}
    assert _texts("Troops of the 3 Battalion of Infantry moved in.") == ["3 Battalion of Infantry"]
    # a count of soldiers is no unit's number
    assert _texts("The attack killed 12 Battalion of Infantry soldiers.") == [
        "Battalion of Infantry"
    ]


def test_honorifics_and_a_capitalised_spokesperson_are_titles_left_out() -> None:
    text = "A trader at the market, Madam Akosua Mensah, said the stalls were shut."
    assert _texts(text) == ["Akosua Mensah"]
    assert _texts("Madame Awa Diallo, who runs the clinic, said 12 were hurt.") == ["Awa Diallo"]
    assert _texts("Deputy Spokesperson Ana Ruiz said the convoy had been attacked.") == ["Ana Ruiz"]


def test_capitals_people_come_from_are_no_governments() -> None:
    assert _texts("Traders from Nairobi and Kampala sold goods in the market.") == []


def test_a_states_troops_named_as_a_body_and_the_state_owning_them() -> None:
    text = "Tajikistan's Border Troops gave a different account of the clash."
    assert _types(text) == {"Tajikistan": "state", "Border Troops": "state"}
    assert _texts("Afghanistan's troops left the post.") == ["Afghanistan"]


def test_a_nationalitys_occupation_forces_are_one_state_span() -> None:
    text = "The Moroccan occupation army fired on the vehicles, the statement said."
    assert _types(text) == {"Moroccan occupation army": "state"}
    text = '"We were shot at by the Israeli occupation forces," he said.'
    assert _texts(text) == ["Israeli occupation forces"]
    # ... but not as a modifier of its people
    assert _texts("Israeli occupation forces soldiers fired at the crowd.") == []


def test_a_groups_name_in_apposition_after_its_kind() -> None:
    text = (
        "The gang is at war with a rival gang, Los Zorros, over the routes. "
        "It accused the police of working with Los Zorros."
    )
    assert _texts(text) == ["Los Zorros", "Los Zorros"]
    text = "The attack was blamed on a local militia, Zorros Negros, by residents."
    assert _types(text) == {"Zorros Negros": "armed group"}
    # an aside naming a speaker is no apposition
    assert _texts('"The group, Mr Musa said, is finished," he added.') == ["Musa"]


def test_names_spelled_by_their_acronym_with_o_inside_or_a_hyphen_in_it() -> None:
    text = "The rights group Odhikar o Nyay Kendra (ONK) said 11 people had died."
    assert _texts(text) == ["Odhikar o Nyay Kendra", "ONK"]
    text = (
        "The police belong to the Regional Coordinator of Community Authorities-Founding "
        "Peoples, known by its Spanish initials CRAC-PF, which blamed the gang. The gang "
        "accused the CRAC-PF of lying."
    )
    assert _texts(text) == [
        "Regional Coordinator of Community Authorities-Founding Peoples",
        "CRAC-PF",
        "CRAC-PF",
    ]


def test_a_body_defined_as_an_armys_wing_is_the_states() -> None:
    text = (
        "Two soldiers died, according to the army's media wing, Inter Services Public "
        "Relations (ISPR). ISPR said two fighters died."
    )
    assert set(_types(text).values()) == {"state"}
    # ... while a faction named so is an armed group
    text = "One of its factions, the Union of Forces for Change (UFC), said it would fight on."
    assert _types(text) == {"Union of Forces for Change": "armed group", "UFC": "armed group"}


def test_what_the_text_says_after_a_bodys_initials_gives_its_type() -> None:
    text = (
        "The attack was claimed by the Military Command Council for the Salvation of the "
        "Republic, known by its French initials CCMSR, a rebel group based in Libya."
    )
    assert set(_types(text).values()) == {"armed group"}


def test_a_force_opened_by_a_states_name_of_several_words_or_by_state_is_the_states() -> None:
    text = "The Papua New Guinea Defence Force said it would send a company of soldiers."
    assert _types(text) == {"Papua New Guinea Defence Force": "state"}
    text = "The State Security Service (SSG) said two men were held."
    assert _types(text) == {"State Security Service": "state", "SSG": "state"}


def test_a_states_name_is_no_persons_surname_on_its_own() -> None:
    text = (
        '"Nobody can tell us," Tamar Gelashvili told Civil Georgia. Georgia\'s State '
        "Security Service said two men were held."
    )
    assert _types(text)["Georgia"] == "state"


def test_a_countrys_record_is_said_of_a_place_after_an_aside_too() -> None:
    text = (
        "Honduras, with a population of about 10 million, has long had one of the highest "
        "murder rates in the world."
    )
    assert _texts(text) == []
    assert _texts("Eritrea, a former Italian colony, has been ruled by one man since 1993.") == []
    # ... while a state that acts after an aside, or owns an army, stays tagged
    assert _texts("Honduras, a key US ally, has said it will send troops.") == ["Honduras", "US"]
    text = "Israel has one of the most powerful militaries in the region."
    assert _texts(text) == ["Israel"]


def test_states_that_mark_a_border_are_places() -> None:
    assert _texts("The region is separated from the rest of Senegal by The Gambia.") == []
    assert _texts("Mali is bordered by Niger, Algeria and Burkina Faso.") == []
    text = "The deal, signed by Sudan, Chad and Libya, was welcomed."
    assert _texts(text) == ["Sudan", "Chad", "Libya"]


def test_security_services_and_agencies_added_to_the_institutions_list_are_the_states() -> None:
    text = "Belarus's KGB said it had detained two men. The GKNB said the border was calm."
    assert _types(text) == {"Belarus": "state", "KGB": "state", "GKNB": "state"}
    text = "He said officers from the General Service Unit (GSU) had been deployed."
    assert set(_types(text).values()) == {"state"}


def test_a_countrys_church_named_by_the_country_is_an_organisation() -> None:
    text = "He leads peace work in the valley for the Anglican Church of Kenya."
    assert _types(text) == {"Anglican Church of Kenya": "organisation"}
    assert _texts("The Church of Uganda said two pastors were among the dead.") == [
        "Church of Uganda"
    ]
    # a church building, or a church named after no country, is no such body
    assert _texts("Gunmen attacked the Holy Family Church in Kaduna.") == []
    assert _texts("The Church of Christ said it would help.") == []
