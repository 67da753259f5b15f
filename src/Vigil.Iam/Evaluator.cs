using Vigil.Iam.Evaluation;
using Vigil.Iam.Policies;

namespace Vigil.Iam;

/// <summary>AWS's policy evaluation logic (IAM User Guide): explicit deny, RCP and SCP levels, resource and identity policies with the principal-type rules, permissions boundary, session policy, cross-account.</summary>
public static class Evaluator
{
    private static readonly MatchedStatement[] None = [];

    /// <summary>The statements that applied so far, reused by every evaluation on a thread (results copy what they keep).</summary>
    [ThreadStatic] private static List<StatementHit>? t_hits;

    public static AuthorizationResult Evaluate(AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var principal = request.PrincipalInfo;
        if (principal.Kind != PrincipalKind.Anonymous && string.Equals(request.ActionLower, "sts:getcalleridentity", StringComparison.Ordinal))
        {
            // AWS STS API Reference, GetCallerIdentity: no permissions are required, and an explicit deny does not stop it.
            return new AuthorizationResult(Decision.Allowed, None);
        }

        var hits = t_hits ??= new List<StatementHit>(8);
        hits.Clear();

        var identityApplies = principal.Kind is not (PrincipalKind.Anonymous or PrincipalKind.Service);
        var identity = default(PolicyScan);
        if (identityApplies)
        {
            var policies = request.IdentityPolicies;
            for (var i = 0; i < policies.Count; i++) identity.Add(policies[i], PolicyLabels.IdentityAt(i), request, hits);
        }

        var resource = default(PolicyScan);
        if (request.ResourcePolicy is { } resourcePolicy) resource.Add(resourcePolicy, "resource", request, hits);

        var boundary = default(PolicyScan);
        var hasBoundary = identityApplies && request.PermissionsBoundary is not null;
        if (hasBoundary) boundary.Add(request.PermissionsBoundary!, "boundary", request, hits);

        var session = default(PolicyScan);
        var hasSessionPolicy = principal.IsSession && request.SessionPolicy is not null;
        if (hasSessionPolicy) session.Add(request.SessionPolicy!, "session", request, hits);

        var organizationAllows = true;
        var deny = identity.Deny | resource.Deny | boundary.Deny | session.Deny;
        if (request.Rcps is { } rcps && RcpsApply(request, principal))
        {
            organizationAllows &= ScanLevels(rcps, PolicyLabels.RcpAt, request, hits, ref deny);
        }

        if (request.Scps is { } scps && principal.Account is not null && !principal.IsServiceLinkedRole)
        {
            organizationAllows &= ScanLevels(scps, PolicyLabels.ScpAt, request, hits, ref deny);
        }

        if (deny) return Result(Decision.ExplicitDeny, hits, allow: false);
        if (!organizationAllows) return new AuthorizationResult(Decision.ImplicitDeny, None);

        var boundaryOk = !hasBoundary || boundary.Allow;
        var sessionOk = principal.Kind switch
        {
            PrincipalKind.RoleSession => !hasSessionPolicy || session.Allow,
            PrincipalKind.FederatedUser => hasSessionPolicy && session.Allow,
            _ => true,
        };
        var identitySide = principal.Kind == PrincipalKind.AccountRoot || (identity.Allow && boundaryOk && sessionOk);
        var level = resource.Allow ? resource.AllowLevel : PrincipalLevel.None;

        bool allowed;
        if (!identityApplies) allowed = level != PrincipalLevel.None;
        else if (!SameAccount(request, principal)) allowed = level != PrincipalLevel.None && identitySide;
        else
        {
            allowed = level switch
            {
                PrincipalLevel.Direct => true,
                PrincipalLevel.Role => boundaryOk && sessionOk,
                PrincipalLevel.Account => identitySide,
                _ => !NeedsExplicitTrust(request) && identitySide,
            };
        }

        return allowed ? Result(Decision.Allowed, hits, allow: true) : new AuthorizationResult(Decision.ImplicitDeny, None);
    }

    private static bool ScanLevels(
        IReadOnlyList<IReadOnlyList<Policy>> levels,
        Func<int, int, string> label,
        AuthorizationRequest request,
        List<StatementHit> hits,
        ref bool deny)
    {
        var everyLevelAllows = true;
        for (var l = 0; l < levels.Count; l++)
        {
            var scan = default(PolicyScan);
            var policies = levels[l];
            for (var i = 0; i < policies.Count; i++) scan.Add(policies[i], label(l, i), request, hits);
            deny |= scan.Deny;
            everyLevelAllows &= scan.Allow;
        }

        return everyLevelAllows;
    }

    private static bool RcpsApply(AuthorizationRequest request, PrincipalInfo principal) =>
        RcpServices.Supports(request.Service)
        && !principal.IsServiceLinkedRole
        && !string.Equals(request.ActionLower, "kms:retiregrant", StringComparison.Ordinal);

    private static bool SameAccount(AuthorizationRequest request, PrincipalInfo principal)
    {
        if (principal.Account is null) return true;
        if (request.ResourceAccount is { Length: > 0 } owner) return string.Equals(owner, principal.Account, StringComparison.Ordinal);
        var account = Arn.Field(request.Resource, 4);
        return account.IsEmpty || account.SequenceEqual(principal.Account);
    }

    /// <summary>Role trust policies (sts: actions such as AssumeRole* or TagSession on a role) and KMS key policies (kms: on a key) must allow the request themselves.</summary>
    private static bool NeedsExplicitTrust(AuthorizationRequest request)
    {
        var resource = request.Resource;
        return request.Service switch
        {
            "sts" => Arn.Field(resource, 2).SequenceEqual("iam") && Arn.Field(resource, 5).StartsWith("role/"),
            "kms" => Arn.Field(resource, 2).SequenceEqual("kms") && Arn.Field(resource, 5).StartsWith("key/"),
            _ => false,
        };
    }

    private static AuthorizationResult Result(Decision decision, List<StatementHit> hits, bool allow)
    {
        var count = 0;
        foreach (var hit in hits)
        {
            if (hit.Statement.IsAllow == allow) count++;
        }

        if (count == 0) return new AuthorizationResult(decision, None);
        var matched = new MatchedStatement[count];
        var n = 0;
        foreach (var hit in hits)
        {
            if (hit.Statement.IsAllow == allow) matched[n++] = new MatchedStatement(hit.Policy, hit.Statement.Sid, hit.Statement.Effect);
        }

        return new AuthorizationResult(decision, matched);
    }
}
