"""Python 3.11's functional Enum API without its per-member bookkeeping, for PySide's enum types.

PySide6 turns every Qt enum into a Python `enum` class the first time its
class is used, through the functional API (`IntEnum("Key", [(name, value),
...])`). On CPython 3.11 that costs about 90,000 instructions a member: each
member goes through `_EnumDict.__setitem__`, a `_proto_member` whose
`__set_name__` deletes and re-adds it through `EnumType`'s Python-level
`__delattr__` and `__setattr__`, and a walk of the bases for descriptors. The
window's first frame makes PySide build 224 enum types, 3,104 members; the
`Qt` namespace alone (93 types, 1,195 members) was about 11% of the start-up's
instructions (issue 16).

`install` replaces `EnumType._create_` by `quick_create`, which builds the
very class the original builds (same class dictionary in the same order, same
members and aliases, same bookkeeping attributes), in one pass, for the only
shape PySide asks for: one of Enum, IntEnum, Flag or IntFlag as the base, a
list of distinct `(str, int)` pairs whose names clash with nothing the base
classes define. Anything else goes to the original. It is installed only on
the 3.11 `enum` whose code it was written from and checked against
(`_ORIGINAL_CODE`); on any other Python nothing changes.
tests/test_quick_enums.py compares every enum type of
QtCore, QtGui and QtWidgets built both ways.
"""

from __future__ import annotations

import enum
import sys
import zlib
from typing import Any

# A checksum of the bytecode of the 3.11 `enum` functions `quick_create` stands in for
# (see `enum_code_checksum`). Another checksum means another `enum`: not installed.
_ORIGINAL_CODE = 101_512_894

_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)

_original_create: Any = getattr(enum.EnumType, "_create_", None)


def enum_code_checksum() -> int:
    """A checksum of the running Python's `EnumType._create_`, `EnumType.__new__`,
    `_EnumDict.__setitem__` and `_proto_member.__set_name__` (bytecode and names)."""
    total = 0
    for function in (
        enum.EnumType._create_,  # type: ignore[attr-defined]
        enum.EnumType.__new__,
        enum._EnumDict.__setitem__,
        enum._proto_member.__set_name__,  # type: ignore[attr-defined]
    ):
        code = function.__code__
        total = zlib.crc32(code.co_code + " ".join(code.co_names).encode(), total)
    return total


def installable() -> bool:
    """Whether this Python's `enum` is the one `quick_create` reproduces."""
    try:
        return sys.implementation.name == "cpython" and enum_code_checksum() == _ORIGINAL_CODE
    except AttributeError:  # an `enum` without one of those functions
        return False


def installed() -> bool:
    """Whether the functional Enum API takes `quick_create` now."""
    return getattr(enum.EnumType, "_create_", None) is quick_create


def install() -> bool:
    """Make the functional Enum API take `quick_create` (once; True if it is in place)."""
    if installed():
        return True
    if not installable():
        return False
    setattr(enum.EnumType, "_create_", quick_create)  # noqa: B010 (mypy knows no _create_)
    return True


def uninstall() -> None:
    """Give the functional Enum API its original back (for tests)."""
    if installed():
        setattr(enum.EnumType, "_create_", _original_create)  # noqa: B010


def _plain_members(cls: type, names: object) -> list[tuple[str, int]] | None:
    """`names` as (name, int) pairs when `quick_create` can build them, else None."""
    if cls not in _BASES or type(names) is not list or not names:
        return None
    seen: set[str] = set()
    taken = set().union(*map(vars, cls.__mro__))
    for item in names:
        if type(item) is not tuple or len(item) != 2:
            return None
        name, value = item
        if type(name) is not str or type(value) is not int or not name or name in seen:
            return None
        # sunder, dunder and private names, 'mro', and anything a base defines
        # (a descriptor such as 'name' or 'value') take the original's other branches
        if name[0] == "_" or name == "mro" or name in taken:
            return None
        seen.add(name)
    return names


def quick_create(
    cls: Any,
    class_name: str,
    names: Any,
    *,
    module: str | None = None,
    qualname: str | None = None,
    type: Any = None,  # the original's keyword
    start: int = 1,
    boundary: Any = None,
) -> Any:
    """`EnumType._create_` (the functional API's class maker), in one pass for the
    shape described in the module docstring; the original for anything else."""
    members = None if type is not None else _plain_members(cls, names)
    if members is not None and module is None:
        # The original's frame hack: 0 is this function, 1 EnumType.__call__, 2 the caller.
        try:
            module = sys._getframe(2).f_globals["__name__"]
        except (AttributeError, ValueError, KeyError):
            module = None
    if members is None or module is None:
        return _original_create(
            cls,
            class_name,
            names,
            module=module,
            qualname=qualname,
            type=type,
            start=start,
            boundary=boundary,
        )
    return _build(cls, class_name, members, module, qualname, boundary)


def _build(
    cls: Any,
    class_name: str,
    members: list[tuple[str, int]],
    module: str,
    qualname: str | None,
    boundary: Any,
) -> Any:
    """The class `EnumType.__new__` makes of `members` (already checked), step for step."""
    metacls = cls.__class__
    bases = (cls,)
    member_type, first_enum = metacls._get_mixins_(class_name, bases)
    # What _create_ and EnumType.__new__ leave in the class dictionary, in their order,
    # less the members (their _proto_members re-add them at the end, as below).
    classdict: dict[str, Any] = {
        "_generate_next_value_": getattr(first_enum, "_generate_next_value_", None),
        "__module__": module,
    }
    if qualname is not None:
        classdict["__qualname__"] = qualname
    new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
    classdict["_new_member_"] = new_member
    classdict["_use_args_"] = use_args
    member_names: list[str] = []
    member_map: dict[str, Any] = {}
    value_map: dict[int, Any] = {}
    classdict["_member_names_"] = member_names
    classdict["_member_map_"] = member_map
    classdict["_value2member_map_"] = value_map
    classdict["_unhashable_values_"] = []
    classdict["_member_type_"] = member_type
    classdict["_value_repr_"] = metacls._find_data_repr_(class_name, bases)
    classdict["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
    classdict["_flag_mask_"] = 0
    classdict["_singles_mask_"] = 0
    classdict["_all_bits_"] = 0
    classdict["_inverted_"] = None
    enum_class = type.__new__(metacls, class_name, bases, classdict)
    # _proto_member.__set_name__, member by member.
    is_flag = issubclass(enum_class, enum.Flag)
    single_bit = enum._is_single_bit  # type: ignore[attr-defined]
    set_attribute = type.__setattr__
    flag_mask = singles_mask = 0
    for name, value in members:
        if use_args:
            member = new_member(enum_class, value)
            member._value_ = member_type(value)
        else:
            member = new_member(enum_class)
            member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(value)
        member._sort_order_ = len(member_names)
        if is_flag:
            flag_mask |= value
            if single_bit(value):
                singles_mask |= value
        canonical = value_map.get(value)
        if canonical is not None:
            member = canonical  # an alias
        elif not is_flag or single_bit(value):
            member_names.append(name)
        set_attribute(enum_class, name, member)
        member_map[name] = member
        value_map.setdefault(value, member)
    if is_flag:
        set_attribute(enum_class, "_flag_mask_", flag_mask)
        set_attribute(enum_class, "_singles_mask_", singles_mask)
        set_attribute(enum_class, "_all_bits_", 2 ** (flag_mask.bit_length()) - 1)
    # The rest of EnumType.__new__, as it runs for these bases.
    classdict.update(enum_class.__dict__)
    # (Its ReprEnum branch never runs here: the base is Enum, IntEnum, Flag or IntFlag.)
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name not in classdict:
            enum_method = getattr(first_enum, name)
            found_method = getattr(enum_class, name)
            if found_method in (getattr(member_type, name), getattr(object, name)):
                setattr(enum_class, name, enum_method)
    if is_flag:
        for name in (
            "__or__",
            "__and__",
            "__xor__",
            "__ror__",
            "__rand__",
            "__rxor__",
            "__invert__",
        ):
            if name not in classdict:
                enum_method = getattr(enum.Flag, name)
                setattr(enum_class, name, enum_method)
                classdict[name] = enum_method
    if save_new:
        enum_class.__new_member__ = new_member
    enum_class.__new__ = enum.Enum.__new__
    if not is_flag:
        for name in ("_boundary_", "_flag_mask_", "_singles_mask_", "_all_bits_", "_inverted_"):
            delattr(enum_class, name)
    else:
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_
    return enum_class
