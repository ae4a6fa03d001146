"""The `dose` operator of `rules mutate` (mutants.py): a dose of rules/doses.yaml with its amount
times 10, its interval doubled or its period swapped (weekly for daily...), and, for a text
that still writes a number with a unit, that number changed (an amount times 10, an interval
times 2) or its frequency word swapped. Each edit is (line, change, start, end, new text)."""

from __future__ import annotations

import re

from ..pack.doses import DOSES_FILE

__all__ = ["DOSES_FILE", "dose_file_edits", "text_dose_edits"]

Edit = tuple[int, str, int, int, str]

_AMOUNT_UNITS = r"mg|mcg|µg|micrograms?|g|IU|UI|units?|unités|unidades|mL|ml"
_INTERVAL_UNITS = (r"days?|weeks?|months?|years?|hours?|jours?|semaines?|mois|ans|années|días|semanas|meses|"
                   r"años|dias|anos")
_DOSE_NUMBER = re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)(\s?)({_AMOUNT_UNITS}|{_INTERVAL_UNITS})\b")
_FREQUENCY = {"once weekly": "once daily", "once daily": "once weekly", "daily": "weekly", "weekly": "daily",
              "monthly": "weekly", "yearly": "monthly"}
_FREQUENCY_WORD = re.compile(r"\b(once weekly|once daily|daily|weekly|monthly|yearly)\b")
_DOSE_AMOUNT = re.compile(r"(?<![\w.])(amount\s*:\s*)(\d+(?:\.\d+)?)")
_DOSE_EVERY = re.compile(r"(every\s*:\s*\[\s*)(\d+)(\s*,\s*)(day|week|month|year)(\s*\])")
_PERIOD_SWAP = {"week": "day", "day": "week", "month": "week", "year": "month"}


def _sub(line: str, match: re.Match[str], group: int, new: str) -> str:
    return line[:match.start(group)] + new + line[match.end(group):]


def text_dose_edits(lines: list[str], number: int, offset: int) -> list[Edit]:
    out: list[Edit] = []
    line = lines[number]
    for m in _DOSE_NUMBER.finditer(line, offset):
        amount = re.fullmatch(_AMOUNT_UNITS, m.group(3)) is not None
        new = f"{float(m.group(1).replace(',', '.')) * (10 if amount else 2):g}"
        new = new.replace(".", ",") if "," in m.group(1) else new
        out.append((number + 1, f"dose {'amount' if amount else 'interval'} {m.group(1)} {m.group(3)} -> "
                    f"{new} {m.group(3)}", number, number + 1, _sub(line, m, 1, new)))
    for m in _FREQUENCY_WORD.finditer(line, offset):
        new = _FREQUENCY[m.group(1)]
        out.append((number + 1, f"dose interval '{m.group(1)}' -> '{new}'", number, number + 1, _sub(line, m, 1, new)))
    return out


def dose_file_edits(lines: list[str]) -> list[Edit]:
    """The doses of rules/doses.yaml (not its label limits, the reference they are checked against)."""
    out: list[Edit] = []
    in_doses = False
    for number, line in enumerate(lines):
        if not line.startswith((" ", "#")):
            in_doses = line.startswith("doses:")
        if not in_doses or line.lstrip().startswith("#"):
            continue
        for m in _DOSE_AMOUNT.finditer(line):
            new = f"{float(m.group(2)) * 10:g}"
            out.append((number + 1, f"dose amount {m.group(2)} -> {new}", number, number + 1, _sub(line, m, 2, new)))
        for m in _DOSE_EVERY.finditer(line):
            twice = str(int(m.group(2)) * 2)
            out.append((number + 1, f"dose interval every {m.group(2)} {m.group(4)} -> every {twice}", number,
                        number + 1, _sub(line, m, 2, twice)))
            period = _PERIOD_SWAP[m.group(4)]
            out.append((number + 1, f"dose period {m.group(4)} -> {period}", number, number + 1,
                        _sub(line, m, 4, period)))
    return out
