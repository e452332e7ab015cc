"""The window's first article, suggested before the rules are prepared (as its first job
does), compiles no long pattern when an earlier process kept the forms (perf70): the
page furniture's and navigation's patterns (`core.boilerplate`) and the state check's
list of places (`state_check._list_pattern`) are built by `compile_pattern`, where
`re.compile` compiled them from their text in every session (about 15 ms of every first
article's wait, 40 ms more for one with a list of places)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core import boilerplate
from annotator.core.compiled_patterns import compile_pattern as real_compile
from annotator.core.suggest import state_check
from annotator.services.suggesting import load_gazetteer
from tests.conftest import SAMPLES
from tests.services.test_kept_patterns import PARSED, _child

# The first article suggested before the rules are prepared, as the window's first job
# does; then the rules prepared with the kept forms (which writes them). Prints the lengths
# of the pattern texts `re.compile` parsed while the first article was suggested, and
# whether `compile_pattern` had to compile one (no kept form) meanwhile.
_FIRST_JOB = (
    """
import annotator.services.suggesting
from annotator.core import compiled_patterns
from annotator.core.suggest import prepare_rules, suggest
from annotator.services.kept_patterns import patterns_kept
"""
    + PARSED
    + """
gazetteer = annotator.services.suggesting.load_gazetteer()
suggest(open(sys.argv[1], encoding="utf-8").read(), gazetteer=gazetteer)
first = [list(parsed), compiled_patterns.compiled_here()]
_parser.parse = real
with patterns_kept():
    prepare_rules(gazetteer=gazetteer)
print(json.dumps(first))
"""
)


def test_a_later_sessions_first_article_before_preparing_parses_no_long_pattern(
    tmp_path: Path,
) -> None:
    article = tmp_path / "article.txt"
    # the samples hold page furniture's lines and lists of places ("Sudan and Chad")
    article.write_text(
        "\n\n".join(p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))), "utf-8"
    )
    parsed, compiled = _child(_FIRST_JOB, str(article), cache=tmp_path / "cache")
    assert compiled is True  # (the first session compiles them, and keeps their forms)
    parsed, compiled = _child(_FIRST_JOB, str(article), cache=tmp_path / "cache")
    assert compiled is False
    # Left: patterns made per word at run time (a noun's description, up to about 200).
    assert isinstance(parsed, list)
    assert all(isinstance(n, int) and n < 500 for n in parsed), parsed


@pytest.mark.parametrize(
    "build",
    [
        boilerplate._furniture,
        boilerplate._navigation,
        lambda: state_check._list_pattern(load_gazetteer()),
    ],
    ids=["furniture", "navigation", "list of places"],
)
def test_the_patterns_built_through_compile_pattern_equal_re_compiles(
    build: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, int]] = []

    def recorded(source: str, flags: int = 0) -> re.Pattern[str]:
        asked.append((source, int(flags)))
        return real_compile(source, flags)

    monkeypatch.setattr(boilerplate, "compile_pattern", recorded)
    monkeypatch.setattr(state_check, "compile_pattern", recorded)
    boilerplate._furniture.cache_clear()
    boilerplate._navigation.cache_clear()
    monkeypatch.setattr(state_check, "_LISTS", {})
    try:
        pattern = build()  # type: ignore[operator]
    finally:
        boilerplate._furniture.cache_clear()
        boilerplate._navigation.cache_clear()
    assert len(asked) == 1
    source, flags = asked[0]
    assert pattern == re.compile(source, flags)
    assert pattern.pattern == source
