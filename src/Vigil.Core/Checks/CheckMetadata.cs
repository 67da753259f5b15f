namespace Vigil.Core.Checks;

/// <summary>What a check is about. The id never changes once released; the title states the passing state.</summary>
public sealed record CheckMetadata
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Severity Severity { get; init; }
    /// <summary>Lower-case AWS service prefix: iam, s3, ec2, kms, cloudtrail, ...</summary>
    public required string Service { get; init; }
    public required Domain Domain { get; init; }
    public Responsibility Responsibility { get; init; } = Responsibility.Customer;
    public required string Risk { get; init; }
    public required Remediation Remediation { get; init; }
}
