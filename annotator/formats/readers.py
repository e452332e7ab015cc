"""Every import format by file suffix: which reader turns a file's bytes into documents.

`READERS` is what `annotator import` and the window accept; the writers are in
`registry.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.formats.brat import read_brat
from annotator.formats.common import ReadOptions, ReadResult
from annotator.formats.conll import read_conll
from annotator.formats.csv_table import read_csv
from annotator.formats.detect import read_json_any
from annotator.formats.doccano import read_doccano
from annotator.formats.html import read_html
from annotator.formats.jsonl import read_jsonl
from annotator.formats.labelstudio import read_labelstudio
from annotator.formats.text import read_text

__all__ = ["FILE_SUFFIXES", "READERS", "Reader"]

Reader = Callable[[bytes, str, ReadOptions], ReadResult]

READERS: dict[str, Reader] = {
    ".txt": lambda data, name, o: read_text(data, name, o.encoding),
    ".md": lambda data, name, o: read_text(data, name, o.encoding),
    ".markdown": lambda data, name, o: read_text(data, name, o.encoding),
    ".html": lambda data, name, o: read_html(data, name, o.encoding),
    ".htm": lambda data, name, o: read_html(data, name, o.encoding),
    # .json/.jsonl: native JSONL, Label Studio or doccano, told apart by content.
    ".jsonl": read_json_any,
    ".json": read_json_any,
    ".csv": read_csv,
    ".conll": read_conll,
    ".iob": read_conll,
    ".bio": read_conll,
    ".ann": read_brat,
    # Names for --format only (no file has these extensions).
    ".native": read_jsonl,
    ".labelstudio": read_labelstudio,
    ".doccano": read_doccano,
    ".brat": read_brat,
}
_FORMAT_NAMES_ONLY = frozenset({".native", ".labelstudio", ".doccano", ".brat"})
# The suffixes of the files the import reads (the window's File > Import offers them).
FILE_SUFFIXES: tuple[str, ...] = tuple(s for s in READERS if s not in _FORMAT_NAMES_ONLY)
