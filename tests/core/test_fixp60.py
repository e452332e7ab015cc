"""FIXP60: the person/region rules of PER30 stay linear in the text's length.

Each test times suggest() over a long invented text whose shape made a rule search the
whole text once per mention, against a text of the same size and shape that never asked
for that search; a quadratic rule makes the first several times slower than the second.
"""

from __future__ import annotations

import time

from annotator.core.suggest import suggest


def _cpu_seconds(text: str) -> float:
    start = time.process_time()
    suggest(text)
    return time.process_time() - start


def _invented_name(k: int) -> str:
    letters = "aeioulnrstkm"
    word = ""
    while True:
        word += letters[k % len(letters)]
        k //= len(letters)
        if not k:
            break
    return "Q" + word + "avar"


def test_honorific_before_a_given_name_is_linear() -> None:
    # "Sultan X" with a given name that opens no longer name: once a search of the text each
    paragraph = "Sultan Qaderi, a farmer in the valley, said his house was hit on Monday.\n\n"
    control = "Farmer Qaderi, a farmer in the valley, said his house was hit on Monday.\n\n"
    repeats = 60_000 // len(paragraph)
    slow = _cpu_seconds(paragraph * repeats + "Qaderi Khan said.")
    fast = _cpu_seconds(control * repeats + "Qaderi Khan said.")
    assert slow < 3 * fast + 0.2


def test_region_possessives_of_many_names_are_linear() -> None:
    # a different "New <name>'s police chief" per paragraph, against one name repeated
    def text(name_of) -> str:  # type: ignore[no-untyped-def]
        return "".join(
            "Fighting went on near the border on Monday. "
            f"New {name_of(k)}'s police chief said the roads were closed.\n\n"
            for k in range(5_000)
        )

    slow = _cpu_seconds(text(_invented_name))
    fast = _cpu_seconds(text(lambda k: "Qavar"))
    assert slow < 2 * fast + 0.2
