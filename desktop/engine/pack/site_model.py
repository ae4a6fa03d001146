"""A site as the rule pack models it: the parameters where sources disagree, the resources a site
may lack, their alternatives, and site profiles (rules/parameters.yaml, availability.yaml,
profiles/)."""

from __future__ import annotations

from dataclasses import field
from typing import Any

from ..record import record


@record
class ParamOption:
    value: Any
    label: str
    sources: tuple[str, ...]


@record
class Parameter:
    """A choice where the sources disagree (set by the site profile) or a fixed constant."""

    id: str
    label: str
    kind: str  # integer | choice
    options: tuple[ParamOption, ...] = ()
    fixed: Any = None
    disagreement: str | None = None
    sources: tuple[str, ...] = ()

    def option(self, value: Any) -> ParamOption | None:
        return next((o for o in self.options if o.value == value), None)


@record
class Resource:
    """A drug, formulation, procedure or service a site may have (rules/availability.yaml)."""

    id: str
    label: str
    essential: bool = False


@record
class AvailabilityOption:
    resource: str
    text: str | None = None  # replaces the item's detail when this alternative is used
    sources: tuple[str, ...] = ()
    handout: str | None = None  # replaces the item's line on the patient handout
    max_days: int | None = None  # this form's course is shorter: the window ends at most this long after its start


@record
class Availability:
    """Whether a resource is on site, by referral, or not available."""
    state: str  # on_site | referral | not_available
    centre: str = ""


ON_SITE = Availability("on_site")


@record
class Profile:
    """A site profile: parameter values and resource availability."""
    id: str
    name: str
    region: str
    description: str
    parameters: dict[str, Any]
    file: str = ""
    sha256: str = ""
    availability: dict[str, Availability] = field(default_factory=dict)
    clinic_name: str = ""  # for the patient handout and letters (profile `clinic:`), "" if not given
    clinic_phone: str = ""

    def has(self, resource: str) -> Availability:
        return self.availability.get(resource, ON_SITE)
