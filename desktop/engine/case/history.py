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

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.engine.record import record

from ..pack.catalog import NO_TRANSLATION, Catalog
from ..pack.errors import CaseError
from ..pack.model import STATUSES, RulePack
from ..pack.schema import describe
from .dates import iso_date

DECISIONS = ("accepted", "declined")


@record
class Decision:
    item: str
    decision: str  # accepted | declined
    reason: str  # a decision reason id of the pack, or "" (none given)
    note: str
    date: date


@record
class Change:
    field: str
    old: Any
    new: Any


@record
class Visit:
    date: date
    day: int
    phase: str
    rule_pack: dict[str, str]
    profile: str
    changed: tuple[Change, ...]
    key_items: tuple[tuple[str, str], ...]


FIRST_YEAR, LAST_YEAR = 1900, 2100  # as for the case's own dates
VISIT_FIELDS = ("changed", "date", "day", "key_items", "phase", "profile", "rule_pack")


def _date_problem(value: Any, catalog: Catalog) -> str | None:
    """Why a date of the history is refused: not a date, or not a plausible one (year 9999)."""
    when = iso_date(value)
    if when is None:
        return catalog.msg("{value} is not a date: use YYYY-MM-DD", value=describe(value, catalog))
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        return catalog.msg("{value} is not a plausible date (years 1900 to 2100)", value=when.isoformat())
    return None


def plain(value: Any) -> Any:
    """A value as a case file holds it: dates as YYYY-MM-DD, lists as plain lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (bool, int, float, str))


def _text(value: Any, catalog: Catalog) -> str | None:
    if isinstance(value, str):
        return None
    return catalog.msg("expected text, got {value}", value=describe(value, catalog))


def _list_problem(value: Any, catalog: Catalog) -> str | None:
    if isinstance(value, list):
        return None
    return catalog.msg("expected a list, got {value}", value=describe(value, catalog))


def read_decisions(pack: RulePack, raw: Any, errors: list[CaseError]) -> list[Decision]:
    """The decisions of a case file or draft; every bad one is an error naming its field (in
    the pack's language)."""
    catalog = pack.catalog
    msg = catalog.msg
    out: list[Decision] = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        errors.append(CaseError("decisions", msg("expected a list, got {value}", value=describe(raw, catalog))))
        return out
    items = {i.id for i in pack.items}
    reasons = {r.id for r in pack.decision_reasons}
    for index, entry in enumerate(raw):
        where = f"decisions[{index}]"
        if not isinstance(entry, dict) or not {"item", "decision", "date"} <= set(entry):
            errors.append(CaseError(where, msg("expected item, decision and date")))
            continue
        unknown = sorted(str(key) for key in set(entry) - {"item", "decision", "reason", "note", "date"})
        if unknown:
            allowed = "item, decision, reason, note, date"
            message = msg("unknown field (allowed: {allowed})", allowed=allowed)
            errors.append(CaseError(f"{where}.{unknown[0]}", message))
            continue
        item, decided, reason = entry["item"], entry["decision"], entry.get("reason", "")
        problems = [
            (not isinstance(item, str) or item not in items, "item",
             msg("{value} is not an item of the rule pack", value=describe(item, catalog))),
            (not isinstance(decided, str) or decided not in DECISIONS, "decision",
             msg("{value} is not allowed (allowed: {allowed})", value=describe(decided, catalog),
                 allowed=", ".join(DECISIONS))),
            (not isinstance(reason, str) or reason not in reasons | {""}, "reason",
             msg("{value} is not allowed (allowed: {allowed})", value=describe(reason, catalog),
                 allowed=", ".join(sorted(reasons)))),
            (not isinstance(entry.get("note", ""), str), "note", msg("expected text")),
        ]
        bad = [(key, message) for failed, key, message in problems if failed]
        date_problem = _date_problem(entry["date"], catalog)
        if date_problem:
            bad.append(("date", date_problem))
        if bad:
            errors.extend(CaseError(f"{where}.{key}", message) for key, message in bad)
            continue
        when = iso_date(entry["date"])
        assert when is not None
        out.append(Decision(item, decided, reason or "", entry.get("note") or "", when))
    return out


def _change_problems(where: str, changed: list[Any], catalog: Catalog) -> list[CaseError]:
    msg = catalog.msg
    out = []
    for index, change in enumerate(changed):
        at = f"{where}.changed[{index}]"
        if not isinstance(change, dict) or set(change) != {"field", "from", "to"}:
            out.append(CaseError(at, msg("expected exactly the fields {fields}", fields="field, from, to")))
            continue
        problem = _text(change["field"], catalog)
        if problem:
            out.append(CaseError(f"{at}.field", problem))
        for key in ("from", "to"):
            value = change[key]
            if not (_is_scalar(value) or (isinstance(value, list) and all(_is_scalar(v) for v in value))):
                out.append(CaseError(
                    f"{at}.{key}",
                    msg("expected a value or a list of values, got {value}", value=describe(value, catalog)),
                ))
    return out


def _key_item_problems(where: str, items: list[Any], catalog: Catalog) -> list[CaseError]:
    msg = catalog.msg
    out = []
    for index, entry in enumerate(items):
        at = f"{where}.key_items[{index}]"
        if not isinstance(entry, dict) or set(entry) != {"id", "status"}:
            out.append(CaseError(at, msg("expected exactly the fields {fields}", fields="id, status")))
        elif problem := _text(entry["id"], catalog):
            out.append(CaseError(f"{at}.id", problem))
        elif not isinstance(entry["status"], str) or entry["status"] not in STATUSES:
            allowed = ", ".join(STATUSES)
            out.append(CaseError(
                f"{at}.status",
                msg("{value} is not allowed (allowed: {allowed})", value=describe(entry["status"], catalog),
                    allowed=allowed),
            ))
    return out


def _visit_problems(where: str, entry: dict[Any, Any], catalog: Catalog) -> list[CaseError]:
    """Every bad field of one visit record (whose fields are the right ones)."""
    msg = catalog.msg
    found: list[tuple[str, str | None]] = [
        ("date", _date_problem(entry["date"], catalog)),
        ("phase", _text(entry["phase"], catalog)),
        ("profile", _text(entry["profile"], catalog)),
        ("changed", _list_problem(entry["changed"], catalog)),
        ("key_items", _list_problem(entry["key_items"], catalog)),
    ]
    day = entry["day"]
    if isinstance(day, bool) or not isinstance(day, int):
        found.append(("day", msg("{value} is not a whole number (allowed {range})", value=describe(day, catalog),
                                 range=msg("at least {low}", low=0))))
    elif day < 0:  # a visit before the onset: the app never records one
        found.append(("day", msg("{value} is out of range (allowed {range})", value=day,
                                 range=msg("at least {low}", low=0))))
    rule_pack = entry["rule_pack"]
    if not isinstance(rule_pack, dict):
        found.append(("rule_pack", msg("expected a group of fields, got {value}", value=describe(rule_pack, catalog))))
    else:
        found += [(f"rule_pack.{k}", _text(v, catalog)) for k, v in rule_pack.items()]
    out = [CaseError(f"{where}.{key}", problem) for key, problem in found if problem]
    if isinstance(entry["changed"], list):
        out += _change_problems(where, entry["changed"], catalog)
    if isinstance(entry["key_items"], list):
        out += _key_item_problems(where, entry["key_items"], catalog)
    return out


def read_visits(raw: Any, errors: list[CaseError], catalog: Catalog = NO_TRANSLATION) -> list[Visit]:
    """The visit history of a case file or draft; every bad record is an error naming its field
    (in `catalog`'s language: that of the pack the case is read for)."""
    msg = catalog.msg
    out: list[Visit] = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        errors.append(CaseError("visits", msg("expected a list, got {value}", value=describe(raw, catalog))))
        return out
    for index, entry in enumerate(raw):
        where = f"visits[{index}]"
        if not isinstance(entry, dict) or set(entry) != set(VISIT_FIELDS):
            message = msg("expected exactly the fields {fields}", fields=", ".join(VISIT_FIELDS))
            errors.append(CaseError(where, message))
            continue
        problems = _visit_problems(where, entry, catalog)
        if problems:
            errors.extend(problems)
            continue
        when = iso_date(entry["date"])
        assert when is not None
        out.append(
            Visit(
                date=when,
                day=entry["day"],
                phase=entry["phase"],
                rule_pack={str(k): v for k, v in entry["rule_pack"].items()},
                profile=entry["profile"],
                changed=tuple(Change(c["field"], c["from"], c["to"]) for c in entry["changed"]),
                key_items=tuple((i["id"], i["status"]) for i in entry["key_items"]),
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
            "changed": [{"field": c.field, "from": plain(c.old), "to": plain(c.new)} for c in v.changed],
            "key_items": [{"id": i, "status": s} for i, s in v.key_items],
        }
        for v in visits
    ]


def declined(decisions: Mapping[str, Decision]) -> set[str]:
    """The items the clinician declined, of {item id: decision}."""
    return {item for item, d in decisions.items() if d.decision == "declined"}


def current_decisions(decisions: list[Decision], on: date) -> dict[str, Decision]:
    """The decision that stands for each item on the visit date `on` (the latest one made that day)."""
    out: dict[str, Decision] = {}
    for decision in decisions:
        if decision.date == on:
            out[decision.item] = decision
    return out
