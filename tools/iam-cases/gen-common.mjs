import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const A = '111122223333';
export const B = '444455556666';
export const ORG = 'o-a1b2c3d4e5';
export const ALICE = `arn:aws:iam::${A}:user/alice`;
export const CAROL = `arn:aws:iam::${A}:user/carol`;
export const ROLE = `arn:aws:iam::${A}:role/app-role`;
export const SESSION = `arn:aws:sts::${A}:assumed-role/app-role/session1`;
export const FEDERATED = `arn:aws:sts::${A}:federated-user/bob`;
export const ROOT_A = `arn:aws:iam::${A}:root`;
export const ROOT_B = `arn:aws:iam::${B}:root`;
export const BOB_B = `arn:aws:iam::${B}:user/bob`;
export const ROLE_B = `arn:aws:iam::${B}:role/partner-role`;
export const SESSION_B = `arn:aws:sts::${B}:assumed-role/partner-role/session1`;
export const BUCKET = 'amzn-s3-demo-bucket';
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
export const OBJECT = `${BUCKET_ARN}/reports/q1.csv`;
export const QUEUE = `arn:aws:sqs:us-east-1:${A}:orders`;
export const KEY = `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
export const INSTANCE = `arn:aws:ec2:us-east-1:${A}:instance/i-0123456789abcdef0`;

export const policy = (...Statement) => ({ Version: '2012-10-17', Statement });
export const allow = (Action, Resource = '*', extra = {}) => ({ Effect: 'Allow', Action, Resource, ...extra });
export const deny = (Action, Resource = '*', extra = {}) => ({ Effect: 'Deny', Action, Resource, ...extra });
export const FULL_AWS_ACCESS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
export const RCP_FULL_AWS_ACCESS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };

export class Topic {
  constructor(file, description, source) {
    this.file = file; this.description = description; this.source = source; this.cases = [];
  }
  add(name, expected, request, extra = {}) {
    if (!['allowed', 'explicitDeny', 'implicitDeny'].includes(expected)) throw new Error(expected);
    if (this.cases.some(c => c.name === name)) throw new Error(`duplicate ${name}`);
    const id = `${this.file}-${String(this.cases.length + 1).padStart(3, '0')}`;
    this.cases.push({
      name,
      request: {
        id,
        principal: request.principal ?? ALICE,
        action: request.action ?? 's3:GetObject',
        resource: request.resource ?? OBJECT,
        resourceAccount: request.resourceAccount ?? A,
        context: request.context ?? {},
        identityPolicies: request.identityPolicies ?? [],
        resourcePolicy: request.resourcePolicy ?? null,
        permissionsBoundary: request.permissionsBoundary ?? null,
        scps: request.scps ?? null,
        rcps: request.rcps ?? null,
        sessionPolicy: request.sessionPolicy ?? null
      },
      expected,
      ...extra
    });
    return this;
  }
  write() {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'Vigil.Iam.Tests', 'Cases');
    const body = { description: this.description, source: this.source, cases: this.cases };
    writeFileSync(join(dir, `${this.file}.json`), JSON.stringify(body, null, 2) + '\n');
    return this.cases.length;
  }
}
