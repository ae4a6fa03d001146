"""The wizard's part of the rule pack: questions, their choices and pages (rules/questions.yaml)."""

from __future__ import annotations

from typing import Any

from ..record import record
from .compiled import Condition, Ctx


@record
class TextPart:
    text: str
    sources: tuple[str, ...] = ()
    when: Condition | None = None


@record
class Choice:
    id: str
    label: str
    help: str | None = None


@record
class Replacement:
    """A field of an older case format that a question replaces: read, mapped, then dropped."""

    field: str  # e.g. safety.low_calcium
    label: str
    formats: tuple[str, ...]  # the case formats that carry the old field
    values: tuple[tuple[Any, str], ...]  # (old value, new choice); old None: absent or unknown
    note: str = ""  # on the plan when a known value was mapped: {old_question}, {old}, {question}, {new}


@record
class AnswerWords:
    """How an answer with no words of its own reads, in the pack's language."""

    unknown: str = "unknown"
    yes: str = "yes"
    no: str = "no"
    none: str = "none"


# When a follow-up visit asks a question again: `ask` at every visit, starting from the last
# visit's answer; `ask_empty` at every visit, starting empty (the last answer shown beside it:
# pain is given afresh); `keep` only while it is unknown.
ASKED_EMPTY = "ask_empty"
FOLLOW_UP = ("ask", ASKED_EMPTY, "keep")
ASKED_AGAIN = ("ask", ASKED_EMPTY)


@record
class Question:
    """One question of the wizard."""
    id: str
    page: str
    kind: str
    label: str
    help: str
    sources: tuple[str, ...]
    required: bool = False
    nullable: bool = False
    unit: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Choice, ...] = ()
    min_count: int = 0
    max_length: int | None = None
    default: Any = None
    not_after: str | None = None
    not_before: str | None = None
    applies_when: Condition | None = None
    valid_only_when: Condition | None = None
    # a required, nullable question may be left unknown only when this holds (other red flags,
    # once a neurological deficit already sends the patient to surgery)
    required_unless: Condition | None = None
    if_unknown: str | None = None
    warnings: tuple[TextPart, ...] = ()
    short: str | None = None
    null_label: str | None = None
    follow_up: str = "keep"  # one of FOLLOW_UP
    grid: tuple[tuple[str, ...], ...] = ()  # how the wizard lays out the choices: rows of choice ids
    in_sentence: str | None = None  # how another question's message names this one
    null_choice: str | None = None  # the choice that means "not known": read as unknown (null)
    replaces: Replacement | None = None
    line: int | None = None
    words: AnswerWords = AnswerWords()

    def applies(self, ctx: Ctx) -> bool:
        """Whether the wizard asks this question of the case in `ctx` (`applies_when`)."""
        return self.applies_when is None or self.applies_when.fn(ctx)

    def needed(self, ctx: Ctx) -> bool:
        """Whether an answer is needed before the plan (unknown is then not an answer)."""
        if not self.required:
            return False
        if not self.nullable:
            return self.default is None
        return self.required_unless is not None and not self.required_unless.fn(ctx)

    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def choice_label(self, choice_id: str) -> str:
        return next((c.label for c in self.choices if c.id == choice_id), choice_id)

    def display(self, value: Any) -> str:
        """An answer as a clinician reads it."""
        if value is None:
            return self.null_label or self.words.unknown
        if isinstance(value, bool):
            return self.words.yes if value else self.words.no
        if isinstance(value, list):
            return ", ".join(self.choice_label(v) for v in value) or self.words.none
        if self.kind == "choice":
            return self.choice_label(value)
        if hasattr(value, "isoformat"):
            return str(value.isoformat())
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return f"{value} {self.unit}" if self.unit else str(value)


@record
class Page:
    """One page of the wizard."""
    id: str
    title: str
    intro: str
