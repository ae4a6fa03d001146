"""The app's modules import each other without a cycle (TYPE_CHECKING imports included): the
layer contracts of pyproject.toml say which way imports go, this that nothing loops."""

from __future__ import annotations

import grimp


def cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """Every group of modules of `package` that import each other in a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if not imported.startswith(package):
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle_in_the_app() -> None:
    graph = grimp.build_graph("desktop", exclude_type_checking_imports=False)
    assert len(graph.modules) > 80
    assert cycles(graph, "desktop") == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert cycles(graph, "pkg") == [["pkg.a", "pkg.b"]]


def test_no_module_of_the_app_is_over_400_lines() -> None:
    """Files small and named for what they hold: a module that grows past 400 lines is split."""
    from conftest import REPO

    long = {str(p.relative_to(REPO)): n for p in sorted((REPO / "desktop").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
