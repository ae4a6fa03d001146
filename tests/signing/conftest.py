"""Fixtures of the signing tests: a signed release of the shipped pack's content made with a
throwaway key, which a test trusts as a site key (its data folder's trusted-keys/)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from conftest import REPO
from desktop import pack_policy
from desktop.engine.pack import minisign
from desktop.engine.pack.integrity import MANIFEST_NAME, SIGNATURE_NAME, manifest_text
from desktop.engine.pack.safe_read import load_yaml
from desktop.engine.pack.trust import TrustPolicy, trusted_comment

ALENDRONATE = "Alendronate 70 mg once weekly"  # release 1.0.0's text (tests/data/pack_release_1_0_0)
TAMPERED = "Alendronate 700 mg once weekly"
DOSES = "doses.yaml"  # the shipped pack's doses are data: its texts are written from them
DOSE = "drug: alendronate, amount: 70,"
TAMPERED_DOSE = "drug: alendronate, amount: 700,"


def sign_pack(rules: Path, key: minisign.SecretKey, day: date = date(2026, 12, 1)) -> None:
    """What `rules manifest` then `rules sign` write (without the check: tests sign on purpose)."""
    (rules / MANIFEST_NAME).write_text(manifest_text(rules), encoding="utf-8")
    meta = load_yaml((rules / "pack.yaml").read_bytes())
    comment = trusted_comment(str(meta["id"]), str(meta["version"]), day)
    signature = minisign.sign((rules / MANIFEST_NAME).read_bytes(), key, comment)
    (rules / SIGNATURE_NAME).write_text(minisign.signature_text(signature), encoding="utf-8")


def set_version(rules: Path, version: str) -> None:
    path = rules / "pack.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(f"version: {version}\n" if line.startswith("version:") else line for line in lines),
                    encoding="utf-8")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """This test's data folder (OVCF_DATA_DIR, see tests/conftest.py)."""
    return tmp_path / "data"


@pytest.fixture
def site_key(data: Path) -> minisign.SecretKey:
    """A throwaway key, trusted on this computer as a site key."""
    key = minisign.generate_key()
    (data / pack_policy.SITE_KEYS).mkdir(parents=True)
    (data / pack_policy.SITE_KEYS / "site.pub").write_text(minisign.public_key_text(key.public()), encoding="utf-8")
    return key


@pytest.fixture
def release(tmp_path: Path, site_key: minisign.SecretKey) -> Path:
    """The shipped pack's content as a release signed by `site_key`."""
    rules = tmp_path / "release"
    shutil.copytree(REPO / "rules", rules, ignore=shutil.ignore_patterns("MANIFEST.sha256*"))
    sign_pack(rules, site_key)
    return rules


@pytest.fixture
def trust(data: Path) -> Callable[..., TrustPolicy]:
    """The app's trust policy on this test's data folder (read anew at each call: a new start)."""
    return lambda authoring=False: pack_policy.policy(authoring, data)
