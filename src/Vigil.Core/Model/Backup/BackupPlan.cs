namespace Vigil.Core.Model.Backup;

public sealed record BackupPlan : Resource
{
    public override string ResourceType => ResourceTypes.BackupPlan;

    public required string BackupPlanId { get; init; }
    public IReadOnlyList<BackupRule> Rules { get => field ?? []; init; }
    /// <summary>ARNs or ARN patterns the plan's selections name (resource ARNs, "*" or "arn:aws:ec2:*:*:volume/*"). Snapshots
    /// that record no <see cref="Selections"/> are read as one selection of exactly these resources.</summary>
    public IReadOnlyList<string> SelectedResources { get => field ?? []; init; }
    /// <summary>The plan's resource assignments with their exclusions and tag conditions.</summary>
    public IReadOnlyList<BackupSelection> Selections { get => field ?? []; init; }
}
