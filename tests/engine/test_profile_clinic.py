"""A site profile may name its clinic and phone number: the handout and letters give them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import paths
from desktop.engine import Planner, RulePack, RulePackErrors
from desktop.engine.case.case import Case
from desktop.engine.pack.read_profile import load_profile_file
from desktop.report.handout_html import clinic_line
from desktop.report.referral_html import referral_html
from desktop.report.words import ENGLISH


def site_file(tmp_path: Path, clinic: str) -> Path:
    text = (paths.rules_dir() / "profiles" / "default.yaml").read_text(encoding="utf-8")
    path = tmp_path / "site.yaml"
    path.write_text(text.rstrip() + "\n" + clinic, encoding="utf-8")
    return path


def test_the_clinic_and_its_phone_reach_the_handout_and_the_letter(
    pack: RulePack, make_case: Callable[..., Case], tmp_path: Path
) -> None:
    profile = load_profile_file(pack, site_file(tmp_path, 'clinic: {name: "Mercy Clinic", phone: "+254 20 555 0101"}\n'))
    assert (profile.clinic_name, profile.clinic_phone) == ("Mercy Clinic", "+254 20 555 0101")
    plan = Planner(pack, profile).plan(make_case(**{"fracture.neuro_deficit": True}))
    assert clinic_line(plan, ENGLISH) == "Your clinic: Mercy Clinic, phone +254 20 555 0101"
    item = plan.item("urgent_spine_referral")
    assert item is not None
    assert "Mercy Clinic, +254 20 555 0101" in referral_html(plan, item, ENGLISH)


def test_a_clinic_that_is_not_name_and_phone_is_refused_with_its_line(pack: RulePack, tmp_path: Path) -> None:
    path = site_file(tmp_path, "clinic: {name: Mercy Clinic, fax: 123}\n")
    with pytest.raises(RulePackErrors) as raised:
        load_profile_file(pack, path)
    message = str(raised.value)
    assert "site.yaml" in message
    assert "unknown field (allowed: name, phone)" in message
