"""What a case file remembers beyond today's answers: clinician decisions and past visits.

    decisions:                       # latest per item and visit wins
      - {item: calcitonin, decision: accepted, reason: patient_preference, note: "", date: 2026-11-21}
    visits:                          # one entry per visit date, written when the case is saved
      - date: 2026-11-21
        day: 3
        phase: acute
        rule_pack: {id: ovcf-pathway, version: 1.0.0, sha256: ...}
        profile: default
        changed: [{field: pain.nrs, from: 7, to: 5}]
        key_items: [{id: calcitonin, status: recommended}, ...]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import CaseError
from .model import STATUSES, RulePack
from .plan import Plan
from .schema import describe

DECISIONS = ("accepted", "declined")


@dataclass(frozen=True)
class Decision:
    item: str
    decision: str  # accepted | declined
    reason: str  # a decision reason id of the pack, or "" (none given)
    note: str
    date: date


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Visit:
    date: date
    day: int
    phase: str
    rule_pack: dict[str, str]
    profile: str
    changed: tuple[Change, ...]
    key_items: tuple[tuple[str, str], ...]


def _date(value: Any) -> date | None:
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _plain(value: Any) -> Any:
    """A value as a case file holds it: dates as YYYY-MM-DD, lists as plain lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def read_decisions(pack: RulePack, raw: Any, errors: list[CaseError]) -> list[Decision]:
    out: list[Decision] = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        errors.append(CaseError("decisions", f"expected a list, got {describe(raw)}"))
        return out
    items = {i.id for i in pack.items}
    reasons = {r.id for r in pack.decision_reasons}
    for index, entry in enumerate(raw):
        where = f"decisions[{index}]"
        if not isinstance(entry, dict) or not {"item", "decision", "date"} <= set(entry):
            errors.append(CaseError(where, "expected item, decision and date"))
            continue
        unknown = set(entry) - {"item", "decision", "reason", "note", "date"}
        if unknown:
            allowed = "item, decision, reason, note, date"
            errors.append(CaseError(f"{where}.{sorted(unknown)[0]}", f"unknown field (allowed: {allowed})"))
            continue
        when = _date(entry["date"])
        item, decided, reason = entry["item"], entry["decision"], entry.get("reason", "")
        problems = [
            (item not in items, "item", f"{describe(item)} is not an item of the rule pack"),
            (decided not in DECISIONS, "decision", f"{describe(decided)} is not allowed (allowed: accepted, declined)"),
            (reason not in reasons | {""}, "reason",
             f"{describe(reason)} is not allowed (allowed: {', '.join(sorted(reasons))})"),
            (not isinstance(entry.get("note", ""), str), "note", "expected text"),
            (when is None, "date", f"{describe(entry['date'])} is not a date: use YYYY-MM-DD"),
        ]
        bad = [(key, message) for failed, key, message in problems if failed]
        if bad:
            errors.extend(CaseError(f"{where}.{key}", message) for key, message in bad)
            continue
        assert when is not None
        out.append(Decision(entry["item"], entry["decision"], entry.get("reason") or "", entry.get("note") or "", when))
    return out


def read_visits(raw: Any, errors: list[CaseError]) -> list[Visit]:
    out: list[Visit] = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        errors.append(CaseError("visits", f"expected a list, got {describe(raw)}"))
        return out
    for index, entry in enumerate(raw):
        where = f"visits[{index}]"
        fields = {"date", "day", "phase", "rule_pack", "profile", "changed", "key_items"}
        if not isinstance(entry, dict) or set(entry) != fields:
            errors.append(CaseError(where, f"expected exactly the fields {', '.join(sorted(fields))}"))
            continue
        when = _date(entry["date"])
        changed = entry["changed"] if isinstance(entry["changed"], list) else None
        items = entry["key_items"] if isinstance(entry["key_items"], list) else None
        ok = (
            when is not None
            and isinstance(entry["day"], int)
            and isinstance(entry["rule_pack"], dict)
            and changed is not None
            and all(isinstance(c, dict) and set(c) == {"field", "from", "to"} for c in changed)
            and items is not None
            and all(isinstance(i, dict) and set(i) == {"id", "status"} and i["status"] in STATUSES for i in items)
        )
        if not ok or when is None or changed is None or items is None:
            errors.append(CaseError(where, "malformed visit record"))
            continue
        out.append(
            Visit(
                date=when,
                day=entry["day"],
                phase=str(entry["phase"]),
                rule_pack={str(k): str(v) for k, v in entry["rule_pack"].items()},
                profile=str(entry["profile"]),
                changed=tuple(Change(str(c["field"]), c["from"], c["to"]) for c in changed),
                key_items=tuple((str(i["id"]), str(i["status"])) for i in items),
            )
        )
    return out


def decisions_to_data(decisions: list[Decision]) -> list[dict[str, Any]]:
    return [
        {"item": d.item, "decision": d.decision, "reason": d.reason, "note": d.note, "date": d.date.isoformat()}
        for d in decisions
    ]


def visits_to_data(visits: list[Visit]) -> list[dict[str, Any]]:
    return [
        {
            "date": v.date.isoformat(),
            "day": v.day,
            "phase": v.phase,
            "rule_pack": dict(v.rule_pack),
            "profile": v.profile,
            "changed": [{"field": c.field, "from": _plain(c.old), "to": _plain(c.new)} for c in v.changed],
            "key_items": [{"id": i, "status": s} for i, s in v.key_items],
        }
        for v in visits
    ]


def current_decisions(decisions: list[Decision], on: date) -> dict[str, Decision]:
    """The decision that stands for each item on the visit date `on` (the latest one made that day)."""
    out: dict[str, Decision] = {}
    for decision in decisions:
        if decision.date == on:
            out[decision.item] = decision
    return out


def record_visit(
    pack: RulePack, visits: list[Visit], previous: dict[str, Any] | None, answers: dict[str, Any], plan: Plan
) -> list[Visit]:
    """The visit history with today's visit recorded (replacing an entry for the same date)."""
    offered = set(pack.status_groups.get("offered", ()))
    changed = tuple(
        Change(q.id, _plain((previous or {}).get(q.id)), _plain(answers.get(q.id)))
        for q in pack.questions
        if _plain((previous or {}).get(q.id)) != _plain(answers.get(q.id))
    )
    visit = Visit(
        date=plan.visit_date,
        day=plan.day,
        phase=plan.phase,
        rule_pack={"id": plan.pack_id, "version": plan.pack_version, "sha256": plan.pack_sha256},
        profile=plan.profile_id,
        changed=changed,
        key_items=tuple((i.id, i.status) for i in plan.items if i.status in offered),
    )
    return [v for v in visits if v.date != visit.date] + [visit]
