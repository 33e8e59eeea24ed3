"""The bundle recipes that cannot be built here are at least well formed and say the right things.

The Windows (Inno Setup, PyInstaller), macOS (PyInstaller BUNDLE) and Flatpak files are
built on other machines; these tests catch what can be caught on Linux: files that do
not parse, a start-at-login entry that lost its ``--minimized``, a menu-bar app that
would get a Dock icon, a wheel without its checksum.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import struct
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from smallsteps import APP_ID, APP_NAME

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
SPECS = [
    PACKAGING / "pyinstaller" / "smallsteps.spec",
    PACKAGING / "windows" / "smallsteps-windows.spec",
    PACKAGING / "macos" / "smallsteps-macos.spec",
]
PYTHON_FILES = [
    *SPECS,
    PACKAGING / "pyinstaller" / "bundle_parts.py",
    PACKAGING / "pyinstaller" / "launch.py",
    *sorted((PACKAGING / "pyinstaller" / "hooks").glob("*.py")),
]
MANIFEST = PACKAGING / "flatpak" / f"{APP_ID}.yml"
INNO = PACKAGING / "windows" / "smallsteps.iss"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def bundle_parts() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_parts", PACKAGING / "pyinstaller" / "bundle_parts.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def keyword_of(tree: ast.AST, call: str, name: str) -> ast.expr:
    """Return the value of keyword ``name`` in the (only) call of ``call`` in a tree."""
    found = [
        kw.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == call
        for kw in node.keywords
        if kw.arg == name
    ]
    assert len(found) == 1, f"{call}({name}=...) appears {len(found)} times"
    return found[0]


def module_constant(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"no module-level {name} = ...")


# --------------------------------------------------------------------------- PyInstaller


@pytest.mark.parametrize("path", PYTHON_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_pyinstaller_files_parse_as_python(path: Path) -> None:
    ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_every_spec_uses_the_shared_lists_and_hooks(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    for needed in (
        "bundle_parts.stage_installed_package",
        "bundle_parts.hidden_imports",
        "bundle_parts.resource_datas",
        "bundle_parts.excludes",
        "bundle_parts.keep_data",
        "launch.py",
    ):
        assert needed in text, needed
    hookspath = keyword_of(tree, "Analysis", "hookspath")
    assert "'hooks'" in ast.unparse(hookspath)


def test_shared_lists_keep_what_the_app_uses_and_drop_the_heavy_modules() -> None:
    parts = bundle_parts()
    assert not set(parts.QT_KEEP) & set(parts.QT_DROP)
    assert not set(parts.QT_LIBRARY_ONLY) & set(parts.QT_KEEP)
    for kept in ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg", "QtDBus", "QtNetwork"):
        assert kept in parts.QT_KEEP
    assert "QtPrintSupport" in parts.QT_KEEP
    excludes = parts.excludes()
    for heavy in ("QtWebEngineCore", "QtWebEngineWidgets", "Qt3DCore", "QtQuick3D", "QtMultimedia"):
        assert f"PySide6.{heavy}" in excludes
    for lazy in (
        "smallsteps.ui.week_window",
        "smallsteps.ui.settings_dialog",
        "smallsteps.ui.pacer",
        "smallsteps.ui.nudge_popup",
        "smallsteps.platform.notify_freedesktop",
        "keyring",
        "tzlocal",
    ):
        assert lazy in parts.LAZY_IMPORTS
    assert {"jeepney", "Xlib.display", "secretstorage"} <= set(parts.LINUX_IMPORTS)


def test_every_lazy_import_names_a_real_module() -> None:
    parts = bundle_parts()
    ours = [name for name in parts.LAZY_IMPORTS if name.startswith("smallsteps.")]
    missing = [name for name in ours if importlib.util.find_spec(name) is None]
    assert not missing


@pytest.mark.parametrize(
    ("dest", "name", "kept"),
    [
        ("PySide6/Qt/plugins/platforms", "libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms", "libqwayland.so", True),
        ("PySide6/Qt/plugins/iconengines", "libqsvgicon.so", True),
        ("PySide6/Qt/plugins/imageformats", "libqsvg.so", True),
        ("PySide6/Qt/plugins/platformthemes", "libqxdgdesktopportal.so", True),
        ("PySide6\\plugins\\platforms", "qwindows.dll", True),
        ("PySide6/Qt/plugins/imageformats", "libqpdf.so", False),
        ("PySide6/Qt/plugins/platformthemes", "libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts", "libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforms", "libqeglfs.so", False),
        ("PySide6\\plugins\\imageformats", "qpdf.dll", False),
    ],
)
def test_qt_plugins_kept_and_left_out(dest: str, name: str, kept: bool) -> None:
    assert bundle_parts().keep_plugin((f"/somewhere/{name}", dest)) is kept


# --------------------------------------------------------------------------- Windows


def test_inno_script_writes_the_run_value_with_minimized_and_uninstall_removes_it() -> None:
    text = INNO.read_text(encoding="utf-8-sig")
    assert RUN_KEY in text
    assert f'#define RunValueName "{APP_NAME}"' in text  # the app's own RUN_VALUE_NAME
    (run_entry,) = [
        line for line in text.splitlines() if line.startswith("Root: HKCU") and "{#RunKey}" in line
    ]
    assert "--minimized" in run_entry
    assert "Tasks: startatlogin" in run_entry
    assert "uninsdeletevalue" in run_entry
    assert "RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValueName}')" in text
    assert "PrivilegesRequired=lowest" in text
    assert "{autoprograms}" in text
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", text, re.M)
    assert 'Source: "dist\\SmallSteps\\*"' in text


def test_windows_spec_is_windowed_with_the_icon_and_a_console_twin() -> None:
    tree = ast.parse((PACKAGING / "windows" / "smallsteps-windows.spec").read_text("utf-8"))
    consoles = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "EXE":
            kws = {kw.arg: kw.value for kw in node.keywords}
            consoles[ast.literal_eval(kws["name"])] = ast.literal_eval(kws["console"])
    assert consoles == {"smallsteps": False, "smallsteps-cli": True}
    assert "smallsteps.ico" in ast.unparse(tree)


def test_the_ico_holds_png_images_from_16_to_256_pixels() -> None:
    data = (PACKAGING / "windows" / "smallsteps.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height
        assert (planes, bits) == (1, 32)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 24, 32, 48, 64, 256} <= sizes


# --------------------------------------------------------------------------- macOS


def test_macos_spec_makes_a_menu_bar_only_app_with_the_app_id() -> None:
    tree = ast.parse((PACKAGING / "macos" / "smallsteps-macos.spec").read_text("utf-8"))
    plist = keyword_of(tree, "BUNDLE", "info_plist")
    assert isinstance(plist, ast.Dict)
    entries = {
        ast.literal_eval(key): value
        for key, value in zip(plist.keys, plist.values, strict=True)
        if key is not None
    }
    assert isinstance(entries["LSUIElement"], ast.Constant)
    assert entries["LSUIElement"].value is True
    assert module_constant(tree, "APP_ID") == APP_ID
    assert ast.unparse(entries["CFBundleIdentifier"]) == "APP_ID"
    assert ast.unparse(keyword_of(tree, "BUNDLE", "bundle_identifier")) == "APP_ID"
    assert ast.literal_eval(entries["LSMinimumSystemVersion"]) == "13.0"
    assert ast.literal_eval(entries["NSHumanReadableCopyright"]).strip()


def test_macos_entitlements_are_a_valid_plist() -> None:
    import plistlib  # noqa: PLC0415

    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert "com.apple.security.app-sandbox" not in entitlements


# --------------------------------------------------------------------------- Flatpak


def load_manifest() -> dict[str, Any]:
    """Parse the manifest with PyYAML, or else with flatpak-builder itself."""
    try:
        import yaml  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415
    except ImportError:
        yaml = None
    if yaml is not None:
        loaded: dict[str, Any] = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
        return loaded
    builder = shutil.which("flatpak-builder")
    if builder is None:
        pytest.fail("no YAML parser: PyYAML is in the test extras (run make test)")
    shown = subprocess.run(
        [builder, "--show-manifest", str(MANIFEST)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    parsed: dict[str, Any] = json.loads(shown.stdout)
    return parsed


def test_flatpak_manifest_text_is_plain_yaml_with_pinned_wheels() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    assert "\t" not in text
    urls = re.findall(r"^\s+url: (\S+)$", text, re.M)
    hashes = re.findall(r"^\s+sha256: (\S+)$", text, re.M)
    assert len(urls) == len(hashes) > 19
    assert all(url.startswith("https://files.pythonhosted.org/packages/") for url in urls)
    assert all(re.fullmatch(r"[0-9a-f]{64}", sha) for sha in hashes)
    assert len(set(urls)) == len(urls)


def test_flatpak_manifest_structure() -> None:
    manifest = load_manifest()
    assert manifest["id"] == APP_ID
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["sdk"] == "org.kde.Sdk"
    assert re.fullmatch(r"6\.\d+", str(manifest["runtime-version"]))
    assert manifest["command"] == "smallsteps"
    args = manifest["finish-args"]
    for needed in (
        "--socket=wayland",
        "--socket=fallback-x11",
        "--share=ipc",
        "--talk-name=org.kde.StatusNotifierWatcher",
        "--talk-name=org.freedesktop.Notifications",
        "--talk-name=org.freedesktop.secrets",
    ):
        assert needed in args
    for refused in ("--share=network", "--filesystem=home", "--filesystem=host"):
        assert refused not in args
    modules = {module["name"]: module for module in manifest["modules"]}
    deps = modules["python3-smallsteps-deps"]
    command = " ".join(deps["build-commands"])
    assert "--no-build-isolation" in command
    assert "--no-index" in command
    assert "PySide6-Essentials==6.11.3" in command
    assert "PySide6-Addons==6.11.3" in command
    files = [Path(source["url"]).name for source in deps["sources"]]
    for wheel in ("pyside6_essentials-6.11.3", "pyside6_addons-6.11.3", "shiboken6-6.11.3"):
        for arch in ("x86_64", "aarch64"):
            assert any(f.startswith(wheel) and f.endswith(f"_{arch}.whl") for f in files)
    for source in deps["sources"]:
        arches = source.get("only-arches", ["x86_64", "aarch64"])
        name = Path(source["url"]).name
        assert name.endswith(".whl")
        assert all(arch in name for arch in arches) or name.endswith("-any.whl")
    app = modules["smallsteps"]
    installs = " ".join(app["build-commands"])
    for path in (
        "packaging/linux/${FLATPAK_ID}.desktop",
        "packaging/linux/${FLATPAK_ID}.metainfo.xml",
        "packaging/linux/icons/hicolor",
    ):
        assert path in installs
        assert (REPO / path.replace("${FLATPAK_ID}", APP_ID)).exists(), path
