namespace Vigil.Core.Model.Account;

public sealed record AccessAnalyzerInfo
{
    public required string Arn { get; init; }
    public required string Name { get; init; }
    /// <summary>ACCOUNT, ORGANIZATION, ACCOUNT_UNUSED_ACCESS or ORGANIZATION_UNUSED_ACCESS.</summary>
    public required string Type { get; init; }
    /// <summary>ACTIVE, CREATING, DISABLED or FAILED.</summary>
    public required string Status { get; init; }

    public bool IsActiveExternalAccessAnalyzer =>
        Status == "ACTIVE" && (Type == "ACCOUNT" || Type == "ORGANIZATION");
}
