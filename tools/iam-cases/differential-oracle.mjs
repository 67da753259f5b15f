// The iam-simulate side of the randomized differential test (tests/Vigil.Iam.Tests/Differential): reads requests in
// the `vigil iam simulate` format, one JSON object per line on standard input, and writes one line per request, in order:
//   {"id": "...", "decision": "allowed|explicitDeny|implicitDeny", "ignoredContextKeys": [...]}
//   {"id": "...", "error": "..."}          when iam-simulate rejects the input or throws
// iam-simulate is AGPL: it is loaded from the folder given as the first argument (an npm --prefix outside the
// repository), never from the repository itself.
// Usage: node tools/iam-cases/differential-oracle.mjs /tmp/iamsim < requests.jsonl
import { createInterface } from 'node:readline';
import { loadOracle } from './oracle.mjs';

const prefix = process.argv[2];
if (!prefix) {
  process.stderr.write('usage: node differential-oracle.mjs NPM_PREFIX < requests.jsonl\n');
  process.exit(2);
}

const { sim, toOracle, toSimulation } = await loadOracle(prefix);
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let pending = [];

for await (const line of lines) {
  if (line.trim() === '') continue;
  let id = null;
  let answer;
  try {
    const request = JSON.parse(line);
    id = request.id ?? null;
    const res = await sim.runSimulation(toSimulation(request), { simulationMode: 'Strict' });
    if (res.resultType === 'single') {
      answer = { id, decision: toOracle[res.overallResult] ?? res.overallResult, ignoredContextKeys: res.result?.ignoredContextKeys ?? [] };
    } else if (res.resultType === 'error') {
      answer = { id, error: JSON.stringify(res.errors) };
    } else {
      answer = { id, error: `unexpected result type ${res.resultType} (the request resource must be one concrete ARN or "*")` };
    }
  } catch (e) {
    answer = { id, error: `exception: ${e?.message ?? e}` };
  }
  pending.push(JSON.stringify(answer));
  if (pending.length >= 256) {
    process.stdout.write(pending.join('\n') + '\n');
    pending = [];
  }
}
if (pending.length) process.stdout.write(pending.join('\n') + '\n');
