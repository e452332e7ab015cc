"""A keymap file holding a number longer than Python converts is reported, not raised.

review62c F11: `read_keymap` caught JSONDecodeError and RecursionError, and Python's limit
on integer strings (4,300 digits) raises a plain ValueError, which escaped at start-up.
"""

from __future__ import annotations

from pathlib import Path

from annotator.ui.keys import read_keymap


def test_a_keymap_with_a_five_thousand_digit_number_falls_back_to_the_defaults(
    tmp_path: Path,
) -> None:
    path = tmp_path / "keys.json"
    path.write_text('{"save": ' + "1" * 5000 + "}", "utf-8")
    keys, problems = read_keymap(path, {"save": ["Ctrl+S"]})
    [problem] = problems
    assert str(path) in problem
    assert "using the default keys" in problem
    assert [k.toString() for k in keys["save"]] == ["Ctrl+S"]
