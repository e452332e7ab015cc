"""Property-based round trips: random Unicode texts (astral characters, combining marks,
CRLF input) with random overlapping spans, exported, imported into a new database, compared.
Lossy formats are compared on what they can express."""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.core.text import normalise_text
from annotator.core.tokenize import token_offsets
from annotator.formats.common import ReadOptions
from annotator.formats.tagging import spans_from_tags
from annotator.services.exporting import Layer, export
from annotator.services.importing import import_file, import_paths
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.formats.conftest import documents_of, relations_of, spans_of

PIECES = [
    *"ab cd\n\r-'.,\t",
    "\r\n",
    "é",
    "e\u0301",
    "😀",
    "👍\U0001f3fd",
    "👨\u200d👩\u200d👧",
    "字",
    "🇺🇦",
    "O'Brien",
    "twenty-two",
]


@st.composite
def documents(
    draw: st.DrawFn,
) -> tuple[str, list[tuple[int, int, str, dict[str, Any]]], list[tuple[int, int]]]:
    raw = "".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30)))
    text = normalise_text(raw)
    solid = [i for i, ch in enumerate(text) if not ch.isspace()]
    if not solid:
        text, solid = "x" + text, [0]
    spans = []
    for _ in range(draw(st.integers(1, 6))):  # an export without a span is refused
        a, b = sorted(draw(st.lists(st.sampled_from(solid), min_size=2, max_size=2)))
        label = draw(st.sampled_from(["QUOTE", "ACTOR", "CASUALTY"]))
        attributes: dict[str, Any] = {}
        if label == "QUOTE" and draw(st.booleans()):
            attributes["kind"] = draw(st.sampled_from(["direct", "indirect"]))
        if label == "CASUALTY" and draw(st.booleans()):
            attributes["count_low"] = draw(st.integers(0, 10_000))
        spans.append((a, b + 1, label, attributes))
    quotes = [i for i, s in enumerate(spans) if s[2] == "QUOTE"]
    actors = [i for i, s in enumerate(spans) if s[2] == "ACTOR"]
    links = []
    if quotes and actors and draw(st.booleans()):
        quote = draw(st.sampled_from(quotes))
        # A link joins two spans of one annotator (see _fill: the annotator follows i % 2).
        own = [a for a in actors if a % 2 == quote % 2]
        if own:
            links.append((quote, draw(st.sampled_from(own))))
    return text, spans, links


def _fill(repo: Repository, text: str, spans: list[Any], links: list[Any]) -> None:
    doc = Document.from_text(text, title="Random")
    made = [
        Span(
            str(uuid.uuid4()),
            doc.id,
            s,
            e,
            label,
            "ana" if i % 2 else "ben",
            attrs,
            "manual",
            "2024-01-01T00:00:00.000+00:00",
            "2024-01-02T00:00:00.000+00:00",
        )
        for i, (s, e, label, attrs) in enumerate(spans)
    ]
    relations = [
        Relation(
            str(uuid.uuid4()),
            made[q].id,
            made[a].id,
            "speaker",
            made[q].annotator,
            "2024-01-03T00:00:00.000+00:00",
        )
        for q, a in links
    ]
    repo.import_documents([AnnotatedDocument(doc, made, relations)], "ana")


def _round_trip(
    format_name: str, case: Any, name: str, **choices: Any
) -> tuple[Repository, Repository, Path]:
    folder = Path(tempfile.mkdtemp())
    source = Repository(open_db(folder / "source.db"))
    _fill(source, *case)
    out = folder / name
    export(source, format_name, out, layer=BOTH, include_empty=True, **choices)
    target = Repository(open_db(folder / "target.db"))
    options = ReadOptions(annotator="importer", schema=target.schema())
    if out.is_dir():
        report = import_paths(target, [out], options, strict=True)
        assert report.ok, report.problems()
    else:
        outcome = import_file(target, out, options, strict=True)
        assert not outcome.problems, outcome.problems
    return source, target, out


BOTH = Layer(("ana", "ben"))
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents())
def test_jsonl_round_trip_is_exact_for_any_text_and_spans(case: Any) -> None:
    source, target, _ = _round_trip("jsonl", case, "x.jsonl")
    assert spans_of(target) == spans_of(source)
    assert relations_of(target) == relations_of(source)
    assert documents_of(target) == documents_of(source)


@SETTINGS
@given(documents())
def test_brat_round_trip_is_exact_for_any_text_and_spans(case: Any) -> None:
    source, target, _ = _round_trip("brat", case, "brat")
    assert spans_of(target) == spans_of(source)
    assert relations_of(target) == relations_of(source)
    assert [d[3] for d in documents_of(target)] == [d[3] for d in documents_of(source)]


@SETTINGS
@given(documents())
def test_labelstudio_round_trip_keeps_offsets_labels_attributes_relations(case: Any) -> None:
    source, target, _ = _round_trip("labelstudio", case, "x.json")
    assert [s[:7] for s in spans_of(target)] == [s[:7] for s in spans_of(source)]
    assert [r[:5] for r in relations_of(target)] == [r[:5] for r in relations_of(source)]


@SETTINGS
@given(documents(), st.sampled_from(["utf16", "codepoint"]))
def test_doccano_round_trip_keeps_offsets_labels_relations(case: Any, unit: str) -> None:
    # Both units: UTF-16 (doccano's current UI, the default) and code points (older ones).
    source, target, out = _round_trip("doccano", case, "x.jsonl", offsets=unit)
    assert {json.loads(line)["offset_unit"] for line in out.read_text("utf-8").splitlines()} == {
        unit
    }
    assert [s[:6] for s in spans_of(target)] == [s[:6] for s in spans_of(source)]
    assert [r[:5] for r in relations_of(target)] == [r[:5] for r in relations_of(source)]


def _conll_tokens(path: Path) -> tuple[list[str], list[str], list[bool]]:
    tokens, tags, breaks = [], [], []
    pending_break = False
    for line in path.read_text("utf-8").split("\n"):
        if line.startswith("-DOCSTART-"):
            continue
        if not line:
            pending_break = bool(tokens)
            continue
        columns = line.split()
        tokens.append(columns[0])
        tags.append(columns[-1])
        breaks.append(pending_break)
        pending_break = False
    return tokens, tags, breaks


@SETTINGS
@given(documents(), st.sampled_from(["iob2", "bioes"]))
def test_conll_round_trip_keeps_token_labels(case: Any, scheme: str) -> None:
    folder = Path(tempfile.mkdtemp())
    source = Repository(open_db(folder / "source.db"))
    _fill(source, *case)
    out = folder / "x.conll"
    export(source, "conll", out, scheme=scheme, layer=BOTH, overlap="longest")
    tokens, tags, breaks = _conll_tokens(out)
    text = source.document(source.document_ids()[0]).text
    assert "".join(tokens) == "".join(text.split())  # every character, in order
    target = Repository(open_db(folder / "target.db"))
    outcome = import_file(target, out, ReadOptions(schema=target.schema()), strict=True)
    assert not outcome.problems, outcome.problems
    (doc_id,) = target.document_ids()
    offsets, position = [], 0
    for i, (token, brk) in enumerate(zip(tokens, breaks, strict=True)):
        position += 1 if brk or i else 0
        offsets.append((position, position + len(token)))
        position += len(token)
    starts = {s: i for i, (s, _) in enumerate(offsets)}
    ends = {e: i for i, (_, e) in enumerate(offsets)}
    imported = sorted((s.label, starts[s.start], ends[s.end]) for s in target.spans(doc_id))
    assert imported == sorted(spans_from_tags(tags))
    assert token_offsets(text)  # the tokenizer saw something to cut
