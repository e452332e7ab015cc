"""SPK30: attributions before the quote and quotes with no actor speaker.

Sentences written for these tests (invented people and events, real states and bodies),
driving the real suggester.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

_HEAD = "Headline\n\nNIAMEY, Dec 4 (AFP) - "


def test_it_added_after_a_statement_read_goes_on_with_its_issuer() -> None:
    text = (
        _HEAD + "The spokesman of the Tahoua police, Superintendent Issoufou Mahamane "
        "Garba, said in a statement that two patrols had been sent to the market.\n\n"
        '"Four traders lost their lives and the market was looted," the statement read.\n\n'
        'It added that "the search for the attackers is going on day and night."\n'
    )
    assert suggested_speaker(text, "the search") == "Issoufou Mahamane Garba"


def test_the_reply_added_after_a_minister_wrote_is_the_ministers() -> None:
    text = (
        _HEAD + "The assembly received a written reply from the Minister of the Interior, "
        "Hamadou Souley Djibo, to a question put by a member from Tillaberi. In the reply, "
        "the minister wrote:\n\n"
        '"The Niger Armed Forces have opened four new posts along the river since June."\n\n'
        'The reply added that "the patrols will continue through the rainy season" and '
        "that a bridge would be repaired.\n"
    )
    assert suggested_speaker(text, "the patrols") == "Hamadou Souley Djibo"


def test_words_a_coffin_cloth_bears_have_no_speaker() -> None:
    text = (
        "Headline\n\nGOMA, Dec 4 (Reuters) - At the burial, colleagues of the three "
        "volunteers of the Red Cross of the Democratic Republic of Congo carried the "
        'coffins, which were wrapped in cloth bearing the words "Serve without '
        'distinction." Marie Kahindo Bisimwa, who led the team, said she would go back.\n'
    )
    assert suggested_speaker(text, "Serve") is None


def test_words_painted_on_a_drone_have_no_speaker() -> None:
    text = (
        "Headline\n\nKHARKIV (AP) - The commander of the unit, Serhii Tkachenko, showed "
        "reporters a drone his men had brought down. In the video he stands beside its "
        'wreck, whose wing carries the words painted in Russian: "From Tula with love."\n'
    )
    assert suggested_speaker(text, "From Tula") is None
