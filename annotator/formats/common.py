"""What every reader shares: decoding bytes with clear errors, and the result type."""

from __future__ import annotations

import codecs
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument
from annotator.core.schema import LabelSchema, default_schema
from annotator.core.text import normalise_text
from annotator.core.validate import finite_float, json_constant

_log = logging.getLogger(__name__)

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
    # Offset unit of a doccano file: "utf16", "codepoint", or None to tell it from the file.
    offsets: str | None = None


class UnreadableFile(InputError):
    """The file as a whole cannot be read (not valid JSON, not decodable): none of it imports,
    even where records before the fault were read."""


@dataclass
class ReadResult:
    """Documents read from one file, and the records that could not be read."""

    items: list[AnnotatedDocument] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    # What the user should know about how the file was read (a detected offset unit).
    notes: list[str] = field(default_factory=list)


# The window's import has no options: the hints name the command that has them.
ENCODING_HINT = (
    "; if the file uses another encoding, name it with "
    "`annotator import --encoding ENC FILE` (e.g. cp1252)"
)


def bom_encoding(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of `data` announces, if any."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def text_encoding(head: bytes, name: str, encoding: str | None = None) -> str:
    """The encoding to read a file with, from its first bytes `head` (or the whole file).

    `encoding` when given; else the one a byte-order mark announces; else UTF-8
    (a BOM allowed). Raises InputError naming the file for an empty or binary file.
    """
    if not head or head.isspace():  # not head.strip(): that copies the whole file
        raise InputError("the file is empty", file=name)
    if encoding is None:
        encoding = bom_encoding(head)
    if encoding is None:
        if b"\x00" in head[:8192]:
            raise InputError("this looks like a binary file, not text", file=name)
        encoding = "utf-8-sig"
    return encoding


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), or UTF-16/32 announced by a BOM.

    A byte-order mark is unambiguous, so it is trusted; anything else must be
    UTF-8 unless `encoding` says otherwise. Raises InputError naming the file,
    the line of the first bad byte and the fix (--encoding) for text in another
    encoding, and for empty or binary files.
    """
    encoding = text_encoding(data, name, encoding)
    try:
        return data.decode(encoding)
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r}", file=name) from exc
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        hint = ENCODING_HINT if encoding.startswith("utf-8") else ""
        raise InputError(
            f"byte 0x{data[exc.start]:02x} is not valid {encoding.replace('-sig', '')}{hint}",
            file=name,
            line=line,
        ) from exc


# Longest id, name or title a record may carry; longer ones are refused, not cut, so
# two different long ids can never become the same one.
MAX_NAME = 500
# Deepest nesting of metadata kept from a record (JSON itself is parsed up to the
# interpreter's recursion limit, and deeper input is refused as a record problem).
MAX_META_DEPTH = 32


# A span whose characters normalising removes ("\r" of "\r\n", NUL, a lone surrogate):
# the reason every reader gives.
REMOVED_ONLY = (
    "holds only characters the import removes (the \\r of a line break, NUL or another "
    "control character, a lone surrogate)"
)


def offsets_problem(start: int, end: int, length: int, unit: str = "characters") -> str | None:
    """Why [start, end) cannot be a span of a text `length` units long, or None if it can.

    A reversed or empty range is named as such: calling it "outside the text" sends
    the reader looking for a text that is too short.
    """
    if 0 <= start < end <= length:
        return None
    if 0 <= end < start <= length:
        return f"[{start}, {end}) ends before it starts"
    if 0 <= start == end <= length:
        return f"[{start}, {end}) is empty (the end offset is exclusive)"
    return f"[{start}, {end}) is outside the text of {length} {unit}"


def load_json(text: str | bytes) -> Any:
    """`json.loads`, with every way it can fail turned into InputError (no file or line).

    Invalid JSON, integers longer than Python converts (4,300 digits), and
    nesting deeper than the interpreter allows all become a readable reason, and so
    do NaN, Infinity and -Infinity: Python's json reads them, but they are not JSON,
    and the database's JSON check would refuse them later with a message naming the
    database instead of the file and line.
    """
    if isinstance(text, str) and text.startswith("\ufeff"):
        # A byte-order mark opening a line: JSON Lines files joined with `cat`.
        text = text[1:]
    try:
        return json.loads(text, parse_constant=json_constant, parse_float=finite_float)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})") from exc
    except RecursionError as exc:
        raise InputError("JSON nested too deeply") from exc
    except ValueError as exc:  # e.g. "Exceeds the limit (4300 digits) for integer string"
        raise InputError(f"unreadable JSON value: {str(exc)[:120]}") from exc


def clean_name(value: str) -> str:
    """One-line text for an id, title or name: line breaks and tabs become spaces,
    control characters and lone surrogates are dropped, ends trimmed."""
    return " ".join(normalise_text(value).split("\n")).replace("\t", " ").strip()


def text_field(
    value: Any, what: str, default: str = "", *, max_length: int | None = MAX_NAME
) -> str:
    """A record's text field (id, title, annotator, time) as clean one-line text.

    None and "" give `default`; whole numbers are written out (doccano and
    Label Studio number their ids); anything else is an InputError naming
    `what`. Longer than `max_length` characters is refused.
    """
    if value is None or value == "":
        return default
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(f"{what} must be text, not {_kind(value)}")
    if isinstance(value, int):
        if abs(value) >= 10**30:
            raise InputError(f"{what} is a number too long to be an id")
        value = str(value)
    cleaned = clean_name(value)
    if max_length is not None and len(cleaned) > max_length:
        raise InputError(f"{what} is longer than {max_length} characters")
    return cleaned or default


def clean_json(value: Any, what: str, depth: int = 0) -> Any:
    """A copy of JSON data with every string (keys too) cleaned of characters
    SQLite cannot store (lone surrogates, NUL); InputError when nested deeper
    than MAX_META_DEPTH."""
    if depth > MAX_META_DEPTH:
        raise InputError(f"{what} is nested more than {MAX_META_DEPTH} levels deep")
    if isinstance(value, str):
        return normalise_text(value)
    if isinstance(value, dict):
        return {normalise_text(str(k)): clean_json(v, what, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_json(v, what, depth + 1) for v in value]
    if isinstance(value, float) and value != value:  # NaN cannot be written back as JSON
        return None
    return value


def list_field(value: Any, what: str) -> list[Any]:
    """A record's list field: None gives [], a list is returned, anything else is refused."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"{what} must be a list, not {_kind(value)}")
    return value


def dict_field(value: Any, what: str) -> dict[str, Any]:
    """A record's object field: None gives {}, an object is returned, anything else refused."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InputError(f"{what} must be an object, not {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def unexpected(exc: BaseException, what: str) -> InputError:
    """The problem reported for an exception no check foresaw (the log has the traceback)."""
    _log.error("unexpected error while reading %s", what, exc_info=exc)
    return InputError(
        f"{what} could not be read ({type(exc).__name__}: {clean_name(str(exc))[:200]}); "
        "this is a bug in the reader, details are in the log"
    )
