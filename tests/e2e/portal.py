"""A stand-in for xdg-desktop-portal's Settings interface on a test session bus.

Why this module exists: Qt learns the desktop's light/dark preference from
``org.freedesktop.portal.Settings`` (namespace ``org.freedesktop.appearance``, key
``color-scheme``: 0 no preference, 1 prefer dark, 2 prefer light) and follows it live
through the ``SettingChanged`` signal. The real ``xdg-desktop-portal`` needs a desktop
backend (GNOME, KDE, GTK...) and systemd user units, none of which the test session has,
and it would read the developer's own settings. So the e2e tests serve the interface
themselves, with the values they choose, and change them the way a person flipping the
system's dark-mode switch would.

Served on ``org.freedesktop.portal.Desktop`` at ``/org/freedesktop/portal/desktop``:

* ``org.freedesktop.portal.Settings``: ``ReadAll(as)``, ``ReadOne(ss)``, the deprecated
  ``Read(ss)`` (its value is a variant inside a variant, as the real portal answers),
  the ``SettingChanged(ssv)`` signal and the ``version`` property (2);
* ``org.freedesktop.DBus.Properties`` ``Get``/``GetAll`` for that property;
* ``org.freedesktop.DBus.Introspectable`` and ``org.freedesktop.DBus.Peer``.

Any other interface or method gets the usual D-Bus error, so a client that asks for,
say, the FileChooser portal learns that there is none.

Only jeepney and the standard library are used (like :mod:`desktop`); the service runs in
a thread of the test process, on its own connection to the session bus::

    with FakePortal(session.bus_address, color_scheme=1) as portal:
        ...                       # start the program under test
        portal.set_color_scheme(2)  # emits SettingChanged
"""

from __future__ import annotations

import fnmatch
import queue
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from jeepney import DBusAddress as _Address  # type: ignore[import-untyped, unused-ignore]
from jeepney import (  # type: ignore[import-untyped, unused-ignore]
    HeaderFields,
    Message,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped, unused-ignore]
from jeepney.io.blocking import (  # type: ignore[import-untyped, unused-ignore]
    DBusConnection,
    open_dbus_connection,
)

__all__ = [
    "APPEARANCE",
    "COLOR_SCHEME",
    "PORTAL_NAME",
    "PORTAL_PATH",
    "SETTINGS_INTERFACE",
    "FakePortal",
    "PortalCall",
]

PORTAL_NAME = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SETTINGS_INTERFACE = "org.freedesktop.portal.Settings"
APPEARANCE = "org.freedesktop.appearance"
COLOR_SCHEME = "color-scheme"
SETTINGS_VERSION = 2

_PROPERTIES = "org.freedesktop.DBus.Properties"
_INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"
_PEER = "org.freedesktop.DBus.Peer"
_NOT_FOUND = "org.freedesktop.portal.Error.NotFound"
_UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"
_UNKNOWN_INTERFACE = "org.freedesktop.DBus.Error.UnknownInterface"
_UNKNOWN_OBJECT = "org.freedesktop.DBus.Error.UnknownObject"
_INVALID_ARGS = "org.freedesktop.DBus.Error.InvalidArgs"
_POLL_S = 0.05
_NAME_FLAGS_DO_NOT_QUEUE = 4
_PRIMARY_OWNER = 1

_INTROSPECTION = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="{SETTINGS_INTERFACE}">
    <method name="ReadAll">
      <arg type="as" name="namespaces" direction="in"/>
      <arg type="a{{sa{{sv}}}}" name="value" direction="out"/>
    </method>
    <method name="Read">
      <arg type="s" name="namespace" direction="in"/>
      <arg type="s" name="key" direction="in"/>
      <arg type="v" name="value" direction="out"/>
    </method>
    <method name="ReadOne">
      <arg type="s" name="namespace" direction="in"/>
      <arg type="s" name="key" direction="in"/>
      <arg type="v" name="value" direction="out"/>
    </method>
    <signal name="SettingChanged">
      <arg type="s" name="namespace"/>
      <arg type="s" name="key"/>
      <arg type="v" name="value"/>
    </signal>
    <property name="version" type="u" access="read"/>
  </interface>
  <interface name="{_PROPERTIES}">
    <method name="Get">
      <arg type="s" name="interface_name" direction="in"/>
      <arg type="s" name="property_name" direction="in"/>
      <arg type="v" name="value" direction="out"/>
    </method>
    <method name="GetAll">
      <arg type="s" name="interface_name" direction="in"/>
      <arg type="a{{sv}}" name="props" direction="out"/>
    </method>
  </interface>
  <interface name="{_INTROSPECTABLE}">
    <method name="Introspect">
      <arg type="s" name="xml_data" direction="out"/>
    </method>
  </interface>
</node>
"""


@dataclass(frozen=True)
class PortalCall:
    """One method call the fake portal answered.

    Attributes:
        interface: D-Bus interface of the call (may be empty).
        member: Method name.
        args: The call's arguments.
        sender: Unique bus name of the caller.
    """

    interface: str
    member: str
    args: tuple[Any, ...]
    sender: str


def _matches(namespace: str, patterns: list[str]) -> bool:
    """Whether ``namespace`` is selected by ReadAll's ``namespaces`` argument.

    An empty list or an empty string selects everything; a trailing ``*`` globs
    (``org.freedesktop.*``), as the portal documents.
    """
    if not patterns or "" in patterns:
        return True
    return any(
        fnmatch.fnmatchcase(namespace, p) if p.endswith("*") else namespace == p for p in patterns
    )


class FakePortal:
    """``org.freedesktop.portal.Desktop`` answering Settings, in a background thread.

    Args:
        bus_address: Session bus address, e.g. ``DesktopSession.bus_address``.
        color_scheme: Initial ``org.freedesktop.appearance`` ``color-scheme`` (0, 1 or 2).
        extra: More settings to serve, ``{namespace: {key: (signature, value)}}``.

    Attributes:
        calls: Every method call answered so far (appended by the service thread).
    """

    def __init__(
        self,
        bus_address: str,
        color_scheme: int = 0,
        extra: Mapping[str, Mapping[str, tuple[str, Any]]] | None = None,
    ) -> None:
        self._address = bus_address
        self._settings: dict[str, dict[str, tuple[str, Any]]] = {
            APPEARANCE: {COLOR_SCHEME: ("u", color_scheme)}
        }
        for namespace, values in (extra or {}).items():
            self._settings.setdefault(namespace, {}).update(values)
        self._lock = threading.Lock()
        self._outbox: queue.Queue[Message] = queue.Queue()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self.calls: list[PortalCall] = []

    # ---- life cycle

    def start(self, timeout: float = 5.0) -> FakePortal:
        """Connect, own ``org.freedesktop.portal.Desktop`` and start answering.

        Raises:
            RuntimeError: When the name cannot be owned or the bus cannot be reached.
        """
        self._thread = threading.Thread(target=self._run, name="fake-portal", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout) or self._error is not None:
            self.stop()
            raise RuntimeError(f"the fake portal did not start: {self._error!r}")
        return self

    def stop(self) -> None:
        """Leave the bus and end the thread; safe to call more than once."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakePortal:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ---- settings

    @property
    def color_scheme(self) -> int:
        """The ``color-scheme`` value served now."""
        with self._lock:
            return int(self._settings[APPEARANCE][COLOR_SCHEME][1])

    def set_color_scheme(self, value: int) -> None:
        """Change ``color-scheme`` and emit ``SettingChanged``, as the desktop does."""
        self.set_setting(APPEARANCE, COLOR_SCHEME, "u", value)

    def set_setting(self, namespace: str, key: str, signature: str, value: Any) -> None:
        """Change (or add) one setting and emit ``SettingChanged`` for it."""
        with self._lock:
            self._settings.setdefault(namespace, {})[key] = (signature, value)
        emitter = _Address(PORTAL_PATH, interface=SETTINGS_INTERFACE)
        self._outbox.put(
            new_signal(emitter, "SettingChanged", "ssv", (namespace, key, (signature, value)))
        )

    def calls_of(self, member: str) -> list[PortalCall]:
        """The answered calls of one method (``ReadAll``, ``ReadOne``, ``Get``...)."""
        return [c for c in list(self.calls) if c.member == member]

    # ---- the service thread

    def _run(self) -> None:
        try:
            conn = open_dbus_connection(bus=self._address)
        except BaseException as exc:  # noqa: BLE001 - reported by start()
            self._error = exc
            self._ready.set()
            return
        with conn:
            try:
                reply = conn.send_and_get_reply(
                    message_bus.RequestName(PORTAL_NAME, _NAME_FLAGS_DO_NOT_QUEUE), timeout=5
                )
                if reply.body[0] != _PRIMARY_OWNER:
                    raise RuntimeError(f"{PORTAL_NAME} is already owned on this bus")
            except BaseException as exc:  # noqa: BLE001 - reported by start()
                self._error = exc
                self._ready.set()
                return
            self._ready.set()
            self._serve(conn)

    def _serve(self, conn: DBusConnection) -> None:
        while not self._stop.is_set():
            while True:
                try:
                    conn.send(self._outbox.get_nowait())
                except queue.Empty:
                    break
            try:
                msg = conn.receive(timeout=_POLL_S)
            except TimeoutError:
                continue
            except (OSError, EOFError):
                return  # the bus went away (session stopped)
            if msg.header.message_type == MessageType.method_call:
                conn.send(self._answer(msg))

    def _answer(self, msg: Message) -> Message:
        fields = msg.header.fields
        path = fields.get(HeaderFields.path, "")
        interface = fields.get(HeaderFields.interface, "")
        member = fields.get(HeaderFields.member, "")
        args = tuple(msg.body)
        self.calls.append(PortalCall(interface, member, args, fields.get(HeaderFields.sender, "")))
        if path != PORTAL_PATH:
            return new_error(msg, _UNKNOWN_OBJECT, "s", (f"No such object {path}",))
        if interface == _PEER and member == "Ping":
            return new_method_return(msg)
        if interface in ("", _INTROSPECTABLE) and member == "Introspect":
            return new_method_return(msg, "s", (_INTROSPECTION,))
        if interface == _PROPERTIES:
            return self._properties(msg, member, args)
        if interface in ("", SETTINGS_INTERFACE):
            return self._settings_call(msg, member, args)
        return new_error(msg, _UNKNOWN_INTERFACE, "s", (f"No such interface {interface}",))

    def _properties(self, msg: Message, member: str, args: tuple[Any, ...]) -> Message:
        if not args or args[0] != SETTINGS_INTERFACE:
            name = args[0] if args else ""
            return new_error(msg, _UNKNOWN_INTERFACE, "s", (f"No such interface {name}",))
        if member == "Get" and len(args) == 2:
            if args[1] != "version":
                return new_error(msg, _INVALID_ARGS, "s", (f"No such property {args[1]}",))
            return new_method_return(msg, "v", (("u", SETTINGS_VERSION),))
        if member == "GetAll":
            return new_method_return(msg, "a{sv}", ({"version": ("u", SETTINGS_VERSION)},))
        return new_error(msg, _UNKNOWN_METHOD, "s", (f"No such method {member}",))

    def _settings_call(self, msg: Message, member: str, args: tuple[Any, ...]) -> Message:
        with self._lock:
            settings = {ns: dict(values) for ns, values in self._settings.items()}
        if member == "ReadAll" and len(args) == 1:
            selected = {ns: v for ns, v in settings.items() if _matches(ns, list(args[0]))}
            return new_method_return(msg, "a{sa{sv}}", (selected,))
        if member in ("Read", "ReadOne") and len(args) == 2:
            namespace, key = args
            value = settings.get(namespace, {}).get(key)
            if value is None:
                return new_error(msg, _NOT_FOUND, "s", (f"Requested setting {key} not found",))
            if member == "Read":  # deprecated; the real portal nests the variant
                return new_method_return(msg, "v", (("v", value),))
            return new_method_return(msg, "v", (value,))
        return new_error(msg, _UNKNOWN_METHOD, "s", (f"No such method {member}",))
