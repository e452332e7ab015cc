"""A process's first article compiles no long rule pattern from its text when an earlier
process kept the forms (issue 16): the patterns the rules built from the titles at each
call (over 1,000 characters each) were compiled in every process's first article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.services.test_kept_patterns import PARSED, _child

# Prepares the rules with the kept forms (writing them the first time) and suggests over
# argv[1]'s text, as the window's first job does; prints the lengths of the pattern texts
# parsed meanwhile.
_FIRST_ARTICLE = (
    """
import annotator.services.suggesting
from annotator.core.suggest import prepare_rules, suggest
from annotator.services.kept_patterns import patterns_kept
"""
    + PARSED
    + """
with patterns_kept():
    prepare_rules()
suggest(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps(parsed))
"""
)

_UNTITLED = """
import json
from annotator.core.suggest.speakers import _untitled
print(json.dumps([_untitled("Secretary-General "), _untitled("Lt Col "), _untitled("Colonel ")]))
"""


def test_a_later_processs_first_article_parses_no_long_pattern(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"  # quotes with their attributions
    article.write_text(
        "\n\n".join(p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))), "utf-8"
    )
    _child(_FIRST_ARTICLE, str(article), cache=tmp_path / "cache")  # keeps the forms
    parsed = _child(_FIRST_ARTICLE, str(article), cache=tmp_path / "cache")
    # Left: patterns made per word at run time (a noun's description, up to about 200).
    assert all(isinstance(n, int) and n < 500 for n in parsed), parsed


@pytest.mark.parametrize("hash_seed", ["3", "4", "5", "6"])
def test_titles_are_taken_away_whole_whatever_the_hash_seed(tmp_path: Path, hash_seed: str) -> None:
    """ "Secretary" tried before "Secretary-General" (a set's order) left "-" behind."""
    assert _child(_UNTITLED, cache=tmp_path / "cache", hash_seed=hash_seed) == [" ", "  ", " "]
