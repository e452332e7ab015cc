"""Does a spaCy model fill the rules' gaps? Train one on gold, then compare.

No spaCy pipeline can be downloaded here, so this script makes one: it trains a small
NER pipeline (spaCy's own "efficiency" recipe) on the ACTOR spans of the TRAIN gold
files (person -> PERSON, state -> GPE, other types -> ORG), packages it, installs it
into a scratch folder that only the evaluating processes see, and runs `annotator
evaluate` on the TEST gold twice: the default rules, then the rules with
`--add-rule actor_spacy_entities` (the model's entities fill gaps; a rule's extent wins).

    python scripts/spacy_fill_check.py --train sample_articles/dev/realistic.jsonl \
        --test sample_articles/gold.jsonl [--steps 1600] [--work DIR]

Needs spaCy (`pip install ".[spacy]"`) and the `build` package (for `spacy package`).
Train and test on different articles: a model scored on what it learnt from says
nothing. The figures are the two evaluate tables, printed as they come.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTITY_OF = {"person": "PERSON", "state": "GPE"}  # every other actor type is an ORG


def training_docs(paths: list[Path]) -> object:
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.blank("en")
    docs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            doc = nlp.make_doc(record["text"])
            entities = []
            for span in record.get("spans", []):
                if span.get("label") != "ACTOR":
                    continue
                kind = (span.get("attributes") or {}).get("type") or ""
                found = doc.char_span(
                    span["start"],
                    span["end"],
                    label=ENTITY_OF.get(kind, "ORG"),
                    alignment_mode="expand",
                )
                if found is not None:
                    entities.append(found)
            doc.ents = filter_spans(entities)
            docs.append(doc)
    return DocBin(docs=docs)


def run(command: list[str], **kwargs: object) -> None:
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, nargs="+", required=True)
    parser.add_argument("--test", type=Path, required=True)
    parser.add_argument("--steps", type=int, default=1600)
    parser.add_argument("--work", type=Path, default=None, help="keep the model here")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="spacy-fill-"))
    work.mkdir(parents=True, exist_ok=True)
    python = sys.executable

    train = training_docs(args.train)
    train.to_disk(work / "train.spacy")  # type: ignore[attr-defined]
    run(
        [
            python,
            "-m",
            "spacy",
            "init",
            "config",
            "--lang",
            "en",
            "--pipeline",
            "ner",
            "--optimize",
            "efficiency",
            "--force",
            str(work / "config.cfg"),
        ]
    )
    # spaCy needs a dev set to choose its best model; the training set itself is used,
    # so nothing of the TEST gold is seen before it is scored.
    run(
        [
            python,
            "-m",
            "spacy",
            "train",
            str(work / "config.cfg"),
            "--paths.train",
            str(work / "train.spacy"),
            "--paths.dev",
            str(work / "train.spacy"),
            "--training.max_steps",
            str(args.steps),
            "--output",
            str(work / "out"),
        ]
    )
    (work / "pkg").mkdir(exist_ok=True)
    run(
        [
            python,
            "-m",
            "spacy",
            "package",
            str(work / "out" / "model-last"),
            str(work / "pkg"),
            "--name",
            "annotator_fill_check",
            "--version",
            "0.0.1",
            "--force",
            "--build",
            "sdist",
        ]
    )
    sdist = next((work / "pkg").rglob("*.tar.gz"))
    target = work / "site"
    run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--upgrade",
            "--target",
            str(target),
            str(sdist),
        ]
    )

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(target), env.get("PYTHONPATH")]))
    for label, extra in (("rules", []), ("rules + model", ["--add-rule", "actor_spacy_entities"])):
        db = work / f"evaluate-{len(extra)}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        print(f"\n== {label}", flush=True)
        run(
            [
                python,
                "-m",
                "annotator",
                "evaluate",
                "--gold",
                str(args.test),
                "--db",
                str(db),
                "--quiet",
                *extra,
            ],
            cwd=ROOT,
            env=env,
        )
    print(f"\n(model and scratch files in {work})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
