"""The site profile on a report: its choices where sources differ, and what the site lacks."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from desktop.engine.plan.plan import SiteResource

from .words import Words


def where(resource: SiteResource, words: Words) -> str:
    """How the site has something it lacks on site: by referral to a centre, or not at all."""
    if resource.state == "referral":
        return words.tr("by referral to {centre}").format(centre=resource.centre)
    return words.tr("not available")


def text_where(resource: SiteResource, msg: Callable[..., str]) -> str:
    """The same, for the text output (in the rule pack's language)."""
    if resource.state == "referral":
        return msg("by referral to {centre}", centre=resource.centre)
    return msg("not available")


def profile_title(name: str, words: Words) -> str:
    return words.tr("Site profile: {name}").format(name=name)


def missing_html(site: tuple[SiteResource, ...], words: Words, bold: bool = True) -> str:
    """One list entry per resource not on site: "<li>Kyphoplasty: <b>by referral to …</b></li>"."""
    b, end = ("<b>", "</b>") if bold else ("", "")
    return "".join(f"<li>{escape(r.label)}: {b}{escape(where(r, words))}{end}</li>" for r in site)
