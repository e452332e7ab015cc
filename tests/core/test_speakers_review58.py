"""Speakers (issue 15, review of SPK28): the findings of review 58a on the SPK28 speaker
rules, checked with the real suggester on sentences written for these tests (invented
events and people; real states and bodies)."""

from __future__ import annotations

from annotator.core.suggest import speakers
from tests.core.suggest_probes import suggested_speaker

# ---------- F1: "the CS answered" walks back a bounded number of mentions


class _CountingPattern:
    """A compiled pattern that counts the searches made with it."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.calls = 0

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)

    def match(self, *args):
        self.calls += 1
        return self.pattern.match(*args)


_SITTING = (
    "Senator Rehema Jeptoo Kosgei of Baringo said the borehole was never dug.\n\n"
    '"The contractor has been paid in full," the PS answered.\n\n'
)


def test_the_ps_answered_reads_a_bounded_number_of_mentions_back(monkeypatch) -> None:
    # one senator named 150 times and no "Principal Secretary" anywhere: each "the PS"
    # looks back a bounded number of mentions, not to the start of the sitting
    counting = _CountingPattern(speakers._TITLE_WORDS_BEFORE)
    monkeypatch.setattr(speakers, "_TITLE_WORDS_BEFORE", counting)
    text = "NAIROBI - The Senate sat late on Thursday.\n\n" + _SITTING * 150
    assert suggested_speaker(text, "The contractor has") is None
    # 150 quotes, each allowed a few dozen mentions at most (it was 11,325 calls: every
    # earlier mention for every quote)
    assert counting.calls < 150 * 45


def test_the_ps_still_reaches_a_principal_secretary_past_a_few_senators() -> None:
    text = (
        "Principal Secretary Joseph Kimani Ndung'u appeared before the committee on "
        "Tuesday.\n\n" + _SITTING * 3
    )
    assert suggested_speaker(text, "The contractor has") == "Joseph Kimani Ndung'u"


# ---------- F7: a person's earlier roles are read once per mention, not per quote

_CROSS_EXAMINATION = (
    "Advocate Janet Akinyi Owino stood up again.\n\n"
    '"Where were you on the night of the fire?" Akinyi asked.\n\n'
    '"At the market, selling charcoal," the witness replied.\n\n'
)


def test_a_long_cross_examination_reads_each_mentions_roles_once(monkeypatch) -> None:
    calls = []
    roles_of = speakers._roles_of

    def counted(text, actor):
        calls.append((actor.start, actor.end))
        return roles_of(text, actor)

    monkeypatch.setattr(speakers, "_roles_of", counted)
    text = "MOMBASA - The arson trial went on.\n\n" + _CROSS_EXAMINATION * 80
    assert suggested_speaker(text, "Where were you") == "Akinyi"
    # each of the 160 mentions read about once per quote asking about it, not once for
    # every earlier mention of the same person
    assert len(calls) < 160 * 4


# ---------- F2: a middle name is not another person's surname


def test_the_witness_is_not_the_judge_whose_surname_is_the_witness_middle_name() -> None:
    text = (
        "KISUMU - Yusuf Abdi Noor, the second defence witness, told the court he had seen "
        "the lorry leave the depot.\n\n"
        "Justice Amina Abdi adjourned the session until Thursday. Abdi said the court would "
        "resume at ten.\n\n"
        "State Counsel Mary Achieng Odera asked whether he had been drinking.\n\n"
        '"I had not touched a drop," the witness answered.'
    )
    assert suggested_speaker(text, "I had not touched") == "Yusuf Abdi Noor"


def test_the_witness_is_not_a_judge_named_last_whose_surname_is_the_witness_middle_name() -> None:
    # the judge is the last person named: her surname does not lend her the witness's role
    text = (
        "ELDORET - Halima Chebet Kiptoo, the first prosecution witness, said she had "
        "counted the bags twice.\n\n"
        "Justice Daniel Chebet ordered a short recess. Chebet said the hearing would go on "
        "after lunch.\n\n"
        '"They were all there when I left," the witness said.'
    )
    assert suggested_speaker(text, "They were all there") == "Halima Chebet Kiptoo"


# ---------- F3: "Its second paragraph ..., and said" belongs to the document named last


def test_a_letters_numbered_paragraph_is_not_the_last_statements_issuers() -> None:
    text = (
        "ADDIS ABABA, Dec 4 (AFP) - The Ethiopian National Defense Force released a "
        "statement on Sunday dismissing the truce offer.\n\n"
        "The Tigray People's Liberation Front handed the envoys a letter on Monday. Its first "
        "paragraph set out their terms, and said federal troops must "
        '"pull back from Bahir Dar before any talks".'
    )
    # (not the army's statement; the letter's sender is not reached by a rule of its own:
    # no dev sentence has that shape, so nobody is linked)
    assert suggested_speaker(text, "pull back from") is None


def test_a_resolutions_numbered_paragraph_is_not_the_statement_of_a_state_against_it() -> None:
    text = (
        "GENEVA, Dec 4 (Reuters) - The Chinese Foreign Ministry issued a statement "
        "criticising the text.\n\n"
        "The Human Rights Council adopted resolution 58/12 on Wednesday. Its fourth "
        "paragraph demands an inquiry, and said all detainees must "
        '"be allowed visits by their families".'
    )
    assert suggested_speaker(text, "be allowed visits") is None  # (not China's ministry)


def test_a_numbered_point_with_no_document_named_before_is_nobodys_statement() -> None:
    # the statement was issued long before; what "Its" stands for is not named near it
    text = (
        "JUBA, Dec 4 (AFP) - The South Sudan People's Defence Forces issued a statement on "
        "Monday about the clashes in Nasir.\n\n"
        + "Residents said boats carried families across the river all night. "
        * 12
        + "\n\nIts third point listed the villages that had emptied, and said elders had "
        '"walked for two days to reach Malakal".'
    )
    assert suggested_speaker(text, "walked for two days") is None


# ---------- F4: "the statement of the <Body>" does not reach past another body's document


def test_the_statement_of_a_ministry_gives_way_to_a_note_issued_after_it() -> None:
    # the navy's note is the one quoted; "the navy" is no ACTOR here, so nobody is linked
    text = (
        "ODESA, Dec 4 (Reuters) - Sea drones hit a tanker off Odesa overnight.\n\n"
        "Reporters were referred to the statement of the Ministry of Foreign Affairs of "
        "Ukraine on Sunday. Hours later the navy put out a short note of its own. "
        '"Four sea drones were destroyed near the port," the note said.'
    )
    assert suggested_speaker(text, "Four sea drones") is None


def test_the_statement_of_a_ministry_is_still_its_statement_when_named_again() -> None:
    text = (
        "ODESA, Dec 4 (Reuters) - Sea drones hit a tanker off Odesa overnight.\n\n"
        "Reporters were referred to the statement of the Ministry of Foreign Affairs of "
        "Ukraine on Sunday. The statement listed the ships damaged since October. "
        '"Four sea drones were destroyed near the port," the statement said.'
    )
    assert suggested_speaker(text, "Four sea drones") == "Ministry of Foreign Affairs of Ukraine"
