"""Reading the files of a rule pack, and the pack's fingerprint."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import RulePackError
from .safe_read import MAX_BYTES, DataError, load_yaml
from .schema import Node


def read_node(directory: Path, rel: str, errors: list[RulePackError]) -> Node | None:
    """Parse one YAML file of the pack into a Node (recording any error)."""
    path = directory / rel
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)  # a huge file is refused without reading it all
    except FileNotFoundError:
        errors.append(RulePackError(rel, None, "", "file is missing"))
        return None
    except OSError as exc:
        errors.append(RulePackError(rel, None, "", f"cannot be read: {exc.strerror}"))
        return None
    if len(raw) > MAX_BYTES:
        errors.append(RulePackError(rel, None, "", f"file is larger than {MAX_BYTES // 1_000_000} MB"))
        return None
    try:
        data = load_yaml(raw.decode("utf-8"))
    except UnicodeDecodeError:
        errors.append(RulePackError(rel, None, "", "is not UTF-8 text"))
        return None
    except DataError as exc:
        errors.append(RulePackError(rel, exc.line, "", exc.message))
        return None
    return Node(data, rel, getattr(data, "line", None) or 1, "", errors)


def pack_files(directory: Path) -> list[str]:
    """Every file of the pack, relative, sorted: what the pack's sha256 covers."""
    return sorted(
        p.relative_to(directory).as_posix()
        for p in directory.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def pack_sha256(directory: Path, files: list[str]) -> str:
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode() + b"\0")
        digest.update((directory / rel).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
