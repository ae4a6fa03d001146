"""The timeline legend: each status as its bar pattern, marker shape and word."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import theme
from .i18n import tr
from .status_style import STYLES, draw_bar, draw_marker


class Legend(QWidget):
    SWATCH = 34.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, str] = {s: s for s in STYLES}  # the plan's words for each status
        self.today = tr("Today (visit)")
        self.setAccessibleName(tr("Timeline legend"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # as many rows as the width needs, in any language and text size
        self.setSizePolicy(policy)

    def set_labels(self, labels: dict[str, str]) -> None:
        """Name each status as the plan does (its rule pack's words)."""
        if labels != self.labels:
            self.labels = dict(labels)
            self.setAccessibleDescription("; ".join(self.labels[s] for s in self._statuses()))
            self.updateGeometry()
            self.update()

    def _statuses(self) -> list[str]:
        """The statuses the plan's pack names (a pack without choices has no `alternative`)."""
        return [s for s in STYLES if s in self.labels]

    def _entries(self) -> list[tuple[str, float]]:
        metrics = QFontMetricsF(self.font())
        return [(s, self.SWATCH + 10 + metrics.horizontalAdvance(self.labels[s]) + 18) for s in self._statuses()]

    def _line(self) -> float:
        return max(22.0, QFontMetricsF(self.font()).height() + 6)

    def _layout(self, width: float) -> list[tuple[str, QPointF]]:
        x, y, out = 4.0, 4.0, []
        today_width = QFontMetricsF(self.font()).horizontalAdvance(self.today) + 24
        for status, w in [*self._entries(), ("today", today_width)]:
            if x + w > width and x > 4:
                x, y = 4.0, y + self._line()
            out.append((status, QPointF(x, y)))
            x += w
        return out

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._layout(float(width))[-1][1].y() + self._line() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(self.width() if self.width() > 200 else 900))

    def resizeEvent(self, event: object) -> None:
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetricsF(self.font())
        middle = (self._line() - 6) / 2  # swatch and text centred on the same line
        baseline = middle + (metrics.ascent() - metrics.descent()) / 2
        for status, pos in self._layout(float(self.width())):
            if status == "today":
                painter.setPen(QPen(QColor(theme.current.today), 3))
                painter.drawLine(QPointF(pos.x() + 6, pos.y() + middle - 8), QPointF(pos.x() + 6, pos.y() + middle + 8))
                painter.setPen(QColor(theme.current.text))
                painter.drawText(QPointF(pos.x() + 14, pos.y() + baseline), self.today)
                continue
            rect = QRectF(pos.x(), pos.y() + middle - 5.5, self.SWATCH, 11)
            draw_bar(painter, rect, status)
            draw_marker(painter, QPointF(rect.left() + 7, rect.center().y()), 13, status)
            painter.setPen(QColor(theme.current.text))
            painter.drawText(QPointF(rect.right() + 8, pos.y() + baseline), self.labels[status])
        painter.end()
