"""The outlet slots of `actor_outlet_in_slot` ("told Qorvel", "the news agency, Duna,") are
found through the piece index, only where their first words stand (issue 16: the two
whole-text scans were most of the rule's time on a 1 MB article): the same matches as a
scan of every character, on every sample and made-up sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.suggest import actors
from annotator.core.suggest.base import SuggestContext

ROOT = Path(__file__).resolve().parents[2] / "sample_articles"
MADE_UP = (
    "He told Qorvel by telephone. In an interview with Nordlicht, she said so; speaking to "
    "Radio Lenvia and Speaking to the Vantor Courier. A video verified by Pelora Online, a "
    "report seen by state-run Sonna, files obtained by Meridia, a letter reviewed by the "
    "Dorn Post, a clip published by Tamborine and broadcast by Duna, aired by KBN, quoted "
    "by official Lenvia Today and cited by Orla. The group's news outlet, Kokang Online, "
    "and its newspaper, Sahel Morning, the broadcaster, Vantor TV, a radio station, Baraka "
    "FM, a TV channel, Duna 24, its propaganda arm, Amaq, the mouthpiece, Orla, a news "
    "agency, Nordlicht, told\nQorvel, retold Pelora, toldQ, seen  by Duna, in an  interview "
    "with X, newspapers, Duna and a news service, Meridia, a television station, Lenvia One."
)


def _texts() -> list[str]:
    files = sorted(ROOT.glob("*.txt")) + sorted((ROOT / "dev").glob("*.txt"))
    return [f.read_text("utf-8") for f in files] + [MADE_UP, MADE_UP * 3]


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (actors._OUTLET_SLOT_BEFORE, actors._OUTLET_SLOT_FIRST),
        (actors._OUTLET_KIND_BEFORE, actors._OUTLET_KIND_FIRST),
    ],
)
def test_outlet_slots_found_at_their_first_words_equal_a_scan_of_every_character(
    pattern: re.Pattern[str], first: frozenset[str]
) -> None:
    found = 0
    for text in _texts():
        ctx = SuggestContext(text)
        scanned = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in actors._matches_at_words(ctx, pattern, first)] == scanned
        found += len(scanned)
    assert found > 20  # the made-up text holds every form


def test_an_outlet_in_a_slot_is_still_suggested() -> None:
    text = 'The minister told Qorvel by telephone. "It is over," he told Qorvel\'s reporter.'
    found = [text[s.start : s.end] for s in actors.actor_outlet_in_slot(SuggestContext(text))]
    assert found == ["Qorvel", "Qorvel"]
