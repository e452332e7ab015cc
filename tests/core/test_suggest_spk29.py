"""SPK29: how reporting introduces and names the people it quotes.

Sentences written for these tests (invented people and events, real places, states and
bodies), run through the real suggester.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts

_BEFORE = "Shelling hit a market in the north of the country on Monday, officials said.\n\n"


def _found(sentence: str) -> list[str]:
    return suggested_texts(_BEFORE + sentence)


def test_names_set_off_after_plural_people() -> None:
    # a list of full names set off after a noun phrase of people
    found = _found("Two other nurses, Trinh Van Loc and Dao Minh Khiem, were treated for burns.")
    assert "Trinh Van Loc" in found
    assert "Dao Minh Khiem" in found
    found = _found(
        "Two teachers from the school in Myitkyina, Lahpai Seng Mai and Maran Brang Du, "
        "walked to the camp."
    )
    assert "Lahpai Seng Mai" in found
    assert "Maran Brang Du" in found


def test_name_set_off_after_a_person_noun() -> None:
    # one full name set off after a noun phrase a person's noun heads
    assert "Tudor Vasile Moraru" in _found(
        "The man, Tudor Vasile Moraru, was stopped at a checkpoint near Bender."
    )
    assert "Kelechi Obinwa Nnaji" in _found(
        "The four, Kelechi Obinwa Nnaji, Tanko Bature Gwamna, Idris Lawan Kurfi and "
        "Ukpong Edet Bassey, face charges of terrorism."
    )


def test_places_and_things_set_off_are_no_people() -> None:
    # the phrase before the commas names places or things, not people
    found = _found("Three villages, Dhagax Baraf, Bulo Mareer and Qoryooley, were shelled.")
    assert "Dhagax Baraf" not in found
    assert "Bulo Mareer" not in found
    found = _found("The largest town in the district, Beled Amin, was cut off by the floods.")
    assert "Beled Amin" not in found


def _speaker(text: str, quote_words: str) -> str | None:
    from tests.core.suggest_probes import suggested_speaker

    return suggested_speaker(_BEFORE + text, quote_words)


def test_lone_surname_two_people_share_takes_no_link() -> None:
    # a husband and a wife named in full, then the surname alone for him: her "she said"
    # stays on her full name, not on the surname both names end with
    text = (
        "In Izium, Bohdan Melnychuk, 68, tied a mattress to the roof of his car. His wife, "
        "Svitlana Melnychuk, waited by the gate with the dog.\n\n"
        '"We have lived here since 1981," Melnychuk said.\n\n'
        'His wife said they would go to their son in Lviv. "He has a small flat, but it '
        'has walls," she said.\n'
    )
    assert _speaker(text, "He has a small flat") == "Svitlana Melnychuk"
    assert _speaker(text, "We have lived here") == "Melnychuk"


def test_lone_surname_of_one_person_still_takes_the_link() -> None:
    # one person of that surname: the surname alone is hers, and her pronoun's link moves on
    text = (
        "In Izium, Svitlana Melnychuk, 64, waited by the gate with the dog.\n\n"
        '"We have lived here since 1981," Melnychuk said.\n\n'
        'She said they would go to their son in Lviv. "He has a small flat, but it '
        'has walls," she said.\n'
    )
    assert _speaker(text, "He has a small flat") == "Melnychuk"


def test_call_sign_set_off_by_a_comma_is_a_person() -> None:
    # the name after "his call sign," / "her nom de guerre," is a person, quoted or not
    text = (
        'The battery\'s commander asked to be named only by his call sign, "Yastrub". '
        "He has led it since 2023."
    )
    assert "Yastrub" in _found(text)
    assert "Abu Salman al-Kurdi" in _found(
        "Among the dead was a field commander known by his nom de guerre, Abu Salman "
        "al-Kurdi, the army said."
    )


def test_call_sign_in_marks_is_no_quote() -> None:
    # a call sign or code name in marks is what someone is called, not speech
    text = 'A gunner who goes by the call sign "Yastrub" loaded the last shell of the day.'
    assert "Yastrub" not in suggested_texts(_BEFORE + text, "QUOTE")
    text = 'The operation, code name "Black Harvest", began at dawn, officials said.'
    assert "Black Harvest" not in suggested_texts(_BEFORE + text, "QUOTE")


def test_a_name_given_as_his_gives_a_man() -> None:
    # "his call sign, X": X is a man, so his paragraph's "he said" quote stays his, not
    # the man named before him whom a title gave a gender
    text = (
        "A medic of the brigade, Senior Lieutenant Taras Hrytsenko, said the road was "
        "shelled every night.\n\n"
        "Further east, a gun crew's commander asked to be identified only by his call "
        'sign, "Yastrub". His crew fires from a treeline.\n\n'
        '"We move the gun after every second shot," he said.\n'
    )
    assert _speaker(text, "We move the gun") == "Yastrub"
