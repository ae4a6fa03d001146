"""Reading the clinical parts of the pack: phases, decision points, items, alerts, invariants."""

from __future__ import annotations

from .compile_env import CompileEnv
from .compiled import Condition, Expr
from .conditions import compile_condition
from .doses import write_doses
from .expressions import compile_expr
from .model import (
    ACCEPTED_ON,
    ITEM_KINDS,
    RULE_STATUSES,
    SEVERITIES,
    Alert,
    DecisionPoint,
    Handout,
    Invariant,
    Item,
    Phase,
    Rule,
    TextPart,
    Window,
)
from .schema import Node
from .site_model import AvailabilityOption, Resource


class Citations:
    """Checks that every cited source and strength exists."""

    def __init__(self, source_ids: set[str], strength_ids: set[str], secondary: frozenset[str] = frozenset()) -> None:
        self.source_ids = source_ids
        self.strength_ids = strength_ids
        self.secondary = secondary  # sources of kind `secondary`: cited after every primary one
        self.used: set[str] = set()

    def sources(self, node: Node, required: bool = True) -> tuple[str, ...]:
        if node.value is None and not required:
            return ()
        ids = node.text_list()
        if required and not ids and isinstance(node.value, list):
            node.error("cite at least one source")
        for i, sid in enumerate(ids):
            if sid and sid not in self.source_ids:
                node.child(i, sid).error(f"unknown source '{sid}' (not in sources.yaml)")
        for i, sid in enumerate(ids[1:], 1):
            if ids[i - 1] in self.secondary and sid not in self.secondary:
                node.child(i, sid).error(
                    f"cite the primary source '{sid}' before the secondary summary '{ids[i - 1]}' (pathway V2.9)"
                )
        self.used.update(ids)
        return tuple(ids)

    def strength(self, node: Node) -> str:
        value = node.text()
        if value and value not in self.strength_ids:
            node.error(f"unknown strength '{value}' ({', '.join(sorted(self.strength_ids))})")
        return value

    def basis(self, node: Node) -> str | None:
        if node.value is None:
            return None
        return self.sources(Node([node.value], node.file, node.line, node.path, node.errors))[0]


def opt_condition(node: Node, key: str, env: CompileEnv, scope: str = "case") -> Condition | None:
    return compile_condition(node.get(key), env, scope) if node.has(key) else None


def text_parts(
    node: Node, env: CompileEnv, cite: Citations, sources_required: bool, scope: str = "case"
) -> tuple[TextPart, ...]:
    """A text, or a list of {text, sources, when}."""
    if node.value is None:
        return ()
    if isinstance(node.value, str):
        return (TextPart(write_doses(node, node.words(), env.doses)),)
    parts = []
    for entry in node.entries():
        if not entry.is_mapping({"text"}, {"sources", "when"}):
            continue
        sources = entry.get("sources")
        if sources_required and not entry.has("sources"):
            entry.error("missing required field 'sources'")
        parts.append(
            TextPart(
                text=write_doses(entry, entry.get("text").words(), env.doses),
                sources=cite.sources(sources, required=sources_required),
                when=opt_condition(entry, "when", env, scope),
            )
        )
    return tuple(parts)


def read_phases(node: Node, env: CompileEnv, cite: Citations) -> tuple[tuple[Phase, ...], tuple[DecisionPoint, ...]]:
    if not node.is_mapping({"phases", "decision_points"}):
        return (), ()
    phases = []
    phase_ids, point_ids = UniqueIds("phase"), UniqueIds("decision point")
    for entry in node.get("phases").entries():
        if not entry.is_mapping({"id", "label", "from_day", "description", "sources"}):
            continue
        phases.append(
            Phase(
                id=phase_ids.add(entry, entry.get("id").text()),
                label=entry.get("label").words(),
                from_day=compile_expr(entry.get("from_day"), env),
                description=entry.get("description").words(),
                sources=cite.sources(entry.get("sources")),
            )
        )
    if phases and phases[0].from_day.data != 0:
        node.get("phases").error("the first phase must start at day 0")
    points = []
    for entry in node.get("decision_points").entries():
        if not entry.is_mapping({"id", "short", "day", "label", "sources"}, {"when", "review", "schedules"}):
            continue
        points.append(
            DecisionPoint(
                id=point_ids.add(entry, entry.get("id").text()),
                label=entry.get("label").words(),
                short=entry.get("short").words(),
                day=compile_expr(entry.get("day"), env),
                sources=cite.sources(entry.get("sources")),
                when=opt_condition(entry, "when", env),
                review=entry.get("review").boolean() if entry.has("review") else False,
                schedules=entry.get("schedules").opt_text(),
            )
        )
    return tuple(phases), tuple(points)


def check_scheduled_items(node: Node, item_ids: frozenset[str]) -> None:
    """A decision point's `schedules` names an item of the pack (checked once items are read)."""
    if not node.is_mapping({"phases", "decision_points"}):
        return
    for entry in node.get("decision_points").entries():
        if isinstance(entry.value, dict) and entry.has("schedules"):
            item = entry.get("schedules").value
            if item not in item_ids:
                entry.get("schedules").error(f"unknown item '{item}'")


ITEM_FIELDS = {"id", "lane", "title", "strength", "sources", "rules"}
ITEM_OPTIONAL = {"strength_basis", "applies_when", "triggers", "detail", "cautions", "notes", "kind",
                 "current_treatment", "every_reason"}
RULE_OPTIONAL = {"when", "strength", "strength_basis", "sources"}


def read_item(entry: Node, env: CompileEnv, cite: Citations, lanes: set[str]) -> Item | None:
    if not entry.is_mapping(ITEM_FIELDS, ITEM_OPTIONAL):
        return None
    lane = entry.get("lane").text()
    if lane and lane not in lanes:
        entry.get("lane").error(f"unknown lane '{lane}' ({', '.join(sorted(lanes))})")
    triggers = entry.get("triggers").text_list() if entry.has("triggers") else []
    for i, fid in enumerate(triggers):
        if fid not in env.facts:
            entry.get("triggers").child(i, fid).error(f"undefined fact '{fid}'")
    rules_node = entry.get("rules")
    rules = tuple(r for r in (read_rule(r, env, cite) for r in rules_node.entries()) if r)
    if not rules and isinstance(rules_node.value, list):
        rules_node.error("an item needs at least one rule")
    return Item(
        id=entry.get("id").text(),
        lane=lane,
        title=entry.get("title").words(),
        strength=cite.strength(entry.get("strength")),
        strength_basis=cite.basis(entry.get("strength_basis")),
        sources=cite.sources(entry.get("sources")),
        rules=rules,
        applies_when=opt_condition(entry, "applies_when", env),
        triggers=tuple(triggers),
        detail=text_parts(entry.get("detail"), env, cite, sources_required=False),
        cautions=text_parts(entry.get("cautions"), env, cite, sources_required=True),
        notes=text_parts(entry.get("notes"), env, cite, sources_required=True),
        kind=entry.get("kind").one_of(ITEM_KINDS) if entry.has("kind") else "activity",
        current_treatment=read_current_treatment(entry.get("current_treatment"), env)
        if entry.has("current_treatment") else (),
        every_reason=entry.get("every_reason").boolean() if entry.has("every_reason") else False,
        file=entry.file,
        line=entry.line,
    )


def read_current_treatment(node: Node, env: CompileEnv) -> tuple[tuple[str, str], ...]:
    """`{question id: choice id or accepted_on}`: a choice question takes one of its choices, a
    date question the date the item was accepted."""
    out: list[tuple[str, str]] = []
    for qid, value_node in node.items():
        spec = env.facts.get(qid)
        value = value_node.text()
        if spec is None or spec.question != qid:
            value_node.error(f"'{qid}' is not a question")
        elif spec.kind == "date":
            if value != ACCEPTED_ON:
                value_node.error(f"a date question takes '{ACCEPTED_ON}' (the date the item was accepted)")
        elif spec.kind == "choice":
            if value not in spec.choices:
                value_node.error(f"'{value}' is not a choice of '{qid}' ({', '.join(spec.choices)})")
        else:
            value_node.error(f"'{qid}' is a {spec.kind} question: only choice and date questions are set")
        out.append((qid, value))
    return tuple(out)


def read_rule(entry: Node, env: CompileEnv, cite: Citations) -> Rule | None:
    if not entry.is_mapping({"status", "window", "reason"}, RULE_OPTIONAL):
        return None
    window = entry.get("window")
    start: Expr | None = None
    end: Expr | None = None
    if window.is_mapping({"start", "end"}):
        start = compile_expr(window.get("start"), env)
        end = None if window.get("end").value is None else compile_expr(window.get("end"), env)
    if start is None:
        return None
    return Rule(
        status=entry.get("status").one_of(RULE_STATUSES),  # `alternative` is a choice's
        window=Window(start, end),
        reason=entry.get("reason").words(),
        when=opt_condition(entry, "when", env),
        strength=cite.strength(entry.get("strength")) if entry.has("strength") else None,
        strength_basis=cite.basis(entry.get("strength_basis")),
        sources=cite.sources(entry.get("sources"), required=False),
        line=entry.line,
    )


def read_alert(entry: Node, env: CompileEnv, cite: Citations) -> Alert | None:
    if not entry.is_mapping({"id", "severity", "when", "text", "sources"}):
        return None
    return Alert(
        id=entry.get("id").text(),
        severity=entry.get("severity").one_of(SEVERITIES),
        text=entry.get("text").words(),
        sources=cite.sources(entry.get("sources")),
        when=compile_condition(entry.get("when"), env, "alert"),
    )


def read_invariant(entry: Node, env: CompileEnv, cite: Citations) -> Invariant | None:
    if not entry.is_mapping({"id", "text", "then"}, {"when", "sources"}):
        return None
    return Invariant(
        id=entry.get("id").text(),
        text=entry.get("text").text(),  # developer-facing: not translated
        then=compile_condition(entry.get("then"), env, "invariant"),
        when=opt_condition(entry, "when", env),
        sources=cite.sources(entry.get("sources"), required=False),
    )


class UniqueIds:
    """Reports a repeated id at the entry that repeats it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.seen: set[str] = set()

    def add(self, node: Node, ident: str) -> str:
        if ident and ident in self.seen:
            node.get("id").error(f"duplicate {self.kind} id '{ident}'")
        self.seen.add(ident)
        return ident


HANDOUT_PLACEHOLDERS = ("{start}", "{end}", "{date}", "{next_dose}")


def _check_placeholders(node: Node, text: str) -> None:
    for word in (w for w in text.split() if "{" in w):
        if not any(p in word for p in HANDOUT_PLACEHOLDERS):
            node.error(f"unknown placeholder in {word!r} (allowed: {', '.join(HANDOUT_PLACEHOLDERS)})")


def read_handout(node: Node, env: CompileEnv, cite: Citations) -> Handout | None:
    fields = {"title", "intro", "headings", "review", "no_review", "questions", "items", "avoid", "warning_signs"}
    if not node.is_mapping(fields, {"choose_one", "choose_one_text"}):
        return None
    headings = {key: value.words() for key, value in node.get("headings").items()}
    for key in ("take", "avoid", "warning", "review", "questions"):
        if key not in headings:
            node.get("headings").error(f"missing heading '{key}'")
    items: dict[str, tuple[TextPart, ...]] = {}
    for item_id, entry in node.get("items").items():
        if item_id not in env.item_ids:
            entry.error(f"unknown item '{item_id}'")
        if isinstance(entry.value, list):
            parts = text_parts(entry, env, cite, sources_required=True, scope="alert")
        elif entry.is_mapping({"text", "sources"}):
            parts = (TextPart(write_doses(entry, entry.get("text").words(), env.doses),
                              cite.sources(entry.get("sources"))),)
        else:
            continue
        for part in parts:
            _check_placeholders(entry, part.text)
        items[item_id] = parts
    choose_one = tuple(node.get("choose_one").text_list()) if node.has("choose_one") else ()
    for index, item_id in enumerate(choose_one):
        if item_id not in env.item_ids:
            node.get("choose_one").child(index, item_id).error(f"unknown item '{item_id}'")
    choose_text = None
    if node.has("choose_one_text") and node.get("choose_one_text").is_mapping({"text", "sources"}):
        entry = node.get("choose_one_text")
        choose_text = TextPart(entry.get("text").words(), cite.sources(entry.get("sources")))
    intro_node = node.get("intro")
    intro = (text_parts(intro_node, env, cite, sources_required=True, scope="alert")
             if isinstance(intro_node.value, list) else (TextPart(intro_node.words(), ()),))
    return Handout(
        title=node.get("title").words(),
        intro=intro,
        headings=headings,
        review=node.get("review").words(),
        no_review=node.get("no_review").words(),
        questions=node.get("questions").words(),
        items=items,
        avoid=text_parts(node.get("avoid"), env, cite, sources_required=True, scope="alert"),
        warning_signs=text_parts(node.get("warning_signs"), env, cite, sources_required=True),
        choose_one=choose_one,
        choose_one_text=choose_text,
    )


def read_availability(
    node: Node, env: CompileEnv, cite: Citations
) -> tuple[dict[str, Resource], dict[str, tuple[AvailabilityOption, ...]]]:
    resources: dict[str, Resource] = {}
    options: dict[str, tuple[AvailabilityOption, ...]] = {}
    if not node.is_mapping({"resources", "items"}):
        return resources, options
    ids = UniqueIds("resource")
    for entry in node.get("resources").entries():
        if entry.is_mapping({"id", "label"}, {"essential"}):
            rid = ids.add(entry, entry.get("id").text())
            essential = entry.get("essential").boolean() if entry.has("essential") else False
            resources[rid] = Resource(rid, entry.get("label").words(), essential)
    for item_id, entry in node.get("items").items():
        if item_id not in env.item_ids:
            entry.error(f"unknown item '{item_id}'")
        found = []
        for option in entry.entries():
            if not option.is_mapping({"resource"}, {"text", "handout", "sources", "max_days"}):
                continue
            rid = option.get("resource").text()
            if rid not in resources:
                option.get("resource").error(f"unknown resource '{rid}'")
            text = write_doses(option, option.get("text").words(), env.doses) if option.has("text") else None
            handout = write_doses(option, option.get("handout").words(), env.doses) if option.has("handout") else None
            if (text or handout) and not option.has("sources"):
                option.error("an alternative's text needs sources")
            max_days = option.get("max_days").integer() if option.has("max_days") else None
            if max_days is not None and max_days < 1:
                option.get("max_days").error("max_days must be at least 1")
            found.append(AvailabilityOption(rid, text, cite.sources(option.get("sources"), required=False), handout,
                                            max_days))
        if not found:
            entry.error("an item needs at least one resource")
        options[item_id] = tuple(found)
    return resources, options
