"""Load and validate a rule pack directory. Any problem refuses the whole pack."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from .catalog import ENGLISH, PSEUDO, Catalog, set_current
from .conditions import CompileEnv, compile_condition
from .errors import RulePackError, RulePackErrors
from .facts import build_fact_specs
from .i18n import read_catalog
from .integrity import MANIFEST_NAME, check_manifest
from .model import (
    SEVERITIES,
    STATUSES,
    Choice,
    Lane,
    Page,
    Parameter,
    ParamOption,
    Question,
    RulePack,
    Source,
    Strength,
    TextPart,
    UrgentPage,
)
from .packfiles import pack_files, pack_sha256, read_node
from .read_profile import read_profile
from .read_rules import (
    Citations,
    UniqueIds,
    opt_condition,
    read_alert,
    read_availability,
    read_handout,
    read_invariant,
    read_item,
    read_phases,
    text_parts,
)
from .schema import Node

PACK_FORMAT = "ovcf-rules/1"
TOP_FILES = (
    "pack.yaml",
    "sources.yaml",
    "strengths.yaml",
    "parameters.yaml",
    "predicates.yaml",
    "questions.yaml",
    "phases.yaml",
    "alerts.yaml",
    "invariants.yaml",
    "handout.yaml",
    "availability.yaml",
)
SUBDIRS = ("items", "profiles")
SOURCE_KINDS = ("seed", "guideline", "regulatory", "label", "trial", "review", "other")
QUESTION_KINDS = ("date", "integer", "number", "boolean", "choice", "multi_choice", "text")


def load_rule_pack(directory: str | Path, require_manifest: bool = False, language: str = ENGLISH) -> RulePack:
    """Load, compile and cross-check the pack at `directory`; raise RulePackErrors if invalid.

    The pack's files are checked against its MANIFEST.sha256 when it has one; with
    `require_manifest` (the frozen app) a pack without one is refused. Clinician-facing
    texts are in `language` (rules/i18n/<language>.yaml; English by default), which also
    becomes the language of the engine's own sentences.
    """
    try:
        return _PackLoader(Path(directory), require_manifest, language).load()
    except OSError as exc:  # a folder or file that cannot be listed or read: one error type for callers
        problem = f"cannot be read: {exc.strerror or exc}"
        raise RulePackErrors([RulePackError(str(exc.filename or directory), None, "", problem)]) from None


class _PackLoader:
    def __init__(self, directory: Path, require_manifest: bool = False, language: str = ENGLISH) -> None:
        self.dir = directory
        self.require_manifest = require_manifest
        self.language = language
        self.catalog = Catalog(language=language)
        self.errors: list[RulePackError] = []

    def node(self, rel: str) -> Node:
        found = self.parsed.get(rel)
        if found is None:
            return Node({}, rel, None, "", [])
        return Node(found.value, found.file, found.line, "", self.errors, self.catalog)

    def parse_all(self, files: list[str]) -> None:
        """Parse every file first: a file that does not parse would only cause knock-on errors."""
        wanted = [f for f in files if f.endswith(".yaml") and not f.startswith("i18n/")]
        wanted += [f for f in TOP_FILES if f not in files]
        if self.language not in (ENGLISH, PSEUDO):
            wanted.append(f"i18n/{self.language}.yaml")
        self.parsed: dict[str, Node] = {}
        for rel in wanted:
            found = read_node(self.dir, rel, self.errors)
            if found is not None:
                self.parsed[rel] = found
        self.fail_if_errors()

    def fail_if_errors(self) -> None:
        if self.errors:
            raise RulePackErrors(self.errors)

    def load(self) -> RulePack:
        if not self.dir.is_dir():
            raise RulePackErrors([RulePackError(str(self.dir), None, "", "rule pack folder not found")])
        self.errors.extend(check_manifest(self.dir, self.require_manifest))
        self.fail_if_errors()  # a tampered pack is refused before anything is read from it
        files = [f for f in pack_files(self.dir) if f != MANIFEST_NAME]
        self._check_layout(files)
        self.parse_all(files)
        if self.language not in (ENGLISH, PSEUDO):
            self.catalog = read_catalog(self.parsed[f"i18n/{self.language}.yaml"], self.language)
            self.fail_if_errors()
        meta = self.node("pack.yaml")
        lanes, groups = self._meta(meta)
        sources = self._sources(self.node("sources.yaml"))
        strengths = self._strengths(self.node("strengths.yaml"))
        cite = Citations(set(sources), set(strengths))
        parameters = self._parameters(self.node("parameters.yaml"), cite)
        phases_node = self.node("phases.yaml")
        phase_ids = tuple(
            str(p.get("id")) for p in (phases_node.value.get("phases") or []) if isinstance(p, dict)
        ) if isinstance(phases_node.value, dict) else ()
        questions_node = self.node("questions.yaml")
        pages, questions = self._questions(questions_node, cite)
        facts = build_fact_specs(questions, phase_ids)
        env = CompileEnv(facts=facts, parameters=parameters, status_groups=groups)
        predicates = self.node("predicates.yaml")
        if predicates.is_mapping({"predicates"}):
            env.predicates = dict(predicates.get("predicates").items())
            for name in env.predicates:
                compile_condition(Node({"pred": name}, predicates.file, None, name, self.errors), env)
        questions = self._question_conditions(questions_node, questions, env, cite)
        urgent = self._urgent_page(questions_node, env, {p.id for p in pages})
        phases, points = read_phases(phases_node, env, cite)
        items = self._items(files, env, cite, [lane.id for lane in lanes])
        env.item_ids = frozenset(i.id for i in items)
        alerts_node = self.node("alerts.yaml")
        alerts = []
        alert_ids = UniqueIds("alert")
        if alerts_node.is_mapping({"alerts"}):
            for entry in alerts_node.get("alerts").entries():
                alert = read_alert(entry, env, cite)
                if alert:
                    alert_ids.add(entry, alert.id)
                    alerts.append(alert)
        env.alert_ids = frozenset(a.id for a in alerts)
        env.alert_severity = {a.id: a.severity for a in alerts}
        handout = read_handout(self.node("handout.yaml"), env, cite)
        resources, availability = read_availability(self.node("availability.yaml"), env, cite)
        phrases = {key: value.words() for key, value in meta.get("phrases").items()} if meta.has("phrases") else {}
        for key in ("referral", "not_available", "continue_elsewhere"):
            if key not in phrases:
                meta.get("phrases").error(f"missing phrase '{key}'")
        invariants = []
        inv_node = self.node("invariants.yaml")
        inv_ids = UniqueIds("invariant")
        if inv_node.is_mapping({"invariants"}):
            for entry in inv_node.get("invariants").entries():
                inv = read_invariant(entry, env, cite)
                if inv:
                    inv_ids.add(entry, inv.id)
                    invariants.append(inv)
        self.fail_if_errors()
        version = str(meta.value.get("version", ""))
        pack = RulePack(
            id=str(meta.value["id"]),
            title=meta.get("title").words(),
            version=version,
            sha256=pack_sha256(self.dir, files),
            directory=str(self.dir),
            disclaimer=meta.get("disclaimer").words(),
            default_profile=str(meta.value["default_profile"]),
            lanes=lanes,
            status_groups=groups,
            sources=sources,
            strengths=strengths,
            pages=pages,
            questions=questions,
            facts=facts,
            parameters=parameters,
            phases=phases,
            decision_points=points,
            items=items,
            alerts=tuple(alerts),
            invariants=tuple(invariants),
            profiles={},
            urgent_page=urgent,
            handout=handout,
            decision_reasons=self._reasons(meta),
            resources=resources,
            availability=availability,
            phrases=phrases,
            status_labels=self._labels(meta, "status_labels", STATUSES),
            severity_labels=self._labels(meta, "severity_labels", SEVERITIES),
            language=self.catalog.language,
            files=tuple(files),
        )
        profile_ids = UniqueIds("profile")
        for rel in files:
            if rel.startswith("profiles/") and rel.endswith(".yaml"):
                node = self.node(rel)
                profile = read_profile(node, pack, rel)
                if profile:
                    profile_ids.add(node, profile.id)
                    pack.profiles[profile.id] = profile
        if pack.default_profile not in pack.profiles:
            meta.get("default_profile").error(f"no profile '{pack.default_profile}' in profiles/")
        unused = sorted(set(sources) - cite.used)
        pack.extra["warnings"] = [f"sources.yaml: source '{s}' is not cited by any rule" for s in unused]
        self.fail_if_errors()
        pack.extra["catalog"] = self.catalog
        set_current(self.catalog)
        return pack

    # -- layout and metadata -------------------------------------------------------------------
    def _check_layout(self, files: list[str]) -> None:
        for rel in files:
            top = rel.split("/", 1)[0]
            if "/" in rel:
                if top not in SUBDIRS and top != "i18n":
                    self.errors.append(RulePackError(rel, None, "", f"unexpected folder '{top}' in the rule pack"))
                elif not rel.endswith(".yaml") and top in (*SUBDIRS, "i18n"):
                    self.errors.append(RulePackError(rel, None, "", "only .yaml files belong here"))
            elif rel not in TOP_FILES:
                self.errors.append(
                    RulePackError(rel, None, "", f"unexpected file in the rule pack (expected: {', '.join(TOP_FILES)})")
                )

    def _meta(self, node: Node) -> tuple[tuple[Lane, ...], dict[str, tuple[str, ...]]]:
        fields = {"format", "id", "title", "version", "default_profile", "disclaimer", "lanes", "status_groups"}
        optional = {"released", "decision_reasons", "phrases", "status_labels", "severity_labels"}
        if not node.is_mapping(fields, optional):
            self.fail_if_errors()
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

    def _labels(self, node: Node, key: str, ids: tuple[str, ...]) -> dict[str, str]:
        labels = {name: value.words() for name, value in node.get(key).items()} if node.has(key) else {}
        missing = [i for i in ids if i not in labels]
        if missing:
            node.get(key).error(f"missing labels for {', '.join(missing)}")
        return labels

    def _reasons(self, node: Node) -> tuple[Choice, ...]:
        reasons = []
        ids = UniqueIds("decision reason")
        for entry in node.get("decision_reasons").entries() if node.has("decision_reasons") else []:
            if entry.is_mapping({"id", "label"}):
                reasons.append(Choice(ids.add(entry, entry.get("id").text()), entry.get("label").words()))
        return tuple(reasons)

    def _sources(self, node: Node) -> dict[str, Source]:
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
                kind=e.get("kind").one_of(SOURCE_KINDS),
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

    def _strengths(self, node: Node) -> dict[str, Strength]:
        out: dict[str, Strength] = {}
        if not node.is_mapping({"strengths"}):
            return out
        ids = UniqueIds("strength")
        for e in node.get("strengths").entries():
            if e.is_mapping({"id", "label", "meaning"}):
                sid = ids.add(e, e.get("id").text())
                out[sid] = Strength(sid, e.get("label").words(), e.get("meaning").words())
        return out

    def _parameters(self, node: Node, cite: Citations) -> dict[str, Parameter]:
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

    # -- questions -------------------------------------------------------------------------------
    QUESTION_FIELDS = frozenset({"id", "page", "kind", "label"})
    QUESTION_OPTIONAL = frozenset({
        "help", "sources", "required", "nullable", "unit", "minimum", "maximum", "choices",
        "min_count", "max_length", "default", "not_after", "not_before", "applies_when",
        "valid_only_when", "if_unknown", "warnings", "short", "null_label", "follow_up", "in_sentence",
    })

    def _questions(self, node: Node, cite: Citations) -> tuple[tuple[Page, ...], tuple[Question, ...]]:
        if not node.is_mapping({"pages", "questions"}, {"urgent_page"}):
            return (), ()
        pages = []
        page_ids = UniqueIds("page")
        for e in node.get("pages").entries():
            if e.is_mapping({"id", "title", "intro"}):
                pages.append(Page(page_ids.add(e, e.get("id").text()), e.get("title").words(), e.get("intro").words()))
        questions = []
        ids = UniqueIds("question")
        for e in node.get("questions").entries():
            if not e.is_mapping(self.QUESTION_FIELDS, self.QUESTION_OPTIONAL):
                continue
            q = self._question(e, cite, page_ids.seen)
            ids.add(e, q.id)
            questions.append(q)
        known = {q.id: q for q in questions}
        for e, q in zip(node.get("questions").entries(), questions, strict=False):
            for key in ("not_after", "not_before"):
                ref = getattr(q, key)
                if ref and (ref not in known or known[ref].kind != "date"):
                    e.get(key).error(f"'{ref}' is not a date question")
        for required in ("visit_date", "onset_date"):
            if required not in known:
                node.get("questions").error(f"the question '{required}' is required")
        return tuple(pages), tuple(questions)

    def _question(self, e: Node, cite: Citations, pages: set[str]) -> Question:
        kind = e.get("kind").one_of(QUESTION_KINDS)
        page = e.get("page").text()
        if page and page not in pages:
            e.get("page").error(f"unknown page '{page}'")
        choices = []
        if kind in ("choice", "multi_choice"):
            for c in e.get("choices").entries():
                if c.is_mapping({"id", "label"}, {"help"}):
                    choices.append(Choice(c.get("id").text(), c.get("label").words(), c.get("help").opt_words()))
            if not choices:
                e.get("choices").error("a choice question needs choices")
        elif e.has("choices"):
            e.get("choices").error(f"a {kind} question has no choices")
        nullable = e.get("nullable").boolean() if e.has("nullable") else False
        default = e.get("default").value if e.has("default") else None
        if kind == "date" and default not in (None, "today"):
            e.get("default").error("a date default can only be 'today'")
        return Question(
            id=e.get("id").text(),
            page=page,
            kind=kind,
            label=e.get("label").words(),
            help=e.get("help").words() if e.has("help") else "",
            sources=cite.sources(e.get("sources"), required=False),
            required=e.get("required").boolean() if e.has("required") else False,
            nullable=nullable,
            unit=e.get("unit").opt_words(),
            minimum=e.get("minimum").number() if e.has("minimum") else None,
            maximum=e.get("maximum").number() if e.has("maximum") else None,
            choices=tuple(choices),
            min_count=e.get("min_count").integer() if e.has("min_count") else 0,
            max_length=e.get("max_length").integer() if e.has("max_length") else None,
            default=default,
            not_after=e.get("not_after").opt_text(),
            not_before=e.get("not_before").opt_text(),
            if_unknown=e.get("if_unknown").opt_words(),
            short=e.get("short").opt_words(),
            null_label=e.get("null_label").opt_words(),
            follow_up=e.get("follow_up").one_of(("ask", "keep")) if e.has("follow_up") else "keep",
            in_sentence=e.get("in_sentence").opt_words(),
            line=e.line,
        )

    def _question_conditions(
        self, node: Node, questions: tuple[Question, ...], env: CompileEnv, cite: Citations
    ) -> tuple[Question, ...]:
        if not isinstance(node.value, dict):
            return questions
        by_id = {q.id: q for q in questions}
        out = []
        for e in node.get("questions").entries():
            qid = e.value.get("id") if isinstance(e.value, dict) else None
            q = by_id.get(qid) if isinstance(qid, str) else None
            if q is None:
                continue
            warnings: tuple[TextPart, ...] = ()
            if e.has("warnings"):
                warnings = text_parts(e.get("warnings"), env, cite, sources_required=True)
                if any(w.when is None for w in warnings):
                    e.get("warnings").error("each warning needs a 'when' condition")
            out.append(
                dataclasses.replace(
                    q,
                    applies_when=opt_condition(e, "applies_when", env),
                    valid_only_when=opt_condition(e, "valid_only_when", env),
                    warnings=warnings,
                )
            )
        return tuple(out)

    def _urgent_page(self, node: Node, env: CompileEnv, pages: set[str]) -> UrgentPage | None:
        if not node.has("urgent_page"):
            return None
        entry = node.get("urgent_page")
        if not entry.is_mapping({"after", "when", "title", "intro"}):
            return None
        after = entry.get("after").text()
        if after and after not in pages:
            entry.get("after").error(f"unknown page '{after}'")
        return UrgentPage(
            after=after,
            when=compile_condition(entry.get("when"), env),
            title=entry.get("title").words(),
            intro=entry.get("intro").words(),
        )

    # -- items -----------------------------------------------------------------------------------
    def _items(self, files: list[str], env: CompileEnv, cite: Citations, lanes: list[str]) -> tuple[Any, ...]:
        items = []
        ids = UniqueIds("item")
        item_files = [f for f in files if f.startswith("items/")]
        if not item_files:
            self.errors.append(RulePackError("items/", None, "", "no item files"))
        for rel in item_files:
            node = self.node(rel)
            if not node.is_mapping({"items"}):
                continue
            for entry in node.get("items").entries():
                item = read_item(entry, env, cite, set(lanes))
                if item:
                    ids.add(entry, item.id)
                    items.append(item)
        lane_order = {lane: i for i, lane in enumerate(lanes)}
        return tuple(sorted(items, key=lambda i: lane_order.get(i.lane, 0)))
