"""One row per span, for spreadsheets: UTF-8 with a byte-order mark, formula-safe.

Columns: document title, document id, span id, start, end, label, text,
annotator, one `attr_<name>` column per attribute in the schema, speaker
(the text of the ACTOR linked to a QUOTE by a speaker relation; several are
joined with " | "), actor_id and actor_name (the canonical actor of an
ACTOR span). Offsets are code points. A cell that begins with =, +, -,
@, a tab or a carriage return gets a leading apostrophe, so that Excel,
LibreOffice and Google Sheets show it as text instead of running it as a
formula (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument
from annotator.formats.tagging import WriteContext

_RISKY = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """The cell text, with a leading apostrophe if a spreadsheet could read it as a formula."""
    if value is None:
        return ""
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return "'" + text if text.startswith(_RISKY) else text


def attribute_names(ctx: WriteContext) -> list[str]:
    names: list[str] = []
    for label in ctx.schema.labels:
        for attribute in label.attributes:
            if attribute.name not in names:
                names.append(attribute.name)
    return names


def write_csv_file(items: Iterable[AnnotatedDocument], path: Path, ctx: WriteContext) -> None:
    attributes = attribute_names(ctx)
    header = [
        "document_title",
        "document_id",
        "span_id",
        "start",
        "end",
        "label",
        "text",
        "annotator",
        *(f"attr_{name}" for name in attributes),
        "speaker",
        "actor_id",
        "actor_name",
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        for item in items:
            doc = item.document
            by_id = {span.id: span for span in item.spans}
            speakers: dict[str, list[str]] = {}
            for relation in item.relations:
                if relation.type == "speaker" and relation.tail_id in by_id:
                    speakers.setdefault(relation.head_id, []).append(
                        by_id[relation.tail_id].covered(doc.text)
                    )
            for span in item.spans:
                row = [
                    doc.title,
                    doc.id,
                    span.id,
                    span.start,
                    span.end,
                    span.label,
                    span.covered(doc.text),
                    span.annotator,
                    *(span.attributes.get(name) for name in attributes),
                    " | ".join(speakers.get(span.id, [])),
                    item.actors.get(span.id, {}).get("id"),
                    item.actors.get(span.id, {}).get("name"),
                ]
                writer.writerow([safe_cell(cell) for cell in row])
