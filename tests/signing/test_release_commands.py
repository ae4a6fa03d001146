"""`rules manifest` (only for a pack that passes `rules check`, never deleting a manifest),
`rules sign`/`verify`, `rules diff` against the previous release (tests/data/pack_release_1_0_0),
and the shipped pack's own release signature."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REPO, edit
from desktop.cli import main
from desktop.engine.pack.integrity import MANIFEST_NAME, SIGNATURE_NAME
from desktop.engine.verify.pack_diff import diff_packs

from .conftest import ALENDRONATE, DOSE, DOSES, TAMPERED, TAMPERED_DOSE

RELEASE_1 = REPO / "tests" / "data" / "pack_release_1_0_0"


def test_manifest_refuses_a_pack_that_fails_the_check_and_keeps_the_old_one(
        rules_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (rules_copy / MANIFEST_NAME).write_text("kept\n", encoding="utf-8")
    path = rules_copy / "items" / "interventions.yaml"  # vertebroplasty recommended: invariants fail
    path.write_text(path.read_text().replace("status: not_recommended", "status: recommended"), encoding="utf-8")
    assert main(["rules", "manifest", str(rules_copy)]) == 1
    captured = capsys.readouterr()
    assert "CHECK FAILED" in captured.out
    assert "fails `rules check`: no manifest written (MANIFEST.sha256 left as it was)" in captured.err
    assert (rules_copy / MANIFEST_NAME).read_text() == "kept\n"


def test_manifest_refuses_an_invalid_pack_and_keeps_the_old_one(rules_copy: Path) -> None:
    (rules_copy / MANIFEST_NAME).write_text("kept\n", encoding="utf-8")
    (rules_copy / "alerts.yaml").write_text("alerts: [\n", encoding="utf-8")
    assert main(["rules", "manifest", str(rules_copy)]) == 3
    assert (rules_copy / MANIFEST_NAME).read_text() == "kept\n"


def test_sign_and_verify(release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.engine.pack import minisign

    key = minisign.generate_key()
    (tmp_path / "release.key").write_text(minisign.secret_key_text(key), encoding="utf-8")
    (tmp_path / "release.pub").write_text(minisign.public_key_text(key.public()), encoding="utf-8")
    assert main(["rules", "sign", str(release), "--key", str(tmp_path / "release.key"), "--date", "2026-12-01"]) == 0
    assert main(["rules", "verify", str(release), "--key", str(tmp_path / "release.pub")]) == 0
    assert f"signature verified, key {key.public().fingerprint}" in capsys.readouterr().out
    assert main(["rules", "verify", str(release)]) == 3  # signed by a key this computer does not trust
    assert "which this computer does not trust" in capsys.readouterr().err
    edit(release / DOSES, DOSE, TAMPERED_DOSE)
    assert main(["rules", "sign", str(release), "--key", str(tmp_path / "release.key")]) == 3  # files != manifest
    assert main(["rules", "verify", str(release), "--key", str(tmp_path / "release.pub")]) == 3


def test_diff_names_a_changed_dose_field_by_field(tmp_path: Path) -> None:
    changed = tmp_path / "changed"
    shutil.copytree(RELEASE_1, changed)
    edit(changed / "items" / "bone_health.yaml", ALENDRONATE, TAMPERED)
    edit(changed / "pack.yaml", "version: 1.0.0", "version: 1.0.1")
    changes, problems = diff_packs(RELEASE_1, changed)
    assert problems == []
    assert len(changes) == 2
    assert changes[0].line() == "changed Version: '1.0.0' -> '1.0.1'"
    assert changes[1].line().startswith(
        "changed Item alendronate (Alendronate (oral bisphosphonate)): detail: 'Alendronate 70 mg once weekly")
    assert "'Alendronate 700 mg once weekly" in changes[1].new


def test_diff_from_the_previous_release(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "diff", str(RELEASE_1), str(REPO / "rules")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("What changed from rule pack ovcf-pathway 1.0.0")
    assert "Questions (" in out
    assert "Items and their rules (" in out
    # release 1.0.0 predates V2.9's source order, and the v2 scenarios ask questions it does not:
    # its plans are still computed, so every scenario is compared
    scenarios = len(list((REPO / "tests" / "scenarios").glob("*.yaml")))
    assert f"Plans: {scenarios} scenario(s) and " in out
    assert "not compared: scenario" not in out
    assert "  paracetamol: new on the plan, recommended" in out  # V2.5's first-line analgesic


def test_the_shipped_pack_is_a_release_signed_with_the_release_key(capsys: pytest.CaptureFixture[str]) -> None:
    """Fails until the release is signed: scripts/sign-pack (README, "Signed rule packs")."""
    key = REPO / "resources" / "keys" / "ovcf-pack-release.pub"
    assert (REPO / "rules" / SIGNATURE_NAME).is_file(), "the shipped pack is not signed: run scripts/sign-pack"
    assert main(["rules", "verify", str(REPO / "rules"), "--key", str(key)]) == 0, capsys.readouterr().err
