"""Every export format by name: how to write it, and what it cannot express.

`FORMATS` is what the CLI's --format choices and the export dialog list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument
from annotator.formats import brat, conll, csv_spans, doccano, hf, labelstudio, spacy_docbin
from annotator.formats.jsonl import write_jsonl
from annotator.formats.tagging import WriteContext, tag_names

__all__ = ["FORMATS", "FormatSpec", "WriteContext", "get", "tag_names"]

FileWriter = Callable[[Iterable[AnnotatedDocument], Path, WriteContext], None]
DirWriter = Callable[[Mapping[str, Iterable[AnnotatedDocument]], Path, WriteContext], None]
Limitations = Callable[[AnnotatedDocument, WriteContext], Iterable[str]]


@dataclass(frozen=True)
class FormatSpec:
    name: str
    description: str
    suffix: str
    kind: str = "file"  # "file": one file per split part; "dir": a folder
    write_file_fn: FileWriter | None = None
    write_dir_fn: DirWriter | None = None
    limitations: Limitations | None = None
    extras: Callable[[WriteContext, Path], dict[str, bytes]] | None = None
    requires: Callable[[], None] | None = None
    token_level: bool = False
    # With several annotators: "record" (one per document and annotator, split by the
    # export), "annotation" (the writer groups them per document), "row" (one per span),
    # "merge" (token formats: one tag per token, under the export's overlap policy).
    multi: str = "record"
    offset_unit: str = "codepoint"  # what the format's offsets count unless the user says
    # The writer and `limitations` also take DocumentRows (spans as SpanRecords, no Span
    # object per span), and the export hands them those: the bulk formats.
    rows: bool = False

    def write_file(self, items: Iterable[AnnotatedDocument], path: Path, ctx: WriteContext) -> None:
        assert self.write_file_fn is not None
        self.write_file_fn(items, path, ctx)

    def write_dir(
        self, parts: Mapping[str, Iterable[AnnotatedDocument]], path: Path, ctx: WriteContext
    ) -> None:
        assert self.write_dir_fn is not None
        self.write_dir_fn(parts, path, ctx)


def _jsonl(items: Iterable[AnnotatedDocument], path: Path, ctx: WriteContext) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        write_jsonl(items, out)


def _relations_only(item: AnnotatedDocument, ctx: WriteContext) -> Iterator[str]:
    for _ in item.relations:
        yield "relations not expressible in this format"


FORMATS: dict[str, FormatSpec] = {
    spec.name: spec
    for spec in (
        FormatSpec(
            "jsonl",
            "native JSONL (spaCy/Prodigy span form), lossless",
            ".jsonl",
            write_file_fn=_jsonl,
            token_level=False,
            rows=True,
        ),
        FormatSpec(
            "spacy",
            "spaCy DocBin (.spacy): doc.spans['annotator'] and doc.ents",
            ".spacy",
            write_file_fn=spacy_docbin.write_spacy_file,
            limitations=spacy_docbin.spacy_limitations,
            requires=spacy_docbin.require_spacy,
            token_level=True,
            multi="merge",
            rows=True,
        ),
        FormatSpec(
            "conll",
            "CoNLL token-per-line NER tags (IOB2 or BIOES)",
            ".conll",
            write_file_fn=conll.write_conll_file,
            limitations=conll.conll_limitations,
            token_level=True,
            multi="merge",
            rows=True,
        ),
        FormatSpec(
            "hf",
            "Hugging Face token classification JSONL (tokens, ner_tags; a row per segment)",
            ".jsonl",
            write_file_fn=hf.write_hf_file,
            limitations=conll.conll_limitations,
            extras=hf.hf_extras,
            token_level=True,
            multi="merge",
            rows=True,
        ),
        FormatSpec(
            "brat",
            "brat standoff folder (.txt/.ann, annotation.conf)",
            "",
            kind="dir",
            write_dir_fn=brat.write_brat_dir,
        ),
        FormatSpec(
            "labelstudio",
            "Label Studio JSON tasks, with the labelling config",
            ".json",
            write_file_fn=labelstudio.write_labelstudio_file,
            extras=labelstudio.labelstudio_extras,
            multi="annotation",
        ),
        FormatSpec(
            "doccano",
            "doccano JSONL (entities and relations; UTF-16 offsets by default)",
            ".jsonl",
            write_file_fn=doccano.write_doccano_file,
            limitations=doccano.doccano_limitations,
            offset_unit="utf16",
        ),
        FormatSpec(
            "csv",
            "CSV, one row per span (UTF-8 with BOM, formula-safe)",
            ".csv",
            write_file_fn=csv_spans.write_csv_file,
            limitations=None,
            multi="row",
        ),
    )
}


def get(name: str) -> FormatSpec:
    """The format called `name`; InputError listing the known ones otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        raise InputError(f"unknown export format {name!r} (known: {', '.join(FORMATS)})") from None
