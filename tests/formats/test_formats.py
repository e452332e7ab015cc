"""Each export format against a hand-checked file, its consumer library, and re-import."""

from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from annotator.formats.csv_spans import safe_cell
from annotator.services.exporting import Layer, export
from annotator.store.repository import Repository
from tests.formats import known_answer
from tests.formats.conftest import import_into, relations_of, spans_of

DATA = Path(__file__).parent / "data"


@pytest.fixture
def known(repo: Repository, tmp_path: Path) -> Path:
    known_answer.build(repo)
    out = tmp_path / "out"
    out.mkdir()
    known_answer.write_all(repo, out)
    return out


@pytest.mark.parametrize(
    "name",
    [
        "known.jsonl",
        "known.csv",
        "known.conll",
        "known.hf.jsonl",
        "known.hf.labels.json",
        "known.labelstudio.json",
        "known.labelstudio.labelconfig.xml",
        "known.doccano.jsonl",
        "known_brat/known-answer-d5311dfd02.ann",
        "known_brat/known-answer-d5311dfd02.txt",
        "known_brat/annotation.conf",
        "known_brat/visual.conf",
    ],
)
def test_export_matches_the_hand_checked_file(known: Path, name: str) -> None:
    assert (known / name).read_bytes() == (DATA / name).read_bytes()


def test_known_offsets_are_code_points_with_an_emoji_before_them() -> None:
    text = known_answer.TEXT
    tasks = json.loads((DATA / "known.labelstudio.json").read_text("utf-8"))
    for result in tasks[0]["annotations"][0]["result"]:
        if result["type"] == "labels":
            value = result["value"]
            assert text[value["start"] : value["end"]] == value["text"]
    kyiv = next(
        r
        for r in tasks[0]["annotations"][0]["result"]
        if r["type"] == "labels" and r["value"]["text"] == "Kyiv"
    )
    assert kyiv["value"]["start"] == 30  # UTF-16 would say 31
    ann = (DATA / "known_brat/known-answer-d5311dfd02.ann").read_text("utf-8")
    assert "T3\tACTOR 30 34\tKyiv" in ann


# -- CSV -------------------------------------------------------------------------------


def test_csv_opens_with_bom_and_escapes_formulas(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "spans.csv"
    export(repo, "csv", out, layer=Layer(("ana", "ben")))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 9
    formula = next(r for r in rows if "SUM" in r["text"])
    assert formula["text"] == "'=SUM(A1)"
    quote = next(r for r in rows if r["span_id"] == corpus["quote"].id)
    assert quote["speaker"] == "Ana Lo\u0301pes"
    assert quote["attr_kind"] == "direct"
    assert quote["text"] == corpus["a"].text[int(quote["start"]) : int(quote["end"])]


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+44", "'+44"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("ok", "ok"),
        (408, "408"),
        (True, "true"),
        (None, ""),
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe(value: Any, cell: str) -> None:
    assert safe_cell(value) == cell


# -- CoNLL and Hugging Face ------------------------------------------------------------


def test_conll_round_trip_keeps_tokens_and_labels(known: Path, fresh_repo: Repository) -> None:
    outcome = import_into(fresh_repo, known / "known.conll")
    assert not outcome.problems, outcome.problems
    (doc_id,) = fresh_repo.document_ids()
    text = fresh_repo.document(doc_id).text
    assert text == 'Ana Lópes said " We stay 😀 " in Kyiv .\nO\'Brien agreed .'
    got = [(s.label, text[s.start : s.end]) for s in fresh_repo.spans(doc_id)]
    assert got == [
        ("ACTOR", "Ana Lópes"),
        ("QUOTE", "We stay 😀"),
        ("ACTOR", "Kyiv"),
        ("ACTOR", "O'Brien"),
    ]


def test_conll_bioes_marks_single_and_end_tokens(repo: Repository, tmp_path: Path) -> None:
    known_answer.build(repo)
    out = tmp_path / "bioes.conll"
    export(repo, "conll", out, scheme="bioes")
    tags = [
        line.split()[-1]
        for line in out.read_text("utf-8").splitlines()
        if line and not line.startswith("-DOCSTART-")
    ]
    assert tags[:3] == ["B-ACTOR", "E-ACTOR", "O"]
    assert tags[4:7] == ["B-QUOTE", "I-QUOTE", "E-QUOTE"]
    assert tags[9] == "S-ACTOR"


def test_conll_overlaps_keep_the_longest_span(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "x.conll"
    export(repo, "conll", out)
    lines = out.read_text("utf-8").splitlines()
    tagged = [line.split() for line in lines if line and not line.startswith("-DOCSTART-")]
    first = next(i for i, t in enumerate(tagged) if t[0] == "at")
    assert [t[-1] for t in tagged[first : first + 3]] == ["B-CASUALTY", "I-CASUALTY", "I-CASUALTY"]


def test_hf_export_loads_with_datasets(known: Path) -> None:
    datasets = pytest.importorskip("datasets")
    labels = json.loads((known / "known.hf.labels.json").read_text("utf-8"))
    loaded = datasets.load_dataset("json", data_files={"train": str(known / "known.hf.jsonl")})
    row = loaded["train"][0]
    assert row["tokens"][:3] == ["Ana", "Lópes", "said"]
    assert [labels[i] for i in row["ner_tags"][:7]] == [
        "B-ACTOR",
        "I-ACTOR",
        "O",
        "O",
        "B-QUOTE",
        "I-QUOTE",
        "I-QUOTE",
    ]
    assert loaded["train"].features["ner_tags"].feature.dtype == "int64"
    manifest = json.loads((known / "known.hf.jsonl.manifest.json").read_text("utf-8"))
    assert manifest["id2label"] == {str(i): tag for i, tag in enumerate(labels)}


# -- spaCy -----------------------------------------------------------------------------


def test_spacy_docbin_loads_with_spacy_and_keeps_every_span(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out = tmp_path / "train.spacy"
    export(repo, "spacy", out, layer=Layer(("ana", "ben")), overlap="longest")
    nlp = spacy.blank("en")
    docs = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert [d.text for d in docs] == [corpus["a"].text, corpus["b"].text]
    expected = sorted((s[2], s[3], s[4]) for s in spans_of(repo) if s[1] == corpus["a"].id)
    got = sorted((s.start_char, s.end_char, s.label_) for s in docs[0].spans["annotator"])
    assert got == expected
    ents = [(e.start_char, e.end_char) for e in docs[0].ents]
    assert len(ents) < len(got)  # the overlapping ones are left out of doc.ents
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ents))
    assert docs[0].user_data["annotator"]["relations"][0]["label"] == "speaker"


# -- brat, Label Studio, doccano: round trips --------------------------------------------


def test_brat_round_trip_is_exact(
    repo: Repository, corpus: dict[str, Any], fresh_repo: Repository, tmp_path: Path
) -> None:
    out = tmp_path / "brat"
    export(repo, "brat", out, layer=Layer(("ana", "ben")))
    assert (out / "annotation.conf").exists()
    from annotator.formats.common import ReadOptions
    from annotator.services.importing import import_paths

    report = import_paths(fresh_repo, [out], ReadOptions(schema=fresh_repo.schema()), strict=True)
    assert report.ok, report.problems()
    assert spans_of(fresh_repo) == spans_of(repo)
    assert relations_of(fresh_repo) == relations_of(repo)


def test_labelstudio_round_trip_keeps_ids_offsets_attributes_and_relations(
    repo: Repository, corpus: dict[str, Any], fresh_repo: Repository, tmp_path: Path
) -> None:
    out = tmp_path / "tasks.json"
    export(repo, "labelstudio", out, layer=Layer(("ana", "ben")))
    outcome = import_into(fresh_repo, out)
    assert not outcome.problems, outcome.problems
    strip = [s[:7] for s in spans_of(repo)]
    assert [s[:7] for s in spans_of(fresh_repo)] == strip
    assert [r[:5] for r in relations_of(fresh_repo)] == [r[:5] for r in relations_of(repo)]


def test_doccano_round_trip_keeps_spans_and_relations_but_not_attributes(
    repo: Repository, corpus: dict[str, Any], fresh_repo: Repository, tmp_path: Path
) -> None:
    out = tmp_path / "doccano.jsonl"
    export(repo, "doccano", out, layer=Layer(("ana", "ben")), offsets="codepoint")
    outcome = import_into(fresh_repo, out)
    assert not outcome.problems, outcome.problems
    assert [s[:6] for s in spans_of(fresh_repo)] == [s[:6] for s in spans_of(repo)]
    assert [r[:5] for r in relations_of(fresh_repo)] == [r[:5] for r in relations_of(repo)]


def test_doccano_sequence_labelling_form_is_read(fresh_repo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "seq.jsonl"
    path.write_text(
        json.dumps({"text": "Ana 😀 met Kyiv", "label": [[0, 3, "ACTOR"], [10, 14, "ACTOR"]]})
        + "\n"
    )
    outcome = import_into(fresh_repo, path)
    assert not outcome.problems, outcome.problems
    (doc_id,) = fresh_repo.document_ids()
    text = fresh_repo.document(doc_id).text
    assert [text[s.start : s.end] for s in fresh_repo.spans(doc_id)] == ["Ana", "Kyiv"]


# -- Hugging Face segments, doccano units ----------------------------------------------


@pytest.mark.parametrize(
    ("segment", "rows_of_a"), [("document", 1), ("paragraph", 2), ("sentence", 2)]
)
def test_hf_rows_are_segments_with_document_id_and_offset_and_load_with_datasets(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path, segment: str, rows_of_a: int
) -> None:
    datasets = pytest.importorskip("datasets")
    out = tmp_path / f"{segment}.jsonl"
    export(repo, "hf", out, segment=segment)
    labels = json.loads((tmp_path / f"{segment}.labels.json").read_text("utf-8"))
    loaded = datasets.load_dataset("json", data_files={"train": str(out)})["train"]
    a = corpus["a"]
    rows = [row for row in loaded if row["document_id"] == a.id]
    assert len(rows) == rows_of_a
    assert [row["segment"] for row in rows] == list(range(rows_of_a))
    for row in loaded:
        assert len(row["tokens"]) == len(row["ner_tags"])
        text = a.text if row["document_id"] == a.id else corpus["b"].text
        piece = text[row["start"] : row["end"]]
        assert "".join(row["tokens"]) == "".join(piece.split())  # tokens are the segment
        assert labels[row["ner_tags"][0]][:2] in ("O", "B-")  # no row opens inside a span
    assert _manifest_of(out)["segment"] == segment


def _manifest_of(out: Path) -> dict[str, Any]:
    return json.loads(out.with_name(out.name + ".manifest.json").read_text("utf-8"))


def test_doccano_offsets_count_utf16_units_by_default_and_code_points_on_request(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    b = corpus["b"]  # "Kherson 👨‍👩‍👧" (a ZWJ family: 3 astral code points) before "=SUM(A1)"
    out = tmp_path / "utf16.jsonl"
    export(repo, "doccano", out, documents=[b.id])
    (record,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    units = b.text.encode("utf-16-le")
    got = [
        units[2 * e["start_offset"] : 2 * e["end_offset"]].decode("utf-16-le")
        for e in record["entities"]
    ]
    assert got == ["Kherson 👨\u200d👩\u200d👧", "=SUM(A1)"]
    formula = record["entities"][1]
    assert formula["start_offset"] == b.text.index("=SUM") + 3  # three astral characters before
    assert _manifest_of(out)["offset_unit"] == "utf16"
    points = tmp_path / "points.jsonl"
    export(repo, "doccano", points, documents=[b.id], offsets="codepoint")
    (record,) = [json.loads(line) for line in points.read_text("utf-8").splitlines()]
    got = [b.text[e["start_offset"] : e["end_offset"]] for e in record["entities"]]
    assert got == ["Kherson 👨\u200d👩\u200d👧", "=SUM(A1)"]
    assert _manifest_of(points)["offsets"].startswith("Unicode code points")


# -- doccano: reading either unit ----------------------------------------------------------


def test_doccano_utf16_round_trip_with_emoji_and_zwj_gives_identical_spans(
    repo: Repository, corpus: dict[str, Any], fresh_repo: Repository, tmp_path: Path
) -> None:
    # corpus "b" holds a ZWJ family (three astral characters), "a" an emoji.
    out = tmp_path / "doccano.jsonl"
    export(repo, "doccano", out, layer=Layer(("ana", "ben")))  # UTF-16 units, the default
    assert _manifest_of(out)["offset_unit"] == "utf16"
    outcome = import_into(fresh_repo, out)
    assert not outcome.problems, outcome.problems
    assert [s[:6] for s in spans_of(fresh_repo)] == [s[:6] for s in spans_of(repo)]
    assert [r[:5] for r in relations_of(fresh_repo)] == [r[:5] for r in relations_of(repo)]


TEXT_WITH_EMOJI = "Protest 😢 in Kyiv: Ana Lopes said 👨\u200d👩\u200d👧 families left Odesa."
NAMES = ["Kyiv", "Ana Lopes", "Odesa"]


def _doccano_file(path: Path, unit: str, *, marked: bool = False) -> Path:
    """A file as doccano itself writes it (no unit of ours), offsets in `unit`."""
    entities = []
    for n, name in enumerate(NAMES, start=1):
        start = TEXT_WITH_EMOJI.index(name)
        end = start + len(name)
        if unit == "utf16":
            start = len(TEXT_WITH_EMOJI[:start].encode("utf-16-le")) // 2
            end = len(TEXT_WITH_EMOJI[:end].encode("utf-16-le")) // 2
        entities.append({"id": n, "label": "ACTOR", "start_offset": start, "end_offset": end})
    record: dict[str, Any] = {"id": 1, "text": TEXT_WITH_EMOJI, "entities": entities}
    if marked:
        record["offset_unit"] = unit
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    return path


def _covered(repo: Repository) -> list[str]:
    (doc_id,) = repo.document_ids()
    text = repo.document(doc_id).text
    return [text[s.start : s.end] for s in sorted(repo.spans(doc_id), key=lambda s: s.start)]


@pytest.mark.parametrize("unit", ["utf16", "codepoint"])
def test_doccano_reader_tells_the_offset_unit_from_word_boundaries_and_says_so(
    fresh_repo: Repository, tmp_path: Path, unit: str
) -> None:
    path = _doccano_file(tmp_path / "from-doccano.jsonl", unit)
    outcome = import_into(fresh_repo, path)
    assert not outcome.problems, outcome.problems
    assert _covered(fresh_repo) == NAMES
    (note,) = outcome.notes
    shown = {"utf16": "UTF-16 units", "codepoint": "code points"}[unit]
    assert note.startswith(f"doccano offsets read as {shown}: more span edges fall on word")
    assert "6 of 6 edges" in note


def test_doccano_offsets_that_fit_both_readings_equally_are_read_as_utf16(
    fresh_repo: Repository, tmp_path: Path
) -> None:
    # [2, 7) of "😢 Kyiv then": as code points "Kyiv " and as UTF-16 units " Kyiv", both
    # with their edges on word boundaries: a tie, which doccano's current unit wins.
    record = {"text": "😢 Kyiv then", "label": [[2, 7, "ACTOR"]]}
    path = tmp_path / "tie.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    outcome = import_into(fresh_repo, path)
    assert not outcome.problems, outcome.problems
    assert "the two readings fit equally well" in outcome.notes[0]
    assert _covered(fresh_repo) == [" Kyiv"]


def test_import_offsets_option_overrides_the_detection(tmp_path: Path) -> None:
    from annotator.store.db import open_db
    from tests.cli.test_cli import run

    path = _doccano_file(tmp_path / "from-doccano.jsonl", "codepoint")
    db = tmp_path / "corpus.db"
    forced = run("import", str(path), "--db", str(db), "--offsets", "utf16", "--format", "doccano")
    # Read as UTF-16 units, the code points of "Odesa" land one and three units early.
    assert forced.returncode == 0, forced.stderr
    assert "doccano offsets read as" not in forced.stderr
    assert _covered(Repository(open_db(db))) != NAMES
    told = run("import", str(path), "--db", str(tmp_path / "other.db"))
    assert told.returncode == 0, told.stderr
    assert "note: " in told.stderr
    assert "doccano offsets read as code points" in told.stderr


def test_utf16_offsets_inside_a_surrogate_pair_are_refused_with_the_reason(
    fresh_repo: Repository, tmp_path: Path
) -> None:
    text = "A 😢 B"
    record = {"text": text, "label": [[3, 4, "ACTOR"]], "offset_unit": "utf16"}
    path = tmp_path / "split.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    outcome = import_into(fresh_repo, path)
    assert "splits a character in two" in str(outcome.problems[0])


def test_our_own_doccano_export_is_read_by_its_unit_mark_not_guessed(
    fresh_repo: Repository, tmp_path: Path
) -> None:
    path = _doccano_file(tmp_path / "ours.jsonl", "codepoint", marked=True)
    outcome = import_into(fresh_repo, path)
    assert not outcome.problems, outcome.problems
    assert outcome.notes == []
    assert _covered(fresh_repo) == NAMES
