namespace Vigil.Core.Model.Lambda;

/// <summary>One version of a Lambda layer (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION). Each version carries its
/// own resource policy, which decides which accounts or organizations may use it in their functions.</summary>
public sealed record LambdaLayerVersion : Resource
{
    public override string ResourceType => ResourceTypes.LambdaLayerVersion;

    public required string LayerName { get; init; }
    public required long Version { get; init; }
    public string? Description { get; init; }
    /// <summary>python3.12, nodejs20.x, ... as declared when the version was published (may be empty).</summary>
    public IReadOnlyList<string> CompatibleRuntimes { get => field ?? []; init; }
    /// <summary>x86_64 and/or arm64 as declared when the version was published (may be empty).</summary>
    public IReadOnlyList<string> CompatibleArchitectures { get => field ?? []; init; }
    public DateTimeOffset? CreatedDate { get; init; }
    public string? LicenseInfo { get; init; }
    /// <summary>The layer version's resource-based policy as JSON, or null when none.</summary>
    public string? Policy { get; init; }
}
