"""SPK68: speaker links of two classes, with hostile probes (invented people and bodies).

1. "it said" after a sentence that closes on "..., the <body noun> said." goes on with the
   body so described, not with the unnamed person the sentence opens on ("A man died after
   crews were stopped, the society said. '...,' it said" -> the society).
2. An unnamed person introduced by an age right before his verb of saying ("A 52-year-old
   grain seller said ... '...,' he said") is the pronoun's speaker: nobody named, no link,
   never a person named in an earlier sentence.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker

_LEAD = "GENEVA, Dec 6 (Reuters) - Gunmen killed 12 people in the north, officials said.\n\n"


@pytest.mark.parametrize(
    ("opening", "closing", "speaker"),
    [
        (
            "The Palestine Red Crescent Society said its ambulances had been stopped.",
            "A man died after crews were delayed, the society said.",
            "Palestine Red Crescent Society",
        ),
        (
            "The Norwegian Refugee Council said its staff had been turned back twice.",
            "A boy was shot at the gate, the council said.",
            "Norwegian Refugee Council",
        ),
        (
            "The Health Ministry said the hospital had lost power on Monday.",
            "A woman was killed in the second strike, the ministry said.",
            "Health Ministry",
        ),
        (
            "M\u00e9decins Sans Fronti\u00e8res said its clinic in the town had been looted.",
            "A nurse was wounded in the raid, the charity said.",
            "M\u00e9decins Sans Fronti\u00e8res",
        ),
        (
            "The Syrian Observatory for Human Rights reported fresh shelling.",
            "A child died overnight in Idlib, the observatory said.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "The Kenya Red Cross Society said it had sent boats to the area.",
            "An elderly man drowned when the river burst its banks, the society said.",
            "Kenya Red Cross Society",
        ),
        (
            "UNICEF said the school had been hit twice.",
            "A girl lost a leg in the first strike, the agency said.",
            "UNICEF",
        ),
        (
            "The International Committee of the Red Cross said its convoy had been stopped.",
            "A driver was killed at the checkpoint, the committee said.",
            "International Committee of the Red Cross",
        ),
        (
            "Amnesty International said the men had been held without charge.",
            "A teacher died in custody last month, the group said.",
            "Amnesty International",
        ),
        # a place opening the sentence is no speaker either
        (
            "The Palestine Red Crescent Society said its ambulances had been stopped.",
            "Gaza City was shelled all night, the society said.",
            "Palestine Red Crescent Society",
        ),
    ],
)
def test_it_said_after_a_body_described_closing_the_sentence_is_that_body(
    opening: str, closing: str, speaker: str
) -> None:
    text = _LEAD + opening + " " + closing + ' "We waited for hours," it said.\n'
    assert suggested_speaker(text, "We waited for hours") == speaker


def test_it_said_in_a_statement_after_the_society_described() -> None:
    text = (
        _LEAD + "The Palestine Red Crescent Society said its ambulances had been stopped at "
        "the entrance of the camp for hours. A 61-year-old man who suffered from a heart "
        "condition died after crews were prevented from reaching him, the society said. "
        '"Our teams waited at the checkpoint," it said in a statement. The army said it had '
        "no information about the case.\n"
    )
    assert suggested_speaker(text, "Our teams waited") == "Palestine Red Crescent Society"


def test_another_body_speaking_between_takes_it_said() -> None:
    text = (
        _LEAD + "The Palestine Red Crescent Society said its ambulances had been stopped. "
        "A man died after crews were delayed, the society said. The Israeli army said it "
        'had fired warning shots. "Our forces acted according to procedure," it said.\n'
    )
    assert suggested_speaker(text, "Our forces acted") == "Israeli army"


@pytest.mark.parametrize(
    ("before", "closing", "pronoun"),
    [
        # "they" is no singular body
        (
            "The Palestine Red Crescent Society said its ambulances had been stopped.",
            "A man died after crews were delayed, the society said.",
            "they",
        ),
        # no society named: the description stands for nobody
        (
            "Ambulances were stopped for hours, the Israeli army said.",
            "A man died after crews were delayed, the society said.",
            "it",
        ),
        # a person described closing the sentence is no body
        (
            "The Palestine Red Crescent Society said its ambulances had been stopped in Jenin.",
            "A man died after crews were delayed, the doctor said.",
            "he",
        ),
    ],
)
def test_no_body_described_gives_no_link(before: str, closing: str, pronoun: str) -> None:
    text = _LEAD + before + " " + closing + f' "We waited for hours," {pronoun} said.\n'
    assert suggested_speaker(text, "We waited for hours") is None


@pytest.mark.parametrize(
    ("named", "unnamed", "pronoun"),
    [
        (
            "Officials said Anietie Okon, a councillor, had visited the market.",
            "A 52-year-old grain seller said he had been thrown to the ground by the blast.",
            "he",
        ),
        (
            "Police commissioner Musa Adamu said the road was closed.",
            "A 34-year-old taxi driver told AFP he had seen the convoy.",
            "he",
        ),
        (
            "Governor Ahmed Umar visited the camp on Sunday.",
            "A 70-year-old herder said his cattle had been taken.",
            "he",
        ),
        (
            "The mayor, Fatima Bello, said the school would reopen.",
            "An 18-year-old student said she had hidden under a desk.",
            "she",
        ),
        (
            "Colonel Idris Kamau said the army had retaken the port.",
            "A sixty-year-old fisherman recalled the night of the raid.",
            "he",
        ),
        (
            "Captain Juma Ali said the convoy had been ambushed.",
            "A 23-year-old motorcycle mechanic told Reuters he saw the attackers.",
            "he",
        ),
        (
            "Senator Ali Hassan says the roads are unsafe.",
            "A 40-year-old shopkeeper says the market has been empty for weeks.",
            "he",
        ),
        (
            "Police commissioner Musa Adamu said the suspect was in custody.",
            "A 25-year-old gunman told investigators he had acted alone.",
            "he",
        ),
    ],
)
def test_an_aged_unnamed_speaker_takes_no_earlier_name(
    named: str, unnamed: str, pronoun: str
) -> None:
    text = _LEAD + named + " " + unnamed + f' "Nobody came to help us," {pronoun} said.\n'
    assert suggested_speaker(text, "Nobody came to help us") is None


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        # the aged description in apposition to a name: the name
        (
            "Musa Bello, a 52-year-old grain seller, said he had been thrown to the ground.",
            "Musa Bello",
        ),
        (
            "A 52-year-old grain seller, Musa Bello, said he had been thrown to the ground.",
            "Musa Bello",
        ),
        # the aged victim is not the one who speaks
        ("A 10-year-old boy was killed, his uncle, Ali Musa, said.", "Ali Musa"),
        # a thing with an age, not a person
        (
            "Governor Ahmed Umar came. A 15-year-old truce ended on Monday, Umar said.",
            "Umar",
        ),
        # someone named after the unnamed seller speaks last
        (
            "A 52-year-old grain seller said he had been hurt. Local chief Bala Garba said "
            "38 people were buried.",
            "Bala Garba",
        ),
        # an aged person in an object clause, not a sentence's subject
        (
            "Ali Musa said a 52-year-old trader had told him the gunmen had left.",
            "Ali Musa",
        ),
    ],
)
def test_an_aged_description_that_is_not_the_speaker_leaves_the_name(
    sentences: str, speaker: str
) -> None:
    text = _LEAD + sentences + ' "Nobody came to help us," he said.\n'
    assert suggested_speaker(text, "Nobody came to help us") == speaker


def test_an_aged_speaker_inside_a_quote_is_the_quoted_words() -> None:
    text = (
        _LEAD + 'Governor Ahmed Umar said: "A 52-year-old farmer told me he saw them. They '
        'came at night." "We will find them," he said.\n'
    )
    assert suggested_speaker(text, "We will find them") == "Ahmed Umar"


def test_a_headline_and_list_with_ages_leave_the_named_speaker() -> None:
    text = (
        "Gunmen kill 12 in market raid; 52-year-old seller among the dead\n\n"
        "Governor Ahmed Umar said:\n"
        "- a 52-year-old seller was shot\n"
        "- a 17-year-old student was wounded\n\n"
        'Umar visited the market. "We will find them," he said.\n'
    )
    assert suggested_speaker(text, "We will find them") == "Umar"


# 3. A live blog's entry heading with its time on the same line ("17:55 GMT - Military says
#    it hit a "training camp"") is a crosshead: its quote takes the speaker of the entry's
#    quote that repeats its words, as the guideline links a headline quote.
_BLOG = (
    "Live: drones hit Odesa\n\n"
    "KYIV, Dec 6 (Reuters) - Russian drones struck Odesa overnight, officials said. The "
    "strikes damaged a port and two apartment blocks.\n\n"
    "The air force said it had shot down 40 of 52 drones.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "entry", "speaker"),
    [
        (
            '12:30 EET - Kremlin: talks "not on the agenda"',
            "The Kremlin said no new round of talks was planned. "
            '"Talks are not on the agenda for now," Kremlin spokesman Dmitry Orlov said.',
            "Dmitry Orlov",
        ),
        (
            '17:55 GMT - Military says it hit a "training camp"',
            "The Tatmadaw's information team said in a statement that two jets had struck "
            '"a training camp of PDF terrorists" near the village.',
            "Tatmadaw",
        ),
        (
            "11:15 \u2014 Moscow says it hit 'military-industrial' targets",
            "Russia's defence ministry said its forces had struck \"enterprises of "
            "Ukraine's military-industrial complex\" overnight.",
            "Russia",
        ),
        (
            '17:52 GMT - Governor: "Uvira will not fall"',
            "The governor of South Kivu, Th\u00e9odore Mwamba Lukusa, said in a radio "
            'address: "Uvira will not fall. Our forces are in position."',
            "Th\u00e9odore Mwamba Lukusa",
        ),
        (
            '09:40 GMT \u2013 Mayor: "We have no water"',
            "Mayor Ivan Petrenko said the pumping station had been hit. "
            '"We have no water in three districts," he said.',
            "Ivan Petrenko",
        ),
        (
            '4:30 p.m. - UN agency warns of "famine conditions"',
            'The World Food Programme said that "famine conditions" were spreading.',
            "World Food Programme",
        ),
        (
            '21:10 GMT - "The old man kept asking for his glasses"',
            "Speaking to Reuters at the scene, Mykola Tereshchenko, a volunteer, said: "
            '"The old man kept asking for his glasses, so I went back."',
            "Mykola Tereshchenko",
        ),
        (
            '08:05 CET | Commander: "we hold the bridge"',
            "Colonel Andriy Bondar said on Telegram: "
            '"We hold the bridge and we will hold it tomorrow."',
            "Andriy Bondar",
        ),
    ],
)
def test_a_timed_entry_heading_quote_takes_the_entry_speaker(
    heading: str, entry: str, speaker: str
) -> None:
    text = _BLOG + heading + "\n\n" + entry + "\n"
    quoted = heading.split('"')[1] if '"' in heading else heading.split("'")[1]
    assert suggested_speaker(text, quoted) == speaker


@pytest.mark.parametrize(
    ("heading", "entry", "quoted"),
    [
        # one word is too little to find the entry's quote by: the army says it, not him
        (
            '14:05 GMT - Ceasefire "holding", says army',
            'The army said the truce held. Governor Ivan Petrenko said: "The ceasefire is '
            'holding, but we are ready."',
            "holding",
        ),
        # a paragraph that opens with a time is no heading
        (
            '10:30 - Police said the gunmen had fled. Residents called it "a massacre" and '
            "blocked the road.",
            'Governor Ivan Petrenko said: "This was a massacre of civilians."',
            "a massacre",
        ),
        # the entry's quote is an anonymous resident's: nobody named
        (
            '14:05 GMT - Residents describe "night of terror"',
            'Governor Ivan Petrenko visited the town. "It was a night of terror for '
            'everyone," a resident, who asked not to be named, said.',
            "night of terror",
        ),
        # no time opening the line: a sentence of the body, not an entry heading
        (
            'The bus left at 10:30 - and the drivers said "nobody stopped us"',
            'Governor Ivan Petrenko said: "Nobody stopped us at the checkpoints."',
            "nobody stopped us",
        ),
    ],
)
def test_no_timed_entry_heading_no_link_from_the_entry(
    heading: str, entry: str, quoted: str
) -> None:
    text = _BLOG + heading + "\n\n" + entry + "\n"
    assert suggested_speaker(text, quoted) is None


# 4. '"...," the official said' right after a sentence attributed to a holder described by
#    his office ("..., the police chief said.") goes on with the person that office names.
_KABUL = "KABUL, Dec 6 (Reuters) - Thousands crossed the border on Friday, officials said.\n\n"


@pytest.mark.parametrize(
    ("intro", "office", "speaker"),
    [
        (
            "The deputy director of the hospital, Amina Yusuf, said the wards were full.",
            "the deputy director",
            "Amina Yusuf",
        ),
        (
            "The mayor of Kherson, Ivan Petrenko, said the shelling had eased.",
            "the mayor",
            "Ivan Petrenko",
        ),
    ],
)
def test_the_official_after_an_office_holders_quote_is_that_holder(
    intro: str, office: str, speaker: str
) -> None:
    text = (
        _KABUL + intro + f' "There were no fights at the tanks," {office} said. '
        '"We have asked for more tankers," the official added.\n'
    )
    assert suggested_speaker(text, "We have asked") == speaker


@pytest.mark.parametrize(
    "before",
    [
        # an official left unnamed
        "A local official, who asked not to be named, said the camp was full.",
        # the office's holder never named
        "Governor Ahmed Umar visited the camp. The police chief said he had counted the "
        "dead himself.",
        # a doctor is no office
        "Dr Amina Yusuf treated the wounded. The doctor said the wards were full.",
        # another, unnamed, official between
        "Herat's police chief, Sayed Mohammad Sadat, said officers had been sent. A local "
        "official, who asked not to be named, said the camp was full.",
        (
            "Herat's police chief, Sayed Mohammad Sadat, said officers had been sent. "
            '"There were no fights," the police chief said. A security official said the '
            "border was closed."
        ),
    ],
)
def test_the_official_with_no_named_office_holder_just_before_has_no_link(before: str) -> None:
    text = _KABUL + before + ' "We have asked for more tankers," the official said.\n'
    assert suggested_speaker(text, "We have asked") is None


# 5. A relative speaking alone in the sentence before ("His wife said she had heard
#    nothing.") is the he/she of the quote after, not the pair's head nor the last speaker.
_SUMY = "SUMY, Dec 6 (Reuters) - A Russian drone hit a bus, killing 11 people, officials said.\n\n"


def _pair_then_relative(pair: str, kin: str, pronoun: str) -> str:
    return (
        _SUMY + f"Speaking from hospital, {pair} described the strike.\n\n"
        '"I saw it through the window."\n\n'
        f"{kin} said {pronoun} had heard nothing. "
        f'"There was a bang, and then I was on the floor," {pronoun} said.\n'
    )


@pytest.mark.parametrize(
    ("pair", "kin", "pronoun", "speaker"),
    [
        ("Petro Havryliuk and his wife, Nadiia Havryliuk,", "His wife", "she", "Nadiia Havryliuk"),
        ("Olena Kovalenko and her husband, Ivan Kovalenko,", "Her husband", "he", "Ivan Kovalenko"),
        ("Andriy Melnyk and his mother, Halyna Melnyk,", "His mother", "she", "Halyna Melnyk"),
        ("Oksana Bondar and her son, Taras Bondar,", "Her son", "he", "Taras Bondar"),
        (
            "Mykola Shevchenko and his daughter, Iryna Shevchenko,",
            "His daughter",
            "she",
            "Iryna Shevchenko",
        ),
        ("Daria Lysenko and her brother, Oleh Lysenko,", "Her brother", "he", "Oleh Lysenko"),
        (
            "Serhiy Tkachenko and his sister, Maria Tkachenko,",
            "His sister",
            "she",
            "Maria Tkachenko",
        ),
        ("Yulia Moroz and her father, Viktor Moroz,", "Her father", "he", "Viktor Moroz"),
    ],
)
def test_a_relative_speaking_alone_before_the_quote_is_its_pronoun(
    pair: str, kin: str, pronoun: str, speaker: str
) -> None:
    text = _pair_then_relative(pair, kin, pronoun)
    assert suggested_speaker(text, "There was a bang") == speaker


def test_a_pronoun_of_the_other_sex_is_not_the_relative() -> None:
    text = _SUMY + (
        "Speaking from hospital, Petro Havryliuk and his wife, Nadiia Havryliuk, described "
        'the strike.\n\n"I saw it through the window."\n\nHis wife said she had heard '
        'nothing. "There was a bang, and then I was on the floor," he said.\n'
    )
    assert suggested_speaker(text, "There was a bang") == "Petro Havryliuk"


def test_they_after_the_relative_is_not_the_relative() -> None:
    text = _SUMY + (
        "Speaking from hospital, Petro Havryliuk and his wife, Nadiia Havryliuk, described "
        'the strike.\n\n"I saw it through the window."\n\nHis wife said she had heard '
        'nothing. "There was a bang, and then we were on the floor," they said.\n'
    )
    assert suggested_speaker(text, "There was a bang") != "Nadiia Havryliuk"


@pytest.mark.parametrize(
    ("before", "closing", "speaker"),
    [
        # a body of another kind named before is not the one described
        ("UNICEF said two schools had been hit.", "the ministry said", None),
        ("The Israeli army said its troops had fired.", "the charity said", None),
        # an armed group described as "the group" goes on speaking
        ("Al-Shabaab said its fighters had attacked the base.", "the group said", "Al-Shabaab"),
    ],
)
def test_it_said_after_a_described_body_needs_a_body_of_that_kind(
    before: str, closing: str, speaker: str | None
) -> None:
    text = (
        _LEAD + before + f" A soldier died after crews were delayed, {closing}. "
        '"We waited for hours," it said.\n'
    )
    assert suggested_speaker(text, "We waited for hours") == speaker
