"""One Small Steps per data folder: a second start hands over; junk on the channel is refused.

A second instance uses blocking socket calls, so it runs in its own process while
this one keeps its event loop turning for the first instance to answer.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from smallsteps.platform.single_instance import (
    MAX_MESSAGE_BYTES,
    Command,
    InstanceMessage,
    InstanceServer,
    send_command,
)

SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from smallsteps.platform.single_instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer(sys.argv[1], Path(sys.argv[2]))
print(server.listen(), flush=True)
"""

COMMAND_LINE = """
import sys
from PySide6.QtCore import QCoreApplication
from smallsteps.platform.single_instance import Command, send_command
app = QCoreApplication([])
print(send_command(sys.argv[1], Command(sys.argv[2])), flush=True)
"""

KILLED_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from smallsteps.platform.single_instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer(sys.argv[1], Path(sys.argv[2]))
print(server.listen(), server._server.fullServerName(), flush=True)
app.exec()
"""


@pytest.fixture
def name() -> str:
    return f"smallsteps-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def lock(tmp_path: Path) -> Path:
    return tmp_path / "instance.lock"


@pytest.fixture
def first(qtbot: QtBot, name: str, lock: Path) -> Iterator[InstanceServer]:
    del qtbot
    server = InstanceServer(name, lock)
    assert server.listen()
    yield server
    server.close()


def run_python(qtbot: QtBot, code: str, *args: str) -> str:
    """Run ``code`` in a fresh interpreter while this event loop keeps turning."""
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate()
    assert proc.returncode == 0, err
    return out.strip()


def heard(server: InstanceServer) -> list[Command]:
    commands: list[Command] = []
    server.received.connect(lambda message: commands.append(message.command))
    return commands


def exchange(qtbot: QtBot, name: str, *chunks: bytes) -> dict[str, object]:
    """Talk to the server as a raw client; return its one-line JSON reply."""
    sock = QLocalSocket()
    reply = bytearray()
    sock.readyRead.connect(lambda: reply.extend(bytes(sock.readAll().data())))
    sock.connectToServer(name)
    qtbot.waitUntil(
        lambda: sock.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=2000
    )
    for chunk in chunks:
        sock.write(chunk)
        sock.flush()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: b"\n" in reply, timeout=2000)
    sock.abort()
    sock.deleteLater()
    answer = json.loads(bytes(reply).split(b"\n", 1)[0])
    assert isinstance(answer, dict)
    return answer


def test_a_fresh_name_can_be_listened_on(name: str, lock: Path) -> None:
    server = InstanceServer(name, lock)
    try:
        assert server.listen()
    finally:
        server.close()


def test_a_second_start_hands_over_to_the_first(
    qtbot: QtBot, first: InstanceServer, name: str, lock: Path
) -> None:
    commands = heard(first)

    second_listened = run_python(qtbot, SECOND_START, name, str(lock))

    assert second_listened == "False"
    assert commands == [Command.ACTIVATE]


def test_the_command_line_reaches_the_running_app(
    qtbot: QtBot, first: InstanceServer, name: str
) -> None:
    commands = heard(first)

    answered = run_python(qtbot, COMMAND_LINE, name, Command.NUDGE.value)

    assert answered == "True"
    assert commands == [Command.NUDGE]


def test_nobody_answers_a_name_nobody_listens_on(name: str) -> None:
    assert not send_command(name, Command.ACTIVATE)


@pytest.mark.parametrize(
    "message",
    [
        b"nonsense\n",
        b"[1, 2]\n",
        b"null\n",
        b'"activate"\n',
        b'{"cmd": "activate"}\n',
        b'{"command": "format-disk"}\n',
        b'{"command": 5}\n',
        b"\xff\xfe\n",
    ],
)
def test_a_malformed_message_is_refused(
    qtbot: QtBot, first: InstanceServer, name: str, message: bytes
) -> None:
    with qtbot.assertNotEmitted(first.received, wait=50):
        answer = exchange(qtbot, name, message)

    assert answer["ok"] is False


def test_an_oversized_message_is_refused(qtbot: QtBot, first: InstanceServer, name: str) -> None:
    with qtbot.assertNotEmitted(first.received, wait=50):
        answer = exchange(qtbot, name, b"x" * 5000)

    assert answer == {"ok": False, "error": "too long"}
    assert MAX_MESSAGE_BYTES < 5000


def test_after_refusing_junk_the_server_still_listens(
    qtbot: QtBot, first: InstanceServer, name: str
) -> None:
    exchange(qtbot, name, b"x" * 5000)
    exchange(qtbot, name, b"nonsense\n")

    with qtbot.waitSignal(first.received, timeout=2000) as blocker:
        answer = exchange(qtbot, name, b'{"command": "reload-settings"}\n')

    assert answer == {"ok": True}
    assert blocker.args == [InstanceMessage(Command.RELOAD_SETTINGS)]


def test_a_message_in_pieces_is_put_together(
    qtbot: QtBot, first: InstanceServer, name: str
) -> None:
    with qtbot.waitSignal(first.received, timeout=2000) as blocker:
        answer = exchange(qtbot, name, b'{"comm', b'and": "nu', b'dge"}\n')

    assert answer == {"ok": True}
    assert blocker.args == [InstanceMessage(Command.NUDGE)]


def test_a_channel_left_by_a_killed_instance_does_not_block_a_new_start(
    qtbot: QtBot, name: str, lock: Path
) -> None:
    killed = subprocess.Popen(
        [sys.executable, "-c", KILLED_START, name, str(lock)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert killed.stdout is not None
        listened, socket_path = killed.stdout.readline().split()
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.communicate()
    assert listened == "True"
    assert Path(socket_path).exists(), "the killed instance left its socket behind"
    assert lock.exists(), "the killed instance left its lock behind"

    server = InstanceServer(name, lock)
    try:
        assert server.listen()
        with qtbot.waitSignal(server.received, timeout=2000) as blocker:
            exchange(qtbot, name, b'{"command": "activate"}\n')
        assert blocker.args == [InstanceMessage(Command.ACTIVATE)]
    finally:
        server.close()


def test_after_close_the_next_start_is_the_running_app(qtbot: QtBot, name: str, lock: Path) -> None:
    del qtbot
    server = InstanceServer(name, lock)
    assert server.listen()
    server.close()

    again = InstanceServer(name, lock)
    try:
        assert again.listen()
    finally:
        again.close()
