"""The plan as plain text (`plan --format text`), in the rule pack's language.

Its sentences are the rule pack catalogue's messages (rules/i18n/<language>.yaml): `msg` is
the loaded pack's `catalog.msg`, and `rules check` makes sure every language has them.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from desktop.engine.plan.plan import Plan, PlanItem

from .choices import text_choice
from .site import text_where
from .when import text_when


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def _head(plan: Plan, msg: Callable[..., str]) -> list[str]:
    out = [msg("OVCF Pathway plan")]
    out.append(msg("Visit {visit}, onset {onset}: day {day} since onset, {phase} phase", visit=plan.visit_date,
                   onset=plan.onset_date, day=plan.day, phase=plan.phase_label.lower()))
    out.append(msg("Rule pack {id} {version} (sha256 {sha256})", id=plan.pack_id, version=plan.pack_version,
                   sha256=plan.pack_sha256))
    out.append(msg("Site profile: {name} ({id}, {region})", name=plan.profile_name, id=plan.profile_id,
                   region=plan.profile_region))
    out += [f"  {c.label}: {c.choice} [{', '.join(c.sources)}]" for c in plan.choices]
    out += [f"  {s.label}: {text_where(s, msg)}" for s in plan.site]
    return out


def _item(plan: Plan, i: PlanItem, msg: Callable[..., str]) -> list[str]:
    out = [f"  {i.status_label.upper()}: {i.title}, {text_when(plan, i.start_day, i.end_day, msg)}"]
    if i.site:
        out.append(_wrap(i.site, "      "))
    if i.detail:
        out.append(_wrap(i.detail, "      "))
    out.append(_wrap(msg("Why: {reason}", reason=i.reason), "      "))
    answers = "; ".join(f"{b.label}: {b.display}" for b in i.because)
    out.append(_wrap(msg("Answers used: {answers}", answers=answers), "      "))
    basis = f" ({i.strength_basis})" if i.strength_basis else ""
    out.append(_wrap(msg("Strength: {strength}. Sources: {sources}", strength=i.strength_label + basis,
                         sources=", ".join(i.sources)), "      "))
    if plan.secondary_only(i):  # pathway V2.9
        out.append(_wrap(msg("Secondary summary only: verify against a primary source."), "      "))
    for c in i.cautions:
        out.append(_wrap(msg("Caution: {text}", text=f"{c.text} [{', '.join(c.sources)}]"), "      "))
    for n in i.notes:
        out.append(_wrap(msg("Note: {text}", text=f"{n.text} [{', '.join(n.sources)}]"), "      "))
    return out


def plan_to_text(plan: Plan, msg: Callable[..., str]) -> str:
    out = _head(plan, msg)
    if plan.input_warnings:
        out += ["", msg("CHECK THE ANSWERS")]
        out += [_wrap(f"- {w.input}: {w.text}", "  ") for w in plan.input_warnings]
    if plan.alerts:
        out += ["", msg("ALERTS")]
        out += [_wrap(f"[{a.severity_label.upper()}] {a.text} [{', '.join(a.sources)}]", "  ") for a in plan.alerts]
    for lane in plan.lanes:
        items = [i for i in plan.items if i.lane == lane.id]
        if items:
            out += ["", lane.label.upper()]
            for i in items:
                group = plan.group_of(i)
                if group is not None and i.id == group.members[0]:  # a choice: one block, headed
                    out.append(_wrap(f"{group.label.upper()}: {' '.join(text_choice(plan, group, msg))}", "  "))
                out += _item(plan, i, msg)
    if plan.decision_points:
        out += ["", msg("DECISION POINTS")]
        for d in plan.decision_points:
            marker = msg("done") if d.day < plan.day else (msg("today") if d.day == plan.day else msg("ahead"))
            out.append(_wrap(f"{msg('day {day} ({date})', day=d.day, date=plan.date_of(d.day))}, {marker}: {d.label}",
                             "  "))
    if plan.assumptions:
        out += ["", msg("ASSUMPTIONS (answers left unknown)")]
        out += [_wrap(f"- {a.text}", "  ") for a in plan.assumptions]
    out += ["", msg("SOURCES")]
    for sid in plan.cited():
        s = plan.sources.get(sid)
        flag = f" [{msg('UNCONFIRMED')}]" if s is not None and not s.confirmed else ""
        url = f" {s.url}" if s is not None and s.url else ""
        out.append(_wrap(f"[{sid}] {s.title if s is not None else sid}{flag}{url}", "  "))
    if plan.disclaimer:
        out += ["", _wrap(plan.disclaimer, "")]
    return "\n".join(out) + "\n"
