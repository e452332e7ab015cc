"""Imports a demanding user tried (audit66): nothing read is dropped or stretched silently."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.schema import default_schema
from annotator.formats.brat import read_brat
from annotator.formats.common import ReadOptions
from annotator.formats.labelstudio import read_labelstudio


def _region(region: str, start: int, end: int, label: str, text: str) -> dict[str, object]:
    return {
        "id": region,
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": text, "labels": [label]},
    }


def _options() -> ReadOptions:
    return ReadOptions(annotator="me", schema=default_schema())


def test_labelstudio_two_annotations_with_the_same_region_ids_keep_both_annotators() -> None:
    # Label Studio keeps a prediction's region ids in every annotation made from it, so two
    # analysts who started from the same pre-annotation share ids: each keeps their spans.
    text = "Kyiv said 12 people were killed."
    task = {
        "data": {"text": text},
        "annotations": [
            {
                "completed_by": {"email": "alice@x"},
                "result": [
                    _region("r1", 0, 4, "ACTOR", "Kyiv"),
                    _region("r2", 10, 31, "CASUALTY", "12 people were killed"),
                    {
                        "id": "r1",
                        "from_name": "ACTOR_type",
                        "to_name": "text",
                        "type": "choices",
                        "value": {"start": 0, "end": 4, "choices": ["state"]},
                    },
                ],
            },
            {
                "completed_by": {"email": "bob@x"},
                "result": [
                    _region("r1", 0, 4, "ACTOR", "Kyiv"),
                    _region("r2", 10, 19, "CASUALTY", "12 people"),
                ],
            },
        ],
    }
    result = read_labelstudio(json.dumps([task]).encode(), "tasks.json", _options())
    assert not result.problems
    spans = sorted(
        (s.annotator, s.start, s.end, s.label, tuple(s.attributes.items()))
        for s in result.items[0].spans
    )
    assert spans == [
        ("labelstudio-alice@x", 0, 4, "ACTOR", (("type", "state"),)),
        ("labelstudio-alice@x", 10, 31, "CASUALTY", ()),
        ("labelstudio-bob@x", 0, 4, "ACTOR", ()),
        ("labelstudio-bob@x", 10, 19, "CASUALTY", ()),
    ]


def test_labelstudio_relation_links_the_regions_of_its_own_annotation() -> None:
    text = '"We hold," Ana said.'
    quote = _region("q", 1, 8, "QUOTE", "We hold")
    actor = _region("a", 11, 14, "ACTOR", "Ana")
    relation = {"from_id": "q", "to_id": "a", "type": "relation", "labels": ["speaker"]}
    task = {
        "data": {"text": text},
        "annotations": [
            {"annotator": "alice", "result": [quote, actor, relation]},
            {"annotator": "bob", "result": [quote, actor]},
        ],
    }
    result = read_labelstudio(json.dumps([task]).encode(), "tasks.json", _options())
    assert not result.problems
    item = result.items[0]
    by_id = {s.id: s for s in item.spans}
    assert len(item.spans) == 4
    [link] = item.relations
    assert (by_id[link.head_id].annotator, by_id[link.tail_id].annotator) == ("alice", "alice")


def _brat(tmp_path: Path, text: str, ann: str):  # type: ignore[no-untyped-def]
    (tmp_path / "doc.txt").write_text(text, "utf-8", newline="")
    path = tmp_path / "doc.ann"
    path.write_text(ann, "utf-8", newline="")
    return read_brat(path.read_bytes(), str(path), _options())


def test_brat_annotation_id_defined_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    result = _brat(tmp_path, "Hello Kyiv.\n", "T1\tACTOR 6 10\tKyiv\nT1\tACTOR 0 5\tHello\n")
    assert not result.items
    [problem] = result.problems
    assert problem.line == 2
    assert "T1" in problem.reason
    assert "twice" in problem.reason


def test_brat_discontinuous_span_with_words_between_is_refused(tmp_path: Path) -> None:
    # "Ana ... Lopes" with "of the ministry" left out: one span would take in the words
    # the annotator left out, so the file is refused, naming the line.
    text = "Ana of the ministry Lopes said.\n"
    result = _brat(tmp_path, text, "T1\tACTOR 0 3;20 25\tAna Lopes\n")
    assert not result.items
    [problem] = result.problems
    assert problem.line == 1
    assert "discontinuous" in problem.reason


def test_brat_span_over_a_line_break_still_reads_as_one_span(tmp_path: Path) -> None:
    # What our brat export writes for a span across paragraphs: fragments cut at the breaks.
    text = "First part\n\nsecond part.\n"
    result = _brat(tmp_path, text, "T1\tQUOTE 0 10;12 23\tFirst part second part\n")
    assert not result.problems
    [span] = result.items[0].spans
    assert (span.start, span.end) == (0, 23)


def test_brat_overlapping_fragments_are_refused(tmp_path: Path) -> None:
    result = _brat(tmp_path, "Hello Kyiv.\n", "T1\tACTOR 6 8;7 10\tKy yiv\n")
    assert not result.items
    assert result.problems[0].line == 1


def test_doccano_offset_unit_of_a_wrong_type_is_no_bug_in_the_reader(tmp_path: Path) -> None:
    # A hand-edited file: "offset_unit" a list. The unit is told from the file as for
    # unmarked records, and every good record imports (read whole or streamed).
    from annotator.formats.doccano import iter_doccano_file, read_doccano

    text = "😀😀 Kyiv said: 12 people killed."
    records = [
        {
            "text": text,
            "entities": [{"id": 1, "start_offset": 5, "end_offset": 9, "label": "ACTOR"}],
        },
        {
            "text": text + " again",
            "entities": [{"id": 1, "start_offset": 5, "end_offset": 9, "label": "ACTOR"}],
            "offset_unit": ["utf16"],
        },
        {"text": text + " more", "entities": [], "offset_unit": {"unit": 1}},
    ]
    path = tmp_path / "hand.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    whole = read_doccano(path.read_bytes(), str(path), _options())
    streamed = list(iter_doccano_file(path, str(path), _options()))
    for problems, items in (
        (whole.problems, whole.items),
        (
            [e for e in streamed if isinstance(e, Exception)],
            [e for e in streamed if not isinstance(e, Exception)],
        ),
    ):
        assert not problems
        assert len(items) == 3
        for item in items[:2]:
            [span] = item.spans
            assert item.document.text[span.start : span.end] == "Kyiv"


def _brat_bytes(tmp_path: Path, text: bytes, ann: str):  # type: ignore[no-untyped-def]
    (tmp_path / "doc.txt").write_bytes(text)
    path = tmp_path / "doc.ann"
    path.write_text(ann, "utf-8", newline="")
    return read_brat(path.read_bytes(), str(path), _options())


def test_brat_text_with_a_byte_order_mark_reads_brats_offsets(tmp_path: Path) -> None:
    # brat reads the .txt as UTF-8 without dropping a BOM (Notepad writes one), so its
    # offsets count the mark as a character: "Kyiv" is 7..11, not 6..10.
    result = _brat_bytes(tmp_path, b"\xef\xbb\xbfHello Kyiv.\n", "T1\tACTOR 7 11\tKyiv\n")
    assert not result.problems
    item = result.items[0]
    assert item.document.text == "Hello Kyiv.\n"
    [span] = item.spans
    assert item.document.text[span.start : span.end] == "Kyiv"


def test_brat_text_with_a_byte_order_mark_and_offsets_without_it(tmp_path: Path) -> None:
    # A tool that dropped the mark before counting: its offsets still read.
    result = _brat_bytes(tmp_path, b"\xef\xbb\xbfHello Kyiv.\n", "T1\tACTOR 6 10\tKyiv\n")
    assert not result.problems
    [span] = result.items[0].spans
    assert (span.start, span.end) == (6, 10)


def test_brat_span_over_the_byte_order_mark_only_is_refused(tmp_path: Path) -> None:
    result = _brat_bytes(tmp_path, b"\xef\xbb\xbfHello Kyiv.\n", "T1\tACTOR 0 1\t\ufeff\n")
    assert not result.items
    assert result.problems[0].line == 1
    assert "bug" not in result.problems[0].reason


def test_span_over_a_removed_character_says_so_in_every_reader(tmp_path: Path) -> None:
    # A span over a NUL alone: it was reported as "holds only a line break".
    from annotator.formats.doccano import read_doccano
    from annotator.formats.jsonl import read_jsonl

    text = "Kyiv\u0000 said it."
    native = {"text": text, "spans": [{"start": 4, "end": 5, "label": "ACTOR"}]}
    doccano = {
        "text": text,
        "entities": [{"id": 1, "start_offset": 4, "end_offset": 5, "label": "ACTOR"}],
    }
    studio = [
        {
            "data": {"text": text},
            "annotations": [{"result": [_region("r", 4, 5, "ACTOR", "\u0000")]}],
        }
    ]
    problems = [
        *read_jsonl((json.dumps(native) + "\n").encode(), "a.jsonl", _options()).problems,
        *read_doccano((json.dumps(doccano) + "\n").encode(), "b.jsonl", _options()).problems,
        *read_labelstudio(json.dumps(studio).encode(), "c.json", _options()).problems,
    ]
    assert len(problems) == 3
    assert all("NUL" in p.reason and "line break" in p.reason for p in problems)
    assert [p.line for p in problems] == [1, 1, 1]


def test_json_lines_joined_from_files_with_a_byte_order_mark_read_every_line() -> None:
    # `cat a.jsonl b.jsonl > all.jsonl` where b.jsonl opens with a BOM (Notepad, PowerShell):
    # the second file's first line was "invalid JSON: Unexpected UTF-8 BOM (decode using
    # utf-8-sig)".
    from annotator.formats.doccano import read_doccano
    from annotator.formats.jsonl import read_jsonl

    native = b'{"text": "First doc here."}\n\xef\xbb\xbf{"text": "Second doc here."}\n'
    doccano = (
        b'{"text": "First doc here.", "entities": []}\n'
        b'\xef\xbb\xbf{"text": "Second doc here.", "entities": []}\n'
    )
    for result in (
        read_jsonl(native, "all.jsonl", _options()),
        read_doccano(doccano, "all.jsonl", _options()),
    ):
        assert not result.problems
        assert [i.document.text for i in result.items] == ["First doc here.", "Second doc here."]
