import { policyElements } from './gen-elements.mjs';
import { conditionTopics } from './gen-conditions.mjs';
let total = 0;
for (const t of [policyElements(), ...conditionTopics()]) { const n = t.write(); total += n; console.log(`${t.file}: ${n}`); }
console.log(`total ${total}`);
