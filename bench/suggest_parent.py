"""The parent process of `annotator suggest` alone: reading the batches, writing the results.

    python bench/suggest_parent.py [--documents 500] [--runs 3] [--against REF] [--cpu-only]

`annotator suggest` runs the rules in worker processes; its own process reads each
batch (texts, page furniture), and writes what the workers found: ids, the checks, the
span inserts and their triggers, the commits. With two workers on two cores the wall
clock is about the command's whole CPU over two, so each millisecond this process
spends a document is about 2.5 s of CPU over 5,000 articles (issue 16, PERF10, PERF11).

The workers' results over `--documents` articles of bench_suggest's corpus (the samples
cut to 3,000 characters under a title line) are computed once, by this copy's rules in
this process; then each copy (this one, and REF's `annotator/` and `resources/` taken
with `git archive`) replays its own parent path over them in a fresh process: its
`_batches` read each batch from a fresh copy of the same imported database, and its
`_drain` writes the results as `suggest_corpus` does (groups, transactions, progress).
Two figures a document, each next to REF's in the same run:

- instructions, under callgrind (instrumentation switched on for the replay alone):
  the load of a shared machine does not move them (the figure to quote);
- CPU time, the median of `--runs` replays outside valgrind, in turns with REF's.

REF must have the same `_batches`, `_drain` and result tuples as this copy (any commit
since 2332bd52). Needs valgrind unless `--cpu-only`; 500 articles take about a minute a
copy under callgrind.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import callgrind_parts, copy_of, record, run_in_copy, sample_texts  # noqa: E402

# Replays the parent path: argv = imported database, its working copy, pickled results,
# "counted" (under callgrind: instrumentation on around the replay, dumps at getppid) or
# "timed" (prints the CPU seconds of the replay).
_REPLAY = """
import gc, os, pickle, shutil, subprocess, sys, time
from pathlib import Path
from annotator.services import suggesting
from annotator.store.db import open_db
from annotator.store.repository import Repository
pristine, work, results_file, mode = sys.argv[1:5]
for leftover in (work, work + "-wal", work + "-shm"):
    Path(leftover).unlink(missing_ok=True)
shutil.copyfile(pristine, work)
results = pickle.load(open(results_file, "rb"))
repo = Repository(open_db(Path(work)))
ids = repo.document_ids()
report = suggesting.SuggestReport()

def replayed():
    # each batch read as the pool path reads it, then the workers' result handed back
    for _batch, result in zip(suggesting._batches(repo, ids, 2), results, strict=True):
        yield result

gc.freeze()  # (as suggest_corpus does around both paths)
if mode == "counted":
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True)
    time.sleep(0.5)  # (callgrind reads the command at its next check)
os.getppid()
started = time.process_time()
with repo.temporary_files_in_memory(), repo.larger_page_cache():
    suggesting._drain(repo, ids, replayed(), report, lambda *_: True)
seconds = time.process_time() - started
os.getppid()
print(seconds, report.documents, sum(report.per_label.values()))
"""


def corpus_results(documents: int, tmp: Path) -> tuple[Path, Path]:
    """The imported corpus database and the pickled worker results over it (this copy)."""
    folder = tmp / "articles"
    folder.mkdir()
    samples = sample_texts()
    for n in range(documents):
        text = samples[n % len(samples)][:3000]
        (folder / f"{n:05}.txt").write_text(f"Article {n}\n\n{text}\n", "utf-8")
    pristine = tmp / "imported.db"
    command = ["import", str(folder), "--db", str(pristine), "--quiet"]
    subprocess.run(
        [sys.executable, "-m", "annotator", *command],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    from annotator.services import suggesting
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    repo = Repository(open_db(pristine))
    try:
        ids = repo.document_ids()
        gazetteer = suggesting.gazetteer_for(repo, None)
        known = repo.actor_texts()
        suggesting._init_worker(gazetteer, known, suggesting.LABELS, None)
        batches = suggesting._batches(repo, ids, 2)
        results = [suggesting._suggest_batch(batch) for batch in batches]
    finally:
        repo.db.close()
    results_file = tmp / "results.pickle"
    results_file.write_bytes(pickle.dumps(results))
    return pristine, results_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--against", help="a commit whose parent path to replay as well")
    parser.add_argument("--cpu-only", action="store_true", help="no callgrind count")
    args = parser.parse_args()
    if not args.cpu_only and shutil.which("callgrind_control") is None:
        sys.exit("suggest_parent: the instruction count needs valgrind (or --cpu-only)")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        pristine, results = corpus_results(args.documents, tmp)
        copies = {"this copy": ROOT}
        if args.against:
            copies[args.against] = copy_of(args.against, tmp / "against")
        work = str(tmp / "work.db")
        replay = (str(pristine), work, str(results))
        for copy in copies.values():  # (bytecode written, outside any count)
            run_in_copy(copy, _REPLAY, *replay, "timed")
        instructions = {}
        if not args.cpu_only:
            for name, copy in copies.items():
                out = tmp / f"parent-{copy.name}.out"
                parts = callgrind_parts(copy, _REPLAY, *replay, "counted", out=out)
                if 2 not in parts:
                    sys.exit(f"suggest_parent: no dump of the replay ({name}): {sorted(parts)}")
                instructions[name] = parts[2] / args.documents
        cpu: dict[str, list[float]] = {name: [] for name in copies}
        for _ in range(args.runs):
            for name, copy in copies.items():
                ran = run_in_copy(copy, _REPLAY, *replay, "timed")
                cpu[name].append(float(ran.stdout.split()[0]) / args.documents * 1000)
    against = args.against
    if instructions:
        record(
            f"suggest's parent path, instructions a document ({args.documents} articles)",
            instructions["this copy"] / 1e6,
            instructions[against] / 1e6 if against else None,
            unit="M",
            baseline_name=f"{against}'s parent path, same results" if against else "",
        )
    record(
        f"suggest's parent path, CPU a document ({args.documents} articles)",
        statistics.median(cpu["this copy"]),
        statistics.median(cpu[against]) if against else None,
        unit="ms",
        baseline_name=f"{against}'s parent path, same results, in turns" if against else "",
        note=f"median of {args.runs}",
    )


if __name__ == "__main__":
    main()
