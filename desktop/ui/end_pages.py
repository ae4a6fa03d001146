"""The wizard's pages that are not questions: the urgent page a red flag routes to (what to do
before the plan) and the review page (every answer, page by page); with the helpers every page
uses (its introduction, and telling the wizard its completeness without moving the cursor)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QStyle, QTextBrowser, QVBoxLayout, QWizardPage

from desktop.engine.case.routing import Router
from desktop.engine.pack.model import RulePack
from desktop.report.html import short_refs

from .answers import AnswerStore
from .i18n import tr


def intro_label(text: str) -> QLabel:
    """The page's introduction: a wrapped label that grows with its text (QWizard's subtitle
    keeps a fixed height and cuts long or translated text off)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(tr("About this page"))
    label.setAccessibleDescription(text)
    return label


def update_completeness(page: QWizardPage) -> None:
    """Emit completeChanged without losing the user's place: an embedded QWizard moves keyboard
    focus out of the page when it updates its buttons, which would pull the cursor away from
    the field being typed in."""
    focus = QApplication.focusWidget()
    page.completeChanged.emit()
    if focus is not None and focus is not QApplication.focusWidget() and focus.isVisible():
        focus.setFocus(Qt.FocusReason.OtherFocusReason)


class UrgentPage(QWizardPage):
    def __init__(self, pack: RulePack, router: Router, store: AnswerStore) -> None:
        super().__init__()
        assert pack.urgent_page is not None
        self.pack = pack
        self.router = router
        self.store = store
        self.setTitle(pack.urgent_page.title)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label(pack.urgent_page.intro))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32))
        icon.setAccessibleName(tr("Critical"))
        layout.addWidget(icon)
        self.todo = QLabel()
        self.todo.setWordWrap(True)
        self.todo.setTextFormat(Qt.TextFormat.RichText)
        self.todo.setAccessibleName(tr("What to do before the plan"))
        self.todo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.todo.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()  # large text and long alerts scroll, never cut
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.todo)
        scroll.setAccessibleName(tr("What to do before the plan"))
        scroll.setAccessibleDescription(tr("CRITICAL: do this first."))
        layout.addWidget(scroll, 1)

    def initializePage(self) -> None:
        rows = "".join(
            f"<li style='margin-bottom:8px'><b>{escape(a.text)}</b>"
            f"<br><small>" + escape(tr("Sources:")) + f" {short_refs(self.pack.sources, a.sources)}</small></li>"
            for a in self.router.urgent_actions(self.store.answers)
        )
        self.todo.setText("<p><b>" + escape(tr("CRITICAL: do this first.")) + f"</b></p><ol>{rows}</ol>")
        self.todo.setAccessibleDescription(self.todo.text())


class ReviewPage(QWizardPage):
    def __init__(self, pack: RulePack, router: Router, store: AnswerStore) -> None:
        super().__init__()
        self.pack = pack
        self.router = router
        self.store = store
        self.setTitle(tr("Review"))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(tr("Summary of the answers"))
        self.summary.setAccessibleDescription(tr("Every answer, page by page, as the plan will use it."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label(tr("Check the answers. Finish shows the plan; Back changes an answer (nothing is "
                                        "lost).")))
        layout.addWidget(self.summary)
        store.changed.connect(self._store_changed)

    def _store_changed(self, _question_id: str) -> None:
        if self.wizard() is not None and self.wizard().currentPage() is self:
            update_completeness(self)

    def initializePage(self) -> None:
        answers = self.store.answers
        parts = []
        for page in self.pack.pages:
            rows = "".join(
                f"<tr><td>{escape(q.short or q.label)}</td><td><b>{escape(q.display(answers.get(q.id)))}</b></td></tr>"
                for q in self.router.applicable(page.id, answers)
            )
            parts.append(f"<h3>{escape(page.title)}</h3><table cellspacing='4'>{rows}</table>")
        self.summary.setHtml("".join(parts))

    def isComplete(self) -> bool:
        return all(not self.router.page_errors(p.id, self.store.answers) for p in self.pack.pages)
