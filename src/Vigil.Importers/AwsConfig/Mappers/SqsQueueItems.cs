using Vigil.Core.Model;
using Vigil.Core.Model.Sqs;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::SQS::Queue: the queue's attributes (GetQueueAttributes), written as strings.</summary>
internal sealed class SqsQueueItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.SqsQueue;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var arn = c.Text("QueueArn") ?? item.Arn ?? item.ResourceId;
        var name = c.Text("QueueName") ?? item.ResourceName ?? arn.Split(':')[^1];
        var redrive = c.Document("RedrivePolicy") is { } text ? Detection.JsonValues.ParseEmbedded(text, import.Path, $"the RedrivePolicy of queue {name}") : null;
        var queue = new SqsQueue
        {
            Arn = arn,
            Name = name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            QueueUrl = c.Text("QueueUrl") ?? $"https://sqs.{item.Region}.amazonaws.com/{item.AccountId}/{name}",
            KmsMasterKeyId = c.Text("KmsMasterKeyId") is { Length: > 0 } key ? key : null,
            SqsManagedSseEnabled = c.Flag("SqsManagedSseEnabled") == true,
            Policy = c.Document("Policy"),
            DeadLetterTargetArn = redrive.Text("deadLetterTargetArn"),
            FifoQueue = c.Flag("FifoQueue") == true,
            MessageRetentionPeriodSeconds = (int)(c.Number("MessageRetentionPeriod") ?? 345600),
        };
        var missing = new MissingProperties("sqs", ResourceType)
            .AddIf(queue.Policy is null, nameof(SqsQueue.Policy), "GetQueueAttributes")
            .AddIf(!c.Has("SqsManagedSseEnabled") && queue.KmsMasterKeyId is null, nameof(SqsQueue.SqsManagedSseEnabled), "GetQueueAttributes")
            .AddIf(redrive is null, nameof(SqsQueue.DeadLetterTargetArn), "GetQueueAttributes");
        import.Add(import.Missing(queue, missing.List));
    }
}
