"""The shortcuts on a long article's path to its suggestions give what the plain forms gave.

Each one replaces a computation whose cost grew faster than the article (a search per
item read on to the end of the text); each is held equal to that plain form on every
sample article and on strings made to trip it.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import actors
from annotator.core.suggest.base import SuggestContext

ROOT = Path(__file__).resolve().parents[2] / "sample_articles"


def _texts() -> list[str]:
    files = sorted(ROOT.glob("*.txt")) + sorted((ROOT / "dev").glob("*.txt"))
    return [f.read_text("utf-8") for f in files]


TEXTS = _texts()


def _plain_places(text: str, acronym: str) -> list[int]:
    """Every offset `text.find(acronym + ", ", at)` stops at, one search after another."""
    found = []
    at = text.find(acronym + ", ")
    while at >= 0:
        found.append(at)
        at = text.find(acronym + ", ", at + 1)
    return found


def _plain_kind_described_later(ctx: SuggestContext, start: int, end: int, kind: str) -> str:
    """`_kind_described_later` as it was: a search for each of the next three mentions."""
    text = ctx.text
    acronym = text[start:end]
    at = text.find(acronym + ", ", end)
    for _ in range(3):
        if at < 0:
            break
        described = actors._KIND_AFTER_ACRONYM.match(text, at + len(acronym))
        if described is not None and (
            described.group("head") in actors._ARMED_HEADS_AFTER
            or {w.lower() for w in described.group("described").split()}
            & actors._ARMED_DESCRIPTIONS
        ):
            return "armed group"
        at = text.find(acronym + ", ", at + 1)
    return kind


def test_acronyms_before_commas_are_where_the_searches_stop_in_the_samples() -> None:
    for text in TEXTS:
        acronyms = {
            text[c:d] for _a, _b, c, d, _k in actors._find_acronym_definitions(SuggestContext(text))
        } | {"", ",", "s", "UN", "the"}
        found = actors._before_commas(text, acronyms)
        for acronym in acronyms:
            assert found.get(acronym, []) == _plain_places(text, acronym), acronym


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="AB, s\u00e9\U0001f600", max_size=60),
    st.sets(st.text(alphabet="AB, s", max_size=4), max_size=5),
)
def test_acronyms_before_commas_equal_the_searches(text: str, acronyms: set[str]) -> None:
    # (overlapping acronyms, one ending another, commas inside them, the empty one)
    found = actors._before_commas(text, acronyms)
    for acronym in acronyms:
        assert found.get(acronym, []) == _plain_places(text, acronym)
    assert set(found) <= acronyms


def test_acronym_kinds_read_later_are_the_plain_ones() -> None:
    described = (
        "Police blamed the Bonde do Maluco (BDM) for the attack. The BDM, a faction born "
        "in the prisons, denied it. The Sahel Relief Network (SRN) said the SRN, which "
        "runs clinics, would help; the SRN, an aid group, and the BDM, a gang, spoke."
    )
    seen = set()
    for text in [*TEXTS, described, described * 3]:
        ctx = SuggestContext(text)
        plain = [
            (a, b, c, d, _plain_kind_described_later(ctx, c, d, k) if k == "organisation" else k)
            for a, b, c, d, k in actors._find_acronym_definitions(ctx)
        ]
        assert actors._acronym_definitions(ctx) == plain
        seen.update(kind for *_offsets, kind in plain)
    assert {"armed group", "organisation"} <= seen


def test_run_rules_hands_over_the_context_it_read_to_be_freed_later() -> None:
    """A worker frees its share's context after its reply is sent, not before (a long
    article's takes 10-20 ms to free, which the window waited for)."""
    import weakref

    from annotator.core.suggest import run_rules

    text = TEXTS[0]
    kept: list[SuggestContext] = []
    found = run_rules(text, ["actor_gazetteer", "quote_double_marks"], kept=kept)
    assert [ctx.text for ctx in kept] == [text]
    assert found == run_rules(text, ["actor_gazetteer", "quote_double_marks"])
    gone = weakref.ref(kept[0])
    assert gone() is not None
    kept.clear()
    assert gone() is None  # nothing else holds it: freed when the caller lets it go
