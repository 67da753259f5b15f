// Proposes check → requirement rows for data/frameworks/mappings/*.tsv, from three reviewable sources:
//  - Prowler's compliance files (Apache-2.0): each requirement's Prowler checks, translated to Vigil checks by
//    tools/frameworks/prowler-checks.tsv (PCI DSS 4.0, HIPAA, GDPR, SOC 2, ISO 27001:2022, NIST 800-53 r5);
//  - CIS 3.0 and 7.0: each recommendation gets the checks of the CIS 5.0 recommendation with the same title
//    (tools/frameworks/cis-counterparts.tsv pairs those whose titles changed);
//  - meaning: tools/frameworks/check-themes.tsv gives each check its themes and tools/frameworks/themes.tsv maps a
//    theme to requirements (NIST CSF 2.0 and the Well-Architected 2024 practices, which Prowler's files do not model,
//    and access-control requirements for resource-policy checks Prowler has no counterpart for).
// Proposals listed in tools/frameworks/rejected.tsv (reviewed and refused, with the reason) are dropped.
// Usage: node tools/frameworks/map.mjs <shared/reference dir> [--write]
//   without --write: prints the proposals missing from the mapping files and rejected rows still present;
//   with --write: adds the missing proposals and removes rejected rows, keeping every other row, each check's rows
//   together and ordered by framework (catalog order) and requirement (framework file order).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProwler, vigilRequirement } from './prowler-requirements.mjs';

const [reference, mode] = process.argv.slice(2);
if (!reference || (mode && mode !== '--write')) throw new Error('usage: node tools/frameworks/map.mjs <shared/reference dir> [--write]');
const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', '..', 'data', 'frameworks');
const mappingsDir = join(data, 'mappings');

const frameworkOrder = ['cis-3.0', 'cis-5.0', 'cis-7.0', 'fsbp', 'pci-dss-4.0', 'hipaa', 'gdpr', 'soc2', 'iso27001-2022',
  'nist-800-53-r5', 'nist-csf-2.0', 'aws-wa-security'];
const frameworks = Object.fromEntries(frameworkOrder.map(id => [id, JSON.parse(readFileSync(join(data, id + '.json'), 'utf8'))]));
const requirementIndex = Object.fromEntries(frameworkOrder.map(id => [id, new Map(frameworks[id].requirements.map((r, i) => [r.id, i]))]));

const tsv = name => readFileSync(join(here, name), 'utf8').split('\n').map((l, i) => [l, i + 1])
  .filter(([l]) => l && !l.startsWith('#')).map(([l, n]) => ({ fields: l.split('\t'), where: `${name}:${n}` }));
const key = (check, framework, requirement) => `${check}\t${framework}\t${requirement}`;
function requireKnown(framework, requirement, where) {
  if (!requirementIndex[framework]?.has(requirement)) throw new Error(`${where}: ${framework} has no requirement ${requirement}`);
}

// The mapping files as they are: per file, lines in order.
const files = Object.fromEntries(readdirSync(mappingsDir).filter(f => f.endsWith('.tsv')).sort()
  .map(f => [f, readFileSync(join(mappingsDir, f), 'utf8').split('\n').filter((l, i, all) => l || i < all.length - 1)]));
const rows = Object.entries(files).flatMap(([file, lines]) => lines.filter(l => l && !l.startsWith('#'))
  .map(l => { const [check, framework, requirement] = l.split('\t'); return { file, check, framework, requirement }; }));

const proposals = new Map();
const propose = (check, framework, requirement, source) => {
  const k = key(check, framework, requirement);
  if (!proposals.has(k)) proposals.set(k, { check, framework, requirement, sources: new Set() });
  proposals.get(k).sources.add(source);
};

// 1. Prowler's check lists, translated.
const translation = new Map();
for (const { fields: [prowler, vigil], where } of tsv('prowler-checks.tsv')) {
  if (!vigil) throw new Error(`${where}: expected PROWLER-CHECK <tab> VIGIL-CHECK`);
  translation.set(prowler, [...(translation.get(prowler) ?? []), vigil]);
}
for (const framework of ['pci-dss-4.0', 'hipaa', 'gdpr', 'soc2', 'iso27001-2022', 'nist-800-53-r5']) {
  for (const r of readProwler(reference, framework)) {
    const { id } = vigilRequirement[framework](r);
    requireKnown(framework, id, `Prowler ${framework} ${r.Id}`);
    for (const prowlerCheck of r.Checks) for (const check of translation.get(prowlerCheck) ?? []) propose(check, framework, id, `prowler:${prowlerCheck}`);
  }
}

// 2. CIS 3.0 and 7.0 from their CIS 5.0 counterparts.
const normalise = title => title.toLowerCase().replace(/[^a-z0-9*]+/g, ' ').trim();
const cis5ByTitle = new Map(frameworks['cis-5.0'].requirements.map(r => [normalise(r.title), r.id]));
const counterparts = new Map(tsv('cis-counterparts.tsv').map(({ fields: [framework, id, cis5], where }) => {
  requireKnown(framework, id, where); requireKnown('cis-5.0', cis5, where);
  return [`${framework} ${id}`, cis5];
}));
const cis5Checks = id => rows.filter(r => r.framework === 'cis-5.0' && r.requirement === id).map(r => r.check);
const unpaired = [];
for (const framework of ['cis-3.0', 'cis-7.0']) {
  for (const r of frameworks[framework].requirements) {
    const cis5 = counterparts.get(`${framework} ${r.id}`) ?? cis5ByTitle.get(normalise(r.title));
    if (!cis5) { unpaired.push(`${framework} ${r.id} ${r.title}`); continue; }
    for (const check of cis5Checks(cis5)) propose(check, framework, r.id, `cis-5.0:${cis5}`);
  }
}

// 3. Meaning: check → themes → requirements.
const themes = new Map();
for (const { fields: [theme, framework, requirement], where } of tsv('themes.tsv')) {
  requireKnown(framework, requirement, where);
  themes.set(theme, [...(themes.get(theme) ?? []), { framework, requirement }]);
}
for (const { fields: [check, list], where } of tsv('check-themes.tsv')) {
  for (const theme of list.split(',').map(t => t.trim())) {
    if (!themes.has(theme)) throw new Error(`${where}: unknown theme ${theme}`);
    for (const { framework, requirement } of themes.get(theme)) propose(check, framework, requirement, `theme:${theme}`);
  }
}

// Review: refused proposals. CHECK and REQUIREMENT may use * for any run of characters.
const glob = pattern => new RegExp('^' + pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
const refusals = tsv('rejected.tsv').map(({ fields: [check, framework, requirement, reason], where }) => {
  if (!reason) throw new Error(`${where}: expected CHECK <tab> FRAMEWORK <tab> REQUIREMENT <tab> REASON`);
  if (!frameworkOrder.includes(framework)) throw new Error(`${where}: unknown framework ${framework}`);
  return { check: glob(check), framework, requirement: glob(requirement), reason };
});
const rejected = { has: k => rejected.get(k) !== undefined, get: k => {
  const [check, framework, requirement] = k.split('\t');
  return refusals.find(r => r.framework === framework && r.check.test(check) && r.requirement.test(requirement))?.reason;
} };

const present = new Set(rows.map(r => key(r.check, r.framework, r.requirement)));
const missing = [...proposals.values()].filter(p => !rejected.has(key(p.check, p.framework, p.requirement)) && !present.has(key(p.check, p.framework, p.requirement)));
const stale = rows.filter(r => rejected.has(key(r.check, r.framework, r.requirement)));
for (const u of unpaired) console.error(`no CIS 5.0 counterpart: ${u}`);

if (mode !== '--write') {
  for (const p of missing) console.log(`+ ${key(p.check, p.framework, p.requirement)}\t${[...p.sources].join(' ')}`);
  for (const r of stale) console.log(`- ${key(r.check, r.framework, r.requirement)}\trejected: ${rejected.get(key(r.check, r.framework, r.requirement))}`);
  console.error(`${proposals.size} proposals, ${missing.length} missing from the mapping files, ${stale.length} rejected rows present`);
  process.exit(0);
}

// Write: per file, the check groups in order of first appearance (a comment belongs to the check after it).
const fileOf = new Map(rows.map(r => [r.check, r.file]));
const serviceFile = check => { const service = check.split('-')[0]; return (service === 'account' ? 'iam' : service) + '.tsv'; };
for (const p of missing) if (!fileOf.has(p.check)) fileOf.set(p.check, serviceFile(p.check));
const compare = (a, b) => frameworkOrder.indexOf(a.framework) - frameworkOrder.indexOf(b.framework)
  || requirementIndex[a.framework].get(a.requirement) - requirementIndex[b.framework].get(b.requirement);
const touched = new Set([...missing.map(p => fileOf.get(p.check)), ...stale.map(r => r.file)]);
for (const file of touched) {
  const groups = new Map();
  let comments = [];
  const trailing = [];
  for (const line of files[file] ?? []) {
    if (!line || line.startsWith('#')) { comments.push(line); continue; }
    const [check, framework, requirement] = line.split('\t');
    if (!groups.has(check)) groups.set(check, { comments: [], rows: [] });
    groups.get(check).comments.push(...comments);
    comments = [];
    if (!rejected.has(key(check, framework, requirement))) groups.get(check).rows.push({ framework, requirement });
  }
  trailing.push(...comments);
  for (const p of missing.filter(p => fileOf.get(p.check) === file)) {
    if (!groups.has(p.check)) groups.set(p.check, { comments: [], rows: [] });
    groups.get(p.check).rows.push({ framework: p.framework, requirement: p.requirement });
  }
  const lines = [];
  for (const [check, group] of groups) {
    lines.push(...group.comments);
    lines.push(...group.rows.sort(compare).map(r => key(check, r.framework, r.requirement)));
  }
  lines.push(...trailing);
  writeFileSync(join(mappingsDir, file), lines.join('\n').replace(/\n+$/, '') + '\n');
  console.error(`${file}: ${groups.size} checks`);
}
