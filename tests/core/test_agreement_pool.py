"""Agreement counted with helper processes gives exactly the figures of one process."""

from __future__ import annotations

import random

import pytest

from annotator.core import agreement_pool
from annotator.core.agreement import DocumentLayers, agreement

WORDS = ("the", "minister", "said", "forty-two", "people", "died", "in", "Kharvelo", "😀", "é")


def _corpus(documents: int, annotators: str = "abc") -> list[DocumentLayers]:
    rng = random.Random(11)
    docs = []
    for n in range(documents):
        text = " ".join(rng.choice(WORDS) for _ in range(60))
        layers = {}
        for name in annotators:
            spans = set()
            for _ in range(rng.randint(0, 8)):
                start = rng.randrange(0, len(text) - 1)
                spans.add((start, min(len(text), start + rng.randint(1, 30)), rng.choice("ABC")))
            layers[name] = sorted(spans)
        docs.append(DocumentLayers(str(n), text, layers))
    return docs


def test_figures_with_helper_processes_equal_those_of_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = _corpus(4 * agreement_pool.RUN_DOCUMENTS + 7)
    alone = agreement(docs, ["a", "b", "c"])
    counted_here: list[int] = []
    count_run = agreement_pool.count_run

    def here(annotators: tuple[str, ...], run: list[DocumentLayers]) -> object:
        counted_here.append(len(run))
        return count_run(annotators, run)

    monkeypatch.setattr(agreement_pool, "count_run", here)
    seen: list[int] = []
    shared = agreement(docs, ["a", "b", "c"], workers=3, progress=seen.append)
    assert shared == alone
    assert sum(counted_here) < len(docs)  # the helpers counted the rest
    assert shared.documents == len(docs)
    assert seen[-1] == len(docs)
    assert seen == sorted(seen)


def test_a_helper_that_cannot_start_leaves_its_runs_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_process(self: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(agreement_pool._Helper, "_start", no_process)
    docs = _corpus(3 * agreement_pool.RUN_DOCUMENTS)
    assert agreement(docs, ["a", "b"], workers=2) == agreement(docs, ["a", "b"])


def test_a_helper_that_dies_leaves_its_runs_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(agreement_pool, "_SERVE", "import sys; sys.exit(3)")
    docs = _corpus(3 * agreement_pool.RUN_DOCUMENTS)
    seen: list[int] = []
    shared = agreement(docs, ["a", "b"], workers=2, progress=seen.append)
    assert shared == agreement(docs, ["a", "b"])
    assert seen[-1] == len(docs)


def test_helper_processes_still_need_two_annotators() -> None:
    with pytest.raises(ValueError, match="two or more"):
        agreement(_corpus(3), ["a"], workers=2)
