"""What every reader shares: decoding bytes with clear errors, and the result type."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument
from annotator.core.schema import LabelSchema, default_schema

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class ReadOptions:
    """What the user chose for an import (CLI flags or the import dialog)."""

    annotator: str = "imported"
    encoding: str | None = None
    schema: LabelSchema = field(default_factory=default_schema)
    text_column: str = "text"


@dataclass
class ReadResult:
    """Documents read from one file, and the records that could not be read."""

    items: list[AnnotatedDocument] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), or UTF-16/32 announced by a BOM.

    A byte-order mark is unambiguous, so it is trusted; anything else must be
    UTF-8 unless `encoding` says otherwise. Raises InputError naming the file,
    the line of the first bad byte and the fix (--encoding) for text in another
    encoding, and for empty or binary files.
    """
    if not data or data.isspace():  # not data.strip(): that copies the whole file
        raise InputError("the file is empty", file=name)
    if encoding is None:
        for bom, codec in _BOMS:
            if data.startswith(bom):
                encoding = codec
                break
    if encoding is None:
        if b"\x00" in data[:8192]:
            raise InputError("this looks like a binary file, not text", file=name)
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r}", file=name) from exc
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        hint = (
            "; if the file uses another encoding, say which with --encoding (e.g. cp1252)"
            if encoding.startswith("utf-8")
            else ""
        )
        raise InputError(
            f"byte 0x{data[exc.start]:02x} is not valid {encoding.replace('-sig', '')}{hint}",
            file=name,
            line=line,
        ) from exc
