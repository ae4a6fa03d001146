"""Help > About: versions, rule pack fingerprint and signature, trusted keys, acknowledged packs, site
profile, languages, every source."""

from __future__ import annotations

from html import escape

from desktop import __version__
from desktop.engine.pack.i18n import Language
from desktop.engine.pack.model import RulePack
from desktop.engine.pack.pack_record import Acknowledgement
from desktop.engine.pack.site_model import Profile
from desktop.engine.pack.trust import PackTrust, TrustedKey
from desktop.engine.plan.plan import ProfileChoice, SiteResource, Source
from desktop.engine.record import record

from .banner import unsigned_text
from .html import citation, tag
from .site import missing_html, profile_title
from .words import Words


@record
class TrustView:
    """What About says of the rule pack's signature: how it was opened, the keys trusted here
    (shipped with the app, or the site's own), and who acknowledged which pack, when."""

    trust: PackTrust
    keys: tuple[TrustedKey, ...] = ()
    acknowledged: tuple[Acknowledgement, ...] = ()
    key_folder: str = ""  # where a site adds its own keys


def trust_html(view: TrustView, words: Words) -> str:
    how = view.trust
    if how.signed and how.key is not None:
        state = words.tr("Signed on {date} by key {key} ({origin}).").format(
            date=how.signed_on, key=how.key.fingerprint, origin=_origin(how.key.origin, words))
    else:
        state = f"<b>{escape(unsigned_text(words))}</b> " + escape(how.problem.splitlines()[-1].strip())
    keys = "".join(f"<li><tt>{escape(k.fingerprint)}</tt> ({escape(_origin(k.origin, words))}): "
                   f"{escape(k.key.comment)} <span>{escape(k.path)}</span></li>" for k in view.keys)
    acks = "".join(
        "<li>" + escape(words.tr("{id} {version}, acknowledged by {who} on {when} (key {key}; before: {previous})")
                        .format(id=a.id, version=a.version, who=a.who, when=a.acknowledged_at, key=a.key,
                                previous=a.previous or "-")) + "</li>"
        for a in reversed(view.acknowledged))
    add = words.tr("A site adds its own trusted key (minisign .pub file) to {folder}.").format(folder=view.key_folder)
    return (tag("h3", words.tr("Rule pack signature")) + f"<p>{state}</p>"
            + tag("h3", words.tr("Trusted keys (fingerprint = minisign key id)")) + f"<ul>{keys}</ul>"
            + (f"<p>{escape(add)}</p>" if view.key_folder else "")
            + tag("h3", words.tr("Rule packs acknowledged on this computer"))
            + (f"<ul>{acks}</ul>" if acks else tag("p", words.tr("None yet."))))


def _origin(origin: str, words: Words) -> str:
    return {"shipped": words.tr("shipped with the app"), "site": words.tr("added by this site")}.get(origin, origin)


def about_html(pack: RulePack, profile: Profile, choices: tuple[ProfileChoice, ...], site: tuple[SiteResource, ...],
               sources: dict[str, Source], languages: list[Language], words: Words,
               trust: TrustView | None = None) -> str:
    """`choices`, `site` and `sources` as the planner has them for this profile (Planner.choices...);
    `trust` as the app opened the pack (signature, trusted keys, acknowledgements)."""
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
        + (trust_html(trust, words) if trust is not None else "")
        + tag("h3", f"{profile_title(profile.name, words)} ({profile.region})")
        + f"<p>{escape(profile.description)}</p><ul>{chosen}</ul>{not_on_site}"
        + tag("h3", words.tr("Languages and their review status")) + f"<ul>{listed}</ul>"
        + tag("h3", sources_title) + f"<ul>{cited}</ul>"
    )
