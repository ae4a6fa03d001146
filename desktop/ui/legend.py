"""The timeline legend: each status as its bar pattern, marker shape and word."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .status_style import STYLES, draw_bar, draw_marker, status_word
from .timeline import TODAY_COLOUR


class Legend(QWidget):
    SWATCH = 34.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline legend")
        self.setAccessibleDescription(
            "; ".join(f"{status_word(s)}: {STYLES[s].marker.replace('_', ' ')} marker" for s in STYLES)
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _entries(self) -> list[tuple[str, float]]:
        metrics = QFontMetricsF(self.font())
        return [(s, self.SWATCH + 10 + metrics.horizontalAdvance(status_word(s)) + 18) for s in STYLES]

    def _layout(self, width: float) -> list[tuple[str, QPointF]]:
        x, y, out = 4.0, 4.0, []
        for status, w in [*self._entries(), ("today", 110.0)]:
            if x + w > width and x > 4:
                x, y = 4.0, y + 22
            out.append((status, QPointF(x, y)))
            x += w
        return out

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._layout(float(width))[-1][1].y() + 24)

    def resizeEvent(self, event: object) -> None:
        self.setFixedHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        for status, pos in self._layout(float(self.width())):
            if status == "today":
                painter.setPen(QPen(QColor(TODAY_COLOUR), 3))
                painter.drawLine(QPointF(pos.x() + 6, pos.y()), QPointF(pos.x() + 6, pos.y() + 16))
                painter.setPen(QColor("#111111"))
                painter.drawText(QPointF(pos.x() + 14, pos.y() + 13), "Today (visit)")
                continue
            rect = QRectF(pos.x(), pos.y() + 3, self.SWATCH, 11)
            draw_bar(painter, rect, status)
            draw_marker(painter, QPointF(rect.left() + 7, rect.center().y()), 13, status)
            painter.setPen(QColor("#111111"))
            painter.drawText(QPointF(rect.right() + 8, pos.y() + 13), status_word(status))
        painter.end()
