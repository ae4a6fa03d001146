"""Compute the plan for one case: items, alerts, decision points and assumptions."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..case.case import Case, phase_starts
from ..pack.compiled import Ctx, NeedAnswer, Pending
from ..pack.derived import explain
from ..pack.errors import EngineError, RulePackError, RulePackErrors
from ..pack.facts import FactDeriver
from ..pack.model import SEVERITIES, Item, Rule, RulePack, TextPart
from ..pack.site_model import Profile
from .choices import resolve_choices
from .plan import (
    Assumption,
    Because,
    Note,
    Plan,
    PlanAlert,
    PlanDecisionPoint,
    PlanItem,
    PlanLane,
    PlanPhase,
    ProfileChoice,
    SiteResource,
    Source,
)


class FactRecorder(dict[str, Any]):
    """Facts that remember which of them a rule looked at (for `because`)."""

    __slots__ = ("seen",)
    seen: dict[str, None]

    def __getitem__(self, key: str) -> Any:
        self.seen[key] = None
        value = dict.__getitem__(self, key)
        if type(value) is Pending:  # only while the verifier explores the input space
            raise NeedAnswer(value.dim)
        return value


class Planner:
    """Plans cases for one rule pack under one site profile."""

    def __init__(self, pack: RulePack, profile: Profile) -> None:
        self.pack = pack
        self.profile = profile
        self.params = pack.params_for(profile)
        self.phase_starts = phase_starts(pack, self.params)
        starts = self.phase_starts
        if starts != sorted(starts) or len(set(starts)) != len(starts):
            where = profile.file or "phases.yaml"
            problem = f"phases must start on increasing days, got {starts}"
            raise RulePackErrors([RulePackError(where, None, "phases", problem)])
        self.choices = tuple(
            ProfileChoice(
                parameter=p.id,
                label=p.label,
                value=self.params[p.id],
                choice=opt.label,
                disagreement=p.disagreement or "",
                sources=opt.sources,
            )
            for p in pack.parameters.values()
            if p.fixed is None and (opt := p.option(self.params[p.id])) is not None
        )
        self.site = tuple(
            SiteResource(rid, pack.resources[rid].label, a.state, a.centre)
            for rid, a in profile.availability.items()
            if a.state != "on_site"
        )
        self.offered = set(pack.status_groups.get("offered", ()))
        # statuses for which every matching rule counts, not only the first (pack.yaml)
        self.every_reason = frozenset(pack.status_groups.get("every_reason", ()))
        self.questions = {q.id: q for q in pack.questions}
        self.question_order = {q.id: i for i, q in enumerate(pack.questions)}
        self.answer_names = {q.id: q.short or q.label for q in pack.questions}  # shared by every plan
        self.derive = FactDeriver(pack.questions, pack.phases, self.phase_starts)
        self.sources = {s.id: Source(s.short, s.title, s.url, s.confirmed, s.note, s.kind)
                        for s in pack.sources.values()}
        ends = [*starts[1:], None]
        self.phases = tuple(PlanPhase(p.id, p.label, start, end) for p, start, end in zip(pack.phases, starts, ends,
                                                                                          strict=True))
        self.lanes = tuple(PlanLane(lane.id, lane.label) for lane in pack.lanes)
        self.decision_reasons = {r.id: r.label for r in pack.decision_reasons}

    def facts(self, case: Case) -> dict[str, Any]:
        return self.derive(case.answers)

    def plan(
        self,
        case: Case,
        only_items: frozenset[str] | None = None,
        only_alerts: frozenset[str] | None = None,
        facts: dict[str, Any] | None = None,
    ) -> Plan:
        """The plan for `case`. `only_*` restrict what is computed (used by the verifier)."""
        pack = self.pack
        if facts is None:
            derived = case.derived  # as validation derived them, if under this profile's parameters
            facts = derived[1] if derived is not None and derived[0] == self.params else self.derive(case.answers)
        facts = FactRecorder(facts)
        facts.seen = {}
        ctx = Ctx(facts, self.params)
        day: int = dict.__getitem__(facts, "day")
        points = self._decision_points(ctx)
        items: dict[str, PlanItem] = {}
        for item in pack.items:
            if only_items is not None and item.id not in only_items:
                continue
            facts.seen = {}
            planned = self.plan_item(item, ctx, case)
            if planned is not None:
                items[item.id] = planned
        ctx.items = items  # alerts read each item's status as its own rules set it (before choices)
        alerts = tuple(
            PlanAlert(a.id, a.severity, a.text, a.sources, pack.severity_labels[a.severity])
            for a in pack.alerts
            if (only_alerts is None or a.id in only_alerts) and a.when.fn(ctx)
        )
        items, groups = resolve_choices(pack.choices, items, ctx, self.offered,
                                        pack.status_labels.get("alternative", "alternative"))
        assumed = sorted(
            {qid for it in items.values() for qid in it.assumptions}, key=self.question_order.__getitem__
        )
        phase = dict.__getitem__(facts, "phase")
        return Plan(
            pack_id=pack.id,
            pack_version=pack.version,
            pack_sha256=pack.sha256,
            profile_id=self.profile.id,
            profile_name=self.profile.name,
            profile_region=self.profile.region,
            choices=self.choices,
            visit_date=case.answers["visit_date"],
            onset_date=case.answers["onset_date"],
            day=day,
            phase=phase,
            alerts=tuple(sorted(alerts, key=lambda a: SEVERITIES.index(a.severity))),
            items=tuple(items.values()),
            decision_points=points,
            assumptions=tuple(Assumption(q, self.questions[q].if_unknown or "", self._name(q)) for q in assumed),
            input_warnings=tuple(Assumption(q, text, self._name(q)) for q, text in case.warnings),
            sources=self.sources,
            site=self.site,
            phase_label=pack.phase_label(phase),
            phases=self.phases,
            lanes=self.lanes,
            status_labels=pack.status_labels,
            decision_reasons=self.decision_reasons,
            disclaimer=pack.disclaimer,
            patient=self._patient(case.answers),
            patient_name=str(case.answers.get(pack.patient.name) or "") if pack.patient.name else "",
            groups=groups,
            unsigned=pack.unsigned,
            answer_names=self.answer_names,
            clinic_name=self.profile.clinic_name,
            clinic_phone=self.profile.clinic_phone,
        )

    def _patient(self, answers: dict[str, Any]) -> tuple[Because, ...]:
        """The patient line; empty while the verifier has not chosen these answers (no rule reads it)."""
        try:
            return tuple(self._answer(qid, answers) for qid in self.pack.patient.line)
        except NeedAnswer:
            return ()

    def _name(self, qid: str) -> str:
        return self.answer_names.get(qid, qid)

    def _decision_points(self, ctx: Ctx) -> tuple[PlanDecisionPoint, ...]:
        points = []
        for dp in self.pack.decision_points:
            if dp.when is not None and not dp.when.fn(ctx):
                continue
            day = dp.day.fn(ctx)
            if day is not None:
                points.append(PlanDecisionPoint(dp.id, int(day), dp.label, dp.short, dp.sources, dp.review,
                                                dp.schedules))
        return tuple(sorted(points, key=lambda p: p.day))

    @staticmethod
    def matched_rule(item: Item, ctx: Ctx) -> Rule | None:
        """The first of the item's rules whose condition holds (None: the item is not shown)."""
        if item.applies_when is not None and not item.applies_when.fn(ctx):
            return None
        return next((r for r in item.rules if r.when is None or r.when.fn(ctx)), None)

    @staticmethod
    def also_matching(item: Item, rule: Rule, ctx: Ctx) -> tuple[Rule, ...]:
        """The later rules of the item with the matched rule's status whose condition holds too
        (a status of `every_reason`: every contraindication, every precondition, is listed).
        The answers they read count among those that decided the item only if they match."""
        seen = ctx.facts.seen  # type: ignore[attr-defined]
        found: list[Rule] = []
        kept = dict(seen)
        for other in item.rules[item.rules.index(rule) + 1:]:
            if other.status != rule.status:
                continue
            ctx.facts.seen = {}  # type: ignore[attr-defined]
            if other.when is None or other.when.fn(ctx):
                found.append(other)
                kept.update(ctx.facts.seen)  # type: ignore[attr-defined]
        seen.clear()
        seen.update(kept)
        ctx.facts.seen = seen  # type: ignore[attr-defined]
        return tuple(found)

    @staticmethod
    def window(item: Item, rule: Rule, ctx: Ctx) -> tuple[int, int | None]:
        """The days a matched rule gives the item; an error if they read an unknown answer."""
        start = rule.window.start(ctx)
        end = rule.window.end(ctx) if rule.window.end is not None else None
        if start is None or (rule.window.end is not None and end is None):
            raise EngineError(
                f"{item.file}:{rule.line}: item '{item.id}': the window uses an unknown answer"
            )
        return int(start), None if end is None else int(end)

    def plan_item(self, item: Item, ctx: Ctx, case: Case) -> PlanItem | None:
        """One item as its first matching rule and this site decide it (None: not shown)."""
        rule = self.matched_rule(item, ctx)
        if rule is None:
            return None
        also = self.also_matching(item, rule, ctx) if item.every_reason and rule.status in self.every_reason else ()
        detail = self._texts(item.detail, ctx)
        cautions = self._texts(item.cautions, ctx)
        notes = self._texts(item.notes, ctx)
        seen = ctx.facts.seen  # type: ignore[attr-defined]
        fields = self._because(list(seen) + list(item.triggers), case)
        start, end = self.window(item, rule, ctx)
        for other in also:  # each must be met first: the item starts when the last of them allows
            start = max(start, self.window(item, other, ctx)[0])
        if end is not None and end < start:
            end = start
        read = self._because(list(seen), case)  # now also what the window read
        # a question the wizard does not ask this patient (pregnancy at 74) is not an unknown answer
        fields = tuple(b for b in fields if b.value is not None or self._asked(b.field, ctx))
        read = tuple(b for b in read if b.value is not None or self._asked(b.field, ctx))
        sources = dict.fromkeys(item.sources)
        sources.update(dict.fromkeys(rule.sources))
        for other in also:
            sources.update(dict.fromkeys(other.sources))
        for part in detail:
            sources.update(dict.fromkeys(part.sources))
        joined = " ".join(p.text for p in detail)
        reason = " ".join([rule.reason, *(self.pack.phrases["also"].format(reason=o.reason) for o in also)])
        status, reason, text, site, resource = self.at_this_site(item, rule.status, reason, joined, sources)
        form = next((o for o in self.pack.availability.get(item.id, ()) if o.resource == resource), None)
        if form is not None and form.max_days is not None and end is not None:  # e.g. calcitonin injection: 2 weeks
            end = min(end, start + form.max_days)
        strength = rule.strength or item.strength
        assumed = tuple(
            b.field
            for b in read
            if b.value is None and b.field in self.questions and self.questions[b.field].if_unknown
        )
        return PlanItem(
            id=item.id,
            lane=item.lane,
            status=status,
            start_day=start,
            end_day=end,
            title=item.title,
            detail=text,
            strength=strength,
            strength_basis=rule.strength_basis if rule.strength else item.strength_basis,
            sources=tuple(sources),
            because=fields,
            reason=reason,
            site=site,
            resource=resource,
            cautions=tuple(Note(p.text, p.sources) for p in cautions),
            notes=tuple(Note(p.text, p.sources) for p in notes),
            assumptions=assumed,
            status_label=self.pack.status_labels[status],
            strength_label=self.pack.strengths[strength].label if strength in self.pack.strengths else strength,
            offered=status in self.offered,
            assumed=tuple(self.questions[q].if_unknown or q for q in assumed),
            kind=item.kind,
        )

    def _asked(self, qid: str, ctx: Ctx) -> bool:
        """Whether the question `qid` applies to this case (a derived fact's inputs count as asked)."""
        question = self.questions.get(qid)
        return question is None or question.applies(ctx)

    def at_this_site(
        self, item: Item, status: str, reason: str, detail: str, sources: dict[str, None]
    ) -> tuple[str, str, str, str, str]:
        """Apply the site profile's availability: (status, reason, detail, where, resource used)."""
        options = self.pack.availability.get(item.id)
        if not options or status not in self.offered:
            return status, reason, detail, "", ""
        chosen = next((o for o in options if self.profile.has(o.resource).state != "not_available"), None)
        if chosen is None:
            labels = ", ".join(self.pack.resources[o.resource].label for o in options)
            if status == "continue" or (status == "urgent" and item.kind == "medication"):
                # never stop (or skip an overdue dose of) current treatment for want of stock: say so
                note = self.pack.phrases["continue_elsewhere"].format(profile=self.profile.name, resources=labels)
                return status, reason, detail, note, ""
            missing = self.pack.phrases["not_available"].format(profile=self.profile.name, resources=labels)
            return "unavailable", f"{missing} {reason}", detail, "", ""
        if chosen is not options[0] and chosen.text:
            detail = chosen.text
            sources.update(dict.fromkeys(chosen.sources))
        where = self.profile.has(chosen.resource)
        site = self.pack.phrases["referral"].format(centre=where.centre) if where.state == "referral" else ""
        return status, reason, detail, site, chosen.resource

    @staticmethod
    def _texts(parts: tuple[TextPart, ...], ctx: Ctx) -> list[TextPart]:
        return [p for p in parts if p.when is None or p.when.fn(ctx)]

    def _because(self, fact_ids: list[str], case: Case) -> tuple[Because, ...]:
        out: dict[str, Because] = {}
        answers = case.answers
        for fid in fact_ids:
            if fid in ("day", "phase"):
                if "day" not in out:
                    day = (answers["visit_date"] - answers["onset_date"]).days
                    out["day"] = Because("day", self.pack.catalog.msg("Days since onset"), day, str(day))
                continue
            spec = self.pack.facts[fid]
            if spec.inputs:  # derived (pack/derived.py): which value was used, and from what
                for field, label, value, display in explain(fid, answers, self.questions, self.pack.facts,
                                                            self.pack.catalog):
                    out.setdefault(field, Because(field, label, value, display))
                continue
            qid = spec.question or fid
            if qid not in out:
                out[qid] = self._answer(qid, answers)
        return tuple(out.values())

    def _answer(self, qid: str, answers: dict[str, Any]) -> Because:
        """An answer as the plan shows it: the question's short name and the answer in words."""
        q = self.questions[qid]
        value = answers.get(qid)
        if type(value) is Pending:
            raise NeedAnswer(value.dim)
        display = q.display(value)
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, list):
            value = list(value)
        return Because(qid, q.short or q.label, value, display)
