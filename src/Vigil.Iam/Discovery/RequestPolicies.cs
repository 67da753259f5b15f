using Vigil.Iam.Evaluation;

namespace Vigil.Iam.Discovery;

/// <summary>The policies that take part in a request, labelled as the evaluator labels them, and the same request with
/// every policy replaced by one of its <see cref="PolicyVariants"/>.</summary>
internal static class RequestPolicies
{
    /// <summary>The policies the evaluator reads for this request (identity policies and the boundary not for anonymous
    /// and service callers, SCPs not for the account root of no organization or a service-linked role, RCPs only for
    /// the services that support them).</summary>
    public static IEnumerable<LabelledPolicy> Applying(AuthorizationRequest request)
    {
        var principal = request.PrincipalInfo;
        var identityApplies = principal.Kind is not (PrincipalKind.Anonymous or PrincipalKind.Service);
        if (identityApplies)
        {
            for (var i = 0; i < request.IdentityPolicies.Count; i++) yield return new(PolicyLabels.IdentityAt(i), request.IdentityPolicies[i]);
            if (request.PermissionsBoundary is { } boundary) yield return new("boundary", boundary);
        }

        if (request.ResourcePolicy is { } resource) yield return new("resource", resource);
        if (principal.IsSession && request.SessionPolicy is { } session) yield return new("session", session);
        if (request.Rcps is { } rcps && RcpServices.Supports(request.Service) && !principal.IsServiceLinkedRole
            && !string.Equals(request.ActionLower, "kms:retiregrant", StringComparison.Ordinal))
        {
            foreach (var policy in Levels(rcps, PolicyLabels.RcpAt)) yield return policy;
        }

        if (request.Scps is { } scps && principal.Account is not null && !principal.IsServiceLinkedRole)
        {
            foreach (var policy in Levels(scps, PolicyLabels.ScpAt)) yield return policy;
        }
    }

    public static AuthorizationRequest Replace(AuthorizationRequest request, Func<PolicyVariants, Policy> variant)
    {
        var context = request.Context;
        Policy One(Policy policy) => variant(PolicyVariants.Of(policy, context));
        Policy? Map(Policy? policy) => policy is null ? null : One(policy);
        IReadOnlyList<IReadOnlyList<Policy>>? MapLevels(IReadOnlyList<IReadOnlyList<Policy>>? levels) =>
            levels?.Select(level => (IReadOnlyList<Policy>)[.. level.Select(One)]).ToList();

        return request with
        {
            IdentityPolicies = [.. request.IdentityPolicies.Select(One)],
            ResourcePolicy = Map(request.ResourcePolicy),
            PermissionsBoundary = Map(request.PermissionsBoundary),
            SessionPolicy = Map(request.SessionPolicy),
            Scps = MapLevels(request.Scps),
            Rcps = MapLevels(request.Rcps),
        };
    }

    private static IEnumerable<LabelledPolicy> Levels(IReadOnlyList<IReadOnlyList<Policy>> levels, Func<int, int, string> label)
    {
        for (var l = 0; l < levels.Count; l++)
        {
            for (var i = 0; i < levels[l].Count; i++) yield return new(label(l, i), levels[l][i]);
        }
    }
}
