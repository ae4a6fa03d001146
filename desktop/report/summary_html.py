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
from .site import profile_title, where
from .this_visit_html import heading, this_visit_html
from .when import print_when
from .words import Words

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; line-height: 90%; }
h1 { font-size: x-large; margin: 0 0 2px 0; }
h2 { font-size: large; margin: 4px 0 1px 0; }
p, ul { margin-top: 0; margin-bottom: 2px; }
p.run { margin-top: 3px; }
table.grid { border-collapse: collapse; font-size: 8pt; }
table.grid td, table.grid th { border: 1px solid #000; vertical-align: top;
                                padding: 1px 2px; }
th { text-align: left; background: #e6e6e6; }
td.critical { border: 3px solid #000; padding: 6px; font-weight: bold; }
.small { font-size: 8pt; }
.refs { font-size: 7.5pt; }
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
    said = words.tr("Secondary summary only: verify against a primary source.")
    return f" <b>{escape(said)}</b>"


def _items(plan: Plan, decisions: dict[str, Decision], words: Words) -> str:
    """One row per item, the full width of the page: its title, status and the clinician's
    decision; then its dose and schedule (or why), dates, strength and sources in one run of
    text (in columns of their own, most rows took twice the lines)."""
    rows, strength = [], words.tr("{label}:")
    for item in plan.items:
        group = plan.group_of(item)
        if group is not None and item.id == group.members[0]:  # a choice: headed, its members together
            sentences = screen_choice(plan, group, words)
            if group.alternatives:  # "Alternatives: …": their rows follow, each "or …"
                del sentences[1]
            said = " ".join(escape(s) for s in sentences)
            rows.append(f"<tr><td colspan='2'><b>{escape(group.label)}</b>: {said}</td></tr>")
        title = escape(item.title)
        if item.choice == "alternative":
            title = escape(words.tr("or {item}").format(item=item.title))
        decided = _decided(plan, decisions.get(item.id), words)
        # the dose and schedule of what may be given; for the rest, why (the app shows everything)
        said = item.detail if item.offered and item.choice != "alternative" else item.reason
        rows.append(
            f"<tr><td><b>{title}</b><br>{escape(item.status_label.upper())}"
            f"{f'<br><i>{decided}</i>' if decided else ''}</td>"
            f"<td>{escape(said)}{_secondary(plan, item, words)} · "
            f"<i>{escape(print_when(plan, item.start_day, item.end_day, words))}</i> · "
            f"{escape(strength.format(label=item.strength_label))} {escape(', '.join(item.sources))}</td></tr>")
    said_head = " · ".join((words.tr("Dose and schedule"), words.tr("Dates"), words.tr("Strength, sources")))
    return (
        tag("h2", words.tr("Plan items")) + "<table class='grid' width='100%' cellspacing='0'><tr>"
        + header_cells(((words.tr("Item and status"), 26), (said_head, 74)))
        + "</tr>" + "".join(rows) + "</table>"
    )


def source_order(sid: str) -> tuple[str, int, str]:
    """S3 before S10 before S100, then the named keys (AAOS-R3, GPN, SEED-000): easy to look up."""
    digits = sid[1:] if sid[:1] == "S" else ""
    return ("", int(digits), "") if digits.isdigit() else ("~", 0, sid)


def _sources(plan: Plan, words: Words) -> str:
    """Every cited source by its key and short name, in key order, in one run of text after its
    heading (the page is full); the full titles and links are in Help > About (and
    rules/sources.yaml). Unconfirmed ones stay marked."""
    cited = []
    for sid in sorted(plan.cited(), key=source_order):
        source = plan.sources.get(sid)
        text = f"<b>{escape(sid)}</b> {escape(source.short) if source else ''}"
        if source is not None and not source.confirmed:
            text += " [" + escape(words.tr("UNCONFIRMED")) + "]"
        cited.append(text)
    head = words.tr("{label}:").format(label=words.tr("Sources"))
    note = words.tr("Full titles and links: Help > About in the app.")
    return f"<p class='run refs'><b>{escape(head)}</b> {' · '.join(cited)}. <i>{escape(note)}</i></p>"


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
    """The site profile's choices, and what the site lacks, for the printout: one paragraph."""
    said = [f"{escape(c.label)}: {escape(c.choice)}" for c in plan.choices]
    said += [f"{escape(r.label)}: {escape(where(r, words))}" for r in plan.site]
    return f"<p class='run small'><b>{escape(profile_title(plan.profile_name, words))}</b> \u2014 {'; '.join(said)}</p>"


def _listed(heading: str, lines: list[str], words: Words) -> str:
    """A short list run in after its heading, a line each (the page is full: no heading line,
    no indented bullets)."""
    if not lines:
        return ""
    bullet = "\u2022 " if len(lines) > 1 else ""
    said = "<br>".join(bullet + line for line in lines)
    head = words.tr("{label}:").format(label=heading)
    return f"<p class='run'><b>{escape(head)}</b> {said}</p>"


def summary_html(plan: Plan, decisions: dict[str, Decision], visits: list[Visit], printed: date,
                 words: Words, audit_hash: str = "") -> str:
    """`audit_hash`: the clinic register's latest audit entry, when the visit is in a register
    (a printed copy then shows how far the trail went: `register verify` checks it)."""
    parts = [f"<html><head><style>{STYLE}</style></head><body>{unsigned_banner(plan, words)}",
             tag("h1", words.tr("OVCF Pathway: clinician summary")),
             patient_line(plan, words), _critical(plan), _this_visit(plan, decisions, words),
             tag("h2", words.tr("Timeline")) + f"<p style='line-height: 100%'>{TIMELINE}</p>",
             _items(plan, decisions, words)]
    alerts = [f"{escape(a.severity_label)}: {escape(a.text)} "
              f"<span class='small'>({short_refs(plan.sources, a.sources)})</span>" for a in plan.other_alerts()]
    parts.append(_listed(words.tr("Other alerts"), alerts, words))
    assumed = [escape(a.text) for a in plan.assumptions]
    parts.append(_listed(words.tr("Assumptions (answers left unknown)"), assumed, words))
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
