"""Reading and checking the rule pack's language files (rules/i18n/<language>.yaml).

    language: fr
    name: Français
    review: "Machine-assisted translation; not yet reviewed by a clinician."
    texts: {"<English text of the pack>": "<translation>", ...}
    messages: {"<English sentence of the engine>": "<translation>", ...}
"""

from __future__ import annotations

import ast
from pathlib import Path

from ..record import record
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
            if isinstance(value.value, str):  # "" = not translated yet: English is shown, the check fails
                out[english] = value.value
            else:
                value.error(f"expected text, got {value.value!r}")
        return out
    return Catalog(
        language=language,
        name=node.get("name").text(),
        review=node.get("review").text(),
        texts=table("texts"),
        messages=table("messages"),
    )


@record
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
    from .translation_numbers import number_mismatch  # `rules check` only: not in the app (no decimal in the bundle)

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
            elif (differ := number_mismatch(english, table[english])) is not None:
                problems.append(f"{file}: numbers or units differ from English in {kind} {english!r}: {differ}"
                                f" (translation: {table[english]!r})")
    return problems


SENTENCE_CALLS = frozenset({"msg", "Sentence"})  # catalog.msg("...", ...), Sentence("...", ...)
SENTENCE_LAYERS = ("engine", "report")  # the folders of desktop/ that compose sentences


def _sentence_call(node: ast.AST) -> str | None:
    """The English sentence of a `<catalog>.msg("...")` or `Sentence("...")` call, if it is one."""
    if not isinstance(node, ast.Call) or not node.args:
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    first = node.args[0]
    if name in SENTENCE_CALLS and isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    return None


def engine_messages() -> set[str] | None:
    """Every sentence the app composes outside the UI: the literal first argument of each
    msg(...) call (`pack.catalog.msg`) and Sentence(...) in the engine's and the report
    layer's sources (None when the sources are not there, as in the bundle)."""
    found: set[str] = set()
    desktop = Path(__file__).parent.parent.parent
    sources = sorted(path for layer in SENTENCE_LAYERS for path in (desktop / layer).rglob("*.py"))
    if not sources:
        return None
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            english = _sentence_call(node)
            if english is not None:
                found.add(english)
    return found


@record
class LanguageCheck:
    language: Language
    translated: int
    wanted: int
    problems: list[str]


def check_translations(rules: Path, english_texts: set[str]) -> list[LanguageCheck]:
    """Every shipped language file against the English texts of the pack (`english_texts`,
    what loading the pack in English asked for) and the engine's sentences."""
    messages = engine_messages()
    out = []
    for language in available_languages(rules)[1:]:
        rel = f"i18n/{language.code}.yaml"
        errors: list[RulePackError] = []
        node = read_node(rules, rel, errors)
        catalog = read_catalog(Node(node.value, rel, node.line, "", errors), language.code) if node else None
        problems = [str(e) for e in errors]
        if catalog is not None:
            wanted_messages = messages if messages is not None else set(catalog.messages)
            problems += check_catalog(english_texts, wanted_messages, catalog, rel)
            done = len(english_texts & catalog.texts.keys()) + len(wanted_messages & catalog.messages.keys())
            out.append(LanguageCheck(language, done, len(english_texts) + len(wanted_messages), problems))
        else:
            out.append(LanguageCheck(language, 0, 0, problems))
    return out


def updated_catalog(rules: Path, language: str, english_texts: set[str]) -> dict[str, object]:
    """The language file's content with every current English key: translations kept, new
    keys empty (the check fails until they are filled), obsolete keys dropped."""
    errors: list[RulePackError] = []
    path = rules / "i18n" / f"{language}.yaml"
    node = read_node(rules, f"i18n/{language}.yaml", errors) if path.exists() else None
    old = read_catalog(node, language) if node is not None else Catalog(language=language)
    messages = engine_messages() or set(old.messages)
    return {
        "language": language,
        "name": old.name if old.name != "English" else language,
        "review": old.review or "Not yet reviewed by a clinician.",
        "texts": {k: old.texts.get(k, "") for k in sorted(english_texts)},
        "messages": {k: old.messages.get(k, "") for k in sorted(messages)},
    }
