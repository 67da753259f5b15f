namespace Vigil.Core.Model.Account;

public sealed record SecurityHubStatus
{
    public bool Enabled { get; init; }
    public IReadOnlyList<string> EnabledStandards { get => field ?? []; init; }
}
