"""The label schema: the shipped default, typed attributes, malformed schemas."""

from __future__ import annotations

import pytest

from annotator.core.errors import SchemaError
from annotator.core.schema import default_schema, schema_from_dict


def test_default_schema_has_quote_casualty_actor_and_speaker() -> None:
    schema = default_schema()
    assert schema.names == ["QUOTE", "CASUALTY", "ACTOR"]
    speaker = schema.relation("speaker")
    assert (speaker.head, speaker.tail) == ("QUOTE", "ACTOR")
    assert {a.name for a in schema.label("CASUALTY").attributes} == {
        "count_low",
        "count_high",
        "kind",
        "victims",
    }
    assert schema.label("ACTOR").attribute("type") is not None
    assert schema.by_hotkey("1") == schema.label("QUOTE")
    assert schema.by_hotkey("9") is None


def test_schema_survives_a_round_trip_through_its_json_form() -> None:
    schema = default_schema()
    assert schema_from_dict(schema.to_dict()) == schema


def test_attributes_are_checked_and_coerced() -> None:
    schema = default_schema()
    clean = schema.validate_attributes(
        "CASUALTY", {"count_low": "408", "count_high": 410, "kind": "killed", "victims": None}
    )
    assert clean == {"count_low": 408, "count_high": 410, "kind": "killed"}


@pytest.mark.parametrize(
    ("label", "attributes", "message"),
    [
        ("CASUALTY", {"count_low": "many"}, "CASUALTY.count_low must be a whole number"),
        ("CASUALTY", {"count_low": True}, "whole number"),
        ("CASUALTY", {"kind": "wounded"}, "must be one of killed"),
        ("ACTOR", {"rank": "general"}, "has no attribute 'rank'"),
        ("WEAPON", {}, "unknown label 'WEAPON'"),
    ],
)
def test_bad_attributes_name_the_label_attribute_and_problem(
    label: str, attributes: dict[str, object], message: str
) -> None:
    with pytest.raises(SchemaError, match=message):
        default_schema().validate_attributes(label, attributes)


def test_unknown_relation_type_names_the_known_ones() -> None:
    with pytest.raises(SchemaError, match="known: speaker"):
        default_schema().relation("target")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "malformed label schema"),
        ({"labels": [{"color": "#000000"}]}, "malformed label schema"),
        ({"labels": [{"name": "A", "color": "red"}]}, "use #RRGGBB"),
        ({"labels": [{"name": "A"}, {"name": "A"}]}, "unique"),
        ({"labels": [{"name": "A", "hotkey": "1"}, {"name": "B", "hotkey": "1"}]}, "hotkeys"),
        (
            {"labels": [{"name": "A", "attributes": [{"name": "x", "type": "float"}]}]},
            "unknown type 'float'",
        ),
    ],
)
def test_malformed_schema_is_refused_with_a_reason(data: dict[str, object], message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        schema_from_dict(data, source="project.json")
