namespace Vigil.Core.Model.Ssm;

/// <summary>An SSM document owned by the account.</summary>
public sealed record SsmDocument : Resource
{
    public override string ResourceType => ResourceTypes.SsmDocument;

    public string? DocumentType { get; init; }
    public bool Public { get; init; }
    public IReadOnlyList<string> SharedWithAccounts { get => field ?? []; init; }
}
