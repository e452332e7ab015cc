"""Victims of general classes, read as the guideline says, on invented sentences (none is
an article's own): civil occupations and activists are civilians, a group's operatives
and its own personnel combatants. (The audience-of-a-statement cases went with _AUDIENCE,
del71c.)"""

from __future__ import annotations

import pytest

from annotator.core.casualty import casualty_victims
from annotator.core.suggest.casualties import casualty_victims_at


@pytest.mark.parametrize(
    ("phrase", "victims"),
    [
        ("nine activists were detained", "civilian"),
        ("two rights activists died in custody", "civilian"),
        ("three road engineers were abducted", "civilian"),
        ("four truck drivers were shot dead", "civilian"),
        ("a bus driver was killed", "civilian"),
        ("seven community leaders were killed", "civilian"),
        ("two religious leaders were wounded", "civilian"),
        ("six militia operatives were killed", "combatant"),
        ("killed eleven intelligence operatives", "combatant"),
        # a soldier's trade stays a soldier's
        ("three combat engineers were killed", "combatant"),
        ("two tank drivers were wounded", "combatant"),
        # police counted as the victims, and other ranks and congregations
        ("three police were killed", "combatant"),
        ("two riot police were wounded in the clashes", "combatant"),
        ("dozens of police were hurt", "combatant"),
        ("two police constables died", "combatant"),
        ("six cadets were killed", "combatant"),
        ("four congregants were killed", "civilian"),
        ("two farmworkers were shot dead", "civilian"),
        # police as the source or the agent stay out of the victims
        ("police said 12 were killed", "unknown"),
        ("15 people were killed, two police officials said", "unknown"),
        # already right, kept so
        ("twelve worshippers were killed", "civilian"),
        ("five police officers were wounded", "combatant"),
        ("20 people were killed", "unknown"),
    ],
)
def test_victims_of_general_classes(phrase: str, victims: str) -> None:
    assert casualty_victims(phrase) == victims
    assert casualty_victims_at(phrase, 0, len(phrase)) == victims


@pytest.mark.parametrize(
    ("sentence", "words", "victims"),
    [
        # the group's own personnel, counted by the group or the ministry
        (
            "The interior ministry said 14 of its personnel were killed.",
            "14 of its personnel were killed",
            "combatant",
        ),
        (
            "The rebels said eight of their own personnel died.",
            "eight of their own personnel died",
            "combatant",
        ),
    ],
)
def test_victims_from_the_sentence_in_other_words(sentence: str, words: str, victims: str) -> None:
    start = sentence.index(words)
    assert casualty_victims_at(sentence, start, start + len(words)) == victims
