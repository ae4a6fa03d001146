"""The rule pack as typed, immutable data (built by `loader.py`, read by the planner)."""

from __future__ import annotations

from dataclasses import field
from typing import Any

from ..record import record
from .catalog import Catalog
from .compiled import Condition, Expr
from .doses import Dose, LabelLimit
from .hazards import HazardLog
from .question_model import (
    ASKED_AGAIN,
    ASKED_EMPTY,
    FOLLOW_UP,
    AnswerWords,
    Choice,
    Page,
    Question,
    Replacement,
    TextPart,
)
from .site_model import AvailabilityOption, Parameter, Profile, Resource

STATUSES: tuple[str, ...] = (
    "recommended",
    "consider",
    "conditional",
    "continue",
    "urgent",
    "not_recommended",
    "contraindicated",
    "unavailable",
    "window_passed",
    "alternative",
    "done",
)
# `alternative` is never set by an item's own rules: a choice (rules/choices.yaml) gives it to
# every offered member other than the first choice, after the members' rules ran.
ALTERNATIVE = "alternative"
RULE_STATUSES: tuple[str, ...] = tuple(s for s in STATUSES if s != ALTERNATIVE)
SEVERITIES: tuple[str, ...] = ("critical", "warning", "info")
# what an item is in a health record: a medication, a service request (procedure, referral,
# work-up), or an activity of the care plan (advice, exercise): rules/items/*.yaml `kind`
ITEM_KINDS: tuple[str, ...] = ("medication", "service", "activity")
# the two dates every pack asks (the loader requires them): the visit, and the onset the plan is
# dated from
ANCHOR_DATES = ("visit_date", "onset_date")
ACCEPTED_ON = "accepted_on"  # an item's `current_treatment`: the date it was accepted
CRITICAL = SEVERITIES[0]  # stops the pathway: asked about first, shown first, boxed on paper
FACT_KINDS: tuple[str, ...] = (
    "date",
    "integer",
    "number",
    "boolean",
    "choice",
    "multi_choice",
    "text",
)


@record
class Source:
    """A cited source (guideline, trial, review)."""
    id: str
    short: str
    title: str
    kind: str
    url: str | None = None
    year: int | None = None
    confirmed: bool = True
    note: str | None = None
    aaos_rec: int | None = None
    via: str | None = None


@record
class Strength:
    id: str
    label: str
    meaning: str


@record
class FactSpec:
    """Something a condition may test: an answer from the case or a derived fact."""

    id: str
    kind: str
    label: str
    nullable: bool = False
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    min_count: int = 0
    question: str | None = None  # the case field it comes from, for `because`
    # a fact the engine derives (rules/questions.yaml `derived`): what it is computed from
    inputs: tuple[str, ...] = ()
    unit: str | None = None
    sources: tuple[str, ...] = ()
    help: str = ""


@record
class Phase:
    """A phase of the treatment timeline."""
    id: str
    label: str
    from_day: Expr
    description: str
    sources: tuple[str, ...]


@record
class DecisionPoint:
    """A point where the clinician decides between options."""
    id: str
    label: str
    short: str
    day: Expr
    sources: tuple[str, ...]
    when: Condition | None = None
    review: bool = False
    schedules: str | None = None  # the item whose next dose or session this point dates


@record
class UrgentPage:
    """The wizard page a red flag routes to, right after page `after`."""

    after: str
    when: Condition
    title: str
    intro: str


@record
class Window:
    start: Expr
    end: Expr | None  # None: ongoing


@record
class Rule:
    """A rule: the status and window an item gets when its condition holds."""
    status: str
    window: Window
    reason: str
    when: Condition | None = None
    strength: str | None = None
    strength_basis: str | None = None
    sources: tuple[str, ...] = ()
    line: int | None = None


@record
class Item:
    """An item of the plan (a treatment, test or visit) with its rules."""
    id: str
    lane: str
    title: str
    strength: str
    strength_basis: str | None
    sources: tuple[str, ...]
    rules: tuple[Rule, ...]
    applies_when: Condition | None = None
    triggers: tuple[str, ...] = ()
    detail: tuple[TextPart, ...] = ()
    cautions: tuple[TextPart, ...] = ()
    notes: tuple[TextPart, ...] = ()
    kind: str = "activity"  # one of ITEM_KINDS
    # the answers it becomes at the next visit once the clinician confirms the patient takes it
    # (accepted at this one): (question id, a choice id or ACCEPTED_ON, the date it was accepted)
    current_treatment: tuple[tuple[str, str], ...] = ()
    # every matching rule with a status of pack.yaml's `every_reason` group counts, not only
    # the first: each contraindication or precondition listed, the start the latest they allow
    every_reason: bool = False
    file: str = ""
    line: int | None = None


@record
class Alert:
    """An alert shown when its condition holds."""
    id: str
    severity: str
    text: str
    sources: tuple[str, ...]
    when: Condition


@record
class Invariant:
    id: str
    text: str
    then: Condition
    when: Condition | None = None
    sources: tuple[str, ...] = ()


@record
class Handout:
    """Plain-language texts for the patient handout (from rules/handout.yaml)."""

    title: str
    intro: tuple[TextPart, ...]  # the parts whose condition holds, joined (V2.8: not "weak bones" under a red flag)
    headings: dict[str, str]
    review: str
    no_review: str
    questions: str
    items: dict[str, tuple[TextPart, ...]]
    avoid: tuple[TextPart, ...]
    warning_signs: tuple[TextPart, ...]
    choose_one: tuple[str, ...] = ()
    choose_one_text: TextPart | None = None


@record
class ChoiceOrder:
    """Another preference order of a choice's members, when `when` holds (e.g. a profile choice)."""

    when: Condition
    members: tuple[str, ...]


@record
class ChoiceGroup:
    """Items of which the clinician prescribes one (rules/choices.yaml): the first offered member
    in the effective order is the first choice, the other offered ones are alternatives."""

    id: str
    label: str
    members: tuple[str, ...]  # the default preference order
    sources: tuple[str, ...]
    order: tuple[ChoiceOrder, ...] = ()
    line: int | None = None


@record
class Lane:
    id: str
    label: str


@record
class PatientFields:
    """Which answers say who the patient is (rules/pack.yaml `patient`)."""

    name: str | None = None  # names the patient: on the handout, and when a kept draft is offered back
    line: tuple[str, ...] = ()  # the clinician summary's first line, e.g. name, age and sex
    age: str | None = None  # the clinic register's age (and estimated year of birth)
    sex: str | None = None  # the clinic register's sex
    levels: str | None = None  # the fractured levels: an episode of the register is one fracture
    onset: str | None = None  # the fracture's onset (a date): asked again, empty, for a new fracture
    earlier_fracture: str | None = None  # a yes/no answer set to yes when a new fracture is recorded


@record
class RulePack:
    """A loaded, checked rule pack in one language: `catalog` holds that language's texts and
    the engine's sentences (`pack.catalog.msg(...)`); `warnings` what `rules check` reports."""

    id: str
    title: str
    version: str
    sha256: str
    directory: str
    disclaimer: str
    default_profile: str
    lanes: tuple[Lane, ...]
    status_groups: dict[str, tuple[str, ...]]
    sources: dict[str, Source]
    strengths: dict[str, Strength]
    pages: tuple[Page, ...]
    questions: tuple[Question, ...]
    facts: dict[str, FactSpec]
    parameters: dict[str, Parameter]
    phases: tuple[Phase, ...]
    decision_points: tuple[DecisionPoint, ...]
    items: tuple[Item, ...]
    alerts: tuple[Alert, ...]
    invariants: tuple[Invariant, ...]
    profiles: dict[str, Profile]
    urgent_page: UrgentPage | None = None
    handout: Handout | None = None
    decision_reasons: tuple[Choice, ...] = ()
    resources: dict[str, Resource] = field(default_factory=dict)
    availability: dict[str, tuple[AvailabilityOption, ...]] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)
    status_labels: dict[str, str] = field(default_factory=dict)
    severity_labels: dict[str, str] = field(default_factory=dict)
    language: str = "en"
    files: tuple[str, ...] = ()
    catalog: Catalog = field(default_factory=Catalog)
    warnings: tuple[str, ...] = ()
    patient: PatientFields = PatientFields()
    choices: tuple[ChoiceGroup, ...] = ()  # rules/choices.yaml
    hazards: HazardLog | None = None  # rules/hazards.yaml (hazards.py)
    doses: dict[str, Dose] = field(default_factory=dict)  # rules/doses.yaml (doses.py)
    label_limits: tuple[LabelLimit, ...] = ()  # what the labels name, that every dose is checked against
    unsigned: bool = False  # opened unsigned in authoring mode (trust.open_pack): its plans say so

    def question(self, qid: str) -> Question:
        return next(q for q in self.questions if q.id == qid)

    def item(self, iid: str) -> Item:
        return next(i for i in self.items if i.id == iid)

    def phase_label(self, pid: str) -> str:
        return next((p.label for p in self.phases if p.id == pid), pid)

    def params_for(self, profile: Profile) -> dict[str, Any]:
        """Every parameter's value under `profile` (fixed constants included)."""
        values = {p.id: p.fixed for p in self.parameters.values() if p.fixed is not None}
        values.update(profile.parameters)
        return values


# re-exported: the whole pack's model is read from here
__all__ = ["ASKED_AGAIN", "ASKED_EMPTY", "FOLLOW_UP", "AnswerWords", "Choice", "Page", "Question", "Replacement",
           "TextPart"]
