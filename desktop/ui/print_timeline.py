"""The timeline on paper, drawn as vector graphics (lines, shapes and text, not a picture):
sharp at any zoom, small in the PDF, and read in black and white (every status has its own
fill pattern and marker shape and is written beside the item).

The printed summary's HTML holds a placeholder; `embed` puts in its place an inline object
whose drawing is the timeline widget painted, at print time, straight onto the printer's or
the PDF writer's painter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSizeF
from PySide6.QtGui import QPainter, QPyTextObject, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from desktop.engine.plan.plan import Plan
from desktop.report.summary_html import TIMELINE

from . import theme
from .timeline import TimelineWidget

OBJECT = QTextFormat.ObjectTypes.UserObject + 1
LAYOUT_WIDTH = 1000  # the timeline is laid out this wide (its text then prints at about 7 pt)


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
        """The page's width (in the units of the device printed on: printing lays the document
        out again at the printer's resolution), and the timeline's proportions."""
        page = doc.pageSize().width()
        width = page - 2 * doc.documentMargin() - 8 if page > 0 else self.width
        size = self.widget.size()
        return QSizeF(width, width * size.height() / max(size.width(), 1))

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:
        size = self.widget.size()
        rect = QRectF(rect)
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / max(size.width(), 1), rect.height() / max(size.height(), 1))
        with theme.for_print():
            self.widget.render(painter, QPoint(0, 0))
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
