"""The session's first suggestion job counted in instructions (callgrind), this copy against REF.

    python bench/first_job_instructions.py [--against REF] [--size 5000] [--kept | --stored]

What `bench/first_suggestions.py` times in the window moves by tens of milliseconds on
a shared machine; the instructions a process runs do not (a fixed hash seed). Each copy
(this one, and REF's `annotator/` and `resources/` taken with `git archive`) runs the
window's first job for a short article in a fresh process, after what the window has
imported by its first paint (the store, the page furniture detector): the job's imports
(the rules, built from the forms an earlier session kept), the gazetteer and its index,
and one `suggest()` over the samples cut to `--size` characters, with the page
furniture as stored. Counted twice under valgrind's callgrind, stopping before the job
and after it; the job is the difference. Before counting, one uncounted run of each copy
fills its own cache folder (`XDG_CACHE_HOME`), as an earlier session does. Not counted:
the window's own work (the paint) and other threads. Needs valgrind.
With --kept, this copy's job is the one of a session whose restored article's suggestions
an earlier session kept: its reads of the job's inputs, the key, the kept file read and
checked, the suggestions dressed for the views (the rules are not loaded). With
--stored, each copy runs the window's job on a stored article for which nothing was kept
(the database reads, the key and the look for a kept file where the copy has them, the
rules, the dressing): what keeping suggestions adds to a first article without any.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import copy_of, record, repeated_samples, run_in_copy  # noqa: E402

COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")

# argv[1]: the article; argv[2]: "1" runs the job, "0" stops before it.
_JOB = """
import sys
text = open(sys.argv[1], encoding="utf-8").read()
import annotator.store.repository
from annotator.core.boilerplate import boilerplate_ranges
skip = boilerplate_ranges(text)  # stored at import: not the job's
if sys.argv[2] == "1":
    try:
        from annotator.services.long_articles import PARALLEL_FROM
    except ImportError:  # before it had a module of its own
        from annotator.services.rule_workers import PARALLEL_FROM
    from annotator.services.suggesting import load_gazetteer, suggest
    found = suggest(text, gazetteer=load_gazetteer(), boilerplate=skip, known_actors={})
    assert len(text) < PARALLEL_FROM and found
"""

# With --kept, this copy's job when the restored article's suggestions were kept by an
# earlier session (argv[1]: the database, holding the article; argv[2] as above): what the
# window's first job does then (services/kept_suggestions.py), before the rules load.
_KEPT_JOB = """
import sys
import annotator.store.repository
import annotator.ui.suggestions_controller as controller
from annotator.store.db import open_db
from annotator.store.repository import Repository
repo = Repository(open_db(sys.argv[1]))
(document_id,) = [row[0] for row in repo.db.execute("SELECT id FROM documents")]
if sys.argv[2] == "1":
    from annotator.services import kept_suggestions as kept
    inputs = kept.read_inputs(repo, document_id, "bench")
    found = kept.read_kept(repo.path, document_id, kept.key_of(inputs), inputs.text)
    assert found
    controller.dress_suggestions(document_id, inputs.text, found)
    assert "annotator.core.suggest" not in sys.modules
"""

# The earlier session of --kept: the database of the article, its suggestions kept.
_KEPT_EARLIER = """
import sys
from annotator.core.model import AnnotatedDocument, Document
from annotator.services import kept_suggestions as kept
from annotator.services.suggesting import suggest_document
from annotator.store.db import open_db
from annotator.store.repository import Repository
repo = Repository(open_db(sys.argv[1]))
text = open(sys.argv[2], encoding="utf-8").read()
document = Document.from_text(text, "article")
repo.import_documents([AnnotatedDocument(document)], "bench")
inputs = kept.read_inputs(repo, document.id, "bench")
found = suggest_document(repo, document.id, analyst="bench", inputs=inputs)
kept.write_kept(repo.path, document.id, kept.key_of(inputs), found)
"""

# With --stored, each copy's window job on a stored article with nothing kept for it
# (argv[1]: the database; argv[2] as above): the database reads, (in a copy that keeps
# suggestions) the key and the look for a kept file, the rules, the dressing.
_STORED_JOB = """
import sys
import annotator.store.repository
import annotator.ui.suggestions_controller as controller
from annotator.store.db import open_db
from annotator.store.repository import Repository
repo = Repository(open_db(sys.argv[1]))
(document_id,) = [row[0] for row in repo.db.execute("SELECT id FROM documents")]
if sys.argv[2] == "1":
    try:
        from annotator.services import kept_suggestions as kept
    except ImportError:  # a copy that keeps none
        kept = None
    if kept is not None:  # as the window's first job looks
        inputs = kept.read_inputs(repo, document_id, "bench")
        assert not kept.has_entry(repo.path, document_id)
    from annotator.services.suggesting import suggest_document
    if kept is not None:
        found = suggest_document(repo, document_id, analyst="bench", inputs=inputs)
    else:
        found = suggest_document(repo, document_id, analyst="bench")
    text = repo.document(document_id).text
    controller.dress_suggestions(document_id, text, found)
"""

# The database of --stored (argv[1]), holding the article (argv[2]).
_STORED_SETUP = """
import sys
from annotator.core.model import AnnotatedDocument, Document
from annotator.store.db import open_db
from annotator.store.repository import Repository
repo = Repository(open_db(sys.argv[1]))
text = open(sys.argv[2], encoding="utf-8").read()
repo.import_documents([AnnotatedDocument(Document.from_text(text, "article"))], "bench")
"""

# An earlier session: the rules prepared, their patterns and the gazetteer kept.
_EARLIER = """
import annotator.services.suggesting
from annotator.core.suggest import prepare_rules
from annotator.services.kept_patterns import patterns_kept
with patterns_kept():
    prepare_rules()
"""


def _count(
    copy: Path, article: Path, step: str, env: dict[str, str], out: Path, job: str = _JOB
) -> int:
    ran = run_in_copy(
        copy,
        job,
        str(article),
        step,
        before=["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"],
        env=env,
    )
    found = COLLECTED.search(ran.stderr)
    if found is None:
        sys.exit(f"first_job_instructions: no instruction count ({copy}):\n{ran.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", metavar="REF", help="also count REF's copy")
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument(
        "--kept",
        action="store_true",
        help="this copy's first job with the article's suggestions kept (REF's as usual)",
    )
    parser.add_argument(
        "--stored",
        action="store_true",
        help="each copy's window job on a stored article with no suggestions kept for it",
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("first_job_instructions: needs valgrind (callgrind) on PATH")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        article = tmp / "article.txt"
        article.write_text(repeated_samples(args.size), "utf-8")
        copies = {"this copy": ROOT}
        if args.against:
            copies[args.against] = copy_of(args.against, tmp / "against")
        counts = {}
        for what, copy in copies.items():
            cache = tmp / f"cache-{len(counts)}"
            env = {
                "PYTHONHASHSEED": "0",
                "PYTHONDONTWRITEBYTECODE": "",
                "XDG_CACHE_HOME": str(cache),
            }
            run_in_copy(copy, _EARLIER, env=env)
            run_in_copy(copy, _JOB, str(article), "1", env=env)  # bytecode, a kept gazetteer
            job, subject = _JOB, article
            if args.kept and what == "this copy":
                job, subject = _KEPT_JOB, tmp / "kept.db"
                run_in_copy(copy, _KEPT_EARLIER, str(subject), str(article), env=env)
                run_in_copy(copy, job, str(subject), "1", env=env)  # bytecode
            elif args.stored:
                job, subject = _STORED_JOB, tmp / f"stored-{len(counts)}.db"
                run_in_copy(copy, _STORED_SETUP, str(subject), str(article), env=env)
                run_in_copy(copy, job, str(subject), "1", env=env)  # bytecode
            before = _count(copy, subject, "0", env, tmp / "callgrind.out", job)
            after = _count(copy, subject, "1", env, tmp / "callgrind.out", job)
            counts[what] = after - before
            print(f"  {what}: first job {counts[what] / 1e6:,.0f} M instructions", flush=True)
    if args.against:
        record(
            f"the session's first suggestion job ({args.size:,} characters), instructions (M), "
            "this copy against an earlier commit",
            counts["this copy"] / 1e6,
            counts[args.against] / 1e6,
            unit="M",
            baseline_name=f"{args.against}'s copy, same job, callgrind",
        )


if __name__ == "__main__":
    main()
