"""States, capitals and state bodies that hold up on unseen articles (issue 15, STATES18),
found by renaming every dev state into one dev never names (scripts/perturb_check.py,
kinds `states` and `capitals`): what held only for dev's own states. Every sentence is
invented.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> set[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return {text[s.start : s.end] for s in found}


def test_a_body_after_a_listed_nationality_of_an_irregular_shape_is_a_state_body() -> None:
    # "-in", "-k", "-z", "-en", "-o" nationalities: listed, but not of the "-ian/-ese" shape
    assert "Montenegrin General Staff" in _actors(
        "The Montenegrin General Staff said its units had pulled back."
    )
    assert "Uzbek intelligence" in _actors("The two men worked for Uzbek intelligence, he said.")
    assert "Kyrgyz special forces" in _actors("Kyrgyz special forces stormed the house at dawn.")
    assert "Nigerien transitional authorities" in _actors(
        "The Nigerien transitional authorities suspended the broadcaster."
    )
    assert "Filipino national police" in _actors(
        "The Filipino national police opened an inquiry into the raid."
    )


def test_an_irregular_nationality_before_a_thing_or_a_society_is_no_state_body() -> None:
    # guard: the body modifying a noun, its people, its Red Cross society
    assert not {a for a in _actors("A Tajik army officer was wounded.") if "army" in a}
    assert "Montenegrin intelligence officers" not in _actors(
        "Montenegrin intelligence officers questioned the driver."
    )
    assert "Kyrgyz intelligence" not in _actors(
        "Two Kyrgyz intelligence officers were detained at the border."
    )
    found = suggest(
        "The Montenegrin Red Cross said 12 people were hurt.",
        gazetteer=load_gazetteer(),
        labels=["ACTOR"],
    )
    assert all(s.attributes.get("type") != "state" for s in found)


def test_a_national_body_before_a_quantifier_or_an_adverb_still_acts() -> None:
    assert "Sudanese military" in _actors(
        '"We have told the Sudanese military many times to leave," he said.'
    )
    assert "Kenyan army" in _actors(
        "An offensive by the Kenyan army further north pushed them out."
    )
    assert "Malian army" in _actors("The Malian army overnight shelled the hills.")


def test_a_national_body_before_a_noun_stays_a_modifier() -> None:
    # guard: "a Somali military commander" as before
    assert "Somali military" not in _actors("A Somali military commander said the road was shut.")
    assert "Kenyan army" not in _actors("The Kenyan army camp was shelled overnight.")


def test_a_capital_after_a_relative_clause_before_its_verb_is_its_government() -> None:
    assert "Dushanbe" in _actors("Dushanbe, which borders both countries, urged restraint.")
    assert "Tehran" in _actors(
        "The raid came days after Tehran, whose forces fought there last year, said it would act."
    )


def test_a_capital_described_by_a_relative_clause_stays_a_place() -> None:
    # guard: a copula after the clause describes the city
    assert "Kabul" not in _actors("Kabul, which fell to the Taliban in 2021, remains tense.")
    assert "Sanaa" not in _actors("Sanaa, which the rebels took in 2014, is quiet now.")


def test_a_capital_before_a_progressive_with_a_quote_or_an_adverb_is_its_government() -> None:
    assert "Pristina" in _actors('It said Pristina was "once again using" the incident.')
    assert "Moscow" in _actors('"Moscow is deliberately targeting a peaceful city," he said.')


def test_both_capitals_pressed_together_are_their_governments() -> None:
    found = _actors("The envoy urged both Kabul and Islamabad to resolve their differences.")
    assert {"Kabul", "Islamabad"} <= found
    assert "Ankara" in _actors("Erbil has called on both Ankara and the PKK to keep away.")


def test_both_capitals_as_places_stay_places() -> None:
    # guard: "both" after a verb of what befalls places
    found = _actors("The floods hit both Kabul and Kandahar last week.")
    assert not {"Kabul", "Kandahar"} & found


def test_a_capital_as_the_agent_after_an_adverb_or_official_is_its_government() -> None:
    assert "Ankara" in _actors("The breakaway republic is recognised only by Ankara.")
    assert "Belgrade" in _actors("He said the group was financed by official Belgrade.")
    assert "Tehran" in _actors("The militias were trained and equipped by Tehran, he said.")


def test_a_capital_after_by_as_a_place_stays_a_place() -> None:
    # guard: a passive of place, and "by" of a route
    assert "Kabul" not in _actors("The valley is dwarfed only by Kabul, to its south.")
    assert "Nairobi" not in _actors("They travelled by road via Nairobi to the border.")


def test_a_state_opening_a_headline_before_the_noun_it_modifies_is_no_actor() -> None:
    assert "Ecuador" not in _actors("Ecuador judge orders six jailed over prison riot\n\nQUITO")
    assert "Madagascar" not in _actors("Madagascar cattle raiders kill 11 villagers\n\nBy staff")
    assert "Kenya" not in _actors("Kenya truck driver held after crash kills nine\n\nNAIROBI")


def test_a_state_opening_a_headline_before_its_verb_body_or_agent_still_acts() -> None:
    # guard: its verb, its body, its agent one word on
    assert "Israel" in _actors("Israel strikes targets in Lebanon overnight\n\nBEIRUT")
    assert "Mali army" in _actors("Mali army says it repelled attack on camp\n\nBAMAKO")
    assert "US" in _actors("US envoy says talks will resume next week\n\nDOHA")
    assert "Iran" in _actors("Iran foreign minister rejects report\n\nTEHRAN")


def test_a_ministry_ends_before_the_city_it_sits_in_capital_or_not() -> None:
    found = _actors("The Ministry of Interior in Benghazi said five men were held.")
    assert "Ministry of Interior" in found
    assert "Ministry of Interior in Benghazi" not in found
    found = _actors("The Ministry of Foreign Affairs in Port Sudan condemned the strike.")
    assert "Ministry of Foreign Affairs" in found


def test_a_mission_named_with_its_state_keeps_it() -> None:
    # guard: a state after "in" may belong to the name
    assert "UN Mission in South Sudan" in _actors("The UN Mission in South Sudan was alarmed.")


def test_one_guard_or_a_harmed_guard_is_a_man_whatever_the_nationality_shape() -> None:
    assert not _actors("They said one Romanian border guard was wounded.")
    assert not _actors("Romanian border guard killed, two injured in shooting at border post")
    assert not _actors("Kyrgyz border guard killed, two injured in shooting at border post")


def test_a_border_guard_that_acts_is_the_service() -> None:
    # guard: the body acting
    assert "Romanian border guard" in _actors(
        "The Romanian border guard said it had detained 12 migrants."
    )


def test_a_state_body_named_with_its_number_or_letter_is_one_name() -> None:
    assert "Police Regional Office 9" in _actors(
        "The director of the Police Regional Office 9, a general, said patrols had stopped."
    )
    assert "Internal Security Operations Command Region 2" in _actors(
        "The Internal Security Operations Command Region 2 blamed the rebels."
    )
    assert "Marine Task Force 310" in _actors("The men, from Marine Task Force 310, were hurt.")
    assert "Special Criminal Court B" in _actors("Special Criminal Court B jailed the two men.")


def test_a_year_a_measure_or_a_bare_unit_after_a_body_is_no_part_of_its_name() -> None:
    # guard
    found = _actors("The Foreign Office 2024 report said little about the raid.")
    assert not any(name.endswith("2024") for name in found)
    found = _actors("The base of the Northern Command 2 km away was hit.")
    assert not any(name.endswith("2") for name in found)
    assert not _actors("In Court 3 the judge read the verdict slowly.")


def test_a_capitalised_portfolio_ministry_after_its_owner_is_the_ministry() -> None:
    found = _actors("A spokesman for the Taliban's Interior Ministry said two were held.")
    assert "Interior Ministry" in found
    assert "Defence Ministry" in _actors("The council said its Defence Ministry had sent troops.")


def test_a_lower_case_ministry_after_a_possessive_tags_its_owner_only() -> None:
    # guard: "Russia's foreign ministry" names Russia's ministry in lower case (the guideline)
    found = _actors("Russia's foreign ministry said the talks were over.")
    assert "foreign ministry" not in found
    assert "Russia" in found


def test_a_bracketed_code_that_is_no_units_initials_is_not_taken() -> None:
    # guard: the letters must be the number and the words' initials
    found = _actors("The 61st Infantry Battalion (61XY) said the patrol was ambushed.")
    assert "61XY" not in found


def test_every_state_after_the_juntas_or_rulers_of_is_tagged() -> None:
    found = _actors("The juntas of Mali, Burkina Faso and Niger formed an alliance.")
    assert {"Mali", "Burkina Faso", "Niger"} <= found
    assert "Chad" in _actors("The military rulers of Chad expelled the envoy.")


def test_a_state_after_a_place_noun_of_stays_a_place() -> None:
    # guard: "the north of Mali" names a place
    assert "Mali" not in _actors("Fighting spread across the north of Mali last year.")


def test_an_accented_or_variant_nationality_names_its_body() -> None:
    assert "Burkinabè authorities" in _actors("Aid groups urged the Burkinabè authorities to act.")
    assert "Comorian army" in _actors("The Comorian army said the island was calm.")


def test_a_states_possessive_before_its_state_media_tags_it() -> None:
    assert "Iran" in _actors("Iran's state media reported that five guards were killed.")
    assert "Syria" in _actors("Syria's state-run news agency said the army repelled the attack.")


def test_a_states_possessive_before_a_state_of_affairs_does_not() -> None:
    # guard: "state of emergency" is no body
    assert "Mali" not in _actors("Mali's state of emergency was extended for a year.")


def test_a_state_turned_to_or_away_from_is_a_party() -> None:
    found = _actors(
        "The junta has turned away from Britain and towards China, whose firms build roads."
    )
    assert {"Britain", "China"} <= found
    assert "Ankara" in _actors(
        "Doha broke with Paris and turned politically and militarily to Ankara."
    )


def test_a_place_turned_into_stays_a_place() -> None:
    # guard: "turned into" names what a place became
    assert "Syria" not in _actors(
        "The valley turned into a corridor for fighters crossing from Syria."
    )
