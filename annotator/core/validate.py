"""Checks for values that come from outside: ids, names, times, free text, stored JSON.

Every check returns the value when it is acceptable and raises InputError
(reason only; the caller adds file and line) otherwise. Nothing here repairs
a value: a value that would need repairing is refused, so what is stored is
exactly what was checked.
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime
from typing import Any, Final

from annotator.core.errors import InputError
from annotator.core.text import normalise_text

MAX_ID: Final = 200
MAX_NAME: Final = 500
MAX_JSON_DEPTH: Final = 32

# Control characters (C0, DEL, C1), line and paragraph separators, lone surrogates.
_NOT_IN_A_LINE: Final = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_HEX16: Final = re.compile(r"^[0-9a-f]{16}$")
_HEX64: Final = re.compile(r"^[0-9a-f]{64}$")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_id(value: Any, what: str = "id") -> str:
    """An id that can never act as a path: 1 to 200 characters, none of them a control
    character, `/` or `\\`, no `..`, no leading or trailing space."""
    if not isinstance(value, str):
        raise InputError(f"{what} must be text, not {type(value).__name__}")
    if not value or len(value) > MAX_ID:
        raise InputError(f"{what} must have 1 to {MAX_ID} characters")
    if _NOT_IN_A_LINE.search(value) or "/" in value or "\\" in value:
        raise InputError(f"{what} {_show(value)} holds a slash or a control character")
    if ".." in value or value != value.strip():
        raise InputError(f"{what} {_show(value)} is not a plain id")
    return value


def check_document_id(value: Any, text_sha256: str) -> str:
    """A document id as our importers derive it: the first 16 hex digits of its sha256."""
    if not isinstance(value, str) or not _HEX16.match(value) or value != text_sha256[:16]:
        raise InputError(f"document id {_show(value)} is not derived from its text")
    return value


def check_sha256(value: Any) -> str:
    if not isinstance(value, str) or not _HEX64.match(value):
        raise InputError(f"sha256 {_show(value)} is not 64 lower-case hex digits")
    return value


def check_line(
    value: Any, what: str, *, max_length: int = MAX_NAME, allow_empty: bool = False
) -> str:
    """One line of text (a name, a title, a label): no control characters or line breaks."""
    if not isinstance(value, str):
        raise InputError(f"{what} must be text, not {type(value).__name__}")
    if not value.strip() and not allow_empty:
        raise InputError(f"{what} is empty")
    if len(value) > max_length:
        raise InputError(f"{what} is longer than {max_length} characters")
    if _NOT_IN_A_LINE.search(value):
        raise InputError(f"{what} {_show(value)} holds a control character or a line break")
    return value


def check_text(value: Any, what: str, *, max_length: int, allow_empty: bool = True) -> str:
    """Free text as our importers store it (see core.text.normalise_text): "\\n" line
    breaks only, no NUL or other control characters, no lone surrogates."""
    if not isinstance(value, str):
        raise InputError(f"{what} must be text, not {type(value).__name__}")
    if len(value) > max_length:
        raise InputError(f"{what} is longer than {max_length:,} characters")
    if not allow_empty and not value.strip():
        raise InputError(f"{what} is empty")
    if normalise_text(value) != value:
        raise InputError(
            f"{what} is not normalised text (\\r, NUL, control characters, U+2028/U+2029 "
            "or lone surrogates)"
        )
    return value


def check_time(value: Any, what: str) -> str:
    """An ISO 8601 time as we store them."""
    if not isinstance(value, str) or len(value) > 40:
        raise InputError(f"{what} {_show(value)} is not a time")
    try:
        datetime.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"{what} {_show(value)} is not an ISO 8601 time") from exc
    return value


def _depth(value: Any, limit: int) -> int:
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


class _NotJSONNumber(ValueError):
    """A number Python's json reads and JSON has not (NaN, Infinity, 1e999)."""


def json_constant(name: str) -> Any:
    """`parse_constant` for Python's json: NaN, Infinity and -Infinity, which it reads and
    JSON has not, are refused (a ValueError the readers turn into their InputError)."""
    raise _NotJSONNumber(f"{name} is not a JSON value (JSON has no NaN or Infinity)")


def finite_float(literal: str) -> float:
    """`parse_float` for Python's json: a number too large for a float ("1e999", which
    would be inf) is refused as NaN and Infinity are."""
    value = float(literal)
    if not math.isfinite(value):
        raise _NotJSONNumber(f"{literal[:40]} is too large a number (JSON has no Infinity)")
    return value


def parse_json(value: Any, what: str, kind: type[dict[str, Any]] | type[list[Any]]) -> Any:
    """Stored JSON text that must parse to a `kind` (dict or list), nested at most 32 deep."""
    if not isinstance(value, str):
        raise InputError(f"{what} must be JSON text, not {type(value).__name__}")
    try:
        parsed = json.loads(value, parse_constant=json_constant, parse_float=finite_float)
    except _NotJSONNumber as exc:
        raise InputError(f"{what}: {exc}") from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{what} is not valid JSON") from exc
    if not isinstance(parsed, kind):
        raise InputError(f"{what} must be a JSON {'object' if kind is dict else 'array'}")
    if _depth(parsed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise InputError(f"{what} is nested more than {MAX_JSON_DEPTH} deep")
    if _has_bad_string(parsed):
        raise InputError(f"{what} holds a string with NUL or a lone surrogate")
    return parsed


_BAD_IN_JSON: Final = re.compile(r"[\x00\ud800-\udfff]")


def _has_bad_string(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _BAD_IN_JSON.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False
