"""Speaker links by the attribution grammar before the quote (task SPK69).

Every passage is written for this file (invented people and events; real states, bodies
and outlets) and drives the real suggester. Two classes of frame failed in the session's
probe matrix for every kind of speaker (person, titled person, body, acronym, a state's
ministry, armed group, army, outlet):

- an opening phrase that names the outlet carrying the statement: "In a statement carried
  by the state news agency SANA, the ministry said:" (the outlet was taken for the issuer);
- the passive "X was quoted by Reuters as saying:" with a body as X (the outlet was taken
  for the subject; a person was right before).

The negative probes keep what the frames must not change: an outlet that speaks itself, a
body that issues or publishes a statement, an unnamed subject, the active "SANA quoted X
as saying", a headline and a bullet list.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker as _speaker

QUOTE = '"We will not leave this town until the last family is safe."'
OPENS = "We will not"

# ------------------------------------- an outlet that carries the statement opens the clause

# (the rule reading the subject after "In a statement carried by <outlet>," as the issuer was
# taken out by ABL70: it changed one dev link, 980; the negative probes below stay)


# --------------------------------------------------- "X was quoted by <outlet> as saying:"

# (the passive's outlet as no speaker, "X was quoted by Reuters as saying:", was taken out by
# ABL70: it changed one dev link, 996, to a person the gold does not name)


# ------------------------------------------------------------------------ negative probes


def test_an_unnamed_resident_quoted_by_an_outlet_links_to_nobody() -> None:
    assert _speaker("A resident was quoted by the BBC as saying: " + QUOTE, OPENS) is None


def test_the_outlet_that_quotes_in_the_active_voice_passes_the_words_on() -> None:
    text = "The state news agency SANA quoted the Interior Ministry as saying: " + QUOTE
    assert _speaker(text, OPENS) == "Interior Ministry"


def test_a_body_that_publishes_its_own_statement_is_its_speaker() -> None:
    text = "In a statement published by the Nigerian Army, the spokesman said: " + QUOTE
    assert _speaker(text, OPENS) == "Nigerian Army"


def test_a_body_that_issues_a_statement_is_its_speaker() -> None:
    text = (
        "In a statement issued by the Norwegian Refugee Council, its country director said: "
        + QUOTE
    )
    assert _speaker(text, OPENS) == "Norwegian Refugee Council"


def test_an_unnamed_fighter_in_a_video_carried_by_an_outlet_links_to_nobody() -> None:
    text = "In a video carried by the group's Amaq news agency, a masked fighter said: " + QUOTE
    assert _speaker(text, OPENS) is None


def test_an_outlet_that_speaks_in_its_own_editorial_is_the_speaker() -> None:
    text = "In an editorial published on Monday, the Daily Trust said: " + QUOTE
    assert _speaker(text, OPENS) == "Daily Trust"


def test_the_speaker_quoted_by_a_carrying_outlet_keeps_the_person() -> None:
    text = (
        "The attack was reported in a message carried by the state news agency Saba, which "
        "quoted the governor, Ahmed Hanash, as saying: " + QUOTE
    )
    assert _speaker(text, OPENS) == "Ahmed Hanash"


def test_a_headline_quote_with_a_carrying_outlet_links_to_nobody() -> None:
    text = (
        'Army says "no civilians" died, in statement carried by NTA\n\nThe Nigerian Army said '
        "on Monday that troops had retaken the town."
    )
    assert _speaker(text, "no civilians") is None


# ------------------------------- the outlet named in an aside after the document ("Its
# statement, published by the X news agency (XNA), said": the rule giving such words to the
# body "its" stands for was taken out by ABL70, one dev sentence, 788; the issuers kept stay)


def test_an_outlet_quoted_by_another_outlet_is_the_speaker() -> None:
    text = (
        "The junta did not comment. State television MRTV, quoted by Reuters, said the army "
        'had "restored order".'
    )
    assert _speaker(text, "restored order") == "MRTV"


def test_the_communique_read_on_state_television_keeps_its_issuer() -> None:
    text = (
        "Mali's army issued a communique on Friday. The communique, read on state television "
        'ORTM, said troops had "neutralised 34 terrorists".'
    )
    assert _speaker(text, "neutralised") == "Mali"


# ----------------------------- an absolute clause: ", with X calling it "...""
# (the rule giving such a quote to X was taken out by ABL70: one dev sentence, 983; the
# clauses naming nobody still link to nobody)

CALLING = '"a cowardly act against innocent pilgrims"'


@pytest.mark.parametrize(
    "sentence",
    [
        # unnamed people, never the state or person that owns them
        "The raid was condemned, with critics calling it {q}.",
        "Clashes went on, with Chad's residents calling the raid {q}.",
        # "with" as a preposition, no clause of its own: the subject of the sentence
        "The army moved in with tanks, calling the operation {q}.",
        # an unnamed army in a headline
        "Three killed in Bama, with army calling it {q}\n\nNigeria's army said on Monday that "
        "troops had retaken the town.",
    ],
)
def test_a_with_clause_naming_nobody_links_to_nobody(sentence: str) -> None:
    assert _speaker(sentence.format(q=CALLING), "a cowardly") is None


def test_with_after_a_verb_without_a_comma_keeps_the_sentence_subject() -> None:
    text = "Amina Bello met with Musa Garba urging calm and called the raid " + CALLING + "."
    assert _speaker(text, "a cowardly") == "Amina Bello"


# ------------------ a name's own sex marker: Burmese, Karen and Shan prefixes, Vietnamese
# middle names ("she said" skips a man so named, "he said" a woman)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Daw Khin Win, 61, lost her shop. U Tun Kyi, the headman, said the village was "
            'empty. "We have nothing left," she said.',
            "Daw Khin Win",
        ),
        (
            "U Tun Kyi, the headman, said the village was empty. Daw Khin Win, 61, lost her "
            'shop. "We have nothing left," he said.',
            "U Tun Kyi",
        ),
        (
            "Among those at the cordon were Nguyen Thi Hoa, a trader, and Tran Van Duc, a "
            'driver. Olena Kovalenko said the roof fell. "The stall burned in a minute," he '
            "said.",
            "Tran Van Duc",
        ),
    ],
)
def test_a_name_prefix_or_middle_name_gives_the_sex(text: str, speaker: str) -> None:
    opens = text.split('"')[1][:12]
    assert _speaker(text, opens) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a Chinese surname "Ma" is no woman's prefix
        (
            "Ma Ying-jeou, the former president, visited. Amina Bello said the hall was "
            'full. "We must talk," he said.',
            "Ma Ying-jeou",
        ),
        # a Dutch or Flemish "Van" is no Vietnamese middle name
        (
            "Marie Van Damme, a nurse, treated him. Pieter Jansen, a doctor, said the clinic "
            'was full. "We are tired," he said.',
            "Pieter Jansen",
        ),
        # "Saw" is left out: a Karen man's prefix, a Rakhine woman's (dev 722)
        (
            "U Tun Kyi, the headman, said the clinic was full. A second nurse, Saw Mya Paw, "
            'came from Mrauk-U the next day. "One medic for sixty patients," she said.',
            "Saw Mya Paw",
        ),
        # "Sai" is left out (a Shan man's prefix, an Indian given name of either sex)
        (
            "Sai Pallavi, a nurse, treated him. Amina Bello said the clinic was full. "
            '"We are tired," she said.',
            "Amina Bello",
        ),
    ],
)
def test_names_that_only_look_like_a_prefix_give_no_sex(text: str, speaker: str) -> None:
    opens = text.split('"')[1][:12]
    assert _speaker(text, opens) == speaker


# ------------- unnamed people counted or described after the quote ('"...," two residents
# said'): an attribution naming nobody, not a standalone quote given to the sentence before

BEFORE_ANON = (
    "Amina Bello, the governor of Borno, visited Bama on Monday. The Nigerian Army said it "
    "had retaken the town. "
)
SAID_QUOTE = '"We will not leave this town until the last family is safe,"'


@pytest.mark.parametrize(
    "attribution",
    [
        "two residents said",
        "two residents told AFP",
        "three witnesses said",
        "several villagers said",
        "two of the survivors said",
        "other officials said",
        "two Nigerian Army officers said",
        "three UN officials told Reuters",
        "two Boko Haram fighters said",
        "one survivor, a 40-year-old farmer, said",
        "one of the survivors, a farmer, told AFP",
        "a survivor, a 40-year-old farmer, said",
    ],
)
def test_unnamed_people_after_the_quote_link_to_nobody(attribution: str) -> None:
    text = f"{BEFORE_ANON}{SAID_QUOTE} {attribution}."
    assert _speaker(text, OPENS) is None


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # people named after the count or the description are the speakers
        ("two residents, Amina Bello and Musa Garba, said", "Amina Bello"),
        ("one resident, Musa Garba, said", "Musa Garba"),
        # the name a speaker gave (behaviour as before)
        ("a survivor, who gave her name as Halima, said", "Halima"),
    ],
)
def test_people_named_in_the_attribution_keep_their_link(attribution: str, speaker: str) -> None:
    text = f"{BEFORE_ANON}{SAID_QUOTE} {attribution}."
    assert _speaker(text, OPENS) == speaker


# -------- people left unnamed after the quote whose words no earlier rule read as a subject
# ('"...," survivors said', '"...," a mourner said'): no link, not the sentence before's


@pytest.mark.parametrize(
    "attribution",
    [
        "survivors said",
        "villagers told AFP",
        "locals said",
        "medics said",
        "security sources said",
        "hospital sources told AFP",
        "a mourner said",
        "a passer-by said",
        "an eyewitness said",
        "a teenager said",
        "a camp leader said",
        "a community leader told AFP",
        "a 34-year-old mother of three said",
        "a relative of one of the victims said",
        "a source close to the army said",
        "a boy of 12 said",
    ],
)
def test_unnamed_people_no_rule_read_link_to_nobody(attribution: str) -> None:
    text = (
        "Musa Garba, a farmer, was killed in the raid on Monday. The Nigerian Army said it had "
        f"retaken the town. {SAID_QUOTE} {attribution}."
    )
    assert _speaker(text, OPENS) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a partial quote in reported speech: the verb before it names its speaker
        (
            'Nigeria\'s army called the raid "a success", survivors said, but Amina Bello '
            "disagreed.",
            "a success",
            "Nigeria",
        ),
        # people named jointly before, taken up as "the two doctors" (dev 775)
        (
            "Two doctors in Bunia, Jean-Marie Lotsove Ndjabu and Pascaline Hangi, treated the "
            'wounded. "Most of them have deep cuts to the head," the two doctors said.',
            "Most of them",
            "Jean-Marie Lotsove Ndjabu",
        ),
        # a name, capitals or "the" before the verb: the rules before decide (as before)
        ('"We will stay," Boko Haram fighters said.', "We will stay", "Boko Haram"),
        (
            'The Norwegian Refugee Council runs the camp. "We will stay," the council said.',
            "We will stay",
            "Norwegian Refugee Council",
        ),
    ],
)
def test_named_or_described_subjects_keep_their_link(text: str, words: str, speaker: str) -> None:
    assert _speaker(text, words) == speaker
