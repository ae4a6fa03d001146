"""The round trip through a real FHIR server (issue 16): @medplum/fhir-router, in memory, on
127.0.0.1 behind tests/fhir/server/server.mjs. Each exported Bundle is POSTed as a
transaction; every entry must be accepted, and the CarePlan read back by search must hold the
plan's activities and the rule pack's canonical. Never skipped: without node and npm it fails
(the fixture and `call` are in fhir_server.py)."""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from fhir_cases import CASE_FILES, CASE_IDS, EXAMPLES, plan_file
from fhir_server import call
from fhir_server import server as server  # the fixture

from desktop.engine import RulePack
from desktop.report import fhir as export


def post_and_read_back(base: str, bundle: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    status, answer = call(base, "POST", "/", bundle)
    assert status == 200, answer
    assert answer["type"] == "transaction-response"
    statuses = [e["response"]["status"] for e in answer["entry"]]
    assert len(statuses) == len(bundle["entry"])
    assert all(s.startswith("2") for s in statuses), answer
    careplan = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "CarePlan")
    identifier = careplan["identifier"][0]
    query = urllib.parse.urlencode({"identifier": f"{identifier['system']}|{identifier['value']}"})
    status, found = call(base, "GET", f"/CarePlan?{query}")
    assert status == 200, found
    assert len(found.get("entry", [])) == 1, found
    return statuses, found["entry"][0]["resource"]


@pytest.mark.parametrize("path", CASE_FILES, ids=CASE_IDS)
def test_the_server_accepts_each_bundle(pack: RulePack, server: str, path: Path) -> None:
    visit = plan_file(pack, path)
    bundle = export.visit_bundle(visit.plan, visit.case)
    _, stored = post_and_read_back(server, bundle)
    assert stored["instantiatesCanonical"] == [f"{export.RULE_PACK_CANONICAL.format(id=visit.plan.pack_id)}"
                                               f"|{visit.plan.pack_version}"]
    assert stored["intent"] == "proposal"
    assert [a["detail"]["code"]["text"] for a in stored["activity"]] == [i.title for i in visit.plan.items]
    assert [a["detail"]["status"] for a in stored["activity"]] == \
        [export.STATUS_MAP[i.status][0] for i in visit.plan.items]
    # the server resolved the urn:uuid references to its own ids
    condition = stored["addresses"][0]["reference"]
    assert condition.startswith("Condition/")
    status, read = call(server, "GET", f"/{condition}")
    assert status == 200
    assert read["bodySite"][0]["text"] == visit.case.answers["fracture.levels"][0]


def test_the_server_links_a_named_patient(pack: RulePack, server: str) -> None:
    visit = plan_file(pack, EXAMPLES[0], {"patient.name": "Round Trip 007"})
    bundle = export.visit_bundle(visit.plan, visit.case)
    statuses, stored = post_and_read_back(server, bundle)
    assert statuses == ["201"] * len(bundle["entry"])
    patient = stored["subject"]["reference"]
    assert patient.startswith("Patient/")
    status, found = call(server, "GET", f"/MedicationRequest?subject={urllib.parse.quote(patient)}")
    assert status == 200
    assert len(found.get("entry", [])) == sum(1 for e in bundle["entry"]
                                              if e["resource"]["resourceType"] == "MedicationRequest")
    status, provenance = call(server, "GET", f"/Provenance?target={urllib.parse.quote(patient)}")
    assert status == 200
    assert len(provenance.get("entry", [])) == 1
