"""What a follow-up visit shows beyond its questions: a tick to record a new fracture (on the
page of the onset), the treatments accepted at the last visit to confirm as current treatment
(on the page of the current treatment), and the last visit's answer beside each question asked
again. The session decides what each does (desktop/session/follow_up.py)."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from desktop.engine.pack.model import ASKED_EMPTY, Question, RulePack
from desktop.session import follow_up
from desktop.session.case_session import CaseSession

from .fields import Field
from .i18n import fmt_date, tr


def shown(question: Question, value: Any) -> str:
    """An answer as the clinician reads it on screen (dates in words)."""
    return fmt_date(value) if isinstance(value, date) else question.display(value)


def wrapped(text: str, parent: QWidget, bold: bool = False) -> QLabel:
    """A line that wraps (a check box's own text never does, and would widen the page)."""
    label = QLabel(f"<b>{escape(text)}</b>" if bold else escape(text), parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class NewFractureBox(QWidget):
    """Ticked: the new fracture's onset and levels are asked again, empty; unticked: back."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 6)
        self.tick = QCheckBox(tr("A new fracture since the last visit"), self)
        about = tr("Asks its onset and levels again; the fracture already recorded becomes an earlier fragility "
                   "fracture.")
        self.tick.setAccessibleDescription(about)
        column.addWidget(self.tick)
        column.addWidget(wrapped(about, self))
        self.tick.toggled.connect(lambda on: follow_up.set_new_fracture(self.session, on))

    def refresh(self) -> None:
        self.setVisible(follow_up.can_record_new_fracture(self.session))
        self.tick.blockSignals(True)
        self.tick.setChecked(follow_up.recording_new_fracture(self.session))
        self.tick.blockSignals(False)


class TreatmentsBox(QFrame):
    """One tick per item accepted at the last visit: ticked, its current-treatment answers set."""

    def __init__(self, pack: RulePack, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.pack = pack
        self.session = session
        self.column = QVBoxLayout(self)
        self.heading = wrapped("", self, bold=True)
        self.column.addWidget(self.heading)
        self.ticks: list[QCheckBox] = []
        self.lines: list[QLabel] = []
        self.shown_for: tuple[follow_up.Proposal, ...] = ()

    def refresh(self) -> None:
        proposals = tuple(follow_up.proposals(self.session))
        self.setVisible(bool(proposals))
        if proposals != self.shown_for:
            self._build(proposals)
        for tick, proposal in zip(self.ticks, proposals, strict=True):
            tick.blockSignals(True)
            tick.setChecked(follow_up.taken(self.session, proposal.item))
            tick.blockSignals(False)

    def _build(self, proposals: tuple[follow_up.Proposal, ...]) -> None:
        for widget in (*self.ticks, *self.lines):
            widget.deleteLater()
        self.ticks, self.lines = [], []
        self.shown_for = proposals
        if not proposals:
            return
        title = tr("Accepted at the last visit ({date}): tick what the patient now takes")
        self.heading.setText(f"<b>{escape(title.format(date=fmt_date(proposals[0].accepted)))}</b>")
        self.setAccessibleName(title.format(date=fmt_date(proposals[0].accepted)))
        for proposal in proposals:
            sets = "; ".join(f"{(q := self.pack.question(qid)).short or q.label}: {shown(q, value)}"
                             for qid, value in proposal.answers)
            tick = QCheckBox(proposal.title, self)
            tick.setAccessibleDescription(sets)
            tick.toggled.connect(lambda on, p=proposal: follow_up.set_taken(self.session, p, on))
            line = wrapped(sets, self)
            line.setIndent(24)
            self.column.addWidget(tick)
            self.column.addWidget(line)
            self.ticks.append(tick)
            self.lines.append(line)


def show_last_answers(fields: dict[str, Field], session: CaseSession) -> None:
    """Beside each question given afresh at this visit (pain, a new fracture's onset and levels),
    the last visit's answer: shown, not filled in."""
    again = session.router.reasked
    for qid, field in fields.items():
        question = field.question
        value = follow_up.last_answer(session, qid)
        if value is None or value == [] or not (question.follow_up == ASKED_EMPTY or qid in again):
            field.set_hint(None)
            continue
        field.set_hint(tr("At the last visit: {answer}").format(answer=shown(question, value)))


def offer_boxes(pack: RulePack, session: CaseSession, questions: list[Question], parent: QWidget
                ) -> list[NewFractureBox | TreatmentsBox]:
    """The boxes a page with these questions shows at a follow-up visit (none on most pages)."""
    ids = {q.id for q in questions}
    boxes: list[NewFractureBox | TreatmentsBox] = []
    if pack.patient.onset in ids:
        boxes.append(NewFractureBox(session, parent))
    treatment = {qid for item in pack.items for qid, _ in item.current_treatment}
    if treatment & ids:
        boxes.append(TreatmentsBox(pack, session, parent))
    return boxes
