"""The wheel, not only the editable install: its contents, its build, a new user's first run.

The first-run test installs the built wheel into a brand-new virtual environment
(`python -m venv`, without `--system-site-packages`) together with every
dependency from the package index, so that a dependency missing from
pyproject.toml fails here. It then runs the README's first command from the
repository root, where the source folder `annotator/` shadows the installed
package, and again from elsewhere. It takes about a minute (most of it pip);
set FIRST_RUN_PYTHONS to a space-separated list of interpreters to repeat it on
other Python versions.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from annotator import __version__
from annotator.core.packaged import DISTRIBUTION, INSTALL_SPACY

REPO = Path(__file__).resolve().parent.parent
WHEEL_NAME = DISTRIBUTION.replace("-", "_")
# What a checkout may hold that is not part of the source distribution.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
    ".hypothesis", "*.db", "*.db-wal", "*.db-shm",
)  # fmt: skip


def _pyproject() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(the wheel, the build's verbose output), built from a copy of the checkout."""
    folder = tmp_path_factory.mktemp("build")
    source = folder / "source"
    shutil.copytree(REPO, source, ignore=NOT_SOURCE)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-v", "-w", str(folder)],
        # CI runs as root outside a virtual environment, where pip adds its own warning about
        # the root user; that is about the machine, not about our build.
        env={**os.environ, "PIP_ROOT_USER_ACTION": "ignore"},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = folder.glob(f"{WHEEL_NAME}-*.whl")
    return wheel, done.stdout + done.stderr


@pytest.mark.slow
def test_wheel_holds_every_package_and_the_resources(built: tuple[Path, str]) -> None:
    wheel, _output = built
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
    assert any(p.parent.name == "gazetteers" for p in resources)
    for resource in resources:
        assert f"annotator/resources/{resource.relative_to(REPO / 'resources')}" in names
    assert not any(name.startswith(("tests/", "bench/", "sample_articles/")) for name in names)


@pytest.mark.slow
def test_wheel_metadata_names_our_distribution_and_the_spdx_license(
    built: tuple[Path, str],
) -> None:
    wheel, _output = built
    archive = zipfile.ZipFile(wheel)
    metadata = archive.read(f"{WHEEL_NAME}-{__version__}.dist-info/METADATA").decode()
    assert f"Name: {DISTRIBUTION}\n" in metadata
    assert "License-Expression: MIT\n" in metadata
    assert f"{WHEEL_NAME}-{__version__}.dist-info/licenses/LICENSE" in archive.namelist()
    entry_points = archive.read(f"{WHEEL_NAME}-{__version__}.dist-info/entry_points.txt")
    assert "annotator = annotator.launch:main" in entry_points.decode()


@pytest.mark.slow
def test_the_build_prints_no_warnings(built: tuple[Path, str]) -> None:
    _wheel, output = built
    warnings = [line for line in output.splitlines() if re.search(r"warning|deprecat", line, re.I)]
    # pip's own note that byte-compiling is off is not a build warning of ours.
    warnings = [line for line in warnings if "byte-compiling is disabled" not in line]
    assert warnings == []


def _interpreters() -> list[str]:
    extra = os.environ.get("FIRST_RUN_PYTHONS", "").split()
    return [sys.executable, *extra]


@pytest.mark.slow
@pytest.mark.parametrize("python", _interpreters())
def test_first_run_from_a_fresh_virtual_environment(
    python: str, built: tuple[Path, str], tmp_path: Path
) -> None:
    wheel, _output = built
    venv = tmp_path / "venv"
    subprocess.run([python, "-m", "venv", str(venv)], check=True, timeout=300)
    venv_python = str(venv / "bin" / "python")
    # (never with the caller's PYTHONPATH: a source tree on it holding an editable
    # install's metadata made pip skip the wheel as already installed)
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    install = subprocess.run(
        [venv_python, "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
        env=clean,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTATOR_DB": str(tmp_path / "first.db"),
        "ANNOTATOR_NAME": "ana",
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("PYTHONPATH", None)
    samples = sorted(str(p.relative_to(REPO)) for p in (REPO / "sample_articles").glob("*.txt"))

    for where in (REPO, tmp_path):
        version = subprocess.run(
            [venv_python, "-m", "annotator", "--version"],
            capture_output=True,
            text=True,
            cwd=where,
            env=env,
            check=False,
            timeout=120,
        )
        assert version.returncode == 0, version.stderr
        assert version.stdout.strip() == f"annotator, version {__version__}"

    # README "Set up" step 1, as written, from the repository root (the window quits
    # once it has drawn itself, leaving the picture).
    picture = tmp_path / "window.png"
    window = subprocess.run(
        [venv_python, "-m", "annotator", "gui", *samples, "--screenshot", str(picture)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
        timeout=300,
    )
    assert window.returncode == 0, window.stderr[-3000:]
    assert "Traceback" not in window.stderr
    assert picture.stat().st_size > 10_000
    stats = subprocess.run(
        [str(venv / "bin" / "annotator"), "stats", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
        timeout=120,
    )
    assert stats.returncode == 0, stats.stderr
    assert f'"documents": {len(samples)}' in stats.stdout


def test_pyproject_lists_every_package() -> None:
    text = (REPO / "pyproject.toml").read_text("utf-8")
    for init in (REPO / "annotator").rglob("__init__.py"):
        dotted = ".".join(init.parent.relative_to(REPO).parts)
        assert f'"{dotted}"' in text, f"{dotted} is missing from [tool.setuptools] packages"


def test_the_distribution_name_is_ours_everywhere() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    assert project["name"] == DISTRIBUTION
    assert project["license"] == "MIT"
    assert f'pip install "{DISTRIBUTION}[spacy]"' == INSTALL_SPACY
    # Every install hint names our distribution, never the unrelated `annotator` on PyPI.
    stale = re.compile(r"pip install[^\n]*?(?<![-\w])annotator\[")
    for path in [REPO / "README.md", REPO / "CONTRIBUTING.md", *(REPO / "annotator").rglob("*.py")]:
        text = path.read_text("utf-8")
        assert not stale.search(text), path


def test_contributing_points_only_inside_the_repository() -> None:
    text = (REPO / "CONTRIBUTING.md").read_text("utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)|`(\.\./[^`]+)`", text):
        link = next(t for t in target if t)
        if "://" not in link:
            assert (REPO / link).resolve().is_relative_to(REPO), link
            assert (REPO / link).exists(), link
