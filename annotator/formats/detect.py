"""Telling JSON-based formats apart by content, for .json and .jsonl files.

A `.json` array of objects with "data" and "annotations" is Label Studio; a
JSON Lines file whose first record has "entities" or a "label" list (and no
"spans") is doccano; anything else is our native JSONL.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

from annotator.core.errors import InputError
from annotator.formats.common import ReadOptions, ReadResult, decode
from annotator.formats.doccano import is_doccano, read_doccano
from annotator.formats.jsonarray import iter_array
from annotator.formats.jsonl import read_jsonl
from annotator.formats.labelstudio import is_labelstudio, read_labelstudio

_LEADING_SPACE = re.compile(rb"\s*")
# UTF-16 and UTF-32 byte-order marks start with one of these; in those encodings a
# b"\n" byte is not necessarily a line break.
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


def _leading_text(data: bytes, name: str, options: ReadOptions) -> str:
    """The file's text with leading whitespace removed, decoded as far as needed.

    For UTF-8 that is up to the end of the first non-blank line: decoding and
    splitting a whole 50 MB file only to look at its first record costs more
    than a third of a second. The whole text when the file starts with "["
    (a Label Studio array is judged as a whole) or in any other encoding.
    """
    if options.encoding is None and not data.startswith(_WIDE_BOMS):
        match = _LEADING_SPACE.match(data)
        first = match.end() if match else 0
        line_end = data.find(b"\n", first)
        if line_end != -1:
            head = decode(data[:line_end], name, None).lstrip()
            if head and not head.startswith("["):
                return head
    return decode(data, name, options.encoding).lstrip()


def sniff(data: bytes, name: str, options: ReadOptions) -> str:
    """'labelstudio', 'doccano' or 'jsonl' for the bytes of a .json/.jsonl file."""
    try:
        text = _leading_text(data, name, options)
    except Exception:
        return "jsonl"
    if text.startswith("["):
        try:
            if is_labelstudio(json.loads(text)):
                return "labelstudio"
        except (ValueError, RecursionError):  # invalid JSON, 4,300-digit integers
            return "jsonl"
        return "jsonl"
    first = text.split("\n", 1)[0]
    try:
        record = json.loads(first)
    except (ValueError, RecursionError):  # invalid JSON, 4,300-digit integers
        return "jsonl"
    if is_labelstudio([record]):
        return "labelstudio"
    return "doccano" if is_doccano(record) else "jsonl"


def sniff_file(path: Path, name: str, options: ReadOptions) -> str:
    """`sniff` for a file, reading no more of it than needed.

    Up to its first non-blank line; for a UTF-8 JSON array, up to the end of its
    first element (a Label Studio export is told by its first task). A file in a
    wide encoding (a UTF-16/32 byte-order mark, NUL bytes) is judged whole.
    """
    with path.open("rb") as handle:
        head = b""
        for line in handle:
            head += line
            if line.strip():
                break
        if head.startswith(_WIDE_BOMS) or b"\x00" in head:
            return sniff(head + handle.read(), name, options)
        if not head.lstrip().startswith(b"["):
            return sniff(head, name, options)
        handle.seek(0)
        try:
            for _number, _line, first in iter_array(handle, name, options.encoding):
                return "labelstudio" if is_labelstudio([first]) else "jsonl"
        except InputError:  # not valid JSON from its first element: the JSONL reader says why
            return "jsonl"
    return "jsonl"  # an empty array


def read_json_any(data: bytes, name: str, options: ReadOptions) -> ReadResult:
    """Read a .json/.jsonl file as whichever of our JSON formats its content is."""
    kind = sniff(data, name, options)
    if kind == "labelstudio":
        return read_labelstudio(data, name, options)
    if kind == "doccano":
        return read_doccano(data, name, options)
    return read_jsonl(data, name, options)
