"""Saving the week: the chart as a PNG, and a short printable summary as a PDF.

The summary is meant to be brought along, to a therapist or a friend: the dates,
how many steps, the steps of each day by kind, how it felt where that was noted,
and the person's own notes. Both files are drawn here (drawing is the ui's job)
and written readable by the person only (0600), like everything Small Steps keeps.

Its words are translated in the ``WeekExport`` context, one sentence or heading
at a time, with the HTML markup kept out of the translatable texts. The summary
is printed dark on white paper whatever the screen's theme, so its few greys
are part of the document, not of a widget.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QPixmap, QTextDocument

from smallsteps.core.week import WeekSummary
from smallsteps.ui.texts import feeling_word, wording

PRIVATE_FILE_MODE = 0o600
"""Exports are the person's own: nobody else on the computer may read them."""


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, readable and writable by the person only.

    The bytes go to a new 0600 file next to ``path`` which then replaces it, so an
    existing file is never left half-written and never keeps looser permissions.

    Raises:
        OSError: the file could not be written.
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(temp, flags, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        path.chmod(PRIVATE_FILE_MODE)


def png_bytes(pixmap: QPixmap) -> bytes:
    """Return ``pixmap`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise OSError(
            QCoreApplication.translate("WeekExport", "the chart could not be turned into an image")
        )
    buffer.close()
    return bytes(data.data())


def save_png(pixmap: QPixmap, path: Path) -> None:
    """Save ``pixmap`` (e.g. ``QChartView.grab()``) as a private PNG file."""
    write_private(path, png_bytes(pixmap))


def _feeling_word(value: float | None) -> str:
    if value is None:
        return ""
    return feeling_word(min(5, max(1, round(value))))


def summary_title(range_text: str) -> str:
    """The summary's title (and the PDF's), e.g. ``"Small steps, the week of 2 – 8 March"``."""
    #: Title of the printable summary; {dates} e.g. "2 March – 8 March 2026"
    return QCoreApplication.translate("WeekExport", "Small steps, the week of {dates}").format(
        dates=range_text
    )


def summary_html(
    summary: WeekSummary,
    label_for: Callable[[str], str],
    day_name: Callable[[date], str],
    range_text: str,
) -> str:
    """Return the week's printable summary as simple HTML.

    Args:
        summary: the week.
        label_for: the label shown for a kind id.
        day_name: how a date reads as a heading, e.g. ``"Monday 2 March"``.
        range_text: the week's dates, e.g. ``"2 – 8 March 2026"``.
    """
    esc = html.escape
    words = wording()
    if summary.total:
        count = words.week_headline(summary.total)
    else:
        count = QCoreApplication.translate(
            "WeekExport", "A quiet week in the journal. Quiet weeks are part of the way too."
        )
    kind_word = words.growth_word(summary.total, summary.previous_total) or ""
    rows = []
    for index, day in enumerate(summary.days):
        kinds = sorted(summary.counts[index].items(), key=lambda kv: (-kv[1], label_for(kv[0])))
        steps = ", ".join(
            esc(
                #: One kind of step taken more than once on a day, e.g. "Rest × 2"
                QCoreApplication.translate("WeekExport", "{kind} × {count}").format(
                    kind=label_for(k), count=n
                )
                if n > 1
                else label_for(k)
            )
            for k, n in kinds
        )
        rows.append(
            "<tr>"
            f"<td width='25%'>{esc(day_name(day))}</td>"
            f"<td width='9%' align='right'>{summary.day_total(index) or ''}</td>"
            f"<td width='50%'>{steps}</td>"
            f"<td width='16%'>{esc(_feeling_word(summary.feeling(index)))}</td>"
            "</tr>"
        )
    notes = []
    for day, day_notes in summary.notes_by_day():
        notes.append(f"<h3>{esc(day_name(day))}</h3><ul>")
        notes += [
            "<li><span class='when'>"
            + esc(
                #: Above a note: {time} e.g. "08:30", {kind} the step, e.g. "Rest"
                QCoreApplication.translate("WeekExport", "{time} · {kind}").format(
                    time=f"{n.taken_at:%H:%M}", kind=label_for(n.kind)
                )
            )
            + f"</span><br>{esc(n.note)}</li>"
            for n in day_notes
        ]
        notes.append("</ul>")
    if notes:
        heading = QCoreApplication.translate("WeekExport", "Small victories: notes from the week")
        notes.insert(0, f"<h2>{esc(heading)}</h2>")

    title = esc(summary_title(range_text))
    subtitle = esc(
        QCoreApplication.translate("WeekExport", "A summary from Small Steps, to keep or to share.")
    )
    by_day = esc(QCoreApplication.translate("WeekExport", "Day by day"))
    headers = (
        esc(QCoreApplication.translate("WeekExport", "Day")),
        esc(QCoreApplication.translate("WeekExport", "Steps")),
        esc(QCoreApplication.translate("WeekExport", "What they were")),
        esc(QCoreApplication.translate("WeekExport", "How it felt")),
    )
    closing = esc(
        QCoreApplication.translate("WeekExport", "Every step here counts, rest included.")
    )
    language = QLocale().bcp47Name()
    return f"""
<html lang='{esc(language)}'><head><style>
body {{ font-family: sans-serif; color: #222; }}
h1 {{ font-size: 17pt; font-weight: normal; margin-bottom: 2pt; }}
h2 {{ font-size: 12pt; font-weight: normal; margin-top: 16pt; color: #335; }}
h3 {{ font-size: 10.5pt; margin-bottom: 0; }}
p.lead {{ font-size: 12pt; }}
p.soft, span.when, p.sub {{ color: #555; }}
table {{ border-collapse: collapse; }}
th {{ color: #555; font-weight: normal; border-bottom: 1px solid #999; }}
td {{ border-bottom: 1px solid #ddd; }}
</style></head><body>
<h1>{title}</h1>
<p class='sub'>{subtitle}</p>
<p class='lead'>{esc(count)} {esc(kind_word)}</p>
<h2>{by_day}</h2>
<table width='100%' cellpadding='5' cellspacing='0'>
<tr><th align='left'>{headers[0]}</th><th align='right'>{headers[1]}</th>\
<th align='left'>{headers[2]}</th><th align='left'>{headers[3]}</th></tr>
{"".join(rows)}
</table>
{"".join(notes)}
<p class='soft'><br>{esc(words.so_far(summary.all_time))} {closing}</p>
</body></html>
"""


def pdf_bytes(document_html: str, title: str) -> bytes:
    """Lay out ``document_html`` on A4 pages and return the PDF."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Small Steps")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ adds its own 2 cm
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(document_html)
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def save_pdf(document_html: str, title: str, path: Path) -> None:
    """Save the printable summary as a private PDF file."""
    write_private(path, pdf_bytes(document_html, title))
