namespace Vigil.Core.Model.Backup;

public sealed record BackupPlan : Resource
{
    public override string ResourceType => ResourceTypes.BackupPlan;

    public required string BackupPlanId { get; init; }
    public IReadOnlyList<BackupRule> Rules { get => field ?? []; init; }
    /// <summary>ARNs or ARN patterns the plan's selections cover (resource ARNs, "*" or "arn:aws:ec2:*:*:volume/*").</summary>
    public IReadOnlyList<string> SelectedResources { get => field ?? []; init; }
}
