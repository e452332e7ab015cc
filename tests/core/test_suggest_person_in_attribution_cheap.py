"""`actor_person_in_attribution`'s shortcuts (session 28, issue 16): a lone name is looked
into only when a test that says yes can pass, and a run's words are judged once per
distinct name. Each shortcut gives what the plain computation gives over every sample
article, and does less where it must."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.suggest import actors
from annotator.core.suggest.base import SuggestContext
from annotator.core.suggest.text import Token, word_tokens
from tests.core.test_suggest_actor_cheap_tests import (
    _plain_person_tokens,
    assert_person_tokens_as_plain,
)

ROOT = Path(__file__).resolve().parents[2] / "sample_articles"
ARTICLES = sorted(ROOT.glob("*.txt")) + sorted((ROOT / "dev").glob("*.txt"))
WORD = re.compile(r"[^\W\d_][\w\u0300-\u036f'\u2019-]*")


@pytest.fixture(scope="module")
def gazetteer() -> object:
    from annotator.services.suggesting import load_gazetteer

    return load_gazetteer()


def _capitalised_words(text: str) -> Iterator[tuple[int, int]]:
    for found in WORD.finditer(text):
        if found.group()[:1].isupper():
            yield found.start(), found.end()


def test_every_sample_article_is_read() -> None:
    assert len(ARTICLES) > 150


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_a_lone_name_ruled_out_cheaply_is_one_the_full_tests_refuse(
    path: Path, gazetteer: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text("utf-8")
    ctx = SuggestContext(text, gazetteer=gazetteer)  # type: ignore[arg-type]
    words = list(_capitalised_words(text))
    gated = [actors._single_name_is_person(ctx, start, end) for start, end in words]
    monkeypatch.setattr(actors, "_single_name_may_be_person", lambda *_: True)
    plain = [actors._single_name_is_person(ctx, start, end) for start, end in words]
    assert gated == plain


def test_a_lone_name_with_no_way_to_be_a_person_is_not_searched_around(
    gazetteer: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Troops met Okoye in town and drove on."
    ctx = SuggestContext(text, gazetteer=gazetteer)  # type: ignore[arg-type]
    asked: list[int] = []

    def spy(text: str, start: int) -> bool:
        asked.append(start)
        return False

    monkeypatch.setattr(actors, "_named_as_a_body", spy)
    start = text.index("Okoye")
    assert not actors._single_name_is_person(ctx, start, start + 5)
    assert asked == []
    # ... while a lone name that may be a speaker is still looked into
    text = "Troops met them. Okoye said it was calm."
    ctx = SuggestContext(text, gazetteer=gazetteer)  # type: ignore[arg-type]
    start = text.index("Okoye")
    assert actors._single_name_is_person(ctx, start, start + 5)
    assert asked == [start]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_a_run_s_words_judged_once_give_the_plain_person_test_s_answer(path: Path) -> None:
    assert_person_tokens_as_plain(path.read_text("utf-8"))
    part = SuggestContext(path.read_text("utf-8")).runs[0].tokens
    assert actors._person_tokens(()) is None
    assert actors._person_tokens(iter(part)) == _plain_person_tokens(part)


@pytest.fixture
def titles_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every word the actor rules ask `is_title` about from now on."""
    asked: list[str] = []
    is_title = actors.is_title

    def spy(word: str) -> bool:
        asked.append(word)
        return is_title(word)

    monkeypatch.setattr(actors, "is_title", spy)
    return asked


def test_the_same_name_twice_is_judged_once(titles_asked: list[str]) -> None:
    asked = titles_asked
    # (answers kept from earlier tests would hide the count; main has no such cache)
    clear = getattr(getattr(actors, "_words_name_a_person", None), "cache_clear", lambda: None)
    clear()
    try:
        text = "Major Kofi Zwelakhe Mensah met Kofi Zwelakhe Mensah."
        first = tuple(word_tokens(text, 6, 26))
        second = tuple(word_tokens(text, 31, 51))
        assert [t.text for t in first] == [t.text for t in second]
        assert first[0].start != second[0].start
        assert actors._person_tokens(first) == first
        once = len(asked)
        assert once > 0
        assert actors._person_tokens(second) == second
        assert len(asked) == once
    finally:
        clear()  # (nothing answered through the spy is kept)


def _plain_leading_roles(tokens: tuple[Token, ...]) -> tuple[int, int]:
    """The loop `_person_in_attribution` ran over each run's opening words (session 28)."""
    skip, role_start = 0, -1
    while (
        tokens
        and (
            (
                tokens[0].text in actors._NOT_NAMES
                # (a month opening a name: "Jan van den Heuvel")
                and not (
                    len(tokens) > 2
                    and tokens[0].text in actors._MONTHS
                    and tokens[1].text in actors._SURNAME_PARTICLES
                )
            )
            or tokens[0].text.lower() in actors.ROLE_WORDS
            or (tokens[0].text.endswith("s") and tokens[0].text[:-1].lower() in actors.ROLE_WORDS)
            or actors.is_title(tokens[0].text)
            # ... or a capitalised description before two name words ("Mother-of-three X
            # Y", "Retired X Y": issue 15, PEOPLE18)
            or (
                len(tokens) > 2
                and (
                    actors._describes_a_person(tokens[0].text)
                    or actors._office_acronym(tokens[0].text)
                )
            )
        )
    ):
        if role_start < 0 and tokens[0].text not in actors._NOT_NAMES:
            role_start = skip
        tokens = tokens[1:]
        skip += 1
    # ... then one or two capitalised words of a place or body before a capitalised role
    # ("Village Head X Y", issue 15, PEOPLE17)
    words = [t.text for t in tokens]
    for role in range(1, min(5, len(words) - 2)):
        if (
            (
                words[role].lower() in actors.ROLE_WORDS
                or actors.is_title(words[role])
                or actors._office_acronym(words[role])
                # ... or an office's head word after its capitalised modifier ("Focal Person X
                # Y", issue 15, PEOPLE19)
                or words[role] in actors._OFFICE_HEADS
            )
            and all(w not in actors.GIVEN_NAMES and w[:1].isupper() for w in words[:role])
        ):
            return skip + role + 1, skip if role_start < 0 else role_start
    return skip, role_start


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_a_run_s_opening_roles_judged_once_are_those_the_plain_loop_finds(path: Path) -> None:
    text = path.read_text("utf-8")
    ctx = SuggestContext(text)
    edges = tuple(word_tokens("Herders May de Silva Jan van Dijk Minister Chief Hospital"))
    for tokens in [*(run.tokens for run in (*ctx.runs, *ctx.bare_runs)), edges]:
        for i in range(len(tokens)):
            part = tokens[i:]
            words = tuple(t.text for t in part)
            assert actors._leading_roles(words) == _plain_leading_roles(part), words


def test_the_same_run_s_opening_words_are_judged_once(
    gazetteer: object, titles_asked: list[str]
) -> None:
    asked = titles_asked
    # (answers kept from earlier tests would hide the count; main has no such caches)
    caches = [
        getattr(getattr(actors, name, None), "cache_clear", lambda: None)
        for name in ("_leading_roles", "_words_name_a_person")
    ]
    for clear in caches:
        clear()
    try:
        once = "Farmer Idris Bello said it rained. "
        text = once * 2
        ctx = SuggestContext(text, gazetteer=gazetteer)  # type: ignore[arg-type]
        list(actors._person_in_attribution(ctx))
        # the first name word is asked once by the loop over the opening words and once by
        # the person test, for the first run only ("Farmer" is a role before any title test)
        assert asked.count("Idris") == 2
    finally:
        for clear in caches:
            clear()  # (nothing answered through the spy is kept)


def test_a_body_s_possessive_is_looked_for_in_runs_of_three_words_or_more_only(
    gazetteer: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, ...]] = []
    plain = actors._after_body_possessive

    def spy(ctx: SuggestContext, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
        asked.append(tuple(t.text for t in tokens))
        return plain(ctx, tokens)

    monkeypatch.setattr(actors, "_after_body_possessive", spy)
    text = "Okoye said it rained. Idris Bello said so too, said MSF's Musa Kabir."
    ctx = SuggestContext(text, gazetteer=gazetteer)  # type: ignore[arg-type]
    found = {text[s.start : s.end] for s in actors._person_in_attribution(ctx)}
    assert asked == [("MSF's", "Musa", "Kabir")]
    assert {"Okoye", "Idris Bello", "Musa Kabir"} <= found
