"""The label schema: labels with colour, hotkey, guideline and typed attributes.

A default ships in resources/schema.json; each database stores its own copy
(the `labels` and `relation_types` tables) so a project can change it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from annotator.core.errors import SchemaError
from annotator.core.packaged import packaged_files
from annotator.core.values import Value, set_field

ATTRIBUTE_TYPES = ("choice", "int", "text", "bool")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class AttributeSpec(Value):
    __slots__ = __match_args__ = ("name", "type", "choices", "default", "description")
    name: str
    type: str
    choices: tuple[str, ...]
    default: Any
    description: str

    def __init__(
        self,
        name: str,
        type: str,
        choices: tuple[str, ...] = (),
        default: Any = None,
        description: str = "",
    ) -> None:
        set_field(self, "name", name)
        set_field(self, "type", type)
        set_field(self, "choices", choices)
        set_field(self, "default", default)
        set_field(self, "description", description)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.choices:
            data["choices"] = list(self.choices)
        if self.default is not None:
            data["default"] = self.default
        if self.description:
            data["description"] = self.description
        return data


# "(empty: open-ended)" in an attribute's description: what an empty value means.
_EMPTY_MEANS = re.compile(r"\(empty:\s*([^()]+?)\s*\)")


def empty_meaning(spec: AttributeSpec | None) -> str:
    """What an empty value of `spec` means, in the schema's own words: the "(empty: ...)"
    of its description ("open-ended" for a CASUALTY's count_high, "not stated" for its
    count_low); "" when the description does not say."""
    found = _EMPTY_MEANS.search(spec.description) if spec is not None else None
    return found.group(1) if found else ""


class Label(Value):
    __slots__ = __match_args__ = ("name", "color", "hotkey", "description", "attributes")
    name: str
    color: str
    hotkey: str
    description: str
    attributes: tuple[AttributeSpec, ...]

    def __init__(
        self,
        name: str,
        color: str,
        hotkey: str = "",
        description: str = "",
        attributes: tuple[AttributeSpec, ...] = (),
    ) -> None:
        set_field(self, "name", name)
        set_field(self, "color", color)
        set_field(self, "hotkey", hotkey)
        set_field(self, "description", description)
        set_field(self, "attributes", attributes)

    def attribute(self, name: str) -> AttributeSpec | None:
        return next((a for a in self.attributes if a.name == name), None)

    def default_attributes(self) -> dict[str, Any]:
        return {a.name: a.default for a in self.attributes if a.default is not None}


class RelationType(Value):
    __slots__ = __match_args__ = ("name", "head", "tail", "description")
    name: str
    head: str
    tail: str
    description: str

    def __init__(self, name: str, head: str, tail: str, description: str = "") -> None:
        set_field(self, "name", name)
        set_field(self, "head", head)
        set_field(self, "tail", tail)
        set_field(self, "description", description)


class LabelSchema(Value):
    __match_args__ = ("labels", "relations")
    __slots__ = (*__match_args__, "__dict__")  # __dict__: the cached_property below
    labels: tuple[Label, ...]
    relations: tuple[RelationType, ...]

    def __init__(self, labels: tuple[Label, ...], relations: tuple[RelationType, ...] = ()) -> None:
        set_field(self, "labels", labels)
        set_field(self, "relations", relations)

    @property
    def names(self) -> list[str]:
        return [label.name for label in self.labels]

    @cached_property
    def _by_name(self) -> dict[str, Label]:
        return {label.name: label for label in self.labels}

    def label(self, name: str) -> Label:
        """The label called `name`; SchemaError if the schema has none."""
        found = self._by_name.get(name)
        if found is None:
            raise SchemaError(f"unknown label {name!r} (known: {', '.join(self.names)})")
        return found

    def has_label(self, name: str) -> bool:
        return name in self._by_name

    def relation(self, name: str) -> RelationType:
        for relation in self.relations:
            if relation.name == name:
                return relation
        known = ", ".join(r.name for r in self.relations) or "none"
        raise SchemaError(f"unknown relation type {name!r} (known: {known})")

    def by_hotkey(self, key: str) -> Label | None:
        return next((label for label in self.labels if label.hotkey == key), None)

    def validate_attributes(self, label_name: str, attributes: Mapping[str, Any]) -> dict[str, Any]:
        """Check `attributes` against the label's typed attributes and return a clean copy.

        Values of None are dropped (an empty field). Integers given as digit
        strings are converted. Raises SchemaError naming the attribute and the
        problem for an unknown attribute, a wrong type or a value outside the
        choices.
        """
        label = self.label(label_name)
        clean: dict[str, Any] = {}
        for name, value in attributes.items():
            spec = label.attribute(name)
            if spec is None:
                raise SchemaError(f"label {label_name} has no attribute {name!r}")
            if value is None or value == "":
                continue
            clean[name] = _coerce(label_name, spec, value)
        return clean

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": [
                {
                    "name": label.name,
                    "color": label.color,
                    "hotkey": label.hotkey,
                    "description": label.description,
                    "attributes": [a.to_dict() for a in label.attributes],
                }
                for label in self.labels
            ],
            "relations": [
                {"name": r.name, "head": r.head, "tail": r.tail, "description": r.description}
                for r in self.relations
            ],
        }


def _coerce(label: str, spec: AttributeSpec, value: Any) -> Any:
    where = f"{label}.{spec.name}"
    if spec.type == "int":
        if isinstance(value, bool):
            raise SchemaError(f"{where} must be a whole number, not {value!r}")
        if isinstance(value, int):
            return value
        if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
            return int(value.strip())
        raise SchemaError(f"{where} must be a whole number, not {value!r}")
    if spec.type == "bool":
        if isinstance(value, bool):
            return value
        raise SchemaError(f"{where} must be true or false, not {value!r}")
    if spec.type == "choice":
        if value not in spec.choices:
            raise SchemaError(f"{where} must be one of {', '.join(spec.choices)}, not {value!r}")
        return value
    if not isinstance(value, str):
        raise SchemaError(f"{where} must be text, not {value!r}")
    return value


def schema_from_dict(data: Mapping[str, Any], source: str = "schema") -> LabelSchema:
    """Build a LabelSchema from its JSON form; SchemaError (naming `source`) if malformed."""
    try:
        labels = []
        for raw in data["labels"]:
            attributes = []
            for a in raw.get("attributes", []):
                if a["type"] not in ATTRIBUTE_TYPES:
                    raise SchemaError(f"attribute {a['name']!r} has unknown type {a['type']!r}")
                attributes.append(
                    AttributeSpec(
                        name=str(a["name"]),
                        type=str(a["type"]),
                        choices=tuple(a.get("choices", ())),
                        default=a.get("default"),
                        description=str(a.get("description", "")),
                    )
                )
            color = str(raw.get("color", "#888888"))
            if not _COLOR.match(color):
                raise SchemaError(f"label {raw['name']!r} has colour {color!r}; use #RRGGBB")
            labels.append(
                Label(
                    name=str(raw["name"]),
                    color=color,
                    hotkey=str(raw.get("hotkey", "")),
                    description=str(raw.get("description", "")),
                    attributes=tuple(attributes),
                )
            )
        relations = tuple(
            RelationType(
                name=str(r["name"]),
                head=str(r["head"]),
                tail=str(r["tail"]),
                description=str(r.get("description", "")),
            )
            for r in data.get("relations", [])
        )
    except (KeyError, TypeError) as exc:
        raise SchemaError(
            f"malformed label schema: missing or wrong field {exc}", file=source
        ) from exc
    names = [label.name for label in labels]
    if len(set(names)) != len(names):
        raise SchemaError("label names must be unique", file=source)
    hotkeys = [label.hotkey for label in labels if label.hotkey]
    if len(set(hotkeys)) != len(hotkeys):
        raise SchemaError("label hotkeys must be unique", file=source)
    return LabelSchema(labels=tuple(labels), relations=relations)


def default_schema() -> LabelSchema:
    """The schema shipped in resources/schema.json."""
    raw = packaged_files().joinpath("schema.json").read_text("utf-8")
    return schema_from_dict(json.loads(raw), source="resources/schema.json")
