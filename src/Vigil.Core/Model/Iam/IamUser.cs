namespace Vigil.Core.Model.Iam;

public sealed record IamUser : Resource
{
    public override string ResourceType => ResourceTypes.IamUser;

    public string? UserId { get; init; }
    public string Path { get => field ?? "/"; init; }
    public DateTimeOffset? CreateDate { get; init; }
    public DateTimeOffset? PasswordLastUsed { get; init; }
    public bool HasConsolePassword { get; init; }
    public IReadOnlyList<MfaDevice> MfaDevices { get => field ?? []; init; }
    public IReadOnlyList<AccessKey> AccessKeys { get => field ?? []; init; }
    public IReadOnlyList<string> Groups { get => field ?? []; init; }
    public IReadOnlyList<AttachedPolicy> AttachedPolicies { get => field ?? []; init; }
    public IReadOnlyList<InlinePolicy> InlinePolicies { get => field ?? []; init; }
    public string? PermissionsBoundaryArn { get; init; }
}
