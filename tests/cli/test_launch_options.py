"""`annotator.launch` reads the `gui` command line as click's `gui` command declares it."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli import gui
from annotator.launch import gui_request


def _options() -> list[click.Option]:
    return [p for p in gui.params if isinstance(p, click.Option) and p.name != "help"]


def test_launch_reads_every_option_of_the_gui_command_into_the_same_name(
    tmp_path: Path,
) -> None:
    # An option added to `gui` (or renamed) without teaching annotator.launch still works,
    # through click, but the window then opens slower: this test asks for both.
    article = tmp_path / "a.txt"
    article.write_text("Shelling hit the market.\n", "utf-8")
    for option in _options():
        path_like = isinstance(option.type, click.Path)
        value = str(tmp_path / "x.db") if path_like else "ana"
        for opt in option.opts:
            for words in (["gui", opt, value, str(article)], ["gui", f"{opt}={value}"]):
                request = gui_request(words)
                assert request is not None, words
                got = getattr(request, str(option.name))
                assert got == (Path(value) if path_like else value), words
    arguments = [p.name for p in gui.params if isinstance(p, click.Argument)]
    assert arguments == ["paths"]
    request = gui_request(["gui", str(article)])
    assert request is not None
    assert request.paths == [article]


def test_the_gui_options_take_one_value_without_a_default_an_envvar_or_a_callback() -> None:
    # launch reads each option as one value, leaves it None when absent and checks
    # nothing else: an option that did more in click would be read differently.
    for option in _options():
        assert not option.is_flag, option.name
        assert option.nargs == 1, option.name
        assert option.default is None, option.name
        assert option.envvar is None, option.name
        assert option.callback is None, option.name
