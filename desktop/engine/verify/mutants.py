"""Systematic mutants of a rule pack, for a mutation score (`rules mutate`, desktop/mutate_cli.py).

Each operator is applied once per site, in a fixed order (file by file, line by line), to the
YAML text, so that every mutant names the file and line it changed and what the change was:
`threshold` (a number compared with by `lt`, `lte`, `gt`, `gte`, `eq`, `ne`, a parameter's
option or constant, a profile's number: one step to either side), `status` (a rule's status
swapped, `SWAPS`), `severity` (an alert downgraded), `drop` / `negate` (a condition: a rule's,
caution's or alert's `when`, an item's `applies_when`, a predicate, a choice order, and each
member of an `any` / `all`, replaced by `{always: true}` (a member: removed) or wrapped in
`{not: ...}`), `window` (a number in a rule's window, `WINDOW_SHIFT` days either way), `dose`
(a number followed by a unit in an item's `detail` text or its translations, times ten for an
amount, two for an interval; a frequency word swapped), `reorder` (two adjacent rules swapped).

Nothing here loads a pack or runs a check: `write_mutant` writes a copy of the pack folder
(without its manifest and signature) with one mutant applied; a mutant's `target` is what it
changes (an item, alert, predicate or parameter), for `rules mutate` to find what reads it.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..pack.integrity import MANIFEST_NAME, SIGNATURE_NAME
from ..pack.safe_read import DataError, line_of, load_yaml
from .dose_mutants import DOSES_FILE, dose_file_edits, text_dose_edits

OPERATORS = ("threshold", "status", "severity", "drop", "negate", "window", "dose", "reorder")
WINDOW_SHIFT = 7
SWAPS = {"recommended": "consider", "consider": "recommended", "conditional": "recommended",
         "contraindicated": "consider", "not_recommended": "recommended", "continue": "consider",
         "urgent": "recommended", "window_passed": "recommended", "unavailable": "recommended", "done": "recommended"}
DOWNGRADE = {"critical": "warning", "warning": "info"}
CONDITION_FILES = ("items/", "alerts.yaml", "predicates.yaml", "choices.yaml")
_COMPARE = re.compile(r"(?<![\w.])(lt|lte|gt|gte|eq|ne)(\s*:\s*)(-?\d+(?:\.\d+)?)(?=\s*[,}\]]|\s*(?:#.*)?$)")
_STATUS = re.compile(r"(?<![\w.])(status\s*:\s*)([a-z_]+)\b")
_SEVERITY = re.compile(r"(?<![\w.])(severity\s*:\s*)(critical|warning)\b")
_VALUE = re.compile(r"^(\s*(?:-\s+)?value\s*:\s*)(-?\d+(?:\.\d+)?)(\s*(?:#.*)?)$")
_PROFILE_NUMBER = re.compile(r"^(\s+)([a-z_][a-z0-9_]*)(\s*:\s*)(-?\d+(?:\.\d+)?)(\s*(?:#.*)?)$")
_WINDOW_NUMBER = re.compile(r"(?<![\w.-])(-?\d+)(?![\w.])")
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}


@dataclass(frozen=True)
class Mutant:
    index: int  # its place in the deterministic order (the id is `M` + index)
    operator: str
    file: str  # relative to the pack folder, with /
    line: int  # 1-based, the line it changed (a block: its first line)
    change: str  # what changed, in words: "lt: 35 -> 34"
    target: tuple[str, str]  # what it changes: ("item", id), ("alert", id), ("predicate", n), ("param", id), ...
    start: int  # the edit: lines [start, end) (0-based) replaced by `text`
    end: int
    text: str

    @property
    def id(self) -> str:
        return f"M{self.index:04d}"

    def where(self) -> str:
        return f"{self.file}:{self.line}"


def _edit(operator: str, line: int, change: str, start: int, end: int, text: str) -> Mutant:
    return Mutant(0, operator, "", line, change, ("", ""), start, end, text)


def _at(container: Any, key: Any) -> int:
    return line_of(container, key) or 1


def pack_files(directory: Path) -> list[str]:
    """The pack's YAML files that mutants change, in a fixed order (relative, with /)."""
    names = sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*.yaml"))
    return [n for n in names if n != "invariants.yaml" and not n.startswith(".")]


def generate(directory: Path, operators: tuple[str, ...] = OPERATORS) -> list[Mutant]:
    """Every mutant of the pack at `directory` (its text unchanged), in a deterministic order."""
    out: list[Mutant] = []
    details = _detail_texts(directory)
    for name in pack_files(directory):
        text = (directory / name).read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        try:
            data = load_yaml(text)
        except DataError:
            continue
        targets = _targets(name, data, len(lines))
        for edit in _edits(name, lines, data, details):
            if edit.operator not in operators or "".join(lines[edit.start:edit.end]) == edit.text:
                continue
            out.append(replace(edit, index=len(out) + 1, file=name, target=targets[edit.line - 1]))
    return out


def mutated_text(directory: Path, mutant: Mutant) -> str:
    lines = (directory / mutant.file).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join([*lines[:mutant.start], mutant.text, *lines[mutant.end:]])


def write_mutant(directory: Path, mutant: Mutant | None, target: Path) -> Path:
    """A copy of the pack at `directory` in `target` (without manifest or signature), mutated."""
    shutil.copytree(directory, target, ignore=shutil.ignore_patterns(MANIFEST_NAME, SIGNATURE_NAME, "__pycache__"))
    if mutant is not None:
        (target / mutant.file).write_text(mutated_text(directory, mutant), encoding="utf-8")
    return target


# -- the operators -------------------------------------------------------------------------------


def _edits(name: str, lines: list[str], data: Any, details: set[str]) -> list[Mutant]:
    out: list[Mutant] = []
    for number, line in enumerate(lines):
        out += _line_edits(name, number, line)
    if name.startswith(CONDITION_FILES):
        out += _condition_edits(lines, data)
    if name.startswith("items/"):
        out += _item_edits(lines, data)
    if name == DOSES_FILE:
        out += [_edit("dose", *edit) for edit in dose_file_edits(lines)]
    if name.startswith("i18n/") and isinstance(data, dict) and isinstance(data.get("texts"), dict):
        out += _translation_edits(lines, data["texts"], details)
    out.sort(key=lambda e: (e.line, OPERATORS.index(e.operator)))
    return out


def _either_side(value: str) -> tuple[str, str]:
    """A number one step lower and one higher (a step: 1, or the last decimal place's unit)."""
    if "." not in value:
        return str(int(value) - 1), str(int(value) + 1)
    places = len(value.split(".")[1])
    return f"{float(value) - 10 ** -places:.{places}f}", f"{float(value) + 10 ** -places:.{places}f}"


def _sub(line: str, match: re.Match[str], group: int, new: str) -> str:
    return line[:match.start(group)] + new + line[match.end(group):]


def _line_edits(name: str, number: int, line: str) -> list[Mutant]:
    out: list[Mutant] = []

    def add(operator: str, change: str, text: str) -> None:
        out.append(_edit(operator, number + 1, change, number, number + 1, text))

    for m in _COMPARE.finditer(line) if name.startswith(CONDITION_FILES) else ():
        for new in _either_side(m.group(3)):
            add("threshold", f"{m.group(1)}: {m.group(3)} -> {new}", _sub(line, m, 3, new))
    for m in _STATUS.finditer(line) if name.startswith("items/") else ():
        if m.group(2) in SWAPS:
            add("status", f"status {m.group(2)} -> {SWAPS[m.group(2)]}", _sub(line, m, 2, SWAPS[m.group(2)]))
    for m in _SEVERITY.finditer(line) if name == "alerts.yaml" else ():
        add("severity", f"severity {m.group(2)} -> {DOWNGRADE[m.group(2)]}", _sub(line, m, 2, DOWNGRADE[m.group(2)]))
    match = _VALUE.match(line) if name == "parameters.yaml" else None
    if name.startswith("profiles/"):
        match = _PROFILE_NUMBER.match(line)
    if match:
        group = 2 if name == "parameters.yaml" else 4
        for new in _either_side(match.group(group)):
            label = "value" if group == 2 else match.group(2)
            add("threshold", f"{label}: {match.group(group)} -> {new}", _sub(line, match, group, new))
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: list[str], number: int, column: int) -> int:
    """The end of the value of a key at `column` on line `number` (0-based): the lines after it
    indented deeper (blank lines and comments at the end not included)."""
    end = number + 1
    last = number + 1
    while end < len(lines):
        stripped = lines[end].strip()
        if stripped and not stripped.startswith("#"):
            if _indent(lines[end]) <= column:
                break
            last = end + 1
        end += 1
    return last


def _key_region(lines: list[str], number: int, key: str) -> tuple[int, int, str] | None:
    """Where `key:`'s value is on line `number` (0-based): (start, end, the line's text before it)."""
    m = re.search(rf"(?<![\w.]){re.escape(key)}\s*:", lines[number])
    return None if m is None else (number, _block_end(lines, number, m.start()), lines[number][:m.end()])


def flow(value: Any) -> str:
    """`value` as one line of YAML flow style (what the safe reader reads back as `value`)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{flow(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    if value is True or value is False:
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _conditions(data: Any) -> list[tuple[Any, str]]:
    """(mapping, key) of every top-level condition in a file's data."""
    found: list[tuple[Any, str]] = []
    if not isinstance(data, dict):
        return found
    for entry in data.get("items") or []:
        if not isinstance(entry, dict):
            continue
        if "applies_when" in entry:
            found.append((entry, "applies_when"))
        parts = [p for key in ("rules", "cautions", "notes", "detail") if isinstance(entry.get(key), list)
                 for p in entry[key]]
        for part in parts:
            if isinstance(part, dict) and "when" in part:
                found.append((part, "when"))
    groups = [e for key in ("alerts", "choices") for e in data.get(key) or [] if isinstance(e, dict)]
    for entry in [*groups, *(o for g in groups for o in g.get("order") or [])]:
        if isinstance(entry, dict) and "when" in entry:
            found.append((entry, "when"))
    predicates = data.get("predicates")
    if isinstance(predicates, dict):
        found += [(predicates, name) for name in predicates]
    return found


def _variants(cond: Any, line: int) -> list[tuple[str, str, int, Any]]:
    """(operator, change, line, new condition) for a condition and each member of its any / all."""
    return [("drop", f"condition {flow(cond)} dropped (always true)", line, {"always": True}),
            ("negate", f"condition {flow(cond)} negated", line, {"not": cond}), *_member_variants(cond, line)]


def _member_variants(cond: Any, line: int) -> list[tuple[str, str, int, Any]]:
    out: list[tuple[str, str, int, Any]] = []
    if not isinstance(cond, dict) or len(cond) != 1:
        return out
    (key, value), = cond.items()
    if key == "not":
        return [(op, change, at, {"not": new}) for op, change, at, new in _member_variants(value, line)]
    if key not in ("any", "all") or not isinstance(value, list):
        return out
    for i, member in enumerate(value):
        at = line_of(value, i) or line
        if len(value) > 1:
            out.append(("drop", f"member {flow(member)} of {key} dropped", at,
                        {key: [m for j, m in enumerate(value) if j != i]}))
        out.append(("negate", f"member {flow(member)} of {key} negated", at,
                    {key: [{"not": m} if j == i else m for j, m in enumerate(value)]}))
        for op, change, inner_at, new in _member_variants(member, at):
            out.append((op, change, inner_at, {key: [new if j == i else m for j, m in enumerate(value)]}))
    return out


def _condition_edits(lines: list[str], data: Any) -> list[Mutant]:
    out: list[Mutant] = []
    for mapping, key in _conditions(data):
        number = _at(mapping, key) - 1
        region = _key_region(lines, number, key)
        if region is None:
            continue
        start, end, before = region
        for operator, change, line, new in _variants(mapping[key], number + 1):
            out.append(_edit(operator, line, change, start, end, f"{before} {flow(new)}\n"))
    return out


def _item_edits(lines: list[str], data: Any) -> list[Mutant]:
    out: list[Mutant] = []
    for entry in (data.get("items") or []) if isinstance(data, dict) else []:
        if not isinstance(entry, dict):
            continue
        rules = entry.get("rules") or []
        for rule in rules:
            if isinstance(rule, dict) and "window" in rule:
                out += _window_edits(lines, _at(rule, "window") - 1)
        starts = [_at(rules, i) - 1 for i in range(len(rules))]
        if len(set(starts)) == len(starts) and starts:
            ends = [*starts[1:], _block_end(lines, starts[-1], _indent(lines[starts[-1]]))]
            for i in range(len(rules) - 1):
                first, second = "".join(lines[starts[i]:ends[i]]), "".join(lines[starts[i + 1]:ends[i + 1]])
                out.append(_edit("reorder", starts[i] + 1, f"rules {i + 1} and {i + 2} of {entry.get('id')} swapped",
                                 starts[i], ends[i + 1], second + first))
        if "detail" in entry:
            number = _at(entry, "detail") - 1
            for n in range(number, _block_end(lines, number, _indent(lines[number]))):
                out += _dose_edits(lines, n, 0)
    return out


def _window_edits(lines: list[str], number: int) -> list[Mutant]:
    out: list[Mutant] = []
    region = _key_region(lines, number, "window")
    if region is None:
        return out
    start, end, before = region
    for n in range(start, end):
        offset = len(before) if n == start else 0
        for m in _WINDOW_NUMBER.finditer(lines[n], offset):
            if re.search(r"param\s*:\s*$", lines[n][:m.start()]):
                continue
            for shift in (-WINDOW_SHIFT, WINDOW_SHIFT):
                new = str(int(m.group(1)) + shift)
                out.append(_edit("window", n + 1, f"window day {m.group(1)} -> {new}", n, n + 1,
                                 _sub(lines[n], m, 1, new)))
    return out


def _dose_edits(lines: list[str], number: int, offset: int) -> list[Mutant]:
    return [_edit("dose", line, change, start, end, text) for line, change, start, end, text
            in text_dose_edits(lines, number, offset)]


def _detail_texts(directory: Path) -> set[str]:
    texts: set[str] = set()
    for path in sorted((directory / "items").glob("*.yaml")):
        try:
            data = load_yaml(path.read_text(encoding="utf-8"))
        except (DataError, OSError):
            continue
        for entry in (data.get("items") or []) if isinstance(data, dict) else []:
            detail = entry.get("detail") if isinstance(entry, dict) else None
            for part in detail if isinstance(detail, list) else [detail]:
                text = part.get("text") if isinstance(part, dict) else part
                if isinstance(text, str):
                    texts.add(text)
    return texts


def _translation_edits(lines: list[str], texts: Any, details: set[str]) -> list[Mutant]:
    """Doses in the translations of the items' detail texts (the translated part of the line)."""
    out: list[Mutant] = []
    for english, translated in texts.items():
        if english not in details or not isinstance(translated, str) or not translated:
            continue
        number = _at(texts, english) - 1
        probe = translated[:12]
        for n in range(number, min(number + 4, len(lines))):
            at = lines[n].rfind(probe)
            if at >= 0:
                out += _dose_edits(lines, n, at)
                break
    return out


# -- what a mutant can change --------------------------------------------------------------------


def _targets(name: str, data: Any, count: int) -> list[tuple[str, str]]:
    """For each line of a file, the entity it belongs to."""
    kind, key = {"alerts.yaml": ("alert", "alerts"), "parameters.yaml": ("param", "parameters")}.get(
        name, ("item", "items") if name.startswith("items/") else ("", ""))
    if name.startswith("i18n/"):
        return [("i18n", name)] * count
    out = [("pack", name)] * count
    starts: list[tuple[int, str]] = []
    if kind and isinstance(data, dict):
        for section in (key, "constants"):
            entries = data.get(section) or []
            starts += [(_at(entries, i), str(e.get("id"))) for i, e in enumerate(entries) if isinstance(e, dict)]
    if name == "predicates.yaml" and isinstance(data, dict) and isinstance(data.get("predicates"), dict):
        kind, preds = "predicate", data["predicates"]
        starts = [(_at(preds, p), str(p)) for p in preds]
    if name.startswith("profiles/") and isinstance(data, dict) and isinstance(data.get("parameters"), dict):
        kind, params = "param", data["parameters"]
        for p in params:
            out[_at(params, p) - 1] = ("param", str(p))
        return out
    starts.sort()
    for i, (line, ident) in enumerate(starts):
        stop = starts[i + 1][0] - 1 if i + 1 < len(starts) else count
        for n in range(line - 1, stop):
            out[n] = (kind, ident)
    return out
