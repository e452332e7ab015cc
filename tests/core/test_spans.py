"""Spans are built in one place: ids, schema defaults, what the text states, provenance."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import annotator
from annotator.core.errors import SchemaError, SpanError
from annotator.core.model import Span
from annotator.core.schema import default_schema, schema_from_dict
from annotator.core.spans import actor_types, changed_span, new_span, read_span

TEXT = "Officials said at least 14 civilians were killed in Brezna."


def test_a_new_casualty_reads_its_counts_kind_and_victims_from_the_text() -> None:
    start = TEXT.index("at least")
    end = TEXT.index("killed") + len("killed")
    span = new_span(default_schema(), "d1", TEXT, start, end, "CASUALTY", "ana")
    assert span.attributes == {
        "count_low": 14,
        "kind": "killed",
        "victims": "civilian",
    }
    assert span.provenance == "manual"
    assert span.id  # a fresh id


@pytest.mark.parametrize(
    ("text", "phrase", "victims"),
    [
        # The noun in the span decides, with the same lists as the suggestions.
        ("Three attackers were killed at the gate.", "Three attackers were killed", "combatant"),
        ("Two shopkeepers were hurt in the blast.", "Two shopkeepers were hurt", "civilian"),
        # No noun in the span: the sentence names them, as the guideline says.
        ("Among the villagers of Orsk, nine died on Sunday.", "nine died", "civilian"),
        ("Rebel fighters were ambushed and six died.", "six died", "combatant"),
        # "people" in the span is unknown, whoever else the sentence names.
        ("Eleven people died near the soldiers' camp.", "Eleven people died", "unknown"),
        # Nobody named anywhere: the schema's default.
        ("Five killed.", "Five killed", "unknown"),
    ],
)
def test_a_new_casualty_takes_its_victims_as_the_guideline_reads_them(
    text: str, phrase: str, victims: str
) -> None:
    start = text.index(phrase)
    span = new_span(default_schema(), "d1", text, start, start + len(phrase), "CASUALTY", "ana")
    assert span.attributes["victims"] == victims


def test_a_new_casualty_reads_victims_from_its_own_sentence_only() -> None:
    text = "Soldiers guarded the road.\n\nLater, four were killed at the market."
    start = text.index("four were killed")
    span = new_span(default_schema(), "d1", text, start, start + 16, "CASUALTY", "ana")
    assert span.attributes["victims"] == "unknown"


def test_a_new_quote_gets_the_schema_default_and_two_spans_get_two_ids() -> None:
    schema = default_schema()
    first = new_span(schema, "d1", TEXT, 0, 9, "QUOTE", "ana", provenance="suggested-accepted")
    second = new_span(schema, "d1", TEXT, 0, 9, "QUOTE", "ana")
    assert first.attributes == {"kind": "direct"}
    assert first.provenance == "suggested-accepted"
    assert first.id != second.id


def test_given_attributes_are_validated_not_replaced() -> None:
    span = new_span(
        default_schema(), "d1", TEXT, 52, 58, "ACTOR", "ana", attributes={"type": "state"}
    )
    assert span.attributes == {"type": "state"}
    with pytest.raises(SchemaError):
        new_span(default_schema(), "d1", TEXT, 52, 58, "ACTOR", "ana", attributes={"type": "city"})


def test_offsets_outside_the_text_and_unknown_labels_are_refused() -> None:
    with pytest.raises(SpanError):
        new_span(default_schema(), "d1", TEXT, 10, len(TEXT) + 1, "ACTOR", "ana")
    with pytest.raises(SchemaError):
        new_span(default_schema(), "d1", TEXT, 0, 4, "PLACE", "ana")


def test_relabelling_drops_attributes_the_new_label_lacks() -> None:
    old = Span("s1", "d1", 0, 9, "QUOTE", "ana", {"kind": "direct"})
    new = changed_span(default_schema(), old, len(TEXT), label="ACTOR")
    assert (new.label, new.attributes, new.id) == ("ACTOR", {}, "s1")
    moved = changed_span(default_schema(), old, len(TEXT), start=2)
    assert (moved.start, moved.end, moved.attributes) == (2, 9, {"kind": "direct"})


def test_actor_types_come_from_the_schema() -> None:
    assert actor_types(default_schema()) == (
        "person",
        "organisation",
        "state",
        "armed group",
        "media",
        "other",
    )


def test_actor_types_of_a_schema_without_actor_types_are_the_shipped_ones() -> None:
    schema = schema_from_dict({"labels": [{"name": "PLACE", "color": "#112233"}]})
    assert actor_types(schema) == actor_types(default_schema())
    assert actor_types() == actor_types(default_schema())


def test_the_actor_vocabulary_is_defined_once_in_the_schema() -> None:
    # Every module asks core.spans.actor_types; no copy of the list lives in the code.
    package = Path(annotator.__file__).parent
    copies = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "ACTOR_TYPES" in path.read_text("utf-8")
        or '"person", "organisation"' in path.read_text("utf-8")
    ]
    assert copies == []


def test_a_read_span_keeps_what_the_file_states_and_derives_a_stable_id() -> None:
    kept = read_span(
        "d1",
        3,
        9,
        "ACTOR",
        "ben",
        span_id="s-9",
        attributes={"type": "person"},
        provenance="manual",
        created="2024-01-01T00:00:00.000+00:00",
        updated="2024-01-02T00:00:00.000+00:00",
    )
    assert kept == Span(
        "s-9",
        "d1",
        3,
        9,
        "ACTOR",
        "ben",
        {"type": "person"},
        "manual",
        "2024-01-01T00:00:00.000+00:00",
        "2024-01-02T00:00:00.000+00:00",
    )
    first = read_span("d1", 3, 9, "ACTOR", "ben")
    assert (first.provenance, first.attributes) == ("imported", {})
    assert first.id == read_span("d1", 3, 9, "ACTOR", "ben").id  # reading twice adds nothing
    assert first.id != read_span("d1", 3, 9, "ACTOR", "ana").id
    with pytest.raises(SpanError):
        read_span("d1", 9, 9, "ACTOR", "ben")
    with pytest.raises(SchemaError, match="unknown provenance"):
        read_span("d1", 3, 9, "ACTOR", "ben", provenance="guessed")


def test_readers_suggestions_and_review_build_spans_through_core_spans() -> None:
    # One constructor per purpose (new_span, read_span): no module of these builds the
    # dataclass itself (spaCy's own Span in the DocBin writer is another class; stored
    # rows turned back into records, in the store and the export, are not new spans).
    package = Path(annotator.__file__).parent
    modules = [
        *sorted((package / "formats").glob("*.py")),
        package / "services" / "suggesting.py",
        package / "store" / "review.py",
    ]
    direct = []
    for path in modules:
        tree = ast.parse(path.read_text("utf-8"))
        ours = any(
            isinstance(node, ast.ImportFrom)
            and node.module == "annotator.core.model"
            and any(alias.name == "Span" for alias in node.names)
            for node in ast.walk(tree)
        )
        direct += [
            f"{path.name}:{node.lineno}"
            for node in ast.walk(tree)
            if ours
            and isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Span"
        ]
    assert direct == []
