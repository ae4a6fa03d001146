"""The "This visit" box at the top of the plan: what to do today and the next review; each
item is a link (mouse, or Tab and Enter) that selects it in the timeline."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from desktop.engine.plan.plan import Plan
from desktop.engine.plan.this_visit import ThisVisit, this_visit
from desktop.report.this_visit_html import ITEM_LINK, heading, this_visit_html, this_visit_text

from . import theme
from .i18n import tr, words


class ThisVisitBox(QFrame):
    NAME = "this_visit"

    def __init__(self, select: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName(self.NAME)
        self.setStyleSheet(theme.strip_style(self.NAME))
        self.select = select
        self.visit: ThisVisit | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setAccessibleName(tr("This visit"))
        self.text.linkActivated.connect(self._link)
        layout.addWidget(self.text)

    def restyle(self) -> None:
        self.setStyleSheet(theme.strip_style(self.NAME))

    def show_plan(self, plan: Plan, declined: set[str]) -> None:
        self.visit = visit = this_visit(plan, declined)
        self.text.setText(f"<b>{escape(heading(visit, words()))}</b><br>{this_visit_html(visit, words(), links=True)}")
        self.text.setAccessibleDescription(" ".join(this_visit_text(visit, words())))

    def _link(self, href: str) -> None:
        if href.startswith(ITEM_LINK):
            self.select(href[len(ITEM_LINK):])
