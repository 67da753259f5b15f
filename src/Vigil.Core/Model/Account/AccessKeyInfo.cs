namespace Vigil.Core.Model.Account;

public sealed record AccessKeyInfo
{
    public bool Active { get; init; }
    public DateTimeOffset? LastRotated { get; init; }
    public DateTimeOffset? LastUsed { get; init; }
}
