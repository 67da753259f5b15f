namespace Vigil.Core.Model.Iam;

public sealed record IamGroup : Resource
{
    public override string ResourceType => ResourceTypes.IamGroup;

    public string Path { get => field ?? "/"; init; }
    public IReadOnlyList<AttachedPolicy> AttachedPolicies { get => field ?? []; init; }
    public IReadOnlyList<InlinePolicy> InlinePolicies { get => field ?? []; init; }
}
