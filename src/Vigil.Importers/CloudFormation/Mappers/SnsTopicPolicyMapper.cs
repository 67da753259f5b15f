using Vigil.Core.Model.Sns;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::SNS::TopicPolicy: the policy of each topic in Topics.</summary>
internal sealed class SnsTopicPolicyMapper : IResourceMapper
{
    public string Type => "AWS::SNS::TopicPolicy";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        var policy = r.Json("Policy", "PolicyDocument");
        foreach (var topic in (r.Value("Topics") as CfnList)?.Items ?? [])
        {
            if (context.Target<SnsTopic>(topic) is { } arn) context.Join<SnsTopic>(r, arn, "Policy", t => t with { Policy = policy });
        }
    }
}
