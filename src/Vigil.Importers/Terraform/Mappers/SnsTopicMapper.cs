using Vigil.Core.Model.Sns;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_sns_topic with its aws_sns_topic_policy and subscriptions (aws_sns_topic_subscription). Without a
/// policy the topic has SNS's default policy, which grants only the owner account.</summary>
internal sealed class SnsTopicMapper : IResourceMapper
{
    public string Type => "aws_sns_topic";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var key = context.Read(instance, "kms_master_key_id");
        unknowns.Track("KmsMasterKeyId", key);
        var policy = context.Joined(instance, "aws_sns_topic_policy", "arn").Select(p => context.Read(p, "policy")).FirstOrDefault();
        if (policy.Path is null) policy = context.Read(instance, "policy");
        unknowns.Track("Policy", policy);
        var subscriptions = context.Joined(instance, "aws_sns_topic_subscription", "topic_arn").ToList();
        context.Add(new SnsTopic
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            KmsMasterKeyId = context.Text(key),
            Policy = policy.String,
            FifoTopic = context.Read(instance, "fifo_topic").Bool ?? false,
            SubscriptionsConfirmed = subscriptions.Count,
            SubscriptionProtocols = subscriptions.Select(s => context.Read(s, "protocol").String).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
        }, unknowns);
    }
}
