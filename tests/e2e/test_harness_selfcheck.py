"""Self-check of the e2e desktop harness (``desktop.py``) against the real programs.

These tests do not touch Small Steps: they prove that the session parts come up, that a
Qt tray icon registers with both tray hosts, that notifications with actions are seen on
the bus and that the dunst helpers deliver ``ActionInvoked`` like a person's click would,
and that keyboard input reaches a Qt dialog without a window manager.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .desktop import (
    DesktopSession,
    KeyringKind,
    NotifyClient,
    NotifyKind,
    TrayKind,
    dunst_displayed_count,
    dunst_invoke_action,
    dunst_invoke_default,
    keyring_locked,
    missing_programs,
    parse_notify_log,
    start_session,
    tray_item_registered,
    tray_items,
    visible_windows,
    wait_until,
    window_geometry,
    xdotool_click,
    xdotool_key,
    xdotool_type,
)

pytestmark = pytest.mark.e2e

ACTIONS = ["default", "Open", "snooze", "Snooze"]

TRAY_SCRIPT = """\
import sys
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

app = QApplication(sys.argv)
pixmap = QPixmap(32, 32)
pixmap.fill(QColor("red"))
icon = QSystemTrayIcon(QIcon(pixmap))
icon.show()
print("tray available:", QSystemTrayIcon.isSystemTrayAvailable(), flush=True)
app.exec()
"""

BUS_CLIENT_SCRIPT = """\
from jeepney.io.blocking import open_dbus_connection

connection = open_dbus_connection(bus="SESSION")
while True:
    connection.receive()
"""

DIALOG_SCRIPT = """\
import sys
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout

app = QApplication(sys.argv)
dialog = QDialog()
dialog.setWindowTitle("Typing test")
layout = QVBoxLayout(dialog)
edit = QLineEdit()
layout.addWidget(edit)
buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
buttons.accepted.connect(dialog.accept)
layout.addWidget(buttons)
dialog.accepted.connect(lambda: print("ACCEPTED", repr(edit.text()), flush=True))
dialog.show()
sys.exit(0 if dialog.exec() == QDialog.DialogCode.Accepted else 1)
"""


@contextlib.contextmanager
def _session(
    tmp_path: Path,
    tray: TrayKind,
    notify: NotifyKind,
    keyring: KeyringKind = "none",
) -> Iterator[DesktopSession]:
    """A started session that is stopped on leaving the block, even on failure."""
    missing = missing_programs(tray, notify, keyring)
    if missing:
        pytest.fail(f"desktop programs not installed (run make test): {', '.join(missing)}")
    session = start_session(tmp_path / "desk", tray=tray, notify=notify, keyring=keyring)
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture
def sni_dunst(tmp_path: Path) -> Iterator[DesktopSession]:
    with _session(tmp_path, "sni", "dunst") as session:
        yield session


@pytest.fixture
def xembed_plain(tmp_path: Path) -> Iterator[DesktopSession]:
    with _session(tmp_path, "xembed", "none") as session:
        yield session


def _script(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def _exited(proc: subprocess.Popen[bytes]) -> bool:
    return proc.poll() is not None


# --------------------------------------------------------------------------- parser


def test_notify_log_parser_reads_unescaped_strings() -> None:
    # dbus-monitor prints strings raw: quotes and newlines inside them are not escaped.
    log = "\n".join(
        [
            "signal time=1.0 sender=org.freedesktop.DBus -> destination=:1.9 serial=2"
            " path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameLost",
            '   string ":1.9"',
            "method call time=2.0 sender=:1.11 -> destination=:1.8 serial=10"
            " path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications;"
            " member=Notify",
            '   string "app"',
            "   uint32 7",
            '   string "icon"',
            '   string "Say "hi""',
            '   string "line one"',
            '   string "still the body"',
            '"',
            "   array [",
            '      string "default"',
            '      string "Open"',
            "   ]",
            "   array [",
            "      dict entry(",
            '         string "urgency"',
            "         variant             byte 2",
            "      )",
            "   ]",
            "   int32 -1",
            "signal time=3.0 sender=:1.8 -> destination=:1.11 serial=8"
            " path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications;"
            " member=ActionInvoked",
            "   uint32 4",
            '   string "default"',
            "method call time=4.0 sender=:1.12 -> destination=:1.8 serial=3"
            " path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications;"
            " member=Notify",
            '   string "half written',
        ]
    )
    calls, signals = parse_notify_log(log)
    assert len(calls) == 1  # the unfinished last message is skipped
    call = calls[0]
    assert (call.app_name, call.replaces_id, call.app_icon) == ("app", 7, "icon")
    assert call.summary == 'Say "hi"'
    assert call.body == 'line one"\n   string "still the body"\n'
    assert call.actions == ["default", "Open"]
    assert call.action_labels == {"default": "Open"}
    assert call.hint("urgency") == "byte 2"
    assert call.expire_timeout == -1
    assert call.sender == ":1.11"
    assert [(s.member, s.notification_id, s.detail) for s in signals] == [
        ("ActionInvoked", 4, "default")
    ]


# --------------------------------------------------------------------------- sessions & tray


def test_sni_session_has_daemons_and_registers_a_tray_icon(
    sni_dunst: DesktopSession, tmp_path: Path
) -> None:
    session = sni_dunst
    assert session.bus_has_name("org.freedesktop.Notifications")
    assert session.bus_has_name("org.kde.StatusNotifierWatcher")
    assert not tray_item_registered(session)

    app = session.spawn([sys.executable, str(_script(tmp_path, "tray.py", TRAY_SCRIPT))], "tray")
    wait_until(lambda: tray_item_registered(session), 15, what="the SNI tray item")
    assert tray_items(session)[0].endswith("/StatusNotifierItem")
    shot = session.screenshot(tmp_path / "screen.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    app.terminate()
    wait_until(lambda: _exited(app), 10, what="the tray script to exit")
    wait_until(lambda: not tray_item_registered(session), 10, what="the item to go away")
    assert "tray available: True" in session.log_tail("tray")


def test_xembed_session_embeds_a_tray_icon(xembed_plain: DesktopSession, tmp_path: Path) -> None:
    session = xembed_plain
    assert not session.bus_has_name("org.freedesktop.Notifications")
    assert tray_items(session) == []

    script = _script(tmp_path, "xembed_tray.py", TRAY_SCRIPT)
    session.spawn([sys.executable, str(script)], "tray")
    wait_until(lambda: tray_item_registered(session), 15, what="the icon embedded in trayer")
    (item,) = tray_items(session)
    assert item.endswith(" xembed_tray.py")  # Qt names the icon window after the program
    wid = item.split()[0]
    _, y, width, height = window_geometry(session, str(int(wid, 16)))
    assert y < 32
    assert width > 0
    assert height > 0


# --------------------------------------------------------------------------- notifications


def test_notify_with_actions_is_recorded_and_default_is_invoked(
    sni_dunst: DesktopSession,
) -> None:
    session = sni_dunst
    with NotifyClient(session) as client:
        nid = client.notify("Time to stretch", 'Stand up "now"\nand breathe', ACTIONS)
        wait_until(session.notify_calls, 5, what="the Notify call in the monitor log")
        (call,) = session.notify_calls()
        assert call.summary == "Time to stretch"
        assert call.body == 'Stand up "now"\nand breathe'
        assert call.actions == ACTIONS
        assert call.app_name == "e2e-test"
        wait_until(lambda: dunst_displayed_count(session) == 1, 5, what="dunst to show it")

        dunst_invoke_default(session)
        signal = client.wait_signal(nid, "ActionInvoked", timeout=5)
        assert signal.detail == "default"
        assert signal.destination == call.sender  # dunst answers the caller only

    # The monitor sees the unicast signal too.
    wait_until(
        lambda: any(s.member == "ActionInvoked" for s in session.notify_signals()),
        5,
        what="ActionInvoked in the monitor log",
    )


def test_notify_with_actions_snooze_is_invoked_through_the_context_menu(
    sni_dunst: DesktopSession,
) -> None:
    session = sni_dunst
    with NotifyClient(session) as client:
        other = client.notify("Drink water", "", ACTIONS)
        nid = client.notify("Time to stretch", "", ACTIONS)
        wait_until(lambda: dunst_displayed_count(session) == 2, 5, what="both shown")

        chosen = dunst_invoke_action(session, "Snooze", summary="Time to stretch")
        assert chosen == f"#Snooze (Time to stretch) [{nid},snooze]"
        assert client.wait_signal(nid, "ActionInvoked", timeout=5).detail == "snooze"
        assert all(s.notification_id != other for s in client.received)

        with pytest.raises(AssertionError, match="no action labelled 'Later'"):
            dunst_invoke_action(session, "Later")


def test_a_real_click_on_the_popup_invokes_default_and_closes_it(
    sni_dunst: DesktopSession,
) -> None:
    session = sni_dunst
    with NotifyClient(session) as client:
        nid = client.notify("Time to stretch", "click me", ACTIONS)
        wait_until(lambda: visible_windows(session, "^Dunst$"), 5, what="dunst's popup")
        (popup,) = visible_windows(session, "^Dunst$")
        x, y, width, height = window_geometry(session, popup)
        xdotool_click(session, x + width // 2, y + height // 2)
        assert client.wait_signal(nid, "ActionInvoked", timeout=5).detail == "default"
        closed = client.wait_signal(nid, "NotificationClosed", timeout=5)
        assert closed.detail == "2"  # dismissed by the user
        wait_until(lambda: dunst_displayed_count(session) == 0, 5, what="the popup to close")


def test_real_notify_send_output_is_parsed(sni_dunst: DesktopSession) -> None:
    session = sni_dunst
    sender = session.spawn(
        ["notify-send", "-A", "default=Open", "-A", "snooze=Snooze", "Title", "Body"],
        "notify-send",
    )
    wait_until(session.notify_calls, 5, what="notify-send's Notify call")
    (call,) = session.notify_calls()
    assert (call.app_name, call.summary, call.body) == ("notify-send", "Title", "Body")
    assert call.actions == ACTIONS
    assert call.hint("urgency") == "byte 1"
    assert call.expire_timeout == -1

    wait_until(lambda: dunst_displayed_count(session) == 1, 5, what="dunst to show it")
    dunst_invoke_default(session)
    wait_until(lambda: _exited(sender), 5, what="notify-send to report the action")
    assert session.log_tail("notify-send").strip() == "default"


# --------------------------------------------------------------------------- keyboard


def test_typing_into_a_dialog_without_window_manager(
    xembed_plain: DesktopSession, tmp_path: Path
) -> None:
    session = xembed_plain
    script = _script(tmp_path, "dialog.py", DIALOG_SCRIPT)
    # xdotool types a character missing from the keymap by binding a spare keycode and
    # unbinding it right after; on a loaded machine the X client can read the event
    # after the unbinding and lose that one character. Typing is tried up to 3 times
    # (a fresh dialog each time); three losses in a row still fail.
    logs = []
    for attempt in range(3):
        name = f"dialog-{attempt}"
        dialog = session.spawn(
            [sys.executable, str(script)], name, extra_env={"PYTHONIOENCODING": "utf-8"}
        )
        wait_until(lambda: visible_windows(session, "^Typing test$"), 15, what="the dialog")
        (wid,) = visible_windows(session, "^Typing test$")

        xdotool_type(session, "Stretch -- 5 min, héllo €", window=wid)
        xdotool_key(session, "Return", window=wid)
        wait_until(lambda d=dialog: _exited(d), 10, what="the dialog to be accepted")
        assert dialog.returncode == 0
        logs.append(session.log_path(name).read_text(encoding="utf-8"))
        if "ACCEPTED 'Stretch -- 5 min, héllo €'" in logs[-1]:
            break
    assert "ACCEPTED 'Stretch -- 5 min, héllo €'" in logs[-1], logs


# --------------------------------------------------------------------------- keyring & teardown


KEYRING_SCRIPT = """\
import keyring
import keyring.errors

try:
    keyring.set_password("e2e", "user", "pw1")
    print("GOT", keyring.get_password("e2e", "user"))
except keyring.errors.KeyringError as exc:
    print("ERROR", type(exc).__name__)
"""


@pytest.mark.parametrize(
    ("kind", "locked", "outcome"),
    [("unlocked", False, "GOT pw1"), ("locked", True, "ERROR KeyringLocked")],
)
def test_keyring_state(tmp_path: Path, kind: KeyringKind, locked: bool, outcome: str) -> None:
    with _session(tmp_path, "none", "none", keyring=kind) as session:
        assert session.bus_has_name("org.freedesktop.secrets")
        assert keyring_locked(session) is locked
        result = session.run([sys.executable, "-c", KEYRING_SCRIPT])
        assert result.stdout.strip() == outcome, result.stderr


def test_stop_ends_bus_clients_and_is_idempotent(tmp_path: Path) -> None:
    missing = missing_programs("none", "none")
    assert not missing, f"desktop programs not installed (run make test): {missing}"
    session = start_session(tmp_path / "desk", tray="none", notify="none")
    # A process the test started itself (not via spawn) but connected to the session bus.
    client = subprocess.Popen(
        [sys.executable, "-c", BUS_CLIENT_SCRIPT],
        env=session.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: client.pid in session.bus_clients(), 5, what="the bus client")
        session.stop()
        assert client.wait(timeout=5) != 0
        session.stop()
        assert all(not Path(f"/proc/{pid}").exists() or _zombie(pid) for pid in session.pids)
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
        session.stop()


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat[stat.rindex(")") + 2] == "Z"
