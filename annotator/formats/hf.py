"""The Hugging Face token-classification form: JSON Lines with `tokens` and `ner_tags`.

One line per segment of a document (ctx.segment: sentence, paragraph, the
default, or the whole document), so that rows fit a model's context window:
{"id": "<document id>-<n>", "document_id", "segment": n (from 0), "start" and
"end" (code points of the segment's first token start and last token end in
the document's text), "title", "tokens": [str], "ner_tags": [int]}.
`ner_tags` index the tag list written beside the data as `<name>.labels.json`
(["O", "B-QUOTE", "I-QUOTE", ...]) and given as id2label in the manifest.
A segment never ends inside a kept span (formats.tagging), so every row's
tags are a valid sequence on their own. Load with
`datasets.load_dataset("json", data_files=...)`. Same tokenizer and overlap
policy as CoNLL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from annotator.core.model import AnnotatedDocument, DocumentRows, span_records
from annotator.formats.tagging import WriteContext, tag_names, tagged_segments


def write_hf_file(
    items: Iterable[AnnotatedDocument | DocumentRows], path: Path, ctx: WriteContext
) -> None:
    index = {tag: i for i, tag in enumerate(tag_names(ctx))}
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for item in items:
            doc = item.document
            text = doc.text
            segments, _placement = tagged_segments(text, span_records(item), ctx, doc.title)
            for number, segment in enumerate(segments):
                rows = list(segment)
                record = {
                    "id": f"{doc.id}-{number}",
                    "document_id": doc.id,
                    "segment": number,
                    "start": rows[0][0],
                    "end": rows[-1][1],
                    "title": doc.title,
                    "tokens": [text[s:e] for s, e, _tag in rows],
                    "ner_tags": [index[tag] for _s, _e, tag in rows],
                }
                out.write(dumps(record) + "\n")


def hf_extras(ctx: WriteContext, out: Path) -> dict[str, bytes]:
    """The label list file that ner_tags index: `<stem>.labels.json`."""
    names = tag_names(ctx)
    return {f"{out.stem}.labels.json": (json.dumps(names, ensure_ascii=False) + "\n").encode()}
