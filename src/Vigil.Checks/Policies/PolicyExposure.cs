using Vigil.Access.Exposure;

namespace Vigil.Checks.Policies;

/// <summary>What the IAM engine says a resource policy opens to the outside, or why the policy could not be read.
/// <see cref="Resource"/> and <see cref="HoldsForRenamedResource"/> tell whether the verdict holds for another resource
/// whose policy is the same but for naming that resource instead of this one.</summary>
internal sealed class PolicyExposure : IPolicyVerdict
{
    private PolicyExposure(IReadOnlyList<PolicyGrant> grants, string? parseError, string resource, bool holdsForRenamedResource, bool holdsInAnotherAccount)
    {
        HoldsInAnotherAccount = holdsInAnotherAccount && holdsForRenamedResource;
        Grants = grants;
        ParseError = parseError;
        Resource = resource;
        HoldsForRenamedResource = holdsForRenamedResource;
    }

    public IReadOnlyList<PolicyGrant> Grants { get; }

    public string? ParseError { get; }

    public bool Cacheable => ParseError is null;

    public string Resource { get; }

    public bool HoldsForRenamedResource { get; }

    public bool HoldsInAnotherAccount { get; }

    public static PolicyExposure Of(IReadOnlyList<PolicyGrant> grants, string resource, bool holdsForRenamedResource, bool holdsInAnotherAccount) =>
        new(grants, null, resource, holdsForRenamedResource, holdsInAnotherAccount);

    public static PolicyExposure Unparseable(string parseError, string resource) => new([], parseError, resource, false, false);

    /// <summary>The first grant to anyone or to any AWS account that includes some of <paramref name="access"/>.</summary>
    public PolicyGrant? Public(ExposureAccess access)
    {
        foreach (var grant in Grants)
        {
            if (!grant.IsForeign && (grant.Access & access) != 0) return grant;
        }

        return null;
    }

    /// <summary>Grants to named foreign accounts that include some of <paramref name="access"/>.</summary>
    public IReadOnlyList<PolicyGrant> Foreign(ExposureAccess access) =>
        [.. Grants.Where(g => g.IsForeign && (g.Access & access) != 0)];
}
