"""A translation carries exactly the numbers and units of its English original (V2.10 #6).

A dose changed in one language alone ("70 mg" -> "700 mg" in French) must not pass: every
number and every unit of a text, taken as a multiset, is compared with its English original's.
Numbers are read as values, so the writing conventions of the languages agree: a decimal comma
("0,5") is 0.5, a thousands separator ("1,200", "1.200", "1 200", with a space, a no-break
space or a narrow one) is dropped, a minus sign is "-" or U+2212 before a digit (not the hyphen of
a range: "800-1000" is two numbers). Units are read with their spellings in the pack's
languages (IU is UI in French, Spanish and Portuguese; µg is also μg or mcg); time words (days,
weeks) are words, not units, and placeholders ({end}) are not text.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal, InvalidOperation

from .catalog import PLACEHOLDER

SPACES = " \u00a0\u202f"  # a space, a no-break space, a narrow no-break space
# a run of digits with separators inside it; a leading minus only where it is not a hyphen
NUMBER = re.compile(r"(?<![\w.,])[-\u2212](?=\d)\d[\d.,\u00a0\u202f ]*|\d[\d.,\u00a0\u202f ]*")
GROUPED = re.compile(r"[1-9]\d{0,2}(?:([.,\u00a0\u202f ])\d{3})+")  # 1,200  1.200  1 200  12 500 000

# each unit's spellings -> its canonical name (longest spellings are tried first)
UNITS: dict[str, str] = {
    "mL/min/1.73 m²": "mL/min/1.73m2", "mL/min/1,73 m²": "mL/min/1.73m2",
    "mL/min": "mL/min", "ml/min": "mL/min", "µmol/L": "µmol/L", "μmol/L": "µmol/L",
    "mmol/L": "mmol/L", "mg/dL": "mg/dL", "mg/dl": "mg/dL", "ng/mL": "ng/mL", "ng/ml": "ng/mL",
    "nmol/L": "nmol/L", "g/mol": "g/mol", "kg/m²": "kg/m2", "kg/m2": "kg/m2",
    "mg": "mg", "µg": "µg", "μg": "µg", "mcg": "µg", "kg": "kg", "g": "g", "mL": "mL", "ml": "mL",
    "IU": "IU", "UI": "IU", "%": "%",
}
_UNIT = re.compile(
    # not inside a word (letters on either side), nor the tail of a longer unit ("ng/mL")
    r"(?<![^\W\d_])(?<!/)(" + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    + r")(?![^\W\d_])"
)


def _value(token: str) -> str:
    """One number token as a canonical value ("1,200" -> "1200", "0,5" -> "0.5")."""
    sign = "-" if token[0] in "-\u2212" else ""
    body = token.lstrip("-\u2212")
    grouped = GROUPED.fullmatch(body)
    if grouped and len({c for c in body if not c.isdigit()}) == 1:
        body = "".join(c for c in body if c.isdigit())
    else:
        body = body.replace(",", ".")
    try:
        number = Decimal(body)
    except InvalidOperation:
        return sign + body
    text = format(number.normalize(), "f")
    return sign + text


def _numbers(text: str) -> list[str]:
    out: list[str] = []
    for match in NUMBER.finditer(text):
        token = match.group().rstrip(".," + SPACES)
        # spaces separate numbers unless they group thousands ("1 200"): split on the others
        parts = [token]
        if any(c in token for c in SPACES) and not GROUPED.fullmatch(token.lstrip("-\u2212")):
            parts = [p.rstrip(".,") for p in re.split(f"[{SPACES}]+", token) if p.strip(".,")]
        out += [_value(p) for p in parts]
    return out


def numbers_and_units(text: str) -> Counter[str]:
    """The multiset of a text's numbers (as values) and units (by canonical name)."""
    text = PLACEHOLDER.sub(" ", text)
    units = [UNITS[m.group(1)] for m in _UNIT.finditer(text)]
    # a unit's own digits ("1.73 m²", "kg/m2") are part of the unit, not numbers of the text
    bare = _UNIT.sub(" ", text)
    return Counter(_numbers(bare)) + Counter(units)


def describe(found: Counter[str]) -> str:
    return ", ".join(sorted(found.elements())) or "none"


def number_mismatch(english: str, translated: str) -> str | None:
    """What differs between the numbers and units of `translated` and of its `english`
    original (None when they are the same multiset)."""
    want, got = numbers_and_units(english), numbers_and_units(translated)
    if want == got:
        return None
    missing, extra = want - got, got - want
    parts = []
    if missing:
        parts.append(f"missing {describe(missing)}")
    if extra:
        parts.append(f"not in English {describe(extra)}")
    return "; ".join(parts)
