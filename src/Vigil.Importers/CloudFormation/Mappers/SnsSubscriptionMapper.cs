using Vigil.Core.Model.Sns;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::SNS::Subscription: a subscription of the topic it names.</summary>
internal sealed class SnsSubscriptionMapper : IResourceMapper
{
    public string Type => "AWS::SNS::Subscription";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<SnsTopic>(r.Value("TopicArn")) is not { } topic || r.String("SubscriptionProtocols", "Protocol") is not { } protocol) return;
        context.Join<SnsTopic>(r, topic, "SubscriptionProtocols", t => t with
        {
            SubscriptionProtocols = [.. t.SubscriptionProtocols, protocol],
            SubscriptionsConfirmed = t.SubscriptionsConfirmed + 1,
        });
    }
}
