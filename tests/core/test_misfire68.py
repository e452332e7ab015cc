"""Misfires of the rules on ordinary prose that the last session's reviews left open, each
fixed as a class (MISFIRE68): the sentence, its variants, and the positives each guard keeps."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures, suggested_speaker, suggested_types

# --- CASUALTY: animals are no people (guideline's extras "Two of our donkeys died") -------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # animals joined to people are never summed into them
        ("Two rangers and 14 zebras were killed in the ambush.", []),
        ("Two rangers and 14 zebras killed in Kruger park ambush", []),
        ("Three rangers and 20 elephants were killed by poachers.", []),
        ("Twelve people and 40 goats were killed in the flood.", []),
        ("Five soldiers and two dogs were killed when the mine exploded.", []),
        ("14 giraffes were killed by poachers last year.", []),
        (
            "Poachers killed two rangers and 14 zebras in the park.",
            [("killed two rangers", 2, 2, "killed")],
        ),
        # a person's noun as a dog's modifier is no person
        (
            "The shell killed a blind man and his guide dog.",
            [("killed a blind man", 1, 1, "killed")],
        ),
        ("Gunmen killed a farmer and his guard dog.", [("killed a farmer", 1, 1, "killed")]),
        (
            "The dead included two women and a guide dog.",
            [("dead included two women", 2, 2, "killed")],
        ),
        ("The blast killed a soldier and his sniffer dog.", [("killed a soldier", 1, 1, "killed")]),
        ("Two guard dogs were killed in the raid.", []),
        # the protected positives: people joined to people are summed
        (
            "Three soldiers and two VDP were killed in the ambush.",
            [("Three soldiers and two VDP were killed", 5, 5, "killed")],
        ),
        (
            "Four civilians and two policemen were killed on Monday.",
            [("Four civilians and two policemen were killed", 6, 6, "killed")],
        ),
        (
            "The raid killed a guide and two porters.",
            [("killed a guide and two porters", 3, 3, "killed")],
        ),
        (
            "Three guides were killed in the avalanche.",
            [("Three guides were killed", 3, 3, "killed")],
        ),
    ],
)
def test_animals_are_no_people(sentence: str, expected: list[tuple]) -> None:
    assert suggested_figures(sentence) == expected


# --- CASUALTY: a baby held in someone's arms is not held captive -------------------------
# (guideline: "Held" and "holding" (people held against their will) -> other)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A baby held by a soldier was photographed at the checkpoint.", []),
        ("A toddler held by a relative was pulled from the rubble.", []),
        ("An infant held by her mother was treated for smoke inhalation.", []),
        ("The lawyer, held on a retainer by the company, declined to comment.", []),
        ("A man held in high regard by the villagers was elected chief.", []),
        ("A soldier held a baby at the checkpoint.", []),
        # captivity stays a figure: a captor, a group, a name, a duration, "hostage"
        (
            "A baby held by Hamas since October was among the hostages.",
            [("A baby held", 1, 1, "other")],
        ),
        ("A baby held by a kidnapper was rescued by police.", [("A baby held", 1, 1, "other")]),
        ("A baby held by a soldier for three days was returned.", [("A baby held", 1, 1, "other")]),
        ("A baby held hostage by gunmen was freed.", [("A baby held hostage", 1, 1, "other")]),
        ("A woman held by gunmen for three weeks was released.", [("A woman held", 1, 1, "other")]),
        (
            "A journalist held for 40 days was freed on Monday.",
            [("A journalist held", 1, 1, "other")],
        ),
        (
            "Dozens of residents had been held by the militia.",
            [("Dozens of residents had been held", 24, None, "other")],
        ),
    ],
)
def test_held_in_arms_is_no_captivity(sentence: str, expected: list[tuple]) -> None:
    assert suggested_figures(sentence) == expected


# --- Speakers: a family's spokesman speaks for the family (open point h; spk66) ----------

_DAGALO = "Mohamed Hamdan Dagalo leads the RSF. "
_OKAFOR = "John Okafor was killed on Monday. "


@pytest.mark.parametrize(
    ("text", "quote_words", "speaker"),
    [
        (_DAGALO + '"We will fight on," the Dagalo family\'s spokesman said.', "We will", None),
        (_DAGALO + '"We will fight on," the Dagalo family spokesman said.', "We will", None),
        (_DAGALO + '"We will fight on," a spokesman for the Dagalo family said.', "We will", None),
        (_DAGALO + '"We will fight on," the Dagalo family said.', "We will", None),
        (_DAGALO + 'The Dagalo family\'s spokesman said: "We will fight on."', "We will", None),
        (
            _OKAFOR + '"We want justice," the Okafor family\'s lawyer told reporters.',
            "We want",
            None,
        ),
        (_OKAFOR + '"We want justice," the Okafor family has said.', "We want", None),
        (
            'Ali Hassan was detained. "He is innocent," the Hassan family\'s representative said.',
            "He is",
            None,
        ),
        # the protected positives: a name in apposition, a body's spokesman, a person's own
        (
            _DAGALO + '"We will fight on," the Dagalo family\'s spokesman, Ahmed Musa, said.',
            "We will",
            "Ahmed Musa",
        ),
        (_DAGALO + '"We will fight on," an RSF spokesman said.', "We will", "RSF"),
        (_DAGALO + '"We will fight on," the RSF\'s spokesman said.', "We will", "RSF"),
        (_DAGALO + '"We will fight on," Dagalo\'s spokesman said.', "We will", "Dagalo"),
        (
            'The Dagalo Family Foundation said: "We will rebuild."',
            "We will",
            "Dagalo Family Foundation",
        ),
        ('"Prices are up," the Kenya Family Bank spokesman said.', "Prices", "Kenya Family Bank"),
    ],
)
def test_family_spokesman_speaks_for_the_family(
    text: str, quote_words: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, quote_words) == speaker


# --- ACTOR: given names that are weekdays, exchanges after "statement to", firms' names ---


def _actors(text: str) -> list[tuple[str, str]]:
    return list(suggested_types(text).items())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday given name where no date can stand
        (
            "His sister-in-law, Sunday Adeyemi, said the gunmen came at night.",
            [("Sunday Adeyemi", "person")],
        ),
        (
            "His brother, Monday Okoro, told reporters the house was burnt.",
            [("Monday Okoro", "person")],
        ),
        (
            "Sunday Okafor, a local chief, said five people were killed.",
            [("Sunday Okafor", "person")],
        ),
        ("Friday Ekpo, the council chairman, confirmed the attack.", [("Friday Ekpo", "person")]),
        (
            "Chief Sunday Adeyemi told reporters the village was empty.",
            [("Sunday Adeyemi", "person")],
        ),
        ("His brother Monday Okoro was among the dead.", [("Monday Okoro", "person")]),
        # ... and where it is a date, the day stays out
        ("On Sunday, Adeyemi said the gunmen had returned.", [("Adeyemi", "person")]),
        ("The attack happened on Sunday, Adeyemi said.", []),
        ("On Sunday Adeyemi said the gunmen had returned.", []),
        ("Last Friday Ekpo confirmed the attack.", []),
        ("Talks resumed Monday. Okoro said nothing had changed.", [("Okoro", "person")]),
        # a stock exchange a company reports to is no outlet
        ("In a statement to Bursa Malaysia, the company said it would appeal the ruling.", []),
        ("In a statement to the London Stock Exchange, the miner said output had halted.", []),
        ("The company told the Johannesburg Stock Exchange that output had stopped.", []),
        ("In a statement to the Nigerian Exchange, the bank said its chairman had resigned.", []),
        ("In a statement to Reuters, the army said the road was closed.", [("Reuters", "media")]),
        (
            "In a statement to EVN Report, the ministry said the strike hit a depot.",
            [("EVN Report", "media")],
        ),
        (
            "In a statement to Daily Trust, the police said the gunmen fled.",
            [("Daily Trust", "media")],
        ),
        # a firm's name is no person's
        # (listed as an organisation: the longest known name wins over Lloyd's List inside it)
        (
            "According to Lloyd's List Intelligence, 12 ships were diverted.",
            [("Lloyd's List Intelligence", "organisation")],
        ),
        (
            "A spokesman for Banco Itaú told Reuters the accounts were frozen.",
            [("Banco Itaú", "organisation"), ("Reuters", "media")],
        ),
        (
            "A spokesman for Grupo Bimbo said the trucks were hijacked.",
            [("Grupo Bimbo", "organisation")],
        ),
        (
            "A spokesman for Groupe Bolloré said the port was closed.",
            [("Groupe Bolloré", "organisation")],
        ),
        (
            "A spokesman for Deutsche Bank said the loan was cancelled.",
            [("Deutsche Bank", "organisation")],
        ),
        # an outlet's byline line under the headline
        (
            "Gunmen kill 12 in Tillaberi\n\nSahel Matin | Published 12 May 2025\n\n"
            "Gunmen killed 12 villagers.",
            [("Sahel Matin", "media")],
        ),
        (
            "Gunmen kill 12 in Tillaberi\n\nAmadou Issa | Published 12 May 2025\n\n"
            "Gunmen killed 12 villagers.",
            [("Amadou Issa", "person")],
        ),
    ],
)
def test_actor_misfires(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


def test_weekday_given_name_is_the_speaker() -> None:
    text = '"They came at night," said Sunday Adeyemi, a farmer.'
    assert suggested_speaker(text, "They came") == "Sunday Adeyemi"


# --- ACTOR states: every item of a list after a verb of armed attack is the land struck ---
# (guideline: a state is an actor where it acts, not where it is a place; STATE67's dev
# reading of the land attacked, 14 of 14 untagged)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel bombed Lebanon and Syria on Tuesday, the army said.", [("Israel", "state")]),
        ("Israel struck Lebanon and Syria overnight.", [("Israel", "state")]),
        ("The US bombed Iraq and Syria in retaliation.", [("US", "state")]),
        ("Turkey shelled Syria and Iraq, killing 12 people.", [("Turkey", "state")]),
        ("Israel bombed Lebanon, Syria and Yemen last year.", [("Israel", "state")]),
        ("Russian forces attacked Ukraine and Belarus with drones.", [("Russian forces", "state")]),
        # ... but a later name that opens a clause of its own acts
        (
            "Israel bombed Lebanon and Syria condemned the strikes.",
            [("Israel", "state"), ("Syria", "state")],
        ),
        (
            "Israel bombed Lebanon and Syria said it would respond.",
            [("Israel", "state"), ("Syria", "state")],
        ),
        (
            "Israel bombed Lebanon and Syria, and Iran vowed revenge.",
            [("Israel", "state"), ("Iran", "state")],
        ),
        (
            "Russia invaded Ukraine and Georgia has not forgotten.",
            [("Russia", "state"), ("Georgia", "state")],
        ),
        ("Iran and Israel struck each other.", [("Iran", "state"), ("Israel", "state")]),
    ],
)
def test_listed_lands_attacked(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


# --- hostile probes found after the first fixes -----------------------------------------


@pytest.mark.parametrize(
    ("text", "quote_words"),
    [
        (_OKAFOR + '"We want justice," the family said.', "We want"),
        (_OKAFOR + '"We want justice," his family said.', "We want"),
        (_OKAFOR + 'His family said: "We want justice."', "We want"),
        (_OKAFOR + '"We want justice," the family\'s lawyer said.', "We want"),
        (_OKAFOR + '"We want justice," said the family.', "We want"),
    ],
)
def test_a_family_unnamed_is_no_speaker(text: str, quote_words: str) -> None:
    assert suggested_speaker(text, quote_words) is None


def test_a_name_then_her_family_keeps_the_speaker() -> None:
    text = (
        'Amina Bello lost her son. "We want justice," Bello said, adding that her family had fled.'
    )
    assert suggested_speaker(text, "We want") == "Bello"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Poachers killed 14 zebras and two rangers.", []),
        ("Two rangers, 14 zebras killed in Kruger ambush", []),
        (
            "Gunmen killed 30 villagers and stole 200 cattle.",
            [("killed 30 villagers", 30, 30, "killed")],
        ),
        (
            "Three babies held by Hamas were released on Sunday.",
            [("Three babies held by Hamas were released", 3, 3, "other")],
        ),
    ],
)
def test_hostile_animals_and_held(sentence: str, expected: list[tuple]) -> None:
    assert suggested_figures(sentence) == expected


def test_weekday_given_names_in_a_list() -> None:
    text = "- Sunday Adeyemi, 45, farmer\n- Monday Okoro, 30, trader"
    assert _actors(text) == [("Sunday Adeyemi", "person"), ("Monday Okoro", "person")]


def test_a_family_after_a_semicolon_takes_no_quote_from_the_speaker_before() -> None:
    # 'X blames "..."; his family blames soldiers': the quote is X's (dev 590's form)
    text = (
        'A chief was shot dead at his home. Governor Ade Bello blames "armed robbers"; his '
        "family blames soldiers."
    )
    assert suggested_speaker(text, "armed") == "Ade Bello"


# --- review68m: hostile probes on the branch's guards -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a person's noun after "dog"/"horse" keeps the group a person's
        (
            "Gunmen killed three soldiers and two police dog handlers in the raid.",
            [("killed three soldiers and two police", 5, 5, "killed")],
        ),
        # only a carer by kin or care holds a baby in arms; any other holder is a captor
        (
            "An infant held by an armed group since October was freed on Sunday.",
            [("An infant held", 1, 1, "other")],
        ),
        (
            "A baby held by a criminal gang for ransom was rescued.",
            [("A baby held", 1, 1, "other")],
        ),
        (
            "A baby held by the same captors was released on Monday.",
            [("A baby held", 1, 1, "other")],
        ),
        ("A baby held by a hostage-taker was freed by police.", [("A baby held", 1, 1, "other")]),
        ("A baby held by the armed men was among those freed.", [("A baby held", 1, 1, "other")]),
        ("A newborn held by a nurse was carried out of the burning hospital.", []),
        (
            "The ambush killed a policeman and a mounted police horse.",
            [("killed a policeman", 1, 1, "killed")],
        ),
    ],
)
def test_review68m_guards(sentence: str, expected: list[tuple]) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moody's Mark Zandi said the war would slow growth.", [("Mark Zandi", "person")]),
        ("Sotheby's Oliver Barker said the painting was looted.", [("Oliver Barker", "person")]),
        (
            "McDonald's Chris Kempczinski said the chain would leave Russia.",
            [("Chris Kempczinski", "person")],
        ),
    ],
)
def test_review68m_a_firms_person_is_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


def test_review68m_a_family_after_a_comma_takes_no_quote_set_in_a_clause() -> None:
    text = 'Governor Ade Bello blames "armed robbers", his family blames soldiers.'
    assert suggested_speaker(text, "armed") == "Ade Bello"
