"""The person rules' cheap tests before their searches: each finds what the plain search
finds, and the search is no longer tried where the cheap test rules it out (session 28,
issue 16: the actor rules' share of a long article)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.suggest import actors
from annotator.core.suggest.base import SuggestContext
from annotator.core.suggest.text import NAME_PARTICLES, Token, pieces, word_tokens

ROOT = Path(__file__).resolve().parents[2] / "sample_articles"
# Edges of the searches' windows: a line break after the space ("$" stands before it), a
# comma, a word longer than the window, a word cut by the text's start.
EDGES = (
    "the spokesman \nDu\u0161an Velkov and a camp leader, Amina Okafor; x Y; ,Z; , W",
    "supercalifragilisticexpialidocious Ana Kis and a,, Bo Li and 1 Cy Ng",
    "one of the organisers, Ahmed Saleh; one of its fighters, \nOmar Ali, the mayor of "
    "Tessaoua, Idi Garba; its spokesman in Goma, Pascal Mweze; the anti-government of X",
    "the elected government of Thura Win; forces loyal to Ali Haidar; regime of  Bo Win",
    "a Defence Minister Ilse Marovi\u0107, Dr. Ana Kis, Deputy Commissioner of Jiribam Krishna "
    "Kumar Rao, Senior Superintendent of Police Asif Qureshi, Lt. Col. Bo Tan said",
)
TEXTS = [f.read_text("utf-8") for f in sorted(ROOT.glob("*.txt"))[:12]] + list(EDGES)


def _run_starts(text: str) -> list[int]:
    """Every offset a run may start at (a capital), and the first and second offsets."""
    return sorted({0, 1, *(m.start() for m in re.finditer(r"[A-Z]", text))})


@pytest.mark.parametrize("text", TEXTS)
def test_the_word_before_a_run_is_the_one_the_search_finds(text: str) -> None:
    for at in _run_starts(text):
        plain = actors._WORD_BEFORE_RUN.search(text, max(0, at - 20), at)
        assert actors._word_before_run(text, at) == (plain and plain.group(1)), text[:at][-25:]


@pytest.mark.parametrize("text", TEXTS)
def test_a_leader_s_and_a_place_s_role_tested_first_are_what_the_search_finds(
    text: str,
) -> None:
    for at in _run_starts(text):
        led = bool(actors._LED_BY_BEFORE.search(text, max(0, at - 30), at))
        of_place = bool(actors._ROLE_OF_PLACE.search(text, max(0, at - 60), at))
        assert actors._led_by_before(text, at) == led, text[:at][-35:]
        assert actors._role_of_place(text, at) == of_place, text[:at][-65:]


class _Spy:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.tried = 0

    def search(self, text: str, pos: int = 0, *args: int) -> re.Match[str] | None:
        self.tried += 1
        return self.pattern.search(text, pos, *args)

    def sub(self, replacement: str, text: str) -> str:
        self.tried += 1
        return self.pattern.sub(replacement, text)


FILLER = "Mara Lind said on Monday that talks with the Front had stalled. " * 50


def test_the_role_rule_searches_nothing_before_names_without_a_word_a_role_needs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spies = {}
    for name in ("_WORD_BEFORE_RUN", "_LED_BY_BEFORE", "_ROLE_OF_PLACE", "_ONE_OF"):
        spies[name] = _Spy(getattr(actors, name))
        monkeypatch.setattr(actors, name, spies[name])
    text = FILLER + "The talks, said spokesman Du\u0161an Velkov, failed. " + FILLER
    found = [text[s.start : s.end] for s in actors.actor_role_person(SuggestContext(text))]
    assert found == ["Du\u0161an Velkov"]
    # "said Mara", "with the Front", "with the Front" ... none after a role word: only
    # the one word after "spokesman" is searched for, and nothing else at all.
    assert {name: spy.tried for name, spy in spies.items()} == {
        "_WORD_BEFORE_RUN": 0,
        "_LED_BY_BEFORE": 0,
        "_ROLE_OF_PLACE": 0,
        "_ONE_OF": 0,
    }


def test_the_titled_rule_looks_into_runs_with_a_title_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stripped: list[str] = []
    tails: list[str] = []
    strip, tail = actors._strip_titles, actors._titled_name_tail

    def counted_strip(tokens: tuple[Token, ...]) -> object:
        stripped.append(" ".join(t.text for t in tokens))
        return strip(tokens)

    def counted_tail(tokens: tuple[Token, ...]) -> object:
        tails.append(" ".join(t.text for t in tokens))
        return tail(tokens)

    monkeypatch.setattr(actors, "_strip_titles", counted_strip)
    monkeypatch.setattr(actors, "_titled_name_tail", counted_tail)
    text = (
        FILLER
        + "Defence Minister Ilse Marovi\u0107 and Chief of Army Staff General Bo Tan spoke. "
        + FILLER
    )
    found = [text[s.start : s.end] for s in actors._titled_person(SuggestContext(text))]
    assert found == ["Ilse Marovi\u0107", "Bo Tan"]
    assert stripped == ["Defence Minister Ilse Marovi\u0107", "Chief", "General Bo Tan"]
    # (the run with connectors: one, joined by "and")
    assert tails == ["Defence Minister Ilse Marovi\u0107 and Chief of Army Staff General Bo Tan"]


@pytest.fixture(scope="module")
def gazetteer() -> object:
    from annotator.services.suggesting import load_gazetteer

    return load_gazetteer()


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "the 5Hamas fighters, x_Hamas and 3Free Syrian Army, al-Shabaab; UN-backed Red Cross",
    ],
)
def test_listed_names_in_a_stretch_read_off_the_document_s_are_those_its_pieces_give(
    text: str, gazetteer: object
) -> None:
    ctx = SuggestContext(text, gazetteer=gazetteer)  # type: ignore[arg-type]
    names = actors._gazetteer_index(ctx.gazetteer).names
    tokens = word_tokens(text)
    for i, first in enumerate(tokens):
        for last in tokens[i : i + 6]:
            plain = list(names.finditer(text, pieces(text, first.start, last.end)))
            assert actors._listed_names_from(ctx, first.start, last.end) == plain


PLACE_EDGES = (
    "in ",
    "IN ",
    "\u0130n ",  # a dotted capital I: case-insensitive matching has rules of its own
    "Kelvin \u212a ",
    "the capital, ",
    "the capital,, ",
    "fled from the neighbouring ",
    "in federal ",
    "the size of ",
    "Gulf of\n",
    "pro-",
    "anti-\n",
    "a non-",
    "talks with ",
    "talks  with\t",
    "pressure from the ",
    "(in ",
    "x-in ",
    "\u00e9in ",
    "loyal to\u2003",
    "within",
    "",
    " ",
)


@pytest.mark.parametrize("text", [*TEXTS, " | ".join(PLACE_EDGES)])
def test_a_place_s_and_a_dealing_s_words_tested_first_are_what_the_search_finds(
    text: str,
) -> None:
    for at in _run_starts(text):
        begin = max(0, at - 25)
        before = text[begin:at]
        plain = actors._PLACE_BEFORE.search(text, begin, at) is not None
        assert actors._place_before(text, begin, at) == plain, before
        assert actors._place_before(before, 0, len(before)) == (
            actors._PLACE_BEFORE.search(before) is not None
        ), before
        assert actors._deals_with(before) == (actors._DEALS_WITH.search(before) is not None)


@pytest.mark.parametrize("before", PLACE_EDGES)
def test_a_place_s_and_a_dealing_s_words_at_the_edges(before: str) -> None:
    for cut in range(len(before) + 1):
        window = before[cut:]
        assert actors._place_before(window, 0, len(window)) == (
            actors._PLACE_BEFORE.search(window) is not None
        ), window
        assert actors._deals_with(window) == (actors._DEALS_WITH.search(window) is not None)


def test_a_place_before_a_listed_name_is_not_searched_for_after_other_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _Spy(actors._PLACE_BEFORE)
    monkeypatch.setattr(actors, "_PLACE_BEFORE", spy)
    assert not actors._place_before("Officials said Sudan", 0, len("Officials said "))
    assert actors._place_before("Fighting in Sudan", 0, len("Fighting in "))
    assert spy.tried == 1


LONG_NAMES = (
    "Words before it all, the Ligue pour la D\u00e9fense de la Dignit\u00e9 et de la Libert\u00e9 "
    "et pour le Respect de la Loi et de la Vie des Enfants de la R\u00e9publique (LDDLRLVER) "
    "said. "
    + "x" * 300
    + " Darfur voices for justice and peace (DVJP) and the "
    + "Very " * 40
    + "Armed Police Battalion (APB), and a line of one word: "
    + "y" * 200
    + " (Y)"
)


@pytest.mark.parametrize("text", [*TEXTS, LONG_NAMES])
@pytest.mark.parametrize("near", [1, 8, 40])
def test_a_name_spelling_an_acronym_looked_for_near_first_is_the_one_the_line_gives(
    text: str, near: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = SuggestContext(text)
    brackets = [(m.start(), m.group(1)) for m in re.finditer(r"\(([^()\s]{1,12})\)", text)]
    found = []
    for near_first in (near, 10**9):  # 10**9: always the whole line, as before
        monkeypatch.setattr(actors, "_SPELLED_NEAR", near_first)
        found.append([actors._spelled_name(ctx, acronym, at) for at, acronym in brackets])
    assert found[0] == found[1]


SURNAME_EDGES = (
    "said Dube and Mr Dube, then Ahmadu Bello \nUniversity; (Bello Street) 'O'Neil Dube' "
    "IN Sumy, \u0130N Sumy, according to Sumy, talked instead TO Kyiv, in  \nKyiv, of,\n"
    "Lake Chad, the Gulf of\nAden, \u00c9mile Dube, x-Dube Dube"
)


@pytest.mark.parametrize("text", [*TEXTS, SURNAME_EDGES, " | ".join(PLACE_EDGES)])
def test_a_capitalised_word_and_a_locative_tested_first_are_what_the_search_finds(
    text: str,
) -> None:
    ctx = SuggestContext(text)
    for at in _run_starts(text):
        plain = actors._CAPITALISED_BEFORE.search(text, max(0, at - 30), at)
        found = actors._capitalised_before(text, at)
        assert (found and found.span(1)) == (plain and plain.span(1)), text[:at][-35:]
        before = text[max(0, at - 20) : at]
        locative = not actors._SPOKEN_TO.search(before) and bool(actors._LOCATIVE.search(before))
        assert actors._is_locative(ctx, at) == locative, before


def test_name_runs_are_made_without_a_python_constructor_call_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from annotator.core.suggest import text as text_module

    def made_one_by_one(cls: object, tokens: object) -> object:
        raise AssertionError("a run made by NameRun.of")

    text = "Mara Lind of the Free Valdor Front met Ana de la Cruz. Omar Ali left."
    expected = text_module.both_name_runs(text)
    monkeypatch.setattr(text_module.NameRun, "of", classmethod(made_one_by_one))
    found = text_module.both_name_runs(text)
    assert found == expected
    wide, bare = ([" ".join(run.words) for run in runs] for runs in found)
    assert wide == ["Mara Lind of the Free Valdor Front", "Ana de la Cruz", "Omar Ali"]
    assert bare == ["Mara Lind", "Free Valdor Front", "Ana de la Cruz", "Omar Ali"]
    assert all(type(run) is text_module.NameRun for runs in found for run in runs)


def test_a_leader_s_group_reads_the_people_found_once_not_once_per_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = actors._people
    read: list[int] = []

    class Counted(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            read.append(1)
            return super().__iter__()

    monkeypatch.setattr(actors, "_people", lambda ctx: Counted(people(ctx)))
    text = (
        "Rebel leader Omar Ali Hassan said on Monday that talks had stalled. "
        + "The Omar Ali group attacked a convoy. The Bo Tan Li faction fled. " * 5
    )
    found = list(actors.actor_described_group(SuggestContext(text)))
    assert {text[s.start : s.end] for s in found} <= {"Omar Ali group", "Omar Ali"}
    assert len(read) <= 1


def _plain_person_tokens(tokens: tuple[Token, ...]) -> tuple[Token, ...] | None:
    """`_person_tokens` as it was before its cheap tests (session 28), with the compass
    adjective that opens no person's name (session 29), a landform's word (session 33), a
    portfolio's word opening a name or "Affairs" ending one (session 41), and a Spanish
    article opening a gang's name ("Los Shottas", session 43), and a middle initial "A" or "I"
    ending a run ("Curtis A"), and an event's word ending one ("Korean War", session 46), and
    a kunya inside a longer name counted as one name word ("Abu Bakr", NAMES22), and a
    landform's, a built place's or a pact's word or a compass point ending a run ("Bakassi
    Peninsula", "Lamu West", pers23), and "Operation" opening one ("Operation Red Lantern
    said", session 54), and an outlet's word ending one ("Shabelle Media", attr24)."""
    a = actors
    tokens = tuple(tokens)
    kunyas = sum(t.text in ("Abu", "Abou", "Umm") for t in tokens[:-1])
    if (
        not tokens
        or len(tokens) > 7
        or sum(t.text not in NAME_PARTICLES for t in tokens) - kunyas > 4
    ):
        return None
    words = [t.text for t in tokens]
    if words[0] in a._COMPASS_OPENERS or words[0] in a._LANDFORM_OPENERS:
        return None
    if words[0] in ("Los", "Las") and len(words) > 1:
        return None
    if words[0] == "Operation" and len(words) > 1:
        return None
    if any(
        w in a.ORGANISATION_WORDS
        or (
            w in a._NOT_NAMES
            and (i == 0 or w not in a._MONTHS)
            and not (i == 0 and a._given_name_month(tokens))
            # a middle initial that is a word too, last in the run (session 46)
            and not (0 < i == len(words) - 1 and w in ("A", "I"))
        )
        or (
            a.is_title(w)
            and not (w in a._TITLES_INSIDE_NAMES and (0 < i < len(words) - 1 or i >= 2))
        )
        or w in a._MEDIA
        for i, w in enumerate(words)
    ):
        return None
    if len(words) > 1 and words[-1] in a._EVENT_WORDS:
        return None
    if len(words) > 1 and (words[-1] in a._FEATURE_WORDS or words[-1] in a._COMPASS_LAST):
        return None
    if len(words) > 1 and words[-1] in a._OUTLET_LAST_WORDS:  # ("Shabelle Media", attr24)
        return None
    if (
        len(words) > 1
        and (  # (issue 15, PEOPLE19)
            words[-1] in a._GATHERING_WORDS
            or words[-1] in a._GROUP_PLURALS
            or (words[-1].endswith("s") and words[-1][:-1] in a.ORGANISATION_WORDS)
        )
    ):
        return None
    if len(words) == 1 and a._common_noun_by_ending(words[0]):
        return None
    if len(words) > 1 and a._REGNAL_NUMBER.fullmatch(words[-1]):
        words = words[:-1]
    if any(w.isupper() and len(w) > 1 for w in words):
        return None
    if any(a._POSSESSIVE_END.search(w) for w in words[:-1]):
        return None
    if not a._FACILITY_WORDS.isdisjoint(words) or not a._AREA_WORDS.isdisjoint(
        a._POSSESSIVE_END.sub("", w) for w in words
    ):
        return None
    if words[-1] == "Affairs" or (len(words) > 1 and words[0] in a._PORTFOLIO_WORDS):
        return None
    return tokens


PERSON_EDGES = (
    "Jan van den Heuvel, May Aye Mar, Theresa May, Hassan Sheikh Abdi, Maryan Aden Haji, "
    "Ewuare II, Iran's Revolutionary Guards, the Abyei Special Administrative Area's, "
    "Maria de los Angeles de la Torres y Cruz, General Hospital, UN Envoy Ana Kis, "
    "Omar\u2019s Area, Ali Bin Nasser bin Omar al-Kuwari Jr"
)


@pytest.mark.parametrize("text", [*TEXTS, PERSON_EDGES])
def test_a_person_s_name_tested_cheaply_first_is_the_one_the_full_tests_give(text: str) -> None:
    assert_person_tokens_as_plain(text)


def assert_person_tokens_as_plain(text: str) -> None:
    """`_person_tokens` gives `_plain_person_tokens`'s answer for every part (up to nine
    words) of every name run of `text`."""
    ctx = SuggestContext(text)
    for run in [*ctx.runs, *ctx.bare_runs]:
        tokens = run.tokens
        for i in range(len(tokens)):
            for j in range(i + 1, min(len(tokens), i + 9) + 1):
                part = tokens[i:j]
                assert actors._person_tokens(part) == _plain_person_tokens(part), part


def test_a_plain_person_s_name_is_tested_without_a_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _Spy(actors._POSSESSIVE_END)
    monkeypatch.setattr(actors, "_POSSESSIVE_END", spy)
    tokens = tuple(word_tokens("Mara Lind Okafor"))
    assert actors._person_tokens(tokens) == tokens
    assert spy.tried == 0


@pytest.mark.parametrize("text", TEXTS)
def test_a_kind_word_not_followed_by_a_name_has_no_match_of_a_named_kind(text: str) -> None:
    for word in re.finditer(r"[A-Za-z]+", text):
        at = word.start()
        if actors._KIND_WORD_THEN_NAME.match(text, at, at + 80):
            continue
        found = actors._KIND_THEN_NAME.search(text, max(0, at - 60), at + 80)
        while found is not None and found.start("head") < at:
            found = actors._KIND_THEN_NAME.search(text, found.start("head"), at + 80)
        assert found is None or found.start("head") != at, text[at : at + 40]


def test_a_kind_word_without_a_name_after_it_is_not_searched_around(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _Spy(actors._KIND_THEN_NAME)
    monkeypatch.setattr(actors, "_KIND_THEN_NAME", spy)
    text = FILLER + "The rights group said the militia attacked. The rights group Haalvsh said."
    found = [text[s.start : s.end] for s in actors.actor_named_after_its_kind(SuggestContext(text))]
    assert found == ["Haalvsh"]
    assert spy.tried == 1  # at "group Haalvsh" only


def test_patronymic_and_owner_people_look_into_runs_with_their_words_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stripped: list[str] = []
    strip = actors._strip_titles

    def counted(tokens: tuple[Token, ...]) -> tuple[tuple[Token, ...], bool]:
        stripped.append(" ".join(t.text for t in tokens))
        return strip(tokens)

    monkeypatch.setattr(actors, "_strip_titles", counted)
    spy = _Spy(actors._POSSESSIVE_END)
    monkeypatch.setattr(actors, "_POSSESSIVE_END", spy)
    text = FILLER + "Ali bin Nasser al-Kuwari spoke, and Bola Tinubu's spokesman too. " + FILLER
    ctx = SuggestContext(text)
    found = [text[s.start : s.end] for s in actors._patronymic_people(ctx)]
    assert found == ["Ali bin Nasser al-Kuwari"]
    owners = [text[s.start : s.end] for s in actors._owners_of_people(ctx)]
    assert owners == ["Bola Tinubu"]
    assert stripped == ["Ali bin Nasser al-Kuwari", "Bola Tinubu's"]
    # (only the two names found use the pattern, not each of the filler's 300 runs)
    assert spy.tried < 20
