"""Shiboken's support modules are compiled once and kept (annotator.kept_support_code)."""

from __future__ import annotations
import __future__

import builtins
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import kept_support_code
from annotator.kept_support_code import FUTURE_FLAGS, kept_while_importing

REPO = Path(__file__).resolve().parents[1]
ANNOTATIONS = __future__.annotations.compiler_flag
SOURCE = b"def f(x: Undefined) -> None:\n    return None\n"
NAME = "shibokensupport/example.py"


def test_the_inherited_flags_are_the_future_features() -> None:
    # nested_scopes' flag (CO_NESTED) also marks every nested function's code: it is not
    # one that `compile` takes over (CPython's PyCF_MASK leaves it out)
    flags = 0
    for name in __future__.all_feature_names:
        if name != "nested_scopes":
            flags |= getattr(__future__, name).compiler_flag
    assert flags == FUTURE_FLAGS


def _compile_as_shiboken(source: bytes, name: str = NAME) -> object:
    """`compile(source, name, "exec")` called from code with `from __future__ import
    annotations`, as shiboken's loader calls it."""
    caller = compile(
        "def load(source, name):\n    return compile(source, name, 'exec')\n",
        "loader",
        "exec",
        ANNOTATIONS,
        True,
    )
    space: dict[str, object] = {}
    exec(caller, space)
    load = space["load"]
    assert callable(load)
    return load(source, name)


def _reference(source: bytes, flags: int = ANNOTATIONS, name: str = NAME) -> object:
    """What `compile` itself makes (code objects compare by their code, constants,
    names, flags and line table; `marshal.dumps` differs with reference counts)."""
    return compile(source, name, "exec", flags, True)


def _count_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names `compile` itself is called for from now on."""
    calls: list[str] = []
    real = builtins.compile

    def counting(source: object, filename: object, *args: object, **kwargs: object) -> object:
        calls.append(str(filename))
        return real(source, filename, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "compile", counting)
    return calls


def test_the_code_is_compiled_once_then_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "kept.marshal"
    calls = _count_compiles(monkeypatch)
    with kept_while_importing(kept):
        first = _compile_as_shiboken(SOURCE)
    assert calls.count(NAME) == 1
    assert kept.exists()
    with kept_while_importing(kept):
        second = _compile_as_shiboken(SOURCE)
    assert calls.count(NAME) == 1  # not compiled again
    # the caller's `from __future__ import annotations` is taken over, as `compile` does
    assert first == second == _reference(SOURCE)
    assert builtins.compile.__name__ == "counting"  # given back


def test_a_changed_source_is_compiled_again_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "kept.marshal"
    with kept_while_importing(kept):
        _compile_as_shiboken(SOURCE)
    changed = SOURCE + b"VALUE = 2\n"
    reference = _reference(changed)
    calls = _count_compiles(monkeypatch)
    with kept_while_importing(kept):
        code = _compile_as_shiboken(changed)
    assert calls.count(NAME) == 1
    with kept_while_importing(kept):
        again = _compile_as_shiboken(changed)
    assert calls.count(NAME) == 1
    assert code == again == reference


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps([1, 2])])
def test_a_damaged_file_means_compiling_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    kept = tmp_path / "kept.marshal"
    kept.write_bytes(content)
    with kept_while_importing(kept):
        code = _compile_as_shiboken(SOURCE)
    assert code == _reference(SOURCE)
    calls = _count_compiles(monkeypatch)
    with kept_while_importing(kept):
        _compile_as_shiboken(SOURCE)
    assert NAME not in calls  # rewritten whole


def test_an_unwritable_folder_means_compiling_as_usual(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    with kept_while_importing(blocker / "kept.marshal"):
        code = _compile_as_shiboken(SOURCE)
    assert code == _reference(SOURCE)


def test_other_compile_calls_are_passed_on_unchanged(tmp_path: Path) -> None:
    kept = tmp_path / "kept.marshal"
    with kept_while_importing(kept):
        # from this module (its own __future__ annotations), from plain code, and asked
        # not to inherit, an AST: each as `compile` itself makes it
        inherited = compile(SOURCE, "other.py", "exec")
        plain_space: dict[str, object] = {}
        exec(
            compile(
                "def load(s):\n    return compile(s, 'other.py', 'exec')\n", "x", "exec", 0, True
            ),
            plain_space,
        )
        plain = plain_space["load"](SOURCE)  # type: ignore[operator]
        alone = compile(SOURCE, "other.py", "exec", dont_inherit=True)
        tree = compile(SOURCE, NAME, "exec", 1024)  # ast.PyCF_ONLY_AST
        evaluated = compile("1 + 2", "expr", "eval")
    assert inherited == _reference(SOURCE, ANNOTATIONS, "other.py")
    assert plain == _reference(SOURCE, 0, "other.py")
    assert alone == _reference(SOURCE, 0, "other.py")
    assert type(tree).__name__ == "Module"
    assert eval(evaluated) == 3
    assert not kept.exists()  # nothing of shiboken's was compiled


def test_pyside_starts_from_the_kept_code_and_works(tmp_path: Path) -> None:
    """Two fresh processes: the first compiles and keeps shiboken's modules, the second
    compiles none of them; the kept code is what `compile` makes of the kept source,
    and PySide's signatures (its loader, parser and layout) work."""
    kept = tmp_path / "kept.marshal"
    script = f"""
import builtins, json
from pathlib import Path
from annotator.kept_support_code import kept_while_importing
compiled = []
real = builtins.compile
def counting(source, filename, *args, **kwargs):
    compiled.append(str(filename))
    return real(source, filename, *args, **kwargs)
builtins.compile = counting
with kept_while_importing(Path({str(kept)!r})):
    from PySide6.QtCore import QObject
try:  # the message is built by shiboken's signature support (loader, parser, layout)
    QObject().setObjectName(1)
except TypeError as error:
    signature = str(error)
print(json.dumps([[c for c in compiled if c.startswith("shibokensupport/")], signature]))
"""
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        runs.append(done.stdout.strip().splitlines()[-1])
    import json

    (first, first_signature), (second, second_signature) = map(json.loads, runs)
    if not first:
        pytest.skip("this PySide6 compiles no support source at import")
    assert len(first) >= 10
    assert second == []
    assert first_signature == second_signature
    assert "Supported signatures" in first_signature
    assert "setObjectName(name: str" in first_signature
    entries = marshal.loads(kept.read_bytes())
    modules = {key: entry for key, entry in entries.items() if key[0] != "re"}
    assert {name for name, _flags in modules} == set(first)
    for (name, flags), (source, code) in modules.items():
        assert code == compile(source, name, "exec", flags, True)
    # the support modules' own patterns (the signature parser's, over 6,000 characters)
    patterns = [key for key in entries if key[0] == "re"]
    assert any(len(source) > 5000 for _re, source, _flags in patterns)


def test_the_kept_file_is_in_the_cache_folder_per_python() -> None:
    path = kept_support_code.kept_code_file()
    assert sys.implementation.cache_tag in path.name
    assert path.parent.name == "annotator"


PATTERNS = [
    (r"(?P<name>[A-Z]\w+)(?:\s+(?P<rank>\d+))?", 0),
    (r"killed|dead|(?i:wounded)\b", 0),
    (r"^ \d+ # a number\n", re.VERBOSE | re.MULTILINE),
    (r"[^\W\d]+?(?=\s)|\u00e9t\u00e9", re.IGNORECASE),
]


def test_patterns_are_built_once_then_from_their_kept_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "kept.marshal"
    references = [re.compile(source, flags) for source, flags in PATTERNS]
    with kept_while_importing(kept):
        first = [re.compile(source, flags) for source, flags in PATTERNS]
    assert first == references
    parsed: list[str] = []
    real_parse = re._parser.parse  # type: ignore[attr-defined]

    def counting(source: str, flags: int = 0, state: object = None) -> object:
        parsed.append(source)
        return real_parse(source, flags, state)

    monkeypatch.setattr(re._parser, "parse", counting)  # type: ignore[attr-defined]
    re.purge()  # re's own cache of this process's patterns
    with kept_while_importing(kept):
        second = [re.compile(source, flags) for source, flags in PATTERNS]
    assert not set(parsed) & {source for source, _flags in PATTERNS}  # (the probe is parsed)
    assert second == references
    for pattern, reference in zip(second, references, strict=True):
        assert pattern.groupindex == reference.groupindex
        assert pattern.groups == reference.groups
        assert pattern.flags == reference.flags
    assert second[0].match("Colonel 12").groupdict() == {"name": "Colonel", "rank": "12"}
    assert re.compile.__module__ == "re"  # given back


def test_patterns_it_does_not_keep_are_compiled_as_usual(tmp_path: Path) -> None:
    kept = tmp_path / "kept.marshal"
    with kept_while_importing(kept):
        raw = re.compile(rb"\d+")
        debug_free = re.compile(r"a+", re.NOFLAG)
        with pytest.raises(re.error):
            re.compile(r"(unclosed")
    assert raw == re.compile(rb"\d+")
    assert debug_free == re.compile(r"a+")
    assert ("re", r"a+", 0) in marshal.loads(kept.read_bytes())
    assert not any(key[1] == r"(unclosed" for key in marshal.loads(kept.read_bytes()))


def test_a_form_the_engine_refuses_is_compiled_again(tmp_path: Path) -> None:
    kept = tmp_path / "kept.marshal"
    source = r"(?P<n>\d+) killed"
    with kept_while_importing(kept):
        re.compile(source)
    entries = marshal.loads(kept.read_bytes())
    flags, _code, groups, groupindex, indexgroup = entries["re", source, 0]
    entries["re", source, 0] = (flags, (1, 2, 3), groups, groupindex, indexgroup)
    kept.write_bytes(marshal.dumps(entries))
    with kept_while_importing(kept):
        pattern = re.compile(source)
    assert pattern == re.compile(source)
    assert pattern.match("12 killed") is not None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
def test_a_file_others_can_write_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "kept.marshal"
    with kept_while_importing(kept):
        _compile_as_shiboken(SOURCE)
    kept.chmod(0o666)
    calls = _count_compiles(monkeypatch)
    with kept_while_importing(kept):
        code = _compile_as_shiboken(SOURCE)
    assert NAME in calls  # compiled, not read
    assert code == _reference(SOURCE)
    assert kept.stat().st_mode & 0o777 == 0o600  # written again, the user's own


def test_no_cache_folder_means_compiling_as_usual(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> Path:
        raise RuntimeError("could not determine the home directory")

    monkeypatch.setattr(kept_support_code, "kept_code_file", refuse)
    with kept_while_importing():
        code = _compile_as_shiboken(SOURCE)
        pattern = re.compile(r"\d+ killed")
    assert code == _reference(SOURCE)
    assert pattern == re.compile(r"\d+ killed")
