"""The hand-checked document behind tests/formats/data/known*.

Offsets, checked by hand: "Ana Lópes" [0, 9), "We stay 😀" [16, 25) (the emoji
is ONE code point; UTF-16 would end at 26), "Kyiv" [30, 34), "O'Brien"
[36, 43) after the line break at 35. doccano's file counts UTF-16 units, so
it says [16, 26), [31, 35) and [37, 44). Regenerate the files only after checking
a diff by eye: `python -m tests.formats.known_answer OUTDIR`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.services.exporting import export
from annotator.store.db import open_db
from annotator.store.repository import Repository

TEXT = 'Ana L\u00f3pes said "We stay \U0001f600" in Kyiv.\nO\'Brien agreed.'
STAMP = "2024-01-01T00:00:00.000+00:00"
FILES = {
    "jsonl": "known.jsonl",
    "csv": "known.csv",
    "conll": "known.conll",
    "hf": "known.hf.jsonl",
    "labelstudio": "known.labelstudio.json",
    "doccano": "known.doccano.jsonl",
    "brat": "known_brat",
}


def build(repo: Repository) -> None:
    doc = Document.from_text(TEXT, title="Known answer", source="test")

    def span(needle: str, label: str, n: int, **attributes: object) -> Span:
        start = TEXT.index(needle)
        return Span(
            f"00000000-0000-0000-0000-00000000000{n}",
            doc.id,
            start,
            start + len(needle),
            label,
            "ana",
            dict(attributes),
            "manual",
            STAMP,
            STAMP,
        )

    actor = span("Ana L\u00f3pes", "ACTOR", 1, type="person")
    quote = span("We stay \U0001f600", "QUOTE", 2, kind="direct")
    kyiv = span("Kyiv", "ACTOR", 3)
    obrien = span("O'Brien", "ACTOR", 4)
    speaker = Relation(
        "00000000-0000-0000-0000-0000000000a1", quote.id, actor.id, "speaker", "ana", STAMP
    )
    repo.import_documents([AnnotatedDocument(doc, [actor, quote, kyiv, obrien], [speaker])], "ana")


def write_all(repo: Repository, folder: Path) -> None:
    for format_name, name in FILES.items():
        export(repo, format_name, folder / name)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(exist_ok=True)
    repository = Repository(open_db(target / "known.db"))
    build(repository)
    write_all(repository, target)
