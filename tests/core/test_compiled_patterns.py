"""Compiled forms of the large rule patterns: a pattern built from the form an earlier
process kept is the very pattern `re.compile` makes, and a form that does not fit is
never used (issue 16: the session's first suggestions waited for the compile)."""

from __future__ import annotations

import array
import json
import re
from collections.abc import Iterator

import pytest

from annotator.core import compiled_patterns as compiled
from annotator.core.suggest import casualties

PATTERNS = casualties.LazyPattern.made


@pytest.fixture
def fresh() -> Iterator[None]:
    """This process as one that has compiled no lazy pattern and knows no form; put back
    after (so that later tests do not compile again)."""
    kept = [p._compiled for p in PATTERNS]
    state = dict(compiled._FORMS), set(compiled._USED), compiled._NEW[0]
    compiled._FORMS.clear()
    compiled._USED.clear()
    for p in PATTERNS:
        p._compiled = None
    yield
    for p, pattern in zip(PATTERNS, kept, strict=True):
        p._compiled = pattern
    compiled._FORMS.clear()
    compiled._FORMS.update(state[0])
    compiled._USED.clear()
    compiled._USED.update(state[1])
    compiled._NEW[0] = state[2]


def _compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every pattern parsed from its text from now on."""
    assert compiled._ENGINE is not None
    parse, generate, build = compiled._ENGINE
    parsed: list[str] = []

    def watched(source: str, flags: int = 0):  # type: ignore[no-untyped-def]
        parsed.append(source)
        return parse(source, flags)

    monkeypatch.setattr(compiled, "_ENGINE", (watched, generate, build))
    return parsed


def _forget_compiled() -> None:
    compiled._FORMS.clear()
    compiled._USED.clear()
    for p in PATTERNS:
        p._compiled = None


def test_every_lazy_pattern_from_its_kept_form_is_the_pattern_re_compiles(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    casualties.LazyPattern.compile_all()
    assert compiled.compiled_here()
    data = b"".join(compiled.compiled_forms())
    assert not compiled.compiled_here()
    _forget_compiled()  # a later process
    parsed = _compiles_nothing(monkeypatch)
    assert compiled.remember(data) == len(PATTERNS)
    casualties.LazyPattern.compile_all()
    assert parsed == []
    assert not compiled.compiled_here()
    for p in PATTERNS:
        # Pattern equality compares the flags, the text and the engine's code.
        assert p.compiled == re.compile(p._source, p._flags)
        assert p.compiled.groupindex == re.compile(p._source, p._flags).groupindex


def test_forms_of_another_engine_or_damaged_are_not_used(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    casualties.LazyPattern.compile_all()
    data = b"".join(compiled.compiled_forms())
    head, _newline, body = data.partition(b"\n")
    header = json.loads(head)
    foreign = json.dumps({**header, "engine": "another Python"}).encode() + b"\n" + body
    forms = header["forms"]
    wrong_groups = json.dumps({**header, "forms": [[*forms[0][:4], [], forms[0][5]], *forms[1:]]})
    too_deep = b"[" * 200_000 + b"]" * 200_000
    for bad in (
        b"",
        b"not a header\n",
        foreign,
        data[:-4],
        data + b"\0\0\0\0",
        head + b"\n",
        too_deep + b"\n" + body,
        wrong_groups.encode() + b"\n" + body,
    ):
        _forget_compiled()
        assert compiled.remember(bad) == 0
        assert compiled._FORMS == {}
    # A form the engine refuses (its code damaged) is compiled again, the ordinary way.
    _forget_compiled()
    assert compiled.remember(data) == len(PATTERNS)
    first = next(iter(compiled._FORMS))
    flags, code, groups, groupindex, indexgroup = compiled._FORMS[first]
    damaged = array.array("I", [0xFFFF, *code[1:]])
    compiled._FORMS[first] = (flags, damaged, groups, groupindex, indexgroup)
    parsed = _compiles_nothing(monkeypatch)
    casualties.LazyPattern.compile_all()
    assert len(parsed) == 1
    for p in PATTERNS:
        assert p.compiled == re.compile(p._source, p._flags)


def test_a_pattern_the_rules_build_matches_as_re_compile_s(fresh: None) -> None:
    source = r"\b(?P<count>\d+)\s+(?:people|civilians)\b(?=\s+(?:killed|dead))"
    built = compiled.compile_pattern(source, re.IGNORECASE)
    text = "At least 12 Civilians killed, 3 people dead, 4 people injured."
    expected = re.compile(source, re.IGNORECASE)
    assert built == expected
    assert [m.span("count") for m in built.finditer(text)] == [
        m.span("count") for m in expected.finditer(text)
    ]


def test_re_compile_is_put_back_after_building_from_forms() -> None:
    real = re.compile
    with compiled.built_from_forms():
        assert re.compile is not real
        with compiled.built_from_forms():  # nested (another thread importing)
            assert re.compile(r"(?P<n>\d+) dead", re.I) == real(r"(?P<n>\d+) dead", re.I)
        assert re.compile is not real
        assert re.compile(b"bytes too") == real(b"bytes too")
    assert re.compile is real


def test_without_the_engine_s_parts_re_compile_still_compiles_while_routed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another interpreter (no re._parser): compile_pattern is re.compile, the real one.
    monkeypatch.setattr(compiled, "_ENGINE", None)
    with compiled.built_from_forms():
        assert re.compile(r"\d+ killed") == compiled._REAL_COMPILE(r"\d+ killed")


def test_private_steps_that_fail_in_this_interpreter_fall_back_to_re_compile(
    monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    # A later Python whose code generator takes other arguments: the ordinary compile,
    # not an error in the middle of the user's suggestions.
    assert compiled._ENGINE is not None
    parse, _generate, build = compiled._ENGINE

    def changed(parsed: object, flags: int, extra: object) -> list[int]:
        raise AssertionError("never called with two arguments")

    monkeypatch.setattr(compiled, "_ENGINE", (parse, changed, build))
    pattern = compiled.compile_pattern(r"(?P<n>\d+) were killed", re.I)
    assert pattern == compiled._REAL_COMPILE(r"(?P<n>\d+) were killed", re.I)
    assert not compiled._FORMS  # nothing kept from a step that failed
    with pytest.raises(re.error):  # a bad pattern still raises what re.compile raises
        compiled.compile_pattern(r"(unclosed")


def test_private_steps_are_used_only_when_they_build_what_re_compile_builds() -> None:
    parts = compiled._engine()
    assert parts is not None
    assert compiled._engine_agrees(parts) == parts
    parse, generate, build = parts

    def other_code(parsed: object, flags: int) -> list[int]:
        code = list(generate(parsed, flags))
        code[-1:] = [code[-1], code[-1]]  # a trailing op twice: valid, but not re's code
        return code

    assert compiled._engine_agrees((parse, other_code, build)) is None
    assert compiled._engine_agrees(None) is None
