"""Parsed YAML mappings and lists that remember their lines (no PyYAML needed to use them:
the parse cache and the schema checks handle them without importing it)."""

from __future__ import annotations

from typing import Any


class LineDict(dict[Any, Any]):
    """A mapping that knows the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        try:  # every node of a pack asks: no hasattr first
            return self.key_lines.get(key, self.line)
        except AttributeError:  # made without lines
            return self.line


class LineList(list[Any]):
    """A list that knows the line it starts on and the line of each entry."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        lines = getattr(self, "item_lines", [])
        return lines[index] if 0 <= index < len(lines) else self.line
