"""What any data file may hold, YAML and JSON alike: its size and encoding, its characters
and its numbers; and `DataError`, which names a refusal (see `safe_read`, the one reader).

A reason is kept as an English `Sentence` with its values: the reader knows no language,
and whoever reads the file for a pack shows it in the pack's (`DataError.text(catalog)`).
"""

from __future__ import annotations

import math
import re

from .catalog import NO_TRANSLATION, Catalog, Sentence

MAX_BYTES = 2_000_000
MAX_DEPTH = 32  # the rule pack nests 11 levels at most, case files and drafts fewer
MAX_DIGITS = 12  # no answer or rule needs more; Python refuses int() past 4,300 digits
# C0 controls but tab, newline and CR; DEL; C1; text-direction marks, overrides and
# isolates (they make text read differently from what it holds); lone surrogates
REFUSED_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
PLAIN_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][-+]?[0-9]+)?")
PLAIN_BOOL = re.compile(r"true|True|TRUE|false|False|FALSE")
# what YAML 1.1 (or 1.2) would also read as a number: refused rather than guessed at
OTHER_NUMBER = re.compile(
    r"[-+]?(?:0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
    r"|[0-9][0-9_]*\.?[0-9_]*(?:[eE][-+]?[0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF))"
    r"|\.(?:nan|NaN|NAN)"
)


class DataError(Exception):
    """A data file refused: `line` (YAML, or a JSON syntax error) or `field` (JSON) says where.
    `reason` is a `Sentence`, or plain text (PyYAML's words); `message` and `str()` are English."""

    def __init__(self, line: int | None, reason: str | Sentence, field: str = "") -> None:
        self.line, self.reason, self.field = line, reason, field
        self.message = self.text()
        super().__init__(self.text(where=True))

    def text(self, catalog: Catalog = NO_TRANSLATION, where: bool = False) -> str:
        """The reason in `catalog`'s language, after the line or field with `where`."""
        at = (f"line {self.line}: " if self.line else f"{self.field}: " if self.field else "") if where else ""
        return at + (self.reason.text(catalog) if isinstance(self.reason, Sentence) else self.reason)



def short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def text_problem(text: str) -> Sentence | None:
    """Why `text` may not be in a data file (a control or text-direction character), if so."""
    found = REFUSED_CHARS.search(text)
    if found is None:
        return None
    code = f"U+{ord(found.group()):04X}"
    return Sentence("character {code} is not allowed in text (a control or text-direction character)", code=code)


def number_problem(text: str) -> Sentence | None:
    """Why the plain (unquoted) `text` is refused as a number, if it is: the one check of YAML
    and JSON numbers. None for plain decimals of sane size and for what is not a number."""
    if PLAIN_INT.fullmatch(text) or PLAIN_FLOAT.fullmatch(text):
        return size_problem(text)
    if OTHER_NUMBER.fullmatch(text):
        return form_problem(text)
    return None


def size_problem(number: str) -> Sentence | None:
    digits = len(re.split(r"[.eE]", number.lstrip("+-"))[0])
    if digits > MAX_DIGITS or not math.isfinite(float(number)):
        return Sentence("{value} is too large a number (at most {count} digits)", value=short(number), count=MAX_DIGITS)
    return None


def form_problem(number: str) -> Sentence:
    return Sentence(
        "{value} is not a plain decimal number: write it like 74 or 7.5, or quote it if it is text",
        value=short(number),
    )



def decoded(text: str | bytes) -> str:
    """The file's text, if it is of a sane size and UTF-8 (the first check of YAML and JSON)."""
    if len(text) > MAX_BYTES:
        raise DataError(None, f"file is larger than {MAX_BYTES // 1_000_000} MB")
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError:
            raise DataError(None, Sentence("the file is not UTF-8 text")) from None
    return text
