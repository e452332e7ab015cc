"""Speaker attribution for the classes the unseen articles moved to dev on 2026-12-01
showed failing (issue 15): a body's other name, the nearer mention the guideline links to.

Every sentence here is invented for its test (invented people; real states and groups),
never an article's own.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker as _speaker

# ------------------------------------- a body's other name: "X (ACR)", "X, known as Y,"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Troops moved north of Gao on Sunday. The Malian army, known by its French "
            'acronym FAMa, said it had "neutralised" several fighters near Ansongo.',
            "neutralised",
            "FAMa",
        ),
        (
            "Fighting resumed in Kivu. The Congolese army, known by its French acronym "
            'FARDC, said: "We have retaken the hills above Sake."',
            "We have retaken",
            "FARDC",
        ),
        (
            "Turkish jets struck near Duhok. The Kurdistan Workers' Party, known by its "
            "Kurdish initials PKK, said two of its fighters had been killed. "
            '"The strikes will not break us," the party said.',
            "The strikes",
            "PKK",
        ),
    ],
)
def test_a_body_named_with_its_other_name_speaks_through_the_nearer_one(
    text: str, quote: str, speaker: str
) -> None:
    assert _speaker(text, quote) == speaker
