"""`ovcf-pathway rules diff OLD NEW`: the pack's changes in clinical terms, then how plans change
(the scenario bank and generated representative cases under both packs)."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import paths
from .cli_common import EXIT_OK, EXIT_PACK, fail
from .engine.pack.errors import RulePackErrors
from .engine.pack.model import RulePack
from .engine.verify.pack_diff import Change, diff_packs
from .engine.verify.plan_diff import PlanDiff, diff_plans

MAX_GENERATED = 40


def pack_identity(directory: Path) -> str:
    from .engine.pack.safe_read import DataError, load_yaml

    try:
        meta = load_yaml((directory / "pack.yaml").read_bytes())
        return f"{meta.get('id', '?')} {meta.get('version', '?')}"
    except (OSError, DataError, UnicodeDecodeError, AttributeError):
        return "(unreadable pack.yaml)"


def changes_text(changes: list[Change]) -> list[str]:
    lines: list[str] = []
    category = ""
    for change in changes:
        if change.category != category:
            category = change.category
            count = sum(c.category == category for c in changes)
            lines.append(f"{category} ({count} change{'s' if count != 1 else ''}):")
        lines.append(f"  {change.line()}")
    return lines


def plans_text(result: PlanDiff, show_all: bool) -> list[str]:
    scenario = [c for c in result.changed if not c.case.startswith("generated")]
    generated = [c for c in result.changed if c.case.startswith("generated")]
    lines = [f"Plans: {result.scenarios} scenario(s) and {result.generated} generated case(s) planned under both "
             f"packs; {len(scenario)} scenario plan(s) and {len(generated)} generated plan(s) change."]
    for change in scenario:
        lines.append(f"  {change.case} [{change.profile}]:")
        lines += [f"    {line}" for line in change.changes]
    groups: dict[tuple[str, ...], list[str]] = {}
    for change in generated:
        groups.setdefault(change.changes, []).append(f"{change.case.removeprefix('generated: ')} [{change.profile}]")
    if groups:
        lines.append(f"  Generated cases, grouped by identical change ({len(groups)} groups):")
    for shown, (changes, cases) in enumerate(sorted(groups.items(), key=lambda g: -len(g[1]))):
        if not show_all and shown >= MAX_GENERATED:
            lines.append(f"  ... {len(groups) - shown} more groups (--all lists them)")
            break
        example = "; ".join(cases[:3]) + (f"; and {len(cases) - 3} more" if len(cases) > 3 else "")
        lines.append(f"  {len(cases)} case(s), e.g. {example}:")
        lines += [f"    {line}" for line in changes]
    for problem in result.not_compared[:20]:
        lines.append(f"  not compared: {problem}")
    if len(result.not_compared) > 20:
        lines.append(f"  ... and {len(result.not_compared) - 20} more not compared")
    return lines


def load_both(old: Path, new: Path) -> tuple[RulePack | None, RulePack | None, list[str]]:
    """Both packs as this app version reads them (None and why, for one it cannot read)."""
    from .engine import load_rule_pack

    packs: list[RulePack | None] = []
    problems: list[str] = []
    for which, folder in (("old", old), ("new", new)):
        try:
            packs.append(load_rule_pack(folder, check_manifest=False))
        except RulePackErrors as exc:
            packs.append(None)
            first = "; ".join(str(e) for e in exc.errors[:3])
            problems.append(f"the {which} pack cannot be loaded by this version of the app ({len(exc.errors)} "
                            f"problem(s), e.g. {first}): its plans cannot be computed here")
    return packs[0], packs[1], problems


def cmd_diff(args: argparse.Namespace) -> int:
    old, new = Path(args.old), Path(args.new)
    for folder in (old, new):
        if not (folder / "pack.yaml").is_file():
            return fail(f"{folder}: not a rule pack folder (no pack.yaml)", EXIT_PACK)
    changes, problems = diff_packs(old, new)
    print(f"What changed from rule pack {pack_identity(old)} ({old}) to {pack_identity(new)} ({new}): "
          f"{len(changes)} change(s)")
    for line in changes_text(changes):
        print(line)
    for problem in problems:
        print(f"  unreadable: {problem}")
    if args.no_plans:
        return EXIT_OK
    old_pack, new_pack, load_problems = load_both(old, new)
    if old_pack is None or new_pack is None:
        for problem in load_problems:
            print(f"Plans not compared: {problem}")
        return EXIT_OK
    scenarios = Path(args.scenarios) if args.scenarios else paths.scenarios_dir()
    for line in plans_text(diff_plans(old_pack, new_pack, scenarios), args.all):
        print(line)
    return EXIT_OK
