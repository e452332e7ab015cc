"""File names for exports that write one file per document, never taken from stored values.

A document's id and title come from whoever made the database (a merged
colleague's file, a scraper): either may hold `../`, an absolute path, a
Windows device name or a thousand characters. `document_stem` keeps only
ASCII letters, digits and single hyphens of the title, at most TITLE_MAX
characters, and appends a short hash of the id (the hash, not the id, so no
stored character reaches the file system); `inside` proves the result lands
directly in the folder.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

TITLE_MAX = 40
_NOT_SAFE = re.compile(r"[^A-Za-z0-9]+")


def short_hash(value: str, length: int = 10) -> str:
    """`length` hex digits of SHA-256 of `value` (surrogates replaced first)."""
    data = value.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:length]


def safe_part(value: str, limit: int = TITLE_MAX) -> str:
    """ASCII letters and digits of `value`, joined by single hyphens, at most `limit` long.

    Accents are dropped (Lópes -> Lopes); everything else (dots, slashes,
    colons, spaces, other scripts) becomes a hyphen; hyphens at the edges are
    removed. May be empty.
    """
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return _NOT_SAFE.sub("-", ascii_text)[:limit].strip("-").lower()


def document_stem(title: str, document_id: str, extra: str = "") -> str:
    """`<title>-<hash of id>` (and `-<extra>`), safe on every platform.

    The hash suffix means the stem is never a bare Windows device name (CON,
    NUL, COM1...), never empty, never starts with a dot and holds no path
    separator.
    """
    stem = f"{safe_part(title) or 'document'}-{short_hash(document_id)}"
    if extra:
        stem += f"-{safe_part(extra, 24) or short_hash(extra, 6)}"
    return stem


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, after checking that it is a plain name directly inside `folder`."""
    path = folder / name
    if (
        not name
        or name in (".", "..")
        or "/" in name
        or "\\" in name
        or path.parent != folder
        or path.resolve().parent != folder.resolve()
    ):
        raise ValueError(f"unsafe file name {name!r}")
    return path
