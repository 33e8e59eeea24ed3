"""Screenshots of the week window and the breathing pacer: light, dark and large text.

Run with the venv's python (``.venv/bin/python scripts/screenshots_week.py``); the
PNGs go to ``test-artifacts/gui/`` (or ``--out``). Everything runs offscreen on a
synthetic journal in a temporary folder, so no real data is ever shown. The gui
tests run this script too, and the best shots go into the README.

Besides ``<shot>-light.png`` and ``<shot>-dark.png`` it takes ``week-150.png``,
``month-150.png``, ``year-150.png`` and ``pacer-150.png``: the light theme with the
font at 150 %, as a person with a larger system font sees it. ``--language de``
shows the app's words in German (the file names end in ``-de``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from smallsteps.core.catalog import DEFAULT_CATALOG, Catalog, localized
from smallsteps.services.language import LANGUAGE_NAMES, LanguageSetup, qt_translate
from smallsteps.services.week import WeekService, first_weekday_of
from smallsteps.storage.journal import Journal
from smallsteps.storage.synthetic import synthetic_steps, write_synthetic_journal
from smallsteps.ui.pacer import PacerWindow
from smallsteps.ui.week_window import View, WeekWindow

ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 3, 12)
"""A fixed "today", so the shots do not change from day to day."""

LARGE = 1.5
"""The font scale of the large-text shots."""


def dark_palette() -> QPalette:
    """Return a calm dark palette, like a desktop's dark theme."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e4e4e4",
        role.Base: "#1f2023",
        role.AlternateBase: "#2b2d30",
        role.ToolTipBase: "#3a3d41",
        role.ToolTipText: "#e4e4e4",
        role.PlaceholderText: "#9a9a9a",
        role.Text: "#e4e4e4",
        role.Button: "#3a3d41",
        role.ButtonText: "#e4e4e4",
        role.BrightText: "#ffffff",
        role.Highlight: "#4f8fd6",
        role.HighlightedText: "#ffffff",
        role.Link: "#7fb2ee",
        role.Mid: "#4a4d52",
        role.Dark: "#202124",
        role.Light: "#505358",
    }
    for which, colour in colours.items():
        palette.setColor(which, QColor(colour))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor("#7a7a7a"))
    return palette


def _open_journal(folder: Path, name: str) -> Journal:
    journal = Journal(folder / f"{name}.sqlite3", folder / "backups")
    unlock: Callable[[bytes], None] | None = getattr(journal, "unlock", None)
    if unlock is not None:  # notes and feelings are sealed: give this journal a key
        unlock(os.urandom(32))
    return journal


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not save {path}")
    return path


def take_screenshots(out: Path, theme: str, tag: str | None = None) -> list[Path]:
    """Take every shot in one theme (``"light"`` or ``"dark"``); return the files.

    Args:
        out: the folder for the PNG files.
        theme: only names the files unless ``tag`` is given (the palette is set by the caller).
        tag: names the files instead of the theme, e.g. ``"150"`` for ``week-150.png``
            (the week with steps; no empty week is taken then).
    """
    out.mkdir(parents=True, exist_ok=True)
    names = {
        "week-empty": f"week-empty-{theme}",
        "week-busy": f"week-busy-{theme}",
        "month": f"month-{theme}",
        "year": f"year-{theme}",
        "pacer": f"pacer-{theme}",
        "pacer-done": f"pacer-done-{theme}",
    }
    if tag is not None:
        names = {shot: f"{shot.removesuffix('-busy')}-{tag}" for shot in names}
        del names["week-empty"]
    catalog = Catalog(localized(DEFAULT_CATALOG, qt_translate))  # as the app shows it
    first_weekday = first_weekday_of(QLocale("en_GB"))
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        busy = _open_journal(Path(folder), "busy")
        empty = _open_journal(Path(folder), "empty")
        try:
            steps = synthetic_steps(3, end=TODAY, zone=ZONE, seed=11)
            write_synthetic_journal(busy, steps)
            for name, journal in (("empty", empty), ("busy", busy)):
                if f"week-{name}" not in names:
                    continue
                service = WeekService(journal, ZONE, first_weekday)
                window = WeekWindow(catalog.ids, catalog.label, today=lambda: TODAY)
                window.week_requested.connect(
                    lambda d, w=window, s=service: w.show_summary(s.summary(d))
                )
                window.month_requested.connect(
                    lambda d, w=window, s=service: w.show_month(s.month(d))
                )
                window.year_requested.connect(lambda d, w=window, s=service: w.show_year(s.year(d)))
                day = TODAY if name == "empty" else TODAY - timedelta(days=7)
                window.show_summary(service.summary(day))
                window.show()
                shots.append(_save(window, out / f"{names[f'week-{name}']}.png"))
                if name == "busy":
                    window.set_view(View.MONTH)
                    shots.append(_save(window, out / f"{names['month']}.png"))
                    window.set_view(View.YEAR)
                    window.year_requested.emit(date(TODAY.year - 1, 6, 1))
                    shots.append(_save(window, out / f"{names['year']}.png"))
                window.close()
                window.deleteLater()
        finally:
            busy.close()
            empty.close()
    pacer = PacerWindow()
    pacer.show()
    pacer.begin()
    pacer.show_moment(0.55, "in")
    shots.append(_save(pacer, out / f"{names['pacer']}.png"))
    pacer.finish()
    shots.append(_save(pacer, out / f"{names['pacer-done']}.png"))
    pacer.close()
    pacer.deleteLater()
    QApplication.processEvents()
    return shots


def main(argv: list[str] | None = None) -> int:
    """Take the screenshots; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parents[1] / "test-artifacts" / "gui"
    )
    parser.add_argument("--theme", choices=("light", "dark", "both"), default="both")
    parser.add_argument(
        "--no-large", action="store_true", help="skip the shots with the font at 150 %%"
    )
    parser.add_argument("--language", choices=sorted(LANGUAGE_NAMES), default="en")
    args = parser.parse_args(argv)
    os.umask(0o077)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    LanguageSetup.install(app, args.language)
    QLocale.setDefault(QLocale("en_GB" if args.language == "en" else args.language))
    suffix = "" if args.language == "en" else f"-{args.language}"
    themes = ("light", "dark") if args.theme == "both" else (args.theme,)
    light = app.style().standardPalette()
    for theme in themes:
        app.setPalette(dark_palette() if theme == "dark" else light)
        for path in take_screenshots(args.out, f"{theme}{suffix}"):
            print(path)
    if not args.no_large:
        app.setPalette(light)
        normal = QFont(app.font())
        large = QFont(normal)
        large.setPointSizeF(normal.pointSizeF() * LARGE)
        app.setFont(large)
        try:
            for path in take_screenshots(args.out, "light", tag=f"150{suffix}"):
                print(path)
        finally:
            app.setFont(normal)
    return 0


if __name__ == "__main__":
    sys.exit(main())
