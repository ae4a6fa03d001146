"""The one place that marks a plan from an unsigned rule pack (authoring mode, see
desktop/engine/pack/trust.py): every printout starts with it, and the window shows the same words."""

from __future__ import annotations

from html import escape

from desktop.engine.plan.plan import Plan

from .words import Words


def unsigned_text(words: Words) -> str:
    return words.tr("UNSIGNED: not for clinical use")


def unsigned_banner(plan: Plan, words: Words) -> str:
    """A boxed line for the top of a printout of a plan from an unsigned pack ("" if signed)."""
    if not plan.unsigned:
        return ""
    note = words.tr("This rule pack is not signed by a trusted key: it is for writing and testing rule packs only.")
    return (f"<table width='100%' cellspacing='0' cellpadding='6' border='3'><tr><td><b>"
            f"{escape(unsigned_text(words))}</b><br>{escape(note)}</td></tr></table>")
