"""Speakers (issue 15, PRT27S): classes of quotes whose speaker the perturbation check
(scripts/perturb_check.py) found right on a dev article and wrong on a variant of it
(attribution rephrased, a paragraph put between a speaker and a later quote), checked
with the real suggester on sentences written for these tests (invented people and
events; real states and bodies)."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

# ---------- '"...," the deputy commissioner said': a role with its modifiers after a quote

_BACKGROUND = "The only bridge over the river was washed away in the floods of 2019.\n\n"


def test_a_modified_role_after_the_quote_is_the_person_named_with_it() -> None:
    text = (
        "The deputy commissioner of the district, Ravindra Kumar Joshi, ordered a curfew "
        "on Tuesday.\n\n" + _BACKGROUND + '"Anyone found with a weapon will be detained," '
        "the deputy commissioner said."
    )
    assert suggested_speaker(text, "Anyone found") == "Ravindra Kumar Joshi"


def test_a_modified_role_is_not_the_body_named_in_the_paragraph_between() -> None:
    text = (
        "The chief minister, Farhan Ali Qureshi, visited the wounded in hospital.\n\n"
        "The International Committee of the Red Cross has asked both sides to let "
        'medicines through.\n\n"Their sacrifice will be remembered," the chief minister '
        "said."
    )
    assert suggested_speaker(text, "Their sacrifice") == "Farhan Ali Qureshi"


def test_a_retired_general_after_a_paragraph_of_background() -> None:
    text = (
        "Musa Danladi Garba, a retired general who leads the state's security council, "
        "visited the village on Sunday.\n\n" + _BACKGROUND + '"We will not abandon these '
        'people," the retired general said.'
    )
    assert suggested_speaker(text, "We will not abandon") == "Musa Danladi Garba"


# ---------- a person named as the one who said something says the next quote's "he"


def test_a_pronoun_quote_after_said_a_description_comma_name() -> None:
    # the doctor, named after "said a doctor there,", spoke; "he" is him, not the
    # spokesman of the paragraph before
    for between in ("\n\n", "\n\n" + _BACKGROUND):
        text = (
            "Twelve people were hurt, said Tomas Ekwueme, a spokesman for the state fire "
            'service. "The walls fell inwards," Ekwueme said.\n\n'
            "The wounded were taken to the town hospital, said a doctor there, Kelechi "
            "Nwosu." + between + '"Some of the children had burns on their faces," he said.'
        )
        assert suggested_speaker(text, "Some of the children") == "Kelechi Nwosu"


def test_a_pronoun_quote_after_a_sentence_opening_according_to_a_titled_name() -> None:
    text = (
        "Four guards were killed, said Hamid Rasuli, a spokesman for the provincial "
        'administration. "They had no armoured vehicles," Rasuli said.\n\n'
        "According to District Police Officer Kelechi Nwosu, about 20 gunmen attacked the "
        "post from two sides.\n\n" + _BACKGROUND + '"Our men held the post until dawn," he '
        "told reporters."
    )
    assert suggested_speaker(text, "Our men held") == "Kelechi Nwosu"


# ---------- "the diocese said": a body named with its head noun before "of" or "for"


def test_the_head_noun_before_of_names_the_body() -> None:
    for between in ("", _BACKGROUND):
        text = (
            "The Catholic Diocese of Lodwar condemned the killings in a letter read at "
            "Mass.\n\n" + between + '"Revenge will only bring more graves," the diocese said.'
        )
        assert suggested_speaker(text, "Revenge will") == "Catholic Diocese of Lodwar"


def test_the_head_noun_before_for_names_the_body_by_its_acronym() -> None:
    text = (
        "The Kenyan League for Civil Liberties (KLCL) criticised the verdict on Monday.\n\n"
        + _BACKGROUND
        + '"A fair trial is not a favour," the league said in a statement.'
    )
    assert suggested_speaker(text, "A fair trial") == "KLCL"


def test_a_body_whose_head_noun_is_another_stays_unresolved() -> None:
    # "the league" is not a diocese: no body named before has it as its head noun
    text = (
        "The Catholic Diocese of Lodwar condemned the killings.\n\n"
        '"Revenge will only bring more graves," the league said.'
    )
    assert suggested_speaker(text, "Revenge will") != "Catholic Diocese of Lodwar"


# ---------- a crosshead between a quote and the sentence that names its speaker again


def test_the_name_after_a_crosshead_attributes_the_quote_as_without_it() -> None:
    for crosshead in ("", "What the governor says\n\n"):
        text = (
            "Twelve houses burned, said Amina Farah Dualeh, who heads the camp committee. "
            '"We counted the dead until noon. Nobody came to help us."\n\n'
            + crosshead
            + "Dualeh said the army arrived two days later and left the same evening."
        )
        assert suggested_speaker(text, "We counted") == "Dualeh"


def test_a_full_sentence_line_is_no_crosshead() -> None:
    # a one-line paragraph that ends with a full stop is a sentence: the name after it
    # does not open the sentence right after the quote
    text = (
        "Twelve houses burned, said Amina Farah Dualeh, who heads the camp committee. "
        '"We counted the dead until noon. Nobody came to help us."\n\n'
        "The army did not reply.\n\n"
        "Dualeh said the army arrived two days later and left the same evening."
    )
    assert suggested_speaker(text, "We counted") == "Amina Farah Dualeh"
