"""Runs the real tray-app startup once and reports which modules it had imported.

Usage: ``python tests/perf/startup_modules.py DATA_DIR`` (any Python with smallsteps
installed). It goes through the real entry point, ``smallsteps.cli.main`` with
``--minimized --data-dir DATA_DIR`` (as at login: no window; cli -> ``run_app``), with
whatever Qt platform the environment selects (the test uses ``offscreen``).
``SmallStepsApp.start`` is where the tray icon is shown; it is wrapped so that
``sys.modules`` is read the moment it returns. The rest of the app is built on the next
turns of the event loop; once ``SmallStepsApp.ready`` is true the event loop turns ~0.3 s
more, ``sys.modules`` is read again and the app is asked to quit. The output is one JSON
object on stdout::

    {"at_start": [...sorted module names when start() returned...],
     "after_loop": [...sorted module names ~0.3 s after the app was ready...],
     "libraries": [...shared libraries mapped when start() returned...],
     "qt_namespace_enums": 0,  # how many of Qt's namespace enums were built by then
     "started": true, "ready": true, "exit_code": 0,
     "importers": {"cryptography": ["smallsteps/storage/journal.py:22", ...], ...}}

``importers`` shows, for each watched module that got imported, the chain of
``smallsteps`` source lines (innermost last) that imported it first.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType
from typing import Any

QUIT_AFTER_MS = 300
READY_WAIT_MS = 60_000
WATCHED = (
    "keyring",
    "cryptography",
    "plyer",
    "PySide6.QtCharts",
    "smallsteps.ui.week_window",
    "smallsteps.ui.settings_dialog",
    "smallsteps.ui.step_dialog",
    "apscheduler",
    "sqlite3",
    "PySide6.QtNetwork",
    "asyncio",
    "importlib.metadata",
    "importlib.resources",
    "concurrent.futures",
    "multiprocessing",
    "uuid",
    "hashlib",
    "ssl",
    "logging.handlers",
)


class _ImportWitness:
    """Notes who imports a watched module first; finds nothing itself.

    A plain class with ``find_spec`` (all ``sys.meta_path`` needs), not an
    ``importlib.abc.MetaPathFinder``: ``importlib.abc`` would itself load
    ``importlib.resources``, which the tray icon does not need.
    """

    def __init__(self) -> None:
        self.importers: dict[str, list[str]] = {}

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> None:
        """Record the smallsteps frames importing a watched module, then step aside."""
        del path, target
        if fullname in WATCHED and fullname not in self.importers:
            frames = [
                f"{f.filename.split('/smallsteps/', 1)[-1]}:{f.lineno}"
                for f in traceback.extract_stack()
                if "/smallsteps/" in f.filename and "startup_modules" not in f.filename
            ]
            self.importers[fullname] = frames


def _mapped_libraries() -> list[str]:
    """The file names of the shared libraries this process has mapped (Linux)."""
    names = set()
    with open("/proc/self/maps", encoding="utf-8") as maps:
        for line in maps:
            fields = line.split(maxsplit=5)
            if len(fields) == 6 and ".so" in fields[5]:
                names.add(os.path.basename(fields[5].strip()))
    return sorted(names)


def _qt_namespace_enums() -> int:
    """How many of Qt's namespace enums (``Qt.AlignmentFlag``...) PySide6 has built so far.

    PySide6 builds all of them (~90 classes, ~1.5 MiB resident, ~14 ms) the first time
    any one is used, even as a value returned by Qt (``styleHints().colorScheme()``).
    """
    import enum  # noqa: PLC0415 - loaded already

    return sum(
        1
        for thing in gc.get_objects()
        if isinstance(thing, enum.EnumType) and thing.__qualname__.startswith("Qt.")
    )


def main(data_dir: str) -> int:
    """Start the app on ``data_dir``, quit it, print the module lists."""
    witness = _ImportWitness()
    sys.meta_path.insert(0, witness)
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    # Load them in the order `smallsteps` itself does (cli, the lighter PySide6 import
    # hook, then app: starting the tray app does not go through `commands`), so the import
    # chains reported are the real ones.
    for name in ("smallsteps.cli", "smallsteps.platform.pyside_imports", "smallsteps.app"):
        importlib.import_module(name)
        if name == "smallsteps.platform.pyside_imports":
            sys.modules[name].install()
    import smallsteps.app  # noqa: PLC0415
    import smallsteps.cli  # noqa: PLC0415

    cli_main = smallsteps.cli.main

    snapshot: dict[str, Any] = {
        "at_start": None,
        "after_loop": None,
        "libraries": [],
        "ready": False,
    }
    original_start = smallsteps.app.SmallStepsApp.start

    def start(self: smallsteps.app.SmallStepsApp) -> None:
        original_start(self)
        snapshot["at_start"] = sorted(sys.modules)
        snapshot["libraries"] = _mapped_libraries()
        waited = {"ms": 0}

        def quit_app() -> None:
            snapshot["after_loop"] = sorted(sys.modules)
            snapshot["qt_namespace_enums"] = _qt_namespace_enums()
            QApplication.quit()

        def wait_ready() -> None:
            if self.ready or waited["ms"] >= READY_WAIT_MS:
                snapshot["ready"] = self.ready
                QTimer.singleShot(QUIT_AFTER_MS, quit_app)
                return
            waited["ms"] += 10
            QTimer.singleShot(10, wait_ready)

        wait_ready()

    smallsteps.app.SmallStepsApp.start = start  # type: ignore[method-assign]
    code = cli_main(["--minimized", "--data-dir", data_dir])  # as at login: no window
    print(
        json.dumps(
            {
                "at_start": snapshot["at_start"] or [],
                "after_loop": snapshot["after_loop"] or [],
                "libraries": snapshot["libraries"],
                "qt_namespace_enums": snapshot.get("qt_namespace_enums"),
                "started": snapshot["at_start"] is not None,
                "ready": snapshot["ready"],
                "exit_code": code,
                "importers": witness.importers,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
