// The mapping from Vigil's simulate request format to @cloud-copilot/iam-simulate's input, shared by the
// cross-check and the speed comparison. The package is AGPL: it is only ever loaded from a folder outside the repository.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadOracle(prefix) {
  const sim = await import(pathToFileURL(join(prefix, 'node_modules', '@cloud-copilot', 'iam-simulate', 'dist', 'esm', 'index.js')).href);
  const toOracle = { Allowed: 'allowed', ExplicitlyDenied: 'explicitDeny', ImplicitlyDenied: 'implicitDeny' };

  const isRcpFullAccess = p => {
    const st = Array.isArray(p.Statement) ? p.Statement : [p.Statement];
    return st.length === 1 && st[0].Effect === 'Allow' && st[0].Action === '*' && st[0].Resource === '*' && st[0].Principal === '*' && !st[0].Condition;
  };

  function levels(list, kind, account, dropFull) {
    if (!list) return [];
    return list.map((level, i) => ({
      orgIdentifier: i === 0 ? 'r-root' : i === list.length - 1 ? account : `ou-level-${i}`,
      policies: level.filter(p => !(dropFull && isRcpFullAccess(p))).map((policy, j) => ({ name: `${kind}-${i}-${j}`, policy }))
    }));
  }

  function toSimulation(r) {
    const anonymous = r.principal === 'anonymous';
    const principalAccount = /^arn:aws:(iam|sts)::(\d{12}):/.exec(r.principal)?.[2] ?? r.resourceAccount;
    const s = {
      request: {
        principal: anonymous ? sim.anonymousPrincipal : r.principal,
        action: r.action,
        resource: { resource: r.resource, accountId: r.resourceAccount },
        contextVariables: r.context ?? {}
      },
      identityPolicies: anonymous ? [] : (r.identityPolicies ?? []).map((policy, i) => ({ name: `identity-${i}`, policy })),
      serviceControlPolicies: anonymous ? [] : levels(r.scps, 'scp', principalAccount, false),
      resourceControlPolicies: levels(r.rcps, 'rcp', r.resourceAccount, true)
    };
    if (r.resourcePolicy) s.resourcePolicy = r.resourcePolicy;
    if (r.permissionsBoundary && !anonymous) s.permissionBoundaryPolicies = [{ name: 'boundary', policy: r.permissionsBoundary }];
    if (r.sessionPolicy && !anonymous) s.sessionPolicy = r.sessionPolicy;
    return s;
  }
  return { sim, toOracle, toSimulation };
}
