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

Each class has positive sentences in several styles (wire, live blog, translated, Nigerian
and Pakistani English, report) and hostile probes where the code's speaker was already right.
"""

from __future__ import annotations

import pytest

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
