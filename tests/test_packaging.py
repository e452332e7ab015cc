"""The wheel, not only the editable install, carries every package and resource."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_holds_every_package_and_the_resources(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("annotator-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    packages = {
        str(init.parent.relative_to(REPO)) for init in (REPO / "annotator").rglob("__init__.py")
    }
    for package in packages:
        assert f"{package}/__init__.py" in names, package
    resources = [
        p
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and p.suffix in {".json", ".qss", ".txt"}
    ]
    assert resources
    for resource in resources:
        assert f"annotator/resources/{resource.relative_to(REPO / 'resources')}" in names


def test_pyproject_lists_every_package() -> None:
    text = (REPO / "pyproject.toml").read_text("utf-8")
    for init in (REPO / "annotator").rglob("__init__.py"):
        dotted = ".".join(init.parent.relative_to(REPO).parts)
        assert f'"{dotted}"' in text, f"{dotted} is missing from [tool.setuptools] packages"
