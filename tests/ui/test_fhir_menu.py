"""File > Export visit for the health record (FHIR): the plan on screen, as a FHIR R4
transaction Bundle that FHIR software reads; nothing is written while the plan is not complete."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from fhirclient.models.bundle import Bundle

from conftest import Dialogs
from ui.driver import Driver


def test_the_visit_on_screen_exports_as_a_fhir_bundle(window: Any, tmp_path: Path) -> None:
    Driver(window).enter_case("2026-11-18", ["L3"])
    out = tmp_path / "visit.json"
    assert window.export_fhir(str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    Bundle(data, strict=True)  # fhirclient's R4 models accept it
    kinds = [e["resource"]["resourceType"] for e in data["entry"]]
    assert "CarePlan" in kinds
    assert "Provenance" in kinds
    plan = next(e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "CarePlan")
    assert len(plan["activity"]) == len(window.panel.plan.items)
    if os.name != "nt":  # Windows: the folder's ACL protects it (tests/test_privacy.py)
        assert stat.S_IMODE(out.stat().st_mode) == 0o600  # it holds patient data


def test_nothing_is_exported_before_the_plan_is_complete(window: Any, dialogs: Dialogs, tmp_path: Path) -> None:
    out = tmp_path / "visit.json"
    assert not window.export_fhir(str(out))
    assert not out.exists()
    assert dialogs.errors
    assert "Nothing to export yet" in dialogs.errors[-1]
