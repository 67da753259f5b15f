namespace Vigil.Core.Model.Iam;

public sealed record AccessKey
{
    public required string AccessKeyId { get; init; }
    /// <summary>Active or Inactive.</summary>
    public required string Status { get; init; }
    public DateTimeOffset? CreateDate { get; init; }
    public DateTimeOffset? LastUsedDate { get; init; }
    public string? LastUsedService { get; init; }

    public bool IsActive => Status == "Active";
}
