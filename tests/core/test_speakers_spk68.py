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
