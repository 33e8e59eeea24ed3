"""Icons for widgets, loaded from the shipped SVG files, and the tray's PNG icons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QIconEngine, QPixmap

from smallsteps.core.resources import icon_path, tray_icon_paths

if TYPE_CHECKING:  # only painted in an XEmbed tray; their classes take ~1.3 ms to load
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter


def icon(name: str) -> QIcon:
    """Return the shipped SVG icon ``name`` as a ``QIcon``."""
    return QIcon(str(icon_path(name)))


class _TrayIconEngine(QIconEngine):
    """Hands the tray the shipped PNGs as they are, without Qt's pixmap cache.

    Qt's own icon engines put every pixmap they hand out into ``QPixmapCache``, and the
    first entry starts the cache's flush timer: one wake-up 30 s later, then one every
    10 s until the cache is empty. A tray panel reads every size of the icon when it is
    set, so an idle app would wake five to eight times for nothing after each change.
    This engine keeps the few pixmaps itself (about 25 KiB) and caches nothing. The
    tray draws the icon only in the normal mode, so the mode and state are not used.

    Args:
        pixmaps: The icon's pictures, smallest first.
    """

    def __init__(self, pixmaps: list[QPixmap]) -> None:
        super().__init__()
        self._pixmaps = pixmaps

    def availableSizes(  # noqa: N802 - Qt's name
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        del mode, state
        return [pixmap.size() for pixmap in self._pixmaps]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        del mode, state
        return self._fitting(size, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        del mode, state
        return self._fitting(size, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        del mode, state
        painter.drawPixmap(rect, self._fitting(rect.size(), painter.device().devicePixelRatioF()))

    def clone(self) -> QIconEngine:
        return _TrayIconEngine(self._pixmaps)

    def _fitting(self, size: QSize, scale: float) -> QPixmap:
        """The smallest picture at least ``size`` x ``scale``, scaled down if no size fits."""
        wanted = max(1, round(min(size.width(), size.height()) * scale))
        best = next((p for p in self._pixmaps if p.width() >= wanted), self._pixmaps[-1])
        if best.width() != wanted:
            from PySide6.QtCore import Qt  # noqa: PLC0415 - its enums take ~13 ms to load

            best = best.scaled(
                wanted,
                wanted,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        if scale != 1.0:
            best = QPixmap(best)  # a copy: the device pixel ratio is the copy's own
            best.setDevicePixelRatio(scale)
        return best


def tray_icon(name: str) -> QIcon:
    """Return the tray icon ``name`` from its shipped PNG sizes.

    No SVG module is loaded for it, and it leaves Qt's pixmap cache (and so the cache's
    flush timer) alone: see ``_TrayIconEngine``.
    """
    pixmaps = []
    for _size, path in sorted(tray_icon_paths(name).items()):
        pixmap = QPixmap()  # loaded from bytes: QPixmap(path) would go through the cache
        pixmap.loadFromData(path.read_bytes(), "PNG")
        pixmaps.append(pixmap)
    return QIcon(_TrayIconEngine(pixmaps))
