"""Issue 15's attack, step by step, by someone who can write to the install folder (or hands a
clinic a pack on a USB stick): each step is refused with a message saying why."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import REPO, edit
from desktop.cli import main
from desktop.engine import Planner, RulePackErrors, read_case_file, validate_case
from desktop.engine.pack import minisign
from desktop.engine.pack.integrity import MANIFEST_NAME, SIGNATURE_NAME, manifest_text
from desktop.engine.pack.trust import TrustPolicy, open_pack
from desktop.report.banner import unsigned_banner
from desktop.report.words import ENGLISH

from .conftest import DOSE, DOSES, TAMPERED_DOSE, set_version, sign_pack

Trust = Callable[..., TrustPolicy]
DOSE_FILE = DOSES


def refusal(rules: Path, trust: TrustPolicy) -> str:
    with pytest.raises(RulePackErrors) as caught:
        open_pack(rules, trust)
    return str(caught.value)


def test_the_signed_release_is_used(release: Path, trust: Trust) -> None:
    pack, how = open_pack(release, trust())
    assert how.signed
    assert how.key is not None
    assert how.key.origin == "site"
    assert (how.pack_id, how.version) == (pack.id, pack.version)
    assert not pack.unsigned


def test_step_1_a_tampered_dose_is_refused_by_file_name(release: Path, trust: Trust) -> None:
    edit(release / DOSE_FILE, DOSE, TAMPERED_DOSE)
    assert f"{DOSE_FILE}: file has been modified since the rule pack was built: refused" in refusal(release, trust())


def test_step_2_a_new_manifest_breaks_the_signature(release: Path, trust: Trust) -> None:
    edit(release / DOSE_FILE, DOSE, TAMPERED_DOSE)
    (release / MANIFEST_NAME).write_text(manifest_text(release), encoding="utf-8")  # `rules manifest`, skipped check
    message = refusal(release, trust())
    assert f"{SIGNATURE_NAME}: the signature does not match the signed file" in message
    assert "refused" in message


def test_step_2b_a_manifest_without_a_signature_is_refused(release: Path, trust: Trust) -> None:
    (release / SIGNATURE_NAME).unlink()
    assert "not signed, so it cannot be used for patients" in refusal(release, trust())


def test_step_2c_the_attackers_own_key_is_not_trusted(release: Path, trust: Trust) -> None:
    edit(release / DOSE_FILE, DOSE, TAMPERED_DOSE)
    attacker = minisign.generate_key()
    sign_pack(release, attacker)
    message = refusal(release, trust())
    assert f"signed with key {attacker.public().fingerprint}, which this computer does not trust" in message


def test_step_2d_an_altered_trusted_comment_is_refused(release: Path, trust: Trust) -> None:
    signature = release / SIGNATURE_NAME
    signature.write_text(signature.read_text().replace("version=", "version=9"), encoding="utf-8")
    assert "the trusted comment has been altered" in refusal(release, trust())


def test_step_2e_a_signature_of_another_version_is_refused(release: Path, trust: Trust,
                                                            site_key: minisign.SecretKey) -> None:
    signature = (release / SIGNATURE_NAME).read_bytes()
    set_version(release, "99.0.0")
    (release / MANIFEST_NAME).write_text(manifest_text(release), encoding="utf-8")
    # the old signature no longer matches the manifest; a signature made for the old manifest
    # cannot be moved to the new one either
    (release / SIGNATURE_NAME).write_bytes(signature)
    assert "the signature does not match" in refusal(release, trust())


def test_step_3_rules_dir_with_its_own_manifest_is_refused(release: Path, data: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    edit(release / DOSE_FILE, DOSE, TAMPERED_DOSE)
    (release / MANIFEST_NAME).write_text(manifest_text(release), encoding="utf-8")
    (release / SIGNATURE_NAME).unlink()
    example = Path(__file__).resolve().parents[2] / "examples" / "acute_l3.yaml"
    assert main(["plan", str(example), "--rules", str(release), "--format", "text"]) == 3
    captured = capsys.readouterr()
    assert "700 mg" not in captured.out
    assert "not signed, so it cannot be used for patients" in captured.err
    assert main(["rules", "verify", str(release)]) == 3


def test_step_4_a_downgrade_is_refused_naming_both_versions(release: Path, trust: Trust,
                                                            site_key: minisign.SecretKey) -> None:
    set_version(release, "2.1.0")
    sign_pack(release, site_key)
    newer = trust()
    pack, _how = open_pack(release, newer)
    newer.record.accept(pack.id, pack.version)  # used on this computer
    set_version(release, "2.0.0")
    sign_pack(release, site_key)
    message = refusal(release, trust())
    assert f"rule pack {pack.id} 2.0.0 is older than version 2.1.0, already used on this computer: refused" in message


def test_authoring_mode_plans_from_an_unsigned_pack_with_the_banner(release: Path, trust: Trust) -> None:
    edit(release / DOSE_FILE, DOSE, TAMPERED_DOSE)
    (release / SIGNATURE_NAME).unlink()
    pack, how = open_pack(release, trust(authoring=True))
    assert not how.signed
    assert "not signed" in how.problem
    assert pack.unsigned
    planner = Planner(pack, pack.profiles[pack.default_profile])
    case = validate_case(pack, read_case_file(REPO / "examples" / "acute_l3.yaml", pack.catalog), planner.params)
    plan = planner.plan(case)
    assert plan.unsigned
    assert "UNSIGNED: not for clinical use" in unsigned_banner(plan, ENGLISH)
    assert unsigned_banner(replace(plan, unsigned=False), ENGLISH) == ""


def test_a_pack_opened_unsigned_leaves_the_signed_release_of_the_same_content_signed(
        release: Path, trust: Trust, tmp_path: Path) -> None:
    draft = tmp_path / "draft"  # the same files without the signature, as an author has them
    shutil.copytree(release, draft, ignore=shutil.ignore_patterns(SIGNATURE_NAME))
    unsigned, _how = open_pack(draft, trust(authoring=True))
    signed, how = open_pack(release, trust())
    assert unsigned.unsigned
    assert unsigned.sha256 == signed.sha256
    assert how.signed
    assert not signed.unsigned
    planner = Planner(signed, signed.profiles[signed.default_profile])
    case = validate_case(signed, read_case_file(REPO / "examples" / "acute_l3.yaml", signed.catalog), planner.params)
    assert unsigned_banner(planner.plan(case), ENGLISH) == ""
