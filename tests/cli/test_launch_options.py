"""`annotator.launch` reads the `gui` command line as click's `gui` command declares it."""

from __future__ import annotations

import os
from pathlib import Path

import click
import pytest

from annotator.cli import gui
from annotator.launch import gui_request, main


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


def test_an_unreadable_article_goes_to_click_which_refuses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # click.Path(exists=True) also checks that the file can be read (exit 2); launch must
    # not open the window on a path click would refuse. (os.access stands in for a file
    # without read permission: the tests may run as root, who may read anything.)
    article = tmp_path / "locked.txt"
    article.write_text("Shelling hit the market.\n", "utf-8")
    real_access = os.access

    def no_reading(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == article and mode & os.R_OK:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", no_reading)
    assert gui_request(["gui", str(article)]) is None
    assert main(["gui", str(article)]) == 2
    assert "is not readable" in capsys.readouterr().err
