"""The speaker pass's sentence ends (issue 16): the pattern opens with the character it
matches, so the engine skips to the full stops instead of running every abbreviation's
look-behind at each character; the ends it finds are the ones the look-behinds-first
pattern found."""

from __future__ import annotations

import random
import re
from pathlib import Path

from annotator.core.suggest.speakers import _NOT_ENDING_ABBREVIATIONS, _SENTENCE_END

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"

# The pattern as it was written before, look-behinds first (the reference).
_BEHIND_FIRST = re.compile(
    r"(?:[!?]|(?<!\b[A-Z])"
    + "".join(
        rf"(?<!\b(?:{'|'.join(sorted(w for w in _NOT_ENDING_ABBREVIATIONS if len(w) == n))}))"
        for n in sorted({len(w) for w in _NOT_ENDING_ABBREVIATIONS})
    )
    + r"\.)[\"'\u201d\u2019]?\s+(?=[A-Z\"\u201c])"
)

# Full stops after abbreviations, single capitals and words; marks and quotes after them;
# a paragraph break; spaces that run to the end.
EDGES = (
    'Col. Dana Obi said. "We left." U.S. forces came!  Then?\u201d Gen. Ali\nNew line. '
    "Lt. Col. Ray met Sen. Bo. He spoke? Yes! \u201cQuoted.\u201d He said.  A. B. Sept. Oct. X"
)


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_each_branch_opens_with_the_character_it_matches() -> None:
    parsed = re.compile(_SENTENCE_END.pattern)  # (the same text, parsed below)
    tree = re._parser.parse(parsed.pattern)  # type: ignore[attr-defined]
    op, (_group, branches) = tree.data[0]
    assert str(op) == "BRANCH"
    for branch in branches:
        assert str(branch[0][0]) in ("IN", "LITERAL"), branch[0]


def test_the_ends_found_are_the_look_behinds_first_ends() -> None:
    texts = [EDGES, *(f.read_text("utf-8") for f in sorted(SAMPLES.glob("*.txt"))[:40])]
    whole = "\n\n".join(texts)
    assert _spans(_SENTENCE_END, whole, 0, len(whole)) == _spans(
        _BEHIND_FIRST, whole, 0, len(whole)
    )
    # ... and inside windows, as the pass searches them (a window's edges inside a match)
    draw = random.Random(16)
    for _ in range(3000):
        start = draw.randrange(len(whole))
        end = start + draw.randrange(700)
        assert _spans(_SENTENCE_END, whole, start, end) == _spans(
            _BEHIND_FIRST, whole, start, end
        ), (start, end)
    for offset in range(len(EDGES)):
        assert _spans(_SENTENCE_END, EDGES, offset, len(EDGES)) == _spans(
            _BEHIND_FIRST, EDGES, offset, len(EDGES)
        )
        assert _spans(_SENTENCE_END, EDGES, 0, offset) == _spans(_BEHIND_FIRST, EDGES, 0, offset)
