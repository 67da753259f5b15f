// Runs every case in tests/Vigil.Iam.Tests/Cases through @cloud-copilot/iam-simulate (AGPL), which must be
// installed outside the repository:  npm install --prefix /tmp/iamsim @cloud-copilot/iam-simulate
// Usage: node tools/iam-cases/crosscheck.mjs [/tmp/iamsim] [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOracle } from './oracle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = join(here, '..', '..', 'tests', 'Vigil.Iam.Tests', 'Cases');
const args = process.argv.slice(2);
const prefix = args.find(a => !a.startsWith('--')) ?? '/tmp/iamsim';
const verbose = args.includes('--verbose');
const { sim, toOracle, toSimulation } = await loadOracle(prefix);

let total = 0, agree = 0, disagreeDocumented = 0, disagreeUnexplained = 0, documentedButAgree = 0, errors = 0;
const problems = [];
const requestKeys = ['id', 'principal', 'action', 'resource', 'resourceAccount', 'context', 'identityPolicies', 'resourcePolicy', 'permissionsBoundary', 'scps', 'rcps', 'sessionPolicy'];
const seenIds = new Set();
for (const file of readdirSync(casesDir).filter(f => f.endsWith('.json')).sort()) {
  const doc = JSON.parse(readFileSync(join(casesDir, file), 'utf8'));
  for (const c of doc.cases) {
    total++;
    const keys = Object.keys(c.request);
    if (keys.join() !== requestKeys.join()) problems.push(`${file} ${c.name}: request keys ${keys.join()} differ from the simulate format`);
    if (seenIds.has(c.request.id)) problems.push(`${file} ${c.name}: duplicate id ${c.request.id}`);
    seenIds.add(c.request.id);
    if (!['allowed', 'explicitDeny', 'implicitDeny'].includes(c.expected)) problems.push(`${file} ${c.name}: bad expected ${c.expected}`);
    let got;
    try {
      const res = await sim.runSimulation(toSimulation(c.request), { simulationMode: 'Strict' });
      if (res.resultType === 'error') got = 'error:' + JSON.stringify(res.errors);
      else {
        got = toOracle[res.overallResult] ?? res.overallResult;
        const ignored = res.result?.ignoredContextKeys ?? [];
        if (ignored.length) problems.push(`${file} ${c.name}: oracle ignored context keys ${ignored.join(', ')}`);
      }
    } catch (e) { got = 'exception:' + e.message; }
    if (got.startsWith('error:') || got.startsWith('exception:')) {
      errors++;
      problems.push(`${file} ${c.name}: oracle ${got.slice(0, 400)} (expected ${c.expected})${c.divergence ? ' [divergence noted]' : ''}`);
      if (c.divergence) disagreeDocumented++; else disagreeUnexplained++;
      continue;
    }
    if (got === c.expected) {
      agree++;
      if (c.divergence) { documentedButAgree++; problems.push(`${file} ${c.name}: marked divergence but oracle agrees (${got})`); }
    } else if (c.divergence) {
      disagreeDocumented++;
      if (verbose) problems.push(`${file} ${c.name}: documented divergence: expected ${c.expected}, oracle ${got}`);
    } else {
      disagreeUnexplained++;
      problems.push(`${file} ${c.name}: DISAGREE expected ${c.expected}, oracle ${got}`);
    }
  }
}
for (const p of problems) console.log(p);
console.log(JSON.stringify({ total, agree, disagreeDocumented, disagreeUnexplained, oracleErrors: errors, documentedButAgree }));
process.exit(disagreeUnexplained === 0 && documentedButAgree === 0 ? 0 : 1);
