"""Block layouts and format changes when the article opens and scrolls (issue 16).

    python -m bench.scroll_layouts [--counts 10000,50000] [--size 1000000] [--against REF]

A 1 MB article (`repeated_samples`) with N random ACTOR spans, in an ArticleView of
900 x 800 shown offscreen: the text set and painted (the open), two Page Downs from the
top (blocks formatted with the text, `_blocks_at_the_top`), then jumps to 2/7 .. 6/7 of
the scroll range and two Page Downs from there (blocks never on screen, formatted as they
come). For each step, counted by wrapping `ReadingLayout.documentChanged` and
`ReadingLayout._block_rect` (both exist on main since KEYS11):
- `first`: format changes of a block this layout had not measured (`before is None` in
  `documentChanged`, Qt's own path), `measured`: of a block it had measured (one block
  lets go of its lines);
- `layouts`: blocks laid out (asked for with no lines), `again`: of those, blocks laid out
  more than once in the step;
- `lost`: blocks after a formatted one that had lines before the change and none after it;
- `cpu ms`: process CPU time of the step (noisy on a shared machine: not a claim).
With `--against REF`, REF's `annotator/` and `resources/` run the same script in the same
run (before/after).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.common import REPO, copy_of, run_in_copy

CHILD = r"""
import random, sys, time
from collections import Counter
from PySide6.QtWidgets import QApplication
from annotator.core.model import Span, new_id
from annotator.core.schema import default_schema
from annotator.ui.article_view import ArticleView, ReadingLayout

count, size, text_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
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
    if layout is None or layout.lineCount() == 0:
        laid.append(block.blockNumber())
    return measure(self, block)

ReadingLayout.documentChanged = counted_change
ReadingLayout._block_rect = counted_measure
view = ArticleView(default_schema())
view.resize(900, 800)
view.show()
app.processEvents()

def report(name, started):
    cpu = (time.process_time() - started) * 1000
    again = sum(1 for n, k in Counter(laid).items() if k > 1)
    print(f"{name}\t{step['first']}\t{step['measured']}\t{len(laid)}\t{again}\t{step['lost']}\t{cpu:.1f}")
    step.update(first=0, measured=0, lost=0)
    laid.clear()

started = time.process_time()
view.show_document(text, spans)
for _ in range(3):
    app.processEvents()
view.viewport().repaint()
report("open", started)
bar = view.verticalScrollBar()
for n in range(9):
    started = time.process_time()
    if n >= 7:
        bar.setValue(bar.value() + bar.pageStep())
        name = "page down"
    elif n < 2:
        bar.setValue(bar.value() + bar.pageStep())
        name = "page down"
    else:
        bar.setValue(bar.maximum() * n // 7)
        name = f"jump {n}/7"
    app.processEvents()
    view.viewport().repaint()
    report(name, started)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--counts", default="10000,50000")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--against", default=None)
    args = parser.parse_args()
    from bench.common import repeated_samples

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        article = tmp / "article.txt"
        article.write_text(repeated_samples(args.size), "utf-8")
        copies = {"this copy": REPO}
        if args.against:
            copies[args.against] = copy_of(args.against, tmp / "against")
        env = {"QT_QPA_PLATFORM": "offscreen"}
        for count in (int(c) for c in args.counts.split(",")):
            for name, copy in copies.items():
                done = run_in_copy(copy, CHILD, str(count), str(args.size), str(article), env=env)
                print(f"\n{count} spans, {name}")
                print("step\tfirst\tmeasured\tlayouts\tagain\tlost\tcpu ms")
                print(done.stdout.rstrip())


if __name__ == "__main__":
    main()
