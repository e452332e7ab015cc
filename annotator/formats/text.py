"""Plain text and Markdown articles: one file, one document."""

from __future__ import annotations

from pathlib import PurePath

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument, Document
from annotator.core.text import headline, normalise_text, title_from_filename
from annotator.formats.common import ReadResult, decode


def read_text(data: bytes, name: str, encoding: str | None = None) -> ReadResult:
    """One document from a .txt or .md file.

    Line endings become "\\n" (see core.text.normalise_text); the whole text is
    kept, headline included, so offsets match the file. The title is the first
    line when it looks like a headline (Markdown '#' marks removed), otherwise
    the file name.
    """
    text = normalise_text(decode(data, name, encoding))
    if not text.strip():
        raise InputError("the file holds only whitespace", file=name)
    title = headline(text)
    if title is not None and PurePath(name).suffix.lower() in {".md", ".markdown"}:
        title = title.lstrip("#").strip() or title
    document = Document.from_text(
        text, title=title or title_from_filename(PurePath(name).stem), source=name
    )
    return ReadResult(items=[AnnotatedDocument(document)])
