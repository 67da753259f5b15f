namespace Vigil.Core.Model.Iam;

/// <summary>A managed policy (AWS or customer managed) with its default version's document.</summary>
public sealed record ManagedPolicy : Resource
{
    public override string ResourceType => ResourceTypes.IamManagedPolicy;

    public string Path { get => field ?? "/"; init; }
    public bool IsAwsManaged { get; init; }
    public string? DefaultVersionId { get; init; }
    public string? Document { get; init; }
    public int AttachmentCount { get; init; }
    public IReadOnlyList<PolicyVersion> Versions { get => field ?? []; init; }
}
