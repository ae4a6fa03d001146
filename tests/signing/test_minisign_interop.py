"""Packs signed with Debian's `minisign` verify in the app, and packs signed by the app verify
with `minisign` (installed by scripts/run-tests: scripts/system-deps minisign)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.engine.pack import minisign
from desktop.engine.pack.integrity import MANIFEST_NAME, SIGNATURE_NAME
from desktop.engine.pack.safe_read import load_yaml
from desktop.engine.pack.trust import TrustPolicy, open_pack, trusted_comment

MINISIGN = shutil.which("minisign")

def run(*args: str) -> subprocess.CompletedProcess[str]:
    assert MINISIGN, "minisign is not installed: scripts/system-deps minisign"
    return subprocess.run([MINISIGN, *args], capture_output=True, text=True, timeout=30, check=False)


@pytest.fixture
def minisign_key(tmp_path: Path) -> tuple[Path, Path]:
    """A key pair made by minisign itself (-W: no password)."""
    public, secret = tmp_path / "k.pub", tmp_path / "k.key"
    result = run("-G", "-W", "-p", str(public), "-s", str(secret))
    assert result.returncode == 0, result.stderr
    return public, secret


def comment_of(rules: Path) -> str:
    from datetime import date

    meta = load_yaml((rules / "pack.yaml").read_bytes())
    return trusted_comment(str(meta["id"]), str(meta["version"]), date(2026, 12, 1))


def test_a_pack_signed_by_minisign_verifies_in_the_app(release: Path, minisign_key: tuple[Path, Path],
                                                        data: Path, trust: Callable[..., TrustPolicy]) -> None:
    public, secret = minisign_key
    (release / SIGNATURE_NAME).unlink()
    result = run("-S", "-s", str(secret), "-m", str(release / MANIFEST_NAME), "-t", comment_of(release))
    assert result.returncode == 0, result.stderr
    assert minisign.read_signature((release / SIGNATURE_NAME).read_bytes()).algorithm == b"ED"  # prehashed: the default
    shutil.copy(public, data / "trusted-keys" / "minisign.pub")
    _pack, how = open_pack(release, trust())
    assert how.signed
    assert how.key is not None
    assert how.key.fingerprint == minisign.read_public_key(public.read_bytes()).fingerprint
    # the id minisign prints is the fingerprint About shows (minisign drops leading zeros: 1 key in 16)
    printed = re.search(r"minisign public key ([0-9A-F]+)", public.read_text())
    assert printed is not None
    assert how.key.fingerprint == printed[1].rjust(16, "0")


@pytest.mark.parametrize("prehash", [True, False])
def test_a_pack_signed_by_the_app_verifies_with_minisign(release: Path, minisign_key: tuple[Path, Path],
                                                          prehash: bool, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    public, secret = minisign_key
    key = minisign.read_secret_key(secret.read_bytes())  # minisign's own secret key file
    if prehash:
        assert main(["rules", "sign", str(release), "--key", str(secret), "--date", "2026-12-01"]) == 0
        assert f"with key {key.public().fingerprint}" in capsys.readouterr().out
    else:
        signature = minisign.sign((release / MANIFEST_NAME).read_bytes(), key, comment_of(release), prehash=False)
        (release / SIGNATURE_NAME).write_text(minisign.signature_text(signature), encoding="utf-8")
    result = run("-V", "-p", str(public), "-m", str(release / MANIFEST_NAME))
    assert result.returncode == 0, result.stderr
    assert f"Trusted comment: {comment_of(release)}" in result.stdout
    (release / MANIFEST_NAME).write_text((release / MANIFEST_NAME).read_text() + "\n", encoding="utf-8")
    assert run("-V", "-p", str(public), "-m", str(release / MANIFEST_NAME)).returncode != 0


def test_key_files_written_by_the_app_are_minisigns(tmp_path: Path) -> None:
    key = minisign.generate_key()
    (tmp_path / "app.key").write_text(minisign.secret_key_text(key), encoding="utf-8")
    (tmp_path / "app.pub").write_text(minisign.public_key_text(key.public()), encoding="utf-8")
    (tmp_path / "file").write_bytes(b"manifest\n")
    assert run("-S", "-s", str(tmp_path / "app.key"), "-m", str(tmp_path / "file"), "-t", "x").returncode == 0
    assert run("-V", "-p", str(tmp_path / "app.pub"), "-m", str(tmp_path / "file")).returncode == 0
    assert minisign.read_secret_key((tmp_path / "app.key").read_bytes()) == key


@pytest.mark.parametrize("damage", ["not base64 !!", "RWQ=", ""])
def test_malformed_key_and_signature_files_are_named(damage: str) -> None:
    with pytest.raises(minisign.MinisignError, match="public key"):
        minisign.read_public_key(f"untrusted comment: x\n{damage}\n".encode())
    with pytest.raises(minisign.MinisignError, match="signature"):
        minisign.read_signature(f"untrusted comment: x\n{damage}\ntrusted comment: y\n{damage}\n".encode())
