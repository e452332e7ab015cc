"""The maintainers' scripts under scripts/ keep the held-out articles unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_script

ROOT = Path(__file__).resolve().parent.parent


def test_compare_furniture_names_a_changed_held_out_text_without_printing_its_lines() -> None:
    compare = load_script("compare_furniture")
    text = "Home | World | Africa\n\nSecret held-out headline\n\nBody.\n"
    corpus = [
        ("sample_articles/dev/heldout/200-some-town.txt", text),
        ("sample_articles/dev/50-another-town.txt", text),
    ]

    def before(_text: str) -> list[tuple[int, int]]:
        return []

    def now(_text: str) -> list[tuple[int, int]]:
        return [(0, 21)]

    lines, changed = compare.differences(corpus, before, now)

    assert changed == 2
    shown = "\n".join(lines)
    assert "sample_articles/dev/heldout/200-some-town.txt" in shown
    assert "sample_articles/dev/50-another-town.txt:\n  only now: 'Home | World | Africa'" in shown
    assert shown.count("Home | World | Africa") == 1  # the dev text's line, not the held-out's


def test_compare_furniture_skips_the_held_out_texts_unless_asked(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    compare = load_script("compare_furniture")
    opened: list[str] = []
    read_text = Path.read_text

    def recording(path: Path, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
        opened.append(str(path.relative_to(ROOT)).replace("\\", "/"))
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", recording)
    names = [name for name, _text in compare.texts()]
    assert names
    assert any(name.startswith("sample_articles/dev/") for name in names)
    # Not one held-out file is opened: nobody learns even which of them a change touches.
    assert not any(compare.held_out(name) for name in names)
    assert not any(path.startswith(compare.HELD_OUT) for path in opened)
    opened.clear()
    included = [name for name, _text in compare.texts(include_heldout=True)]
    assert any(compare.held_out(name) for name in included)
    assert set(names) < set(included)

    # The command line: held-out texts are skipped by default, and the summary says so.
    monkeypatch.setattr(
        compare, "_module_at", lambda _ref: type("Same", (), {"boilerplate_ranges": None})
    )
    monkeypatch.setattr(compare, "differences", lambda corpus, before, now: ([], 0))
    assert compare.main(["compare_furniture", "HEAD"]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert summary == (
        f"{len(names)} texts, 0 with other furniture ranges than at HEAD"
        " (held-out texts skipped: --include-heldout)"
    )
    assert compare.main(["compare_furniture", "HEAD", "--include-heldout"]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert summary == f"{len(included)} texts, 0 with other furniture ranges than at HEAD"


@pytest.mark.parametrize("name", ["actor_misses", "casualty_misses", "speaker_misses"])
def test_a_misses_script_refuses_a_held_out_gold_file_before_reading_it(  # type: ignore[no-untyped-def]
    name, monkeypatch, capsys
) -> None:
    misses = load_script(name)

    def reading(_path: str) -> None:
        raise AssertionError("the held-out file was read")

    monkeypatch.setattr(misses, "load_gold", reading)
    assert misses.main(["sample_articles/dev/heldout/gold.jsonl"]) == 2
    assert "refusing a held-out file" in capsys.readouterr().err
