"""Reading pack.yaml (lanes, status groups, labels, decision reasons) and the files every rule
cites or uses: sources.yaml, strengths.yaml and parameters.yaml."""

from __future__ import annotations

from typing import Any

from .errors import RulePackErrors
from .model import STATUSES, Choice, Lane, PatientFields, Question, Source, Strength
from .read_rules import Citations, UniqueIds
from .schema import Node
from .site_model import Parameter, ParamOption

PACK_FORMAT = "ovcf-rules/1"
SOURCE_KINDS = ("guideline", "label", "study", "secondary", "product")
# the kinds of rule packs before version 2 (pathway V2.9 made them four plus the product's
# own), still read so that `rules diff` can compare with an earlier release
LEGACY_SOURCE_KINDS = {"seed": "secondary", "regulatory": "label", "trial": "study", "review": "study",
                       "other": "product"}


def read_meta(node: Node) -> tuple[tuple[Lane, ...], dict[str, tuple[str, ...]]]:
    fields = {"format", "id", "title", "version", "default_profile", "disclaimer", "lanes", "status_groups"}
    optional = {"released", "decision_reasons", "phrases", "status_labels", "severity_labels", "patient"}
    if not node.is_mapping(fields, optional):
        raise RulePackErrors(node.errors)  # nothing else can be read without it
    fmt = node.get("format")
    if fmt.value != PACK_FORMAT:
        fmt.error(f"this app reads rule packs of format {PACK_FORMAT}")
    for key in ("id", "title", "version", "default_profile", "disclaimer"):
        node.get(key).text()
    lanes = []
    lane_ids = UniqueIds("lane")
    for entry in node.get("lanes").entries():
        if entry.is_mapping({"id", "label"}):
            lanes.append(Lane(lane_ids.add(entry, entry.get("id").text()), entry.get("label").words()))
    groups: dict[str, tuple[str, ...]] = {}
    for name, group in node.get("status_groups").items():
        groups[name] = tuple(entry.one_of(STATUSES) for entry in group.entries())
    return tuple(lanes), groups


# statuses added by pathway version 2: packs written before (release 1.0.0) do not name them
LATER_STATUS_LABELS = {"alternative": "Alternative", "done": "Done"}


def read_labels(node: Node, key: str, ids: tuple[str, ...]) -> dict[str, str]:
    labels = {name: value.words() for name, value in node.get(key).items()} if node.has(key) else {}
    if key == "status_labels" and labels:
        labels = {**{k: v for k, v in LATER_STATUS_LABELS.items() if k in ids}, **labels}
    missing = [i for i in ids if i not in labels]
    if missing:
        node.get(key).error(f"missing labels for {', '.join(missing)}")
    return labels


def read_patient(node: Node, questions: tuple[Question, ...]) -> PatientFields:
    """`patient: {name: <question id>, line: [<question ids>]}`: which answers say who the
    patient is, on the printouts and when a kept draft is offered back."""
    if not node.has("patient"):
        return PatientFields()
    entry = node.get("patient")
    if not entry.is_mapping(set(), {"name", "line", "age", "sex", "levels", "onset", "earlier_fracture"}):
        return PatientFields()
    known = {q.id: q for q in questions}
    wanted = {"name": ("text",), "age": ("integer",), "sex": ("choice",), "levels": ("multi_choice",),
              "onset": ("date",), "earlier_fracture": ("boolean",)}
    ids: dict[str, str | None] = {}
    for key, kinds in wanted.items():
        ids[key] = qid = entry.get(key).opt_text()
        if qid is not None and (qid not in known or known[qid].kind not in kinds):
            entry.get(key).error(f"'{qid}' is not a {' or '.join(kinds)} question")
    line = tuple(entry.get("line").text_list()) if entry.has("line") else ()
    for qid in line:
        if qid not in known:
            entry.get("line").error(f"unknown question '{qid}'")
    return PatientFields(ids["name"], line, ids["age"], ids["sex"], ids["levels"], ids["onset"],
                         ids["earlier_fracture"])


def read_reasons(node: Node) -> tuple[Choice, ...]:
    reasons = []
    ids = UniqueIds("decision reason")
    for entry in node.get("decision_reasons").entries() if node.has("decision_reasons") else []:
        if entry.is_mapping({"id", "label"}):
            reasons.append(Choice(ids.add(entry, entry.get("id").text()), entry.get("label").words()))
    return tuple(reasons)


def read_sources(node: Node) -> dict[str, Source]:
    out: dict[str, Source] = {}
    if not node.is_mapping({"sources"}):
        return out
    ids = UniqueIds("source")
    for e in node.get("sources").entries():
        optional = {"url", "year", "confirmed", "note", "aaos_rec", "via"}
        if not e.is_mapping({"id", "short", "title", "kind"}, optional):
            continue
        sid = ids.add(e, e.get("id").text())
        out[sid] = Source(
            id=sid,
            short=e.get("short").text(),
            title=e.get("title").text(),
            kind=_kind(e.get("kind")),
            url=e.get("url").opt_text(),
            year=e.get("year").integer() if e.has("year") else None,
            confirmed=e.get("confirmed").boolean() if e.has("confirmed") else True,
            note=e.get("note").opt_text(),
            aaos_rec=e.get("aaos_rec").integer() if e.has("aaos_rec") else None,
            via=e.get("via").opt_text(),
        )
    for sid, source in out.items():
        if source.via and source.via not in out:
            node.error(f"source '{sid}': 'via' names unknown source '{source.via}'")
    return out


def read_strengths(node: Node) -> dict[str, Strength]:
    out: dict[str, Strength] = {}
    if not node.is_mapping({"strengths"}):
        return out
    ids = UniqueIds("strength")
    for e in node.get("strengths").entries():
        if e.is_mapping({"id", "label", "meaning"}):
            sid = ids.add(e, e.get("id").text())
            out[sid] = Strength(sid, e.get("label").words(), e.get("meaning").words())
    return out


def read_parameters(node: Node, cite: Citations) -> dict[str, Parameter]:
    out: dict[str, Parameter] = {}
    if not node.is_mapping({"parameters"}, {"constants"}):
        return out
    ids = UniqueIds("parameter")
    for e in node.get("parameters").entries():
        if not e.is_mapping({"id", "label", "kind", "options", "disagreement"}):
            continue
        kind = e.get("kind").one_of(("integer", "choice"))
        options = []
        for o in e.get("options").entries():
            if not o.is_mapping({"value", "label", "sources"}):
                continue
            value: Any = o.get("value").integer() if kind == "integer" else o.get("value").text()
            options.append(ParamOption(value, o.get("label").words(), cite.sources(o.get("sources"))))
        if len(options) < 2:
            e.get("options").error("a disagreement needs at least two options")
        pid = ids.add(e, e.get("id").text())
        out[pid] = Parameter(
            id=pid,
            label=e.get("label").words(),
            kind=kind,
            options=tuple(options),
            disagreement=e.get("disagreement").words(),
        )
    for e in node.get("constants").entries() if node.has("constants") else []:
        if not e.is_mapping({"id", "label", "value", "sources"}, {"note"}):
            continue
        pid = ids.add(e, e.get("id").text())
        out[pid] = Parameter(
            id=pid,
            label=e.get("label").words(),
            kind="integer",
            fixed=e.get("value").integer(),
            disagreement=e.get("note").opt_words(),
            sources=cite.sources(e.get("sources")),
        )
    return out


def uses_legacy_kinds(node: Node) -> bool:
    """Whether sources.yaml still uses the source kinds of packs before version 2 (written
    before V2.9 asked for primary sources first, so that order is not required of it)."""
    entries = node.value.get("sources") if isinstance(node.value, dict) else None
    return isinstance(entries, list) and any(
        isinstance(e, dict) and isinstance(e.get("kind"), str) and e["kind"] in LEGACY_SOURCE_KINDS for e in entries)


def _kind(node: Node) -> str:
    value = node.value
    if isinstance(value, str) and value in LEGACY_SOURCE_KINDS:
        return LEGACY_SOURCE_KINDS[value]
    return node.one_of(SOURCE_KINDS)
