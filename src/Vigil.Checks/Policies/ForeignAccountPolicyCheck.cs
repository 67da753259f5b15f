using Vigil.Access.Exposure;
using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Checks.Policies;

/// <summary>A "resource policy grants no access to accounts outside the estate" check: fails when the IAM engine lets
/// a foreign account the policy names (neither in the snapshot nor in the trustedAccounts setting), or the accounts of
/// an organization other than the estate's that an open grant names in aws:PrincipalOrgID, perform one of the
/// service's probe actions, and names each with the actions it gets. Grants to anyone or to any AWS
/// account are the public-access checks' findings. The verdict is the cached <see cref="PolicyExposure"/> the
/// public-access check of the same service reads, so the policy is analysed once for both.</summary>
internal abstract class ForeignAccountPolicyCheck<T> : Check<T> where T : Resource
{
    protected abstract ExposureProbeSet Probes { get; }

    /// <summary>The policy's name in messages: "queue policy", "key policy".</summary>
    protected abstract string PolicyKind { get; }

    /// <summary>What the probe actions amount to, after "may": "use or manage the key".</summary>
    protected abstract string Reach { get; }

    public override IReadOnlyList<string>? Reads => ["Policy"];

    /// <summary>The resource's policy document, or null when it has none.</summary>
    protected abstract string? PolicyOf(T resource);

    public override CheckOutcome Evaluate(T resource, CheckContext context) =>
        PolicyOf(resource) is { } document
            ? EvaluatePolicy(resource, document, context)
            : Pass($"{resource.Name} has no {PolicyKind}.");

    protected CheckOutcome EvaluatePolicy(T resource, string document, CheckContext context)
    {
        var exposure = ResourcePolicyExposure.Of(context, resource, document, Probes);
        if (exposure.ParseError is { } error)
            return CheckOutcome.Error($"The {PolicyKind} of {resource.Name} could not be parsed: {error.TrimEnd('.')}.");
        var grants = exposure.Foreign(ExposureAccess.Any);
        if (grants.Count == 0) return Pass($"The {PolicyKind} of {resource.Name} names no account outside the estate that may {Reach}.");
        var described = string.Join("; ", grants.Select(g => $"{g.Who} ({g.ActionsFor(ExposureAccess.Any)})"));
        return Fail($"The {PolicyKind} of {resource.Name} lets accounts outside the estate {Reach}: {described}.");
    }
}
