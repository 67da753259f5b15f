using System.Text.Json.Nodes;
using Vigil.Core.Model.Sqs;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>SQS per region: ListQueues and every queue's attributes (as strings, as SQS sends them) and tags.</summary>
internal static class SqsScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        foreach (var region in scope.Regions)
        {
            var queues = scope.In<SqsQueue>(region).ToList();
            script.Answer("sqs", "ListQueues", new JsonObject { ["QueueUrls"] = Trees.Strings(queues.Select(q => q.QueueUrl)) }, region);
            foreach (var queue in queues)
            {
                var attributes = Trees.Object(
                    ("QueueArn", queue.Arn), ("KmsMasterKeyId", queue.KmsMasterKeyId), ("SqsManagedSseEnabled", queue.SqsManagedSseEnabled ? "true" : "false"),
                    ("Policy", queue.Policy), ("FifoQueue", queue.FifoQueue ? "true" : null),
                    ("MessageRetentionPeriod", queue.MessageRetentionPeriodSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("RedrivePolicy", queue.DeadLetterTargetArn is { } dlq ? new JsonObject { ["deadLetterTargetArn"] = dlq, ["maxReceiveCount"] = 5 }.ToJsonString() : null));
                script.Answer("sqs", "GetQueueAttributes", new JsonObject { ["Attributes"] = attributes }, region, new JsonObject { ["QueueUrl"] = queue.QueueUrl });
                script.Answer("sqs", "ListQueueTags", new JsonObject { ["Tags"] = Trees.TagMap(queue.Tags) }, region, new JsonObject { ["QueueUrl"] = queue.QueueUrl });
            }
        }
    }
}
