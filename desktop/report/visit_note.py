"""The visit as a short plain-text note to paste into an electronic health record (Edit >
Copy visit note): who and when, the critical alerts, what to do at this visit and the next
review, the clinician's decisions, and the sources those lines rest on."""

from __future__ import annotations

from desktop.engine.case.history import Decision, declined
from desktop.engine.plan.plan import Plan
from desktop.engine.plan.this_visit import this_visit

from .banner import unsigned_text
from .this_visit_html import this_visit_text
from .words import Words


def visit_note(plan: Plan, decisions: dict[str, Decision], words: Words) -> str:
    visit = this_visit(plan, declined(decisions))
    lines = [words.tr("OVCF Pathway visit note, {date}").format(date=words.date(plan.visit_date))]
    who = "; ".join(f"{b.label}: {b.display}" for b in plan.patient)
    lines.append(words.tr("{who}. Onset {onset}: day {day} since onset, {phase} phase.").format(
        who=who, onset=words.date(plan.onset_date), day=plan.day, phase=plan.phase_label.lower()))
    critical = words.tr("CRITICAL")
    for alert in plan.critical_alerts():
        lines.append(f"{critical}: {alert.text}")
    lines += this_visit_text(visit, words)
    decided = []
    for item_id, decision in decisions.items():
        item = plan.item(item_id)
        if item is None:
            continue
        label = words.tr("Accepted") if decision.decision == "accepted" else words.tr("Declined")
        reason = plan.decision_reasons.get(decision.reason, decision.reason) if decision.reason else ""
        decided.append(f"{item.title}: {label}" + (f" ({reason})" if reason else ""))
    if decided:
        lines.append(words.tr("Decisions: {list}").format(list="; ".join(decided)))
    cited: dict[str, None] = {}
    for alert in plan.critical_alerts():
        cited.update(dict.fromkeys(alert.sources))
    for line in visit.lines:
        item = plan.item(line.item)
        if item is not None:
            cited.update(dict.fromkeys(item.sources))
    shorts = [f"[{sid}] {plan.sources[sid].short}" if sid in plan.sources else f"[{sid}]" for sid in cited]
    if shorts:
        lines.append(words.tr("Sources: {list}").format(list="; ".join(shorts)))
    lines.append(words.tr("Rule pack {id} {version} (sha256 {sha256}), site profile {profile}.").format(
        id=plan.pack_id, version=plan.pack_version, sha256=plan.pack_sha256[:12], profile=plan.profile_name))
    if plan.unsigned:
        lines.insert(0, f"*** {unsigned_text(words)} ***")
    return "\n".join(lines) + "\n"
