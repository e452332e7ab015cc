"""SPK32: attribution shapes of the batch 914-921 that the grammar in speakers.py missed.

Every sentence here is invented for the test (real states and bodies, invented people and
events) and runs through the real suggester with the shipped gazetteer.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker


def test_quoted_as_calling_gives_the_words_to_the_person_quoted() -> None:
    text = (
        "The state broadcaster ORTB quoted the interior minister, Kossi Amegan Dossou, as "
        'calling the ambush "a cowardly act against farmers who feed the country".'
    )
    assert suggested_speaker(text, "a cowardly act") == "Kossi Amegan Dossou"


def test_they_after_two_people_named_in_apposition_to_a_plural_noun() -> None:
    text = (
        "Two teachers in Kalehe, Esperance Mutoni and Didier Bahati, said the school had "
        'been looted twice since June. "They took even the blackboards," they said.'
    )
    assert suggested_speaker(text, "They took even") == "Esperance Mutoni"
    text = (
        "Two nurses at the hospital supported by Médecins Sans Frontières (MSF), "
        "Grace Achieng Oduya and Samuel Kiprono, said most patients had burns. "
        '"We ran out of dressings by noon," they said.'
    )
    assert suggested_speaker(text, "We ran out") == "Grace Achieng Oduya"


def test_the_words_a_sign_read_have_no_speaker() -> None:
    # whoever stands by the sign, or the body whose office it stands at, says nothing
    text = (
        "On Monday, dozens of women gathered outside the ICRC office in Goma holding a "
        'cardboard sign that read "Bring our sons home before the rains".'
    )
    assert suggested_speaker(text, "Bring our sons") is None
    text = (
        "Relatives marched to the MONUSCO base in Beni on Friday carrying placards which "
        'read "Peacekeepers, where were you on the night of the raid?"'
    )
    assert suggested_speaker(text, "Peacekeepers, where") is None


def test_a_statement_that_read_after_placards_keeps_its_body() -> None:
    # review62a S3: a text that reads of its own stands between the placards and "read"
    text = (
        "As protesters waved placards, a statement from the Sudanese Professionals "
        'Association read: "We will march on Thursday."'
    )
    assert suggested_speaker(text, "We will march") == "Sudanese Professionals Association"
