"""The plan as plain text (for `plan --format text` and for quick reading), in the pack's language."""

from __future__ import annotations

import textwrap

from ..pack.catalog import msg
from ..pack.model import RulePack
from .plan import Plan


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def _when(plan: Plan, start: int, end: int | None) -> str:
    start_date = plan.date_of(start)
    if end is None:
        return msg("from day {day} ({date}), ongoing", day=start, date=start_date)
    if end == start:
        return msg("day {day} ({date})", day=start, date=start_date)
    return msg("day {first} to {last} ({start} to {end})", first=start, last=end, start=start_date,
               end=plan.date_of(end))


def plan_to_text(plan: Plan, pack: RulePack) -> str:
    out: list[str] = []
    out.append(msg("OVCF Pathway plan"))
    out.append(msg("Visit {visit}, onset {onset}: day {day} since onset, {phase} phase", visit=plan.visit_date,
                   onset=plan.onset_date, day=plan.day, phase=pack.phase_label(plan.phase).lower()))
    out.append(msg("Rule pack {id} {version} (sha256 {sha256})", id=plan.pack_id, version=plan.pack_version,
                   sha256=plan.pack_sha256))
    out.append(msg("Site profile: {name} ({id}, {region})", name=plan.profile_name, id=plan.profile_id,
                   region=plan.profile_region))
    for choice in plan.choices:
        out.append(f"  {choice.label}: {choice.choice} [{', '.join(choice.sources)}]")
    for site in plan.site:
        where = msg("by referral to {centre}", centre=site.centre) if site.state == "referral" else msg("not available")
        out.append(f"  {site.label}: {where}")
    if plan.input_warnings:
        out.append("")
        out.append(msg("CHECK THE ANSWERS"))
        for warning in plan.input_warnings:
            out.append(_wrap(f"- {warning.input}: {warning.text}", "  "))
    if plan.alerts:
        out.append("")
        out.append(msg("ALERTS"))
        for a in plan.alerts:
            out.append(_wrap(f"[{pack.severity_labels[a.severity].upper()}] {a.text} [{', '.join(a.sources)}]", "  "))
    for lane in pack.lanes:
        items = [i for i in plan.items if i.lane == lane.id]
        if not items:
            continue
        out.append("")
        out.append(lane.label.upper())
        for i in items:
            out.append(f"  {pack.status_labels[i.status].upper()}: {i.title}, {_when(plan, i.start_day, i.end_day)}")
            if i.site:
                out.append(_wrap(i.site, "      "))
            if i.detail:
                out.append(_wrap(i.detail, "      "))
            out.append(_wrap(msg("Why: {reason}", reason=i.reason), "      "))
            answers = "; ".join(f"{b.label}: {b.display}" for b in i.because)
            out.append(_wrap(msg("Answers used: {answers}", answers=answers), "      "))
            strength = pack.strengths[i.strength].label if i.strength in pack.strengths else i.strength
            basis = f" ({i.strength_basis})" if i.strength_basis else ""
            out.append(_wrap(msg("Strength: {strength}. Sources: {sources}", strength=strength + basis,
                                 sources=", ".join(i.sources)), "      "))
            for c in i.cautions:
                out.append(_wrap(msg("Caution: {text}", text=f"{c.text} [{', '.join(c.sources)}]"), "      "))
            for n in i.notes:
                out.append(_wrap(msg("Note: {text}", text=f"{n.text} [{', '.join(n.sources)}]"), "      "))
    if plan.decision_points:
        out.append("")
        out.append(msg("DECISION POINTS"))
        for d in plan.decision_points:
            marker = msg("done") if d.day < plan.day else (msg("today") if d.day == plan.day else msg("ahead"))
            out.append(_wrap(f"{msg('day {day} ({date})', day=d.day, date=plan.date_of(d.day))}, {marker}: {d.label}",
                             "  "))
    if plan.assumptions:
        out.append("")
        out.append(msg("ASSUMPTIONS (answers left unknown)"))
        for assumption in plan.assumptions:
            out.append(_wrap(f"- {assumption.text}", "  "))
    out.append("")
    out.append(msg("SOURCES"))
    for sid in plan.cited():
        s = plan.sources.get(sid, {})
        flag = f" [{msg('UNCONFIRMED')}]" if not s.get("confirmed", True) else ""
        url = f" {s['url']}" if s.get("url") else ""
        out.append(_wrap(f"[{sid}] {s.get('title', sid)}{flag}{url}", "  "))
    if pack.disclaimer:
        out.append("")
        out.append(_wrap(pack.disclaimer, ""))
    return "\n".join(out) + "\n"
