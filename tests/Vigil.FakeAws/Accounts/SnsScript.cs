using System.Globalization;
using System.Text.Json.Nodes;
using Vigil.Core.Model.Sns;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>SNS per region: ListTopics, and per topic its attributes, tags and one subscription per protocol.</summary>
internal static class SnsScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        foreach (var region in scope.Regions)
        {
            var topics = scope.In<SnsTopic>(region).ToList();
            script.Answer("sns", "ListTopics", new JsonObject { ["Topics"] = Trees.Array(topics.Select(t => new JsonObject { ["TopicArn"] = t.Arn })) }, region);
            foreach (var topic in topics)
            {
                var when = new JsonObject { ["TopicArn"] = topic.Arn };
                script.Answer("sns", "GetTopicAttributes", new JsonObject
                {
                    ["Attributes"] = Trees.Object(
                        ("TopicArn", topic.Arn), ("Owner", scope.AccountId), ("KmsMasterKeyId", topic.KmsMasterKeyId), ("Policy", topic.Policy),
                        ("SubscriptionsConfirmed", topic.SubscriptionsConfirmed.ToString(CultureInfo.InvariantCulture)), ("SubscriptionsPending", "0"),
                        ("FifoTopic", topic.FifoTopic ? "true" : null)),
                }, region, when);
                script.Answer("sns", "ListSubscriptionsByTopic", new JsonObject
                {
                    ["Subscriptions"] = Trees.Array(topic.SubscriptionProtocols.Select((protocol, n) => new JsonObject
                    {
                        ["SubscriptionArn"] = $"{topic.Arn}:sub-{n}", ["Owner"] = scope.AccountId, ["Protocol"] = protocol, ["Endpoint"] = $"endpoint-{n}", ["TopicArn"] = topic.Arn,
                    })),
                }, region, when.DeepClone().AsObject());
                script.Answer("sns", "ListTagsForResource", new JsonObject { ["Tags"] = Trees.KeyValueTags(topic.Tags) }, region, new JsonObject { ["ResourceArn"] = topic.Arn });
            }
        }
    }
}
