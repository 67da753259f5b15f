namespace Vigil.Core.Model.Ec2;

/// <summary>An Amazon Machine Image owned by the account.</summary>
public sealed record Ami : Resource
{
    public override string ResourceType => ResourceTypes.Ami;

    public required string ImageId { get; init; }
    public bool Public { get; init; }
    public IReadOnlyList<string> SharedWithAccounts { get => field ?? []; init; }
    public DateTimeOffset? CreationDate { get; init; }
    public DateTimeOffset? DeprecationTime { get; init; }
    public bool EncryptedSnapshots { get; init; }
}
