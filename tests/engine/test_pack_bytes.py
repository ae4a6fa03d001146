"""A pack under a manifest is read once: the bytes checked against the manifest are the very
bytes parsed and fingerprinted (a file changed after its check is not read again), and the
signature is checked with libsodium's Ed25519 as PyNaCl's own VerifyKey checks it."""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

import pytest

from conftest import edit
from desktop.engine import load_rule_pack
from desktop.engine.pack import loader, parse_cache
from desktop.engine.pack.integrity import MANIFEST_NAME, manifest_text, pack_files, pack_sha256
from desktop.engine.pack.minisign import ed25519_valid, generate_key

VISIT_LABEL = "label: Visit date"


@pytest.fixture(autouse=True)
def no_cache_folder() -> Any:
    parse_cache.use_folder(None)
    yield
    parse_cache.use_folder(None)


def with_manifest(rules: Path) -> Path:
    (rules / MANIFEST_NAME).write_text(manifest_text(rules), encoding="utf-8")
    return rules


def test_a_file_changed_after_its_check_is_not_read_again(rules_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_manifest(rules_copy)
    checked = loader.check_manifest

    def check_then_change(*args: Any, **kwargs: Any) -> Any:
        problems = checked(*args, **kwargs)
        edit(rules_copy / "questions.yaml", VISIT_LABEL, "label: Changed after the check")
        return problems

    monkeypatch.setattr(loader, "check_manifest", check_then_change)
    pack = load_rule_pack(rules_copy, require_manifest=True)
    assert pack.question("visit_date").label == "Visit date"
    edit(rules_copy / "questions.yaml", "label: Changed after the check", VISIT_LABEL)
    files = [f for f in pack_files(rules_copy) if f != MANIFEST_NAME]
    assert pack.sha256 == pack_sha256(rules_copy, files)  # the fingerprint of the bytes checked


def test_each_file_is_read_once(rules_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_manifest(rules_copy)
    reads: collections.Counter[str] = collections.Counter()
    opened = Path.open

    def counted_open(self: Path, *args: Any, **kwargs: Any) -> Any:  # Path.read_bytes opens through it too
        reads[self.name] += 1
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", counted_open)
    load_rule_pack(rules_copy, require_manifest=True)
    assert reads["questions.yaml"] == 1
    assert reads["fr.yaml"] == 1  # hashed for the manifest and the fingerprint, not parsed (English)
    assert [name for name, n in reads.items() if n > 1 and name != MANIFEST_NAME] == []


def test_ed25519_accepts_only_the_key_s_signature_of_the_message() -> None:
    from nacl.signing import SigningKey

    key = generate_key()
    signer = SigningKey(key.seed)
    public = bytes(signer.verify_key)
    signature = signer.sign(b"manifest").signature
    assert ed25519_valid(signature, b"manifest", public)
    assert not ed25519_valid(signature, b"manifest!", public)
    assert not ed25519_valid(bytes([signature[0] ^ 1]) + signature[1:], b"manifest", public)
    assert not ed25519_valid(signature, b"manifest", bytes(SigningKey(generate_key().seed).verify_key))
    assert not ed25519_valid(signature[:63], b"manifest", public)  # never read past a short buffer
    assert not ed25519_valid(signature, b"manifest", public[:31])
