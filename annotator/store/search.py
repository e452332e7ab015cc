"""Searching the whole corpus: words (FTS5), exact phrases and regular expressions.

Hits come back as keyword-in-context rows in import order, lazily: `iter_hits`
reads candidate documents in small batches, so the first page costs only the
documents it needs. Offsets are code points into the document text.

- words: every word must occur in the document (FTS5 `MATCH`, each word
  quoted, so quotes, `AND`, `NEAR(`, `*` or `-` typed by the user are plain
  text; a trailing `*` on a word asks for a prefix). Hits are each whole-word
  occurrence of any of the words, case-insensitive.
- phrase: the words in this order, separated by anything that is not a word
  character (FTS5 phrase query, then the same check in Python).
- regex: Python `re` over the candidate documents. When the pattern holds
  literal words it must match, FTS5 narrows the candidates first; otherwise
  every document is scanned.

FTS5 folds diacritics ("Marovic" finds "Marović") but the hit positions are
found in Python, which does not: such documents yield no hit rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, Final

from annotator.core.errors import InputError, SchemaError
from annotator.core.model import STATUSES
from annotator.store.repository import Repository
from annotator.store.transaction import classify_module_reads

MODES: Final = ("words", "phrase", "regex")
CONTEXT: Final = 60
_BATCH: Final = 40
_MAX_BATCH: Final = 2000
_WORD = re.compile(r"[^\W_]+\*?")
_FTS_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchQuery:
    """What to look for and in which documents.

    `label` / `no_label`: documents that have (or lack) a span with that label,
    by `annotator` when given. `annotator`: documents they worked on (spans
    or a status).
    `status`: that annotator's status ('todo' when none is recorded); without
    an annotator, anyone's.
    """

    text: str
    mode: str = "words"
    label: str | None = None
    no_label: str | None = None
    annotator: str | None = None
    status: str | None = None
    case_sensitive: bool = False


@dataclass(frozen=True)
class Hit:
    """One keyword-in-context row."""

    document_id: str
    title: str
    start: int
    end: int
    left: str
    hit: str
    right: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "left": self.left,
            "hit": self.hit,
            "right": self.right,
        }


def fts_quote(word: str) -> str:
    """`word` as an FTS5 string: in double quotes, inner quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w.rstrip("*")]


def _flags(query: SearchQuery) -> int:
    return 0 if query.case_sensitive else re.IGNORECASE


def compile_query(query: SearchQuery) -> tuple[str | None, re.Pattern[str] | None]:
    """(FTS5 match expression or None for a full scan, Python pattern for the hits).

    The pattern is None when the query can match nothing (no words at all).
    Raises InputError for an invalid regular expression or an unknown mode.
    """
    if query.mode not in MODES:
        raise InputError(f"unknown search mode {query.mode!r}; use one of {', '.join(MODES)}")
    edge_l, edge_r = r"(?<![^\W_])", r"(?![^\W_])"
    if query.mode == "regex":
        try:
            pattern = re.compile(query.text, _flags(query))
        except re.error as exc:
            raise InputError(f"not a valid regular expression: {exc}") from exc
        needed = required_words(query.text)
        match = " AND ".join(needed) if needed else None
        return match, pattern
    words = _words(query.text)
    if not words:
        return None, None
    if query.mode == "phrase":
        plain = [w.rstrip("*") for w in words]
        body = r"[\W_]+".join(re.escape(w) for w in plain)
        return fts_quote(" ".join(plain)), re.compile(edge_l + body + edge_r, _flags(query))
    parts = []
    alternatives = []
    for word in dict.fromkeys(words):
        if word.endswith("*"):
            stem = word.rstrip("*")
            parts.append(fts_quote(stem) + "*")
            alternatives.append(re.escape(stem) + r"[^\W_]*")
        else:
            parts.append(fts_quote(word))
            alternatives.append(re.escape(word))
    body = "(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")"
    return " AND ".join(parts), re.compile(edge_l + body + edge_r, _flags(query))


def required_words(pattern: str) -> list[str]:
    """FTS5 terms that every match of the regular expression `pattern` must contain.

    Only literal runs at the top level of the pattern count (not inside
    alternatives or optional parts); a word cut by the run's edge becomes a
    prefix term or is left out. An empty list means: scan every document.
    """
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        parsed = sre_parse.parse(pattern)
    except Exception:
        return []
    if parsed.state.flags & (re.VERBOSE):
        return []
    literal = sre_parse.LITERAL
    runs: list[tuple[str, bool]] = []  # (text, starts at a word edge)
    current: list[str] = []
    start_known = False  # does the next run begin at a word edge (after \b or ^)?
    for op, arg in [*list(parsed), (None, None)]:
        if op is literal:
            current.append(chr(arg))
            continue
        if current:
            runs.append(("".join(current), start_known))
            current = []
        start_known = op is sre_parse.AT and arg in (
            sre_parse.AT_BOUNDARY,
            sre_parse.AT_BEGINNING,
            sre_parse.AT_BEGINNING_STRING,
        )
    terms: list[str] = []
    for run, starts_at_edge in runs:
        if any(unicodedata.category(ch).startswith("M") for ch in run):
            continue
        for match in _FTS_WORD.finditer(run):
            at_left_edge = match.start() == 0
            at_right_edge = match.end() == len(run)
            if at_left_edge and not starts_at_edge:
                continue  # the run may begin inside a longer word
            term = fts_quote(match.group())
            terms.append(term + "*" if at_right_edge else term)
    return list(dict.fromkeys(terms))


def _filters(query: SearchQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    by = " AND s.annotator = ?" if query.annotator else ""
    by_params = [query.annotator] if query.annotator else []
    if query.label:
        clauses.append(
            f"EXISTS (SELECT 1 FROM spans s WHERE s.document_id = d.id {by} AND s.label = ?)"
        )
        params += [*by_params, query.label]
    if query.no_label:
        clauses.append(
            f"NOT EXISTS (SELECT 1 FROM spans s WHERE s.document_id = d.id {by} AND s.label = ?)"
        )
        params += [*by_params, query.no_label]
    if query.annotator and not (query.label or query.no_label):
        # "Worked on": spans by them, or a status they set.
        clauses.append(
            "(EXISTS (SELECT 1 FROM spans s WHERE s.document_id = d.id AND s.annotator = ?) "
            "OR EXISTS (SELECT 1 FROM document_status t WHERE t.document_id = d.id "
            "AND t.annotator = ?))"
        )
        params += [query.annotator, query.annotator]
    if query.status:
        if query.status not in STATUSES:
            raise SchemaError(f"unknown status {query.status!r}; use one of {', '.join(STATUSES)}")
        if query.annotator:
            clauses.append(
                "coalesce((SELECT status FROM document_status t WHERE t.document_id = d.id "
                "AND t.annotator = ?), 'todo') = ?"
            )
            params += [query.annotator, query.status]
        elif query.status == "todo":
            clauses.append(
                "NOT EXISTS (SELECT 1 FROM document_status t WHERE t.document_id = d.id "
                "AND t.status != 'todo')"
            )
        else:
            clauses.append(
                "EXISTS (SELECT 1 FROM document_status t WHERE t.document_id = d.id "
                "AND t.status = ?)"
            )
            params.append(query.status)
    return "".join(" AND " + c for c in clauses), params


def candidate_batches(repo: Repository, query: SearchQuery) -> Iterator[list[int]]:
    """The `seq` of every document that may hold a hit, in import order, a batch at a time.

    Each batch is one complete statement resuming after the last seq seen
    (keyset paging), so the first page of hits needs only the first batch,
    however many documents match, and no statement stays open between pages.
    Batches start at 40 seqs and grow to 2,000.
    """
    match, pattern = compile_query(query)
    if pattern is None:
        return
    where, params = _filters(query)
    last, size = -1, _BATCH
    while True:
        if match is None:
            sql = f"SELECT d.seq FROM documents d WHERE d.seq > ?{where} ORDER BY d.seq LIMIT ?"
            args: list[Any] = [last, *params, size]
        else:
            sql = (
                "SELECT d.seq FROM documents_fts f JOIN documents d ON d.seq = f.rowid "
                f"WHERE documents_fts MATCH ? AND f.rowid > ?{where} ORDER BY f.rowid LIMIT ?"
            )
            args = [match, last, *params, size]
        try:
            seqs = [r[0] for r in repo.db.execute(sql, args)]
        except Exception as exc:  # sqlite3.OperationalError: a term FTS5 cannot parse
            if match is None:
                raise
            raise InputError(f"cannot search for {query.text!r}: {exc}") from exc
        if seqs:
            yield seqs
        if len(seqs) < size:
            return
        last, size = seqs[-1], min(size * 5, _MAX_BATCH)


def candidate_seqs(repo: Repository, query: SearchQuery) -> list[int]:
    """The `seq` of every document that may hold a hit, in import order (all at once)."""
    return [seq for batch in candidate_batches(repo, query) for seq in batch]


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def iter_hits(repo: Repository, query: SearchQuery, *, context: int = CONTEXT) -> Iterator[Hit]:
    """Every hit in import order, then by position; documents are read in small batches."""
    _match, pattern = compile_query(query)
    if pattern is None:
        return
    for seqs in candidate_batches(repo, query):
        for i in range(0, len(seqs), _BATCH):
            chunk = seqs[i : i + _BATCH]
            yield from _hits_in(repo, chunk, pattern, context)


def _hits_in(
    repo: Repository, seqs: list[int], pattern: re.Pattern[str], context: int
) -> Iterator[Hit]:
    marks = ", ".join("?" * len(seqs))
    rows = repo.db.execute(
        f"SELECT id, title, text FROM documents WHERE seq IN ({marks}) ORDER BY seq", seqs
    ).fetchall()
    for doc_id, title, text in rows:
        for m in pattern.finditer(text):
            start, end = m.span()
            if start == end:
                continue
            yield Hit(
                doc_id,
                title,
                start,
                end,
                _one_line(text[max(0, start - context) : start]),
                _one_line(text[start:end]),
                _one_line(text[end : end + context]),
            )


def search(repo: Repository, query: SearchQuery, *, offset: int = 0, limit: int = 50) -> list[Hit]:
    """One page of hits (see `iter_hits`)."""
    return list(islice(iter_hits(repo, query), offset, offset + limit))


def like_scan(repo: Repository, needle: str, limit: int = 50) -> list[tuple[str, int]]:
    """The naive baseline: documents whose text contains `needle` (LIKE), in import order."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return [
        (r[0], r[1].lower().find(needle.lower()))
        for r in repo.db.execute(
            "SELECT id, text FROM documents WHERE text LIKE ? ESCAPE '\\' ORDER BY seq LIMIT ?",
            [f"%{escaped}%", limit],
        )
    ]


# Reads raise StoreError (damaged, gone, busy), never sqlite3's errors.
classify_module_reads(__name__)
