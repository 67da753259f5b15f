namespace Vigil.Core.Model.CloudTrail;

/// <summary>A basic or advanced event selector, reduced to what it records.</summary>
public sealed record EventSelector
{
    /// <summary>All, ReadOnly or WriteOnly.</summary>
    public string ReadWriteType { get => field ?? "All"; init; }
    public bool IncludeManagementEvents { get; init; }
    public IReadOnlyList<string> ExcludeManagementEventSources { get => field ?? []; init; }
    /// <summary>Data resources: type (AWS::S3::Object, AWS::Lambda::Function, ...) and ARN prefixes
    /// (arn:aws:s3 for every bucket, or specific bucket ARNs).</summary>
    public IReadOnlyList<DataResource> DataResources { get => field ?? []; init; }

    public bool RecordsReads => ReadWriteType is "All" or "ReadOnly";
    public bool RecordsWrites => ReadWriteType is "All" or "WriteOnly";
}
