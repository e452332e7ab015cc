"""Speaker classes from the misses of articles 268-283 once they moved to dev (session 33).

Each test states one general form with sentences written for the test (invented people
and events; real places and bodies), never the articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ----------------------- "<opening phrase>, its / his spokesman said": whom the possessive means


def test_its_spokesman_after_an_opening_phrase_speaks_for_the_body_before() -> None:
    text = (
        "The Elysee said the president had been told of the raid. Asked about the losses, "
        'its spokesman said only: "The inquiry will establish the facts."'
    )
    assert _speaker(text, "The inquiry") == "Elysee"


def test_his_spokesman_speaks_for_the_person_named_before() -> None:
    text = (
        "President Bola Tinubu cancelled his trip to Lagos after the attack. "
        '"The president is being briefed hourly," his spokesman said.'
    )
    assert _speaker(text, "The president is") == "Bola Tinubu"


def test_its_spokesman_named_after_the_comma_is_the_named_person() -> None:
    text = (
        "The Sudanese army said it had retaken the bridge. Its spokesman, Nabil Abdallah, "
        'said: "The enemy has fled."'
    )
    assert _speaker(text, "The enemy") == "Nabil Abdallah"


# ----------------------- a quote set inside a sentence that ends on its attribution


def test_according_to_at_the_sentence_end_attributes_a_quote_inside_it() -> None:
    text = (
        'Two gunmen were "eliminated" in a night-long operation near Bannu, according to '
        "the Khyber Pakhtunkhwa police."
    )
    assert _speaker(text, "eliminated") == "Khyber Pakhtunkhwa police"


def test_a_speaker_and_verb_ending_the_sentence_attribute_a_quote_inside_it() -> None:
    text = 'The checkpoint was "overrun within minutes" on Sunday, said Grace Achieng, a trader.'
    assert _speaker(text, "overrun within") == "Grace Achieng"


def test_an_unnamed_source_ending_the_sentence_names_nobody() -> None:
    text = 'Three bodies were "left on the road" outside Mubi, a security source said.'
    assert _speaker(text, "left on the road") is None


def test_an_attribution_in_the_next_sentence_does_not_reach_back() -> None:
    text = (
        'Villagers called the raid a "massacre". Nine people were killed, according to the '
        "Norwegian Refugee Council."
    )
    assert _speaker(text, "massacre") is None


# ----------------------- "the statement said" after "X said <day> in a statement"


def test_the_statement_is_the_body_that_said_so_on_a_named_day_in_a_statement() -> None:
    text = (
        "ABUJA, March 9 (NAN) - Units of the Nigerian Army (NA) killed 14 insurgents, "
        "arrested 31 suspected collaborators and logistics suppliers of terrorist groups "
        "and freed nine hostages during clearance operations carried out in Borno, Yobe "
        "and Adamawa states between 2 and 8 March, the Defence Headquarters (DHQ) said "
        "Thursday in a "
        'statement.\n\n"The troops remain resolute in the fight against terrorism," the '
        "statement said."
    )
    assert _speaker(text, "The troops remain") == "DHQ"


def test_the_statement_is_the_body_that_said_late_on_a_day_in_a_statement() -> None:
    text = (
        "Gunmen of the Islamic State Sahel Province (ISSP) attacked a convoy near Menaka, "
        "the Malian Armed Forces (FAMa) said late on Monday in a statement.\n\n"
        '"Our units repelled the assailants," the statement read.'
    )
    assert _speaker(text, "Our units") == "FAMa"


def test_the_sentence_before_a_new_paragraph_is_the_last_paragraph_s_sentence() -> None:
    from annotator.core.suggest.speakers import _previous_sentence

    text = 'Raid on Menaka\n\nThe army said it repelled the attack.\n\n"We held," it said.'
    start, end = _previous_sentence(text, text.index('"We') + 1) or (0, 0)
    assert text[start:end].strip() == "The army said it repelled the attack."


# ----------------------- "The <last word of a body's name> denied ..., saying "...""


def test_people_opening_the_sentence_are_no_body_named_by_the_word() -> None:
    text = (
        "The Farmers' Union asked for protection. The farmers fled on Monday, saying the "
        'raiders had "taken every cow".'
    )
    assert _speaker(text, "taken every") is None


# ----------------------- a quote in the standfirst, between the headline and the byline


def test_a_standfirst_quote_takes_the_speaker_of_the_body_quote_repeating_it() -> None:
    text = (
        "Night raids return to Idlib\n\n"
        "Families flee as the authorities vow to crush 'criminal cells'.\n\n"
        "By Rana Saleh\n\n"
        "IDLIB, Syria – The Interior Ministry says its forces have detained 40 people, among "
        "them members of what it calls 'criminal cells'."
    )
    assert _speaker(text, "criminal cells") == "Interior Ministry"


def test_a_quote_after_the_byline_is_no_standfirst_quote() -> None:
    text = (
        "Night raids return to Idlib\n\n"
        "By Rana Saleh\n\n"
        "Families say the raids are 'collective punishment'. The Interior Ministry rejects "
        "the charge of 'collective punishment' and says the raids target criminals."
    )
    assert _speaker(text, "collective punishment") is None


# ----------------------- "the government" is the state named whole, never one of its bodies


def test_the_government_is_no_police_force_named_before() -> None:
    text = (
        "The National Police said three officers had been suspended. The government "
        'declared a "state of internal war" in March.'
    )
    assert _speaker(text, "state of internal war") is None


def test_the_government_is_the_state_over_its_police_named_since() -> None:
    text = (
        "Peru's government extended the emergency. The National Police said two officers "
        'were hurt. "We will restore order," the government said.'
    )
    assert _speaker(text, "We will restore") == "Peru"


# ----------------------- a speech verb's word after a determiner is a noun


def test_his_comments_are_no_verb_of_the_body_named_in_the_sentence() -> None:
    text = (
        "Amina Yusuf, a nurse, said she had treated 40 people. The Red Crescent welcomed "
        'her comments, adding that its teams were "stretched to the limit".'
    )
    assert _speaker(text, "stretched to") == "Red Crescent"


# ----------------------- after the quote too, the other name a body brings is the link


def test_said_a_body_known_in_arabic_as_a_name_after_the_quote_is_that_name() -> None:
    text = (
        'Fighting spread to El Obeid. "We control the city," said the Rapid Support '
        "Forces, known in Arabic as Al-Dam Al-Sari."
    )
    assert _speaker(text, "We control") == "Al-Dam Al-Sari"


def test_said_a_body_with_its_bracketed_acronym_after_the_quote_is_the_acronym() -> None:
    text = '"We hold the bridge," said the Rapid Support Forces (RSF), which took it in May.'
    assert _speaker(text, "We hold") == "RSF"
