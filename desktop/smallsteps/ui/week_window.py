"""The week window: what the person did this week, made visible, kindly.

Bars per day, stacked by kind of step; the week's notes underneath. There are no
streaks, no empty-day marks, no red: days without a step are simply plain.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallsteps.core.week import WeekSummary
from smallsteps.core.wording import growth_word, week_headline

KIND_COLOURS = (
    "#4E79A7",
    "#59A14F",
    "#9C755F",
    "#B07AA1",
    "#76B7B2",
    "#EDC948",
    "#F28E2B",
    "#8CA252",
    "#6B8FB8",
    "#E39BB2",
    "#BAB0AC",
)
"""Calm, colour-blind-safe colours, one per kind, in catalog order. No red."""


class WeekWindow(QWidget):
    """Shows one week of small steps.

    Args:
        kind_order: every kind id in catalog order (decides each kind's colour).
        label_for: the label shown for a kind id.

    Signals:
        week_requested(object): the person wants the week holding this ``date``.
    """

    week_requested = Signal(object)

    def __init__(self, kind_order: tuple[str, ...], label_for: Callable[[str], str]) -> None:
        super().__init__()
        self.setWindowTitle("This week · Small Steps")
        self.setObjectName("weekWindow")
        self._kind_order = kind_order
        self._label_for = label_for
        self._summary: WeekSummary | None = None

        self.headline = QLabel()
        self.headline.setObjectName("headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.kind_word = QLabel()
        self.kind_word.setObjectName("kindWord")
        self.range_label = QLabel()
        self.range_label.setObjectName("range")

        self.prev_button = QPushButton("◀ Previous week")
        self.prev_button.setAccessibleName("Previous week")
        self.prev_button.clicked.connect(lambda: self._go(-7))
        self.today_button = QPushButton("This week")
        self.today_button.clicked.connect(lambda: self.week_requested.emit(date.today()))
        self.next_button = QPushButton("Next week ▶")
        self.next_button.setAccessibleName("Next week")
        self.next_button.clicked.connect(lambda: self._go(7))
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.range_label)
        nav.addStretch(1)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setBackgroundVisible(False)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(300)
        self.chart_view.setAccessibleName("Steps per day, by kind")

        notes_title = QLabel("Small victories this week")
        self.notes = QListWidget()
        self.notes.setAccessibleName("Notes from this week")
        self.notes.setWordWrap(True)
        self.notes.setMaximumHeight(160)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.kind_word)
        layout.addLayout(nav)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(notes_title)
        layout.addWidget(self.notes)
        self.resize(760, 620)

    @property
    def summary(self) -> WeekSummary | None:
        """The week shown."""
        return self._summary

    def _go(self, days: int) -> None:
        if self._summary is not None:
            self.week_requested.emit(self._summary.start + timedelta(days=days))

    def _colours(self, kinds: list[str]) -> dict[str, str]:
        """One colour per kind: catalog kinds keep theirs, others take unused ones."""
        colours = {
            k: KIND_COLOURS[self._kind_order.index(k) % len(KIND_COLOURS)]
            for k in kinds
            if k in self._kind_order
        }
        spare = [c for c in KIND_COLOURS if c not in colours.values()] or list(KIND_COLOURS)
        for offset, kind in enumerate(k for k in kinds if k not in colours):
            colours[kind] = spare[offset % len(spare)]
        return colours

    def show_summary(self, summary: WeekSummary) -> None:
        """Draw the given week."""
        self._summary = summary
        locale = QLocale()
        self.headline.setText(week_headline(summary.total))
        self.kind_word.setText(growth_word(summary.total, summary.previous_total) or "")
        first, last = summary.days[0], summary.days[-1]
        span = (locale.toString(QDate(d.year, d.month, d.day), "d MMM") for d in (first, last))
        self.range_label.setText(f"{' – '.join(span)} {last.year}")
        self.next_button.setEnabled(summary.start + timedelta(days=7) <= date.today())

        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QStackedBarSeries()
        ordered = sorted(
            summary.kinds,
            key=lambda k: (
                self._kind_order.index(k) if k in self._kind_order else len(self._kind_order)
            ),
        )
        colours = self._colours(ordered)
        for kind in ordered:
            bar = QBarSet(self._label_for(kind))
            bar.setColor(QColor(colours[kind]))
            bar.setBorderColor(QColor(colours[kind]))
            for day_index in range(7):
                bar.append(summary.count(day_index, kind))
            series.append(bar)
        self.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(
            [
                f"{locale.dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)} {d.day}"
                for d in summary.days
            ]
        )
        axis_y = QValueAxis()
        top = max([summary.day_total(i) for i in range(7)] + [4])
        axis_y.setRange(0, top)
        axis_y.setTickCount(min(top, 8) + 1 if top <= 8 else 5)
        axis_y.setLabelFormat("%d")
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.chart.legend().setVisible(bool(ordered))

        self.notes.clear()
        if not summary.notes:
            self.notes.addItem("Notes you write with a step will gather here.")
        for note in summary.notes:
            when = f"{note.taken_at:%H:%M}"
            day = locale.dayName(note.day.isoweekday(), QLocale.FormatType.LongFormat)
            self.notes.addItem(f"{day} {when} · {self._label_for(note.kind)}: {note.note}")
