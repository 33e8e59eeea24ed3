"""The Linux desktop files: valid for the desktop's own validators, one app id everywhere.

``desktop-file-validate`` and ``appstreamcli`` come from Debian's desktop-file-utils
and appstream packages, which ``make test`` installs; a missing validator fails
here rather than skipping, so the proof cannot silently vanish.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from smallsteps import APP_ID, APP_NAME
from smallsteps.platform.autostart import XdgAutostart
from smallsteps.platform.desktop_entry import ICON_SIZES, refresh_caches
from smallsteps.platform.desktop_file import (
    escape_value,
    exec_line,
    quote_exec_argument,
    read_entry,
    replace_exec,
    unescape_value,
)

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
SHIPPED = REPO / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SMALLSTEPS = Path(sys.executable).with_name("smallsteps")


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: run `make system-deps` (scripts/install-system-deps.sh)"
    return found


def _validate_desktop(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_tool("desktop-file-validate"), str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    assert header[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


# --- The validators -----------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = _validate_desktop(DESKTOP)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""  # not even a hint


def test_metainfo_passes_appstreamcli_validate_no_net() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # No errors, warnings or infos: only the pedantic note about capitals in the
    # id is allowed, which reverse-DNS ids with a CamelCase app name all carry.
    for line in output.splitlines():
        assert not line.startswith(("E:", "W:", "I:")), output


def test_autostart_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path, [], ["/home/ana/My Apps/bin/smallsteps"])
    entry.enable()
    result = _validate_desktop(entry.path)
    assert result.returncode == 0, result.stdout + result.stderr


# --- One id everywhere ---------------------------------------------------------------


def test_one_app_id_everywhere() -> None:
    keys = read_entry(DESKTOP.read_text(encoding="utf-8"))
    assert keys is not None
    assert keys["Icon"] == APP_ID
    assert keys["Name"] == APP_NAME
    assert keys["Exec"] == "smallsteps"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "smallsteps"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    release = root.find("releases/release")
    assert release is not None
    assert release.get("version") == "0.1.0"
    assert release.get("date") == "2026-11-28"


def test_icons_at_every_size_with_the_right_pixel_size() -> None:
    hicolor = LINUX / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), png
        assert _png_size(png) == (size, size), png
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (REPO / "resources" / "icons" / "app.svg").read_bytes()


def test_the_copies_shipped_in_the_wheel_match_packaging() -> None:
    """``resources/linux`` is written by scripts/render_icons.py; run it after edits."""
    assert (SHIPPED / f"{APP_ID}.desktop").read_bytes() == DESKTOP.read_bytes()
    for size in ICON_SIZES:
        relative = Path("icons") / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert (SHIPPED / relative).read_bytes() == (LINUX / relative).read_bytes(), relative


# --- Exec quoting and value escaping --------------------------------------------------


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/usr/bin/smallsteps", "/usr/bin/smallsteps"),
        ("--minimized", "--minimized"),
        ("/home/ana/My Apps/smallsteps", '"/home/ana/My Apps/smallsteps"'),
        ("/opt/$HOME/x", '"/opt/\\$HOME/x"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("100%", "100%%"),
        ("", '""'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, quoted: str) -> None:
    assert quote_exec_argument(argument) == quoted


def test_values_escape_and_unescape() -> None:
    for value in ["plain", "back\\slash", "two\nlines", "tab\there", exec_line(["/a b/c"])]:
        assert unescape_value(escape_value(value)) == value
    assert unescape_value("a\\sb") == "a b"


def test_replace_exec_keeps_everything_else() -> None:
    text = DESKTOP.read_text(encoding="utf-8")
    replaced = replace_exec(text, ["/home/ana/x y/smallsteps"])
    assert 'Exec="/home/ana/x y/smallsteps"' in replaced
    assert replaced.replace('Exec="/home/ana/x y/smallsteps"', "Exec=smallsteps") == text
    with pytest.raises(ValueError, match="no Exec"):
        replace_exec("[Desktop Entry]\nName=x\n", ["y"])


def test_refresh_caches_skips_failing_tools(tmp_path: Path) -> None:
    def fail(_command: object) -> None:
        raise subprocess.CalledProcessError(1, "tool")

    assert refresh_caches(tmp_path, fail) == ()


# --- smallsteps --install-desktop-entry, run as a person runs it ---------------------


def _run(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert SMALLSTEPS.is_file(), SMALLSTEPS
    return subprocess.run(
        [str(SMALLSTEPS), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={
            **os.environ,
            "XDG_DATA_HOME": str(data_home),
            "QT_QPA_PLATFORM": "offscreen",
            # English, whatever the host speaks: the command line follows the system's language.
            "LANGUAGE": "",
            "LC_ALL": "",
            "LC_MESSAGES": "",
            "LANG": "C.UTF-8",
        },
    )


def test_install_and_uninstall_desktop_entry(tmp_path: Path) -> None:
    data = tmp_path / "share"
    entry = data / "applications" / f"{APP_ID}.desktop"
    icons = [data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"] + [
        data / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES
    ]

    installed = _run(data, "--install-desktop-entry")

    assert installed.returncode == 0, installed.stderr
    assert installed.stdout == (
        f"Small Steps is in your applications menu now (entry and icons in {data}).\n"
    )
    assert installed.stderr == ""
    result = _validate_desktop(entry)
    assert result.returncode == 0, result.stdout + result.stderr
    keys = read_entry(entry.read_text(encoding="utf-8"))
    assert keys is not None
    assert keys["Exec"] == str(SMALLSTEPS)
    assert keys["Icon"] == APP_ID
    for icon in icons:
        assert icon.is_file(), icon
    for size, icon in zip(ICON_SIZES, icons[1:], strict=True):
        assert _png_size(icon) == (size, size)
    if shutil.which("gtk-update-icon-cache"):
        assert (data / "icons" / "hicolor" / "icon-theme.cache").is_file()

    again = _run(data, "--install-desktop-entry")  # installing twice is fine
    assert again.returncode == 0, again.stderr

    removed = _run(data, "--uninstall-desktop-entry")

    assert removed.returncode == 0, removed.stderr
    assert removed.stdout == (
        f"Small Steps is out of your applications menu now (removed from {data}).\n"
    )
    assert not entry.exists()
    for icon in icons:
        assert not icon.exists(), icon

    nothing = _run(data, "--uninstall-desktop-entry")
    assert nothing.returncode == 0
    assert nothing.stdout == f"There was no Small Steps menu entry in {data}; nothing changed.\n"


def test_desktop_entry_options_stand_alone(tmp_path: Path) -> None:
    both = _run(tmp_path, "--install-desktop-entry", "--uninstall-desktop-entry")
    assert both.returncode == 2
    with_command = _run(tmp_path, "--install-desktop-entry", "nudge")
    assert with_command.returncode == 2
    assert "stand alone" in with_command.stderr
    assert not (tmp_path / "applications").exists()


def test_minimized_is_documented() -> None:
    result = _run(Path("/nonexistent"), "--help")
    assert result.returncode == 0
    assert "--minimized" in result.stdout
    assert "--install-desktop-entry" in result.stdout
