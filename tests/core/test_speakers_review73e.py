"""REVIEW73E: guards on SPK73's three speaker rules, from an adversarial review's probes.

1. "X, quoted by <outlet>, said" (`_carried_by_outlet`) only when that verb is the last
   speech verb before the quote: a later speaker with their own verb keeps the quote
   ("Officials quoted by Kyiv Independent said ..., while Mayor X said: '...'").
2. A pull-quote crosshead (`_pull_quote_crossheads`) takes the person under it only when its
   words are a clause (a subject pronoun or a finite auxiliary or copula): a slogan, a plea,
   a proverb or a label ("Woman, Life, Freedom", "Not guilty", "Category 5", "No safe place
   left") is nobody's words there.
3. A heading's quote (`_heading_speaker_in_body`) moves to the body's mention only when that
   mention opens the paragraph's clause as its subject, not as a verb's object ("Israel
   accused UNRWA, said to employ ...").
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_speaker


def _speaker_at(text: str, quote_words: str) -> tuple[int, int] | None:
    for s in suggest(text, gazetteer=load_gazetteer()):
        if s.label == "QUOTE" and text[s.start : s.end].startswith(quote_words):
            return s.speaker
    raise AssertionError(f"no quote starting {quote_words!r}")


# (1) a later speaker with their own verb keeps the quote
LATER_SPEAKER = [
    (
        "Officials quoted by Kyiv Independent said 11 people were killed, while Mayor Ihor "
        'Terekhov said: "The city is under attack."',
        "The city",
        "Ihor Terekhov",
    ),
    (
        "Prices quoted by traders in Karachi said little about supply, analyst Ali Raza told "
        'Reuters: "The market is nervous."',
        "The market",
        "Ali Raza",
    ),
]


@pytest.mark.parametrize(("text", "quote_words", "speaker"), LATER_SPEAKER)
def test_a_later_speaker_after_a_quoted_by_participle_keeps_the_quote(
    text: str, quote_words: str, speaker: str
) -> None:
    assert suggested_speaker(text, quote_words) == speaker


# (1) the participle's own verb, the last before the quote, still works
@pytest.mark.parametrize(
    ("text", "quote_words"),
    [
        ('Residents quoted by the BBC said: "The shelling never stopped."', "The shelling"),
        ('The governor, quoted by Channels TV, said: "Bandits will be crushed."', "Bandits"),
        ('The report, quoted by Reuters, said: "At least 40 civilians were killed."', "At least"),
    ],
)
def test_a_description_quoted_by_an_outlet_is_still_nobody(text: str, quote_words: str) -> None:
    assert suggested_speaker(text, quote_words) is None


# (2) crossheads that are no clause: nobody's words
NOT_A_CLAUSE = [
    'Protest in Tehran\n\n"Woman, Life, Freedom"\n\nActivist Narges Mohammadi said from prison '
    "that the movement would not stop.\n",
    'Court hears case\n\n"Not guilty"\n\nJudge Amina Bello said the trial would resume '
    "next week.\n",
    'Storm hits coast\n\n"Category 5"\n\nForecaster Jim Cantore said the hurricane would make '
    "landfall overnight.\n",
    'Live: Gaza updates\n\n14:05 GMT - "No safe place left"\n\nIsraeli Prime Minister Benjamin '
    "Netanyahu told the Knesset the war would go on.\n",
    'Markets slump\n\n"Sell in May and go away"\n\nAnalyst Sarah Khan said investors were nervous '
    "ahead of the budget.\n",
    'Nigeria attack\n\n"Never again"\n\nGovernor Babagana Zulum, who visited the village on '
    "Sunday, said the attackers would be caught.\n",
]


@pytest.mark.parametrize("text", NOT_A_CLAUSE)
def test_a_crosshead_that_is_no_clause_has_no_speaker(text: str) -> None:
    quote_words = text.split('"')[1][:8]
    assert suggested_speaker(text, quote_words) is None


# (2) clause crossheads still go to the person under them
@pytest.mark.parametrize(
    ("text", "quote_words", "speaker"),
    [
        (
            'Sudan\'s forgotten war\n\n"The Janjaweed are back"\n\nAdam Yahya, 52, whose brother '
            "was killed in June, said the fighters came at night.\n",
            "The Janjaweed",
            "Adam Yahya",
        ),
        (
            'Live: Myanmar\n\n16:20 GMT - "We had no warning"\n\nDaw Nilar Win, 52, told Myanmar '
            "Now the jets came at noon.\n",
            "We had",
            "Daw Nilar Win",
        ),
        (
            'City win derby\n\n"We were unlucky"\n\nPep Guardiola said his side had dominated the '
            "second half.\n",
            "We were",
            "Pep Guardiola",
        ),
    ],
)
def test_a_clause_crosshead_still_takes_the_person_under_it(
    text: str, quote_words: str, speaker: str
) -> None:
    assert suggested_speaker(text, quote_words) == speaker


# (3) the heading's name as a verb's object in the body: the heading keeps the link
def test_a_heading_name_that_is_an_object_in_the_body_keeps_the_heading_link() -> None:
    text = (
        'Gaza updates\n\nUNRWA: "Nowhere in Gaza is safe"\n\nIsrael accused UNRWA, said to '
        "employ Hamas members, of lying about the figures.\n"
    )
    assert _speaker_at(text, "Nowhere") == (14, 19)


# (3) the subject forms still move to the body
@pytest.mark.parametrize(
    ("text", "quote_words", "start"),
    [
        (
            'Lebanon live\n\nUNIFIL "concerned"\n\nThe United Nations Interim Force in Lebanon '
            "(UNIFIL) said peacekeepers were hit by fire.\n",
            "concerned",
            79,
        ),
        (
            'Lebanon live\n\n10:20 GMT - Israeli military says it hit "command centre"\n\nThe '
            "Israeli military says its jets struck a Hezbollah site near Tyre.\n",
            "command",
            77,
        ),
    ],
)
def test_a_heading_quote_still_moves_to_the_body_subject(
    text: str, quote_words: str, start: int
) -> None:
    speaker = _speaker_at(text, quote_words)
    assert speaker is not None
    assert speaker[0] == start
