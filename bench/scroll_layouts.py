"""Block layouts and format changes when the article opens and scrolls (issue 16).

    python -m bench.scroll_layouts [--counts 10000,50000] [--size 1000000] [--against REF]

A 1 MB article (`repeated_samples`) with N random ACTOR spans, in an ArticleView of
900 x 800 shown offscreen: the text set and painted (the open), two Page Downs from the
top (blocks formatted with the text, `_blocks_at_the_top`), then jumps to 2/7 .. 6/7 of
the scroll range, each followed by a Page Down (blocks never on screen, formatted as they
come). For each step, counted by wrapping `ReadingLayout.documentChanged` and
`ReadingLayout._block_rect` (both exist on main since KEYS11):
- `first`: format changes of a block this layout had not measured (`before is None` in
  `documentChanged`, Qt's own path), `measured`: of a block it had measured (one block
  lets go of its lines);
- `layouts`: blocks laid out (asked for with no lines, answered with lines), `again`: of
  those, blocks laid out more than once in the step;
- `lost`: blocks after a formatted one that had lines before the change and none after it;
- `cpu ms`: process CPU time of the step (noisy on a shared machine: not a claim).
- with `--instructions`, the instructions of each step (callgrind, a fixed hash seed; the
  counting helper of keys_instructions.py).
With `--against REF`, REF's `annotator/` and `resources/` run the same script in the same
run (before/after). Medians per kind of step at the end.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.common import REPO, copy_of, median, run_in_copy
from bench.keys_instructions import _DUMP_NAME, _DUMP_TOTAL, compile_counter

CHILD = r"""
import random, sys, time
from collections import Counter
from PySide6.QtWidgets import QApplication
from annotator.core.model import Span, new_id
from annotator.core.schema import default_schema
from annotator.ui.article_view import ArticleView, ReadingLayout

count, size, text_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
counter = None
if len(sys.argv) > 4:  # under callgrind: each step counted and dumped under its name
    import ctypes
    counter = ctypes.CDLL(sys.argv[4])
    step_fn = ctypes.CFUNCTYPE(None)
    counter.keys_start()
app = QApplication([])
text = open(text_file, encoding="utf-8").read()[:size]
rng = random.Random(5)
spans = []
for _ in range(count):
    s = rng.randrange(0, len(text) - 30)
    spans.append(Span(new_id(), "d", s, s + rng.randrange(4, 30), "ACTOR", "ana"))
step = {"first": 0, "measured": 0, "lost": 0}
laid = []
changed = ReadingLayout.documentChanged
measure = ReadingLayout._block_rect

def lines(document, number):
    block = document.findBlockByNumber(number)
    return block.layout().lineCount() if block.isValid() and block.layout() else 0

def counted_change(self, position, removed, added):
    document = self.document()
    number = document.findBlock(position).blockNumber()
    if removed != added or self.block_count != document.blockCount():
        return changed(self, position, removed, added)  # a text change
    step["first" if number not in self.heights else "measured"] += 1
    before = [lines(document, number + k) for k in (1, 2, 3)]
    changed(self, position, removed, added)
    after = [lines(document, number + k) for k in (1, 2, 3)]
    step["lost"] += sum(1 for a, b in zip(before, after) if a and not b)

def counted_measure(self, block):
    layout = block.layout()
    unlaid = layout is None or layout.lineCount() == 0
    rect = measure(self, block)
    layout = block.layout()
    if unlaid and layout is not None and layout.lineCount():
        laid.append(block.blockNumber())
    return rect

ReadingLayout.documentChanged = counted_change
ReadingLayout._block_rect = counted_measure
view = ArticleView(default_schema())
view.resize(900, 800)
view.show()
app.processEvents()

def run(name, action):
    started = time.process_time()
    if counter is None:
        action()
    else:
        counter.keys_counted(name.encode(), step_fn(action))
    cpu = (time.process_time() - started) * 1000
    again = sum(1 for n, k in Counter(laid).items() if k > 1)
    print(f"{name}\t{step['first']}\t{step['measured']}\t{len(laid)}\t{again}\t{step['lost']}\t{cpu:.1f}")
    step.update(first=0, measured=0, lost=0)
    laid.clear()

def opened():
    view.show_document(text, spans)
    for _ in range(3):
        app.processEvents()
    view.viewport().repaint()

bar = view.verticalScrollBar()

def scrolled(value):
    def action():
        bar.setValue(value())
        app.processEvents()
        view.viewport().repaint()
    return action

run("open", opened)
for _ in range(2):  # blocks formatted with the text (`_blocks_at_the_top`)
    run("top_page_down", scrolled(lambda: bar.value() + bar.pageStep()))
for n in range(2, 7):  # text never on screen
    run("jump", scrolled(lambda n=n: bar.maximum() * n // 7))
    run("page_down", scrolled(lambda: bar.value() + bar.pageStep()))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--counts", default="10000,50000")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--against", default=None)
    parser.add_argument(
        "--instructions", action="store_true", help="count each step under callgrind"
    )
    args = parser.parse_args()
    from bench.common import repeated_samples

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        article = tmp / "article.txt"
        article.write_text(repeated_samples(args.size), "utf-8")
        copies = {"this copy": REPO}
        if args.against:
            copies[args.against] = copy_of(args.against, tmp / "against")
        env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONHASHSEED": "0"}
        library = compile_counter(tmp) if args.instructions else None
        for count in (int(c) for c in args.counts.split(",")):
            for name, copy in copies.items():
                rows = _steps(copy, count, args.size, article, env, library, tmp)
                print(f"\n{count} spans, {name}")
                print("step\tfirst\tmeasured\tlayouts\tagain\tlost\tcpu ms\tM instr")
                for row in rows:
                    print("\t".join(row))
                for kind in ("top_page_down", "jump", "page_down"):
                    of = [row for row in rows if row[0] == kind]
                    layouts = median([float(row[3]) for row in of])
                    instr = median([float(row[7]) for row in of]) if library else float("nan")
                    print(f"median {kind}: {layouts:g} layouts, {instr:.2f} M instructions")


def _steps(copy, count, size, article, env, library, tmp):  # type: ignore[no-untyped-def]
    """The child's rows (step, first, measured, layouts, again, lost, cpu ms, M instructions
    or "-"), run in `copy`, under callgrind with `library`."""
    args = [str(count), str(size), str(article)]
    if library is None:
        done = run_in_copy(copy, CHILD, *args, env=env)
        return [[*line.split("\t"), "-"] for line in done.stdout.splitlines()]
    work = Path(tempfile.mkdtemp(dir=tmp))
    valgrind = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={work}/callgrind.out",
    ]
    done = run_in_copy(copy, CHILD, *args, str(library), before=valgrind, env=env)
    dumps = sorted(work.glob("callgrind.out.*"), key=lambda dump: int(dump.suffix[1:]))
    totals = []
    for dump in dumps:  # in the order dumped: the order of the steps
        head = dump.read_text("utf-8", "replace")
        name, total = _DUMP_NAME.search(head), _DUMP_TOTAL.search(head)
        if name is not None and total is not None:
            totals.append(f"{int(total.group(1)) / 1e6:.2f}")
    lines = [line.split("\t") for line in done.stdout.splitlines() if "\t" in line]
    if len(totals) != len(lines):
        raise SystemExit(f"scroll_layouts: {len(totals)} counts for {len(lines)} steps")
    return [[*line, total] for line, total in zip(lines, totals, strict=True)]


if __name__ == "__main__":
    main()
