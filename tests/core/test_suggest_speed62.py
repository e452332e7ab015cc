"""SPEED62: `named_ships` tries its pattern only where a ship's prefix stands
(`_SHIP_PREFIXES`, found by a pattern of the prefixes alone), and finds exactly what a scan
of every offset finds: the same extents, on invented texts and on shuffled ones."""

from __future__ import annotations

import random
import re

import pytest

from annotator.core.suggest import actors


def _scanned(text: str) -> list[tuple[int, int]]:
    """What `prefixed_ships` (the prefix part of `named_ships`) found when `_SHIP_NAME`
    was tried at every offset of the text."""
    found = []
    for m in actors._SHIP_NAME.finditer(text):
        end, at = m.end(), m.start(1)
        for i, word in enumerate(m.group(1).split(" ")):
            if i and (
                word in actors.TITLES
                or word.lower() in actors.ROLE_WORDS
                or word in actors.GIVEN_NAMES
            ):
                end = at - 1
                break
            at += len(word) + 1
        found.append((m.start(), end))
    return found


def test_the_prefixes_are_the_patterns_own() -> None:
    """A prefix added to the pattern and not to the list would go unseen."""
    opening = re.match(r"\\b\(\?:([^()]*)\) ", actors._SHIP_NAME.pattern)
    assert opening is not None
    assert sorted(actors._SHIP_PREFIXES) == sorted(f"{p} " for p in opening.group(1).split("|"))


@pytest.mark.parametrize(
    "text",
    [
        "The cargo vessel MV Coral Lantern, bound for Mombasa, was struck by a drone.",
        "Aboard the USS Greywater Captain Tomas Elberg said the crew was safe.",
        "Sailors on the BRP Laguna Verde and the HMAS Kestrel Bay exchanged signals.",
        # a prefix glued to a word, then a real one inside what would be its name
        "The XMV Alpha USS Tidewater crew and the KRI Bima Sakti 401 sailed at dawn.",
        "HMS MV Palisade Reef and M/V Nour al-Bahr, then M/T de la Costa, then FV.",
        "No ship here: MVP voting, USSR history, an HMSO booklet and TCGA data.",
        "MV Solace\nUSS\nHMCS Harbourlight left port; PNS Tariq and RFS Admiral Volkov did not.",
    ],
)
def test_named_ships_finds_what_a_scan_of_every_offset_finds(text: str) -> None:
    assert actors.prefixed_ships(text) == _scanned(text)


def test_named_ships_on_shuffled_texts() -> None:
    rng = random.Random(62)
    parts = [
        *actors._SHIP_PREFIXES,
        "MV",
        "USS",
        "X",
        "Coral",
        "al-Bahr",
        "de",
        "la",
        "Captain",
        "Mariam",
        "spokesman",
        "401",
        "the",
        " ",
        "  ",
        ", ",
        ".",
        "\n",
        "-",
        "/",
        "Zed's",
    ]
    parts += ["HM", "M/", "S ", "V ", "T "]  # prefixes cut and joined again
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 24)))
        assert actors.prefixed_ships(text) == _scanned(text), text


def test_the_prefix_starts_overlapping_ones_too() -> None:
    text = "XMV MV M/V USS HMAS"
    expected = sorted(
        at for p in actors._SHIP_PREFIXES for at in range(len(text)) if text.startswith(p, at)
    )
    assert list(actors._ship_prefix_starts(text)) == expected
