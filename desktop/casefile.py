"""Case files as the app uses them: open a case for a new (or continued) visit, save a visit.

Qt-free. The format is the engine's `ovcf-case/2` (the same files `plan` reads; `ovcf-case/1`
files are migrated on reading); saving records the visit in the case's history and writes the
current format atomically.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop.engine.record import mutable_record

from .engine import Case, Plan, Planner, RulePack, case_to_data, read_case_file, validate_answers, validate_case
from .engine.case.case import CASE_FORMAT
from .engine.case.dates import iso_date
from .engine.case.history import Decision, Visit
from .engine.case.migrate import replaced
from .engine.pack.model import ASKED_EMPTY
from .engine.pack.safe_read import dump_yaml
from .engine.plan.record import record_visit
from .files import write_atomic


@mutable_record
class OpenedCase:
    answers: dict[str, Any]
    previous: dict[str, Any] | None  # the answers at the end of the last visit (None: first visit)
    follow_up: bool  # a new visit: only new or due questions are asked
    last_visit: date | None
    decisions: list[Decision]
    visits: list[Visit]
    case: Case  # the file as validated (its answers as written: the visit date is the file's)


def open_case(pack: RulePack, params: dict[str, Any], path: str | Path, today: date) -> OpenedCase:
    """Read and validate a case file (CaseErrors if invalid: the caller changes nothing)."""
    case = validate_case(pack, read_case_file(path, pack.catalog), params, today)
    answers = dict(case.answers)
    last = case.visits[-1] if case.visits else None
    last_date = last.date if last else answers["visit_date"]
    if last_date >= today:  # the same visit, continued (or a visit dated ahead: keep it)
        previous = None
        if last is not None:
            previous = dict(answers)
            known = {q.id for q in pack.questions}
            for change in last.changed:  # undo today's changes: the answers before this visit
                if change.field in known:
                    previous[change.field] = _typed(pack, change.field, change.old)
                elif (now := replaced(pack, change.field, change.old)) is not None:  # an older format's field
                    previous[now[0]] = now[1]
                # else: a field of an older pack is history only
        return OpenedCase(answers, previous, False, last_date, case.decisions, case.visits, case)
    previous = dict(answers)
    answers["visit_date"] = today
    for q in pack.questions:  # given afresh at each visit (pain): the last answer is shown, not kept
        if q.follow_up == ASKED_EMPTY:
            answers[q.id] = None
    return OpenedCase(answers, previous, True, last_date, case.decisions, case.visits, case)


def _typed(pack: RulePack, field: str, value: Any) -> Any:
    """A recorded old value as the wizard holds it (a date back to a date, if it is one)."""
    if isinstance(value, str) and pack.question(field).kind == "date":
        return iso_date(value)  # None if not a date: the old value is unknown
    return value


CASE_HEADER = f"# OVCF Pathway case file ({CASE_FORMAT})\n"


def case_text(pack: RulePack, case: Case) -> str:
    """A case file's text, as the app writes it (and the register keeps it)."""
    return CASE_HEADER + dump_yaml(case_to_data(pack, case))


def recorded_case(
    planner: Planner,
    answers: dict[str, Any],
    previous: dict[str, Any] | None,
    decisions: list[Decision],
    visits: list[Visit],
    today: date,
) -> tuple[Case, Plan, str]:
    """Validate, record this visit in the history: the case, its plan and the file's text.
    CaseErrors if the answers are not complete or valid."""
    case = validate_answers(planner.pack, answers, planner.params, today)
    plan = planner.plan(case)
    case.decisions = list(decisions)
    case.visits = record_visit(planner.pack, visits, previous, case.answers, plan)
    return case, plan, case_text(planner.pack, case)


def save_case(
    planner: Planner,
    path: str | Path,
    answers: dict[str, Any],
    previous: dict[str, Any] | None,
    decisions: list[Decision],
    visits: list[Visit],
    today: date,
) -> Case:
    """Validate, record this visit in the history, and write the file atomically."""
    case, _plan, text = recorded_case(planner, answers, previous, decisions, visits, today)
    write_atomic(path, text.encode("utf-8"))
    return case
