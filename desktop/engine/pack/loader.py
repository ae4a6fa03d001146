"""Load and validate a rule pack directory. Any problem refuses the whole pack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .catalog import ENGLISH, PSEUDO, Catalog
from .compile_env import CompileEnv
from .conditions import compile_condition
from .doses import DOSES_FILE, read_doses
from .errors import RulePackError, RulePackErrors
from .facts import build_fact_specs
from .hazards import HAZARDS_FILE, read_hazards
from .i18n import read_catalog
from .integrity import RELEASE_FILES, FileBytes, check_manifest
from .model import ALTERNATIVE, SEVERITIES, STATUSES, RulePack
from .packfiles import pack_files, pack_sha256, read_node
from .read_choices import CHOICES_FILE, read_choices
from .read_meta import (
    read_labels,
    read_meta,
    read_parameters,
    read_patient,
    read_reasons,
    read_sources,
    read_strengths,
    uses_legacy_kinds,
)
from .read_profile import read_profile
from .read_questions import read_derived, read_question_conditions, read_questions, read_urgent_page
from .read_rules import (
    Citations,
    UniqueIds,
    check_scheduled_items,
    read_alert,
    read_availability,
    read_handout,
    read_invariant,
    read_item,
    read_phases,
)
from .schema import Node
from .site_model import Profile

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
OPTIONAL_FILES = (CHOICES_FILE, HAZARDS_FILE, DOSES_FILE)  # a pack of release 1.0.0 has none of them
SUBDIRS = ("items", "profiles")


def load_rule_pack(directory: str | Path, require_manifest: bool = False, language: str = ENGLISH,
                   check_manifest: bool = True) -> RulePack:
    """Load, compile and cross-check the pack at `directory`; raise RulePackErrors if invalid.

    The pack's files are checked against its MANIFEST.sha256 when it has one; with
    `require_manifest` (the frozen app) a pack without one is refused. Clinician-facing
    texts are in `language` (rules/i18n/<language>.yaml; English by default), and so are
    the engine's own sentences about this pack: `pack.catalog.msg(...)`. `check_manifest=False`
    (authoring mode, see `trust`) ignores the manifest: the pack is then used as unsigned.
    """
    try:
        return _PackLoader(Path(directory), require_manifest, language, check_manifest).load()
    except OSError as exc:  # a folder or file that cannot be listed or read: one error type for callers
        problem = f"cannot be read: {exc.strerror or exc}"
        raise RulePackErrors([RulePackError(str(exc.filename or directory), None, "", problem)]) from None


class _PackLoader:
    def __init__(self, directory: Path, require_manifest: bool = False, language: str = ENGLISH,
                 check_manifest: bool = True) -> None:
        self.dir = directory
        self.check_manifest = check_manifest
        self.require_manifest = require_manifest
        self.language = language
        self.catalog = Catalog(language=language)
        self.errors: list[RulePackError] = []
        self.read = FileBytes(directory)  # each file read (and hashed) once

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
            found = read_node(self.dir, rel, self.errors, self.read)
            if found is not None:
                self.parsed[rel] = found
        self.fail_if_errors()

    def fail_if_errors(self) -> None:
        if self.errors:
            raise RulePackErrors(self.errors)

    def load(self) -> RulePack:
        if not self.dir.is_dir():
            raise RulePackErrors([RulePackError(str(self.dir), None, "", "rule pack folder not found")])
        listed = pack_files(self.dir)
        if self.check_manifest:
            self.errors.extend(check_manifest(self.dir, self.require_manifest, self.read, listed))
        self.fail_if_errors()  # a tampered pack is refused before anything is read from it
        files = [f for f in listed if f not in RELEASE_FILES]
        self._check_layout(files)
        self.parse_all(files)
        if self.language not in (ENGLISH, PSEUDO):
            self.catalog = read_catalog(self.parsed[f"i18n/{self.language}.yaml"], self.language)
            self.fail_if_errors()
        meta = self.node("pack.yaml")
        lanes, groups = read_meta(meta)
        sources = read_sources(self.node("sources.yaml"))
        strengths = read_strengths(self.node("strengths.yaml"))
        legacy = uses_legacy_kinds(self.node("sources.yaml"))  # a release before V2.9, read for `rules diff`
        secondary = frozenset(sid for sid, src in sources.items() if src.kind == "secondary" and not legacy)
        cite = Citations(set(sources), set(strengths), secondary)
        parameters = read_parameters(self.node("parameters.yaml"), cite)
        phases_node = self.node("phases.yaml")
        phase_ids = tuple(
            str(p.get("id")) for p in (phases_node.value.get("phases") or []) if isinstance(p, dict)
        ) if isinstance(phases_node.value, dict) else ()
        questions_node = self.node("questions.yaml")
        pages, questions = read_questions(questions_node, cite)
        facts = build_fact_specs(questions, phase_ids, read_derived(questions_node, cite, questions))
        env = CompileEnv(facts=facts, parameters=parameters, status_groups=groups)
        doses, label_limits = read_doses(self.node(DOSES_FILE), cite.sources) if DOSES_FILE in self.parsed \
            else ({}, ())
        env.doses, env.label_limits = doses, label_limits  # before any text that writes a dose is read
        predicates = self.node("predicates.yaml")
        if predicates.is_mapping({"predicates"}):
            env.predicates = dict(predicates.get("predicates").items())
            for name in env.predicates:
                compile_condition(Node({"pred": name}, predicates.file, None, name, self.errors), env)
        questions = read_question_conditions(questions_node, questions, env, cite)
        urgent = read_urgent_page(questions_node, env, {p.id for p in pages})
        phases, points = read_phases(phases_node, env, cite)
        env.decision_points = {p.id: p for p in points}  # invariants may test them (invariant_atoms.py)
        items = self._items(files, env, cite, [lane.id for lane in lanes])
        env.item_ids = frozenset(i.id for i in items)
        check_scheduled_items(phases_node, env.item_ids)
        choices = read_choices(self.node(CHOICES_FILE), env, cite, {i.id: i.lane for i in items}) \
            if CHOICES_FILE in self.parsed else ()
        env.choices = {c.id: c.members for c in choices}
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
        if choices and handout is not None and handout.choose_one:
            self.node("handout.yaml").get("choose_one").error(
                f"replaced by {CHOICES_FILE}: the handout reads a choice's members from there")
        resources, availability = read_availability(self.node("availability.yaml"), env, cite)
        phrases = {key: value.words() for key, value in meta.get("phrases").items()} if meta.has("phrases") else {}
        needed = ("referral", "not_available", "continue_elsewhere", *(("also",) if "every_reason" in groups else ()))
        for key in needed:
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
        hazards = read_hazards(self.node(HAZARDS_FILE), frozenset(inv_ids.seen)) \
            if HAZARDS_FILE in self.parsed else None
        self.fail_if_errors()
        unused = sorted(set(sources) - cite.used)
        version = str(meta.value.get("version", ""))
        pack = RulePack(
            id=str(meta.value["id"]),
            title=meta.get("title").words(),
            version=version,
            sha256=pack_sha256(self.dir, files, self.read),
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
            decision_reasons=read_reasons(meta),
            patient=read_patient(meta, questions),
            resources=resources,
            availability=availability,
            phrases=phrases,
            status_labels=read_labels(meta, "status_labels",
                                      STATUSES if choices else tuple(s for s in STATUSES if s != ALTERNATIVE)),
            severity_labels=read_labels(meta, "severity_labels", SEVERITIES),
            language=self.catalog.language,
            files=tuple(files),
            choices=choices,
            hazards=hazards,
            doses=doses,
            label_limits=label_limits,
            catalog=self.catalog,
            warnings=tuple(f"sources.yaml: source '{s}' is not cited by any rule" for s in unused)
            + (("sources.yaml: source kinds of a pack before version 2: primary sources first (V2.9) not checked",)
               if legacy else ()),
        )
        pack.profiles.update(self._profiles(files, pack))  # a profile is read against the pack
        if pack.default_profile not in pack.profiles:
            meta.get("default_profile").error(f"no profile '{pack.default_profile}' in profiles/")
        self.fail_if_errors()
        return pack

    def _profiles(self, files: list[str], pack: RulePack) -> dict[str, Profile]:
        profiles: dict[str, Profile] = {}
        profile_ids = UniqueIds("profile")
        for rel in files:
            if rel.startswith("profiles/") and rel.endswith(".yaml"):
                node = self.node(rel)
                profile = read_profile(node, pack, rel)
                if profile:
                    profile_ids.add(node, profile.id)
                    profiles[profile.id] = profile
        return profiles

    # -- layout and metadata -------------------------------------------------------------------
    def _check_layout(self, files: list[str]) -> None:
        for rel in files:
            top = rel.split("/", 1)[0]
            if "/" in rel:
                if top not in SUBDIRS and top != "i18n":
                    self.errors.append(RulePackError(rel, None, "", f"unexpected folder '{top}' in the rule pack"))
                elif not rel.endswith(".yaml") and top in (*SUBDIRS, "i18n"):
                    self.errors.append(RulePackError(rel, None, "", "only .yaml files belong here"))
            elif rel not in TOP_FILES and rel not in OPTIONAL_FILES:
                self.errors.append(
                    RulePackError(rel, None, "", f"unexpected file in the rule pack (expected: {', '.join(TOP_FILES)})")
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
