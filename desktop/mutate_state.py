"""What `rules mutate` shares between its checks and its workers (forked: they inherit it)."""

from __future__ import annotations

from typing import Any

_STATE: dict[str, Any] = {}  # the unmutated pack and the settings, shared with forked workers


def references(data: Any, key: str) -> set[str]:
    """Every `{key: X}` value (X a text) in some data."""
    found: set[str] = set()
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            found.add(data[key])
        for value in data.values():
            found |= references(value, key)
    elif isinstance(data, list):
        for value in data:
            found |= references(value, key)
    return found
