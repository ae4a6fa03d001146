"""Wizard routing and page checks, as pure functions of the answers so far.

The Qt wizard's `nextId()`, its page completeness and the fields it shows all delegate here,
so every path through the wizard is testable without a display. Answers may be partial or
invalid while the user types: facts are then derived leniently (what is not a valid answer
yet counts as unknown).

The wizard asks many questions of the same answers at each keystroke (which questions to show,
what is still needed, whether the page is complete, which page comes next): the answers are
read (checked, and facts derived) once per version of the answers, and the page checks kept
with that reading.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..pack.compiled import Ctx
from ..pack.facts import FactDeriver
from ..pack.model import ASKED_AGAIN, CRITICAL, Alert, Question, RulePack
from .case import check_value, date_order_error, phase_starts

URGENT = "urgent"
REVIEW = "review"

AnswersKey = tuple[tuple[str, type, Any], ...]


def answers_key(answers: dict[str, Any]) -> AnswersKey:
    """What a reading of the answers depends on, copied (a list may be changed in place later)
    and typed (5, 5.0 and True are equal in Python but not the same answer)."""
    return tuple((k, type(v), tuple(v) if isinstance(v, list) else v) for k, v in answers.items())


class _Reading:
    """One version of the answers as the router reads it: the valid ones, the facts, and the
    page checks asked for so far."""

    __slots__ = ("ctx", "key", "problems", "valid")

    def __init__(self, key: AnswersKey, valid: dict[str, Any], ctx: Ctx) -> None:
        self.key = key
        self.valid = valid
        self.ctx = ctx
        self.problems: dict[tuple[str, bool, frozenset[str]], tuple[list[str], dict[str, str]]] = {}


class Router:
    """Routing for one pack and profile. `follow_up` (a follow-up visit of a reopened case):
    only questions asked again at every visit (`follow_up: ask` or `ask_empty`), those in
    `reasked` (a new fracture's onset and levels) and those still unknown are asked."""

    def __init__(self, pack: RulePack, params: dict[str, Any]) -> None:
        self.pack = pack
        self.params = params
        self.follow_up = False
        self.reasked: frozenset[str] = frozenset()
        self.derive = FactDeriver(pack.questions, pack.phases, phase_starts(pack, params))
        self.by_page: dict[str, list[Question]] = {p.id: [] for p in pack.pages}
        for q in pack.questions:
            self.by_page[q.page].append(q)
        self._reading: _Reading | None = None

    # -- facts from partial answers ----------------------------------------------------------
    def valid_answers(self, answers: dict[str, Any]) -> dict[str, Any]:
        """Only the answers that are valid on their own; everything else is unknown."""
        out: dict[str, Any] = {}
        for q in self.pack.questions:
            value = answers.get(q.id)
            if value is None or value == "":
                out[q.id] = None
                continue
            normalised, message = check_value(q, value, self.pack.catalog)
            out[q.id] = None if message else normalised
        return out

    def _read(self, answers: dict[str, Any]) -> _Reading:
        """These answers read: again only if they changed since the last reading."""
        key = answers_key(answers)
        reading = self._reading
        if reading is not None and reading.key == key:
            return reading
        valid = self.valid_answers(answers)
        if valid.get("visit_date") and valid.get("onset_date") and valid["onset_date"] <= valid["visit_date"]:
            facts = self.derive(valid)
        else:
            facts = {fid: None for fid in self.pack.facts}
            facts.update({q: v for q, v in valid.items() if q in self.pack.facts})
        self._reading = _Reading(key, valid, Ctx(facts, self.params))
        return self._reading

    def ctx(self, answers: dict[str, Any]) -> Ctx:
        """What the pack's conditions are evaluated against for these (partial) answers."""
        return self._read(answers).ctx

    # -- routing -------------------------------------------------------------------------------
    def urgent(self, answers: dict[str, Any]) -> bool:
        page = self.pack.urgent_page
        return page is not None and page.when(self.ctx(answers))

    def pages(self, answers: dict[str, Any]) -> list[str]:
        """The pages to visit, in order, for these answers."""
        order: list[str] = []
        urgent_after = self.pack.urgent_page.after if self.pack.urgent_page else None
        is_urgent = self.urgent(answers)
        for page in self.pack.pages:
            if self.asked(page.id, answers):
                order.append(page.id)
            if is_urgent and page.id == urgent_after:
                order.append(URGENT)
        order.append(REVIEW)
        return order

    def next_page(self, current: str, answers: dict[str, Any]) -> str | None:
        order = self.pages(answers)
        if current not in order:
            return None
        index = order.index(current)
        return order[index + 1] if index + 1 < len(order) else None

    def applicable(self, page: str, answers: dict[str, Any]) -> list[Question]:
        """The questions of `page` that apply to these answers (the others are not asked)."""
        ctx = self.ctx(answers)
        return [q for q in self.by_page.get(page, []) if q.applies(ctx)]

    def asked(self, page: str, answers: dict[str, Any]) -> list[Question]:
        """The questions the wizard shows on `page`: those that apply, and at a follow-up visit
        only those asked again at every visit or still unknown."""
        applicable = self.applicable(page, answers)
        if not self.follow_up:
            return applicable
        again = self.reasked
        return [q for q in applicable
                if q.follow_up in ASKED_AGAIN or q.id in again or answers.get(q.id) in (None, "")]

    def effective_answers(self, answers: dict[str, Any]) -> dict[str, Any]:
        """Answers for the engine: a question that does not apply counts as unanswered (its
        default, if it has one, as validation would fill it: e.g. the creatinine unit)."""
        ctx = self.ctx(answers)
        return {
            q.id: (answers.get(q.id) if q.applies(ctx) else _unanswered(q))
            for q in self.pack.questions
        }

    # -- checks --------------------------------------------------------------------------------
    def page_errors(self, page: str, answers: dict[str, Any]) -> dict[str, str]:
        """{question id: why it is not acceptable yet} for the questions shown on `page`."""
        missing, invalid = self.page_problems(page, answers)
        return {**dict.fromkeys(missing, self.pack.catalog.msg("required")), **invalid}

    def page_problems(self, page: str, answers: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
        """The questions on `page` still unanswered, and those answered wrongly (with why)."""
        reading = self._read(answers)
        asking = (page, self.follow_up, self.reasked)
        found = reading.problems.get(asking)
        if found is None:
            found = reading.problems[asking] = self._page_problems(page, answers, reading.valid)
        return list(found[0]), dict(found[1])

    def _page_problems(
        self, page: str, answers: dict[str, Any], valid: dict[str, Any]
    ) -> tuple[list[str], dict[str, str]]:
        missing: list[str] = []
        errors: dict[str, str] = {}
        ctx = self.ctx(answers)
        for q in self.asked(page, answers):
            value = answers.get(q.id)
            if value is None or value == "":
                if q.needed(ctx):
                    missing.append(q.id)
                continue
            _, message = check_value(q, value, self.pack.catalog)
            if message is None:
                message = date_order_error(self.pack, q, valid)
            if message:
                errors[q.id] = message
        return missing, errors

    def urgent_actions(self, answers: dict[str, Any]) -> list[Alert]:
        """The critical alerts that hold for these answers: what to do before the plan."""
        ctx = self.ctx(answers)
        return [a for a in self.pack.alerts if a.severity == CRITICAL and a.when(ctx)]


def _unanswered(q: Question) -> Any:
    return q.default if q.default is not None and q.default != "today" else None


def default_answers(router: Router, today: date) -> dict[str, Any]:
    """A new case: defaults from the rule pack (the visit is today); everything else unanswered."""
    answers: dict[str, Any] = {}
    for q in router.pack.questions:
        if q.default == "today":
            answers[q.id] = today
        elif q.default is not None:
            answers[q.id] = q.default
        elif q.kind == "multi_choice" and not q.nullable and not q.required:
            answers[q.id] = []
        else:
            answers[q.id] = None
    return answers
