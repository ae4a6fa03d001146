"""Reading and checking the rule pack's language files (rules/i18n/<language>.yaml).

    language: fr
    name: Français
    review: "Machine-assisted translation; not yet reviewed by a clinician."
    texts: {"<English text of the pack>": "<translation>", ...}
    messages: {"<English sentence of the engine>": "<translation>", ...}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .catalog import ENGLISH, Catalog, placeholders
from .errors import RulePackError
from .packfiles import read_node
from .schema import Node


def read_catalog(node: Node, language: str) -> Catalog:
    if not node.is_mapping({"language", "name", "review", "texts", "messages"}):
        return Catalog(language=language)
    if node.get("language").value != language:
        node.get("language").error(f"expected '{language}' (the file's name)")
    def table(key: str) -> dict[str, str]:
        out = {}
        for english, value in node.get(key).items():
            out[english] = value.text()
        return out
    return Catalog(
        language=language,
        name=node.get("name").text(),
        review=node.get("review").text(),
        texts=table("texts"),
        messages=table("messages"),
    )


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    review: str


def available_languages(rules: Path) -> list[Language]:
    """English plus every language file of the pack (reads only their headers' values)."""
    out = [Language(ENGLISH, "English", "Original")]
    for path in sorted((rules / "i18n").glob("*.yaml")):
        errors: list[RulePackError] = []
        node = read_node(rules, f"i18n/{path.name}", errors)
        if node is not None and isinstance(node.value, dict):
            out.append(Language(path.stem, str(node.value.get("name", path.stem)), str(node.value.get("review", ""))))
    return out


def check_catalog(english_texts: set[str], messages: set[str], catalog: Catalog, file: str) -> list[str]:
    """What a language file misses or gets wrong against the English texts the pack uses."""
    problems = []
    for kind, wanted, table in (("text", english_texts, catalog.texts), ("message", messages, catalog.messages)):
        for english in sorted(wanted - table.keys()):
            problems.append(f"{file}: missing {kind}: {english!r}")
        for english in sorted(table.keys() - wanted):
            problems.append(f"{file}: obsolete {kind} (no longer in English): {english!r}")
        for english in sorted(wanted & table.keys()):
            if not table[english].strip():
                problems.append(f"{file}: empty translation of {kind}: {english!r}")
            elif placeholders(english) != placeholders(table[english]):
                problems.append(f"{file}: placeholders differ from English in {english!r}: "
                                f"{sorted(placeholders(english))} vs {sorted(placeholders(table[english]))}")
    return problems
