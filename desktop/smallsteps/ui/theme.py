"""Keeps the app on the light or dark side the desktop asks for, live.

Why this module exists: Qt 6 learns the system's colour scheme from its platform theme
(on Linux the ``xdgdesktopportal``, ``gtk3``/``gnome`` and ``kde`` themes read
``org.freedesktop.appearance`` ``color-scheme`` from the Settings portal) and reports
it as ``QStyleHints.colorScheme()`` with ``colorSchemeChanged``. But the palette does
not always come along (measured with Qt 6.11.3 on xcb, see tests/e2e/test_theme_real.py):

* the ``generic``/``xdgdesktopportal`` themes build Fusion's palette once, for the
  scheme of that moment, and keep it: a later switch changes ``colorScheme()`` but
  every window keeps the old colours;
* the ``gtk3`` theme (GNOME, Xfce, Cinnamon...) takes its palette from the GTK theme,
  which stays light (Adwaita) while the portal says "prefer dark".

So when Qt's own palette already matches the scheme (KDE, Windows 11, macOS, or the
scheme Qt started with) this module does nothing. Only when it does not, it makes sure
the style is Fusion (which paints from the palette) and sets a counterpart of Qt's
palette: the same colours, their lightness turned over along the curve that maps
Fusion's own light palette onto its own dark one, the 3-D shades recomputed by
``QPalette(button, window)``, and text moved just enough to read on its background
at least as well as before (WCAG AA at least, for enabled text). No colour is written
down here; everything is derived from the palette Qt gives. When the system flips
back, Qt's own palette is restored.

There are no module-level objects: the composition root calls :func:`follow` once and
keeps the returned :class:`ThemeFollower` (whose parent is the application).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

__all__ = [
    "ThemeFollower",
    "contrast_ratio",
    "counterpart_palette",
    "follow",
    "is_dark",
    "relative_luminance",
]

log = logging.getLogger(__name__)

_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
# Surfaces and the text on them: their lightness is turned over.
_TONED = (
    QPalette.ColorRole.Window,
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.AlternateBase,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.Button,
    QPalette.ColorRole.ButtonText,
    QPalette.ColorRole.ToolTipBase,
    QPalette.ColorRole.ToolTipText,
    QPalette.ColorRole.PlaceholderText,
)
# 3-D shades, always relative to the button colour: taken from QPalette(button, window).
_SHADES = (
    QPalette.ColorRole.Light,
    QPalette.ColorRole.Midlight,
    QPalette.ColorRole.Mid,
    QPalette.ColorRole.Dark,
    QPalette.ColorRole.Shadow,
)
# Text and what it is drawn on: after turning, each text colour is moved (hue kept)
# until it reads on its background at least as well as it did in Qt's palette, within
# WCAG's AA..AAA band for the enabled groups. Links are text on Base.
_TEXT_ON = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.LinkVisited, QPalette.ColorRole.Base),
)
# Highlight, HighlightedText, Accent and BrightText work on both sides and are kept.

# The lightness curve L' = _TOP - _SLOPE * L maps Qt's Fusion light palette onto its
# dark one (window 239 -> 50, base 255 -> 36, text 0 -> 240); its inverse maps back.
_TOP = 0.94
_SLOPE = 0.8
_TEXT_CONTRAST_MIN = 4.5  # WCAG AA for text (enabled groups only)
_TEXT_CONTRAST_MAX = 7.0  # WCAG AAA: never pushed further than this
_STEP = 0.01


def relative_luminance(color: QColor) -> float:
    """Return the WCAG 2 relative luminance of ``color`` (alpha ignored), 0..1."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """Return the WCAG 2 contrast ratio of two opaque colours, 1..21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Return whether ``palette`` is a dark one (light text on a darker window)."""
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    return relative_luminance(window) < relative_luminance(text)


def _with_lightness(color: QColor, lightness: float) -> QColor:
    return QColor.fromHslF(
        color.hslHueF(), color.hslSaturationF(), min(1.0, max(0.0, lightness)), color.alphaF()
    )


def _chroma_room(lightness: float) -> float:
    """How much chroma HSL allows at ``lightness`` (1 at mid-grey, 0 at black/white)."""
    return 1.0 - abs(2.0 * lightness - 1.0)


def _turned(color: QColor, to_dark: bool) -> QColor:
    """``color`` with its lightness turned over, keeping its hue and its chroma.

    Keeping HSL saturation instead would turn a pale tint (a tooltip's cream) into a
    loud colour, because a pale colour has little chroma at full saturation.
    """
    lightness = color.lightnessF()
    turned = _TOP - _SLOPE * lightness if to_dark else (_TOP - lightness) / _SLOPE
    turned = min(1.0, max(0.0, turned))
    room = _chroma_room(turned)
    chroma = color.hslSaturationF() * _chroma_room(lightness)
    saturation = min(1.0, chroma / room) if room > 0 else 0.0
    return QColor.fromHslF(color.hslHueF(), saturation, turned, color.alphaF())


def _over(color: QColor, background: QColor) -> QColor:
    """``color`` painted over an opaque ``background`` (what the eye sees)."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * alpha + background.redF() * (1 - alpha),
        color.greenF() * alpha + background.greenF() * (1 - alpha),
        color.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def _readable(text: QColor, background: QColor, wanted: float, lighter: bool) -> QColor:
    """``text`` with its lightness moved away from ``background`` until ``wanted``."""
    color = QColor(text)
    step = _STEP if lighter else -_STEP
    while contrast_ratio(_over(color, background), background) < wanted:
        lightness = color.lightnessF() + step
        if not 0.0 <= lightness <= 1.0:
            break
        color = _with_lightness(color, lightness)
    return color


def counterpart_palette(palette: QPalette) -> QPalette:
    """Return the dark counterpart of a light palette, or the light one of a dark palette.

    Args:
        palette: The palette Qt gives (any style, any platform theme).

    Returns:
        A palette with every colour role set, for all three colour groups.
    """
    to_dark = not is_dark(palette)
    result = QPalette(palette)
    for group in _GROUPS:
        for role in _TONED:
            result.setColor(group, role, _turned(palette.color(group, role), to_dark))
        shades = QPalette(
            result.color(group, QPalette.ColorRole.Button),
            result.color(group, QPalette.ColorRole.Window),
        )
        for role in _SHADES:
            result.setColor(group, role, shades.color(group, role))
        floor = 1.0 if group == QPalette.ColorGroup.Disabled else _TEXT_CONTRAST_MIN
        for text_role, background_role in _TEXT_ON:
            before = palette.color(group, background_role)
            had = contrast_ratio(_over(palette.color(group, text_role), before), before)
            wanted = min(max(had, floor), _TEXT_CONTRAST_MAX)
            start = result.color(group, text_role)
            if text_role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
                start = palette.color(group, text_role)  # keep the link's own colour if it reads
            background = result.color(group, background_role)
            result.setColor(group, text_role, _readable(start, background, wanted, to_dark))
    return result


class ThemeFollower(QObject):
    """Keeps the application palette on the side of ``QStyleHints.colorScheme()``.

    Qt's own palette is used whenever it matches the scheme; otherwise the style is
    set to Fusion and :func:`counterpart_palette` of Qt's palette is used. A scheme
    change is handled once the event loop is back (Qt may still be updating its own
    palette when ``colorSchemeChanged`` arrives).

    Args:
        app: The application whose palette is kept.
        parent: Owner of this object (usually ``app``).

    Signals:
        scheme_changed(bool): The palette in use switched sides; True when it is dark.
    """

    scheme_changed = Signal(bool)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._hints = app.styleHints()
        self._scheme = self._hints.colorScheme()
        self._own_palette = False
        self._dark = is_dark(app.palette())
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._on_pending_timeout)
        self._hints.colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)
        self._following = True

    @property
    def dark(self) -> bool:
        """Whether the palette in use is dark."""
        return self._dark

    @property
    def scheme(self) -> Qt.ColorScheme:
        """The system colour scheme last reported by Qt."""
        return self._scheme

    def apply(self) -> None:
        """Bring the application palette in line with the scheme, now."""
        if self._own_palette:
            self._app.setPalette(QPalette())  # back to the platform theme's palette
            self._own_palette = False
        if self._scheme != Qt.ColorScheme.Unknown:
            wanted_dark = self._scheme == Qt.ColorScheme.Dark
            if is_dark(self._app.palette()) != wanted_dark:
                if self._app.style().name().lower() != "fusion":
                    self._app.setStyle("Fusion")
                self._app.setPalette(counterpart_palette(self._app.palette()))
                self._own_palette = True
        dark = is_dark(self._app.palette())
        log.info(
            "theme: system scheme %s, %s palette (%s)",
            self._scheme.name,
            "dark" if dark else "light",
            "derived" if self._own_palette else "Qt's own",
        )
        if dark != self._dark:
            self._dark = dark
            self.scheme_changed.emit(dark)

    def stop(self) -> None:
        """Stop following and give the application Qt's own palette back (idempotent)."""
        if self._following:
            self._hints.colorSchemeChanged.disconnect(self._on_style_hints_color_scheme_changed)
            self._following = False
        self._pending.stop()
        if self._own_palette:
            self._app.setPalette(QPalette())
            self._own_palette = False

    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        self._pending.start()

    def _on_pending_timeout(self) -> None:
        self.apply()


def follow(app: QApplication) -> ThemeFollower:
    """Start following the system colour scheme; call once, before windows are shown.

    Args:
        app: The application.

    Returns:
        The follower (owned by ``app``); connect to its ``scheme_changed`` signal.
    """
    follower = ThemeFollower(app, parent=app)
    follower.apply()
    return follower
