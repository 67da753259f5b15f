using System.Collections.Frozen;
using Vigil.Core.Model;

namespace Vigil.Access.Exposure;

/// <summary>Labels accounts and organizations relative to a resource's account: the snapshot's accounts of the same
/// organization are "organization", accounts of the trusted list are "trusted", everything else is "external".</summary>
public sealed class AccountLabels
{
    private readonly FrozenDictionary<string, string> _organizationOf;
    private readonly FrozenSet<string> _trusted;

    public AccountLabels(Snapshot snapshot, IEnumerable<string> trustedAccounts)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _organizationOf = snapshot.Accounts.Where(a => a.OrganizationId is not null)
            .GroupBy(a => a.AccountId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().OrganizationId!, StringComparer.Ordinal);
        _trusted = trustedAccounts.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Accounts that must not stand for "an unknown account" in a probe.</summary>
    public bool IsKnown(string account) => _organizationOf.ContainsKey(account) || _trusted.Contains(account);

    /// <summary>The label of <paramref name="account"/> seen from a resource of <paramref name="owner"/>; null for the owner itself.</summary>
    public ExposureLabel? OfAccount(string account, string owner)
    {
        if (account == owner) return null;
        if (OrganizationOf(owner) is { } organization && OrganizationOf(account) == organization) return ExposureLabel.Organization;
        return _trusted.Contains(account) ? ExposureLabel.Trusted : ExposureLabel.External;
    }

    /// <summary>The label of an organization id (aws:PrincipalOrgID, aws:SourceOrgID) seen from a resource of <paramref name="owner"/>.</summary>
    public ExposureLabel OfOrganization(string organizationId, string owner) =>
        OrganizationOf(owner) == organizationId ? ExposureLabel.Organization : ExposureLabel.External;

    public string? OrganizationOf(string account) => _organizationOf.GetValueOrDefault(account);

    /// <summary>The widest of two labels: public, then external, then trusted, then organization.</summary>
    public static ExposureLabel Widest(ExposureLabel a, ExposureLabel b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(ExposureLabel label) => label switch
    {
        ExposureLabel.Public => 3,
        ExposureLabel.External => 2,
        ExposureLabel.Trusted => 1,
        _ => 0,
    };
}
