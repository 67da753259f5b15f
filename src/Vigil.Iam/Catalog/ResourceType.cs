namespace Vigil.Iam.Catalog;

/// <summary>A resource type of a service with its ARN format, such as <c>arn:${Partition}:s3:::${BucketName}/${ObjectName}</c>.</summary>
public sealed class ResourceType
{
    internal ResourceType(string servicePrefix, string name, string arnFormat, IReadOnlyList<ConditionKey> conditionKeys)
    {
        ServicePrefix = servicePrefix;
        Name = name;
        ArnFormat = arnFormat;
        ConditionKeys = conditionKeys;
    }

    public string ServicePrefix { get; }

    public string Name { get; }

    public string ArnFormat { get; }

    public IReadOnlyList<ConditionKey> ConditionKeys { get; }

    public override string ToString() => Name;
}
