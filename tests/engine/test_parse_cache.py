"""The rule pack's parse cache: the same pack as parsing the files, used only for exactly the
bytes it was made from, only from a manifest that names it, and ignored when stale or corrupt."""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import case_data, edit
from desktop.engine import Planner, RulePackErrors, load_rule_pack, validate_case
from desktop.engine.pack import packfiles, parse_cache
from desktop.engine.pack.integrity import CACHE_NAME, MANIFEST_NAME, manifest_text, pack_files
from desktop.engine.pack.model import RulePack
from desktop.engine.pack.safe_read import LineDict, LineList, load_yaml

VISIT_LABEL = "label: Visit date"
TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def no_cache_folder() -> Iterator[None]:
    parse_cache.use_folder(None)
    yield
    parse_cache.use_folder(None)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of each file actually parsed (not taken from a cache)."""
    seen: list[str] = []
    original: Callable[[str | bytes], Any] = load_yaml  # what packfiles parses with

    def counted(text: str | bytes) -> Any:
        seen.append(text if isinstance(text, str) else text.decode())
        return original(text)

    monkeypatch.setattr(packfiles, "load_yaml", counted)
    return seen


def yaml_files(rules: Path) -> list[str]:
    return [rel for rel in pack_files(rules) if rel.endswith(".yaml")]


def same(a: Any, b: Any) -> bool:
    """Equal data, of the same types, remembering the same lines."""
    if type(a) is not type(b):
        return False
    if isinstance(a, LineDict):
        return (a.line, a.key_lines, list(a)) == (b.line, b.key_lines, list(b)) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, LineList):
        return (a.line, a.item_lines, len(a)) == (b.line, b.item_lines, len(b)) and all(map(same, a, b))
    return bool(a == b)


def summary(pack: RulePack) -> tuple[Any, ...]:
    """The pack as far as a test can compare it (compiled conditions are functions): its
    fingerprint, texts and lines, and the plan of a case under each profile."""
    questions = tuple((q.id, q.kind, q.label, q.help, q.line, q.choices) for q in pack.questions)
    plans = []
    for profile in pack.profiles.values():
        planner = Planner(pack, profile)
        case = validate_case(pack, case_data(**{"fracture.levels": ["L3"]}), planner.params, today=TODAY)
        plans.append(planner.plan(case).to_dict())
    return pack.sha256, questions, tuple(i.id for i in pack.items), pack.phrases, plans


def bundle(rules: Path, cache_from: Path | None = None) -> Path:
    """Make `rules` look like the bundle's pack: a parse cache (made from `cache_from`, else
    from `rules`) and a manifest naming it."""
    source = cache_from or rules
    cache = parse_cache.build_cache(source, rules / CACHE_NAME, yaml_files(source))
    (rules / MANIFEST_NAME).write_text(manifest_text(rules, cache=cache), encoding="utf-8")
    return cache


def test_every_file_of_the_pack_comes_back_the_same(rules_copy: Path) -> None:
    for rel in yaml_files(rules_copy):
        data = load_yaml((rules_copy / rel).read_bytes())
        stored = marshal.loads(marshal.dumps(parse_cache.encode(data)))
        assert same(parse_cache.decode(stored), data), rel


def test_a_cache_in_the_data_folder_gives_the_same_pack_without_parsing(
    rules_copy: Path, tmp_path: Path, parsed: list[str]
) -> None:
    plain = summary(load_rule_pack(rules_copy))
    parse_cache.use_folder(tmp_path / "cache")
    assert summary(load_rule_pack(rules_copy)) == plain
    parse_cache.save_all()
    parse_cache.use_folder(tmp_path / "cache")  # a new start
    parsed.clear()
    assert summary(load_rule_pack(rules_copy)) == plain
    assert parsed == []


def test_a_stale_entry_is_not_used(rules_copy: Path, tmp_path: Path, parsed: list[str]) -> None:
    parse_cache.use_folder(tmp_path / "cache")
    load_rule_pack(rules_copy)
    parse_cache.save_all()
    edit(rules_copy / "questions.yaml", VISIT_LABEL, "label: Date of this visit")
    parse_cache.use_folder(tmp_path / "cache")
    parsed.clear()
    pack = load_rule_pack(rules_copy)
    assert pack.question("visit_date").label == "Date of this visit"
    assert len(parsed) == 1  # that file only


@pytest.mark.parametrize("content", [
    b"", b"not marshal at all", marshal.dumps(compile("1", "x", "eval")), marshal.dumps({"format": "other/9"}),
    marshal.dumps({"format": parse_cache.FORMAT, "files": {"questions.yaml": ("0" * 64, ("m", 1, "x"))}}),
])
def test_a_corrupt_cache_is_ignored(rules_copy: Path, tmp_path: Path, content: bytes) -> None:
    plain = summary(load_rule_pack(rules_copy))
    parse_cache.use_folder(tmp_path / "cache")
    load_rule_pack(rules_copy)
    parse_cache.save_all()
    for path in (tmp_path / "cache").iterdir():
        path.write_bytes(content)
    parse_cache.use_folder(tmp_path / "cache")
    assert summary(load_rule_pack(rules_copy)) == plain


def test_a_corrupt_entry_for_the_right_bytes_is_ignored(rules_copy: Path, tmp_path: Path) -> None:
    plain = summary(load_rule_pack(rules_copy))
    raw = (rules_copy / "questions.yaml").read_bytes()
    path = tmp_path / "cache" / "x.marshal"
    path.parent.mkdir()
    path.write_bytes(marshal.dumps({"format": parse_cache.FORMAT,
                                    "files": {"questions.yaml": (parse_cache.sha256(raw), ("m", "one", ()))}}))
    cache = parse_cache.ParseCache(path, parse_cache.read_cache_file(path), writable=True)
    assert cache.get("questions.yaml", parse_cache.sha256(raw)) is None
    assert summary(load_rule_pack(rules_copy)) == plain


def test_the_bundle_uses_the_cache_its_manifest_names(rules_copy: Path, parsed: list[str]) -> None:
    plain = summary(load_rule_pack(rules_copy))
    bundle(rules_copy)
    parsed.clear()
    pack = load_rule_pack(rules_copy, require_manifest=True)
    assert summary(pack) == plain  # the cache is no file of the pack: the same fingerprint
    assert parsed == []


def test_a_tampered_cache_in_the_bundle_is_not_used(rules_copy: Path, tmp_path: Path, parsed: list[str]) -> None:
    """A cache made from other rules, put in place of the bundle's: its sha256 is not the one
    in the manifest, so the pack's own files are parsed."""
    bundle(rules_copy)
    other = tmp_path / "other"
    other.mkdir()
    for rel in yaml_files(rules_copy):
        (other / rel).parent.mkdir(parents=True, exist_ok=True)
        (other / rel).write_bytes((rules_copy / rel).read_bytes())
    edit(other / "questions.yaml", VISIT_LABEL, "label: Tampered")
    entries = parse_cache.read_cache_file(parse_cache.build_cache(other, tmp_path / "forged", yaml_files(other)))
    # a forged entry under the sha256 of the real file: what a trusted cache would hand out
    real = parse_cache.sha256((rules_copy / "questions.yaml").read_bytes())
    entries["questions.yaml"] = (real, entries["questions.yaml"][1])
    (rules_copy / CACHE_NAME).write_bytes(marshal.dumps({"format": parse_cache.FORMAT, "files": entries}))
    parsed.clear()
    pack = load_rule_pack(rules_copy, require_manifest=True)
    assert pack.question("visit_date").label == "Visit date"
    assert any(VISIT_LABEL in text for text in parsed)  # the pack's own file, parsed


def test_a_cache_the_manifest_does_not_name_is_not_used(rules_copy: Path, tmp_path: Path, parsed: list[str]) -> None:
    cache = bundle(rules_copy)
    (rules_copy / MANIFEST_NAME).write_text(manifest_text(rules_copy), encoding="utf-8")  # a site pack's manifest
    assert cache.is_file()
    parsed.clear()
    load_rule_pack(rules_copy, require_manifest=True)
    assert parsed


def test_a_tampered_file_is_still_refused_with_a_cache(rules_copy: Path) -> None:
    bundle(rules_copy)
    edit(rules_copy / "questions.yaml", VISIT_LABEL, "label: Tampered")
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules_copy, require_manifest=True)
    assert "questions.yaml: file has been modified since the rule pack was built: refused" in str(caught.value)


def test_the_bundle_never_writes_its_cache(rules_copy: Path, tmp_path: Path) -> None:
    cache = bundle(rules_copy)
    before = cache.read_bytes()
    edit(rules_copy / "questions.yaml", VISIT_LABEL, "label: Changed")
    (rules_copy / MANIFEST_NAME).write_text(manifest_text(rules_copy, cache=cache), encoding="utf-8")
    parse_cache.use_folder(tmp_path / "cache")
    assert load_rule_pack(rules_copy, require_manifest=True).question("visit_date").label == "Changed"
    parse_cache.save_all()
    assert cache.read_bytes() == before
    assert not (tmp_path / "cache").exists()
