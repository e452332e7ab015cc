"""Speakers named some way before their words: the body whose report or
statement "the report said" means, the body a sentence names in a relative clause after
"calls itself", a ministry named paragraphs before "In its statement, the ministry said"; and
speakers the paper leaves anonymous ("who does not want his name used"), who link to nobody.

Every sentence here is invented for its test (invented people; real states and groups),
never an article's own.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ------------------------------------- "the report said": who said it in a report


def test_the_report_is_the_subject_that_issued_it_not_a_body_in_its_relative_clause() -> None:
    text = (
        "The UN Human Rights Office (OHCHR), which works with the peacekeeping mission "
        "MONUSCO, said in a report that 30 people had been killed. The office said soldiers "
        'had shot at least five young men. "Some were killed in front of their families," '
        "the report said."
    )
    assert _speaker(text, "Some were killed") == "OHCHR"


def test_the_report_of_a_body_named_alone_stays_that_body() -> None:
    text = (
        "Human Rights Watch said in a report on Tuesday that the raids were unlawful. "
        '"The killings were deliberate," the report said.'
    )
    assert _speaker(text, "The killings") == "Human Rights Watch"


# ------------------------------------- "the group said" after a body that names itself


def test_the_group_is_the_militia_that_calls_itself_by_name_not_an_ngo_called_a_group() -> None:
    text = (
        "The Sudan Doctors Network, a medical group that counts the dead, gave a toll of 17. "
        "The militia, which calls itself the Beja Defence Front, is one of several armed "
        'groups in the east. In a statement, the group said its fighters had been "attacked '
        'first".'
    )
    assert _speaker(text, "attacked first") == "Beja Defence Front"


def test_the_group_is_the_militia_calling_itself_by_name() -> None:
    text = (
        "Save the Children, an aid group, said two schools were shut. A new militia calling "
        'itself the Sons of the Valley claimed the raid. "We will return," the group said.'
    )
    assert _speaker(text, "We will return") == "Sons of the Valley"


# ------------------------------------- "the ministry said" a page after the ministry

_MANY_BODIES_BETWEEN = (
    "AFP and Reuters could not confirm the toll. The area is a stronghold of Islamic State "
    "Sahel Province (ISSP). According to OCHA, thousands have fled since January. The junta "
    "expelled French troops, broke with ECOWAS and formed the Alliance of Sahel States (AES) "
    "with Mali and Burkina Faso. UNICEF and the WFP have cut rations. Amnesty International "
    "and Human Rights Watch have criticised both sides. "
)


def test_the_ministry_is_the_one_named_a_dozen_bodies_before_not_a_state_named_since() -> None:
    text = (
        "Niger's defence ministry said 11 soldiers were killed near Tillia. "
        + _MANY_BODIES_BETWEEN
        + 'In its statement, the ministry said drones were "tracking the attackers".'
    )
    assert _speaker(text, "tracking the attackers") == "Niger"


def test_the_ministry_named_nearer_still_wins_over_one_far_back() -> None:
    text = (
        "Niger's defence ministry said 11 soldiers were killed near Tillia. "
        + _MANY_BODIES_BETWEEN
        + "Mali's foreign ministry denied sheltering the attackers. "
        + 'In its statement, the ministry said the claim was "baseless".'
    )
    assert _speaker(text, "baseless") == "Mali"


def test_the_group_does_not_reach_past_the_groups_named_since() -> None:
    text = (
        "The Wagner Group left Mali last year. "
        + _MANY_BODIES_BETWEEN
        + 'On Monday fighters of JNIM ambushed a convoy. "We will strike again," the group said.'
    )
    assert _speaker(text, "We will strike") == "JNIM"


# ------------------------------------- anonymous: the paper withholds the name


def test_he_after_someone_who_does_not_want_his_name_used_is_nobody() -> None:
    text = (
        "Amina Bello says she will not go home. A teacher beside her, who does not want his "
        'name used, shakes his head. "We have seen this before," he says.'
    )
    assert _speaker(text, "We have seen") is None


def test_she_after_someone_who_asked_that_her_name_be_withheld_is_nobody() -> None:
    text = (
        "Fatima Sule lost her shop. Her neighbour, who asked that her name be withheld, was "
        'angry. "Nobody came," she said.'
    )
    assert _speaker(text, "Nobody came") is None


def test_he_after_someone_who_requested_anonymity_is_nobody() -> None:
    text = (
        "Kofi Mensah, the district chief, left on Monday. A soldier at the post, who requested "
        'anonymity, was blunt. "We are outnumbered," he said.'
    )
    assert _speaker(text, "We are outnumbered") is None


def test_he_after_a_named_man_who_wants_his_name_used_is_that_man() -> None:
    text = (
        "Musa Garba, a teacher, wants his name used. He lost his school in the raid. "
        '"We will rebuild it," he said.'
    )
    assert _speaker(text, "We will rebuild") == "Musa Garba"


# ------------------------------------- "It also said": after "the report said"


def test_it_after_the_report_said_is_the_body_that_issued_the_report() -> None:
    text = (
        "The UN Joint Human Rights Office (UNJHRO), which works with MONUSCO, said in a "
        'report that 30 people were killed. "Some were shot in front of their families," '
        "the report said. It also said 12 people were missing and called on Kinshasa to open "
        '"prompt investigations".'
    )
    assert _speaker(text, "prompt investigations") == "UNJHRO"


def test_it_is_never_the_body_its_own_verb_names_before_the_quote() -> None:
    text = (
        'Amnesty International published its findings on Tuesday. "Some were shot in front '
        'of their families," the report said. It also called on Abuja to open "a credible '
        'inquiry".'
    )
    assert _speaker(text, "a credible inquiry") == "Amnesty International"


# ------------------------------------- joint speakers: a relative clause naming a body


# ------------------------------------- a quote paragraph after the one about its speaker


def test_a_quote_paragraph_after_a_role_owning_a_name_is_nobodys() -> None:
    text = (
        "The road to Halima Abdi's village was cut by the floods."
        '\n\n"Every week more families arrive, and the rations are the same."'
    )
    assert _speaker(text, "Every week") is None


# ------------------------------------- "the woman said": a description that tells a sex


def test_the_woman_is_the_woman_named_before_past_a_man_named_since() -> None:
    text = (
        "Amina Yusuf sat outside the clinic with her baby. Dr. Ahmed Ali said the clinic had "
        'no medicine. "My baby has had a fever for three days," the woman said.'
    )
    assert _speaker(text, "My baby has") == "Amina Yusuf"


def test_the_father_is_the_nearest_man_named() -> None:
    text = (
        "Grace Eze, a nurse, said the ward was full. Samuel Okafor waited at the gate for "
        'news of his son. "Nobody tells us anything," the father said.'
    )
    assert _speaker(text, "Nobody tells") == "Samuel Okafor"


# ------------------------------------- "the agency said": a UN agency, not the UN


def test_the_agency_is_the_un_agency_named_before_not_the_un_named_since() -> None:
    text = (
        "UNICEF said 40 schools had been destroyed. The UN said funding was short. "
        '"Children are out of school for a second year," the agency said.'
    )
    assert _speaker(text, "Children are out") == "UNICEF"


# ------------------------------------- '"...," the statement quoted Gen. X as saying'


def test_quoted_as_saying_after_the_quote_takes_the_person_past_a_title() -> None:
    text = (
        'The army issued a statement on Monday. "We will pursue the terrorists," the '
        "statement quoted Gen. Ahmed Nur as saying."
    )
    assert _speaker(text, "We will pursue") == "Ahmed Nur"


def test_quoted_as_saying_takes_the_person_past_a_role_in_apposition() -> None:
    text = '"We will pursue them," the agency quoted the governor, Ahmed Nur, as saying.'
    assert _speaker(text, "We will pursue") == "Ahmed Nur"


def test_quoted_as_saying_a_source_close_to_someone_is_not_that_someone() -> None:
    text = '"We will pursue them," the agency quoted the wife of Ahmed Nur as saying.'
    assert _speaker(text, "We will pursue") is None


def test_a_quote_paragraph_after_a_speaker_then_a_sentence_naming_nobody_is_the_speakers() -> None:
    text = (
        "Ahmed Nur, a fisherman, said the boats had not gone out for a week. The port has "
        'been closed since the strike.\n\n"We are eating what we saved."'
    )
    assert _speaker(text, "We are eating") == "Ahmed Nur"


def test_a_quote_paragraph_after_someone_who_did_not_speak_then_a_sentence_is_nobodys() -> None:
    text = (
        "Ahmed Nur lost his boat in the storm. The port has been closed since the strike."
        '\n\n"We are eating what we saved."'
    )
    assert _speaker(text, "We are eating") is None


def test_a_quote_paragraph_after_but_x_disputed_that_is_xs() -> None:
    text = (
        "The army said it had retaken the town, but Ahmed Nur, a resident, disputed that."
        '\n\n"They came, took photos and went."'
    )
    assert _speaker(text, "They came") == "Ahmed Nur"


def test_a_quote_paragraph_after_a_sentence_that_follows_a_partial_quote_is_its_subjects() -> None:
    text = (
        'In a report in March, the Ombudsman\'s Office warned of "a serious risk". The '
        "office's regional delegate, Ana María Lozano, put it bluntly.\n\n"
        '"Children of 12 are being taken from their schools."'
    )
    assert _speaker(text, "Children of 12") == "Ana María Lozano"


def test_a_quote_after_she_said_split_into_its_own_sentence_is_still_hers() -> None:
    text = (
        'Amina Yusuf waited at the gate. "Where is the food?" she asked. '
        '"We were told it would come on Monday."'
    )
    assert _speaker(text, "We were told") == "Amina Yusuf"


# ------------------------------------- an alias in quote marks still names its bearer


def test_a_commander_known_by_an_alias_in_quote_marks_speaks_under_it() -> None:
    text = (
        'The front\'s commander, who goes by the alias "Jhonier", told local radio last '
        'month that his fighters would "defend the territory to the last man".'
    )
    assert _speaker(text, "defend the territory") == "Jhonier"


def test_she_after_someone_whose_name_is_withheld_is_nobody() -> None:
    text = (
        "Amina Yusuf fled with her children. Her neighbour, whose name is withheld for her "
        'safety, stayed behind. "I could not leave my mother," she said.'
    )
    assert _speaker(text, "I could not leave") is None
