"""The name matcher finds, among many names sharing a first piece and what follows it
("K. Dorvanel", "K. Asmuriko", "Mr. X", "Al-X", "Abu X"), what a scan of every offset with
every name finds, and its work at one offset no longer grows with the number of names."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import text as text_module
from annotator.core.suggest.text import _PIECE, NameMatcher, piece_index


def _by_brute_force(names: list[str], text: str) -> list[tuple[int, int, str]]:
    """Every name at every offset where a piece starts, tested one by one: the contract
    `find_all` keeps (whole word, not after a hyphen but for a prefix's), in its order."""
    found = []
    for start in range(len(text)):
        if not _PIECE.match(text, start) or (start > 0 and _PIECE.match(text, start - 1)):
            continue
        if start > 0 and text[start - 1] in "-_" and not text_module._after_prefix(text, start - 1):
            continue
        for name in set(names):
            end = start + len(name)
            if text.startswith(name, start) and not text_module._word_goes_on(text, end):
                found.append((start, end, name))
    return sorted(found, key=lambda match: (match[0], -match[1]))


# First pieces many names share, and what goes after them: initials with and without a
# full stop, titles, articles, hyphens, apostrophes, a decomposed accent, other scripts.
_FIRSTS = ["K", "Mr", "Dr", "Al", "al", "Abu", "É", "e\u0301", "Ж", "李", "O", "pro"]
_SEPARATORS = [". ", " ", "-", "'", "\u2019", ".", "_", " K. ", ". K. ", "-al-"]
_LETTERS = "abcdefgzKXQNéßжЖ李\u0301'-"


def _random_name(rng: random.Random) -> str:
    rest = "".join(rng.choice(_LETTERS) for _ in range(rng.randint(0, 6)))
    name = rng.choice(_FIRSTS) + rng.choice(["", *_SEPARATORS]) + rest.strip("'-")
    return name if _PIECE.match(name) else "K"


def _random_text(rng: random.Random, names: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(0, 40)):
        roll = rng.random()
        if roll < 0.5 and names:
            parts.append(rng.choice(names))
        elif roll < 0.7:
            parts.append(rng.choice(_FIRSTS))
        else:
            parts.append("".join(rng.choice(_LETTERS + " .,;\n") for _ in range(rng.randint(0, 4))))
    return "".join(rng.choice(["", " ", "; ", "\n", "-", "anti-"]) + part for part in parts)


@pytest.mark.parametrize("seed", range(300))
def test_many_names_sharing_a_piece_and_a_stop_are_found_as_a_scan_finds_them(seed: int) -> None:
    rng = random.Random(seed)
    names = [_random_name(rng) for _ in range(rng.randint(1, 60))]
    text = _random_text(rng, names)
    matcher = NameMatcher(names)
    expected = _by_brute_force(names, text)
    assert matcher.find_all(text, piece_index(text)) == expected
    # (again, through the split the first call kept)
    assert matcher.find_all(text, piece_index(text)) == expected
    assert list(matcher.finditer(text, list(_PIECE_PAIRS(text)))) == expected


def _PIECE_PAIRS(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _PIECE.finditer(text)]


_SHARED = st.sampled_from(["K. ", "K ", "Mr. ", "Dr. ", "Al-", "Abu ", "K.", "e\u0301 "])
_TAIL = st.text(alphabet="abzKXéß\u0301'-. ", min_size=0, max_size=5)


@settings(max_examples=300, deadline=None)
@given(
    heads=st.lists(st.tuples(_SHARED, _TAIL), min_size=8, max_size=30),
    glue=st.lists(st.sampled_from(["; ", "\n", " ", "-", "", "K", "Al", "'s", "."]), max_size=40),
)
def test_names_after_a_shared_initial_or_title_are_found_as_a_scan_finds_them(
    heads: list[tuple[str, str]], glue: list[str]
) -> None:
    names = [head + tail for head, tail in heads]
    text = "".join(piece + (names[i % len(names)] if i % 2 else "") for i, piece in enumerate(glue))
    assert NameMatcher(names).find_all(text, piece_index(text)) == _by_brute_force(names, text)


def test_an_initialled_name_is_found_whole_and_a_longer_word_is_not_taken() -> None:
    names = ["K. Dorvanel", "K. Dorvan", "K. Asmuriko", "K", *(f"K. Zab{c}" for c in "abcdefgh")]
    text = "Police said K. Dorvanel fled; K. Dorvanelli hid; K. Asmuriko's car; K. Zabc-Q."
    assert NameMatcher(names).find_all(text, piece_index(text)) == [
        (12, 23, "K. Dorvanel"),
        (12, 13, "K"),
        (30, 31, "K"),
        (49, 60, "K. Asmuriko"),
        (49, 50, "K"),
        (68, 69, "K"),
    ]


def test_the_work_at_one_offset_grows_with_the_names_lengths_not_their_number() -> None:
    """Four thousand "K. <name>" names at four thousand offsets: each offset looks up one
    slice per length of name, not four thousand names (the review's 29.7M `startswith`)."""
    rng = random.Random(69)
    names = sorted({"K. " + "".join(rng.choice("abcdefgh") for _ in range(8)) for _ in range(4000)})
    text = "; ".join(f"Police said {name} fled." for name in names)
    matcher = NameMatcher(names)
    found = matcher.find_all(text, piece_index(text))
    assert [name for _s, _e, name in found] == names
    split = matcher._split["K"]
    assert [length for length, _names in split[1][". "]] == [11]
