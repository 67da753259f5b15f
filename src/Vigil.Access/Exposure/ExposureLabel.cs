namespace Vigil.Access.Exposure;

/// <summary>Where the parties that can reach a resource stand relative to its account.</summary>
public enum ExposureLabel
{
    /// <summary>Anyone, or any AWS principal whatever its account.</summary>
    Public,
    /// <summary>Accounts (or identity providers, or services acting for accounts) outside the organization and the trusted list.</summary>
    External,
    /// <summary>Other accounts of the resource account's organization.</summary>
    Organization,
    /// <summary>Accounts of the configured trusted list (CheckSettings.TrustedAccounts).</summary>
    Trusted,
}
