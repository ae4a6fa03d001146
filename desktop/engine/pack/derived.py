"""Facts the engine derives from several answers: creatinine clearance, the renal function the
drug limits use, and the body-mass index. The pack declares each one, with its label, unit and
sources, in rules/questions.yaml `derived` (the loader checks that the declaration's inputs are
these); rules then test them like answers.

Creatinine clearance is Cockcroft and Gault's formula (Cockcroft DW, Gault MH. Prediction of
creatinine clearance from serum creatinine. Nephron 1976;16(1):31-41), with actual body weight:

    CrCl (mL/min) = (140 - age) x weight (kg) / (72 x serum creatinine (mg/dL)), x 0.85 for women

("15% less in females"); serum creatinine in µmol/L / 88.4 = mg/dL. The labels' renal limits
are creatinine clearance, and the MHRA (Drug Safety Update, October 2019) asks for it by
Cockcroft-Gault for patients aged 75 or over and at extremes of muscle mass: when it can be
calculated it is the renal function used, else the eGFR entered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..record import record
from .catalog import Catalog
from .model import FactSpec, Question

CG_AGE = 140  # Cockcroft & Gault 1976: (140 - age)
CG_DIVISOR = 72  # ... / (72 x serum creatinine in mg/100 mL)
CG_FEMALE = 0.85  # "15% less in females"
UMOL_PER_MG_DL = 88.4  # serum creatinine: 1 mg/dL = 88.4 µmol/L

AGE, SEX, WEIGHT, HEIGHT = "patient.age", "patient.sex", "patient.weight_kg", "patient.height_cm"
CREATININE, UNIT, EGFR = "safety.creatinine", "safety.creatinine_unit", "safety.egfr"
CRCL, FUNCTION, BASIS, BMI = "renal.crcl", "renal.function", "renal.basis", "patient.bmi"
UNIT_TO_MG_DL = {"mg_per_dl": 1.0, "umol_per_l": 1 / UMOL_PER_MG_DL}


def creatinine_mg_dl(value: float | None, unit: str | None) -> float | None:
    factor = UNIT_TO_MG_DL.get(unit or "")
    return None if value is None or factor is None else value * factor


def cockcroft_gault(age: int | None, sex: str | None, weight_kg: float | None, creatinine: float | None,
                    unit: str | None) -> float | None:
    """Creatinine clearance in mL/min, to one decimal (the value rules compare is the one shown);
    None unless every input is known."""
    scr = creatinine_mg_dl(creatinine, unit)
    if age is None or weight_kg is None or scr is None or scr <= 0 or sex not in ("female", "male"):
        return None
    clearance = (CG_AGE - age) * weight_kg / (CG_DIVISOR * scr)
    if sex == "female":
        clearance *= CG_FEMALE
    return round(max(clearance, 0.0), 1)


def body_mass_index(weight_kg: float | None, height_cm: float | None) -> float | None:
    """Weight (kg) / height (m) squared, to one decimal; None unless both are known."""
    if weight_kg is None or not height_cm:
        return None
    return round(weight_kg / (height_cm / 100) ** 2, 1)


@record
class Derivation:
    id: str
    kind: str  # number | choice
    inputs: tuple[str, ...]
    compute: Callable[[dict[str, Any]], Any]
    choices: tuple[str, ...] = ()


def _function(f: dict[str, Any]) -> Any:
    return f[CRCL] if f[CRCL] is not None else f[EGFR]


def _basis(f: dict[str, Any]) -> str:
    return "crcl" if f[CRCL] is not None else "egfr" if f[EGFR] is not None else "unknown"


# in the order they are computed: a derivation may use the ones before it
DERIVATIONS: tuple[Derivation, ...] = (
    Derivation(CRCL, "number", (AGE, SEX, WEIGHT, CREATININE, UNIT),
               # weight and creatinine read first: without them the rest is not needed (the verifier
               # then need not try every age and sex, see verify/explore.py)
               lambda f: None if f[WEIGHT] is None or f[CREATININE] is None
               else cockcroft_gault(f[AGE], f[SEX], f[WEIGHT], f[CREATININE], f[UNIT])),
    Derivation(FUNCTION, "number", (CRCL, EGFR), _function),
    Derivation(BASIS, "choice", (CRCL, EGFR), _basis, ("crcl", "egfr", "unknown")),
    Derivation(BMI, "number", (WEIGHT, HEIGHT),
               lambda f: None if f[WEIGHT] is None else body_mass_index(f[WEIGHT], f[HEIGHT])),
)
BY_ID = {d.id: d for d in DERIVATIONS}


def applicable(known: set[str]) -> tuple[Derivation, ...]:
    """The derivations whose inputs are all answers of these questions (or derived before)."""
    out: list[Derivation] = []
    have = set(known)
    for d in DERIVATIONS:
        if have.issuperset(d.inputs):
            out.append(d)
            have.add(d.id)
    return tuple(out)


def derive_all(answers: dict[str, Any], derivations: tuple[Derivation, ...]) -> dict[str, Any]:
    facts = dict(answers)
    for d in derivations:
        facts[d.id] = d.compute(facts)
    return facts


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def explain(fid: str, answers: dict[str, Any], questions: dict[str, Question], facts: dict[str, FactSpec],
            catalog: Catalog) -> list[tuple[str, str, Any, str]]:
    """What a derived fact a rule read rests on, for the plan's `because`: (field, label, value,
    words). The renal function names which value was used and, for CrCl, the formula's inputs."""
    known = {q for q in questions}
    values = derive_all(answers, applicable(known))
    msg = catalog.msg
    if fid == BMI:
        spec, bmi = facts[BMI], values.get(BMI)
        if bmi is None:
            return [(BMI, spec.label, None, questions[WEIGHT].words.unknown)]
        shown = msg("{value} {unit}: {weight}, {height}", value=f"{bmi:.1f}", unit=spec.unit or "",
                    weight=questions[WEIGHT].display(answers[WEIGHT]),
                    height=questions[HEIGHT].display(answers[HEIGHT]))
        return [(BMI, spec.label, bmi, shown)]
    crcl = values.get(CRCL)
    if crcl is not None:
        spec = facts[CRCL]
        shown = msg("{value} {unit}: age {age}, {weight}, creatinine {creatinine} {creatinine_unit}, {sex}",
                    value=f"{crcl:.1f}", unit=spec.unit or "", age=answers[AGE],
                    weight=questions[WEIGHT].display(answers[WEIGHT]), creatinine=_num(answers[CREATININE]),
                    creatinine_unit=questions[UNIT].display(answers[UNIT]),
                    sex=questions[SEX].display(answers[SEX]).lower())
        if answers.get(EGFR) is not None and fid != CRCL:
            shown += msg("; used instead of the eGFR entered ({egfr})", egfr=questions[EGFR].display(answers[EGFR]))
        return [(CRCL, spec.label, crcl, shown)]
    if fid == CRCL:
        q = questions[CREATININE]
        return [(CRCL, facts[CRCL].label, None, q.words.unknown + _missing(answers, questions, catalog))]
    egfr = questions[EGFR]
    return [(EGFR, egfr.short or egfr.label, answers.get(EGFR), egfr.display(answers.get(EGFR))
             + _missing(answers, questions, catalog))]


def _missing(answers: dict[str, Any], questions: dict[str, Question], catalog: Catalog) -> str:
    """Why no creatinine clearance, once a creatinine or a weight was given: what it still needs."""
    inputs = (WEIGHT, CREATININE)
    if all(answers.get(q) is None for q in inputs):
        return ""
    lacking = [questions[q].short or questions[q].label for q in (AGE, SEX, *inputs, UNIT)
               if answers.get(q) is None]
    if not lacking:
        return ""
    return catalog.msg(" (no creatinine clearance: {missing} not known)", missing=", ".join(lacking))
