"""CASUALTY extents by the grammar of wire reports (third round: articles 90-96).

Every sentence here is made up for the test; none is taken from the development articles.
Each class is tested on several forms, most of them forms the articles do not use.
"""

from __future__ import annotations

from typing import Any

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggested import casualties


def counts(attributes: dict[str, Any]) -> tuple[int | None, int | None]:
    return attributes.get("count_low"), attributes.get("count_high")


# A toll's subject may name the event at length before its verb and figure.
@pytest.mark.parametrize(
    ("sentence", "phrase", "low"),
    [
        (
            "The death toll from last week's twin car bombings outside the central bank "
            "in the capital rose to 38 on Sunday.",
            "death toll from last week's twin car bombings outside the central bank in the "
            "capital rose to 38",
            38,
        ),
        (
            "The toll in Monday's landslide on the mountain road above the old mining town "
            "has climbed to nine, rescuers said.",
            "toll in Monday's landslide on the mountain road above the old mining town has "
            "climbed to nine",
            9,
        ),
        (
            "The number of people killed in the overnight shelling of the port district "
            "of the city has risen to 23, the governor said.",
            "number of people killed in the overnight shelling of the port district of the "
            "city has risen to 23",
            23,
        ),
        (
            "Medics put the toll higher, at 40 or more, on Tuesday.",
            "toll higher, at 40 or more",
            40,
        ),
    ],
)
def test_a_toll_whose_subject_names_the_event_at_length(
    sentence: str, phrase: str, low: int
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["count_low"] == low
    assert found[phrase]["kind"] == "killed"


def test_a_toll_never_reaches_past_a_clause_or_to_a_later_figure() -> None:
    found = casualties(
        "The toll of the war on the economy of the region is heavy; farmers lost 30 percent."
    )
    assert found == {}


# "Among the dead was a 12-year-old": the harmed group first, the victims after the verb.
@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        (
            "Among the dead were three nurses, the hospital said.",
            "Among the dead were three nurses",
            "killed",
        ),
        (
            "Among the wounded was a local journalist who had gone to film the fire.",
            "Among the wounded was a local journalist",
            "injured",
        ),
        (
            "Among those killed were two teenage brothers from the camp.",
            "Among those killed were two teenage brothers",
            "killed",
        ),
        (
            "Among the injured are at least five children, a doctor said.",
            "Among the injured are at least five children",
            "injured",
        ),
    ],
)
def test_the_harmed_group_named_before_its_victims(sentence: str, phrase: str, kind: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == kind


def test_among_the_dead_without_a_count_is_no_casualty() -> None:
    assert casualties("Among the dead were people from three villages.") == {}


# How armies and officials report deaths: "eliminated", "martyred", "embraced martyrdom",
# "succumbed" (to his wounds), "gunned down", "hacked to death".
@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        (
            "The corps said three insurgents had been eliminated near the pass.",
            "three insurgents had been eliminated",
            "killed",
        ),
        (
            "Troops eliminated seven terrorists in the raid.",
            "eliminated seven terrorists",
            "killed",
        ),
        (
            "Four policemen were martyred when the checkpoint came under fire.",
            "Four policemen were martyred",
            "killed",
        ),
        (
            'The military said 11 soldiers had "embraced shahadat" in the fighting.',
            '11 soldiers had "embraced shahadat"',
            "killed",
        ),
        (
            "Two more succumbed to their injuries overnight.",
            "Two more succumbed",
            "killed",
        ),
        ("Gunmen gunned down six farmers at a well.", "gunned down six farmers", "killed"),
        (
            "Five villagers were hacked to death with machetes.",
            "Five villagers were hacked to death",
            "killed",
        ),
        (
            "Nine herders were burned alive in their huts.",
            "Nine herders were burned alive",
            "killed",
        ),
    ],
)
def test_the_ways_officials_say_killed(sentence: str, phrase: str, kind: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == kind


def test_eliminated_needs_people_after_the_verb() -> None:
    assert casualties("The mission eliminated three threats to shipping.") == {}


# Scare quotes around the harm or around a word before the victims.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            'Police said 14 suspects were "neutralised" at the farm.',
            '14 suspects were "neutralised"',
        ),
        (
            "The rebels said they had killed 30 \u201cmercenary\u201d soldiers and guards.",
            "killed 30 \u201cmercenary\u201d soldiers and guards",
        ),
    ],
)
def test_scare_quotes_inside_a_casualty_phrase(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found


# Victims named with an initialism before the noun, or by a role the lists lacked.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Two U.N. contractors were wounded in the blast.", "Two U.N. contractors were wounded"),
        ("Six U.S. citizens were abducted from the hotel.", "Six U.S. citizens were abducted"),
        ("A porter carrying supplies was also hurt.", "A porter carrying supplies was also hurt"),
        (
            "At least 12 security personnel were killed in the ambush.",
            "At least 12 security personnel were killed",
        ),
        ("Nine mourners died when the roof fell.", "Nine mourners died"),
    ],
)
def test_victims_after_an_initialism_or_named_by_role(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found


# "a"/"an" counts one only with a singular person noun after it.
def test_an_article_before_a_plural_noun_is_no_count() -> None:
    found = casualties("In a separate incident gunmen abducted 14 traders on the highway.")
    assert list(found) == ["abducted 14 traders"]
    assert counts(found["abducted 14 traders"]) == (14, 14)


# The victims' group described by where they come from, at some length.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "More than 300 families from hamlets along the river in the lower valley have fled.",
            "More than 300 families from hamlets along the river in the lower valley have fled",
        ),
        (
            "About 40 workers from a cement plant near the border were abducted.",
            "About 40 workers from a cement plant near the border were abducted",
        ),
    ],
)
def test_victims_with_a_chain_of_places_before_the_harm(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found


def test_a_time_phrase_and_a_later_clause_are_not_the_victims() -> None:
    found = casualties(
        "The toll rose to six on Friday after a badly injured guard died in hospital."
    )
    assert "six on Friday after a badly injured" not in found
    assert "toll rose to six" in found


# Status said with "listed as", "registered as", "reported as".
@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        (
            "Some 2,000 people are officially listed as missing in the province.",
            "Some 2,000 people are officially listed as missing",
            "missing",
        ),
        (
            "About 9,000 people have been registered as displaced since June.",
            "About 9,000 people have been registered as displaced",
            "displaced",
        ),
    ],
)
def test_a_status_said_with_listed_or_registered_as(sentence: str, phrase: str, kind: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == kind


# People counted with their wounds: "17 people with gunshot wounds".
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "The clinic received 23 people with shrapnel wounds overnight.",
            "23 people with shrapnel wounds",
        ),
        (
            "At least eight children with burns were flown out.",
            "At least eight children with burns",
        ),
    ],
)
def test_people_counted_with_their_wounds(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == "injured"


def test_people_with_other_things_are_no_casualty() -> None:
    assert casualties("Twelve people with tickets boarded the bus.") == {}


# "many" is a vague count like "several" (null/null) when a casualty word follows.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Three were killed and many more wounded.", "many more wounded"),
        ("Many civilians were killed in the shelling.", "Many civilians were killed"),
    ],
)
def test_many_with_a_casualty_word_is_a_vague_count(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (None, None)


def test_many_without_a_casualty_word_is_nothing() -> None:
    assert casualties("Many people were at the market when the rain started.") == {}


# A headline's present tense: "thousands flee", "dozens flee".
@pytest.mark.parametrize(
    ("sentence", "phrase", "low"),
    [
        (
            "Floods and fighting: thousands flee as river town burns\n\nBody.",
            "thousands flee",
            2000,
        ),
        (
            "Militia raid kills eight, hundreds flee\n\nGunmen on motorbikes came at dawn.",
            "hundreds flee",
            200,
        ),
    ],
)
def test_a_vague_count_fleeing_in_a_headline(sentence: str, phrase: str, low: int) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == "displaced"
    assert found[phrase]["count_low"] == low


# An aside between dashes or brackets, like one between commas, sits inside the phrase.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Twenty people \u2013 most of them women queuing for flour \u2013 were killed.",
            "Twenty people \u2013 most of them women queuing for flour \u2013 were killed",
        ),
        (
            "At least 14 miners (two of them teenagers) were killed in the collapse.",
            "At least 14 miners (two of them teenagers) were killed",
        ),
    ],
)
def test_an_aside_between_dashes_or_brackets(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found


# A possessive before the victims: "five of the militia's fighters".
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Five of the militia's fighters were killed.",
            "Five of the militia's fighters were killed",
        ),
        (
            "The raid killed three of the company\u2019s guards.",
            "killed three of the company\u2019s guards",
        ),
    ],
)
def test_a_possessive_before_the_victims(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found


# "all" between the harm verb and the figure is inside the phrase ("killing all 62 people on
# board"); before a figure that opens the phrase it is left out, as the gold does.
@pytest.mark.parametrize(
    ("sentence", "phrase", "low"),
    [
        ("The crash killed all 62 people on board.", "killed all 62 people", 62),
        ("All nine crew members were rescued; all 40 passengers died.", "40 passengers died", 40),
    ],
)
def test_all_before_a_figure(sentence: str, phrase: str, low: int) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert counts(found[phrase]) == (low, low)


# --------------------------------------------------------------------------- ACTOR


def actors(text: str) -> dict[str, str]:
    """The ACTOR suggestions of `text`: covered text -> type (later mentions overwrite)."""
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return {text[s.start : s.end]: str(s.attributes.get("type")) for s in found}


@pytest.mark.parametrize(
    "text",
    [
        "The convoy was hit by Syrian gunners, and a witness identified as Syrian had fled.",
        "Witnesses said Ethiopian soldiers fired first. Ethiopian said nothing.",
    ],
)
def test_a_nationality_is_never_a_person(text: str) -> None:
    found = actors(text)
    assert "Syrian" not in found
    assert "Ethiopian" not in found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Niger: soldiers killed in ambush near the border\n\nBody text.", "Niger"),
        ("Sudan: the war enters its third year\n\nBody text.", "Sudan"),
    ],
)
def test_a_state_as_a_headline_label_is_a_place(text: str, state: str) -> None:
    assert state not in actors(text)


def test_a_state_before_a_headline_noun_is_a_place() -> None:
    found = actors("Kenya bus attack leaves nine dead\n\nBody. Kenya said it would respond.")
    assert list(found) == ["Kenya"]
    text = "Kenya bus attack leaves nine dead\n\nBody."
    assert actors(text) == {}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Peru's electoral institute said the count was over.", "Peru"),
        ("Norway's state oil company, Equinor, said it had evacuated staff.", "Norway"),
        ("The town has been shelled since Russia's full-scale invasion began.", "Russia"),
        ("Ethiopia's offensive in the north stalled in May.", "Ethiopia"),
    ],
)
def test_a_states_possessive_before_its_institution_or_its_action(text: str, state: str) -> None:
    assert actors(text).get(state) == "state"


def test_a_states_possessive_before_a_place_or_a_quality_still_places() -> None:
    found = actors("Chad's capital was calm; Chad's largest lake is shrinking.")
    assert "Chad" not in found


@pytest.mark.parametrize(
    "text",
    [
        "He died at the Base Hospital in Lamu on Monday, officials said.",
        "She was treated at the Army Hospital in Quetta.",
    ],
)
def test_a_hospital_in_a_town_is_a_place(text: str) -> None:
    assert not any("Hospital" in name for name in actors(text))


def test_a_capital_inside_a_longer_city_name_is_no_government() -> None:
    found = actors(
        "A spokesman at the Ministry of External Affairs in New Delhi rejected the claim."
    )
    assert "Delhi" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers, including a Junior Commissioned Officer (JCO), were hurt.",
        "The unit was led by a Station House Officer (SHO) from the district.",
    ],
)
def test_a_rank_spelled_by_its_acronym_is_no_body(text: str) -> None:
    found = actors(text)
    assert "JCO" not in found
    assert "SHO" not in found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Dozens killed in raid\n\nValley Courier News Desk\n\nGUSAU, May 2: Text.",
            "Valley Courier",
        ),
        ("Dozens killed in raid\n\nBy Sahel Morning staff\n\nGAO, May 2 - Text.", "Sahel Morning"),
    ],
)
def test_a_byline_names_the_outlet(text: str, outlet: str) -> None:
    assert actors(text).get(outlet) == "media"


def test_a_reporters_byline_is_no_outlet() -> None:
    assert "Amina Yusuf" not in {
        k
        for k, v in actors("Raid kills four\n\nBy Amina Yusuf\n\nGAO - Text.").items()
        if v == "media"
    }


def test_a_state_named_before_its_department_is_tagged_apart_from_it() -> None:
    # As "the US embassy" tags "US": the state's name, then the body's own name.
    found = actors("A U.S. State Department spokesperson said the visa was revoked.")
    assert found.get("U.S.") == "state"
    assert found.get("State Department") == "state"


def test_a_state_inside_a_headline_label_is_a_place() -> None:
    assert actors("DR Congo: militia attack on camp kills 20\n\nBody.") == {}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Chile's state copper company, Codelco, halted work.", "Codelco", "organisation"),
        (
            "The region's electricity operator, Voltara, blamed the storm.",
            "Voltara",
            "organisation",
        ),
        ("The local rebel group, Kamanyola, said it had withdrawn.", "Kamanyola", "armed group"),
    ],
)
def test_a_one_word_name_in_apposition_to_a_described_body(text: str, name: str, kind: str) -> None:
    assert actors(text).get(name) == kind


def test_a_place_in_apposition_is_no_body() -> None:
    found = actors("The country's capital, Bamako, was quiet; the ministry, however, said little.")
    assert "Bamako" not in found
    assert "However" not in found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Fighters loyal to Commander Abdul Karim Sayed attacked the post. The Abdul Karim "
            "Sayed group later denied it.",
            "Abdul Karim Sayed group",
        ),
        (
            "The militia is led by Musa Hilal Idris. The Musa Hilal Idris faction holds the road.",
            "Musa Hilal Idris faction",
        ),
    ],
)
def test_a_group_named_after_its_leader(text: str, group: str) -> None:
    assert actors(text).get(group) == "armed group"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Shabelle, clan militias that took up arms last year, held the town.", "Shabelle"),
        ("The Kaweri, a local militia formed in 2019, refused.", "Kaweri"),
    ],
)
def test_an_armed_group_described_in_apposition_even_by_one_word(text: str, group: str) -> None:
    found = actors(text + f" Later {group} fighters moved north.")
    assert found.get(group) == "armed group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Last month the Madres del Valle collective found two graves.", "Madres del Valle"),
        ("The Voix des Femmes association said it counted 40 cases.", "Voix des Femmes"),
    ],
)
def test_a_civil_body_named_before_what_it_is(text: str, name: str) -> None:
    assert actors(text).get(name) == "organisation"


def test_a_name_with_an_elided_article_is_spelled_by_its_acronym() -> None:
    text = "The Ligue pour la Défense de l'Enfance (LDE) said it had counted 30 cases."
    found = actors(text)
    assert found.get("Ligue pour la Défense de l'Enfance") == "organisation"
    assert found.get("LDE") == "organisation"


def test_page_furniture_may_end_with_a_question_title() -> None:
    text = (
        "Troops withdrew from Gao, the army said.\n\nRelated topics\nSahel\n\n"
        "More on this story\nWho are the Sahel's armed groups?\n"
    )
    from annotator.core.boilerplate import boilerplate_ranges

    ranges = boilerplate_ranges(text)
    assert ranges == [(text.index("Related"), len(text) - 1)]


# More forms of wire prose, none of them in the articles.
@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        (
            "The dead included eight police officers.",
            "dead included eight police officers",
            "killed",
        ),
        (
            "The wounded include at least three journalists, the union said.",
            "wounded include at least three journalists",
            "injured",
        ),
        ("Mourners buried 19 victims on Friday.", "buried 19 victims", "killed"),
        (
            "An attack on the depot killed four guards and a civilian.",
            "killed four guards and a civilian",
            "killed",
        ),
        (
            "About 600 people have taken refuge in the cathedral.",
            "About 600 people have taken refuge",
            "displaced",
        ),
        (
            "Medics treated 80 people for smoke inhalation.",
            "80 people for smoke inhalation",
            "injured",
        ),
    ],
)
def test_more_wire_forms(sentence: str, phrase: str, kind: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == kind


def test_the_dead_including_no_count_is_nothing() -> None:
    assert casualties("The dead included people from three villages.") == {}


# A victim noun before another person noun modifies it: "police officers", "family members".
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Gunmen killed eight police officers at a checkpoint.", "killed eight police officers"),
        ("The blast killed five family members.", "killed five family members"),
        ("Rebels abducted 14 militia fighters.", "abducted 14 militia fighters"),
        (
            "Among the wounded were two police recruits.",
            "Among the wounded were two police recruits",
        ),
    ],
)
def test_a_noun_modifying_the_victims_noun(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found


def test_a_mission_named_before_the_word_mission() -> None:
    text = "The Kenyan-led Multinational Security Support mission said it would deploy."
    assert actors(text).get("Multinational Security Support") == "organisation"


def test_a_body_and_the_town_it_sits_in_are_two_things() -> None:
    found = actors("A spokesman for the International Criminal Court in The Hague said no.")
    assert "International Criminal Court" in found
    assert not any(name.endswith("Hague") for name in found)


@pytest.mark.parametrize(
    ("text", "state", "body"),
    [
        (
            "Mexico's Attorney General's Office opened an investigation.",
            "Mexico",
            "Attorney General's Office",
        ),
        (
            "Peru's Public Prosecutor's Office charged three officers.",
            "Peru",
            "Public Prosecutor's Office",
        ),
    ],
)
def test_a_states_possessive_then_a_body_whose_name_holds_a_possessive(
    text: str, state: str, body: str
) -> None:
    found = actors(text)
    assert found.get(state) == "state"
    assert found.get(body) == "state"


def test_a_states_general_staff_acts() -> None:
    assert actors("Ukraine's General Staff said 40 clashes had taken place.").get("Ukraine") == (
        "state"
    )


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "kind"),
    [
        (
            "Police said the number of people arrested had reached 130.",
            "number of people arrested had reached 130",
            130,
            "other",
        ),
        (
            "The number of dead has now passed 2,000, the ministry said.",
            "number of dead has now passed 2,000",
            2001,
            "killed",
        ),
    ],
)
def test_a_number_of_people_harmed_that_reached_a_figure(
    sentence: str, phrase: str, low: int, kind: str
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["count_low"] == low
    assert found[phrase]["kind"] == kind


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "The strike killed three Ukrainian air force pilots.",
            "killed three Ukrainian air force pilots",
        ),
        (
            "Five young unarmed Palestinian men were shot dead at the gate.",
            "Five young unarmed Palestinian men were shot dead",
        ),
    ],
)
def test_up_to_three_words_before_the_victims_noun(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found


def test_a_groups_name_that_opens_like_a_nationality() -> None:
    text = "The leader of the Dan Gobir militia, Musa Kabiru, denied it. Dan Gobir fighters left."
    assert actors(text).get("Dan Gobir") == "armed group"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The governor of Kwara state, Musa Adamu, toured the site on Monday.", "Musa Adamu"),
        (
            "The head of the district council, Rehana Qureshi, visited the wounded.",
            "Rehana Qureshi",
        ),
    ],
)
def test_a_person_in_apposition_to_a_role_of_a_place(text: str, person: str) -> None:
    assert actors(text).get(person) == "person"


def test_a_place_in_apposition_to_a_role_is_no_person() -> None:
    found = actors("The mayor of the largest town, Port Harcourt, was away.")
    assert "Port Harcourt" not in {k for k, v in found.items() if v == "person"}


def test_honorifics_before_a_name_are_titles() -> None:
    found = actors("Village head Mallam Idris Bako said the gunmen came at night.")
    assert found.get("Idris Bako") == "person"
    assert "Mallam Idris Bako" not in found


# Figures in a table or a list of labels: "Killed: 23".
def test_casualty_labels_with_their_figures() -> None:
    text = (
        "Toll since Monday (OCHA):\n"
        "Killed: 23, among them nine children\n"
        "Injured \u2013 more than 40\n"
        "People displaced:\tabout 18,500\n"
        "Schools closed: 11\n"
    )
    found = casualties(text)
    assert counts(found["Killed: 23"]) == (23, 23)
    assert found["Killed: 23"]["kind"] == "killed"
    assert counts(found["Injured \u2013 more than 40"]) == (41, None)
    assert found["People displaced:\tabout 18,500"]["kind"] == "displaced"
    assert not any("Schools" in phrase for phrase in found)


def test_a_label_inside_a_sentence_is_no_table() -> None:
    assert list(casualties("He said: killed: no, 23 were hurt.")) == ["23 were hurt"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Fighters loyal to Ahmed Salah Gedi entered the town.", "Ahmed Salah Gedi"),
        ("Militias allied with Omar Farah Dirie held the bridge.", "Omar Farah Dirie"),
    ],
)
def test_a_person_whom_forces_are_loyal_to(text: str, person: str) -> None:
    assert actors(text).get(person) == "person"


def test_forces_loyal_to_a_body_name_no_person() -> None:
    found = actors("Fighters loyal to the Government of National Unity held the port.")
    assert "person" not in found.values()


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Troops from the 3rd Infantry Brigade were deployed.", "3rd Infantry Brigade"),
        ("The 12th Mechanised Division said it had held the line.", "12th Mechanised Division"),
    ],
)
def test_an_army_unit_is_the_states(text: str, unit: str) -> None:
    assert actors(text).get(unit) == "state"


def test_particles_do_not_count_toward_a_names_length() -> None:
    text = "Defence Minister Ana de los Santos Ferreira said troops would stay."
    assert actors(text).get("Ana de los Santos Ferreira") == "person"


# The victims' noun itself in scare quotes, as military statements name their enemies.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ('The army said 73 "terrorists" had been killed.', '73 "terrorists" had been killed'),
        (
            "Troops killed 12 \u201cinfiltrators\u201d near the fence, the army said.",
            "killed 12 \u201cinfiltrators\u201d",
        ),
    ],
)
def test_the_victims_noun_in_scare_quotes(sentence: str, phrase: str) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == "killed"
