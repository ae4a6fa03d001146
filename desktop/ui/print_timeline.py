"""The timeline on paper, drawn as vector graphics (lines, shapes and text, not a picture):
sharp at any zoom, small in the PDF, and read in black and white (every status has its own
fill pattern and marker shape and is written beside the item).

The printed summary's HTML holds a placeholder; `embed` puts in its place an inline object
whose drawing is the timeline widget painted, at print time, as a QPicture (its drawing
commands, still vectors) replayed onto the printer's or the PDF writer's painter, clipped to
the object's place: a widget rendered straight onto a PDF is not clipped, and its shading ran
on over the text below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QPainter,
    QPicture,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.engine.plan.plan import Plan
from desktop.report.summary_html import TIMELINE

from . import theme
from .timeline import TimelineWidget

OBJECT = QTextFormat.ObjectTypes.UserObject + 1
LAYOUT_WIDTH = 1000  # the timeline is laid out this wide (its text then prints at about 6.5 pt)


class TimelineObject(QPyTextObject):
    def __init__(self, plan: Plan, width: float, parent: QObject) -> None:
        super().__init__(parent)
        with theme.for_print():
            self.widget = TimelineWidget()
            self.widget.setFont(theme.base_font())
            self.widget.set_visible_width(float(LAYOUT_WIDTH))
            self.widget.set_plan(plan)
        self.width = width  # the page's printable width, in the document's units

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        """The page's text width (printing.paginate lays the document out on the page), and the
        timeline's proportions: its height follows its rows."""
        page, frame = doc.pageSize().width(), doc.rootFrame().frameFormat()
        width = page - frame.leftMargin() - frame.rightMargin() - 2 if page > 0 else self.width
        size = self.widget.size()
        return QSizeF(width, width * size.height() / max(size.width(), 1))

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:
        size = self.widget.size()
        rect = QRectF(rect)
        painter.save()
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)  # nothing drawn past its place on the page
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / max(size.width(), 1), rect.height() / max(size.height(), 1))
        picture = QPicture()  # drawn at the screen's resolution, replayed at the printer's: text keeps its size
        recorder = QPainter(picture)
        with theme.for_print():
            self.widget.render(recorder, QPoint(0, 0))
        recorder.end()
        device = painter.device()  # a picture replays scaled from its resolution to the device's: undone
        painter.scale(picture.logicalDpiX() / device.logicalDpiX(), picture.logicalDpiY() / device.logicalDpiY())
        painter.drawPicture(0, 0, picture)
        painter.restore()


def embed(document: QTextDocument, plan: Plan, width: float) -> bool:
    """Replace the placeholder with the vector timeline; False if the HTML had none."""
    handler = TimelineObject(plan, width, document)
    document.documentLayout().registerHandler(OBJECT, handler)
    found = document.find(TIMELINE)
    if found.isNull():
        return False
    char = QTextCharFormat()
    char.setObjectType(OBJECT)
    cursor: Any = QTextCursor(found)
    cursor.insertText("\ufffc", char)  # the object replacement character carries the object
    return True
