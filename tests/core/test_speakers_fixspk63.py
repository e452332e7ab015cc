"""FIXSPK63: general attribution shapes met across the dev set's speaker misses, on
sentences written for these tests (invented people and events; real places and bodies),
driving the real suggester."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

_LEAD = "NYALA, Dec 6 (Reuters) - Gunmen raided three villages in South Darfur this week.\n\n"


# --- a quote paragraph after a paragraph whose earlier sentence reports a named
# person's words and whose last sentence is a fact naming nobody ---


def test_quote_paragraph_after_said_x_and_a_fact_is_x() -> None:
    text = (
        _LEAD + "The raiders burned the granary and the school, said Musa Idris Tahir, "
        "a member of the village committee. Two teachers were also among the dead.\n\n"
        '"We buried them at dawn and then we ran towards the wadi."\n'
    )
    assert suggested_speaker(text, "We buried") == "Musa Idris Tahir"


def test_quote_paragraph_after_role_apposition_and_he_said_is_the_person() -> None:
    text = (
        _LEAD + "The head of the rural clinic, Amadou Kone Sissoko, said by phone that "
        "30 bodies had arrived on Tuesday. Among the dead were four children, he said.\n\n"
        '"We have one doctor for a hundred patients and no blood at all."\n'
    )
    assert suggested_speaker(text, "We have one") == "Amadou Kone Sissoko"


def test_quote_paragraph_after_mayor_named_at_sentence_end_is_the_mayor() -> None:
    text = (
        _LEAD + "In Kafr Tibnit, a strike killed a farmer and his two sons, the town's "
        "mayor, Rami Haddad Nasr, said. A shepherd was also hurt near the river, where "
        "the strike hit a barn.\n\n"
        '"We buried them side by side this morning."\n'
    )
    assert suggested_speaker(text, "We buried") == "Rami Haddad Nasr"


def test_quote_paragraph_after_others_words_stays_nobodys() -> None:
    text = (
        _LEAD + "The raiders burned the granary and the school, said Musa Idris Tahir, "
        "a member of the village committee. Two residents said the gunmen came back "
        "at noon.\n\n"
        '"We buried them at dawn and then we ran towards the wadi."\n'
    )
    assert suggested_speaker(text, "We buried") is None


def test_quote_paragraph_after_an_unnamed_nurse_said_stays_nobodys() -> None:
    text = (
        _LEAD + "The head of the rural clinic, Amadou Kone Sissoko, said by phone that "
        "30 bodies had arrived on Tuesday. Among the dead were four children, a nurse "
        "said.\n\n"
        '"We have one doctor for a hundred patients and no blood at all."\n'
    )
    assert suggested_speaker(text, "We have one") is None


def test_quote_paragraph_after_a_named_victim_stays_nobodys() -> None:
    # review63b S10: the person the sentence reports harmed, sourced to others, is no
    # speaker of the quote paragraph after it
    for paragraph in (
        "The head of the water committee, Idris Bakhit Yahya, was shot dead on Monday, "
        "police said. Gunmen fled on motorbikes.",
        "The raid killed Idris Bakhit Yahya, a member of the water committee, residents "
        "said. His cousin was wounded.",
        "Soldiers arrested the mayor, Idris Bakhit Yahya, on Monday, the ministry said. "
        "The town was calm.",
    ):
        text = _LEAD + paragraph + '\n\n"We heard the shots and ran to the river."\n'
        assert suggested_speaker(text, "We heard the shots") is None, paragraph


def test_quote_paragraph_after_another_source_in_the_last_sentence_stays_nobodys() -> None:
    # review63b S7: the last sentence's subject is another source
    for fact in (
        "A local nurse put the toll at 20.",
        "The army rejected the figure.",
        "Her colleague, a surgeon, disagreed.",
    ):
        text = (
            _LEAD + "The raiders burned the granary and the school, said Halima Nur "
            "Abakar, a member of the village committee. " + fact + "\n\n"
            '"We counted more bodies than that."\n'
        )
        assert suggested_speaker(text, "We counted") is None, fact


def test_quote_paragraph_after_he_said_of_another_sex_stays_nobodys() -> None:
    # review63b S2: the closing "he said" is not the woman named before
    text = (
        _LEAD + "The raiders burned the granary, said Halima Nur Abakar, a member of the "
        "village committee. The committee met on Monday, he said.\n\n"
        '"We will ask the governor for guards."\n'
    )
    assert suggested_speaker(text, "We will ask") is None


def test_quote_paragraph_after_she_said_of_the_woman_is_hers() -> None:
    # the positive twin of the sex check
    text = (
        _LEAD + "The raiders burned the granary, said Halima Nur Abakar, a member of the "
        "village committee. The committee met on Monday, she said.\n\n"
        '"We will ask the governor for guards."\n'
    )
    assert suggested_speaker(text, "We will ask") == "Halima Nur Abakar"


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


# --- '"...," the official said' right after the person spoke as "the <role of office>" ---

_HERAT = "HERAT, Dec 6 (Reuters) - Thousands of returnees crowded the crossing on Friday.\n\n"


def test_the_official_added_after_the_police_chief_said_is_the_chief() -> None:
    text = (
        _HERAT + "Kandahar's police chief, Abdul Rahim Sarwari, said patrols had doubled. "
        '"We found no weapons at the gate," the police chief said. '
        '"We have asked for more cars from the governor," the official added.\n'
    )
    assert suggested_speaker(text, "We have asked") == "Abdul Rahim Sarwari"


def test_the_official_said_after_a_sentence_the_police_chief_said_is_the_chief() -> None:
    text = (
        _HERAT + "Residents fled the town, and the district police chief, Farid Omari Lutfi, "
        "was at the checkpoint when the shells fell. The police chief said he had counted "
        'the craters himself. "Seven shells, all from the north," the official said.\n'
    )
    assert suggested_speaker(text, "Seven shells") == "Farid Omari Lutfi"


def test_the_official_is_never_a_farmer_a_mother_or_a_doctor() -> None:
    for opening in (
        "Farmer Musa Garba lost his cattle in the raid. The farmer said the attackers came "
        "at dawn. ",
        "Fatima Bello, a mother of four, fled Maiduguri. The mother said the camp was full. ",
        "Dr. Amina Yusuf runs the clinic in Gao. The doctor said 12 people had died. ",
        'Farmer Musa Garba lost his cattle. "They took everything," the farmer said. ',
    ):
        text = _HERAT + opening + '"Nobody has helped us since," the official said.\n'
        assert suggested_speaker(text, "Nobody has helped") is None, opening


def test_the_official_after_an_unnamed_official_came_in_stays_nobodys() -> None:
    for middle in (
        "The governor said food had run out. A ministry official disputed this. ",
        "The governor said food had run out, but an aid official who asked not to be "
        "named said supplies had arrived. ",
    ):
        text = (
            _HERAT
            + "Governor Ali Bello toured the camp on Monday. "
            + middle
            + '"We sent 40 trucks last week," the official said.\n'
        )
        assert suggested_speaker(text, "We sent") is None, middle


def test_the_official_after_a_new_acting_deputy_or_former_holder_stays_nobodys() -> None:
    # review63b S11: a word before the role names another holder than the person named
    for opening in (
        "Police chief Daniel Kiprono Ruto was killed in an ambush on Monday. The new police "
        "chief said patrols would double. ",
        "Mayor Lucia Ferreira Dias was arrested on Monday. The deputy mayor said the arrest "
        "was political. ",
        "Governor Ibrahim Musa Kwara was removed from office in May. The acting governor "
        "said food was short. ",
        "Former governor Ibrahim Musa Kwara criticised the raids. The former governor said "
        "they were illegal. ",
    ):
        text = _HERAT + opening + '"Nobody is safe on the roads," the official said.\n'
        assert suggested_speaker(text, "Nobody is safe") is None, opening


def test_the_official_after_a_rebel_commander_stays_nobodys() -> None:
    # review63b S5: a commander of a non-state group is no official
    text = (
        _HERAT + "Rebel commander Yusuf Karimi Baheer spoke by phone on Sunday. The rebel "
        'commander said his men held the bridge. "We will not pull back," the official said.\n'
    )
    assert suggested_speaker(text, "We will not pull") is None


def test_the_official_added_after_the_deputy_governor_said_stays_nobodys() -> None:
    # review63b S11, the first branch: the quote before went to the governor named, but
    # "the deputy governor" is someone else
    text = (
        _HERAT + "Governor Ibrahim Musa Kwara visited the crossing on Friday. "
        '"The trucks are moving," the deputy governor said. '
        '"We need more fuel," the official added.\n'
    )
    assert suggested_speaker(text, "We need more") is None


def test_the_official_after_the_governor_said_is_the_governor() -> None:
    # the positive twin: the bare role of the person named
    text = (
        _HERAT + "Governor Ibrahim Musa Kwara visited the crossing on Friday. The governor "
        'said 40 trucks had crossed. "We need more fuel," the official said.\n'
    )
    assert suggested_speaker(text, "We need more") == "Ibrahim Musa Kwara"


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
