"""MEDIA67: outlets named by the frames news prose keeps for them, and a kin's name.

Every sentence here is invented (people and events); the outlets and places are real or
made up. Each test drives the real suggester with the shipped gazetteer and no known
actors, and asserts every ACTOR suggested, with its type: the positive cases MEDIA67's
rules add ("spoke to X", "in a statement to X", "X's <journalist>", an outlet's kind before
a one-word name shaped like a nationality, "Broadcaster X" opening a sentence, "the private
station X", "the brother-in-law, X,") and hostile negatives (things, companies, teams,
ships, buildings, places, people and bodies in the same slots, quotes, headlines, lists).
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import actors, suggest
from annotator.core.suggest.base import SuggestContext
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> list[tuple[str, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(text[s.start : s.end], str(s.attributes.get("type"))) for s in found]


# --- "spoke to X", "In a statement to X": the told slot's kin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She spoke to EVN Report's Tigran Sargsyan in the council's office.",
            [("EVN Report", "media")],
        ),
        (
            "In a statement to EVN Report, the Ministry of Labour said 14,000 families had "
            "received aid.",
            [("EVN Report", "media"), ("Ministry of Labour", "state")],
        ),
        (
            "A survivor spoke to Kora Herald by phone from the hospital.",
            [("Kora Herald", "media")],
        ),
        (
            "The farmer speaks to Sahel Matin by phone about the raids.",
            [("Sahel Matin", "media")],
        ),
        (
            "He told Reuters's Ana Ruiz that the road was closed.",
            [("Reuters", "media"), ("Ana Ruiz", "person")],
        ),
    ],
)
def test_an_outlet_spoken_to_is_media(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


def test_an_outlet_spoken_to_is_found_again_as_an_interviewer() -> None:
    text = (
        "She spoke to Goris Herald from the council's office.\n\n"
        "Goris Herald: How many families does the council work with now?"
    )
    assert _actors(text) == [("Goris Herald", "media"), ("Goris Herald", "media")]


# --- an outlet's kind, then a one-word name shaped like a nationality; "Broadcaster X"
# opening a sentence; "the private station X"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's judiciary said through its news agency Mizan that Sadeghi had been pardoned.",
            [("Iran", "state"), ("Mizan", "media")],
        ),
        ("The daily Kayhan reported that the strike killed four.", [("Kayhan", "media")]),
        ("Pro-government broadcaster Imedi showed the clashes.", [("Imedi", "media")]),
        (
            "Broadcaster EMTV showed smoke rising over the valley on Thursday.",
            [("EMTV", "media")],
        ),
        (
            "The private station Studio Kalangou broadcast interviews with workers at Arlit.",
            [("Studio Kalangou", "media")],
        ),
        ("Radio Okapi reported that 12 people died.", [("Radio Okapi", "media")]),
        (
            "He told Radio City on Monday that the road was closed.",
            [("Radio City", "media")],
        ),
    ],
)
def test_an_outlet_after_its_kind_is_media(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- a kin's name after an in-law


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brother-in-law, Vasile Sîrbu, was wounded in the shoulder.",
            [("Vasile Sîrbu", "person")],
        ),
        (
            "His son-in-law Petru Ciobanu was killed at the checkpoint.",
            [("Petru Ciobanu", "person")],
        ),
        ("The daughter-in-law, Amina, was hurt.", [("Amina", "person")]),
    ],
)
def test_a_name_after_an_in_law_is_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- hostile negatives: nothing, or only what other rules rightly find


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ministry official told reporters that 12 people were killed.", []),
        ("The witness told the court that the soldiers fired first.", []),
        ("The driver told police he had seen three gunmen.", []),
        ("The caller told Engine 24 to go to the market.", []),
        ("The crew spoke to Engine 24 by radio.", []),
        ("She spoke to Kenya Airways on Monday about the crash.", []),
        ("He spoke to Sudan Airways staff at the airport.", []),
        ("He spoke to Al Ahly before the match in Cairo.", []),
        ("The sailors spoke to the Ever Given by radio.", []),
        ("The Marines spoke to USS Cole by radio.", []),
        ("She spoke to Manchester United fans outside the stadium.", []),
        ("The concert at Radio City was cancelled after the attack.", []),
        ("He works for Radio Shack in Lagos.", []),
        ("Crowds gathered in the Times Square on Sunday.", []),
        ("He speaks to Times Square crowds every week.", []),
        ("He spoke to Nairobi on Monday about the border.", []),
        ("The mayor spoke to Gaza City residents on Tuesday.", []),
        ('"We spoke to Mogadishu every day," the commander said.', []),
        ("She spoke to Ahmed Musa by phone on Monday.", []),
        ("He spoke to Lebanese leaders by phone.", []),
        ("The envoy spoke to the Committee by video link from Geneva.", []),
        ("In a statement to Parliament, the minister said the army had withdrawn.", []),
        (
            "In a statement to the Security Council, the envoy said 12 people had died.",
            [("Security Council", "organisation")],
        ),
        (
            "In a statement to Amnesty International, the family said he was tortured.",
            [("Amnesty International", "organisation")],
        ),
        (
            "The mother of Ali spoke to Human Rights Watch by phone.",
            [("Human Rights Watch", "organisation")],
        ),
        (
            "The minister spoke to the Kano State House of Assembly on Monday.",
            [("Kano State House of Assembly", "organisation")],
        ),
        (
            "Rescuers spoke to Tesla Lines, the bus company, on Monday.",
            [("Tesla Lines", "organisation")],
        ),
        (
            "She spoke to Kenya's President William Ruto on Monday.",
            [("Kenya", "state"), ("William Ruto", "person")],
        ),
        ("The footage was aired on the channel Russian officials watch most.", []),
        ("He told the state news agency Bahraini officials had left.", []),
        ("The broadcaster Malian journalists trust most was shut.", []),
        (
            "The Drevlian channel Kanal Sever said the border was closed.",
            [("Kanal Sever", "media")],
        ),
        ("Police said the men were held at the local police station Kigali Central.", []),
        ("The petrol station Total Energies was looted.", []),
        ("Gunmen attacked the police station Kasuku on Monday.", []),
        ("The public station Kilimani was closed for repairs.", []),
        ("Newspaper headlines in Kano spoke of 20 dead.", []),
        ("Three soldiers killed one day after the ceasefire", []),
        ("- 12 civilians killed, 30 injured in Kano", []),
        ("The 40 Martyrs Cemetery was shelled on Sunday.", []),
        ("Five thousand manuscripts perished when the library burned.", []),
        ("Three bears were gunned down by rangers in the park.", []),
        ("His brother-in-law, Kabul police said, was among the dead.", []),
        ("He travelled with his father-in-law to Nairobi on Monday.", []),
        (
            "Her son-in-law, the Red Cross said, was among the wounded.",
            [("Red Cross", "organisation")],
        ),
        ("The daughter-in-law, Mother Teresa Hospital said, was treated.", []),
        ("Daily Trust reported that 12 people were killed.", [("Daily Trust", "media")]),
        ("Channel 4 News showed the footage.", [("Channel 4 News", "media")]),
    ],
)
def test_hostile_probes_keep_their_actors(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- a writer's line of its own under the headline (South Asian papers' house style)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three policemen martyred as militants storm Lakki Marwat checkpost\n\n"
            "Zulfiqar Ahmad Bettani\n\n"
            "LAKKI MARWAT: Three policemen were martyred and two others injured.",
            [("Zulfiqar Ahmad Bettani", "person")],
        ),
        (
            "Six Levies personnel martyred\n\n"
            "Naseer Ahmed Rind | Published November 22, 2026\n\n"
            "KHUZDAR: Six Levies personnel were martyred.",
            [("Naseer Ahmed Rind", "person")],
        ),
        (
            "Hill Tracts gunfight: 4 killed in Sajek\n\n"
            "Pintu Ranjan Chakma, Rangamati\n\n"
            "Updated Sun Nov 23, 2026 08:14 PM\n\n"
            "Four members of a regional party were killed.",
            [("Pintu Ranjan Chakma", "person")],
        ),
        (
            "One villager dead, nine hurt as eviction turns violent\n\n"
            "Ratna Kusumawati and Yohanes (The Jakarta Post)\n\n"
            "BATAM, Riau Islands - A fisherman was shot dead.",
            [("Ratna Kusumawati", "person"), ("Yohanes", "person"), ("Jakarta Post", "media")],
        ),
        (
            "Palestinian man killed near Susiya\n\n"
            "Noa Yahalomi and Times of Israel staff\n4 December 2026, 9:41 pm\n\n"
            "A Palestinian farmer was shot dead.",
            [("Noa Yahalomi", "person"), ("Times of Israel", "media")],
        ),
    ],
)
def test_a_writer_s_line_under_the_headline_is_a_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Latest Updates", []),
        ("Kenya Airways", []),
        ("Our Correspondent", []),
        ("Staff Reporter", []),
        ("Middle East", []),
        ("North Waziristan", []),
        ("South Asia", []),
        ("Breaking News", []),
        ("Times Square", []),
        ("Engine Room", []),
        ("Sindh Police", [("Sindh Police", "state")]),
        ("Pakistan Today", [("Pakistan Today", "media")]),
    ],
)
def test_a_label_line_under_the_headline_is_no_writer(
    label: str, expected: list[tuple[str, str]]
) -> None:
    text = f"Gunmen kill four in Karachi\n\n{label}\n\nKARACHI: Gunmen killed four people."
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place's label named again in the dateline
        "Gunmen kill four\n\nLakki Marwat\n\nLAKKI MARWAT: Gunmen killed four people.",
        # no dateline after the bare name: a standfirst, a list's first line
        "Gunmen kill four\n\nKenya Airways\n\nFlights were cancelled on Monday.",
        "Three soldiers killed one day after the ceasefire\n\n- 12 civilians killed 30 injured",
        "Clashes in the north\n\nKenya Airways and Qatar Airways (Joint Statement)\n\n"
        "NAIROBI: Flights were cancelled.",
        "Clashes in the north\n\nNorth and South (Analysis)\n\nKANO: Gunmen killed four people.",
    ],
)
def test_a_name_line_without_a_byline_s_shape_is_left_alone(text: str) -> None:
    assert _actors(text) == []


# --- a name, then its role in apposition: "X, president of Y" (a person, speaking or not)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pascal Hakizimana, Representative of the UN Refugee Agency (UNHCR) in Chad, "
            "spoke to UN News from Tine.",
            [
                ("Pascal Hakizimana", "person"),
                ("UN Refugee Agency", "organisation"),
                ("UNHCR", "organisation"),
                ("UN News", "media"),
            ],
        ),
        (
            "Awol Hamid-Arba, president of the Afar regional state, says his people will resist.",
            [("Awol Hamid-Arba", "person")],
        ),
        (
            "Briefing the Council, Johanna Tveit-Mwangi, Special Representative of the "
            "Secretary-General, said 76,000 people had fled.",
            [("Johanna Tveit-Mwangi", "person")],
        ),
        (
            "- Amina Yusuf, a nurse at the clinic, killed",
            [("Amina Yusuf", "person")],
        ),
    ],
)
def test_a_name_then_its_role_is_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Port Sudan, the seat of the army-backed government, was hit by drones.", []),
        ("Dera Ismail Khan, the capital of the division, was shut.", []),
        ("Camp Bastion, home of the British contingent, was closed.", []),
        ("Mount Kenya, the highest peak in the country, was closed to hikers.", []),
        ("Lakki Marwat, a district in Khyber Pakhtunkhwa, was under curfew.", []),
        ("Three bears, the mascots of the park, were gunned down.", []),
        ("The Ever Given, a carrier of containers, ran aground.", []),
        ("Engine 24, the first unit at the scene, put out the fire.", []),
        ("Times Square, the heart of the city, was evacuated.", []),
        (
            "Wagner Group, an ally of the junta, denied the killings.",
            [("Wagner Group", "armed group")],
        ),
        (
            "The Rapid Support Forces, a rival of the army, took the town.",
            [("Rapid Support Forces", "armed group")],
        ),
        (
            "Human Rights Watch, a monitor of abuses in the region, said 12 people died.",
            [("Human Rights Watch", "organisation")],
        ),
        (
            "Radio Okapi, a broadcaster of the UN mission, said five people were killed.",
            [("Radio Okapi", "media"), ("UN", "organisation")],
        ),
    ],
)
def test_a_place_a_thing_or_a_body_before_a_role_is_no_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


# --- names joined to a person: accented last letters, and a closed list after a comma


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By Erjona Gashi Krasniqi and Nemanja Tomić\n\nA Kosovo police officer was injured.",
            [("Erjona Gashi Krasniqi", "person"), ("Nemanja Tomić", "person")],
        ),
        (
            "The court delivered its judgment in the case against Gervais Ndomaté and "
            "Ibrahim Abakar-Tidjani, two former commanders.",
            [("Gervais Ndomaté", "person"), ("Ibrahim Abakar-Tidjani", "person")],
        ),
        (
            "The funeral prayers of the martyred constables, Inamullah, Rahim Khan and Niaz "
            "Wali, were offered.",
            [("Inamullah", "person"), ("Rahim Khan", "person"), ("Niaz Wali", "person")],
        ),
        (
            "The victims were Amina Yusuf, Fatima Bello and Grace Obi.",
            [("Amina Yusuf", "person"), ("Fatima Bello", "person"), ("Grace Obi", "person")],
        ),
    ],
)
def test_names_joined_to_a_person_are_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ahmed Musa, Port Harcourt and Dera Ismail Khan were named in the list.",
            [("Ahmed Musa", "person")],
        ),
        (
            "The group met Ahmed Musa, Kenya Airways and Human Rights Watch on Monday.",
            [
                ("Ahmed Musa", "person"),
                ("Kenya", "state"),
                ("Human Rights Watch", "organisation"),
            ],
        ),
        (
            "Ahmed Musa, Amnesty International and Médecins Sans Frontières condemned the attack.",
            [
                ("Ahmed Musa", "person"),
                ("Amnesty International", "organisation"),
                ("Médecins Sans Frontières", "organisation"),
            ],
        ),
        ("Ahmed Musa, Times Square and Radio City were mentioned.", [("Ahmed Musa", "person")]),
    ],
)
def test_a_list_that_joins_places_or_bodies_adds_no_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the role phrase is its own clause's subject, after a place (actor_role_person
        # adds nothing; another rule's reading of the place is not this test's)
        "The fighting reached Tawila Umda, a spokesman for the group said on Monday.",
        "The strike hit Tel Sultan, a commander of the brigade said.",
        "Gunmen stormed Mariam Kenyatta, a priest at the parish said.",
        "Three soldiers killed at Bakassi Point, a spokesman of the army said",
        "- Bama Road, a trader at the market told Reuters",
        "Twelve bodies were brought to Nasser Hospital, a doctor at the facility said.",
    ],
)
def test_a_role_that_speaks_after_a_place_gives_no_role_person(text: str) -> None:
    ctx = SuggestContext(text, gazetteer=load_gazetteer())
    assert [text[s.start : s.end] for s in actors.actor_role_person(ctx)] == []
