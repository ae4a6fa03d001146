"""The rule pack's files, its fingerprint, and its manifest: the sha256 of every file, written
by `rules manifest` and signed by `rules sign` (MANIFEST.sha256.minisig, see `trust`), checked
at start. A modified, missing or added file is refused, naming the file. Neither the manifest
nor its signature is a file of the pack's fingerprint."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import RulePackError

MANIFEST_NAME = "MANIFEST.sha256"
SIGNATURE_NAME = MANIFEST_NAME + ".minisig"  # what `minisign -Sm MANIFEST.sha256` writes
RELEASE_FILES = (MANIFEST_NAME, SIGNATURE_NAME)  # beside the pack's files, not of them
CACHE_NAME = ".parsed.marshal"  # a dot file: not a file of the pack, nor in its fingerprint


def pack_files(directory: Path) -> list[str]:
    """Every file of the pack, relative, sorted: what the pack's sha256 covers."""
    return sorted(
        p.relative_to(directory).as_posix()
        for p in directory.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


class FileBytes:
    """The files of one pack as read once while it loads: the bytes checked against the manifest
    are then the very bytes parsed and fingerprinted (not read, nor hashed, again)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._read: dict[str, tuple[bytes, str]] = {}

    def sha256(self, rel: str) -> str:
        return self.entry(rel)[1]

    def entry(self, rel: str) -> tuple[bytes, str]:
        """The file's bytes and their sha256 (read now if not yet read)."""
        found = self._read.get(rel)
        if found is None:
            raw = (self.directory / rel).read_bytes()
            found = self._read[rel] = (raw, hashlib.sha256(raw).hexdigest())
        return found

    def known(self, rel: str) -> tuple[bytes, str] | None:
        """The bytes and sha256 already read (by the manifest check), else None."""
        return self._read.get(rel)


def pack_sha256(directory: Path, files: list[str], read: FileBytes | None = None) -> str:
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode() + b"\0")
        known = read.known(rel) if read is not None else None
        digest.update(known[0] if known is not None else (directory / rel).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def manifest_text(rules: Path, cache: Path | None = None) -> str:
    """'<sha256>  <path>' per file, sorted (the format of sha256sum); with `cache`, a line for
    the parse cache built for the bundle (placed in the pack as CACHE_NAME)."""
    lines = []
    for rel in pack_files(rules):
        if rel in RELEASE_FILES:
            continue
        digest = hashlib.sha256((rules / rel).read_bytes()).hexdigest()
        lines.append(f"{digest}  {rel}")
    if cache is not None:
        lines.append(f"{hashlib.sha256(cache.read_bytes()).hexdigest()}  {CACHE_NAME}")
    return "\n".join(lines) + "\n"


def read_manifest(text: str) -> tuple[dict[str, str], list[int]]:
    """{path: sha256} of a manifest's text, and the numbers of its malformed lines."""
    expected: dict[str, str] = {}
    malformed = []
    for number, line in enumerate(text.splitlines(), start=1):
        digest, _, rel = line.partition("  ")
        if len(digest) != 64 or not rel:
            malformed.append(number)
            continue
        expected[rel] = digest
    return expected, malformed


def manifest_digests(manifest: Path) -> dict[str, str]:
    """{path: sha256} of the manifest file ({} if it cannot be read)."""
    try:
        return read_manifest(manifest.read_bytes().decode("utf-8"))[0]
    except (OSError, UnicodeDecodeError):
        return {}


def check_manifest(rules: Path, required: bool, read: FileBytes | None = None,
                   files: list[str] | None = None) -> list[RulePackError]:
    """Every problem with the pack's files against its manifest (none if it matches). `read`
    keeps the bytes hashed, for the loader to parse; `files`: pack_files(rules), if known."""
    manifest = rules / MANIFEST_NAME
    if not manifest.is_file():
        if required:
            return [RulePackError(MANIFEST_NAME, None, "", "the manifest is missing: this rule pack cannot be "
                                  "verified (write one with `ovcf-pathway rules manifest DIR`)")]
        return []
    try:
        text = manifest.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return [RulePackError(MANIFEST_NAME, None, "", "is not UTF-8 text")]
    expected, malformed = read_manifest(text)
    errors = [RulePackError(MANIFEST_NAME, number, "", "malformed line") for number in malformed]
    expected.pop(CACHE_NAME, None)  # checked, and only trusted, where it is read (parse_cache)
    present = {rel for rel in (pack_files(rules) if files is None else files) if rel not in RELEASE_FILES}
    for rel in sorted(expected.keys() - present):
        errors.append(RulePackError(rel, None, "", "file is missing (listed in the manifest)"))
    for rel in sorted(present - expected.keys()):
        errors.append(RulePackError(rel, None, "", "file is not in the manifest: refused"))
    read = read if read is not None else FileBytes(rules)
    for rel in sorted(present & expected.keys()):
        if read.sha256(rel) != expected[rel]:
            errors.append(RulePackError(rel, None, "", "file has been modified since the rule pack was built: refused"))
    return errors
