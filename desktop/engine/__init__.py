"""The clinical engine: pure Python, never imports Qt.

Load a rule pack, validate a case against it, and compute a plan:

    pack = load_rule_pack("rules")
    planner = Planner(pack, pack.profiles[pack.default_profile])
    case = validate_case(pack, read_case_file("case.yaml"), planner.params)
    plan = planner.plan(case)
"""

from .case.case import Case, case_to_data, parse_case_text, read_case_file, validate_answers, validate_case
from .pack.errors import CaseError, CaseErrors, EngineError, RulePackError, RulePackErrors
from .pack.loader import load_rule_pack
from .pack.model import RulePack
from .pack.read_profile import load_profile_file
from .pack.site_model import Profile
from .plan.plan import Plan, PlanItem
from .plan.planner import Planner

__all__ = [
    "Case",
    "CaseError",
    "CaseErrors",
    "EngineError",
    "Plan",
    "PlanItem",
    "Planner",
    "Profile",
    "RulePack",
    "RulePackError",
    "RulePackErrors",
    "case_to_data",
    "load_profile_file",
    "load_rule_pack",
    "parse_case_text",
    "read_case_file",
    "validate_answers",
    "validate_case",
]
