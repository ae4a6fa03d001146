"""Safe YAML loading that remembers line numbers and refuses what rule data never needs.

Only safe loading is used (libyaml's `CSafeLoader` when PyYAML has it, which parses about
eight times faster, else `SafeLoader`). Aliases are refused outright (they are what makes a
"billion laughs" document explode), duplicate keys are errors rather than silently
overwritten, and every mapping and list remembers the line it started on so errors
can name file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

MAX_BYTES = 2_000_000


class YamlError(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}" if line else message)


class LineDict(dict[Any, Any]):
    """A mapping that knows the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line) if hasattr(self, "key_lines") else self.line


class LineList(list[Any]):
    """A list that knows the line it starts on and the line of each entry."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        lines = getattr(self, "item_lines", [])
        return lines[index] if 0 <= index < len(lines) else self.line


_SAFE_BASE: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SAFE_BASE):  # type: ignore[misc]
    """A safe loader (C or Python) with the constructors below."""


def _refuse_aliases(root: yaml.Node) -> None:
    """An alias makes the composer reuse a node: find any node reached twice, without expanding."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, root.start_mark.line + 1)]
    while stack:
        node, line = stack.pop()
        if id(node) in seen:
            raise YamlError(line, "malformed YAML: YAML aliases (*name) are not allowed here")
        seen.add(id(node))
        # pushed in reverse so that nodes are visited in document order: the second use is the alias
        if isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                stack.append((value, key.start_mark.line + 1))
                stack.append((key, key.start_mark.line + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, child.start_mark.line + 1) for child in reversed(node.value))


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Iterator[LineDict]:
    data = LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise yaml.constructor.ConstructorError(
                None, None, "merge keys (<<) are not allowed here", key_node.start_mark
            )
        key = loader.construct_object(key_node, deep=False)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            ) from None
        if key in data:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        data[key] = loader.construct_object(value_node, deep=False)
        data.key_lines[key] = key_node.start_mark.line + 1


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> Iterator[LineList]:
    data = LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=False) for child in node.value)


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def load_yaml(text: str | bytes) -> Any:
    """Parse one YAML document safely; raise YamlError with the line on any problem."""
    if len(text) > MAX_BYTES:
        raise YamlError(None, f"file is larger than {MAX_BYTES // 1_000_000} MB")
    loader = _Loader(text)  # a safe loader: no arbitrary Python objects
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_aliases(node)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise YamlError(line, f"malformed YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlError(None, f"malformed YAML: {exc}") from None
    except RecursionError:
        raise YamlError(None, "malformed YAML: nested too deeply") from None
    finally:
        loader.dispose()


def line_of(container: Any, key: Any = None) -> int | None:
    """Best-known line of `container[key]` (or of the container itself)."""
    if key is not None and isinstance(container, (LineDict, LineList)):
        return container.line_of(key) or None
    return getattr(container, "line", None) or None
