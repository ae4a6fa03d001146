"""The plan as plain text (for `plan --format text` and for quick reading)."""

from __future__ import annotations

import textwrap

from .plan import Plan

STATUS_WORDS = {
    "recommended": "RECOMMENDED",
    "consider": "CONSIDER",
    "conditional": "CONDITIONAL",
    "continue": "CONTINUE",
    "urgent": "URGENT",
    "not_recommended": "NOT RECOMMENDED",
    "contraindicated": "CONTRAINDICATED",
    "unavailable": "UNAVAILABLE",
    "window_passed": "WINDOW PASSED",
}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def _when(plan: Plan, start: int, end: int | None) -> str:
    start_date = plan.date_of(start)
    if end is None:
        return f"from day {start} ({start_date}), ongoing"
    if end == start:
        return f"day {start} ({start_date})"
    return f"day {start} to {end} ({start_date} to {plan.date_of(end)})"


def plan_to_text(plan: Plan, lanes: dict[str, str], disclaimer: str = "") -> str:
    out: list[str] = []
    out.append("OVCF Pathway plan")
    out.append(
        f"Visit {plan.visit_date}, onset {plan.onset_date}: day {plan.day} since onset, {plan.phase} phase"
    )
    out.append(f"Rule pack {plan.pack_id} {plan.pack_version} (sha256 {plan.pack_sha256})")
    out.append(f"Site profile: {plan.profile_name} ({plan.profile_id}, {plan.profile_region})")
    for choice in plan.choices:
        out.append(f"  {choice.label}: {choice.choice} [{', '.join(choice.sources)}]")
    if plan.input_warnings:
        out.append("")
        out.append("CHECK THE ANSWERS")
        for warning in plan.input_warnings:
            out.append(_wrap(f"- {warning.input}: {warning.text}", "  "))
    if plan.alerts:
        out.append("")
        out.append("ALERTS")
        for a in plan.alerts:
            out.append(_wrap(f"[{a.severity.upper()}] {a.text} [{', '.join(a.sources)}]", "  "))
    for lane_id, lane_label in lanes.items():
        items = [i for i in plan.items if i.lane == lane_id]
        if not items:
            continue
        out.append("")
        out.append(lane_label.upper())
        for i in items:
            out.append(f"  {STATUS_WORDS[i.status]}: {i.title}, {_when(plan, i.start_day, i.end_day)}")
            if i.detail:
                out.append(_wrap(i.detail, "      "))
            out.append(_wrap(f"Why: {i.reason}", "      "))
            answers = "; ".join(f"{b.label}: {b.display}" for b in i.because)
            out.append(_wrap(f"Answers used: {answers}", "      "))
            basis = f" ({i.strength_basis})" if i.strength_basis else ""
            out.append(_wrap(f"Strength: {i.strength}{basis}. Sources: {', '.join(i.sources)}", "      "))
            for c in i.cautions:
                out.append(_wrap(f"Caution: {c.text} [{', '.join(c.sources)}]", "      "))
            for n in i.notes:
                out.append(_wrap(f"Note: {n.text} [{', '.join(n.sources)}]", "      "))
    if plan.decision_points:
        out.append("")
        out.append("DECISION POINTS")
        for d in plan.decision_points:
            marker = "done" if d.day < plan.day else ("today" if d.day == plan.day else "ahead")
            out.append(_wrap(f"day {d.day} ({plan.date_of(d.day)}, {marker}): {d.label}", "  "))
    if plan.assumptions:
        out.append("")
        out.append("ASSUMPTIONS (answers left unknown)")
        for assumption in plan.assumptions:
            out.append(_wrap(f"- {assumption.text}", "  "))
    out.append("")
    out.append("SOURCES")
    for sid in plan.cited():
        s = plan.sources.get(sid, {})
        flag = " [UNCONFIRMED]" if not s.get("confirmed", True) else ""
        url = f" {s['url']}" if s.get("url") else ""
        out.append(_wrap(f"[{sid}] {s.get('title', sid)}{flag}{url}", "  "))
    if disclaimer:
        out.append("")
        out.append(_wrap(disclaimer, ""))
    return "\n".join(out) + "\n"
