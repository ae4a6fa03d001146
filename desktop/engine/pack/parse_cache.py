"""A cache of the parsed YAML files of a rule pack, so a start need not parse them again.

Parsing (the safe reader's checks, then PyYAML) is most of the time a pack takes to load; the
result is plain data (mappings and lists that remember their lines, text, numbers, dates),
which `marshal` stores and reads back fast. Nothing in the cache is code, and nothing in it is
trusted on its word:

- every entry is keyed by the sha256 of the file's bytes, which are read (and, under a
  manifest, hashed) at every start anyway: an entry for other bytes (a stale cache) is never
  used, and the file is parsed as if there were no cache;
- a pack with a MANIFEST.sha256 uses a cache beside it (the bundle's) only if its sha256 is
  named: by a line of the manifest (covered by the manifest's signature), or by the bundle's
  own code (`ovcf_bundle.PARSE_CACHE_SHA256`, written by build.spec: the signed manifest of
  the release cannot name a cache built later), checked before it is read; otherwise
  (modified, or named nowhere) it is ignored. Such a cache is never written;
- any other pack (a source checkout, a site pack) may use a cache in the user's data folder
  (`use_folder`), written by the app (`save`): the data folder is as trusted as the site keys
  it holds (see `trust`);
- a cache that cannot be read, is not of this format, or holds anything but plain data
  (a corrupt file) is ignored as a whole.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from datetime import date
from pathlib import Path
from typing import Any

from .integrity import CACHE_NAME, MANIFEST_NAME, manifest_digests
from .safe_read import LineDict, LineList, load_yaml

FORMAT = "ovcf-parse-cache/1"
MAX_CACHE_BYTES = 20_000_000
_MAP, _LIST, _DATE = "m", "l", "d"
_PLAIN = (str, int, float, bool, type(None))
_PLAIN_TYPES = frozenset(_PLAIN)  # exactly these types (not subclasses): what marshal gives back


class CacheError(Exception):
    """An entry or a cache file that is not plain parsed data of this format."""


def encode(data: Any) -> Any:
    """Parsed YAML as marshal-able plain data: a tuple is a tagged mapping, list or date
    (YAML itself never gives a tuple). CacheError for anything else."""
    if isinstance(data, LineDict):
        lines = getattr(data, "key_lines", {})
        return (_MAP, data.line, tuple((k, lines.get(k, data.line), encode(v)) for k, v in data.items()))
    if isinstance(data, LineList):
        return (_LIST, data.line, tuple(getattr(data, "item_lines", ())), tuple(encode(v) for v in data))
    if type(data) is date:
        return (_DATE, data.toordinal())
    if type(data) in _PLAIN:
        return data
    raise CacheError(f"cannot cache a {type(data).__name__}")


def decode(data: Any) -> Any:
    """The parsed YAML an `encode` gave, as new objects. CacheError if it is not such data."""
    kind = type(data)
    if kind in _PLAIN_TYPES:
        return data
    if kind is not tuple or not data:
        raise CacheError("not parsed data")
    try:
        tag = data[0]
        if tag == _MAP:
            _, line, entries = data
            mapping = LineDict()
            mapping.line = _int(line)
            key_lines: dict[Any, int] = {}
            mapping.key_lines = key_lines
            for key, key_line, value in entries:
                if type(key) is not str:
                    raise CacheError("a key that is not text")
                # most values are text or numbers: kept as they are, without a call (a pack is thousands)
                mapping[key] = value if type(value) in _PLAIN_TYPES else decode(value)
                key_lines[key] = key_line if type(key_line) is int else _int(key_line)
            return mapping
        if tag == _LIST:
            _, line, item_lines, values = data
            seq = LineList([v if type(v) in _PLAIN_TYPES else decode(v) for v in values])
            seq.line = _int(line)
            seq.item_lines = [n if type(n) is int else _int(n) for n in item_lines]
            return seq
        if tag == _DATE:
            _, ordinal = data
            return date.fromordinal(_int(ordinal))
    except (TypeError, ValueError, OverflowError) as exc:
        raise CacheError(f"malformed entry: {exc.__class__.__name__}") from None
    raise CacheError("unknown entry")


def _int(value: Any) -> int:
    if type(value) is not int:
        raise CacheError("a line that is not a number")
    return value


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ParseCache:
    """The parsed files of one pack folder: {relative path: (sha256 of the bytes, encoded data)}."""

    def __init__(self, path: Path | None, entries: dict[str, tuple[str, Any]], writable: bool) -> None:
        self.path = path
        self.entries = entries
        self.writable = writable
        self.changed = False

    def get(self, rel: str, digest: str) -> Any | None:
        """The parsed data of `rel` if the cache holds it for exactly these bytes, else None."""
        entry = self.entries.get(rel)
        if entry is None or entry[0] != digest:
            return None
        try:
            return decode(entry[1])
        except CacheError:  # RecursionError cannot happen: the reader nests 32 levels at most
            del self.entries[rel]
            return None

    def put(self, rel: str, digest: str, data: Any) -> None:
        if not self.writable:
            return
        try:
            encoded = encode(data)
        except CacheError:
            return
        self.entries[rel] = (digest, encoded)
        self.changed = True

    def save(self) -> None:
        """Write the cache if it learnt something (atomically; a failure only costs speed)."""
        if not (self.writable and self.changed and self.path is not None):
            return
        blob = marshal.dumps({"format": FORMAT, "files": self.entries})
        temporary = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(blob)
            os.replace(temporary, self.path)
        except OSError:
            return
        self.changed = False


def read_cache_file(path: Path, expected_sha256: str | None = None) -> dict[str, tuple[str, Any]]:
    """The entries of the cache file at `path`; {} if it is missing, corrupt, of another format
    or (with `expected_sha256`) not exactly the file named in the manifest."""
    try:
        with path.open("rb") as stream:
            blob = stream.read(MAX_CACHE_BYTES + 1)
    except OSError:
        return {}
    if len(blob) > MAX_CACHE_BYTES or (expected_sha256 is not None and sha256(blob) != expected_sha256):
        return {}
    try:
        data = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return {}
    if type(data) is not dict or data.get("format") != FORMAT or type(data.get("files")) is not dict:
        return {}
    entries: dict[str, tuple[str, Any]] = {}
    for rel, entry in data["files"].items():
        if type(rel) is str and type(entry) is tuple and len(entry) == 2 and type(entry[0]) is str:
            entries[rel] = entry
    return entries


# -- which cache a pack folder uses ------------------------------------------------------------
_folder: Path | None = None  # where caches of packs without a manifest live (None: no such cache)
_open: dict[tuple[Path, tuple[int, int] | None, tuple[int, int] | None], ParseCache | None] = {}


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size


def use_folder(folder: Path | None) -> None:
    """Keep caches of packs without a manifest in `folder` (the app's data folder), or none."""
    global _folder
    _folder = folder
    _open.clear()


def cache_for(directory: Path) -> ParseCache | None:
    """The cache for the pack at `directory` (None: no cache), opened again whenever its
    manifest or its bundled cache file changes."""
    manifest = directory / MANIFEST_NAME
    manifest_stat = _stat(manifest)
    bundled = directory / CACHE_NAME
    key = (directory, manifest_stat, _stat(bundled) if manifest_stat is not None else None)
    if key in _open:
        return _open[key]
    cache: ParseCache | None = None
    expected = (manifest_digests(manifest).get(CACHE_NAME) or bundled_cache_sha256()) if manifest_stat else None
    if expected is not None:
        cache = ParseCache(None, read_cache_file(bundled, expected), writable=False)
    elif _folder is not None:
        name = sha256(str(directory.resolve()).encode("utf-8", "surrogatepass"))[:16]
        path = _folder / f"rules-{name}.marshal"
        cache = ParseCache(path, read_cache_file(path), writable=True)
    _open[key] = cache
    return cache


def bundled_cache_sha256() -> str | None:
    """The sha256 of the bundle's parse cache, frozen into the bundle's code (None from source)."""
    try:
        from ovcf_bundle import PARSE_CACHE_SHA256  # type: ignore[import-not-found]
    except ImportError:
        return None
    return str(PARSE_CACHE_SHA256)


def save_all() -> None:
    """Write what the caches in use learnt (the app calls this once the window is up)."""
    for cache in _open.values():
        if cache is not None:
            cache.save()


def build_cache(rules: Path, target: Path, files: list[str]) -> Path:
    """Parse `files` of the pack at `rules` and write their cache to `target` (the bundle's
    cache, named in its manifest). Raises DataError/OSError if a file cannot be parsed."""
    entries: dict[str, tuple[str, Any]] = {}
    for rel in files:
        raw = (rules / rel).read_bytes()
        entries[rel] = (sha256(raw), encode(load_yaml(raw)))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(marshal.dumps({"format": FORMAT, "files": entries}))
    return target
