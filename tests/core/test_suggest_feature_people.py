"""People and speakers in long-form prose: features, profiles, interviews (FEAT20).

Every sentence here is invented for the test."""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


def _speaker(text: str, quote_words: str) -> str | None:
    for s in suggest(text, gazetteer=load_gazetteer()):
        if s.label == "QUOTE" and text[s.start : s.end].startswith(quote_words):
            return None if s.speaker is None else text[s.speaker[0] : s.speaker[1]]
    raise AssertionError(f"no quote starting {quote_words!r}")


HEAD = "Waiting by the river\n\nTAMBERG (AFP) - "


def test_one_name_with_an_age_in_commas_is_a_person() -> None:
    text = HEAD + "In a school on the edge of town I met Safiya, 41, who had walked for days.\n"
    assert "Safiya" in _actors(text)


def test_one_word_before_a_list_of_ages_is_no_person() -> None:
    text = HEAD + "The farmer lost three sons, Zaid, aged 16, 19 and 24, in the raid.\n"
    assert "Zaid" not in _actors(text)
    text = HEAD + "By Sunday, 40, and possibly more, had fled the valley.\n"
    assert "Sunday" not in _actors(text)


def test_a_kin_or_elder_honorific_stays_out_of_the_name() -> None:
    text = (
        HEAD + "The eldest, Hajj Musa, keeps the list. Teacher Amos opens the school. "
        "Uncle Bakr sells tea, and Grandmother Nima bakes bread. Comandante Ruiz left.\n"
    )
    found = _actors(text)
    for name in ("Musa", "Amos", "Bakr", "Nima", "Ruiz"):
        assert name in found
    assert not any(w in " ".join(found) for w in ("Hajj", "Teacher", "Uncle", "Grandmother"))


def test_a_pronoun_inside_the_quoted_words_makes_no_object_of_the_speaker() -> None:
    text = (
        HEAD + "Dr Amna Osman trained in Cairo. She stayed.\n\n"
        '"She did not sleep for days. When she slept, she slept on the floor of the ward," '
        "said Sister Halima, the head nurse, who has worked there since 1997. She declined "
        'to give her full name. "We called her the boss, because she gave orders."\n'
    )
    assert _speaker(text, "We called her") == "Halima"


def test_a_narration_paragraph_between_ends_a_dialogue_of_turns() -> None:
    text = (
        HEAD + "Sister Halima Idris runs the ward. Dr Amna Osman is the surgeon.\n\n"
        '"We had blood for six patients," Osman said.\n\n'
        "Twice, she said, fighters came into the hospital and demanded treatment.\n\n"
        '"I treated them," she said.\n'
    )
    assert _speaker(text, "I treated them") == "Osman"


def test_dialogue_turns_in_a_row_still_go_to_the_other_voice() -> None:
    text = (
        HEAD + "Mrs Olena Marchuk and her neighbour Bondar argued on the stairs.\n\n"
        '"We should leave," Bondar said.\n\n'
        '"Leave for where?" she said.\n'
    )
    assert _speaker(text, "Leave for where") == "Olena Marchuk"


def test_a_person_who_spoke_as_she_in_her_own_paragraph_keeps_the_pronoun() -> None:
    text = (
        HEAD + "Her mother, Rose Adong, sat with us. "
        '"They called her a rebel," Adong said.\n\n'
        "Aber Lanyero trained as a counsellor in 2011. "
        '"I listen now," she said of the choice. Since then she has worked with refugees.\n\n'
        '"He drew a road with no end," she said.\n'
    )
    assert _speaker(text, "He drew a road") == "Aber Lanyero"


def test_she_said_after_a_man_who_defended_her_is_not_his() -> None:
    text = (
        HEAD + "Police chief Ana Ruiz took the post in January.\n\n"
        "The mayor, Ernesto Villa, has defended her against her critics. Asked about the "
        'accusation, she did not deny it. "Yes, there are," she said.\n\n'
        '"I want no more altars," she said.\n'
    )
    assert _speaker(text, "I want no more altars") != "Ernesto Villa"


def test_a_pronoun_subject_between_two_quotes_goes_on_with_the_speaker() -> None:
    text = (
        HEAD + "Colonel Taras Hnatiuk commands the line. A drone pilot, Ivan Sova, flies beside "
        "him.\n\n"
        'The colonel tells it differently. "It was not brave," he said. Asked about the medals '
        'on the wall, he shrugged. "Those belong to the men who are not here."\n'
    )
    assert _speaker(text, "It was not brave") == "Taras Hnatiuk"
    assert _speaker(text, "Those belong") == "Taras Hnatiuk"


def test_another_pronoun_between_two_quotes_does_not_go_on() -> None:
    text = (
        HEAD + "Colonel Taras Hnatiuk commands the line. A medic, Olena Sova, works beside "
        "him.\n\n"
        'The colonel tells it differently. "It was not brave," he said. Asked about the medals '
        'on the wall, she shrugged. "Those belong to the men who are not here."\n'
    )
    assert _speaker(text, "Those belong") != "Taras Hnatiuk"


def test_a_name_given_by_call_sign_real_name_or_known_as_is_a_person() -> None:
    text = (
        HEAD + "Known to his men by the call sign Lynx, he leads the company. A sniper known "
        "as Heron covers the road. His real name is Idris. His name, he told me later, was "
        "Hamid Musa. They call him Teacher Amos. Known to everyone in the town as Juru, he "
        "patrolled the forest.\n"
    )
    found = _actors(text)
    for name in ("Lynx", "Heron", "Idris", "Hamid Musa", "Amos", "Juru"):
        assert name in found


def test_a_body_known_as_or_a_title_called_is_no_person() -> None:
    text = (
        HEAD + "A gang known as the Kestrels attacked the port. Officers call her La Comisaria. "
        "Her staff call her Madam Principal. We called her the Colonel.\n"
    )
    found = set(_actors(text))
    assert not {"Comisaria", "La Comisaria", "Principal", "Colonel"} & found


def test_the_dateline_agency_never_speaks_for_an_unnamed_subject() -> None:
    text = (
        "Officer denies role\n\nKOBLENZ, Germany (dpa) - A former intelligence officer said on "
        'Thursday that he had "never given an order to beat anyone".\n'
    )
    assert _speaker(text, "never given an order") is None


def test_a_body_after_the_dateline_still_speaks() -> None:
    text = (
        "Strike on depot\n\nKYIV (AP) - The Ukrainian air force said on Monday that its "
        'crews had "shot down every drone over the city".\n'
    )
    assert _speaker(text, "shot down every drone") == "Ukrainian air force"


def test_an_unnamed_speaker_named_in_the_next_sentence_is_that_person() -> None:
    text = (
        HEAD + "Lawyer Selin Arslan spoke first. A former village guard also spoke of the "
        'dead. "Who will speak for them?" he asked. The guard, Kemal Oruç, 63, said he '
        "supported the talks.\n\n"
        'A retired teacher sat in the back row. "I taught geography for 31 years," the '
        "teacher said. His name, he told me later, was Hamid Musa.\n"
    )
    assert _speaker(text, "Who will speak") == "Kemal Oruç"
    assert _speaker(text, "I taught geography") == "Hamid Musa"


def test_someone_else_named_in_the_next_sentence_does_not_take_the_quote() -> None:
    text = (
        HEAD + 'Farmer Yusuf Bello walked us to his field. "Nothing is left," he said. The '
        "governor, Amina Sule, visited the village on Monday.\n"
    )
    assert _speaker(text, "Nothing is left") == "Yusuf Bello"


def test_one_name_after_a_role_with_a_relative_clause_or_a_long_body_is_a_person() -> None:
    text = (
        HEAD + "An aid surgeon who visited the ward in October, Haryono, said the team had "
        "done well. The chairman of the National Union of Road Transport Drivers of Tamberg "
        "(NURTD), Rusdi, said drivers would stay home. Their editor, Setyo, told the radio "
        "the two were freed.\n"
    )
    found = _actors(text)
    for name in ("Haryono", "Rusdi", "Setyo"):
        assert name in found


def test_a_place_after_a_role_with_a_relative_clause_is_no_person() -> None:
    text = HEAD + "A surgeon who works in the capital, Tamberg, said the wards were full.\n"
    assert "Tamberg" not in [a for a in _actors(text) if a != "TAMBERG"]


def test_a_named_person_s_gesture_before_a_quote_keeps_the_name() -> None:
    text = (
        HEAD + '"There is a window," said Berna Yilmaz, an analyst in Berlin.\n\n'
        'At the bridge, the farmer Yusuf Bello shrugged. "Ask me tomorrow," he said.\n'
    )
    assert _speaker(text, "Ask me tomorrow") == "Yusuf Bello"


def test_a_rank_named_before_initials_is_no_person() -> None:
    text = (
        HEAD + "The army named the dead soldier as First Sergeant P. Zahrani. The ministry "
        "identified the officer as Sergeant Ali Daoud.\n"
    )
    found = _actors(text)
    assert "Sergeant" not in found
    assert "Ali Daoud" in found


def test_a_title_known_elsewhere_before_initials_is_the_person_s_title() -> None:
    text = (
        HEAD + '"The crossings are open," Ombudsman O. Zubairu told this newspaper. The '
        'Ombudsman said on Monday that "nobody is safe".\n'
    )
    found = suggest(
        text, gazetteer=load_gazetteer(), labels=["ACTOR"], known_actors={"Ombudsman": "state"}
    )
    names = [text[s.start : s.end] for s in found if s.label == "ACTOR"]
    assert "O. Zubairu" in names
    assert names.count("Ombudsman") == 1  # the body's own mention, not the title
