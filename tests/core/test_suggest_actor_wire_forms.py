"""ACTOR rules on forms real wire copy uses that the development articles hardly show
(issue 15, session 24): state abbreviations and older names, capitals acting, initials
before names, extents.

Each test states one general form with sentences written for the test (invented people
and events; real states, capitals and groups), not any article's own sentences.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The U.K. said on Friday it would send two more frigates.", "U.K."),
        ("The U.A.E. rejected the panel's findings as baseless.", "U.A.E."),
        ("The CAR said the rebels had broken the accord.", "CAR"),
        ("Congo-Kinshasa recalled its ambassador for consultations.", "Congo-Kinshasa"),
        ("Congo-Brazzaville closed the river crossing on Monday.", "Congo-Brazzaville"),
        ("The Republic of Congo denied hosting the fighters.", "Republic of Congo"),
        ("The DPRK fired two short-range missiles on Sunday.", "DPRK"),
        ("Cote d'Ivoire sent 300 more troops to the border.", "Cote d'Ivoire"),
        ("Turkiye said it would host the next round of talks.", "Turkiye"),
        ("Bosnia rejected the envoy's proposal.", "Bosnia"),
    ],
)
def test_a_state_acting_under_its_abbreviation_or_wire_name_is_a_state(
    text: str, state: str
) -> None:
    assert _types(text).get(state) == "state"


def test_a_state_abbreviation_before_a_body_is_one_state_span() -> None:
    assert _types("U.K. forces joined the naval mission.").get("U.K. forces") == "state"
    assert _types("The CAR army said it had retaken Bria.").get("CAR army") == "state"


def test_the_democratic_republic_keeps_its_whole_name() -> None:
    text = "The Democratic Republic of Congo said the ceasefire had collapsed."
    assert _suggested(text) == ["Democratic Republic of Congo"]


def test_an_acronym_the_text_defines_as_another_body_is_that_body() -> None:
    text = (
        "Conflict Armament Research (CAR) traced the rifles. "
        "CAR said the serial numbers had been filed off."
    )
    assert _types(text) == {"Conflict Armament Research": "organisation", "CAR": "organisation"}


@pytest.mark.parametrize(
    "headline",
    [
        "CAR BOMB KILLS FIVE NEAR MARKET",
        "GUNMEN WHO STORMED VILLAGE KILL 12",
    ],
)
def test_a_listed_acronym_that_is_an_english_word_is_the_word_in_an_all_caps_line(
    headline: str,
) -> None:
    assert _suggested(headline + "\n\nThe raid was condemned by residents.\n") == []


def test_a_word_like_acronym_in_prose_is_still_the_body() -> None:
    assert _types("WHO said the clinics had run out of insulin.") == {"WHO": "organisation"}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Abidjan accused the junta of plotting a coup.", "Abidjan"),
        ("Tel Aviv denied that its jets had crossed the border.", "Tel Aviv"),
    ],
)
def test_a_seat_of_government_that_is_not_the_capital_acts_for_its_government(
    text: str, seat: str
) -> None:
    assert _types(text).get(seat) == "state"


def test_a_seat_of_government_named_as_a_place_is_no_actor() -> None:
    assert _suggested("She flew to Tel Aviv on Monday and on to Abidjan.") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gen. P.N. Verma said the pass had been cleared of snow.", "P.N. Verma"),
        ("Lt. Gen. H. S. Grewal told reporters the patrols would go on.", "H. S. Grewal"),
        ("Home Minister T. Selvaraj said the curfew would be lifted.", "T. Selvaraj"),
        ("Superintendent of Police D.K. Baruah said four men were held.", "D.K. Baruah"),
        ('"The road is open," said V.R. Nair, the district collector.', "V.R. Nair"),
        ("Former president R.P.S. Kalamdeen once visited the valley.", "R.P.S. Kalamdeen"),
    ],
)
def test_initials_before_a_name_are_part_of_the_person(text: str, person: str) -> None:
    found = _suggested(text)
    assert person in found
    # no piece of the name is suggested apart, nor the title chain before it
    assert not [f for f in found if f != person and (f in person or person in f)]


def test_a_later_mention_by_surname_after_initialled_name_is_the_surname() -> None:
    text = "DIG M. R. Kulkarni said six men were held. Kulkarni added that two had escaped."
    assert _suggested(text) == ["M. R. Kulkarni", "Kulkarni"]


def test_a_states_dotted_abbreviation_is_no_initial() -> None:
    assert _types("U.S. Army engineers rebuilt the bridge.") == {"U.S. Army": "state"}
    assert _suggested("John F. Okoro said the talks were over.") == ["John F. Okoro"]


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Pyongyang fired two ballistic missiles into the sea on Sunday.", "Pyongyang"),
        ("Tehran seized a second tanker near the strait.", "Tehran"),
        ("Bamako closed its airspace to all flights from the coast.", "Bamako"),
        ("Kinshasa arrested a senior opposition figure on Friday.", "Kinshasa"),
        ("Riyadh intercepted eight drones over the eastern province.", "Riyadh"),
        ("Moscow shot down the drones before dawn, it said.", "Moscow"),
        ("Baghdad and Erbil reached a deal on the pipeline.", "Baghdad"),
        ("Washington is expected to announce fresh sanctions.", "Washington"),
        ("Kyiv, meanwhile, has stepped up its drone attacks on depots.", "Kyiv"),
        ("Ankara funded the new border wall itself.", "Ankara"),
    ],
)
def test_a_capital_doing_what_a_state_does_stands_for_its_government(
    text: str, capital: str
) -> None:
    assert _types(text).get(capital) == "state"


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv hit by massive drone attack\n\nThe raid lasted hours.\n",
        "Khartoum struck by shells as fighting rages\n\nResidents fled.\n",
        "Kabul attacked by gunmen overnight, residents say.",
        "Damascus fell to the rebels in December.",
    ],
)
def test_a_capital_struck_or_taken_is_a_place(text: str) -> None:
    assert _suggested(text) == []


def test_a_datelines_agency_in_brackets_defines_no_acronym() -> None:
    text = "BANGUI, Central African Republic (AFP) – Two strikes hit the depot, police said."
    assert _types(text) == {"AFP": "media"}
    text = "SANTO DOMINGO, Dominican Republic (AP) — Police said two men were held."
    assert _types(text) == {"AP": "media"}


def test_an_acronym_spelling_its_name_is_still_defined_beside_a_listed_outlet() -> None:
    text = "The Armed Forces of the Philippines (AFP) said two soldiers were hurt."
    assert _types(text) == {"Armed Forces of the Philippines": "state", "AFP": "state"}


def test_a_listed_state_after_a_role_and_a_comma_is_no_person() -> None:
    text = (
        "Six people died, among them a nurse, Kenya's health ministry said. "
        "Kenya's government said the road was closed."
    )
    assert _types(text) == {"Kenya": "state"}


def test_a_listed_armed_group_named_like_an_army_keeps_its_type() -> None:
    text = "Hundreds flee Buthidaung as Arakan Army and Rohingya gunmen clash\n"
    assert _types(text) == {"Arakan Army": "armed group"}


def test_a_capital_is_a_party_to_talks_at_a_sentences_opening_too() -> None:
    text = "Talks between Bamako and the CMA broke down on Friday."
    assert _types(text).get("Bamako") == "state"


def test_a_states_mission_acts_for_it() -> None:
    text = "Syria's mission to the United Nations rejected the report."
    assert _types(text).get("Syria") == "state"


def test_a_neighbouring_state_is_a_place_unless_it_backs_someone() -> None:
    assert _suggested("The insurgency spread from neighbouring Niger in 2016.") == []
    text = "The rebels and their backers in neighbouring Rwanda denied it."
    assert _types(text).get("Rwanda") == "state"
    text = "He vowed to hold the militia and its sponsors in Tehran accountable."
    assert _types(text).get("Tehran") == "state"


def test_a_capital_hosting_or_naming_its_regime_is_its_government() -> None:
    text = "Islamabad, which already hosts three million Afghans, closed the crossing."
    assert _types(text).get("Islamabad") == "state"
    text = "He said the Damascus regime had never kept its word."
    assert _types(text).get("Damascus") == "state"


def test_every_capital_asked_is_a_government() -> None:
    text = "Bogota has asked Caracas and Quito, which border the region, to help."
    assert _types(text) == {"Bogota": "state", "Caracas": "state", "Quito": "state"}


def test_a_credit_line_naming_bureaus_is_no_actor() -> None:
    text = (
        "Six people died in the attack, police said.\n\n"
        "Additional reporting by Ana Lis in Goma and Reuters bureaus; Editing by Tom Berg\n"
    )
    assert _suggested(text) == []


def test_states_people_come_from_are_places() -> None:
    text = "The crew were from India, Ghana and Peru, the ship's owner said."
    assert _suggested(text) == []


def test_a_plural_states_possessive_opens_its_body() -> None:
    text = "The Bahamas' Department of Immigration said 40 migrants were held."
    assert _types(text) == {"Bahamas": "state", "Department of Immigration": "state"}


def test_a_states_possessive_is_no_part_of_a_described_group() -> None:
    text = "Mozambique's Ahlu Sunnah Wa-Jamo insurgents raided the port town."
    assert _types(text) == {"Ahlu Sunnah Wa-Jamo": "armed group"}
    text = "Congo's Mai Mai Kifuafua militia said it had withdrawn."
    assert _types(text) == {"Mai Mai Kifuafua": "armed group"}


@pytest.mark.parametrize(
    ("text", "acronym", "kind"),
    [
        (
            "Kenya's National Counter Terrorism Centre (Nctc) said two cells were broken up. "
            "Nctc later said both leaders had fled.",
            "Nctc",
            "state",
        ),
        (
            "US Central Command (Centcom), which runs the strikes, said it was aware.",
            "Centcom",
            "state",
        ),
        (
            "The African Union Transition and Stabilisation Force in Darfur (Autsod) said its "
            "patrols would resume.",
            "Autsod",
            "organisation",
        ),
    ],
)
def test_a_bracketed_acronym_written_as_a_word_names_the_body_before_it(
    text: str, acronym: str, kind: str
) -> None:
    found = _types(text)
    assert found.get(acronym) == kind
    assert text.count(acronym) == _suggested(text).count(acronym)


def test_an_outlet_named_after_its_kind_is_the_name_not_its_city() -> None:
    text = "She told Nairobi radio station Radio Amani that the crew were safe."
    assert _types(text) == {"Radio Amani": "media"}
    text = "He told Kampala newspaper The Lake Observer that the road was shut."
    assert "Kampala" not in _suggested(text)


def test_a_body_described_as_an_alliance_of_armed_groups_is_an_armed_group() -> None:
    text = "The army fights alongside the Joint Forces, an alliance of former rebel groups, there."
    assert _types(text) == {"Joint Forces": "armed group"}
    text = "The Timbuktu Peace Coalition, an alliance of local charities, said it would help."
    assert _types(text) == {"Timbuktu Peace Coalition": "organisation"}


def test_the_eu_naval_mission_is_known_by_its_short_name() -> None:
    text = "The EU's naval mission in the Red Sea, Aspides, said a frigate took the crew aboard."
    assert _types(text).get("Aspides") == "organisation"


def test_the_red_cross_movement_is_no_armed_movement() -> None:
    text = "The Red Cross and Red Crescent Movement called for restraint."
    assert _types(text) == {"Red Cross and Red Crescent Movement": "organisation"}
    text = "The Ugandan Red Cross and Red Crescent Movement volunteers handed out food."
    assert set(_types(text).values()) == {"organisation"}


def test_a_body_introduced_as_a_militia_before_its_acronym_is_an_armed_group() -> None:
    text = "A newly formed militia, the Guardians of the hill country (GHC), said it held the pass."
    assert _types(text) == {"Guardians of the hill country": "armed group", "GHC": "armed group"}


@pytest.mark.parametrize(
    "name", ["Ahlu Sunnah wa Jama'a", "Ahlu Sunna wa Jama'a", "Ahlu Sunnah Wa-Jama", "G9"]
)
def test_wire_spellings_of_listed_armed_groups_are_known(name: str) -> None:
    assert _types(f"{name} fighters attacked two villages overnight.") == {name: "armed group"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Vice Adm. Teresa Lindqvist told reporters the patrol would go on.", "Teresa Lindqvist"),
        ("Pvt. Joel Mwangi was among the wounded, the army said.", "Joel Mwangi"),
        ("Warrant Officer Kofi Asante said the patrol had been ambushed.", "Kofi Asante"),
        ("Commander-in-Chief Viktor Hrytsenko visited the eastern front.", "Viktor Hrytsenko"),
    ],
)
def test_abbreviated_and_compound_ranks_stay_out_of_the_name(text: str, person: str) -> None:
    assert _suggested(text) == [person]


def test_a_body_described_as_the_states_own_is_a_state() -> None:
    text = "The People's Advocate Office, a state human rights body, said six were killed."
    assert _types(text) == {"People's Advocate Office": "state"}
    text = "Hope Trust, a government-funded charity, said six were killed."
    assert _types(text) == {"Hope Trust": "organisation"}
    text = "Sawa Relief, a non-state aid group, said six were killed."
    assert _types(text) == {"Sawa Relief": "organisation"}


@pytest.mark.parametrize(
    ("text", "state", "body"),
    [
        ("Israel's Shin Bet said the two suspects were held.", "Israel", "Shin Bet"),
        ("Russia's FSB said it had foiled a plot in Kursk.", "Russia", "FSB"),
        ("Pakistan's ISI denied meeting the envoy.", "Pakistan", "ISI"),
    ],
)
def test_a_states_possessive_before_its_listed_body_acts(text: str, state: str, body: str) -> None:
    assert _types(text) == {state: "state", body: "state"}


@pytest.mark.parametrize("name", ["UNOCHA", "ACAPS", "UN Habitat", "ICG"])
def test_wire_names_of_humanitarian_and_research_bodies_are_known(name: str) -> None:
    assert _types(f"{name} said the figures were rising.") == {name: "organisation"}


def test_a_capitalised_ministry_after_a_states_possessive_is_the_states_body() -> None:
    text = "Peru's Interior Ministry said the patrol had been ambushed."
    assert _types(text) == {"Peru": "state", "Interior Ministry": "state"}
    text = "The Bahamas' Foreign Affairs Department said two of the crew were citizens."
    assert _types(text) == {"Bahamas": "state", "Foreign Affairs Department": "state"}


def test_a_title_chain_without_a_state_is_no_body() -> None:
    assert _suggested("Army Chief of Staff Lt. Gen. Musa Kanu visited the base.") == ["Musa Kanu"]


def test_a_kikuyu_wa_joins_a_persons_name() -> None:
    text = '"We are afraid," said Kamau wa Njoroge, a farmer near the border.'
    assert _suggested(text) == ["Kamau wa Njoroge"]
    text = "The commander, Mugo wa Kibe, said the raid failed. Wa Kibe later left for Nairobi."
    assert _suggested(text) == ["Mugo wa Kibe", "Wa Kibe"]


@pytest.mark.parametrize("name", ["Nation Africa", "Syrian Observer", "Zaman al-Wasl"])
def test_outlets_named_like_people_are_media(name: str) -> None:
    assert _types(f"{name} reported the attack on Monday.") == {name: "media"}
