"""How each status is drawn: a colour, a fill pattern and a marker shape, so colour is never
the only thing that tells statuses apart (and the status word is always written too)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from desktop.engine.record import record

from . import theme


@record
class StatusStyle:
    pattern: Qt.BrushStyle
    border: Qt.PenStyle
    marker: str

    @property
    def colour(self) -> str:
        return theme.current.status[self.key][0]

    @property
    def background(self) -> str:
        return theme.current.status[self.key][1]

    key: str = ""


SOLID, SOLID_LINE = Qt.BrushStyle.SolidPattern, Qt.PenStyle.SolidLine
STYLES: dict[str, StatusStyle] = {
    "recommended": StatusStyle(SOLID, SOLID_LINE, "check", "recommended"),
    "consider": StatusStyle(Qt.BrushStyle.Dense6Pattern, SOLID_LINE, "circle", "consider"),
    "conditional": StatusStyle(Qt.BrushStyle.BDiagPattern, Qt.PenStyle.DashLine, "diamond", "conditional"),
    "continue": StatusStyle(SOLID, SOLID_LINE, "arrow", "continue"),
    "urgent": StatusStyle(SOLID, SOLID_LINE, "exclamation", "urgent"),
    "not_recommended": StatusStyle(Qt.BrushStyle.DiagCrossPattern, SOLID_LINE, "cross", "not_recommended"),
    "contraindicated": StatusStyle(Qt.BrushStyle.CrossPattern, SOLID_LINE, "no_entry", "contraindicated"),
    "unavailable": StatusStyle(Qt.BrushStyle.Dense4Pattern, Qt.PenStyle.DotLine, "slashed_circle", "unavailable"),
    "window_passed": StatusStyle(Qt.BrushStyle.HorPattern, SOLID_LINE, "hourglass", "window_passed"),
    # another drug of a choice (rules/choices.yaml), "or": vertical hatching, a fork
    "alternative": StatusStyle(Qt.BrushStyle.VerPattern, SOLID_LINE, "fork", "alternative"),
    # recorded as done at an earlier visit (work-up, DXA): sparse dots, a ticked box
    "done": StatusStyle(Qt.BrushStyle.Dense7Pattern, SOLID_LINE, "ticked_box", "done"),
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
    painter.setBrush(QColor(theme.current.marker_fill))
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
    elif shape == "fork":  # one way that splits in two: this or another
        painter.drawLine(QPointF(x, y + k), QPointF(x, y))
        painter.drawPolyline([QPointF(x - k * 0.8, y - k), QPointF(x, y), QPointF(x + k * 0.8, y - k)])
    elif shape == "ticked_box":
        painter.drawRect(QRectF(x - k, y - k, 2 * k, 2 * k))
        tick = [QPointF(x - k * 0.55, y), QPointF(x - k * 0.1, y + k * 0.5), QPointF(x + k * 0.6, y - k * 0.5)]
        painter.drawPolyline(tick)
    elif shape == "hourglass":
        path = QPainterPath(QPointF(x - k * 0.7, y - k))
        for px, py in ((x + k * 0.7, y - k), (x - k * 0.7, y + k), (x + k * 0.7, y + k)):
            path.lineTo(px, py)
        path.closeSubpath()
        painter.drawPath(path)
    painter.restore()


def draw_arrow(painter: QPainter, x: float, y: float, direction: int, status: str) -> None:
    """A filled triangle at a bar's end pointing on (1, right) or back (-1): the item goes on
    beyond what is shown."""
    colour = QColor(STYLES[status].colour)
    tip = x + direction * 9
    painter.setPen(QPen(colour, 1))
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([QPointF(x, y - 7), QPointF(tip, y), QPointF(x, y + 7)]))
    painter.setBrush(Qt.BrushStyle.NoBrush)
