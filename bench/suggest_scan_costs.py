"""What each module-level pattern of the rules costs per corpus article, `finditer` included.

    python bench/suggest_scan_costs.py [--articles 534] [--top 40]

`suggest_pattern_costs.py` times one long article and leaves `finditer` out (its matches
are made as the caller iterates): a pattern scanned over each whole article, once per
article, shows there as one call, or not at all. This runs `suggest()` over the articles
of `annotator suggest`'s bench corpus (the samples cut to 3,000 characters under a title
line, with their page furniture), after a warm-up over the first fifty, with every
compiled pattern held in a module's globals (the rules' modules) replaced by a stand-in
that times each call in thread CPU time: `finditer`'s matches are made inside the call (a
list), so a whole-article scan is charged to its pattern. Printed per article: the time,
the calls and the characters each call looked at (a scan of the whole article reads about
2,800). Patterns held elsewhere (in tuples and dicts, or compiled lazily) are not seen.

The stand-ins cost about a microsecond a call, and the machine's load moves the figures by
tens of percent: use it to find what to look at (a pattern scanned over every article
without a literal to skip to; a tokeniser run where the characters tell the tokens), then
count instructions before and after a change with `suggest_instructions.py --corpus 100`.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.boilerplate import boilerplate_ranges  # noqa: E402
from annotator.core.suggest import prepare_rules, suggest  # noqa: E402
from annotator.services.suggesting import load_gazetteer  # noqa: E402
from bench.common import sample_texts  # noqa: E402

_MODULES = (
    "annotator.core.suggest",
    "annotator.core.suggest.actors",
    "annotator.core.suggest.casualties",
    "annotator.core.suggest.speakers",
    "annotator.core.suggest.quotes",
    "annotator.core.suggest.text",
    "annotator.core.suggest.base",
    "annotator.core.suggest.propagate",
    "annotator.core.casualty",
    "annotator.core.boilerplate",
)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
Key = tuple[str, str]

SPENT: Counter[Key] = Counter()
CALLS: Counter[Key] = Counter()
CHARS: Counter[Key] = Counter()


class _Timed:
    """Stands in for a compiled pattern: the same answers, each call timed."""

    __slots__ = ("_key", "_pattern")

    def __init__(self, pattern: re.Pattern[str], name: str) -> None:
        self._pattern = pattern
        self._key = name

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __hash__(self) -> int:  # (patterns are dictionary keys in some rules)
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, _Timed) else other)

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        started = time.thread_time_ns()
        found = getattr(self._pattern, method)(*args, **kwargs)
        if method == "finditer":
            found = list(found)
        key = (self._key, method)
        SPENT[key] += time.thread_time_ns() - started
        CALLS[key] += 1
        if method not in ("sub", "subn", "split") and args and isinstance(args[0], str):
            begin = args[1] if len(args) > 1 else 0
            end = min(args[2], len(args[0])) if len(args) > 2 else len(args[0])
            CHARS[key] += max(0, end - begin)
        return iter(found) if method == "finditer" else found


def _timed_method(method: str) -> Any:
    def call(self: _Timed, *args: Any, **kwargs: Any) -> Any:
        return self._call(method, *args, **kwargs)

    return call


for _method in _METHODS:
    setattr(_Timed, _method, _timed_method(method=_method))


def _stand_ins() -> None:
    """Every compiled pattern in the rules' modules' globals replaced by a timed one;
    `re.search(pattern, ...)` with one of them given passes it through."""
    for module_name in _MODULES:
        module = importlib.import_module(module_name)
        for name, value in list(vars(module).items()):
            if type(value) is re.Pattern:
                short = module_name.rsplit(".", 1)[-1]
                setattr(module, name, _Timed(value, f"{short}.{name}"))
    compile_before = re._compile  # type: ignore[attr-defined]

    def compiled(pattern: Any, flags: Any) -> Any:
        return pattern if isinstance(pattern, _Timed) else compile_before(pattern, flags)

    re._compile = compiled  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=534)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    samples = sample_texts()
    texts = [f"Article {n}\n\n{samples[n % len(samples)][:3000]}\n" for n in range(args.articles)]
    articles = [(text, boilerplate_ranges(text)) for text in texts]
    gazetteer = load_gazetteer()
    prepare_rules(gazetteer=gazetteer)
    for text, furniture in articles[:50]:
        suggest(text, gazetteer=gazetteer, boilerplate=furniture)
    _stand_ins()
    started = time.thread_time_ns()
    for text, furniture in articles:
        suggest(text, gazetteer=gazetteer, boilerplate=furniture)
    total = time.thread_time_ns() - started
    count = len(articles)
    print(
        f"{count} corpus articles: {total / count / 1e6:.2f} ms an article with the timers, "
        f"{sum(SPENT.values()) / count / 1e6:.2f} ms of it in the patterns' calls"
    )
    print("  us/article  calls/article  chars/call  pattern.method")
    for key, spent in SPENT.most_common(args.top):
        print(
            f"  {spent / count / 1e3:10.1f}  {CALLS[key] / count:13.1f}"
            f"  {CHARS[key] / max(1, CALLS[key]):10.0f}  {key[0]}.{key[1]}"
        )


if __name__ == "__main__":
    main()
