"""Where the suggester misses on a gold file, as counts only: safe on the held-out set.

Usage: python -m scripts.heldout_counts GOLD [--files GLOB]
       (from the repository root; GOLD: e.g. sample_articles/dev/heldout/gold.jsonl)

The miss listers (scripts/actor_misses.py, speaker_misses.py) print the text around each
miss and refuse the held-out gold, whose text nobody writing rules may read. This one
prints categories and counts, never a word of the articles, so that the held-out gap can be
described without being looked at:
- ACTOR gold spans by type, by whether a quote names them as its speaker, and by outcome:
  exact, an overlapping suggestion longer / shorter (on which side, and whether the words
  it adds or leaves out are a known title, capitalised, lower-case or marks) / shifted, or
  missed (by word count);
- ACTOR suggestions that match no gold ACTOR exactly, by suggested type, word count and
  where they sit: over a gold ACTOR (a wrong extent), inside a gold QUOTE, in the article's
  first or last three lines (where mastheads, bylines and page furniture are), elsewhere;
- CASUALTY gold spans by kind and outcome, and CASUALTY suggestions that overlap no gold
  figure, by suggested kind and whether they sit inside a gold QUOTE;
- speaker misses over exactly matched quotes, by attribution kind (as `annotator evaluate`
  counts them) and category: no speaker predicted, the gold speaker is no ACTOR suggestion,
  the same entity on another mention, another actor before / after the quote; once over the
  suggested ACTOR spans and once over the gold ACTOR spans (which separates the attribution
  grammar from the ACTOR rules).
Known actors come from the other documents of the file, as `annotator evaluate` has them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from fnmatch import fnmatch

from annotator.core.model import AnnotatedDocument
from annotator.core.suggest import Suggestion, attribute_speakers, suggest
from annotator.core.suggest.actors import TITLES
from annotator.core.suggest.speakers import attribution_kind
from annotator.services.suggesting import (
    known_actors_except,
    load_gazetteer,
    load_gold,
    same_entity,
)


def _difference(words: str) -> str:
    """What kind of words an extent adds or leaves out, never the words themselves: a
    title the rules know ("Col.", "Dr"), capitalised words, lower-case words, or marks."""
    found = [w.strip(".,;:()'\u2019\"") for w in words.split()]
    found = [w for w in found if w]
    if not found:
        return "marks"
    if all(w in TITLES for w in found):
        return "title"
    if all(w[0].isupper() for w in found):
        return "capitalised"
    if all(w[0].islower() for w in found):
        return "lower-case"
    return "mixed"


def _outcome(gold: tuple[int, int], found: list[tuple[int, int]], text: str) -> str:
    start, end = gold
    overlapping = [(a, b) for a, b in found if a < end and start < b]
    if (start, end) in overlapping:
        return "exact"
    if overlapping:
        a, b = overlapping[0]
        if a <= start and b >= end:
            sides = [
                f"{side} {_difference(text[x:y])}"
                for side, x, y in (("before", a, start), ("after", end, b))
                if x < y
            ]
            return "extent longer (" + ", ".join(sides) + ")"
        if a >= start and b <= end:
            sides = [
                f"{side} {_difference(text[x:y])}"
                for side, x, y in (("before", start, a), ("after", b, end))
                if x < y
            ]
            return "extent shorter (" + ", ".join(sides) + ")"
        return "extent shifted"
    return f"missed {min(len(text[start:end].split()), 4)}w"


def _speaker_category(
    text: str,
    want: tuple[int, int] | None,
    got: tuple[int, int] | None,
    quote_end: int,
    actors: set[tuple[int, int]],
) -> str:
    if got is None:
        return "no speaker predicted"
    if want is None:
        return "gold has none, one predicted"
    if want not in actors:
        return "gold speaker no ACTOR suggestion"
    if same_entity(text[want[0] : want[1]], text[got[0] : got[1]]):
        return "same entity, another mention"
    return "another actor after the quote" if got[0] > quote_end else "another actor before it"


def _where(
    text: str,
    start: int,
    end: int,
    gold_actors: list[tuple[int, int]],
    quotes: list[tuple[int, int]],
) -> str:
    if any(a < end and start < b for a, b in gold_actors):
        return "over a gold ACTOR"
    if any(a <= start and end <= b for a, b in quotes):
        return "inside a gold QUOTE"
    lead = len(text) - len(text.lstrip())
    last = text.strip().count("\n")
    line = text.count("\n", lead, start)
    if line < 3 or line > last - 3:
        return "first or last three lines"
    return "elsewhere"


def counts(gold: list[AnnotatedDocument], files: str = "*") -> tuple[Counter[tuple[str, ...]], ...]:
    """(ACTOR outcomes, speaker misses over suggested actors, over gold actors, quotes by kind,
    ACTOR suggestions matching no gold ACTOR, CASUALTY outcomes, CASUALTY suggestions over no
    gold figure)."""
    gazetteer = load_gazetteer()
    false_actors: Counter[tuple[str, ...]] = Counter()
    casualty_counts: Counter[tuple[str, ...]] = Counter()
    false_casualties: Counter[tuple[str, ...]] = Counter()
    actor_counts: Counter[tuple[str, ...]] = Counter()
    speaker_counts: Counter[tuple[str, ...]] = Counter()
    gold_actor_counts: Counter[tuple[str, ...]] = Counter()
    matched: Counter[tuple[str, ...]] = Counter()
    for index, item in enumerate(gold):
        if not fnmatch(str(item.document.meta.get("file", "")), files):
            continue
        text = item.document.text
        found = suggest(text, known_actors=known_actors_except(gold, index), gazetteer=gazetteer)
        actors = {(s.start, s.end) for s in found if s.label == "ACTOR"}
        by_id = {s.id: s for s in item.spans}
        linked = {
            r.head_id: (by_id[r.tail_id].start, by_id[r.tail_id].end)
            for r in item.relations
            if r.type == "speaker" and r.tail_id in by_id
        }
        speakers = set(linked.values())
        for span in item.spans:
            if span.label == "ACTOR":
                role = "speaker" if (span.start, span.end) in speakers else "other"
                kind = str(span.attributes.get("type"))
                actor_counts[
                    (kind, role, _outcome((span.start, span.end), sorted(actors), text))
                ] += 1
        quotes = [s for s in item.spans if s.label == "QUOTE"]
        quote_extents = [(q.start, q.end) for q in quotes]
        actor_extents = [(s.start, s.end) for s in item.spans if s.label == "ACTOR"]
        for s in found:
            if s.label == "ACTOR" and (s.start, s.end) not in actor_extents:
                words = min(len(text[s.start : s.end].split()), 4)
                place = _where(text, s.start, s.end, actor_extents, quote_extents)
                false_actors[(str(s.attributes.get("type")), f"{words}w", place)] += 1
        figures = [(s.start, s.end) for s in found if s.label == "CASUALTY"]
        gold_figures = [(s.start, s.end) for s in item.spans if s.label == "CASUALTY"]
        for span in item.spans:
            if span.label == "CASUALTY":
                kind = str(span.attributes.get("kind"))
                casualty_counts[
                    (kind, _outcome((span.start, span.end), sorted(figures), text))
                ] += 1
        for s in found:
            if s.label == "CASUALTY" and not any(
                a < s.end and s.start < b for a, b in gold_figures
            ):
                inside = any(a <= s.start and s.end <= b for a, b in quote_extents)
                where = "inside a gold QUOTE" if inside else "outside quotes"
                false_casualties[(str(s.attributes.get("kind")), where)] += 1
        gold_actors = [
            Suggestion(s.start, s.end, "ACTOR", attributes={"type": s.attributes.get("type")})
            for s in item.spans
            if s.label == "ACTOR"
        ]
        over_gold = attribute_speakers(
            text, [Suggestion(q.start, q.end, "QUOTE") for q in quotes], gold_actors
        )
        for tally, predicted, pool in (
            (speaker_counts, found, actors),
            (gold_actor_counts, over_gold, {(a.start, a.end) for a in gold_actors}),
        ):
            said = {(s.start, s.end): s.speaker for s in predicted if s.label == "QUOTE"}
            for quote in quotes:
                if (quote.start, quote.end) not in said:
                    continue
                want = linked.get(quote.id)
                kind = attribution_kind(text, (quote.start, quote.end), want)
                if tally is speaker_counts:
                    matched[(kind,)] += 1
                got = said[(quote.start, quote.end)]
                if got != want:
                    tally[(kind, _speaker_category(text, want, got, quote.end, pool))] += 1
    return (
        actor_counts,
        speaker_counts,
        gold_actor_counts,
        matched,
        false_actors,
        casualty_counts,
        false_casualties,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--files", default="*", metavar="GLOB")
    args = parser.parse_args(argv)
    (
        actor_counts,
        speaker_counts,
        gold_actor_counts,
        matched,
        false_actors,
        casualty_counts,
        false_casualties,
    ) = counts(load_gold(args.gold), args.files)
    for title, tally in (
        ("ACTOR gold spans (type, speaker or other, outcome)", actor_counts),
        ("ACTOR suggestions matching no gold ACTOR (type, words, where)", false_actors),
        ("CASUALTY gold spans (kind, outcome)", casualty_counts),
        ("CASUALTY suggestions over no gold figure (kind, where)", false_casualties),
    ):
        print(f"{title}: {sum(tally.values())}")
        for key, number in sorted(tally.items()):
            print("  " + " | ".join(key) + f": {number}")
    print(
        "quotes matched by attribution: "
        + ", ".join(f"{k[0]} {n}" for k, n in sorted(matched.items()))
    )
    for title, tally in (
        ("speaker misses over the suggested ACTOR spans", speaker_counts),
        ("speaker misses over the gold ACTOR spans", gold_actor_counts),
    ):
        print(f"{title} (kind, category): {sum(tally.values())}")
        for key, number in sorted(tally.items()):
            print("  " + " | ".join(key) + f": {number}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
