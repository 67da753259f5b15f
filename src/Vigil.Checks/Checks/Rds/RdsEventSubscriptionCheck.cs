using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

/// <summary>In each region where the account has RDS event notification subscriptions (Security Hub judges existing
/// subscriptions; a region without any is not applicable), one of them delivers the critical events of a source type:
/// it is enabled and able to deliver (status not no-permission or topic-not-exist), covers the source type (named, or
/// left empty for every type) and every required category (named, or left empty for every category).</summary>
internal abstract class RdsEventSubscriptionCheck : RegionalSettingCheck
{
    /// <summary>The RDS source type, e.g. db-cluster.</summary>
    protected abstract string SourceType { get; }

    /// <summary>What the source type is called in messages, e.g. "DB cluster".</summary>
    protected abstract string SourceName { get; }

    /// <summary>The event categories that must be covered, as RDS names them.</summary>
    protected abstract IReadOnlyList<string> Categories { get; }

    protected override string Setting => $"event-subscriptions/{SourceType}";

    public override IReadOnlyList<Type> DependsOn => [typeof(AccountRegion), typeof(RdsEventSubscription)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context)
    {
        var subscriptions = context.Index.Computed("rds-event-subscriptions-by-account-region",
            snapshot => snapshot.RdsEventSubscriptions.ToLookup(s => (s.AccountId, s.Region)))[(region.AccountId, region.Region)];
        var names = new List<string>();
        foreach (var subscription in subscriptions)
        {
            if (Covers(subscription))
                return Pass($"RDS event subscription {subscription.Name} delivers {SourceName} events of categories {string.Join(", ", Categories)} in {region.Region}.");
            names.Add(subscription.Name);
        }

        return names.Count == 0
            ? NotApplicable
            : Fail($"None of the RDS event subscriptions of account {region.AccountId} in {region.Region} ({string.Join(", ", names)}) delivers {SourceName} events of categories {string.Join(", ", Categories)}.");
    }

    private bool Covers(RdsEventSubscription subscription)
    {
        if (!subscription.Delivers) return false;
        if (subscription.SourceType is { } type && !string.Equals(type, SourceType, StringComparison.OrdinalIgnoreCase)) return false;
        if (subscription.EventCategories.Count == 0) return true;
        foreach (var category in Categories)
        {
            if (!subscription.EventCategories.Contains(category, StringComparer.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    /// <summary>The remediation of subscribing an SNS topic to the source type's critical categories.</summary>
    protected static Remediation Subscribe(string sourceType, string categories, string url)
    {
        var quoted = string.Join(" ", categories.Split(", ").Select(c => $"\"{c}\""));
        var list = string.Join(", ", categories.Split(", ").Select(c => $"\"{c}\""));
        return new Remediation
        {
            Text = $"Create (or extend) an enabled RDS event subscription with source type {sourceType} and the categories {categories}, delivering to a standard SNS topic that on-call staff or an incident tool subscribe to (RDS cannot publish to FIFO topics, and an encrypted topic's KMS key policy must let RDS use the key); a subscription whose topic is gone or forbids RDS (status topic-not-exist or no-permission) delivers nothing.",
            Cli = $"aws rds create-event-subscription --subscription-name rds-{sourceType}-critical --sns-topic-arn arn:aws:sns:REGION:ACCOUNT_ID:rds-events --source-type {sourceType} --event-categories {quoted} --enabled --region REGION",
            Terraform = $$"""
                resource "aws_db_event_subscription" "{{sourceType.Replace('-', '_')}}" {
                  name             = "rds-{{sourceType}}-critical"
                  sns_topic        = aws_sns_topic.rds_events.arn
                  source_type      = "{{sourceType}}"
                  event_categories = [{{list}}]
                  enabled          = true
                }
                """,
            CloudFormation = $"""
                CriticalEvents:
                  Type: AWS::RDS::EventSubscription
                  Properties:
                    SubscriptionName: rds-{sourceType}-critical
                    SnsTopicArn: !Ref RdsEventsTopic
                    SourceType: {sourceType}
                    EventCategories: [{list}]
                    Enabled: true
                """,
            Url = url,
        };
    }
}
