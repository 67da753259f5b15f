// How each of Prowler's compliance files names a requirement, turned into Vigil's requirement id and title.
// Shared by import.mjs (which writes the framework files) and map.mjs (which proposes check mappings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const prowlerFiles = {
  'cis-3.0': 'cis_3.0_aws.json', 'cis-5.0': 'cis_5.0_aws.json', 'cis-7.0': 'cis_7.0_aws.json',
  'fsbp': 'aws_foundational_security_best_practices_aws.json', 'pci-dss-4.0': 'pci_4.0_aws.json', 'hipaa': 'hipaa_aws.json',
  'gdpr': 'gdpr_aws.json', 'soc2': 'soc2_aws.json', 'iso27001-2022': 'iso27001_2022_aws.json',
  'nist-800-53-r5': 'nist_800_53_revision_5_aws.json',
};

export const readProwler = (reference, framework) =>
  JSON.parse(readFileSync(join(reference, 'frameworks-data', prowlerFiles[framework]), 'utf8')).Requirements;

// Prowler's file names 164_308_a_4_ii_c with the title of (B).
const hipaaTitleFixes = { '164.308(a)(4)(ii)(C)': 'Access establishment and modification' };
function hipaaId(prowlerId) {
  const [part, section, ...levels] = prowlerId.split('_');
  return `${part}.${section}` + levels.map((l, i) => `(${i === 3 ? l.toUpperCase() : l})`).join('');
}

/** Framework id → (Prowler requirement) → { id, title, section } in Vigil's terms. */
export const vigilRequirement = {
  'cis-3.0': r => ({ id: r.Id, title: r.Description, section: r.Attributes[0].Section }),
  'cis-5.0': r => ({ id: r.Id, title: r.Description, section: r.Attributes[0].Section }),
  'cis-7.0': r => ({ id: r.Id, title: r.Description, section: r.Attributes[0].Section }),
  'fsbp': r => ({ id: r.Id, title: r.Name, section: r.Attributes[0].Section }),
  'pci-dss-4.0': r => {
    const [, id, title] = r.Attributes[0].Section.match(/^([A0-9][0-9.]*):\s*(.*)$/);
    return { id, title, section: id.split('.')[0] };
  },
  'hipaa': r => {
    const [, named, title] = r.Name.match(/^(164\.\d+(?:\([a-z0-9]+\))+)\s*(.*)$/i);
    const id = hipaaId(r.Id);
    if (id.toLowerCase() === named.toLowerCase()) return { id: named, title, section: r.Attributes[0].Section };
    if (!hipaaTitleFixes[id]) throw new Error(`HIPAA ${r.Id} is named ${named}: add its title to hipaaTitleFixes`);
    return { id, title: hipaaTitleFixes[id], section: r.Attributes[0].Section };
  },
  'gdpr': r => {
    const [, number, title] = r.Name.match(/^Article (\d+)\s+(.*)$/);
    return { id: `Art.${number}`, title, section: 'Chapter IV: Controller and processor' };
  },
  'soc2': r => {
    const [, id, title] = r.Name.match(/^([A-Z]+\d+\.\d+)\s+(.*)$/);
    return { id, title, section: r.Attributes[0].Section };
  },
  'iso27001-2022': r => ({ id: r.Id, title: r.Name, section: r.Attributes[0].Category }),
  'nist-800-53-r5': r => {
    const control = /^([A-Z]{2}-\d+(?:\([a-z0-9]+\))*)\s*(.*)$/.exec(r.Name);
    const trailing = /^(.*?)\s*\(([A-Z]{2}-\d+(?:\([a-z0-9]+\))*)\)$/.exec(r.Name);
    const [id, title] = control ? [control[1], control[2]] : [trailing[2], trailing[1]];
    const sub = (r.Attributes[0].SubSection ?? '').replace(/\s*\([A-Z]{2}-\d+.*\)$/, '');
    return { id, title: title || `${sub}: ${r.Description.split('.')[0]}`.slice(0, 200), section: r.Attributes[0].Section };
  },
};
