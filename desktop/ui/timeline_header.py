"""The timeline's header and guides: the phase bands with their names, the week axis with
dates, the decision points (diamonds and their names, never cut or overlapping), and today's line."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from . import theme
from .i18n import short_date, tr
from .timeline_choice import Timeline
from .timeline_scale import week_ticks


def paint_phases(t: Timeline, painter: QPainter) -> None:
    bottom = t.height() / t.k
    bold = QFont(t.base)
    bold.setBold(True)
    painter.setFont(bold)
    for index, (label, start) in enumerate(t.phases):
        end = t.phases[index + 1][1] if index + 1 < len(t.phases) else t.scale.last_day
        left, right = t.scale.clamp_x(start), t.scale.clamp_x(end)
        bands = theme.current.phase_bands
        painter.fillRect(QRectF(left, 0, right - left, bottom), QColor(bands[index % len(bands)]))
        painter.setPen(QColor(theme.current.text))
        room = max(right - left - 8, 0)
        shown = QFontMetricsF(bold).elidedText(label, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRectF(left + 4, 2, room, 18), Qt.AlignmentFlag.AlignLeft, shown)
    painter.setFont(t.base)

def paint_axis(t: Timeline, painter: QPainter) -> None:
    assert t.plan is not None
    y = 22.0
    painter.setPen(QPen(QColor(theme.current.muted), 1))
    painter.drawLine(QPointF(t.scale.x(0), y), QPointF(t.scale.right, y))
    small = QFont(t.base)
    small.setPointSizeF(max(t.base.pointSizeF() * 0.85, 6.0))
    painter.setFont(small)
    week = tr("wk {week}")
    metrics = QFontMetricsF(small)
    sample = f"{week.format(week=52)}  {short_date(t.plan.onset_date)}"  # about the widest label
    for tick in week_ticks(t.scale, t.plan.onset_date, week, short_date,
                           metrics.horizontalAdvance(sample) + 10):
        x = t.scale.x(tick.day)
        if tick.major:
            painter.setPen(QPen(QColor(theme.current.grid), 1))
            painter.drawLine(QPointF(x, y), QPointF(x, t.height() / t.k))
            painter.setPen(QColor(theme.current.text))
            painter.drawLine(QPointF(x, y), QPointF(x, y + 6))
            painter.drawText(QPointF(x + 2, y + 16), tick.label)
        else:
            painter.setPen(QColor(theme.current.muted))
            painter.drawLine(QPointF(x, y), QPointF(x, y + 3))
    painter.setFont(t.base)

def paint_decision_points(t: Timeline, painter: QPainter) -> None:
    """A diamond per decision point, its short name beside it: on the upper line when it ends
    before the next diamond, else on the lower line, else shortened to fit."""
    assert t.plan is not None
    metrics = QFontMetricsF(t.base)
    points = [p for p in t.plan.decision_points if p.day <= t.scale.last_day]
    xs = [t.scale.x(p.day) for p in points]
    line_end = [0.0, 0.0]
    for index, (point, x) in enumerate(zip(points, xs, strict=True)):
        painter.setPen(QPen(QColor(theme.current.muted), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, 46), QPointF(x, t.height() / t.k))
        diamond = QPolygonF([QPointF(x, 44), QPointF(x + 5, 49), QPointF(x, 54), QPointF(x - 5, 49)])
        painter.setPen(QPen(QColor(theme.current.text), 1))
        painter.setBrush(QColor(theme.current.background))
        painter.drawPolygon(diamond)
        next_x = xs[index + 1] - 6 if index + 1 < len(xs) else t.scale.right + t.MARGIN
        start, width = x + 7, metrics.horizontalAdvance(point.short)
        if line_end[0] <= start and start + width <= next_x:
            level, room = 0, width
        elif line_end[1] <= start:
            level, room = 1, width
        else:
            level, room = 0, max(next_x - start, 0.0)
        line_end[level] = start + room + 6
        painter.setPen(QColor(theme.current.text))
        text = metrics.elidedText(point.short, Qt.TextElideMode.ElideRight, room + 1)
        painter.drawText(QPointF(start, 54 + level * 12), text)
    painter.setBrush(Qt.BrushStyle.NoBrush)

def paint_today(t: Timeline, painter: QPainter) -> None:
    assert t.plan is not None
    x = t.scale.x(t.plan.day)
    painter.setPen(QPen(QColor(theme.current.today), 3))
    painter.drawLine(QPointF(x, 22), QPointF(x, t.height() / t.k))
    bold = QFont(t.base)
    bold.setBold(True)
    painter.setFont(bold)
    label = tr("Today, day {day}").format(day=t.plan.day)
    width = QFontMetricsF(bold).horizontalAdvance(label) + 8
    box = QRectF(x + 3, 68, width, 16)
    painter.fillRect(box, QColor(theme.current.background))
    painter.setPen(QColor(theme.current.today))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.setFont(t.base)
