namespace Vigil.Core.Model.Backup;

/// <summary>One resource assignment of a backup plan (GetBackupSelection). A resource is selected when it matches
/// <see cref="Resources"/> or one of <see cref="ListOfTags"/> (every supported resource when both are empty), matches
/// none of <see cref="NotResources"/>, and meets all of <see cref="Conditions"/>.</summary>
public sealed record BackupSelection
{
    public required string SelectionName { get; init; }
    /// <summary>Resource ARNs or ARN patterns with '*' ("arn:aws:ec2:*:*:volume/*", "*").</summary>
    public IReadOnlyList<string> Resources { get => field ?? []; init; }
    /// <summary>ARNs or ARN patterns excluded from the selection.</summary>
    public IReadOnlyList<string> NotResources { get => field ?? []; init; }
    /// <summary>Tag conditions of which a resource must meet at least one (always StringEquals).</summary>
    public IReadOnlyList<BackupTagCondition> ListOfTags { get => field ?? []; init; }
    /// <summary>Tag conditions a resource must all meet.</summary>
    public IReadOnlyList<BackupTagCondition> Conditions { get => field ?? []; init; }
}
