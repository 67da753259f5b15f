using Vigil.Core.Model.S3;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::S3::BucketPolicy: the PolicyDocument becomes the Policy of the bucket it names.</summary>
internal sealed class S3BucketPolicyMapper : IResourceMapper
{
    public string Type => "AWS::S3::BucketPolicy";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<S3Bucket>(r.Value("Bucket")) is not { } bucket) return;
        var policy = r.Json("Policy", "PolicyDocument");
        context.Join<S3Bucket>(r, bucket, "Policy", b => b with { Policy = policy });
    }
}
