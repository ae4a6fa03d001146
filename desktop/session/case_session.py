"""The open case: its file, unsaved changes, decisions, visit history and autosaved draft;
saving writes the clinic register too, when the session has one.

Qt-free. The window passes what it needs from Qt as plain objects: the answer store the
wizard edits (anything with `answers` and `replace`), the draft store, and a `Timer` to
schedule the autosave; it listens with `on_change` and `on_autosave`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop.casefile import open_case, recorded_case
from desktop.engine import Case, CaseErrors, Planner, validate_answers
from desktop.engine.case.dates import iso_date
from desktop.engine.case.history import (
    Decision,
    Visit,
    current_decisions,
    decisions_to_data,
    read_decisions,
    read_visits,
    visits_to_data,
)
from desktop.engine.case.migrate import Migrated
from desktop.engine.case.routing import AnswersKey, Router, answers_key, default_answers
from desktop.engine.pack.errors import CaseError
from desktop.engine.plan.plan import Plan
from desktop.files import write_atomic

from .draft_answers import answer_errors, typed_answers

if TYPE_CHECKING:  # the register is imported when first saved to, not at start-up
    from desktop.register.rows import PatientRow
    from desktop.register.schema import RegisterError
    from desktop.register.store import Register


class Answers(Protocol):
    """The answers being entered (the UI's AnswerStore): replacing them tells the wizard."""

    answers: dict[str, Any]

    def replace(self, answers: dict[str, Any]) -> None: ...


class Drafts(Protocol):
    """Where drafts are kept (the UI's DraftStore: one locked file per running app)."""

    def write(self, state: dict[str, Any]) -> None: ...
    def clear(self) -> None: ...
    def release(self) -> None: ...


class Timer(Protocol):
    """A single-shot timer: `start(ms)` (re)starts it, `stop()` cancels; it calls `autosave`."""

    def start(self, ms: int) -> None: ...
    def stop(self) -> None: ...


class NoTimer:
    """For tools and tests without an event loop: autosave only when asked."""

    def start(self, ms: int) -> None:
        pass

    def stop(self) -> None:
        pass


def plain_value(value: Any) -> Any:
    """A value as JSON holds it (dates as YYYY-MM-DD)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


AUTOSAVE_DELAY_MS = 200



class CaseSession:
    """One case being worked on. `on_change` is called when its unsaved state, file name,
    decisions or visit kind changed; `on_autosave` with why the last autosave failed, or ""
    once one succeeded. Answer edits reach it through `mark_dirty` (the window connects the
    store's signal)."""

    def __init__(
        self, planner: Planner, router: Router, store: Answers, drafts: Drafts | None, today: date,
        timer: Timer | None = None,
    ) -> None:
        self.on_change: list[Callable[[], None]] = []
        self.on_autosave: list[Callable[[str], None]] = []
        self.planner = planner
        self.router = router
        self.store = store
        self.drafts = drafts
        self.today = today
        self.path: Path | None = None
        self.previous: dict[str, Any] | None = None
        self.last_visit: date | None = None
        self.decisions: list[Decision] = []
        self.visits: list[Visit] = []
        self.migrated: list[Migrated] = []  # what opening an older case format assumed
        self.offered: dict[str, dict[str, Any]] = {}  # follow_up.py: what a follow-up's offers replaced
        self.dirty = False
        self.autosave_problem = ""  # why the last autosave failed ("" if it did not)
        self._checked: tuple[AnswersKey, Case | CaseErrors] | None = None
        self._planned: tuple[Case, Plan] | None = None
        self._timer = timer or NoTimer()
        self.register: Register | None = None  # saving writes it too (the window sets it)
        self.who = ""  # who saves: recorded with each visit in the register and its audit trail
        self.saved_visit: int | None = None  # the register's id of the visit last saved
        self.duplicates: list[PatientRow] = []  # a patient just added looks like these (same name and birth year)

    def _changed(self) -> None:
        for listener in self.on_change:
            listener()

    # -- state -----------------------------------------------------------------------------------
    @property
    def follow_up(self) -> bool:
        return self.router.follow_up

    def visit_date(self) -> date:
        value = self.store.answers.get("visit_date")
        return value if isinstance(value, date) else self.today

    def decision_map(self) -> dict[str, Decision]:
        return current_decisions(self.decisions, self.visit_date())

    def validated(self, effective: dict[str, Any]) -> Case:
        """The case for these (effective) answers, validated once however often it is asked
        for (CaseErrors while they are incomplete or wrong)."""
        key = answers_key(effective)
        if self._checked is None or self._checked[0] != key:
            try:
                pack, params = self.planner.pack, self.planner.params
                case = validate_answers(pack, effective, params, self.today)
                # the plan says what opening an older format assumed, while the answer is still that
                case.warnings.extend((m.field, m.text) for m in self.migrated if effective.get(m.field) == m.value)
                result: Case | CaseErrors = case
            except CaseErrors as exc:
                result = exc
            self._checked = (key, result)
        result = self._checked[1]
        if isinstance(result, CaseErrors):
            raise CaseErrors(result.errors)
        return result

    def current(self) -> Case | list[str]:
        """The case for the answers as they stand, or what is still needed (each question's short
        name, and what is wrong where an answer is)."""
        try:
            return self.validated(self.router.effective_answers(self.store.answers))
        except CaseErrors as exc:
            out = []
            for error in exc.errors:
                question = self.planner.pack.question(error.field)
                name = question.short or question.label
                out.append(name if error.missing else f"{name}: {error.message}")
            return out

    def plan(self, case: Case) -> Plan:
        """The plan for `case`, computed once however often it is asked for."""
        if self._planned is None or self._planned[0] is not case:
            self._planned = (case, self.planner.plan(case))
        return self._planned[1]

    def mark_dirty(self) -> None:
        self.dirty = True
        self._timer.start(AUTOSAVE_DELAY_MS)
        self._changed()

    def set_decision(self, item_id: str, decision: Decision | None) -> None:
        visit = self.visit_date()
        self.decisions = [d for d in self.decisions if not (d.item == item_id and d.date == visit)]
        if decision is not None:
            self.decisions.append(Decision(item_id, decision.decision, decision.reason, decision.note, visit))
        self.mark_dirty()

    def _reset(self, answers: dict[str, Any], follow_up: bool, reasked: frozenset[str] = frozenset()) -> None:
        self.router.follow_up = follow_up
        self.router.reasked = reasked
        self.offered = {}
        self.store.replace(answers)

    # -- files -----------------------------------------------------------------------------------
    def new(self) -> None:
        self.path, self.previous, self.last_visit = None, None, None
        self.decisions, self.visits, self.migrated = [], [], []
        self._reset(default_answers(self.router, self.today), False)
        self._saved()

    def open(self, path: str | Path) -> None:
        """Open a case file for a new (or continued) visit. CaseErrors/OSError: nothing changes."""
        opened = open_case(self.planner.pack, self.planner.params, path, self.today)
        self.path = Path(path)
        self.previous, self.last_visit = opened.previous, opened.last_visit
        self.decisions, self.visits = opened.decisions, opened.visits
        self.migrated = list(opened.case.migrated)
        # the file was just validated: its answers need no second validation (a new visit's do)
        self._checked = (answers_key(opened.case.answers), Case(dict(opened.case.answers), list(opened.case.warnings)))
        self._reset(opened.answers, opened.follow_up)
        self.dirty = opened.follow_up  # a new visit is unsaved work
        self._changed()

    def open_text(self, text: str) -> None:
        """Open a case file's text (a visit kept in the register) as `open` opens a file; the
        case then has no file: saving writes the register (a file only with a name given)."""
        with tempfile.TemporaryDirectory(prefix="ovcf-") as folder:  # owner-only folder
            path = Path(folder) / "visit.yaml"
            write_atomic(path, text.encode("utf-8"))
            self.open(path)
        self.path = None
        self._changed()

    def save(self, path: str | Path | None = None) -> None:
        """Save to `path` (or the current file) and to the register if there is one; without a
        file, to the register only. CaseErrors/OSError/RegisterError before anything was
        written: nothing is lost, still unsaved. RegisterError once the file is written: the
        file is saved (the case is not unsaved), the register is not."""
        target = Path(path) if path is not None else self.path
        assert target is not None or self.register is not None, "save needs a file name"
        effective = self.router.effective_answers(self.store.answers)
        case, plan, text = self._recorded(effective)
        if target is not None:
            write_atomic(target, text.encode("utf-8"))
        problem: RegisterError | None = None
        if self.register is not None:
            from desktop.register.schema import RegisterError

            try:
                self._save_to_register(case, plan, text, target)
            except RegisterError as exc:
                if target is None:
                    raise
                problem = exc
        self.visits = case.visits
        self.path = target
        self._saved()
        if problem is not None:
            raise problem

    def _recorded(self, answers: dict[str, Any]) -> tuple[Case, Plan, str]:
        """The case with this visit recorded in its history, its plan, and the file's text."""
        return recorded_case(self.planner, answers, self.previous, self.decisions, self.visits, self.today)

    def _save_to_register(self, case: Case, plan: Plan, text: str, target: Path | None) -> None:
        register = self.register
        assert register is not None
        field = self.planner.pack.patient.name
        name = str(case.answers.get(field) or "").strip() if field else ""
        before = {p.id for p in register.patients(name)} if name else set()
        self.saved_visit = register.save_visit(
            self.planner, case, plan, text, who=self.who, source_file=str(target) if target else None,
            decisions=list(self.decisions))
        self.duplicates = []
        added = [p for p in register.patients(name) if p.id not in before] if name else []
        if len(added) == 1:  # a new patient: is it one already known under a slightly other name?
            self.duplicates = register.possible_duplicates(name, added[0].birth_year, exclude=added[0].id)

    def _saved(self) -> None:
        self.dirty = False
        self._timer.stop()
        if self.drafts is not None:
            self.drafts.clear()
        self._changed()

    # -- drafts ----------------------------------------------------------------------------------
    def autosave(self) -> None:
        if self.dirty and self.drafts is not None:
            self.write_draft()

    def write_draft(self) -> bool:
        """Write the draft now; False (and `autosave_problem` says why) if it failed or there is
        nowhere to write it. A failure is reported until a later write succeeds."""
        if self.drafts is None:
            return False
        try:
            self.drafts.write(self.draft_state())
        except OSError as exc:
            self._autosaved(exc.strerror or str(exc))
            return False
        self._autosaved("")
        return True

    def _autosaved(self, problem: str) -> None:
        if problem != self.autosave_problem:
            self.autosave_problem = problem
            for listener in self.on_autosave:
                listener(problem)

    def use_drafts(self, drafts: Drafts | None) -> None:
        """Autosave to another draft store (a data folder chosen after start), now if unsaved."""
        self.drafts = drafts
        self._autosaved("")
        if self.dirty:
            self.write_draft()

    def draft_state(self) -> dict[str, Any]:
        def plain(answers: dict[str, Any] | None) -> dict[str, Any] | None:
            return None if answers is None else {k: plain_value(v) for k, v in answers.items()}

        return {
            "path": str(self.path) if self.path else None,
            "follow_up": self.follow_up,
            "reasked": sorted(self.router.reasked),
            "last_visit": self.last_visit.isoformat() if self.last_visit else None,
            "answers": plain(self.store.answers),
            "previous": plain(self.previous),
            "decisions": decisions_to_data(self.decisions),
            "visits": visits_to_data(self.visits),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        """Bring back every answer (and decision) of a draft left by a crashed session.
        CaseErrors (and nothing changes) if any part of it is not what this version writes."""
        errors: list[CaseError] = []
        decisions = read_decisions(self.planner.pack, draft.get("decisions"), errors)
        visits = read_visits(draft.get("visits"), errors, self.planner.pack.catalog)
        for part in ("answers", "previous"):
            errors.extend(answer_errors(self.planner.pack, part, draft.get(part)))
        last = draft.get("last_visit")
        last_visit = iso_date(last)
        if last is not None and last_visit is None:
            errors.append(CaseError("last_visit", "not a date: use YYYY-MM-DD"))
        if errors:
            raise CaseErrors(errors)
        self.path = Path(draft["path"]) if draft.get("path") else None
        self.previous = typed_answers(self.router, draft.get("previous"), self.today)
        self.last_visit = last_visit
        self.decisions, self.visits, self.migrated = decisions, visits, []
        known = {q.id for q in self.planner.pack.questions}
        reasked = frozenset(q for q in draft.get("reasked") or () if isinstance(q, str) and q in known)
        answers = typed_answers(self.router, draft.get("answers"), self.today) or {}
        self._reset(answers, bool(draft.get("follow_up")), reasked)
        self.mark_dirty()

    def adopt(self, other: CaseSession) -> None:
        """Take over `other`'s case as it stands (the window is rebuilt for a new language or
        profile): answers, file, decisions, visits and whether it has unsaved changes."""
        self.path, self.previous, self.last_visit = other.path, other.previous, other.last_visit
        self.decisions, self.visits = list(other.decisions), list(other.visits)
        self.migrated = list(other.migrated)
        self.register, self.who = other.register, other.who
        self._reset(dict(other.store.answers), other.follow_up, other.router.reasked)
        self.offered = {key: dict(before) for key, before in other.offered.items()}
        self.dirty = other.dirty
        self._timer.stop()
        self._autosaved(other.autosave_problem)
        self._changed()

    def release(self) -> None:
        """Stop autosaving without removing the draft (another document carries on with it)."""
        self._timer.stop()
        self.drafts = None

    def close(self) -> None:
        """A clean exit: nothing to recover next time."""
        self._timer.stop()
        if self.drafts is not None:
            self.drafts.clear()
            self.drafts.release()
