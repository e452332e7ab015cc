"""SPK32: attribution shapes of the batch 914-921 that the grammar in speakers.py missed.

Every sentence here is invented for the test (real states and bodies, invented people and
events) and runs through the real suggester with the shipped gazetteer.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker


def test_a_list_of_states_after_the_plural_of_their_senders_is_headed_by_its_first() -> None:
    # "The governments of A, B and C said": A, B and C are the speakers, not an object of
    # "of"; the guideline links a joint quote to the first named
    text = (
        "The governments of Canada, Norway and Japan said in a joint statement that they "
        'were "deeply worried by the arrests of aid workers" in the capital.'
    )
    assert suggested_speaker(text, "deeply worried") == "Canada"
    text = (
        "The foreign ministers of Ghana, Senegal, Kenya and Egypt said after the meeting "
        'that they were "ready to host the next round" of talks.'
    )
    assert suggested_speaker(text, "ready to host") == "Ghana"


def test_an_object_of_of_before_a_list_is_still_no_speaker() -> None:
    # ("Mediators who met the envoys of A, B and C said": the plural is the object of "met",
    # not the sentence's subject, and the list no list of speakers)
    text = (
        "Mediators who met the envoys of Chad, Niger and Mali said that the talks were "
        '"a step forward for the whole region".'
    )
    assert suggested_speaker(text, "a step forward") != "Chad"


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


def test_the_official_after_the_role_that_just_spoke() -> None:
    text = (
        "Residents met several visitors on Friday: the governor of Kassala, Hamid Osman "
        "Idris, a delegation of the World Food Programme and the town's police chief, "
        "Babiker Adam Tiraab, who had driven in from the border.\n\n"
        '"We counted forty families on the road," the governor said. The police chief '
        "said he had sent two patrols to the crossing. "
        '"Both came back before dark," the official said.'
    )
    assert suggested_speaker(text, "Both came back") == "Babiker Adam Tiraab"


def test_the_spokesperson_after_a_body_spoke_through_one_unnamed() -> None:
    text = (
        "The World Food Programme, through a spokesperson in Nairobi, said its convoys to "
        'the camps had resumed. "Two hundred lorries crossed on Monday," the spokesperson said.'
    )
    assert suggested_speaker(text, "Two hundred lorries") == "World Food Programme"


def test_the_spokesman_is_the_last_one_introduced_not_an_earlier_named_one() -> None:
    # the spokesman named earlier speaks for another body; the one introduced since,
    # unnamed, speaks for UNICEF
    text = (
        "Kenya's interior ministry spokesman, Col. Peter Waweru Njoroge, said the border "
        "crossing at Mandera would stay shut until Friday.\n\n"
        "UNICEF's spokesman said some 300 children were waiting on the Somali side. "
        '"They need water before they need papers," the spokesman told reporters.'
    )
    assert suggested_speaker(text, "They need water") == "UNICEF"


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
