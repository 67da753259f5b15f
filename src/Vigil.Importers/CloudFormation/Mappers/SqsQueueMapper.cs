using Vigil.Core.Model.Sqs;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::SQS::Queue. A queue without KmsMasterKeyId gets SQS-managed encryption, the default for new queues
/// (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html);
/// retention defaults to four days.</summary>
internal sealed class SqsQueueMapper : IResourceMapper
{
    public string Type => "AWS::SQS::Queue";

    public void Map(MappedResource r, MappingContext context)
    {
        var key = r.String("KmsMasterKeyId", "KmsMasterKeyId");
        context.Add(new SqsQueue
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            QueueUrl = r.Identity.Ref,
            KmsMasterKeyId = key,
            SqsManagedSseEnabled = key is null && !r.Unknowns.ContainsKey("KmsMasterKeyId") && (r.Bool("SqsManagedSseEnabled", "SqsManagedSseEnabled") ?? true),
            DeadLetterTargetArn = r.String("DeadLetterTargetArn", "RedrivePolicy.deadLetterTargetArn"),
            FifoQueue = r.Bool("FifoQueue", "FifoQueue") ?? false,
            MessageRetentionPeriodSeconds = r.Int("MessageRetentionPeriodSeconds", "MessageRetentionPeriod") ?? 345600,
        }, r);
    }
}
