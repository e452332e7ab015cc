"""scripts/rule_reach.py: the recording proxy is faithful, the sentences are where a
reader would put them, and ablating a toy rule's pattern changes its one sentence."""

from __future__ import annotations

import copy
import importlib
import re
import sys
import textwrap

import pytest

from tests.conftest import load_script

reach = load_script("rule_reach")

TEXTS = [
    "Three soldiers were killed and 12 civilians injured in Duhok on Monday.",
    "No match here at all",
    "killed killed KILLED",
    "",
]
PATTERNS = [
    r"\b(?P<n>\d+) (civilians|soldiers)\b",
    r"(?i)killed",
    r"\b[A-Z][a-z]+\b",
    r"x*",
    r"(?P<kind>killed|injured)",
]


@pytest.fixture
def recorder():  # type: ignore[no-untyped-def]
    """The module's recorder, started on a two-sentence document and ended after."""
    text = "Mr. Khan said 3 died. Then 12 were injured.\nKILLED in a raid."
    reach.RECORDER.begin(0, text, reach.sentence_starts(text))
    yield text
    reach.RECORDER.end()


def _same(a, b) -> bool:  # type: ignore[no-untyped-def]
    if isinstance(a, re.Match):
        return (a.span(), a.groups(), a.group()) == (b.span(), b.groups(), b.group())
    if isinstance(a, list) and a and isinstance(a[0], re.Match):
        return [m.span() for m in a] == [m.span() for m in b]
    return bool(a == b)


@pytest.mark.parametrize("source", PATTERNS)
def test_the_proxy_answers_every_method_as_the_pattern_itself(source: str) -> None:
    raw = re.compile(source)
    proxy = reach.RecordingPattern(raw, "toy:p")
    for text in TEXTS:
        for method, args in [
            ("search", (text,)),
            ("search", (text, 3, 40)),
            ("match", (text,)),
            ("match", (text, 4)),
            ("fullmatch", (text,)),
            ("findall", (text,)),
            ("findall", (text, 2, 30)),
            ("split", (text,)),
            ("split", (text, 1)),
            ("sub", ("#", text)),
            ("sub", (lambda m: m.group().upper(), text, 1)),
            ("subn", ("#", text)),
        ]:
            assert _same(getattr(proxy, method)(*args), getattr(raw, method)(*args)), method
        assert _same(list(proxy.finditer(text)), list(raw.finditer(text)))
        assert _same(list(proxy.finditer(text, 1, 20)), list(raw.finditer(text, 1, 20)))
        assert _same(proxy.scanner(text).search(), raw.scanner(text).search())
    assert (proxy.pattern, proxy.flags, proxy.groups) == (raw.pattern, raw.flags, raw.groups)
    assert proxy.groupindex == raw.groupindex
    # a key of a dict keyed by the pattern itself finds the same entry
    assert proxy == raw
    assert hash(proxy) == hash(raw)
    assert {raw: 1}[proxy] == 1
    assert copy.deepcopy(proxy) is proxy
    # the module-level functions of `re` accept it, as they accept a compiled pattern
    instrumentation = reach.Instrumentation(prefixes=("nothing.",))
    with instrumentation.hooked():
        assert re.compile(proxy) == raw
        assert _same(re.search(proxy, TEXTS[0]), raw.search(TEXTS[0]))
    assert re.compile is reach._REAL_COMPILE


def test_the_proxy_records_the_sentences_where_it_matched(recorder: str) -> None:
    died = reach.RecordingPattern(re.compile(r"\d+ (?:died|were)"), "toy:died")
    killed = reach.RecordingPattern(re.compile(r"killed", re.IGNORECASE), "toy:killed")
    never = reach.RecordingPattern(re.compile(r"zebra"), "toy:never")
    assert [m.group() for m in died.finditer(recorder)] == ["3 died", "12 were"]
    assert never.search(recorder) is None
    # a match in a piece of the text (a lowered line) is placed where the piece stands
    line = recorder.splitlines()[1].lower()
    assert killed.match(line) is not None
    assert died.sentences == {(0, 0), (0, 1)}
    assert killed.sentences == {(0, 2)}
    assert never.sentences == set()
    # a piece found nowhere in the document: one unplaced sentence
    assert killed.search("nothing like the document, killed") is not None
    assert killed.sentences == {(0, 2), (0, -1)}
    assert (died.matches, killed.matches, never.matches) == (2, 2, 0)


def test_an_ablated_proxy_never_matches() -> None:
    proxy = reach.RecordingPattern(re.compile(r"(\d+) killed"), "toy:p")
    proxy.ablated = True
    text = "5 killed, 6 killed"
    assert proxy.search(text) is None
    assert proxy.match(text) is None
    assert proxy.fullmatch(text) is None
    assert list(proxy.finditer(text)) == []
    assert proxy.findall(text) == []
    assert proxy.sub(r"\1", text) == text  # (the group reference is never read)
    assert proxy.subn("#", text) == (text, 0)
    assert proxy.split(text) == [text]
    assert proxy.scanner(text).search() is None


def test_sentences_break_at_stops_and_lines_but_not_after_abbreviations() -> None:
    text = (
        'Mr. Khan said 3 died. "Then 12 were hurt," he said. Gen. J. Smith left U.S. soil!\n'
        "A headline without a stop\n\nThe 40 dead? Yes."
    )
    starts = reach.sentence_starts(text)
    pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert pieces == [
        "Mr. Khan said 3 died.",
        '"Then 12 were hurt," he said.',
        "Gen. J. Smith left U.S. soil!",
        "A headline without a stop",
        "The 40 dead?",
        "Yes.",
    ]
    doc = reach.Doc("1-x.txt", text, frozenset())
    assert doc.sentence(text.index("12 were")) == 1
    assert doc.sentence(text.index("Yes")) == 5


TOY = """
import re
from functools import lru_cache

NUMBER_KILLED = re.compile(r"\\b(\\d+) (?:people|civilians) (?:were )?killed\\b")
KINDS = (re.compile(r"\\bwounded\\b"), re.compile(r"\\bmissing\\b"))
GUARD = {"zoo": re.compile(r"\\b(?:bears|tigers)\\b")}
_last = ("", 0)
_SEEN: dict[str, int] = {}
_BY_GAZETTEER: dict[int, object] = {}


@lru_cache(maxsize=64)
def made(source):
    return re.compile(source)


def word_pattern(word):
    return made(r"\\b" + word + r"\\b")


def suggest(text):
    found = []
    for m in NUMBER_KILLED.finditer(text):
        found.append((m.start(), m.end(), "killed"))
    for kind in KINDS:
        for m in kind.finditer(text):
            if not GUARD["zoo"].search(text, max(0, m.start() - 20), m.start()):
                found.append((m.start(), m.end(), kind.pattern[2:-2]))
    if re.search(r"hostages?", text):
        m = word_pattern("hostages").search(text)
        if m:
            found.append((m.start(), m.end(), "held"))
    return found
"""


@pytest.fixture
def toy(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A toy rule module imported under the hooks (its own name), and its instrumentation."""
    (tmp_path / "toy_rules_reach70.py").write_text(textwrap.dedent(TOY), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    instrumentation = reach.Instrumentation(prefixes=("toy_rules_reach70",))
    with instrumentation.hooked():
        module = importlib.import_module("toy_rules_reach70")
        yield module, instrumentation
    sys.modules.pop("toy_rules_reach70", None)


def test_ablating_a_toy_pattern_changes_the_one_sentence_it_serves(toy) -> None:  # type: ignore[no-untyped-def]
    module, instrumentation = toy
    assert instrumentation.name_patterns() == []
    names = sorted(p.name for p in instrumentation.patterns.values())
    assert names == [
        "toy_rules_reach70:GUARD['zoo']",
        "toy_rules_reach70:KINDS[0]",
        "toy_rules_reach70:KINDS[1]",
        "toy_rules_reach70:NUMBER_KILLED",
    ]
    texts = [
        "Four people killed. 3 civilians were killed in Gao. Two wounded.",
        "Nothing happened. 7 people killed in a raid.",
        "Keepers said two bears wounded a visitor. Five hostages were freed.",
    ]
    gold = [
        frozenset({(20, 43, "killed"), (56, 63, "wounded")}),
        frozenset({(18, 33, "killed")}),
        frozenset({(47, 55, "held")}),
    ]
    docs = [reach.Doc(f"{i}-toy.txt", text, gold[i]) for i, text in enumerate(texts)]

    def run(_index: int, text: str) -> list:  # type: ignore[type-arg]
        return [reach.Item(s, s, s[0]) for s in module.suggest(text)]

    clears = reach.caches_of([module])
    report = reach.reach(instrumentation, docs, run, threshold=2, clears=clears)

    names = sorted(p.name for p in instrumentation.patterns.values())
    assert any(name.startswith("toy_rules_reach70:suggest@") for name in names)  # re.search
    # (named by the rule that asked the helper `made(source)` for it)
    assert any(name.startswith("toy_rules_reach70:word_pattern@") for name in names)
    assert any(name.endswith(">made#" + name[-6:]) for name in names)
    rows = {row["pattern"]: row for row in report["ablated"]}
    # NUMBER_KILLED matched in two sentences of two documents: ablated, it changes both
    killed = rows["toy_rules_reach70:NUMBER_KILLED"]
    assert (killed["sentences_matched"], killed["sentences_changed"]) == (2, 2)
    assert (killed["agree"], killed["disagree"]) == (2, 0)
    assert not killed["one_sentence"]
    assert killed["calls_while_ablated"] == 2
    # the guard kept "wounded" after "bears" out: right, and in one sentence
    guard = rows["toy_rules_reach70:GUARD['zoo']"]
    assert guard["one_sentence"]
    assert guard["changed_in"] == ["2-toy.txt"]
    assert (guard["suggestions_changed"], guard["agree"], guard["disagree"]) == (1, 1, 0)
    # "wounded" once in the gold (doc 0), once kept out by the guard (doc 2)
    wounded = rows["toy_rules_reach70:KINDS[0]"]
    assert (wounded["sentences_matched"], wounded["sentences_changed"]) == (2, 1)
    assert wounded["one_sentence"]
    assert wounded["changed_in"] == ["0-toy.txt"]
    # never matched: never ablated
    assert "toy_rules_reach70:KINDS[1]" in report["never_matched"]
    # the cached pattern compiled inside a function is seen, and its ablation too
    held = next(r for name, r in rows.items() if name.startswith("toy_rules_reach70:word"))
    assert (held["sentences_changed"], held["agree"]) == (1, 1)
    assert {row["pattern"] for row in report["flagged"]} >= {
        "toy_rules_reach70:GUARD['zoo']",
        "toy_rules_reach70:KINDS[0]",
    }
    # re-run with nothing ablated, the flagged patterns' documents suggest the same
    assert report["control_documents"] == 2  # (0 and 2)
    assert report["control_changes"] == 0
    # what matched while documents were suggested again (ablations, the control) is not
    # counted, nor taken for a match outside the documents
    assert all(p.outside == 0 for p in instrumentation.patterns.values())
    # nothing is left ablated
    assert not any(p.ablated for p in instrumentation.patterns.values())
    assert module.suggest(texts[1]) == [(18, 33, "killed")]


def test_a_pattern_compiled_before_the_hooks_is_reported_not_instrumented(toy) -> None:  # type: ignore[no-untyped-def]
    module, instrumentation = toy
    module.LATE = reach._REAL_COMPILE(r"late")
    assert instrumentation.name_patterns() == ["toy_rules_reach70:LATE"]


def test_the_caches_of_a_rule_module_are_emptied_and_its_memos_reset(toy) -> None:  # type: ignore[no-untyped-def]
    module, _instrumentation = toy
    module.word_pattern("x")
    clears = reach.caches_of([module])
    module._last = ("text", 3)
    module._SEEN["word"] = 1
    module._BY_GAZETTEER[1] = object()
    for clear in clears:
        clear()
    assert module.made.cache_info().currsize == 0
    assert module._SEEN == {}
    assert len(module._BY_GAZETTEER) == 1  # (what one gazetteer built, keyed by its id)
    assert module._last == ("", 0)


def test_the_held_out_gold_is_refused_before_anything_is_read() -> None:
    with pytest.raises(SystemExit, match="dev gold only"):
        reach.main(["--gold", "sample_articles/dev/heldout/gold.jsonl"])
