"""Languages of the rule pack: clinician-facing texts looked up by their English text.

`rules/i18n/<lang>.yaml` holds, for one language, every clinician-facing text of the pack
(`texts`) and the sentences the engine composes itself (`messages`), each keyed by its
English original. Keys are the English texts, so that reordering rules never breaks a
translation and an English text that changes shows up as a missing translation.
`rules check` fails when a shipped language misses a key, a placeholder differs, or a
translation's numbers and units differ from its English original's (`translation_numbers.py`).

Each loaded pack carries its own `Catalog` (`pack.catalog`); there is no process-wide
language. Code that composes a sentence for a pack calls `pack.catalog.msg(english, ...)`;
code that reads a file before it knows the pack keeps a `Sentence` and lets its caller put
it into the pack's language.
"""

from __future__ import annotations

import re
from dataclasses import field

from ..record import mutable_record

PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*(?::[a-z0-9_]+)?\}")  # {name}, or {dose:id} (doses.py)
ENGLISH = "en"
LANGUAGE_CODES = ("en", "fr", "es", "pt")  # the languages the app ships
PSEUDO = "pseudo"  # long, accented text: shows clipped or untranslated strings on screen


@mutable_record
class Catalog:
    language: str = ENGLISH
    name: str = "English"
    review: str = ""
    texts: dict[str, str] = field(default_factory=dict)
    messages: dict[str, str] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)  # English texts the pack asked for

    def text(self, english: str) -> str:
        self.used.add(english)
        if self.language == PSEUDO:
            return pseudo(english)
        return self.texts.get(english) or english  # not (yet) translated: English, never blank

    def message(self, english: str) -> str:
        if self.language == PSEUDO:
            return pseudo(english)
        return self.messages.get(english) or english

    def msg(self, english: str, **values: object) -> str:
        """An engine sentence in this language, with its placeholders filled."""
        return self.message(english).format(**values)


ACCENTS = str.maketrans("aeiouycnsAEIOUYCNS", "àéîõüÿçñšÀÉÎÕÜŸÇÑŠ")


def pseudo(text: str) -> str:
    """Pseudo-localisation: every letter accented, 40% longer, bracketed; placeholders kept."""
    parts = PLACEHOLDER.split(text)
    keys = PLACEHOLDER.findall(text)
    out = parts[0].translate(ACCENTS)
    for key, part in zip(keys, parts[1:], strict=True):
        out += key + part.translate(ACCENTS)
    pad = "·" * max(2, len(text) * 2 // 5)
    return f"⟦{out}{pad}⟧"


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


NO_TRANSLATION = Catalog()  # English as written: sentences of no pack, or of a pack being loaded


class Sentence:
    """An engine sentence kept in English with its values, put into a language only when shown
    (by the reader of a file, which knows the pack: see `safe_read.DataError`). Values that are
    sentences themselves are shown in the same language."""

    __slots__ = ("english", "values")

    def __init__(self, english: str, **values: object) -> None:
        self.english = english
        self.values = values

    def text(self, catalog: Catalog = NO_TRANSLATION) -> str:
        values = {k: v.text(catalog) if isinstance(v, Sentence) else v for k, v in self.values.items()}
        return catalog.msg(self.english, **values)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Sentence({self.english!r}, **{self.values!r})"
