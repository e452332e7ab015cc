"""SPK73: speaker links on fresh prose, for attribution classes that recur across the blind
batches (CAS36-CAS50) rather than for one gold sentence.

1. "X was quoted by <outlet> as saying: '...'" and its reduced relative ("Residents quoted by
   the BBC said", "The report, quoted by Reuters, said"): the subject before the auxiliary or
   the participle speaks, resolved as any subject of a speech verb; the outlet after "by" only
   carries the words (CAS41 928, CAS48 1050 and 1057: the outlet was linked in all three).
2. A crosshead that is only a short quote (a feature's pull quote, on a live blog after the
   entry time), left without a speaker by the later quotes, takes the person whose name opens
   the paragraph under it as the subject of a verb of saying (CAS37 962, CAS45 1032; a body
   there, CAS42 1003's FAMa, is left unlinked on purpose: a body's paragraph under a quote
   crosshead is as often another party's).
3. A crosshead's quote linked to the name in its own heading ("UNRWA: '...'", "UNIFIL
   'concerned'", "Israeli military says it hit '...'") moves to the same name where the
   paragraph under it attributes the words as the subject of its verb of saying, as the
   guideline links a headline quote to the body mention (CAS45 1033 twice, CAS48 1052).

Each class has positive sentences in several styles (wire, live blog, translated, Nigerian
and Pakistani English, report) and hostile probes where the code's speaker was already right.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_speaker

# (1) "X was quoted by <outlet> as saying": X speaks, never the outlet
QUOTED_BY_OUTLET = [
    (
        "The interior minister, Ahmed Khalil, visited the hospital on Sunday. He was quoted by "
        'the state news agency SANA as saying: "We will hunt down every one of them."',
        "We will",
        "Ahmed Khalil",
    ),
    (
        'The Punjab government\'s spokesperson was quoted by Dawn as saying: "We want peace."',
        "We want",
        "Punjab government",
    ),
    (
        "Kenya's Interior Ministry was quoted by the Daily Nation as saying that \"the attackers "
        'have been identified".',
        "the attackers",
        "Interior Ministry",
    ),
    (
        "Police chief Sardar Ali Khan told reporters the toll would rise. He was also quoted by "
        'Geo News as saying that "the bombers came from across the border".',
        "the bombers",
        "Sardar Ali Khan",
    ),
    (
        "Brig. Gen. Mohamed Tahir, the sector commander, was quoted by Premium Times as saying: "
        '"Troops repelled the attack and the situation is under control."',
        "Troops",
        "Mohamed Tahir",
    ),
    (
        "UPDATE 09:40 - Kharkiv governor Oleh Syniehubov was quoted by Suspilne as saying: "
        '"Two people were killed in the Kyivskyi district."',
        "Two people",
        "Oleh Syniehubov",
    ),
    (
        "The OCHA report noted that displacement continued. The UN's humanitarian coordinator, "
        'Martin Griffiths, was quoted by UN News as saying that conditions were "beyond '
        'catastrophic".',
        "beyond",
        "Martin Griffiths",
    ),
    (
        "Ms Fatima Bello, the state's commissioner for information, was quoted by The Punch as "
        'saying that "no fewer than 30 people lost their lives".',
        "no fewer",
        "Fatima Bello",
    ),
    (
        'Governor Babagana Zulum was quoted by Channels Television as saying that "the killings '
        'must stop".',
        "the killings",
        "Babagana Zulum",
    ),
    (
        'Mr. Hassan, according to the report, was quoted by Xinhua as saying, "Our forces '
        'remain in control of the town."',
        "Our forces",
        "Hassan",
    ),
]

# (1) ... and nobody when the one quoted is not named; the outlet never
QUOTED_BY_NOBODY_NAMED = [
    (
        'The commander was quoted by Reuters as saying that "no civilians were harmed".',
        "no civilians",
    ),
    (
        'The witness was quoted by Reuters as saying he saw "at least ten bodies" near the market.',
        "at least ten",
    ),
    (
        'Residents quoted by the BBC said "the soldiers shot at anyone who ran".',
        "the soldiers",
    ),
    (
        'The report, quoted by Reuters, said "at least 40 civilians were killed".',
        "at least",
    ),
    (
        'The two ministers were quoted by Interfax as saying that "the talks were constructive".',
        "the talks",
    ),
    (
        "A senior official of the Taliban administration was quoted by TOLOnews as saying: "
        '"The border will stay closed."',
        "The border",
    ),
]

# (1) hostile: where the outlet or the named speaker was already right
QUOTED_BY_HOSTILE = [
    ('Reuters reported that the army had "regained control" of the town.', "regained", "Reuters"),
    ('Al Jazeera said the strike hit "a residential block".', "a residential", "Al Jazeera"),
    (
        'Hamas said in a statement quoted by Al Jazeera that the strike was a "massacre".',
        "massacre",
        "Hamas",
    ),
    (
        'The Voice of America quoted Colonel Ismail Diallo as saying: "We lost two men."',
        "We lost",
        "Ismail Diallo",
    ),
    (
        '"We lost two men," Colonel Ismail Diallo told Reuters.',
        "We lost",
        "Ismail Diallo",
    ),
    (
        '"We will not negotiate with terrorists," Defence Minister Khawaja Asif was quoted by '
        "Geo News as saying.",
        "We will",
        "Khawaja Asif",
    ),
    (
        'Police spokesman Bala Elkana told Channels TV: "We have arrested four suspects."',
        "We have",
        "Bala Elkana",
    ),
    (
        'Army spokesman Col. Jean Baptiste Kabeya was quoted by Radio Okapi as saying: "The '
        'rebels were pushed back."',
        "The rebels",
        "Jean Baptiste Kabeya",
    ),
]


@pytest.mark.parametrize(("text", "quote_words", "speaker"), QUOTED_BY_OUTLET)
def test_the_one_quoted_by_an_outlet_speaks(text: str, quote_words: str, speaker: str) -> None:
    assert suggested_speaker(text, quote_words) == speaker


@pytest.mark.parametrize(("text", "quote_words"), QUOTED_BY_NOBODY_NAMED)
def test_an_outlet_quoting_someone_unnamed_is_no_speaker(text: str, quote_words: str) -> None:
    assert suggested_speaker(text, quote_words) is None


@pytest.mark.parametrize(("text", "quote_words", "speaker"), QUOTED_BY_HOSTILE)
def test_outlets_and_named_speakers_that_were_right_stay(
    text: str, quote_words: str, speaker: str
) -> None:
    assert suggested_speaker(text, quote_words) == speaker


def _page(crosshead: str, paragraph: str) -> str:
    return (
        f"Headline of the page\n\nThe first paragraph.\n\n{crosshead}\n\n{paragraph}\n\nMore later."
    )


# (2) a pull-quote crosshead: the person who opens the paragraph under it and speaks
PULL_QUOTES = [
    (
        _page(
            '16:20 GMT - "We had no warning"',
            "Daw Nilar Win, 52, whose husband was among the dead, said she ran to a shelter.",
        ),
        "We had",
        "Daw Nilar Win",
    ),
    (
        _page(
            "'The dead were lying near the roundabout'",
            "Khaled al-Mabrouk, a 45-year-old shopkeeper in Abu Salim, said his family had "
            "spent two nights in the corridor.",
        ),
        "The dead",
        "Khaled al-Mabrouk",
    ),
    (
        _page(
            "\u2018We sleep in the mosque\u2019",
            "Amina Yusuf, a mother of six from Gwoza, told The Guardian that her family had "
            "walked for three days.",
        ),
        "We sleep",
        "Amina Yusuf",
    ),
    (
        _page(
            "'I lost my brother'",
            "Farhan Ali, 34, says he was buying vegetables when the shells landed.",
        ),
        "I lost",
        "Farhan Ali",
    ),
    (
        _page(
            '"They did not spare the children"',
            "Dr. Hamid Rahmani (pictured) told Amu TV that the clinic received 14 bodies.",
        ),
        "They did",
        "Hamid Rahmani",
    ),
    (
        _page(
            "12:05 BST - 'We heard the drone first'",
            "Oksana Melnyk, a nurse at the regional hospital, recalled that the sirens came late.",
        ),
        "We heard",
        "Oksana Melnyk",
    ),
]

# (2) hostile: a body, a paragraph on something else, a person not speaking, someone unnamed
PULL_QUOTES_LEFT = [
    (
        _page(
            '"Terrorists neutralised"',
            "In a communique read on state television on Thursday, the General Staff of the "
            "Armed Forces (FAMa) said its units had repelled the attack.",
        ),
        "Terrorists",
    ),
    (
        _page('"Nobody could come near"', "The army said on Tuesday that it had struck a depot."),
        "Nobody",
    ),
    (
        _page(
            '"Nobody could come near"',
            "Smoke rose over the town for hours. Residents said the fire burned all night.",
        ),
        "Nobody",
    ),
    (
        _page(
            '"We will return"',
            "A nurse who asked not to be named said the wounded had been moved.",
        ),
        "We will",
    ),
    (
        _page("'He went to buy bread'", "John Otieno, 19, was shot in the back near the market."),
        "He went",
    ),
    (
        _page(
            '"Terrorist" label',
            "The government has called the group terrorists since 2021, the minister said.",
        ),
        "Terrorist",
    ),
]

# (2) hostile: a crosshead whose words a later quote repeats keeps that quote's speaker
PULL_QUOTE_REPEATED = (
    "Headline of the page\n\nThe first paragraph.\n\n'Nowhere is safe'\n\nAhmed Saleh, 40, said "
    'he had moved his family twice.\n\n"Nowhere is safe," said Mariam Haddad, a nurse.'
)


@pytest.mark.parametrize(("text", "quote_words", "speaker"), PULL_QUOTES)
def test_a_pull_quote_crosshead_is_the_person_introduced_under_it(
    text: str, quote_words: str, speaker: str
) -> None:
    assert suggested_speaker(text, quote_words) == speaker


@pytest.mark.parametrize(("text", "quote_words"), PULL_QUOTES_LEFT)
def test_a_pull_quote_crosshead_over_no_speaking_person_has_no_speaker(
    text: str, quote_words: str
) -> None:
    assert suggested_speaker(text, quote_words) is None


def test_a_crosshead_repeated_by_a_later_quote_keeps_its_speaker() -> None:
    assert suggested_speaker(PULL_QUOTE_REPEATED, "Nowhere") == "Mariam Haddad"


def _entry(heading: str, paragraph: str) -> str:
    return f"Live page\n\nThe first paragraph.\n\n{heading}\n\n{paragraph}\n\nMore later."


def _speaker_and_mention(text: str, quote_words: str) -> tuple[str, int] | None:
    """The speaker's text and which mention of that text it is (1 = the first)."""
    for s in suggest(text, gazetteer=load_gazetteer()):
        if s.label == "QUOTE" and text[s.start : s.end].startswith(quote_words):
            if s.speaker is None:
                return None
            name = text[s.speaker[0] : s.speaker[1]]
            return name, text.count(name, 0, s.speaker[0]) + 1
    raise AssertionError(f"no quote starting {quote_words!r}")


# (3) the heading's name, repeated by the paragraph under it as its verb's subject
HEADING_NAME_IN_BODY = [
    (
        _entry(
            "11:30 GMT - UNRWA: 'Nowhere in Gaza is safe'",
            "The UN agency for Palestinian refugees, UNRWA, says the strike shows once more "
            "that nowhere in Gaza is safe.",
        ),
        "Nowhere",
        ("UNRWA", 2),
    ),
    (
        _entry(
            "UNIFIL 'concerned'",
            "The United Nations Interim Force in Lebanon (UNIFIL) said in a statement that it "
            "was deeply concerned by the strikes.",
        ),
        "concerned",
        ("UNIFIL", 2),
    ),
    (
        _entry(
            "13:40 GMT - Israeli military says it hit 'command centre'",
            "The Israeli military says it struck a Hamas command and control centre inside a "
            "compound.",
        ),
        "command",
        ("Israeli military", 2),
    ),
    (
        _entry(
            "12:30 EET - Kremlin: talks 'not on the agenda'",
            "The Kremlin said on Wednesday that no new round of talks was planned.",
        ),
        "not on",
        ("Kremlin", 2),
    ),
    (
        _entry(
            "ICRC: 'Detainees must be treated humanely'",
            "The ICRC told reporters in Geneva that it had visited the prison twice.",
        ),
        "Detainees",
        ("ICRC", 2),
    ),
    (
        _entry(
            "OCHA 'alarmed' by displacement",
            "OCHA said in its latest update that 40,000 people had fled.",
        ),
        "alarmed",
        ("OCHA", 2),
    ),
    # (an unnamed spokesman speaks for the body named: guideline, open point h)
    (
        _entry(
            "UNHCR: 'We need access'",
            "A spokesman for UNHCR said the agency had asked for a corridor.",
        ),
        "We need",
        ("UNHCR", 2),
    ),
]

# (3) hostile: the name not the subject below, another party below, a body sentence
HEADING_NAME_KEPT = [
    (
        _entry(
            "Indian army says it 'responded in a calibrated manner'",
            "The Indian Army's Chinar Corps, which covers the valley, says Pakistani troops "
            "fired first.",
        ),
        "responded",
        ("Indian army", 1),
    ),
    (
        _entry(
            "Hamas: 'The truce is over'",
            "Israel said on Monday that Hamas had violated the truce.",
        ),
        "The truce",
        ("Hamas", 1),
    ),
    (
        _entry(
            "UNICEF: 'Children are dying'",
            "UNICEF staff in Gaza counted 14 dead children at the hospital, the agency said.",
        ),
        "Children",
        ("UNICEF", 1),
    ),
    (
        _entry(
            "UNHCR: 'We need access'",
            "Sudan's army said UNHCR convoys would be allowed through the crossing.",
        ),
        "We need",
        ("UNHCR", 1),
    ),
    (
        'Live page\n\nThe first paragraph.\n\nThe UN said the camp was "overwhelmed". It '
        "gave no figure.\n\nThe UN said aid had stopped.",
        "overwhelmed",
        ("UN", 1),
    ),
]


@pytest.mark.parametrize(("text", "quote_words", "speaker"), HEADING_NAME_IN_BODY)
def test_a_heading_quote_links_to_its_name_attributing_it_below(
    text: str, quote_words: str, speaker: tuple[str, int]
) -> None:
    assert _speaker_and_mention(text, quote_words) == speaker


@pytest.mark.parametrize(("text", "quote_words", "speaker"), HEADING_NAME_KEPT)
def test_a_heading_quote_keeps_its_name_when_the_body_does_not_attribute_it(
    text: str, quote_words: str, speaker: tuple[str, int]
) -> None:
    assert _speaker_and_mention(text, quote_words) == speaker
