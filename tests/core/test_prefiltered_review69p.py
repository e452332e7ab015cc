"""review69p: a prefiltered pattern never fails where its pattern would not. The test is
worked out from the engine's private parser (re._parser) after 64 long searches; where that
parser is missing or shaped otherwise (another Python), the pattern is searched as it is
instead of raising in the middle of a session's suggestions."""

from __future__ import annotations

import importlib
import re
import types

import pytest

from annotator.core import prefiltered
from annotator.core.prefiltered import PrefilteredPattern

_SOURCE = r"(?<!\w)(?=[a-z])(?:soldiers?|troops|neighbou?rs?)\b"
_LONG_TEXT = "a body was found near the road " * 20 + "two soldiers were killed"


def _boom(*_args: object, **_kwargs: object) -> None:
    raise ValueError("a parser of another shape")


@pytest.mark.parametrize(
    "parser",
    [
        types.SimpleNamespace(parse=_boom),  # parse raises
        types.SimpleNamespace(parse=lambda *_a: [(object(), None)]),  # unknown op
        types.SimpleNamespace(parse=lambda *_a: 42),  # not a list of items
        None,  # no parser at all
    ],
)
def test_a_parser_of_another_shape_leaves_the_pattern_searched_as_it_is(
    monkeypatch: pytest.MonkeyPatch, parser: object
) -> None:
    monkeypatch.setattr(prefiltered, "sre_parse", parser)
    wrapped = PrefilteredPattern(re.compile(_SOURCE))
    compiled = re.compile(_SOURCE)
    for _ in range(prefiltered._WORTH_IT + 2):  # past the warm-up: the test is worked out
        assert wrapped.search(_LONG_TEXT).span() == compiled.search(_LONG_TEXT).span()
    assert wrapped._test is False or isinstance(wrapped._test, re.Pattern)
    assert wrapped.search("no one was hurt " * 20) is None


def test_constants_of_another_shape_leave_the_pattern_searched_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # an engine without ATOMIC_GROUP among its constants
    kept = {k: v for k, v in vars(prefiltered.sre).items() if k != "ATOMIC_GROUP"}
    monkeypatch.setattr(prefiltered, "sre", types.SimpleNamespace(**kept))
    wrapped = PrefilteredPattern(re.compile(_SOURCE))
    wrapped.prepare()
    assert wrapped.search(_LONG_TEXT).span() == re.compile(_SOURCE).search(_LONG_TEXT).span()


def test_the_module_imports_without_the_private_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def without_parser(name, globals=None, locals=None, fromlist=(), level=0):  # type: ignore[no-untyped-def]
        if name == "re" and fromlist and {"_parser", "_constants"} & set(fromlist):
            raise ImportError("no re._parser here")
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", without_parser)
    try:
        module = importlib.reload(prefiltered)
        assert module.sre_parse is None
        wrapped = module.PrefilteredPattern(re.compile(_SOURCE))
        wrapped.prepare()
        assert wrapped._test is False
        assert wrapped.search(_LONG_TEXT).group(0) == "soldiers"
    finally:
        monkeypatch.setattr(builtins, "__import__", real_import)
        importlib.reload(prefiltered)
