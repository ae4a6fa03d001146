"""The case wizard: one page per page of the rule pack's questions, an urgent page when a red
flag is present, and a review page. Routing, which questions apply and whether a page is
complete are all decided by `desktop.engine.case.routing`."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.engine.case.routing import REVIEW, URGENT, Router
from desktop.engine.pack.model import FactSpec, Page, RulePack
from desktop.session.case_session import CaseSession

from .answers import AnswerStore
from .end_pages import ReviewPage, UrgentPage, intro_label, update_completeness
from .field_keys import put_cursor
from .fields import Field, make_field
from .follow_up_boxes import NewFractureBox, TreatmentsBox, offer_boxes, show_last_answers
from .i18n import tr
from .onset_hint import show_onset_day


class QuestionPage(QWizardPage):
    def __init__(self, pack: RulePack, router: Router, store: AnswerStore, page: Page,
                 session: CaseSession | None = None) -> None:
        super().__init__()
        self.session = session  # a follow-up visit's offers and last answers (none in tools and tests)
        self.offers: list[NewFractureBox | TreatmentsBox] = []
        self.router = router
        self.store = store
        self.page_id = page.id
        self.pack = pack
        self.setTitle(page.title)
        self.intro = intro_label(page.intro)
        self.fields: dict[str, Field] = {}
        self.derived: list[FactSpec] = []  # facts computed from this page's answers (build)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields are the tab stops
        self.needed = QLabel()
        self.needed.setWordWrap(True)
        self.needed.setAccessibleName(tr("What is still needed on this page"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.page_scroll, 1)
        layout.addWidget(self.needed)
        store.changed.connect(self._store_changed)

    def build(self) -> None:
        """Create the fields the first time the page is needed (keeps start-up short)."""
        if self.fields:
            return
        inner = QWidget()
        column = QVBoxLayout(inner)
        questions = self.router.by_page[self.page_id]
        # facts computed from this page's answers (creatinine clearance, BMI): shown, read-only,
        # right after the last of their inputs
        on_page = {q.id for q in questions}
        self.derived = [f for f in self.pack.facts.values()
                        if f.inputs and f.kind == "number" and on_page.intersection(f.inputs)]
        inputs = {i for f in self.derived for i in f.inputs}
        last = max((n for n, q in enumerate(questions) if q.id in inputs), default=-1)
        self.computed = QLabel(inner)  # a child from the start: shown without a parent, it is a window
        self.computed.setWordWrap(True)
        self.computed.setAccessibleName(tr("Calculated from these answers"))
        self.computed.setVisible(bool(self.derived))
        if self.session is not None:
            self.offers = offer_boxes(self.pack, self.session, questions, inner)
            for box in self.offers:
                column.addWidget(box)
        for n, question in enumerate(questions):
            field = make_field(self.pack, question, inner)
            field.changed.connect(self._field_changed)
            self.fields[question.id] = field
            column.addWidget(field)
            if n == last:
                column.addWidget(self.computed)
        column.addStretch(1)
        self.page_scroll.setWidget(inner)

    def _store_changed(self, question_id: str) -> None:
        if not self.fields:
            return  # not built yet: it will load the answers when first shown
        if not question_id:  # everything was replaced (New, Open): show the new answers
            self.load()
        elif self.wizard() is None or self.wizard().currentPage() is self:
            self.refresh()  # other pages catch up when they are shown (initializePage)

    def _field_changed(self, question_id: str) -> None:
        self.store.set(question_id, self.fields[question_id].value())

    def load(self) -> None:
        """Show the store's answers in the fields (after New or Open)."""
        self.build()
        for qid, field in self.fields.items():
            field._building = True
            field.set_value(self.store.answers.get(qid))
            field._building = False
        self.refresh()

    def initializePage(self) -> None:
        self.load()

    def refresh(self) -> None:
        answers = self.store.answers
        shown = {q.id for q in self.router.asked(self.page_id, answers)}
        missing, invalid = self.router.page_problems(self.page_id, answers)
        for qid, field in self.fields.items():
            field.setVisible(qid in shown)
            field.set_error(invalid.get(qid))
        parts = []
        if missing:
            names = ", ".join(self.fields[q].question.short or self.fields[q].question.label for q in missing)
            parts.append(tr("Still needed: {names}.").format(names=names))
        if invalid:
            parts.append(tr("Correct the answers marked with a warning sign."))
        self.needed.setText(" ".join(parts))
        # a calculation shows while one of its inputs is asked here (not at a follow-up that asks none)
        self.computed.setVisible(any(i in shown for spec in self.derived for i in spec.inputs))
        if self.derived:
            facts = self.router.ctx(answers).facts
            lines = []
            for spec in self.derived:
                value = facts.get(spec.id)
                text = f"{value:.1f} {spec.unit or ''}".strip() if value is not None else tr("not calculated")
                lines.append(f"{escape(spec.label)}: <b>{escape(text)}</b>")
            self.computed.setText("<br>".join(lines))
        update_completeness(self)
        if self.session is not None:
            for box in self.offers:
                box.refresh()
            show_last_answers(self.fields, self.session)
        show_onset_day(self.fields, answers, self.router.ctx(answers).facts)  # last: it may change the onset

    def isComplete(self) -> bool:
        return not self.router.page_errors(self.page_id, self.store.answers)

    # -- the keyboard: the cursor goes where an answer is still needed --------------------------
    def shown_fields(self) -> list[Field]:
        self.build()
        asked = {q.id for q in self.router.asked(self.page_id, self.store.answers)}
        return [field for qid, field in self.fields.items() if qid in asked]

    def needed_fields(self) -> list[Field]:
        """The fields shown still unanswered (and required) or answered wrongly, in page order."""
        errors = self.router.page_errors(self.page_id, self.store.answers)
        return [field for field in self.shown_fields() if field.question.id in errors]

    def focus_needed(self, after: QWidget | None = None, reason: Qt.FocusReason = Qt.FocusReason.TabFocusReason
                     ) -> bool:
        """The cursor in the first field still needed after the one holding `after` (round to the
        top; with no `after`, from the top), else in the first field: False if there is none."""
        shown = self.shown_fields()
        needed = self.needed_fields()
        at = next((n for n, field in enumerate(shown) if after is not None and field.isAncestorOf(after)), -1)
        later = [field for field in needed if shown.index(field) > at]
        targets = later or needed or shown
        if not targets:
            return False
        entry = targets[0].entry()
        put_cursor(entry, reason)
        self.page_scroll.ensureWidgetVisible(entry)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter: to the next field still needed while the page is not complete; on a complete
        page the key goes on to the wizard (Next, or Finish)."""
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isComplete():
            self.focus_needed(QApplication.focusWidget())
            event.accept()
            return
        super().keyPressEvent(event)


class CaseWizard(QWizard):
    """A QWizard embedded in the main window: it never closes; Finish shows the plan."""

    completed = Signal()

    def __init__(self, pack: RulePack, router: Router, store: AnswerStore, parent: QWidget | None = None,
                 session: CaseSession | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("F&inish: show the plan"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Back"))
        self.pack = pack
        self.router = router
        self.store = store
        self.ids: dict[str, int] = {page.id: number for number, page in enumerate(pack.pages, start=1)}
        if pack.urgent_page is not None:
            self.ids[URGENT] = 90
        self.ids[REVIEW] = 99
        self.question_pages: list[QuestionPage] = []
        self._add(self.ids[pack.pages[0].id], QuestionPage(pack, router, store, pack.pages[0], session))
        self._pending = True  # the other pages: built when first needed, not before the first paint
        self.setStartId(1)
        self.question_pages[0].build()
        for which, name, description in (
            (QWizard.WizardButton.BackButton, tr("Back to the previous page"), tr("Every answer is kept.")),
            (QWizard.WizardButton.NextButton, tr("Next page"), tr("Enabled when this page's answers are valid.")),
            (QWizard.WizardButton.FinishButton, tr("Finish and show the plan"),
             tr("Gives the plan the whole window; Ctrl+1 brings the questions back.")),
        ):
            self.button(which).setAccessibleName(name)
            self.button(which).setAccessibleDescription(description)
        self.currentIdChanged.connect(lambda _id: self.focus_field())

    def _add(self, number: int, page: QWizardPage) -> None:
        if isinstance(page, QuestionPage):
            self.question_pages.append(page)
        self.setPage(number, page)

    def ensure_pages(self) -> None:
        """Every page built (the first is at start; the others the first time one is needed)."""
        if not self._pending:
            return
        self._pending = False
        pack, router, store = self.pack, self.router, self.store
        for page in pack.pages[1:]:
            self._add(self.ids[page.id], QuestionPage(pack, router, store, page, self.session))
        if pack.urgent_page is not None:
            self._add(self.ids[URGENT], UrgentPage(pack, router, store))
        self._add(self.ids[REVIEW], ReviewPage(pack, router, store))

    def validateCurrentPage(self) -> bool:
        self.ensure_pages()  # Next (button, key or next()) asks this before it turns the page
        return super().validateCurrentPage()

    def page(self, number: int) -> QWizardPage:
        if number != self.startId():
            self.ensure_pages()
        return super().page(number)

    def setStartId(self, number: int) -> None:
        if number != 1:
            self.ensure_pages()
        super().setStartId(number)

    def page_name(self, number: int | None = None) -> str:
        number = self.currentId() if number is None else number
        return next((name for name, n in self.ids.items() if n == number), "")

    def nextId(self) -> int:
        following = self.router.next_page(self.page_name(), self.store.answers)
        return self.ids[following] if following else -1

    def reload(self) -> None:
        """After New or Open: back to the first page with the store's answers."""
        self.restart()
        for page in self.question_pages:
            if page.fields:
                page.load()
        self.focus_field()

    def go_on_button(self) -> QAbstractButton | None:
        """Finish, else Next, if shown and enabled: the button Enter presses."""
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.NextButton):
            button = self.button(which)
            if button.isVisible() and button.isEnabled():
                return button
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter anywhere in the pages goes on (QDialog's default button is not always set after
        the page turns), and only ever within the wizard."""
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button = self.go_on_button()
            if button is not None:
                button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def focus_field(self, reason: Qt.FocusReason = Qt.FocusReason.TabFocusReason) -> None:
        """The cursor where typing answers this page: its first field still needed, else its
        first field (after Next, Back, New and Open, and Ctrl+1); on the urgent and review pages,
        which have no field, the button that goes on."""
        page = self.currentPage()
        if isinstance(page, QuestionPage) and page.focus_needed(reason=reason):
            return
        put_cursor(self.go_on_button() or page or self, reason)

    def go_to(self, name: str) -> None:
        """Walk forward to page `name` while the pages on the way are complete (after a rebuild)."""
        while self.page_name() != name and self.nextId() != -1 and self.currentPage().isComplete():
            self.next()

    def done(self, result: int) -> None:
        """Finish: stay open (the wizard is part of the main window) and show the plan."""
        self.completed.emit()
