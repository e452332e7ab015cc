"""REVIEW65S: hostile neighbours of the SPK65 speaker rules, each a misfire the branch
showed on ordinary news prose (invented people and events; real places and bodies)."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

# --- joint speakers: a contrast inside an aside the "and" closes is no new clause ---


def test_a_relative_clause_with_but_before_and_keeps_the_first_named() -> None:
    text = 'Ali Musa, who was shot but survived, and his wife Fatima Musa told AFP: "We ran."\n'
    assert suggested_speaker(text, "We ran") == "Ali Musa"


def test_a_relative_clause_with_but_between_two_groups_keeps_the_first_named() -> None:
    text = (
        "Hamas, which has long rejected the plan but accepted talks, and Islamic Jihad said "
        'in a joint statement the offer was "a trap".\n'
    )
    assert suggested_speaker(text, "a trap") == "Hamas"


def test_an_aside_with_though_before_and_keeps_the_first_named() -> None:
    text = (
        "The EU, though divided on sanctions, and the AU said in a joint statement the coup "
        'was "unacceptable".\n'
    )
    assert suggested_speaker(text, "unacceptable") == "EU"


# --- a spokesman for the <description> X: no participle or preposition before X ---


def test_a_spokesman_for_the_coalition_fighting_x_is_not_x() -> None:
    text = 'A spokesman for the coalition fighting Hamas said the operation was "ongoing".\n'
    assert suggested_speaker(text, "ongoing") != "Hamas"


def test_a_spokesman_for_the_campaign_against_x_is_not_x() -> None:
    text = 'A spokesman for the campaign against Wagner said the group had "no future".\n'
    assert suggested_speaker(text, "no future") != "Wagner"


def test_a_spokesman_for_the_talks_between_x_and_y_is_not_x() -> None:
    text = 'A spokesman for the talks between Israel and Hamas said progress was "slow".\n'
    assert suggested_speaker(text, "slow") != "Israel"


def test_a_spokesman_for_the_rival_x_movement_is_still_x() -> None:
    text = 'A spokesman for the rival Hamas movement said the plan was "dead".\n'
    assert suggested_speaker(text, "dead") == "Hamas"


# --- an inverted source: not a name inside the source's relative clause ---


def test_said_the_police_chief_who_named_the_suspect_is_not_the_suspects() -> None:
    text = (
        "Ali Musa was arrested on Monday, said the police chief, who named the suspect as "
        'Omar Said. "He confessed."\n'
    )
    assert suggested_speaker(text, "He confessed") != "Omar Said"


# --- a role's holder: the role must be the body's own, not one of a body met ---


def test_the_un_chief_who_met_a_groups_negotiator_is_not_the_negotiator() -> None:
    text = (
        "The UN chief met Hamas's negotiator, Khalil al-Hayya, and said the talks were "
        '"constructive".\n'
    )
    assert suggested_speaker(text, "constructive") != "Khalil al-Hayya"


# --- a wire lede's subject after the dateline: a state's titled holder is the person ---


def test_a_dateline_then_a_states_president_named_is_the_president() -> None:
    text = (
        "KYIV, Oct 14 (Reuters) - Ukraine's President Volodymyr Zelenskiy on Monday rejected "
        'the offer, saying it was "an ultimatum".\n'
    )
    assert suggested_speaker(text, "an ultimatum") == "Volodymyr Zelenskiy"


def test_a_dateline_then_a_states_army_chief_named_is_the_chief() -> None:
    text = (
        "KHARTOUM, Dec 5 (Reuters) - Sudan's army chief Abdel Fattah al-Burhan on Friday "
        'rejected the truce, saying it was "a trap".\n'
    )
    assert suggested_speaker(text, "a trap") == "Abdel Fattah al-Burhan"


# --- "the prime minister's office": not a former holder, nor a group's government ---


def test_the_prime_ministers_office_after_a_former_prime_minister_is_not_his() -> None:
    text = (
        "Former Prime Minister Imran Khan was jailed on Monday. The prime minister's office said "
        'the ruling was "lawful".\n'
    )
    assert suggested_speaker(text, "lawful") != "Imran Khan"


def test_the_prime_ministers_office_after_a_groups_government_office_is_not_the_group() -> None:
    text = (
        "The Hamas-run government media office said 30 people were killed. The prime "
        'minister\'s office said: "We mourn the victims."\n'
    )
    assert suggested_speaker(text, "We mourn") != "Hamas"


def test_the_presidents_office_after_a_vice_president_is_the_president() -> None:
    text = (
        "President Joe Biden met Vice President Kamala Harris. The president's office said "
        'the meeting was "productive".\n'
    )
    assert suggested_speaker(text, "productive") == "Joe Biden"


def test_the_prime_ministers_office_after_a_deputy_prime_minister_is_not_the_deputy() -> None:
    text = (
        "Prime Minister Shehbaz Sharif chaired the meeting. Deputy Prime Minister Ishaq Dar "
        'briefed reporters. The prime minister\'s office said the talks were "useful".\n'
    )
    assert suggested_speaker(text, "useful") == "Shehbaz Sharif"
