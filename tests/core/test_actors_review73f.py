"""REVIEW73F: guards and removals after an adversarial review of ACT73's ACTOR rules.

- ACT73's bracketed count as a figure's label ("Somalia (2,590), Nigeria (2,401)") is taken
  out: it changed one dev gold sentence (1041) and took the states out of lists whose states
  act, after "by", "attributed to" or a copula ("attributed to Russia (1,304) and Ukraine
  (212)", "opposed by Russia (1) and China (1)"). The table row's first cell stays.
- ACT73's line holding only a state's name (a section heading) is taken out: it changed one
  dev gold sentence (1064's "Burkina Faso" heading) and no second.
- ACT73's law after a title ("the Finance Bill") is a law only after its subject's word (a
  portfolio word: Finance, Defence, Security): "Sergeant Bill said", "Pastor Bill told" name
  a man after his title, as main had it.
- ACT73's post qualifiers after a title ("the Minister Delegate for", "Prime Minister
  Designate X") are taken out: they changed one dev gold sentence (1070) and no second.
- ACT73's "never as a source" guard for a hospital's wider slot reads "According to" opening
  a sentence as it reads "according to" (it was case-sensitive).

Each case asserts the exact spans and types suggested.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_actors

# (text, every ACTOR suggested: text and type, in text order)
_AGENTS_IN_COUNTED_LISTS = [
    (
        "Responsibility for the abductions was attributed to Nigeria (14), Cameroon (9) and "
        "Chad (3).",
        [("Cameroon", "state"), ("Chad", "state")],
    ),
    (
        "The resolution was opposed by Russia (1) and China (1).",
        [("Russia", "state"), ("China", "state")],
    ),
    (
        "Deportations were carried out mainly by the United States (1,200), Mexico (900) and "
        "Guatemala (300).",
        [("United States", "state"), ("Mexico", "state"), ("Guatemala", "state")],
    ),
    (
        "Ceasefire violations were reported by Armenia (14) and Azerbaijan (22).",
        [("Armenia", "state"), ("Azerbaijan", "state")],
    ),
    (
        "The countries that executed most people were China (1,000), Iran (972) and Saudi "
        "Arabia (345), Amnesty said.",
        [("Iran", "state"), ("Saudi Arabia", "state"), ("Amnesty", "organisation")],
    ),
]
# The table row's first cell is still a label (ACT73).
_TABLE_CELLS = [
    ("Country | Deaths\nMali | 97\nNiger | 58", []),
    ("| Mali | 97 | 344 |\n| Niger | 58 | 227 |\n", []),
]
_BILL_AFTER_A_TITLE = [
    ("Sergeant Bill said the patrol was ambushed near the border.", [("Bill", "person")]),
    ("Pastor Bill told the congregation that two men were killed.", [("Bill", "person")]),
    ("Uncle Bill said his nephew was shot dead.", [("Bill", "person")]),
    ("Governor Bill said the storm killed two people.", [("Bill", "person")]),
    # (a law after its subject's word still names no one)
    ("Last year's protests against the Finance Bill left 60 dead.", []),
    ("The Defence Bill was passed after 12 soldiers were killed.", []),
    ("Protests over the Finance Bill 2024 turned deadly.", []),
]
_ACCORDING_TO = [
    (
        "According to the National Institute of Cardiology (NIC), three patients died.",
        [("National Institute of Cardiology", "organisation"), ("NIC", "organisation")],
    ),
    (
        "Officials said, according to the National Institute of Cardiology (NIC), that three "
        "patients died.",
        [("National Institute of Cardiology", "organisation"), ("NIC", "organisation")],
    ),
    # (where the wounded lie is still a place)
    ("Two policemen died at Peshawar's Lady Reading Hospital (LRH), officials said.", []),
    ("At the National Institute of Ophthalmology in Dhaka, doctors treated 800.", []),
]
_HEADING_LINES = [
    # (main's behaviour again: the heading's state is suggested, the hard-wrapped one too)
    (
        "The regional picture\n\nBurkina Faso\n\nBurkina Faso remained the deadliest country "
        "in the region.\n",
        [("Burkina Faso", "state")],
    ),
    (
        "Strikes hit the north.\n\nIsrael\nsaid on Tuesday it had killed 12 militants.",
        [("Israel", "state")],
    ),
]

_CASES = (
    _AGENTS_IN_COUNTED_LISTS + _TABLE_CELLS + _BILL_AFTER_A_TITLE + _ACCORDING_TO + _HEADING_LINES
)


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_review73f_spans_and_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert suggested_actors(text) == expected
