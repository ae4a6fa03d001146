"""The test FHIR server of tests/fhir: @medplum/fhir-router, in memory, on 127.0.0.1 behind
tests/fhir/server/server.mjs, one per test module; never skipped (without node and npm it fails).

A test module uses the fixture with `from fhir_server import server as server` (the explicit
re-export tells ruff the import is used). It is not in a tests/fhir/conftest.py on purpose:
tests/fhir has no __init__.py, so such a conftest would take the module name `conftest` from
tests/conftest.py and break the suite's `from conftest import ...`."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SERVER = Path(__file__).resolve().parent / "server"
INSTALL = "apt-get install nodejs npm"
TIMEOUT = 30


def install() -> None:
    """Check node and npm, and install @medplum/fhir-router if it is not there yet."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.fail(f"the FHIR round-trip test needs {tool}: install it ({INSTALL}), "
                        "then run tests/fhir/server/setup")
    if not (SERVER / "node_modules" / "@medplum" / "fhir-router").is_dir():
        subprocess.run([str(SERVER / "setup")], check=True, timeout=600)


def call(base: str, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"content-type": "application/fhir+json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The base URL of a fresh, empty FHIR server."""
    install()
    process = subprocess.Popen(["node", str(SERVER / "server.mjs"), "0"], cwd=SERVER, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # "listening PORT", once the definitions are indexed
        if not line.startswith("listening "):
            process.kill()
            _, err = process.communicate(timeout=TIMEOUT)
            pytest.fail(f"the FHIR server did not start: {line}{err}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        if process.stdin:
            process.stdin.close()  # the server exits when its stdin closes
        try:
            process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=TIMEOUT)
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()
