"""`suggest_actors` (run on every ACTOR key press) finds what a fold of every name finds,
without reading the whole registry."""

from __future__ import annotations

import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.store import actors as reg
from annotator.store.db import open_db
from annotator.store.repository import Repository

# Pieces that fold in every way that matters: ASCII case, accented capitals, a capital
# whose fold starts with an ASCII letter ("İ"), ligatures and "ß"/"ẞ" that fold to two
# letters, the Kelvin sign and the long s that fold to one, punctuation, whitespace runs,
# tabs, and spaces outside ASCII (no-break, em, ideographic) that the fold strips too.
PIECES = ["ka", "LO", "mi", "é", "É", "ö", "İ", "i", "ß", "ss", "ﬁ", "fi", "s", "'"]
PIECES += ["K", "k", "ſ", "ẞ"]
SPACES = [" ", "  ", "\t", " \u00a0", "\u00a0", "\u3000", "\u2003"]
name = st.lists(st.sampled_from(PIECES + SPACES), min_size=1, max_size=5).map("".join)


def _expected(repo: Repository, text: str) -> set[str]:
    key = reg.fold(text)
    aliased = {
        r[0] for r in repo.db.execute("SELECT actor_id FROM actor_aliases WHERE folded = ?", [key])
    }
    return {
        a.id
        for a in reg.actors(repo)
        if a.merged_into is None and (reg.fold(a.name) == key or a.id in aliased)
    }


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=st.lists(name, min_size=1, max_size=25), queries=st.lists(name, max_size=8))
def test_finds_exactly_the_names_and_aliases_that_fold_to_the_text(
    tmp_path: Path, names: list[str], queries: list[str]
) -> None:
    repo = Repository(open_db(tmp_path / f"{uuid.uuid4().hex}.db"))
    with repo.action():  # stored as a merged or hand-edited database may hold them
        for i, text in enumerate(names):
            repo.db.execute(
                "INSERT INTO actors (id, name, type, created) VALUES (?, ?, 'person', '')",
                [f"a{i}", text if text.strip() else "x"],
            )
        repo.db.execute("UPDATE actors SET merged_into = 'a0' WHERE id = 'a1'")
        for i, text in enumerate(queries[:2]):
            if reg.fold(text):
                repo.db.execute(
                    "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded, created) "
                    "VALUES (?, ?, ?, '')",
                    [f"a{i % len(names)}", text, reg.fold(text)],
                )
    for text in [*queries, *names]:
        found = [a.id for a in reg.suggest_actors(repo, text)]
        assert set(found) == _expected(repo, text), repr(text)
        assert len(found) == len(set(found))
    repo.db.conn.close()


def test_a_key_press_lookup_reads_no_whole_table(repo: Repository) -> None:
    for i in range(300):
        reg.create_actor(repo, f"Person {i} Diallo", "person", by="ana")
    reg.create_actor(repo, "Émile Haddad", "person", by="ana", aliases=["The Doctor"])
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        found = reg.suggest_actors(repo, "émile  haddad")
        assert [a.name for a in found] == ["Émile Haddad"]
        assert [a.name for a in reg.suggest_actors(repo, "the doctor")] == ["Émile Haddad"]
    finally:
        repo.db.conn.set_trace_callback(None)
    plans = [
        row[3]
        for sql in statements
        if sql.lstrip().upper().startswith("SELECT")
        for row in repo.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    ]
    assert plans, "the lookup ran no query"
    assert not [p for p in plans if p.startswith("SCAN")], plans


def test_merged_actors_are_not_suggested_and_order_is_by_name(repo: Repository) -> None:
    b = reg.create_actor(repo, "ÉMILE HADDAD", "person", by="ana")
    a = reg.create_actor(repo, "Émile Haddad", "person", by="ana")
    gone = reg.create_actor(repo, "émile haddad", "person", by="ana")
    reg.merge_actors(repo, gone.id, a.id, by="ana")
    assert [x.id for x in reg.suggest_actors(repo, "Émile Haddad")] == [b.id, a.id]


def test_the_table_of_characters_folding_to_ascii_is_complete() -> None:
    found: dict[str, str] = {}
    for code in range(0x80, 0x110000):
        char = chr(code)
        folded = char.casefold()
        if folded != char and folded[0] < "\x80":
            found[folded[0]] = found.get(folded[0], "") + char
    assert found == reg._FOLDS_TO_ASCII


def test_a_name_opening_with_a_space_outside_ascii_is_found(repo: Repository) -> None:
    # As a merged colleague's database may hold it: the fold strips the space.
    with repo.action():
        for i, space in enumerate(["\u00a0", "\u3000", "\u2003", "\x85", "\u202f"]):
            repo.db.execute(
                "INSERT INTO actors (id, name, type, created) VALUES (?, ?, 'person', '')",
                [f"a{i}", f"{space}Ana Lopes"],
            )
    assert sorted(a.id for a in reg.suggest_actors(repo, "Ana Lopes")) == [
        "a0",
        "a1",
        "a2",
        "a3",
        "a4",
    ]


def test_the_ranges_of_spaces_outside_ascii_hold_every_one() -> None:
    spaces = [chr(c) for c in range(0x80, 0x110000) if chr(c).isspace()]
    assert spaces
    outside = [
        s for s in spaces if not any(low <= s <= high for low, high in reg._SPACES_OUTSIDE_ASCII)
    ]
    assert outside == []


def test_the_name_query_takes_a_few_forms_whatever_the_name(tmp_path: Path) -> None:
    """The query's text does not follow a name's length or first letter (each new text is
    parsed again at an ACTOR key press, issue 16): names of 1 to 40 letters, starting with
    any letter, accented or not, give seven forms at most (they gave one per length and
    kind of first letter); the padding finds nothing more."""
    import string

    forms = set()
    for first in string.ascii_lowercase + "éß":
        for length in range(1, 41):
            clauses, values = reg._name_ranges(reg.fold(first + "x" * (length - 1)))
            assert len(values) == 2 * (len(clauses) - 1)
            forms.add(" OR ".join(clauses))
    assert len(forms) <= 7
    repo = Repository(open_db(tmp_path / "padded.db"))
    with repo.action():
        for i, text in enumerate(["1", "0", "10", "Ali", "ali", "Ａli"]):
            repo.db.execute(
                "INSERT INTO actors (id, name, type, created) VALUES (?, ?, 'person', '')",
                [f"a{i}", text],
            )
    assert sorted(a.name for a in reg.suggest_actors(repo, "ALI")) == ["Ali", "ali"]
    assert [a.name for a in reg.suggest_actors(repo, "1")] == ["1"]
