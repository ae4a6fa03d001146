"""Site profiles: the same patient under three profiles differs exactly by the profiles' choices."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import case_data, edit, line_of
from desktop.engine import Planner, RulePack, RulePackErrors, load_rule_pack, validate_case
from desktop.engine.plan.plan import Plan
from engine.conftest import MINI_PACK

TODAY = date(2026, 11, 21)
# Day 67 after an L3 fracture: pain persisting, conservative care failed.
PATIENT = {"fracture.levels": ["L3"], "onset_date": "2026-09-15", "pain.persistent": True,
           "pain.conservative_failed": True}


def plan_under(pack: RulePack, profile: str) -> Plan:
    planner = Planner(pack, pack.profiles[profile])
    return planner.plan(validate_case(pack, case_data(**PATIENT), planner.params, today=TODAY))


def test_three_profiles_differ_exactly_by_their_choices(pack: RulePack) -> None:
    plans = {p: plan_under(pack, p) for p in ("default", "district_hospital", "eu_clinic")}
    base = plans["default"]
    # the phase follows the chosen chronic threshold, which each plan names
    assert {p: (plan.phase, {c.parameter: c.value for c in plan.choices}["chronic_threshold_day"])
            for p, plan in plans.items()} == {
        "default": ("subacute", 84), "district_hospital": ("chronic", 56), "eu_clinic": ("subacute", 84)}
    for name, plan in plans.items():
        chosen = {c.parameter: c.value for c in plan.choices}
        site = {r.resource: r for r in plan.site}
        for item in plan.items:
            before = base.item(item.id)
            if before is not None and (before.status, before.detail) == (item.status, item.detail) and not item.site:
                continue
            # every difference is explained by a profile choice the plan lists
            explained = (
                item.status == "unavailable" and any(r.state == "not_available" for r in site.values())
                and "Not available at this site" in item.reason
            ) or (item.site and any(r.state == "referral" and r.centre in item.site for r in site.values())) or (
                item.id == "kyphoplasty_referral" and chosen["kyphoplasty_referral_day"] != 56
            ) or (item.id == "intrathecal_therapy" and plan.phase != base.phase) or (
                item.id == "calcium_vitamin_d" and chosen["calcium_dose"] != "by_age_and_sex"
            ) or (item.id == "calcitonin" and "nasal" in item.detail)
            assert explained, f"{name}: {item.id} differs without an explanation on the plan"
    district = plans["district_hospital"]
    assert district.item("kyphoplasty_referral").site == "By referral to: Regional Referral Hospital, spine unit (about 300 km)."
    assert district.item("denosumab").status == "unavailable"
    assert district.item("intrathecal_therapy").status == "unavailable"
    assert district.item("calcium_vitamin_d").detail == "Calcium at least 1000 mg a day. Vitamin D 800 IU a day."
    eu = plans["eu_clinic"]
    assert eu.item("kyphoplasty_referral").status == "conditional"  # referral point at 12 weeks
    assert [c.value for c in eu.choices if c.parameter == "kyphoplasty_referral_day"] == [84]
    assert {(r.resource, r.state) for r in eu.site} == {
        ("calcitonin_nasal", "not_available"), ("calcitonin_suppository", "not_available"), ("kyphoplasty", "referral")}
    assert eu.to_dict()["profile"]["availability"][2] == {
        "resource": "kyphoplasty", "label": "Kyphoplasty", "state": "referral",
        "centre": "University Hospital, interventional spine unit"}


def test_the_rules_alternative_replaces_an_unavailable_form(pack: RulePack) -> None:
    planner = Planner(pack, pack.profiles["eu_clinic"])
    plan = planner.plan(validate_case(pack, case_data(), planner.params, today=TODAY))
    calcitonin = plan.item("calcitonin")
    assert calcitonin.status == "recommended"
    assert calcitonin.detail.startswith("The nasal spray and suppositories are not available here: calcitonin 100 IU by subcutaneous or intramuscular injection once a day")
    assert "S13" in calcitonin.sources


def test_the_handout_names_the_form_the_site_has(pack: RulePack) -> None:
    from desktop.engine.plan.handout import build_handout

    lines = {}
    for profile in ("default", "eu_clinic"):
        planner = Planner(pack, pack.profiles[profile])
        case = validate_case(pack, case_data(), planner.params, today=TODAY)
        handout = build_handout(planner, case, planner.plan(case), {})
        take = next(s for s in handout.sections if s.key == "take")
        lines[profile] = next(line for line in take.lines if line.text.startswith("Calcitonin"))
    assert "nasal spray" in lines["default"].text
    # the injection's label: usually 2 weeks, never more than 4 (pathway V2.5): the window is 14 days
    assert lines["eu_clinic"].text == ("Calcitonin injection, under the skin or into a muscle, usually for 2 weeks and "
                                       "at the latest until 5 December 2026. Never for longer than 4 weeks in total.")
    assert lines["eu_clinic"].sources == ("S13", "S79")


def test_an_urgent_referral_needs_a_place(mini_copy: Path) -> None:
    edit(mini_copy / "profiles" / "other.yaml", '  res_c: {referral: "Synthetic Centre"}', "  res_c: not_available")
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(mini_copy)
    assert "an urgent referral needs a place" in str(caught.value)
    assert "profiles/other.yaml:" in str(caught.value)


def test_unknown_resource_or_state_in_a_profile(mini_copy: Path) -> None:
    edit(mini_copy / "profiles" / "other.yaml", "  res_a: not_available", "  res_z: on_site\n  res_a_alt: sometimes")
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(mini_copy)
    messages = str(caught.value)
    assert "availability.res_z: unknown resource" in messages
    assert "availability.res_a_alt: expected one of on_site, not_available, got 'sometimes'" in messages


# -- a site profile file with what the safe reader refuses, or values of the wrong type (issue 9) ---
# (profile mechanics, not clinical content: checked against the synthetic mini pack)
SITE_LINE = "  switch_day: 10"


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("  switch_day: !!int ''", "typed tags such as !!int are not allowed"),
        ("  switch_day: !!float x", "typed tags such as !!float are not allowed"),
        ("  switch_day: " + "[" * 30_000 + "]" * 30_000, "nested deeper than 32 levels"),
        ("  switch_day: 0x0A", "0x0A is not a plain decimal number"),
        ("  switch_day: 1:10", "1:10 is not a plain decimal number"),
        ("  switch_day: " + "8" * 4301, "is too large a number"),
        ("  switch_day: 2026-02-30", "2026-02-30 is not a real date"),
        ("  switch_day: [10]", "a list is not an option (allowed: 10, 20)"),
        ("  switch_day: {days: 10}", "a mapping is not an option (allowed: 10, 20)"),
        ("  switch_day: 10.0", "10.0 is not an option (allowed: 10, 20)"),
        ("  switch_day: true", "'true' is not an option (allowed: 10, 20)"),
    ],
)
def test_a_broken_site_profile_file_is_refused_naming_file_and_line(
    mini_pack: RulePack, tmp_path: Path, new: str, message: str
) -> None:
    from desktop.engine.pack.read_profile import resolve_profile

    site = tmp_path / "site.yaml"
    text = (MINI_PACK / "profiles" / "default.yaml").read_text(encoding="utf-8")
    assert text.count(SITE_LINE + "\n") == 1
    site.write_text(text.replace(SITE_LINE + "\n", new + "\n"), encoding="utf-8")
    with pytest.raises(RulePackErrors) as caught:
        resolve_profile(mini_pack, str(site))
    (error,) = caught.value.errors
    assert (error.file, error.line) == ("site.yaml", line_of(site, new[:16]))
    assert message in error.message


@pytest.mark.parametrize(
    ("availability", "message"),
    [
        ("availability: [res_a]", "availability: expected a mapping of resource: state, got a list"),
        ("availability: on_site", "availability: expected a mapping of resource: state, got 'on_site'"),
        ("availability:", "availability: expected a mapping of resource: state, got nothing"),
        ("availability: {res_a: [on_site]}", "availability.res_a: expected one of on_site, not_available, got a list"),
        ("availability: {res_a: {referral: [a]}}", "availability.res_a.referral: expected non-empty text, got a list"),
        ("parameters: [10]", "parameters: expected a mapping of parameter: value"),
    ],
)
def test_a_profile_value_of_the_wrong_type_is_refused(mini_pack: RulePack, tmp_path: Path, availability: str,
                                                     message: str) -> None:
    from desktop.engine.pack.read_profile import load_profile_file

    text = (MINI_PACK / "profiles" / "default.yaml").read_text(encoding="utf-8")
    if availability.startswith("parameters"):
        text = text.split("parameters:")[0] + availability + "\n"
    else:
        text += availability + "\n"
    site = tmp_path / "site.yaml"
    site.write_text(text, encoding="utf-8")
    with pytest.raises(RulePackErrors) as caught:
        load_profile_file(mini_pack, site)
    assert message in str(caught.value)


def test_a_profile_path_that_cannot_be_a_file_is_a_rule_pack_error(mini_pack: RulePack) -> None:
    from desktop.engine.pack.read_profile import resolve_profile

    with pytest.raises(RulePackErrors, match="no such profile file"):
        resolve_profile(mini_pack, "x" * 5000)
