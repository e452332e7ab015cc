"""Issue 15, WIRE22: forms the untuned code of dev 742-753 read wrongly, written as
invented sentences.

- "the Armed Forces" standing alone is the generic noun capitalised by house style, like
  "the Army" (guideline, session 28 point b); named by its state, its place or a bracketed
  short name it is a body.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts

BODY = "Report\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        '"The road is open and the Armed Forces have taken over the checkpoints," he said.',
        "The Navy, the National Police and the Armed Forces will keep patrolling the coast.",
        "On Monday the General Staff of the Armed Forces said in a communique that it had won.",
    ],
)
def test_the_armed_forces_alone_is_the_generic_noun(sentence: str) -> None:
    assert "Armed Forces" not in suggested_texts(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Armed Forces of Ukraine said the attack was repelled.", "Armed Forces of Ukraine"),
        ("The Malian Armed Forces said the convoy had reached Kidal.", "Malian Armed Forces"),
        ("The Armed Forces (FAMa) said the convoy had reached Kidal.", "Armed Forces"),
    ],
)
def test_armed_forces_named_by_their_state_or_short_name_stay_a_body(
    sentence: str, name: str
) -> None:
    assert name in suggested_texts(BODY + sentence)
