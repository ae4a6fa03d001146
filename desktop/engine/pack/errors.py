"""Errors raised by the engine, each naming where the problem is."""

from __future__ import annotations


class EngineError(Exception):
    """Base class for every error the engine reports to a user."""


class RulePackError(EngineError):
    """The rule pack (or a site profile) is invalid; the app must not compute a plan from it."""

    def __init__(self, file: str, line: int | None, field: str, message: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {field}: {message}" if field else f"{where}: {message}")


class RulePackErrors(EngineError):
    """Several problems found in one pass over the rule pack."""

    def __init__(self, errors: list[RulePackError]) -> None:
        self.errors = errors
        lines = [str(e) for e in errors]
        super().__init__(
            f"invalid rule pack ({len(errors)} problem{'s' if len(errors) != 1 else ''}):\n  "
            + "\n  ".join(lines)
        )


class CaseError(EngineError):
    """One field of a case (the patient's answers) is invalid; `missing` if it is only unanswered."""

    def __init__(self, field: str, message: str, missing: bool = False) -> None:
        self.field = field
        self.message = message
        self.missing = missing
        super().__init__(f"{field}: {message}" if field else message)


class CaseErrors(EngineError):
    """Every invalid field of a case, so the user can fix them all at once."""

    def __init__(self, errors: list[CaseError]) -> None:
        self.errors = errors
        super().__init__("invalid case:\n  " + "\n  ".join(str(e) for e in errors))
