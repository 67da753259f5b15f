// Writes N simulate request lines cycling through the case corpus (ids made unique): a realistic request mix
// for speed comparisons.  Usage: node tools/iam-cases/lines.mjs 100000 > requests.jsonl
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const casesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'Vigil.Iam.Tests', 'Cases');
const requests = readdirSync(casesDir).filter(f => f.endsWith('.json')).sort()
  .flatMap(f => JSON.parse(readFileSync(join(casesDir, f), 'utf8')).cases.map(c => c.request));
const count = Number(process.argv[2] ?? 100000);
const out = [];
for (let i = 0; i < count; i++) out.push(JSON.stringify({ ...requests[i % requests.length], id: String(i + 1) }));
process.stdout.write(out.join('\n') + '\n');
