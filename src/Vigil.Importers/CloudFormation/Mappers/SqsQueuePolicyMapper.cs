using Vigil.Core.Model.Sqs;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::SQS::QueuePolicy: the policy of each queue (by URL) in Queues.</summary>
internal sealed class SqsQueuePolicyMapper : IResourceMapper
{
    public string Type => "AWS::SQS::QueuePolicy";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        var policy = r.Json("Policy", "PolicyDocument");
        foreach (var queue in (r.Value("Queues") as CfnList)?.Items ?? [])
        {
            if (context.Target<SqsQueue>(queue) is { } arn) context.Join<SqsQueue>(r, arn, "Policy", q => q with { Policy = policy });
        }
    }
}
