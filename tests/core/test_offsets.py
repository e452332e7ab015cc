"""Code points <-> UTF-16 positions: the one conversion at the Qt boundary."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.offsets import Utf16Map

# Lone surrogates never reach a Document (normalise_text drops them).
TEXTS = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60)
ASTRAL_HEAVY = st.text(
    alphabet=st.sampled_from(["a", " ", "é", "\n", "😀", "👍", "🏽", "\u200d", "𝔸", "中"]),
    max_size=40,
)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_emoji_counts_two_qt_positions() -> None:
    mapping = Utf16Map("ab😀cd")
    assert mapping.to_utf16(4) == 5  # "d"
    assert mapping.to_codepoint(5) == 4
    assert (mapping.length, mapping.length_u16) == (5, 6)


def test_ascii_and_bmp_text_need_no_conversion() -> None:
    for text in ("plain", "Lópes — Київ, 中文"):
        mapping = Utf16Map(text)
        assert mapping.is_identity
        assert [mapping.to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


@given(text=TEXTS | ASTRAL_HEAVY, data=st.data())
def test_to_utf16_counts_the_code_units_before_the_offset(text: str, data: st.DataObject) -> None:
    mapping = Utf16Map(text)
    i = data.draw(st.integers(0, len(text)))
    assert mapping.to_utf16(i) == _utf16_length(text[:i])
    assert mapping.to_codepoint(mapping.to_utf16(i)) == i
    assert mapping.to_codepoint(mapping.to_utf16(i), round_up=True) == i
    assert mapping.length_u16 == _utf16_length(text)


@given(text=ASTRAL_HEAVY)
def test_positions_inside_a_surrogate_pair_round_to_the_character_edges(text: str) -> None:
    mapping = Utf16Map(text)
    for i, ch in enumerate(text):
        if ord(ch) <= 0xFFFF:
            continue
        inside = mapping.to_utf16(i) + 1  # between the high and the low surrogate
        assert mapping.to_codepoint(inside) == i
        assert mapping.to_codepoint(inside, round_up=True) == i + 1


@given(text=TEXTS | ASTRAL_HEAVY)
def test_every_qt_position_maps_to_a_code_point_within_the_text(text: str) -> None:
    mapping = Utf16Map(text)
    results = [mapping.to_codepoint(p) for p in range(mapping.length_u16 + 1)]
    assert results == sorted(results)
    assert results[0] == 0
    assert results[-1] == len(text)
