namespace Vigil.Importers.AwsConfig;

/// <summary>Turns the AWS Config items of one resource type into snapshot records, as the live collector of that
/// type records them; what the items do not hold is recorded as not in the export.</summary>
internal interface IConfigItemMapper
{
    /// <summary>The AWS Config resource type read (AWS::S3::Bucket, ...).</summary>
    string ResourceType { get; }

    void Map(ConfigItem item, ConfigImport import);
}
