"""Reads the running app through AT-SPI (run with the system's python3 and pyatspi, as a
screen reader would): prints, as JSON, every accessible object of the app with its role,
name and description, indented by depth."""

from __future__ import annotations

import json
import sys

import pyatspi  # Debian python3-pyatspi


def walk(node, depth, out):  # type: ignore[no-untyped-def]
    out.append({"depth": depth, "role": node.getRoleName(), "name": node.name or "",
                "description": node.description or ""})
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, depth + 1, out)


def main() -> int:
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == wanted:
            out: list[dict[str, object]] = []
            walk(app, 0, out)
            print(json.dumps(out))
            return 0
    print(json.dumps([]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
