"""WIRE26a (issue 15): "According to the ministry," or "According to the statement,"
right before a quote attributes it as "the ministry said" does: to the body the
description stands for, or to the statement's issuer. Sentences are invented; the states
and bodies are real, the events and people are not.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _speakers(text: str) -> list[str | None]:
    return [
        text[s.speaker[0] : s.speaker[1]] if s.speaker else None
        for s in suggest(text, gazetteer=load_gazetteer())
        if s.label == "QUOTE"
    ]


def test_according_to_a_description_before_a_quote_names_the_body() -> None:
    text = (
        "Ghana's Ministry of the Interior said it had sent more police to Bawku. "
        'According to the ministry, "those arrested will be prosecuted".'
    )
    assert _speakers(text) == ["Ministry of the Interior"]
    text = (
        "The Kenya Red Cross said it had sent two teams to the camp. "
        'According to the charity, "the families need water first".'
    )
    assert _speakers(text) == ["Kenya Red Cross"]


def test_according_to_the_statement_before_a_quote_names_its_issuer() -> None:
    text = (
        "The Togolese Armed Forces (FAT) issued a statement on Tuesday. "
        'According to the statement, "the forces repelled the assailants".'
    )
    assert _speakers(text) == ["FAT"]


def test_a_body_named_between_the_source_and_the_quote_speaks_it() -> None:
    # the communiqué is the source, but the quote is what the body after it did
    text = (
        "The General Staff said in a communiqué that a post was attacked. According to the "
        'communiqué, the Malian Armed Forces (FAMa) "repelled the assailants".'
    )
    assert _speakers(text) == ["FAMa"]
    # ... and a phrase that names no body gives no speaker
    text = 'The Kenya Red Cross sent teams. According to the forecast, "it will rain".'
    assert _speakers(text) == [None]
