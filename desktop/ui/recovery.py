"""At start: offer every draft that a session which crashed or was killed left behind.

Each is offered in turn, naming the patient and when it was saved; the user restores it,
keeps it for the next start, or discards it. A draft that cannot be restored is never
deleted: it is set aside under a name that is not offered again, and the user is told where.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.engine import CaseErrors
from desktop.engine.pack.model import RulePack
from desktop.session.case_session import CaseSession

from . import dialogs
from .drafts import DraftStore, Leftover, UnreadableDraft, read_draft
from .i18n import fmt_date, tr


def shown(value: Any, limit: int = 60) -> str:
    """A draft's text made safe to show: no control or direction-override characters, short."""
    text = "".join(c for c in str(value) if unicodedata.category(c) not in ("Cc", "Cf", "Cs"))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_draft(pack: RulePack, draft: dict[str, Any]) -> str:
    """Whose answers these are: the patient's name if given, else the rest of the pack's patient
    line (age and sex, say: rules/pack.yaml `patient`); and the file."""
    answers = draft.get("answers") if isinstance(draft.get("answers"), dict) else {}
    assert isinstance(answers, dict)
    name = pack.patient.name
    parts = [shown(answers[name])] if name and isinstance(answers.get(name), str) and shown(answers[name]) else []
    if not parts:
        for qid in pack.patient.line:
            value = answers.get(qid)
            if qid != name and isinstance(value, (str, int, float)) and not isinstance(value, bool):
                parts.append(shown(pack.question(qid).display(value)))
    if not parts:
        parts.append(tr("no patient details yet"))
    path = draft.get("path")
    parts.append(shown(path.replace("\\", "/").rsplit("/", 1)[-1]) if isinstance(path, str) and path
                 else tr("a new case"))
    return ", ".join(parts)


def saved_time(draft: dict[str, Any]) -> str:
    """When the draft was last written, the interface's way ("21 Nov 2026 10:15")."""
    saved = draft.get("saved")
    try:
        when = datetime.fromisoformat(saved) if isinstance(saved, str) else None
    except ValueError:
        when = None
    if when is None:
        return shown(saved) if saved else tr("an unknown time")
    return f"{fmt_date(when.date())} {when:%H:%M}"


def offer_drafts(window: QWidget, session: CaseSession, reload: Callable[[], None]) -> bool:
    """Offer each leftover draft in turn; True if one was restored into `session` (then
    `reload` shows its answers)."""
    drafts = session.drafts
    if not isinstance(drafts, DraftStore):
        return False
    restored = False
    for leftover in drafts.leftovers():
        restored = _offer(window, session, reload, drafts, leftover, can_restore=not restored) or restored
    return restored


def _offer(window: QWidget, session: CaseSession, reload: Callable[[], None], drafts: DraftStore,
           leftover: Leftover, can_restore: bool) -> bool:
    try:
        draft = read_draft(leftover.path)
    except UnreadableDraft as exc:
        _set_aside(window, drafts, leftover, exc.reason)
        return False
    choice = dialogs.ask_restore(window, saved_time(draft), describe_draft(session.planner.pack, draft), can_restore)
    if choice == "discard":
        drafts.discard(leftover)
        return False
    if choice != "restore":
        drafts.keep(leftover)
        return False
    try:
        session.restore(draft)
        reload()
    except CaseErrors as exc:  # nothing was changed
        _set_aside(window, drafts, leftover, "; ".join(str(e) for e in exc.errors[:5]))
        return False
    except Exception as exc:  # a draft must never stop the app: start from an empty case instead
        session.new()
        reload()
        _set_aside(window, drafts, leftover, f"{type(exc).__name__}: {str(exc)[:200]}")
        return False
    try:
        drafts.adopt(leftover)  # from now on it is this window's draft
    except OSError:
        drafts.keep(leftover)  # left where it was: the restored answers are autosaved in this window's slot
    return True


def _set_aside(window: QWidget, drafts: DraftStore, leftover: Leftover, reason: str) -> None:
    try:
        kept = str(drafts.set_aside(leftover))
        where = tr("Nothing was deleted: it was kept as {file} and will not be offered again.").format(file=kept)
    except OSError as exc:
        drafts.keep(leftover)
        where = tr("Nothing was deleted: it stays as {file} ({error}).").format(
            file=str(leftover.path), error=exc.strerror)
    dialogs.error(window, tr("Draft not restored"),
                  tr("An autosaved draft could not be restored: {reason}.").format(reason=shown(reason, 300)), where)
