"""FIXSPK63: general attribution shapes met across the dev set's speaker misses, on
sentences written for these tests (invented people and events; real places and bodies),
driving the real suggester."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

_LEAD = "NYALA, Dec 6 (Reuters) - Gunmen raided three villages in South Darfur this week.\n\n"


# --- '"...," the spokesperson said' after '<Body>, through a spokesperson, said ...' ---


def test_the_spokesperson_after_through_a_spokesperson_is_the_body() -> None:
    text = (
        _LEAD + "The World Food Programme (WFP), through a spokesperson in Geneva, said "
        "deliveries to the camps had stopped. "
        '"Our trucks cannot reach the valley before the rains end," the spokesperson said.\n'
    )
    assert suggested_speaker(text, "Our trucks") == "WFP"


def test_the_spokeswoman_after_said_through_a_spokeswoman_is_the_body() -> None:
    text = (
        _LEAD + "The Norwegian Refugee Council said through a spokeswoman that its staff "
        'had left Nyala. "We will go back when the roads are safe," the spokeswoman said.\n'
    )
    assert suggested_speaker(text, "We will go") == "Norwegian Refugee Council"


def test_a_named_army_spokesman_keeps_his_quote_over_a_body_through_a_spokesperson() -> None:
    text = (
        _LEAD + "Army spokesman Col. Ibrahim Adam Juma said troops had repelled the attack. "
        "The UN, through a spokesperson, called for calm. "
        '"Our troops remain in control of the town," the spokesman said.\n'
    )
    assert suggested_speaker(text, "Our troops") == "Ibrahim Adam Juma"


def test_through_a_spokesman_does_not_give_a_spokeswomans_quote() -> None:
    text = (
        _LEAD + "UNICEF, through a spokesman, said children were at risk. "
        '"We have not reached Nyala in weeks," the spokeswoman said.\n'
    )
    assert suggested_speaker(text, "We have not") is None


def test_through_a_spokesperson_in_the_paragraph_before_does_not_carry_over() -> None:
    # review63b S6: the "through" sentence right before the quote, but a paragraph back
    text = (
        _LEAD + "The IOM, through a spokesperson in Khartoum, said 300 people had returned."
        '\n\n"We will house them," the spokesperson said.\n'
    )
    assert suggested_speaker(text, "We will house") is None


def test_through_a_spokesperson_after_a_states_body_is_the_body() -> None:
    # review63b S1: the body that spoke, not the state that owns it
    text = (
        _LEAD + "Sudan's Health Ministry, through a spokesperson, said the clinics had "
        'reopened. "Medicines arrive on Monday," the spokesperson said.\n'
    )
    assert suggested_speaker(text, "Medicines arrive") == "Health Ministry"


# --- "the court" / "the chamber" as on main (review63b S9/S3: the FIXSPK63 change that
# made them stand only for a body whose name holds the noun was reverted) ---

_GOMA = "KINSHASA, Dec 6 (Reuters) - Fighting resumed near Goma on Friday.\n\n"


def test_the_court_after_the_icj_ordered_is_the_icj() -> None:
    text = (
        _GOMA + "The ICJ ordered Uganda to pay for the damage done in Ituri. "
        '"The harm to the villages was grave," the court said.\n'
    )
    assert suggested_speaker(text, "The harm") == "ICJ"


def test_the_chamber_after_the_national_assembly_is_the_assembly() -> None:
    text = (
        _GOMA + "The National Assembly passed the amnesty law on Tuesday. "
        '"Peace in the east comes first," the chamber said.\n'
    )
    assert suggested_speaker(text, "Peace in") == "National Assembly"


def test_a_witness_who_told_the_court_keeps_the_quote() -> None:
    text = (
        _GOMA + "The High Military Court heard three witnesses on Friday. Witness Amani "
        'Kasongo told the court: "I saw the soldiers leave before dawn."\n'
    )
    assert suggested_speaker(text, "I saw") == "Amani Kasongo"


# --- words that withhold the speaker's name, after "he/she said" or in "did not want to
# be named": the speaker is anonymous ---

_ADEN = "ADEN, Dec 6 (Reuters) - A drone hit a market in Lahj province on Friday.\n\n"


def test_she_said_asking_that_her_name_not_be_used_is_nobody() -> None:
    text = (
        _ADEN + "Rights lawyer Samira Abdo Haidar said the market had no shelter. "
        "A parishioner in Tuban, reached by telephone, said the stalls had burned. "
        '"We lost everything in one night," she said, asking that her name not be used.\n'
    )
    assert suggested_speaker(text, "We lost") is None


def test_he_said_asking_not_to_be_named_is_nobody() -> None:
    text = (
        _ADEN + "Governor Ahmed Hadi Lamlas said the market would reopen next week. "
        "A stallholder in Tuban, reached by telephone, said the fire spread fast. "
        '"We had water but no pumps," he said, asking not to be named.\n'
    )
    assert suggested_speaker(text, "We had water") is None


def test_a_third_person_who_did_not_want_to_be_named_keeps_the_named_she() -> None:
    # review63b S4: the withholding words of another person, further back, do not wipe
    # the quote of the named woman that "she" stands for
    text = (
        _ADEN + "Nurse Halima Saeed Qassem said a porter, who did not want to be named, "
        'saw the drone circle twice. "It came back for the crowd," she said.\n'
    )
    assert suggested_speaker(text, "It came back") == "Halima Saeed Qassem"


def test_he_said_who_did_not_want_to_be_named_is_nobody() -> None:
    text = (
        _ADEN + "Governor Ahmed Hadi Lamlas said the market would reopen next week. "
        '"Nobody walks here after dark," he said, who did not want to be named.\n'
    )
    assert suggested_speaker(text, "Nobody walks") is None


def test_an_anonymous_third_person_after_the_turn_keeps_the_speaker() -> None:
    text = (
        _ADEN + "Governor Ahmed Hadi Lamlas visited the market. "
        '"We will rebuild it," he said, adding that one trader, who asked not to be '
        "named, had lost everything.\n"
    )
    assert suggested_speaker(text, "We will rebuild") == "Ahmed Hadi Lamlas"


def test_he_said_adding_a_plan_keeps_the_speaker() -> None:
    text = (
        _ADEN + "Governor Ahmed Hadi Lamlas visited the market. "
        '"We will rebuild it," he said, adding that traders would be paid.\n'
    )
    assert suggested_speaker(text, "We will rebuild") == "Ahmed Hadi Lamlas"
