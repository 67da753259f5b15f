// Writes data/frameworks/<id>.json (ids, titles, sections; no checks: mappings live in data/frameworks/mappings)
// from the requirement lists in the shared reference (Prowler's compliance files, Apache-2.0, and
// other-frameworks.md) plus tools/frameworks/nist-csf-2.0.tsv, and sets each requirement's `manual` text (what
// a person must attest or provide) from tools/frameworks/manual/<id>.tsv, also in cis-5.0 and fsbp.
// Usage: node tools/frameworks/import.mjs ../shared/reference
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProwler, vigilRequirement } from './prowler-requirements.mjs';

const reference = process.argv[2];
if (!reference) throw new Error('usage: node tools/frameworks/import.mjs <shared/reference dir>');
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'data', 'frameworks');
const requirement = (id, title, section, assessment = '') => ({ id, title: title.trim().replace(/\s+/g, ' '), section, assessment, checks: [] });
const fromProwler = (framework, section) => readProwler(reference, framework).map(r => {
  const { id, title } = vigilRequirement[framework](r);
  return requirement(id, title, section(r, id));
});

function manualTexts(frameworkId) {
  const path = join(here, 'manual', frameworkId + '.tsv');
  if (!existsSync(path)) return new Map();
  return new Map(readFileSync(path, 'utf8').split('\n').filter(l => l && !l.startsWith('#')).map((l, i) => {
    const fields = l.split('\t');
    if (fields.length !== 2 || !fields[1].trim()) throw new Error(`${path}: line ${i + 1}: expected REQUIREMENT-ID <tab> TEXT`);
    return fields;
  }));
}

function withManual(framework) {
  const texts = manualTexts(framework.id);
  const unknown = [...texts.keys()].filter(id => !framework.requirements.some(r => r.id === id));
  if (unknown.length) throw new Error(`tools/frameworks/manual/${framework.id}.tsv names unknown requirements: ${unknown.join(', ')}`);
  const requirements = framework.requirements.map(({ manual, ...r }) => texts.has(r.id) ? { ...r, manual: texts.get(r.id) } : r);
  return { ...framework, requirements };
}

function write(framework, requirements) {
  const seen = new Set();
  const unique = requirements.filter(r => !seen.has(r.id) && seen.add(r.id));
  writeFileSync(join(out, framework.id + '.json'), JSON.stringify(withManual({ ...framework, requirements: unique }), null, 2) + '\n');
  console.log(`${framework.id}: ${unique.length} requirements`);
}

const cisVersions = { '3.0': '3.0.0', '7.0': '7.0.0' };
for (const [short, full] of Object.entries(cisVersions)) {
  write({ id: `cis-${short}`, name: 'CIS Amazon Web Services Foundations Benchmark', version: full,
    description: "The Center for Internet Security's consensus baseline for an AWS account: identity, storage, logging, monitoring and networking settings." },
    readProwler(reference, `cis-${short}`).map(r => requirement(r.Id, r.Description, r.Attributes[0].Section, r.Attributes[0].AssessmentStatus)));
}

const pciPrincipal = {
  '1': 'Install and maintain network security controls', '2': 'Apply secure configurations to all system components',
  '3': 'Protect stored account data', '4': 'Protect cardholder data with strong cryptography during transmission over open, public networks',
  '5': 'Protect all systems and networks from malicious software', '6': 'Develop and maintain secure systems and software',
  '7': 'Restrict access to system components and cardholder data by business need to know',
  '8': 'Identify users and authenticate access to system components', '9': 'Restrict physical access to cardholder data',
  '10': 'Log and monitor all access to system components and cardholder data', '11': 'Test security of systems and networks regularly',
  '12': 'Support information security with organizational policies and programs',
  'A1': 'Additional requirements for multi-tenant service providers', 'A2': 'Additional requirements for entities using SSL/early TLS for card-present POS POI terminal connections',
  'A3': 'Designated entities supplemental validation',
};
write({ id: 'pci-dss-4.0', name: 'Payment Card Industry Data Security Standard', version: '4.0',
  description: 'The card industry\'s standard for any environment that stores, processes or transmits cardholder data. Listed are the PCI DSS 4.0 requirements with technically testable AWS aspects (as modelled by AWS Audit Manager and Prowler); each title is the objective the requirement belongs to. Policy, people and physical requirements are outside an account scan.' },
  fromProwler('pci-dss-4.0', (r, id) => `Requirement ${id.split('.')[0]}: ${pciPrincipal[id.split('.')[0]]}`));

write({ id: 'hipaa', name: 'HIPAA Security Rule', version: '45 CFR Part 164 Subpart C',
  description: 'The US Health Insurance Portability and Accountability Act\'s Security Rule: administrative, physical and technical safeguards for electronic protected health information. Listed are the implementation specifications with technical aspects in AWS.' },
  fromProwler('hipaa', r => r.Attributes[0].Section));

write({ id: 'gdpr', name: 'EU General Data Protection Regulation', version: 'Regulation (EU) 2016/679',
  description: 'The EU regulation on processing personal data. Listed are the articles whose obligations have technical controls in an AWS account: protection by design and by default, records of processing, and security of processing.' },
  fromProwler('gdpr', () => 'Chapter IV: Controller and processor'));

write({ id: 'soc2', name: 'SOC 2 Trust Services Criteria', version: '2017 (revised 2022)',
  description: 'The AICPA Trust Services Criteria that SOC 2 reports attest to: common criteria for security, and the availability, confidentiality, processing integrity and privacy criteria. Listed are the criteria with technical aspects in AWS.' },
  fromProwler('soc2', r => r.Attributes[0].Section));

const iso = fromProwler('iso27001-2022', r => r.Attributes[0].Category);
iso.push(requirement('A.8.28', 'Secure coding', 'A.8 Technological controls'));
const isoOrder = id => id.slice(2).split('.').map(Number);
iso.sort((a, b) => { const x = isoOrder(a.id), y = isoOrder(b.id); return x[0] - y[0] || x[1] - y[1]; });
write({ id: 'iso27001-2022', name: 'ISO/IEC 27001:2022 Annex A', version: '2022',
  description: 'The information security controls of ISO/IEC 27001:2022 Annex A in four themes: organizational, people, physical and technological. Most organizational, people and physical controls need a person\'s attestation.' }, iso);

write({ id: 'nist-800-53-r5', name: 'NIST SP 800-53 Revision 5', version: 'Revision 5',
  description: 'The US federal catalogue of security and privacy controls. Listed are the controls and enhancements with technical aspects in AWS, as Security Hub and AWS Config conformance packs model them.' },
  fromProwler('nist-800-53-r5', r => r.Attributes[0].Section));

const csfFunctions = { GV: 'Govern (GV)', ID: 'Identify (ID)', PR: 'Protect (PR)', DE: 'Detect (DE)', RS: 'Respond (RS)', RC: 'Recover (RC)' };
const csf = readFileSync(join(here, 'nist-csf-2.0.tsv'), 'utf8').split('\n').filter(l => l && !l.startsWith('#'))
  .map(l => { const [id, category, statement] = l.split('\t'); return requirement(id, statement, `${csfFunctions[id.slice(0, 2)]} / ${category}`); });
write({ id: 'nist-csf-2.0', name: 'NIST Cybersecurity Framework', version: '2.0',
  description: 'NIST\'s outcome-based framework (CSWP 29, February 2024): six functions (Govern, Identify, Protect, Detect, Respond, Recover), 22 categories and 106 subcategories.' }, csf);

const waText = readFileSync(join(reference, 'other-frameworks.md'), 'utf8');
const wa = [];
for (const row of waText.split('\n').filter(l => /^\| [A-Z].* \| \*\*SEC \d+\*\*/.test(l))) {
  const [, area, question, practices] = row.split('|').map(c => c.trim());
  const number = question.match(/SEC (\d+)/)[1];
  for (const practice of practices.split(' · ')) {
    const [, id, title] = practice.match(/^(SEC\d+-BP\d+)\s+(.*)$/);
    wa.push(requirement(id, title, `SEC ${number}: ${area}`));
  }
}
write({ id: 'aws-wa-security', name: 'AWS Well-Architected Framework, Security Pillar', version: '2024-06-27',
  description: 'The security best practices of the AWS Well-Architected Framework (SEC 1 to SEC 11): foundations, identity and access management, detection, infrastructure and data protection, incident response and application security.' }, wa);

for (const id of ['cis-5.0', 'fsbp']) {
  const path = join(out, id + '.json');
  writeFileSync(path, JSON.stringify(withManual(JSON.parse(readFileSync(path, 'utf8'))), null, 2) + '\n');
  console.log(`${id}: manual texts set`);
}
