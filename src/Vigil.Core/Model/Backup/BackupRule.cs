namespace Vigil.Core.Model.Backup;

public sealed record BackupRule
{
    public required string RuleName { get; init; }
    public required string TargetVaultName { get; init; }
    public string? ScheduleExpression { get; init; }
    public int? DeleteAfterDays { get; init; }
    public int? MoveToColdStorageAfterDays { get; init; }
    public IReadOnlyList<string> CopyDestinationVaultArns { get => field ?? []; init; }
}
