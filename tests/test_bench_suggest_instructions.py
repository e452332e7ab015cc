"""bench/suggest_instructions.py --corpus counts the corpus articles of bench_suggest.py."""

from __future__ import annotations

import pytest

from bench.common import sample_texts
from bench.suggest_instructions import _CORPUS_MAX, _CORPUS_WARM, _corpus_articles, main


def test_the_counted_articles_are_the_corpus_articles_with_their_furniture() -> None:
    samples = sample_texts()
    articles = _corpus_articles(0, 3)
    assert [text for text, _furniture in articles] == [
        f"Article {n}\n\n{samples[n][:3000]}\n" for n in range(3)
    ]
    assert all(isinstance(furniture, list) for _text, furniture in articles)


def test_no_counted_article_repeats_a_text_of_the_warm_up() -> None:
    # (the rules keep results per process: a text warmed up on would be counted warm)
    samples = sample_texts()
    warm = range(len(samples) - _CORPUS_WARM, len(samples))
    assert len(samples) - _CORPUS_WARM >= _CORPUS_MAX
    counted = {samples[n % len(samples)][:3000] for n in range(_CORPUS_MAX)}
    assert counted.isdisjoint(samples[n][:3000] for n in warm)


def test_a_corpus_larger_than_its_distinct_texts_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("shutil.which", lambda _name: "/usr/bin/true")
    monkeypatch.setattr("sys.argv", ["suggest_instructions.py", "--corpus", str(_CORPUS_MAX + 1)])
    with pytest.raises(SystemExit, match="--corpus takes 1 to"):
        main()
