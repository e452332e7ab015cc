"""REVIEW66P: guards on PERP66's doers and headline lists (adversarial review).

1. The object pronouns are read in lower case only: "US" in a headline with no comma is the
   source ("Three soldiers killed US military says"), never "us".
2. On a headline's line, the object of the counted subject's verb must close its phrase (a
   mark, the line's end, a preposition): "Three soldiers killed a local chief confirms" keeps
   its three dead, the chief being the headline's source.
3. A headline's list with no comma pairs wounds and deaths only: "Two gunmen killed three
   villagers abducted last week" names the dead by their earlier captivity.
4. The headline test is bounded on a long line (it copied and scanned the whole line per
   figure: quadratic on a text with no newline).
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import cpu_seconds, suggested_figures

BODY = "Report\n\n"


def headline_figures(headline: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(headline + "\n\nThe report follows.\n", gazetteer=False)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Three soldiers killed US military says", [("Three soldiers killed", 3, 3, "killed")]),
        ("Two soldiers killed US official says", [("Two soldiers killed", 2, 2, "killed")]),
        (
            "Four contractors killed US embassy confirms",
            [("Four contractors killed", 4, 4, "killed")],
        ),
        (
            "Three soldiers killed a local chief confirms",
            [("Three soldiers killed", 3, 3, "killed")],
        ),
        (
            "Two journalists killed a colleague recalls",
            [("Two journalists killed", 2, 2, "killed")],
        ),
        ("Two children killed their mother tells BBC", [("Two children killed", 2, 2, "killed")]),
        (
            "Two gunmen killed three villagers abducted last week",
            [("killed three villagers", 3, 3, "killed")],
        ),
        (
            "Two gunmen killed three hostages kidnapped in May",
            [("killed three hostages", 3, 3, "killed")],
        ),
        # PERP66's own cases stand
        (
            "Five militants killed three soldiers near border",
            [("killed three soldiers", 3, 3, "killed")],
        ),
        (
            "Two soldiers killed three civilians wounded in blast",
            [("Two soldiers killed", 2, 2, "killed"), ("three civilians wounded", 3, 3, "injured")],
        ),
        (
            "- 12 civilians killed 30 injured",
            [("12 civilians killed", 12, 12, "killed"), ("30 injured", 30, 30, "injured")],
        ),
    ],
)
def test_headline_guards(headline: str, expected: list[tuple]) -> None:
    assert headline_figures(headline) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # body text: the lower-case pronoun and the object without a closing word still make doers
        ("Two gunmen shot us at the checkpoint.", []),
        (
            "Three soldiers killed a local chief, the army confirmed.",
            [("killed a local chief", 1, 1, "killed")],
        ),
        (
            "Three soldiers killed a local chief who had refused to pay.",
            [("killed a local chief", 1, 1, "killed")],
        ),
    ],
)
def test_body_doers_kept(sentence: str, expected: list[tuple]) -> None:
    assert suggested_figures(BODY + sentence, gazetteer=False) == expected


def test_headline_list_linear_on_a_long_line() -> None:
    from annotator.core.suggest import casualties

    unit = "Two soldiers killed three civilians wounded in blast "
    per_call = []
    for n in (2_000, 8_000):
        text = unit * n
        calls = len(text) // (len(unit) * 20)

        def read_every_twentieth(text: str = text) -> None:
            for at in range(0, len(text), len(unit) * 20):
                casualties._headline_list(text, at + 19, at + 20, at + 40)
                casualties._headline_line(text, at + 20)

        per_call.append(cpu_seconds(read_every_twentieth) / calls)
    # per call: constant, not growing with the line (a 4x longer line, well under 4x the time)
    assert per_call[1] < per_call[0] * 2.5 + 1e-5


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the one stabbed died of it: no injured figure from the headline's "stabbed"
        ("Man stabbed at Lagos market dies", []),
        ("Soldier stabbed in Paris attack dies in hospital", []),
        # PERP66's own cases stand
        (
            "Polish soldier stabbed at Belarus border fence",
            [("Polish soldier stabbed", 1, 1, "injured")],
        ),
        ("Teacher stabbed to death in Lagos", [("Teacher stabbed to death", 1, 1, "killed")]),
    ],
)
def test_headline_stabbed_who_died(headline: str, expected: list[tuple]) -> None:
    assert headline_figures(headline) == expected
