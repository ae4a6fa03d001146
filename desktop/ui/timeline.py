"""The treatment timeline: weeks from onset with real dates, phase bands, today line, decision
points, and one lane each for pain control, rehabilitation, interventions, bone health and
referrals. It draws a plan; it decides nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.engine.plan.plan import Plan, PlanItem
from desktop.report.when import screen_when

from . import theme
from .i18n import tr, words
from .status_style import draw_arrow, draw_bar, draw_marker
from .timeline_choice import paint_choice_heading, role_title
from .timeline_header import paint_axis, paint_decision_points, paint_phases, paint_today
from .timeline_scale import Row, Scale, day_span, drawn_end, fit_px_per_day, lay_out_rows

MARKER = 13.0  # a status marker's size, in layout units


class TimelineWidget(QWidget):
    """Paints a plan. Select items with the mouse or Up/Down/Home/End; +/- zoom, 0 fits."""

    itemSelected = Signal(object)  # item id, or None

    MIN_LABEL_COL = 150.0
    HEADER = 86.0  # phase names | week axis | decision points | today
    ROW = 28.0
    LANE_GAP = 8.0
    MARGIN = 28.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lanes: list[tuple[str, str]] = []  # the plan's lanes: (id, label)
        self.plan: Plan | None = None
        self.decisions: dict[str, str] = {}
        self.phases: list[tuple[str, int]] = []
        self.rows: list[Row] = []
        self.selected: str | None = None
        self.zoom = 1.0  # 1.0 = fit to the visible width
        self.visible_width = 900.0
        self.k = 1.0  # text scale: geometry is laid out at the base text size, then drawn k times larger
        self.base = QFont(self.font())
        self.LABEL_COL = self.MIN_LABEL_COL
        self.scale = Scale(-7, 392, self.LABEL_COL + 8, 2.0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Treatment timeline"))
        self.setAccessibleDescription(tr("No plan yet."))
        self.setMouseTracking(True)

    # -- model -----------------------------------------------------------------------------------
    def set_plan(self, plan: Plan | None, decisions: dict[str, str] | None = None) -> None:
        """Show `plan`; `decisions` maps item ids to the clinician's 'accepted' / 'declined'."""
        self.plan = plan
        self.decisions = decisions or {}
        self.rows = []
        if plan is not None:
            self.lanes = [(lane.id, lane.label) for lane in plan.lanes]
            self.phases = [(phase.label, phase.start_day) for phase in plan.phases]
            self.rows = lay_out_rows(plan, self.HEADER, self.ROW, self.LANE_GAP)
        if self.selected and (plan is None or plan.item(self.selected) is None):
            self.selected = None
            self.itemSelected.emit(None)
        self._relayout()
        self._describe()
        self.update()

    def set_visible_width(self, width: float) -> None:
        self.visible_width = max(width, 300.0)
        self._relayout()

    def show_first_days(self, days: int) -> None:
        """Zoom so that onset to day `days` fills the visible width (e.g. the first 12 weeks)."""
        shown = days + 7 - self.scale.first_day  # a week's margin after it
        self.set_zoom(max((self.scale.last_day - self.scale.first_day) / shown, 1.0))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 0.5), 12.0)
        self._relayout()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._relayout()
            self.update()

    def _relayout(self) -> None:
        self.k = theme.text_scale_of(self.font())
        self.base = QFont(self.base)
        self.base.setPointSizeF(self.font().pointSizeF() / self.k)
        bold = QFont(self.base)
        bold.setBold(True)
        widest = max((QFontMetricsF(bold).horizontalAdvance(label) for _id, label in self.lanes), default=0.0)
        self.LABEL_COL = max(self.MIN_LABEL_COL, min(widest + 20, 260.0))
        visit_day = self.plan.day if self.plan else 0
        days = []
        if self.plan:
            days = [d for i in self.plan.items for d in (i.start_day, i.end_day) if d is not None]
            days += [d.day for d in self.plan.decision_points]
        first, last = day_span(visit_day, days)
        usable = self.visible_width / self.k - self.LABEL_COL - self.MARGIN - 8
        px = fit_px_per_day(usable, first, last) * self.zoom
        self.scale = Scale(first, last, self.LABEL_COL + 8, px)
        height = (self.rows[-1].top + self.ROW + self.LANE_GAP) if self.rows else self.HEADER + 40
        self.setMinimumSize(int((self.scale.right + self.MARGIN) * self.k), int(height * self.k))
        self.resize(self.minimumSize())

    # -- geometry (also used by tests) -----------------------------------------------------------
    def row_of(self, item_id: str) -> Row | None:
        return next((r for r in self.rows if r.item and r.item.id == item_id), None)

    def bar_rect(self, item_id: str) -> QRectF | None:
        """Where an item's bar is, in layout units (widget pixels at 100% text size; k times that)."""
        row = self.row_of(item_id)
        if row is None or row.item is None:
            return None
        item = row.item
        left = self.scale.clamp_x(item.start_day)
        assert self.plan is not None
        right = self.scale.clamp_x(drawn_end(self.plan, item))
        if item.one_day:
            return QRectF(left - 7, row.top + 14, 14, 12)
        if item.choice in ("alternative", "excluded"):  # under the first choice: a thinner bar
            return QRectF(left, row.top + 17, max(right - left, 6.0), 7)
        return QRectF(left, row.top + 15, max(right - left, 6.0), 10)

    def label_rect(self, item_id: str) -> QRectF | None:
        """Where an item's label is drawn (on its own backing, beside its marker, never under it)."""
        row, marker = self.row_of(item_id), self.marker_rect(item_id)
        if row is None or row.item is None or marker is None:
            return None
        item = row.item
        left = max(marker.right() + 2, self.scale.x(self.scale.first_day))
        metrics = QFontMetricsF(self.base)
        return QRectF(left, row.top + 1, metrics.horizontalAdvance(self._label_text(item, metrics)) + 4, 13)

    def marker_rect(self, item_id: str) -> QRectF | None:
        """Where an item's status marker is: at the start of its bar, or on its one day."""
        rect, row = self.bar_rect(item_id), self.row_of(item_id)
        if rect is None or row is None or row.item is None:
            return None
        x = rect.center().x() if row.item.one_day else rect.left()
        return QRectF(x - MARKER / 2, rect.center().y() - MARKER / 2, MARKER, MARKER)

    def _label_text(self, item: PlanItem, metrics: QFontMetricsF) -> str:
        return metrics.elidedText(self.label(item), Qt.TextElideMode.ElideRight, 520)

    def today_x(self) -> float | None:
        return None if self.plan is None else self.scale.x(self.plan.day)

    # -- selection and keyboard ------------------------------------------------------------------
    def item_ids(self) -> list[str]:
        return [r.item.id for r in self.rows if r.item]

    def select(self, item_id: str | None) -> None:
        if item_id == self.selected:
            return
        self.selected = item_id
        self._describe()
        self.update()
        self.itemSelected.emit(item_id)

    def _describe(self) -> None:
        if self.plan is None:
            self.setAccessibleDescription(tr("No plan yet."))
            return
        row = self.row_of(self.selected) if self.selected else None
        if row and row.item:
            item = row.item
            text = f"{self.label(item, ': ')}. {self.dates_of(item)}."
        else:
            text = tr("{count} items. Use the arrow keys to select one.").format(count=len(self.plan.items))
        self.setAccessibleDescription(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = self.item_ids()
        key = event.key()
        if ids and key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home, Qt.Key.Key_End):
            index = ids.index(self.selected) if self.selected in ids else -1
            if key == Qt.Key.Key_Down:
                index = min(index + 1, len(ids) - 1)
            elif key == Qt.Key.Key_Up:
                index = max(index - 1, 0)
            elif key == Qt.Key.Key_Home:
                index = 0
            else:
                index = len(ids) - 1
            self.select(ids[index])
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.25)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.25)
        elif key == Qt.Key.Key_0:
            self.set_zoom(1.0)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        keyboard = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                                      Qt.FocusReason.ShortcutFocusReason)
        if keyboard and self.selected is None and self.item_ids():
            self.select(self.item_ids()[0])
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y() / self.k)
        self.select(row.item.id if row and row.item else None)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y() / self.k)
        if row and row.item and self.plan:
            text = f"{self.label(row.item)}\n{self.dates_of(row.item)}"
            QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def _row_at(self, y: float) -> Row | None:
        return next((r for r in self.rows if r.top <= y < r.top + self.ROW), None)

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.current.background))
        if self.plan is None:
            painter.end()
            return
        visible = self.visibleRegion().boundingRect()
        exposed = QRectF(event.rect())
        painter.scale(self.k, self.k)
        painter.setFont(self.base)
        paint_phases(self, painter)
        paint_axis(self, painter)
        paint_decision_points(self, painter)
        paint_today(self, painter)
        self._paint_rows(painter, QRectF(exposed.topLeft() / self.k, exposed.size() / self.k))
        self._paint_lane_labels(painter, visible.left() / self.k)
        top = self.header_top()
        if top > 0:  # scrolled down: the phases, dates and decision points stay at the top
            painter.save()
            painter.translate(0, top)
            painter.setClipRect(QRectF(0, 0, self.width() / self.k, self.HEADER - 2))
            painter.fillRect(QRectF(0, 0, self.width() / self.k, self.HEADER), QColor(theme.current.background))
            paint_phases(self, painter)
            paint_axis(self, painter)
            paint_decision_points(self, painter)
            paint_today(self, painter)
            painter.restore()
        painter.end()

    def header_top(self) -> float:
        """Where the header is drawn, in layout units: at the top of what is visible (pinned)."""
        return max(self.visibleRegion().boundingRect().top(), 0) / self.k if self.plan is not None else 0.0

    def _paint_rows(self, painter: QPainter, exposed: QRectF) -> None:
        assert self.plan is not None
        metrics = QFontMetricsF(self.base)
        for row in self.rows:
            if row.top > exposed.bottom() or row.top + self.ROW < exposed.top():
                continue  # not on screen
            painter.setPen(QPen(QColor(theme.current.grid), 1))
            painter.drawLine(QPointF(self.LABEL_COL, row.top + self.ROW), QPointF(self.scale.right, row.top + self.ROW))
            if row.heading:
                paint_choice_heading(painter, self, row)
                continue
            if row.item is None:
                painter.setPen(QColor(theme.current.muted))
                painter.drawText(QPointF(self.scale.x(0) + 4, row.top + 20), tr("nothing in this lane"))
                continue
            item = row.item
            rect = self.bar_rect(item.id)
            assert rect is not None
            point = item.one_day
            excluded = item.choice == "excluded"  # a choice's member not for this patient: greyed
            painter.setOpacity(0.45 if excluded else 1.0)
            if not point:
                draw_bar(painter, rect, item.status)
                end = drawn_end(self.plan, item)
                if end is None or end > self.scale.last_day:
                    draw_arrow(painter, rect.right(), rect.center().y(), 1, item.status)
                if item.start_day < self.scale.first_day:
                    draw_arrow(painter, rect.left(), rect.center().y(), -1, item.status)
            marker = self.marker_rect(item.id)
            assert marker is not None
            draw_marker(painter, marker.center(), MARKER, item.status)
            painter.setOpacity(1.0)
            box = self.label_rect(item.id)
            assert box is not None
            backing = QColor(theme.current.background)
            backing.setAlpha(230)  # over the today line, the grid and the phase bands: never covered
            painter.fillRect(box, backing)
            painter.setPen(QColor(theme.current.muted if excluded else theme.current.text))
            painter.drawText(QPointF(box.left() + 2, row.top + 11), self._label_text(item, metrics))
            if item.id == self.selected:
                pen = QPen(QColor(theme.current.selection), 2, Qt.PenStyle.SolidLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                width = self.scale.right - self.LABEL_COL
                painter.drawRect(QRectF(self.LABEL_COL + 2, row.top + 1, width, self.ROW - 2))
                if self.hasFocus():
                    painter.setPen(QPen(QColor(theme.current.selection), 1, Qt.PenStyle.DotLine))
                    painter.drawRect(QRectF(self.LABEL_COL + 5, row.top + 4, width - 6, self.ROW - 8))

    def label(self, item: PlanItem, separator: str = " · ") -> str:
        """Title, status in words and the clinician's decision, e.g. 'NSAIDs · Consider'; a
        choice's member says its role: 'First choice: Alendronate', 'or Risedronate'."""
        decided = self.decisions.get(item.id)
        words = {"accepted": tr("ACCEPTED by the clinician"), "declined": tr("DECLINED by the clinician")}
        suffix = f"{separator}{words[decided]}" if decided else ""
        return f"{role_title(item)}{separator}{item.status_label}{suffix}"

    def dates_of(self, item: PlanItem) -> str:
        assert self.plan is not None
        return screen_when(self.plan, item.start_day, item.end_day, words())

    def _paint_lane_labels(self, painter: QPainter, left: float) -> None:
        painter.fillRect(QRectF(left, self.HEADER - 2, self.LABEL_COL, self.height() / self.k),
                         QColor(theme.current.lane_labels))
        painter.setPen(QPen(QColor(theme.current.grid), 1))
        edge = left + self.LABEL_COL
        painter.drawLine(QPointF(edge, self.HEADER - 2), QPointF(edge, self.height() / self.k))
        bold = QFont(self.base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(theme.current.text))
        labels = dict(self.lanes)
        seen: set[str] = set()
        for row in self.rows:
            if row.lane in seen:
                continue
            seen.add(row.lane)
            painter.drawText(QRectF(left + 8, row.top + 4, self.LABEL_COL - 12, self.ROW), labels[row.lane])
        painter.setFont(self.base)
