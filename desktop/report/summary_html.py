"""The printed clinician summary, as HTML (rendered to paper by desktop/ui/printing.py).

Printed pages must read in black and white: statuses are written in words, critical alerts
are boxed and labelled, and nothing relies on colour.
"""

from __future__ import annotations

from datetime import date
from html import escape

from desktop import __version__
from desktop.engine.case.history import Change, Decision, Visit, declined
from desktop.engine.plan.plan import Plan, PlanItem
from desktop.engine.plan.this_visit import this_visit

from .banner import unsigned_banner
from .choices import screen_choice
from .html import short_refs, tag
from .site import missing_html, profile_title
from .this_visit_html import heading, this_visit_html
from .when import print_when
from .words import Words

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; }
h1 { font-size: 15pt; margin: 0 0 4px 0; }
h2 { font-size: 11pt; margin: 10px 0 3px 0; border-bottom: 1px solid #000; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #000; padding: 3px; vertical-align: top; }
th { text-align: left; background: #e6e6e6; }
td.critical { border: 3px solid #000; padding: 6px; font-weight: bold; }
.small { font-size: 8pt; }
"""
TIMELINE = "\u2063TIMELINE\u2063"  # where the timeline goes: desktop/ui/print_timeline.py draws it there


def day_and_phase(plan: Plan, words: Words) -> str:
    return words.tr("Day {day} since onset, {phase} phase").format(day=plan.day, phase=plan.phase_label.lower())


def patient_line(plan: Plan, words: Words) -> str:
    """Who and when: the pack's patient-line answers (rules/pack.yaml), visit, onset, day, phase."""
    cells = [(words.tr("{label}:").format(label=b.label), escape(b.display)) for b in plan.patient]
    cells += [(words.tr("Visit:"), words.date(plan.visit_date)), (words.tr("Onset:"), words.date(plan.onset_date))]
    tds = [f"<td><b>{escape(label)}</b> {value}</td>" for label, value in cells]
    tds.append(f"<td><b>{escape(day_and_phase(plan, words))}</b></td>")
    split = len(tds) - 3  # visit, onset and day on the second row
    return (f"<table cellspacing='0' cellpadding='2'><tr>{''.join(tds[:split])}</tr>"
            f"<tr>{''.join(tds[split:])}</tr></table>")


def header_cells(cells: tuple[tuple[str, int], ...]) -> str:
    return "".join(f"<th width='{w}%'>{escape(t)}</th>" if w else f"<th>{escape(t)}</th>" for t, w in cells)


def decision_label(decision: str, words: Words) -> str:
    return {"accepted": words.tr("Accepted"), "declined": words.tr("Declined")}.get(decision, decision)


def _decided(plan: Plan, decision: Decision | None, words: Words) -> str:
    if decision is None:
        return ""
    decided = escape(decision_label(decision.decision, words))
    if decision.reason:
        decided += f": {escape(plan.decision_reasons.get(decision.reason, decision.reason))}"
    if decision.note:
        decided += f" ({escape(decision.note)})"
    return decided


def _critical(plan: Plan) -> str:
    critical = plan.critical_alerts()
    if not critical:
        return ""
    boxed = "".join(
        f"<p>{escape(a.severity_label.upper())}: {escape(a.text)} "
        f"<span class='small'>({short_refs(plan.sources, a.sources)})</span></p>"
        for a in critical
    )
    return f"<table width='100%' cellspacing='0'><tr><td class='critical'>{boxed}</td></tr></table>"


def _secondary(plan: Plan, item: PlanItem, words: Words) -> str:
    """Pathway V2.9: an item that rests on secondary summaries alone says so in print."""
    if not plan.secondary_only(item):
        return ""
    said = escape(words.tr("Secondary summary only: verify against a primary source."))
    return f"<br><span class='small'><b>{said}</b></span>"


def _items(plan: Plan, decisions: dict[str, Decision], words: Words) -> str:
    rows = []
    for item in plan.items:
        group = plan.group_of(item)
        if group is not None and item.id == group.members[0]:  # a choice: headed, its members together
            said = " ".join(escape(s) for s in screen_choice(plan, group, words))
            rows.append(f"<tr><td colspan='5'><b>{escape(group.label)}</b>: {said}</td></tr>")
        title = escape(item.title)
        if item.choice == "alternative":
            title = escape(words.tr("or {item}").format(item=item.title))
        # the dose and schedule of what may be given; for the rest, why (the app shows everything)
        said = item.detail if item.offered and item.choice != "alternative" else item.reason
        rows.append(
            f"<tr><td><b>{title}</b><br>{escape(item.status_label.upper())}</td>"
            f"<td>{escape(said)}</td><td>{escape(print_when(plan, item.start_day, item.end_day, words))}</td>"
            f"<td>{escape(item.strength_label)}<br><span class='small'>{escape(', '.join(item.sources))}</span>"
            f"{_secondary(plan, item, words)}</td>"
            f"<td>{_decided(plan, decisions.get(item.id), words)}</td></tr>")
    return (
        tag("h2", words.tr("Plan items")) + "<table class='grid' width='100%' cellspacing='0'><tr>"
        + header_cells(((words.tr("Item and status"), 23), (words.tr("Dose and schedule"), 35), (words.tr("Dates"), 14),
                        (words.tr("Strength, sources"), 15), (words.tr("Decision"), 13)))
        + "</tr>" + "".join(rows) + "</table>"
    )


SOURCE_COLUMNS = 3


def _sources(plan: Plan, words: Words) -> str:
    """Every cited source by its key and short name, in columns; the full titles and links are
    in Help > About (and rules/sources.yaml). Unconfirmed and secondary ones stay marked."""
    cells = []
    for sid in plan.cited():
        source = plan.sources.get(sid)
        text = f"<b>{escape(sid)}</b> {escape(source.short) if source else ''}"
        if source is not None and not source.confirmed:
            text += " [" + escape(words.tr("UNCONFIRMED")) + "]"
        cells.append(f"<td class='small'>{text}</td>")
    rows = "".join("<tr>" + "".join(cells[i:i + SOURCE_COLUMNS]) + "</tr>"
                   for i in range(0, len(cells), SOURCE_COLUMNS))
    note = words.tr("Full titles and links: Help > About in the app.")
    return (tag("h2", words.tr("Sources")) + f"<table width='100%' cellspacing='0' cellpadding='1'>{rows}</table>"
            f"<p class='small'>{escape(note)}</p>")


def _value(value: object, words: Words) -> str:
    if value is None or value == []:
        return words.tr("none") if value == [] else words.tr("unknown")
    if isinstance(value, bool):
        return words.tr("yes") if value else words.tr("no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _change(plan: Plan, change: Change, words: Words) -> str:
    """"Pain (NRS): 7 → 3"."""
    name = plan.answer_names.get(change.field, change.field)
    return f"{name}: {_value(change.old, words)} → {_value(change.new, words)}"


def _visits(plan: Plan, visits: list[Visit], words: Words) -> str:
    if not visits:
        return ""
    none = words.tr("none")
    rows = "".join(
        f"<tr><td>{words.date(v.date)}</td><td>{v.day}</td><td>{escape(plan.phase_name(v.phase))}</td>"
        f"<td>{escape('; '.join(_change(plan, c, words) for c in v.changed) or none)}</td>"
        f"<td>{escape(v.rule_pack.get('version', ''))}</td></tr>"
        for v in visits
    )
    heads = header_cells(((words.tr("Date"), 0), (words.tr("Day"), 0), (words.tr("Phase"), 0),
                          (words.tr("Answers changed"), 0), (words.tr("Rule pack"), 0)))
    return tag("h2", words.tr("Visits")) + f"<table class='grid' cellspacing='0'><tr>{heads}</tr>{rows}</table>"


def _this_visit(plan: Plan, decisions: dict[str, Decision], words: Words) -> str:
    visit = this_visit(plan, declined(decisions))
    return tag("h2", heading(visit, words)) + f"<p>{this_visit_html(visit, words)}</p>"


def site_html(plan: Plan, words: Words) -> str:
    """The site profile's choices, and what the site lacks, for the printout."""
    rows = "".join(f"<li>{escape(c.label)}: {escape(c.choice)}</li>" for c in plan.choices)
    rows += missing_html(plan.site, words, bold=False)
    return f"<h2>{escape(profile_title(plan.profile_name, words))}</h2><ul>{rows}</ul>"


def summary_html(plan: Plan, decisions: dict[str, Decision], visits: list[Visit], printed: date,
                 words: Words, audit_hash: str = "") -> str:
    """`audit_hash`: the clinic register's latest audit entry, when the visit is in a register
    (a printed copy then shows how far the trail went: `register verify` checks it)."""
    parts = [f"<html><head><style>{STYLE}</style></head><body>{unsigned_banner(plan, words)}",
             tag("h1", words.tr("OVCF Pathway: clinician summary")),
             patient_line(plan, words), _critical(plan), _this_visit(plan, decisions, words),
             tag("h2", words.tr("Timeline")) + f"<p>{TIMELINE}</p>",
             _items(plan, decisions, words)]
    others = plan.other_alerts()
    if others:
        listed = "".join(
            f"<li>{escape(a.severity_label)}: {escape(a.text)} "
            f"<span class='small'>({short_refs(plan.sources, a.sources)})</span></li>"
            for a in others
        )
        parts.append(tag("h2", words.tr("Other alerts")) + f"<ul>{listed}</ul>")
    if plan.assumptions:
        assumed = "".join(f"<li>{escape(a.text)}</li>" for a in plan.assumptions)
        parts.append(tag("h2", words.tr("Assumptions (answers left unknown)")) + f"<ul>{assumed}</ul>")
    parts.append(_visits(plan, visits, words))
    parts.append(site_html(plan, words))
    parts.append(_sources(plan, words))
    footer = words.tr("Rule pack {id} {version}, sha256 {sha256}. OVCF Pathway {app}. Printed {date}.").format(
        id=plan.pack_id, version=plan.pack_version, sha256=plan.pack_sha256, app=__version__,
        date=words.date(printed))
    if audit_hash:
        footer += " " + words.tr("Clinic register audit trail: latest entry sha256 {hash}.").format(hash=audit_hash)
    parts.append(f"<p class='small'>{escape(footer)}</p>"
                 f"<p class='small'><b>{escape(plan.disclaimer)}</b></p></body></html>")
    return "".join(parts)
