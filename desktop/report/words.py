"""The reader's language for a report: how interface strings are translated and dates written.

Report modules write `words.tr("English text {placeholder}")`: pyside6-lupdate files every
such string under the translation context "words" (scripts/update-translations scans
desktop/report/), and the UI's `Words` translates in that context.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date as Date

from desktop.engine.record import record


def iso(value: Date | None) -> str:
    return "" if value is None else value.isoformat()


def same(text: str) -> str:
    return text


@record
class Words:
    tr: Callable[[str], str] = same  # an interface string in the reader's language
    date: Callable[[Date | None], str] = iso  # "21 Nov 2026": never an all-numeric date on screen or paper
    long_date: Callable[[Date | None], str] = iso  # "21 November 2026", for the patient handout


ENGLISH = Words()  # untranslated, ISO dates: for tests and tools
