"""The hazard log (rules/hazards.yaml) as a document: Markdown, and HTML for the PDF. For each
hazard its fields and, for each control, whether it passed in the latest run (worked out by
desktop/hazard_status.py and handed here as `ControlState`s). Pure Python."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.engine.pack.hazards import CHECKS, LIKELIHOODS, RISK_MATRIX, SEVERITIES, Control, Hazard, HazardLog, Risk

PASSED, FAILED, NOT_RUN, UNKNOWN = "passed", "FAILED", "not run", "UNKNOWN ID"
TABLE = '<table border="1" cellspacing="0" cellpadding="3" width="100%">'


@dataclass(frozen=True)
class ControlState:
    state: str  # PASSED, FAILED, NOT_RUN or UNKNOWN
    detail: str = ""  # where the result comes from, or what failed


@dataclass(frozen=True)
class RunInfo:
    """Where the results come from, for the document's head."""

    pack: str  # "ovcf-pathway 2.0.0 (sha256 ...)"
    sources: tuple[str, ...]  # e.g. "rules check run now", "pytest results: junit.xml"
    generated: str  # date and time, UTC


def hazard_passes(hazard: Hazard, states: Mapping[Control, ControlState]) -> bool:
    return any(states[c].state == PASSED for c in hazard.controls)


def _risk(risk: Risk) -> str:
    return f"{risk.severity} severity, {risk.likelihood} likelihood: risk {risk.rating} ({risk.label})"


def _control_text(log: HazardLog, control: Control) -> str:
    if control.kind == "ui":
        ui = log.ui(control.ref)
        return f"{ui.text} (covered by {', '.join(ui.tests)})"
    if control.kind == "check":
        return CHECKS[control.ref]
    return ""


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def hazard_markdown(log: HazardLog, states: Mapping[Control, ControlState], run: RunInfo) -> str:
    ok = sum(hazard_passes(h, states) for h in log.hazards)
    out = [f"# {log.title}", "",
           f"Rule pack {run.pack}. Generated {run.generated}. Results: {'; '.join(run.sources)}.", ""]
    if log.note:
        out += [log.note.strip(), ""]
    out += [f"**{ok} of {len(log.hazards)} hazards have a control that passed in this run.**", "",
            "| hazard | title | initial risk | residual risk | controls passed |", "|---|---|---|---|---|"]
    for h in log.hazards:
        passed = sum(states[c].state == PASSED for c in h.controls)
        mark = "" if hazard_passes(h, states) else " **NO PASSING CONTROL**"
        out.append(f"| {h.id} | {_md(h.title)} | {h.initial.rating} ({h.initial.label}) | "
                   f"{h.residual.rating} ({h.residual.label}) | {passed} of {len(h.controls)}{mark} |")
    out.append("")
    for h in log.hazards:
        out += [f"## {h.id}: {h.title}", ""]
        out += ["**Causes**", ""] + [f"- {_md(c)}" for c in h.causes] + [""]
        out += [f"**Effect.** {h.effect.strip()}", "", f"**Possible harm.** {h.harm.strip()}", "",
                f"**Initial risk.** {_risk(h.initial)}", "", "**Controls**", "",
                "| control | result | detail |", "|---|---|---|"]
        for c in h.controls:
            state = states[c]
            shown = f"**{state.state}**" if state.state in (FAILED, UNKNOWN) else state.state
            about = _control_text(log, c)
            detail = "; ".join(x for x in (about, state.detail) if x)
            out.append(f"| `{c.kind}: {_md(c.ref)}` | {shown} | {_md(detail)} |")
        out += ["", f"**Residual risk.** {_risk(h.residual)}", ""]
        if h.note:
            out += [f"*Note.* {h.note.strip()}", ""]
        if not hazard_passes(h, states):
            out += ["**No control of this hazard passed in this run.**", ""]
    out += ["## Risk matrix (DCB0129)", "", "Rating 1 (very low) to 5 (very high), by likelihood and severity.", ""]
    return "\n".join(out) + _matrix_markdown() + "\n"


def _matrix_markdown() -> str:
    rows = ["| likelihood \\ severity | " + " | ".join(SEVERITIES) + " |", "|---" * (len(SEVERITIES) + 1) + "|"]
    for likelihood, ratings in reversed(list(zip(LIKELIHOODS, RISK_MATRIX, strict=True))):
        rows.append(f"| {likelihood} | " + " | ".join(str(r) for r in ratings) + " |")
    return "\n".join(rows) + "\n"


def hazard_html(log: HazardLog, states: Mapping[Control, ControlState], run: RunInfo) -> str:
    """The same document as HTML (Qt's rich-text subset), for the PDF."""
    e = html.escape
    ok = sum(hazard_passes(h, states) for h in log.hazards)
    parts = [f"<h1>{e(log.title)}</h1>",
             f"<p>Rule pack {e(run.pack)}. Generated {e(run.generated)}. Results: {e('; '.join(run.sources))}.</p>"]
    if log.note:
        parts.append(f"<p>{e(log.note.strip())}</p>")
    parts.append(f"<p><b>{ok} of {len(log.hazards)} hazards have a control that passed in this run.</b></p>")
    parts.append(f"{TABLE}<tr><th>hazard</th><th>title</th>"
                 "<th>initial risk</th><th>residual risk</th><th>controls passed</th></tr>")
    for h in log.hazards:
        passed = sum(states[c].state == PASSED for c in h.controls)
        mark = "" if hazard_passes(h, states) else " <b>NO PASSING CONTROL</b>"
        parts.append(f"<tr><td>{e(h.id)}</td><td>{e(h.title)}</td><td>{h.initial.rating} ({e(h.initial.label)})</td>"
                     f"<td>{h.residual.rating} ({e(h.residual.label)})</td>"
                     f"<td>{passed} of {len(h.controls)}{mark}</td></tr>")
    parts.append("</table>")
    for h in log.hazards:
        parts.append(f"<h2>{e(h.id)}: {e(h.title)}</h2><p><b>Causes</b></p><ul>")
        parts += [f"<li>{e(c)}</li>" for c in h.causes]
        parts.append(f"</ul><p><b>Effect.</b> {e(h.effect.strip())}</p><p><b>Possible harm.</b> {e(h.harm.strip())}</p>"
                     f"<p><b>Initial risk.</b> {e(_risk(h.initial))}</p><p><b>Controls</b></p>"
                     f"{TABLE}<tr><th>control</th><th>result</th><th>detail</th></tr>")
        for c in h.controls:
            state = states[c]
            shown = f"<b>{e(state.state)}</b>" if state.state in (FAILED, UNKNOWN) else e(state.state)
            detail = "; ".join(x for x in (_control_text(log, c), state.detail) if x)
            parts.append(f"<tr><td>{e(c.kind)}: {e(c.ref)}</td><td>{shown}</td><td>{e(detail)}</td></tr>")
        parts.append(f"</table><p><b>Residual risk.</b> {e(_risk(h.residual))}</p>")
        if h.note:
            parts.append(f"<p><i>Note.</i> {e(h.note.strip())}</p>")
        if not hazard_passes(h, states):
            parts.append("<p><b>No control of this hazard passed in this run.</b></p>")
    return "<html><body>" + "\n".join(parts) + "</body></html>"
