"""The rule pack's manifest: the sha256 of every file, written at build time and checked at
start. A modified, missing or added file is refused, naming the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import RulePackError
from .packfiles import pack_files

MANIFEST_NAME = "MANIFEST.sha256"


def manifest_text(rules: Path) -> str:
    """'<sha256>  <path>' per file, sorted (the format of sha256sum)."""
    lines = []
    for rel in pack_files(rules):
        if rel == MANIFEST_NAME:
            continue
        digest = hashlib.sha256((rules / rel).read_bytes()).hexdigest()
        lines.append(f"{digest}  {rel}")
    return "\n".join(lines) + "\n"


def check_manifest(rules: Path, required: bool) -> list[RulePackError]:
    """Every problem with the pack's files against its manifest (none if it matches)."""
    manifest = rules / MANIFEST_NAME
    if not manifest.is_file():
        if required:
            return [RulePackError(MANIFEST_NAME, None, "", "the manifest is missing: this rule pack cannot be "
                                  "verified (write one with `ovcf-pathway rules manifest DIR`)")]
        return []
    expected: dict[str, str] = {}
    errors = []
    try:
        text = manifest.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return [RulePackError(MANIFEST_NAME, None, "", "is not UTF-8 text")]
    for number, line in enumerate(text.splitlines(), start=1):
        digest, _, rel = line.partition("  ")
        if len(digest) != 64 or not rel:
            errors.append(RulePackError(MANIFEST_NAME, number, "", "malformed line"))
            continue
        expected[rel] = digest
    present = {rel for rel in pack_files(rules) if rel != MANIFEST_NAME}
    for rel in sorted(expected.keys() - present):
        errors.append(RulePackError(rel, None, "", "file is missing (listed in the manifest)"))
    for rel in sorted(present - expected.keys()):
        errors.append(RulePackError(rel, None, "", "file is not in the manifest: refused"))
    for rel in sorted(present & expected.keys()):
        if hashlib.sha256((rules / rel).read_bytes()).hexdigest() != expected[rel]:
            errors.append(RulePackError(rel, None, "", "file has been modified since the rule pack was built: refused"))
    return errors
