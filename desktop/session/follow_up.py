"""What a follow-up visit offers beyond its questions: recording a new fracture, and taking
the treatments accepted at the last visit as current treatment. Qt-free.

Both change answers only when the clinician asks (a tick in the wizard), and both are undone
as they were done: the answers they replaced are kept until the case is replaced (New, Open).
What they set is read from the rule pack (`patient.onset`, `patient.levels`,
`patient.earlier_fracture` in rules/pack.yaml; each item's `current_treatment`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.engine.pack.model import ACCEPTED_ON, RulePack
from desktop.engine.record import record

if TYPE_CHECKING:
    from .case_session import CaseSession

NEW_FRACTURE = ""  # the key of the new fracture's undo among the items' (an item id is never empty)


@record
class Proposal:
    """An item accepted at the last visit, and the current-treatment answers it would give."""

    item: str
    title: str
    accepted: date
    answers: tuple[tuple[str, Any], ...]


def new_fracture_fields(pack: RulePack) -> tuple[str, ...]:
    """The answers a new fracture asks again (its onset and levels): none if the pack names none."""
    patient = pack.patient
    return tuple(q for q in (patient.onset, patient.levels) if q)


def can_record_new_fracture(session: CaseSession) -> bool:
    return session.follow_up and bool(new_fracture_fields(session.planner.pack))


def recording_new_fracture(session: CaseSession) -> bool:
    return NEW_FRACTURE in session.offered


def set_new_fracture(session: CaseSession, on: bool) -> None:
    """A new fracture since the last visit: its onset and levels asked again, empty, and the
    earlier fracture answered yes (the one already recorded). Off: the answers back as they were."""
    pack = session.planner.pack
    asked = new_fracture_fields(pack)
    earlier = pack.patient.earlier_fracture
    changes: dict[str, Any] = dict.fromkeys(asked)
    if earlier:
        changes[earlier] = True
    session.router.reasked = frozenset(changes) if on else frozenset()  # before the wizard shows them
    _apply(session, NEW_FRACTURE, changes, on)


def proposals(session: CaseSession) -> list[Proposal]:
    """The items accepted at the last visit that say what current treatment they become."""
    if not session.follow_up or session.last_visit is None:
        return []
    pack = session.planner.pack
    items = {i.id: i for i in pack.items if i.current_treatment}
    out = []
    for decision in session.decisions:
        item = items.get(decision.item)
        if item is None or decision.decision != "accepted" or decision.date != session.last_visit:
            continue
        answers = tuple((qid, decision.date if value == ACCEPTED_ON else value)
                        for qid, value in item.current_treatment)
        out.append(Proposal(item.id, item.title, decision.date, answers))
    return out


def taken(session: CaseSession, item: str) -> bool:
    return item in session.offered


def set_taken(session: CaseSession, proposal: Proposal, on: bool) -> None:
    """The clinician confirms the patient takes what was accepted: its answers set (off: back)."""
    _apply(session, proposal.item, dict(proposal.answers), on)


def _apply(session: CaseSession, key: str, changes: dict[str, Any], on: bool) -> None:
    answers = dict(session.store.answers)
    if on == (key in session.offered):
        return
    if on:
        session.offered[key] = {qid: answers.get(qid) for qid in changes}
        answers.update(changes)
    else:
        answers.update(session.offered.pop(key))
    session.store.replace(answers)  # reaches the session as any answer does (the window connects it)


def last_answer(session: CaseSession, question: str) -> Any:
    """The last visit's answer to a question asked again at this one (None if there is none)."""
    if not session.follow_up or session.previous is None:
        return None
    return session.previous.get(question)
