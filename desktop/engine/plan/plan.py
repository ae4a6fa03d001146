"""The plan: what the engine returns for one case. Plain data, ready for JSON."""

from __future__ import annotations

from dataclasses import field
from datetime import date, timedelta
from typing import Any

from ..pack.model import CRITICAL, SEVERITIES
from ..record import mutable_record, record

PLAN_FORMAT = "ovcf-plan/1"
WARNING = SEVERITIES[1]


@record
class Because:
    """An answer an item's status rests on."""

    field: str
    label: str
    value: Any
    display: str


@record
class Note:
    """A note on an item, with its sources."""

    text: str
    sources: tuple[str, ...] = ()


@record
class Source:
    """A cited source as the plan shows it (rules/sources.yaml)."""

    short: str
    title: str
    url: str | None
    confirmed: bool
    note: str | None
    kind: str = ""  # guideline | label | study | secondary | product (rules/sources.yaml)

    def to_dict(self) -> dict[str, Any]:
        return {"short": self.short, "title": self.title, "url": self.url, "confirmed": self.confirmed,
                "note": self.note, "kind": self.kind}


@record
class PlanPhase:
    """A phase band of the timeline: from `start_day` to the next phase's start (None: open)."""

    id: str
    label: str
    start_day: int
    end_day: int | None


@record
class PlanLane:
    """A lane of the plan's timeline."""

    id: str
    label: str


@record
class PlanItem:
    """One item of the plan, with its status and window."""

    id: str
    lane: str
    status: str
    start_day: int
    end_day: int | None
    title: str
    detail: str
    strength: str
    strength_basis: str | None
    sources: tuple[str, ...]
    because: tuple[Because, ...]
    reason: str
    cautions: tuple[Note, ...] = ()
    notes: tuple[Note, ...] = ()
    assumptions: tuple[str, ...] = ()
    site: str = ""  # where the site provides it, e.g. "By referral to: Regional Hospital."
    resource: str = ""  # what the site uses for it (rules/availability.yaml), "" if not site-dependent
    status_label: str = ""  # the status in words ("Not recommended"): never colour alone
    strength_label: str = ""  # the strength of recommendation in words
    offered: bool = False  # a treatment the clinician can accept or decline (rules/pack.yaml status groups)
    assumed: tuple[str, ...] = ()  # what each of `assumptions` means for this item, in words
    kind: str = "activity"  # in a health record: medication | service | activity (pack.model.ITEM_KINDS)
    group: str = ""  # the choice (rules/choices.yaml) it is a member of, "" if none
    choice: str = ""  # its role there: first | alternative | excluded ("" if no group)

    @property
    def one_day(self) -> bool:
        """Its window is a single day (drawn as a point on the timeline)."""
        return self.end_day is not None and self.end_day == self.start_day

    @property
    def decidable(self) -> bool:
        """The clinician can accept or decline it: offered, or an alternative to the first choice."""
        return self.offered or self.choice == "alternative"


@record
class PlanGroup:
    """A choice of the plan: the clinician prescribes one of its members (rules/choices.yaml).
    Members in the order the plan shows them: the first choice, the alternatives, the excluded."""

    id: str
    label: str
    first: str | None  # item id; None: no member can be offered (see the alerts)
    alternatives: tuple[str, ...]
    excluded: tuple[str, ...]
    sources: tuple[str, ...] = ()

    @property
    def members(self) -> tuple[str, ...]:
        return (*((self.first,) if self.first else ()), *self.alternatives, *self.excluded)


@record
class PlanAlert:
    """An alert the plan raises."""

    id: str
    severity: str
    text: str
    sources: tuple[str, ...]
    severity_label: str = ""

    @property
    def critical(self) -> bool:
        """Stops the pathway: shown first, boxed on paper (the first of rules' severities)."""
        return self.severity == CRITICAL


@record
class PlanDecisionPoint:
    """A decision the clinician takes in the plan."""

    id: str
    day: int
    label: str
    short: str
    sources: tuple[str, ...]
    review: bool = False
    schedules: str | None = None  # the item whose next dose or session this point dates


@record
class Assumption:
    """What the plan assumed for an answer left unknown."""

    input: str
    text: str
    name: str = ""  # the question's short name


@record
class SiteResource:
    """A resource the site profile does not have on site."""

    resource: str
    label: str
    state: str  # referral | not_available
    centre: str = ""


@record
class ProfileChoice:
    """A site parameter's value as the profile sets it."""

    parameter: str
    label: str
    value: Any
    choice: str
    disagreement: str
    sources: tuple[str, ...]


@mutable_record
class Plan:
    pack_id: str
    pack_version: str
    pack_sha256: str
    profile_id: str
    profile_name: str
    profile_region: str
    choices: tuple[ProfileChoice, ...]
    visit_date: date
    onset_date: date
    day: int
    phase: str
    alerts: tuple[PlanAlert, ...]
    items: tuple[PlanItem, ...]
    decision_points: tuple[PlanDecisionPoint, ...]
    assumptions: tuple[Assumption, ...]
    input_warnings: tuple[Assumption, ...] = ()
    sources: dict[str, Source] = field(default_factory=dict)
    site: tuple[SiteResource, ...] = ()
    phase_label: str = ""
    phases: tuple[PlanPhase, ...] = ()
    lanes: tuple[PlanLane, ...] = ()
    status_labels: dict[str, str] = field(default_factory=dict)  # every status in words, for the legend
    decision_reasons: dict[str, str] = field(default_factory=dict)  # why a clinician declines, in words
    disclaimer: str = ""
    patient: tuple[Because, ...] = ()  # who: the answers of the pack's patient line (rules/pack.yaml)
    patient_name: str = ""  # for the handout; "" if not given
    groups: tuple[PlanGroup, ...] = ()  # the choices: one drug of several (rules/choices.yaml)
    unsigned: bool = False  # from a pack opened unsigned (authoring mode): every view says so
    answer_names: dict[str, str] = field(default_factory=dict)  # question id -> its short name (visits)
    clinic_name: str = ""  # the site profile's clinic, for the handout and letters ("" if not given)
    clinic_phone: str = ""

    def critical_alerts(self) -> tuple[PlanAlert, ...]:
        return tuple(a for a in self.alerts if a.critical)

    def other_alerts(self) -> tuple[PlanAlert, ...]:
        return tuple(a for a in self.alerts if not a.critical)

    def phase_name(self, phase_id: str) -> str:
        return next((p.label for p in self.phases if p.id == phase_id), phase_id)

    def item(self, item_id: str) -> PlanItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def group_of(self, item: PlanItem) -> PlanGroup | None:
        return next((g for g in self.groups if g.id == item.group), None) if item.group else None

    def secondary_only(self, item: PlanItem) -> bool:
        """The item rests on secondary summaries alone (pathway V2.9: say so on screen and in print)."""
        return bool(item.sources) and all(
            (s := self.sources.get(sid)) is not None and s.kind == "secondary" for sid in item.sources
        )

    def date_of(self, day: int | None) -> date | None:
        return None if day is None else self.onset_date + timedelta(days=day)

    def cited(self) -> list[str]:
        """Every source id the plan cites, in first-cited order."""
        seen: dict[str, None] = {}
        for alert in self.alerts:
            seen.update(dict.fromkeys(alert.sources))
        for item in self.items:
            seen.update(dict.fromkeys(item.sources))
            for note in (*item.cautions, *item.notes):
                seen.update(dict.fromkeys(note.sources))
        for choice in self.choices:
            seen.update(dict.fromkeys(choice.sources))
        for group in self.groups:
            seen.update(dict.fromkeys(group.sources))
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        def iso(d: date | None) -> str | None:
            return None if d is None else d.isoformat()

        def notes(ns: tuple[Note, ...]) -> list[dict[str, Any]]:
            return [{"text": n.text, "sources": list(n.sources)} for n in ns]

        return {
            "format": PLAN_FORMAT,
            "rule_pack": {"id": self.pack_id, "version": self.pack_version, "sha256": self.pack_sha256,
                          "signed": not self.unsigned},
            "profile": {
                "id": self.profile_id,
                "name": self.profile_name,
                "region": self.profile_region,
                "choices": [
                    {
                        "parameter": c.parameter,
                        "label": c.label,
                        "value": c.value,
                        "choice": c.choice,
                        "disagreement": c.disagreement,
                        "sources": list(c.sources),
                    }
                    for c in self.choices
                ],
                "availability": [
                    {"resource": r.resource, "label": r.label, "state": r.state, "centre": r.centre or None}
                    for r in self.site
                ],
            },
            "visit_date": iso(self.visit_date),
            "onset_date": iso(self.onset_date),
            "day": self.day,
            "phase": self.phase,
            "alerts": [
                {"id": a.id, "severity": a.severity, "text": a.text, "sources": list(a.sources)}
                for a in self.alerts
            ],
            "items": [
                {
                    "id": i.id,
                    "lane": i.lane,
                    "status": i.status,
                    "start_day": i.start_day,
                    "end_day": i.end_day,
                    "start_date": iso(self.date_of(i.start_day)),
                    "end_date": iso(self.date_of(i.end_day)),
                    "title": i.title,
                    "detail": i.detail,
                    "reason": i.reason,
                    "strength": i.strength,
                    "strength_basis": i.strength_basis,
                    "sources": list(i.sources),
                    "because": [
                        {"field": b.field, "label": b.label, "value": b.value, "display": b.display}
                        for b in i.because
                    ],
                    "cautions": notes(i.cautions),
                    "notes": notes(i.notes),
                    "assumptions": list(i.assumptions),
                    "site": i.site or None,
                    "resource": i.resource or None,
                    "kind": i.kind,
                    "group": i.group or None,
                    "choice": i.choice or None,
                }
                for i in self.items
            ],
            "decision_points": [
                {
                    "id": d.id,
                    "day": d.day,
                    "date": iso(self.date_of(d.day)),
                    "label": d.label,
                    "short": d.short,
                    "review": d.review,
                    "schedules": d.schedules,
                    "sources": list(d.sources),
                }
                for d in self.decision_points
            ],
            "groups": [
                {"id": g.id, "label": g.label, "first": g.first, "alternatives": list(g.alternatives),
                 "excluded": list(g.excluded), "sources": list(g.sources)}
                for g in self.groups
            ],
            "assumptions": [{"input": a.input, "text": a.text} for a in self.assumptions],
            "input_warnings": [{"input": a.input, "text": a.text} for a in self.input_warnings],
            "sources": {sid: self.sources[sid].to_dict() for sid in self.cited() if sid in self.sources},
        }
