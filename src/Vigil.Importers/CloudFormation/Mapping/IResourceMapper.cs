namespace Vigil.Importers.CloudFormation.Mapping;

/// <summary>Turns resources of one CloudFormation type into snapshot records, or (when <see cref="ConfiguresAnother"/>)
/// joins them into the record of the resource they configure.</summary>
internal interface IResourceMapper
{
    string Type { get; }

    /// <summary>True for resources such as AWS::S3::BucketPolicy that set a property of another resource; they run
    /// after every resource of the template has its record.</summary>
    bool ConfiguresAnother => false;

    void Map(MappedResource resource, MappingContext context);
}
