"""How each status is drawn: a colour, a fill pattern and a marker shape, so colour is never
the only thing that tells statuses apart (and the status word is always written too)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from .plan_html import STATUS_WORDS


@dataclass(frozen=True)
class StatusStyle:
    colour: str
    pattern: Qt.BrushStyle
    border: Qt.PenStyle
    marker: str
    background: str = "#ffffff"


SOLID, SOLID_LINE = Qt.BrushStyle.SolidPattern, Qt.PenStyle.SolidLine
STYLES: dict[str, StatusStyle] = {
    "recommended": StatusStyle("#1e7b34", SOLID, SOLID_LINE, "check"),
    "consider": StatusStyle("#1e7b34", Qt.BrushStyle.Dense6Pattern, SOLID_LINE, "circle", "#e6f4ea"),
    "conditional": StatusStyle("#1f5fa8", Qt.BrushStyle.BDiagPattern, Qt.PenStyle.DashLine, "diamond", "#f3f7fc"),
    "continue": StatusStyle("#1f5fa8", SOLID, SOLID_LINE, "arrow"),
    "urgent": StatusStyle("#b3261e", SOLID, SOLID_LINE, "exclamation"),
    "not_recommended": StatusStyle("#b3261e", Qt.BrushStyle.DiagCrossPattern, SOLID_LINE, "cross", "#fdecea"),
    "contraindicated": StatusStyle("#6d1a14", Qt.BrushStyle.CrossPattern, SOLID_LINE, "no_entry", "#f6dcd9"),
    "unavailable": StatusStyle(
        "#6b6b6b", Qt.BrushStyle.Dense4Pattern, Qt.PenStyle.DotLine, "slashed_circle", "#f1f1f1"
    ),
    "window_passed": StatusStyle("#6b6b6b", Qt.BrushStyle.HorPattern, SOLID_LINE, "hourglass", "#f4f4f4"),
}


def draw_bar(painter: QPainter, rect: QRectF, status: str) -> None:
    style = STYLES[status]
    colour = QColor(style.colour)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.background))
    painter.drawRect(rect)
    painter.setBrush(QBrush(colour, style.pattern))
    painter.drawRect(rect)
    pen = QPen(colour, 1.5, style.border)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


def draw_marker(painter: QPainter, centre: QPointF, size: float, status: str) -> None:
    """The status shape, drawn on a white disc so it reads on any fill."""
    style = STYLES[status]
    colour = QColor(style.colour)
    r = size / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(centre, r, r)
    pen = QPen(colour, max(size / 7, 1.6), SOLID_LINE, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, k = centre.x(), centre.y(), r * 0.55
    shape = style.marker
    if shape == "check":
        painter.drawPolyline([QPointF(x - k, y), QPointF(x - k * 0.2, y + k * 0.7), QPointF(x + k, y - k * 0.7)])
    elif shape == "circle":
        painter.drawEllipse(centre, k * 0.6, k * 0.6)
    elif shape == "diamond":
        painter.drawPolygon([QPointF(x, y - k), QPointF(x + k, y), QPointF(x, y + k), QPointF(x - k, y)])
    elif shape == "arrow":
        painter.drawLine(QPointF(x - k, y), QPointF(x + k, y))
        painter.drawPolyline([QPointF(x + k * 0.2, y - k * 0.7), QPointF(x + k, y), QPointF(x + k * 0.2, y + k * 0.7)])
    elif shape == "exclamation":
        painter.drawLine(QPointF(x, y - k), QPointF(x, y + k * 0.25))
        painter.drawPoint(QPointF(x, y + k * 0.8))
    elif shape == "cross":
        painter.drawLine(QPointF(x - k, y - k), QPointF(x + k, y + k))
        painter.drawLine(QPointF(x - k, y + k), QPointF(x + k, y - k))
    elif shape == "no_entry":
        painter.drawLine(QPointF(x - k, y), QPointF(x + k, y))
        painter.drawEllipse(centre, k * 1.25, k * 1.25)
    elif shape == "slashed_circle":
        painter.drawEllipse(centre, k * 0.7, k * 0.7)
        painter.drawLine(QPointF(x - k, y + k), QPointF(x + k, y - k))
    elif shape == "hourglass":
        path = QPainterPath(QPointF(x - k * 0.7, y - k))
        for px, py in ((x + k * 0.7, y - k), (x - k * 0.7, y + k), (x + k * 0.7, y + k)):
            path.lineTo(px, py)
        path.closeSubpath()
        painter.drawPath(path)
    painter.restore()


def status_word(status: str) -> str:
    return STATUS_WORDS[status]
