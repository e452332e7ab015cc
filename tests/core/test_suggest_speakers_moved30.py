"""Speaker classes from the misses of articles 220-235 once they moved to dev (session 30).

Each test states one general form with sentences written for the test (invented people
and events; real places and bodies), never the articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ----------------------- "the force said" after "X, the <modifier>-led force in <Place>,"


def test_a_description_with_its_place_describes_the_name_before_it() -> None:
    text = (
        "AMISOM, the African Union force in Somalia, said it had lost two soldiers. "
        '"The convoy was ambushed on the road," the force said.'
    )
    assert _speaker(text, "The convoy") == "AMISOM"


def test_a_body_inside_the_description_is_not_the_one_described() -> None:
    text = (
        "KFOR, the NATO-led peacekeeping force in Kosovo, said it had stepped up patrols. "
        '"We remain in contact with both sides," the force said in a statement.'
    )
    assert _speaker(text, "We remain") == "KFOR"


# ----------------------- "In <Place>, X did ... . It said "..."": the subject after the setting


def test_it_is_the_subject_after_a_place_opening_the_sentence_before() -> None:
    text = (
        "Police said gunmen fired on a patrol near the border. In Belgrade, the Office for "
        "Kosovo and Metohija, the Serbian government body for the province, rejected the "
        'charge. It said Pristina was "inventing a pretext" and called for an inquiry.'
    )
    assert _speaker(text, "inventing") == "Office for Kosovo and Metohija"


def test_it_is_the_subject_after_a_day_opening_the_sentence_before() -> None:
    text = (
        "Residents said drones struck the market. On Monday, the RSF, a paramilitary force "
        "at war with the Sudanese army, denied the report. It said its forces had "
        '"never targeted civilians" in the town.'
    )
    assert _speaker(text, "never targeted") == "RSF"


def test_it_after_the_quote_is_the_subject_after_a_day_opening_the_sentence_before() -> None:
    text = (
        "Residents said drones struck the market. On Monday, the RSF, a paramilitary force "
        'at war with the Sudanese army, denied the report. "We never targeted civilians," '
        "it said."
    )
    assert _speaker(text, "We never") == "RSF"


def test_an_opening_statement_phrase_is_no_setting_to_skip() -> None:
    # ("In a statement, X ..." has its own reading: the body named last goes on)
    text = (
        "In a statement on Facebook, the EMC accused its rivals of working with the army, "
        'an accusation the EMBF rejected. "We have not fired on anyone," the faction said.'
    )
    assert _speaker(text, "We have not") == "EMBF"


# ----------------------- an unnamed spokesperson named in the next quote's attribution


def test_someone_else_named_after_the_next_quote_is_not_the_spokesman() -> None:
    text = (
        'In Geneva, a spokesman for OHCHR said the office was "deeply troubled" by the '
        'reports. "We want answers," the lawyer, Pierre Dumas, told reporters.'
    )
    assert _speaker(text, "deeply troubled") == "OHCHR"


# ----------------------- "the Guard", "the court": a body by the last word of its name


def test_the_last_word_of_a_bodys_name_is_the_subject_of_a_partial_quote() -> None:
    text = (
        "Iran's Revolutionary Guard fired drones at camps near Erbil. The Guard said in a "
        'statement that it had struck "bases of separatist groups" near the border.'
    )
    assert _speaker(text, "bases of") == "Revolutionary Guard"


def test_the_statement_of_a_body_named_by_its_last_word_is_its_own() -> None:
    text = (
        "Iran's Revolutionary Guard fired drones at camps near Erbil. The Guard said in a "
        'statement that it had struck bases of armed groups. "The strikes will go on," '
        "the statement said."
    )
    assert _speaker(text, "The strikes") == "Revolutionary Guard"


def test_the_court_after_the_quote_is_the_court_named_before() -> None:
    text = (
        "The International Criminal Court issued a warrant for Joseph Kony on Monday. "
        '"The suspect must be handed over," the court said.'
    )
    assert _speaker(text, "The suspect") == "International Criminal Court"


def test_said_the_court_is_the_court_named_before() -> None:
    text = (
        "The International Criminal Court issued a warrant for Joseph Kony on Monday. "
        '"The suspect must be handed over," said the court.'
    )
    assert _speaker(text, "The suspect") == "International Criminal Court"


def test_it_after_a_sentence_opened_by_a_bodys_last_word_is_that_body() -> None:
    text = (
        "The Islamic Revolutionary Guard Corps has not commented. The Corps says the camps "
        "hold fighters of the KDPI. In a statement on Monday, it said the strikes were "
        '"a warning" to its enemies.'
    )
    assert _speaker(text, "a warning") == "Islamic Revolutionary Guard Corps"


def test_people_called_by_a_plural_are_not_the_body_whose_name_ends_in_it() -> None:
    text = (
        "The Association of Victims' Families met the minister on Monday. The families "
        'said the inquiry was "a sham" and walked out.'
    )
    assert _speaker(text, "a sham") is None


# ----------------------- "a <body noun> spokesperson said": the body (open point h)


def test_a_department_spokesperson_after_the_quote_speaks_for_the_department() -> None:
    text = (
        "The U.S. State Department said it was watching closely. "
        '"Sovereignty must be respected," a department spokesperson said in a statement.'
    )
    assert _speaker(text, "Sovereignty") == "State Department"


def test_an_army_spokesman_after_the_quote_speaks_for_the_army_named_before() -> None:
    text = (
        'The Kenyan army said it was sending troops. "We will respond," an army spokesman '
        "told Reuters."
    )
    assert _speaker(text, "We will respond") == "Kenyan army"


def test_a_ministry_spokesman_before_a_partial_quote_speaks_for_the_ministry() -> None:
    text = (
        "Iraq's Foreign Ministry summoned the ambassador. A ministry spokesman said the "
        'strikes were "a flagrant violation" of sovereignty.'
    )
    assert _speaker(text, "a flagrant") == "Foreign Ministry"


def test_an_army_spokesman_with_no_army_named_speaks_for_nobody_named() -> None:
    text = 'Gunmen attacked the village. "We found nine bodies," an army spokesman told Reuters.'
    assert _speaker(text, "We found") is None


def test_an_army_spokesman_named_in_apposition_is_the_speaker() -> None:
    text = (
        'The Kenyan army said it was sending troops. "We will respond," an army spokesman, '
        "Colonel Paul Njuguna, told Reuters."
    )
    assert _speaker(text, "We will respond") == "Paul Njuguna"


# ----------------------- '"...," said X, whose son ... . He was 17. "..."': X goes on


def test_a_fact_about_the_victim_between_two_quotes_leaves_the_speaker_speaking() -> None:
    text = (
        '"My son was coming home from work," said Rosa Mendes, 48, whose son, Tiago '
        'Mendes, was among the dead. He was 19. "They say everyone killed here is a '
        'criminal."'
    )
    assert _speaker(text, "They say") == "Rosa Mendes"


def test_a_fact_about_the_place_between_two_quotes_leaves_the_speaker_speaking() -> None:
    text = (
        '"The water is gone," said Joseph Okello, a farmer. It was the third dry year. '
        '"We cannot plant."'
    )
    assert _speaker(text, "We cannot") == "Joseph Okello"


def test_someone_acting_between_two_quotes_takes_the_second() -> None:
    text = (
        "The priest, Bernard Kasereka, sat with his parishioners. "
        '"We will not fight back," said Marie Kahindo. The priest nodded. '
        '"She is right."'
    )
    assert _speaker(text, "She is right") == "Bernard Kasereka"


# ----------------------- "Citing / Quoting X, <outlet> said": the source's words


def test_words_an_outlet_reports_citing_witnesses_are_nobody_named() -> None:
    text = 'Citing witnesses, Reuters reported that the soldiers "fired on the crowd".'
    assert _speaker(text, "fired on") is None


def test_words_an_agency_reports_quoting_an_unnamed_source_are_nobody_named() -> None:
    text = 'Quoting a police source, the SANA news agency said the blast was "a terrorist act".'
    assert _speaker(text, "a terrorist") is None


def test_words_an_outlet_reports_quoting_a_named_envoy_are_his() -> None:
    text = (
        "Fighting went on. Quoting the UN envoy, Hans Grundberg, Al Arabiya said the talks "
        'were "at a dead end".'
    )
    assert _speaker(text, "at a dead end") == "Hans Grundberg"


# ----------------------- "a statement from President X's office said": X


def test_a_statement_from_a_titled_persons_office_is_his() -> None:
    text = 'A statement from President Bola Tinubu\'s office said the attack was "barbaric".'
    assert _speaker(text, "barbaric") == "Bola Tinubu"


def test_a_body_citing_a_named_witness_still_speaks_itself() -> None:
    # (only an outlet carries a source's words: an NGO or a ministry speaks for itself)
    text = 'Citing witness Ali Musa, Amnesty said the soldiers had "fired on the crowd".'
    assert _speaker(text, "fired on") == "Amnesty"


# ----------------------- "Its spokesman said" with no name: the body (open point h)


def test_its_unnamed_spokesman_before_the_quote_speaks_for_the_body() -> None:
    text = (
        "The Taliban administration said the border was closed. Its spokesman said: "
        '"The crossing will reopen next week."'
    )
    assert _speaker(text, "The crossing") == "Taliban"


def test_its_unnamed_spokesman_after_the_quote_speaks_for_the_body() -> None:
    text = 'The Sudanese army said it retook the bridge. "The enemy fled," its spokesman said.'
    assert _speaker(text, "The enemy fled") == "Sudanese army"


def test_its_spokesman_named_in_apposition_is_the_speaker() -> None:
    text = (
        "The Sudanese army said it retook the bridge. Its spokesman, Nabil Abdallah, said: "
        '"The enemy fled."'
    )
    assert _speaker(text, "The enemy fled") == "Nabil Abdallah"
