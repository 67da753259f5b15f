namespace Vigil.Access.Exposure;

/// <summary>What an exposure analysis needs beyond the snapshot: the accounts the user trusts
/// (CheckSettings.TrustedAccounts) and the time conditions are evaluated at.</summary>
public sealed record ExposureSettings(IReadOnlyCollection<string> TrustedAccounts, DateTimeOffset Now);
