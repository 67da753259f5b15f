namespace Vigil.Core.Model.Efs;

public sealed record EfsAccessPoint
{
    public required string AccessPointArn { get; init; }
    /// <summary>The enforced root directory path; null or "/" when none is enforced.</summary>
    public string? RootDirectoryPath { get; init; }
    public bool EnforcesPosixUser { get; init; }
}
