namespace Vigil.Core.Checks;

/// <summary>The values of the backupCopyRequired setting.</summary>
public static class BackupCopyKinds
{
    /// <summary>A copy action whose destination vault is in another region than the plan.</summary>
    public const string CrossRegion = "cross-region";

    /// <summary>A copy action whose destination vault belongs to another account than the plan.</summary>
    public const string CrossAccount = "cross-account";
}
