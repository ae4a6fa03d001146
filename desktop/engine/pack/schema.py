"""Reading YAML data with precise error reports.

`Node` wraps one value read from a rule file together with where it came from (file, line,
dotted field path). Accessors check types and record a `RulePackError` instead of raising,
so one pass over the pack reports every problem at once.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from .catalog import NO_TRANSLATION, Catalog
from .errors import RulePackError
from .safe_read import LineDict, LineList

_LINED = (LineDict, LineList)  # what remembers the lines of its entries


class Node:
    # slots, and the field path worked out only when an error names it: a pack is thousands of nodes
    __slots__ = ("_key", "_parent", "_path", "catalog", "errors", "file", "line", "value")

    def __init__(
        self,
        value: Any,
        file: str,
        line: int | None,
        path: str,
        errors: list[RulePackError],
        catalog: Catalog = NO_TRANSLATION,
    ) -> None:
        self.value = value
        self.file = file
        self.line = line
        self._path: str | None = path
        self._parent: Node | None = None
        self._key: Any = None
        self.errors = errors
        self.catalog = catalog

    @property
    def path(self) -> str:
        """The dotted field path, e.g. `items[3].rules[0].when`."""
        if self._path is None:
            assert self._parent is not None
            key, parent = self._key, self._parent.path
            if isinstance(key, int):
                self._path = f"{parent}[{key}]"
            elif parent:
                self._path = f"{parent}.{key}"
            else:
                self._path = str(key)
        return self._path

    # -- reporting -----------------------------------------------------------------------
    def error(self, message: str, field: str | None = None) -> None:
        self.errors.append(RulePackError(self.file, self.line, field or self.path, message))

    def child(self, key: Any, value: Any) -> Node:
        line = self.line
        own = self.value
        if isinstance(own, _LINED):
            line = own.line_of(key) or line
        if isinstance(key, int) and isinstance(value, _LINED):
            line = value.line or line
        node = _new(Node)
        node.value = value
        node.file = self.file
        node.line = line
        node.errors = self.errors
        node.catalog = self.catalog
        node._path = None
        node._parent = self
        node._key = key
        return node

    # -- shape checks ----------------------------------------------------------------------
    def is_mapping(self, required: Collection[str], optional: Collection[str] = ()) -> bool:
        if not isinstance(self.value, dict):
            self.error(f"expected a mapping, got {describe(self.value)}")
            return False
        ok = True
        for key in self.value:
            if key not in required and key not in optional:
                allowed = ", ".join(sorted(set(required) | set(optional)))
                self.child(key, None).error(f"unknown field (allowed: {allowed})")
                ok = False
        for key in sorted(required):
            if key not in self.value:
                self.error(f"missing required field '{key}'")
                ok = False
        return ok

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value

    def get(self, key: str) -> Node:
        value = self.value.get(key) if isinstance(self.value, dict) else None
        return self.child(key, value)

    def items(self) -> Iterator[tuple[str, Node]]:
        """The entries of a mapping (a missing one has none; anything else is an error)."""
        if self.value is not None and not isinstance(self.value, dict):
            self.error(f"expected a mapping, got {describe(self.value)}")
        if isinstance(self.value, dict):
            for key, value in self.value.items():
                yield str(key), self.child(key, value)

    def entries(self) -> list[Node]:
        if not isinstance(self.value, list):
            self.error(f"expected a list, got {describe(self.value)}")
            return []
        return [self.child(i, v) for i, v in enumerate(self.value)]

    # -- scalars ---------------------------------------------------------------------------
    def text(self, default: str = "") -> str:
        if isinstance(self.value, str) and self.value.strip():
            return self.value
        self.error(f"expected non-empty text, got {describe(self.value)}")
        return default

    def opt_text(self) -> str | None:
        return None if self.value is None else self.text()

    def words(self, default: str = "") -> str:
        """Clinician-facing text: in the pack's language (rules/i18n), English by default."""
        english = self.text(default)
        return self.catalog.text(english) if english else english

    def opt_words(self) -> str | None:
        return None if self.value is None else self.words()

    def integer(self, default: int = 0) -> int:
        if isinstance(self.value, int) and not isinstance(self.value, bool):
            return self.value
        self.error(f"expected a whole number, got {describe(self.value)}")
        return default

    def number(self, default: float = 0.0) -> float:
        if isinstance(self.value, (int, float)) and not isinstance(self.value, bool):
            return float(self.value)
        self.error(f"expected a number, got {describe(self.value)}")
        return default

    def boolean(self, default: bool = False) -> bool:
        if isinstance(self.value, bool):
            return self.value
        self.error(f"expected true or false, got {describe(self.value)}")
        return default

    def one_of(self, allowed: list[str] | tuple[str, ...], default: str = "") -> str:
        if isinstance(self.value, str) and self.value in allowed:
            return self.value
        self.error(f"expected one of {', '.join(allowed)}, got {describe(self.value)}")
        return default

    def text_list(self) -> list[str]:
        return [entry.text() for entry in self.entries()]


_new = Node.__new__  # a child is made without __init__: its path is worked out when an error names it


def describe(value: Any, catalog: Catalog = NO_TRANSLATION) -> str:
    """A short, user-facing description of a value for error messages, in `catalog`'s language
    (English, as the rule pack's own errors are written, by default)."""
    if value is None:
        return catalog.msg("nothing")
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, dict):
        return catalog.msg("a mapping")
    if isinstance(value, list):
        return catalog.msg("a list")
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."
