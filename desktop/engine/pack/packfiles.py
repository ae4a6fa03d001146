"""Reading the files of a rule pack (through the parse cache when one can be used), and the
pack's fingerprint."""

from __future__ import annotations

from pathlib import Path

from . import parse_cache
from .errors import RulePackError
from .integrity import FileBytes, pack_files, pack_sha256
from .safe_read import MAX_BYTES, DataError, load_yaml
from .schema import Node

__all__ = ["FileBytes", "pack_files", "pack_sha256", "read_node"]


def read_node(directory: Path, rel: str, errors: list[RulePackError], read: FileBytes | None = None) -> Node | None:
    """Parse one YAML file of the pack into a Node (recording any error). A parse cache entry
    is used only for exactly the bytes read now (their sha256); errors are never cached. With
    `read`, the bytes (and sha256) the manifest check read are used, if it read this file."""
    known = read.known(rel) if read is not None else None
    if known is not None:
        raw, digest = known
    else:
        try:
            with (directory / rel).open("rb") as stream:
                raw = stream.read(MAX_BYTES + 1)  # a huge file is refused without reading it all
        except FileNotFoundError:
            errors.append(RulePackError(rel, None, "", "file is missing"))
            return None
        except OSError as exc:
            errors.append(RulePackError(rel, None, "", f"cannot be read: {exc.strerror}"))
            return None
        digest = ""
    if len(raw) > MAX_BYTES:
        errors.append(RulePackError(rel, None, "", f"file is larger than {MAX_BYTES // 1_000_000} MB"))
        return None
    cache = parse_cache.cache_for(directory)
    if cache is not None and not digest:
        digest = parse_cache.sha256(raw)
    data = cache.get(rel, digest) if cache is not None else None
    if data is None:
        try:
            data = load_yaml(raw.decode("utf-8"))
        except UnicodeDecodeError:
            errors.append(RulePackError(rel, None, "", "is not UTF-8 text"))
            return None
        except DataError as exc:
            errors.append(RulePackError(rel, exc.line, "", exc.message))
            return None
        if cache is not None and data is not None:
            cache.put(rel, digest, data)
    return Node(data, rel, getattr(data, "line", None) or 1, "", errors)
