"""Python 3.11's functional Enum API without its per-member bookkeeping, for PySide's enum types.

PySide turns every Qt enum into a Python `enum` class the first time its
class is used, through the functional API (`IntEnum("Key", [(name, value),
...])`). On CPython 3.11 that costs about 63,000 instructions a member and
340,000 a class (callgrind, gc off): each member goes through
`_EnumDict.__setitem__`, a `_proto_member` whose `__set_name__` deletes and
re-adds it through `EnumType`'s Python-level `__delattr__` and `__setattr__`,
and a walk of the bases for descriptors. The window's first frame makes PySide
build 224 enum types, 3,104 members; the `Qt` namespace alone (93 types, 1,195
members, 124 M instructions) was about 11% of the start-up (issue 16).
`quick_create` takes about 11,000 a member and 220,000 a class.

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
    """A checksum of the running Python's `EnumType._create_` (as it was when this
    module was imported), `EnumType.__new__`, `_EnumDict.__setitem__` and
    `_proto_member.__set_name__` (bytecode and names)."""
    total = 0
    for function in (
        _original_create,
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
    # Someone else's stand-in (a bench that notes every enum made) is left in place.
    if getattr(enum.EnumType, "_create_", None) is not _original_create or not installable():
        return False
    setattr(enum.EnumType, "_create_", quick_create)  # noqa: B010 (mypy knows no _create_)
    return True


def uninstall() -> None:
    """Give the functional Enum API its original back (for tests)."""
    if installed():
        setattr(enum.EnumType, "_create_", _original_create)  # noqa: B010


class _BaseFacts:
    """What EnumType.__new__ works out from the base alone, the same for every class on it.

    Worked out again as soon as one dictionary of the base's MRO changes size (a
    name added or removed); `quick_create` is otherwise exact only while nobody
    assigns to the enum base classes, which nothing does."""

    __slots__ = (
        "boundary",
        "first_enum",
        "generate_next_value",
        "is_flag",
        "member_type",
        "methods",
        "new_member",
        "save_new",
        "sizes",
        "taken",
        "use_args",
        "value_repr",
    )

    def __init__(self, cls: Any, sizes: tuple[int, ...]) -> None:
        metacls = cls.__class__
        bases = (cls,)
        self.sizes = sizes
        # every name the base's MRO defines (a member of that name takes other branches)
        self.taken = frozenset().union(*map(vars, cls.__mro__))
        self.member_type, self.first_enum = metacls._get_mixins_(cls.__name__, bases)
        self.generate_next_value = getattr(self.first_enum, "_generate_next_value_", None)
        # The class dictionary EnumType.__new__ passes holds no __new__.
        self.new_member, self.save_new, self.use_args = metacls._find_new_(
            {}, self.member_type, self.first_enum
        )
        self.value_repr = metacls._find_data_repr_(cls.__name__, bases)
        self.boundary = getattr(self.first_enum, "_boundary_", None)
        self.is_flag = issubclass(cls, enum.Flag)
        # The methods EnumType.__new__ sets on the new class after its members, in its
        # order. A new class defines none of these names itself (members are never
        # dunders), so what it finds for them is what the base finds.
        methods = []
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            found = getattr(cls, name)
            if found in (getattr(self.member_type, name), getattr(object, name)):
                methods.append((name, getattr(self.first_enum, name)))
        if self.is_flag:
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__"):
                methods.append((name, getattr(enum.Flag, name)))
            methods.append(("__invert__", enum.Flag.__invert__))
        self.methods = tuple(methods)


_facts: dict[type, _BaseFacts] = {}


def _facts_of(cls: Any) -> _BaseFacts:
    """The `_BaseFacts` of base `cls` (one of `_BASES`), worked out again if they changed."""
    sizes = tuple(map(len, map(vars, cls.__mro__)))
    known = _facts.get(cls)
    if known is None or known.sizes != sizes:
        known = _facts[cls] = _BaseFacts(cls, sizes)
    return known


def _plain_members(cls: type, names: object) -> list[tuple[str, int]] | None:
    """`names` as (name, int) pairs when `quick_create` can build them, else None."""
    if cls not in _BASES or type(names) is not list or not names:
        return None
    seen: set[str] = set()
    taken = _facts_of(cls).taken
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
    if module is None:
        # The original's frame hack, done here for both ways: 0 is this function, 1
        # EnumType.__call__, 2 its caller (the original, called from here, would find
        # EnumType.__call__ there). With no caller at all (never for PySide's types: they
        # are made while Python code runs) the original, called from here, takes the enum
        # module for the class's where it would have made the class unpicklable.
        try:
            module = sys._getframe(2).f_globals["__name__"]
        except (AttributeError, ValueError, KeyError):
            module = None
    members = None if type is not None or module is None else _plain_members(cls, names)
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
    facts = _facts_of(cls)
    member_type, new_member, use_args, is_flag = (
        facts.member_type,
        facts.new_member,
        facts.use_args,
        facts.is_flag,
    )
    # What _create_ and EnumType.__new__ leave in the class dictionary, in their order,
    # less the members (their _proto_members re-add them at the end, as below).
    classdict: dict[str, Any] = {
        "_generate_next_value_": facts.generate_next_value,
        "__module__": module,
    }
    if qualname is not None:
        classdict["__qualname__"] = qualname
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
    classdict["_value_repr_"] = facts.value_repr
    if is_flag:  # (EnumType.__new__ deletes these again from any other class)
        # What the members' __set_name__ leave in them, worked out from the values
        # (a member's value is its int); enum._is_single_bit, without a call a value.
        flag_mask = singles_mask = 0
        for _name, value in members:
            flag_mask |= value
            if value != 0 and value & (value - 1) == 0:
                singles_mask |= value
        classdict["_boundary_"] = boundary or facts.boundary
        classdict["_flag_mask_"] = flag_mask
        classdict["_singles_mask_"] = singles_mask
        classdict["_all_bits_"] = 2 ** (flag_mask.bit_length()) - 1
        classdict["_inverted_"] = None
    enum_class = type.__new__(cls.__class__, class_name, (cls,), classdict)
    # _proto_member.__set_name__, member by member.
    set_attribute = type.__setattr__
    custom_init = enum_class.__init__ is not enum.Enum.__init__
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
        if custom_init:  # Enum.__init__ does nothing
            member.__init__(value)
        member._sort_order_ = len(member_names)
        canonical = value_map.get(value)
        if canonical is not None:
            member = canonical  # an alias
        elif not is_flag or (value != 0 and value & (value - 1) == 0):
            member_names.append(name)
        member_map[name] = member
        value_map.setdefault(value, member)
    # Then the class attributes, in the same order: each one set invalidates Python's
    # cache of the class's attributes, which every member's attribute set above reads.
    for name, member in member_map.items():
        set_attribute(enum_class, name, member)
    # The rest of EnumType.__new__, as it runs for these bases (its ReprEnum and
    # _order_ branches never do).
    for name, method in facts.methods:
        set_attribute(enum_class, name, method)
    if facts.save_new:
        set_attribute(enum_class, "__new_member__", new_member)
    set_attribute(enum_class, "__new__", enum.Enum.__new__)
    if is_flag:
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_
    return enum_class
