#!/usr/bin/env node
// Builds data/aws/models.json.gz, the wire descriptions Vigil.Aws serialises requests and parses responses
// with, from botocore's service models (service-2.json.gz, paginators-1.json, endpoints.json) for the
// operations listed in operations.txt. Only what the wire needs is kept: documentation and validation
// constraints are dropped, and only shapes reachable from the listed operations are written.
//
// usage: node tools/aws-models/generate.mjs [BOTOCORE_DATA_DIR] [OUTPUT_FILE]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const defaultDataDirs = [
  '/usr/lib/python3/dist-packages/botocore/data',
  '/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data',
];
const supportedProtocols = ['query', 'ec2', 'json', 'rest-json', 'rest-xml'];
const metadataKeys = ['apiVersion', 'endpointPrefix', 'signingName', 'targetPrefix', 'jsonVersion', 'globalEndpoint',
  'serviceId', 'xmlNamespace', 'signatureVersion'];
const shapeKeys = ['type', 'members', 'member', 'key', 'value', 'required', 'payload', 'flattened', 'locationName',
  'xmlNamespace', 'timestampFormat', 'exception', 'error', 'streaming', 'document', 'union', 'jsonvalue'];
const memberKeys = ['shape', 'location', 'locationName', 'queryName', 'flattened', 'xmlAttribute', 'xmlNamespace',
  'timestampFormat', 'jsonvalue', 'hostLabel', 'idempotencyToken', 'streaming'];

function fail(message) {
  console.error(`generate.mjs: ${message}`);
  process.exit(1);
}

function pick(source, keys) {
  const result = {};
  for (const key of keys) if (source[key] !== undefined) result[key] = source[key];
  return result;
}

function resolveDataDir(argument) {
  const candidates = argument ? [argument] : defaultDataDirs;
  const found = candidates.find(dir => fs.existsSync(path.join(dir, 'sts')));
  if (!found) fail(`no botocore data directory found (tried ${candidates.join(', ')})`);
  return found;
}

function botocoreVersion(dataDir) {
  const init = path.join(dataDir, '..', '__init__.py');
  const match = fs.existsSync(init) && /__version__ = '([^']+)'/.exec(fs.readFileSync(init, 'utf8'));
  return match ? match[1] : 'unknown';
}

function readOperationList() {
  const wanted = new Map();
  const lines = fs.readFileSync(path.join(here, 'operations.txt'), 'utf8').split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^([a-z0-9-]+):([A-Za-z0-9]+)$/.exec(line);
    if (!match) fail(`operations.txt line ${index + 1}: expected service:Operation, got "${line}"`);
    if (!wanted.has(match[1])) wanted.set(match[1], new Set());
    wanted.get(match[1]).add(match[2]);
  });
  return wanted;
}

function latestVersionDir(dataDir, service) {
  const serviceDir = path.join(dataDir, service);
  if (!fs.existsSync(serviceDir)) fail(`service "${service}" is not in ${dataDir}`);
  const versions = fs.readdirSync(serviceDir).filter(v => fs.existsSync(path.join(serviceDir, v, 'service-2.json.gz'))
    || fs.existsSync(path.join(serviceDir, v, 'service-2.json'))).sort();
  if (versions.length === 0) fail(`service "${service}" has no service-2.json in ${serviceDir}`);
  return path.join(serviceDir, versions[versions.length - 1]);
}

function readJson(dir, name) {
  const gz = path.join(dir, `${name}.gz`);
  if (fs.existsSync(gz)) return JSON.parse(zlib.gunzipSync(fs.readFileSync(gz)).toString('utf8'));
  const plain = path.join(dir, name);
  return fs.existsSync(plain) ? JSON.parse(fs.readFileSync(plain, 'utf8')) : null;
}

function chooseProtocol(service, metadata) {
  const offered = metadata.protocols ?? [metadata.protocol];
  const chosen = offered.find(p => supportedProtocols.includes(p));
  if (!chosen) fail(`service "${service}" speaks ${offered.join(', ')}, none of which Vigil implements`);
  return chosen;
}

function collectShapes(model, roots) {
  const kept = {};
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop();
    if (kept[name]) continue;
    const shape = model.shapes[name];
    if (!shape) fail(`shape "${name}" is referenced but not defined`);
    const trimmed = pick(shape, shapeKeys);
    if (shape.members) {
      trimmed.members = {};
      for (const [memberName, member] of Object.entries(shape.members)) {
        trimmed.members[memberName] = pick(member, memberKeys);
        pending.push(member.shape);
      }
    }
    for (const key of ['member', 'key', 'value']) {
      if (shape[key]) {
        trimmed[key] = pick(shape[key], memberKeys);
        pending.push(shape[key].shape);
      }
    }
    kept[name] = trimmed;
  }
  return Object.fromEntries(Object.keys(kept).sort().map(name => [name, kept[name]]));
}

function buildService(dataDir, service, operationNames) {
  const versionDir = latestVersionDir(dataDir, service);
  const model = readJson(versionDir, 'service-2.json');
  const paginators = readJson(versionDir, 'paginators-1.json')?.pagination ?? {};
  const metadata = { protocol: chooseProtocol(service, model.metadata), ...pick(model.metadata, metadataKeys) };
  if (model.metadata.awsQueryCompatible) metadata.awsQueryCompatible = true;
  const operations = {};
  const roots = [];
  for (const name of [...operationNames].sort()) {
    const operation = model.operations[name];
    if (!operation) fail(`operation "${service}:${name}" is not in ${versionDir}`);
    const entry = { http: pick(operation.http, ['method', 'requestUri', 'responseCode']) };
    if (operation.input) { entry.input = pick(operation.input, ['shape', 'locationName', 'xmlNamespace']); roots.push(operation.input.shape); }
    if (operation.output) { entry.output = pick(operation.output, ['shape', 'resultWrapper']); roots.push(operation.output.shape); }
    if (operation.errors?.length) { entry.errors = operation.errors.map(e => e.shape); roots.push(...entry.errors); }
    if (operation.endpoint?.hostPrefix) entry.hostPrefix = operation.endpoint.hostPrefix;
    if (paginators[name]) entry.paginator = paginators[name];
    operations[name] = entry;
  }
  return { metadata, operations, shapes: collectShapes(model, roots) };
}

function buildPartitions(dataDir, services) {
  const endpoints = JSON.parse(fs.readFileSync(path.join(dataDir, 'endpoints.json'), 'utf8'));
  const prefixes = new Set(Object.values(services).map(s => s.metadata.endpointPrefix));
  return endpoints.partitions.map(partition => {
    const globalEndpoints = {};
    for (const prefix of [...prefixes].sort()) {
      const entry = partition.services[prefix];
      if (!entry || entry.isRegionalized !== false || !entry.partitionEndpoint) continue;
      const endpoint = entry.endpoints[entry.partitionEndpoint] ?? {};
      const region = endpoint.credentialScope?.region;
      if (!endpoint.hostname || !region) continue;
      globalEndpoints[prefix] = { hostname: endpoint.hostname, signingRegion: region };
    }
    return { name: partition.partition, dnsSuffix: partition.dnsSuffix, regionRegex: partition.regionRegex, globalEndpoints };
  });
}

const dataDir = resolveDataDir(process.argv[2]);
const output = process.argv[3] ?? path.join(repoRoot, 'data', 'aws', 'models.json.gz');
const wanted = readOperationList();
const services = {};
for (const service of [...wanted.keys()].sort()) services[service] = buildService(dataDir, service, wanted.get(service));
const document = { source: `botocore ${botocoreVersion(dataDir)}`, partitions: buildPartitions(dataDir, services), services };
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, zlib.gzipSync(Buffer.from(JSON.stringify(document)), { level: 9 }));
const operationCount = Object.values(services).reduce((n, s) => n + Object.keys(s.operations).length, 0);
console.log(`wrote ${output}: ${Object.keys(services).length} services, ${operationCount} operations, from ${document.source}`);
