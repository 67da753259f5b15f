namespace Vigil.Access.WhoCan;

/// <summary>How a principal's account relates to the resource's account, as the JSON names it.</summary>
public static class AccountRelation
{
    public const string SameAccount = "same-account";

    /// <summary>Another account of the input (scanned together, so inside the estate).</summary>
    public const string Inventoried = "inventoried";

    /// <summary>An account of the configured trusted list (CheckSettings.TrustedAccounts).</summary>
    public const string Trusted = "trusted";

    public const string External = "external";

    /// <summary>Anyone: any AWS account, or unauthenticated callers.</summary>
    public const string Public = "public";
}
