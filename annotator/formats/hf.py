"""The Hugging Face token-classification form: JSON Lines with `tokens` and `ner_tags`.

Each line: {"id": document id, "tokens": [str], "ner_tags": [int], "title": str}.
`ner_tags` index the tag list written beside the data as `<name>.labels.json`
(["O", "B-QUOTE", "I-QUOTE", ...]) and given as id2label in the manifest.
Load with `datasets.load_dataset("json", data_files=...)`. Same tokenizer and
overlap rule as CoNLL (formats.tagging).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from annotator.core.model import AnnotatedDocument
from annotator.formats.conll import tagged_tokens
from annotator.formats.tagging import WriteContext, tag_names


def write_hf_file(items: Iterable[AnnotatedDocument], path: Path, ctx: WriteContext) -> None:
    index = {tag: i for i, tag in enumerate(tag_names(ctx))}
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for item in items:
            text = item.document.text
            offsets, tags, _ = tagged_tokens(item, ctx)
            record = {
                "id": item.document.id,
                "title": item.document.title,
                "tokens": [text[s:e] for s, e in offsets],
                "ner_tags": [index[tag] for tag in tags],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def hf_extras(ctx: WriteContext, out: Path) -> dict[str, bytes]:
    """The label list file that ner_tags index: `<stem>.labels.json`."""
    names = tag_names(ctx)
    return {f"{out.stem}.labels.json": (json.dumps(names, ensure_ascii=False) + "\n").encode()}
