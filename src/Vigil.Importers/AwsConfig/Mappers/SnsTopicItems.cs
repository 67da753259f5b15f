using Vigil.Core.Model;
using Vigil.Core.Model.Sns;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::SNS::Topic: the topic's attributes (GetTopicAttributes). Subscriptions are not in the item.</summary>
internal sealed class SnsTopicItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.SnsTopic;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var arn = c.Text("TopicArn") ?? item.Arn ?? item.ResourceId;
        var topic = new SnsTopic
        {
            Arn = arn,
            Name = item.ResourceName ?? arn.Split(':')[^1],
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            KmsMasterKeyId = c.Text("KmsMasterKeyId") is { Length: > 0 } key ? key : null,
            Policy = c.Document("Policy"),
            SubscriptionsConfirmed = (int)(c.Number("SubscriptionsConfirmed") ?? 0),
            FifoTopic = c.Flag("FifoTopic") == true,
        };
        var missing = new MissingProperties("sns", ResourceType)
            .AddIf(topic.Policy is null, nameof(SnsTopic.Policy), "GetTopicAttributes")
            .AddIf(!c.Has("SubscriptionsConfirmed"), nameof(SnsTopic.SubscriptionsConfirmed), "GetTopicAttributes")
            .Add(nameof(SnsTopic.SubscriptionProtocols), "ListSubscriptionsByTopic", "subscriptions are not part of AWS Config's topic item");
        import.Add(import.Missing(topic, missing.List));
    }
}
