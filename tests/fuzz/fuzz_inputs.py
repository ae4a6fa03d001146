"""Malformed variants of the app's input files, deterministic from a random.Random.

    seeds = load_seeds(REPO)
    variant = make(seeds, "case", index=17, seed=0)   # the same bytes on every machine
    strategy = variants(seeds["case"])                # the same mutations for hypothesis

Used by tests/fuzz/test_fuzz.py (bounded, in CI) and benchmarks/fuzz.py (large budget). A
variant knows what was done to it (`how`, `tags`) and whether the safe reader must refuse
it wherever it landed (`hostile`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from random import Random
from typing import Any

import fuzz_text as ft
import fuzz_tree as tr
from fuzz_seeds import Seed
from fuzz_values import JSON_FRAGMENTS, JSON_KEYS, PY_VALUES, YAML_FRAGMENTS, Fragment

HUGE_BYTES = 2_100_000  # over both size limits (1 MB case files, 2 MB YAML)


@dataclass(frozen=True)
class Variant:
    kind: str
    name: str  # file name; for a pack, the path inside rules/
    data: bytes
    how: str
    tags: frozenset[str] = field(default_factory=frozenset)
    hostile: bool = False


def _short(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:30] + f"...({len(text)} chars)")


def _fragment(seed: Seed, rng: Random, deep: bool) -> Fragment:
    """A kind of fragment first, then one of that kind: rare kinds are tried as often as common ones."""
    pool = [f for f in (JSON_FRAGMENTS if seed.is_json else YAML_FRAGMENTS) if deep or not f.deep]
    tag = rng.choice(sorted({f.tag for f in pool}))
    return rng.choice([f for f in pool if f.tag == tag])


def _variant(seed: Seed, text: str | bytes, how: str, tags: Sequence[str], hostile: bool = False) -> Variant:
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return Variant(seed.kind, seed.name, data, f"{seed.name}: {how}", frozenset(tags), hostile)


Op = Callable[[Seed, Random, bool], "Variant | None"]


# -- text -------------------------------------------------------------------------------------------
def swap_value(seed: Seed, rng: Random, deep: bool) -> Variant | None:
    """A value of the seed, as written, replaced by a hostile fragment."""
    if seed.is_json:
        return inject_raw(seed, rng, deep)
    spans = ft.yaml_layout(seed.text).values
    if not spans:
        return None
    span, frag = rng.choice(spans), _fragment(seed, rng, deep)
    return _variant(seed, ft.replace_span(seed.text, span, frag.text), f"{span.path} <- {_short(frag.text)}",
                    ("swap", frag.tag), frag.hostile)


def duplicate_key(seed: Seed, rng: Random, deep: bool) -> Variant | None:
    """A key given twice in one mapping (JSON's last-wins is how pain 7 became 2)."""
    value = rng.choice(("2", "7", '"x"', "null", "[]")) if seed.is_json else rng.choice(("2", "7", "x", "null"))
    if seed.is_json:
        lines = ft.json_pair_lines(seed.text)
        if not lines:
            return None
        index = rng.choice(lines)
        text = ft.duplicate_json_key(seed.text, index, value)
        where = seed.text.split("\n")[index].strip()
    else:
        keys = ft.yaml_layout(seed.text).keys
        if not keys:
            return None
        line = rng.choice(keys)
        text, where = ft.duplicate_yaml_key(seed.text, line, value), line.path
    return _variant(seed, text, f"duplicate key {where[:60]} = {value}", ("dup-key",), True)


def alias(seed: Seed, rng: Random, deep: bool) -> Variant | None:
    """An alias of another value, or a billion-laughs block (a few bytes that expand to 10^9)."""
    if seed.is_json:
        return None
    spans = ft.yaml_layout(seed.text).values
    if rng.random() < 0.3 or len(spans) < 2:
        return _variant(seed, seed.text + ft.billion_laughs(), "billion laughs appended", ("alias",), True)
    first, second = sorted(rng.sample(spans, 2), key=lambda s: s.start)
    if second.start < first.end:  # nested: an alias inside its own anchor
        text = seed.text[: second.start] + "*x" + seed.text[second.end:]
        text = text[: first.start] + "&x " + text[first.start:]
    else:
        text = ft.alias_pair(seed.text, first, second)
    return _variant(seed, text, f"{second.path} is an alias of {first.path}", ("alias",), True)


def delete_line(seed: Seed, rng: Random, deep: bool) -> Variant | None:
    lines = seed.text.split("\n")
    index = rng.randrange(len(lines))
    return _variant(seed, "\n".join(lines[:index] + lines[index + 1:]), f"line {index + 1} deleted", ("delete",))


def bytes_op(seed: Seed, rng: Random, deep: bool) -> Variant | None:
    name, op, hostile = rng.choice((
        ("byte-flip", ft.flip_bytes, False), ("truncate", ft.truncate, False),
        ("non-utf8", ft.insert_bad_utf8, True), ("splice", ft.splice, False), ("cut", ft.cut, False),
    ))
    data = seed.text.encode("utf-8")
    return _variant(seed, op(data, rng), name, (name,), hostile)


def whole_file(seed: Seed, rng: Random, deep: bool) -> Variant | None:
    """A file that is something else entirely: empty, a scalar, several documents, huge."""
    text = seed.text
    choices: list[tuple[str, str | bytes, bool]] = [
        ("empty", "", False), ("blank", "\n  \n", False), ("comment-only", "# nothing\n", False),
        ("scalar", "hello", False), ("null", "null", False), ("list", "[]", False), ("number", "74", False),
        ("bom", "\ufeff" + text, False), ("crlf", text.replace("\n", "\r\n"), False),
        ("tabs", text.replace("  ", "\t"), False), ("cr-only", text.replace("\n", "\r"), False),
        ("utf16", text.encode("utf-16"), True), ("nul-bytes", b"\0" * 64, True),
        ("huge", text + "\n#" + "x" * HUGE_BYTES + "\n", False),
    ]
    if not seed.is_json:
        choices += [("multi-doc", f"---\n{text}\n---\n{text}", True), ("doc-markers", f"---\n{text}\n...\n", False),
                    ("directive", "%YAML 1.1\n---\n" + text, False), ("bad-directive", "%YAML 9.9\n---\n" + text, False)]
    name, data, hostile = rng.choice(choices)
    return _variant(seed, data, name, ("whole-file", name), hostile)


# -- tree -------------------------------------------------------------------------------------------
def tree_op(seed: Seed, rng: Random, deep: bool) -> Variant | None:
    """One structural change of the parsed seed, serialised again."""
    tree = copy.deepcopy(_parsed(seed))
    spots = tr.places(tree)
    if not spots:
        return None
    spot = rng.choice(spots)
    roll = rng.random()
    raw: str | None = None
    tags: tuple[str, ...]
    hostile = False
    if roll < 0.15:
        del spot.parent[spot.key]
        how, tags = f"{spot.path} deleted", ("delete",)
    elif roll < 0.25:
        lists = [p for p in spots if isinstance(p.parent, list)]
        if not lists:
            return None
        spot = rng.choice(lists)
        spot.parent.insert(spot.key, copy.deepcopy(spot.parent[spot.key]))
        how, tags = f"{spot.path} duplicated", ("dup-entry",)
    elif roll < 0.4:
        other = rng.choice(spots)
        spot.parent[spot.key] = copy.deepcopy(other.parent[other.key])
        how, tags = f"{spot.path} <- subtree {other.path}", ("graft",)
    elif roll < 0.55:
        spot.parent[spot.key] = tr.retyped(spot.parent[spot.key], rng)
        how, tags = f"{spot.path} retyped to {type(spot.parent[spot.key]).__name__}", ("retype",)
    elif roll < 0.75:
        value = rng.choice(PY_VALUES)
        spot.parent[spot.key] = copy.deepcopy(value.value)
        how, tags, hostile = f"{spot.path} <- {_short(repr(value.value))}", ("set", value.tag), value.hostile
    elif roll < 0.85 and isinstance(spot.parent, dict):
        frag = rng.choice(JSON_KEYS) if seed.is_json else _key_fragment(rng)
        spot.parent[tr.SENTINEL] = 1
        raw = json.dumps(spot.key) if frag.tag == "dup-key" else frag.text  # a duplicate of a key that is there
        how, tags, hostile = f"key {_short(raw)} added next to {spot.path}", ("key", frag.tag), frag.hostile
    else:
        frag = _fragment(seed, rng, deep)
        spot.parent[spot.key] = tr.SENTINEL
        raw = frag.text
        how, tags, hostile = f"{spot.path} <- raw {_short(frag.text)}", ("raw", frag.tag), frag.hostile
    text = tr.dump(tree, seed.is_json, rng)
    if raw is not None:
        text = tr.put_raw(text, raw, seed.is_json)
    return _variant(seed, text, how, tags, hostile)


def inject_raw(seed: Seed, rng: Random, deep: bool) -> Variant | None:
    """Any value of the parsed seed replaced by a raw fragment (JSON has no layout to keep)."""
    tree = copy.deepcopy(_parsed(seed))
    spots = tr.places(tree)
    if not spots:
        return None
    spot, frag = rng.choice(spots), _fragment(seed, rng, deep)
    spot.parent[spot.key] = tr.SENTINEL
    text = tr.put_raw(tr.dump(tree, seed.is_json, rng), frag.text, seed.is_json)
    return _variant(seed, text, f"{spot.path} <- {_short(frag.text)}", ("swap", frag.tag), frag.hostile)


def _key_fragment(rng: Random) -> Fragment:
    keys = [f for f in YAML_FRAGMENTS if not f.deep and len(f.text) < 200 and f.tag not in ("syntax", "long")]
    return rng.choice(keys)


def history_op(seed: Seed, rng: Random, deep: bool) -> Variant | None:
    """A malformed decision or visit: an item that is a list, a visit dated 9999, day -5."""
    tree = copy.deepcopy(_parsed(seed))
    if not isinstance(tree, dict):
        return None
    name, hostile = tr.change_history(tree, rng)
    return _variant(seed, tr.dump(tree, seed.is_json, rng), name, ("history", name), hostile)


_PARSED: dict[tuple[str, str], Any] = {}


def _parsed(seed: Seed) -> Any:
    key = (seed.name, seed.text)
    if key not in _PARSED:
        _PARSED[key] = tr.parse(seed.text, seed.is_json)
    return _PARSED[key]


OPS: tuple[tuple[Op, float], ...] = (
    (swap_value, 0.30), (tree_op, 0.30), (duplicate_key, 0.06), (alias, 0.04), (delete_line, 0.05),
    (bytes_op, 0.10), (whole_file, 0.05), (history_op, 0.10),
)


def mutate(seed: Seed, rng: Random, deep: bool = False) -> Variant:
    """One malformed variant of `seed`. `deep` allows inputs that may overflow the C stack."""
    ops = [op for op, _ in OPS if op is not history_op or seed.kind in ("case", "draft")]
    weights = [w for op, w in OPS if op in ops]
    for _ in range(20):
        found = rng.choices(ops, weights)[0](seed, rng, deep)
        if found is not None:
            return found
    return _variant(seed, seed.text[: len(seed.text) // 2], "cut in half", ("truncate",))


def make(seeds: dict[str, list[Seed]], kind: str, index: int, seed: int, deep: bool = True) -> Variant:
    """Variant number `index` of `kind` for run `seed`: the same bytes on every machine."""
    rng = Random(f"{seed}/{kind}/{index}")
    return mutate(rng.choice(seeds[kind]), rng, deep)


# -- hypothesis -------------------------------------------------------------------------------------
def variants(seeds: Sequence[Seed], deep: bool = False) -> Any:
    """The mutations above as a hypothesis strategy (hypothesis drives the random choices)."""
    from hypothesis import strategies as st

    return st.builds(mutate, st.sampled_from(list(seeds)), st.randoms(use_true_random=False), st.just(deep))


def injections(seeds: Sequence[Seed]) -> Any:
    """Any JSON-like value (hostile leaves included) put anywhere in a seed, by hypothesis."""
    from hypothesis import strategies as st

    leaves = st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), st.dates(),
        st.sampled_from([v.value for v in PY_VALUES if not isinstance(v.value, (list, dict))]),
    )
    values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)

    @st.composite
    def build(draw: Any) -> Variant:
        seed = draw(st.sampled_from(list(seeds)))
        tree = copy.deepcopy(_parsed(seed))
        spots = tr.places(tree)
        spot = spots[draw(st.integers(0, len(spots) - 1))]
        value = draw(values)
        spot.parent[spot.key] = value
        text = tr.dump(tree, seed.is_json, draw(st.randoms(use_true_random=False)))
        return _variant(seed, text, f"{spot.path} <- {_short(repr(value))}", ("hypothesis",))

    return build()
