"""Site profiles: the choices a site makes where the sources disagree."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import RulePackError, RulePackErrors
from .model import RulePack
from .packfiles import read_node
from .schema import Node, describe
from .site_model import Availability, Profile

PROFILE_FORMAT = "ovcf-profile/1"


def read_profile(node: Node, pack: RulePack, rel: str, sha256: str = "") -> Profile | None:
    """Validate one profile against the pack's parameters; errors go on `node`."""
    required = {"format", "id", "name", "region", "description", "parameters"}
    if not node.is_mapping(required, {"availability", "clinic"}):
        return None
    if node.get("format").value != PROFILE_FORMAT:
        node.get("format").error(f"this app reads profiles of format {PROFILE_FORMAT}")
    values: dict[str, object] = {}
    params = node.get("parameters")
    if isinstance(params.value, dict):
        for name, value_node in params.items():
            param = pack.parameters.get(name)
            if param is None or param.fixed is not None:
                choosable = ", ".join(p.id for p in pack.parameters.values() if p.fixed is None)
                value_node.error(f"unknown parameter (a profile sets: {choosable})")
                continue
            value = value_node.value
            right_type = isinstance(value, str) if param.kind == "choice" else type(value) is int
            if not right_type or param.option(value) is None:
                allowed = ", ".join(str(o.value) for o in param.options)
                value_node.error(f"{describe(value)} is not an option (allowed: {allowed})")
                continue
            values[name] = value
        for param in pack.parameters.values():
            if param.fixed is None and param.id not in params.value:
                options = ", ".join(str(o.value) for o in param.options)
                params.error(f"missing parameter '{param.id}' (options: {options})")
    else:
        params.error("expected a mapping of parameter: value")
    clinic_name, clinic_phone = read_clinic(node) if node.has("clinic") else ("", "")
    return Profile(
        clinic_name=clinic_name,
        clinic_phone=clinic_phone,
        availability=read_site(node, pack) if node.has("availability") else {},
        id=node.get("id").text(),
        name=node.get("name").words(),  # a pack's profiles are translated; a site's own file is as written
        region=node.get("region").words(),
        description=node.get("description").words(),
        parameters=values,
        file=rel,
        sha256=sha256,
    )


def read_clinic(node: Node) -> tuple[str, str]:
    """The site's name and phone number, as the handout and letters give them to the patient."""
    clinic = node.get("clinic")
    if not clinic.is_mapping(set(), {"name", "phone"}):
        return "", ""
    name = clinic.get("name").text() if clinic.has("name") else ""
    phone = clinic.get("phone").text() if clinic.has("phone") else ""
    return name, phone


STATES = ("on_site", "not_available")


def read_site(node: Node, pack: RulePack) -> dict[str, Availability]:
    """The profile's availability: resource -> on_site | not_available | {referral: centre}."""
    out: dict[str, Availability] = {}
    given = node.get("availability")
    if not isinstance(given.value, dict):
        given.error(f"expected a mapping of resource: state, got {describe(given.value)}")
        return out
    for rid, value in node.get("availability").items():
        resource = pack.resources.get(rid)
        if resource is None:
            value.error(f"unknown resource (resources: {', '.join(pack.resources)})")
            continue
        if isinstance(value.value, dict):
            if value.is_mapping({"referral"}):
                out[rid] = Availability("referral", value.get("referral").text())
            continue
        state = value.one_of(STATES)
        if state == "not_available" and resource.essential:
            value.error("an urgent referral needs a place: give {referral: <centre>} instead of not_available")
            continue
        if state:
            out[rid] = Availability(state)
    return out


def resolve_profile(pack: RulePack, spec: str | None) -> Profile:
    """The profile named by `spec`: a profile file, the id of one in the pack, or the default."""
    if spec is None:
        return pack.profiles[pack.default_profile]
    try:
        is_file = Path(spec).is_file()
    except OSError:  # e.g. a name too long for the file system: not a file
        is_file = False
    if is_file:
        return load_profile_file(pack, spec)
    if spec in pack.profiles:
        return pack.profiles[spec]
    known = ", ".join(sorted(pack.profiles))
    raise RulePackErrors([RulePackError(spec, None, "", f"no such profile file, and not a profile id ({known})")])


def load_profile_file(pack: RulePack, path: str | Path) -> Profile:
    """Load a site profile from any file (e.g. `plan --profile FILE`); raise if invalid."""
    path = Path(path)
    errors: list[RulePackError] = []
    node = read_node(path.parent, path.name, errors)
    profile = read_profile(node, pack, path.name) if node else None
    if errors or profile is None:
        raise RulePackErrors(errors or [RulePackError(path.name, None, "", "invalid profile")])
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise RulePackErrors([RulePackError(path.name, None, "", f"cannot be read: {exc.strerror}")]) from None
    return Profile(**{**profile.__dict__, "file": str(path), "sha256": digest})
