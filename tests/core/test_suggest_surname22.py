"""A name the document puts where only a place stands is no person there, nor anywhere
else in it (session surn22, issue 15): the person rules and `actor_surname_mentions`
share one document-level test. Sentences are invented; places are real, the people and
events are not.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_types as _types


def test_a_dateline_town_is_no_surname_of_a_person_named_after_it() -> None:
    text = (
        "Cuamba (Lusa) \u2013 Two people died when gunmen attacked a bus, police said.\n\n"
        "Padre Cuamba, the parish priest, said the wounded were taken to hospital."
    )
    assert _types(text) == {"Lusa": "media", "Padre Cuamba": "person"}
    # ... while a speech verb still names the person by the same word
    text = (
        "Kailahun (Reuters) - Five people were injured, police said.\n\n"
        "The district council chairman, Musa Kailahun, said the victims were in hospital. "
        "Kailahun said he had asked for help."
    )
    found = _types(text)
    assert found.get("Kailahun") == "person"
    assert "Musa Kailahun" in found


def test_a_name_before_a_unit_is_no_person_after_a_title() -> None:
    # "Provincial Police Commander Makira, Chief Superintendent X": a post named by its
    # province, which the text writes as "Makira Province"
    text = (
        "Makira Province police said two officers were hurt.\n\n"
        "Provincial Police Commander Makira, Chief Superintendent Peter Holo, said the "
        "situation was calm. A logging dispute on the coast of Makira turned violent."
    )
    assert _types(text) == {"Peter Holo": "person"}
    # ... "Kachin State": the people's name before the state's, no person
    assert (
        _types(
            "Fighting between two rival Kachin ethnic armed groups spread in Kachin State on "
            "Monday, residents said."
        )
        == {}
    )
    # a person whose surname the text never writes as a place keeps all mentions
    text = (
        "Joana Mabunda, a nurse at the clinic in Montepuez, said 14 people were wounded.\n\n"
        "Mabunda said the clinic had run out of bandages."
    )
    assert _types(text) == {"Joana Mabunda": "person", "Mabunda": "person"}


def test_a_town_after_in_or_in_a_located_apposition_is_not_repeated_as_a_surname() -> None:
    text = (
        "Gunmen attacked a checkpoint at the northern entrance of Kita, in the Kayes region, "
        "the army said.\n\nLocal sources in Kita gave a heavier toll. "
        '"Kita has never known war," said Oumar Traore Kita.'
    )
    assert _types(text) == {"Oumar Traore Kita": "person"}
    # "the town of San Fernando de Atabapo": a place's name with its particle
    text = (
        "Ernesto Ruiz Atabapo, a community leader from the nearby town of San Fernando de "
        "Atabapo, said soldiers had burned dozens of houses."
    )
    assert _types(text) == {"Ernesto Ruiz Atabapo": "person"}


def test_a_person_after_in_is_kept_when_the_name_runs_on_or_owns_something() -> None:
    # "in Amina Bello's view": a possessive is a person's slot, not a place's
    text = (
        "Amina Bello, a trader, said the market had closed.\n\n"
        "In Bello's view, the army had come too late. Bello said she had lost her stall."
    )
    found = _types(text)
    assert found.get("Amina Bello") == "person"
    assert found.get("Bello") == "person"


def test_the_town_given_with_an_institution_s_name_is_no_person() -> None:
    # "a lecturer at the Federal University of Agriculture, Zuru, said": the university's
    # town, closed by its comma, not the lecturer
    text = (
        "Bala Garba Musa, a lecturer at the Federal University of Agriculture, Zuru, said "
        "the gunmen had moved east."
    )
    assert _types(text) == {
        "Bala Garba Musa": "person",
        "Federal University of Agriculture": "organisation",
    }
    assert "Gusau" not in _types(
        "The wounded were taken to the General Hospital, Gusau, police said."
    )
    # a person of two words after the comma is still a person, and so is the surname
    text = (
        "A professor at Makerere University, Joseph Okello, said the militia had regrouped. "
        "Okello added that the army was stretched."
    )
    found = _types(text)
    assert found.get("Joseph Okello") == "person"
    assert found.get("Okello") == "person"


def test_every_name_of_a_list_after_a_plural_settlement_of_is_a_place() -> None:
    # "the municipalities of A, B and C": C is a municipality even where it is named after
    # a person
    text = (
        "Hundreds of families fled the municipalities of Atoyac, Tecpan and Vicente "
        "Guerrero, the state said.\n\nGuerrero, a farming town, was empty on Monday."
    )
    assert _types(text) == {}
    assert _types("Gunmen raided the villages of Kafur, Danmusa and Bello Sani on Sunday.") == {}
    # people named after such a list are still people
    text = (
        "Residents of the districts of Mandera and Wajir told Ahmed Nuur and Halima Abdi "
        "that the road was closed. Nuur said he would return."
    )
    found = _types(text)
    assert found.get("Ahmed Nuur") == "person"
    assert found.get("Halima Abdi") == "person"
    assert found.get("Nuur") == "person"
