"""Start at login: written, read back from the system and removed, on every platform.

Linux is tested for real in a temporary ``XDG_CONFIG_HOME``; the Windows writer
against a fake registry (the one seam, standing in for ``winreg``) and the
``Run`` value's command-line format; the macOS launch agent parsed back with
plistlib.
"""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from smallsteps import APP_ID
from smallsteps.platform import autostart
from smallsteps.platform.autostart import (
    RUN_KEY,
    STARTUP_APPROVED_KEY,
    LaunchAgentAutostart,
    RunKeyAutostart,
    XdgAutostart,
    for_platform,
    launch_agent_plist,
    run_value,
)
from smallsteps.platform.desktop_file import read_entry
from smallsteps.platform.program import program_command

# --- Linux, for real --------------------------------------------------------------


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary XDG_CONFIG_HOME (and empty system folders) for this test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    return tmp_path / "config"


def _entry_file(config: Path) -> Path:
    return config / "autostart" / f"{APP_ID}.desktop"


def test_linux_enable_writes_the_installed_program_minimized(xdg: Path) -> None:
    entry = for_platform("linux")
    assert isinstance(entry, XdgAutostart)
    assert not entry.is_enabled()

    entry.enable()

    keys = read_entry(_entry_file(xdg).read_text(encoding="utf-8"))
    assert keys is not None
    program = Path(sys.executable).with_name("smallsteps")
    assert program.is_file()
    assert keys["Exec"] == f"{program} --minimized"
    assert keys["X-GNOME-Autostart-enabled"] == "true"
    assert keys["Type"] == "Application"
    assert keys["Icon"] == APP_ID
    assert "Hidden" not in keys
    assert entry.is_enabled()
    assert for_platform("linux").is_enabled()  # a fresh object reads the file back


def test_linux_disable_removes_the_file(xdg: Path) -> None:
    entry = for_platform("linux")
    entry.enable()
    entry.disable()
    assert not _entry_file(xdg).exists()
    assert not entry.is_enabled()
    entry.disable()  # disabling twice is fine


def test_linux_hidden_entry_reads_as_disabled(xdg: Path) -> None:
    path = _entry_file(xdg)
    path.parent.mkdir(parents=True)
    path.write_text(
        "[Desktop Entry]\nType=Application\nName=Small Steps\nExec=smallsteps\nHidden=true\n",
        encoding="utf-8",
    )
    entry = for_platform("linux")
    assert not entry.is_enabled()
    entry.enable()
    assert entry.is_enabled()
    keys = read_entry(path.read_text(encoding="utf-8"))
    assert keys is not None
    assert "Hidden" not in keys


def test_linux_gnome_switched_off_reads_as_disabled(xdg: Path) -> None:
    path = _entry_file(xdg)
    path.parent.mkdir(parents=True)
    path.write_text(
        "[Desktop Entry]\nType=Application\nName=Small Steps\nExec=smallsteps\n"
        "X-GNOME-Autostart-enabled=false\n",
        encoding="utf-8",
    )
    assert not for_platform("linux").is_enabled()


def test_linux_hand_written_entry_with_another_exec_reads_as_enabled(xdg: Path) -> None:
    path = _entry_file(xdg)
    path.parent.mkdir(parents=True)
    path.write_text(
        "# written by hand\n[Desktop Entry]\nType=Application\nName=My tray companion\n"
        "Exec=/opt/somewhere/else/smallsteps --verbose\n",
        encoding="utf-8",
    )
    assert for_platform("linux").is_enabled()


def test_linux_file_without_desktop_entry_group_reads_as_disabled(xdg: Path) -> None:
    path = _entry_file(xdg)
    path.parent.mkdir(parents=True)
    path.write_text("not a desktop entry\n", encoding="utf-8")
    assert not for_platform("linux").is_enabled()


def test_linux_system_wide_entry_is_hidden_rather_than_removed(xdg: Path, tmp_path: Path) -> None:
    system = tmp_path / "etc-xdg" / "autostart" / f"{APP_ID}.desktop"
    system.parent.mkdir(parents=True)
    system.write_text(
        "[Desktop Entry]\nType=Application\nName=Small Steps\nExec=smallsteps --minimized\n",
        encoding="utf-8",
    )
    entry = for_platform("linux")
    assert entry.is_enabled()

    entry.disable()

    assert system.is_file()  # the system's file is not ours to remove
    keys = read_entry(_entry_file(xdg).read_text(encoding="utf-8"))
    assert keys is not None
    assert keys["Hidden"] == "true"
    assert not entry.is_enabled()
    entry.enable()
    assert entry.is_enabled()


def test_linux_exec_quotes_a_path_with_spaces(tmp_path: Path) -> None:
    program = ("/home/ana/My Apps/bin/smallsteps",)
    entry = XdgAutostart(tmp_path, [], program)
    entry.enable()
    text = entry.path.read_text(encoding="utf-8")
    assert 'Exec="/home/ana/My Apps/bin/smallsteps" --minimized\n' in text


def test_linux_default_config_home_is_dot_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    entry = for_platform("linux", home=tmp_path, program=("/usr/bin/smallsteps",))
    assert isinstance(entry, XdgAutostart)
    assert entry.path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"


def test_program_is_the_venv_script_next_to_the_interpreter() -> None:
    assert program_command("linux") == (str(Path(sys.executable).with_name("smallsteps")),)


def test_program_on_windows_is_pythonw_so_no_console_opens(tmp_path: Path) -> None:
    scripts = tmp_path / "Scripts"
    scripts.mkdir()
    for name in ("python.exe", "pythonw.exe", "smallsteps.exe"):
        (scripts / name).touch()
    command = program_command("win32", executable=str(scripts / "python.exe"), frozen=False)
    assert command == (str(scripts / "pythonw.exe"), "-m", "smallsteps")


def test_program_of_a_bundle_is_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "Small Steps" / "smallsteps"
    assert program_command("linux", executable=str(bundle), frozen=True) == (str(bundle),)


def test_program_falls_back_to_path_then_to_python_m(tmp_path: Path) -> None:
    python = str(tmp_path / "python3")
    found = program_command("linux", executable=python, frozen=False, which=lambda _: "/bin/ss")
    assert found == ("/bin/ss",)
    fallback = program_command("linux", executable=python, frozen=False, which=lambda _: None)
    assert fallback == (python, "-m", "smallsteps")


# --- Windows, against a fake registry ---------------------------------------------


class FakeRegistry:
    """The current user's registry as a dictionary: the seam ``winreg`` sits behind."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str | bytes] = {}

    def read(self, key: str, name: str) -> str | bytes | None:
        return self.values.get((key, name))

    def write_string(self, key: str, name: str, value: str) -> None:
        self.values[key, name] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


EXE = r"C:\Users\Ana Lee\AppData\Local\Programs\Small Steps\smallsteps.exe"


def test_run_value_quotes_the_path_and_adds_minimized() -> None:
    assert run_value([EXE]) == f'"{EXE}" --minimized'


def test_run_value_quotes_the_path_even_without_spaces() -> None:
    assert run_value([r"C:\Apps\smallsteps.exe"]) == r'"C:\Apps\smallsteps.exe" --minimized'


def test_run_value_of_pythonw_module() -> None:
    pythonw = r"C:\Users\Ana Lee\pipx\venvs\smallsteps\Scripts\pythonw.exe"
    assert run_value([pythonw, "-m", "smallsteps"]) == f'"{pythonw}" -m smallsteps --minimized'


def test_run_value_escapes_as_the_c_runtime_reads_it() -> None:
    # A trailing backslash must not escape the closing quote; a quote is escaped.
    assert run_value(["C:\\a b\\", 'say "hi"']) == '"C:\\a b\\\\" "say \\"hi\\"" --minimized'


def test_windows_enable_read_back_disable() -> None:
    registry = FakeRegistry()
    entry = for_platform("win32", registry=registry, program=[EXE])
    assert isinstance(entry, RunKeyAutostart)
    assert not entry.is_enabled()

    entry.enable()

    assert registry.values == {(RUN_KEY, "Small Steps"): f'"{EXE}" --minimized'}
    assert RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert entry.is_enabled()

    entry.disable()
    assert registry.values == {}
    assert not entry.is_enabled()


def test_windows_task_manager_switch_off_reads_as_disabled_and_enable_clears_it() -> None:
    registry = FakeRegistry()
    entry = RunKeyAutostart(registry, [EXE])
    entry.enable()
    registry.values[STARTUP_APPROVED_KEY, "Small Steps"] = bytes([3]) + bytes(11)
    assert not entry.is_enabled()
    registry.values[STARTUP_APPROVED_KEY, "Small Steps"] = bytes([2]) + bytes(11)
    assert entry.is_enabled()
    registry.values[STARTUP_APPROVED_KEY, "Small Steps"] = bytes([3]) + bytes(11)

    entry.enable()

    assert (STARTUP_APPROVED_KEY, "Small Steps") not in registry.values
    assert entry.is_enabled()


def test_windows_value_set_by_someone_else_reads_as_enabled() -> None:
    registry = FakeRegistry()
    registry.values[RUN_KEY, "Small Steps"] = r"D:\elsewhere\smallsteps.exe"
    assert RunKeyAutostart(registry, [EXE]).is_enabled()


def test_the_real_registry_refuses_off_windows() -> None:
    if sys.platform == "win32":
        pytest.skip("this is the off-Windows behaviour")
    with pytest.raises(OSError, match="only on Windows"):
        autostart.WinregRegistry().read(RUN_KEY, "Small Steps")


# --- macOS, parsed back with plistlib ---------------------------------------------

APP = "/Users/ana/.local/pipx/venvs/smallsteps/bin/smallsteps"


def test_launch_agent_plist_keys() -> None:
    agent = plistlib.loads(launch_agent_plist([APP]))
    assert agent == {
        "Label": APP_ID,
        "ProgramArguments": [APP, "--minimized"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }


def test_macos_enable_read_back_disable(tmp_path: Path) -> None:
    entry = for_platform("darwin", home=tmp_path, program=[APP])
    assert isinstance(entry, LaunchAgentAutostart)
    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert entry.path == path
    assert not entry.is_enabled()

    entry.enable()

    assert plistlib.loads(path.read_bytes())["ProgramArguments"] == [APP, "--minimized"]
    assert path.read_bytes().startswith(b"<?xml")
    assert entry.is_enabled()
    entry.disable()
    assert not path.exists()
    assert not entry.is_enabled()


@pytest.mark.parametrize(
    ("content", "enabled"),
    [
        (plistlib.dumps({"Label": APP_ID, "RunAtLoad": True}), True),
        (plistlib.dumps({"Label": APP_ID, "RunAtLoad": True, "Disabled": True}), False),
        (plistlib.dumps({"Label": APP_ID, "RunAtLoad": False}), False),
        (plistlib.dumps([1, 2]), False),
        (b"not a plist", False),
    ],
)
def test_macos_reads_what_is_there(tmp_path: Path, content: bytes, enabled: bool) -> None:
    entry = LaunchAgentAutostart(tmp_path, [APP])
    entry.path.write_bytes(content)
    assert entry.is_enabled() is enabled
