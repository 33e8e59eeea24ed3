"""What the three PyInstaller specs (Linux, Windows, macOS) share, so they stay in step.

The specs are run by PyInstaller with the project's virtual environment; they import this
module from ``packaging/pyinstaller``. It stages the package as pip installs it, and lists
the hidden imports, data files and excludes of the bundle.

Why a staged install: the project is installed *editable* for development, and
setuptools' editable finder is an import hook that PyInstaller's import scan does not
follow. pyproject.toml also maps ``smallsteps.resources`` to the top-level ``resources/``
folder. Installing a copy of the project with ``pip install --no-deps --target`` gives the
exact installed layout (``smallsteps/resources/...`` with only the files the wheel ships)
for PyInstaller to analyse, on every platform, without touching the source tree.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
from pathlib import Path

SOURCES = ("pyproject.toml", "README.md", "desktop", "resources")
"""What the wheel is built from (pyproject.toml names README.md as the long description)."""

CODE_SUFFIXES = (".py", ".pyc", ".pyi")
"""Files of the resources package that are code (bundled compiled, in the PYZ archive)."""

REQUIRED_DATA = ("nudges.txt", "thanks.txt", "welcome_back.txt", "app.svg")
"""Data files without which the app cannot start; the build stops if one is missing."""

QT_KEEP = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",  # QLocalServer: the single instance
    "QtDBus",  # the StatusNotifierItem tray on Linux goes through it
    "QtSvg",  # SVG icons (icon engine and image format plugins)
    "QtSvgWidgets",
    "QtCharts",  # the week window
    "QtPrintSupport",
)
"""Qt modules the app uses (their Python bindings and Qt libraries are bundled)."""

QT_LIBRARY_ONLY = ("QtOpenGL", "QtOpenGLWidgets")
"""Qt modules whose libraries QtCharts links, but whose Python bindings nobody imports."""

QT_DROP = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)
"""Qt modules of PySide6-Addons/Essentials that the app never uses."""

LAZY_IMPORTS = (
    "smallsteps.commands",
    "smallsteps.app",
    "smallsteps.ui.week_window",
    "smallsteps.ui.settings_dialog",
    "smallsteps.ui.pacer",
    "smallsteps.ui.nudge_popup",
    "smallsteps.ui.step_dialog",
    "smallsteps.services.controller",
    "smallsteps.services.reminders",
    "smallsteps.services.week",
    "smallsteps.storage.journal",
    "smallsteps.storage.export",
    "smallsteps.storage.importer",
    "smallsteps.storage.erase",
    "smallsteps.platform.autostart",
    "smallsteps.platform.unix_signals",
    "smallsteps.platform.notify_freedesktop",
    "smallsteps.platform.single_instance",
    "smallsteps.platform.timezone",
    "smallsteps.storage.keystore",
    "smallsteps.resources",
    "tzlocal",
    "keyring",
    "cryptography.hazmat.primitives.ciphers.aead",
    "plyer",
    "PySide6.QtSvg",
    "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
)
"""Modules imported inside functions (for a fast start) or only through plugins."""

LINUX_IMPORTS = (
    "secretstorage",  # keyring's Secret Service backend
    "jeepney",
    "jeepney.io.blocking",
    "jeepney.bus_messages",
    "jeepney.wrappers",
    "Xlib.display",
)
"""Lazily imported modules that exist on Linux only (see pyproject's markers)."""

OTHER_EXCLUDES = (
    # Other Qt bindings: APScheduler's qt scheduler probes them, one binding per bundle.
    "PyQt5",
    "PyQt6",
    "PySide2",
    # APScheduler's other schedulers and job stores, and what they would pull in.
    "tornado",
    "twisted",
    "gevent",
    "sqlalchemy",
    "pymongo",
    "redis",
    "kazoo",
    "rethinkdb",
    # Build tools a hook or .pth file drags in; never used by the app.
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    # Never used by the app.
    "tkinter",
    "_tkinter",
    "pydoc",
    "doctest",
    "IPython",
    "numpy",
    "PySide6.scripts",
    "PySide6.support.deploy",
)

DROP_PLUGINS = (
    "egldeviceintegrations/*",  # EGLFS: full-screen embedded devices
    "generic/*",  # evdev/tuio input for embedded devices
    "imageformats/*qpdf*",  # PDF as an image format: would bring QtPdf
    "platforminputcontexts/*virtualkeyboard*",  # would bring QtQuick and QML
    "platforms/*eglfs*",
    "platforms/*linuxfb*",
    "platforms/*vnc*",
    "platforms/*vkkhrdisplay*",
    "platforms/*minimalegl*",
    # GTK3 theme: would bundle this machine's GTK, GLib, Cairo and Pango, which then clash
    # with the target desktop's GTK modules. Qt's xdg-desktop-portal theme (kept) gives
    # the colour scheme and native file dialogs.
    "platformthemes/*gtk3*",
    "wayland-graphics-integration-client/*-server*",  # compositor side, not a client's
    "networkinformation/*",  # the app makes no network connections
    "tls/*",
    # CUPS printing: would bring libcups, GnuTLS, Kerberos and Avahi. The app prints
    # nothing (the week's PDF export uses QPdfWriter from QtGui); take this line out
    # when a Print command comes.
    "printsupport/*",
)
"""Qt plugins (globs under ``plugins/``) left out of the bundle, with what they would bring."""

DROP_DATA_PARTS = ("/qml/", "/resources/qtwebengine", "/libexec/QtWebEngineProcess")
"""Parts of paths of Qt data files that the Qt hooks may collect but the app never uses."""


def stage_installed_package(root: Path, work: Path) -> Path:
    """Install a copy of the project (no dependencies) into ``work/site``; return that.

    Args:
        root: The repository (holds pyproject.toml).
        work: A scratch folder of the build (emptied here).

    Returns:
        The folder that holds the installed ``smallsteps`` package.
    """
    src, site = work / "src", work / "site"
    for folder in (src, site):
        shutil.rmtree(folder, ignore_errors=True)
    src.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        path = root / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=ignore)
        else:
            shutil.copy2(path, src / name)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-compile",
            "--target",
            str(site),
            str(src),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:  # the build backend's chatter is shown only when it failed
        raise SystemExit(f"installing the project failed:\n{done.stdout}{done.stderr}")
    return site


def resource_datas(site: Path) -> list[tuple[str, str]]:
    """Return the package's data files as PyInstaller ``(source, dest folder)`` pairs.

    Every file the wheel ships in ``smallsteps.resources`` (nudge texts, icons, and
    whatever pyproject's package-data adds later) keeps its place inside the package,
    where ``importlib.resources.files("smallsteps.resources")`` finds it in the bundle.
    """
    base = site / "smallsteps" / "resources"
    found = [
        (str(path), str(path.parent.relative_to(site)))
        for path in sorted(base.rglob("*"))
        if path.is_file() and path.suffix not in CODE_SUFFIXES and "__pycache__" not in path.parts
    ]
    names = {Path(source).name for source, _ in found}
    missing = [name for name in REQUIRED_DATA if name not in names]
    if missing:
        raise SystemExit(f"{missing} not found under {base}: is the package-data complete?")
    return found


def hidden_imports(platform: str) -> list[str]:
    """Return the modules PyInstaller must bundle although it may not see them imported.

    Args:
        platform: ``sys.platform`` of the build (bundles are built on their own OS).
    """
    from PyInstaller.utils.hooks import collect_submodules  # noqa: PLC0415 - build only

    names = list(LAZY_IMPORTS)
    names += collect_submodules("keyring.backends")
    names += collect_submodules("plyer.facades")
    # plyer loads its implementation by name: plyer.platforms.<os>.notification.
    plyer_os = {"linux": "linux", "win32": "win", "darwin": "macosx"}.get(
        "linux" if platform.startswith("linux") else platform, "linux"
    )
    names += collect_submodules(f"plyer.platforms.{plyer_os}")
    if platform.startswith("linux"):
        names += LINUX_IMPORTS
    return names


def metadata_datas() -> list[tuple[str, str]]:
    """Return package metadata read at run time (keyring backends, APScheduler plugins)."""
    from PyInstaller.utils.hooks import copy_metadata  # noqa: PLC0415 - build only

    return copy_metadata("keyring") + copy_metadata("APScheduler")


def excludes() -> list[str]:
    """Return the modules never to bundle (unused Qt modules, other bindings...)."""
    return [f"PySide6.{name}" for name in QT_DROP + QT_LIBRARY_ONLY] + list(OTHER_EXCLUDES)


def keep_plugin(entry: tuple[str, ...]) -> bool:
    """Tell whether a binary collected by a Qt hook (a TOC entry) belongs in the bundle.

    Used by the hook overrides in ``hooks/``, before PyInstaller looks for the libraries
    the plugins link: a plugin left out here brings none of them.
    """
    dest = entry[1].replace("\\", "/") if len(entry) > 1 else ""
    name = entry[0].replace("\\", "/").rsplit("/", 1)[-1]
    folder = dest.rsplit("plugins/", 1)[-1] if "plugins/" in dest else ""
    return not any(fnmatch.fnmatch(f"{folder}/{name}", pattern) for pattern in DROP_PLUGINS)


def keep_data(entry: tuple[str, ...]) -> bool:
    """Tell whether a collected data file (a TOC entry) belongs in the bundle."""
    dest = "/" + entry[0].replace("\\", "/")
    return not any(part in dest for part in DROP_DATA_PARTS)
