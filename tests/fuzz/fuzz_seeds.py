"""The valid files every mutation starts from: the example case (YAML and JSON, plain and
with a name, decisions and visit history), a draft as the GUI writes it, the profiles and
every file of the rule pack. Built without the engine, so a broken engine cannot hide here."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

KINDS = ("case", "draft", "profile", "pack")
DRAFT_FORMAT = "ovcf-draft/1"

DECISION: dict[str, Any] = {
    "item": "calcitonin", "decision": "declined", "reason": "patient_preference", "note": "prefers not",
    "date": "2026-11-21",
}
VISIT: dict[str, Any] = {
    "date": "2026-11-19",
    "day": 1,
    "phase": "acute",
    "rule_pack": {"id": "ovcf-pathway", "version": "1.0.0", "sha256": "0" * 64},
    "profile": "default",
    "changed": [{"field": "pain.nrs", "from": 8, "to": 7}],
    "key_items": [{"id": "calcitonin", "status": "recommended"}],
}


@dataclass(frozen=True)
class Seed:
    kind: str
    name: str  # the file name; for a pack file its path inside rules/
    text: str

    @property
    def is_json(self) -> bool:
        return self.name.endswith(".json")


def _plain(value: Any) -> Any:
    """Dates as JSON holds them."""
    return json.loads(json.dumps(value, default=str))


def rich_case(repo: Path) -> dict[str, Any]:
    """The example case with every kind of field filled: a name, a decision, a past visit."""
    data = yaml.safe_load((repo / "examples" / "acute_l3.yaml").read_text(encoding="utf-8"))
    data["patient"]["name"] = "Ana Example"
    data["decisions"] = [copy.deepcopy(DECISION)]
    data["visits"] = [copy.deepcopy(VISIT)]
    return dict(data)


def draft_state(case: dict[str, Any], follow_up: bool) -> dict[str, Any]:
    """A draft as DraftStore.write saves CaseSession.draft_state (answers flat by question id)."""
    answers: dict[str, Any] = {}
    for key, value in _plain(case).items():
        if key in ("format", "decisions", "visits"):
            continue
        if isinstance(value, dict):
            answers.update({f"{key}.{sub}": v for sub, v in value.items()})
        else:
            answers[key] = value
    previous = dict(answers, **{"pain.nrs": 8}) if follow_up else None
    return {
        "format": DRAFT_FORMAT,
        "saved": "2026-11-21T10:15:00",
        "path": "/home/clinician/cases/ana.yaml" if follow_up else None,
        "follow_up": follow_up,
        "last_visit": "2026-11-19" if follow_up else None,
        "answers": answers,
        "previous": previous,
        "decisions": _plain(case.get("decisions", [])),
        "visits": _plain(case.get("visits", [])) if follow_up else [],
    }


def load_seeds(repo: Path) -> dict[str, list[Seed]]:
    """Every seed, by kind."""
    example = (repo / "examples" / "acute_l3.yaml").read_text(encoding="utf-8")
    rich = rich_case(repo)
    plain_example = _plain(yaml.safe_load(example))
    cases = [
        Seed("case", "case.yaml", example),
        Seed("case", "case.json", json.dumps(plain_example, indent=2)),
        Seed("case", "rich.yaml", yaml.safe_dump(rich, sort_keys=False, allow_unicode=True)),
        Seed("case", "rich.json", json.dumps(_plain(rich), indent=2)),
    ]
    drafts = [
        Seed("draft", "draft-1.json", json.dumps(draft_state(rich, follow_up), indent=2, ensure_ascii=False))
        for follow_up in (False, True)
    ]
    rules = repo / "rules"
    profiles = [Seed("profile", p.name, p.read_text(encoding="utf-8")) for p in sorted(rules.glob("profiles/*.yaml"))]
    pack = [
        Seed("pack", p.relative_to(rules).as_posix(), p.read_text(encoding="utf-8"))
        for p in sorted(rules.rglob("*.yaml"))
    ]
    return {"case": cases, "draft": drafts, "profile": profiles, "pack": pack}
