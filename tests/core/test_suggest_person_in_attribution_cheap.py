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
from annotator.core.suggest.text import word_tokens
from tests.core.test_suggest_actor_cheap_tests import _plain_person_tokens

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
    ctx = SuggestContext(path.read_text("utf-8"))
    for run in [*ctx.runs, *ctx.bare_runs]:
        tokens = run.tokens
        for i in range(len(tokens)):
            for j in range(i + 1, min(len(tokens), i + 9) + 1):
                part = tokens[i:j]
                assert actors._person_tokens(part) == _plain_person_tokens(part), part
    assert actors._person_tokens(()) is None
    assert actors._person_tokens(iter(part)) == _plain_person_tokens(part)


def test_the_same_name_twice_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    is_title = actors.is_title

    def spy(word: str) -> bool:
        asked.append(word)
        return is_title(word)

    monkeypatch.setattr(actors, "is_title", spy)
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
