"""Fuzzing every reader: random structures of each format, random bytes, lone surrogates,
huge integers and deep nesting never raise anything but a reported problem.

Each reader gets a quick tier in the default run and a tier of 10,000 examples marked
`slow` and `fuzz`, left out of the default run (about five minutes; `pytest -m fuzz`).
A reader may report problems (ReadResult.problems) or refuse the whole file with an
InputError; any other exception fails the test. Every document it does return must be
storable as is: text, ids, titles and names encode as UTF-8, offsets fit the text.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument
from annotator.formats.common import ReadOptions, ReadResult
from annotator.formats.readers import READERS
from annotator.services.importing import import_file
from annotator.store.db import open_db
from annotator.store.repository import Repository

QUICK = 200
SLOW = 10_000
OPTIONS = ReadOptions(annotator="fuzz")
HUGE = "<<HUGE>>"
DEEP = "<<DEEP>>"

# Strings that have broken readers before: lone surrogates, controls, separators, labels.
WORDS = (
    "\ud800", "a\udfffb", "\x00", "\r\n", "\u2028", "QUOTE", "ACTOR", "CASUALTY", "speaker",
    "", " ", "1", "x" * 600, "../../etc/passwd", "Ana", "\U0001f600", "kind", "direct",
    "count_low", "imported", "manual", "a", "b", "T1", "e\u0301",
)  # fmt: skip
ARTICLE_TEXT = "Ana said: we counted 12 dead in Kyiv.\r\nBen agreed \ud800 here."
HUGE_INT = "9" * 5000
DEEP_LIST = "[" * 3000 + "]" * 3000


class Blueprint:
    """Turns the bytes hypothesis draws into a structure, one byte per choice.

    Hypothesis draws one short byte string per example (cheap to generate, and it
    shrinks to a minimal failing file); this decoder spends it on choices. Once the
    bytes run out every choice is 0, so every file is finite.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def pick(self, n: int) -> int:
        if self.at >= len(self.data):
            return 0
        self.at += 1
        return self.data[self.at - 1] % n

    def word(self) -> str:
        return WORDS[self.pick(len(WORDS))]

    def scalar(self) -> Any:
        kind = self.pick(8)
        if kind == 0:
            return None
        if kind == 1:
            return bool(self.pick(2))
        if kind == 2:
            return self.pick(50) - 2
        if kind == 3:
            return HUGE  # spliced in as a 5,000-digit integer
        if kind == 4:
            return [1.5, float("inf"), -0.0, 10**20][self.pick(4)]
        if kind == 5:
            return DEEP  # spliced in as 3,000 nested lists
        return self.word()

    def json(self, depth: int = 0) -> Any:
        kind = self.pick(6) if depth < 3 else 0
        if kind == 4:
            return [self.json(depth + 1) for _ in range(self.pick(4))]
        if kind == 5:
            return {self.word(): self.json(depth + 1) for _ in range(self.pick(4))}
        return self.scalar()

    def maybe(self, plausible: Callable[[], Any]) -> Any:
        """A plausible value most of the time, any JSON value otherwise."""
        return plausible() if self.pick(4) else self.json()

    def fields(self, spec: dict[str, Callable[[], Any]]) -> dict[str, Any]:
        return {key: self.maybe(make) for key, make in spec.items() if self.pick(3)}

    def many(self, make: Callable[[], Any], most: int) -> list[Any]:
        return [make() for _ in range(self.pick(most + 1))]

    def offset(self) -> Any:
        return self.pick(45) - 2 if self.pick(8) else HUGE

    def label(self) -> str:
        return ("QUOTE", "ACTOR", "CASUALTY", "speaker", "BOGUS")[self.pick(5)]

    def ident(self) -> Any:
        return (self.word, lambda: self.pick(4), self.json)[self.pick(3)]()

    def article(self) -> Any:
        return ARTICLE_TEXT if self.pick(3) else self.word()


def native_record(b: Blueprint) -> dict[str, Any]:
    def span() -> dict[str, Any]:
        return b.fields(
            {
                "start": b.offset, "end": b.offset, "label": b.label, "id": b.ident,
                "annotator": b.word, "provenance": b.word,
                "attributes": lambda: {b.word(): b.json() for _ in range(b.pick(3))},
                "actor": lambda: b.fields({"id": b.ident, "name": b.word}), "created": b.word,
            }
        )  # fmt: skip

    def end() -> dict[str, Any]:
        return b.fields({"start": b.offset, "end": b.offset, "label": b.label, "id": b.ident})

    def relation() -> dict[str, Any]:
        return b.fields(
            {"label": b.label, "head_id": b.ident, "child_id": b.ident, "id": b.ident,
             "annotator": b.word, "head_span": end, "child_span": end}
        )  # fmt: skip

    return b.fields(
        {
            "text": b.article, "meta": lambda: {b.word(): b.json() for _ in range(b.pick(3))},
            "meta_keys": lambda: b.many(b.json, 2), "title": b.word,
            "spans": lambda: b.many(span, 4), "relations": lambda: b.many(relation, 2),
        }
    )  # fmt: skip


RESULT_TYPES = ("labels", "relation", "choices", "number", "textarea")
FROM_NAMES = ("label", "CASUALTY_count_low", "QUOTE_kind", "x_y")


def labelstudio_tasks(b: Blueprint) -> list[Any]:
    def result() -> dict[str, Any]:
        return b.fields(
            {
                "id": b.ident,
                "type": lambda: RESULT_TYPES[b.pick(5)],
                "from_name": lambda: FROM_NAMES[b.pick(4)],
                "value": lambda: b.fields(
                    {"start": b.offset, "end": b.offset, "labels": lambda: b.many(b.label, 2),
                     "text": b.word, "choices": lambda: b.many(b.word, 2), "number": b.json}
                ),
                "from_id": b.ident, "to_id": b.ident,
                "direction": lambda: ("left", "right")[b.pick(2)],
                "labels": lambda: b.many(b.label, 2),
            }
        )  # fmt: skip

    def annotation() -> dict[str, Any]:
        return b.fields(
            {"result": lambda: b.many(result, 4), "annotator": b.word,
             "completed_by": lambda: b.fields({"email": b.word, "id": b.ident}),
             "was_cancelled": lambda: bool(b.pick(2))}
        )  # fmt: skip

    def task() -> dict[str, Any]:
        return b.fields(
            {"data": lambda: b.fields({"text": b.article, "title": b.word}),
             "annotations": lambda: b.many(annotation, 2)}
        )  # fmt: skip

    return [task() for _ in range(1 + b.pick(3))]


def doccano_record(b: Blueprint) -> dict[str, Any]:
    def entity() -> dict[str, Any]:
        return b.fields(
            {"id": b.ident, "label": b.label, "start_offset": b.offset, "end_offset": b.offset,
             "annotator": b.word, "span_id": b.ident}
        )  # fmt: skip

    def relation() -> dict[str, Any]:
        return b.fields(
            {"id": b.ident, "from_id": b.ident, "to_id": b.ident, "type": b.label,
             "relation_id": b.ident}
        )  # fmt: skip

    record = b.fields(
        {"text": b.article, "title": b.word, "relations": lambda: b.many(relation, 2)}
    )
    if b.pick(2):
        record["entities"] = b.maybe(lambda: b.many(entity, 4))
    else:
        record["label"] = b.maybe(lambda: b.many(lambda: [b.offset(), b.offset(), b.label()], 3))
    return record


def as_json(value: Any, *, lines: bool) -> bytes:
    """JSON (lone surrogates escaped), with huge integers and deep nesting spliced in."""
    records = value if lines else [value]
    out = "\n".join(json.dumps(r) for r in records)
    out = out.replace(json.dumps(HUGE), HUGE_INT).replace(json.dumps(DEEP), DEEP_LIST)
    return out.encode("utf-8")


def brat_file(b: Blueprint) -> str:
    def line() -> str:
        kind = b.pick(6)
        n = b.pick(4)
        if kind == 0:
            start = HUGE_INT if not b.pick(8) else str(b.pick(42))
            return f"T{n}\t{b.label()} {start} {b.pick(42)}\t{b.word()}"
        if kind == 1:
            return f"T{n}\t{b.label()} {b.pick(10)} {b.pick(20)};{b.pick(30)} {b.pick(42)}\tx"
        if kind == 2:
            return f"R{n}\tspeaker Arg1:T{b.pick(4)} Arg2:T{b.pick(4)}"
        if kind == 3:
            return f"A{n}\tkind T{b.pick(4)} {b.word()}"
        if kind == 4:
            note = b.fields(
                {"id": b.ident, "annotator": b.word, "attributes": b.json, "provenance": b.word,
                 "created": b.json}
            )  # fmt: skip
            body = as_json(note if b.pick(3) else b.json(), lines=False).decode()
            return f"#{n}\tAnnotatorNotes T{b.pick(4)}\t{body}"
        return b.word()

    return "\n".join(line() for _ in range(b.pick(7)))


def conll_file(b: Blueprint) -> str:
    def line() -> str:
        if not b.pick(5):
            return ("", "-DOCSTART- -X- -X- O", "# comment", b.word())[b.pick(4)]
        token = ("Ana", "said", "#", "\u00e9", b.word())[b.pick(5)]
        tag = ("O", "B-ACTOR", "I-ACTOR", "E-QUOTE", "S-QUOTE", "I-BOGUS", "X-Y", "B-")[b.pick(8)]
        return f"{token}{' ' if b.pick(4) else chr(9)}{tag}"

    return "\n".join(line() for _ in range(b.pick(12)))


def csv_file(b: Blueprint) -> str:
    def cell() -> str:
        return ('"', ",", "\n", '""', "text", "title", b.word())[b.pick(7)]

    header = ("text,title,x", "title,x", "text", "")[b.pick(4)]
    rows = [",".join(cell() for _ in range(1 + b.pick(3))) for _ in range(1 + b.pick(4))]
    return header + "\n" + "\n".join(rows)


HTML_PIECES = (
    "<p>", "</p>", "<div>", "</div>", "<title>", "</title>", "<head>", "</head>", "<body>",
    "<td>", "</td>", "<tr>", "<table>", "<script>", "</script>", "<br>", "<!--", "-->",
    "<!DOCTYPE html>", "&amp;", "&#xD800;", "&#99999999;", "<b", "<![CDATA[", "<h1>", "</h1>",
    "<meta name=date content='2024'>", "<svg>", "<li>", "<", "<style>", "</style>", "<html>",
    "<p class='a\" b'>", "</x>", "<?xml?>",
)  # fmt: skip


def html_file(b: Blueprint) -> str:
    return "".join(
        HTML_PIECES[b.pick(len(HTML_PIECES))] if b.pick(3) else b.word() for _ in range(b.pick(30))
    )


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


BUILDERS: dict[str, Callable[[Blueprint], bytes]] = {
    ".native": lambda b: as_json([native_record(b) for _ in range(1 + b.pick(3))], lines=True),
    ".labelstudio": lambda b: as_json(labelstudio_tasks(b), lines=False),
    ".doccano": lambda b: as_json([doccano_record(b) for _ in range(1 + b.pick(3))], lines=True),
    ".json": lambda b: (
        as_json(labelstudio_tasks(b), lines=False)
        if b.pick(2)
        else as_json([native_record(b) for _ in range(1 + b.pick(2))], lines=False)
    ),
    ".jsonl": lambda b: (
        as_json([doccano_record(b) for _ in range(1 + b.pick(2))], lines=True)
        if b.pick(2)
        else as_json([native_record(b) for _ in range(1 + b.pick(2))], lines=True)
    ),
    ".ann": lambda b: _utf8(brat_file(b)),
    ".conll": lambda b: _utf8(conll_file(b)),
    ".csv": lambda b: _utf8(csv_file(b)),
    ".html": lambda b: _utf8(html_file(b)),
    ".txt": lambda b: _utf8("".join(b.word() for _ in range(b.pick(6)))),
}
RAW_PREFIXES = (b"", b"\xef\xbb\xbf", b"\xff\xfe\x00\xd8", b"\xfe\xff", b"[" * 5000, b"{" * 5000)
READER_NAMES = sorted(BUILDERS)


def file_for(suffix: str, blueprint: bytes) -> bytes:
    """The file a blueprint stands for: mostly a structure of the format, sometimes raw bytes."""
    b = Blueprint(blueprint)
    if b.pick(8) == 0:
        return RAW_PREFIXES[b.pick(len(RAW_PREFIXES))] + blueprint[b.at :]
    return BUILDERS[suffix](b)


BLUEPRINTS = st.binary(max_size=160)


def storable(item: AnnotatedDocument) -> None:
    """Everything a reader returns can be written to SQLite as it is."""
    doc = item.document
    for value in (doc.id, doc.text, doc.title, doc.source, doc.published or ""):
        value.encode("utf-8")
    json.dumps(doc.meta, ensure_ascii=False).encode("utf-8")
    for span in item.spans:
        assert 0 <= span.start < span.end <= len(doc.text), span
        for value in (span.id, span.label, span.annotator, span.provenance, span.created):
            value.encode("utf-8")
        json.dumps(span.attributes, ensure_ascii=False).encode("utf-8")
    ids = {span.id for span in item.spans}
    for relation in item.relations:
        assert relation.head_id in ids  # resolved within the record
        assert relation.tail_id in ids
        (relation.id + relation.annotator).encode("utf-8")


_folder = tempfile.mkdtemp(prefix="annotator-fuzz-")
# brat reads the text beside the .ann
Path(_folder, "input.txt").write_text(
    "Ana said: we counted 12 dead in Kyiv.\r\nBen agreed.", "utf-8"
)


def read(suffix: str, data: bytes) -> None:
    """Run the reader for `suffix` on `data`; only reported problems are allowed."""
    name = os.path.join(_folder, f"input{suffix}")
    try:
        result = READERS[suffix](data, name, OPTIONS)
    except InputError as exc:  # the reader refused the whole file, with a reason
        refusal = exc
    else:
        refusal = None
    if refusal is not None:
        assert refusal.reason
        return
    assert isinstance(result, ReadResult)
    for problem in result.problems:
        assert isinstance(problem, InputError)
        assert problem.file == name
        assert "bug in the reader" not in problem.reason, problem
    for item in result.items:
        storable(item)


def fuzz(examples: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    # Generation only (no replay database, no targeting): the slow tier's 10,000 examples
    # per reader are the cost of hypothesis's engine more than of the readers. A failure
    # is still shrunk to a small blueprint before it is reported.
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )


@pytest.mark.parametrize("suffix", READER_NAMES)
@fuzz(QUICK)
@given(blueprint=BLUEPRINTS)
def test_reader_survives_random_structures_of_its_format(suffix: str, blueprint: bytes) -> None:
    read(suffix, file_for(suffix, blueprint))


# .json and .jsonl only choose among the native, Label Studio and doccano readers, which
# have their own slow runs; they keep the quick tier.
SLOW_READERS = sorted(set(READER_NAMES) - {".json", ".jsonl"})


@pytest.mark.slow
@pytest.mark.fuzz
@pytest.mark.parametrize("suffix", SLOW_READERS)
@fuzz(SLOW)
@given(blueprint=BLUEPRINTS)
def test_reader_survives_ten_thousand_random_files(suffix: str, blueprint: bytes) -> None:
    read(suffix, file_for(suffix, blueprint))


@pytest.fixture(scope="module")
def fuzz_repo(tmp_path_factory: pytest.TempPathFactory) -> Repository:
    return Repository(open_db(tmp_path_factory.mktemp("fuzz") / "fuzz.db"))


@pytest.mark.parametrize("suffix", READER_NAMES)
@fuzz(25)
@given(blueprint=BLUEPRINTS)
def test_importing_random_files_reports_problems_and_never_a_bug(
    fuzz_repo: Repository, suffix: str, blueprint: bytes
) -> None:
    """Through the whole import path (store included): no file ever produces a bug report."""
    path = Path(_folder) / f"whole{suffix}"
    path.write_bytes(file_for(suffix, blueprint))
    if suffix == ".ann":
        path.with_suffix(".txt").write_text("Ana said: we counted 12 dead in Kyiv.", "utf-8")
    outcome = import_file(fuzz_repo, path, OPTIONS, format_name=suffix.lstrip("."))
    for problem in outcome.problems:
        assert "bug in the reader" not in problem.reason, problem
        assert problem.file == str(path)
    assert fuzz_repo.db.execute("PRAGMA foreign_key_check").fetchall() == []
