"""DEL71A: one-dev-sentence ACTOR patterns kept because the guideline states their class (or,
for a guard, because it stops a wrong suggestion on six or more sentences of ordinary news
prose), each shown by invented probes in varied styles (wire, headline, bullet, humanitarian
report, South Asian and African copy), none from the dev gold: positive cases the pattern
answers (they fail with it ablated) and hostile cases it must leave alone."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_actors

# 1. actor_byline_outlet's per-outlet mentions (the family flagged entry by entry: Nation,
# BBC News NI, AFP Fact Check, BBC News Pidgin, Buenos Aires Times): session 31 point 1, session 55 point 3.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senators grill minister over attacks\n\nBy Akinyi Odhiambo, Nation\n\nSenators on Thursday accused the government of failing border towns.",
            [("Akinyi Odhiambo", "person"), ("Nation", "media")],
        ),
        (
            "Two men charged after Omagh shooting\n\nBy Niamh Kelly, BBC News NI\n\nTwo men appeared in court charged with attempted murder.",
            [("Niamh Kelly", "person"), ("BBC News NI", "media")],
        ),
        (
            "Photo of flooded camp was taken in 2019\n\nBy Samuel Mensah, Reuters Fact Check\n\nA photo shared 20,000 times claims to show a camp flooded last week.",
            [("Samuel Mensah", "person"), ("Reuters Fact Check", "media")],
        ),
        (
            "Gunmen abduct 30 in Katsina\n\nBy Fatima Sani, BBC News Hausa, Kano\n\nGunmen abducted 30 villagers on Friday.",
            [("Fatima Sani", "person"), ("BBC News Hausa", "media")],
        ),
        (
            "Court convicts three over market killings\n\nBy Lucia Fernandez\nManila Times\n\nA court convicted three men over the killings of four traders.",
            [("Lucia Fernandez", "person"), ("Manila Times", "media")],
        ),
        (
            "Miners killed in landslide\n\nBy Tomas Reyes, KOAT 7\n\nSeven miners were killed, police said.",
            [("Tomas Reyes", "person"), ("KOAT 7", "media")],
        ),
        (
            "Bandits abduct worshippers in Niger state\n\nBy Aisha Bello, BBC News Pidgin, Minna\n\nGunmen abducted dozens of worshippers on Friday.",
            [("Aisha Bello", "person"), ("BBC News Pidgin", "media")],
        ),
    ],
)
def test_an_outlet_in_a_byline_at_the_top_is_media(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen kill 11 miners\n\nBy Carla Vargas, Staff Reporter\n\nEleven miners were killed, police said.",
            [("Carla Vargas", "person")],
        ),
        (
            "Clashes in Kidal\n\nBy Amadou Toure, Bamako\n\nFighting broke out between the army and rebels.",
            [("Amadou Toure", "person")],
        ),
        (
            "Floods displace thousands\n\nBy Moses Otieno, Correspondent\n\nMore than 3,000 families fled.",
            [("Moses Otieno", "person")],
        ),
        (
            "Army retakes town\n\nBy Ana Ruiz, Human Rights Watch\n\nSoldiers recaptured the town on Monday, the army said.",
            [("Ana Ruiz", "person"), ("Human Rights Watch", "organisation")],
        ),
        (
            "Strike kills five\n\nBy the time rescuers arrived, the Nation's hospitals were full.\n\nFive people were killed.",
            [],
        ),
        (
            "Drone strike kills nine\n\nBy Ahmed Ali, Ministry of Defence\n\nNine militants were killed in the strike.",
            [("Ahmed Ali", "person")],
        ),
    ],
)
def test_an_outlet_in_a_byline_at_the_top_is_media_hostile(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 2. _WHICH_CALLED_BEFORE (guard): a name in 'which/that X calls Y' is what a thing is called,
# no person.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops shelled the ridge that the rebels called Lion Hill before dawn.", []),
        (
            "Displaced families gathered at the market which traders call Kasuwar Dare, the agency reported.",
            [],
        ),
        ("The strike hit the bridge that soldiers call Tony Blair, a local official said.", []),
        ("Shells landed near the hill which the villagers called Sani Abacha, police said.", []),
        ("Boats were seized near the reef that fishermen call Juan Cruz, the navy said.", []),
        ("Two children died near the well which herders call Aliyu Musa, the council said.", []),
    ],
)
def test_a_name_a_thing_is_called_in_a_which_clause_is_no_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The man, whom neighbours call Baba Musa, said he saw four gunmen.",
            [("Baba Musa", "person")],
        ),
        (
            '"We lost everything," said Amina Yusuf, who villagers call a hero.',
            [("Amina Yusuf", "person")],
        ),
        (
            "The ministry, which President Ruto called on Monday, said talks would resume.",
            [("Ruto", "person")],
        ),
        (
            "The party, which Imran Khan founded, called for protests on Friday.",
            [("Imran Khan", "person")],
        ),
        ("A commander whom the army calls Abu Hamza was killed, the spokesman said.", []),
        (
            "The group which Kenya calls a terrorist organisation claimed the attack.",
            [("Kenya", "state")],
        ),
    ],
)
def test_a_name_a_thing_is_called_in_a_which_clause_is_no_person_hostile(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 3. _HARMED_AFTER (guard): '<nationality> border guard killed/wounded' is one man, not the
# service (session 32 point 5: people of a nationality are not tagged).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyrgyz border guard killed, two injured in clash with Tajik forces",
            [("Tajik forces", "state")],
        ),
        ("Afghan border guard wounded in exchange of fire at Torkham", []),
        ("Iranian border guard killed by smugglers near Saravan", []),
        ("Pakistani border guard injured in cross-border firing, ISPR says", [("ISPR", "state")]),
        ("Uzbek border guard dies of wounds after clash", []),
        ("Turkish border guard shot by smugglers on Syrian frontier", []),
        ("Tajik border guard was killed in the shooting, the ministry said.", []),
    ],
)
def test_one_border_guard_harmed_is_no_state_body(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kyrgyz border guard service said three soldiers were killed.",
            [("Kyrgyz border guard service", "state")],
        ),
        ("Iranian border guards killed 12 smugglers, IRNA reported.", [("IRNA", "media")]),
        ("The Tajik border guard said the clash began at dawn.", [("Tajik border guard", "state")]),
        ("Pakistani border guards opened fire on the crowd, killing two.", []),
        (
            "Afghan border guard commanders met their counterparts in Torkham.",
            [("Afghan border guard", "state")],
        ),
        ("Turkish border guard units detained 40 migrants, the ministry said.", []),
    ],
)
def test_one_border_guard_harmed_is_no_state_body_hostile(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 4. _REGION_AFTER_DIVISION (guard): '<Place> Division of/in the <X> Region' is a place.
#


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Separatists ambushed a convoy in Bui Division of the North West Region on Sunday.", []),
        (
            "Six villagers were killed in Momo Division in the North West Region, residents said.",
            [],
        ),
        (
            "Soldiers torched homes in Manyu Division of the South West Region, the CHRDA said.",
            [("CHRDA", "organisation")],
        ),
        ("Gunmen burnt a school in Mezam Division of the North West Region, teachers said.", []),
        ("Three soldiers were killed in Meme Division in the South West Region on Friday.", []),
        ("- Curfew extended in Fako Division of the South West Region after clashes", []),
    ],
)
def test_an_administrative_division_in_its_region_is_a_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 22nd Infantry Division said it repelled the attack.",
            [("22nd Infantry Division", "state")],
        ),
        (
            "Fighters of the Hamza Division clashed with Kurdish forces near Afrin.",
            [("Hamza Division", "armed group")],
        ),
        (
            "The Homicide Division said two suspects were arrested.",
            [("Homicide Division", "organisation")],
        ),
        (
            "The Sultan Murad Division said 12 of its fighters died.",
            [("Sultan Murad Division", "armed group")],
        ),
        (
            "The 3rd Armoured Division of the Sudanese army withdrew from the town.",
            [("3rd Armoured Division of the Sudanese", "state")],
        ),
        ("Police in the Bui Division command said three officers were wounded.", []),
    ],
)
def test_an_administrative_division_in_its_region_is_a_place_hostile(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 5. _PLACE_SLOT (guard): a name defined with its acronym after in/into/across/along/within/
# throughout is a place, not a body.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked a village in the Federal Capital Territory (FCT), killing four people.",
            [],
        ),
        ("Four policemen were killed in Khyber Pakhtunkhwa (KP) province on Sunday.", []),
        (
            "Fighting in the east of the Democratic Republic of Congo (DRC) displaced 10,000.",
            [("DRC", "state")],
        ),
        ("Shelling killed three civilians in Azad Jammu and Kashmir (AJK) on Friday.", []),
        (
            "Militants crossed into the Central African Republic (CAR), the UN said.",
            [("CAR", "state"), ("UN", "organisation")],
        ),
        ("Floods displaced 5,000 people within the Kurdistan Region of Iraq (KRI).", []),
        ("Bandits attacked travellers along the Abuja-Kaduna Expressway (AKE) on Sunday.", []),
        ("Curfew imposed throughout the Bangsamoro Autonomous Region (BARMM) after clashes", []),
    ],
)
def test_a_defined_name_in_a_place_slot_is_no_body(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers of the Joint Security Committee (JSC) met in Jos on Monday.",
            [("Joint Security Committee", "organisation"), ("JSC", "organisation")],
        ),
        (
            "A spokesman in the Ministry of Defence (MoD) said the strike killed 12 militants.",
            [("Ministry of Defence", "state"), ("MoD", "state")],
        ),
        (
            "Twelve fighters of the Ansar Dine (AD) group were killed in Mali.",
            [("Ansar Dine", "armed group"), ("AD", "armed group")],
        ),
        (
            "The Independent Electoral Commission (IEC) said turnout was low.",
            [("Independent Electoral Commission", "state"), ("IEC", "state")],
        ),
        (
            "Aid workers in the World Food Programme (WFP) said rations were cut.",
            [("World Food Programme", "organisation"), ("WFP", "organisation")],
        ),
        (
            "The African Union Mission in Somalia (AMISOM) said two peacekeepers died.",
            [("African Union Mission in Somalia", "organisation"), ("AMISOM", "organisation")],
        ),
    ],
)
def test_a_defined_name_in_a_place_slot_is_no_body_hostile(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 6. _WHERE_AFTER / _PLACE_PREPOSITION_BEFORE (guard): a body's name after at/in/from/to the
# that ', where' follows is the place something happened in.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen abducted 15 pupils from the Kuriga Islamic Institute, where they had been sleeping, police said.",
            [],
        ),
        (
            "Families fled to the Kabul Polytechnic Institute, where the Taliban had set up a checkpoint.",
            [("Taliban", "state")],
        ),
        (
            "Hundreds sheltered at the Jos Theological Seminary Foundation, where food ran out on Monday.",
            [],
        ),
        (
            "Students were held at the Federal Polytechnic Authority, where the kidnappers demanded ransom.",
            [],
        ),
        (
            "Troops set up base in the Kasese Farmers Cooperative Union, where 40 families had sheltered.",
            [],
        ),
        (
            "The hostages were freed from the Kaduna Islamic Foundation, where they had been held for weeks.",
            [],
        ),
        ("Soldiers fired into the Bamenda Traders Union, where hundreds had gathered.", []),
    ],
)
def test_a_named_building_where_something_happened_is_a_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ruling was appealed to the Supreme Court, which said it would hear the case in May.",
            [("Supreme Court", "state")],
        ),
        (
            "According to the Red Cross, where volunteers counted 40 bodies, the toll is rising.",
            [("Red Cross", "organisation")],
        ),
        (
            "The complaint went to the National Human Rights Commission, which said it would investigate.",
            [("National Human Rights Commission", "organisation")],
        ),
        (
            "Relatives appealed to the United Nations, where diplomats debated a ceasefire.",
            [("United Nations", "organisation")],
        ),
        (
            "The Ministry of Health said 12 people died in Kano, where the clinic was overwhelmed.",
            [("Ministry of Health", "state")],
        ),
        (
            "The Kenya Red Cross said it had sent teams to Mandera, where floods displaced 3,000.",
            [("Kenya Red Cross", "organisation")],
        ),
    ],
)
def test_a_named_building_where_something_happened_is_a_place_hostile(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 7. _ATTACKED_BEFORE / _ARMED_NEAR: the state a verb of armed attack strikes does not act
# (main text: 'a state is an actor where it acts, not where it is a place').


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan struck Afghanistan overnight, killing eight, the Taliban said.",
            [("Pakistan", "state"), ("Taliban", "state")],
        ),
        ("Israel bombed Syria again on Sunday, state media reported.", [("Israel", "state")]),
        (
            "Houthi rebels targeted Saudi Arabia with a barrage of drones.",
            [("Houthi", "armed group")],
        ),
        (
            "Russian forces pounded Ukraine with missiles for a third night.",
            [("Russian forces", "state")],
        ),
        ("- Azerbaijan shelled Armenia on Tuesday; 2 soldiers killed", [("Azerbaijan", "state")]),
        ("Eritrean troops invaded Ethiopia in 1998, sparking a two-year war.", []),
        ("The army said militants attacked Niger from bases across the border with rockets.", []),
        ("Iran targeted Israel with ballistic missiles late on Tuesday.", [("Iran", "state")]),
        (
            "Ukraine attacked Russia with long-range drones overnight, Moscow said.",
            [("Ukraine", "state"), ("Moscow", "state")],
        ),
        (
            "- Taliban fighters attacked Pakistan with mortars near Chaman; 3 killed",
            [("Taliban", "state")],
        ),
        ("Eritrean artillery targeted Ethiopia across the border, witnesses said.", []),
        (
            "Russia attacked Ukraine overnight with 96 drones and four missiles, the air force said.",
            [("Russia", "state")],
        ),
        ("Israeli warplanes struck Lebanon on Tuesday, killing five.", []),
    ],
)
def test_a_state_struck_by_an_armed_attack_is_no_actor(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine attacked Russia's refinery, Kyiv said.",
            [("Ukraine", "state"), ("Kyiv", "state")],
        ),
        (
            "Iran attacked Israel in a speech at the UN, Tel Aviv said.",
            [("Iran", "state"), ("Israel", "state"), ("UN", "organisation"), ("Tel Aviv", "state")],
        ),
        (
            "The US targeted Iran with new sanctions on Monday.",
            [("US", "state"), ("Iran", "state")],
        ),
        (
            "Russia struck a deal with China on gas supplies.",
            [("Russia", "state"), ("China", "state")],
        ),
        (
            "Kenya attacked Somalia for failing to stop al-Shabaab, the minister said.",
            [("Kenya", "state"), ("Somalia", "state"), ("al-Shabaab", "armed group")],
        ),
        ("Israel struck Iran, which vowed to retaliate.", [("Israel", "state"), ("Iran", "state")]),
    ],
)
def test_a_state_struck_by_an_armed_attack_is_no_actor_hostile(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 8. _PREDICATE_AFTER: a later list item that opens its own clause acts ('a state is an actor
# where it acts').


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel bombed Lebanon and Syria condemned the strikes.",
            [("Israel", "state"), ("Syria", "state")],
        ),
        ("Floods hit Kenya and Somalia declared a state of emergency.", [("Somalia", "state")]),
        (
            "Russia struck Ukraine and Poland scrambled its jets.",
            [("Russia", "state"), ("Poland", "state")],
        ),
        (
            "Cyclone Freddy lashed Malawi and Mozambique appealed for aid.",
            [("Mozambique", "state")],
        ),
        (
            "Israel struck Gaza and Egypt called for restraint.",
            [("Israel", "state"), ("Egypt", "state")],
        ),
        ("Rockets struck Israel and Iran praised the attack, state TV said.", [("Iran", "state")]),
    ],
)
def test_a_list_item_opening_its_own_clause_acts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel bombed Lebanon and Syria, killing 12.", [("Israel", "state")]),
        ("Floods hit Kenya and Somalia, displacing thousands.", []),
        ("Russia struck Ukraine and Moldova overnight.", [("Russia", "state")]),
        ("Cyclone Freddy lashed Malawi and Mozambique last week.", []),
        ("Drones hit Sudan and Chad on Monday.", [("Sudan", "state"), ("Chad", "state")]),
        ("Israel struck Gaza and Lebanon in overnight raids.", [("Israel", "state")]),
    ],
)
def test_a_list_item_opening_its_own_clause_acts_hostile(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 9. _OFFICE_OF_BODY_WORD (guard): '<Body> Head of Mission / Office' is a post, no body's name.
#


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MSF Head of Mission in Chad Jean-Paul Dubois said 40 wounded had arrived.",
            [("MSF", "organisation")],
        ),
        (
            "UNHCR Head of Office in Maiduguri Mohammed Sani said the camp was full.",
            [("UNHCR", "organisation")],
        ),
        (
            "WFP Deputy Head of Office Maria Lopez told reporters food had run out.",
            [("WFP", "organisation"), ("Maria Lopez", "person")],
        ),
        (
            "IRC Deputy Head of Mission Sara Haddad said the clinic was looted.",
            [("IRC", "organisation"), ("Sara Haddad", "person")],
        ),
        (
            "NRC Head of Office in Kandahar Ahmad Wali said 300 families fled.",
            [("NRC", "organisation")],
        ),
        (
            "MSF Head of Mission Claire Martin told AFP the hospital had been shelled.",
            [("MSF", "organisation"), ("Claire Martin", "person"), ("AFP", "media")],
        ),
    ],
)
def test_a_post_named_by_the_unit_it_heads_is_no_body(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN Mission in South Sudan said two peacekeepers were wounded.",
            [("UN Mission in South Sudan", "organisation")],
        ),
        (
            "The Office of the High Commissioner for Human Rights said 40 people died.",
            [("Office of the High Commissioner for Human Rights", "organisation")],
        ),
        ("The ICRC delegation in Juba said aid was blocked.", [("ICRC", "organisation")]),
        (
            "Head of the UN Mission in Libya Hanna Tetteh said talks would resume.",
            [("UN Mission in Libya Hanna Tetteh", "organisation")],
        ),
        (
            "The Joint Operations Command said 12 militants were killed.",
            [("Joint Operations Command", "state")],
        ),
        (
            "The Bureau of Investigative Journalism said the strike killed nine.",
            [("Bureau of Investigative Journalism", "organisation")],
        ),
    ],
)
def test_a_post_named_by_the_unit_it_heads_is_no_body_hostile(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected
