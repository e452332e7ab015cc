"""Speakers referred back to by a description after the quote (session 33, issue 15):
"the officer said" for someone introduced as General or Colonel, "the magistrate said"
for a judge, a spokesperson whose body has a long name, and never the byline's writer.

Every sentence here is invented for its test (invented people; real states and groups),
never an article's own.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker


def test_the_officer_is_the_general_named_before() -> None:
    text = (
        "The operation was led by Brigadier General Tomas Reyes of the 8th Infantry "
        'Division. "We recovered five rifles," the officer said.'
    )
    assert _speaker(text, "We recovered") == "Tomas Reyes"


def test_the_officer_is_the_colonel_past_the_mayor_named_since() -> None:
    text = (
        "Lieutenant Colonel Jean Kabila spoke to reporters in Goma. He was joined by the "
        'mayor, Paul Mbeki. "The town is calm," the officer said.'
    )
    assert _speaker(text, "The town is calm") == "Jean Kabila"


def test_the_officer_is_the_superintendent_in_an_appositive() -> None:
    text = (
        "The head of the district police, Superintendent John Mwangi, visited the scene. "
        '"We will find them," the officer said.'
    )
    assert _speaker(text, "We will find") == "John Mwangi"


def test_the_officer_is_not_a_mayor() -> None:
    text = 'Mayor Paul Mbeki spoke to reporters in Goma. "The town is calm," the officer said.'
    assert _speaker(text, "The town is calm") is None


def test_the_magistrate_is_the_presiding_magistrate_a_paragraph_before() -> None:
    text = (
        "Presiding magistrate Maria Okoth opened the session by reading the names of the "
        "dead, one by one. Then she turned to the accused.\n\n"
        '"You are here because the victims want the truth," the magistrate said.'
    )
    assert _speaker(text, "You are here") == "Maria Okoth"


def test_the_cleric_is_the_sheikh_named_before() -> None:
    text = (
        "Sheikh Abdi Nur led prayers for the dead at the mosque in Merca. "
        '"They were innocent," the cleric said.'
    )
    assert _speaker(text, "They were innocent") == "Abdi Nur"


def test_the_lawmaker_is_the_senator_named_before() -> None:
    text = 'Senator Ana Ruiz visited the camp on Friday. "This is a disgrace," the lawmaker said.'
    assert _speaker(text, "This is a disgrace") == "Ana Ruiz"


def test_she_after_the_spokesperson_sentence_is_the_spokesperson_of_a_long_named_body() -> None:
    text = (
        "Briefing journalists in Geneva, spokesperson for the Office of the UN High "
        "Commissioner for Human Rights (OHCHR), Marta Lind, said six children were among "
        "the dead.\n\nThe spokesperson did not name the foreign personnel. She replied: "
        '"We are still verifying the information."'
    )
    assert _speaker(text, "We are still") == "Marta Lind"


def test_the_magistrate_is_never_the_bylines_writer() -> None:
    text = (
        "Court hears former soldiers\n\nBy Diana Perez\n\nYOPAL, Colombia - The hearing "
        "opened on Monday in a sports hall.\n\n"
        '"You are here because the victims want the truth," the magistrate said.'
    )
    assert _speaker(text, "You are here") is None


def test_the_officer_is_the_unnamed_one_introduced_since_the_general() -> None:
    text = (
        "General Tomas Reyes flew to the base on Monday. A police officer who asked not to "
        'be named said the roads were closed. "Nobody can pass," the officer said.'
    )
    assert _speaker(text, "Nobody can pass") is None


def test_the_farmer_is_the_one_introduced_as_a_farmer_in_his_own_sentence() -> None:
    text = (
        "Abdi Nur, a farmer in Beledweyne, lost his crops in the floods. The governor, Ali "
        'Jeyte, toured the area. "I have nothing left to sell," the farmer said.'
    )
    assert _speaker(text, "I have nothing") == "Abdi Nur"


# ------------------------------------- an opening phrase naming actors, then "the <role>"


def test_the_colonel_after_an_asked_phrase_naming_a_group_is_the_colonel() -> None:
    text = (
        "Colonel Ahmed Salah briefed reporters in Kabul. Asked whether the Taliban had "
        'withdrawn, the colonel said: "They have not."'
    )
    assert _speaker(text, "They have not") == "Ahmed Salah"


def test_the_governor_after_a_time_phrase_naming_a_group_is_the_governor() -> None:
    text = (
        "Governor Amina Yusuf met the families in Maiduguri. After the Boko Haram attack "
        'on Monday, the governor told reporters: "We will rebuild every house."'
    )
    assert _speaker(text, "We will rebuild") == "Amina Yusuf"


def test_the_mayor_after_an_asked_phrase_is_the_mayor_not_the_colonel() -> None:
    text = (
        "Colonel Ahmed Salah and Mayor Rahim Dost briefed reporters in Kabul. Asked about "
        'the Taliban, the mayor said: "They have not come back."'
    )
    assert _speaker(text, "They have not") == "Rahim Dost"


def test_a_description_nobody_holds_after_an_asked_phrase_is_nobody() -> None:
    text = (
        "The Taliban took the district on Monday. Asked about the Taliban, the farmer "
        'said: "They took everything."'
    )
    assert _speaker(text, "They took") is None


# ------------------------------------- a partial quote, the sentence's closing attribution


def test_a_partial_quote_links_the_acronym_of_the_body_reporting_at_the_sentence_end() -> None:
    text = (
        'Four soldiers died in clashes with "irregular groups" in the border state of Apure, '
        "the Bolivarian National Armed Forces (FANB) reported on Sunday, while 1,500 people "
        "fled."
    )
    assert _speaker(text, "irregular groups") == "FANB"


def test_a_partial_quote_links_the_source_of_a_closing_according_to() -> None:
    text = (
        'Clashes with "irregular groups" left four dead in Apure, according to the '
        "Bolivarian National Armed Forces (FANB)."
    )
    assert _speaker(text, "irregular groups") == "FANB"


def test_a_partial_quote_links_the_body_saying_in_a_statement_at_the_sentence_end() -> None:
    text = (
        'Two children were among the "martyrs" of the strike on Singa, the Sudan Doctors '
        "Network said in a statement."
    )
    assert _speaker(text, "martyrs") == "Sudan Doctors Network"


def test_a_partial_quote_after_a_dateline_links_the_closing_reporter_not_the_capital() -> None:
    text = (
        'Caracas, 30 Nov (EFE).- Four soldiers died in clashes with "irregular groups" in '
        "Apure, the Bolivarian National Armed Forces (FANB) reported on Sunday."
    )
    assert _speaker(text, "irregular groups") == "FANB"


def test_a_partial_quote_in_a_sentence_that_speaks_before_it_is_not_the_closers() -> None:
    text = 'Residents described the attack as "a massacre", which the RSF denied, the UN said.'
    assert _speaker(text, "a massacre") != "UN"


def test_a_partial_quote_with_an_unnamed_closing_source_is_nobodys() -> None:
    text = 'The "peace caravan" reached Goma on Monday, organisers said.'
    assert _speaker(text, "peace caravan") is None


# ------------------------------------- "the statement said" after "<Body>, in a statement, ..."


def test_the_statement_is_the_bodys_that_set_it_off_when_no_spokesperson_follows() -> None:
    text = (
        "Al-Shabaab, in a statement on its radio station, claimed the attack. "
        '"The apostate soldiers were punished," the statement read.'
    )
    assert _speaker(text, "The apostate") == "Al-Shabaab"


def test_the_statement_is_not_another_bodys_spokesman() -> None:
    text = (
        "The New People's Army, in a statement posted online, gave a different account. The "
        'army\'s spokesman, Col. Jose Reyes, rejected it. "The so-called encounter is a lie," '
        "the statement said."
    )
    assert _speaker(text, "The so-called") == "New People's Army"
