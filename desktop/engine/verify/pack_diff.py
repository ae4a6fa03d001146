"""What changed between two rule packs, in the pack's own clinical terms: every question, item
(and each of its rules), alert, parameter, source, profile setting and translation that was
added, removed or changed, field by field (`rules diff OLD NEW`; the app's "What changed in
this rule pack" screen). It compares the files as written (read by the one safe reader), so
nothing the pack says escapes it; entries with an `id` are matched by id wherever they live
(an item moved to another file is the same item), list entries without one by position
(an item's rules are tried in order: "rule 2" is the second)."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

from desktop.engine.record import record

from ..pack.integrity import RELEASE_FILES, pack_files
from ..pack.safe_read import DataError, load_yaml

CATEGORIES = (  # (file or folder, heading), in the order shown
    ("pack.yaml", "Pack settings"),
    ("questions.yaml", "Questions"),
    ("items/", "Items and their rules"),
    ("choices.yaml", "Choices between treatments"),
    ("alerts.yaml", "Alerts"),
    ("parameters.yaml", "Parameters"),
    ("profiles/", "Site profile settings"),
    ("availability.yaml", "Availability and alternatives"),
    ("phases.yaml", "Phases and decision points"),
    ("predicates.yaml", "Shared conditions"),
    ("invariants.yaml", "Invariants (checked for every case)"),
    ("handout.yaml", "Patient handout"),
    ("sources.yaml", "Sources"),
    ("strengths.yaml", "Strengths of recommendation"),
    ("i18n/", "Translations"),
)
SINGULAR = {
    "items": "Item", "alerts": "Alert", "questions": "Question", "pages": "Page", "parameters": "Parameter",
    "constants": "Constant", "sources": "Source", "invariants": "Invariant", "phases": "Phase",
    "decision_points": "Decision point", "predicates": "Condition", "choices": "Choice", "resources": "Resource",
    "strengths": "Strength", "derived": "Derived value", "texts": "Translation of", "lanes": "Lane",
}
NAMES = ("title", "label", "name", "text")
MAX_SHOWN = 160


@record
class Change:
    category: str  # a heading of CATEGORIES
    entity: str  # "Item alendronate (Alendronate)"
    field: str  # "rules[2].detail" ("" for the entity itself)
    kind: str  # added | removed | changed
    old: str = ""
    new: str = ""

    def line(self) -> str:
        where = f"{self.entity}: {self.field}" if self.field else self.entity
        if self.kind == "added":
            return f"added {where}" + (f" = {self.new}" if self.field else "")
        if self.kind == "removed":
            return f"removed {where}" + (f" (was {self.old})" if self.field else "")
        return f"changed {where}: {self.old} -> {self.new}"


def condition_text(cond: Any) -> str:
    """A rule's condition as the pack writes it, compactly: {pred: x} -> x, {fact: f, lt: 35} -> f lt 35."""
    if isinstance(cond, dict) and len(cond) == 1:
        (key, value), = cond.items()
        if key == "pred":
            return str(value)
        if key in ("all", "any") and isinstance(value, list):
            return "(" + f" {'and' if key == 'all' else 'or'} ".join(condition_text(c) for c in value) + ")"
        if key == "not":
            return f"not {condition_text(value)}"
        if key == "always":
            return "always"
    if isinstance(cond, dict) and "fact" in cond:
        tests = ", ".join(f"{k} {json.dumps(v, default=str)}" for k, v in cond.items() if k != "fact")
        return f"{cond['fact']} {tests}"
    return json.dumps(cond, ensure_ascii=False, default=str)


def shown(value: Any) -> str:
    if isinstance(value, dict) and "status" in value and "when" in value:  # one rule of an item
        reason = f": {value['reason']}" if isinstance(value.get("reason"), str) else ""
        value = f"when {condition_text(value['when'])} then {value['status']}{reason}"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = repr(text) if isinstance(value, str) else text
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 3] + "..."


def category_of(rel: str) -> str:
    for prefix, heading in CATEGORIES:
        if rel == prefix or (prefix.endswith("/") and rel.startswith(prefix)):
            return heading
    return "Other files"


def _name(entry: Any) -> str:
    if isinstance(entry, dict):
        for key in NAMES:
            if isinstance(entry.get(key), str):
                text = entry[key].strip()
                return f" ({text[:60]}{'...' if len(text) > 60 else ''})"
    return ""


def read_entities(directory: Path) -> tuple[dict[tuple[str, str], tuple[str, Any]], list[str]]:
    """{(category, key): (entity label, value)} of every file of the pack, and files that did not parse."""
    entities: dict[tuple[str, str], tuple[str, Any]] = {}
    problems: list[str] = []
    for rel in pack_files(directory):
        if rel in RELEASE_FILES or not rel.endswith(".yaml"):
            continue
        try:
            data = load_yaml((directory / rel).read_bytes())
        except (OSError, DataError, UnicodeDecodeError) as exc:
            problems.append(f"{rel}: {exc}")
            continue
        category = category_of(rel)
        if rel.startswith("profiles/") and isinstance(data, dict):
            entities[(category, f"profile:{data.get('id', rel)}")] = (f"Profile {data.get('id', rel)}", data)
            continue
        language = f" ({rel.removeprefix('i18n/').removesuffix('.yaml')})" if rel.startswith("i18n/") else ""
        if not isinstance(data, dict):
            entities[(category, rel)] = (rel, data)
            continue
        for key, value in data.items():
            singular = SINGULAR.get(key, key.replace("_", " ").capitalize())
            if isinstance(value, list) and value and all(isinstance(e, dict) and "id" in e for e in value):
                for entry in value:
                    ident = f"{rel if key == 'items' and rel == 'handout.yaml' else key}:{entry['id']}"
                    entities[(category, ident)] = (f"{singular} {entry['id']}{_name(entry)}", entry)
            elif key in ("texts", "predicates") and isinstance(value, dict):
                for text, translated in value.items():
                    label = f"{singular}{language} {shown(text)}" if key == "texts" else f"{singular} {text}"
                    entities[(category, f"{rel}:{key}:{text}")] = (label, translated)
            else:
                label = f"{rel}: {key}" if category in ("Other files",) or rel == "handout.yaml" else \
                    f"{singular}{language}"
                entities[(category, f"{rel}:{key}")] = (label, value)
    return entities, problems


def diff_values(old: Any, new: Any, path: str, emit: Any) -> None:
    """Call emit(kind, field, old, new) for every difference below `path`."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            sub = f"{path}.{key}" if path else str(key)
            if key not in new:
                emit("removed", sub, old[key], None)
            elif key not in old:
                emit("added", sub, None, new[key])
            else:
                diff_values(old[key], new[key], sub, emit)
        return
    if isinstance(old, list) and isinstance(new, list):
        if _by_id(old) and _by_id(new):
            olds, news = {e["id"]: e for e in old}, {e["id"]: e for e in new}
            for ident in [*olds, *(i for i in news if i not in olds)]:
                sub = f"{path}[{ident}]"
                if ident not in news:
                    emit("removed", sub, olds[ident], None)
                elif ident not in olds:
                    emit("added", sub, None, news[ident])
                else:
                    diff_values(olds[ident], news[ident], sub, emit)
            common = [i for i in olds if i in news]
            if common != [i for i in news if i in olds]:
                emit("changed", f"{path} (order)", common, [i for i in news if i in olds])
            return
        if all(not isinstance(e, (dict, list)) for e in (*old, *new)):
            if old != new:
                emit("changed", path, old, new)
            return
        _diff_positions(old, new, path, emit)
        return
    if old != new or type(old) is not type(new):
        emit("changed", path, old, new)


def _diff_positions(old: list[Any], new: list[Any], path: str, emit: Any) -> None:
    """Entries without ids, aligned so that an inserted rule is one rule added, not every later
    rule changed: positions are the new list's ("rules[3]"), or the old one's when removed."""
    matcher = difflib.SequenceMatcher(a=[shown(e) for e in old], b=[shown(e) for e in new], autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        pairs = min(a1 - a0, b1 - b0)
        for k in range(pairs):
            moved = f" (was [{a0 + k + 1}])" if a0 != b0 else ""
            diff_values(old[a0 + k], new[b0 + k], f"{path}[{b0 + k + 1}]{moved}", emit)
        for k in range(a0 + pairs, a1):
            emit("removed", f"{path}[{k + 1}] (old position)", old[k], None)
        for k in range(b0 + pairs, b1):
            emit("added", f"{path}[{k + 1}]", None, new[k])


def _by_id(entries: list[Any]) -> bool:
    return bool(entries) and all(isinstance(e, dict) and "id" in e for e in entries)


def diff_packs(old_dir: Path, new_dir: Path) -> tuple[list[Change], list[str]]:
    """Every change from the pack at `old_dir` to the one at `new_dir`, in CATEGORIES order, and
    the files of either that could not be read."""
    old, old_problems = read_entities(old_dir)
    new, new_problems = read_entities(new_dir)
    changes: list[Change] = []
    for key in [*old, *(k for k in new if k not in old)]:
        category = key[0]
        if key not in new:
            changes.append(Change(category, old[key][0], "", "removed", shown(old[key][1])))
            continue
        if key not in old:
            changes.append(Change(category, new[key][0], "", "added", "", shown(new[key][1])))
            continue
        label = new[key][0]

        def emit(kind: str, field: str, before: Any, after: Any, label: str = label, category: str = category) -> None:
            changes.append(Change(category, label, field, kind, "" if before is None else shown(before),
                                  "" if after is None else shown(after)))

        diff_values(old[key][1], new[key][1], "", emit)
    order = {heading: n for n, (_, heading) in enumerate(CATEGORIES)}
    changes.sort(key=lambda c: order.get(c.category, len(order)))
    return changes, [f"old pack: {p}" for p in old_problems] + [f"new pack: {p}" for p in new_problems]
