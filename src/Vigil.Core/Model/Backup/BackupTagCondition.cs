namespace Vigil.Core.Model.Backup;

/// <summary>A tag test of a backup selection: the resource's tag <see cref="TagKey"/> compared with <see cref="Value"/>.</summary>
public sealed record BackupTagCondition
{
    /// <summary>StringEquals, StringNotEquals, StringLike or StringNotLike (case-sensitive, '*' and '?' wildcards for the Like forms).</summary>
    public required string Operator { get; init; }
    /// <summary>The tag key, without the aws:ResourceTag/ prefix the API uses in Conditions.</summary>
    public required string TagKey { get; init; }
    public required string Value { get; init; }
}
