"""Speaker attribution by class of wire attribution, probed with sentences written for
these tests (issue 15: accuracy on unseen copy): pronouns whose nearest person cannot be
meant (another gender, a victim), anonymous speakers before the quote, and the gender
of common given names.

Every sentence here is invented for its test (invented people; real states and groups),
never an article's own.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ------------------------------------- he/she: the gender told at another mention


def test_he_skips_a_woman_whose_gender_an_earlier_mention_told() -> None:
    text = (
        "Ahmad Karimi drove his wife, Zahra, to the hospital in Herat. Zahra was hurt by "
        'flying glass. "There were no doctors," he said.'
    )
    assert _speaker(text, "There were no") == "Ahmad Karimi"


def test_she_skips_a_man_whose_gender_an_earlier_mention_told() -> None:
    text = (
        "Amina Sule waited at the gate with her husband, Bala. Bala had carried their son "
        'for two days. "We were told to come back tomorrow," she said.'
    )
    assert _speaker(text, "We were told") == "Amina Sule"
