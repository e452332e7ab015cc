"""Immutable value types without the code a dataclass generates when its class is defined.

A frozen dataclass compiles its `__init__`, `__repr__`, `__eq__`, `__hash__`,
`__setattr__` and `__delattr__` from source each time the module defining it
is imported: about 4 M instructions per class in Python 3.11, and the window
defined some 30 of them before its first frame (issue 16). A `Value`
subclass names its fields in `__match_args__` (what a dataclass sets too),
keeps them in `__slots__` and writes its `__init__` with `object.__setattr__`;
everything else behaves as a frozen dataclass's: equality with an instance of
the same class field by field, the hash of the fields, the same `repr`,
`dataclasses.FrozenInstanceError` on assignment, copy and pickle by fields.
`dataclasses.replace` and `fields` do not apply; `with_` is the `replace`.
A `Record` is the same for a mutable dataclass: equality and repr by fields,
unhashable, fields assigned as usual.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, Self

# Fields are set once, in __init__, past the refusing __setattr__.
set_field = object.__setattr__


class Fields:
    """Equality and repr by the fields named in `__match_args__`."""

    __slots__ = ()
    __match_args__: ClassVar[tuple[str, ...]] = ()

    def field_values(self) -> tuple[Any, ...]:
        """The fields' values in `__match_args__` order (the `__init__` order)."""
        return tuple([getattr(self, name) for name in self.__match_args__])

    def field_dict(self) -> dict[str, Any]:
        """Field name -> value, in `__init__` order (what a dataclass's `vars` gave)."""
        return {name: getattr(self, name) for name in self.__match_args__}

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            assert isinstance(other, Fields)
            return self.field_values() == other.field_values()
        return NotImplemented

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{type(self).__qualname__}({fields})"


class Record(Fields):
    """Base of a mutable record: as a dataclass without `frozen` (see the module docstring)."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]  # equal by its fields, which may change


class Value(Fields):
    """Base of an immutable value type (see the module docstring)."""

    __slots__ = ()

    def with_(self, **changes: Any) -> Self:
        """A copy with `changes` (field name -> value) applied, as `dataclasses.replace`."""
        values = {name: getattr(self, name) for name in self.__match_args__}
        unknown = changes.keys() - values.keys()
        if unknown:
            raise TypeError(f"{type(self).__qualname__} has no field {sorted(unknown)[0]!r}")
        values.update(changes)
        return type(self)(**values)

    def __hash__(self) -> int:
        return hash(self.field_values())

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), self.field_values())
