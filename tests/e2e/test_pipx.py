"""``pipx install .`` works, and the installed program runs and finds its shipped files.

This is the README's way to install Small Steps for one person on Linux. The test
builds from a copy of the source (so no ``build/`` folder lands in the working
tree), installs into a temporary ``PIPX_HOME`` and ``PIPX_BIN_DIR`` (PySide6 comes
from PyPI or pip's cache: this takes a minute or more), then runs the installed
``smallsteps``: ``--version``, and ``--install-desktop-entry``, which proves the
desktop entry and icons ship inside the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from smallsteps import APP_ID, __version__

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(1800)]

REPO = Path(__file__).resolve().parents[2]
SOURCES = ["pyproject.toml", "README.md", "desktop", "resources"]


def _copy_sources(target: Path) -> Path:
    target.mkdir()
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(
                source,
                target / name,
                ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc"),
            )
        else:
            shutil.copy2(source, target / name)
    for licence in REPO.glob("LICEN[CS]E*"):
        shutil.copy2(licence, target / licence.name)
    return target


def test_pipx_install_then_version_and_desktop_entry(tmp_path: Path) -> None:
    pipx = shutil.which("pipx")
    assert pipx, "pipx is missing: run `make system-deps` (scripts/install-system-deps.sh)"
    source = _copy_sources(tmp_path / "source")
    env = {
        **os.environ,
        "PIPX_HOME": str(tmp_path / "pipx-home"),
        "PIPX_BIN_DIR": str(tmp_path / "pipx-bin"),
        "PIPX_MAN_DIR": str(tmp_path / "pipx-man"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env.pop("VIRTUAL_ENV", None)
    env.pop("PYTHONPATH", None)

    installed = subprocess.run(
        [pipx, "install", str(source)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=1500,
    )

    assert installed.returncode == 0, installed.stdout + installed.stderr
    program = tmp_path / "pipx-bin" / "smallsteps"
    assert program.is_file()

    version = subprocess.run(
        [str(program), "--version"], capture_output=True, text=True, check=False, env=env
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"smallsteps {__version__}"

    entry = subprocess.run(
        [str(program), "--install-desktop-entry"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert entry.returncode == 0, entry.stderr
    desktop = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    lines = desktop.read_text(encoding="utf-8").splitlines()
    exec_line = next(line for line in lines if line.startswith("Exec="))
    # The entry names the program inside pipx's own environment, by absolute path.
    venv_program = tmp_path / "pipx-home" / "venvs" / "smallsteps" / "bin" / "smallsteps"
    assert exec_line == f"Exec={venv_program}"
    icon = tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    assert (
        icon.read_bytes()
        == (
            REPO
            / "packaging"
            / "linux"
            / "icons"
            / "hicolor"
            / "256x256"
            / "apps"
            / f"{APP_ID}.png"
        ).read_bytes()
    )

    # German ships too: the compiled translations and the German nudge lines.
    venv_python = tmp_path / "pipx-home" / "venvs" / "smallsteps" / "bin" / "python"
    shipped = subprocess.run(
        [
            str(venv_python),
            "-c",
            "from importlib import resources; from smallsteps.core.resources import text_lines;"
            "base = resources.files('smallsteps.resources') / 'translations';"
            "print(sorted(p.name for p in base.iterdir() if p.name.endswith('.qm')));"
            "print(text_lines('nudges', 'de') != text_lines('nudges', 'en'))",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert shipped.returncode == 0, shipped.stderr
    assert shipped.stdout.split("\n")[:2] == ["['smallsteps_de.qm', 'smallsteps_en.qm']", "True"]
