"""No module-level name of the rule modules is bound twice.

review62b A0: a new rule's pattern took the name of an older one (`_NAME_GOES_ON` in
actors.py, a file of 16,000 lines); Python rebinds the global at import, so six older
rules silently read the new pattern. The rule modules are long enough that a second
binding is easy to miss in review.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import annotator.core.suggest as suggest_package

MODULES = sorted(Path(suggest_package.__file__).parent.glob("*.py"))


def bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return sorted(name for name, count in names.items() if count > 1)


def test_the_check_sees_a_second_binding() -> None:
    assert bound_twice("A: Final = 1\ndef f(): pass\nA: Final = 2\n") == ["A"]
    assert bound_twice("def f(): pass\ndef f(): pass\n") == ["f"]


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    assert bound_twice(module.read_text("utf-8")) == []
