"""The casualty word lists' pattern text (a tree of shared prefixes), built as the rules
are imported in every process that suggests (issue 16): written a run of single letters
at a time, the very text it was before."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.suggest import casualties


def _branches_one_letter_a_call(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """The former writing: one call per letter."""
    alternatives = [
        (r"\s+" if ch == " " else re.escape(ch)) + _branches_one_letter_a_call(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not alternatives:
        return ""
    joined = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{joined})?" if "" in node else joined


def _both(monkeypatch: pytest.MonkeyPatch, build, words: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    now = build(words)
    with monkeypatch.context() as patched:
        patched.setattr(casualties, "_branches", _branches_one_letter_a_call)
        before = build(words)
    return now, before


@pytest.mark.parametrize(
    "name",
    ["_VICTIM_PLURAL_WORDS", "_VICTIM_SINGULAR_WORDS"],
)
def test_the_victim_words_pattern_text_is_the_same(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    now, before = _both(monkeypatch, casualties.word_alternatives, getattr(casualties, name))
    assert now == before


@given(
    st.lists(
        st.text(alphabet="abcAB.-' \u00e9", min_size=1, max_size=8).filter(str.strip),
        min_size=1,
        max_size=12,
    )
)
def test_any_words_and_phrases_give_the_same_text(words: list[str]) -> None:
    with pytest.MonkeyPatch.context() as patched:
        single = " ".join(w for word in words for w in word.split())
        now = (
            casualties.word_alternatives(single),
            casualties._phrase_alternatives("|".join(words)),
        )
        patched.setattr(casualties, "_branches", _branches_one_letter_a_call)
        before = (
            casualties.word_alternatives(single),
            casualties._phrase_alternatives("|".join(words)),
        )
    assert now == before


def test_a_run_of_single_letters_is_written_in_one_call(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = casualties._branches

    def counted(node):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(node)

    monkeypatch.setattr(casualties, "_branches", counted)
    text = casualties.word_alternatives("displaced evacuated")
    assert re.fullmatch(text, "evacuated")
    assert re.fullmatch(text, "displaced")
    # The root (two branches), then each word's letters in one call each.
    assert len(calls) == 3
