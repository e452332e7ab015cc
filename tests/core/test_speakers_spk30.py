"""SPK30: attributions before the quote and quotes with no actor speaker.

Sentences written for these tests (invented people and events, real states and bodies),
driving the real suggester.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
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


def _speaker_start(text: str, quote_words: str) -> int | None:
    """Where the speaker suggested for the quote starting with `quote_words` starts."""
    for s in suggest(text, gazetteer=load_gazetteer()):
        if s.label == "QUOTE" and text[s.start : s.end].startswith(quote_words):
            return None if s.speaker is None else s.speaker[0]
    raise AssertionError(f"no quote starting {quote_words!r}")


def test_a_colon_quote_ending_its_paragraph_links_to_the_same_name_opening_the_next() -> None:
    text = (
        "Headline\n\nMEDAN, Indonesia (AP) - Clashes broke out at the plantation on "
        "Tuesday. Police spokesman Chief Comr. Harianto told reporters in Medan: "
        '"Our officers were pelted with stones. Two of them needed stitches."\n\n'
        "Harianto said the plantation company had asked for the eviction.\n"
    )
    later = text.index("Harianto said")
    assert _speaker_start(text, "Our officers") == later


def test_a_colon_quote_links_forward_to_a_longer_or_family_name() -> None:
    longer = (
        "Headline\n\nGAROWE (Reuters) - The clan militia's commander, Faisal Nuur Jama, "
        'said his men held the well. Speaking by phone, Faisal said: "We will not leave '
        'the well. It is ours."\n\nFaisal Nuur said three of his men had been wounded.\n'
    )
    assert suggested_speaker(longer, "We will not") == "Faisal Nuur"
    family_first = (
        "Headline\n\nBEIJING (AFP) - In Beijing, foreign ministry spokeswoman Liu Mingxia "
        'told a regular briefing: "We are shocked by this attack on our engineers."\n\n'
        "Liu said China had asked Islamabad to find the attackers.\n"
    )
    assert suggested_speaker(family_first, "We are shocked") == "Liu"
