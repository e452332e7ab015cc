"""FIXACT63: a state named as a place by the shape of its sentence, not as an actor.

Every sentence here is invented (people and events); the states are real. Each test drives
the real suggester with the shipped gazetteer.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts


def _actors(text: str, known: dict[str, str | None]) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"], known_actors=known)
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


# --- a place's condition by a copula and an adjective ("X is calm", "X is far away")


def test_a_state_that_is_calm_or_far_away_is_a_place() -> None:
    for sentence, state in [
        ('"Mali is calm now. The roads are open again," the trader Oumar Kanté said.', "Mali"),
        ('"Somalia was quiet last night, and the markets opened," said Abdi Warsame.', "Somalia"),
        ("He said Lebanon remains tense after the shelling of the border villages.", "Lebanon"),
        ('"Believe me, Chad is not safe at night," the driver Idriss Mahamat said.', "Chad"),
        ('"People say Yemen is used to it. Nobody is," the nurse Salwa Qasim said.', "Yemen"),
        ('"Kenya is far away. We bury our own dead," the herder Lokiru Ekal said.', "Kenya"),
    ]:
        assert state not in suggested_texts(sentence), sentence


def test_a_capital_known_elsewhere_that_is_far_away_is_a_place() -> None:
    text = '"Niamey is far away. Here we count our own dead," the farmer Moussa Garba said.'
    assert "Niamey" not in _actors(text, {"Niamey": "state"})
    acting = "Niamey said on Monday that the farmer Moussa Garba had been freed."
    assert "Niamey" in _actors(acting, {"Niamey": "state"})


def test_a_state_close_to_a_deal_or_acting_stays_an_actor() -> None:
    assert "Kenya" in suggested_texts("Kenya is close to a deal with Somalia, the minister said.")
    assert "Sudan" in suggested_texts("Sudan is far from peace, the envoy warned.")
    assert "Mali" in suggested_texts("Mali accused Algeria of meddling in its affairs.")


def test_every_state_of_a_list_sent_letters_is_addressed() -> None:
    text = "The council sent protest letters to Uganda, Rwanda and Burundi on Monday."
    assert [s for s in suggested_texts(text) if s in ("Uganda", "Rwanda", "Burundi")] == [
        "Uganda",
        "Rwanda",
        "Burundi",
    ]
    text = "Its spokesman said it had sent letters to Ghana, Togo, Benin and Senegal last week."
    for state in ("Ghana", "Togo", "Benin", "Senegal"):
        assert state in suggested_texts(text), state


def test_the_second_capital_of_notes_sent_to_both_is_addressed() -> None:
    text = (
        "Dhaka summoned the envoy on Tuesday and sent notes to both Islamabad and Beijing "
        "after a patrol boat was fired on near the island."
    )
    assert "Beijing" in suggested_texts(text)
    assert "Islamabad" in suggested_texts(text)


def test_a_list_of_places_things_are_sent_to_stays_places() -> None:
    for sentence in [
        "The migrants were sent back to Ethiopia, Kenya and Sudan by bus, the agency said.",
        "Aid was sent to Chad, Niger and Mali last year.",
        "Flights to Nairobi, Kampala and Kigali resumed on Monday.",
    ]:
        found = suggested_texts(sentence)
        for place in ("Kenya", "Sudan", "Niger", "Mali", "Kampala", "Kigali"):
            assert place not in found, sentence


# --- a state a comment or a mention is about ("did not comment on X", "no mention of X")


def test_a_state_commented_on_or_mentioned_is_a_topic() -> None:
    for sentence, state in [
        ("The communique made no mention of Norway or Qatar.", "Qatar"),
        ("The communique made no mention of Norway or Qatar.", "Norway"),
        ("The ministry declined to comment on Sudan, saying talks were continuing.", "Sudan"),
        ("The envoy commented on Mali and Niger in his briefing.", "Niger"),
    ]:
        assert state not in suggested_texts(sentence), sentence
    text = "The presidency did not comment directly on Kursk on Saturday."
    assert "Kursk" not in _actors(text, {"Kursk": "state"})


def test_a_state_whose_claims_are_commented_on_or_that_comments_acts() -> None:
    text = "The ministry declined to comment on Kenya's claims that its troops had crossed."
    assert "Kenya" in suggested_texts(text)
    assert "Kenya" in suggested_texts("Kenya did not comment on the report.")


# --- review63b A1: a name that opens its own clause after "comment on <day/place>," acts


def _spans(text: str) -> list[tuple[int, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(s.start, text[s.start : s.end]) for s in found if s.label == "ACTOR"]


def test_a_state_saying_after_comment_on_a_day_or_a_place_acts() -> None:
    for sentence, state in [
        ("Asked to comment on Thursday, Ghana said it had not seen the report.", "Ghana"),
        ("In comments on Sunday, Bolivia said it would recall its ambassador.", "Bolivia"),
        ("When asked to comment on Darfur, Chad said its border was closed.", "Chad"),
        ("The Kremlin did not comment on Moldova, Romania said on Friday.", "Romania"),
        ("Ankara rejected any mention of Cyprus, Greece said.", "Greece"),
        ("The text was agreed without mention of Libya, Tunisia said, calling it weak.", "Tunisia"),
    ]:
        assert state in suggested_texts(sentence), sentence


def test_a_state_commented_on_then_saying_in_its_own_clause_acts() -> None:
    text = "The memo made no mention of Eritrea, and Eritrea said it would reply on Friday."
    second = text.rindex("Eritrea")
    assert (second, "Eritrea") in _spans(text)
    assert (text.index("Eritrea"), "Eritrea") not in _spans(text)
    text = "Burundi did not comment on Tanzania, and Tanzania said it would seek mediation."
    assert (text.rindex("Tanzania"), "Tanzania") in _spans(text)


def test_the_state_a_state_comments_on_stays_a_topic() -> None:
    # A2: the object of a state's own comment is its topic too, as "no mention of"
    text = "Algeria commented on Morocco, saying the wall cut the herders off."
    assert suggested_texts(text).count("Morocco") == 0
    assert "Algeria" in suggested_texts(text)
    text = "The ministry declined to comment on Eritrea on Tuesday."
    assert "Eritrea" not in suggested_texts(text)


# --- review63b A3, A6: a stance, a second predicate act


def test_a_state_calm_or_quiet_about_something_takes_a_stance() -> None:
    for sentence, state in [
        ("Ghana is quiet about its role in the Sahel mission, critics say.", "Ghana"),
        ("Iran is calm about the new tariffs, the foreign ministry said.", "Iran"),
        ("Japan remained calm over the missile launch, the analyst Ken Mori said.", "Japan"),
        ("Serbia is not used to this kind of pressure from Brussels, the envoy said.", "Serbia"),
    ]:
        assert state in suggested_texts(sentence), sentence


def test_a_state_quiet_on_a_day_or_used_to_it_stays_a_place() -> None:
    for sentence, state in [
        ('"Niger is quiet on Fridays. Nobody drives," the trader Issa Bako said.', "Niger"),
        ('"Haiti is used to this, sadly," the nurse Marie Joseph said.', "Haiti"),
        ("Malawi is calm and has been for weeks, the trader Grace Banda said.", "Malawi"),
    ]:
        assert state not in suggested_texts(sentence), sentence


def test_a_state_that_also_acts_in_a_second_predicate_stays_an_actor() -> None:
    for sentence, state in [
        ("Niger is tense and has closed its border with Benin.", "Niger"),
        ("Djibouti remains calm, the government said, and has asked France for help.", "Djibouti"),
    ]:
        assert state in suggested_texts(sentence), sentence


def test_a_calm_state_with_another_government_acting_stays_a_place() -> None:
    text = "Mali is calm, but Bamako said it would extend the curfew."
    found = suggested_texts(text)
    assert "Bamako" in found
    assert "Mali" not in found


# --- review63b A5: a list a message was sent to that opens on "the <Body>"


def test_the_states_after_the_body_a_letter_went_to_are_addressed() -> None:
    text = "Cuba sent notes to the AU, Angola and Namibia on Monday."
    found = suggested_texts(text)
    assert "Angola" in found
    assert "Namibia" in found
    text = "Syria sent letters to the Security Council, Jordan and Iraq."
    found = suggested_texts(text)
    assert "Jordan" in found
    assert "Iraq" in found


def test_the_states_after_the_body_ships_went_to_stay_places() -> None:
    found = suggested_texts("The navy sent ships to the Gulf, Oman and Yemen.")
    assert "Oman" not in found
    assert "Yemen" not in found


# --- review63c Q1: a name after a comma that neither goes on as a list nor ends it is the
# subject of the next clause, whatever its verb


def test_a_state_declining_after_comment_on_a_place_acts() -> None:
    for sentence, state in [
        ("Asked to comment on Gaza, Israel declined.", "Israel"),
        ("Asked to comment on Easter Sunday, Russia declined.", "Russia"),
        (
            "Asked to comment on Gaza, Israel on Monday said it was acting in self-defence.",
            "Israel",
        ),
    ]:
        assert state in suggested_texts(sentence), sentence


def test_the_later_topics_of_a_list_stay_topics() -> None:
    text = "The report made no mention of Germany, Qatar or Egypt."
    found = suggested_texts(text)
    assert [s for s in ("Germany", "Qatar", "Egypt") if s in found] == []
