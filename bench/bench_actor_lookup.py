"""The actor registry lookup behind every ACTOR key press, against its floor.

    python bench/bench_actor_lookup.py [--quick]     (or: python -m bench actor_lookup)

Tagging an ACTOR pre-fills its type from the registry: `store.actors.suggest_actors`
finds the actors whose name or alias folds to the tagged text (case and whitespace,
Unicode-aware). A registry of 1,000 / 3,000 / 20,000 actors with realistic names (a
fifth of them starting outside ASCII: Émile, Şükrü, Öztürk), 60 lookups of names it
holds and of words it does not. Baseline in the same run: the one indexed read of the
aliases table by the folded text, the least any lookup does. Goal: at most 2 ms, a
quarter of the whole key's budget (8 ms, issue 16), at every registry size. Before the
lookup used the name index it read every name: about 10 / 27 / 187 ms at these sizes.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import median, record  # noqa: E402

FIRST = [
    "Ahmed",
    "Maria",
    "John",
    "Fatima",
    "Ibrahim",
    "Olena",
    "Kyaw",
    "Nguyen",
    "Sani",
    "Amina",
    "José",
    "Émile",
    "Şükrü",
    "Öztürk",
    "Mohamed",
    "Li",
    "Abu",
    "Saw",
    "İsmail",
]
LAST = [
    "Diallo",
    "Haddad",
    "Smith",
    "Petrenko",
    "Okafor",
    "Mwangi",
    "García",
    "Müller",
    "Yılmaz",
    "al-Rashidi",
    "Htoo",
    "Tran",
    "Usman",
    "Farah",
    "Kovač",
    "N'Diaye",
    "Dahir",
]
BODIES = ["Ministry of {}", "{} Brigade", "{} Liberation Front", "{} Police", "Radio {}"]


def _names(count: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        if rng.random() < 0.7:
            extra = "" if rng.random() < 0.5 else " " + rng.choice(LAST)
            names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}{extra}")
        else:
            names.add(rng.choice(BODIES).format(f"{rng.choice(LAST)} {rng.randrange(1000)}"))
    return sorted(names)


def main() -> None:
    from annotator.store import actors
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    quick = "--quick" in sys.argv
    sizes = (1_000, 3_000) if quick else (1_000, 3_000, 20_000)
    tmp = Path(tempfile.mkdtemp())
    rng = random.Random(3)
    for size in sizes:
        repo = Repository(open_db(tmp / f"actors{size}.db"))
        names = _names(size, rng)
        conn = repo.db.conn
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO actors (id, name, type, created) VALUES (?, ?, 'person', '')",
            [(f"a{i}", name) for i, name in enumerate(names)],
        )
        conn.execute("COMMIT")
        texts = rng.sample(names, 40) + ["spokesman", "the army", "Kyaw Htoo", "émile müller"] * 5
        ours: list[float] = []
        floor: list[float] = []
        for _round in range(3):
            for text in texts:
                started = time.perf_counter()
                conn.execute(
                    "SELECT actor_id FROM actor_aliases WHERE folded = ?", [actors.fold(text)]
                ).fetchall()
                floor.append(time.perf_counter() - started)
                started = time.perf_counter()
                actors.suggest_actors(repo, text)
                ours.append(time.perf_counter() - started)
        record(
            f"actor lookup on an ACTOR key press, registry of {size:,} actors",
            median(ours) * 1000,
            median(floor) * 1000,
            unit="ms",
            max_value=2.0,
            baseline_name="one indexed read of the aliases",
            note=f"{len(texts) * 3} lookups",
        )
        conn.close()


if __name__ == "__main__":
    main()
