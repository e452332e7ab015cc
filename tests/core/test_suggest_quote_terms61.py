"""Quoted names that are no speech (session 61): a name "known in <a place, a tongue or a
circle> as"; a report's words stay quotes (review61c Q1 took a "report" title rule out)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            'Smugglers, known in Kurdish as "kolbar", carry goods over the passes near Baneh.',
            "kolbar",
        ),
        (
            'Police blamed a gang known in the valley as "Los Cuervos" for the '
            "killing of two drivers.",
            "Los Cuervos",
        ),
        (
            'The armed groups, known in Guyana as "sindicatos", tax every boat on the river.',
            "sindicatos",
        ),
    ],
)
def test_a_name_or_title_in_marks_is_no_quote(text: str, term: str) -> None:
    assert term not in suggested_texts(text, "QUOTE")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a report's words after a colon or a verb stay quotes
        (
            'The report, published on Monday, is blunt: "Civilians were shot as they fled."',
            "Civilians were shot as they fled.",
        ),
        (
            'A UN report said "the pattern of killings points to a policy" in the region.',
            "the pattern of killings points to a policy",
        ),
        (
            'Amnesty said in its report "Soldiers shot at fleeing civilians and burned homes."',
            "Soldiers shot at fleeing civilians and burned homes.",
        ),
        (
            'According to the report "at least 40 people were killed in the raid."',
            "at least 40 people were killed in the raid.",
        ),
        (
            'The commander, known in the camps as a hard man, said "we will not '
            'retreat one metre."',
            "we will not retreat one metre.",
        ),
    ],
)
def test_speech_near_those_words_stays_a_quote(text: str, words: str) -> None:
    assert words in suggested_texts(text, "QUOTE")


def test_a_quote_opening_the_line_after_the_word_report_stays_a_quote() -> None:
    text = 'Weekly report\n\n"We have not been paid since March," a teacher in Kadugli said.'
    assert "We have not been paid since March," in suggested_texts(text, "QUOTE")
