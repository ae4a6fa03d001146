"""The few HTML pieces every report uses."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Protocol

from .words import Words


class Cited(Protocol):
    """A source as the rule pack and the plan both hold it (rules/sources.yaml)."""

    @property
    def short(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str | None: ...
    @property
    def confirmed(self) -> bool: ...
    @property
    def note(self) -> str | None: ...


def tag(name: str, text: str) -> str:
    """`text`, escaped, in an HTML element: tag("h3", "Why") is <h3>Why</h3>."""
    return f"<{name}>{escape(text)}</{name}>"


def citation(sources: Mapping[str, Cited], sid: str, words: Words) -> str:
    """A source in full: id, title, link, and whether it is confirmed against the primary text."""
    source = sources.get(sid)
    if source is None:
        return escape(sid)
    text = f"<b>[{escape(sid)}]</b> {escape(source.title)}"
    if source.url:
        text += f' <a href="{escape(source.url)}">{escape(source.url)}</a>'
    if not source.confirmed:
        text += " <b>[" + escape(words.tr("UNCONFIRMED")) + "]</b>"
    if source.note:
        text += f" <i>{escape(source.note)}</i>"
    return text


def short_refs(sources: Mapping[str, Cited], ids: tuple[str, ...]) -> str:
    """Sources by their short names, escaped: "JOS 2019; Hadji 2013"."""
    names = [sources[s].short if s in sources else s for s in ids]
    return escape("; ".join(names))
