"""STATE67: one-word states read as places where the sentence says what befalls the land.

Every sentence here is invented (people and events); the states are real. Each test drives
the real suggester with the shipped gazetteer and no known actors, and asserts every ACTOR
suggested, with its type: the positive cases of the three STATE67 frames (a state attacked,
a disaster that befalls a state, a copula saying what a state is), and hostile negatives
around them that the frames must leave alone (the attacker, verbal attacks and sanctions,
deals, a state's relation to the speaker, its role among states, weather in names, sport,
companies, lists, headlines, datelines, the economy).
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str, known: dict[str, str | None] | None = None) -> list[tuple[str, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"], known_actors=known or {})
    return [(text[s.start : s.end], str(s.attributes.get("type"))) for s in found]


# --- (1) the object of a verb of armed attack is the land attacked; the attacker acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia attacked Ukraine overnight with 96 drones and two missiles, the air force "
            "said.",
            [("Russia", "state")],
        ),
        (
            "Overnight, the enemy attacked Ukraine with 96 attack UAVs of the Shahed type, the "
            "air force said.",
            [],
        ),
        ("Israel struck Iran on Friday, killing several senior commanders.", [("Israel", "state")]),
        (
            "Pakistan struck Afghanistan in a series of air raids on Tuesday.",
            [("Pakistan", "state")],
        ),
        ("Russia invaded Ukraine in February 2022.", [("Russia", "state")]),
        ("Israel has bombed Lebanon almost daily since the ceasefire.", [("Israel", "state")]),
        ("Israel pounded Lebanon with air strikes on Sunday.", [("Israel", "state")]),
        ("India struck Pakistan on May 7 with missiles, the army said.", [("India", "state")]),
        (
            "Iran attacked Israel with hundreds of missiles and drones in April.",
            [("Iran", "state")],
        ),
        (
            "The Houthis have attacked Israel with drones and missiles since 2023.",
            [("Houthis", "armed group")],
        ),
        ("Storm Shadow missiles struck Russia overnight, the defence ministry said.", []),
        ("Operation Desert Storm struck Iraq in 1991.", []),
        (
            "Ukraine's President Volodymyr Zelensky said Russia attacked Ukraine with 400 drones.",
            [("Ukraine", "state"), ("Volodymyr Zelensky", "person"), ("Russia", "state")],
        ),
    ],
)
def test_a_state_attacked_is_the_land(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


def test_a_state_attacked_stays_a_place_when_other_documents_tag_it() -> None:
    text = "Overnight, the enemy attacked Ukraine with 96 attack UAVs, the air force said."
    assert _actors(text, {"Ukraine": "state", "Russia": "state"}) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words, sanctions and deals: the state is a party
        ("Erdogan attacked Israel in a speech on Tuesday.", [("Israel", "state")]),
        (
            "The United States targeted Iran with new sanctions on Monday.",
            [("United States", "state"), ("Iran", "state")],
        ),
        (
            "Russia struck a deal with Turkey over grain exports.",
            [("Russia", "state"), ("Turkey", "state")],
        ),
        # the attacker, however the attack is told
        (
            "Rwanda accused the DRC of shelling its territory.",
            [("Rwanda", "state"), ("DRC", "state")],
        ),
        (
            "Pakistan said India struck six sites in its territory.",
            [("Pakistan", "state"), ("India", "state")],
        ),
        ("Turkey shelled Syrian Kurdish positions for a third day.", [("Turkey", "state")]),
        ("The missiles Iran fired struck Israel's Nevatim air base.", [("Iran", "state")]),
        (
            "Israel and Iran struck each other for 12 days in June.",
            [("Israel", "state"), ("Iran", "state")],
        ),
        (
            "Israel said it had struck Hezbollah targets in Lebanon.",
            [("Israel", "state"), ("Hezbollah", "armed group")],
        ),
        # a state's forces attacked act through their positions
        (
            "The army said it had shelled Rwanda's positions across the border.",
            [("Rwanda", "state")],
        ),
        ("Chad closed its border with Sudan on Monday.", [("Chad", "state")]),
        ("Russia says it destroyed 30 Ukrainian drones overnight.", [("Russia", "state")]),
        ("Mali expelled the French ambassador last year.", [("Mali", "state")]),
        ("Kenya deployed 400 police officers to Haiti.", [("Kenya", "state")]),
        # no state at all
        ("Three bears were attacked in Romania last year.", []),
        ("Police raided a house in Kenya's capital on Monday.", []),
        ("Sudanese troops attacked the town of Bara.", []),
        ("Russian drones struck Ukraine's power grid overnight.", []),
        ("Kenyan police raided the camp at dawn.", [("Kenyan police", "state")]),
        ("Drone attack on Ukraine's Odesa kills three", []),
        ("- Ukraine: 96 drones launched overnight", []),
        ("Sudan: RSF drones strike Port Sudan for a third day", [("RSF", "armed group")]),
        (
            "KHARTOUM, Dec 3 (Reuters) - The army attacked RSF positions near Omdurman.",
            [("Reuters", "media"), ("RSF", "armed group")],
        ),
    ],
)
def test_attack_frame_leaves_parties_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- (2) a disaster that hits a state, in the active voice: the land


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit Nigeria for the third year running.",
        "Heavy rains flooded Sudan last week, displacing thousands of families.",
        "Cyclone Idai struck Mozambique in March 2019, killing more than 600 people.",
        "An earthquake struck Afghanistan on Saturday, killing more than 2,000 people.",
        "Torrential rains have battered Kenya since March.",
        "Drought hit Somalia for a fifth failed rainy season.",
        "Five years after floods hit Sudan, the government has rebuilt few homes.",
        "Locusts swept through Ethiopia and Somalia in 2020.",
        "The storm battered Haiti's southern coast.",
    ],
)
def test_a_disaster_hits_the_land(text: str) -> None:
    assert _actors(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ethiopia Red Cross Society said floods hit Ethiopia's south.",
            [("Ethiopia Red Cross Society", "organisation")],
        ),
        ("Somalia hit back at Kenya over the maritime ruling.", [("Somalia", "state")]),
        ("France beat Brazil 2-1 in the final on Sunday.", []),
        ("Cholera has spread across Sudan, Chad and South Sudan.", []),
        ("Chad borders Libya, Niger, Nigeria, Cameroon and Sudan.", []),
        ("Thousands of refugees have crossed from Sudan into Chad since April.", []),
        ("The war in Yemen has killed tens of thousands of people.", []),
        ("Across Yemen, prices have doubled.", []),
        ("Nigeria's inflation rose to 33 percent in November.", []),
        ("Nigeria's economy grew by 3 percent, the statistics office said.", []),
        ("Sudan's north has been largely spared by the fighting.", []),
    ],
)
def test_disaster_frame_neighbours(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- (3) what a state is: a speaker's land, what it is not, its rank in its continent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Sudan is our home and we will go back," said Amina Yusuf, a refugee.',
            [("Amina Yusuf", "person")],
        ),
        (
            '"Syria is my country. I want to die there," said Amina Yusuf.',
            [("Amina Yusuf", "person")],
        ),
        ('"Iraq is not a safe country," said Amina Yusuf.', [("Amina Yusuf", "person")]),
        (
            '"Mali is our country and we will defend it," said Amina Yusuf.',
            [("Amina Yusuf", "person")],
        ),
        ("Ethiopia is Africa's second most populous country.", []),
        ("Nigeria is the continent's biggest oil producer.", []),
        ("Mozambique ranks among the countries most exposed to cyclones.", []),
        ("Mali is one of the poorest countries in the world.", []),
    ],
)
def test_what_a_state_is(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's relation to the speaker's, and its part among states: a party
        (
            '"Egypt is our ally and our brother," said Amina Yusuf.',
            [("Egypt", "state"), ("Amina Yusuf", "person")],
        ),
        (
            '"Rwanda is our enemy," said Amina Yusuf.',
            [("Rwanda", "state"), ("Amina Yusuf", "person")],
        ),
        ('"Rwanda is not a party to this conflict," the spokeswoman said.', [("Rwanda", "state")]),
        ("China is not a member of the team.", [("China", "state")]),
        ("Ethiopia is Africa's largest troop contributor to the mission.", [("Ethiopia", "state")]),
        ("Kenya is the region's biggest contributor to the force.", [("Kenya", "state")]),
    ],
)
def test_copula_frame_keeps_parties(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- (4) capitals standing for their governments: the second of a pair after a government
# position, "each" after a named pair, and "speaks of"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sinjar Agreement, signed by Baghdad and Erbil in 2020, has never been "
            "implemented.",
            [("Baghdad", "state"), ("Erbil", "state")],
        ),
        (
            "The presidency said it was in contact with Baghdad and Ankara.",
            [("Baghdad", "state"), ("Ankara", "state")],
        ),
        (
            "The group is backed by Tehran and Moscow, officials say.",
            [("Tehran", "state"), ("Moscow", "state")],
        ),
        (
            "The deal signed by Kinshasa and Kigali in June has not been implemented.",
            [("Kinshasa", "state"), ("Kigali", "state")],
        ),
        (
            "Moscow and Kyiv each accused the other of targeting homes.",
            [("Moscow", "state"), ("Kyiv", "state")],
        ),
        ("Ankara speaks of terrorists, the Kurds of farmers.", [("Ankara", "state")]),
        ("The 34 dead that Bamako speaks of are nomads.", [("Bamako", "state")]),
        ("Ankara spoke of a terrorist attack.", [("Ankara", "state")]),
    ],
)
def test_capitals_as_governments(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck Moscow and Kyiv overnight, officials said.",
        "Fighting broke out in Tripoli and Benghazi on Sunday.",
        "Flights between Nairobi and Mogadishu resumed on Monday.",
        "Residents of Khartoum and Omdurman fled the shelling.",
        "He was born in Baghdad and raised in Erbil.",
        "The road between Baghdad and Erbil reopened.",
        "Protesters gathered in Nairobi and Mombasa.",
        "Kinshasa and Goma residents protested.",
        "A source in Tehran spoke on condition of anonymity.",
        "Most people in Kabul speak Dari.",
        "Officials in Moscow and Kyiv each gave a different toll.",
        "Residents of Kabul spoke of panic.",
        "The man, who spoke to reporters in Khartoum, said the army had left.",
        "Kyiv each night braces for drones.",
    ],
)
def test_capitals_as_places_stay_untagged(text: str) -> None:
    assert _actors(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia struck Kyiv and Lviv overnight.", [("Russia", "state")]),
        (
            "The group, backed by Kabul and Kandahar elders, denied it.",
            [("Kabul", "state")],
        ),
        (
            "Washington and Seoul held talks on Monday.",
            [("Washington", "state"), ("Seoul", "state")],
        ),
    ],
)
def test_capital_pairs_neighbours(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- (5) a state's possessive before its case, standing or dealings: the state acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An arbitral tribunal ruled that China's sweeping claims in the South China Sea had "
            "no legal basis.",
            [("China", "state")],
        ),
        (
            "Serbia committed not to block Kosovo's membership in international organizations.",
            [("Serbia", "state"), ("Kosovo", "state")],
        ),
        (
            "Egypt said Ethiopia's management of the dam posed a threat.",
            [("Egypt", "state"), ("Ethiopia", "state")],
        ),
        ("The court rejected Gabon's argument that the agreement was valid.", [("Gabon", "state")]),
        (
            "The minister said the attack would not weaken Benin's resolve.",
            [("Benin", "state")],
        ),
        (
            "Washington welcomed Sudan's talks with the rebels.",
            [("Washington", "state"), ("Sudan", "state")],
        ),
    ],
)
def test_a_states_case_or_standing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's first case of mpox was reported in 2017.",
        "Germany's asylum claims rose last year.",
        "Spain's resolve in the final impressed the coach.",
        "France's membership at the World Cup draw was confirmed.",
        "Ghana's management at the club changed.",
        "Kenya's talks in the final round went well.",
        "Yemen's capital has been cut off from the coast since 2015.",
        "Mali's north has been outside state control for a decade.",
    ],
)
def test_a_states_possessive_before_other_nouns_stays_a_place(text: str) -> None:
    assert _actors(text) == []


# --- (6) a border or an island shared with a state, and the later names of a list after a
# disaster's verb or a shared border: the land


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dominican Republic, which shares the island of Hispaniola with Haiti, said it "
            "would reinforce its border.",
            [("Dominican Republic", "state")],
        ),
        ("The three districts share a 520-km border with Myanmar.", []),
        (
            "India, Thailand and China, which all share borders with Myanmar, have kept out of "
            "the dispute.",
            [("India", "state"), ("Thailand", "state"), ("China", "state")],
        ),
        ("The drought has hit Kenya, Ethiopia and Somalia.", []),
        ("Floods hit Nigeria and Niger last month.", []),
        # what a government shares is no land
        ("Seoul had shared the findings with Beijing.", [("Seoul", "state"), ("Beijing", "state")]),
        ("Kenya shares intelligence with Somalia.", [("Kenya", "state"), ("Somalia", "state")]),
    ],
)
def test_shared_borders_and_listed_lands(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- (7) land given to a state or taken from one: the state is a party


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The temple, which a 1962 ruling awarded to Cambodia, was shelled.",
            [("Cambodia", "state")],
        ),
        (
            "The strip that Nigeria handed to Cameroon under a 2006 agreement was raided.",
            [("Nigeria", "state"), ("Cameroon", "state")],
        ),
        (
            "China seized control of the shoal from the Philippines in 2012.",
            [("China", "state"), ("Philippines", "state")],
        ),
        ("The wounded were transferred to Chad for treatment.", []),
        ("The suspects were handed over to Kenya.", []),
        ("Thousands of refugees returned to Sudan last year.", []),
        ("The rebels seized control of the town from the army.", []),
        ("The prize was handed to Kenya's best runner.", []),
        ("Fighters took control of the crossing from Chad's side.", []),
    ],
)
def test_land_given_or_taken(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- (8) a capital's or a state's name before its people says where they live


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He told Kabul residents to stay indoors.", []),
        ("Police urged Nairobi residents to avoid the area.", []),
        ("The governor asked Mogadishu traders to reopen their shops.", []),
        ("The army warned Tripoli residents of more clashes.", []),
        ("The mayor told Kyiv residents to seek shelter.", []),
        ("Police urged Kenya residents to avoid the border.", []),
        ("The army told Sudan civilians to leave.", []),
        # the government addressed or speaking stays tagged
        ("He told Kabul to stop sheltering the militants.", [("Kabul", "state")]),
        ("Tehran said civilians would be protected.", [("Tehran", "state")]),
        ("The group accused Kabul of abandoning its people.", [("Kabul", "state")]),
        ("The group urged Kenya to protect its residents.", [("Kenya", "state")]),
    ],
)
def test_a_places_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that only modifies the object is no land attacked
        (
            "The United States struck Venezuela-linked boats in the Caribbean.",
            [("United States", "state"), ("Venezuela", "state")],
        ),
        # AP style drops "on" before the day
        ("Russia attacked Ukraine Tuesday with 96 drones.", [("Russia", "state")]),
        ("- Russia attacked Ukraine with 96 drones", [("Russia", "state")]),
        ("* Drought hits Somalia, Kenya", []),
        ("Cyclone hits Mozambique; 30 dead", []),
        ('"They attacked Sudan from Chad," the army spokesman said.', []),
        (
            "Tehran and Moscow both back the junta.",
            [("Tehran", "state"), ("Moscow", "state")],
        ),
    ],
)
def test_headlines_lists_and_modifiers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected
