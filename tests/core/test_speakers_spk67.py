"""SPK67: speaker attribution of unnamed people of a side ("fighters loyal to X said") and of
"one of them told X", with hostile probes (invented people and sentences)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'Ahmed Saleh said the soldiers stopped him. "Go back," one of them told Saleh.',
            "Go back",
            None,
        ),
        (
            'Ahmed Saleh said the soldiers stopped him. "Go back," one of them said.',
            "Go back",
            None,
        ),
        (
            'Grace Akello said the gunmen took her goats. "You will pay us," one of them told her.',
            "You will pay",
            None,
        ),
        (
            'Residents of Tawila said the shelling lasted all night. "We slept under the '
            'trucks," one of us said.',
            "We slept",
            None,
        ),
        ('Fighters loyal to Ahmed Massoud said: "We hold the valley."', "We hold", None),
        ('"We hold the valley," fighters loyal to Ahmed Massoud said.', "We hold", None),
        ('Fighters loyal to the Houthis said: "We will not retreat."', "We will not", None),
        (
            '"We will not retreat," fighters loyal to Abdul Malik al-Houthi told AFP.',
            "We will not",
            None,
        ),
        ('Troops loyal to General Haftar told reporters: "We hold the airport."', "We hold", None),
        (
            'Militiamen loyal to Mohamed Hamdan Dagalo told residents: "Leave by noon."',
            "Leave by",
            None,
        ),
        (
            'Gunmen affiliated with the JNIM told villagers: "Pay the zakat or leave."',
            "Pay the",
            None,
        ),
        (
            'Forces allied with the government said in a statement: "Order has been restored."',
            "Order has",
            None,
        ),
    ],
)
def test_unnamed_people_of_a_side_or_of_a_group_have_no_speaker_link(
    text: str, quote: str, speaker: str | None
) -> None:
    # "fighters loyal to X" serve X and speak unnamed (guideline, open point h); "one of
    # them" is one of a group left unnamed, never the person told nor the last subject
    assert suggested_speaker(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The Security Belt, which is loyal to the Southern Transitional Council (STC), "
            'said: "The car did not stop."',
            "The car",
            "Security Belt",
        ),
        (
            '"We hold the valley," said Ahmed Massoud, whose fighters are loyal to him.',
            "We hold",
            "Ahmed Massoud",
        ),
        (
            'Ahmed Massoud, whose fighters remain loyal to him, said: "We hold the valley."',
            "We hold",
            "Ahmed Massoud",
        ),
        ('"One of them is lying," Ahmed Saleh said.', "One of them", "Ahmed Saleh"),
        ('"Go back," one of the soldiers told Ahmed Saleh.', "Go back", None),
        ('"Go back," a soldier told Ahmed Saleh.', "Go back", None),
        ('"Go back," they told Saleh, Ahmed Saleh said.', "Go back", None),
        ('"You cannot pass," a guard told Mariam Okello.', "You cannot", None),
        ('"Leave now," the soldiers told Saleh, according to his brother.', "Leave now", None),
        ('A soldier told Saleh: "Go back."', "Go back", None),
        ('The soldiers told Ahmed Saleh: "Go back."', "Go back", None),
        ('"We are safe now," Amina Yusuf told Reuters.', "We are safe", "Amina Yusuf"),
        ('Amina Yusuf told Reuters: "We are safe now."', "We are safe", "Amina Yusuf"),
        (
            'Karim Nasser was killed on Monday, Reuters reported. "He was a good man," his '
            "brother said.",
            "He was a good",
            None,
        ),
        (
            'Karim Nasser was killed in the strike. "The army fired first," a witness said.',
            "The army",
            None,
        ),
        ('"They shot Karim Nasser in front of his house," a neighbour said.', "They shot", None),
        (
            'Police said Karim Nasser, 34, died at the scene. "We heard three shots," a '
            "resident said.",
            "We heard",
            None,
        ),
        ('"The Houthis will pay," fighters loyal to the government said.', "The Houthis", None),
        (
            'Amina Yusuf and Grace Akello said: "We walked for three days."',
            "We walked",
            "Amina Yusuf",
        ),
        (
            '"We walked for three days," said Amina Yusuf, while Grace Akello said she had stayed.',
            "We walked",
            "Amina Yusuf",
        ),
        (
            'Amina Yusuf said the commander had told her: "Nobody leaves."',
            "Nobody leaves",
            "Amina Yusuf",
        ),
        (
            'Amina Yusuf said fighters loyal to the Houthis had shouted "God is great".',
            "God is great",
            "Amina Yusuf",
        ),
        ('Fighters loyal to the army told Al Jazeera: "We took the bridge."', "We took", None),
        ('"We took the bridge," fighters loyal to the RSF told Reuters.', "We took", None),
        ('The RSF said on Telegram: "We took the bridge."', "We took", "RSF"),
        ('"We took the bridge," the RSF said in a statement carried by Reuters.', "We took", "RSF"),
        (
            'Fighters loyal to Haftar say "airport is ours"\n\nBy Amina Yusuf\n\nTRIPOLI '
            "(Reuters) - Clashes erupted.",
            "airport is",
            None,
        ),
        (
            '- Fighters loyal to Haftar: "The airport is ours."\n- Three soldiers killed',
            "The airport",
            None,
        ),
        (
            'Q: Who fired first? A: The army. "Fighters loyal to the army opened fire," '
            "Amina Yusuf said.",
            "Fighters loyal",
            "Amina Yusuf",
        ),
        ('"How many of them were killed?" one of us asked the commander.', "How many", None),
        (
            'The Forces of Freedom and Change said: "We reject the deal."',
            "We reject",
            "Forces of Freedom and Change",
        ),
    ],
)
def test_hostile_probes_keep_the_speaker_the_attribution_names(
    text: str, quote: str, speaker: str | None
) -> None:
    # named speakers the two rules leave alone, listeners after "told", the person spoken
    # about, victims, two speakers, a third party's words, outlets, headlines, bylines, lists
    # and a journalist's question
    assert suggested_speaker(text, quote) == speaker


_RSF = "The RSF denied any role. "
_NO_PRESENCE = '"Our forces have no presence in the area," '


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (_RSF + _NO_PRESENCE + "the RSF's spokesman said.", "Our forces", "RSF"),
        (_RSF + _NO_PRESENCE + "the RSF spokesman said.", "Our forces", "RSF"),
        (_RSF + _NO_PRESENCE + "the RSF's spokesman told Reuters.", "Our forces", "RSF"),
        (_RSF + 'The RSF\'s spokesman said: "Our forces have no presence."', "Our forces", "RSF"),
        (
            _RSF + '"They are lying," the SAF\'s spokesman said, referring to the RSF.',
            "They",
            "SAF",
        ),
        # hostile: a spokesman named before is the one who speaks
        (
            "The RSF's spokesman, Al-Fateh Qurashi, denied any role. "
            + _NO_PRESENCE
            + "the RSF's spokesman said.",
            "Our forces",
            "Al-Fateh Qurashi",
        ),
        (
            "Kremlin spokesman Dmitry Peskov spoke on Monday. "
            '"There are no talks," the Kremlin spokesman said.',
            "There are",
            "Dmitry Peskov",
        ),
        # hostile: no body named in the phrase, or a role that speaks for himself
        (_RSF + _NO_PRESENCE + "the army's spokesman said.", "Our forces", None),
        (_RSF + _NO_PRESENCE + "the RSF's commander said.", "Our forces", None),
        (_RSF + _NO_PRESENCE + "the UN envoy said.", "Our forces", None),
        (_RSF + '"They are lying," the army spokesman said of the RSF.', "They", None),
    ],
)
def test_an_unnamed_spokesman_of_a_named_body_speaks_for_it(
    text: str, quote: str, speaker: str | None
) -> None:
    # guideline, open point h: "a KDF spokesman said" -> KDF; "the RSF's spokesman" the same
    assert suggested_speaker(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Karim Nasser was arrested in March, and his mother told us:", None),
        ("Karim Nasser was arrested in March, and a neighbour told us:", None),
        ("Amina Yusuf was at the market, and the soldiers told her:", None),
        ("Amina Yusuf was wounded in the attack, and doctors said:", None),
        ("Karim Nasser was arrested in March, and Amina Yusuf told us:", "Amina Yusuf"),
        (
            "Karim Nasser was arrested in March, and his lawyer, Amina Yusuf, told AFP:",
            "Amina Yusuf",
        ),
        ("The army shelled the village on Monday, and the UN said:", "UN"),
        ("The RSF took the town in May, and its spokesman said:", "RSF"),
        ("The talks were held in Doha, and Qatar's foreign ministry said:", "Qatar"),
        ("Amina Yusuf fled in May, and she said:", "Amina Yusuf"),
        ("Amina Yusuf and Grace Akello were released on Friday, and they said:", "Amina Yusuf"),
        ("Amina Yusuf and Grace Akello were released on Friday, and the two said:", "Amina Yusuf"),
        # hostile: joint speakers with an aside, a second reported clause, a shared subject
        ("Amina Yusuf, a nurse, and her colleague Grace Akello told AFP:", "Amina Yusuf"),
        ("Amina Yusuf said the soldiers came at night, and that they told her:", "Amina Yusuf"),
        ("Amina Yusuf said the soldiers came at night and told her:", "Amina Yusuf"),
        ("The UN and the AU have called for talks, and Amina Yusuf said:", "Amina Yusuf"),
        ("Amina Yusuf has lived in the camp since 2019, and said on Friday:", "Amina Yusuf"),
        ("Three soldiers were killed, and the army said:", None),
    ],
)
def test_a_second_clause_after_comma_and_has_its_own_speaker(
    text: str, speaker: str | None
) -> None:
    # "X was arrested in March, and his mother told us:": the mother speaks, unnamed, not X
    assert suggested_speaker(text + ' "They came at five in the morning."', "They came") == speaker


_KILLED = "Karim Nasser, 34, was killed on Monday. "
_BREAD = '"He was going to buy bread."'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_KILLED + "The brother of Karim Nasser said: " + _BREAD, None),
        (_KILLED + "A cousin of the late Karim Nasser told Reuters: " + _BREAD, None),
        (_KILLED + "The widow of Karim Nasser, 30, said: " + _BREAD, None),
        (_KILLED + '"He was going to buy bread," the brother of Karim Nasser told AFP.', None),
        (_KILLED + '"He was going to buy bread," said the mother of Karim Nasser.', None),
        ("The father of Mahsa Amini said: " + _BREAD, None),
        (_KILLED + "The brother of Karim Nasser, who was killed on Monday, said: " + _BREAD, None),
        (_KILLED + "The family of Karim Nasser, who was killed on Monday, said: " + _BREAD, None),
        (
            "Karim Nasser, who was killed on Monday, said in a video last week: " + _BREAD,
            "Karim Nasser",
        ),
        ("Ali Nasser, who lost his brother on Monday, said: " + _BREAD, "Ali Nasser"),
        # hostile: the relative named in apposition, or the one speaking named first
        (_KILLED + "The brother of Karim Nasser, Ali Nasser, said: " + _BREAD, "Ali Nasser"),
        ("Amjad Amini, the father of Mahsa Amini, said: " + _BREAD, "Amjad Amini"),
        ("A mother of six, Amina Yusuf, said: " + _BREAD, "Amina Yusuf"),
        (
            "The son of the former president, Saif al-Islam Gaddafi, said: " + _BREAD,
            "Saif al-Islam Gaddafi",
        ),
        ("The Mothers of Srebrenica said: " + _BREAD, "Mothers of Srebrenica"),
    ],
)
def test_a_relative_of_a_named_person_is_not_that_person(text: str, speaker: str | None) -> None:
    # as "the family of X said" (spk66): the relative speaks, unnamed, never X
    assert suggested_speaker(text, "He was going") == speaker


_BRIEFING = "General Musa Danladi spoke to reporters in Abuja. "


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (_BRIEFING + 'A reporter from Channels Television asked: "Will you stay?"', "Will", None),
        (_BRIEFING + '"Will you stay?" a reporter from Channels Television asked.', "Will", None),
        (_BRIEFING + '"Will you stay?" a Reuters reporter asked.', "Will", None),
        (_BRIEFING + 'A Reuters correspondent asked him: "Will you stay?"', "Will", None),
        (
            _BRIEFING + 'A journalist from the BBC asked: "Will you stay?" Danladi replied: "Yes."',
            "Will",
            None,
        ),
        (
            _BRIEFING + 'A journalist from the BBC asked: "Will you stay?" Danladi replied: "Yes."',
            "Yes",
            "Danladi",
        ),
        # hostile: a named journalist asks; the speaker's reply; a split quote's comma
        ('Amina Yusuf of Channels Television asked: "Will you stay?"', "Will", "Amina Yusuf"),
        (
            _BRIEFING + '"We will stay," he told a reporter from Channels Television.',
            "We will",
            "Musa Danladi",
        ),
        (_BRIEFING + '"Why would we leave?" Danladi replied.', "Why", "Danladi"),
        (_BRIEFING + '"Why would we leave?" Danladi replied, "we will stay."', "Why", "Danladi"),
        (
            _BRIEFING + '"Why would we leave?" Danladi replied, adding: "We will stay."',
            "Why",
            "Danladi",
        ),
        (
            'Channels Television asked: "Will the military meet the families?"',
            "Will",
            "Channels Television",
        ),
    ],
)
def test_a_journalists_question_is_not_the_outlets_nor_the_replier(
    text: str, quote: str, speaker: str | None
) -> None:
    # an unnamed reporter asks for himself (guideline, open point h: only a spokesperson
    # speaks for a body); "X replied: " after a question opens X's answer, not the question
    assert suggested_speaker(text, quote) == speaker


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The ELN, in a statement signed by its Northeastern War Front, said", "ELN"),
        ("The ELN, in a statement signed by its Northeastern War Front, said:", "ELN"),
        ("Hamas, in a statement posted on Telegram, said", "Hamas"),
        ("In a statement signed by its spokesman Ali Musa, the ELN said", "ELN"),
        ("The ELN, in a joint statement with the FARC-EP, said", "ELN"),
        # hostile: a person who signs speaks, as a named spokesman does (dev 434's gold)
        ("Ali Musa, in a statement signed by the army's chief of staff, said", "Ali Musa"),
        # a bare body noun before the aside is the body named in it (review67s: "Police, in a
        # statement issued by the Lagos State Police Command, said" is the Command's)
        (
            "The army, in a statement issued by the Directorate of Public Relations, said",
            "Directorate of Public Relations",
        ),
    ],
)
def test_the_unit_that_signed_a_bodys_statement_does_not_speak_for_it(
    subject: str, speaker: str | None
) -> None:
    text = subject + ' the attackers were "terrorists in uniform".'
    assert suggested_speaker(text, "terrorists") == speaker


def test_a_spokesperson_who_signs_the_note_speaks() -> None:
    # dev 434's gold: the person who signs speaks, as a named spokesman does
    text = (
        "The Dandakaranya Special Zonal Committee (DKSZC) of the banned outfit, in a press "
        'note signed by its spokesperson Samta, termed the encounter "fake".'
    )
    assert suggested_speaker(text, "fake") == "Samta"


_AFRIDI = "Shahid Gul Afridi said the chief minister had ordered an inquiry.\n\n"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            _AFRIDI + "A shopkeeper, who did not want to be named, said he had closed early. "
            '"After Maghrib, nobody is on the road," he said.',
            "After",
            None,
        ),
        (
            _AFRIDI + "One trader who did not wish to be identified said the road was shut. "
            '"Nobody comes," he said.',
            "Nobody",
            None,
        ),
        # hostile: the anonymity of someone reported, a named person's partial anonymity,
        # a victim in a sentence a source attributes
        (
            "Ali Musa said a driver, who did not want to be named, had seen the gunmen. "
            '"We will find them," he said.',
            "We will",
            "Ali Musa",
        ),
        (
            "Ali Musa, a fisherman who did not want to be named in full, said the boats had "
            'stopped. "We cannot go out," he said.',
            "We cannot",
            "Ali Musa",
        ),
        (
            "Ali Musa, the governor, visited the market. A student was wounded in the crossfire, "
            'police said. "We will find the killers," he said.',
            "We will",
            "Ali Musa",
        ),
    ],
)
def test_an_unnamed_speaker_who_did_not_want_to_be_named_takes_the_pronoun(
    text: str, quote: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, quote) == speaker
