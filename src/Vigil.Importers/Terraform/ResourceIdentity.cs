namespace Vigil.Importers.Terraform;

/// <summary>The synthetic identity of a planned resource: its ARN, its name (the physical name when the plan knows
/// it, else the resource address) and its id (the same for resources whose id AWS assigns).</summary>
internal sealed record ResourceIdentity(string Arn, string Name, string Id, bool HasPhysicalName)
{
    /// <summary>Another string that names the resource in other resources' arguments (an SQS queue's URL).</summary>
    public string? Alias { get; init; }
}
