"""Victims as the guideline's settled open points read them (sample_articles/README.md,
"Open points settled"), on invented sentences (none is an article's own)."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.core.suggest.casualties import casualty_victims_at


def _victims(sentence: str, words: str) -> str:
    start = sentence.index(words)
    return casualty_victims_at(sentence, start, start + len(words))


@pytest.mark.parametrize(
    ("sentence", "words", "victims"),
    [
        # a part named right after a bare count says what some were, not all (point j)
        ("A shell hit the market, killing 14, including three children.", "killing 14", "unknown"),
        ("Eleven wounded, among them two girls, were taken to Goma.", "Eleven wounded", "unknown"),
        (
            "Rockets hit Odesa, killing 2, injuring 19 including 3 children",
            "injuring 19",
            "unknown",
        ),
        (
            "The toll rose to 30, four of them women, the ministry said.",
            "toll rose to 30",
            "unknown",
        ),
        # ... while "all of them" names every victim, and a part of both kinds makes it mixed
        ("A shell hit the market, killing 12, all of them children.", "killing 12", "civilian"),
        (
            "Mortars hit the camp, killing 15, among them four soldiers and six children.",
            "killing 15",
            "mixed",
        ),
        # a count coordinated after another keeps that count's people
        (
            "Gunmen killed 17 villagers and wounded 20, including two soldiers.",
            "wounded 20",
            "civilian",
        ),
    ],
)
def test_a_part_named_after_a_bare_count(sentence: str, words: str, victims: str) -> None:
    assert _victims(sentence, words) == victims


@pytest.mark.parametrize(
    ("sentence", "words", "victims"),
    [
        # a political party's members and workers are civilians (point f)
        (
            "Gunmen shot dead three members of the opposition party.",
            "shot dead three members",
            "civilian",
        ),
        (
            "Three party members were killed in the blast.",
            "Three party members were killed",
            "civilian",
        ),
        (
            "Two party supporters were wounded at the rally.",
            "Two party supporters were wounded",
            "civilian",
        ),
        # ... not a party named in capitals, whose words say nothing ("Workers'" are no
        # workers: it may be a party in arms), nor an outlawed one's
        (
            "Troops killed four members of the Kurdistan Workers' Party.",
            "killed four members",
            "unknown",
        ),
        ("Police arrested 12 members of the outlawed party.", "arrested 12 members", "unknown"),
        # herders harmed are civilians; herders who did the harm name no victims
        (
            "Two shepherds were wounded when a mine exploded.",
            "Two shepherds were wounded",
            "civilian",
        ),
        ("Herders killed 12 in raids on three farming villages.", "killed 12", "unknown"),
        # suspects are no category; suspected militants are what their noun says
        ("Police arrested nine suspects after the attack.", "arrested nine suspects", "unknown"),
        ("Troops killed five suspected militants.", "killed five suspected militants", "combatant"),
    ],
)
def test_victims_of_the_settled_groups(sentence: str, words: str, victims: str) -> None:
    assert _victims(sentence, words) == victims


def test_captives_counted_where_they_are_held() -> None:
    """ "remain in detention" / "still in custody" count captives, as "remain in captivity"
    does (point e); a detention centre is a place, and "died in custody" a death."""

    def figures(text: str) -> list[tuple[str, str]]:
        return [
            (text[s.start : s.end], str(s.attributes.get("kind")))
            for s in suggest(text, labels=["CASUALTY"])
        ]

    assert figures("Report\n\nThree journalists remain in detention, the union said.") == [
        ("Three journalists remain in detention", "other")
    ]
    assert figures("Report\n\nTwelve people are still in custody.") == [
        ("Twelve people are still in custody", "other")
    ]
    assert figures("Report\n\nNine people remain in detention centres near Tripoli.") == []
    assert figures("Report\n\nFour men died in custody last year.") == [("Four men died", "killed")]
