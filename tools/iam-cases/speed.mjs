// Times @cloud-copilot/iam-simulate on a file of simulate request lines, one simulation after another as a caller
// of its API would.  Usage: node tools/iam-cases/speed.mjs /tmp/iamsim requests.jsonl
import { readFileSync } from 'node:fs';
import { loadOracle } from './oracle.mjs';

const [prefix = '/tmp/iamsim', file] = process.argv.slice(2);
const start = process.hrtime.bigint();
const { sim, toOracle, toSimulation } = await loadOracle(prefix);
const lines = readFileSync(file, 'utf8').split('\n').filter(l => l.length > 0);
let decided = 0;
for (const line of lines) {
  const request = JSON.parse(line);
  const result = await sim.runSimulation(toSimulation(request), { simulationMode: 'Strict' });
  if (result.resultType !== 'error' && toOracle[result.overallResult]) decided++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ lines: lines.length, decided, seconds: Number(seconds.toFixed(2)), linesPerSecond: Math.round(lines.length / seconds) }));
