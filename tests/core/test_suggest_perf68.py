"""PERF68: cheap tests before costly searches, the output unchanged.

- `with_coordinated_groups` reads a figure's last words (`_SPAN_ENDS_WITH_PEOPLE`, the
  costliest search of the pass on a long article) only where an "and" stands within reach
  after it: the groups after a figure (`_GROUPS_AFTER`) and its one more noun
  (`_NOUN_AFTER`) both need one.
- the groups before a figure (`_SPAN_OPENS_WITH_COUNT`, the list's openings,
  `_GROUPS_BEFORE`) are looked for only where the text before it ends with a comma or an
  "and" and white space, as each match of `_GROUPS_BEFORE` ends (`_joined_before`).
- the pronoun rule's `_ANONYMOUS` search over 600 characters is made only where the window
  holds one of the words each of its forms holds (`speakers._anonymous_in`).

The figures and speakers below are what the rules gave before the change (437bc2e8).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.suggest import casualties, speakers
from tests.core.suggest_probes import suggested_figures, suggested_speaker

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "sample_articles").glob("*.txt"))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the groups after a figure, joined by "and", are summed
        (
            "Gunmen killed three soldiers and two civilians in the attack on Tuesday.",
            [("killed three soldiers and two civilians", 5, 5, "killed")],
        ),
        (
            "Five police officers who manned the barrier and a nine-year-old girl were killed.",
            [
                (
                    "Five police officers who manned the barrier and a nine-year-old girl"
                    " were killed",
                    5,
                    5,
                    "killed",
                )
            ],
        ),
        # one more noun under the figure's number
        (
            "The army said it killed more than 60 soldiers and VDP in the assault.",
            [("killed more than 60 soldiers and VDP", 61, None, "killed")],
        ),
        # the groups before a figure (no "and" after it: that test is still made)
        (
            "Two nurses, a driver and a paramedic were wounded in the blast.",
            [("Two nurses, a driver and a paramedic were wounded", 4, 4, "injured")],
        ),
        # no "and" after the figure: nothing to widen
        (
            "Twelve civilians were killed in the raid, officials said.",
            [("Twelve civilians were killed", 12, 12, "killed")],
        ),
        # an "and" beyond the reach of the groups: two figures
        (
            "Twelve civilians were killed " + "x " * 100 + "and two children were hurt.",
            [
                ("Twelve civilians were killed", 12, 12, "killed"),
                ("two children were hurt", 2, 2, "injured"),
            ],
        ),
        # headlines and lists (hostile prose of earlier sessions)
        (
            "- 12 civilians killed 30 injured",
            [("12 civilians killed", 12, 12, "killed"), ("30 injured", 30, 30, "injured")],
        ),
        (
            "Three soldiers killed one day after the ceasefire",
            [("Three soldiers killed", 3, 3, "killed")],
        ),
    ],
)
def test_figures_unchanged(text: str, figures: list[tuple[str, object, object, object]]) -> None:
    assert suggested_figures(text) == figures


def _and_windows() -> list[tuple[str, int]]:
    """(text, offset) after every space of the sample articles."""
    out = []
    for path in SAMPLES:
        text = path.read_text("utf-8")
        out += [(text, m.start()) for m in re.finditer(r"(?<=\S)(?=\s)", text)]
    return out


def test_and_within_is_needed_by_both_searches() -> None:
    """Wherever `_GROUPS_AFTER` or `_NOUN_AFTER` matches after a word of the samples (and of
    some made-up phrases), `_AND_WITHIN` finds an "and" in the same reach."""
    made = [
        ("killed three soldiers AND two civilians", 21),
        ("killed three soldiers\tand\u00a0two civilians", 21),
        ("wounded 12 people, two women, and a child", 17),
        ("killed 60 soldiers and VDP.", 18),
        # (del71c: `_NOUN_AFTER` keeps only its initials alternative)
        ("killed 12 soldiers and CRPF.", 18),
        ("wounded 4 policemen and SSB in Kishtwar", 19),
    ]
    tried = 0
    for text, at in _and_windows() + made:
        reach = min(len(text), at + casualties._GROUPS_REACH)
        found = casualties._GROUPS_AFTER.match(text, at, reach) or casualties._NOUN_AFTER.match(
            text, at, min(len(text), at + 40)
        )
        if found is not None:
            tried += 1
            assert casualties._AND_WITHIN.search(text, at, reach), (text[at : at + 80], at)
    assert tried > 10


@pytest.mark.parametrize(
    "window",
    [
        "said the nurse, who asked not to be named.",
        "said the nurse, who ASKED NOT TO BE NAMED.",
        "who spoke on condition of anonymity",
        "speaking anonymously",
        "who declined to be identified",
        "who did not give his full name",
        "whose name was withheld",
        "who was granted anonymity",
        "identified only by the code K-7",
        "known only by a pseudonym",
        "whose real name the court ordered withheld",
        # outside ASCII: searched whatever the words
        "who declined to be \u0130dentified",
        "who asked not to be named in Bogot\u00e1",
        "a farmer in Bogot\u00e1 said",
        # none of the words
        "A farmer described the attack on the village on Tuesday.",
        "",
        # the words without a form of the pattern
        "the only named suspect",
        "anonymous sources",
    ],
)
def test_anonymous_in_agrees_with_the_search(window: str) -> None:
    text = "Before. " + window + " After."
    begin, end = 8, 8 + len(window)
    assert speakers._anonymous_in(text, begin, end) == (
        speakers._ANONYMOUS.search(text, begin, end) is not None
    )


def test_anonymous_in_agrees_over_the_samples() -> None:
    """Every 600-character window ending at a quote mark of the samples, as the pronoun rule
    reads them."""
    tried = 0
    for path in SAMPLES:
        text = path.read_text("utf-8")
        for m in re.finditer('["\u201c]', text):
            begin = max(0, m.start() - 600)
            expected = speakers._ANONYMOUS.search(text, begin, m.start()) is not None
            assert speakers._anonymous_in(text, begin, m.start()) == expected
            tried += 1
    assert tried > 50


def test_pronoun_speaker_unchanged() -> None:
    assert (
        suggested_speaker(
            'Amina Yusuf described the attack on the village. "They came at night," she said.',
            "They came",
        )
        == "Amina Yusuf"
    )


def test_joined_before_is_needed_by_the_groups_before() -> None:
    """Wherever `_GROUPS_BEFORE` matches from a list's opening up to a count of the samples
    (and of some made-up lists), `_joined_before` says the text there ends as it ends."""
    made = [
        "Two nurses, a driver and a paramedic were wounded.",
        "Two nurses, a driver AND a paramedic were wounded.",
        "three soldiers, two police officers,\u00a0four civilians were killed",
        "113 incidents, in which 67 civilians, 23 members of the security forces and 19 "
        "fighters were killed",
    ]
    texts = [path.read_text("utf-8") for path in SAMPLES] + made
    tried = 0
    for text in texts:
        for count in re.finditer(r"(?i)\b(?:\d|two|three|four|five|an?\s)", text):
            at = count.start()
            low = max(0, at - casualties._GROUPS_REACH)
            openings = [low] + [o.end() for o in casualties._LIST_OPENER.finditer(text, low, at)]
            if any(casualties._GROUPS_BEFORE.fullmatch(text, o, at) for o in openings):
                tried += 1
                assert casualties._joined_before(text, at), text[low:at]
    assert tried >= 4


@pytest.mark.parametrize(
    ("before", "joined"),
    [
        ("Two nurses, a driver and ", True),
        ("Two nurses, a driver AND\n", True),
        ("Two nurses, ", True),
        ("Two nurses,\u00a0", True),
        ("killed ", False),
        ("in the raid", False),
        ("band ", True),  # (a word ending as "and" is read by the search itself)
        ("Bogot\u00e1 ", True),  # outside ASCII: searched
        ("", False),
        ("  ", False),
    ],
)
def test_joined_before(before: str, joined: bool) -> None:
    assert casualties._joined_before(before + "12 people", len(before)) is joined


@pytest.mark.parametrize("name", ["_ACTIVE_HARM_IN", "_ACTIVE_HARM_LAST"])
def test_white_space_first_finds_the_same(name: str) -> None:
    """The harm verbs' patterns with white space looked for before their look-behinds find
    what they found without it, over every line of the samples (up to 160 characters, as
    `_did_the_harm` reads a phrase) and some phrases of both kinds."""
    pattern = getattr(casualties, name)
    assert pattern.pattern.startswith("(?=\\s)")
    before = re.compile(pattern.pattern.removeprefix("(?=\\s)"), pattern.flags)
    made = [
        "Five militants killed three soldiers",
        "three soldiers were killed",
        "A man with a knife wounded",
        "two gunmen had shot dead a guard",
        "Two Gunmen SHOT DEAD",
        "four\u00a0killed",
        "they\nkilled",
    ]
    texts = [path.read_text("utf-8") for path in SAMPLES] + made
    found = 0
    for text in texts:
        for line in re.finditer(r"[^\n]{1,160}", text):
            got = pattern.search(text, *line.span())
            assert (got and got.span()) == (
                (old := before.search(text, *line.span())) and old.span()
            )
            found += got is not None
        # (and as `_ACTIVE_HARM_LAST` is searched: the phrase alone, to its end)
        for line in re.finditer(r"[^\n]{1,160}", text):
            phrase = line.group()
            got = pattern.search(phrase)
            assert (got and got.span()) == ((old := before.search(phrase)) and old.span())
    assert found > 0
