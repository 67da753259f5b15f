using Vigil.Core.Model.Sns;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::SNS::Topic with the default access policy SNS gives a new topic (only the owner account may use it)
/// until an AWS::SNS::TopicPolicy replaces it.</summary>
internal sealed class SnsTopicMapper : IResourceMapper
{
    public string Type => "AWS::SNS::Topic";

    public void Map(MappedResource r, MappingContext context)
    {
        var subscriptions = r.Known("SubscriptionProtocols", "Subscription") && r.Value("Subscription") is CfnList list
            ? list.Items.OfType<CfnMap>().Select(s => s["Protocol"]).OfType<CfnString>().Select(p => p.Value).ToList()
            : [];
        context.Add(new SnsTopic
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            KmsMasterKeyId = r.String("KmsMasterKeyId", "KmsMasterKeyId"),
            FifoTopic = r.Bool("FifoTopic", "FifoTopic") ?? false,
            SubscriptionProtocols = subscriptions,
            SubscriptionsConfirmed = subscriptions.Count,
            Policy = $$$$"""{"Version":"2008-10-17","Id":"__default_policy_ID","Statement":[{"Sid":"__default_statement_ID","Effect":"Allow","Principal":{"AWS":"*"},"Action":["SNS:GetTopicAttributes","SNS:SetTopicAttributes","SNS:AddPermission","SNS:RemovePermission","SNS:DeleteTopic","SNS:Subscribe","SNS:ListSubscriptionsByTopic","SNS:Publish"],"Resource":"{{{{r.Arn}}}}","Condition":{"StringEquals":{"AWS:SourceOwner":"{{{{r.Account}}}}"}}}]}""",
        }, r);
    }
}
