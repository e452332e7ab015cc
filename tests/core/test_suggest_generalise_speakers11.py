"""Rules generalised from probing wire attribution forms and from the misses on
development articles 152-158 (issue 15): speakers by the grammar of attribution,
and the ACTOR mentions those speakers need.

Each test states one general form with sentences written for the test
(invented people and events; real states, capitals and groups), never the
articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker
from tests.core.suggest_probes import suggested_texts as _suggested

# ------------------------------- surnames with particles: "dan", "ag", "van der"


def test_a_hausa_name_with_dan_is_one_person_and_its_surname_speaks() -> None:
    text = (
        '"Grain prices doubled in a month," says Salisu Yakubu dan Iya, a trader in Zinder. '
        '"Dan Iya cannot sell what nobody can buy," he adds.\n\n'
        'Dan Iya says the border market has been shut since May. "We wait," he says.'
    )
    assert _speaker(text, "Grain prices") == "Salisu Yakubu dan Iya"
    assert "Salisu Yakubu" not in _suggested(text)
    assert "Dan Iya" in _suggested(text)


def test_a_tuareg_name_with_ag_is_one_person() -> None:
    text = '"The wells near Anefis are dry," said Mohamed ag Ahmadou, a herder.'
    assert _speaker(text, "The wells") == "Mohamed ag Ahmadou"


def test_a_surname_with_particles_speaks_after_a_full_name_with_no_speech_verb() -> None:
    text = (
        "Pieter van den Broek leads the dredging crew at the port. "
        '"The channel silts up every week," van den Broek said.'
    )
    assert _speaker(text, "The channel") == "van den Broek"
    assert "Pieter van den Broek" in _suggested(text)


def test_a_role_word_before_a_name_with_particles_stays_out_of_it() -> None:
    text = (
        "Surveyor Inês da Cunha mapped the flooded streets. "
        '"Half the district is under water," da Cunha said.'
    )
    assert _suggested(text)[0] == "Inês da Cunha"


# ------------------------------------- joint speakers, each named with a body's role


def test_joint_speakers_after_body_roles_then_they_link_to_the_first_named() -> None:
    text = (
        "The UN envoy, Ines Marquardt, and the World Bank's country director, Obiora Nwosu, "
        "said in a joint statement that the fund was empty. "
        '"We are deciding which clinics close," they said.'
    )
    assert _speaker(text, "We are deciding") == "Ines Marquardt"


def test_a_name_after_an_acronyms_possessive_role_is_a_person() -> None:
    text = (
        "UNICEF's country representative, Ines Marquardt, and WHO's envoy, Obiora Nwosu, "
        'said: "Every school in the valley is now a shelter."'
    )
    assert "Ines Marquardt" in _suggested(text)
    assert _speaker(text, "Every school") == "Ines Marquardt"


def test_a_name_of_a_body_before_a_speech_verb_is_a_person() -> None:
    text = 'Obiora Nwosu of the Norwegian Refugee Council told AFP: "The camp doubled in May."'
    assert "Obiora Nwosu" in _suggested(text)
    assert _speaker(text, "The camp doubled") == "Obiora Nwosu"


def test_joint_speakers_each_of_a_body_link_to_the_first_named() -> None:
    text = (
        "Ines Marquardt of UNICEF and Obiora Nwosu of the WHO said in a joint statement: "
        '"Measles spreads faster than the vaccines arrive."'
    )
    assert _speaker(text, "Measles spreads") == "Ines Marquardt"
