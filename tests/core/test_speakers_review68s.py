"""REVIEW68S: guards on the SPK68 speaker rules, from hostile probes (invented people)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker

_LEAD = "GENEVA, Dec 6 (Reuters) - Gunmen killed 12 people in the north, officials said.\n\n"


# (1) "it said" after "..., the <noun> said.": a noun of no kind (council, committee) takes
# a body whose name holds it, never the nearest body of another name.
def test_it_said_after_the_council_is_no_body_of_another_name() -> None:
    text = (
        _LEAD + "The World Health Organization said the hospital was out of fuel. A nurse "
        'was killed in the raid, the council said. "This must stop," it said.\n'
    )
    assert suggested_speaker(text, "This must stop") is None


def test_it_said_after_the_council_named_before_is_that_council() -> None:
    text = (
        _LEAD + "The Norwegian Refugee Council said its staff had been turned back. A boy "
        'was shot at the gate, the council said. "This must stop," it said.\n'
    )
    assert suggested_speaker(text, "This must stop") == "Norwegian Refugee Council"


# (2) An aged unnamed speaker: a person's noun, never a thing's, nor the passive "said to".
@pytest.mark.parametrize(
    ("named", "aged", "speaker"),
    [
        (
            "Governor Ahmed Umar spoke on Monday.",
            "A 15-year-old law says the state must pay.",
            "Ahmed Umar",
        ),
        (
            "Finance Minister Ali Musa spoke.",
            "A 10-year-old tax treaty says profits are taxed once.",
            "Ali Musa",
        ),
        (
            "Governor Ahmed Umar spoke.",
            "A 70-year-old agreement says grazing routes are open.",
            "Ahmed Umar",
        ),
        (
            "Governor Ahmed Umar spoke.",
            "A 5-year-old campaign says the army is winning.",
            "Ahmed Umar",
        ),
        (
            "Unilever chief Alan Jope spoke.",
            "A 120-year-old company says it will cut jobs.",
            "Alan Jope",
        ),
        (
            "Police chief John Obi said a suspect was held.",
            "A 30-year-old militant said to be the bomb maker was killed in the raid.",
            "John Obi",
        ),
        (
            "President Bola Tinubu visited the site.",
            "A 40-year-old bridge said to be unsafe collapsed last week.",
            "Bola Tinubu",
        ),
        # a person's noun still makes him the unnamed speaker
        ("Governor Ahmed Umar spoke.", "One 19-year-old conscript said he had no training.", None),
        ("Governor Ahmed Umar spoke.", "A 52-year-old grain seller said he was beaten.", None),
    ],
)
def test_an_aged_thing_is_no_unnamed_speaker(named: str, aged: str, speaker: str | None) -> None:
    text = _LEAD + named + " " + aged + ' "We will see it through," he said.\n'
    assert suggested_speaker(text, "We will see it through") == speaker


# (3) A timed entry heading: not a timeline's line, and its own entry's words only.
_BLOG = "Live: talks\n\nKYIV, Dec 6 (Reuters) - Talks resumed in Geneva, officials said.\n\n"


def test_an_entry_heading_does_not_take_the_next_entrys_speaker() -> None:
    text = (
        _BLOG + '14:05 GMT - Zelensky: "We will not give up land"\n\n'
        "Zelensky said in his nightly address that Kyiv would not cede territory.\n\n"
        "14:30 GMT - Kremlin responds\n\n"
        'Kremlin spokesman Dmitry Peskov said: "We will not give up land that is ours."\n'
    )
    assert suggested_speaker(text, "We will not give up land") != "Dmitry Peskov"


def test_a_timeline_line_is_no_entry_heading() -> None:
    text = (
        _BLOG + '08.15 - Gunmen enter "the main gate"\n09.40 - Troops arrive\n\n'
        'A guard, Ahmad Wali, said: "They came through the main gate shooting."\n'
    )
    assert suggested_speaker(text, "the main gate") is None


def test_an_entry_heading_still_takes_its_own_entrys_speaker() -> None:
    text = (
        _BLOG + '09:40 GMT - Mayor: "We have no water"\n\n'
        "Mayor Ivan Petrenko said the pumping station had been hit. "
        '"We have no water in three districts," he said.\n\n'
        "10:10 GMT - Air raid alert\n\nSirens sounded across the city.\n"
    )
    assert suggested_speaker(text, "We have no water") == "Ivan Petrenko"


# (4) "the official" after '..., the <modifiers> <office> said': the office's own words.
_KABUL = "KABUL, Dec 6 (Reuters) - Thousands crossed the border on Friday, officials said.\n\n"


@pytest.mark.parametrize(
    "before",
    [
        "Army chief General Musa Bello said troops had been sent. Later, the police chief "
        "said the roads were closed.",
        "Kharkiv's mayor, Ihor Terekhov, said the strike hit a school. "
        '"Two guards were hurt," the deputy mayor said.',
        'Defence Minister Rustem Umerov spoke in Brussels. "We need more air defence," the '
        "foreign minister said.",
    ],
)
def test_the_official_after_another_office_of_that_noun_has_no_link(before: str) -> None:
    text = _KABUL + before + ' "We have asked for more," the official said.\n'
    assert suggested_speaker(text, "We have asked for more") is None


# (5) A relative speaking alone: the relative of the person named last, not anyone's.
def test_his_father_is_not_another_mans_father() -> None:
    text = (
        "MAIDUGURI, Dec 6 (Reuters) - Ali Musa and his father, Bala Musa, were freed. "
        "Ibrahim Bello, 30, was still held. His father said he had paid a ransom. "
        '"I sold my cows," he said.\n'
    )
    assert suggested_speaker(text, "I sold my cows") != "Bala Musa"


# Speed: the sentences between two quotes are read up to the later quote only (a page of
# quotes on one line cost each quote the whole page: 400 KB of '12:30 EET - Kremlin: talks
# "not on the agenda"! ' took 2.6 s, 3x the time of 200 KB).
def test_sentences_between_reads_only_up_to_the_end() -> None:
    from annotator.core.suggest.speakers import _sentences_between
    from annotator.core.suggest.text import Sentence

    sentences = [Sentence(k * 10, k * 10 + 8) for k in range(50)]
    for first in (0, 3, 49, 50):
        for start, end in ((0, 0), (12, 58), (30, 500), (95, 96)):
            naive = [s for s in sentences[first:] if s.start >= start and s.end <= end]
            assert _sentences_between(sentences, first, start, end) == naive


# (3) A price at a line's start is no entry time: "12.50 - " with no zone.
def test_a_price_line_is_no_entry_heading() -> None:
    text = (
        "Fuel prices\n\nLAGOS, Dec 6 - Prices rose again.\n\n"
        '12.50 - "Premium petrol" at the pump\n\n'
        'NNPC chief Mele Kyari said: "Premium petrol will stay at this price."\n'
    )
    assert suggested_speaker(text, "Premium petrol") is None


def test_a_full_stop_time_with_its_zone_is_an_entry_time() -> None:
    text = (
        "Live: Sudan\n\nPORT SUDAN, Dec 6 (Reuters) - Fighting continued.\n\n"
        '09.10 GMT - RSF: "we control the airport"\n\n'
        'RSF adviser Ali Mohamed said in a video: "We control the airport and the market."\n'
    )
    assert suggested_speaker(text, "we control the airport") == "Ali Mohamed"
