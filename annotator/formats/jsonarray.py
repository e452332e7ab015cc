"""A JSON array file read one element at a time: memory bounded by the largest element.

Label Studio exports one JSON array of tasks; read whole, a 400 MB export
becomes several gigabytes of Python objects. Here the file is decoded a
megabyte at a time and each element is parsed by json's own C parser as soon
as it is complete, so only the element being read (and the text around it)
is held. A file whose content is a single JSON value other than an array
gives that value as its only element.

Errors are InputError naming the file, the line and the reason, with the
same checks as `common.decode` (empty file, binary file, bytes that are not
valid in the encoding) and json's own reasons for invalid JSON.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from annotator.core.errors import InputError
from annotator.core.validate import finite_float, json_constant
from annotator.formats.common import ENCODING_HINT, text_encoding

# Bytes read at a time; an element longer than what is held is read by doubling.
CHUNK = 1 << 20
_SPACE = frozenset(" \t\n\r")


# (NaN, Infinity and numbers too large for a float are refused with the file and line, as
# load_json refuses them: Python's json reads them, JSON has none; review62c F9)
_decoder = json.JSONDecoder(parse_constant=json_constant, parse_float=finite_float)


class _Text:
    """The decoded text of a binary stream, held from the element being read onward."""

    def __init__(self, handle: BinaryIO, name: str, encoding: str | None) -> None:
        self.handle = handle
        self.name = name
        first = handle.read(CHUNK)
        encoding = text_encoding(first, name, encoding)
        try:
            self.decoder = codecs.getincrementaldecoder(encoding)()
        except LookupError as exc:
            raise InputError(f"unknown encoding {encoding!r}", file=name) from exc
        self.encoding = encoding
        self.text = ""
        self.pos = 0  # where reading goes on, in self.text
        self.line = 1  # the line of self.text[counted]
        self.counted = 0
        self.eof = False
        self.newlines_read = 0  # line breaks in the bytes decoded so far (for a bad byte)
        self._add(first)

    def _add(self, data: bytes, final: bool = False) -> None:
        try:
            piece = self.decoder.decode(data, final)
        except UnicodeDecodeError as exc:
            # The bad byte is in `data` (what the decoder held back is valid so far).
            line = self.newlines_read + data.count(b"\n", 0, max(exc.start, 0)) + 1
            hint = ENCODING_HINT if self.encoding.startswith("utf-8") else ""
            bad = exc.object[exc.start] if exc.start < len(exc.object) else 0
            raise InputError(
                f"byte 0x{bad:02x} is not valid {self.encoding.replace('-sig', '')}{hint}",
                file=self.name,
                line=line,
            ) from exc
        self.newlines_read += data.count(b"\n")
        self.text += piece

    def more(self) -> bool:
        """Read on (doubling what is held), dropping what lies before the current line."""
        if self.eof:
            return False
        cut = self.text.rfind("\n", 0, self.pos) + 1
        if cut > CHUNK:
            self.line_at(cut)
            self.text = self.text[cut:]
            self.pos -= cut
            self.counted -= cut
        data = self.handle.read(max(CHUNK, len(self.text)))
        if not data:
            self.eof = True
            self._add(b"", final=True)
            return True
        self._add(data)
        return True

    def line_at(self, index: int) -> int:
        """The line of self.text[index] (index never before the last one asked about)."""
        self.line += self.text.count("\n", self.counted, index)
        self.counted = index
        return self.line

    def skip_space(self) -> str:
        """The next character that is not whitespace ("" at the end of the file)."""
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in _SPACE:
                pos += 1
            self.pos = pos
            if pos < len(text):
                return text[pos]
            if not self.more():
                return ""

    def error(self, reason: str, index: int) -> InputError:
        line = self.line_at(index)
        column = index - self.text.rfind("\n", 0, index)
        return InputError(f"invalid JSON: {reason} (column {column})", file=self.name, line=line)

    def value(self) -> Any:
        """The JSON value at the current position; the position moves past it."""
        while True:
            try:
                value, end = _decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if self.more():
                    continue  # the value may go on in the next bytes
                raise self.error(exc.msg, exc.pos) from exc
            except RecursionError as exc:
                raise InputError(
                    "JSON nested too deeply", file=self.name, line=self.line_at(self.pos)
                ) from exc
            except ValueError as exc:  # e.g. an integer of more than 4,300 digits
                raise InputError(
                    f"unreadable JSON value: {str(exc)[:120]}",
                    file=self.name,
                    line=self.line_at(self.pos),
                ) from exc
            if end == len(self.text) and self.more():
                continue  # a number may go on in the next bytes
            self.pos = end
            return value


def iter_array(
    handle: BinaryIO, name: str, encoding: str | None = None
) -> Iterator[tuple[int, int, Any]]:
    """(number from 1, line where it starts, value) of each element of the file's JSON array.

    Raises InputError (file, line, reason) when the file is not valid JSON;
    elements before the error have been given out already.
    """
    text = _Text(handle, name, encoding)
    first = text.skip_space()
    if first != "[":
        line = text.line_at(text.pos)
        yield 1, line, text.value()
        if text.skip_space():
            raise text.error("Extra data", text.pos)
        return
    text.pos += 1
    number = 0
    if text.skip_space() == "]":
        text.pos += 1
    else:
        while True:
            if not text.skip_space():
                raise text.error("Expecting value", text.pos)
            number += 1
            line = text.line_at(text.pos)
            yield number, line, text.value()
            after = text.skip_space()
            text.pos += 1
            if after == "]":
                break
            if after != ",":
                raise text.error("Expecting ',' delimiter", text.pos - 1)
    if text.skip_space():
        raise text.error("Extra data", text.pos)
