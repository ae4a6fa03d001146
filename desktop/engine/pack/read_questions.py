"""Reading questions.yaml: the wizard's pages, its questions and the urgent page.

Questions are read in two passes: first their plain fields (the facts that conditions may
test are derived from them), then, once those facts are known, their conditions.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .catalog import Catalog
from .compile_env import CompileEnv
from .compiled import Condition
from .conditions import compile_condition
from .derived import BY_ID
from .model import FOLLOW_UP, AnswerWords, Choice, FactSpec, Page, Question, Replacement, TextPart, UrgentPage
from .read_rules import Citations, UniqueIds, opt_condition, text_parts
from .schema import Node

QUESTION_KINDS = ("date", "integer", "number", "boolean", "choice", "multi_choice", "text")
QUESTION_FIELDS = frozenset({"id", "page", "kind", "label"})
QUESTION_OPTIONAL = frozenset({
    "help", "sources", "required", "nullable", "unit", "minimum", "maximum", "choices",
    "min_count", "max_length", "default", "not_after", "not_before", "applies_when",
    "valid_only_when", "required_unless", "if_unknown", "warnings", "short", "null_label", "follow_up",
    "in_sentence", "grid",
    "null_choice", "replaces",
})
CASE_FORMATS = ("ovcf-case/1",)  # older case formats a question may replace a field of


def answer_words(catalog: Catalog) -> AnswerWords:
    """How an unknown, yes/no or empty answer reads in the catalogue's language."""
    return AnswerWords(
        unknown=catalog.msg("unknown"), yes=catalog.msg("yes"), no=catalog.msg("no"), none=catalog.msg("none")
    )


def read_questions(node: Node, cite: Citations) -> tuple[tuple[Page, ...], tuple[Question, ...]]:
    if not node.is_mapping({"pages", "questions"}, {"urgent_page", "derived"}):
        return (), ()
    words = answer_words(node.catalog)
    pages = []
    page_ids = UniqueIds("page")
    for e in node.get("pages").entries():
        if e.is_mapping({"id", "title", "intro"}):
            pages.append(Page(page_ids.add(e, e.get("id").text()), e.get("title").words(), e.get("intro").words()))
    questions = []
    ids = UniqueIds("question")
    for e in node.get("questions").entries():
        if not e.is_mapping(QUESTION_FIELDS, QUESTION_OPTIONAL):
            continue
        q = read_question(e, cite, page_ids.seen, words)
        ids.add(e, q.id)
        questions.append(q)
    known = {q.id: q for q in questions}
    for e, q in zip(node.get("questions").entries(), questions, strict=False):
        for key in ("not_after", "not_before"):
            ref = getattr(q, key)
            if ref and (ref not in known or known[ref].kind != "date"):
                e.get(key).error(f"'{ref}' is not a date question")
    for e, q in zip(node.get("questions").entries(), questions, strict=False):
        if q.replaces is not None and q.replaces.field in known:
            e.get("replaces").get("field").error(f"'{q.replaces.field}' is still a question")
    for required in ("visit_date", "onset_date"):
        if required not in known:
            node.get("questions").error(f"the question '{required}' is required")
    return tuple(pages), tuple(questions)


def read_question(e: Node, cite: Citations, pages: set[str], words: AnswerWords) -> Question:
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
        follow_up=e.get("follow_up").one_of(FOLLOW_UP) if e.has("follow_up") else "keep",
        grid=read_grid(e, choices) if e.has("grid") else (),
        in_sentence=e.get("in_sentence").opt_words(),
        null_choice=read_null_choice(e, choices, nullable) if e.has("null_choice") else None,
        replaces=read_replaces(e.get("replaces"), choices) if e.has("replaces") else None,
        line=e.line,
        words=words,
    )


def read_null_choice(e: Node, choices: list[Choice], nullable: bool) -> str:
    """`null_choice: unknown`: the choice that means "not known" (read as an unknown answer)."""
    node = e.get("null_choice")
    value = node.text()
    if value not in [c.id for c in choices]:
        node.error(f"'{value}' is not one of the question's choices")
    elif not nullable:
        node.error("only a nullable question has a choice for 'not known'")
    return value


def read_replaces(node: Node, choices: list[Choice]) -> Replacement | None:
    """`replaces: {field, label, formats, values: [{old, new}], note}`: a field of older case
    files, mapped to this question's choices when such a file is read."""
    if not node.is_mapping({"field", "label", "formats", "values"}, {"note"}):
        return None
    formats = node.get("formats").text_list()
    for i, fmt in enumerate(formats):
        if fmt not in CASE_FORMATS:
            node.get("formats").child(i, fmt).error(f"not an older case format ({', '.join(CASE_FORMATS)})")
    values: list[tuple[Any, str]] = []
    ids = [c.id for c in choices]
    for entry in node.get("values").entries():
        if not entry.is_mapping({"old", "new"}):
            continue
        old, new = entry.get("old").value, entry.get("new").text()
        if isinstance(old, (dict, list)):
            entry.get("old").error("expected a plain value (text, number, true, false or null)")
        if new not in ids:
            entry.get("new").error(f"'{new}' is not one of the question's choices")
        if any(old == o and type(old) is type(o) for o, _ in values):
            entry.get("old").error("this old value is mapped twice")
        values.append((old, new))
    if not any(o is None for o, _ in values):
        node.get("values").error("map the old field's absent or unknown value too (old: null)")
    return Replacement(
        field=node.get("field").text(), label=node.get("label").words(), formats=tuple(formats),
        values=tuple(values), note=node.get("note").words() if node.has("note") else "")


def read_derived(node: Node, cite: Citations, questions: tuple[Question, ...]) -> tuple[FactSpec, ...]:
    """`derived`: facts the engine computes (desktop/engine/pack/derived.py), each with its label,
    unit, sources and the facts it is computed from (checked against what the engine uses)."""
    if not node.has("derived"):
        return ()
    known = {q.id for q in questions}
    out: list[FactSpec] = []
    ids = UniqueIds("derived fact")
    for e in node.get("derived").entries():
        if not e.is_mapping({"id", "label", "from", "help", "sources"}, {"unit"}):
            continue
        fid = ids.add(e, e.get("id").text())
        derivation = BY_ID.get(fid)
        inputs = tuple(e.get("from").text_list())
        if derivation is None:
            e.get("id").error(f"the engine derives no fact '{fid}' (it derives: {', '.join(BY_ID)})")
            continue
        if inputs != derivation.inputs:
            e.get("from").error(f"'{fid}' is computed from {', '.join(derivation.inputs)}")
        for qid in inputs:
            if qid not in known and qid not in BY_ID:
                e.get("from").error(f"'{qid}' is not a question")
        known.add(fid)
        out.append(FactSpec(
            fid, derivation.kind, e.get("label").words(), nullable=True, choices=derivation.choices,
            question=None, inputs=inputs, unit=e.get("unit").opt_words(),
            sources=cite.sources(e.get("sources")), help=e.get("help").words()))
    return tuple(out)


def read_grid(e: Node, choices: list[Choice]) -> tuple[tuple[str, ...], ...]:
    """`grid: [[T1, T2, ...], [L1, ...]]`: rows of choice ids, each choice exactly once."""
    node = e.get("grid")
    rows = tuple(tuple(row.text_list()) for row in node.entries())
    placed = [cid for row in rows for cid in row]
    ids = [c.id for c in choices]
    if not choices:
        node.error("only a choice question has a grid")
    elif sorted(placed) != sorted(ids) or len(set(placed)) != len(placed):
        missing = sorted(set(ids) - set(placed))
        extra = sorted({c for c in placed if c not in ids or placed.count(c) > 1})
        node.error("every choice exactly once: " + "; ".join(
            part for part in (f"missing {', '.join(missing)}" if missing else "",
                              f"unknown or repeated {', '.join(extra)}" if extra else "") if part))
    return rows


def read_required_unless(e: Node, q: Question, env: CompileEnv) -> Condition | None:
    """`required_unless`: only on a required question that may be unknown (`nullable`)."""
    if not e.has("required_unless"):
        return None
    if not (q.required and q.nullable):
        e.get("required_unless").error("only a required, nullable question can be required unless a condition holds")
    return opt_condition(e, "required_unless", env)


def read_question_conditions(
    node: Node, questions: tuple[Question, ...], env: CompileEnv, cite: Citations
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
                required_unless=read_required_unless(e, q, env),
                warnings=warnings,
            )
        )
    return tuple(out)


def read_urgent_page(node: Node, env: CompileEnv, pages: set[str]) -> UrgentPage | None:
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

