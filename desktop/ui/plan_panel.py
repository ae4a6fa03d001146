"""The plan side of the main window: critical-alert banner, warnings, assumptions, the
timeline with its legend, and the detail panel for the selected item."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.history import Decision
from desktop.engine.model import RulePack
from desktop.engine.plan import Plan

from .decision_bar import DecisionBar
from .legend import Legend
from .plan_html import fmt_date, item_html, plan_notes_html, short_refs
from .timeline import TimelineWidget


class Strip(QFrame):
    """A coloured strip with an icon and a heading word, so it is not told apart by colour alone."""

    def __init__(self, name: str, icon: QStyle.StandardPixmap, background: str, foreground: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet(
            f"#{name} {{ background: {background}; border-radius: 4px; }} #{name} QLabel {{ color: {foreground}; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        picture = QLabel()
        picture.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(name.replace("_", " "))
        layout.addWidget(picture)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_text(self, heading: str, text: str) -> None:
        if not text:
            self.hide()
            return
        self.text.setText(f"<b>{escape(heading)}</b> {text}")
        self.text.setAccessibleDescription(self.text.text())
        self.show()

    def show_lines(self, heading: str, lines: list[str]) -> None:
        if not lines:
            self.hide()
            return
        body = "".join(f"<li>{line}</li>" for line in lines)
        self.text.setText(f"<b>{escape(heading)}</b><ul style='margin:0'>{body}</ul>")
        self.text.setAccessibleDescription(self.text.text())
        self.show()


class TimelineScroll(QScrollArea):
    def __init__(self, timeline: TimelineWidget) -> None:
        super().__init__()
        self.timeline = timeline
        self.setWidget(timeline)
        self.setWidgetResizable(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: timeline.update())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.timeline.set_visible_width(float(self.viewport().width()))


class PlanPanel(QWidget):
    decisionChanged = Signal(str, object)  # item id, Decision or None

    def __init__(self, pack: RulePack, phase_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.phase_labels = phase_labels
        self.plan: Plan | None = None
        self.decisions: dict[str, Decision] = {}
        self._detail_html = ""
        self.stack = QStackedWidget()
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setTextFormat(Qt.TextFormat.RichText)
        self.waiting.setAccessibleName("Plan not ready yet")
        self.stack.addWidget(self.waiting)

        plan_view = QWidget()
        column = QVBoxLayout(plan_view)
        column.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setAccessibleName("Plan summary")
        self.critical = Strip("critical_alerts", QStyle.StandardPixmap.SP_MessageBoxCritical, "#b3261e", "#ffffff")
        self.warnings = Strip("warnings", QStyle.StandardPixmap.SP_MessageBoxWarning, "#fff0c2", "#3d2c00")
        self.assumed = Strip("assumptions", QStyle.StandardPixmap.SP_MessageBoxInformation, "#eef3f8", "#13263a")
        lanes = [(lane.id, lane.label) for lane in pack.lanes]
        self.timeline = TimelineWidget(lanes)
        self.timeline_scroll = TimelineScroll(self.timeline)
        self.legend = Legend()
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(True)
        self.detail.setAccessibleName("Details of the selected item")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.header, self.critical, self.warnings, self.assumed):
            top_layout.addWidget(widget)
        top_layout.addWidget(self.timeline_scroll, 1)
        top_layout.addWidget(self.legend)
        self.decision_bar = DecisionBar(pack)
        self.decision_bar.changed.connect(self.decisionChanged)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.decision_bar)
        bottom_layout.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 260])
        column.addWidget(split)
        self.stack.addWidget(plan_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)
        self.timeline.itemSelected.connect(self.show_item)
        self.show_waiting([])

    def show_waiting(self, needed: list[str]) -> None:
        self.plan = None
        self.timeline.set_plan(None, [])
        items = "".join(f"<li>{escape(n)}</li>" for n in needed)
        listing = f"<p>Still needed:</p><ul>{items}</ul>" if needed else ""
        self.waiting.setText(
            "<h2>The plan appears here</h2><p>as soon as the questions on the left are answered.</p>" + listing
        )
        self.waiting.setAccessibleDescription(self.waiting.text())
        self.stack.setCurrentIndex(0)

    def show_plan(self, plan: Plan, phase_starts: list[int], decisions: dict[str, Decision] | None = None) -> None:
        self.plan = plan
        self.decisions = decisions or {}
        phases = [(self.phase_labels[p.id], start) for p, start in zip(self.pack.phases, phase_starts, strict=True)]
        self.header.setText(
            f"<b>Day {plan.day} since onset, {self.phase_labels[plan.phase].lower()} phase.</b> "
            f"Visit {fmt_date(plan.visit_date)}; onset {fmt_date(plan.onset_date)}. "
            f"Site profile: {escape(plan.profile_name)}. "
            f"Rule pack {escape(plan.pack_version)} (sha256 {escape(plan.pack_sha256[:12])}…)."
        )
        def lines(severity: str) -> list[str]:
            return [
                f"{escape(a.text)} <small>({short_refs(self.pack, a.sources)})</small>"
                for a in plan.alerts
                if a.severity == severity
            ]

        self.critical.show_lines("CRITICAL", lines("critical"))
        self.warnings.show_lines("Warnings", lines("warning"))
        questions = [self.pack.question(a.input) for a in plan.assumptions]
        names = [escape(q.short or q.label) for q in questions]
        self.assumed.show_text(
            "Assumed, because left unknown:",
            "; ".join(names) + ". <small>What each assumption means is under Plan notes and on the items.</small>"
            if names else "",
        )
        self.timeline.set_plan(plan, phases, {k: d.decision for k, d in self.decisions.items()})
        self.show_item(self.timeline.selected)
        self.stack.setCurrentIndex(1)

    def show_item(self, item_id: object) -> None:
        if self.plan is None:
            return
        item = self.plan.item(item_id) if isinstance(item_id, str) else None
        offered = item is not None and item.status in self.pack.status_groups.get("offered", ())
        self.decision_bar.show_for(item.id if item else None, item.title if item else "", self.decisions.get(
            item.id) if item else None, offered)
        html = item_html(self.pack, self.plan, item) if item else plan_notes_html(self.pack, self.plan)
        if html != self._detail_html:  # re-laying out rich text is the slow part: skip if unchanged
            self._detail_html = html
            self.detail.setHtml(html)
