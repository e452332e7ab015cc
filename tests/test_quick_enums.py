"""annotator.quick_enums builds the very enum classes Python's own functional API builds.

Compared: each class's dictionary (keys in order, and what each holds), its
members (their attributes, aliases, order), and what code sees of it (iteration,
lookup by value and name, str/repr/format, flag arithmetic, pickling, values
that are no member). Once for hand-made enums of every shape PySide asks for,
and once for every enum type of QtCore, QtGui and QtWidgets, built in two fresh
processes, one with the quick path and one without.
"""

from __future__ import annotations

import enum
import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator import quick_enums

REPO = Path(__file__).resolve().parents[1]

needs_quick_path = pytest.mark.skipif(
    not quick_enums.installable(), reason="another Python's enum: quick_enums stays out"
)


def _form(value: Any, owner: type) -> Any:
    """`value` as plain data, comparable between two builds (and two processes)."""
    if isinstance(value, enum.Enum):
        kind = "member" if type(value) is owner else type(value).__qualname__
        return [kind, value._name_, _form(value._value_, owner)]
    if isinstance(value, bool | int | str | float) or value is None:
        return [type(value).__name__, value]
    if isinstance(value, list | tuple):
        return [type(value).__name__, [_form(v, owner) for v in value]]
    if isinstance(value, dict):
        return ["dict", [[_form(k, owner), _form(v, owner)] for k, v in value.items()]]
    if value is owner:
        return ["the class"]
    name = getattr(value, "__qualname__", None) or type(value).__qualname__
    return ["object", type(value).__qualname__, name, getattr(value, "__module__", None)]


def _outcome(call: Any) -> Any:
    try:
        return ["value", call()]
    except Exception as exc:
        return ["raised", type(exc).__name__, str(exc)]


def describe(cls: Any) -> dict[str, Any]:
    """Everything about enum class `cls` that the two builds must agree on."""
    members = list(cls.__members__.items())
    values = [member._value_ for _name, member in members]
    unknown = [max(values, default=0) * 2 + 7, -3]
    seen: list[Any] = []
    attributes = []
    for _name, member in members:
        if any(member is m for m in seen):
            continue
        seen.append(member)
        attributes.append(
            [
                type(member) is cls,
                {k: _form(v, cls) for k, v in sorted(vars(member).items())},
                repr(member),
                str(member),
                format(member),
                _outcome(lambda m=member: int(m)),
                hash(member) == hash(member._name_),
            ]
        )
    behaviour: dict[str, Any] = {
        "iterated": [m._name_ for m in cls],
        "reversed": [m._name_ for m in reversed(cls)],
        "len": len(cls),
        "repr": repr(cls),
        "aliases": [[n, m._name_] for n, m in members],
        "by value": [_outcome(lambda v=v: cls(v)._name_) for v in [*values, *unknown]],
        "unknown": [_outcome(lambda v=v: repr(cls(v))) for v in unknown],
        "by name": [_outcome(lambda n=n: cls[n]._name_) for n, _m in members],
        "contains": [m in cls for _n, m in members],
    }
    if issubclass(cls, enum.Flag) and members:
        first, last = members[0][1], members[-1][1]
        behaviour["flags"] = [
            _outcome(lambda: repr(first | last)),
            _outcome(lambda: repr(first & last)),
            _outcome(lambda: repr(first ^ last)),
            _outcome(lambda: repr(~first)),
            _outcome(lambda: repr(cls(0))),
            _outcome(lambda: [m._name_ for m in first | last]),
        ]
    return {
        "name": [cls.__name__, cls.__qualname__, cls.__module__],
        "type": type(cls).__qualname__,
        "mro": [c.__qualname__ for c in cls.__mro__],
        "dict": [[key, _form(value, cls)] for key, value in vars(cls).items()],
        "members": attributes,
        "behaviour": behaviour,
    }


def _both_ways(base: Any, names: Any, **options: Any) -> tuple[Any, Any]:
    """(what the original makes, what quick_create makes) of the same call."""
    original = quick_enums._original_create(base, "Sample", names, **options)
    quick = quick_enums.quick_create(base, "Sample", names, **options)
    return original, quick


SHAPES = {
    "plain": [("North", 0), ("South", 1), ("East", 2), ("West", 3)],
    "aliases": [("Low", 1), ("Bottom", 1), ("High", 9), ("Top", 9), ("Mid", 5)],
    "negative and large": [("Minus", -1), ("Zero", 0), ("Huge", 2**40), ("Big", 0x7FFFFFFF)],
    "unsorted": [("C", 30), ("A", 10), ("B", 20)],
    "bits": [("NoFlag", 0), ("A", 1), ("B", 2), ("AB", 3), ("C", 8), ("All", 11)],
    "bits unsorted": [("C", 4), ("A", 1), ("B", 2), ("Mask", 0xFF00), ("Top", 0x8000)],
    "one": [("Only", 1)],
}


@needs_quick_path
@pytest.mark.parametrize("base", [enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_quick_create_makes_the_class_the_functional_api_makes(base: Any, shape: str) -> None:
    original, quick = _both_ways(
        base, SHAPES[shape], module=__name__, boundary=enum.FlagBoundary.KEEP
    )
    assert describe(quick) == describe(original)


@needs_quick_path
def test_the_module_is_found_as_the_original_finds_it() -> None:
    # PySide passes no module: both read it from the frame that called the enum type.
    functional: Any = enum.IntEnum
    shapes: tuple[Any, ...] = (
        [("A", 1), ("B", 2)],
        "A B",
        [],
    )  # the quick shape, then two the original makes
    originals = [functional("Sample", names) for names in shapes]
    assert quick_enums.install() is True
    try:
        assert quick_enums.installed()
        quicks = [functional("Sample", names) for names in shapes]
    finally:
        quick_enums.uninstall()
    assert not quick_enums.installed()
    for quick, original in zip(quicks, originals, strict=True):
        assert quick.__module__ == original.__module__ == __name__
        assert describe(quick) == describe(original)


Pickled = quick_enums.quick_create(
    enum.IntFlag, "Pickled", [("A", 1), ("B", 2), ("C", 4)], module=__name__, qualname="Pickled"
)


def test_members_of_a_quick_class_pickle_and_come_back_the_same() -> None:
    for member in [Pickled.A, Pickled.A | Pickled.C, Pickled(0)]:
        assert pickle.loads(pickle.dumps(member)) is member


@needs_quick_path
@pytest.mark.parametrize(
    "names",
    [
        [("name", 1), ("B", 2)],  # 'name' and 'value' are the bases' properties
        [("A", 1), ("value", 2)],
        [("real", 1)],  # int's own attributes
        [("_private", 1)],
        [("mro", 1)],
        [("A", True)],  # not int
        [("A", 1.5)],
        [("A", 1), ("A", 2)],  # a name twice: the original's error
        "A B C",  # names without values
        ["A", "B"],
        [],
        [("A", 1, 2)],
        {"A": 1, "B": 2},
    ],
)
def test_any_other_shape_is_left_to_the_original(names: Any) -> None:
    outcomes = [
        _outcome(lambda make=make: describe(make(enum.IntEnum, "Sample", names, module=__name__)))
        for make in (quick_enums._original_create, quick_enums.quick_create)
    ]
    assert outcomes[0] == outcomes[1]
    assert quick_enums._plain_members(enum.IntEnum, names) is None


def test_a_class_of_another_base_or_mixin_is_left_to_the_original() -> None:
    class Base(enum.Enum):
        def describe(self) -> str:
            return self.name.lower()

    quick = quick_enums.quick_create(Base, "Sample", [("A", 1)], module=__name__)
    assert quick.A.describe() == "a"
    assert quick_enums._plain_members(Base, [("A", 1)]) is None
    mixed = quick_enums.quick_create(enum.Enum, "Sample", [("A", 1)], module=__name__, type=str)
    assert mixed.A.value == "1"


def test_it_is_not_installed_on_an_enum_it_was_not_written_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(quick_enums, "_ORIGINAL_CODE", quick_enums.enum_code_checksum() + 1)
    assert quick_enums.install() is False
    assert not quick_enums.installed()


@needs_quick_path
def test_it_stays_installable_once_installed_and_leaves_another_stand_in_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    try:
        assert quick_enums.install() is True
        assert quick_enums.installable()  # checks the original, not what is in place now
        assert quick_enums.install() is True
    finally:
        quick_enums.uninstall()

    def stand_in(*args: Any, **kwargs: Any) -> Any:
        return quick_enums._original_create(*args, **kwargs)

    monkeypatch.setattr(enum.EnumType, "_create_", stand_in, raising=False)
    assert quick_enums.install() is False
    assert getattr(enum.EnumType, "_create_") is stand_in  # noqa: B009


def test_the_python_this_project_runs_on_gets_the_quick_path() -> None:
    # The checksum belongs to the enum module of CPython 3.11.7, the interpreter it was
    # written from and checked against. Another 3.11 patch release may change that module:
    # then the quick path stays out (start-up is slower, nothing else changes) and this
    # test skips; compare the new enum with quick_create before adding its checksum.
    if sys.implementation.name != "cpython" or sys.version_info[:3] != (3, 11, 7):
        pytest.skip(f"quick_enums was checked against CPython 3.11.7, not {sys.version}")
    assert quick_enums.installable(), quick_enums.enum_code_checksum()


CHILD = """
import enum, json, sys
sys.path.insert(0, {repo!r})
from tests.test_quick_enums import describe, pyside_enums
from annotator import quick_enums
quick = 0
if sys.argv[1] == "quick":
    assert quick_enums.install()
    made = quick_enums._build
    def counted(*args):
        global quick
        quick += 1
        return made(*args)
    quick_enums._build = counted
found = {{name: describe(cls) for name, cls in pyside_enums()}}
print(json.dumps({{"quick": quick, "enums": found}}))
"""


def pyside_enums() -> Iterator[tuple[str, Any]]:
    """Every enum type of QtCore, QtGui and QtWidgets, by dotted name (builds them all)."""
    import importlib

    for module_name in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"):
        module = importlib.import_module(module_name)
        for name in sorted(dir(module)):
            thing = getattr(module, name)
            if isinstance(thing, enum.EnumType):
                yield f"{module_name}.{name}", thing
            elif isinstance(thing, type):
                for inner in sorted(vars(thing)):
                    value = vars(thing)[inner]
                    if isinstance(value, enum.EnumType):
                        yield f"{module_name}.{name}.{inner}", value


@needs_quick_path
@pytest.mark.slow
def test_every_enum_type_of_pyside_is_built_the_same_by_the_quick_path() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    seen = {}
    for way in ("original", "quick"):
        ran = subprocess.run(
            [sys.executable, "-c", CHILD.format(repo=str(REPO)), way],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        seen[way] = json.loads(ran.stdout)
    original, quick = seen["original"]["enums"], seen["quick"]["enums"]
    assert len(original) > 600  # every class's enum types were reached
    assert sorted(quick) == sorted(original)
    differ = [name for name in original if quick[name] != original[name]]
    assert differ == []
    # Most of them really went the quick way (the rest: empty ones, odd names).
    assert seen["quick"]["quick"] > 0.9 * len(original)
    assert seen["original"]["quick"] == 0
