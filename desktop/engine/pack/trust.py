"""Which rule packs may be used for patients: a release is the pack's MANIFEST.sha256 (the
sha256 of every file) and MANIFEST.sha256.minisig, an Ed25519 signature of it in minisign's
format by a trusted key, whose trusted comment names the pack's id, version and the date:

    trusted comment: ovcf-rule-pack id=ovcf-pathway version=2.2.0 date=2026-12-01

`open_pack` refuses, naming the reason: a pack without a manifest or signature, a signature by
a key that is not trusted here, one that does not verify (manifest or trusted comment altered),
a trusted comment that names another pack or version than pack.yaml, any file that differs
from the manifest, and a version lower than the highest of the same pack accepted on this
computer (`PackRecord`). Authoring mode (for writing packs) plans from a pack that fails the
signature checks, marked unsigned: the screen and every printout then say UNSIGNED_BANNER.
"""

from __future__ import annotations

import re
from dataclasses import field, replace
from datetime import date
from pathlib import Path

from ..record import mutable_record, record
from .catalog import ENGLISH
from .errors import RulePackError, RulePackErrors
from .integrity import MANIFEST_NAME, SIGNATURE_NAME
from .loader import load_rule_pack
from .minisign import MinisignError, PublicKey, Signature, key_id_text, read_public_key, read_signature, verify
from .model import RulePack
from .pack_record import PackRecord, version_key

UNSIGNED_BANNER = "UNSIGNED: not for clinical use"
COMMENT_PREFIX = "ovcf-rule-pack"
_COMMENT = re.compile(r"^ovcf-rule-pack id=(\S+) version=(\S+) date=([0-9]{4}-[0-9]{2}-[0-9]{2})$")
KEY_SUFFIX = ".pub"

def trusted_comment(pack_id: str, version: str, day: date) -> str:
    return f"{COMMENT_PREFIX} id={pack_id} version={version} date={day.isoformat()}"


@record
class TrustedKey:
    key: PublicKey
    origin: str  # "shipped" (resources/keys) or "site" (the data folder's trusted-keys)
    path: str

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint


@record
class PackTrust:
    """How a pack was opened: signed by `key`, or (authoring mode only) unsigned because of `problem`."""

    signed: bool
    key: TrustedKey | None = None
    pack_id: str = ""
    version: str = ""
    signed_on: str = ""
    problem: str = ""


@mutable_record
class TrustPolicy:
    keys: list[TrustedKey]
    record: PackRecord = field(default_factory=lambda: PackRecord(None))
    authoring: bool = False
    key_problems: list[str] = field(default_factory=list)  # key files that could not be read


def read_keys(folder: Path, origin: str) -> tuple[list[TrustedKey], list[str]]:
    """Every `*.pub` minisign public key in `folder` (none if it does not exist), and the problems."""
    keys: list[TrustedKey] = []
    problems: list[str] = []
    try:
        files = sorted(p for p in folder.iterdir() if p.name.endswith(KEY_SUFFIX) and p.is_file())
    except OSError:
        return keys, problems
    for path in files:
        try:
            keys.append(TrustedKey(read_public_key(path.read_bytes(), path.name), origin, str(path)))
        except (OSError, MinisignError) as exc:
            problems.append(f"{path}: {exc}")
    return keys, problems


def _refused(file: str, message: str) -> RulePackErrors:
    return RulePackErrors([RulePackError(file, None, "", message)])


def read_release(directory: Path) -> tuple[bytes, Signature]:
    """The manifest's bytes and its signature; RulePackErrors if either is missing or malformed."""
    manifest, signature = directory / MANIFEST_NAME, directory / SIGNATURE_NAME
    try:
        manifest.stat()
    except FileNotFoundError:
        pass
    except OSError as exc:  # e.g. a name too long, a folder that cannot be read
        raise _refused(MANIFEST_NAME, f"the rule pack folder cannot be read: {exc.strerror or exc}") from None
    if not manifest.is_file():
        raise _refused(MANIFEST_NAME, "missing: this rule pack is not a signed release, so it cannot be used for "
                       "patients")
    if not signature.is_file():
        raise _refused(SIGNATURE_NAME, "missing: this rule pack is not signed, so it cannot be used for patients")
    try:
        return manifest.read_bytes(), read_signature(signature.read_bytes(), SIGNATURE_NAME)
    except MinisignError as exc:
        raise _refused(SIGNATURE_NAME, str(exc)) from None


def check_signature(directory: Path, keys: list[TrustedKey]) -> tuple[TrustedKey, Signature, tuple[str, str, str]]:
    """The trusted key that signed the pack's manifest, the signature, and the (id, version,
    date) of its trusted comment; RulePackErrors naming what is wrong otherwise."""
    message, sig = read_release(directory)
    key = next((k for k in keys if k.key.key_id == sig.key_id), None)
    if key is None:
        trusted = ", ".join(k.fingerprint for k in keys) or "none"
        raise _refused(SIGNATURE_NAME, f"signed with key {key_id_text(sig.key_id)}, which this computer does not "
                       f"trust (trusted keys: {trusted}): refused")
    try:
        verify(message, sig, key.key)
    except MinisignError as exc:
        raise _refused(SIGNATURE_NAME, f"{exc} ({MANIFEST_NAME} or the signature has been altered): refused") from None
    found = _COMMENT.match(sig.trusted_comment)
    if found is None:
        raise _refused(SIGNATURE_NAME, f"the trusted comment {sig.trusted_comment!r} does not name the pack "
                       f"('{COMMENT_PREFIX} id=... version=... date=YYYY-MM-DD'): refused")
    return key, sig, (found[1], found[2], found[3])


def open_pack(directory: str | Path, policy: TrustPolicy, language: str = ENGLISH) -> tuple[RulePack, PackTrust]:
    """The pack at `directory` if it may be used (see the module), and how it was trusted.
    In authoring mode a pack that fails the signature checks is loaded (if valid) as unsigned."""
    folder = Path(directory)
    try:
        key, _sig, (pack_id, version, signed_on) = check_signature(folder, policy.keys)
    except RulePackErrors as exc:
        if not policy.authoring:
            raise
        pack = replace(load_rule_pack(folder, language=language, check_manifest=False), unsigned=True)
        return pack, PackTrust(False, problem=str(exc), pack_id=pack.id, version=pack.version)
    pack = load_rule_pack(folder, require_manifest=True, language=language)  # every file against the manifest
    if (pack.id, pack.version) != (pack_id, version):
        raise _refused("pack.yaml", f"the signature is for rule pack {pack_id} {version}, but pack.yaml says "
                       f"{pack.id} {pack.version}: refused")
    check_downgrade(pack, policy.record)
    return pack, PackTrust(True, key, pack_id, version, signed_on)


def check_downgrade(pack: RulePack, record: PackRecord) -> None:
    new = version_key(pack.version)
    if new is None:
        raise _refused("pack.yaml", f"version {pack.version!r} is not dotted numbers (like 2.0.0): refused")
    highest = record.highest.get(pack.id)
    old = version_key(highest) if highest else None
    if highest and old is not None and new < old:
        raise _refused("pack.yaml", f"rule pack {pack.id} {pack.version} is older than version {highest}, already "
                       "used on this computer: refused (a rule pack cannot be downgraded)")
