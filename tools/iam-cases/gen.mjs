import { policyElements } from './gen-elements.mjs';
import { conditionTopics } from './gen-conditions.mjs';
import * as d from './gen-decisions.mjs';
let total = 0;
const topics = [policyElements(), ...conditionTopics(), d.variables(), d.callerIdentity(), d.explicitDeny(), d.principalTypes(), d.trustAndKey(), d.boundaries(), d.scps(), d.rcps(), d.sessions(), d.crossAccount(), d.docExamples()];
for (const t of topics) { const n = t.write(); total += n; console.log(`${t.file}: ${n}`); }
console.log(`total ${total}`);
