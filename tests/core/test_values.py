"""Value and Record types behave as the frozen and plain dataclasses they replace."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from annotator.core.errors import AnnotatorError, InputError
from annotator.core.schema import Label, LabelSchema
from annotator.core.values import Record, Value, set_field
from annotator.services.edits import Change, Entry, Touched


class Point(Value):
    __slots__ = __match_args__ = ("x", "y")
    x: int
    y: int

    def __init__(self, x: int, y: int = 0) -> None:
        set_field(self, "x", x)
        set_field(self, "y", y)


class Box(Record):
    __slots__ = __match_args__ = ("items",)

    def __init__(self, items: list[int]) -> None:
        self.items = items


@dataclasses.dataclass(frozen=True)
class DataPoint:
    x: int
    y: int = 0


def test_a_value_is_equal_and_hashes_by_its_fields_and_only_within_its_class() -> None:
    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert hash(Point(1, 2)) == hash(Point(1, 2))
    assert len({Point(1, 2), Point(1, 2), Point(1, 3)}) == 2
    assert Point(1, 2) != (1, 2)
    assert Point(1, 2) != DataPoint(1, 2)


def test_a_value_is_shown_as_a_dataclass_is() -> None:
    assert repr(Point(1, 2)) == repr(DataPoint(1, 2)).replace("DataPoint", "Point")
    assert repr(Touched("review", "d1")) == "Touched(kind='review', document_id='d1')"


def test_a_value_refuses_to_be_changed() -> None:
    point = Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 5  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del point.y
    with pytest.raises(AttributeError):
        point.z = 1  # type: ignore[attr-defined]
    assert point == Point(1, 2)


def test_with_gives_a_changed_copy_and_names_an_unknown_field() -> None:
    point = Point(1, 2)
    assert point.with_(y=7) == Point(1, 7)
    assert point == Point(1, 2)
    assert point.field_dict() == {"x": 1, "y": 2}
    with pytest.raises(TypeError, match="'z'"):
        point.with_(z=1)


def test_values_survive_copy_and_pickle() -> None:
    change = Change("span_added", "d1", "s1", 3, 9, shown=(), partial=True)
    assert pickle.loads(pickle.dumps(change)) == change
    assert copy.deepcopy(change) == change
    schema = LabelSchema((Label("QUOTE", "#000000", "q"),))
    assert schema.has_label("QUOTE")  # fills the cached lookup, which is not a field
    again = pickle.loads(pickle.dumps(schema))
    assert again == schema
    assert again.label("QUOTE").hotkey == "q"


def test_a_record_is_mutable_equal_by_fields_and_unhashable() -> None:
    box = Box([1])
    box.items.append(2)
    box.items = [3]
    assert box == Box([3])
    assert box != Box([4])
    assert repr(box) == "Box(items=[3])"
    with pytest.raises(TypeError):
        hash(box)
    edit = object()
    assert Entry(edit, True) == Entry(edit, True)  # type: ignore[arg-type]


def test_user_errors_compare_and_show_their_file_and_line() -> None:
    error = InputError("bad record", file="a.jsonl", line=4)
    assert error == InputError("bad record", file="a.jsonl", line=4)
    assert error != AnnotatorError("bad record", file="a.jsonl", line=4)
    assert str(error) == "a.jsonl, line 4: bad record"
    assert repr(error) == "InputError(reason='bad record', file='a.jsonl', line=4)"
    assert error.args == ("bad record",)
    restored = pickle.loads(pickle.dumps(error))
    assert (restored.reason, restored.file, restored.line) == ("bad record", "a.jsonl", 4)
