"""FIXS60: the SPK30 speaker rules kept from moving links where they should not.

"It added" / "The report added" after a person's own quote, "the words" a document or a
speaker's order holds, and a longer name that is someone else's. Sentences written for
these tests (invented people and events, real states and bodies), driving the real
suggester.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_speaker


def _speaker_start(text: str, quote_words: str) -> int | None:
    """Where the speaker suggested for the quote starting with `quote_words` starts."""
    for s in suggest(text, gazetteer=load_gazetteer()):
        if s.label == "QUOTE" and text[s.start : s.end].startswith(quote_words):
            return None if s.speaker is None else s.speaker[0]
    raise AssertionError(f"no quote starting {quote_words!r}")


# F-A1: "It" is no person, and a report or statement is its issuer's.


def test_it_added_after_a_doctors_colon_quote_is_not_the_doctor() -> None:
    text = (
        "Headline\n\nThe Health Ministry said 23 people died when the clinic in Kassala "
        "was shelled on Friday.\n\nOmer Badawi, a nurse at the clinic, said: "
        '"We carried the wounded out by hand."\n\n'
        'It added that "the number of dead may climb further."\n'
    )
    assert suggested_speaker(text, "the number of dead") != "Omer Badawi"


def test_the_report_added_after_a_researchers_quote_is_not_the_researcher() -> None:
    text = (
        "Headline\n\nAmnesty International released a report on Thursday. Researcher "
        'Nadia Okonkwo said: "Homes were burned while families slept." The report added '
        'that "those responsible must be brought to justice."\n'
    )
    assert suggested_speaker(text, "those responsible") != "Nadia Okonkwo"


def test_it_also_added_after_an_officers_quote_is_not_the_officer() -> None:
    text = (
        "Headline\n\nThe army said in a statement on Tuesday that its units had taken back "
        'the crossing. Major Samuel Adeyemi told reporters: "Two of our vehicles were '
        'hit." It also added that "the road is open again."\n'
    )
    assert suggested_speaker(text, "the road is open") != "Samuel Adeyemi"


def test_the_statement_added_after_an_envoys_quote_is_not_the_envoy() -> None:
    text = (
        "Headline\n\nThe European Union urged restraint. EU envoy Karel Vondracek said: "
        '"Nobody gains from more fighting." The statement added that "civilians must be '
        'spared."\n'
    )
    assert suggested_speaker(text, "civilians must") != "Karel Vondracek"


# F-A2: "the words" of a document, a message or a speaker are theirs.


def test_words_a_letter_carried_go_to_the_spokesman_named_after_them() -> None:
    text = (
        'Headline\n\nThe letter carried the words: "We will not give up the hostages," '
        "the militia's spokesman Abu Hamza said.\n"
    )
    assert suggested_speaker(text, "We will not give up") == "Abu Hamza"


def test_words_a_message_from_a_spokesman_carried_are_his() -> None:
    text = (
        "Headline\n\nThe message from Hamas spokesman Abu Hamza carried the words: "
        '"The prisoners will be freed only in an exchange."\n'
    )
    assert suggested_speaker(text, "The prisoners") == "Abu Hamza"


def test_a_last_order_that_was_the_words_is_the_colonels() -> None:
    text = (
        "Headline\n\nColonel Yusuf Dantata, whose final order was the words "
        '"nobody retreats," was buried on Sunday.\n'
    )
    assert suggested_speaker(text, "nobody retreats") == "Yusuf Dantata"


# F-A3: a longer name opening with the quote's short name is someone else.


def test_a_spokesman_by_given_name_keeps_his_quote_from_a_longer_name() -> None:
    text = (
        'Headline\n\nPolice spokesman Idris told reporters: "Six men were detained."\n\n'
        "Idris Mwangi said his stall near the bus park had been looted.\n"
    )
    assert _speaker_start(text, "Six men") == text.index("Idris told")


def test_a_spokesman_by_family_name_keeps_his_quote_from_a_longer_name() -> None:
    text = (
        'Headline\n\nArmy spokesman Park told a briefing: "The exercise will continue."'
        "\n\nPark Min Seo said on Friday that the drills were a provocation.\n"
    )
    assert _speaker_start(text, "The exercise") == text.index("Park told")


def test_a_witness_keeps_her_quote_from_a_longer_chain_of_names() -> None:
    text = (
        'Headline\n\nWitness Halima Abdi told VOA: "The trucks came before dawn."\n\n'
        "Halima Abdi Nur said soldiers were searching houses in the district.\n"
    )
    assert _speaker_start(text, "The trucks") == text.index("Halima Abdi told")
