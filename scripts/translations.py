"""Update the translation sources and compile them (the Qt Linguist workflow).

    .venv/bin/python scripts/translations.py          # lupdate + lrelease
    .venv/bin/python scripts/translations.py --check  # exit 1 if anything is stale

``pyside6-lupdate`` reads every module under ``desktop/smallsteps`` and writes
``translations/smallsteps_<lang>.ts`` (English: plural forms only), keeping what
translators wrote; ``pyside6-lrelease`` compiles each to
``resources/translations/smallsteps_<lang>.qm``, which the app loads.
Translate a ``.ts`` file with ``pyside6-linguist`` or any text editor.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop" / "smallsteps"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "de")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (pip install PySide6-Essentials).")
    return found


def source_files() -> list[str]:
    """Every Python module of the app, as paths relative to the repository."""
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def lupdate(ts_dir: Path) -> None:
    """Write or update the ``.ts`` files in ``ts_dir`` from the sources."""
    for language in LANGUAGES:
        target = ts_dir / f"smallsteps_{language}.ts"
        args = [_tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none"]
        args += ["-source-language", "en", "-target-language", language]
        if language == "en":
            args.append("-pluralonly")
        subprocess.run([*args, "-ts", str(target)], cwd=ROOT, check=True, capture_output=True)
        if language == "en":
            fill_english_plurals(target)


def fill_english_plurals(ts_file: Path) -> None:
    """Fill the English plural forms from the source text: ``"%n step(s)"`` -> step / steps.

    The English file holds nothing else, so it never needs a translator.
    """
    sys.path.insert(0, str(ROOT / "desktop"))
    from smallsteps.core.i18n import english_plural  # noqa: PLC0415 (the app's own English plural rule)

    tree = ElementTree.parse(ts_file)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for count, form in zip((1, 2), forms, strict=True):
            form.text = english_plural(source, count)
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def lrelease(ts_dir: Path, qm_dir: Path) -> None:
    """Compile each ``.ts`` file in ``ts_dir`` to a ``.qm`` file in ``qm_dir``."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        source = ts_dir / f"smallsteps_{language}.ts"
        target = qm_dir / f"smallsteps_{language}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )


def stale() -> list[str]:
    """Return the files that ``lupdate`` + ``lrelease`` would change."""
    changed = []
    with tempfile.TemporaryDirectory() as tmp:
        ts_tmp, qm_tmp = Path(tmp) / "ts", Path(tmp) / "qm"
        shutil.copytree(TS_DIR, ts_tmp)
        lupdate(ts_tmp)
        lrelease(ts_tmp, qm_tmp)
        for language in LANGUAGES:
            for fresh, kept in (
                (ts_tmp / f"smallsteps_{language}.ts", TS_DIR / f"smallsteps_{language}.ts"),
                (qm_tmp / f"smallsteps_{language}.qm", QM_DIR / f"smallsteps_{language}.qm"),
            ):
                if not kept.is_file() or fresh.read_bytes() != kept.read_bytes():
                    changed.append(str(kept.relative_to(ROOT)))
    return changed


def main() -> int:
    """Update (or with ``--check`` only compare) the translation files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args()
    if args.check:
        changed = stale()
        for name in changed:
            print(f"out of date: {name} (run scripts/translations.py)")
        return 1 if changed else 0
    lupdate(TS_DIR)
    lrelease(TS_DIR, QM_DIR)
    return 0


if __name__ == "__main__":
    sys.exit(main())
