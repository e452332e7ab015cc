"""FIXSPK63: general attribution shapes met across the dev set's speaker misses, on
sentences written for these tests (invented people and events; real places and bodies),
driving the real suggester."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

_LEAD = "NYALA, Dec 6 (Reuters) - Gunmen raided three villages in South Darfur this week.\n\n"


# --- a quote paragraph after a paragraph whose earlier sentence reports a named
# person's words and whose last sentence is a fact naming nobody ---


def test_quote_paragraph_after_said_x_and_a_fact_is_x() -> None:
    text = (
        _LEAD + "The raiders burned the granary and the school, said Musa Idris Tahir, "
        "a member of the village committee. Two teachers were also among the dead.\n\n"
        '"We buried them at dawn and then we ran towards the wadi."\n'
    )
    assert suggested_speaker(text, "We buried") == "Musa Idris Tahir"


def test_quote_paragraph_after_role_apposition_and_he_said_is_the_person() -> None:
    text = (
        _LEAD + "The head of the rural clinic, Amadou Kone Sissoko, said by phone that "
        "30 bodies had arrived on Tuesday. Among the dead were four children, he said.\n\n"
        '"We have one doctor for a hundred patients and no blood at all."\n'
    )
    assert suggested_speaker(text, "We have one") == "Amadou Kone Sissoko"


def test_quote_paragraph_after_mayor_named_at_sentence_end_is_the_mayor() -> None:
    text = (
        _LEAD + "In Kafr Tibnit, a strike killed a farmer and his two sons, the town's "
        "mayor, Rami Haddad Nasr, said. A shepherd was also hurt near the river, where "
        "the strike hit a barn.\n\n"
        '"We buried them side by side this morning."\n'
    )
    assert suggested_speaker(text, "We buried") == "Rami Haddad Nasr"


def test_quote_paragraph_after_others_words_stays_nobodys() -> None:
    text = (
        _LEAD + "The raiders burned the granary and the school, said Musa Idris Tahir, "
        "a member of the village committee. Two residents said the gunmen came back "
        "at noon.\n\n"
        '"We buried them at dawn and then we ran towards the wadi."\n'
    )
    assert suggested_speaker(text, "We buried") is None


def test_quote_paragraph_after_an_unnamed_nurse_said_stays_nobodys() -> None:
    text = (
        _LEAD + "The head of the rural clinic, Amadou Kone Sissoko, said by phone that "
        "30 bodies had arrived on Tuesday. Among the dead were four children, a nurse "
        "said.\n\n"
        '"We have one doctor for a hundred patients and no blood at all."\n'
    )
    assert suggested_speaker(text, "We have one") is None
