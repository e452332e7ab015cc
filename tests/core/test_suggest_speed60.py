"""SPEED60: whole-text scans tried only where a literal places them, with the same matches.

The patterns below were scanned with `finditer` over the whole text (the engine tries every
offset); they are now tried by `finditer_from` at the offsets `occurrences` gives. The
sentences are invented; each test compares the two ways on them, and the suggester's own
answer where the pattern decides a suggestion.
"""

from __future__ import annotations

import re

from annotator.core.suggest import actors, suggest
from annotator.core.suggest.base import SuggestContext
from annotator.core.suggest.text import finditer_from, occurrences
from tests.core.suggest_probes import suggested_texts

_TEXT = (
    "The herder, known in the hills as Tarik, said the raid began at dawn. "
    "A trader who goes by the name Seluna and another using the name Obrec fled to Tamsin "
    "Ridge, then crossed back into Veldmark. Police identified the two men as Dario and "
    'Kemal. His call sign, "Falcon", was heard on the radio. '
    "The village chief, Mirela, said the wells were dry. "
    "The two nurses, Ana Petrov and Lisbet Horn, were taken at the checkpoint. "
    "Refugees moved towards Kora, toward Lunet and into Bressa; she gave her name only as "
    'Yuna. "We are tired," said one. The camp, north of Ostra, holds 300 people.\n'
    "A boy fled \nto Kellin. Xto Marn. Her code name, Ivo, was known to them."
)


def _spans(found: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


def test_occurrences_gives_every_offset_overlapping_ones_too() -> None:
    assert list(occurrences("aaaa", ("aa",))) == [0, 1, 2]
    assert list(occurrences("x, y, z", (", ",), 2)) == [3, 6]
    assert list(occurrences("to into", ("to", "into"))) == [0, 5, 3]
    assert list(occurrences("nothing here", ("zz",))) == []


def test_each_scan_finds_what_finditer_finds() -> None:
    cases: list[tuple[re.Pattern[str], object]] = [
        (actors._KNOWN_AS, occurrences(_TEXT, ("known",))),
        (actors._NAMED_AS_MONONYMS, actors._naming_starts(_TEXT)),
        (actors._CALL_SIGN_SET_OFF, occurrences(_TEXT, actors._CALL_SIGN_OWNERS)),
        (actors._MOVE_PREPOSITION, occurrences(_TEXT, actors._MOVE_PREPOSITIONS)),
        (actors._SET_OFF_MONONYMS, actors._capitals_after_commas(SuggestContext(_TEXT))),
        (actors._SET_OFF_FULL_NAMES, actors._capitals_after_commas(SuggestContext(_TEXT))),
    ]
    for pattern, starts in cases:
        expected = _spans(pattern.finditer(_TEXT))
        assert expected, pattern.pattern[:60]  # (each pattern matches the text at least once)
        assert _spans(finditer_from(pattern, _TEXT, starts)) == expected, pattern.pattern[:60]


def test_naming_starts_reach_each_verb_before_the_name() -> None:
    # "use", "uses", "using", "go", "goes", "going": each opens a match three to eight
    # characters before " the name"
    for verb in ("use the name", "uses the name", "using the name"):
        text = f"A courier who kept quiet, {verb} Rafi, crossed at night."
        assert _spans(finditer_from(actors._NAMED_AS_MONONYMS, text, actors._naming_starts(text)))
    for verb in ("go by the name", "goes by the name", "going by the name of"):
        text = f"A smuggler, {verb} Teodor, was held at the border."
        found = _spans(finditer_from(actors._NAMED_AS_MONONYMS, text, actors._naming_starts(text)))
        assert found == _spans(actors._NAMED_AS_MONONYMS.finditer(text)) != []


def test_suggester_still_reads_the_names_these_scans_find() -> None:
    text = (
        "A shepherd known in the valley as Tarik said soldiers came at night. "
        "Police named the driver as Oskan."
    )
    found = suggested_texts(text)
    assert "Tarik" in found
    assert "Oskan" in found


def test_heads_to_read_holds_every_start_whose_head_can_need_a_look() -> None:
    from annotator.core.suggest.casualties import _NEEDS_NEXT_WORD, _heads_to_read

    text = (
        "At least 14 herders died near Ombali; AN old man and a boy were hurt. Fewer-than "
        "expected, FEWER than 30 fled, close to 200 left, Closed roads cut in excess of 9 "
        "villages. Up to 40 were held as many as 12 days; no more than 3 were freed. an"
    )
    ctx = SuggestContext(text)
    heads = _heads_to_read(ctx)
    for starts in ctx.piece_index.values():
        for start in starts:
            head = text[start : start + 5].split(None, 1)[0].lower()
            if head in _NEEDS_NEXT_WORD or head in ("a", "an"):
                assert start in heads, head
    # ... and only a few others: the pieces that are those words, or open with a
    # five-letter one ("Closed")
    assert len(heads) < len(text.split()) // 2
    assert text.index("Closed") in heads
    assert text.index("herders") not in heads


def test_casualty_guards_keep_what_the_patterns_find() -> None:
    text = (
        "Gunmen killed one in five herders at Ombali. Two or three guards were killed or "
        "wounded at the depot. Four and five-year-old children were hurt."
    )
    found = suggested_texts(text, "CASUALTY")
    assert not any(t.startswith("one in five") for t in found)
    # (review60b F-S1) what the guarded patterns must still find: "or" joins both the
    # counts and the harms of one figure
    figures = {
        text[s.start : s.end]: (s.attributes["count_low"], s.attributes["count_high"])
        for s in suggest(text, labels=["CASUALTY"])
    }
    assert figures["Two or three guards were killed or wounded"] == (2, 3)
