"""The plan side of the main window: critical-alert banner, warnings, assumptions, the
timeline with its legend, and the detail panel for the selected item."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.case.history import Decision, declined
from desktop.engine.plan.early import EarlyPlan
from desktop.engine.plan.plan import WARNING, Plan, PlanAlert
from desktop.report.html import short_refs, tag

from . import theme
from .i18n import fmt_date, tr, words

if TYPE_CHECKING:
    from .decision_bar import DecisionBar
    from .legend import Legend
    from .this_visit_box import ThisVisitBox
    from .timeline import TimelineWidget
    from .timeline_list import TimelineList


class Strip(QFrame):
    """A coloured strip with an icon and a heading word, so it is not told apart by colour alone."""

    def __init__(self, name: str, title: str, icon: QStyle.StandardPixmap) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet(theme.strip_style(name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.icon: QStyle.StandardPixmap | None = icon  # drawn when first shown (most strips start hidden)
        self.picture = picture = QLabel()
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(title)
        layout.addWidget(picture)
        layout.addWidget(self.text, 1)
        self.hide()

    def draw_icon(self) -> None:
        """The icon, drawn before the strip is first shown."""
        if self.icon is not None:
            self.picture.setPixmap(self.style().standardIcon(self.icon).pixmap(24, 24))
            self.icon = None

    def show_text(self, heading: str, text: str) -> None:
        if not text:
            self.hide()
            return
        self.text.setText(f"<b>{escape(heading)}</b> {text}")
        self.text.setAccessibleDescription(self.text.text())
        self.draw_icon()
        self.show()

    def show_lines(self, heading: str, lines: list[str]) -> None:
        if not lines:
            self.hide()
            return
        body = "".join(f"<li>{line}</li>" for line in lines)
        self.text.setText(f"<b>{escape(heading)}</b><ul style='margin:0'>{body}</ul>")
        self.text.setAccessibleDescription(self.text.text())
        self.draw_icon()
        self.show()


class TimelineScroll(QScrollArea):
    def __init__(self, timeline: TimelineWidget) -> None:
        super().__init__()
        self.timeline = timeline
        self.setWidget(timeline)
        self.setWidgetResizable(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: timeline.update())
        self.verticalScrollBar().valueChanged.connect(lambda _v: timeline.update())  # the header is pinned

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.timeline.set_visible_width(float(self.viewport().width()))


class StripsScroll(QScrollArea):
    """The summary line, alerts, This visit and assumptions above the timeline: as tall as they
    are, up to half the plan's height (then they scroll, so large text never cuts them)."""

    SHARE = 0.5

    def __init__(self, strips: QWidget) -> None:
        super().__init__()
        self.inner = strips
        self.setWidget(strips)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(tr("Plan summary and alerts"))
        self.setAccessibleDescription(tr("The day and phase, critical alerts, what to do at this visit, warnings and "
                                         "assumptions, above the timeline."))

    def sizeHint(self) -> QSize:
        inner = self.inner
        wanted = inner.heightForWidth(self.viewport().width()) if inner.hasHeightForWidth() else -1
        height = wanted if wanted > 0 else inner.sizeHint().height()
        parent = self.parentWidget()
        limit = int(parent.height() * self.SHARE) if parent is not None and parent.height() > 0 else height
        return QSize(super().sizeHint().width(), min(height, limit) + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()


class PlanPanel(QWidget):
    decisionChanged = Signal(str, object)  # item id, Decision or None

    def __init__(self, reasons: dict[str, str], parent: QWidget | None = None) -> None:
        """`reasons` are offered when deciding on an item; everything shown comes from the plan."""
        super().__init__(parent)
        self.reasons = reasons
        self.plan: Plan | None = None
        self.decisions: dict[str, Decision] = {}
        self._detail_html = ""
        self.stack = QStackedWidget()
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setTextFormat(Qt.TextFormat.RichText)
        self.waiting.setAccessibleName(tr("Plan not ready yet"))
        # red flags first: what the plan will certainly say, shown before the other answers
        critical, urgent = QStyle.StandardPixmap.SP_MessageBoxCritical, QStyle.StandardPixmap.SP_MessageBoxWarning
        self.early_critical = Strip("critical_alerts", tr("Critical alerts"), critical)
        self.early_urgent = Strip("critical_alerts", tr("Urgent today"), urgent)
        waiting_page = QWidget()
        waiting_layout = QVBoxLayout(waiting_page)
        waiting_layout.setContentsMargins(0, 0, 0, 0)
        waiting_layout.addWidget(self.early_critical)
        waiting_layout.addWidget(self.early_urgent)
        waiting_layout.addWidget(self.waiting, 1)
        self.stack.addWidget(waiting_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)
        self._view: _PlanView | None = None  # built on first need: the start shows the waiting text
        self.show_waiting([])

    @property
    def view(self) -> _PlanView:
        """The plan's widgets (timeline, legend, details, decision bar), built the first time
        they are needed: a plan is shown, or a shortcut or a test reaches for one."""
        if self._view is None:
            self._view = _PlanView(self)
            self.stack.addWidget(self._view.widget)
        return self._view

    # the plan view's widgets, as the panel's
    @property
    def header(self) -> QLabel:
        return self.view.header

    @property
    def critical(self) -> Strip:
        return self.view.critical

    @property
    def warnings(self) -> Strip:
        return self.view.warnings

    @property
    def assumed(self) -> Strip:
        return self.view.assumed

    @property
    def this_visit(self) -> ThisVisitBox:
        return self.view.visit

    @property
    def items_list(self) -> TimelineList:
        return self.view.items_list

    @property
    def timeline(self) -> TimelineWidget:
        return self.view.timeline

    @property
    def timeline_scroll(self) -> TimelineScroll:
        return self.view.timeline_scroll

    @property
    def legend(self) -> Legend:
        return self.view.legend

    @property
    def detail(self) -> QTextBrowser:
        return self.view.detail

    @property
    def decision_bar(self) -> DecisionBar:
        return self.view.decision_bar

    def restyle(self) -> None:
        """After a theme change: the strips' colours; the custom-drawn views repaint."""
        if self._view is None:
            return  # built later, in the theme then in use
        for strip in (self.critical, self.warnings, self.assumed):
            strip.setStyleSheet(theme.strip_style(strip.objectName()))
        self.view.visit.restyle()
        self.timeline.update()
        self.legend.update()

    def show_waiting(self, needed: list[str], early: EarlyPlan | None = None) -> None:
        """No plan yet: what is still needed, and first what a red flag already decides."""
        self.plan = None
        if self._view is not None:
            self.timeline.set_plan(None)
        early = early or EarlyPlan()
        self.early_critical.show_lines(tr("CRITICAL"), [
            f"{escape(a.text)} <small>({short_refs(early.sources, a.sources)})</small>" for a in early.alerts])
        self.early_urgent.show_lines(tr("Urgent today"), [
            escape(f"{i.title} · {i.status_label}: {i.reason}") for i in early.items])
        items = "".join(f"<li>{escape(n)}</li>" for n in needed)
        listing = tag("p", tr("Still needed:")) + f"<ul>{items}</ul>" if needed else ""
        self.waiting.setText(
            tag("h2", tr("The plan appears here"))
            + tag("p", tr("as soon as the questions on the left are answered.")) + listing
        )
        self.waiting.setAccessibleDescription(self.waiting.text())
        self.stack.setCurrentIndex(0)

    def show_plan(self, plan: Plan, decisions: dict[str, Decision] | None = None) -> None:
        self.plan = plan
        self.decisions = decisions or {}
        summary = tr("Day {day} since onset, {phase} phase.").format(day=plan.day, phase=plan.phase_label.lower())
        rest = tr("Visit {visit}; onset {onset}. Site profile: {profile}. Rule pack {version} (sha256 {hash}…).")
        rest = rest.format(
            visit=fmt_date(plan.visit_date), onset=fmt_date(plan.onset_date), profile=plan.profile_name,
            version=plan.pack_version, hash=plan.pack_sha256[:12])
        self.header.setText(f"<b>{escape(summary)}</b> {escape(rest)}")
        def lines(alerts: tuple[PlanAlert, ...]) -> list[str]:
            return [f"{escape(a.text)} <small>({short_refs(plan.sources, a.sources)})</small>" for a in alerts]

        self.critical.show_lines(tr("CRITICAL"), lines(plan.critical_alerts()))
        self.view.visit.show_plan(plan, declined(self.decisions))
        self.warnings.show_lines(tr("Warnings"), lines(tuple(a for a in plan.other_alerts() if a.severity == WARNING)))
        names = [escape(a.name) for a in plan.assumptions]
        more = escape(tr("What each assumption means is under Plan notes and on the items."))
        self.assumed.show_text(
            tr("Assumed, because left unknown:"), "; ".join(names) + f". <small>{more}</small>" if names else ""
        )
        self.legend.set_labels(plan.status_labels)
        self.timeline.set_plan(plan, {k: d.decision for k, d in self.decisions.items()})
        timeline = self.timeline
        shown = [r.item for r in timeline.rows if r.item is not None]
        self.view.items_list.set_items(shown, lambda i: f"{timeline.label(i)} · {timeline.dates_of(i)}")
        self.show_item(self.timeline.selected)
        self.stack.setCurrentIndex(1)

    def show_item(self, item_id: object) -> None:
        if self.plan is None:
            return
        item = self.plan.item(item_id) if isinstance(item_id, str) else None
        self.view.items_list.select(item.id if item else None)
        decidable = item is not None and item.decidable  # offered, or an alternative to the first choice
        self.decision_bar.show_for(item.id if item else None, item.title if item else "", self.decisions.get(
            item.id) if item else None, decidable)
        from desktop.report.detail_html import item_html, plan_notes_html

        html = item_html(self.plan, item, words()) if item else plan_notes_html(self.plan, words())
        if html != self._detail_html:  # re-laying out rich text is the slow part: skip if unchanged
            self._detail_html = html
            self.detail.setHtml(html)


class _PlanView:
    """The plan's side of the panel's stack: summary, strips, timeline, legend, decision bar, details."""

    def __init__(self, panel: PlanPanel) -> None:
        from .decision_bar import DecisionBar
        from .legend import Legend
        from .this_visit_box import ThisVisitBox
        from .timeline import TimelineWidget
        from .timeline_list import TimelineList

        self.widget = plan_view = QWidget()
        column = QVBoxLayout(plan_view)
        column.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setAccessibleName(tr("Plan summary"))
        self.critical = Strip("critical_alerts", tr("Critical alerts"), QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.warnings = Strip("warnings", tr("Warnings"), QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.assumed = Strip("assumptions", tr("Assumptions"), QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.visit = ThisVisitBox(lambda item: self.timeline.select(item))
        self.timeline = TimelineWidget()
        self.timeline.setAccessibleDescription(tr("Up and Down select an item; its details appear below."))
        self.timeline_scroll = TimelineScroll(self.timeline)
        self.legend = Legend()
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(True)
        self.detail.setAccessibleName(tr("Details of the selected item"))
        self.detail.setAccessibleDescription(
            tr("Dose, dates, status, strength of recommendation, citations and the answers behind the item."))
        strips = QWidget()
        strips_layout = QVBoxLayout(strips)
        strips_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.header, self.critical, self.visit, self.warnings, self.assumed):
            strips_layout.addWidget(widget)
        self.strips = StripsScroll(strips)  # scrolls, never cuts, when large text makes them tall
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.strips)
        top_layout.addWidget(self.timeline_scroll, 1)
        top_layout.addWidget(self.legend)
        self.decision_bar = DecisionBar(panel.reasons)
        self.decision_bar.changed.connect(panel.decisionChanged)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.decision_bar)
        details_layout.addWidget(self.detail, 1)
        self.items_list = TimelineList()  # the timeline's items as a list (screen readers, arrows)
        self.items_list.itemChosen.connect(self.timeline.select)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.items_list)
        bottom.addWidget(details)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 3)
        bottom.setSizes([300, 700])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 260])
        column.addWidget(split)
        self.timeline.itemSelected.connect(panel.show_item)
