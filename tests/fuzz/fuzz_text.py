"""Mutations of a seed's text that keep its formatting: a value, a key line or the bytes.

Value positions come from composing the (valid) seed with PyYAML's pure-Python loader,
whose marks are character offsets, so a replaced value is always one the reader reads,
never text inside a comment or a block string.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from random import Random

import yaml


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    path: str


@dataclass(frozen=True)
class KeyLine:
    """A `key: value` pair of a block mapping with the value on the key's line."""

    key: str
    column: int
    line_end: int  # offset of the end of that line
    path: str


@dataclass(frozen=True)
class Layout:
    values: tuple[Span, ...]
    keys: tuple[KeyLine, ...]


@functools.lru_cache(maxsize=64)
def yaml_layout(text: str) -> Layout:
    """Where the single-line values and block `key: value` lines of a YAML text are."""
    values: list[Span] = []
    keys: list[KeyLine] = []

    def single_line(node: yaml.Node) -> bool:
        return bool(node.start_mark.line == node.end_mark.line)

    def visit(node: yaml.Node, path: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                sub = f"{path}.{key.value}" if isinstance(key, yaml.ScalarNode) else f"{path}.?"
                take(value, sub)
                if (
                    not node.flow_style
                    and isinstance(key, yaml.ScalarNode)
                    and single_line(key)
                    and value.end_mark.line == key.start_mark.line
                ):
                    end = text.find("\n", value.end_mark.index)
                    keys.append(KeyLine(text[key.start_mark.index:key.end_mark.index], key.start_mark.column,
                                        len(text) if end < 0 else end, sub.lstrip(".")))
        elif isinstance(node, yaml.SequenceNode):
            for index, child in enumerate(node.value):
                take(child, f"{path}[{index}]")

    def take(node: yaml.Node, path: str) -> None:
        flow = isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False)
        if flow and single_line(node):
            values.append(Span(node.start_mark.index, node.end_mark.index, path.lstrip(".")))
        visit(node, path)

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None:
        visit(root, "")
    return Layout(tuple(values), tuple(keys))


JSON_PAIR = re.compile(r'^(\s*)("(?:[^"\\]|\\.)*"): (.*?)(,?)$')


def json_pair_lines(text: str) -> list[int]:
    """Indexes of the lines of indented JSON that hold one `"key": scalar` pair."""
    return [
        i for i, line in enumerate(text.split("\n"))
        if (m := JSON_PAIR.match(line)) and m.group(3) not in ("{", "[")
    ]


def replace_span(text: str, span: Span, new: str) -> str:
    gap = " " if span.start and text[span.start - 1] == ":" else ""
    return text[: span.start] + gap + new + text[span.end:]


def duplicate_yaml_key(text: str, line: KeyLine, value: str) -> str:
    copy = "\n" + " " * line.column + f"{line.key}: {value}"
    return text[: line.line_end] + copy + text[line.line_end:]


def duplicate_json_key(text: str, index: int, value: str) -> str:
    lines = text.split("\n")
    match = JSON_PAIR.match(lines[index])
    assert match is not None
    lines.insert(index, f"{match.group(1)}{match.group(2)}: {value},")
    return "\n".join(lines)


def alias_pair(text: str, first: Span, second: Span) -> str:
    """Anchor the first value and make the second (later) one an alias of it."""
    text = text[: second.start] + " *x" + text[second.end:]
    return text[: first.start] + "&x " + text[first.start:]


def billion_laughs(levels: int = 9) -> str:
    lines = ["lol0: &a0 [" + ", ".join(["lol"] * 9) + "]"]
    lines += [f"lol{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n" + "\n".join(lines) + "\n"


# -- bytes -----------------------------------------------------------------------------------------
BAD_UTF8 = (b"\xff", b"\xfe\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xe9", b"\xf0\x28\x8c\x28", b"\xc0\xaf")


def flip_bytes(data: bytes, rng: Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if out:
            out[rng.randrange(len(out))] ^= rng.choice((1, 2, 4, 8, 16, 32, 64, 128, 0xFF))
    return bytes(out)


def truncate(data: bytes, rng: Random) -> bytes:
    return data[: rng.randrange(len(data))] if data else data


def insert_bad_utf8(data: bytes, rng: Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(BAD_UTF8) + data[at:]


def splice(data: bytes, rng: Random) -> bytes:
    """Copy a random chunk of the file somewhere else in it."""
    if len(data) < 2:
        return data + data
    start = rng.randrange(len(data))
    chunk = data[start: start + rng.randint(1, 200)]
    at = rng.randrange(len(data))
    return data[:at] + chunk + data[at:]


def cut(data: bytes, rng: Random) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 80):]
