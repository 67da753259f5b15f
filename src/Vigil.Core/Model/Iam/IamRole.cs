namespace Vigil.Core.Model.Iam;

public sealed record IamRole : Resource
{
    public override string ResourceType => ResourceTypes.IamRole;

    public string Path { get => field ?? "/"; init; }
    public DateTimeOffset? CreateDate { get; init; }
    /// <summary>The trust policy (AssumeRolePolicyDocument) as JSON.</summary>
    public string? TrustPolicy { get; init; }
    public string? PermissionsBoundaryArn { get; init; }
    public DateTimeOffset? LastUsedDate { get; init; }
    public string? LastUsedRegion { get; init; }
    public int? MaxSessionDuration { get; init; }
    public IReadOnlyList<AttachedPolicy> AttachedPolicies { get => field ?? []; init; }
    public IReadOnlyList<InlinePolicy> InlinePolicies { get => field ?? []; init; }
    public IReadOnlyList<string> InstanceProfileArns { get => field ?? []; init; }

    public bool IsServiceLinked => Path.StartsWith("/aws-service-role/", StringComparison.Ordinal);
}
