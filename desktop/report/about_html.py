"""Help > About: versions, rule pack fingerprint, site profile, languages, every source."""

from __future__ import annotations

from html import escape

from desktop import __version__
from desktop.engine.pack.i18n import Language
from desktop.engine.pack.model import RulePack
from desktop.engine.pack.site_model import Profile
from desktop.engine.plan.plan import ProfileChoice, SiteResource, Source

from .html import citation, tag
from .site import missing_html, profile_title
from .words import Words


def about_html(pack: RulePack, profile: Profile, choices: tuple[ProfileChoice, ...], site: tuple[SiteResource, ...],
               sources: dict[str, Source], languages: list[Language], words: Words) -> str:
    """`choices`, `site` and `sources` as the planner has them for this profile (Planner.choices...)."""
    chosen = "".join(f"<li>{escape(c.label)}: <b>{escape(c.choice)}</b></li>" for c in choices)
    listed = "".join(f"<li>{escape(lang.name)} ({escape(lang.code)}): {escape(lang.review)}</li>" for lang in languages)
    cited = "".join(f"<li>{citation(sources, s, words)}</li>" for s in sources)
    sources_title = words.tr("Sources ({count})").format(count=len(sources))
    not_on_site = ""
    if site:
        not_on_site = tag("p", words.tr("Not on site:")) + f"<ul>{missing_html(site, words, bold=False)}</ul>"
    return (
        f"<h2>OVCF Pathway {escape(__version__)}</h2><p>{escape(pack.disclaimer)}</p>"
        + tag("h3", words.tr("Rule pack"))
        + f"<p>{escape(pack.title)} {escape(pack.version)}<br>sha256 <tt>{escape(pack.sha256)}</tt><br>"
        + escape(words.tr("folder")) + f" {escape(pack.directory)}</p>"
        + tag("h3", f"{profile_title(profile.name, words)} ({profile.region})")
        + f"<p>{escape(profile.description)}</p><ul>{chosen}</ul>{not_on_site}"
        + tag("h3", words.tr("Languages and their review status")) + f"<ul>{listed}</ul>"
        + tag("h3", sources_title) + f"<ul>{cited}</ul>"
    )
