"""Doses and schedules as data (rules/doses.yaml): read, written into the pack's texts in the
pack's language, and checked against the label limits kept beside them (pathway V2.10 #5).

A text writes `{dose:ID}` where a dose goes; `write_doses` puts the dose there, worded from
its numbers by the engine's sentences (translated in rules/i18n `messages`), so a translation
cannot carry a number of its own, and `outside_label` lists every dose its label does not name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..record import record
from .catalog import Catalog
from .schema import Node

DOSES_FILE = "doses.yaml"
DOSE = re.compile(r"\{dose:([a-z0-9_]+)\}")
UNITS = ("mg", "g", "IU")
ROUTES = ("oral", "intravenous", "subcutaneous", "intranasal", "rectal", "injection")
PERIODS = ("day", "week", "month", "year")
KINDS = ("regimen", "intake", "maximum")


@record
class Regimen:
    """An amount (or a range up to `up_to`) in a unit, `times` every `every` `period`s."""

    amount: float
    unit: str
    every: int
    period: str
    times: int = 1
    up_to: float | None = None

    def matches(self, other: Regimen) -> bool:
        """`other` is this regimen, or within its range."""
        top, other_top = self.up_to or self.amount, other.up_to or other.amount
        return ((other.unit, other.every, other.period, other.times) == (self.unit, self.every, self.period, self.times)
                and self.amount <= other.amount <= other_top <= top)


@record
class Dose:
    id: str
    drug: str
    route: str
    regimen: Regimen
    kind: str = "regimen"  # one of KINDS
    line: int | None = None


@record
class LabelLimit:
    """What the label (or guideline) of a drug given by a route names, with its sources."""

    drug: str
    route: str
    regimens: tuple[Regimen, ...]
    sources: tuple[str, ...]


def _regimen(node: Node) -> Regimen:
    every = node.get("every")
    count, period = (every.value if isinstance(every.value, list) and len(every.value) == 2 else (None, None))
    if not (isinstance(count, int) and not isinstance(count, bool) and count >= 1 and period in PERIODS):
        every.error(f"expected [count, {' | '.join(PERIODS)}], e.g. [1, week]")
        count, period = 1, PERIODS[0]
    amount = node.get("amount").number()
    up_to = node.get("up_to").number() if node.has("up_to") else None
    if amount <= 0 or (up_to is not None and up_to <= amount):
        node.get("amount").error("an amount is above 0, and below its `up_to`")
    times = node.get("times").integer() if node.has("times") else 1
    if times < 1:
        node.get("times").error("times is at least 1")
    return Regimen(amount, node.get("unit").one_of(UNITS, UNITS[0]), int(count), str(period), times, up_to)


REGIMEN_FIELDS = {"amount", "unit", "every"}


def read_doses(node: Node, sources: Callable[[Node], tuple[str, ...]]
               ) -> tuple[dict[str, Dose], tuple[LabelLimit, ...]]:
    """rules/doses.yaml: its `doses` by id, and its `label_limits` (each citing its sources)."""
    doses: dict[str, Dose] = {}
    limits: list[LabelLimit] = []
    if not node.is_mapping({"doses", "label_limits"}):
        return doses, ()
    for entry in node.get("doses").entries():
        if not entry.is_mapping({"id", "drug", "route", *REGIMEN_FIELDS}, {"kind", "times", "up_to"}):
            continue
        dose_id = entry.get("id").text()
        if dose_id in doses:
            entry.get("id").error(f"duplicate dose id '{dose_id}'")
        kind = entry.get("kind").one_of(KINDS, KINDS[0]) if entry.has("kind") else KINDS[0]
        doses[dose_id] = Dose(dose_id, entry.get("drug").text(), entry.get("route").one_of(ROUTES, ROUTES[0]),
                              _regimen(entry), kind, entry.line)
    for entry in node.get("label_limits").entries():
        if entry.is_mapping({"drug", "route", "regimens", "sources"}):
            regimens = tuple(_regimen(r) for r in entry.get("regimens").entries()
                             if r.is_mapping(REGIMEN_FIELDS, {"times", "up_to"}))
            limits.append(LabelLimit(entry.get("drug").text(), entry.get("route").one_of(ROUTES, ROUTES[0]), regimens,
                                     sources(entry.get("sources"))))
    return doses, tuple(limits)


def outside_label(doses: Mapping[str, Dose], limits: tuple[LabelLimit, ...]) -> list[str]:
    """Every dose that no regimen of its drug's and route's label limits names, said plainly."""
    out = []
    for dose in doses.values():
        named = [r for limit in limits if (limit.drug, limit.route) == (dose.drug, dose.route)
                 for r in limit.regimens]
        if not any(r.matches(dose.regimen) for r in named):
            out.append(f"dose '{dose.id}' ({dose.drug}, {dose.route}: {dose_words(dose, Catalog())}) "
                       + ("is not what its label names" if named else "has no label limits"))
    return out


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _how_often(regimen: Regimen, msg: Callable[..., str]) -> str:
    """How often, in words (each sentence a literal `msg` call: `rules translations` finds it)."""
    times, every, period = regimen.times, regimen.every, regimen.period
    if (times, every) == (1, 1):
        return {"day": msg("once a day"), "week": msg("once a week"), "month": msg("once a month"),
                "year": msg("once a year")}[period]
    if (times, every, period) == (2, 1, "day"):
        return msg("twice a day")
    if every == 1:
        return {"day": msg("{times} times a day", times=times), "week": msg("{times} times a week", times=times),
                "month": msg("{times} times a month", times=times),
                "year": msg("{times} times a year", times=times)}[period]
    return {"day": msg("once every {count} days", count=every), "week": msg("once every {count} weeks", count=every),
            "month": msg("once every {count} months", count=every),
            "year": msg("once every {count} years", count=every)}[period]


def _route(route: str, msg: Callable[..., str]) -> str:
    return {"oral": msg("by mouth"), "intravenous": msg("intravenously"), "subcutaneous": msg("subcutaneously"),
            "intranasal": msg("intranasally"), "rectal": msg("as a suppository"),
            "injection": msg("by subcutaneous or intramuscular injection")}[route]


def _unit(unit: str, msg: Callable[..., str]) -> str:
    return {"mg": msg("mg"), "g": msg("g"), "IU": msg("IU")}[unit]


def dose_words(dose: Dose, catalog: Catalog) -> str:
    """The dose in the catalog's language: "70 mg by mouth once a week", "1200 mg a day"."""
    msg, regimen = catalog.msg, dose.regimen
    amount = _number(regimen.amount) if regimen.up_to is None else \
        msg("{low}-{high}", low=_number(regimen.amount), high=_number(regimen.up_to))
    unit = _unit(regimen.unit, msg)
    if dose.kind == "intake":
        return msg("{amount} {unit} a day", amount=amount, unit=unit)
    if dose.kind == "maximum":
        return msg("{amount} {unit} in 24 hours", amount=amount, unit=unit)
    return msg("{amount} {unit} {route} {how_often}", amount=amount, unit=unit, route=_route(dose.route, msg),
               how_often=_how_often(regimen, msg))


def write_doses(node: Node, text: str, doses: Mapping[str, Dose]) -> str:
    """`text` with each `{dose:ID}` written out in the node's language (an unknown ID is an
    error naming the file and line)."""
    def written(found: re.Match[str]) -> str:
        dose = doses.get(found.group(1))
        if dose is None:
            node.error(f"unknown dose '{found.group(1)}' (doses.yaml: {', '.join(sorted(doses)) or 'none'})")
            return found.group(0)
        return dose_words(dose, node.catalog)
    return DOSE.sub(written, text)
