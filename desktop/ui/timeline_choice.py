"""A choice on the timeline (one drug of several, rules/choices.yaml): one framed block under
a heading row, the first choice first, the alternatives as "or ...", the excluded greyed."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from desktop.engine.plan.plan import Plan, PlanItem

from . import theme
from .i18n import tr
from .timeline_scale import Row, Scale


class Timeline(Protocol):
    """What of the timeline widget its painters need (no import of it: no cycle)."""

    rows: list[Row]
    plan: Plan | None
    scale: Scale
    base: QFont
    LABEL_COL: float
    ROW: float
    MARGIN: float
    k: float  # text scale
    phases: list[tuple[str, int]]

    def height(self) -> int: ...


def role_title(item: PlanItem) -> str:
    """An item's title with its role in a choice: 'First choice: Alendronate', 'or Risedronate'."""
    if item.choice == "first":
        return tr("First choice: {item}").format(item=item.title)
    if item.choice == "alternative":
        return tr("or {item}").format(item=item.title)
    return item.title


def paint_choice_heading(painter: QPainter, timeline: Timeline, row: Row) -> None:
    """The heading row of a choice, and a frame around its whole block."""
    last = next((r for r in timeline.rows if r.group == row.group and r.block_end), row)
    left = timeline.LABEL_COL + 3
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(theme.current.muted), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    bottom = last.top + timeline.ROW
    painter.drawRoundedRect(QRectF(left, row.top + 3, timeline.scale.right - left + 6, bottom - row.top - 3), 5, 5)
    bold = QFont(timeline.base)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(QColor(theme.current.text))
    group = next((g for g in timeline.plan.groups if g.id == row.group), None) if timeline.plan else None
    if group is not None and group.first is None:
        text = tr("{choice}: none possible with these answers (see the alerts)").format(choice=row.heading)
    else:
        text = tr("{choice}: one of").format(choice=row.heading)
    painter.drawText(QPointF(max(left, timeline.scale.x(timeline.scale.first_day)) + 8, row.top + 19), text)
    painter.restore()
