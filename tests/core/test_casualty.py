"""Tests for annotator.core.casualty: the annotation guideline, case by case, plus properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.casualty import (
    CasualtyCount,
    casualty_kind,
    casualty_victims,
    parse_casualty,
    parse_number,
)

EN_DASH = "\u2013"
EM_DASH = "\u2014"
NBSP = "\u00a0"
THIN_SPACE = "\u2009"
NB_HYPHEN = "\u2011"
RIGHT_QUOTE = "\u2019"


def bounds(phrase: str) -> tuple[int | None, int | None]:
    count = parse_casualty(phrase)
    return count.low, count.high


# --------------------------------------------------------------------------- the spec's examples


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("408", (408, 408)),
        ("at least 408", (408, None)),
        ("between 20 and 30", (20, 30)),
        ("three", (3, 3)),
        ("more than a dozen", (13, None)),
        ("dozens", (24, None)),
        ("a whole family", (None, None)),
        ("at least 408 civilians have died", (408, None)),
    ],
)
def test_spec_examples(phrase: str, expected: tuple[int | None, int | None]) -> None:
    assert bounds(phrase) == expected


# --------------------------------------------------------------------------- the guideline


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("408 people were killed", 408),
        ("two children", 2),
        ("twenty-two", 22),
        ("twenty two", 22),
        (f"twenty{NB_HYPHEN}two", 22),
        ("Twenty-Two", 22),
        ("one hundred and twelve", 112),
        ("three hundred and five", 305),
        ("two thousand three hundred", 2300),
        ("a hundred", 100),
        ("zero", 0),
        ("1,240", 1240),
        (f"1{NBSP}240", 1240),
        (f"1{THIN_SPACE}240", 1240),
        ("1.240 killed", 1240),
        ("1.240.000", 1_240_000),
        ("1.5 million", 1_500_000),
        ("1.240 million", 1_240_000),
        ("1,5 million", 1_500_000),
        ("3m", 3_000_000),
        ("5k", 5000),
        ("12 thousand", 12_000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("2 dozen", 24),
        ("half a dozen", 6),
        ("a couple", 2),
    ],
)
def test_exact_figures_give_equal_bounds(phrase: str, value: int) -> None:
    assert bounds(phrase) == (value, value)


@pytest.mark.parametrize(
    "phrase",
    [
        "about 408",
        "around 408",
        "some 408",
        "approximately 408",
        "roughly 408",
        "an estimated 408",
        "circa 408",
        "408 or so",
    ],
)
def test_approximations_count_as_exact(phrase: str) -> None:
    assert bounds(phrase) == (408, 408)


@pytest.mark.parametrize(
    "phrase",
    [
        "at least 408",
        "408 or more",
        "no fewer than 408",
        "no less than 408",
        "a minimum of 408",
        "408+",
        "408-plus",
        "at least an estimated 408",
    ],
)
def test_lower_bound_phrases_give_n_and_open_top(phrase: str) -> None:
    assert bounds(phrase) == (408, None)


@pytest.mark.parametrize(
    "phrase",
    ["more than 408", "over 408", "in excess of 408", "upwards of 408", "well over 408"],
)
def test_strict_lower_bound_phrases_give_n_plus_one(phrase: str) -> None:
    assert bounds(phrase) == (409, None)


@pytest.mark.parametrize(
    "phrase", ["up to 408", "as many as 408", "at most 408", "no more than 408", "408 or fewer"]
)
def test_upper_bound_phrases_give_open_bottom_and_n(phrase: str) -> None:
    assert bounds(phrase) == (None, 408)


@pytest.mark.parametrize(
    "phrase",
    ["nearly 408", "almost 408", "fewer than 408", "less than 408", "under 408", "close to 408"],
)
def test_strict_upper_bound_phrases_give_n_minus_one(phrase: str) -> None:
    assert bounds(phrase) == (None, 407)


def test_strict_upper_bound_never_goes_below_zero() -> None:
    assert bounds("fewer than one") == (None, 0)
    assert bounds("less than zero") == (None, 0)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("between 20 and 30", (20, 30)),
        ("20 to 30", (20, 30)),
        ("20-30", (20, 30)),
        (f"20{EN_DASH}30", (20, 30)),
        (f"20 {EM_DASH} 30 killed", (20, 30)),
        ("from 20 to 30", (20, 30)),
        ("12,000-15,000", (12_000, 15_000)),
        ("between twenty and thirty", (20, 30)),
        ("between one hundred and two hundred", (100, 200)),
        ("two or three", (2, 3)),
        ("between 30 and 20", (20, 30)),
        ("up to 20-30", (None, 30)),
    ],
)
def test_ranges_give_both_ends(phrase: str, expected: tuple[int, int]) -> None:
    assert bounds(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("between 2 and 3 million", (2_000_000, 3_000_000)),
        ("20 to 30 thousand", (20_000, 30_000)),
        ("1.5 to 2 million", (1_500_000, 2_000_000)),
        ("between 500 and 1 million", (500, 1_000_000)),
    ],
)
def test_range_shares_the_scale_of_its_upper_end_when_sensible(
    phrase: str, expected: tuple[int, int]
) -> None:
    assert bounds(phrase) == expected


def test_dash_with_smaller_number_after_is_not_a_range() -> None:
    assert bounds(f"408 {EN_DASH} 100 of them children") == (408, 408)


@pytest.mark.parametrize(
    ("phrase", "low"),
    [
        ("dozens", 24),
        ("several dozen", 24),
        ("scores", 40),
        ("hundreds", 200),
        ("Hundreds of civilians", 200),
        ("several hundred", 200),
        ("thousands", 2000),
        ("a few thousand", 2000),
        ("thousands upon thousands", 2000),
        ("tens of thousands", 20_000),
        ("hundreds of thousands", 200_000),
        ("several hundred thousand", 200_000),
        ("millions", 2_000_000),
        ("at least dozens", 24),
        ("more than hundreds", 200),
    ],
)
def test_plural_round_numbers_give_twice_the_unit_and_no_top(phrase: str, low: int) -> None:
    assert bounds(phrase) == (low, None)


def test_upper_bound_on_plural_round_number_says_nothing() -> None:
    assert bounds("up to hundreds") == (None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        "a whole family",
        "several",
        "many",
        "a number of",
        "a few",
        "",
        "   ",
        "the village was shelled",
        "2.5",
        "killed in 2023",
        "aged 12",
    ],
)
def test_phrases_without_a_count_give_nothing(phrase: str) -> None:
    assert bounds(phrase) == (None, None)


@pytest.mark.parametrize(
    "phrase",
    [
        "a child was killed",
        "one soldier",
        "a man",
        "an elderly woman",
        "a 12-year-old boy was killed",
        "a Palestinian was shot dead",
        "another journalist",
    ],
)
def test_singular_article_with_person_counts_one(phrase: str) -> None:
    assert bounds(phrase) == (1, 1)


def test_article_belonging_to_the_weapon_is_not_a_victim() -> None:
    assert bounds("a car bomb has killed 5 people") == (5, 5)


@pytest.mark.parametrize(
    "phrase", ["no one was killed", "nobody was hurt", "no civilians were hurt", "none died"]
)
def test_explicit_none_counts_zero(phrase: str) -> None:
    assert bounds(phrase) == (0, 0)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("AT LEAST 408", (408, None)),
        ("More Than 408", (409, None)),
        (f"at{NBSP}least{NBSP}408", (408, None)),
        (f"the children{RIGHT_QUOTE}s ward: 408 dead", (408, 408)),
        ("at least\u200b 408", (408, None)),
    ],
)
def test_case_curly_quotes_and_odd_spaces_do_not_matter(
    phrase: str, expected: tuple[int | None, int | None]
) -> None:
    assert bounds(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("In 2023, 408 people died", (408, 408)),
        ("On March 3, 40 people were killed", (40, 40)),
        ("3 May 2023: 12 killed", (12, 12)),
        ("20 may have died", (20, 20)),
        ("The 2014 war killed 2,200 Palestinians", (2200, 2200)),
        ("2014-15 fighting killed 300", (300, 300)),
        ("between 2014 and 2016, 500 died", (500, 500)),
        ("since mid-2014 about 90 died", (90, 90)),
        ("2000 killed", (2000, 2000)),
        ("the 2014 war", (2014, 2014)),
        ("at least 2023", (2023, None)),
    ],
)
def test_years_and_dates_yield_to_other_numbers(
    phrase: str, expected: tuple[int | None, int | None]
) -> None:
    assert bounds(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("over 3 days, 30 killed", (30, 30)),
        ("a 3-day siege left 14 dead", (14, 14)),
        ("20% of the 400 residents", (400, 400)),
        ("$5 million in aid; 20 killed", (20, 20)),
        ("F-16 strike killed 9", (9, 9)),
        ("flight MH17: 298 killed", (298, 298)),
        ("at 10:30, 5 died", (5, 5)),
        ("on 3/4/2023 7 died", (7, 7)),
        ("3rd attack killed 12", (12, 12)),
        ("shelling 5 km away killed 4", (4, 4)),
    ],
)
def test_measures_money_times_and_names_are_not_counts(
    phrase: str, expected: tuple[int | None, int | None]
) -> None:
    assert bounds(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("12 killed and 30 wounded", (12, 12)),
        ("a family of five", (5, 5)),
        # a vague count opens the figure: the groups' sum is as vague (quant69; was 3/3)
        ("several villagers and 3 soldiers", (None, None)),
    ],
)
def test_first_number_expression_wins(phrase: str, expected: tuple[int | None, int | None]) -> None:
    assert bounds(phrase) == expected


# --------------------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("408", 408),
        ("1,240", 1240),
        ("1.2 million", 1_200_000),
        ("twenty-two", 22),
        ("three hundred and five", 305),
        ("a dozen", 12),
        ("one thousand and five hundred", 1500),
        ("nineteen", 19),
        ("  42 ", 42),
        ("12,345,678", 12_345_678),
        ("two million three hundred thousand", 2_300_000),
    ],
)
def test_parse_number_reads_whole_number_expressions(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text", ["", "dozens", "2.5", "at least 5", "3rd", "a", "twenty twenty", "-5", "1990s", "many"]
)
def test_parse_number_rejects_anything_but_one_whole_number(text: str) -> None:
    assert parse_number(text) is None


# --------------------------------------------------------------------------- casualty_kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("408 killed", "killed"),
        ("408 dead", "killed"),
        ("many died", "killed"),
        ("the death toll rose to 408", "killed"),
        ("408 fatalities", "killed"),
        ("villagers were massacred", "killed"),
        (f"12 lost{NBSP}their lives", "killed"),
        ("30 wounded", "injured"),
        ("30 injured", "injured"),
        ("nobody was hurt", "injured"),
        ("serious injuries", "injured"),
        ("12 missing", "missing"),
        ("still unaccounted for", "missing"),
        ("activists disappeared", "missing"),
        ("two were abducted", "missing"),
        ("thousands displaced", "displaced"),
        ("residents fled", "displaced"),
        ("forced from their homes", "displaced"),
        ("new refugees", "displaced"),
        ("patients were evacuated", "displaced"),
        ("heavy casualties", "other"),
        ("408 victims", "other"),
        ("killed and wounded", "killed"),
        ("wounded and killed", "injured"),
        ("casualties, including 5 dead", "killed"),
        ("KILLED", "killed"),
        ("408", None),
        ("a deadly attack", None),
    ],
)
def test_casualty_kind(phrase: str, kind: str | None) -> None:
    assert casualty_kind(phrase) == kind


# --------------------------------------------------------------------------- casualty_victims


@pytest.mark.parametrize(
    ("phrase", "victims"),
    [
        ("408 civilians", "civilian"),
        ("12 children", "civilian"),
        ("women and children", "civilian"),
        ("residents", "civilian"),
        ("villagers", "civilian"),
        ("patients", "civilian"),
        ("three aid workers", "civilian"),
        ("journalists", "civilian"),
        ("non-combatants", "civilian"),
        ("firefighters", "civilian"),
        ("fighter jets killed 5 civilians", "civilian"),
        ("army shelling killed 12 villagers", "civilian"),
        ("soldiers", "combatant"),
        ("fighters", "combatant"),
        ("troops", "combatant"),
        ("militants", "combatant"),
        ("combatants", "combatant"),
        ("rebels", "combatant"),
        ("servicemen", "combatant"),
        ("police officers", "combatant"),
        ("civilians and soldiers", "mixed"),
        ("8 children and 2 militants", "mixed"),
        ("408 people", "unknown"),
        ("408 killed", "unknown"),
        ("police said 5 people died", "unknown"),
        ("408", "unknown"),
        ("", None),
        ("the weather was fine", None),
    ],
)
def test_casualty_victims(phrase: str, victims: str | None) -> None:
    assert casualty_victims(phrase) == victims


# --------------------------------------------------------------------------- the result type


def test_count_rejects_low_above_high() -> None:
    with pytest.raises(ValueError, match="low must not exceed high"):
        CasualtyCount(5, 4)


def test_count_rejects_negative_ends() -> None:
    with pytest.raises(ValueError, match="cannot be negative"):
        CasualtyCount(-1, None)


# --------------------------------------------------------------------------- properties

_SOUP = st.lists(
    st.sampled_from(
        [
            "at",
            "least",
            "more",
            "than",
            "up",
            "to",
            "between",
            "and",
            "from",
            "or",
            "so",
            "a",
            "an",
            "no",
            "one",
            "dozen",
            "dozens",
            "half",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "tens",
            "of",
            "twenty",
            "two",
            "nineteen",
            "zero",
            "-",
            EN_DASH,
            "+",
            ",",
            ".",
            ":",
            "/",
            "%",
            "$",
            "408",
            "1,240",
            "1.240",
            "2.5",
            "2023",
            "2014-15",
            "3m",
            "3rd",
            "0",
            "99999999999999999999999",
            "March",
            "may",
            "in",
            "aged",
            "year",
            "old",
            "child",
            "children",
            "soldier",
            "was",
            "killed",
            "none",
            "nearly",
            "plus",
            "odd",
            "several",
            "family",
            NBSP,
            "\u200b",
            "1\u00a0240",
            "\u0664\u0660\u0668",
        ]
    ),
    max_size=14,
).map(" ".join)


def _well_formed(count: CasualtyCount) -> bool:
    if count.low is not None and count.high is not None:
        return 0 <= count.low <= count.high
    return all(end is None or end >= 0 for end in (count.low, count.high))


@settings(max_examples=400)
@given(st.text())
def test_parse_casualty_never_raises_and_keeps_low_at_most_high(text: str) -> None:
    assert _well_formed(parse_casualty(text))


@settings(max_examples=400)
@given(_SOUP)
def test_number_word_soup_never_raises(text: str) -> None:
    assert _well_formed(parse_casualty(text))
    parse_number(text)
    assert casualty_kind(text) in (None, "killed", "injured", "missing", "displaced", "other")
    assert casualty_victims(text) in (None, "civilian", "combatant", "mixed", "unknown")


@given(st.text())
def test_kind_and_victims_never_raise(text: str) -> None:
    assert casualty_kind(text) in (None, "killed", "injured", "missing", "displaced", "other")
    assert casualty_victims(text) in (None, "civilian", "combatant", "mixed", "unknown")


@given(st.integers(min_value=0, max_value=10**15), st.booleans())
def test_at_least_n_gives_n_and_open_top(n: int, grouped: bool) -> None:
    written = f"{n:,}" if grouped else str(n)
    assert parse_casualty(f"at least {written}") == CasualtyCount(n, None)
    assert parse_casualty(f"at least {written} civilians were killed") == CasualtyCount(n, None)


@given(st.integers(min_value=0, max_value=10**15), st.booleans())
def test_bare_number_gives_exact_count(n: int, grouped: bool) -> None:
    written = f"{n:,}" if grouped else str(n)
    assert parse_casualty(written) == CasualtyCount(n, n)
    assert parse_number(written) == n


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest or not hundreds:
        if rest < 20:
            tail = _ONES[rest]
        else:
            tens, ones = divmod(rest, 10)
            tail = _TENS_WORDS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
        parts.append(("and " if hundreds else "") + tail)
    return " ".join(parts)


def _spell(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    if not thousands:
        return _spell_below_thousand(rest)
    head = f"{_spell_below_thousand(thousands)} thousand"
    return f"{head} {_spell_below_thousand(rest)}" if rest else head


@given(st.integers(min_value=0, max_value=999_999))
def test_spelled_out_numbers_read_back(n: int) -> None:
    assert parse_number(_spell(n)) == n
    assert parse_casualty(f"about {_spell(n)} people") == CasualtyCount(n, n)


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        # One person and the people a possessive joins to them are counted together, as
        # the gold reads "a mother and her eight-year-old son" (2/2).
        ("a woman and her child were killed", 2, 2),
        ("a man and his son", 2, 2),
        ("an elderly man and his wife died", 2, 2),
        ("a farmer and his three sons were shot", 4, 4),
        ("a mother and her 12-year-old daughter were killed", 2, 2),
        ("a nurse and her two sons were killed", 3, 3),
        # A plural without a number says no count; what is not a person adds nothing.
        ("a man and his children were killed", None, None),
        ("a man and his car were hit", 1, 1),
        ("a child was killed", 1, 1),
    ],
)
def test_one_person_and_their_kin_are_counted_together(
    phrase: str, low: int | None, high: int | None
) -> None:
    count = parse_casualty(phrase)
    assert (count.low, count.high) == (low, high)


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("Both pilots were killed", 2, 2),
        ("both young nurses were wounded", 2, 2),
        ("both of them died", 2, 2),
        ("Both were wounded", 2, 2),
        ("the gunmen killed both", 2, 2),
        # "both" that counts no people leaves the count to the number that does.
        ("both attacks killed 12 people", 12, 12),
        ("In both towns 12 people were killed", 12, 12),
        ("both sides lost dozens of fighters", 24, None),
    ],
)
def test_both_counts_two_people_only_when_it_names_people(
    phrase: str, low: int | None, high: int | None
) -> None:
    assert bounds(phrase) == (low, high)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab 1'\u2019\u2018\u02bc\u00ad\u200b\ufeff\u00e9"))
def test_a_phrase_is_cleaned_the_same_whether_or_not_it_is_ascii(phrase: str) -> None:
    from annotator.core import casualty

    cleaned = casualty._INVISIBLE.sub("", phrase.translate(casualty._APOSTROPHES))
    assert casualty._clean(phrase) == cleaned


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        # whole numbers and decimals meet in one range: ints and fractions compared
        ("between 2 and 3.5 million displaced", 2_000_000, 3_500_000),
        ("1.5 million people fled", 1_500_000, 1_500_000),
        ("2 to 3 million people", 2_000_000, 3_000_000),
        ("2.5 people", None, None),
        ("a couple of dozen villagers", 24, 24),
    ],
)
def test_whole_and_decimal_numbers_give_whole_counts(
    phrase: str, low: int | None, high: int | None
) -> None:
    found = bounds(phrase)
    assert found == (low, high)
    assert all(type(value) in (int, type(None)) for value in found)


def test_parse_number_gives_an_int() -> None:
    assert [type(parse_number(t)) for t in ("1.5 million", "1,240", "twenty-two")] == [int] * 3
