"""Reading articles from a CSV table: one row, one document, text in a named column.

Optional columns: title, source (or url), published (or date); every other
column goes into the document's metadata.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePath

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument, Document
from annotator.core.text import headline, normalise_text, title_from_filename
from annotator.formats.common import ReadOptions, ReadResult, decode

_KNOWN = {"title", "source", "url", "published", "date"}


def read_csv(data: bytes, name: str, options: ReadOptions | None = None) -> ReadResult:
    """Documents from the rows of a CSV file; rows without text are reported and skipped."""
    options = options or ReadOptions()
    text = decode(data, name, options.encoding)
    # The csv module refuses cells over 128 KB by default; an article may be longer.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    # newline="" semantics: csv handles quoted line breaks; we normalise each cell.
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise InputError(f"not a readable CSV file: {exc}", file=name, line=1) from exc
    column = options.text_column
    if not header or column not in header:
        found = ", ".join(header or []) or "none"
        raise InputError(
            f"no column named {column!r} (columns: {found}); choose one with "
            "`annotator import --text-column NAME`",
            file=name,
            line=1,
        )
    result = ReadResult()
    stem = title_from_filename(PurePath(name).stem)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.problems.append(
                InputError(f"broken CSV: {exc}", file=name, line=reader.line_num)
            )
            break
        line = reader.line_num
        if None in row:
            result.problems.append(
                InputError("the row has more cells than the header", file=name, line=line)
            )
            continue
        body = normalise_text(row.get(column) or "")
        if not body.strip():
            result.problems.append(
                InputError(f"the {column!r} cell is empty", file=name, line=line)
            )
            continue
        title = (row.get("title") or "").strip() or headline(body) or f"{stem} {line}"
        meta = {k: v for k, v in row.items() if k not in _KNOWN and k != column and v}
        document = Document.from_text(
            body,
            title=normalise_text(title).replace("\n", " "),
            source=(row.get("source") or row.get("url") or name),
            published=(row.get("published") or row.get("date") or None),
            meta=meta,
        )
        result.items.append(AnnotatedDocument(document, line=line))
    if not result.items and not result.problems:
        result.problems.append(InputError("the table has no rows", file=name, line=2))
    return result
